"""The service directory at work: finding the right service during a call, administrators keeping
the entries right, and signposting a victim to a service (logged on the case).

Entries are read into plain :class:`ProviderEntry` snapshots; the search over them is pure Python
(the directory is a few dozen rows), so the screens filter instantly as a caseworker types.
Writes bump ``row_version`` and set ``updated_by`` (sync columns, DESIGN section 4); an entry is
never deleted, it is retired (``active`` false) so past referrals and letters still name it.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.clock import utc_now
from ..domain.needs import NEED_DOMAINS
from ..domain.vocabulary import OFFENCE_CATEGORIES, offence_label
from .ids import new_id
from .models import Case, ContactLogEntry, ServiceProvider, Victim

# An area that a provider may name which covers smaller ones: the police area of this service.
WIDER_AREAS: dict[str, tuple[str, ...]] = {
    "west mercia": ("Herefordshire", "Shropshire", "Telford and Wrekin", "Worcestershire"),
}
NATIONAL = "National"

MAX_LENGTHS = {"name": 200, "category": 60, "description": 4000, "phone": 40, "website": 200,
               "area": 200}
_PHONE = re.compile(r"\+?[0-9][0-9 ()-]*")


# --- reading ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProviderEntry:
    id: uuid.UUID
    name: str
    category: str
    description: str = ""
    phone: str = ""
    website: str = ""
    area: str = ""
    need_domains: tuple[str, ...] = ()
    offence_categories: tuple[str, ...] = ()
    commissioned: bool = False
    active: bool = True
    row_version: int = 1

    @property
    def area_label(self) -> str:
        return self.area or NATIONAL

    @property
    def need_labels(self) -> list[str]:
        return [NEED_DOMAINS.get(code, code) for code in self.need_domains]

    @property
    def offence_labels(self) -> list[str]:
        return [offence_label(code) for code in self.offence_categories]

    def fields(self) -> dict:
        """The editable fields, as the provider dialog shows them."""
        return {
            "name": self.name, "category": self.category, "description": self.description,
            "phone": self.phone, "website": self.website, "area": self.area,
            "need_domains": list(self.need_domains),
            "offence_categories": list(self.offence_categories),
            "commissioned": self.commissioned,
        }


def _entry(provider: ServiceProvider) -> ProviderEntry:
    return ProviderEntry(
        id=provider.id,
        name=provider.name,
        category=provider.category or "",
        description=provider.description or "",
        phone=provider.phone or "",
        website=provider.website or "",
        area=provider.area or "",
        need_domains=tuple(provider.need_domains or ()),
        offence_categories=tuple(provider.offence_categories or ()),
        commissioned=bool(provider.commissioned),
        active=bool(provider.active),
        row_version=provider.row_version or 1,
    )


def load_directory(session: Session, *, include_retired: bool = True) -> list[ProviderEntry]:
    """Every entry of the directory (retired ones too unless told), by name."""
    query = select(ServiceProvider).where(ServiceProvider.deleted.is_(False))
    if not include_retired:
        query = query.where(ServiceProvider.active.is_(True))
    providers = session.scalars(query).all()
    return sorted((_entry(p) for p in providers), key=lambda e: e.name.casefold())


def get_provider(session: Session, provider_id: uuid.UUID) -> ProviderEntry:
    return _entry(_provider(session, provider_id))


def _provider(session: Session, provider_id: uuid.UUID) -> ServiceProvider:
    provider = session.get(ServiceProvider, provider_id)
    if provider is None or provider.deleted:
        raise ProviderError({"": "This entry is no longer in the directory."})
    return provider


# --- searching ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DirectoryQuery:
    """What the caseworker is looking for. Empty means anything."""

    text: str = ""
    need: str | None = None  # a code of domain.needs.NEED_DOMAINS
    offence: str | None = None  # a code of domain.vocabulary.OFFENCE_CATEGORIES
    area: str | None = None  # one of area_choices()
    commissioned_only: bool = False
    include_retired: bool = False


def area_parts(area: str | None) -> list[str]:
    """The places an area names: "Herefordshire, Shropshire" -> ["Herefordshire", "Shropshire"]."""
    return [part.strip() for part in (area or "").split(",") if part.strip()]


def _covered(places: Iterable[str]) -> set[str]:
    covered = set()
    for place in places:
        key = place.casefold()
        covered.add(key)
        covered.update(part.casefold() for part in WIDER_AREAS.get(key, ()))
    return covered


def area_choices(entries: Iterable[ProviderEntry]) -> list[str]:
    """The places to filter by: every place an entry names, and what the wider areas cover."""
    seen: dict[str, str] = {}
    for entry in entries:
        for part in area_parts(entry.area):
            seen.setdefault(part.casefold(), part)
            for inner in WIDER_AREAS.get(part.casefold(), ()):
                seen.setdefault(inner.casefold(), inner)
    return sorted(seen.values(), key=str.casefold)


def _haystack(entry: ProviderEntry) -> str:
    return " ".join(
        [entry.name, entry.category, entry.description, entry.area_label, entry.phone,
         *entry.need_labels, *entry.offence_labels]
    ).casefold()


def matches(entry: ProviderEntry, query: DirectoryQuery) -> bool:
    """Whether an entry answers the query. An entry that lists no needs (or no offences) is a
    general service and answers any need (or offence); one with no area is national and serves
    every area. Every word typed must appear in the entry's name, category, description, area,
    phone or the needs and offences it lists."""
    if not entry.active and not query.include_retired:
        return False
    if query.commissioned_only and not entry.commissioned:
        return False
    if query.need and entry.need_domains and query.need not in entry.need_domains:
        return False
    if query.offence and entry.offence_categories and query.offence not in entry.offence_categories:
        return False
    if query.area and entry.area and not (_covered([query.area]) & _covered(area_parts(entry.area))):
        return False
    words = query.text.casefold().split()
    if words:
        haystack = _haystack(entry)
        return all(word in haystack for word in words)
    return True


def relevance(entry: ProviderEntry, query: DirectoryQuery) -> tuple:
    """Sort key: retired last; services specialised in the offence, need and area asked for
    before general ones; a name that starts with the words typed first; commissioned services
    (the ones this area pays for) before others; then by name."""
    general = 0
    if query.offence and query.offence not in entry.offence_categories:
        general += 2
    if query.need and query.need not in entry.need_domains:
        general += 1
    if query.area and not entry.area:
        general += 1
    typed = query.text.strip().casefold()
    name_first = 0 if typed and entry.name.casefold().startswith(typed) else 1
    return (not entry.active, general, name_first, not entry.commissioned,
            entry.name.casefold())


def search_providers(entries: Iterable[ProviderEntry], query: DirectoryQuery) -> list[ProviderEntry]:
    """The entries answering the query, most relevant first."""
    found = [entry for entry in entries if matches(entry, query)]
    return sorted(found, key=lambda entry: relevance(entry, query))


# --- editing (administrators) -------------------------------------------------------------


class ProviderError(ValueError):
    """What is wrong with an entry, by field ("" for the entry as a whole), in plain words."""

    def __init__(self, problems: Mapping[str, str]):
        self.problems = dict(problems)
        super().__init__(" ".join(self.problems.values()))


@dataclass
class _Checked:
    values: dict = field(default_factory=dict)
    problems: dict = field(default_factory=dict)


def _text(checked: _Checked, fields: Mapping, name: str, label: str, required=False) -> None:
    value = " ".join(str(fields.get(name) or "").split()) if name != "description" else \
        str(fields.get(name) or "").strip()
    if not value:
        if required:
            checked.problems[name] = f"Enter the {label}."
        checked.values[name] = None
        return
    limit = MAX_LENGTHS[name]
    if len(value) > limit:
        checked.problems[name] = f"The {label} is {len(value)} characters long; at most {limit}."
    checked.values[name] = value


def _website(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    if "://" not in value:
        value = "https://" + value
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or "." not in parts.netloc or " " in value:
        return value, "This is not a web address (e.g. https://www.victimsupport.org.uk)."
    return value, None


def check_provider_fields(fields: Mapping) -> dict:
    """The entry's fields cleaned up, or ProviderError with a message for each field at fault."""
    checked = _Checked()
    _text(checked, fields, "name", "name of the service", required=True)
    _text(checked, fields, "category", "category", required=True)
    _text(checked, fields, "description", "description")
    _text(checked, fields, "phone", "phone number")
    _text(checked, fields, "website", "web address")
    _text(checked, fields, "area", "area")
    phone = checked.values["phone"]
    if phone and "phone" not in checked.problems and not _PHONE.fullmatch(phone):
        checked.problems["phone"] = ("A phone number holds only digits, spaces, brackets, "
                                     "hyphens and a leading +.")
    if "website" not in checked.problems:
        checked.values["website"], problem = _website(checked.values["website"])
        if problem:
            checked.problems["website"] = problem
    needs = list(dict.fromkeys(fields.get("need_domains") or ()))
    unknown = [n for n in needs if n not in NEED_DOMAINS]
    if unknown:
        checked.problems["need_domains"] = "Unknown need: " + ", ".join(unknown) + "."
    offences = list(dict.fromkeys(fields.get("offence_categories") or ()))
    unknown = [o for o in offences if o not in OFFENCE_CATEGORIES]
    if unknown:
        checked.problems["offence_categories"] = "Unknown offence: " + ", ".join(unknown) + "."
    checked.values["need_domains"] = [n for n in NEED_DOMAINS if n in needs]
    checked.values["offence_categories"] = [o for o in OFFENCE_CATEGORIES if o in offences]
    checked.values["commissioned"] = bool(fields.get("commissioned"))
    if checked.problems:
        raise ProviderError(checked.problems)
    return checked.values


