"""Checking a big referral file in a second process while the importer writes.

Checking a row (phone, e-mail, postcode, dates) and building the rows it becomes cost about as
much as storing them, and a workstation has at least two cores. The child is started with
"spawn", never "fork": the desktop app has threads (Qt), and a forked copy of a threaded process
can deadlock. While it starts, the first rows are checked here.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from itertools import islice
from queue import Empty

from .referral_file import ReferralFile, ReferralRecord, RejectedRow

Then = Callable[[ReferralRecord], object]

BATCH = 500
# Above this size the file is checked in a second process while this one writes (checking a
# row costs about as much as storing it, and a workstation has at least two cores).
PARALLEL_FROM_BYTES = 256 * 1024
# Rows checked in this process while the child starts (it takes about as long as these).
HEAD_START = 2000


def _check_in_child(path: str, now: datetime, start: int, then, queue) -> None:
    try:
        batch = []
        for row in _then(ReferralFile(path, now=now).rows(start), then):
            batch.append(row)
            if len(batch) >= BATCH:
                queue.put(batch)
                batch = []
        queue.put(batch)
        queue.put(None)
    except BaseException as error:  # handed to the parent, raised there
        queue.put(error)


def _then(rows: Iterator[ReferralRecord | RejectedRow], then: Then | None) -> Iterator:
    if then is None:
        return rows
    return (row if isinstance(row, RejectedRow) else then(row) for row in rows)


def checked_rows(source: ReferralFile, then: Then | None = None) -> Iterator:
    """The file's rows in order, checked in a child process when the file is big. Each record
    is given as `then(record)` when `then` is given (a picklable callable: for a big file it
    runs in the child, so that work is done there too); a rejected row as it is."""
    if source.path.stat().st_size < PARALLEL_FROM_BYTES:
        yield from _then(source.rows(), then)
        return
    context = multiprocessing.get_context("spawn")
    queue = context.Queue(maxsize=8)
    now = source.now or datetime.now(UTC)
    child = context.Process(
        target=_check_in_child, args=(str(source.path), now, HEAD_START, then, queue),
        daemon=True,
    )
    given = 0
    try:
        child.start()
        # The child takes a moment to start: the first rows are checked here meanwhile.
        for row in _then(islice(source.rows(now=now), HEAD_START), then):
            given += 1
            yield row
        given = HEAD_START  # where the child starts (it gives nothing if the file ended)
        while True:
            try:
                item = queue.get(timeout=1)
            except Empty:
                if child.is_alive():
                    continue
                break  # the child died without a word: check the rest here, in order
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield from item
            given += len(item)
    except OSError:
        pass  # no second process to be had: check here instead
    finally:
        if child.is_alive():
            child.terminate()
        if child.pid is not None:
            child.join()
        queue.close()
    yield from _then(source.rows(given, now=now), then)


