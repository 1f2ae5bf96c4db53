"""Reading records for the duplicate search: every live record's keys in one query (no dates,
no joins: what 100,000 rows cost is the text), then what the list shows of the few records
that are in groups (a second query, for those only)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from desktop_crm.services.dupe_keys import (
    company_key,
    email_keys,
    fold_name,
    name_key,
    phone_keys,
    website_key,
)
from desktop_crm.services.dupe_match import EMAIL, PHONE, WEBSITE, Item
from desktop_crm.store.models import CompanyRecord, ContactRecord

_CHUNK = 500  # ids per IN (...) query


@dataclass(frozen=True)
class DuplicateRecord:
    """What the list of groups shows of one record."""

    id: str
    name: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    company: str | None  # contacts: the company's name; companies: the website
    city: str | None
    created_at: datetime
    updated_at: datetime


def lines(value: str | None) -> tuple[str, ...]:
    return tuple(v for v in value.split("\n") if v) if value else ()


def contact_items(conn: Any, region: str | None) -> list[Item]:
    """Names are compared within the company, or for contacts without one, within the city."""
    c = ContactRecord
    rows = conn.execute(
        sa.select(c.id, c.first_name, c.last_name, c.emails, c.phones, c.company_id, c.city).where(
            c.deleted_at.is_(None)
        )
    )
    return [
        Item(
            r[0],
            name_key(r[1], r[2]),
            r[5] or ("city:" + fold_name(r[6])),
            [(EMAIL, k) for k in email_keys(lines(r[3]))]
            + [(PHONE, k) for k in phone_keys(lines(r[4]), region)],
        )
        for r in rows
    ]


def company_items(conn: Any, region: str | None) -> list[Item]:
    co = CompanyRecord
    rows = conn.execute(
        sa.select(co.id, co.name, co.email, co.phone, co.website).where(co.deleted_at.is_(None))
    )
    items = []
    for r in rows:
        keys = [(EMAIL, k) for k in email_keys(lines(r[2]))]
        keys += [(PHONE, k) for k in phone_keys(lines(r[3]), region)]
        domain = website_key(r[4])
        if domain:
            keys.append((WEBSITE, domain))
        items.append(Item(r[0], company_key(r[1]), "", keys))
    return items


def summaries(conn: Any, record_type: str, ids: Sequence[str]) -> dict[str, DuplicateRecord]:
    out: dict[str, DuplicateRecord] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        if record_type == "contact":
            out.update((r[0], _contact_summary(r)) for r in conn.execute(_contact_query(chunk)))
        else:
            out.update((r[0], _company_summary(r)) for r in conn.execute(_company_query(chunk)))
    return out


def _contact_query(ids: Sequence[str]) -> Any:
    c, co = ContactRecord, CompanyRecord
    return (
        sa.select(
            c.id,
            c.first_name,
            c.last_name,
            c.emails,
            c.phones,
            co.name,
            c.city,
            c.created_at,
            c.updated_at,
        )
        .outerjoin(co, co.id == c.company_id)
        .where(c.id.in_(ids))
    )


def _company_query(ids: Sequence[str]) -> Any:
    co = CompanyRecord
    return sa.select(
        co.id, co.name, co.email, co.phone, co.website, co.city, co.created_at, co.updated_at
    ).where(co.id.in_(ids))


def _contact_summary(r: Any) -> DuplicateRecord:
    emails = lines(r[3])
    name = " ".join(p for p in (r[1], r[2]) if p) or (emails[0] if emails else "")
    return DuplicateRecord(r[0], name, emails, lines(r[4]), r[5], r[6], r[7], r[8])


def _company_summary(r: Any) -> DuplicateRecord:
    return DuplicateRecord(r[0], r[1] or "", lines(r[2]), lines(r[3]), r[4], r[5], r[6], r[7])
