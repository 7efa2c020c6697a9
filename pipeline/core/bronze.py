"""Bronze: every fetched response, byte for byte, content-addressed, compressed and encrypted.

A body is addressed by the sha256 of its plain bytes (identical pages are stored once), compressed
with zlib as one stream, cut into chunks of ``storage.chunk_kib`` and each chunk encrypted with
AES-256-GCM under the active key (``blobstore`` keeps them in the database or a folder). Bodies
are written and read chunk by chunk, so a large page is never held twice. A body that does not
decrypt or whose hash does not match raises ``CorruptBlob`` and is never handed to a parser.
"""

from __future__ import annotations

import functools
import hashlib
import io
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from config.settings import Settings, get_settings
from pipeline.core import blobstore
from pipeline.core.crypto import DecryptionFailed
from pipeline.core.datetext import utcnow
from pipeline.core.db.models import BronzeBlob, BronzePage
from pipeline.core.exceptions import PipelineError
from pipeline.core.keyring import Keyring, keyring_for

#: Largest piece of plain body produced per decompression step (bounds memory against zip bombs).
_PIECE = 1 << 20


class CorruptBlob(PipelineError):
    code = "bronze:corrupt"


class PageRef(Protocol):
    """What reading a body needs to know of its page (a ``BronzePage`` is one)."""

    @property
    def id(self) -> int: ...

    @property
    def url(self) -> str: ...

    @property
    def body_sha256(self) -> str: ...


Page = TypeVar("Page", bound=PageRef)


def site_pages(crawl_id: int) -> Select[Any]:
    """A crawl's own pages in fetch order, without the robots.txt Scrapy fetches first.

    Most sites have none, and what it answers says nothing about the pages: judging or healing
    from it would take a 404 for the site's status, or a robots file for its first page.
    """
    return (
        select(BronzePage)
        .where(BronzePage.crawl_id == crawl_id, BronzePage.url.not_like("%://%/robots.txt"))
        .order_by(BronzePage.id)
    )


def store_page(
    session: Session,
    *,
    source_id: int,
    crawl_id: int,
    url: str,
    final_url: str,
    status: int,
    headers: dict[str, Any],
    body: bytes,
    settings: Settings | None = None,
) -> BronzePage:
    """Upsert the page of ``(crawl_id, url)``; identical bodies share one blob."""
    settings = settings or get_settings()
    digest = hashlib.sha256(body).hexdigest()
    if session.get(BronzeBlob, digest) is None:
        view = memoryview(body)
        pieces = (view[i : i + _PIECE] for i in range(0, len(view), _PIECE))
        _store_blob(session, settings, digest, len(body), _compressed(pieces))
    return _record_page(session, source_id, crawl_id, url, final_url, status, headers, digest)


def store_page_stream(
    session: Session,
    *,
    source_id: int,
    crawl_id: int,
    url: str,
    final_url: str,
    status: int,
    headers: dict[str, Any],
    chunks: Iterable[bytes],
    settings: Settings | None = None,
) -> BronzePage:
    """Like ``store_page`` for a body arriving in pieces: never more than a chunk of it in memory.

    The compressed stream is spooled (to disk beyond one chunk) while hashing, because the hash,
    the blob's address, is bound into every encrypted chunk and known only at the end.
    """
    settings = settings or get_settings()
    chunk_size = settings.storage.chunk_kib * 1024
    hasher = hashlib.sha256()
    size = 0
    with tempfile.SpooledTemporaryFile(max_size=chunk_size) as spool:
        compressor = zlib.compressobj(6)
        for piece in chunks:
            hasher.update(piece)
            size += len(piece)
            spool.write(compressor.compress(piece))
        spool.write(compressor.flush())
        digest = hasher.hexdigest()
        if session.get(BronzeBlob, digest) is None:
            spool.seek(0)
            _store_blob(session, settings, digest, size, iter(lambda: spool.read(chunk_size), b""))
    return _record_page(session, source_id, crawl_id, url, final_url, status, headers, digest)


def _compressed(pieces: Iterable[bytes | memoryview]) -> Iterator[bytes]:
    compressor = zlib.compressobj(6)
    for piece in pieces:
        out = compressor.compress(piece)
        if out:
            yield out
    yield compressor.flush()


def rechunk(pieces: Iterable[bytes], size: int) -> Iterator[bytes]:
    """Pieces of exactly ``size`` bytes (the last one shorter); empty input gives one empty chunk."""
    buffer = bytearray()
    emitted = False
    for piece in pieces:
        buffer += piece
        while len(buffer) >= size:
            yield bytes(buffer[:size])
            del buffer[:size]
            emitted = True
    if buffer or not emitted:
        yield bytes(buffer)


