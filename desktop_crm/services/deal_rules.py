"""What happens when a deal enters a stage: required fields, position, history, on-enter actions.

Everything here runs inside a caller's ``ctx.write()`` so that a move and its consequences (a
stage_change row, a task, a new probability) are one changeset, undone together.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop_crm.domain.enums import TaskKind
from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.domain.fields import (
    FIELDS_BY_TYPE,
    FieldSpec,
    Kind,
    validate,
    validate_percent,
)
from desktop_crm.domain.records import PipelineInfo, StageInfo
from desktop_crm.services.writer import Writer, read_field
from desktop_crm.store.models import DealRecord, PipelineRecord, StageRecord

_TASK_TITLE = FieldSpec("title", Kind.TEXT, max_length=500, required=True)
_DAYS = FieldSpec("due_in_days", Kind.INT)
MAX_DUE_DAYS = 3650
# positions closer than this are renumbered (a float halves ~50 times before it runs out)
MIN_GAP = 1e-6


# ----- reading stages and pipelines ----------------------------------------------------------
def stage_info(row: Any) -> StageInfo:
    return StageInfo(
        id=row.id,
        pipeline_id=row.pipeline_id,
        name=row.name,
        position=row.position,
        kind=row.kind,
        probability=row.probability,
        rotting_days=row.rotting_days,
        required_fields=tuple(row.required_fields or ()),
        on_enter=tuple(dict(a) for a in (row.on_enter or ())),
    )


_STAGE_COLUMNS = (
    StageRecord.id,
    StageRecord.pipeline_id,
    StageRecord.name,
    StageRecord.position,
    StageRecord.kind,
    StageRecord.probability,
    StageRecord.rotting_days,
    StageRecord.required_fields,
    StageRecord.on_enter,
)


def load_pipelines(conn: Any, pipeline_id: str | None = None) -> list[PipelineInfo]:
    """Live pipelines (or the one asked for, live or not) with their live stages in order."""
    p, s = PipelineRecord, StageRecord
    where = [p.id == pipeline_id] if pipeline_id else [p.deleted_at.is_(None)]
    pipes = conn.execute(
        sa.select(p.id, p.name, p.position).where(*where).order_by(p.position, p.id)
    ).all()
    ids = [r.id for r in pipes]
    stages: dict[str, list[StageInfo]] = {i: [] for i in ids}
    rows = conn.execute(
        sa.select(*_STAGE_COLUMNS)
        .where(s.pipeline_id.in_(ids), s.deleted_at.is_(None))
        .order_by(s.position, s.id)
    ).all()
    for row in rows:
        stages[row.pipeline_id].append(stage_info(row))
    return [PipelineInfo(r.id, r.name, r.position, tuple(stages[r.id])) for r in pipes]


def load_stage(conn: Any, stage_id: str) -> StageInfo:
    row = conn.execute(sa.select(*_STAGE_COLUMNS).where(StageRecord.id == stage_id)).first()
    if row is None:
        raise NotFoundError("stage", stage_id)
    return stage_info(row)


def live_stage(w: Writer, stage_id: str) -> StageRecord:
    stage = w.session.get(StageRecord, stage_id)
    if stage is None or stage.deleted_at is not None:
        raise NotFoundError("stage", stage_id)
    return stage


def live_deal(w: Writer, deal_id: str) -> DealRecord:
    deal = w.session.get(DealRecord, deal_id)
    if deal is None or deal.deleted_at is not None:
        raise NotFoundError("deal", deal_id)
    return deal


def pipeline_stages(session: Session, pipeline_id: str, kind: str | None = None) -> list[Any]:
    s = StageRecord
    stmt = sa.select(s).where(s.pipeline_id == pipeline_id, s.deleted_at.is_(None))
    if kind:
        stmt = stmt.where(s.kind == kind)
    return list(session.execute(stmt.order_by(s.position, s.id)).scalars())


# ----- rules ---------------------------------------------------------------------------------
def check_required(deal: DealRecord, stage: StageRecord) -> None:
    """Refuse entry when a field the stage requires is empty; names the first missing field."""
    missing = [
        name
        for name in stage.required_fields or ()
        if read_field("deal", deal, name) in (None, "", ())
    ]
    if missing:
        raise ValidationError(
            missing[0],
            f"{stage.name} needs: {', '.join(missing)}",
            code="stage_requires",
            stage=stage.name,
            missing=missing,
        )


def clean_required_fields(value: Any) -> list[str]:
    names = [value] if isinstance(value, str) else list(value or ())
    deal_fields = FIELDS_BY_TYPE["deal"]
    for name in names:
        if name not in deal_fields:
            raise ValidationError("required_fields", f"Not a deal field: {name!r}", code="choice")
    return list(dict.fromkeys(names))


def clean_on_enter(value: Any) -> list[dict[str, Any]]:
    """Validate and normalise a stage's on-enter actions."""
    actions = []
    for raw in value or ():
        if not isinstance(raw, dict):
            raise ValidationError("on_enter", "An action is a mapping", code="type")
        action = raw.get("action")
        if action == "create_task":
            days = validate(_DAYS, raw.get("due_in_days"))
            if days is not None and days > MAX_DUE_DAYS:
                raise ValidationError("due_in_days", "Too far ahead", code="range")
            kind = raw.get("kind") or TaskKind.FOLLOW_UP.value
            if kind not in set(TaskKind):
                raise ValidationError("kind", f"Unknown task kind {kind!r}", code="choice")
            actions.append(
                {
                    "action": action,
                    "title": validate(_TASK_TITLE, raw.get("title")),
                    "due_in_days": days,
                    "kind": str(kind),
                }
            )
        elif action == "set_probability":
            value_ = validate_percent(raw.get("value"), "value")
            if value_ is None:
                raise ValidationError("value", "A probability is needed", code="required")
            actions.append({"action": action, "value": value_})
        else:
            raise ValidationError("on_enter", f"Unknown action {action!r}", code="choice")
    return actions


