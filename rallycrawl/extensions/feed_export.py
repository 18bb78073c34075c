"""Exports that cannot lose records silently: targets checked first, failures counted per feed.

* :func:`check_export_targets`: before the crawl starts, every local file of
  ``FEEDS`` (``-o`` / ``-O``) is checked for being writable: a directory given
  as the file, a folder that cannot be written (permissions, immutable, a
  read-only file system), a path under a file, ``/proc/...``.  The commands
  turn the error into one line on stderr and exit status 2.
* :class:`AccountedFeedExporter` replaces Scrapy's ``FeedExporter``: a record
  that one feed cannot take (a full disk, a lost mount, a file that could not
  be opened) is named in one ERROR line, without a traceback, and counted for
  that feed (``rallycrawl/export/lost/<uri>``, the first reason in
  ``rallycrawl/export/error/<uri>``), and it still reaches the other feeds.
  A feed that cannot be finished is reported the same way.  The run summary
  names each such feed and the exit status is non-zero
  (:mod:`rallycrawl.extensions.summary`).  Local files are closed before the summary
  is written, so their failures are in it.
* :func:`write_whole`: how the JSON Lines and CSV exporters write a record, so
  that a failed write leaves no cut line behind.
"""

from __future__ import annotations

import logging
import os
import re
import stat
import tempfile
from pathlib import Path, PureWindowsPath
from typing import Any
from urllib.parse import urlparse

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.extensions.feedexport import FeedExporter, FileFeedStorage, StdoutFeedStorage
from scrapy.utils.defer import ensure_awaitable
from w3lib.url import file_uri_to_path

from .summary import STAT_EXPORT_ERROR, STAT_EXPORT_LOST, STAT_NOT_STARTED

logger = logging.getLogger(__name__)

_URI_PARAM = re.compile(r"%\((\w+)\)[sd]")


class ExportTargetError(ValueError):
    """An export target that cannot be written: the crawl must not start."""


class ExportWriteError(OSError):
    """A record could not be written whole; ``cut`` when a partial line may be left at the end."""


def local_feed_path(uri: str) -> str | None:
    """The file path of a feed URI that is a local file; None for stdout, S3, FTP..."""
    if PureWindowsPath(uri).drive:
        return uri
    scheme = urlparse(uri).scheme
    if scheme == "file":
        return file_uri_to_path(uri)
    if scheme == "":
        return uri
    return None


def _example_path(uri: str, spider_name: str) -> str:
    """The URI with its ``%(name)s``-style parameters filled in as a run would."""
    return _URI_PARAM.sub(lambda m: spider_name if m.group(1) == "name" and spider_name else "probe", uri)


def check_export_target(path: str) -> None:
    """Raise :class:`ExportTargetError` unless ``path`` can be written as an export file.

    Nothing is left behind: an existing file is opened for appending and closed
    unchanged; a file that does not exist yet is created and removed again (or,
    when its folders do not exist yet, a probe file in the nearest existing
    folder, where Scrapy will create them).
    """
    target = Path(path)
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise ExportTargetError(f"cannot write the export {path}: {exc.strerror or exc}") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise ExportTargetError(f"the export {path} is a directory; give a file in it, e.g. "
                                f"{os.path.join(path, 'news-%(time)s.jsonl')}")
    if mode is not None:
        if not (stat.S_ISREG(mode) or stat.S_ISCHR(mode)):
            return  # a FIFO or socket: opening it to check could block
        try:
            with open(target, "ab"):
                pass
        except OSError as exc:
            raise ExportTargetError(f"cannot write the export {path}: {exc.strerror or exc}") from None
        return
    folder = target.parent
    while not folder.exists() and folder != folder.parent:
        if folder.is_symlink():
            raise ExportTargetError(f"cannot write the export {path}: {folder} is a broken link")
        folder = folder.parent
    if not folder.is_dir():
        raise ExportTargetError(f"cannot write the export {path}: {folder} is not a directory")
    try:
        if folder == target.parent:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            os.close(fd)
            os.unlink(target)
        else:
            fd, probe = tempfile.mkstemp(prefix=".rallycrawl-probe-", dir=folder)
            os.close(fd)
            os.unlink(probe)
    except OSError as exc:
        where = path if folder == target.parent else f"{path} (cannot create files in {folder})"
        raise ExportTargetError(f"cannot write the export {where}: {exc.strerror or exc}") from None


def check_export_targets(settings, spider_name: str = "") -> None:
    """Check every local file of ``FEEDS``; raise :class:`ExportTargetError` for the first bad one."""
    for uri in settings.getdict("FEEDS"):
        path = local_feed_path(str(uri))
        if path is not None:
            check_export_target(_example_path(path, spider_name))


def _regular_fd(file) -> int | None:
    """The descriptor of ``file`` when it is a regular file we may truncate, else None."""
    try:
        fd = file.fileno()
        return fd if stat.S_ISREG(os.fstat(fd).st_mode) else None
    except (AttributeError, OSError, ValueError):
        return None


