"""The bulk path makes each index entry's body once (into a temporary table that feeds both FTS
tables): its entries are exactly those the triggers make, for new and changed rows (contacts
with and without a company, Arabic yeh/kaf and ZWNJ folded, phones with spaces and
punctuation); the temporary table is gone afterwards, also when the block fails, and a
statement still reading does not stop it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from desktop_crm.domain.ids import new_id
from desktop_crm.services.crm import Crm, open_crm
from desktop_crm.services.writer import sort_key
from desktop_crm.store.bulk_index import bulk_indexing
from desktop_crm.store.models import CompanyRecord, ContactRecord

NOW = datetime(2026, 11, 23, tzinfo=UTC)
COMPANIES = [("شركة كيان", "+98 21 8888 7777", "info@kian.ir"), ("Acme S.p.A.", None, None)]
PEOPLE: list[tuple[str | None, str | None, str | None, str | None, int | None]] = [
    # first, last, emails, phones, company (index into COMPANIES)
    ("علي", "كريمي", "ali@kian.ir", "+98 (912) 345-6789\n021.1234/56", 0),
    ("محمد‌رضا", "یزدی", None, "+98 912 000 1111", None),
    ("สมชาย", "ใจดี", "somchai@example.th\nsc@example.th", None, 1),
    ("Giulia", None, None, "+39 333 123 4567", None),
    (None, None, "solo@example.it", None, None),
]


def _company(name: str, phone: str | None, email: str | None) -> dict[str, Any]:
    return {
        "id": new_id(),
        "name": name,
        "phone": phone,
        "email": email,
        "sort_name": sort_key(name),
        "created_at": NOW,
        "updated_at": NOW,
        "custom": {},
    }


def _rows() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    companies = [_company(*c) for c in COMPANIES]
    contacts: list[dict[str, Any]] = [
        {
            "id": new_id(),
            "first_name": first,
            "last_name": last,
            "emails": emails,
            "phones": phones,
            "company_id": companies[company]["id"] if company is not None else None,
            "sort_name": sort_key(last, first),
            "created_at": NOW,
            "updated_at": NOW,
            "custom": {},
        }
        for first, last, emails, phones, company in PEOPLE
    ]
    return companies, contacts


def _insert(conn: Connection, companies: list[dict[str, Any]], contacts: list[Any]) -> None:
    conn.execute(sa.insert(CompanyRecord), companies)
    conn.execute(sa.insert(ContactRecord), contacts)


def _change(conn: Connection, contacts: list[dict[str, Any]]) -> list[str]:
    """Change the searched columns of some contacts (one deleted), one at a time, in id order
    (the order the bulk path indexes them again); returns their ids."""
    changes: list[dict[str, Any]] = [
        {"phones": "+98 912 345 6789\n+98 21 1111 2222", "company_id": None},
        {"last_name": "يزدي", "emails": "mr@example.ir"},
        {"deleted_at": NOW},
        {"company_id": contacts[0]["company_id"], "first_name": "Giulia Maria"},
    ]
    ids = sorted(c["id"] for c in contacts[:4])
    for record_id, values in zip(ids, changes, strict=True):
        conn.execute(sa.update(ContactRecord).where(ContactRecord.id == record_id).values(**values))
    return ids


def _entries(crm: Crm, by_record: bool = False) -> dict[str, list[tuple[Any, ...]]]:
    with crm.ctx.engine.connect() as conn:
        out = {}
        for fts in ("search_tri", "search_words"):
            if by_record:
                sql = (
                    f"SELECT d.record_type, d.record_id, f.body FROM {fts} f"
                    " JOIN search_docs d ON d.doc_id = f.rowid ORDER BY d.record_id"
                )
            else:
                sql = f"SELECT rowid, body FROM {fts} ORDER BY rowid"
            out[fts] = [tuple(r) for r in conn.exec_driver_sql(sql).all()]
        if not by_record:
            docs = conn.exec_driver_sql("SELECT * FROM search_docs ORDER BY doc_id").all()
            out["search_docs"] = [tuple(r) for r in docs]
        return out


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Crm]:
    instance = open_crm(tmp_path / "other.db", backup_dir=tmp_path / "other-backups")
    yield instance
    instance.close()


def test_bulk_entries_are_the_triggers_entries(crm: Crm, other: Crm) -> None:
    companies, contacts = _rows()
    with crm.ctx.engine.begin() as conn:  # the triggers, row by row
        _insert(conn, companies, contacts)
    with other.ctx.engine.begin() as conn, bulk_indexing(conn) as index:
        _insert(conn, companies, contacts)
        assert index.index_new() == len(companies) + len(contacts)
    triggered = _entries(crm)
    assert _entries(other) == triggered
    assert any("ی" in body and "ک" in body for _doc, body in triggered["search_tri"])
    assert any("+989123456789" in body for _doc, body in triggered["search_words"])

    with crm.ctx.engine.begin() as conn:
        _change(conn, contacts)
    with other.ctx.engine.begin() as conn, bulk_indexing(conn) as index:
        index.refresh("contact", _change(conn, contacts))
    changed = _entries(crm, by_record=True)
    assert _entries(other, by_record=True) == changed
    assert len(changed["search_tri"]) == len(companies) + len(contacts) - 1
    assert other.finder.search("یزدی", 5).total == 1 and other.maintenance.check().ok


def _temp_tables(conn: Connection) -> set[str]:
    rows = conn.exec_driver_sql("SELECT name FROM sqlite_temp_master WHERE type = 'table'")
    return {str(r[0]) for r in rows}


def test_the_bodies_table_is_dropped_and_rolled_back(crm: Crm) -> None:
    companies, contacts = _rows()
    with crm.ctx.engine.connect() as conn:
        with conn.begin(), bulk_indexing(conn) as index:
            _insert(conn, companies[:1], contacts[:1])
            index.index_new()
            assert "bulk_index_bodies" not in _temp_tables(conn)
        with pytest.raises(RuntimeError), conn.begin(), bulk_indexing(conn) as index:
            _insert(conn, companies[1:], contacts[1:])
            index.index_new()
            raise RuntimeError("the import failed half-way")
        assert "bulk_index_bodies" not in _temp_tables(conn)
    assert crm.finder.search("Acme", 5).total == 0
    assert crm.finder.search("کیان", 5).total == 2 and crm.maintenance.check().ok


def test_a_statement_still_reading_does_not_stop_the_index(crm: Crm) -> None:
    """SQLite refuses to drop a table while a statement reads: the bodies' table is emptied
    instead, and the transaction goes on."""
    companies, contacts = _rows()
    with crm.ctx.engine.connect() as conn, conn.begin(), bulk_indexing(conn) as index:
        _insert(conn, companies, contacts)
        reading = conn.exec_driver_sql("SELECT id FROM contacts")
        assert reading.fetchone() is not None
        assert index.index_new() == len(companies) + len(contacts)
        reading.close()
        count = conn.exec_driver_sql("SELECT count(*) FROM temp.bulk_index_bodies").scalar()
        assert count == 0
    assert crm.finder.search("Acme", 5).total == 2
    assert crm.finder.search("9123456789", 5).total == 1 and crm.maintenance.check().ok
