"""Bulk search indexing: rows inserted with the triggers set aside are found (Persian, Thai,
Russian), changed rows are found by their new text only, and a failure or rollback leaves the
triggers and the index as they were."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
import sqlalchemy as sa

from desktop_crm.domain.ids import new_id
from desktop_crm.services.crm import Crm
from desktop_crm.services.writer import sort_key
from desktop_crm.store.bulk_index import BULK_TRIGGERS, bulk_indexing, triggers_present
from desktop_crm.store.models import CompanyRecord, ContactRecord

NOW = datetime(2026, 11, 23, tzinfo=UTC)
PEOPLE = [
    ("محمد‌رضا", "کریمی", "+98 912 345 6789"),
    ("สมชาย", "ใจดี", "+66 81 234 5678"),
    ("Сергей", "Королёв", "+7 912 345 67 89"),
    ("Giulia", "Bianchi", "+39 333 123 4567"),
]


def _contact(first: str, last: str, phone: str, company_id: str | None = None) -> dict[str, Any]:
    return {
        "id": new_id(),
        "first_name": first,
        "last_name": last,
        "phones": phone,
        "sort_name": sort_key(last, first),
        "company_id": company_id,
        "created_at": NOW,
        "updated_at": NOW,
        "custom": {},
    }


def _company(name: str) -> dict[str, Any]:
    return {
        "id": new_id(),
        "name": name,
        "sort_name": sort_key(name),
        "created_at": NOW,
        "updated_at": NOW,
        "custom": {},
    }


def _docs(crm: Crm) -> int:
    with crm.ctx.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM search_docs").scalar() or 0)


def test_rows_inserted_in_bulk_are_found_in_every_script(crm: Crm) -> None:
    company = _company("شرکت پیشگامان")
    with crm.ctx.engine.begin() as conn, bulk_indexing(conn) as index:
        assert triggers_present(conn) == set()
        conn.execute(sa.insert(CompanyRecord), [company])
        conn.execute(sa.insert(ContactRecord), [_contact(*p, company["id"]) for p in PEOPLE[:2]])
        assert index.index_new() == 3
        conn.execute(sa.insert(ContactRecord), [_contact(*p) for p in PEOPLE[2:]])
    for text in (
        "محمدرضا",
        "کریمی",
        "ใจดี",
        "สมชาย",
        "Королёв",
        "Bianchi",
        "پیشگامان",
        "9123456789",
        "کر",
        "Gi",
    ):
        assert crm.finder.search(text, 10).total >= 1, text
    assert _docs(crm) == 5
    with crm.ctx.engine.connect() as conn:
        assert triggers_present(conn) == set(BULK_TRIGGERS)
    assert crm.maintenance.check().ok


def test_changed_and_deleted_rows_are_indexed_again(crm: Crm) -> None:
    rows = [_contact(*p) for p in PEOPLE]
    with crm.ctx.engine.begin() as conn, bulk_indexing(conn) as index:
        conn.execute(sa.insert(ContactRecord), rows)
        index.index_new()
        c = ContactRecord.__table__
        conn.execute(sa.update(c).where(c.c.id == rows[3]["id"]).values(last_name="Verdi"))
        conn.execute(sa.update(c).where(c.c.id == rows[2]["id"]).values(deleted_at=NOW))
        index.refresh("contact", [rows[3]["id"], rows[2]["id"]])
    assert crm.finder.search("Verdi", 5).total == 1
    assert crm.finder.search("Bianchi", 5).total == 0
    assert crm.finder.search("Королёв", 5).total == 0
    assert _docs(crm) == 3 and crm.maintenance.check().ok


def test_a_failure_rolls_back_to_the_triggers_and_index_as_they_were(crm: Crm) -> None:
    crm.contacts.create({"first_name": "Anna", "last_name": "Verdi"})
    with pytest.raises(RuntimeError), crm.ctx.engine.begin() as conn, bulk_indexing(conn) as index:
        conn.execute(sa.insert(ContactRecord), [_contact(*p) for p in PEOPLE])
        index.index_new()
        raise RuntimeError("the import failed half-way")
    with crm.ctx.engine.connect() as conn:
        assert triggers_present(conn) == set(BULK_TRIGGERS)
    assert _docs(crm) == 1
    assert crm.finder.search("Bianchi", 5).total == 0
    crm.contacts.create({"first_name": "Luca", "last_name": "Neri"})
    assert crm.finder.search("Neri", 5).total == 1  # the triggers index again


def test_a_database_error_inside_also_restores_the_triggers(crm: Crm) -> None:
    row = _contact(*PEOPLE[0])
    with (
        pytest.raises(sa.exc.IntegrityError),
        crm.ctx.engine.begin() as conn,
        bulk_indexing(conn),
    ):
        conn.execute(sa.insert(ContactRecord), [row, dict(row)])  # the same key twice
    with crm.ctx.engine.connect() as conn:
        assert triggers_present(conn) == set(BULK_TRIGGERS)
    assert _docs(crm) == 0


def _automerge(crm: Crm) -> list[Any]:
    with crm.ctx.engine.connect() as conn:
        return [
            conn.exec_driver_sql(f"SELECT v FROM {fts}_config WHERE k = 'automerge'").scalar()
            for fts in ("search_tri", "search_words")
        ]


def test_rows_inserted_without_an_index_call_are_indexed_at_the_end(crm: Crm) -> None:
    """The block's end indexes everything in one statement with FTS5 merging paused, and puts
    the merge setting back (the default when none was set, a user's own value otherwise)."""
    with crm.ctx.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO search_words(search_words, rank) VALUES('automerge', 8)")
    before = _automerge(crm)
    assert before == [None, 8]
    with crm.ctx.engine.begin() as conn, bulk_indexing(conn):
        conn.execute(sa.insert(ContactRecord), [_contact(*p) for p in PEOPLE])
    assert _automerge(crm) == [4, 8]
    for text in ("Королёв", "ใจดี", "کریمی", "Bianchi"):
        assert crm.finder.search(text, 10).total == 1, text
    assert _docs(crm) == len(PEOPLE)
    assert crm.maintenance.check().ok
