"""What every screen needs to know: the store, who is signed in, the rules in force, settings."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QObject, QSettings, Signal

from ..domain.clock import uk_today
from ..store.cases import Rulebook
from ..store.database import Store


@dataclass(frozen=True)
class SignedIn:
    id: uuid.UUID
    username: str
    display_name: str
    role: str  # caseworker, witness_care, supervisor, admin

    @property
    def is_supervisor(self) -> bool:
        return self.role in ("supervisor", "admin")


class Changes(QObject):
    """Broadcast after a screen changes data, so the others refresh what they show."""

    case_changed = Signal(object)  # a case id
    cases_changed = Signal()  # many cases (import, bulk reassign)
    directory_changed = Signal()


@dataclass
class AppContext:
    store: Store
    user: SignedIn
    rulebook: Rulebook
    settings: QSettings
    changes: Changes = field(default_factory=Changes)
    today: Callable[[], date] = uk_today
