"""Scrapy settings for every crawl subprocess; per-crawl values are layered on top by ``run``."""

from __future__ import annotations

from typing import Any

from config.settings import CHROMIUM_ARGS, Settings

BOT_NAME = "smart-data-pipeline"

BASE_SETTINGS: dict[str, Any] = {
    "BOT_NAME": BOT_NAME,
    "TELNETCONSOLE_ENABLED": False,
    "LOG_LEVEL": "INFO",
    # The proxy before Scrapy's HttpProxyMiddleware (750); Firecrawl after the Bronze recorder, so
    # Bronze keeps the page Firecrawl fetched, not Firecrawl's JSON envelope.
    "DOWNLOADER_MIDDLEWARES": {
        "spiders.access.SourceProxyMiddleware": 740,
        "spiders.pagecache.RunPaceMiddleware": 910,
        "spiders.middlewares.BronzeRecorderMiddleware": 950,
        "spiders.access.FirecrawlMiddleware": 960,
    },
    "ITEM_PIPELINES": {"spiders.pipelines.SilverWriterPipeline": 800},
    "EXTENSIONS": {"scrapy.extensions.memusage.MemoryUsage": 0},
    "MEMUSAGE_ENABLED": True,
    "DOWNLOAD_MAXSIZE": 20 * 1024 * 1024,
    "RETRY_TIMES": 2,
    "AUTOTHROTTLE_ENABLED": True,
    # Scrapy's default waits 0.5-1.5 times the delay; "one request per delay" must hold every time.
    "RANDOMIZE_DOWNLOAD_DELAY": False,
    "AUTOTHROTTLE_START_DELAY": 0.0,
    # Keep error pages reaching the spider's middlewares, so Bronze records them too.
    "HTTPERROR_ALLOW_ALL": False,
}


def browser_settings(settings: Settings) -> dict[str, Any]:
    """scrapy-playwright with the system Chromium, for sources whose pages need JavaScript."""
    handler = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
    return {
        "DOWNLOAD_HANDLERS": {"http": handler, "https": handler},
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {
            "executable_path": settings.crawl.chromium_executable(),
            "args": list(CHROMIUM_ARGS),
            "headless": True,
        },
        "PLAYWRIGHT_MAX_CONTEXTS": 1,
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 2,
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": int(settings.crawl.render_timeout_s * 1000),
    }


def crawl_settings(settings: Settings, *, max_pages: int) -> dict[str, Any]:
    crawl = settings.crawl
    return {
        **BASE_SETTINGS,
        "USER_AGENT": crawl.user_agent,
        "ROBOTSTXT_OBEY": crawl.obey_robots_txt,
        "DOWNLOAD_DELAY": crawl.download_delay_s,
        "CONCURRENT_REQUESTS_PER_DOMAIN": crawl.concurrent_requests_per_domain,
        "MEMUSAGE_LIMIT_MB": crawl.memory_limit_mb,
        "CLOSESPIDER_TIMEOUT": max(crawl.timeout_s - 30, 5),
        "CLOSESPIDER_PAGECOUNT": max_pages * 3,
        "LOG_LEVEL": settings.logging.level,
    }
