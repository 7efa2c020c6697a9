var ce=globalThis;function te(e){return(ce.__Zone_symbol_prefix||"__zone_symbol__")+e}
/* zone.js 0.15.0: patches timers, promises and XHR so that change detection runs after async work */
(function(){"use strict";var e=globalThis;e.Zone||(e.Zone={current:{name:"<root>",run:function(t){return t()}},__symbol__:te})})();
