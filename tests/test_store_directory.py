"""The service directory at work (store.directory_edit) and saving a typed-in referral
(store.referral_entry)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from val_desktop.intake.manual_referral import build_referral
from val_desktop.store.cases import Rulebook
from val_desktop.store.directory import seed_directory
from val_desktop.store.directory_edit import (
    DirectoryQuery,
    ProviderEntry,
    ProviderError,
    add_provider,
    area_choices,
    check_provider_fields,
    get_provider,
    load_directory,
    log_signpost,
    matches,
    reinstate_provider,
    retire_provider,
    search_providers,
    update_provider,
)
from val_desktop.store.models import Case, ContactLogEntry, ServiceProvider, SpocAssignment
from val_desktop.store.referral_entry import DuplicateReferral, save_manual_referral
from val_desktop.store.staff import add_staff

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


@pytest.fixture
def directory(store):
    with store.session(write=True) as session:
        seed_directory(session, user="test")
        session.commit()
    with store.session() as session:
        return load_directory(session)


def names(entries) -> list[str]:
    return [e.name for e in entries]


def find(entries, query: DirectoryQuery) -> list[str]:
    return names(search_providers(entries, query))


def entry(name: str, **values) -> ProviderEntry:
    return ProviderEntry(id=uuid.uuid4(), name=name, category=values.pop("category", "Test"),
                         **values)


# --- searching -------------------------------------------------------------------------------


def test_the_seeded_directory_is_read_whole_by_name(directory):
    assert len(directory) == 13
    assert names(directory) == sorted(names(directory), key=str.casefold)
    assert all(e.active for e in directory)


def test_an_offence_finds_its_specialists_first_then_general_services(directory):
    found = find(directory, DirectoryQuery(offence="stalking"))
    # Both list stalking; the commissioned local service comes before the national helpline.
    assert found[:2] == ["West Mercia Women's Aid", "National Stalking Helpline"]
    assert "Victim Support" in found  # a general service answers any offence
    assert "Action Fraud" not in found and "Brake" not in found


def test_a_need_narrows_the_list(directory):
    found = find(directory, DirectoryQuery(need="housing"))
    assert "West Mercia Women's Aid" in found
    assert "Refuge (National Domestic Abuse Helpline)" in found
    assert "Action Fraud" not in found
    assert "Samaritans" not in found


def test_need_and_offence_together(directory):
    found = find(directory, DirectoryQuery(need="housing", offence="domestic_abuse"))
    assert set(found) == {"West Mercia Women's Aid", "Refuge (National Domestic Abuse Helpline)"}
    # the commissioned local service before the national helpline
    assert found[0] == "West Mercia Women's Aid"


def test_typed_words_search_name_description_and_what_a_service_covers(directory):
    assert find(directory, DirectoryQuery(text="samar")) == ["Samaritans"]
    assert find(directory, DirectoryQuery(text="SARC")) == [
        "The Glade Sexual Assault Referral Centre (SARC)"]
    assert "Brake" in find(directory, DirectoryQuery(text="road death"))
    assert find(directory, DirectoryQuery(text="0808 802")) == ["National Stalking Helpline"]
    assert find(directory, DirectoryQuery(text="no such service")) == []


def test_an_area_keeps_local_services_for_it_and_national_ones():
    entries = [
        entry("Shropshire Only", area="Shropshire"),
        entry("Whole Force", area="West Mercia"),
        entry("Two Counties", area="Herefordshire, Worcestershire"),
        entry("Everywhere"),
    ]
    assert set(find(entries, DirectoryQuery(area="Shropshire"))) == {
        "Shropshire Only", "Whole Force", "Everywhere"}
    assert set(find(entries, DirectoryQuery(area="Worcestershire"))) == {
        "Whole Force", "Two Counties", "Everywhere"}
    assert find(entries, DirectoryQuery(area="West Mercia"))[-1] == "Everywhere"
    assert area_choices(entries) == ["Herefordshire", "Shropshire", "Telford and Wrekin",
                                     "West Mercia", "Worcestershire"]


def test_retired_and_uncommissioned_services_are_filtered():
    retired = entry("Old Service", active=False)
    paid = entry("Paid For", commissioned=True)
    free = entry("Charity")
    assert not matches(retired, DirectoryQuery())
    assert matches(retired, DirectoryQuery(include_retired=True))
    assert find([retired, paid, free], DirectoryQuery(commissioned_only=True)) == ["Paid For"]
    assert find([retired, free, paid], DirectoryQuery(include_retired=True)) == [
        "Paid For", "Charity", "Old Service"]


# --- administrators ------------------------------------------------------------------------


NEW = {"name": "  Worcestershire  Advocacy ", "category": "Advocacy", "phone": "01905 123456",
       "website": "www.example.org", "area": "Worcestershire", "description": "Helps.",
       "need_domains": ["money", "safety", "safety"], "offence_categories": ["fraud"],
       "commissioned": True}


def test_an_administrator_adds_a_service(store, directory):
    with store.session(write=True) as session:
        added = add_provider(session, NEW, user="i.jones")
        session.commit()
    with store.session() as session:
        stored = session.get(ServiceProvider, added.id)
        assert stored.name == "Worcestershire Advocacy"
        assert stored.website == "https://www.example.org"
        assert stored.need_domains == ["safety", "money"]  # in the order of NEED_DOMAINS, once
        assert stored.updated_by == "i.jones" and stored.row_version == 1
        assert stored.active is True


def test_a_service_needs_a_name_and_category_and_sane_contact_details():
    with pytest.raises(ProviderError) as caught:
        check_provider_fields({"name": " ", "category": "", "phone": "call Sue",
                               "website": "http://nowhere", "need_domains": ["luck"]})
    assert set(caught.value.problems) == {"name", "category", "phone", "website", "need_domains"}
    assert caught.value.problems["name"] == "Enter the name of the service."
    assert check_provider_fields({"name": "Samaritans", "category": "Crisis",
                                  "phone": "116 123"})["phone"] == "116 123"


def test_two_services_cannot_share_a_name(store, directory):
    with store.session(write=True) as session, pytest.raises(ProviderError) as caught:
        add_provider(session, {**NEW, "name": "samaritans"}, user="i.jones")
    assert "already has an entry called samaritans" in caught.value.problems["name"]


def test_an_edit_bumps_the_version_and_a_stale_edit_is_refused(store, directory):
    samaritans = next(e for e in directory if e.name == "Samaritans")
    fields = {**samaritans.fields(), "phone": "116 123 (free, 24 hours)"}
    with store.session(write=True) as session:
        with pytest.raises(ProviderError):  # "(free, 24 hours)" is not a phone number
            update_provider(session, samaritans.id, fields, user="i.jones")
        fields["phone"] = "116 123"
        fields["description"] = "Someone to talk to, day or night."
        updated = update_provider(session, samaritans.id, fields, user="i.jones",
                                  expected_version=samaritans.row_version)
        session.commit()
    assert updated.row_version == samaritans.row_version + 1
    assert updated.description == "Someone to talk to, day or night."
    with store.session(write=True) as session, pytest.raises(ProviderError) as caught:
        update_provider(session, samaritans.id, fields, user="p.ellis",
                        expected_version=samaritans.row_version)
    assert "changed by i.jones" in caught.value.problems[""]
    with store.session(write=True) as session:  # saving what is already stored changes nothing
        again = update_provider(session, samaritans.id, fields, user="i.jones")
        session.commit()
    assert again.row_version == updated.row_version


def test_retire_keeps_the_entry_and_reinstate_brings_it_back(store, directory):
    brake = next(e for e in directory if e.name == "Brake")
    with store.session(write=True) as session:
        retired = retire_provider(session, brake.id, user="i.jones")
        session.commit()
    assert retired.active is False and retired.row_version == brake.row_version + 1
    with store.session() as session:
        assert "Brake" not in names(load_directory(session, include_retired=False))
        assert "Brake" in names(load_directory(session))
        assert session.scalar(select(func.count()).select_from(ServiceProvider)) == 13
    with store.session(write=True) as session:
        assert reinstate_provider(session, brake.id, user="i.jones").active is True
        session.commit()
    with store.session() as session:
        assert get_provider(session, brake.id).active is True


# --- signposting and typed-in referrals ---------------------------------------------------


def new_case(store, source_id: str = "", **values) -> Case:
    fields = {"referral_source": "self", "source_id": source_id,
              "referred_at": "20/11/2026 14:30", "offence_category": "stalking",
              "first_name": "Ava", "last_name": "Lewis", **values}
    record = build_referral(fields, now=NOW).record
    with store.session(write=True) as session:
        case = save_manual_referral(session, record, Rulebook.default(), user="a.khan")
        session.commit()
        return case


def test_signposting_is_logged_on_the_case_naming_the_service(store, directory):
    case = new_case(store)
    helpline = next(e for e in directory if e.name == "National Stalking Helpline")
    with store.session(write=True) as session:
        log_signpost(session, case.id, helpline.id, "Will ring them tonight.",
                     staff_id=None, user="a.khan")
        session.commit()
    with store.session() as session:
        logged = session.scalars(select(ContactLogEntry)).one()
    assert (logged.case_id, logged.kind, logged.outcome) == (case.id, "signpost", "reached")
    assert logged.summary == ("Signposted to National Stalking Helpline (0808 802 0300): "
                              "Will ring them tonight.")
    assert logged.updated_by == "a.khan"


def test_a_retired_service_cannot_be_signposted(store, directory):
    case = new_case(store)
    brake = next(e for e in directory if e.name == "Brake")
    with store.session(write=True) as session:
        retire_provider(session, brake.id, user="i.jones")
        with pytest.raises(ProviderError, match="retired"):
            log_signpost(session, case.id, brake.id, "", staff_id=None, user="a.khan")


def test_a_typed_in_referral_goes_to_the_least_loaded_caseworker(store):
    with store.session(write=True) as session:
        busy = add_staff(session, "Busy Person", "b.busy", "caseworker")
        idle = add_staff(session, "Idle Person", "a.idle", "caseworker")
        busy_id, idle_id = busy.id, idle.id
        session.commit()
    first = new_case(store, "P-1")
    assert first.spoc_id == busy_id or first.spoc_id == idle_id
    second = new_case(store, "P-2")
    assert {first.spoc_id, second.spoc_id} == {busy_id, idle_id}  # one each
    with store.session() as session:
        case = session.get(Case, second.id)
        assert case.referrals[0].received_via == "manual"
        assert case.referrals[0].file_line is None
        assert case.enhanced is False
        assert len(case.obligations) == 2
        assert session.scalar(select(func.count()).select_from(SpocAssignment)) == 2


def test_a_referral_id_already_stored_is_refused_naming_its_case(store):
    first = new_case(store, "VS-1")
    with pytest.raises(DuplicateReferral) as caught:
        new_case(store, "VS-1", first_name="Other")
    assert f"(case {first.ref})" in str(caught.value)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 1
