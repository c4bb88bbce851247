"""SQLAlchemy 2 typed models of the case store, the same on SQLite and PostgreSQL.

Every synced table carries the sync columns of DESIGN section 4 from day one: a client-generated
UUID key, a row version, updated at/by, a tombstone flag instead of deletion, and the server
sequence number the central database assigns when it accepts a change (NULL until then).
Times are stored in UTC without tzinfo; the Code's dates are computed in UK local time.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Uuid,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..domain.clock import utc_now
from .ids import new_id

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """The sync columns (DESIGN section 4)."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)
    updated_by: Mapped[str | None] = mapped_column(String(64))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    server_seq: Mapped[int | None] = mapped_column(BigInteger)


class Staff(Synced, Base):
    __tablename__ = "staff"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))  # caseworker, witness_care, supervisor, admin
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Victim(Synced, Base):
    __tablename__ = "victims"

    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[str | None] = mapped_column(String(20))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    address_line1: Mapped[str | None] = mapped_column(String(200))
    address_line2: Mapped[str | None] = mapped_column(String(200))
    town: Mapped[str | None] = mapped_column(String(100))
    postcode: Mapped[str | None] = mapped_column(String(10))
    preferred_language: Mapped[str | None] = mapped_column(String(40))
    interpreter_needed: Mapped[bool | None] = mapped_column(Boolean)
    disability: Mapped[str | None] = mapped_column(String(20))

    permissions: Mapped[ContactPermissions] = relationship(back_populates="victim", uselist=False)
    cases: Mapped[list[Case]] = relationship(back_populates="victim")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


# Possible-match look-ups compare names without regard to case.
Index(
    "ix_victims_match_dob",
    func.lower(Victim.last_name),
    func.lower(Victim.first_name),
    Victim.date_of_birth,
)
Index(
    "ix_victims_match_postcode",
    func.lower(Victim.last_name),
    func.lower(Victim.first_name),
    Victim.postcode,
)


class ContactPermissions(Synced, Base):
    """How the victim may safely be reached: yes / no / unknown, where unknown means no."""

    __tablename__ = "contact_permissions"

    victim_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("victims.id"), unique=True)
    safe_to_call: Mapped[str] = mapped_column(String(7), default="unknown")
    safe_to_leave_voicemail: Mapped[str] = mapped_column(String(7), default="unknown")
    safe_to_text: Mapped[str] = mapped_column(String(7), default="unknown")
    safe_to_write: Mapped[str] = mapped_column(String(7), default="unknown")
    safe_to_email: Mapped[str] = mapped_column(String(7), default="unknown")

    victim: Mapped[Victim] = relationship(back_populates="permissions")


class Case(Synced, Base):
    __tablename__ = "cases"

    ref: Mapped[str] = mapped_column(String(20), unique=True)
    victim_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("victims.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="new")
    referred_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    closure_reason: Mapped[str | None] = mapped_column(String(200))
    offence_category: Mapped[str] = mapped_column(String(40))
    offence_date: Mapped[date | None] = mapped_column(Date)
    crime_reference: Mapped[str | None] = mapped_column(String(40))
    reported_to_police: Mapped[bool | None] = mapped_column(Boolean)
    consent_to_contact: Mapped[bool | None] = mapped_column(Boolean)
    vulnerable: Mapped[bool | None] = mapped_column(Boolean)
    intimidated: Mapped[bool | None] = mapped_column(Boolean)
    persistently_targeted: Mapped[bool | None] = mapped_column(Boolean)
    risk_level: Mapped[str] = mapped_column(String(10), default="standard")
    # Computed from the facts by domain.eligibility and kept with the case so lists can filter;
    # recomputed whenever a fact changes. Caseworker reasons are facts, kept apart.
    enhanced: Mapped[bool] = mapped_column(Boolean, default=False)
    enhanced_reasons: Mapped[list] = mapped_column(JSON, default=list)
    caseworker_enhanced_reasons: Mapped[list] = mapped_column(JSON, default=list)
    spoc_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    next_reassessment_due: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    victim: Mapped[Victim] = relationship(back_populates="cases")
    spoc: Mapped[Staff | None] = relationship()
    referrals: Mapped[list[Referral]] = relationship(back_populates="case")
    obligations: Mapped[list[Obligation]] = relationship(back_populates="case")

    __table_args__ = (
        Index("ix_cases_spoc_status", "spoc_id", "status"),
        Index("ix_cases_status_reassess", "status", "next_reassessment_due"),
        Index("ix_cases_crime_reference", "crime_reference"),
        # The Cases list's default order, newest first, walked in index order.
        Index(
            "ix_cases_referred",
            "referred_at",
            "ref",
            sqlite_where=text("deleted IS 0"),  # as SQLAlchemy writes deleted.is_(False)
            postgresql_where=text("NOT deleted"),
        ),
    )


class Referral(Synced, Base):
    __tablename__ = "referrals"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    source: Mapped[str] = mapped_column(String(10))  # police, self, partner
    source_id: Mapped[str] = mapped_column(String(100), unique=True)
    referred_at: Mapped[datetime] = mapped_column(DateTime)
    received_via: Mapped[str] = mapped_column(String(10), default="file")  # file, manual
    file_name: Mapped[str | None] = mapped_column(String(260))
    file_line: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="referrals")