def _name_taken(session: Session, name: str, except_id: uuid.UUID | None) -> bool:
    query = select(func.count()).select_from(ServiceProvider).where(
        func.lower(ServiceProvider.name) == name.lower()
    )
    if except_id is not None:
        query = query.where(ServiceProvider.id != except_id)
    return bool(session.scalar(query))


def _name_problem(name: str) -> ProviderError:
    return ProviderError({"name": f"The directory already has an entry called {name}."})


def add_provider(session: Session, fields: Mapping, *, user: str | None) -> ProviderEntry:
    """A new entry; the caller commits."""
    values = check_provider_fields(fields)
    if _name_taken(session, values["name"], None):
        raise _name_problem(values["name"])
    provider = ServiceProvider(id=new_id(), active=True, updated_by=user, **values)
    session.add(provider)
    session.flush()
    return _entry(provider)


def _bump(provider: ServiceProvider, user: str | None) -> None:
    provider.row_version = (provider.row_version or 1) + 1
    provider.updated_by = user


def update_provider(
    session: Session,
    provider_id: uuid.UUID,
    fields: Mapping,
    *,
    user: str | None,
    expected_version: int | None = None,
) -> ProviderEntry:
    """Change an entry. With ``expected_version`` (the version the editor opened), a change made
    by someone else in the meantime is refused rather than overwritten. The caller commits."""
    values = check_provider_fields(fields)
    provider = _provider(session, provider_id)
    if expected_version is not None and provider.row_version != expected_version:
        raise ProviderError({"": f"{provider.name} was changed by {provider.updated_by or 'someone else'} "
                                 "while you were editing it. Close this window and open the "
                                 "entry again to see their changes."})
    if _name_taken(session, values["name"], provider.id):
        raise _name_problem(values["name"])
    changed = False
    for name, value in values.items():
        if getattr(provider, name) != value:
            setattr(provider, name, value)
            changed = True
    if changed:
        _bump(provider, user)
    session.flush()
    return _entry(provider)


