"""Case summaries in a batch: a caseworker's or a team's open cases, into one PDF or one PDF per
case, reporting progress and stopping when asked.

Runs without Qt (valctl summaries) and on a worker thread (the summaries dialog): `progress` is
called with (done, total, text) and returns False to stop. One PDF is written only when it is
complete (nothing is left behind when stopped); one per case writes each as it is made, so
stopping keeps those already written, and says so.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..store.cases import Rulebook
from ..store.database import Store
from ..store.documents import case_summary, printer_for
from .case_summary import case_summaries_pdf, case_summary_pdf

ProgressFn = Callable[[int, int, str], bool]


class Cancelled(Exception):
    pass


@dataclass
class BatchResult:
    total: int
    done: int = 0
    written: list[Path] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0

    def line(self) -> str:
        if self.cancelled:
            kept = (f" The {len(self.written)} already written were kept."
                    if self.written else " Nothing was written.")
            return f"Stopped after {self.done} of {self.total} case summaries.{kept}"
        where = self.written[0].parent if len(self.written) > 1 else (
            self.written[0] if self.written else "")
        return (f"{self.done} case {'summary' if self.done == 1 else 'summaries'} written "
                f"to {where} in {self.seconds:.1f} s.")


def _write(path: Path, data: bytes) -> None:
    """Write the whole file or nothing: a part file renamed into place."""
    part = path.with_name(path.name + ".part")
    part.write_bytes(data)
    os.replace(part, path)


def write_summaries(
    store: Store,
    case_ids: Sequence[uuid.UUID],
    out: Path,
    *,
    rulebook: Rulebook,
    today: date,
    printed_by: str | None,
    one_file: bool,
    progress: ProgressFn | None = None,
) -> BatchResult:
    """Summaries of `case_ids` into `out`: a PDF file (`one_file`) or a folder of REF.pdf."""
    out = Path(out)
    result = BatchResult(total=len(case_ids))
    started = time.perf_counter()
    report = progress or (lambda done, total, text: True)
    if not one_file:
        out.mkdir(parents=True, exist_ok=True)
    with store.session() as session:
        printer = printer_for(session, printed_by)
        gathered = []
        for index, case_id in enumerate(case_ids):
            data = case_summary(session, case_id, rulebook, today)
            if one_file:
                gathered.append(data)
                step, text = index + 1, f"Read {data.ref}"
            else:
                path = out / f"{data.ref}.pdf"
                _write(path, case_summary_pdf(data, printer))
                result.written.append(path)
                result.done = index + 1
                step, text = index + 1, f"Wrote {path.name}"
            if not report(step, len(case_ids) * (2 if one_file else 1), text):
                result.cancelled = True
                break
    if one_file and not result.cancelled:
        total = len(case_ids)

        def laid_out(done: int, ref: str) -> None:
            result.done = done
            if not report(total + done, 2 * total, f"Laying out {ref}"):
                raise Cancelled

        try:
            pdf = case_summaries_pdf(gathered, printer, on_case=laid_out)
        except Cancelled:
            result.cancelled = True
        else:
            _write(out, pdf)
            result.written.append(out)
            result.done = total
    result.seconds = time.perf_counter() - started
    return result
