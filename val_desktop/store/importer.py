"""Importing a referral file into the store (DESIGN section 6).

Every row ends in exactly one of imported, duplicate, rejected. Rows are written in chunks, each
chunk one transaction and each row inside it a savepoint: a row is stored whole or not at all, an
interrupted import leaves no half row, and a re-run finishes the job (what was stored is then a
duplicate by its source_id).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..domain.clock import utc_now
from ..intake.checking import checked_rows
from ..intake.referral_file import (
    ReferralFile,
    ReferralRecord,
    RejectedRow,
    rejects_path_for,
    write_rejects,
)
from .cases import CaseloadBalancer, Rulebook
from .database import Store
from .models import Referral
from .new_cases import NewCases
from .referral_rows import PreparedReferral, ReferralRows

CHUNK = 2000  # rows per transaction: per-chunk look-ups and the commit are paid once per chunk
@dataclass
class ImportSummary:
    read: int = 0
    imported: int = 0
    duplicates: int = 0
    rejected: int = 0
    rejects: list[RejectedRow] = field(default_factory=list)
    rejects_file: Path | None = None
    cancelled: bool = False

    def line(self) -> str:
        text = (
            f"Read {self.read} rows: {self.imported} imported, {self.duplicates} duplicate, "
            f"{self.rejected} rejected."
        )
        if self.cancelled:
            text += " Stopped before the end of the file; run the import again to finish it."
        return text


Progress = Callable[[int], bool]  # rows done so far -> False to stop


def import_referrals(
    store: Store,
    path: str | os.PathLike,
    *,
    user: str | None = None,
    dry_run: bool = False,
    rulebook: Rulebook | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import a referral file. Raises intake.ReferralFileError for file-level problems, before
    anything is written."""
    path = Path(path)
    source = ReferralFile(path)  # checks the whole file first; raises before any write
    # Each referral's rows are built as it is checked (in the checking process, for a big file).
    builder = ReferralRows(rulebook or Rulebook.default(), user=user, now=utc_now(),
                           received_via="file", file_name=path.name)
    summary = ImportSummary()
    seen: set[str] = set()
    pending: list[PreparedReferral | ReferralRecord] = []  # records only in a dry run
    balancer: list[CaseloadBalancer] = []  # caseloads are read once, then kept up to date

    def flush() -> None:
        if pending:
            _write_chunk(store, pending, builder, summary, dry_run, balancer)
            pending.clear()

    for row in checked_rows(source, then=None if dry_run else builder):
        summary.read += 1
        if isinstance(row, RejectedRow):
            summary.rejected += 1
            summary.rejects.append(row)
        elif row.source_id in seen:
            summary.duplicates += 1
        else:
            seen.add(row.source_id)
            pending.append(row)
            if len(pending) >= CHUNK:
                flush()
        if progress is not None and summary.read % 100 == 0 and not progress(summary.read):
            flush()
            summary.cancelled = True
            break
    flush()
    if summary.rejects and not dry_run:
        summary.rejects_file = rejects_path_for(path)
        write_rejects(summary.rejects_file, source.header, summary.rejects)
    return summary


def _write_chunk(
    store: Store,
    rows: list[PreparedReferral] | list[ReferralRecord],
    builder: ReferralRows,
    summary: ImportSummary,
    dry_run: bool,
    balancer_once: list,
) -> None:
    with store.session(write=not dry_run) as session:
        known = _stored_source_ids(session, [r.source_id for r in rows])
        fresh = [r for r in rows if r.source_id not in known]
        summary.duplicates += len(rows) - len(fresh)
        if dry_run:
            summary.imported += len(fresh)
            return
        if not balancer_once:
            balancer_once.append(CaseloadBalancer(session))
        balancer = balancer_once[0]
        try:
            with session.begin_nested():
                _add(session, fresh, builder, balancer)
            summary.imported += len(fresh)
        except IntegrityError:
            # Another workstation stored some of these source_ids a moment ago: find which,
            # row by row, and count them as duplicates.
            for prepared in fresh:
                try:
                    with session.begin_nested():
                        _add(session, [prepared], builder, balancer)
                    summary.imported += 1
                except IntegrityError:
                    summary.duplicates += 1
        session.commit()


def _stored_source_ids(session, source_ids: list[str]) -> set[str]:
    return set(
        session.scalars(select(Referral.source_id).where(Referral.source_id.in_(source_ids)))
    )


def _add(session, prepared: list[PreparedReferral], builder, balancer) -> None:
    batch = NewCases(session, builder=builder)
    batch.prefetch_known_victims(prepared)
    for one in prepared:
        batch.take(one, balancer.next())
    batch.write()
