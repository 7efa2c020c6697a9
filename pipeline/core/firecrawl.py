"""The Firecrawl fetch backend, shared by the Scout (blocking) and the crawls (Scrapy middleware).

Firecrawl fetches the page on its side and answers with the raw HTML it received. Only the request
shape of its ``/v1|v2/scrape`` endpoint is used (``formats: ["rawHtml"]``), so a self-hosted
Firecrawl works as well as the hosted one. The API key goes in the ``Authorization`` header and
nowhere else: it is never logged, never part of an error message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from config.settings import FirecrawlSettings
from pipeline.core.exceptions import ConfigurationError, FetchFailed


@dataclass(frozen=True)
class ScrapedPage:
    """What Firecrawl saw: the final URL, the site's status code and the raw HTML."""

    url: str
    final_url: str
    status: int
    content_type: str
    html: str


def scrape_request(url: str, settings: FirecrawlSettings) -> tuple[str, dict[str, str], dict[str, Any]]:
    """The endpoint, headers and JSON body of one scrape; shared by the Scout and the crawls."""
    if settings.api_key is None:
        raise ConfigurationError(
            "The Firecrawl fetcher needs an API key: set SDP_FIRECRAWL_API_KEY (or firecrawl.api_key in settings.yaml)."
        )
    endpoint = f"{settings.api_url.rstrip('/')}/{settings.api_version}/scrape"
    headers = {"Authorization": f"Bearer {settings.api_key.get_secret_value()}", "Content-Type": "application/json"}
    body = {
        "url": url,
        "formats": ["rawHtml"],
        "onlyMainContent": False,
        "timeout": int(settings.timeout_s * 1000),
    }
    return endpoint, headers, body


def parse_scrape_answer(url: str, status: int, payload: bytes, retry_after: str | None = None) -> ScrapedPage:
    """Turn Firecrawl's answer into a page, or raise the error a user can act on."""
    if status in (401, 403):
        raise ConfigurationError(
            f"Firecrawl refused the API key (HTTP {status}); check SDP_FIRECRAWL_API_KEY.",
        )
    if status == 402:
        raise FetchFailed(f"Firecrawl will not fetch {url}: the account is out of credits (HTTP 402).", transient=False)
    if status == 429 or status >= 500:
        wait = f" (retry after {retry_after}s)" if retry_after else ""
        raise FetchFailed(
            f"Firecrawl is busy or failing for {url}: HTTP {status}{wait}.", transient=True, status=status
        )
    try:
        answer = httpx.Response(status, content=payload).json()
    except ValueError:
        raise FetchFailed(f"Firecrawl answered {url} with something that is not JSON (HTTP {status}).") from None
    data = answer.get("data") if isinstance(answer, dict) else None
    if status >= 400 or not isinstance(data, dict) or answer.get("success") is False:
        reason = answer.get("error") if isinstance(answer, dict) else None
        raise FetchFailed(f"Firecrawl could not fetch {url}: {reason or f'HTTP {status}'}.", transient=False)
    found = data.get("metadata")
    metadata: dict[str, Any] = found if isinstance(found, dict) else {}
    html = data.get("rawHtml") or data.get("html")
    if not isinstance(html, str):
        raise FetchFailed(f"Firecrawl returned no HTML for {url}; is this Firecrawl API v1 or v2?", transient=False)
    site_status = int(metadata.get("statusCode") or 200)
    return ScrapedPage(
        url=url,
        final_url=str(metadata.get("url") or metadata.get("sourceURL") or url),
        status=site_status,
        content_type=str(metadata.get("contentType") or "text/html; charset=utf-8"),
        html=html,
    )


def scrape(url: str, settings: FirecrawlSettings, *, client: httpx.Client | None = None) -> ScrapedPage:
    """Fetch ``url`` through Firecrawl (blocking; the crawls use the Scrapy middleware instead)."""
    endpoint, headers, body = scrape_request(url, settings)
    own = client is None
    http = client or httpx.Client(timeout=settings.timeout_s + 10)
    try:
        response = http.post(endpoint, json=body, headers=headers)
    except httpx.TimeoutException:
        raise FetchFailed(f"Firecrawl did not answer for {url} within {settings.timeout_s:g}s.") from None
    except httpx.HTTPError as exc:
        raise FetchFailed(f"Cannot reach Firecrawl at {settings.api_url}: {type(exc).__name__}.") from None
    finally:
        if own:
            http.close()
    return parse_scrape_answer(url, response.status_code, response.content, response.headers.get("retry-after"))
