"""Reading archived HTTP responses from WARC files, record by record, robustly.

No Scrapy import: :func:`read_warc` turns a WARC file (gzipped per record, as
Common Crawl's CC-NEWS files are, or not) into events the ``warc`` spider
acts on.  It uses warcio for parsing, and adds what a long archive run needs:

- records are filtered on their WARC headers (``accept``) before their
  payload is read, so skipped records cost no decompression or parsing;
- a malformed or truncated record (a bad header, a payload shorter than its
  ``Content-Length``, a digest that does not match, a broken gzip member) is
  reported as :class:`BadRecord` and reading resumes at the next record
  start found in the file, so the rest of the file is still read.

:class:`WarcState` remembers the files a run finished, so that a run that is
interrupted and restarted does not read them again.
"""

from __future__ import annotations

import json
import os
import tempfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from warcio.archiveiterator import ArchiveIterator

#: how much of the file is scanned at a time when looking for the next record
SCAN_CHUNK = 1 << 20
GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_MAGIC = b"WARC/1."


@dataclass(slots=True)
class ResponseRecord:
    """An HTTP response from the archive, its payload decoded."""

    url: str
    date: datetime
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    offset: int


@dataclass(slots=True)
class SkippedRecord:
    """A record passed over without reading its payload; ``reason`` says why."""

    reason: str
    offset: int


@dataclass(slots=True)
class BadRecord:
    """A malformed or truncated record, skipped."""

    reason: str
    offset: int


#: (url, date) -> None to read the record, or a short reason to skip it
Accept = Callable[[str, datetime], "str | None"]


def warc_date(value: str) -> datetime:
    """A WARC-Date (``2024-03-01T12:00:00Z``, fractions allowed) as an aware UTC datetime."""
    parsed = datetime.fromisoformat(value.strip())
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


class _ArchiveIterator(ArchiveIterator):
    #: warcio writes this warning (with the stray bytes) to stderr; the
    #: record is reported as a BadRecord instead
    INC_RECORD = ""


def read_warc(path: str, accept: Accept, max_size: int = 0) -> Iterator[ResponseRecord | SkippedRecord | BadRecord]:
    """Every record of the WARC file at ``path`` as an event, in file order.

    ``max_size`` (bytes, 0 for no limit) skips responses with a larger payload,
    as ``DOWNLOAD_MAXSIZE`` does for a crawl.
    """
    size = os.path.getsize(path)
    with open(path, "rb") as fh:
        gzipped = fh.read(2) == GZIP_MAGIC[:2]
        position = 0
        while position < size:
            fh.seek(position)
            # gzip's own checksum already catches damage in a .warc.gz; the
            # WARC digests (SHA-1 of every payload) would double the reading time
            iterator = _ArchiveIterator(fh, check_digests=not gzipped)
            next_position = None
            for start, event in _records(iterator, position, accept, max_size, fh if gzipped else None, size):
                if isinstance(event, BadRecord):
                    next_position = next_record_start(fh, start + 1, gzipped)
                    yield event
                    break
                yield event
                position = iterator.offset
            else:
                if _only_blanks(fh, position, size):
                    return
                yield BadRecord("truncated or unreadable data at the end of the file", position)
                next_position = next_record_start(fh, position + 1, gzipped)
            if next_position is None:
                return
            position = next_position


def _member_ends(fh, start: int, end: int) -> bool:
    """Whether the gzip member at ``start`` ends (with its trailer) by ``end``.

    A member cut short and followed by other members can decompress the next
    members' bytes as its own without an error, swallowing the rest of the file."""
    here = fh.tell()
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        fh.seek(start)
        remaining = end - start
        while remaining > 0 and not decompressor.eof:
            data = fh.read(min(1 << 16, remaining))
            if not data:
                break
            remaining -= len(data)
            while data and not decompressor.eof:
                decompressor.decompress(data, 1 << 20)  # the output is not kept
                data = decompressor.unconsumed_tail
    except zlib.error:
        return False
    finally:
        fh.seek(here)
    return decompressor.eof


def _records(iterator: ArchiveIterator, position: int, accept: Accept, max_size: int, gzip_file=None, size: int = 0):
    """(record start, event) for each record, ending after the first bad one.

    ``gzip_file`` (the open .warc.gz) lets a record whose member runs to the end of
    the file be checked: one cut short there may have swallowed the records after it."""
    while True:
        start = position
        try:
            record = next(iterator)
        except StopIteration:
            return
        except Exception as exc:  # warcio raises many kinds on damaged input
            yield start, BadRecord(f"unreadable record: {_describe(exc)}", start)
            return
        errors_before = iterator.err_count
        try:
            event = _event(record, start, accept, max_size)
            iterator.read_to_end()
            start = iterator.get_record_offset()
        except Exception as exc:  # a damaged payload, gzip member or header
            yield start, BadRecord(f"unreadable record: {_describe(exc)}", start)
            return
        if gzip_file is not None and iterator.offset >= size and not _member_ends(gzip_file, start, size):
            yield start, BadRecord("gzip member cut short (it runs into the records after it)", start)
            return
        if iterator.err_count > errors_before:
            yield start, BadRecord("record does not end where its Content-Length says (truncated?)", start)
            return
        checker = getattr(record, "digest_checker", None)
        if checker is not None and checker.passed is False:
            yield start, BadRecord(f"digest mismatch ({'; '.join(checker.problems)})", start)
            return
        yield start, event
        position = iterator.offset


