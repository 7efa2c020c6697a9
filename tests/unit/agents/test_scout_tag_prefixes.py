"""A value after a caption of words in its own child is the record's value however short; a sign
before a tag ("<span>#</span>python") is no caption (dev.to's tag links stayed one list field)."""

from __future__ import annotations

import lxml.html

from agents.heuristics.textowner import _captioned_value


def test_a_caption_of_words_before_a_value_captions_it_and_a_sign_does_not() -> None:
    assert _captioned_value(lxml.html.fragment_fromstring("<p><span>From shop</span> LetteredLane</p>"))
    assert not _captioned_value(lxml.html.fragment_fromstring('<a href="/t/python"><span>#</span>python</a>'))
