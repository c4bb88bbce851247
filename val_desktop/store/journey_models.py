"""The tables of the victim's journey past first contact (issue 4): restorative justice, Witness
Care prosecutions and court milestones, witness needs, complaints, Victims' Right to Review
requests and victim feedback.

Every table is synchronised like a case (models.Synced: UUID key, row version, tombstone ...):
they are in models.SYNCED_TABLES and sync_models.ALL_SYNCED_TABLES, and migration 0004 creates
them with their change-capture (SQLite) and version-stamping (PostgreSQL) triggers.

- `rj_referrals`: one restorative justice referral on a case. The pathway (the domain's immutable
  RJPathway, with the offender side reached through an offender manager) is kept whole as a JSON
  document (store/rj.py encodes it); its current stage and the day it was entered are columns of
  their own, indexed, so that the RJ register never opens a document.
- `prosecutions` (court, defendant reference, charges in words) link to one or more victims' cases
  through `prosecution_cases` (several victims share one prosecution; unlinking is a tombstone).
  `court_milestones` hang off a prosecution; `milestone_events` says which journey event (and so
  which owed victim update) each milestone created on each linked case.
- `witness_needs`: one victim's needs as a witness in one prosecution.
- `complaints`, `vrr_requests`, `victim_feedback`: one row each, on a case.

The classes are defined in `_journey_tables` (see there why); import them from here.
"""

from __future__ import annotations

from . import models  # noqa: F401  (first: the case tables, which load the journey tables)
from ._journey_tables import (
    JOURNEY_TABLES,
    ComplaintRecord,
    CourtMilestone,
    MilestoneEvent,
    ProsecutionCase,
    ProsecutionRecord,
    RJReferral,
    VictimFeedback,
    VRRRequestRecord,
    WitnessNeedsRecord,
)

__all__ = [
    "JOURNEY_TABLES",
    "ComplaintRecord",
    "CourtMilestone",
    "MilestoneEvent",
    "ProsecutionCase",
    "ProsecutionRecord",
    "RJReferral",
    "VRRRequestRecord",
    "VictimFeedback",
    "WitnessNeedsRecord",
]
