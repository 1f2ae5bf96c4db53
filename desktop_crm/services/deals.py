"""Deals: create, edit, move between stages (with stage rules), win, lose, reopen, link.

Every public method that changes data is one transaction and returns a ``Change`` described
``"<verb> deal[.field]"`` (verbs: create, edit, move, reorder, win, lose, reopen, delete, restore,
tag, untag, link, unlink). Line items, contacts and tags live in ``deal_parts``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from desktop_crm.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_crm.domain.fields import (
    CUSTOM_PREFIX,
    FIELDS_BY_TYPE,
    FieldSpec,
    Kind,
    validate,
    validate_deal,
)
from desktop_crm.domain.records import Board, Change, DealCard, DealDetail, DealFilter
from desktop_crm.services import deal_board, deal_rules
from desktop_crm.services import deal_settings as settings
from desktop_crm.services.deal_parts import DealParts, has_items
from desktop_crm.services.records import RecordService
from desktop_crm.services.writer import _MISSING, Context, Writer
from desktop_crm.store.engine import read_connection
from desktop_crm.store.models import ENTITY_MODELS, DealRecord, PipelineRecord, StageRecord
from desktop_crm.store.types import utcnow

MOVED_ONLY = ("stage_id", "pipeline_id", "status", "lost_reason", "closed_at", "position")
_REASON = FieldSpec("lost_reason", Kind.TEXT, max_length=500, required=True)
_NO_FILTER = DealFilter()


class DealService(DealParts):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self._records = RecordService(ctx, "deal")  # custom field specs, delete and restore

    # ----- reads -------------------------------------------------------------------------
    def board(
        self, pipeline_id: str, flt: DealFilter = _NO_FILTER, *, now: datetime | None = None
    ) -> Board:
        """The open deals of a pipeline by stage, with totals in the base currency.
        ``now`` (default: the current time) is what days-in-stage and staleness count to."""
        with read_connection(self.ctx.engine) as conn:
            return deal_board.build_board(conn, pipeline_id, flt, now)

    def closed(
        self,
        pipeline_id: str,
        status: str,
        flt: DealFilter = _NO_FILTER,
        *,
        now: datetime | None = None,
    ) -> list[DealCard]:
        """Won or lost deals of a pipeline, the most recently closed first."""
        if status not in ("won", "lost"):
            raise ValidationError("status", f"Not a closed status: {status!r}", code="choice")
        d = DealRecord
        where = [d.pipeline_id == pipeline_id, d.status == status]
        with read_connection(self.ctx.engine) as conn:
            return deal_board.fetch_cards(
                conn, where, flt, now or utcnow(), (d.closed_at.desc(), d.id)
            )

    def for_record(
        self, record_type: str, record_id: str, *, now: datetime | None = None
    ) -> list[DealCard]:
        """Deals of a contact (linked as a contact) or a company: open ones first, newest first."""
        d = DealRecord
        where = deal_board.record_where(record_type, record_id)
        order = (d.status != "open", d.created_at.desc(), d.id)
        with read_connection(self.ctx.engine) as conn:
            return deal_board.fetch_cards(conn, where, _NO_FILTER, now or utcnow(), order)

    def get(self, deal_id: str) -> DealDetail:
        with self.ctx.session() as s:
            return deal_board.build_detail(s, deal_id)

    def spec(self, name: str) -> FieldSpec:
        return self._records.spec(name)

    # ----- create and edit ---------------------------------------------------------------
    def create(self, values: Mapping[str, Any]) -> Change:
        """A new open deal. ``pipeline_id`` defaults to the first pipeline, ``stage_id`` to its
        first open stage; ``contact_id`` / ``contact_ids`` link contacts (the first one's company
        becomes the deal's when none is given)."""
        raw = dict(values)
        contact_ids = list(dict.fromkeys(_contacts_of(raw)))
        pipeline_id, stage_id = raw.pop("pipeline_id", None), raw.pop("stage_id", None)
        for name in MOVED_ONLY:
            if name in raw:
                raise ValidationError(name, "Set through move, won or lost", code="use_move")
        clean = self._clean({"title": None, **raw})
        custom = {k: v for k, v in clean.items() if k.startswith(CUSTOM_PREFIX)}
        plain = {k: v for k, v in clean.items() if not k.startswith(CUSTOM_PREFIX)}
        with self.ctx.write("create deal") as w:
            stage = self._start_stage(w, pipeline_id, stage_id)
            self._check_refs(w, plain)
            _company_from_contacts(w, plain, contact_ids)
            plain.setdefault("owner_id", self.ctx.user_id)
            if plain.get("currency") is None:
                plain["currency"] = settings.base_currency(w.session)
            values_ = {k: v for k, v in plain.items() if v is not None}
            values_.update(
                pipeline_id=stage.pipeline_id,
                stage_id=stage.id,
                status="open",
                position=deal_rules.end_position(w.session, stage.id),
                stage_entered_at=w.now,
            )
            deal = w.create("deal", values_)
            for name, value in custom.items():
                w.set("deal", deal.id, name, value)
            deal_rules.check_required(deal, stage)
            w.create(
                "stage_change",
                {
                    "deal_id": deal.id,
                    "from_stage_id": None,
                    "to_stage_id": stage.id,
                    "changed_at": w.now,
                    "user_id": self.ctx.user_id,
                },
            )
            for contact_id in contact_ids:
                w.create(
                    "deal_contact",
                    {"deal_id": deal.id, "contact_id": contact_id},
                    ("deal", deal.id),
                )
            deal_rules.run_on_enter(w, deal, stage, self.ctx.user_id)
        return w.change()

    def update(self, deal_id: str, field: str, value: Any, expected: Any = _MISSING) -> Change:
        if field in MOVED_ONLY:
            raise ValidationError(field, "Set through move, won or lost", code="use_move")
        clean = self._clean({field: value})[field]
        with self.ctx.write(f"edit deal.{field}") as w:
            deal_rules.live_deal(w, deal_id)
            self._check_refs(w, {field: clean})
            if field == "value" and has_items(w.session, deal_id):
                raise ValidationError(
                    "value", "The value is the sum of the line items", code="value_from_items"
                )
            w.set("deal", deal_id, field, clean, expected=expected)
        return w.change()

    def delete(self, ids: Iterable[str]) -> Change:
        return self._records.delete(ids)

    def restore(self, ids: Iterable[str]) -> Change:
        return self._records.restore(ids)

    # ----- moving ------------------------------------------------------------------------
    def move(
        self,
        deal_id: str,
        stage_id: str,
        *,
        before_id: str | None = None,
        expected_stage_id: str | None = None,
    ) -> Change:
        """To another open stage of its pipeline and/or another place in a stage (before
        ``before_id``; None: at the end). Entering a stage checks its required fields, records
        the stage change and runs its on-enter actions, all in this one changeset."""
        with self.ctx.write("move deal") as w:
            deal = deal_rules.live_deal(w, deal_id)
            if expected_stage_id is not None and deal.stage_id != expected_stage_id:
                raise ConflictError(
                    "The deal was moved elsewhere meanwhile",
                    field="stage_id",
                    current=deal.stage_id,
                )
            if deal.status != "open":
                raise ValidationError("status", "Reopen the deal first", code="closed_deal")
            stage = deal_rules.live_stage(w, stage_id)
            if stage.pipeline_id != deal.pipeline_id:
                raise ValidationError(
                    "stage_id", "That stage belongs to another pipeline", code="other_pipeline"
                )
            if stage.kind != "open":
                raise ValidationError(
                    "stage_id", "Use won or lost to close a deal", code="closed_stage"
                )
            if stage.id == deal.stage_id:
                w.description = "reorder deal"  # before anything is logged: the changeset's name
            position = None
            if before_id is not None:
                position = deal_rules.position_before(w, deal, stage_id, before_id)
            if stage.id == deal.stage_id:
                if position is None:
                    position = deal_rules.end_position(w.session, stage.id, exclude=deal.id)
                    if _is_last(w, deal):
                        return w.change()
                w.set("deal", deal_id, "position", position)
                return w.change()
            deal_rules.check_required(deal, stage)
            deal_rules.enter_stage(w, deal, stage, self.ctx.user_id, position=position)
            deal_rules.run_on_enter(w, deal, stage, self.ctx.user_id)
        return w.change()

    def mark_won(self, deal_id: str) -> Change:
        with self.ctx.write("win deal") as w:
            self._close(w, deal_id, "won", None)
        return w.change()

    def mark_lost(self, deal_id: str, reason: str) -> Change:
        clean = validate(_REASON, reason)
        with self.ctx.write("lose deal") as w:
            self._close(w, deal_id, "lost", clean)
        return w.change()

    def reopen(self, deal_id: str, stage_id: str | None = None) -> Change:
        """A won or lost deal back on the board: in ``stage_id`` or the last open stage it was
        in (else the pipeline's first). Stage rules do not run: it returns where it was."""
        with self.ctx.write("reopen deal") as w:
            deal = deal_rules.live_deal(w, deal_id)
            if deal.status == "open":
                raise ValidationError("status", "The deal is open", code="not_closed")
            if stage_id is not None:
                stage = deal_rules.live_stage(w, stage_id)
                if stage.pipeline_id != deal.pipeline_id:
                    raise ValidationError(
                        "stage_id", "That stage belongs to another pipeline", code="other_pipeline"
                    )
                if stage.kind != "open":
                    raise ValidationError("stage_id", "Choose an open stage", code="closed_stage")
            else:
                stage = _last_open_stage(w, deal)
            w.set("deal", deal_id, "status", "open")
            w.set("deal", deal_id, "closed_at", None)
            w.set("deal", deal_id, "lost_reason", None)
            deal_rules.enter_stage(w, deal, stage, self.ctx.user_id)
        return w.change()

    # ----- helpers -----------------------------------------------------------------------
    def _close(self, w: Writer, deal_id: str, status: str, reason: str | None) -> None:
        deal = deal_rules.live_deal(w, deal_id)
        if deal.status == status:
            if reason is not None:
                w.set("deal", deal_id, "lost_reason", reason)
            return
        stages = deal_rules.pipeline_stages(w.session, deal.pipeline_id, status)
        if not stages:
            raise ValidationError(
                "stage_id", f"The pipeline has no {status} stage", code="no_closed_stage"
            )
        stage = stages[0]
        deal_rules.check_required(deal, stage)
        deal_rules.enter_stage(w, deal, stage, self.ctx.user_id)
        w.set("deal", deal_id, "status", status)
        w.set("deal", deal_id, "closed_at", w.now)
        w.set("deal", deal_id, "lost_reason", reason)
        deal_rules.run_on_enter(w, deal, stage, self.ctx.user_id)

    def _clean(self, values: Mapping[str, Any]) -> dict[str, Any]:
        out = {}
        for name, value in values.items():
            spec = self.spec(name)
            out[name] = (
                validate_deal(spec, value)
                if name in FIELDS_BY_TYPE["deal"]
                else (validate(spec, value))
            )
        return out

    def _check_refs(self, w: Writer, values: Mapping[str, Any]) -> None:
        self._records._check_refs(w, values)

    def _start_stage(self, w: Writer, pipeline_id: str | None, stage_id: str | None) -> Any:
        if stage_id is not None:
            stage = deal_rules.live_stage(w, stage_id)
            if pipeline_id is not None and stage.pipeline_id != pipeline_id:
                raise ValidationError(
                    "stage_id", "That stage belongs to another pipeline", code="other_pipeline"
                )
            if stage.kind != "open":
                raise ValidationError("stage_id", "Choose an open stage", code="closed_stage")
            return stage
        if pipeline_id is None:
            p = PipelineRecord
            pipeline_id = w.session.execute(
                sa.select(p.id).where(p.deleted_at.is_(None)).order_by(p.position, p.id).limit(1)
            ).scalar()
            if pipeline_id is None:
                raise ValidationError("pipeline_id", "There is no pipeline", code="required")
        else:
            pipeline = w.session.get(PipelineRecord, pipeline_id)
            if pipeline is None or pipeline.deleted_at is not None:
                raise NotFoundError("pipeline", pipeline_id)
        opened = deal_rules.pipeline_stages(w.session, pipeline_id, "open")
        if not opened:
            raise ValidationError("stage_id", "The pipeline has no open stage", code="required")
        return opened[0]


def _company_from_contacts(w: Writer, plain: dict[str, Any], contact_ids: list[str]) -> None:
    """The contacts exist; without a company, the deal takes the first contact's."""
    for contact_id in contact_ids:
        contact = w.session.get(ENTITY_MODELS["contact"], contact_id)
        if contact is None or contact.deleted_at is not None:
            raise ValidationError("contact_id", "No such contact", code="no_such_ref")
        if plain.get("company_id") is None and contact.company_id:
            plain["company_id"] = contact.company_id


def _contacts_of(raw: dict[str, Any]) -> list[str]:
    single = raw.pop("contact_id", None)
    many = raw.pop("contact_ids", None) or []
    return [c for c in ([single] if single else []) + list(many) if c]


def _is_last(w: Writer, deal: DealRecord) -> bool:
    d = DealRecord
    after = w.session.execute(
        sa.select(d.id)
        .where(
            d.stage_id == deal.stage_id,
            d.deleted_at.is_(None),
            d.id != deal.id,
            d.position >= deal.position,
        )
        .limit(1)
    ).first()
    return after is None


def _last_open_stage(w: Writer, deal: DealRecord) -> StageRecord:
    """The last open, live stage of the deal's pipeline it was in; else the first open one."""
    from desktop_crm.store.models import StageChangeRecord

    sc, s = StageChangeRecord, StageRecord
    found = w.session.execute(
        sa.select(s)
        .join(sc, sc.to_stage_id == s.id)
        .where(
            sc.deal_id == deal.id,
            sc.deleted_at.is_(None),
            s.kind == "open",
            s.deleted_at.is_(None),
            s.pipeline_id == deal.pipeline_id,
        )
        .order_by(sc.changed_at.desc(), sc.id.desc())
        .limit(1)
    ).scalar()
    if found is not None:
        return found
    opened = deal_rules.pipeline_stages(w.session, deal.pipeline_id, "open")
    if not opened:
        raise ValidationError("stage_id", "The pipeline has no open stage", code="required")
    return opened[0]
