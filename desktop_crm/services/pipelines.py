"""Pipelines and their stages, stage rules, the base currency, exchange rates and lost reasons.

Every method that changes data is one transaction and returns a ``Change`` described
``"<verb> pipeline"`` / ``"<verb> stage[.field]"`` / ``"edit setting.<key>"`` /
``"edit currency_rate"``.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.domain.fields import FieldSpec, Kind, validate, validate_percent
from desktop_crm.domain.records import Change, PipelineInfo
from desktop_crm.services import deal_settings as settings
from desktop_crm.services.deal_rules import (
    clean_on_enter,
    clean_required_fields,
    end_position,
    enter_stage,
    load_pipelines,
    pipeline_stages,
)
from desktop_crm.services.writer import Context, Writer
from desktop_crm.store.engine import read_connection
from desktop_crm.store.models import DealRecord, PipelineRecord, StageRecord

# name, kind, default probability: what a new database and a new pipeline start with
DEFAULT_STAGES = (
    ("Lead in", "open", 10),
    ("Qualified", "open", 25),
    ("Contacted", "open", 40),
    ("Proposal", "open", 60),
    ("Negotiation", "open", 80),
    ("Won", "won", 100),
    ("Lost", "lost", 0),
)
_NAME = FieldSpec("name", Kind.TEXT, max_length=200, required=True)
_ROTTING = FieldSpec("rotting_days", Kind.INT)
STAGE_FIELDS = ("name", "probability", "rotting_days", "required_fields", "on_enter")


def create_default_stages(w: Writer, pipeline_id: str) -> None:
    for pos, (name, kind, prob) in enumerate(DEFAULT_STAGES):
        w.create(
            "stage",
            {
                "pipeline_id": pipeline_id,
                "name": name,
                "position": pos,
                "kind": kind,
                "probability": prob,
                "required_fields": [],
                "on_enter": [],
            },
        )


class PipelineService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # ----- reads -------------------------------------------------------------------------
    def pipelines(self) -> list[PipelineInfo]:
        """Live pipelines in order, each with its live stages (open ones, then Won and Lost)."""
        with read_connection(self.ctx.engine) as conn:
            return load_pipelines(conn)

    def pipeline(self, pipeline_id: str) -> PipelineInfo:
        with read_connection(self.ctx.engine) as conn:
            found = load_pipelines(conn, pipeline_id)
        if not found:
            raise NotFoundError("pipeline", pipeline_id)
        return found[0]

    # ----- pipelines ---------------------------------------------------------------------
    def add_pipeline(self, name: str) -> Change:
        clean = validate(_NAME, name)
        with self.ctx.write("create pipeline") as w:
            top = w.session.execute(
                sa.select(sa.func.max(PipelineRecord.position)).where(
                    PipelineRecord.deleted_at.is_(None)
                )
            ).scalar()
            pipeline = w.create("pipeline", {"name": clean, "position": (top or 0) + 1})
            create_default_stages(w, pipeline.id)
        return w.change()

    def rename_pipeline(self, pipeline_id: str, name: str) -> Change:
        clean = validate(_NAME, name)
        with self.ctx.write("edit pipeline.name") as w:
            _live_pipeline(w, pipeline_id)
            w.set("pipeline", pipeline_id, "name", clean)
        return w.change()

    def delete_pipeline(self, pipeline_id: str, move_deals_to_stage: str | None = None) -> Change:
        """Delete a pipeline; its deals (needed when it has any) go to a stage of another one:
        open deals to that stage, won and lost deals to that pipeline's Won / Lost stage."""
        with self.ctx.write("delete pipeline") as w:
            _live_pipeline(w, pipeline_id)
            others = w.session.execute(
                sa.select(sa.func.count(PipelineRecord.id)).where(
                    PipelineRecord.deleted_at.is_(None), PipelineRecord.id != pipeline_id
                )
            ).scalar()
            if not others:
                raise ValidationError(
                    "pipeline_id", "The last pipeline cannot be deleted", code="last_pipeline"
                )
            deals = _live_deals(w, DealRecord.pipeline_id == pipeline_id)
            if deals:
                target = self._move_target(
                    w, move_deals_to_stage, "move_deals_to_stage", len(deals)
                )
                if target.kind != "open":
                    raise ValidationError(
                        "move_deals_to_stage", "Choose an open stage", code="closed_stage"
                    )
                if target.pipeline_id == pipeline_id:
                    raise ValidationError(
                        "move_deals_to_stage",
                        "Choose a stage of another pipeline",
                        code="same_pipeline",
                    )
                self._move_deals(w, deals, target)
            for stage in pipeline_stages(w.session, pipeline_id):
                w.set("stage", stage.id, "deleted_at", w.now)
            w.set("pipeline", pipeline_id, "deleted_at", w.now)
        return w.change()

    # ----- stages ------------------------------------------------------------------------
    def add_stage(
        self,
        pipeline_id: str,
        name: str,
        probability: int = 0,
        rotting_days: int | None = None,
    ) -> Change:
        """A new open stage, placed after the last open one (before Won and Lost)."""
        values = {
            "name": validate(_NAME, name),
            "probability": _probability(probability),
            "rotting_days": _rotting(rotting_days),
        }
        with self.ctx.write("create stage") as w:
            _live_pipeline(w, pipeline_id)
            stages = pipeline_stages(w.session, pipeline_id)
            opened = [s for s in stages if s.kind == "open"]
            closed = [s for s in stages if s.kind != "open"]
            _renumber(w, [*opened, *closed], skip=len(opened))
            w.create(
                "stage",
                {
                    **values,
                    "pipeline_id": pipeline_id,
                    "position": len(opened),
                    "kind": "open",
                    "required_fields": [],
                    "on_enter": [],
                },
            )
        return w.change()

    def update_stage(self, stage_id: str, field: str, value: Any) -> Change:
        clean = _clean_stage_value(field, value)
        with self.ctx.write(f"edit stage.{field}") as w:
            stage = w.get("stage", stage_id)
            if stage.deleted_at is not None:
                raise NotFoundError("stage", stage_id)
            w.set("stage", stage_id, field, clean)
        return w.change()

    def reorder_stages(self, pipeline_id: str, ordered_open_stage_ids: Sequence[str]) -> Change:
        """Put the open stages in this order (every open stage once); Won and Lost stay last."""
        with self.ctx.write("reorder stage") as w:
            _live_pipeline(w, pipeline_id)
            stages = pipeline_stages(w.session, pipeline_id)
            by_id = {s.id: s for s in stages if s.kind == "open"}
            wanted = list(ordered_open_stage_ids)
            if sorted(wanted) != sorted(by_id):
                raise ValidationError(
                    "stage_id",
                    "The order must name every open stage of the pipeline once",
                    code="stage_order",
                )
            closed = [s for s in stages if s.kind != "open"]
            _renumber(w, [*(by_id[i] for i in wanted), *closed])
        return w.change()

    def delete_stage(self, stage_id: str, move_deals_to: str | None = None) -> Change:
        """Delete an open stage; its deals (then ``move_deals_to`` is needed) go to another open
        stage of the same pipeline, recorded in their stage history (no stage rules run)."""
        with self.ctx.write("delete stage") as w:
            stage = w.get("stage", stage_id)
            if stage.deleted_at is not None:
                raise NotFoundError("stage", stage_id)
            if stage.kind != "open":
                raise ValidationError(
                    "stage_id", "Won and Lost cannot be deleted", code="closed_stage"
                )
            opened = pipeline_stages(w.session, stage.pipeline_id, "open")
            if len(opened) <= 1:
                raise ValidationError(
                    "stage_id", "A pipeline keeps at least one open stage", code="last_stage"
                )
            deals = _live_deals(w, DealRecord.stage_id == stage_id)
            if deals:
                target = self._move_target(w, move_deals_to, "move_deals_to", len(deals))
                if target.pipeline_id != stage.pipeline_id:
                    raise ValidationError(
                        "move_deals_to", "Choose a stage of this pipeline", code="other_pipeline"
                    )
                if target.id == stage_id or target.kind != "open":
                    raise ValidationError(
                        "move_deals_to", "Choose another open stage", code="closed_stage"
                    )
                self._move_deals(w, deals, target)
            w.set("stage", stage_id, "deleted_at", w.now)
            _renumber(w, pipeline_stages(w.session, stage.pipeline_id))
        return w.change()

    def _move_target(self, w: Writer, stage_id: str | None, field: str, count: int) -> Any:
        if not stage_id:
            raise ValidationError(
                field,
                f"{count} deal(s) need another stage first",
                code="stage_has_deals",
                count=count,
            )
        target = w.session.get(StageRecord, stage_id)
        if target is None or target.deleted_at is not None:
            raise ValidationError(field, "That stage does not exist", code="no_such_ref")
        return target

    def _move_deals(self, w: Writer, deals: list[DealRecord], target: StageRecord) -> None:
        """Deals to ``target`` (open ones) or its pipeline's Won / Lost stage (closed ones)."""
        ends: dict[str, float] = {}
        closing = {k: pipeline_stages(w.session, target.pipeline_id, k) for k in ("won", "lost")}
        for deal in deals:
            stage = target
            if deal.status != "open":
                if not closing[deal.status]:
                    raise ValidationError(
                        "move_deals_to_stage",
                        f"The pipeline has no {deal.status} stage",
                        code="no_closed_stage",
                    )
                stage = closing[deal.status][0]
            if stage.id not in ends:
                ends[stage.id] = end_position(w.session, stage.id)
            enter_stage(w, deal, stage, self.ctx.user_id, position=ends[stage.id])
            ends[stage.id] += 1.0

    # ----- money and reasons -------------------------------------------------------------
    def base_currency(self) -> str:
        with read_connection(self.ctx.engine) as conn:
            return settings.base_currency(conn)

    def set_base_currency(self, code: str) -> Change:
        with self.ctx.write("edit setting.base_currency") as w:
            settings.set_base_currency(w, code)
        return w.change()

    def rates(self) -> dict[str, Decimal]:
        """Units of the base currency per one unit of each currency that has a rate."""
        with read_connection(self.ctx.engine) as conn:
            return settings.rates(conn)

    def set_rate(self, currency: str, rate: Decimal | None) -> Change:
        """Set a currency's rate to the base currency; None removes it."""
        with self.ctx.write("edit currency_rate") as w:
            settings.set_rate(w, currency, rate)
        return w.change()

    def lost_reasons(self) -> list[str]:
        with read_connection(self.ctx.engine) as conn:
            return settings.lost_reasons(conn)

    def set_lost_reasons(self, reasons: Sequence[str]) -> Change:
        clean = settings.clean_lost_reasons(reasons)
        with self.ctx.write("edit setting.lost_reasons") as w:
            settings.write_setting(w, settings.LOST_REASONS_KEY, clean)
        return w.change()


