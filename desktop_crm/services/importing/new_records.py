"""New records from rows: the checks a whole record must pass, defaults, and the column values.

``NewRecords.check`` completes a row that is to become a record (a deal's pipeline and stage,
a task's all-day flag and reminder) or says why it cannot be one (a contact without a name or
an email, a company without a name, a stage's required fields …). ``NewRecords.columns`` turns
it into the column values to insert: every row of one import gets the same keys, so that one
``executemany`` inserts them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.fields import CUSTOM_PREFIX
from desktop_crm.domain.tasks import check_task, reminder_time
from desktop_crm.services import deal_settings
from desktop_crm.services.importing.convert import MESSAGES, Converted, Lookups, jsonable
from desktop_crm.services.importing.plan import RowError
from desktop_crm.services.importing.values import fold
from desktop_crm.services.writer import sort_key
from desktop_crm.store.models import DealRecord

_LISTS = frozenset({"emails", "phones"})
_CUSTOM_AT = len(CUSTOM_PREFIX)
_COLUMNS_OF: dict[str, tuple[str, ...]] = {
    "full_name": ("first_name", "last_name"),
    "full_name_reversed": ("first_name", "last_name"),
    "company": ("company_id",),
    "owner": ("owner_id",),
    "contact": (),
    "stage": (),
    "pipeline": (),
    "tags": (),
}
_TASK_DEFAULTS: dict[str, Any] = {
    "kind": "other",
    "priority": "normal",
    "all_day": False,
    "done": False,
    "due_at": None,
    "duration_minutes": None,
    "reminder_minutes": None,
    "remind_at": None,
    "done_at": None,
    "repeat_rule": None,
    "contact_id": None,
    "company_id": None,
    "notes": None,
    "assignee_id": None,
}
_NOT_LOGGED = ("id", "created_at", "updated_at", "sort_name", "position", "stage_entered_at")


class NewRecords:
    """Checks and builds the new records of one import (read what it needs once, up front)."""

    def __init__(
        self,
        conn: Connection,
        record_type: str,
        targets: Sequence[str | None],
        lookups: Lookups,
        pipeline_id: str | None,
        user_id: str | None,
        now: datetime,
    ) -> None:
        self.record_type = record_type
        self.lookups = lookups
        self.pipeline_id = pipeline_id
        self.user_id = user_id
        self.now = now
        self.defaults, self.fixed = _defaults(record_type, targets, user_id)
        self.positions: dict[str, float] = {}
        self.currency = "EUR"
        if record_type == "deal":
            self.currency = deal_settings.base_currency(conn)
            d = DealRecord
            for stage_id, top in conn.execute(
                sa.select(d.stage_id, sa.func.max(d.position)).group_by(d.stage_id)
            ):
                self.positions[stage_id] = float(top or 0.0)

    # ----- checks ------------------------------------------------------------------------
    def check(self, row: Converted) -> None:
        """Raise ValidationError (naming the field) when ``row`` cannot be a new record."""
        values = row.values
        if self.record_type == "contact":
            get = values.get
            if not (get("first_name") or get("last_name") or get("emails")):
                raise ValidationError(
                    "first_name",
                    "A contact needs a first name, a last name or an email",
                    code="contact_needs_name",
                )
        elif self.record_type == "company":
            _require(values, "name")
        elif self.record_type == "deal":
            _require(values, "title")
            self._stage(row)
        else:
            _require(values, "title")
            values.update(_task_values(values))

    def _stage(self, row: Converted) -> None:
        lookups = self.lookups
        pipeline_id = self.pipeline_id
        if row.pipeline:
            pipeline_id = lookups.pipelines.get(fold(row.pipeline))
            if pipeline_id is None:
                raise ValidationError(
                    "pipeline",
                    f"No pipeline named {row.pipeline!r}",
                    code="unknown_pipeline",
                    value=row.pipeline,
                )
        if pipeline_id is None:
            pipeline_id = next(iter(lookups.pipelines.values()), None)
        stages = lookups.stages.get(pipeline_id or "", {})
        stage = stages.get(fold(row.stage)) if row.stage else None
        if stage is None:  # none named, or an unknown name: the first stage, with a warning
            if row.stage:
                row.warn(_stage_warning(row.number, row.stage))
            stage = next((s for s in stages.values() if s[1] == "open"), None)
        if stage is None or pipeline_id is None:
            raise ValidationError("stage", "The pipeline has no stage", code="unknown_stage")
        stage_id, kind, required = stage
        missing = [name for name in required if row.values.get(name) in (None, "", ())]
        if missing:
            raise ValidationError(
                missing[0],
                f"The stage needs: {', '.join(missing)}",
                code="stage_requires",
                missing=missing,
            )
        row.values["pipeline_id"], row.values["stage_id"] = pipeline_id, stage_id
        row.values["status"] = kind if kind in ("won", "lost") else "open"

    # ----- column values -----------------------------------------------------------------
    def constants(self) -> dict[str, Any]:
        """The column values every new record of this import gets alike (written into the
        INSERT statement once instead of converted for every row)."""
        fixed: dict[str, Any] = {"created_at": self.now, "updated_at": self.now}
        fixed.update(self.fixed)
        return fixed

    def columns(
        self, record_id: str, row: Converted, contact_id: str | None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """The varying column values of a new record, and the values its ``create`` log row
        keeps (as ``Writer.create`` logs them: lists as lists, nothing empty or derived)."""
        record: dict[str, Any] = self.defaults.copy()
        record["id"] = record_id
        log: dict[str, Any] = {}
        custom: dict[str, Any] = {}
        for name, value in row.values.items():
            if name in _LISTS:
                log[name] = value
                record[name] = "\n".join(value)
            elif name.startswith(CUSTOM_PREFIX):
                custom[name[_CUSTOM_AT:]] = jsonable(value)
            else:
                log[name] = record[name] = value
        kind = self.record_type
        if kind == "task":
            if contact_id:
                record["contact_id"] = log["contact_id"] = contact_id
            if not record["assignee_id"]:
                record["assignee_id"] = log["assignee_id"] = self.user_id
            record["done_at"] = self.now if record["done"] else None
            return record, _no_none(log)
        if "owner_id" in record and not record["owner_id"]:
            record["owner_id"] = self.user_id
        log.setdefault("owner_id", self.user_id)
        if "custom" in record or custom:
            record["custom"] = custom
            if custom:
                log["custom"] = custom
        if kind == "contact":
            values = row.values
            emails = values.get("emails") or ()
            record["sort_name"] = sort_key(values.get("last_name"), values.get("first_name")) or (
                sort_key(emails[0]) if emails else ""
            )
        elif kind == "company":
            record["sort_name"] = sort_key(row.values.get("name"))
        else:
            record["currency"] = log["currency"] = record["currency"] or self.currency
            top = self.positions.get(record["stage_id"], 0.0) + 1.0
            record["position"] = self.positions[record["stage_id"]] = top
            record["stage_entered_at"] = self.now
            record["closed_at"] = self.now if record["status"] != "open" else None
        return record, _no_none(log)

    def deal_parts(
        self, ids: Any, deals: Sequence[tuple[str, str]], contacts: Sequence[tuple[str, str]]
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Each new deal's first stage entry (velocity, conversion) and its contact links:
        ``deals`` (deal id, stage id), ``contacts`` (deal id, contact id)."""
        stamps = {"created_at": self.now, "updated_at": self.now}
        changes = [
            {
                "id": ids.next(),
                "deal_id": deal_id,
                "from_stage_id": None,
                "to_stage_id": stage,
                "changed_at": self.now,
                "user_id": self.user_id,
                **stamps,
            }
            for deal_id, stage in deals
        ]
        links = [
            {"id": ids.next(), "deal_id": deal_id, "contact_id": contact_id, **stamps}
            for deal_id, contact_id in contacts
        ]
        return changes, links


