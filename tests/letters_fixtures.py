"""Small stores for the letters and case-summary tests (synthetic people only), and ways to read
back what a PDF says and how big its text is."""

from __future__ import annotations

import io
import shutil
import subprocess
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from contacts_fixtures import add_caseworker, make_case
from sqlalchemy import select

from val_desktop.domain.clock import UK
from val_desktop.store.assessments import record_assessment
from val_desktop.store.cases import Rulebook
from val_desktop.store.directory import seed_directory
from val_desktop.store.documents import find_provider, record_consent
from val_desktop.store.models import Case, Staff
from val_desktop.ui.context import SignedIn

# Referred well before any clock this suite runs under: letters and consents are recorded "now".
REFERRED = datetime(2025, 6, 2, 10, 0, tzinfo=UK)
TODAY = date(2025, 6, 20)
ASSESSED = datetime(2025, 6, 4, 11, 0)  # UTC, naive (the store's form)
SCORES = {"safety": 3, "health": 0, "emotional": 2, "housing": 1, "money": 0,
          "support_networks": 0, "children_family": 0, "work_learning": 0,
          "justice_information": 2, "communication_access": 0}
ADDRESS = "31 Church Lane"
POSTCODE = "WR5 7BY"
TOWN = "Pershore"


@dataclass
class LetterCase:
    case_id: uuid.UUID
    user: object  # SignedIn
    ref: str


def letter_case(store, *, assess: bool = True, **changes) -> LetterCase:
    """A case of Ava Lewis (burglary unless told) with a SPOC who has a direct line, the
    directory seeded, and (unless told) a needs assessment with safety severe."""
    with store.session() as session:
        person = session.scalars(select(Staff).where(Staff.username == "j.smith")).first()
    if person is None:
        user = add_caseworker(store)
    else:  # a second case in the same store
        user = SignedIn(person.id, person.username, person.display_name, person.role)
    with store.session(write=True) as session:
        person = session.get(Staff, user.id)
        person.phone, person.email = "+447700900123", "jane.smith@example.org"
        seed_directory(session, user="setup")
        session.commit()
    changes.setdefault("referred_at", REFERRED)
    changes.setdefault("offence_date", date(2025, 6, 1))
    changes.setdefault("address_line1", ADDRESS)
    changes.setdefault("postcode", POSTCODE)
    changes.setdefault("town", TOWN)
    case_id = make_case(store, user, **changes)
    if assess:
        with store.session(write=True) as session:
            record_assessment(session, case_id, SCORES, risk_level="high", by="j.smith",
                              rulebook=Rulebook.default(), assessed_at=ASSESSED)
            session.commit()
    with store.session() as session:
        ref = session.get(Case, case_id).ref
    return LetterCase(case_id, user, ref)


def give_consent(store, case_id, provider: str, *, given: bool = True,
                 at: datetime | None = None) -> None:
    with store.session(write=True) as session:
        record_consent(session, case_id, find_provider(session, provider), given=given,
                       user="j.smith", staff_id=None, at=at)
        session.commit()


def provider_id(store, name: str) -> uuid.UUID:
    with store.session() as session:
        return find_provider(session, name)


def pdf_text(data: bytes) -> str:
    """All the text of the PDF, white space (line breaks included) run together."""
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(data)).pages)


def pdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def font_sizes(data: bytes) -> set[float]:
    """The size in points of every piece of visible text in the PDF."""
    from pypdf import PdfReader

    sizes: set[float] = set()

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            sizes.add(round(font_size * abs(tm[3]) * abs(cm[3] or 1), 1))

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def render_png(pdf_path: Path, prefix: Path, *, resolution: int = 50) -> list[Path]:
    """Each page as a PNG, by poppler's pdftoppm (an independent PDF reader)."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        import pytest

        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run([tool, "-png", "-r", str(resolution), str(pdf_path), str(prefix)],
                   check=True, capture_output=True)
    return sorted(prefix.parent.glob(prefix.name + "*.png"))


def ink(png: Path) -> float:
    """The share of the page's pixels that are not white."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    dark = total = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            total += 1
            if image.pixelColor(x, y).lightness() < 200:
                dark += 1
    return dark / max(total, 1)