def retire_provider(session: Session, provider_id: uuid.UUID, *, user: str | None) -> ProviderEntry:
    """Take an entry out of use (it stays on past records); the caller commits."""
    return _set_active(session, provider_id, False, user)


def reinstate_provider(session: Session, provider_id: uuid.UUID, *, user: str | None) -> ProviderEntry:
    return _set_active(session, provider_id, True, user)


def _set_active(session: Session, provider_id: uuid.UUID, active: bool, user: str | None):
    provider = _provider(session, provider_id)
    if provider.active != active:
        provider.active = active
        _bump(provider, user)
        session.flush()
    return _entry(provider)


# --- signposting ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseForSignpost:
    id: uuid.UUID
    ref: str
    victim_name: str
    offence_category: str


def case_for_signpost(session: Session, case_id: uuid.UUID) -> CaseForSignpost:
    row = session.execute(
        select(Case.id, Case.ref, Victim.first_name, Victim.last_name, Case.offence_category)
        .join(Victim, Victim.id == Case.victim_id)
        .where(Case.id == case_id, Case.deleted.is_(False))
    ).first()
    if row is None:
        raise LookupError("This case is no longer in the store.")
    return CaseForSignpost(row.id, row.ref, f"{row.first_name} {row.last_name}",
                           row.offence_category)


def signpost_summary(entry: ProviderEntry, note: str) -> str:
    text = f"Signposted to {entry.name}"
    if entry.phone:
        text += f" ({entry.phone})"
    note = note.strip()
    return f"{text}: {note}" if note else text + "."


def log_signpost(
    session: Session,
    case_id: uuid.UUID,
    provider_id: uuid.UUID,
    note: str,
    *,
    staff_id: uuid.UUID | None,
    user: str | None,
    at: datetime | None = None,
) -> ContactLogEntry:
    """Record on the case's contact log that the victim was given this service's details.
    The caller commits."""
    case_for_signpost(session, case_id)  # the case is there
    provider = _provider(session, provider_id)
    if not provider.active:
        raise ProviderError({"": f"{provider.name} has been retired from the directory; "
                                 "choose a service that is still running."})
    if len(note) > 4000:
        raise ProviderError({"note": f"The note is {len(note)} characters long; at most 4000."})
    entry = ContactLogEntry(
        id=new_id(),
        case_id=case_id,
        at=at or utc_now(),
        kind="signpost",
        direction=None,
        outcome="reached",  # the victim was given the details (domain.contacts.outcomes_for)
        staff_id=staff_id,
        summary=signpost_summary(_entry(provider), note),
        updated_by=user,
    )
    session.add(entry)
    session.flush()
    return entry
