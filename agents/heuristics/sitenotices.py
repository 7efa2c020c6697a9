"""Site-wide notices: an accessibility statement, a cookie notice, a copyright or legal line.

Every page of a site repeats them, most often in its footer, and a footer's tag, role or class
says so. A page built with CSS modules may set the notice in a plain ``div`` below its list,
with no class word left to tell; the notice's own words still do. A notice is short: a long text
that mentions cookies or a privacy policy along the way is an article, not a notice.
"""

from __future__ import annotations

import re

#: Longer than this, a text is an article or a description that happens to name these things
#: (a site's notice is a paragraph or two; an article that mentions accessibility runs on).
MAX_NOTICE_CHARS = 700

_NOTICE = re.compile(
    r"\b(?:digital|web|website|online) accessibility\b"
    r"|\baccessibility (?:statement|policy|help|of (?:our|this) (?:web ?site|site|app|services?))\b"
    r"|\bwcag\b"
    r"|\ball rights reserved\b"
    r"|(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:19|20)\d\d",
    re.IGNORECASE,
)
#: A cookie notice names cookies and what they serve; a recipe's cookies serve none of these.
_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
_COOKIE_PURPOSE = re.compile(
    r"\b(?:brows(?:ing|er)|consent|privacy|personali[sz]|analytics|advertis|third[- ]part|tracking)", re.IGNORECASE
)


def is_site_notice(text: str) -> bool:
    """Whether ``text`` is a notice the site repeats on every page, not content of its own."""
    if len(text) > MAX_NOTICE_CHARS:
        return False
    return bool(_NOTICE.search(text)) or bool(_COOKIES.search(text) and _COOKIE_PURPOSE.search(text))
