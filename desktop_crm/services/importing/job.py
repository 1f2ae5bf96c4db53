"""Everything an import needs before its first row: the plan checked, field specs, lookups, the
column names, the date order and decimal separators guessed from the first rows, converters.

Built the same way for the preview and for the import, so that both read every row alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from desktop_crm.domain.enums import CustomFieldType
from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.fields import (
    CUSTOM_PREFIX,
    FIELDS_BY_TYPE,
    FieldSpec,
    custom_spec,
)
from desktop_crm.domain.ids import new_id
from desktop_crm.domain.tasks import TASK_SPECS
from desktop_crm.services.importing import readers
from desktop_crm.services.importing.convert import Converted, Lookups, RowConverter
from desktop_crm.services.importing.matching import MatchIndex, fold, supported
from desktop_crm.services.importing.plan import (
    MATCH_BY,
    MULTI_TARGETS,
    ON_MATCH,
    RECORD_TYPES,
    ImportPlan,
    NewCustomField,
    RowError,
)
from desktop_crm.services.importing.reader_types import (
    CancelledFn,
    ProgressFn,
    RawRow,
)
from desktop_crm.services.importing.sampling import (
    SAMPLE_ROWS,
    build_converter,
    open_rows,
    sample,
)
from desktop_crm.services.importing.worker import RowWorker, Sampled, WorkerSpec, wanted
from desktop_crm.store.models import (
    CustomFieldRecord,
    LifecycleStageRecord,
    PipelineRecord,
    StageRecord,
    UserRecord,
)

# pseudo-targets each record type accepts (besides its fields and custom fields)
_PSEUDO: dict[str, frozenset[str]] = {
    "contact": frozenset({"full_name", "full_name_reversed", "company", "owner", "tags"}),
    "company": frozenset({"owner", "tags"}),
    "deal": frozenset({"company", "contact", "owner", "stage", "pipeline", "tags"}),
    "task": frozenset({"company", "contact", "owner"}),
}
_NOT_IMPORTED = frozenset({"company_id", "owner_id", "contact_id", "deal_id", "assignee_id"})


def base_specs(record_type: str) -> dict[str, FieldSpec]:
    if record_type == "task":
        return dict(TASK_SPECS)
    return dict(FIELDS_BY_TYPE[record_type])


def custom_key(label: str, taken: set[str]) -> str:
    """A key for a new custom field, as the catalog makes them (ASCII slug, unique)."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    key = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:40]
    key = key or "field_" + new_id()[-8:]
    while key in taken:
        key = f"{key}_{new_id()[-4:]}"
    return key


@dataclass
class CustomFields:
    """The record type's custom fields: specs by target name, and the new ones to create."""

    specs: dict[str, FieldSpec] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # folded label -> key
    new: list[tuple[NewCustomField, str]] = field(default_factory=list)  # (definition, key)


def load_custom(conn: Connection, plan: ImportPlan) -> CustomFields:
    found = CustomFields()
    if plan.record_type == "task":
        return found
    cf = CustomFieldRecord
    rows = conn.execute(
        sa.select(cf.key, cf.label, cf.field_type, cf.options).where(
            cf.record_type == plan.record_type, cf.deleted_at.is_(None)
        )
    ).all()
    for key, label, kind, options in rows:
        found.specs[CUSTOM_PREFIX + key] = custom_spec(
            key, CustomFieldType(kind), tuple(options or ())
        )
        found.labels[label.casefold()] = key
    taken = {spec.name[len(CUSTOM_PREFIX) :] for spec in found.specs.values()}
    for definition in plan.new_custom_fields:
        item = NewCustomField(*definition)
        label = item.label.strip()
        if not label:
            raise ValidationError("new_custom_fields", "A new field needs a name", code="required")
        if label.casefold() in found.labels:
            raise ValidationError(
                "new_custom_fields", f"A field named {label!r} exists", code="duplicate"
            )
        try:
            kind = CustomFieldType(item.field_type)
        except ValueError:
            raise ValidationError(
                "new_custom_fields", f"Unknown field type {item.field_type!r}", code="choice"
            ) from None
        options = tuple(dict.fromkeys(o.strip() for o in item.options if o.strip()))
        if kind in (CustomFieldType.CHOICE, CustomFieldType.MULTI_CHOICE) and not options:
            raise ValidationError(
                "new_custom_fields", "A choice field needs at least one option", code="no_options"
            )
        key = custom_key(label, taken)
        taken.add(key)
        found.labels[label.casefold()] = key
        found.specs[CUSTOM_PREFIX + key] = custom_spec(key, kind, options)
        found.new.append((NewCustomField(item.column, label, kind.value, options), key))
    return found


