"""The journey tables themselves (import them from `journey_models`, never from here).

models.py imports this module just before it lists the synchronised tables, while it is itself
still loading: that is the one order in which both modules see each other complete. Importing
this module first would list the tables too early; `journey_models` imports `models` first and
re-exports everything below, so it is safe in any order.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base, Synced


class RJReferral(Synced, Base):
    """A restorative justice referral on a victim's case, with its whole pathway."""

    __tablename__ = "rj_referrals"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    referred_on: Mapped[date] = mapped_column(Date)
    # The pathway's current stage (domain RJStage) and the day it was entered: the register.
    stage: Mapped[str] = mapped_column(String(24))
    entered_on: Mapped[date] = mapped_column(Date)
    closure: Mapped[str | None] = mapped_column(String(12))  # completed, withdrawn, unsuitable
    facilitator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), index=True)
    pathway: Mapped[dict] = mapped_column(JSON)  # store/rj.py: encode_pathway / decode_pathway

    __table_args__ = (Index("ix_rj_referrals_stage_entered", "stage", "entered_on"),)


class ProsecutionRecord(Synced, Base):
    """A court case: several victims' cases can share one."""

    __tablename__ = "prosecutions"

    defendant_ref: Mapped[str] = mapped_column(String(60))
    court: Mapped[str | None] = mapped_column(String(200))
    charges: Mapped[list] = mapped_column(JSON, default=list)  # in words
    # The Witness Care officer who holds it (their court diary); None: not yet allocated.
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)


class ProsecutionCase(Synced, Base):
    """A victim's case linked to a prosecution (unlinking sets the tombstone)."""

    __tablename__ = "prosecution_cases"

    prosecution_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("prosecutions.id"), index=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)


class CourtMilestone(Synced, Base):
    """One milestone of a prosecution (domain court.Milestone)."""

    __tablename__ = "court_milestones"

    prosecution_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("prosecutions.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    occurred_on: Mapped[date] = mapped_column(Date)
    received_on: Mapped[date] = mapped_column(Date)  # Witness Care received it: the Code clock
    hearing_on: Mapped[date | None] = mapped_column(Date)
    hearing_time: Mapped[str | None] = mapped_column(String(5))  # "HH:MM", UK local time
    venue: Mapped[str | None] = mapped_column(String(200))
    result: Mapped[str | None] = mapped_column(String(12))  # plea and verdict
    previous_date: Mapped[date | None] = mapped_column(Date)  # adjournment: the date lost
    new_date: Mapped[date | None] = mapped_column(Date)
    date_to_be_fixed: Mapped[bool] = mapped_column(Boolean, default=False)
    vacated: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str | None] = mapped_column(Text)
    details: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str | None] = mapped_column(String(64))


class MilestoneEvent(Synced, Base):
    """The journey event a milestone created on one linked case (its obligations hang off it)."""

    __tablename__ = "milestone_events"

    milestone_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("court_milestones.id"), index=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("journey_events.id"), index=True)


class WitnessNeedsRecord(Synced, Base):
    """One victim's needs as a witness in one prosecution (domain court.WitnessNeeds)."""

    __tablename__ = "witness_needs"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    prosecution_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("prosecutions.id"), index=True)
    must_give_evidence: Mapped[bool | None] = mapped_column(Boolean)
    # [{"measure": "screens", "status": "granted", "decided_on": "2026-11-02"}, ...]
    special_measures: Mapped[list] = mapped_column(JSON, default=list)
    pre_trial_visit: Mapped[str] = mapped_column(String(12), default="not_offered")
    pre_trial_visit_on: Mapped[date | None] = mapped_column(Date)
    witness_service: Mapped[str] = mapped_column(String(12), default="not_offered")
    witness_service_on: Mapped[date | None] = mapped_column(Date)
    interpreter_language: Mapped[str | None] = mapped_column(String(40))
    expenses: Mapped[str] = mapped_column(String(12), default="not_offered")
    expenses_on: Mapped[date | None] = mapped_column(Date)
    vps_offered_on: Mapped[date | None] = mapped_column(Date)
    vps_declined: Mapped[bool] = mapped_column(Boolean, default=False)
    vps_made_on: Mapped[date | None] = mapped_column(Date)
    vps_updated_on: Mapped[list] = mapped_column(JSON, default=list)  # ISO dates
    vps_in_court: Mapped[str | None] = mapped_column(String(20))


