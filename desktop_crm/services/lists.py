"""Contacts and companies lists, fetched a page at a time (never every row into memory)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from desktop_crm.domain.records import CompanyRow, ContactRow, ListQuery
from desktop_crm.services.writer import Context
from desktop_crm.store.engine import read_connection
from desktop_crm.store.models import (
    CompanyRecord,
    CompanyTagRecord,
    ContactRecord,
    ContactTagRecord,
    UserRecord,
)

c, co, u = ContactRecord, CompanyRecord, UserRecord
OWNER = sa.orm.aliased(UserRecord, name="owner")
_owner = OWNER  # the owner of the listed records, joined for its name

CONTACT_SORTS: dict[str, Any] = {
    "name": c.sort_name,
    "first_name": c.first_name,
    "last_name": c.last_name,
    "email": c.emails,
    "phone": c.phones,
    "company": co.sort_name,
    "job_title": c.job_title,
    "lifecycle_stage": c.lifecycle_stage,
    "customer_status": c.customer_status,
    "owner": _owner.name,
    "source": c.source,
    "city": c.city,
    "country": c.country,
    "last_contacted_at": c.last_contacted_at,
    "created_at": c.created_at,
    "updated_at": c.updated_at,
}

_contact_count = (
    sa.select(sa.func.count(c.id))
    .where(c.company_id == co.id, c.deleted_at.is_(None))
    .correlate(co)
    .scalar_subquery()
)

COMPANY_SORTS: dict[str, Any] = {
    "name": co.sort_name,
    "industry": co.industry,
    "city": co.city,
    "country": co.country,
    "website": co.website,
    "phone": co.phone,
    "owner": _owner.name,
    "size": co.size,
    "annual_revenue": co.annual_revenue,
    "contacts": _contact_count,
    "created_at": co.created_at,
    "updated_at": co.updated_at,
}


def _first(lines: str | None) -> str | None:
    return lines.split("\n", 1)[0] if lines else None


class ContactList:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def where(self, q: ListQuery) -> list[Any]:
        """The filter of ``q`` as WHERE clauses (the export uses the same ones)."""
        return self._where(q)

    def _where(self, q: ListQuery) -> list[Any]:
        cond: list[Any] = [c.deleted_at.is_(None)]
        if q.owner_id:
            cond.append(c.owner_id == q.owner_id)
        if q.lifecycle_stage:
            cond.append(c.lifecycle_stage == q.lifecycle_stage)
        if q.source:
            cond.append(c.source == q.source)
        if q.company_id:
            cond.append(c.company_id == q.company_id)
        if q.tag_id:
            cond.append(
                sa.exists().where(
                    ContactTagRecord.contact_id == c.id,
                    ContactTagRecord.tag_id == q.tag_id,
                    ContactTagRecord.deleted_at.is_(None),
                )
            )
        return cond

    def count(self, q: ListQuery) -> int:
        with read_connection(self.ctx.engine) as conn:
            return int(
                conn.execute(
                    sa.select(sa.func.count()).select_from(c).where(*self._where(q))
                ).scalar_one()
            )

    def page(self, q: ListQuery, offset: int, limit: int) -> list[ContactRow]:
        """One page in the list's order. The page's ids are picked first on the contacts table
        alone (an index walk, even deep into a million rows), then its rows are joined."""
        key = CONTACT_SORTS.get(q.sort, c.sort_name)
        order = [key.desc() if q.descending else key.asc(), c.id.desc() if q.descending else c.id]
        ids_stmt = sa.select(c.id).select_from(c)
        if q.sort == "company":
            ids_stmt = ids_stmt.outerjoin(co, co.id == c.company_id)
        elif q.sort == "owner":
            ids_stmt = ids_stmt.outerjoin(_owner, _owner.id == c.owner_id)
        ids_stmt = ids_stmt.where(*self._where(q)).order_by(*order).offset(offset).limit(limit)
        stmt = (
            sa.select(
                c.id,
                c.first_name,
                c.last_name,
                c.emails,
                c.phones,
                c.company_id,
                co.name,
                c.job_title,
                c.lifecycle_stage,
                c.customer_status,
                _owner.name,
                c.source,
                c.city,
                c.country,
                c.last_contacted_at,
                c.created_at,
                c.updated_at,
            )
            .outerjoin(co, co.id == c.company_id)
            .outerjoin(_owner, _owner.id == c.owner_id)
        )
        with read_connection(self.ctx.engine) as conn:
            ids = list(conn.execute(ids_stmt).scalars())
            found = {r[0]: r for r in conn.execute(stmt.where(c.id.in_(ids)))}
        rows = [found[i] for i in ids if i in found]
        return [
            ContactRow(
                id=r[0],
                first_name=r[1],
                last_name=r[2],
                email=_first(r[3]),
                phone=_first(r[4]),
                company_id=r[5],
                company_name=r[6],
                job_title=r[7],
                lifecycle_stage=r[8],
                customer_status=r[9],
                owner_name=r[10],
                source=r[11],
                city=r[12],
                country=r[13],
                last_contacted_at=r[14],
                created_at=r[15],
                updated_at=r[16],
            )
            for r in rows
        ]


class CompanyList:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def where(self, q: ListQuery) -> list[Any]:
        """The filter of ``q`` as WHERE clauses (the export uses the same ones)."""
        return self._where(q)

    def _where(self, q: ListQuery) -> list[Any]:
        cond: list[Any] = [co.deleted_at.is_(None)]
        if q.owner_id:
            cond.append(co.owner_id == q.owner_id)
        if q.source:
            cond.append(co.source == q.source)
        if q.tag_id:
            cond.append(
                sa.exists().where(
                    CompanyTagRecord.company_id == co.id,
                    CompanyTagRecord.tag_id == q.tag_id,
                    CompanyTagRecord.deleted_at.is_(None),
                )
            )
        return cond

    def count(self, q: ListQuery) -> int:
        with read_connection(self.ctx.engine) as conn:
            return int(
                conn.execute(
                    sa.select(sa.func.count()).select_from(co).where(*self._where(q))
                ).scalar_one()
            )

    def page(self, q: ListQuery, offset: int, limit: int) -> list[CompanyRow]:
        key = COMPANY_SORTS.get(q.sort, co.sort_name)
        order = [key.desc() if q.descending else key.asc(), co.id]
        stmt = (
            sa.select(
                co.id,
                co.name,
                co.industry,
                co.city,
                co.country,
                co.website,
                co.phone,
                _owner.name,
                co.size,
                co.annual_revenue,
                co.currency,
                _contact_count,
                co.created_at,
                co.updated_at,
            )
            .outerjoin(_owner, _owner.id == co.owner_id)
            .where(*self._where(q))
            .order_by(*order)
            .offset(offset)
            .limit(limit)
        )
        with read_connection(self.ctx.engine) as conn:
            rows = conn.execute(stmt).all()
        return [CompanyRow(*r) for r in rows]
