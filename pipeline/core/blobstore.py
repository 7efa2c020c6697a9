"""Where encrypted Bronze chunks live: the database (chunk rows) or a folder of blob files.

A blob is a sequence of AES-GCM envelopes (``crypto.encrypt``), each over one piece of the
zlib-compressed body, with associated data binding blob hash, index and final flag. In the
database, chunk 0 sits in ``bronze_blobs.data`` and the rest in ``bronze_chunks``; in a folder, one
file per blob: written to a temporary file, fsynced, then renamed, so a reader or a crash never
sees half a file (also on network volumes, where rename within a folder is atomic).
"""

from __future__ import annotations

import os
import secrets
import struct
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from config.settings import Settings
from pipeline.core.crypto import chunk_aad, decrypt, encrypt
from pipeline.core.db.models import BronzeBlob, BronzeChunk
from pipeline.core.exceptions import ConfigurationError
from pipeline.core.keyring import Keyring

MAGIC = b"SDPBRZ1\n"
_LENGTH = struct.Struct(">I")
TEMP_SUFFIX = ".tmp"


def bronze_dir(settings: Settings) -> Path:
    return (settings.storage.bronze_dir or settings.home / "bronze").resolve()


def blob_path(folder: Path, sha256: str) -> Path:
    return folder / sha256[:2] / sha256[2:4] / f"{sha256}.blob"


def with_final(chunks: Iterable[bytes]) -> Iterator[tuple[int, bytes, bool]]:
    """``(index, chunk, is_last)``: one chunk of look-ahead to know which is the last."""
    iterator = iter(chunks)
    try:
        current = next(iterator)
    except StopIteration:
        return
    index = 0
    for following in iterator:
        yield index, current, False
        current, index = following, index + 1
    yield index, current, True