def logged(record: dict[str, Any]) -> dict[str, Any]:
    """What a new record's ``create`` log row keeps: its values, as ``Writer.create`` logs them
    (lists as lists, nothing empty, none of the derived columns)."""
    out: dict[str, Any] = {}
    for k, v in record.items():
        if k in _NOT_LOGGED or v is None or v == {} or v is False:
            continue
        out[k] = tuple(v.split("\n")) if k in _LISTS else v
    return out


def _defaults(
    record_type: str, targets: Sequence[str | None], user_id: str | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(varying, fixed): None for every column some row may set, so that every row has the
    same keys; and the values of the columns no row sets."""
    names = {name for t in targets if t for name in _COLUMNS_OF.get(t, (t,))}
    has_custom = any(n.startswith(CUSTOM_PREFIX) for n in names)
    varying: dict[str, Any] = dict.fromkeys(n for n in names if not n.startswith(CUSTOM_PREFIX))
    if record_type == "task":
        return {**_TASK_DEFAULTS, **varying}, {}
    fixed: dict[str, Any] = {}
    if "owner_id" not in varying:
        fixed["owner_id"] = user_id
    if has_custom:
        varying["custom"] = {}
    else:
        fixed["custom"] = {}
    if record_type == "contact":
        for flag in ("no_email", "no_calls", "no_sms"):
            if flag not in varying:
                fixed[flag] = False
        if "company_id" in varying:
            varying["company_id"] = None
    elif record_type == "deal":
        varying.update(
            company_id=None,
            currency=None,
            pipeline_id=None,
            stage_id=None,
            status="open",
            position=0.0,
            stage_entered_at=None,
            closed_at=None,
        )
    return varying, fixed


def _stage_warning(number: int, name: str) -> RowError:
    """The row's column is filled in by the caller (``Applier.check_new``)."""
    message = MESSAGES["unknown_stage"].format(value=name)
    return RowError(number, None, "unknown_stage", name, message, None, {"value": name})


def _no_none(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None and v != () and v is not False}


def _require(values: dict[str, Any], name: str) -> None:
    if values.get(name) in (None, ""):
        raise ValidationError(name, "This field is required", code="required")


def _task_values(values: dict[str, Any]) -> dict[str, Any]:
    out = dict(values)
    due = out.get("due_at")
    if "all_day" not in out:  # a date without a time is an all-day task
        out["all_day"] = bool(due is not None and due.astimezone(UTC).time() == time(0))
    out.setdefault("kind", "other")
    out.setdefault("priority", "normal")
    out["done"] = bool(out.get("done", False))
    out = check_task(out)
    out["remind_at"] = reminder_time(out)
    return out


__all__ = ["NewRecords", "logged"]
