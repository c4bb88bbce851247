"""The victim's voice, kept: feedback from victims, and what supervisors take from it (issue 4).

- `record_feedback`: satisfaction, whether the victim feels better able to cope and recover, what
  could be better, and whether they agree to be contacted by the service user group; at closure
  or at any time (domain.feedback.feedback_problems refuses an empty one).
- `lessons`: the supervisors' list of lessons to act on over a period (domain
  feedback.lessons_to_act_on over the stored feedback, complaints and review outcomes).
- `voice_summary_for`: the counts the quarterly return takes (domain feedback.voice_summary).

Functions take a Session, flush and never commit: the caller commits.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..domain.clock import uk_date, utc_now
from ..domain.feedback import (
    Feedback,
    FeedbackOccasion,
    Lesson,
    LessonSource,
    Satisfaction,
    VoiceSummary,
    feedback_problems,
    lessons_to_act_on,
    voice_summary,
)
from ..domain.rules import Rule
from .complaints import complaint_of, vrr_of
from .ids import new_id
from .journey_common import bump, clean, fmt, live, live_case, not_future, refuse_if
from .journey_models import ComplaintRecord, VictimFeedback, VRRRequestRecord
from .models import Case

MAX_TEXT = 4000


def feedback_of(row: VictimFeedback) -> Feedback:
    return Feedback(
        case_id=str(row.case_id),
        given_on=row.given_on,
        occasion=FeedbackOccasion(row.occasion),
        satisfaction=Satisfaction(row.satisfaction) if row.satisfaction else None,
        better_able_to_cope=row.better_able_to_cope,
        could_be_better=row.could_be_better or "",
        user_group_contact=bool(row.user_group_contact),
        recorded_by=row.recorded_by or "",
    )


def record_feedback(
    session: Session,
    case_id: uuid.UUID,
    *,
    given_on: date,
    occasion: FeedbackOccasion,
    user: str | None,
    satisfaction: Satisfaction | None = None,
    better_able_to_cope: bool | None = None,
    could_be_better: str = "",
    user_group_contact: bool = False,
    today: date | None = None,
) -> VictimFeedback:
    """Feedback from the victim of a case (None: the question was not answered)."""
    today = today or uk_date(utc_now())
    case = live_case(session, case_id)
    feedback = Feedback(
        case_id=str(case.id), given_on=given_on, occasion=occasion, satisfaction=satisfaction,
        better_able_to_cope=better_able_to_cope, could_be_better=could_be_better.strip(),
        user_group_contact=user_group_contact, recorded_by=user or "",
    )
    problems = feedback_problems(feedback) + not_future(given_on, "The feedback's date", today)
    referred = uk_date(case.referred_at)
    if given_on < referred:
        problems.append(f"The feedback ({fmt(given_on)}) cannot be before the referral "
                        f"({fmt(referred)})")
    if len(feedback.could_be_better) > MAX_TEXT:
        problems.append(f"What could be better is too long ({MAX_TEXT} characters at most)")
    refuse_if(problems)
    row = VictimFeedback(
        id=new_id(), case_id=case.id, given_on=given_on, occasion=occasion.value,
        satisfaction=satisfaction.value if satisfaction else None,
        better_able_to_cope=better_able_to_cope, could_be_better=clean(could_be_better),
        user_group_contact=user_group_contact, recorded_by=user, updated_by=user,
    )
    session.add(row)
    session.flush()
    return row


def remove_feedback(session: Session, feedback_id: uuid.UUID, *, user: str | None) -> None:
    """Take feedback recorded on the wrong case off it (a tombstone)."""
    row = live(session, VictimFeedback, feedback_id, "feedback")
    row.deleted = True
    bump(row, user)
    session.flush()


@dataclass(frozen=True)
class FeedbackView:
    id: uuid.UUID
    feedback: Feedback


def case_feedback(session: Session, case_id: uuid.UUID) -> list[FeedbackView]:
    """The case's feedback, the newest first."""
    rows = session.scalars(
        select(VictimFeedback)
        .where(VictimFeedback.case_id == case_id, VictimFeedback.deleted.is_(False))
        .order_by(VictimFeedback.given_on.desc())
    )
    return [FeedbackView(row.id, feedback_of(row)) for row in rows]


# --- lessons and the quarterly return ------------------------------------------------------------


@dataclass(frozen=True)
class LessonRow:
    lesson: Lesson
    case_id: uuid.UUID
    case_ref: str

    @property
    def source(self) -> LessonSource:
        return self.lesson.source


def _stored(session: Session, start: date, end: date):
    """Feedback, complaints and review requests that can matter for [start, end]."""
    feedback = session.scalars(select(VictimFeedback).where(
        VictimFeedback.deleted.is_(False), VictimFeedback.given_on.between(start, end)))
    complaints = session.scalars(select(ComplaintRecord).where(
        ComplaintRecord.deleted.is_(False),
        or_(ComplaintRecord.received_on.between(start, end),
            ComplaintRecord.outcome_on.between(start, end))))
    reviews = session.scalars(select(VRRRequestRecord).where(
        VRRRequestRecord.deleted.is_(False),
        or_(VRRRequestRecord.requested_on.between(start, end),
            VRRRequestRecord.outcome_on.between(start, end))))
    return ([feedback_of(r) for r in feedback], [complaint_of(r) for r in complaints],
            [vrr_of(r) for r in reviews])


def lessons(session: Session, start: date, end: date) -> list[LessonRow]:
    """The lessons to act on whose date falls in [start, end], oldest first: feedback that says
    what could be better (or was dissatisfied, or not helped), complaints upheld or with lessons,
    reviews that overturned a decision or with lessons."""
    feedback, complaints, reviews = _stored(session, start, end)
    found = lessons_to_act_on(feedback, complaints, reviews, start, end)
    ids = {uuid.UUID(lesson.case_id) for lesson in found}
    refs = dict(session.execute(
        select(Case.id, Case.ref).where(Case.id.in_(ids), Case.deleted.is_(False))).all()
    ) if ids else {}
    return [LessonRow(lesson, uuid.UUID(lesson.case_id), refs[uuid.UUID(lesson.case_id)])
            for lesson in found if uuid.UUID(lesson.case_id) in refs]


def voice_summary_for(session: Session, start: date, end: date, rules: tuple[Rule, ...]
                      ) -> VoiceSummary:
    """The victim's voice over [start, end] for the quarterly return."""
    feedback, complaints, reviews = _stored(session, start, end)
    return voice_summary(feedback, complaints, reviews, start, end, rules)