def encrypted_chunks(ring: Keyring, sha256: str, plain_chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Envelopes of the (compressed) chunks under the active key, bound to blob, index and end."""
    for index, chunk, final in with_final(plain_chunks):
        yield encrypt(ring, chunk, chunk_aad(sha256, index, final))


def decrypted_chunks(ring: Keyring, sha256: str, envelopes: Iterable[bytes], count: int) -> Iterator[bytes]:
    """The plain chunks; raises ``DecryptionFailed`` on a tampered, moved or missing chunk."""
    seen = 0
    for index, envelope in enumerate(envelopes):
        seen += 1
        yield decrypt(ring, envelope, chunk_aad(sha256, index, index == count - 1))
    if seen != count:
        from pipeline.core.crypto import DecryptionFailed  # noqa: PLC0415 - only on this error path

        raise DecryptionFailed(f"blob has {seen} of its {count} chunks (truncated)")


# --- writing -------------------------------------------------------------------------------------


def write_database(session: Session, blob: BronzeBlob, envelopes: Iterable[bytes]) -> None:
    """Chunk 0 into the blob row, the rest as chunk rows, one at a time (never the whole blob)."""
    session.execute(delete(BronzeChunk).where(BronzeChunk.blob_sha256 == blob.sha256))
    count = stored = 0
    for index, envelope in enumerate(envelopes):
        if index == 0:
            blob.data = envelope
            session.flush()
        else:
            session.execute(insert(BronzeChunk), [{"blob_sha256": blob.sha256, "idx": index, "data": envelope}])
        count, stored = index + 1, stored + len(envelope)
    blob.storage, blob.chunks, blob.stored_size = "database", count, stored


def write_folder(folder: Path, blob: BronzeBlob, envelopes: Iterable[bytes]) -> None:
    """One file per blob, replaced atomically: temp file, fsync, rename, fsync the folder."""
    target = blob_path(folder, blob.sha256)
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{blob.sha256}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
    count = stored = 0
    try:
        with open(temp, "wb") as out:
            out.write(MAGIC)
            for envelope in envelopes:
                out.write(_LENGTH.pack(len(envelope)))
                out.write(envelope)
                count, stored = count + 1, stored + len(envelope)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)
    blob.data = b""
    blob.storage, blob.chunks, blob.stored_size = "folder", count, stored


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write(session: Session, settings: Settings, blob: BronzeBlob, envelopes: Iterable[bytes]) -> None:
    """Store the envelopes of ``blob`` in the configured backend."""
    if settings.storage.bronze_backend == "folder":
        write_folder(bronze_dir(settings), blob, envelopes)
        session.execute(delete(BronzeChunk).where(BronzeChunk.blob_sha256 == blob.sha256))
    else:
        write_database(session, blob, envelopes)


def rewrite(session: Session, settings: Settings, blob: BronzeBlob, transform: Callable[[int, bytes], bytes]) -> None:
    """Replace each envelope of a stored blob by ``transform(index, envelope)``, where it lives.

    Chunk by chunk: a reader in another transaction meanwhile sees old and new envelopes, each
    naming its own key, so it keeps working (rotation without downtime).
    """
    if blob.storage == "folder":
        source = blob_path(bronze_dir(settings), blob.sha256)
        write_folder(bronze_dir(settings), blob, (transform(i, e) for i, e in enumerate(_file_envelopes(source))))
        return
    blob.data = transform(0, blob.data)
    stored = len(blob.data)
    for index in range(1, blob.chunks):
        row = session.get(BronzeChunk, (blob.sha256, index))
        if row is None:
            break
        row.data = transform(index, row.data)
        stored += len(row.data)
        session.flush()
        session.expunge(row)
    blob.stored_size = stored


# --- reading -------------------------------------------------------------------------------------


def envelopes(session: Session, settings: Settings, blob: BronzeBlob) -> Iterator[bytes]:
    """The stored envelopes of ``blob`` in order, read one at a time."""
    if blob.storage == "folder":
        yield from _file_envelopes(blob_path(bronze_dir(settings), blob.sha256))
        return
    yield blob.data
    for index in range(1, blob.chunks):
        data = session.scalar(
            select(BronzeChunk.data).where(BronzeChunk.blob_sha256 == blob.sha256, BronzeChunk.idx == index)
        )
        if data is None:
            return  # the caller reports the missing chunk as truncation
        yield data


def _file_envelopes(path: Path) -> Iterator[bytes]:
    try:
        handle: BinaryIO = open(path, "rb")  # noqa: SIM115 - closed below, also when the reader stops early
    except FileNotFoundError:
        raise ConfigurationError(
            f"Bronze blob file {path} is missing: is the Bronze volume mounted at SDP_STORAGE_BRONZE_DIR?"
        ) from None
    with handle:
        if handle.read(len(MAGIC)) != MAGIC:
            yield b""  # fails to decrypt: reported as a corrupt blob
            return
        while header := handle.read(_LENGTH.size):
            if len(header) < _LENGTH.size:
                return
            (length,) = _LENGTH.unpack(header)
            data = handle.read(length)
            if len(data) < length:
                return
            yield data


def delete_file(settings: Settings, sha256: str) -> None:
    blob_path(bronze_dir(settings), sha256).unlink(missing_ok=True)


def sweep_folder(session: Session, settings: Settings, *, older_than_s: float = 3600.0, dry_run: bool = False) -> int:
    """Delete blob files no blob row names and temp files left by crashed writers; returns the count.

    Only files older than ``older_than_s``: a writer stores the file before its row commits.
    """
    folder = bronze_dir(settings)
    if not folder.is_dir():
        return 0
    cutoff = time.time() - older_than_s
    removed = 0
    for path in folder.glob("*/*/*"):
        if not path.is_file() or path.stat().st_mtime > cutoff:
            continue
        if path.name.endswith(TEMP_SUFFIX):
            orphan = True
        elif path.suffix == ".blob":
            orphan = session.get(BronzeBlob, path.stem) is None
        else:
            continue
        if orphan:
            removed += 1
            if not dry_run:
                path.unlink(missing_ok=True)
    return removed