def run_on_enter(w: Writer, deal: DealRecord, stage: StageRecord, user_id: str | None) -> None:
    for action in stage.on_enter or ():
        if action.get("action") == "create_task":
            days = action.get("due_in_days")
            values: dict[str, Any] = {
                "title": action.get("title") or stage.name,
                "kind": action.get("kind") or TaskKind.FOLLOW_UP.value,
                "assignee_id": deal.owner_id or user_id,
                "deal_id": deal.id,
                "company_id": deal.company_id,
                "priority": "normal",
                "done": False,
                "all_day": False,
            }
            if days is not None:
                values["due_at"] = w.now + timedelta(days=int(days))
            # the task's own record: a deal's timeline shows the deal's field changes
            w.create("task", {k: v for k, v in values.items() if v is not None})
        elif action.get("action") == "set_probability":
            w.set("deal", deal.id, "probability", int(action["value"]))


# ----- positions and history -----------------------------------------------------------------
def end_position(session: Session, stage_id: str, exclude: str | None = None) -> float:
    d = DealRecord
    stmt = sa.select(sa.func.max(d.position)).where(d.stage_id == stage_id)
    if exclude:
        stmt = stmt.where(d.id != exclude)
    top = session.execute(stmt).scalar()
    return float(top) + 1.0 if top is not None else 1.0


def position_before(w: Writer, deal: DealRecord, stage_id: str, before_id: str) -> float | None:
    """A position just before ``before_id`` in the stage (None: not in the stage -> the end)."""
    d = DealRecord
    before = w.session.get(DealRecord, before_id)
    if before is None or before.deleted_at is not None or before.stage_id != stage_id:
        return None
    if before.id == deal.id:
        return float(deal.position)
    prev = w.session.execute(
        sa.select(sa.func.max(d.position)).where(
            d.stage_id == stage_id,
            d.position < before.position,
            d.id != deal.id,
            d.deleted_at.is_(None),
        )
    ).scalar()
    if prev is None:
        return float(before.position) - 1.0
    if before.position - prev < MIN_GAP:
        renumber(w, stage_id)
        return position_before(w, deal, stage_id, before_id)
    return (float(prev) + float(before.position)) / 2


def renumber(w: Writer, stage_id: str) -> None:
    """Spread the positions of a stage's deals to 1, 2, 3… (when neighbours got too close)."""
    d = DealRecord
    ids = w.session.execute(
        sa.select(d.id)
        .where(d.stage_id == stage_id, d.deleted_at.is_(None))
        .order_by(d.position, d.id)
    ).scalars()
    for number, deal_id in enumerate(list(ids), start=1):
        w.set("deal", deal_id, "position", float(number))


def enter_stage(
    w: Writer,
    deal: DealRecord,
    stage: StageRecord,
    user_id: str | None,
    *,
    position: float | None = None,
) -> None:
    """Put ``deal`` in ``stage``: stage/pipeline/position/entered-at and a stage_change row.
    Rules (required fields, on-enter actions) are the caller's choice."""
    from_stage = deal.stage_id
    if position is None:
        position = end_position(w.session, stage.id, exclude=deal.id)
    w.set("deal", deal.id, "stage_id", stage.id)
    w.set("deal", deal.id, "pipeline_id", stage.pipeline_id)
    w.set("deal", deal.id, "position", position)
    w.set("deal", deal.id, "stage_entered_at", w.now)
    w.create(
        "stage_change",
        {
            "deal_id": deal.id,
            "from_stage_id": from_stage,
            "to_stage_id": stage.id,
            "changed_at": w.now,
            "user_id": user_id,
        },
    )
