"""Merging contacts and companies: values, links, timeline, backup, errors and exact undo."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.domain.records import ListQuery
from desktop_crm.services.crm import Crm
from desktop_crm.services.merge import backup_before_merge, merge_records, merged_ids
from desktop_crm.services.merge_preview import merge_preview
from desktop_crm.store.engine import read_connection


def contact(crm: Crm, **values: Any) -> str:
    created = crm.contacts.create(values).created_id
    assert created
    return created


def company(crm: Crm, name: str, **values: Any) -> str:
    created = crm.companies.create({"name": name, **values}).created_id
    assert created
    return created


def merge(crm: Crm, record_type: str, keep: str, others: list[str], **choices: Any) -> Any:
    change = merge_records(crm, record_type, keep, others, choices, backup=False)
    crm.undo.push(change)
    return change


def deal(crm: Crm, title: str, **values: Any) -> str:
    created = crm.deals.create({"title": title, **values}).created_id
    assert created
    return created


# ----- contacts --------------------------------------------------------------------------------
def test_kept_values_chosen_values_and_filled_gaps(crm: Crm) -> None:
    keep = contact(crm, first_name="Marco", last_name="Rossi", job_title="CEO")
    other = contact(
        crm, first_name="Marko", last_name="Rossi", city="Milano", job_title="Boss", no_calls=True
    )
    change = merge(crm, "contact", keep, [other], last_name="ROSSI")
    assert change.description == "merge contact"
    values = crm.contacts.get(keep).values
    assert values["first_name"] == "Marco"  # the kept record's own value by default
    assert values["last_name"] == "ROSSI"  # the chosen one
    assert values["job_title"] == "CEO"
    assert values["city"] == "Milano"  # filled from the other
    assert values["no_calls"] is True  # an opt-out anywhere is kept
    assert crm.contacts.get(other).deleted_at is not None


def test_emails_and_phones_are_combined_without_repeats(crm: Crm) -> None:
    keep = contact(crm, first_name="A", emails=("a@x.it",), phones=("+39 333 1234567",))
    b = contact(crm, first_name="B", emails=("A@X.IT", "b@x.it"), phones=("333 123 4567",))
    c = contact(crm, first_name="C", emails=("c@x.it", "b@x.it"), phones=("+39 02 7654321",))
    merge(crm, "contact", keep, [b, c])
    values = crm.contacts.get(keep).values
    assert values["emails"] == ("a@x.it", "b@x.it", "c@x.it")
    assert values["phones"] == ("+39 333 1234567", "+39 02 7654321")


def test_links_move_to_the_kept_contact(crm: Crm) -> None:
    keep = contact(crm, first_name="Keep")
    other = contact(crm, first_name="Other")
    crm.activities.log("call", subject="First call", contact_id=other)
    crm.activities.log("note", subject="On keep", contact_id=keep)
    crm.tasks.create({"title": "Call back", "contact_id": other})
    shared = deal(crm, "Shared", contact_ids=[keep, other])
    own = deal(crm, "Own", contact_ids=[other])
    crm.contacts.add_tag(keep, "VIP")
    crm.contacts.add_tag(other, "vip")
    crm.contacts.add_tag(other, "Lead")
    merge(crm, "contact", keep, [other])

    subjects = {e.subject for e in crm.activities.timeline("contact", keep) if e.subject}
    assert subjects == {"First call", "On keep"}
    assert [t.title for t in crm.tasks.of_record("contact", keep)] == ["Call back"]
    assert [c[0] for c in crm.deals.get(shared).contacts] == [keep]  # linked once
    assert [c[0] for c in crm.deals.get(own).contacts] == [keep]
    assert sorted(t.name for t in crm.contacts.get(keep).tags) == ["Lead", "VIP"]
    assert crm.contact_list.count(ListQuery()) == 1


def test_merging_into_a_merged_record_keeps_the_whole_history(crm: Crm) -> None:
    a, b, c = (contact(crm, first_name=n) for n in ("A", "B", "C"))
    merge(crm, "contact", b, [c])
    merge(crm, "contact", a, [b])
    with read_connection(crm.ctx.engine) as conn:
        assert merged_ids(conn, "contact", a) == [b, c]
    crm.undo.undo()
    with read_connection(crm.ctx.engine) as conn:
        assert merged_ids(conn, "contact", a) == []
        assert merged_ids(conn, "contact", b) == [c]
    crm.contacts.restore([c])
    with read_connection(crm.ctx.engine) as conn:
        assert merged_ids(conn, "contact", b) == []


def test_errors_change_nothing(crm: Crm) -> None:
    a, b = contact(crm, first_name="A"), contact(crm, first_name="B")
    gone = contact(crm, first_name="Gone")
    crm.contacts.delete([gone])
    with pytest.raises(ValidationError) as caught:
        merge_records(crm, "contact", a, [a], {}, backup=False)
    assert caught.value.code == "merge_needs_two"
    with pytest.raises(NotFoundError):
        merge_records(crm, "contact", a, [b, gone], {}, backup=False)
    with pytest.raises(ValidationError) as bad:
        merge_records(crm, "contact", a, [b], {"emails": ("not an email",)}, backup=False)
    assert bad.value.field == "emails"
    with pytest.raises(ValidationError) as nameless:
        merge_records(crm, "contact", a, [b], {"first_name": None}, backup=False)
    assert nameless.value.code == "contact_needs_name"
    with pytest.raises(ValidationError):
        merge_records(crm, "deal", a, [b], {}, backup=False)
    assert crm.contacts.get(b).deleted_at is None
    assert crm.contacts.get(a).values["first_name"] == "A"


def test_undo_and_redo_of_a_merge(crm: Crm) -> None:
    keep = contact(crm, first_name="Keep", emails=("k@x.it",))
    other = contact(crm, first_name="Other", emails=("o@x.it",))
    crm.activities.log("call", contact_id=other)
    merge(crm, "contact", keep, [other])
    crm.undo.undo()
    assert crm.contacts.get(keep).values["emails"] == ("k@x.it",)
    assert crm.contacts.get(other).deleted_at is None
    assert len(crm.activities.timeline("contact", other)) >= 2
    crm.undo.redo()
    assert crm.contacts.get(other).deleted_at is not None
    assert crm.contacts.get(keep).values["emails"] == ("k@x.it", "o@x.it")


# ----- companies -------------------------------------------------------------------------------
def test_merging_companies_moves_contacts_deals_and_tags(crm: Crm) -> None:
    keep = company(crm, "Rossi S.r.l.", website="rossi.it")
    other = company(crm, "ROSSI SRL", phone="+39 02 1234567", industry="Food")
    person = contact(crm, first_name="Anna", company_id=other)
    sale = deal(crm, "Order", company_id=other)
    crm.companies.add_tag(other, "Supplier")
    crm.activities.log("meeting", subject="Visit", company_id=other)
    merge(crm, "company", keep, [other])
    values = crm.companies.get(keep).values
    assert values["name"] == "Rossi S.r.l." and values["industry"] == "Food"
    assert values["phone"] == "+39 02 1234567"
    assert crm.contacts.get(person).values["company_id"] == keep
    assert crm.deals.get(sale).values["company_id"] == keep
    assert [t.name for t in crm.companies.get(keep).tags] == ["Supplier"]
    assert "Visit" in {e.subject for e in crm.activities.timeline("company", keep)}
    crm.undo.undo()
    assert crm.contacts.get(person).values["company_id"] == other
    assert crm.deals.get(sale).values["company_id"] == other


# ----- preview ---------------------------------------------------------------------------------
def test_preview_shows_what_the_merge_saves(crm: Crm) -> None:
    keep = contact(crm, first_name="Marco", emails=("m@x.it",))
    other = contact(crm, first_name="Marko", last_name="Rossi", emails=("M@X.IT", "r@x.it"))
    crm.activities.log("call", contact_id=other)
    preview = merge_preview(crm, "contact", [keep, other])
    assert [r.name for r in preview.rows][:3] == ["first_name", "last_name", "emails"]
    assert preview.row("emails").combined and preview.row("first_name").differs
    assert preview.suggested_keep() == 1  # the fuller record
    assert preview.default_pick("last_name", 0) == 1
    assert preview.counts["activities"] == (0, 1)
    expected = preview.result(0, {"first_name": 1})
    merge(crm, "contact", keep, [other], **preview.choices({"first_name": 1}))
    values = crm.contacts.get(keep).values
    assert {k: values[k] for k in expected} == expected


# ----- backup ----------------------------------------------------------------------------------
def test_a_backup_before_merging_at_most_every_ten_minutes(crm: Crm) -> None:
    a, b, c = (contact(crm, first_name=n) for n in "ABC")
    merge_records(crm, "contact", a, [b], {})
    backups = [x for x in crm.maintenance.backups() if x.reason == "merge"]
    assert len(backups) == 1 and Path(backups[0].path).exists()
    merge_records(crm, "contact", a, [c], {})
    assert len([x for x in crm.maintenance.backups() if x.reason == "merge"]) == 1
    later = datetime.now(UTC) + timedelta(minutes=11)
    assert backup_before_merge(crm, now=later) is not None


# ----- undo restores every row exactly (property) ----------------------------------------------
_SKIP_TABLES = {"changesets", "field_changes", "alembic_version"}


def snapshot(db: Path) -> dict[str, Any]:
    """Every row of every data table (``updated_at`` aside: an undo is a new edit, and sync
    needs its time), and the search index's documents."""
    conn = sqlite3.connect(db)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if r[0] not in _SKIP_TABLES and not r[0].startswith("search_")
        ]
        out: dict[str, Any] = {}
        for table in tables:
            cursor = conn.execute(f"SELECT * FROM {table}")
            columns = [d[0] for d in cursor.description]
            keep = [i for i, c in enumerate(columns) if c != "updated_at"]
            out[table] = sorted((tuple(row[i] for i in keep) for row in cursor), key=repr)
        out["search"] = sorted(
            conn.execute(
                "SELECT d.record_type, d.record_id, t.body FROM search_docs d"
                " JOIN search_tri t ON t.rowid = d.doc_id"
            ).fetchall()
        )
    finally:
        conn.close()
    return out


