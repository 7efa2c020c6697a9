"""Record lists an app keeps in its state beside the page's own: menus, items seen before, strings.

A framework page's state script (``__NEXT_DATA__``, ``window.__INITIAL_STATE__``, a Nuxt payload)
holds everything the app needs on every page: the navigation tree for its mega-menu, the footer's
links, the translations, the visitor's recently viewed products, recommendations for a rail. Those
lists are no less regular than the page's records, and often longer; their keys say what they are.
A list found under such a key is tried after every other source of records (another script, an
endpoint the page calls), so that a menu of thirty categories never stands in for a page of twelve
products that a script draws.
"""

from __future__ import annotations

import re

#: Site chrome, as a key names it, its separators and case dropped (``mainNavigation``, ``mega_menu``,
#: ``footerLinks``, ``i18n``): a list anywhere under such a key is the site's, not the page's.
_CHROME = (
    r"(?:main|mega|site|top|global|primary|secondary|mobile|header|footer)?"
    r"(?:nav|navigation|navitems|navlinks|menu|menus|menuitems|megamenu|header|footer|footerlinks|breadcrumbs?"
    r"|sidebar|translations?|i18n|l10n)"
)
_CHROME_SEGMENT = re.compile(rf"^{_CHROME}$")
#: ...and a side list, named by its own key only (``recentlyViewedProducts``, ``recommendations``): under
#: ``user`` or ``settings`` a page's own records may sit (a profile's posts, an account's orders).
_SIDE_LEAF = re.compile(
    rf"^(?:{_CHROME}|featureflags|flags|experiments|recentlyviewed\w*|recentlyvisited\w*|lastviewed\w*"
    r"|recommend\w*|related\w*|upsells?|crosssells?|alsobought|alsoviewed)$"
)
#: What splits a records path into its segments (``props.pageProps.navigation``, ``menu[0].children``).
_SEGMENTS = re.compile(r"[.\[\]]+")
#: A segment that picks items rather than naming them: ``[0]``, ``[*]``, ``@``.
_PICKER = re.compile(r"^(?:\d+|\*|@|\?.*)$")


def names_side_state(records_path: str) -> bool:
    """Whether ``records_path`` (a JMESPath-like path) leads through site chrome, or its own key names
    a side list."""
    segments = [seg.replace("_", "").replace("-", "").casefold() for seg in _SEGMENTS.split(records_path)]
    named = [seg for seg in segments if seg and not _PICKER.match(seg)]
    if not named:
        return False
    return bool(_SIDE_LEAF.match(named[-1])) or any(_CHROME_SEGMENT.match(seg) for seg in named[:-1])
