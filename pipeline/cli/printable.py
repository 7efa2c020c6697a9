"""Text from a page made safe for the terminal."""

from __future__ import annotations


def printable(text: str) -> str:
    """``text`` without control characters: a note quotes the page, which could steer the terminal."""
    return "".join(c if c.isprintable() else "\N{REPLACEMENT CHARACTER}" for c in text)
