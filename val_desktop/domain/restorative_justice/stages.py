"""The restorative justice vocabularies and the transition table.

The stages of the pathway, the kinds of closure, the parties and the other closed lists of the RJ
records; `TRANSITIONS` (forward moves) and `CLOSABLE_FROM` (which stages each kind of closure may
leave).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from types import MappingProxyType


def _fmt(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


class RJStage(StrEnum):
    REFERRED = "referred"
    SUITABILITY_ASSESSED = "suitability_assessed"
    VICTIM_CONSENTED = "victim_consented"
    OFFENDER_CONSENTED = "offender_consented"
    PREPARATION = "preparation"
    INTERVENTION = "intervention"
    OUTCOME_AGREED = "outcome_agreed"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _STAGE_LABELS[self]


_STAGE_LABELS = {
    RJStage.REFERRED: "Referred",
    RJStage.SUITABILITY_ASSESSED: "Suitability and risk assessed",
    RJStage.VICTIM_CONSENTED: "Victim consented",
    RJStage.OFFENDER_CONSENTED: "Offender consented",
    RJStage.PREPARATION: "Preparation",
    RJStage.INTERVENTION: "Intervention",
    RJStage.OUTCOME_AGREED: "Outcome agreed",
    RJStage.FOLLOW_UP: "Follow-up",
    RJStage.CLOSED: "Closed",
}

OPEN_STAGES: frozenset[RJStage] = frozenset(s for s in RJStage if s is not RJStage.CLOSED)


class RJClosure(StrEnum):
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"
    UNSUITABLE = "unsuitable"

    @property
    def label(self) -> str:
        return {"completed": "Completed", "withdrawn": "Withdrawn", "unsuitable": "Unsuitable"}[
            self.value
        ]


class Party(StrEnum):
    VICTIM = "victim"
    OFFENDER = "offender"

    @property
    def label(self) -> str:
        return "the victim" if self is Party.VICTIM else "the offender"


class InterventionKind(StrEnum):
    DIRECT_CONFERENCE = "direct_conference"
    INDIRECT_SHUTTLE = "indirect_shuttle"
    LETTER = "letter"

    @property
    def label(self) -> str:
        return _INTERVENTION_LABELS[self]

    @property
    def with_article(self) -> str:
        return ("an " if self.label[0] in "aeiou" else "a ") + self.label


_INTERVENTION_LABELS = {
    InterventionKind.DIRECT_CONFERENCE: "direct conference",
    InterventionKind.INDIRECT_SHUTTLE: "indirect (shuttle) communication",
    InterventionKind.LETTER: "letter of explanation or apology",
}


class ConsentMethod(StrEnum):
    IN_PERSON = "in_person"
    TELEPHONE = "telephone"
    VIDEO_CALL = "video_call"
    IN_WRITING = "in_writing"
    THROUGH_OFFENDER_MANAGER = "through_offender_manager"


class OffenderService(StrEnum):
    PROBATION = "probation"
    PRISON = "prison"
    YOUTH_OFFENDING_TEAM = "youth_offending_team"

    @property
    def label(self) -> str:
        return {
            "probation": "Probation Service",
            "prison": "Prison",
            "youth_offending_team": "Youth offending team",
        }[self.value]


class OffenderStatus(StrEnum):
    """Where the offender is in the justice system, as their offender manager reports it."""

    NOT_KNOWN = "not_known"
    AWAITING_SENTENCE = "awaiting_sentence"
    IN_CUSTODY = "in_custody"
    ON_LICENCE = "on_licence"
    COMMUNITY_SENTENCE = "community_sentence"
    YOUTH_SENTENCE = "youth_sentence"
    SENTENCE_COMPLETED = "sentence_completed"


class OutcomeItemKind(StrEnum):
    APOLOGY = "apology"
    REPARATION = "reparation"
    COMMUNITY_WORK = "community_work"
    OTHER = "other"


class ItemStatus(StrEnum):
    OPEN = "open"
    COMPLETED = "completed"
    NOT_COMPLETED = "not_completed"


# --- the transition table -----------------------------------------------------------------------

_S = RJStage
TRANSITIONS: Mapping[RJStage, frozenset[RJStage]] = MappingProxyType(
    {
        _S.REFERRED: frozenset({_S.SUITABILITY_ASSESSED}),
        _S.SUITABILITY_ASSESSED: frozenset({_S.VICTIM_CONSENTED}),
        _S.VICTIM_CONSENTED: frozenset({_S.OFFENDER_CONSENTED}),
        _S.OFFENDER_CONSENTED: frozenset({_S.PREPARATION}),
        _S.PREPARATION: frozenset({_S.INTERVENTION}),
        _S.INTERVENTION: frozenset({_S.OUTCOME_AGREED, _S.FOLLOW_UP}),
        _S.OUTCOME_AGREED: frozenset({_S.FOLLOW_UP}),
        _S.FOLLOW_UP: frozenset(),
        _S.CLOSED: frozenset(),
    }
)

CLOSABLE_FROM: Mapping[RJClosure, frozenset[RJStage]] = MappingProxyType(
    {
        RJClosure.COMPLETED: frozenset({_S.FOLLOW_UP}),
        RJClosure.WITHDRAWN: OPEN_STAGES,
        # Unsuitability can emerge until the intervention; after it, the case is completed or
        # withdrawn.
        RJClosure.UNSUITABLE: frozenset(
            {
                _S.REFERRED,
                _S.SUITABILITY_ASSESSED,
                _S.VICTIM_CONSENTED,
                _S.OFFENDER_CONSENTED,
                _S.PREPARATION,
            }
        ),
    }
)