def load_lookups(conn: Connection) -> Lookups:
    users: dict[str, str] = {}
    u = UserRecord
    for user_id, name, email in conn.execute(
        sa.select(u.id, u.name, u.email).where(u.deleted_at.is_(None)).order_by(u.created_at)
    ):
        for text in (name, email):
            if text:
                users.setdefault(fold(text), user_id)
    pipelines: dict[str, str] = {}
    p = PipelineRecord
    for pipeline_id, name in conn.execute(
        sa.select(p.id, p.name).where(p.deleted_at.is_(None)).order_by(p.position, p.created_at)
    ):
        pipelines.setdefault(fold(name), pipeline_id)
    stages: dict[str, dict[str, tuple[str, str, tuple[str, ...]]]] = {}
    s = StageRecord
    for stage_id, pipeline_id, name, kind, required in conn.execute(
        sa.select(s.id, s.pipeline_id, s.name, s.kind, s.required_fields)
        .where(s.deleted_at.is_(None))
        .order_by(s.position)
    ):
        stages.setdefault(pipeline_id, {}).setdefault(
            fold(name), (stage_id, kind, tuple(required or ()))
        )
    ls = LifecycleStageRecord
    lifecycle = {
        fold(name): name
        for name in conn.execute(sa.select(ls.name).where(ls.deleted_at.is_(None))).scalars()
    }
    return Lookups(users, pipelines, stages, lifecycle)


def check_plan(plan: ImportPlan, specs: dict[str, FieldSpec]) -> None:
    """Refuse a plan that cannot work, before reading any row (ValidationError on ``targets``,
    ``match_by`` … with the column when it is one column's fault)."""
    kind = plan.record_type
    if kind not in RECORD_TYPES:
        raise ValidationError("record_type", f"Cannot import {kind!r}", code="choice")
    if plan.on_match not in ON_MATCH:
        raise ValidationError("on_match", f"Unknown choice {plan.on_match!r}", code="choice")
    if plan.match_by is not None and plan.match_by not in MATCH_BY:
        raise ValidationError("match_by", f"Unknown choice {plan.match_by!r}", code="choice")
    if not supported(kind, plan.match_by):
        raise ValidationError(
            "match_by", f"{kind} records cannot be matched by {plan.match_by}", code="match_by"
        )
    seen: set[str] = set()
    for index, target in enumerate(plan.targets):
        if target is None:
            continue
        known = target in specs or target in _PSEUDO[kind]
        if not known or target in _NOT_IMPORTED:
            raise ValidationError(
                "targets",
                f"Column {index + 1}: cannot import into {target!r}",
                code="unknown_target",
                column=index,
                target=target,
            )
        if target in seen and target not in MULTI_TARGETS:
            raise ValidationError(
                "targets",
                f"Column {index + 1}: {target!r} is mapped twice",
                code="mapped_twice",
                column=index,
                target=target,
            )
        seen.add(target)
    if not seen:
        raise ValidationError("targets", "No column is mapped to a field", code="nothing_mapped")
    if plan.match_by == "email" and kind == "contact" and "emails" not in seen:
        raise ValidationError(
            "match_by", "Matching by email needs an email column", code="match_column"
        )
    if plan.match_by == "phone" and kind == "contact" and "phones" not in seen:
        raise ValidationError(
            "match_by", "Matching by phone needs a phone column", code="match_column"
        )


def effective_targets(plan: ImportPlan, custom: CustomFields) -> tuple[str | None, ...]:
    """The plan's targets with the columns of new custom fields pointing at their keys."""
    targets = list(plan.targets)
    width = max(len(targets), *(item.column + 1 for item, _ in custom.new)) if custom.new else 0
    targets += [None] * (width - len(targets))
    for item, key in custom.new:
        targets[item.column] = CUSTOM_PREFIX + key
    return tuple(targets)


