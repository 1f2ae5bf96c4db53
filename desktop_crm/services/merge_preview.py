"""What a merge screen shows: the records side by side, field by field, and what the result
would be for a chosen kept record and per-field picks (computed by the same rules as the merge).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.fields import CUSTOM_PREFIX, FIELDS_BY_TYPE
from desktop_crm.domain.records import RecordDetail
from desktop_crm.services.merge_values import COMBINED, default_value, field_names, is_empty
from desktop_crm.store.engine import read_connection
from desktop_crm.store.models import (
    ActivityRecord,
    CompanyRecord,
    ContactRecord,
    DealContactRecord,
    DealRecord,
    TaskRecord,
    UserRecord,
)

if TYPE_CHECKING:
    from desktop_crm.services.crm import Crm

__all__ = ["MergePreview", "MergeRow", "merge_preview"]

_HIDDEN = {"last_contacted_at"}  # derived: always the latest, nothing to choose


@dataclass(frozen=True)
class MergeRow:
    """One field across the records (``values`` in the records' order)."""

    name: str  # "first_name", "custom.vat" …
    values: tuple[Any, ...]
    combined: bool = False  # every record's values are kept (emails, phones): nothing to pick

    @property
    def differs(self) -> bool:
        filled = [v for v in self.values if not is_empty(v)]
        return len({repr(v) for v in filled}) > 1


@dataclass(frozen=True)
class MergePreview:
    record_type: str
    records: tuple[RecordDetail, ...]
    rows: tuple[MergeRow, ...]  # fields that at least one record fills
    names: dict[str, str] = field(default_factory=dict)  # ids of companies/users -> names
    counts: dict[str, tuple[int, ...]] = field(default_factory=dict)  # links per record
    region: str | None = "IT"

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.records)

    def suggested_keep(self) -> int:
        """The record with the most filled fields (the oldest on a tie)."""
        filled = [sum(not is_empty(row.values[i]) for row in self.rows) for i in self._range()]
        return max(self._range(), key=lambda i: (filled[i], -i))

    def default_pick(self, name: str, keep: int) -> int | None:
        """The record whose value ``name`` gets without a choice (None: combined or empty)."""
        row = self.row(name)
        if row.combined:
            return None
        order = [keep, *(i for i in self._range() if i != keep)]
        spec = FIELDS_BY_TYPE[self.record_type].get(name)
        return next((i for i in order if not is_empty(row.values[i], spec)), None)

    def result(self, keep: int, picks: Mapping[str, int] | None = None) -> dict[str, Any]:
        """Each row's value after the merge, ``picks``: field → index of the chosen record."""
        order = [keep, *(i for i in self._range() if i != keep)]
        out: dict[str, Any] = {}
        for row in self.rows:
            if picks and row.name in picks and not row.combined:
                out[row.name] = row.values[picks[row.name]]
            else:
                values = [row.values[i] for i in order]
                out[row.name] = default_value(self.record_type, row.name, values, self.region)
        return out

    def choices(self, picks: Mapping[str, int]) -> dict[str, Any]:
        """``picks`` as the ``choices`` argument of ``merge_records``."""
        return {
            name: self.row(name).values[index]
            for name, index in picks.items()
            if not self.row(name).combined
        }

    def row(self, name: str) -> MergeRow:
        for row in self.rows:
            if row.name == name:
                return row
        raise KeyError(name)

    def _range(self) -> range:
        return range(len(self.records))


def merge_preview(
    crm: Crm, record_type: str, ids: Sequence[str], *, region: str | None = "IT"
) -> MergePreview:
    """The records of ``ids`` (two or more, live) side by side."""
    unique = list(dict.fromkeys(ids))
    if len(unique) < 2:
        raise ValidationError("ids", "Choose two or more records", code="merge_needs_two")
    service = crm.contacts if record_type == "contact" else crm.companies
    records = tuple(service.get(i) for i in unique)
    names = field_names(record_type, [r.custom for r in records])
    rows = []
    for name in names:
        if name in _HIDDEN:
            continue
        values = tuple(_value(r, name) for r in records)
        if all(is_empty(v) for v in values):
            continue
        rows.append(MergeRow(name, values, (record_type, name) in COMBINED))
    with read_connection(crm.ctx.engine) as conn:
        refs = _ref_names(conn, rows)
        counts = _counts(conn, record_type, unique)
    return MergePreview(record_type, records, tuple(rows), refs, counts, region)


def _value(record: RecordDetail, name: str) -> Any:
    if name.startswith(CUSTOM_PREFIX):
        return record.custom.get(name[len(CUSTOM_PREFIX) :])
    return record.values.get(name)


def _ref_names(conn: Any, rows: Sequence[MergeRow]) -> dict[str, str]:
    wanted: dict[str, set[str]] = {"company_id": set(), "owner_id": set()}
    for row in rows:
        if row.name in wanted:
            wanted[row.name].update(v for v in row.values if v)
    out: dict[str, str] = {}
    if wanted["company_id"]:
        co = CompanyRecord
        found = conn.execute(sa.select(co.id, co.name).where(co.id.in_(wanted["company_id"])))
        out.update({r[0]: r[1] for r in found})
    if wanted["owner_id"]:
        u = UserRecord
        found = conn.execute(sa.select(u.id, u.name).where(u.id.in_(wanted["owner_id"])))
        out.update({r[0]: r[1] for r in found})
    return out


def _count(conn: Any, column: Any, ids: Sequence[str], *where: Any) -> tuple[int, ...]:
    model = column.class_
    rows = conn.execute(
        sa.select(column, sa.func.count())
        .where(column.in_(ids), model.deleted_at.is_(None), *where)
        .group_by(column)
    ).all()
    found = {r[0]: int(r[1]) for r in rows}
    return tuple(found.get(i, 0) for i in ids)


def _counts(conn: Any, record_type: str, ids: Sequence[str]) -> dict[str, tuple[int, ...]]:
    """Linked records per record (what follows the kept one): activities, open tasks, deals,
    and for companies their contacts."""
    if record_type == "contact":
        return {
            "activities": _count(conn, ActivityRecord.contact_id, ids),
            "tasks": _count(conn, TaskRecord.contact_id, ids, TaskRecord.done.is_(False)),
            "deals": _count(conn, DealContactRecord.contact_id, ids),
        }
    return {
        "contacts": _count(conn, ContactRecord.company_id, ids),
        "activities": _count(conn, ActivityRecord.company_id, ids),
        "tasks": _count(conn, TaskRecord.company_id, ids, TaskRecord.done.is_(False)),
        "deals": _count(conn, DealRecord.company_id, ids),
    }
