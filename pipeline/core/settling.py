"""How long a rendered page gets to settle before it is read: one answer for the Scout and the crawl.

A page is read once network-idle; a page that never goes idle (a beacon, a live feed) is read once
its DOM stops growing. The Scout (``agents.renderload.settle``) and the generated spider
(``spiders.base.settled``) wait the same way, so the crawl reads what the Scout saw.
"""

from __future__ import annotations

#: The longest a loaded page gets to go network-idle (no request for 500 ms).
IDLE_WAIT_S = 5.0
#: When it does not, the longest it then gets for its DOM to stop growing, and the quiet spell that says so.
GROWTH_WAIT_S = 3.0
QUIET_S = 0.5
#: The script that counts the DOM's elements, to see it stop growing.
COUNT_NODES = "document.getElementsByTagName('*').length"
