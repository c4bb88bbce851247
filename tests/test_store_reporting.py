"""The figures of the quarterly return and the dashboard, against a store whose counts the test
knows (tests/reporting_fixtures.py tells each case's story)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest
from reporting_fixtures import C1_SCORES, QUARTER, TODAY, build, uk
from sqlalchemy import select

from val_desktop.domain.clock import uk_date
from val_desktop.domain.reporting import (
    ObligationFact,
    Period,
    PeriodError,
    parse_quarter,
    tally_compliance,
)
from val_desktop.domain.rules import MET, MET_LATE, OPEN, OVERDUE
from val_desktop.store.cases import Rulebook
from val_desktop.store.models import Case, ContactLogEntry, Obligation
from val_desktop.store.reporting import (
    ANY,
    compliance_cases,
    compliance_figures,
    compliance_groups,
    dashboard,
    no_contact_by_spoc,
    no_contact_cases,
    offset_runs,
    open_cases_of,
    quarterly_return,
    reassessment_cases,
)

Q3 = Period(date(2026, 7, 1), date(2026, 9, 30))
AS_OF = date(2026, 9, 30)


@pytest.fixture
def built(store, tmp_path):
    with store.session() as session:
        made = build(session, tmp_path)
        session.commit()
        ids = {name: case.id for name, case in made.cases.items()}
        staff = (made.a.id, made.b.id, made.supervisor.id)
    return store, ids, staff


@pytest.fixture
def ret(built):
    store, _ids, _staff = built
    with store.session() as session:
        return quarterly_return(session, parse_quarter(QUARTER), Rulebook.default(), today=TODAY,
                                produced_by="Sam Stone", produced_at=datetime(2026, 11, 20, 9))


def column(table, heading=None) -> dict[str, int]:
    j = 0 if heading is None else table.columns.index(heading)
    return {row.label: row.values[j] for row in table.all_rows() if row.values[j]}


def test_the_headline_figures(ret):
    assert ret.as_of == AS_OF and ret.complete
    assert column(ret.table("headline")) == {
        "Referrals received": 5,  # c1 c2 c3 c5 c7: not c4 or c8 (before), not c6 (deleted)
        "Victims referred": 5,
        "Enhanced-rights victims": 2,  # c2 (domestic abuse, 16) and c7 (17 at the offence)
        "Victims contacted": 3,  # c1, c2 (they called us), c7 (a meeting); c4 no answer
        "Victims supported": 2,  # c1 and c7 assessed; c8 closed before the quarter
        "Cases closed": 1,  # c7; c8 closed in June
    }


def test_referrals_by_source_and_offence(ret):
    assert column(ret.table("referrals_by_source")) == {
        "Police referral": 3, "Self-referral": 1, "Partner agency": 1, "Total": 5}
    assert column(ret.table("referrals_by_offence")) == {
        "Domestic abuse": 1, "Assault": 3, "Burglary": 1, "Total": 5}
    reasons = column(ret.table("enhanced_reasons"))
    assert reasons == {"Victim of the most serious crime": 1,
                       "Under 18 at the time of the offence": 2}


def test_needs_at_the_latest_assessment_in_the_quarter(ret):
    needs = ret.table("needs_by_domain")
    identified = column(needs, "Need identified")
    # c1 (one assessment) and c7's latest (10 Sep), never c8 (May).
    assert identified == {"Safety and security": 2, "Emotional impact and confidence": 2,
                          "Housing and accommodation": 1, "Money and practical needs": 2}
    assert column(needs, "Of which severe") == {"Emotional impact and confidence": 1}
    assert C1_SCORES["emotional"] == 3
    assert "2 cases assessed" in needs.note


def test_outcomes_at_closure_last_against_first(ret):
    outcomes = {row.label: row.values for row in ret.table("outcomes_by_domain").rows
                if any(row.values)}
    # (eased, no change, grew, need at the first assessment)
    assert outcomes == {
        "Safety and security": (1, 0, 0, 1),  # 3 -> 1
        "Health and wellbeing": (1, 0, 0, 1),  # 2 -> 0
        "Emotional impact and confidence": (0, 1, 0, 1),  # 2 -> 2
        "Money and practical needs": (0, 0, 1, 1),  # 1 -> 2
    }  # housing 0 -> 1: no need at the first assessment, so not an outcome
    assert column(ret.table("closures_by_reason")) == {
        "Support complete: victim feels better able to cope": 1, "All closed": 1}
    feedback = column(ret.table("feedback"))
    assert feedback["Feedback received"] == 1
    assert feedback["… better able to cope and recover"] == 1


def test_referrals_to_each_service(ret):
    services = {row.label: row.values for row in ret.table("referrals_to_services").all_rows()}
    assert services == {
        "Refuge (National Domestic Abuse Helpline)": (0, 0, 1, 1),  # the referral letter
        "Victim Support": (1, 1, 0, 2),  # c7's plan action, c1 signposted
        "All services": (1, 1, 1, 3),
    }


def test_restorative_justice_by_stage_and_outcome(ret):
    assert column(ret.table("rj_referrals")) == {"RJ referrals made in the quarter": 2}
    assert column(ret.table("rj_by_stage")) == {"Referred": 1, "All open": 1}
    assert column(ret.table("rj_by_outcome")) == {"Withdrawn": 1, "All closed": 1}


def test_code_compliance_per_rule(ret):
    table = ret.table("compliance_by_rule")
    rows = {row.label.split(" (")[0]: row.values for row in table.all_rows() if row.values[-1]}
    # (met on time, met late, overdue, not yet due, total)
    assert rows == {
        # c7 on time; c1 late; c2 late (6 Aug 00:30 BST is the day after); c4 overdue; c5 met
        # 2 Oct, after the quarter, due 30 Sep: not yet due at its end. c3's are due in October.
        "Referral to support services offered": (1, 2, 1, 1, 5),
        # c2 met at 23:30 BST on its due day: on time, though 22:30 UTC.
        "First contact attempt by VAL": (4, 0, 1, 0, 5),
        "Inform victim of charge, no-prosecution or out-of-court decision": (0, 0, 1, 0, 1),
        "Complaint acknowledged or fully answered": (0, 0, 1, 0, 1),
        "All rules": (5, 2, 4, 1, 12),
    }


def test_complaints_and_equality(ret):
    assert column(ret.table("complaints")) == {"Complaints received": 1}
    assert column(ret.table("complaints_by_subject")) == {"Victim Advice Line": 1, "Total": 1}
    assert column(ret.table("equality_age")) == {
        "Under 18": 1, "18 to 24": 1,  # c7 turned 18 on the day of the referral
        "35 to 44": 1, "65 to 74": 1,  # c5 is 75 the day after hers
        "Not recorded": 1, "Total": 5}
    assert column(ret.table("equality_gender")) == {"Female": 2, "Male": 2, "Not stated": 1,
                                                    "Total": 5}
    assert column(ret.table("equality_disability")) == {"Yes": 1, "No": 3, "Not stated": 1,
                                                        "Total": 5}
    assert column(ret.table("equality_ethnicity")) == {"Not recorded": 5, "Total": 5}
    assert "does not record ethnicity" in ret.table("equality_ethnicity").note
    assert column(ret.table("equality_language")) == {"English": 3, "Polish": 1,
                                                      "Not recorded": 1, "Total": 5}
    assert column(ret.table("equality_interpreter")) == {"Needed an interpreter": 1}


def test_a_quarter_still_running_counts_to_today_and_a_future_one_is_refused(built):
    store, _ids, _staff = built
    with store.session() as session:
        running = quarterly_return(session, parse_quarter("2026Q4"), Rulebook.default(),
                                   today=TODAY, produced_by="x", produced_at=datetime(2026, 11, 20))
        assert running.as_of == TODAY and not running.complete
        # Only c3's two obligations fall due in October (on the 1st), never met.
        assert running.table("compliance_by_rule").total.values == (0, 0, 2, 0, 2)
        assert running.table("headline").value("Referrals received") == 0
        with pytest.raises(PeriodError, match="has not started"):
            quarterly_return(session, parse_quarter("2027Q1"), Rulebook.default(), today=TODAY,
                             produced_by="x", produced_at=datetime(2026, 11, 20))


def test_compliance_per_caseworker_and_week(built):
    store, _ids, (a, b, _sup) = built
    with store.session() as session:
        figures = compliance_figures(session, Q3, AS_OF)
    by_spoc = {spoc: (t.met, t.met_late, t.overdue, t.open) for spoc, t in figures.by_spoc.items()}
    assert by_spoc == {a: (4, 1, 1, 1), b: (1, 1, 3, 0)}
    weeks = {week: t.total for week, t in figures.by_week.items()}
    assert weeks == {date(2026, 6, 29): 4,  # c4 due 1 Jul, c7 due 2 and 3 Jul
                     date(2026, 7, 6): 2,  # c1 due 8 Jul
                     date(2026, 8, 3): 2,  # c2
                     date(2026, 8, 24): 1,  # c2's complaint, due 26 Aug
                     date(2026, 9, 7): 1,  # c1's charge update, due 8 Sep
                     date(2026, 9, 28): 2}  # c5 due 30 Sep
    assert figures.by_week[date(2026, 6, 29)].on_time_rate == 0.5


def test_drill_down_lists_the_obligations_behind_each_figure(built):
    store, ids, (a, b, _sup) = built
    rules = Rulebook.default().rules
    with store.session() as session:
        overdue = compliance_cases(session, Q3, AS_OF, rules, statuses=(OVERDUE,))
        assert sorted(line.ref for line in overdue) == sorted(
            session.scalar(select(Case.ref).where(Case.id == ids[name]))
            for name in ("c4", "c4", "c1", "c2"))
        assert all(line.overdue for line in overdue)
        late_b = compliance_cases(session, Q3, AS_OF, rules, statuses=(MET_LATE,), spoc=b)
        assert [line.case_id for line in late_b] == [ids["c2"]]
        assert "met 06 Aug" in late_b[0].detail  # the UK day, not the UTC one
        first_contact = compliance_cases(session, Q3, AS_OF, rules,
                                         rule_id="first_contact_attempt")
        assert len(first_contact) == 5
        week = compliance_cases(session, Q3, AS_OF, rules, statuses=(MET_LATE, OVERDUE),
                                week=date(2026, 6, 29))
        assert [line.case_id for line in week] == [ids["c4"], ids["c4"]]
        assert {line.spoc_name for line in week} == {"Ben Brook"}
        # Every figure's drill-down holds exactly that many lines.
        figures = compliance_figures(session, Q3, AS_OF)
        for status in (MET, MET_LATE, OVERDUE, OPEN):
            for spoc, tally in figures.by_spoc.items():
                lines = compliance_cases(session, Q3, AS_OF, rules, statuses=(status,), spoc=spoc)
                assert len(lines) == tally.count(status)


def test_follow_up_without_contact_and_reassessments(built):
    store, ids, (a, b, _sup) = built
    with store.session(write=True) as session:
        # 28 days before 20 Nov is 23 Oct: a contact that day still leaves the case listed,
        # one the day after takes it off the list.
        for name, when in (("c1", "2026-10-23T10:00"), ("c3", "2026-10-24T10:00")):
            session.add(ContactLogEntry(case_id=ids[name], at=uk(when), kind="call",
                                        direction="outbound", outcome="reached",
                                        updated_by="test"))
        # A note reaches nobody.
        session.add(ContactLogEntry(case_id=ids["c5"], at=uk("2026-11-19T10:00"), kind="note",
                                    updated_by="test"))
        session.commit()
    with store.session() as session:
        assert no_contact_by_spoc(session, TODAY, 28) == {a: 2, b: 2}  # c1 c5; c2 c4
        lines = no_contact_cases(session, TODAY, 28, spoc=a)
        assert {line.case_id for line in lines} == {ids["c1"], ids["c5"]}
        never = next(line for line in lines if line.case_id == ids["c5"])
        assert never.detail == "Never reached since the referral on 28 Sep 2026"
        assert no_contact_by_spoc(session, TODAY, 120) == {b: 1}  # c4, referred 29 Jun
        reassess = reassessment_cases(session, TODAY)
        assert {line.case_id for line in reassess} == {ids[n] for n in ("c1", "c2", "c3", "c4",
                                                                       "c5")}
        assert len(reassessment_cases(session, TODAY, spoc=b)) == 2
        board = dashboard(session, Q3, TODAY, Rulebook.default().rules, 28)
        assert board.reassessments_overdue == 5 and board.no_contact_total == 4
        # Live: as at today, c5's support offer (due 30 Sep, met 2 Oct) is met late.
        assert board.as_of == TODAY and vars(board.compliance.overall) == {
            "met": 5, "met_late": 3, "overdue": 4, "open": 0}
        assert len(open_cases_of(session, a)) == 3
        assert [line.case_id for line in open_cases_of(session, b, enhanced_only=True)] == [
            ids["c2"]]
        assert len(open_cases_of(session, ANY, status="new")) == 4  # c1 is being supported


def test_the_sql_status_is_the_domain_rule_across_a_clock_change(store, tmp_path):
    """Random obligations due around the end of summer time (25 Oct 2026), met at random
    moments near midnight: the database's counts equal the domain's, obligation by
    obligation."""
    with store.session() as session:
        made = build(session, tmp_path)
        case_id = made.cases["c1"].id
        rng = random.Random(7)
        period = Period(date(2026, 10, 12), date(2026, 11, 8))
        as_of = date(2026, 11, 2)
        for _ in range(400):
            due = period.start + timedelta(days=rng.randrange(period.days))
            met = None
            if rng.random() < 0.8:
                day = due + timedelta(days=rng.choice((-1, 0, 0, 1, 2, 9)))
                minute = rng.choice((0, 22 * 60 + 59, 23 * 60, 23 * 60 + 30, 24 * 60 - 1,
                                     rng.randrange(24 * 60)))
                met = datetime.combine(day, datetime.min.time()) + timedelta(minutes=minute)
            session.add(Obligation(case_id=case_id, rule_id=rng.choice(("a", "b")),
                                   starts_on=due, due=due, met_at=met, updated_by="test"))
        session.flush()
        facts = [ObligationFact(o.case_id, o.rule_id, o.due,
                                uk_date(o.met_at) if o.met_at else None, made.a.id)
                 for o in session.scalars(select(Obligation).where(
                     Obligation.case_id == case_id, Obligation.due.between(period.start,
                                                                           period.end)))]
        expected = tally_compliance(facts, as_of)
        got = compliance_figures(session, period, as_of)
        assert {r: vars(t) for r, t in got.by_rule.items()} == \
            {r: vars(t) for r, t in expected.by_rule.items()}
        assert {w: vars(t) for w, t in got.by_week.items()} == \
            {w: vars(t) for w, t in expected.by_week.items()}
        assert sum(n for *_rest, n in compliance_groups(session, period, as_of)) == len(facts)
    assert offset_runs(period) == ((date(2026, 10, 12), date(2026, 10, 24), 1),
                                   (date(2026, 10, 25), date(2026, 11, 8), 0))


def test_the_same_rule_on_postgresql(pg_url):
    """The central database works out the end of a UK day with AT TIME ZONE, not from summer
    time runs: the counts are the domain's there too."""
    from val_desktop.store.database import open_url
    from val_desktop.store.models import Victim

    central = open_url(pg_url)
    try:
        with central.session() as session:
            victim = Victim(first_name="Pat", last_name="Central", updated_by="test")
            session.add(victim)
            session.flush()
            case = Case(ref="VAL-26-PGPG-0001", victim_id=victim.id,
                        referred_at=datetime(2026, 10, 1, 9), offence_category="assault",
                        updated_by="test")
            session.add(case)
            session.flush()
            rng = random.Random(5)
            period, as_of = Period(date(2026, 10, 12), date(2026, 11, 8)), date(2026, 11, 2)
            facts = []
            for _ in range(200):
                due = period.start + timedelta(days=rng.randrange(period.days))
                met = None
                if rng.random() < 0.8:
                    met = datetime.combine(due + timedelta(days=rng.choice((-1, 0, 0, 1))),
                                           datetime.min.time()) + timedelta(
                        minutes=rng.choice((22 * 60 + 59, 23 * 60, 23 * 60 + 30,
                                            rng.randrange(24 * 60))))
                session.add(Obligation(case_id=case.id, rule_id="r", starts_on=due, due=due,
                                       met_at=met, updated_by="test"))
                facts.append(ObligationFact(case.id, "r", due, uk_date(met) if met else None))
            session.flush()
            got = compliance_figures(session, period, as_of)
            assert vars(got.overall) == vars(tally_compliance(facts, as_of).overall)
            late = compliance_cases(session, period, as_of, (), statuses=(MET_LATE,))
            assert len(late) == got.overall.met_late
    finally:
        central.close()