def _store_blob(session: Session, settings: Settings, digest: str, size: int, compressed: Iterable[bytes]) -> None:
    ring = keyring_for(settings)
    envelopes = blobstore.encrypted_chunks(ring, digest, rechunk(compressed, settings.storage.chunk_kib * 1024))
    if session.get_bind().dialect.name != "postgresql":
        # SQLite has one writer at a time, but the caller's look-up ran before this transaction
        # wrote anything: another crawl process may have stored the same body since. The INSERT
        # takes the write lock, and inserts nothing when that happened.
        row = {"sha256": digest, "size": size, "compression": "zlib", "data": b"", "key_id": ring.active, "chunks": 0}
        claimed = session.execute(sqlite_insert(BronzeBlob).values(row).on_conflict_do_nothing())
        if not getattr(claimed, "rowcount", 0):
            return  # stored by the other process: dedup did its job
        stored = session.get(BronzeBlob, digest)
        assert stored is not None
        blobstore.write(session, settings, stored, envelopes)
        session.flush()
        return
    blob = BronzeBlob(sha256=digest, size=size, compression="zlib", data=b"", key_id=ring.active, chunks=0)
    try:
        with session.begin_nested():
            session.add(blob)
            session.flush()
            blobstore.write(session, settings, blob, envelopes)
            session.flush()
    except IntegrityError:
        pass  # another worker stored the same body at the same time: dedup did its job


def _record_page(
    session: Session,
    source_id: int,
    crawl_id: int,
    url: str,
    final_url: str,
    status: int,
    headers: dict[str, Any],
    digest: str,
) -> BronzePage:
    page = session.scalar(select(BronzePage).where(BronzePage.crawl_id == crawl_id, BronzePage.url == url))
    if page is None:
        page = BronzePage(source_id=source_id, crawl_id=crawl_id, url=url)
        session.add(page)
    page.final_url = final_url
    page.status = status
    page.headers = headers
    page.body_sha256 = digest
    page.fetched_at = utcnow()
    session.flush()
    return page


def _corrupt(page: PageRef, digest: str, reason: str) -> CorruptBlob:
    return CorruptBlob(
        f"Bronze blob {digest} of page {page.id} ({page.url}) fails its hash check: {reason}. It is not parsed; "
        f"run the source again to fetch the page anew, or restore Bronze from a backup."
    )


def iter_body(session: Session, page: PageRef, *, settings: Settings | None = None) -> Iterator[bytes]:
    """The body in pieces. The hash is checked after the last piece: act on it only once exhausted."""
    settings = settings or get_settings()
    blob = session.get(BronzeBlob, page.body_sha256)
    yield from _verified(session, settings, page, blob, functools.partial(keyring_for, settings))


def read_bodies(
    session: Session, pages: Sequence[Page], *, settings: Settings | None = None
) -> Iterator[tuple[Page, bytes | CorruptBlob]]:
    """Each page's verified body, or why it cannot be trusted; one query loads the blobs of all."""
    settings = settings or get_settings()
    wanted = {page.body_sha256 for page in pages}
    blobs = {blob.sha256: blob for blob in session.scalars(select(BronzeBlob).where(BronzeBlob.sha256.in_(wanted)))}
    keys = functools.cache(functools.partial(keyring_for, settings))  # resolved once, and only if needed
    for page in pages:
        try:
            body = b"".join(_verified(session, settings, page, blobs.get(page.body_sha256), keys))
        except CorruptBlob as exc:
            yield page, exc
        else:
            yield page, body


def _verified(
    session: Session, settings: Settings, page: PageRef, blob: BronzeBlob | None, keys: Callable[[], Keyring]
) -> Iterator[bytes]:
    digest = page.body_sha256
    if blob is None:
        raise CorruptBlob(f"Bronze page {page.id} ({page.url}) has no stored body {digest}.")
    hasher = hashlib.sha256()
    size = 0
    try:
        for out in _plain_pieces(session, settings, blob, keys):
            size += len(out)
            if size > blob.size:
                raise _corrupt(page, digest, f"it inflates beyond its recorded {blob.size} bytes")
            hasher.update(out)
            yield out
    except DecryptionFailed as exc:
        raise _corrupt(
            page, digest, f"it cannot be decrypted ({exc}: tampered, or the key under that id is not the one used)"
        ) from None
    except zlib.error as exc:
        raise _corrupt(page, digest, f"it does not decompress ({exc})") from None
    except _Truncated:
        raise _corrupt(page, digest, "its compressed stream is cut short") from None
    if hasher.hexdigest() != digest or size != blob.size:
        raise _corrupt(page, digest, "its content no longer matches its sha256")


class _Truncated(Exception):
    pass


def _plain_pieces(
    session: Session, settings: Settings, blob: BronzeBlob, keys: Callable[[], Keyring]
) -> Iterator[bytes]:
    """Decrypted, decompressed pieces of at most ``_PIECE`` bytes (hostile input cannot balloon)."""
    if blob.key_id is None and blob.compression != "zlib":
        yield blob.data  # a legacy blob stored uncompressed
        return
    if blob.key_id is None:
        compressed: Iterable[bytes] = [blob.data]  # a legacy blob: one zlib stream, not encrypted
    else:
        envelopes = blobstore.envelopes(session, settings, blob)
        compressed = blobstore.decrypted_chunks(keys(), blob.sha256, envelopes, blob.chunks)
    decompressor = zlib.decompressobj()
    for chunk in compressed:
        pending = chunk
        while pending:
            out = decompressor.decompress(pending, _PIECE)
            pending = decompressor.unconsumed_tail
            if out:
                yield out
    if not decompressor.eof:
        raise _Truncated


def read_body(session: Session, page: PageRef, *, settings: Settings | None = None) -> bytes:
    """The exact bytes received, verified; a blob whose hash no longer matches is reported, never parsed."""
    buffer = io.BytesIO()
    for piece in iter_body(session, page, settings=settings):
        buffer.write(piece)
    return buffer.getvalue()