def column_names(plan: ImportPlan, width: int) -> tuple[str, ...]:
    if plan.column_names:
        names = list(plan.column_names)
    else:
        rows = readers.preview(
            plan.path,
            sheet=plan.sheet,
            encoding=plan.encoding,
            delimiter=plan.delimiter,
            limit=plan.header_row + 1,
        )
        header = rows[plan.header_row] if len(rows) > plan.header_row else []
        names = readers.header_names(header)
    names += [f"Column {i + 1}" for i in range(len(names), width)]
    return tuple(names)


@dataclass
class Job:
    """A checked plan with everything built from it (``prepare``)."""

    plan: ImportPlan
    targets: tuple[str | None, ...]
    specs: dict[str, FieldSpec]
    custom: CustomFields
    names: tuple[str, ...]
    lookups: Lookups
    sampled: Sampled
    converter: RowConverter
    index: MatchIndex
    worker: RowWorker | None = None
    progress: ProgressFn | None = None
    cancelled: CancelledFn | None = None

    def results(self) -> Iterator[tuple[RawRow, Converted | list[RowError]]]:
        """Every data row with what it converts to (values, or why it cannot be imported), in
        file order: read and converted by the worker when there is one, else here."""
        if self.worker is not None:
            yield from self.worker.rows(self.progress, self.cancelled)
            return
        convert = self.converter.convert
        for raw in self.sampled.all_rows():
            yield raw, convert(raw)

    def close(self) -> None:
        """Stop the worker, if any (also when the import failed or was cancelled)."""
        if self.worker is not None:
            self.worker.close()
            self.worker = None


def prepare(
    conn: Connection,
    plan: ImportPlan,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
    parallel: bool | None = False,
) -> Job:
    """Check the plan, read what it refers to, open the file and read its first rows.

    ``parallel``: read and convert the rest of the rows in a worker process (see ``worker``);
    None decides by the file's size. Call ``Job.close()`` when done."""
    plan = _normalised(plan)
    custom = load_custom(conn, plan)
    specs = {**base_specs(plan.record_type), **custom.specs}
    check_plan(plan, specs)
    targets = effective_targets(plan, custom)
    lookups = load_lookups(conn)
    names = column_names(plan, len(targets))
    index = MatchIndex(plan.match_by, plan.default_region, with_company="company" in targets)
    worker = _started(WorkerSpec(plan, targets, specs, names, lookups), parallel)
    try:
        if worker is None:
            sampled = sample(open_rows(plan, progress, cancelled), targets, specs, names, plan)
            index.load(conn, plan.record_type)
        else:
            index.load(conn, plan.record_type)  # while the worker starts and samples the file
            found = worker.sampled(cancelled)
            if found is None:  # it could not start here: read the file in this process
                worker.close()
                worker = None
                sampled = sample(open_rows(plan, progress, cancelled), targets, specs, names, plan)
            else:
                sampled = found
    except BaseException:
        if worker is not None:
            worker.close()
        raise
    order, decimals = sampled.date_order, sampled.decimals
    converter = build_converter(plan, targets, specs, names, order, decimals, lookups)
    job = Job(plan, targets, specs, custom, names, lookups, sampled, converter, index, worker)
    job.progress, job.cancelled = progress, cancelled
    return job


def _started(spec: WorkerSpec, parallel: bool | None) -> RowWorker | None:
    """The reading worker, when wanted and it starts (None: read in this process)."""
    if not wanted(spec.plan, parallel):
        return None
    try:
        return RowWorker(spec)
    except OSError:  # no process can be started here
        return None


def _normalised(plan: ImportPlan) -> ImportPlan:
    aliases = {"contacts": "contact", "companies": "company", "deals": "deal", "tasks": "task"}
    kind = aliases.get(plan.record_type, plan.record_type)
    if kind not in RECORD_TYPES:
        raise ValidationError("record_type", f"Cannot import {plan.record_type!r}", code="choice")
    if any(item[0] < 0 for item in plan.new_custom_fields):
        raise ValidationError("new_custom_fields", "No such column", code="column")
    region = plan.default_region.upper() if plan.default_region else None
    return replace(plan, record_type=kind, path=Path(plan.path), default_region=region)


__all__ = [
    "SAMPLE_ROWS",
    "CustomFields",
    "Job",
    "Sampled",
    "base_specs",
    "check_plan",
    "custom_key",
    "load_lookups",
    "prepare",
]