_NAMES = ("Marco", "Marko", "Анна", "علی", "ปิยะ")
_EMAILS = ("a@x.it", "A@X.IT", "b@x.it", "c@y.ru")
_PHONES = ("+39 333 1234567", "333 123 4567", "+39 02 7654321", "+98 912 345 6789")
_FIELDS = ("first_name", "last_name", "city", "job_title", "no_email", "company_id", "emails")

person = st.fixed_dictionaries(
    {
        "first_name": st.sampled_from(_NAMES),
        "last_name": st.none() | st.sampled_from(("Rossi", "Иванова", "کریمی")),
        "emails": st.lists(st.sampled_from(_EMAILS), max_size=2, unique=True).map(tuple),
        "phones": st.lists(st.sampled_from(_PHONES), max_size=2, unique=True).map(tuple),
        "city": st.none() | st.sampled_from(("Milano", "Tehran")),
        "no_email": st.booleans(),
        "company": st.sampled_from((None, 0, 1)),
        "tags": st.lists(st.sampled_from(("VIP", "Lead", "Press")), max_size=2, unique=True),
        "activities": st.integers(0, 2),
        "tasks": st.integers(0, 1),
        "deals": st.lists(st.sampled_from((0, 1)), max_size=2, unique=True),
    }
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    people=st.lists(person, min_size=2, max_size=4),
    keep=st.integers(0, 3),
    picks=st.dictionaries(st.sampled_from(_FIELDS), st.integers(0, 3), max_size=3),
)
def test_undo_of_a_merge_restores_every_row(
    crm: Crm, people: list[dict[str, Any]], keep: int, picks: dict[str, int]
) -> None:
    firms = [company(crm, "Alfa"), company(crm, "Beta")]
    deals = [deal(crm, "D1"), deal(crm, "D2")]
    ids = [_make(crm, p, firms, deals) for p in people]
    keep_id = ids[keep % len(ids)]
    others = [i for i in ids if i != keep_id]
    preview = merge_preview(crm, "contact", ids)
    choices = preview.choices(
        {f: i % len(ids) for f, i in picks.items() if any(r.name == f for r in preview.rows)}
    )
    assert crm.db_path is not None
    before = snapshot(crm.db_path)
    merge(crm, "contact", keep_id, others, **choices)
    assert snapshot(crm.db_path) != before
    crm.undo.undo()
    assert snapshot(crm.db_path) == before