def _live_pipeline(w: Writer, pipeline_id: str) -> PipelineRecord:
    pipeline = w.session.get(PipelineRecord, pipeline_id)
    if pipeline is None or pipeline.deleted_at is not None:
        raise NotFoundError("pipeline", pipeline_id)
    return pipeline


def _live_deals(w: Writer, where: Any) -> list[DealRecord]:
    d = DealRecord
    return list(
        w.session.execute(
            sa.select(d).where(where, d.deleted_at.is_(None)).order_by(d.position, d.id)
        ).scalars()
    )


def _renumber(w: Writer, stages: Sequence[StageRecord], skip: int | None = None) -> None:
    """Positions 0, 1, 2… in this order; from index ``skip`` on, one place further (a gap)."""
    for index, stage in enumerate(stages):
        position = index + (1 if skip is not None and index >= skip else 0)
        w.set("stage", stage.id, "position", position)


def _probability(value: Any) -> int:
    clean = validate_percent(value)
    return 0 if clean is None else clean


def _rotting(value: Any) -> int | None:
    clean = validate(_ROTTING, value)
    if clean is not None and clean < 1:
        raise ValidationError("rotting_days", "At least one day", code="range")
    return clean


def _clean_stage_value(field: str, value: Any) -> Any:
    if field == "name":
        return validate(_NAME, value)
    if field == "probability":
        return _probability(value)
    if field == "rotting_days":
        return _rotting(value)
    if field == "required_fields":
        return clean_required_fields(value)
    if field == "on_enter":
        return clean_on_enter(value)
    raise ValidationError(field, f"Not a stage field: {field!r}", code="unknown_field")
