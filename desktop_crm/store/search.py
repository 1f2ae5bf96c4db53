"""Global search: the one module with SQLite-only SQL (FTS5). Other databases use ``LIKE``.

Two FTS5 tables share one document id per searchable record (``search_docs``):
- ``search_tri`` with the trigram tokenizer: any part of a word of 3+ characters, in any script
  (Thai has no spaces between words, so word tokenizers cannot find a name inside a run);
- ``search_words`` with unicode61 and prefix indexes of 1 and 2 characters: the indexed path for
  1-2 character terms (word prefixes).
Triggers keep both in step with ``contacts`` and ``companies`` in the same transaction as the
change, so the index can never disagree with the data after a crash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from desktop_crm.domain.fields import normalize_digits
from desktop_crm.store.models import CompanyRecord, ContactRecord

_ZWNJ = "\u200c"


def _norm_sql(expr: str) -> str:
    """Fold Arabic yeh/kaf to the Persian letters and ZWNJ dropped, as ``normalize`` does."""
    return f"replace(replace(replace({expr}, 'ي', 'ی'), 'ك', 'ک'), char(8204), '')"


def _digits_sql(expr: str) -> str:
    inner = expr
    for ch in (" ", "-", "(", ")", ".", "/"):
        inner = f"replace({inner}, '{ch}', '')"
    return inner


def _contact_body(row: str, company_name: str) -> str:
    parts = [
        f"coalesce({row}.first_name, '')",
        f"coalesce({row}.last_name, '')",
        f"coalesce({row}.emails, '')",
        f"coalesce({row}.phones, '')",
        _digits_sql(f"coalesce({row}.phones, '')"),
        f"coalesce({company_name}, '')",
    ]
    return _norm_sql(" || ' ' || ".join(parts))


def _company_body(row: str) -> str:
    parts = [
        f"coalesce({row}.name, '')",
        f"coalesce({row}.email, '')",
        f"coalesce({row}.phone, '')",
        _digits_sql(f"coalesce({row}.phone, '')"),
        f"coalesce({row}.website, '')",
    ]
    return _norm_sql(" || ' ' || ".join(parts))


def _index_one(kind: str, row: str, body: str) -> str:
    doc = f"(SELECT doc_id FROM search_docs WHERE record_id = {row}.id)"
    return f"""
        INSERT INTO search_docs(record_type, record_id) VALUES ('{kind}', {row}.id);
        INSERT INTO search_tri(rowid, body) VALUES ({doc}, {body});
        INSERT INTO search_words(rowid, body) VALUES ({doc}, {body});"""


def _unindex_one(row: str) -> str:
    doc = f"(SELECT doc_id FROM search_docs WHERE record_id = {row}.id)"
    return f"""
        DELETE FROM search_tri WHERE rowid = {doc};
        DELETE FROM search_words WHERE rowid = {doc};
        DELETE FROM search_docs WHERE record_id = {row}.id;"""


_COMPANY_OF_NEW = "(SELECT name FROM companies WHERE id = new.company_id)"
_CONTACT_COLUMNS = "first_name, last_name, emails, phones, company_id, deleted_at"

_DDL = [
    "CREATE TABLE search_docs (doc_id INTEGER PRIMARY KEY, record_type TEXT NOT NULL,"
    " record_id TEXT NOT NULL)",
    "CREATE INDEX ix_search_docs_record ON search_docs(record_id)",
    "CREATE VIRTUAL TABLE search_tri USING fts5(body, tokenize='trigram')",
    "CREATE VIRTUAL TABLE search_words USING fts5(body,"
    " tokenize=\"unicode61 remove_diacritics 0 categories 'L* N* Co M*'\", prefix='1 2')",
    f"""CREATE TRIGGER search_contact_ins AFTER INSERT ON contacts
        WHEN new.deleted_at IS NULL BEGIN
        {_index_one("contact", "new", _contact_body("new", _COMPANY_OF_NEW))}
    END""",
    f"""CREATE TRIGGER search_contact_upd AFTER UPDATE OF {_CONTACT_COLUMNS} ON contacts BEGIN
        {_unindex_one("old")}
        INSERT INTO search_docs(record_type, record_id)
            SELECT 'contact', new.id WHERE new.deleted_at IS NULL;
        INSERT INTO search_tri(rowid, body)
            SELECT doc_id, {_contact_body("new", _COMPANY_OF_NEW)} FROM search_docs
            WHERE record_id = new.id;
        INSERT INTO search_words(rowid, body)
            SELECT doc_id, {_contact_body("new", _COMPANY_OF_NEW)} FROM search_docs
            WHERE record_id = new.id;
    END""",
    f"""CREATE TRIGGER search_contact_del AFTER DELETE ON contacts BEGIN
        {_unindex_one("old")}
    END""",
    f"""CREATE TRIGGER search_company_ins AFTER INSERT ON companies
        WHEN new.deleted_at IS NULL BEGIN
        {_index_one("company", "new", _company_body("new"))}
    END""",
    f"""CREATE TRIGGER search_company_upd
        AFTER UPDATE OF name, email, phone, website, deleted_at ON companies BEGIN
        {_unindex_one("old")}
        INSERT INTO search_docs(record_type, record_id)
            SELECT 'company', new.id WHERE new.deleted_at IS NULL;
        INSERT INTO search_tri(rowid, body)
            SELECT doc_id, {_company_body("new")} FROM search_docs WHERE record_id = new.id;
        INSERT INTO search_words(rowid, body)
            SELECT doc_id, {_company_body("new")} FROM search_docs WHERE record_id = new.id;
    END""",
    # a renamed company: re-index the contacts that show its name
    f"""CREATE TRIGGER search_company_rename AFTER UPDATE OF name ON companies
        WHEN old.name IS NOT new.name BEGIN
        DELETE FROM search_tri WHERE rowid IN (SELECT d.doc_id FROM search_docs d
            JOIN contacts c ON c.id = d.record_id WHERE c.company_id = new.id);
        DELETE FROM search_words WHERE rowid IN (SELECT d.doc_id FROM search_docs d
            JOIN contacts c ON c.id = d.record_id WHERE c.company_id = new.id);
        INSERT INTO search_tri(rowid, body) SELECT d.doc_id, {_contact_body("c", "new.name")}
            FROM contacts c JOIN search_docs d ON d.record_id = c.id
            WHERE c.company_id = new.id;
        INSERT INTO search_words(rowid, body) SELECT d.doc_id, {_contact_body("c", "new.name")}
            FROM contacts c JOIN search_docs d ON d.record_id = c.id
            WHERE c.company_id = new.id;
    END""",
    f"""CREATE TRIGGER search_company_del AFTER DELETE ON companies BEGIN
        {_unindex_one("old")}
    END""",
]

_DROP = [
    "DROP TRIGGER IF EXISTS search_contact_ins",
    "DROP TRIGGER IF EXISTS search_contact_upd",
    "DROP TRIGGER IF EXISTS search_contact_del",
    "DROP TRIGGER IF EXISTS search_company_ins",
    "DROP TRIGGER IF EXISTS search_company_upd",
    "DROP TRIGGER IF EXISTS search_company_rename",
    "DROP TRIGGER IF EXISTS search_company_del",
    "DROP TABLE IF EXISTS search_tri",
    "DROP TABLE IF EXISTS search_words",
    "DROP TABLE IF EXISTS search_docs",
]

SEARCH_TABLES = ("search_docs", "search_tri", "search_words")


def install(conn: Connection) -> None:
    """Create the index, its triggers, and index what is already there (used by migrations)."""
    if conn.dialect.name != "sqlite":
        return
    for statement in _DDL:
        conn.exec_driver_sql(statement)
    rebuild(conn)


def uninstall(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for statement in _DROP:
        conn.exec_driver_sql(statement)


def rebuild(conn: Connection) -> None:
    """Re-index every live contact and company from scratch (bulk, in SQL)."""
    if conn.dialect.name != "sqlite":
        return
    for table in SEARCH_TABLES:
        conn.exec_driver_sql(f"DELETE FROM {table}")
    conn.exec_driver_sql(
        "INSERT INTO search_docs(record_type, record_id) SELECT 'contact', id FROM contacts"
        " WHERE deleted_at IS NULL"
    )
    conn.exec_driver_sql(
        "INSERT INTO search_docs(record_type, record_id) SELECT 'company', id FROM companies"
        " WHERE deleted_at IS NULL"
    )
    contact = _contact_body("c", "co.name")
    company = _company_body("co")
    for table in ("search_tri", "search_words"):
        conn.exec_driver_sql(
            f"INSERT INTO {table}(rowid, body) SELECT d.doc_id, {contact} FROM search_docs d"
            " JOIN contacts c ON c.id = d.record_id LEFT JOIN companies co ON co.id = c.company_id"
        )
        conn.exec_driver_sql(
            f"INSERT INTO {table}(rowid, body) SELECT d.doc_id, {company} FROM search_docs d"
            " JOIN companies co ON co.id = d.record_id"
        )


def normalize(text: str) -> str:
    """Fold what the index folds: digits to ASCII, Arabic yeh/kaf to Persian, ZWNJ dropped."""
    text = normalize_digits(text)
    return text.replace("ي", "ی").replace("ك", "ک").replace(_ZWNJ, "")


@dataclass(frozen=True)
class Match:
    record_type: str
    record_id: str


def _terms(text: str) -> list[str]:
    cleaned = normalize(text).replace('"', " ")
    return [t for t in re.split(r"\s+", cleaned) if t]


def find(conn: Connection, text: str, limit: int = 50) -> tuple[list[Match], int]:
    """Records whose name, email, phone or company contains every term; and their total count."""
    terms = _terms(text)
    if not terms:
        return [], 0
    if conn.dialect.name != "sqlite":
        return _find_like(conn, terms, limit)
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    selects: list[str] = []
    params: dict[str, str] = {}
    if long_terms:
        selects.append("SELECT rowid FROM search_tri WHERE search_tri MATCH :tri")
        params["tri"] = " AND ".join(f'"{t}"' for t in long_terms)
    if short_terms:
        selects.append("SELECT rowid FROM search_words WHERE search_words MATCH :words")
        params["words"] = " AND ".join(f'"{t}"*' for t in short_terms)
    matched = " INTERSECT ".join(selects)
    rows = conn.execute(
        sa.text(
            f"SELECT d.record_type, d.record_id FROM ({matched} LIMIT :limit) m"
            " JOIN search_docs d ON d.doc_id = m.rowid"
        ),
        {**params, "limit": limit},
    ).all()
    total = conn.execute(sa.text(f"SELECT count(*) FROM ({matched})"), params).scalar_one()
    return [Match(r[0], r[1]) for r in rows], int(total)


def _find_like(conn: Connection, terms: list[str], limit: int) -> tuple[list[Match], int]:
    """The portable path (PostgreSQL): case-insensitive LIKE over the same fields."""
    c, co = ContactRecord, CompanyRecord
    contact_cond = sa.and_(
        c.deleted_at.is_(None),
        *[
            sa.or_(
                c.first_name.ilike(f"%{t}%"),
                c.last_name.ilike(f"%{t}%"),
                c.emails.ilike(f"%{t}%"),
                c.phones.ilike(f"%{t}%"),
            )
            for t in terms
        ],
    )
    company_cond = sa.and_(
        co.deleted_at.is_(None),
        *[sa.or_(co.name.ilike(f"%{t}%"), co.email.ilike(f"%{t}%")) for t in terms],
    )
    contacts = conn.execute(sa.select(c.id).where(contact_cond).limit(limit)).scalars().all()
    companies = conn.execute(sa.select(co.id).where(company_cond).limit(limit)).scalars().all()
    count = sa.func.count()
    total = conn.execute(sa.select(count).select_from(c).where(contact_cond)).scalar_one()
    total += conn.execute(sa.select(count).select_from(co).where(company_cond)).scalar_one()
    found = [Match("contact", i) for i in contacts] + [Match("company", i) for i in companies]
    return found[:limit], int(total)
