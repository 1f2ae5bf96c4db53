"""Matching rows of a file against records: normalised keys, loaded once into dictionaries.

Keys:
- email: ``email_key`` (trimmed, ``mailto:``/``Name <…>`` removed, folded to lower case);
- phone: ``phone_key`` with the plan's default region (E.164: ``+39 333 123 4567``,
  ``0039 333 1234567`` and ``3331234567`` in Italy are one number);
- name: first and last name (contacts), the name (companies) or the title (deals), folded (case,
  spaces, digits, Arabic/Persian letter variants, ZWNJ), and the company's name when the file has
  a company column.
The keys of every live record are read once (one query) into a dict; the rows of the file add
the keys of the records they create, so a row that repeats an earlier one matches it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from desktop_crm.services.importing.phones import phone_key
from desktop_crm.services.importing.values import ValueProblem, email_key, fold
from desktop_crm.store.models import CompanyRecord, ContactRecord, DealRecord

SEPARATOR = "\x1f"


def email_keys(emails: Iterable[str]) -> list[str]:
    """``email_key`` of each address (text that is not an address: folded as it is). A plain
    ASCII address with letters or digits at both ends is its own key folded (what
    ``email_key`` gives it, without the parse)."""
    keys = []
    for email in emails:
        if (
            email.isascii()
            and email[:1].isalnum()
            and email[-1:].isalnum()
            and ("<" not in email and ":" not in email and " " not in email)
        ):
            keys.append(email.casefold())
            continue
        try:
            keys.append(email_key(email))
        except ValueProblem:
            folded = email.strip().casefold()
            if folded:
                keys.append(folded)
    return keys


def phone_keys(phones: Iterable[str], region: str | None) -> list[str]:
    keys = []
    for phone in phones:
        key = phone_key(phone, region)
        if key:
            keys.append(key)
    return keys


def name_key(first: str | None, last: str | None, company: str | None = None) -> str | None:
    """A person's (or a company's, a deal's) name key; None when there is no name."""
    name = fold(" ".join(p for p in (first, last) if p))
    if not name:
        return None
    return name + SEPARATOR + fold(company) if company is not None else name


def _split(value: str | None) -> list[str]:
    return [v for v in value.split("\n") if v] if value else []


def _digest(key: str) -> bytes:
    return hashlib.blake2b(key.encode(), digest_size=16).digest()


def _uuid_text(value: int) -> str:
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


@dataclass
class MatchIndex:
    """Key → record id of the live records, and of the records this import creates.

    The keys of the records an import creates (a million for a million-row file) are kept
    compact: a 128-bit BLAKE2 digest of the key (no two keys of a file share one, in practice:
    the chance is ~10⁻²⁷) to the record's UUID as an integer — ~130 bytes a key instead of
    ~210 with the texts (measured as the import's largest structure)."""

    match_by: str | None
    region: str | None = None
    with_company: bool = False
    existing: dict[str, str] = field(default_factory=dict)
    created: dict[bytes, int] = field(default_factory=dict)

    def lookup(self, keys: list[str]) -> tuple[str, bool] | None:
        """(record id, created by this import) of the first key that matches, else None."""
        for key in keys:
            found = self.existing.get(key)
            if found is not None:
                return found, False
            made = self.created.get(_digest(key)) if self.created else None
            if made is not None:
                return _uuid_text(made), True
        return None

    def add_created(self, keys: list[str], record_id: str) -> None:
        number = int(record_id.replace("-", ""), 16)
        for key in keys:
            self.created.setdefault(_digest(key), number)

    def _add_existing(self, keys: list[str], record_id: str) -> None:
        for key in keys:
            self.existing.setdefault(key, record_id)

    def load(self, conn: Connection, record_type: str) -> None:
        """Read the keys of every live record of ``record_type`` (oldest first wins a key)."""
        if self.match_by is None:
            return
        for record_id, keys in _existing_keys(conn, record_type, self):
            self._add_existing(keys, record_id)