def write_whole(file, data: bytes) -> None:
    """Append ``data`` (one or more whole lines) to ``file``: all of it, or nothing.

    On a regular file the bytes go straight to the descriptor (the file object's
    buffer stays empty), and a write that fails part-way (``ENOSPC``) is cut
    back to where it began, so that the file never ends with a partial line and
    no leftover is written later.  Raises :class:`ExportWriteError`.
    """
    fd = _regular_fd(file)
    if fd is None:  # a device, a pipe, a compressing wrapper: the file object's own way
        try:
            file.write(data)
            file.flush()
        except OSError as exc:
            raise ExportWriteError(exc.errno, exc.strerror or str(exc)) from None
        return
    file.flush()
    start = os.lseek(fd, 0, os.SEEK_END)
    view = memoryview(data)
    try:
        while view:
            view = view[os.write(fd, view):]
    except OSError as exc:
        error = ExportWriteError(exc.errno, exc.strerror or str(exc))
        try:
            os.ftruncate(fd, start)
            os.lseek(fd, start, os.SEEK_SET)
        except OSError:
            error.cut = True
        raise error from None


class AccountedFeedExporter(FeedExporter):
    """Scrapy's feed exporter, with every record a feed could not take named and counted (see module doc)."""

    def item_scraped(self, item: Any, spider) -> None:
        # Scrapy's loop stops at the first feed that raises: the later feeds would lose the record
        # too, and each failure is a traceback.  One feed at a time instead.
        kept = []
        for slot in list(self.slots):
            self.slots = [slot]
            try:
                super().item_scraped(item, spider)
            except Exception as exc:  # noqa: BLE001 - any failure of one feed is that feed's loss
                self.slots = [slot]
                self._record_lost(slot, item, exc)
            kept.extend(self.slots)
        self.slots = kept

    def _record_lost(self, slot, item: Any, exc: Exception) -> None:
        stats = self.crawler.stats
        uri = slot.uri
        reason = _reason(exc)
        first = not stats.get_value(STAT_EXPORT_ERROR + uri)
        stats.inc_value(STAT_EXPORT_LOST + uri)
        if first:
            stats.set_value(STAT_EXPORT_ERROR + uri, reason)
        url = ItemAdapter(item).get("url") if ItemAdapter.is_item(item) else None
        logger.error("Could not write %s to the export %s: %s", url or "a record", uri, reason,
                     exc_info=first and not isinstance(exc, OSError))

    async def close_spider(self, spider) -> None:
        # Local files first, at once, so that the run summary (written when the spider closes)
        # knows how they ended; other storages (S3, FTP...) close as Scrapy closes them.
        for slot in [s for s in self.slots if isinstance(s.storage, (FileFeedStorage, StdoutFeedStorage))]:
            if self._finish(slot):
                self.crawler.signals.send_catch_log(signals.feed_slot_closed, slot=slot)
        self.slots = [s for s in self.slots if not isinstance(s.storage, (FileFeedStorage, StdoutFeedStorage))]
        await super().close_spider(spider)

    async def _close_slot(self, slot, spider) -> None:
        if not self._start_finishing(slot):
            return
        try:
            await ensure_awaitable(slot.storage.store(self._get_file(slot)))
        except Exception as exc:  # noqa: BLE001
            self._unfinished(slot, exc)
        else:
            self._stored(slot)
        await self.crawler.signals.send_catch_log_async(signals.feed_slot_closed, slot=slot)

    def _finish(self, slot) -> bool:
        """Close a local file's feed now (its storage's ``store()`` is synchronous); False: nothing to close."""
        if not self._start_finishing(slot):
            return False
        try:
            slot.storage.store(self._get_file(slot))
        except Exception as exc:  # noqa: BLE001
            self._unfinished(slot, exc)
        else:
            self._stored(slot)
        return True

    def _start_finishing(self, slot) -> bool:
        """Finish the exporter of a feed with records (or an empty one to be stored); False: nothing to store."""
        try:
            if slot.itemcount:
                slot.finish_exporting()
            elif slot.store_empty and slot.batch_id == 1 and not self.crawler.stats.get_value(STAT_NOT_STARTED):
                # (a crawl that could not start leaves no empty file that looks like a run's result)
                slot.start_exporting()
                slot.finish_exporting()
            else:
                return False
        except Exception as exc:  # noqa: BLE001
            self._unfinished(slot, exc)
            return False
        return True

    def _stored(self, slot) -> None:
        logger.info("Stored %s feed (%d items) in: %s", slot.format, slot.itemcount, slot.uri)
        self.crawler.stats.inc_value(f"feedexport/success_count/{type(slot.storage).__name__}")

    def _unfinished(self, slot, exc: Exception) -> None:
        stats = self.crawler.stats
        stats.inc_value(STAT_EXPORT_LOST + slot.uri, 0)
        if not stats.get_value(STAT_EXPORT_ERROR + slot.uri):
            stats.set_value(STAT_EXPORT_ERROR + slot.uri, f"could not be finished: {_reason(exc)}")
        logger.error("Could not finish the export %s (%d records written to it): %s", slot.uri, slot.itemcount,
                     _reason(exc), exc_info=not isinstance(exc, OSError))


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError):
        text = exc.strerror or str(exc)
        if getattr(exc, "cut", False):
            text += "; the file may end with an incomplete line"
        return text
    return f"{type(exc).__name__}: {exc}"
