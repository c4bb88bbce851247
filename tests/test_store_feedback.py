"""Victim feedback in the store, the supervisors' lessons to act on, and the voice counts of the
quarterly return (feedback, complaints and review outcomes together)."""

from __future__ import annotations

from datetime import date

import pytest
from journey_fixtures import NOW, RULEBOOK, TODAY, make_case

from val_desktop.domain.complaints import (
    ComplaintAbout,
    ComplaintOutcome,
    QualifyingDecision,
    ReviewBody,
    ReviewResult,
    VRROutcome,
)
from val_desktop.domain.feedback import FeedbackOccasion, LessonSource, Satisfaction
from val_desktop.store.complaints import (
    acknowledge_complaint,
    close_complaint,
    conclude_local_resolution,
    record_complaint,
    record_vrr_outcome,
    record_vrr_request,
    respond_to_complaint,
    start_local_resolution,
)
from val_desktop.store.feedback import (
    case_feedback,
    lessons,
    record_feedback,
    remove_feedback,
    voice_summary_for,
)
from val_desktop.store.journey_common import JourneyRefused
from val_desktop.store.models import Case

Q4 = (date(2026, 10, 1), date(2026, 12, 31))


def _feedback(store, case_id, **kw):
    values = {"given_on": date(2026, 11, 12), "occasion": FeedbackOccasion.CLOSURE, **kw}
    with store.session(write=True) as session:
        row = record_feedback(session, case_id, user="j.smith", today=TODAY, **values)
        session.commit()
        return row.id


def test_feedback_is_kept_and_an_empty_or_future_one_refused(store):
    case_id = make_case(store)
    feedback_id = _feedback(store, case_id, satisfaction=Satisfaction.SATISFIED,
                            better_able_to_cope=True, user_group_contact=True)
    _feedback(store, case_id, given_on=date(2026, 11, 19), occasion=FeedbackOccasion.ANY_TIME,
              could_be_better="  Evening phone calls  ")
    with store.session() as session:
        newest, first = case_feedback(session, case_id)
    assert first.id == feedback_id
    assert (first.feedback.satisfaction, first.feedback.better_able_to_cope,
            first.feedback.user_group_contact, first.feedback.recorded_by) == (
        Satisfaction.SATISFIED, True, True, "j.smith")
    assert newest.feedback.could_be_better == "Evening phone calls"
    assert newest.feedback.satisfaction is None and newest.feedback.better_able_to_cope is None
    with pytest.raises(JourneyRefused, match="holds no answer"):
        _feedback(store, case_id, could_be_better="   ")
    with pytest.raises(JourneyRefused, match="cannot be in the future"):
        _feedback(store, case_id, given_on=date(2026, 11, 21), better_able_to_cope=False)
    with store.session(write=True) as session:
        remove_feedback(session, feedback_id, user="s.lead")
        session.commit()
        assert [f.id for f in case_feedback(session, case_id)] == [newest.id]


@pytest.fixture
def voices(store):
    """Feedback, complaints and a review over Q4 2026 on three cases."""
    a, b, c = make_case(store), make_case(store), make_case(store)
    _feedback(store, a, satisfaction=Satisfaction.VERY_SATISFIED, better_able_to_cope=True,
              user_group_contact=True)
    _feedback(store, b, given_on=date(2026, 10, 20), satisfaction=Satisfaction.DISSATISFIED,
              better_able_to_cope=False, could_be_better="Letters came to my ex's address")
    _feedback(store, c, given_on=date(2026, 9, 30), satisfaction=Satisfaction.DISSATISFIED)
    with store.session(write=True) as session:
        upheld = record_complaint(session, a, received_on=date(2026, 11, 2),
                                  about=ComplaintAbout.VAL, rulebook=RULEBOOK, user="s.lead",
                                  now=NOW, summary="No call back")
        acknowledge_complaint(session, upheld.id, date(2026, 11, 3), user="s.lead", now=NOW)
        respond_to_complaint(session, upheld.id, date(2026, 11, 10), user="s.lead", now=NOW)
        close_complaint(session, upheld.id, ComplaintOutcome.UPHELD, date(2026, 11, 10),
                        user="s.lead", lessons="Call-back rota", now=NOW)
        record_complaint(session, b, received_on=date(2026, 11, 2), about=ComplaintAbout.COURT,
                         rulebook=RULEBOOK, user="s.lead", now=NOW)  # unanswered: late
        review = record_vrr_request(session, c, body=ReviewBody.CPS,
                                    decision=QualifyingDecision.DISCONTINUE,
                                    decision_communicated_on=date(2026, 10, 5),
                                    requested_on=date(2026, 10, 8), user="s.lead", today=TODAY)
        start_local_resolution(session, review.id, date(2026, 10, 9), user="s.lead",
                               today=TODAY)
        conclude_local_resolution(session, review.id, date(2026, 10, 30),
                                  ReviewResult.DECISION_OVERTURNED, user="s.lead", today=TODAY)
        record_vrr_outcome(session, review.id, VRROutcome.DECISION_OVERTURNED,
                           date(2026, 10, 30), user="s.lead", today=TODAY)
        session.commit()
        refs = {case_id: session.get(Case, case_id).ref for case_id in (a, b, c)}
    return {"a": a, "b": b, "c": c, "refs": refs}


def test_the_lessons_to_act_on_come_from_feedback_complaints_and_reviews(store, voices):
    with store.session() as session:
        found = lessons(session, *Q4)
        november = lessons(session, date(2026, 11, 1), date(2026, 11, 30))
    assert [(row.lesson.source, row.case_id) for row in found] == [
        (LessonSource.FEEDBACK, voices["b"]),  # 20 Oct: dissatisfied, says what could be better
        (LessonSource.REVIEW, voices["c"]),  # 30 Oct: decision overturned
        (LessonSource.COMPLAINT, voices["a"]),  # 10 Nov: upheld
    ]
    feedback_lesson = found[0].lesson
    assert feedback_lesson.summary.startswith("Victim feedback: Dissatisfied")
    assert feedback_lesson.detail == "Letters came to my ex's address"
    assert found[2].lesson.detail == "Call-back rota"
    assert found[2].case_ref == voices["refs"][voices["a"]]
    assert [row.source for row in november] == [LessonSource.COMPLAINT]


def test_the_voice_counts_of_the_quarterly_return(store, voices):
    with store.session() as session:
        summary = voice_summary_for(session, *Q4, RULEBOOK.rules)
    assert (summary.feedback_count, summary.satisfied, summary.dissatisfied) == (2, 1, 1)
    assert (summary.cope_answered, summary.better_able_to_cope) == (2, 1)
    assert summary.user_group_volunteers == 1
    assert (summary.complaints_received, summary.complaints_answered_on_time,
            summary.complaints_upheld) == (2, 1, 1)
    assert (summary.reviews_requested, summary.reviews_overturned) == (1, 1)