def _existing_keys(
    conn: Connection, record_type: str, index: MatchIndex
) -> Iterable[tuple[str, list[str]]]:
    by, region = index.match_by, index.region
    if record_type == "contact":
        c, co = ContactRecord, CompanyRecord
        live = c.deleted_at.is_(None)
        if by == "email":
            rows = conn.execute(sa.select(c.id, c.emails).where(live, c.emails.is_not(None)))
            return ((r[0], email_keys(_split(r[1]))) for r in rows)
        if by == "phone":
            rows = conn.execute(sa.select(c.id, c.phones).where(live, c.phones.is_not(None)))
            return ((r[0], phone_keys(_split(r[1]), region)) for r in rows)
        rows = conn.execute(
            sa.select(c.id, c.first_name, c.last_name, co.name)
            .outerjoin(co, sa.and_(co.id == c.company_id, co.deleted_at.is_(None)))
            .where(live)
        )
        return ((r[0], _one(name_key(r[1], r[2], _company(r[3], index)))) for r in rows)
    if record_type == "company":
        co = CompanyRecord
        live = co.deleted_at.is_(None)
        if by == "email":
            rows = conn.execute(sa.select(co.id, co.email).where(live, co.email.is_not(None)))
            return ((r[0], email_keys([r[1]])) for r in rows)
        if by == "phone":
            rows = conn.execute(sa.select(co.id, co.phone).where(live, co.phone.is_not(None)))
            return ((r[0], phone_keys([r[1]], region)) for r in rows)
        rows = conn.execute(sa.select(co.id, co.name).where(live))
        return ((r[0], _one(name_key(r[1], None))) for r in rows)
    if record_type == "deal" and by == "name":
        d, co = DealRecord, CompanyRecord
        rows = conn.execute(
            sa.select(d.id, d.title, co.name)
            .outerjoin(co, sa.and_(co.id == d.company_id, co.deleted_at.is_(None)))
            .where(d.deleted_at.is_(None))
        )
        return ((r[0], _one(name_key(r[1], None, _company(r[2], index)))) for r in rows)
    return ()


def _company(name: str | None, index: MatchIndex) -> str | None:
    return (name or "") if index.with_company else None


def _one(key: str | None) -> list[str]:
    return [key] if key else []


def supported(record_type: str, match_by: str | None) -> bool:
    """Whether records of ``record_type`` can be matched by ``match_by``."""
    if match_by is None:
        return True
    if record_type in ("contact", "company"):
        return match_by in ("email", "phone", "name")
    return record_type == "deal" and match_by == "name"


@dataclass
class NameIndex:
    """Folded name → id of live companies (or contacts), for linking rows by name."""

    ids: dict[str, str] = field(default_factory=dict)

    def get(self, name: str) -> str | None:
        return self.ids.get(fold(name))

    def add(self, name: str, record_id: str) -> None:
        self.ids.setdefault(fold(name), record_id)

    @classmethod
    def companies(cls, conn: Connection) -> NameIndex:
        co = CompanyRecord
        index = cls()
        rows = conn.execute(
            sa.select(co.id, co.name).where(co.deleted_at.is_(None)).order_by(co.created_at)
        )
        for record_id, name in rows:
            index.add(name, record_id)
        return index

    @classmethod
    def contacts(cls, conn: Connection) -> NameIndex:
        c = ContactRecord
        index = cls()
        rows = conn.execute(
            sa.select(c.id, c.first_name, c.last_name)
            .where(c.deleted_at.is_(None))
            .order_by(c.created_at)
        )
        for record_id, first, last in rows:
            name = " ".join(p for p in (first, last) if p)
            if name:
                index.add(name, record_id)
        return index


def row_keys(
    record_type: str, values: dict[str, Any], company: str | None, index: MatchIndex
) -> list[str]:
    """The keys of a converted row (values by field name; ``company``: the name in its company
    column) for the index's ``match_by``."""
    by = index.match_by
    if by is None:
        return []
    if record_type == "contact":
        # the values are normalised already (normalize_email / normalize_phone): their keys
        # are the addresses folded and the E.164 numbers as they are
        if by == "email":
            return [email.casefold() for email in values.get("emails", ())]
        if by == "phone":
            return list(values.get("phones", ()))
        first, last = values.get("first_name"), values.get("last_name")
        return _one(name_key(first, last, _company(company, index)))
    if record_type == "company":
        if by == "email":
            return email_keys([values["email"]] if values.get("email") else [])
        if by == "phone":
            return phone_keys([values["phone"]] if values.get("phone") else [], index.region)
        return _one(name_key(values.get("name"), None))
    if record_type == "deal" and by == "name":
        return _one(name_key(values.get("title"), None, _company(company, index)))
    return []


__all__ = [
    "MatchIndex",
    "NameIndex",
    "email_keys",
    "fold",
    "name_key",
    "phone_keys",
    "row_keys",
    "supported",
]
