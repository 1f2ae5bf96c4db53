"""Activities and the timeline: what is shown, in which order, by whom; last contacted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.services.crm import Crm

T0 = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def ann(crm: Crm) -> str:
    created = crm.contacts.create({"first_name": "Ann", "last_name": "Lee"}).created_id
    assert created is not None
    return created


def _last_contacted(crm: Crm, contact: str) -> datetime | None:
    value = crm.contacts.get(contact).values["last_contacted_at"]
    assert value is None or isinstance(value, datetime)
    return value


@pytest.mark.parametrize("kind", ["call", "email", "meeting", "demo", "message"])
def test_contacting_kinds_set_last_contacted(crm: Crm, ann: str, kind: str) -> None:
    crm.activities.log(kind, subject="Hello", contact_id=ann, occurred_at=T0)
    assert _last_contacted(crm, ann) == T0


def test_a_note_is_not_contact(crm: Crm, ann: str) -> None:
    crm.activities.log("note", body="Likes tea", contact_id=ann, occurred_at=T0)
    assert _last_contacted(crm, ann) is None


def test_last_contacted_only_moves_forward(crm: Crm, ann: str) -> None:
    crm.activities.log("call", contact_id=ann, occurred_at=T0)
    crm.activities.log("call", contact_id=ann, occurred_at=T0 - timedelta(days=3))
    assert _last_contacted(crm, ann) == T0
    later = T0 + timedelta(hours=5)
    crm.activities.log("email", contact_id=ann, occurred_at=later)
    assert _last_contacted(crm, ann) == later


def test_naive_times_are_utc(crm: Crm, ann: str) -> None:
    """A naive time (what QDateTime.toPython() gives) was a TypeError once a time was set."""
    crm.activities.log("call", contact_id=ann, occurred_at=datetime(2024, 3, 1, 9, 0))
    crm.activities.log("call", contact_id=ann, occurred_at=datetime(2024, 3, 2, 9, 0))
    assert _last_contacted(crm, ann) == datetime(2024, 3, 2, 9, 0, tzinfo=UTC)


def test_undo_of_a_log_restores_last_contacted(crm: Crm, ann: str) -> None:
    crm.activities.log("call", contact_id=ann, occurred_at=T0)
    change = crm.activities.log("meeting", contact_id=ann, occurred_at=T0 + timedelta(days=1))
    crm.undo.push(change)
    crm.undo.undo()
    assert _last_contacted(crm, ann) == T0
    kinds = [e.activity_kind for e in crm.activities.timeline("contact", ann) if e.activity_id]
    assert kinds == ["call"]
    crm.undo.redo()
    assert _last_contacted(crm, ann) == T0 + timedelta(days=1)
    kinds = [e.activity_kind for e in crm.activities.timeline("contact", ann) if e.activity_id]
    assert kinds == ["meeting", "call"]


def test_log_is_validated(crm: Crm, ann: str) -> None:
    cases = [
        (dict(kind="fax", contact_id=ann), "kind"),
        (dict(kind="call"), "contact_id"),
        (dict(kind="call", contact_id=ann, duration_minutes=-1), "duration_minutes"),
        (dict(kind="call", contact_id=ann, duration_minutes=1441), "duration_minutes"),
        (dict(kind="call", contact_id=ann, subject="s" * 501), "subject"),
        (dict(kind="call", contact_id=ann, occurred_at="soon"), "occurred_at"),
    ]
    for kwargs, field in cases:
        kind = str(kwargs.pop("kind"))
        with pytest.raises(ValidationError) as info:
            crm.activities.log(kind, **kwargs)  # type: ignore[arg-type]
        assert info.value.field == field
    crm.contacts.delete([ann])
    with pytest.raises(ValidationError) as info:
        crm.activities.log("call", contact_id=ann)
    assert info.value.code == "deleted"
    with pytest.raises(NotFoundError):
        crm.activities.log("call", contact_id="missing")
    assert [e for e in crm.activities.timeline("contact", ann) if e.kind == "activity"] == []


def test_timeline_content_and_order(crm: Crm, ann: str) -> None:
    crm.catalog.add_user("Zahra")
    zahra = next(u.id for u in crm.catalog.users() if u.name == "Zahra")
    crm.contacts.update(ann, "job_title", "CTO")
    crm.contacts.add_tag(ann, "VIP")
    vip = crm.contacts.get(ann).tags[0].id
    crm.ctx.user_id = zahra  # someone else works now
    crm.contacts.update(ann, "job_title", "CEO")
    crm.contacts.remove_tag(ann, vip)
    crm.contacts.add_tag(ann, "vip")
    crm.activities.log(
        "call",
        subject="Intro",
        body="Talked",
        contact_id=ann,
        occurred_at=datetime.now(UTC) + timedelta(minutes=1),  # newest of all
        duration_minutes=15,
        outcome="Interested",
    )
    crm.contacts.delete([ann])
    crm.contacts.restore([ann])

    entries = crm.activities.timeline("contact", ann)
    assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True)
    got = [(e.kind, e.user_name, e.field, e.old_value, e.new_value) for e in entries]
    assert got == [
        ("activity", "Zahra", None, None, None),
        ("restored", "Zahra", None, None, None),
        ("deleted", "Zahra", None, None, None),
        ("tag_added", "Zahra", None, None, "VIP"),
        ("tag_removed", "Zahra", None, None, "VIP"),
        ("change", "Zahra", "job_title", "CTO", "CEO"),
        ("tag_added", "Owner", None, None, "VIP"),
        ("change", "Owner", "job_title", None, "CTO"),
        ("created", "Owner", None, None, None),
    ]
    call = entries[0]
    assert (call.activity_kind, call.subject, call.body) == ("call", "Intro", "Talked")
    assert (call.duration_minutes, call.outcome) == (15, "Interested")
    # last_contacted_at is derived: never shown as an edit
    assert all(e.field != "last_contacted_at" for e in entries)


def test_timeline_decodes_typed_values(crm: Crm, ann: str) -> None:
    crm.contacts.update(ann, "birthday", "1990-01-02")
    crm.contacts.update(ann, "emails", "a@x.example, b@x.example")
    crm.contacts.update(ann, "no_email", True)
    changes = {e.field: e for e in crm.activities.timeline("contact", ann) if e.kind == "change"}
    assert changes["birthday"].new_value.isoformat() == "1990-01-02"
    assert changes["emails"].old_value == ()
    assert changes["emails"].new_value == ("a@x.example", "b@x.example")
    assert (changes["no_email"].old_value, changes["no_email"].new_value) == (False, True)


def test_company_timeline_includes_its_contacts_activities(crm: Crm) -> None:
    acme = crm.companies.create({"name": "Acme"}).created_id
    assert acme is not None
    bob = crm.contacts.create({"first_name": "Bob", "company_id": acme}).created_id
    crm.activities.log("meeting", subject="Kick-off", contact_id=bob, occurred_at=T0)
    crm.activities.log("note", subject="Company note", company_id=acme, occurred_at=T0)
    crm.companies.update(acme, "industry", "Retail")
    entries = crm.activities.timeline("company", acme)
    assert {e.subject for e in entries if e.kind == "activity"} == {"Kick-off", "Company note"}
    assert [e.field for e in entries if e.kind == "change"] == ["industry"]
    assert [e.kind for e in entries] == ["change", "created", "activity", "activity"]


def test_deleted_activity_leaves_the_timeline(crm: Crm, ann: str) -> None:
    change = crm.activities.log("call", subject="Oops", contact_id=ann, occurred_at=T0)
    assert change.created_id is not None
    crm.activities.delete(change.created_id)
    assert [e for e in crm.activities.timeline("contact", ann) if e.kind == "activity"] == []


def test_log_on_a_missing_or_deleted_company(crm: Crm) -> None:
    """A missing company was a StorageError from the foreign key; a deleted one was accepted."""
    with pytest.raises(NotFoundError):
        crm.activities.log("note", company_id="missing")
    with pytest.raises(NotFoundError):
        crm.activities.log("note", deal_id="missing")
    acme = crm.companies.create({"name": "Acme"}).created_id
    assert acme is not None
    crm.companies.delete([acme])
    with pytest.raises(ValidationError) as info:
        crm.activities.log("note", company_id=acme)
    assert (info.value.field, info.value.code) == ("company_id", "deleted")
    crm.companies.restore([acme])
    crm.activities.log("note", subject="Back", company_id=acme)
    assert [e.subject for e in crm.activities.timeline("company", acme) if e.activity_id] == [
        "Back"
    ]