def _event(record: Any, start: int, accept: Accept, max_size: int):
    if record.rec_type != "response" or not record.http_headers:
        return SkippedRecord(f"record_{record.rec_type or 'unknown'}", start)
    headers = record.rec_headers
    url = (headers.get_header("WARC-Target-URI") or "").strip().strip("<>")
    date = warc_date(headers.get_header("WARC-Date") or "")
    reason = accept(url, date)
    if reason:
        _drain(record)
        return SkippedRecord(reason, start)
    if max_size and record.length and int(record.length) > max_size:
        _drain(record)
        return SkippedRecord("too_large", start)
    body = record.content_stream().read()
    if record.raw_stream.limit:  # the file ended before the record did
        raise EOFError(f"payload {record.raw_stream.limit} bytes short")
    http = record.http_headers
    return ResponseRecord(
        url=url,
        date=date,
        status=int(http.get_statuscode() or 0),
        headers=[(str(k), str(v)) for k, v in http.headers],
        body=body,
        offset=start,
    )


def _drain(record: Any) -> None:
    """Read the raw payload so that its digest is checked and the reader moves on."""
    while record.raw_stream.read(SCAN_CHUNK):
        pass


def _describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:200]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _only_blanks(fh: Any, position: int, size: int) -> bool:
    fh.seek(position)
    while position < size:
        chunk = fh.read(SCAN_CHUNK)
        if not chunk:
            return True
        if chunk.strip():
            return False
        position += len(chunk)
    return True


def next_record_start(fh: Any, position: int, gzipped: bool) -> int | None:
    """Offset of the first plausible record start at or after ``position``, or None.

    A gzip member counts only if it decompresses to a WARC header; an
    uncompressed record only if ``WARC/1.0`` or ``WARC/1.1`` ends a line.
    """
    magic = GZIP_MAGIC if gzipped else WARC_MAGIC
    while True:
        fh.seek(position)
        chunk = fh.read(SCAN_CHUNK + len(magic))
        if len(chunk) < len(magic):
            return None
        found = chunk.find(magic)
        if found < 0:
            position += SCAN_CHUNK
            continue
        candidate = position + found
        if _is_record_start(fh, candidate, gzipped):
            return candidate
        position = candidate + 1


def _is_record_start(fh: Any, offset: int, gzipped: bool) -> bool:
    fh.seek(offset)
    if not gzipped:  # a truncated record runs straight into the next one: no newline before
        return fh.read(len(WARC_MAGIC) + 3)[len(WARC_MAGIC):] in (b"0\r\n", b"1\r\n")
    try:
        head = zlib.decompressobj(wbits=31).decompress(fh.read(4096), len(WARC_MAGIC))
    except zlib.error:
        return False
    return head.startswith(WARC_MAGIC)


# -- resuming ------------------------------------------------------------------------------


@dataclass
class WarcState:
    """Which WARC files a run finished, in a small JSON file written atomically.

    A file counts as finished for the same filters only, and only while its
    size and modification time are unchanged (a file still being downloaded
    is read again once complete).
    """

    path: str
    finished: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str) -> WarcState:
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except FileNotFoundError:
            return cls(path)
        return cls(path, dict(data.get("finished", {})))

    @staticmethod
    def _identity(warc_path: str, filters: dict[str, Any]) -> dict[str, Any]:
        stat = os.stat(warc_path)
        return {"size": stat.st_size, "mtime": stat.st_mtime, "filters": filters}

    def is_finished(self, warc_path: str, filters: dict[str, Any]) -> bool:
        entry = self.finished.get(os.path.abspath(warc_path))
        if entry is None:
            return False
        identity = self._identity(warc_path, filters)
        return all(entry.get(key) == value for key, value in identity.items())

    def mark_finished(self, warc_path: str, filters: dict[str, Any], **counts: int) -> None:
        entry = self._identity(warc_path, filters)
        entry["finished_at"] = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        entry.update(counts)
        self.finished[os.path.abspath(warc_path)] = entry
        self.save()

    def save(self) -> None:
        directory = os.path.dirname(os.path.abspath(self.path))
        fd, tmp = tempfile.mkstemp(prefix=".warc-state-", dir=directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"finished": self.finished}, fh, indent=1, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            os.unlink(tmp)
            raise
