"""How a source's pages are reached: plain HTTP or Firecrawl, directly or through a proxy.

A source may override the crawl settings (``crawl.fetcher``, ``crawl.proxy_url``). A proxy URL may
carry a password, so it is stored sealed and only ever shown with its credentials masked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, cast
from urllib.parse import urlsplit, urlunsplit

from pydantic import SecretStr
from sqlalchemy.orm import Session

from config.settings import Settings, get_settings
from pipeline.core.crypto import SEALED, open_value, seal_value
from pipeline.core.db.models import SourceAccess
from pipeline.core.exceptions import ConfigurationError
from pipeline.core.keyring import keyring_for

Fetcher = Literal["http", "firecrawl"]
FETCHERS: tuple[Fetcher, ...] = ("http", "firecrawl")
PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


@dataclass(frozen=True)
class Access:
    fetcher: Fetcher
    proxy: str | None

    def describe(self) -> dict[str, str | None]:
        """Printable: the proxy without its credentials."""
        return {"fetcher": self.fetcher, "proxy": mask_proxy(self.proxy) if self.proxy else None}


def resolve_access(session: Session, source_id: int | None, settings: Settings) -> Access:
    """The source's own choices, else the crawl settings'."""
    row = session.get(SourceAccess, source_id) if source_id else None
    fetcher = (row.fetcher if row and row.fetcher else None) or settings.crawl.fetcher
    proxy = _open(row.proxy_sealed, settings) if row and row.proxy_sealed else None
    if proxy is None and settings.crawl.proxy_url is not None:
        proxy = settings.crawl.proxy_url.get_secret_value()
    return Access(fetcher=cast(Fetcher, fetcher), proxy=proxy)


def apply_access(settings: Settings, access: Access) -> Settings:
    """``settings`` as one source sees them: its fetcher and proxy in the crawl section."""
    proxy = SecretStr(access.proxy) if access.proxy else None
    crawl = settings.crawl.model_copy(update={"fetcher": access.fetcher, "proxy_url": proxy})
    return settings.model_copy(update={"crawl": crawl})


def set_access(
    session: Session,
    source_id: int,
    *,
    fetcher: str | None = None,
    proxy: str | None = None,
    clear_proxy: bool = False,
) -> None:
    """Record a source's fetch backend and proxy; ``None`` leaves a value as it is."""
    row = session.get(SourceAccess, source_id)
    if row is None:
        row = SourceAccess(source_id=source_id)
        session.add(row)
    if fetcher is not None:
        row.fetcher = validate_fetcher(fetcher)
    if clear_proxy:
        row.proxy_sealed = None
    elif proxy is not None:
        row.proxy_sealed = seal_value(validate_proxy(proxy), keyring_for(get_settings()))[SEALED]
    session.flush()


def _open(sealed: str, settings: Settings) -> str:
    return str(open_value({SEALED: sealed}, keyring_for(settings)))


def validate_fetcher(value: str) -> Fetcher:
    if value not in FETCHERS:
        raise ConfigurationError(f"Unknown fetcher {value!r}; use one of: {', '.join(FETCHERS)}.")
    return value


def validate_proxy(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in PROXY_SCHEMES or not parts.hostname:
        raise ConfigurationError(
            f"Invalid proxy {mask_proxy(value)!r}; write it as http://[user:password@]host:port "
            f"(schemes: {', '.join(PROXY_SCHEMES)})."
        )
    return value


def mask_proxy(value: str) -> str:
    """``http://user:secret@host:3128`` → ``http://***@host:3128``: never print a proxy's password."""
    parts = urlsplit(value)
    if "@" not in parts.netloc:
        return value
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit((parts.scheme, f"***@{host}", parts.path, parts.query, parts.fragment))
