"""The rows to export, streamed a page at a time from one read transaction (a consistent view).

Contacts and companies come in the list's own filter and order (``ListQuery``, the same SQL as
``services/lists.py``) or exactly the given ids in the given order. Each row is a dict keyed by
export column (``columns.py``) holding plain Python values: names instead of ids, lists as
tuples, timestamps timezone-aware, custom fields typed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from desktop_crm.domain.fields import CUSTOM_PREFIX
from desktop_crm.domain.records import ListQuery
from desktop_crm.services.exporting.columns import ColumnKind, ExportColumn
from desktop_crm.services.lists import COMPANY_SORTS, CONTACT_SORTS
from desktop_crm.services.lists import OWNER as _owner
from desktop_crm.store.engine import read_connection
from desktop_crm.store.models import (
    CompanyRecord,
    CompanyTagRecord,
    ContactRecord,
    ContactTagRecord,
    DealContactRecord,
    DealRecord,
    DealTagRecord,
    PipelineRecord,
    StageRecord,
    TagRecord,
)
from desktop_crm.store.types import utcnow

if TYPE_CHECKING:
    from desktop_crm.services.crm import Crm

PAGE_SIZE = 500
c, co, d = ContactRecord, CompanyRecord, DealRecord
_NO_QUERY = ListQuery()


def _raw(column: Any) -> Any:
    """The custom-fields JSON as text: parsed only when a custom column is exported."""
    return sa.type_coerce(column, sa.String).label("custom")


_CONTACT_SELECT = (
    sa.select(
        c.id,
        c.first_name,
        c.last_name,
        c.emails,
        c.phones,
        c.job_title,
        co.name.label("company"),
        c.company_role,
        c.address,
        c.city,
        c.country,
        c.birthday,
        c.language,
        c.source,
        c.lifecycle_stage,
        c.customer_status,
        _owner.name.label("owner"),
        c.preferred_channel,
        c.best_time,
        c.no_email,
        c.no_calls,
        c.no_sms,
        c.notes,
        c.last_contacted_at,
        c.created_at,
        c.updated_at,
        _raw(c.custom),
    )
    .outerjoin(co, co.id == c.company_id)
    .outerjoin(_owner, _owner.id == c.owner_id)
)

_contact_count = (
    sa.select(sa.func.count(c.id))
    .where(c.company_id == co.id, c.deleted_at.is_(None))
    .correlate(co)
    .scalar_subquery()
)

_COMPANY_SELECT = sa.select(
    co.id,
    co.name,
    co.industry,
    co.size,
    co.annual_revenue,
    co.currency,
    co.website,
    co.email,
    co.phone,
    co.address,
    co.city,
    co.country,
    co.source,
    _owner.name.label("owner"),
    _contact_count.label("contacts"),
    co.notes,
    co.created_at,
    co.updated_at,
    _raw(co.custom),
).outerjoin(_owner, _owner.id == co.owner_id)

_DEAL_SELECT = (
    sa.select(
        d.id,
        d.title,
        d.value,
        d.currency,
        PipelineRecord.name.label("pipeline"),
        StageRecord.name.label("stage"),
        d.status,
        sa.func.coalesce(d.probability, StageRecord.probability).label("probability"),
        d.expected_close,
        d.stage_entered_at,
        _owner.name.label("owner"),
        co.name.label("company"),
        d.source,
        d.lost_reason,
        d.closed_at,
        d.notes,
        d.created_at,
        d.updated_at,
        _raw(d.custom),
    )
    .join(PipelineRecord, PipelineRecord.id == d.pipeline_id)
    .join(StageRecord, StageRecord.id == d.stage_id)
    .outerjoin(co, co.id == d.company_id)
    .outerjoin(_owner, _owner.id == d.owner_id)
)
_DEAL_ORDER = (PipelineRecord.position, PipelineRecord.id, StageRecord.position, d.position, d.id)

_TAG_LINKS: dict[str, tuple[Any, Any]] = {
    "contact": (ContactTagRecord, ContactTagRecord.contact_id),
    "company": (CompanyTagRecord, CompanyTagRecord.company_id),
    "deal": (DealTagRecord, DealTagRecord.deal_id),
}


# ----- what to read ------------------------------------------------------------------------
def _deal_where(q: ListQuery) -> list[Any]:
    where: list[Any] = [d.deleted_at.is_(None)]
    if q.owner_id:
        where.append(d.owner_id == q.owner_id)
    if q.source:
        where.append(d.source == q.source)
    if q.company_id:
        where.append(d.company_id == q.company_id)
    if q.tag_id:
        tagged = sa.select(DealTagRecord.deal_id).where(
            DealTagRecord.tag_id == q.tag_id, DealTagRecord.deleted_at.is_(None)
        )
        where.append(d.id.in_(tagged))
    extra = dict(q.extra)
    if extra.get("pipeline_id"):
        where.append(d.pipeline_id == extra["pipeline_id"])
    if extra.get("status"):
        where.append(d.status == extra["status"])
    return where


def _listed(crm: Crm, record_type: str, q: ListQuery) -> Any:
    """The statement of the whole (filtered, ordered) list."""
    if record_type == "contact":
        key = CONTACT_SORTS.get(q.sort, c.sort_name)
        order = [key.desc() if q.descending else key.asc(), c.id.desc() if q.descending else c.id]
        where = crm.contact_list.where(q)
        return _CONTACT_SELECT.where(*where).order_by(*order)
    if record_type == "company":
        key = COMPANY_SORTS.get(q.sort, co.sort_name)
        order = [key.desc() if q.descending else key.asc(), co.id]
        return _COMPANY_SELECT.where(*crm.company_list.where(q)).order_by(*order)
    return _DEAL_SELECT.where(*_deal_where(q)).order_by(*_DEAL_ORDER)


def _by_ids(record_type: str, ids: Sequence[str]) -> Any:
    if record_type == "contact":
        return _CONTACT_SELECT.where(c.id.in_(ids), c.deleted_at.is_(None))
    if record_type == "company":
        return _COMPANY_SELECT.where(co.id.in_(ids), co.deleted_at.is_(None))
    return _DEAL_SELECT.where(d.id.in_(ids), d.deleted_at.is_(None))


def count_rows(
    crm: Crm, record_type: str, query: ListQuery | None, ids: Sequence[str] | None
) -> int:
    """How many rows ``iter_pages`` will give at most (for the progress bar)."""
    if ids is not None:
        return len(dict.fromkeys(ids))
    q = query or _NO_QUERY
    if record_type == "contact":
        return crm.contact_list.count(q)
    if record_type == "company":
        return crm.company_list.count(q)
    with read_connection(crm.ctx.engine) as conn:
        stmt = sa.select(sa.func.count()).select_from(d).where(*_deal_where(q))
        return int(conn.execute(stmt).scalar_one())


def iter_pages(
    crm: Crm,
    record_type: str,
    columns: Sequence[ExportColumn],
    *,
    query: ListQuery | None = None,
    ids: Sequence[str] | None = None,
    page_size: int | None = None,
) -> Iterator[list[dict[str, Any]]]:
    """The rows in pages of at most ``page_size`` (default ``PAGE_SIZE``): the list for
    ``query``, or exactly ``ids`` (in their order; ids of deleted or unknown records are
    skipped)."""
    page_size = page_size or PAGE_SIZE
    custom = [col for col in columns if col.key.startswith(CUSTOM_PREFIX)]
    with read_connection(crm.ctx.engine) as conn:
        if ids is not None:
            wanted = list(dict.fromkeys(ids))
            for start in range(0, len(wanted), page_size):
                chunk = wanted[start : start + page_size]
                found = {r.id: r for r in conn.execute(_by_ids(record_type, chunk))}
                rows = [found[i] for i in chunk if i in found]
                if rows:
                    yield _finish(conn, record_type, rows, custom)
            return
        stmt = _listed(crm, record_type, query or _NO_QUERY)
        result = conn.execution_options(yield_per=page_size).execute(stmt)
        for part in result.partitions():
            yield _finish(conn, record_type, list(part), custom)


# ----- shaping rows ------------------------------------------------------------------------
def _finish(
    conn: Connection, record_type: str, rows: list[Any], custom: Sequence[ExportColumn]
) -> list[dict[str, Any]]:
    ids = [r.id for r in rows]
    tags = _tags(conn, record_type, ids)
    deal_contacts = _deal_contacts(conn, ids) if record_type == "deal" else {}
    now = utcnow()
    out = []
    for row in rows:
        values = dict(row._mapping)
        raw_text = values.pop("custom", None)
        raw_custom = _custom_dict(raw_text) if custom and raw_text else {}
        values["tags"] = tags.get(row.id, ())
        if record_type == "contact":
            _contact_values(values)
        elif record_type == "deal":
            values["contacts"] = deal_contacts.get(row.id, ())
            values["days_in_stage"] = _days_in_stage(values, now)
        for col in custom:
            values[col.key] = custom_value(col.kind, raw_custom.get(col.key[len(CUSTOM_PREFIX) :]))
        out.append(values)
    return out


def _custom_dict(text: str) -> dict[str, Any]:
    try:
        found = json.loads(text)
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _contact_values(values: dict[str, Any]) -> None:
    emails = tuple(values["emails"].split("\n")) if values["emails"] else ()
    values["emails"] = emails
    values["phones"] = tuple(values["phones"].split("\n")) if values["phones"] else ()
    name = " ".join(p for p in (values["first_name"], values["last_name"]) if p)
    values["name"] = name or (emails[0] if emails else "")


def _days_in_stage(values: dict[str, Any], now: datetime) -> int | None:
    entered = values.pop("stage_entered_at", None) or values.get("created_at")
    if entered is None:
        return None
    until = values.get("closed_at") if values.get("status") != "open" else None
    return max(((until or now) - entered).days, 0)


def _tags(conn: Connection, record_type: str, ids: list[str]) -> dict[str, tuple[str, ...]]:
    link, link_col = _TAG_LINKS[record_type]
    rows = conn.execute(
        sa.select(link_col, TagRecord.name)
        .join(TagRecord, TagRecord.id == link.tag_id)
        .where(link_col.in_(ids), link.deleted_at.is_(None), TagRecord.deleted_at.is_(None))
    ).all()
    found: dict[str, list[str]] = {}
    for record_id, name in rows:
        found.setdefault(record_id, []).append(name)
    return {k: tuple(sorted(set(v), key=str.casefold)) for k, v in found.items()}


def _deal_contacts(conn: Connection, ids: list[str]) -> dict[str, tuple[str, ...]]:
    dc = DealContactRecord
    rows = conn.execute(
        sa.select(dc.deal_id, c.first_name, c.last_name, c.emails)
        .join(c, c.id == dc.contact_id)
        .where(dc.deal_id.in_(ids), dc.deleted_at.is_(None), c.deleted_at.is_(None))
        .order_by(dc.deal_id, c.sort_name, c.id)
    ).all()
    found: dict[str, list[str]] = {}
    for deal_id, first, last, emails in rows:
        name = " ".join(p for p in (first, last) if p) or (emails or "").split("\n")[0]
        found.setdefault(deal_id, []).append(name)
    return {k: tuple(v) for k, v in found.items()}


def custom_value(kind: ColumnKind, raw: Any) -> Any:
    """A custom field's stored JSON value as the column's Python value."""
    if raw is None or raw == "" or raw == []:
        return None
    try:
        if kind is ColumnKind.NUMBER:
            return Decimal(str(raw))
        if kind is ColumnKind.DATE:
            return date.fromisoformat(str(raw))
        if kind is ColumnKind.DATETIME:
            moment = datetime.fromisoformat(str(raw))
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    except (ValueError, InvalidOperation):
        return str(raw)  # an odd stored value is exported as it is rather than lost
    if kind is ColumnKind.BOOL:
        return bool(raw)
    if kind is ColumnKind.LIST:
        return tuple(str(v) for v in raw) if isinstance(raw, list | tuple) else (str(raw),)
    return raw if isinstance(raw, str) else str(raw)