def _make(crm: Crm, p: dict[str, Any], firms: list[str], deals: list[str]) -> str:
    values = {k: p[k] for k in ("first_name", "last_name", "emails", "phones", "city", "no_email")}
    values["company_id"] = None if p["company"] is None else firms[p["company"]]
    new = contact(crm, **values)
    for tag in p["tags"]:
        crm.contacts.add_tag(new, tag)
    for n in range(p["activities"]):
        crm.activities.log("call", subject=f"call {n}", contact_id=new)
    for n in range(p["tasks"]):
        crm.tasks.create({"title": f"task {n}", "contact_id": new})
    for index in p["deals"]:
        crm.deals.add_contact(deals[index], new, "Buyer")
    return new


def test_the_kept_contacts_timeline_shows_the_merged_in_history(crm: Crm) -> None:
    from desktop_crm.services.merge import merge_records

    keep = crm.contacts.create({"first_name": "Marco", "last_name": "Rossi"}).created_id
    other = crm.contacts.create({"first_name": "Marco", "last_name": "Rosi"}).created_id
    assert keep and other
    crm.contacts.update(other, "job_title", "Buyer")
    merge_records(crm, "contact", keep, [other], {}, backup=False)
    entries = crm.activities.timeline("contact", keep)
    kinds = [e.kind for e in entries]
    assert "merged" in kinds
    merged = next(e for e in entries if e.kind == "merged")
    assert merged.new_value == "Marco Rosi"
    # the merged record's own edit is part of the kept record's history now
    assert any(e.kind == "change" and e.field == "job_title" for e in entries)
