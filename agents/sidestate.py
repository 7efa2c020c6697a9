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

#: A path segment naming site chrome or a side list, its separators and case dropped
#: (``mainNavigation``, ``mega_menu``, ``recentlyViewedProducts``, ``footerLinks``, ``i18n``).
_SIDE_SEGMENT = re.compile(
    r"^(?:main|mega|site|top|global|primary|secondary|mobile|header|footer)?"
    r"(?:nav|navigation|navitems|navlinks|menu|menus|menuitems|megamenu|header|footer|footerlinks|breadcrumbs?"
    r"|sidebar|translations?|i18n|l10n|messages|strings|locales?|featureflags|flags|experiments"
    r"|recentlyviewed\w*|recentlyvisited\w*|lastviewed\w*|recommend\w*|related\w*|upsells?|crosssells?"
    r"|alsobought|alsoviewed|cart|basket|wishlist|user|session|config|settings)$"
)
#: What splits a records path into its segments (``props.pageProps.navigation``, ``menu[0].items``).
_SEGMENTS = re.compile(r"[.\[\]]+")


def names_side_state(records_path: str) -> bool:
    """Whether a segment of ``records_path`` (a JMESPath-like path) names chrome or a side list."""
    segments = (s.replace("_", "").replace("-", "").casefold() for s in _SEGMENTS.split(records_path))
    return any(_SIDE_SEGMENT.match(s) for s in segments if s)
