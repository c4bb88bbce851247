"""One synchronisation: pull, push, pull, with progress, cooperative cancel and a report.

    report = sync(store, "postgresql+psycopg://a.khan@db.val.local/val",
                  password=..., progress=on_progress, cancel=token)

Made for a Qt worker thread: `progress` is called after every batch with a SyncProgress (emit a
signal from it; it runs on the worker's thread), `cancel` is a CancelToken the UI thread may set
at any time; the engine stops at the next batch boundary, every batch before it kept. Working
offline is normal: when the central database cannot be reached, the report says `offline` and
nothing changes here. Everything is resumable: an interrupted pull goes on from its last batch;
a push whose answer was lost is resent with the same change ids and is not applied twice.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import psycopg

from ..domain.clock import utc_now
from ..store.database import Store
from . import local, pull, push, server
from .apply import apply_push
from .conflicts import open_conflict_count


class SyncError(RuntimeError):
    """Synchronisation cannot go on until a person acts; str() says what to do."""


class SyncCancelled(Exception):
    pass


class CancelToken:
    def __init__(self):
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass
class SyncProgress:
    phase: str  # connecting, pull, push
    done: int
    total: int | None
    message: str


@dataclass
class SyncReport:
    pushed: int = 0
    accepted: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    deferred: int = 0
    adopted: int = 0
    version: int = 0
    open_conflicts: int = 0
    offline: bool = False
    cancelled: bool = False
    error: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.offline or self.cancelled or self.error)

    def summary(self) -> str:
        if self.offline:
            return f"Working offline: {self.error} Your changes are kept and go next time."
        text = (f"pushed {self.pushed} (accepted {self.accepted}, merged {self.merged}, "
                f"conflicts {self.conflicts}, rejected {self.rejected}); pulled {self.pulled}")
        if self.open_conflicts:
            text += f"; {self.open_conflicts} conflicts wait for a person to resolve"
        if self.cancelled:
            text += "; stopped on request (it resumes next time)"
        if self.error:
            text += f"; {self.error}"
        return text


_AUTH_WORDS = ("password authentication failed", "no password supplied", "does not exist",
               "permission denied", "authentication")


def sync(
    store: Store,
    url: str,
    *,
    password: str | None = None,
    user: str | None = None,
    progress: Callable[[SyncProgress], None] | None = None,
    cancel: CancelToken | None = None,
    pull_batch: int = 5000,
    push_batch: int = 1000,
    hooks: dict | None = None,
) -> SyncReport:
    hooks = hooks or {}
    report = SyncReport()
    started = time.perf_counter()
    parsed = server.parse_url(url)

    def tick(phase: str, done: int, total: int | None = None, message: str = "") -> None:
        if cancel is not None and cancel.cancelled:
            raise SyncCancelled
        if progress is not None:
            progress(SyncProgress(phase, done, total, message))

    with local.raw_connection(store) as raw:
        try:
            tick("connecting", 0, None, f"connecting to {parsed.host}")
            try:
                pg = psycopg.connect(**server.conninfo(parsed, password), autocommit=True)
            except psycopg.OperationalError as error:
                message = str(error).strip().splitlines()[-1] if str(error).strip() else "no answer"
                if any(word in str(error).lower() for word in _AUTH_WORDS):
                    raise SyncError(f"The central database refused the login: {message}") from error
                report.offline = True
                report.error = f"the central database cannot be reached ({message})."
                return report
            with pg:
                _run(raw, pg, user, report, tick, pull_batch, push_batch, hooks)
        except SyncCancelled:
            report.cancelled = True
        except (psycopg.OperationalError, psycopg.errors.LockNotAvailable,
                psycopg.errors.QueryCanceled) as error:
            report.offline = isinstance(error, psycopg.OperationalError)
            report.error = f"the connection was interrupted ({str(error).strip()}); it resumes next time."
        except server.ServerError as error:
            raise SyncError(str(error)) from error
        finally:
            report.open_conflicts = open_conflict_count(raw)
            report.seconds = time.perf_counter() - started
    return report


def _run(raw, pg, user, report, tick, pull_batch, push_batch, hooks) -> None:
    server_id, report.version = server.check_schema(pg)
    known = local.get(raw, "server_id")
    if known is None:
        with local.write(raw):
            local.put(raw, "server_id", server_id)
    elif known != server_id:
        raise SyncError("This data folder was synchronised with a different central database. "
                        "Nothing was sent or received. Use a new data folder for this one.")
    context = {"store_id": local.store_id(raw), "user": user or pg.info.user}
    _pull(raw, pg, report, tick, pull_batch, context, hooks)
    upto = push.outbox_mark(raw)
    _push(raw, pg, report, tick, push_batch, upto, context, hooks)
    _pull(raw, pg, report, tick, pull_batch, context, hooks)
    with local.write(raw):
        local.put(raw, "last_sync", utc_now().isoformat(timespec="seconds"))


def _pull(raw, pg, report, tick, batch, context, hooks) -> None:
    for _ in range(3):  # a resumed round, then what arrived meanwhile; never chase forever
        state = pull.start_round(raw, pg)
        if state is None:
            return
        total = pull.remaining(pg, state)
        stats = pull.PullStats()
        base = report.pulled

        def pull_tick(phase, done, total=total, base=base):
            tick(phase, base + done, base + total, "receiving changes")

        pull.run_round(raw, pg, state, batch_rows=batch, context=context, stats=stats,
                       tick=pull_tick, hooks=hooks)
        report.pulled += stats.pulled
        report.deferred += stats.deferred
        report.adopted += stats.adopted
        report.version = max(report.version, stats.target)


def _push(raw, pg, report, tick, batch_size, upto, context, hooks) -> None:
    total = push.waiting(raw, upto) + len(push.in_flight(raw))
    done = 0
    while True:
        tick("push", done, total, "sending changes")
        batch = push.prepare(raw, upto=upto, limit=batch_size)
        if not batch:
            if push.waiting(raw, upto) == 0:
                return
            continue
        outcomes = apply_push(pg, batch, store_id=context["store_id"], user=context["user"],
                              before_commit=hooks.get("before_commit"))
        if hooks.get("after_commit"):
            hooks["after_commit"](pg)
        push.acknowledge(raw, batch, outcomes)
        if hooks.get("acknowledged"):
            hooks["acknowledged"](batch, outcomes)
        for outcome in outcomes.values():
            report.pushed += 1
            kind = outcome.outcome
            report.accepted += kind == "accepted"
            report.merged += kind == "merged"
            report.conflicts += kind == "conflict"
            report.rejected += kind == "rejected"
        done += len(batch)