class ComplaintRecord(Synced, Base):
    """A complaint (Code right 12); its 10-working-day obligation hangs off `event_id`."""

    __tablename__ = "complaints"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    event_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("journey_events.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    about: Mapped[str] = mapped_column(String(10))  # domain ComplaintAbout
    about_name: Mapped[str | None] = mapped_column(String(200))
    rights: Mapped[list] = mapped_column(JSON, default=list)  # Code right numbers
    summary: Mapped[str | None] = mapped_column(Text)
    received_by: Mapped[str | None] = mapped_column(String(64))
    acknowledged_on: Mapped[date | None] = mapped_column(Date)
    responded_on: Mapped[date | None] = mapped_column(Date)
    passed_on_to: Mapped[str | None] = mapped_column(String(200))
    passed_on_on: Mapped[date | None] = mapped_column(Date)
    victim_told_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(16))
    outcome_on: Mapped[date | None] = mapped_column(Date)
    lessons: Mapped[str | None] = mapped_column(Text)


class VRRRequestRecord(Synced, Base):
    """A Victims' Right to Review request (domain right_to_review.VRRRequest)."""

    __tablename__ = "vrr_requests"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    body: Mapped[str] = mapped_column(String(8))  # police, cps
    decision: Mapped[str] = mapped_column(String(24))
    decision_communicated_on: Mapped[date] = mapped_column(Date)
    requested_on: Mapped[date] = mapped_column(Date)
    late_reason: Mapped[str | None] = mapped_column(Text)
    local_started_on: Mapped[date | None] = mapped_column(Date)
    local_concluded_on: Mapped[date | None] = mapped_column(Date)
    local_result: Mapped[str | None] = mapped_column(String(24))
    local_reviewer: Mapped[str | None] = mapped_column(String(200))
    local_notes: Mapped[str | None] = mapped_column(Text)
    independent_started_on: Mapped[date | None] = mapped_column(Date)
    independent_concluded_on: Mapped[date | None] = mapped_column(Date)
    independent_result: Mapped[str | None] = mapped_column(String(24))
    independent_reviewer: Mapped[str | None] = mapped_column(String(200))
    independent_notes: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(24))
    outcome_on: Mapped[date | None] = mapped_column(Date)
    lessons: Mapped[str | None] = mapped_column(Text)


class VictimFeedback(Synced, Base):
    """Feedback from a victim, at closure or at any time (domain feedback.Feedback)."""

    __tablename__ = "victim_feedback"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    given_on: Mapped[date] = mapped_column(Date)
    occasion: Mapped[str] = mapped_column(String(10))  # closure, any_time
    satisfaction: Mapped[str | None] = mapped_column(String(20))
    better_able_to_cope: Mapped[bool | None] = mapped_column(Boolean)
    could_be_better: Mapped[str | None] = mapped_column(Text)
    user_group_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_by: Mapped[str | None] = mapped_column(String(64))


JOURNEY_TABLES = (
    "rj_referrals", "prosecutions", "prosecution_cases", "court_milestones", "milestone_events",
    "witness_needs", "complaints", "vrr_requests", "victim_feedback",
)

__all__ = [
    "JOURNEY_TABLES",
    "ComplaintRecord",
    "CourtMilestone",
    "MilestoneEvent",
    "ProsecutionRecord",
    "ProsecutionCase",
    "RJReferral",
    "VRRRequestRecord",
    "VictimFeedback",
    "WitnessNeedsRecord",
]
