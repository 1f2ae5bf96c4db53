"""Saving a chunk of decided rows: new records inserted, matched ones filled or overwritten.

``Applier.check_new`` says whether a row can become a new record. ``Applier.apply`` then, for a
chunk of rows: links the names (companies, contacts, tags), builds the new records' rows and log
rows, and hands the statements to the runner, followed by the comparison of the matched records
with the file (which reads the database, so it runs where the statements run). With no writer (a
preview) the same decisions are made and counted, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy.engine import Connection

from desktop_crm.domain.errors import ValidationError
from desktop_crm.services.importing.bulk import INLINE, BatchWriter, IdPool, Runner
from desktop_crm.services.importing.convert import Converted, RowConverter
from desktop_crm.services.importing.job import Job
from desktop_crm.services.importing.links import Linker, load_tags
from desktop_crm.services.importing.matching import NameIndex
from desktop_crm.services.importing.new_records import NewRecords, logged
from desktop_crm.services.importing.plan import PreviewRow, RowError
from desktop_crm.services.importing.updates import Updater
from desktop_crm.store.bulk_index import BulkIndex

_TAGGED = ("contact", "company", "deal")


class PreviewSink(Protocol):
    """Where the first rows go as they will be saved (``wants`` first: building them costs)."""

    def wants(self, number: int) -> bool: ...

    def show(self, row: PreviewRow) -> None: ...


@dataclass(slots=True)
class Decided:
    """A row with its fate: a new record (``matched`` False) or a match of ``record_id``."""

    row: Converted
    record_id: str
    matched: bool = False
    created_match: bool = False  # matched a record this import created (a repeated row)


class Applier:
    def __init__(
        self,
        job: Job,
        conn: Connection,
        writer: BatchWriter | None,
        now: datetime,
        user_id: str | None,
        sink: PreviewSink,
        index: BulkIndex | None = None,
        runner: Runner = INLINE,
    ) -> None:
        self.job = job
        self.writer = writer
        self.sink = sink
        self.index = index
        self.runner = runner
        self.record_type = job.plan.record_type
        self.new = 0
        self.ids = IdPool()
        targets = set(job.targets)
        self.linker = Linker(writer, now, user_id, self.ids)
        if "company" in targets:
            self.linker.companies = NameIndex.companies(conn)
        if "contact" in targets:
            self.linker.contacts = NameIndex.contacts(conn)
        if "tags" in targets:
            self.linker.tags = load_tags(conn)
        self.records = NewRecords(
            conn, self.record_type, job.targets, job.lookups, job.plan.pipeline_id, user_id, now
        )
        # the updates' own pending rows (their batch rows numbered apart from the creates')
        update_writer = writer.fork(seq_base=1 << 40) if writer is not None else None
        self.updater = Updater(
            self.record_type,
            job.plan.on_match == "overwrite",
            job.plan.default_region,
            conn,
            update_writer,
            now,
            sink,
            index,
        )

    @property
    def updated(self) -> int:
        return self.updater.updated

    @property
    def unchanged(self) -> int:
        return self.updater.unchanged

    def check_new(self, row: Converted) -> RowError | None:
        """None when ``row`` can be a new record (completed with its defaults), else why not."""
        converter = self.job.converter
        try:
            self.records.check(row)
        except ValidationError as exc:
            column = converter.column_of(exc.field)
            value = str(exc.params.get("value", ""))
            return RowError(
                row.number,
                converter.column_name(column),
                exc.code,
                value,
                exc.message,
                column,
                dict(exc.params),
            )
        if row.warnings:  # a warning of the record's checks names its field, not its column
            row.warnings = [_placed(w, converter) for w in row.warnings]
        return None

    def apply(self, new: Sequence[Decided], matched: Sequence[Decided]) -> None:
        rows = [d.row for d in new] + [d.row for d in matched]
        if self.record_type != "company":
            self.linker.link_companies(rows)
        contacts: dict[int, str] = {}
        if self.record_type in ("deal", "task"):
            contacts = self.linker.link_contacts(rows)
        if new:
            self._insert(new, contacts)
        if matched:
            incoming = [self._incoming(d, contacts) for d in matched]
            tags = [self.linker.tag_ids(d.row.tags) if d.row.tags else [] for d in matched]
            if self.record_type not in _TAGGED:
                tags = [[] for _ in matched]
            self.runner.submit(lambda: self.updater.apply(matched, incoming, tags))
        if self.writer is not None:
            self.writer.flush()

    def _incoming(self, d: Decided, contacts: dict[int, str]) -> dict[str, Any]:
        """The values a matched row brings (the row's own: ``Updater`` only reads them)."""
        if self.record_type == "task" and d.row.number in contacts:
            return {**d.row.values, "contact_id": contacts[d.row.number]}
        return d.row.values

    def _insert(self, new: Sequence[Decided], contacts: dict[int, str]) -> None:
        self.new += len(new)
        kind = self.record_type
        for d in new:
            if self.sink.wants(d.row.number):
                self.sink.show(PreviewRow(d.row.number, "new", shown(d.row), d.record_id))
        if self.writer is None:
            return
        rows, logs = [], []
        for d in new:
            row, log = self.records.columns(d.record_id, d.row, contacts.get(d.row.number))
            rows.append(row)
            logs.append(log)
        self.writer.insert(kind, rows, logs, constants=self.records.constants())
        if kind == "deal":
            deals = [(d.record_id, d.row.values["stage_id"]) for d in new]
            links = [(d.record_id, contacts[d.row.number]) for d in new if d.row.number in contacts]
            changes, parts = self.records.deal_parts(self.ids, deals, links)
            self.writer.insert("stage_change", changes, [logged(c) for c in changes])
            records = [("deal", p["deal_id"]) for p in parts]
            self.writer.insert("deal_contact", parts, [logged(p) for p in parts], records)
        if kind in _TAGGED:
            self.linker.tag_new(kind, [(d.record_id, d.row.tags) for d in new if d.row.tags])


def _placed(warning: RowError, converter: RowConverter) -> RowError:
    if warning.column is not None or warning.code != "unknown_stage":
        return warning
    column = converter.column_of("stage")
    return replace(warning, column=column, column_name=converter.column_name(column))


def shown(row: Converted) -> dict[str, Any]:
    """A row's values as the preview shows them (names of what it links to included)."""
    values = dict(row.values)
    for name in ("company", "contact", "stage", "pipeline"):
        if getattr(row, name):
            values[name] = getattr(row, name)
    if row.tags:
        values["tags"] = row.tags
    return values


__all__ = ["Applier", "Decided", "PreviewSink", "shown"]