class PossibleMatch(Synced, Base):
    """A new victim who looks like one we already know; a caseworker confirms or rejects."""

    __tablename__ = "possible_matches"

    victim_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("victims.id"), index=True)
    matched_victim_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("victims.id"), index=True)
    reason: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(10), default="pending")  # pending/confirmed/rejected
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)


class JourneyEvent(Synced, Base):
    __tablename__ = "journey_events"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[str | None] = mapped_column(Text)


class Obligation(Synced, Base):
    __tablename__ = "obligations"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"))
    rule_id: Mapped[str] = mapped_column(String(40))
    event_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("journey_events.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    due: Mapped[date] = mapped_column(Date)
    met_at: Mapped[datetime | None] = mapped_column(DateTime)
    met_by: Mapped[str | None] = mapped_column(String(64))
    late_reason: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="obligations")

    __table_args__ = (
        Index("ix_obligations_case_due", "case_id", "due"),
        # The "what is open" queries only ever look at unmet obligations.
        Index(
            "ix_obligations_open_due",
            "due",
            "case_id",
            sqlite_where=text("met_at IS NULL"),
            postgresql_where=text("met_at IS NULL"),
        ),
        # "What is due on my cases": a caseworker's cases, then only their open obligations.
        Index(
            "ix_obligations_open_case_due",
            "case_id",
            "due",
            sqlite_where=text("met_at IS NULL"),
            postgresql_where=text("met_at IS NULL"),
        ),
    )


class NeedsAssessment(Synced, Base):
    __tablename__ = "needs_assessments"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    assessed_at: Mapped[datetime] = mapped_column(DateTime)
    assessed_by: Mapped[str | None] = mapped_column(String(64))
    risk_level: Mapped[str] = mapped_column(String(10), default="standard")
    notes: Mapped[str | None] = mapped_column(Text)

    scores: Mapped[list[NeedScore]] = relationship(back_populates="assessment")


class NeedScore(Synced, Base):
    __tablename__ = "need_scores"

    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("needs_assessments.id"), index=True)
    domain: Mapped[str] = mapped_column(String(40))
    score: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)

    assessment: Mapped[NeedsAssessment] = relationship(back_populates="scores")


class SupportPlanAction(Synced, Base):
    __tablename__ = "support_plan_actions"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    assessment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("needs_assessments.id"), index=True)
    domain: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), index=True)
    provider_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service_providers.id"), index=True)
    due: Mapped[date | None] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)


class ContactLogEntry(Synced, Base):
    __tablename__ = "contact_log"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"))
    at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(20))  # call, text, email, letter, meeting, note, signpost
    direction: Mapped[str | None] = mapped_column(String(10))  # outbound, inbound
    outcome: Mapped[str | None] = mapped_column(String(20))  # reached, no_answer, voicemail, sent
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), index=True)
    summary: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_contact_log_case_at", "case_id", "at"),)


class SpocAssignment(Synced, Base):
    """Who was the single point of contact, from when to when, and why (history is kept)."""

    __tablename__ = "spoc_assignments"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)
    previous_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    reason: Mapped[str | None] = mapped_column(Text)
    assigned_by: Mapped[str | None] = mapped_column(String(64))


class ServiceProvider(Synced, Base):
    __tablename__ = "service_providers"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    category: Mapped[str] = mapped_column(String(60))
    description: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(40))
    website: Mapped[str | None] = mapped_column(String(200))
    area: Mapped[str | None] = mapped_column(String(200))
    need_domains: Mapped[list] = mapped_column(JSON, default=list)
    offence_categories: Mapped[list] = mapped_column(JSON, default=list)
    commissioned: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


# The journey tables of issue 4 (RJ, court, complaints, feedback; see journey_models.py).
from . import _journey_tables  # noqa: E402,F401

SYNCED_TABLES = tuple(
    mapper.class_.__table__.name
    for mapper in Base.registry.mappers
    if issubclass(mapper.class_, Synced)
)


__all__ = [
    "Base",
    "Case",
    "ContactLogEntry",
    "ContactPermissions",
    "JourneyEvent",
    "NeedScore",
    "NeedsAssessment",
    "Obligation",
    "PossibleMatch",
    "Referral",
    "ServiceProvider",
    "SpocAssignment",
    "Staff",
    "SYNCED_TABLES",
    "Victim",
]


class LocalSetting(Base):
    """This workstation's own settings (never synchronised): store id, preferences."""

    __tablename__ = "local_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


from . import sync_models  # noqa: E402,F401  (the sync tables share Base.metadata)
