"""Matched records: what the file changes in them ("fill" empty fields, or "overwrite"), saved
in bulk with one ``set`` log row per changed field and the old values kept for undo.

Rules: a blank cell never clears a value; emails and phones are merged (the file's new addresses
added, none removed; with "overwrite" the file's come first); tags are added, never removed; a
deal's stage and pipeline are not changed by an import (moves have their own rules). A row that
matched a record created earlier by the same import updates that record (undo removes it whole).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from desktop_crm.domain.fields import CUSTOM_PREFIX, encode
from desktop_crm.services.importing.bulk import BatchWriter, IdPool, table_of
from desktop_crm.services.importing.convert import jsonable
from desktop_crm.services.importing.links import add_links, missing_links
from desktop_crm.services.importing.matching import email_keys
from desktop_crm.services.importing.phones import phone_key
from desktop_crm.services.importing.plan import PreviewRow
from desktop_crm.services.writer import sort_key
from desktop_crm.store.bulk_index import BulkIndex

_LISTS = ("emails", "phones")
# set only when a record is created (deals move between stages through their own rules)
_CREATE_ONLY = frozenset({"pipeline_id", "stage_id", "status", "position"})
Key = Callable[[str], str]
# the columns ``Updater._derive`` reads, per record type
_DERIVED_FROM = {
    "contact": frozenset({"first_name", "last_name", "emails"}),
    "company": frozenset({"name"}),
}
# the columns the search index shows, per record type
_SEARCHED = {
    "contact": frozenset({"first_name", "last_name", "emails", "phones", "company_id"}),
    "company": frozenset({"name", "email", "phone", "website"}),
}


_TEXT = json.JSONEncoder(ensure_ascii=False)  # made once: encode() builds one per call
_TEXT_STRING = json.encoder.encode_basestring  # what _TEXT.encode(a str) returns, called in C


def _encoded(value: Any) -> str:
    """``fields.encode(value)``, the common values (None, text, dates, lists of text) without
    its per-call encoder and canonical-form walk."""
    if value is None:
        return "null"
    kind = type(value)
    if kind is str:
        return _TEXT_STRING(value)
    if kind is date:
        return f'"{value.isoformat()}"'
    if kind is tuple and all(type(v) is str for v in value):
        return _TEXT.encode(value)
    return encode(value)


def merged(
    old: tuple[str, ...], new: tuple[str, ...], key: Key, overwrite: bool
) -> tuple[str, ...]:
    """Both lists, each address or number once (compared by ``key``, written as the record
    has it): the file's first when overwriting, the record's first when filling."""
    if len(old) + len(new) < 2 or (len(old) == 1 and all(value == old[0] for value in new)):
        return tuple(old or new)  # nothing to compare: no key computed (a phone's costs µs)
    old_keyed = [(key(value), value) for value in old]
    new_keyed = [(key(value), value) for value in new]
    spelled: dict[str, str] = {}
    for found, value in old_keyed:
        spelled.setdefault(found, value)
    out: dict[str, str] = {}
    for found, value in new_keyed + old_keyed if overwrite else old_keyed + new_keyed:
        out.setdefault(found, spelled.get(found, value))
    return tuple(out.values())


def diff(
    current: dict[str, Any], incoming: dict[str, Any], overwrite: bool, keys: dict[str, Key]
) -> dict[str, Any]:
    """Field -> new value for what ``incoming`` changes in ``current`` (both by field name);
    ``keys``: how the items of list fields compare (emails by address, phones by number)."""
    changes: dict[str, Any] = {}
    for name, new in incoming.items():
        old = current.get(name)
        if name in _LISTS:
            both = merged(old or (), new, keys[name], overwrite)
            if both != (old or ()):
                changes[name] = both
        elif name in _CREATE_ONLY:
            continue
        elif old is None or old == "" or old == () or (overwrite and _differ(old, new)):
            changes[name] = new
    return changes


def _differ(old: Any, new: Any) -> bool:
    """Whether two values of a field differ (as the change log would encode them)."""
    return old != new and (type(old) is type(new) or encode(old) != encode(new))


@dataclass
class Updater:
    """Compares matched rows with their records and saves the differences (``writer`` None: a
    preview, nothing saved)."""

    record_type: str
    overwrite: bool
    region: str | None
    conn: Connection
    writer: BatchWriter | None
    now: datetime
    sink: Any  # apply.PreviewSink
    index: BulkIndex | None = None

    def __post_init__(self) -> None:
        self.table = table_of(self.record_type)
        region = self.region
        self.keys: dict[str, Key] = {
            "emails": lambda text: (email_keys([text]) or [text])[0],
            "phones": lambda text: phone_key(text, region) or text,  # as phone_keys
        }
        self.ids = IdPool()
        self.updated = 0
        self.unchanged = 0

    def apply(
        self,
        matched: Sequence[Any],
        incoming: Sequence[dict[str, Any]],
        tags: Sequence[Sequence[str]],
    ) -> None:
        """``matched`` (Decided), the values each brings, the tag ids each adds.

        A preview cannot read a record this import would have created: such a row counts as
        an update."""
        names: set[str] = set()
        for values_in in incoming:
            names.update(values_in)
        current = self._current(list({d.record_id for d in matched}), names)
        changed: dict[str, dict[str, Any]] = {}  # record id -> column values to write
        wanted = [(d.record_id, t) for d, ids in zip(matched, tags, strict=True) for t in ids]
        new_links = set(missing_links(self.conn, self.record_type, wanted)) if wanted else set()
        for d, values_in, tag_ids in zip(matched, incoming, tags, strict=True):
            values = current.get(d.record_id)
            if values is None:
                self.updated += 1
                self._show(d, "update", values_in)
                continue
            changes = diff(values, values_in, self.overwrite, self.keys)
            if changes:
                self._record(d, values, changes, changed)
            if changes or any((d.record_id, t) in new_links for t in tag_ids):
                self.updated += 1
                self._show(d, "update", changes)
            else:
                self.unchanged += 1
                self._show(d, "unchanged", {})
        if self.writer is not None:
            if changed:
                self.writer.update(self.record_type, changed.items(), {"updated_at": self.now})
                searched = _SEARCHED.get(self.record_type, frozenset())
                again = [i for i, columns in changed.items() if searched & columns.keys()]
                if self.index is not None and again:
                    self.index.refresh_later(self.record_type, again)
            add_links(self.writer, self.record_type, sorted(new_links), self.ids)
            self.writer.flush()

    def created(self) -> dict[str, int]:
        return dict(self.writer.created) if self.writer is not None else {}

    def _show(self, d: Any, action: str, values: dict[str, Any]) -> None:
        if self.sink.wants(d.row.number):
            self.sink.show(PreviewRow(d.row.number, action, dict(values), d.record_id))

    def _current(self, ids: list[str], names: set[str]) -> dict[str, dict[str, Any]]:
        """The matched records' values of the fields ``names`` (and those ``_derive`` reads), by
        field name (custom fields as ``custom.<key>``). Only these columns are read and
        converted: a whole row with its timestamps cost as much as the comparison."""
        table = self.table
        wanted = {name for name in names if name in table.c} | _DERIVED_FROM.get(
            self.record_type, frozenset()
        )
        custom = any(name.startswith(CUSTOM_PREFIX) for name in names)
        if custom:
            wanted.add("custom")
        wanted.discard("id")
        keys = sorted(wanted)
        lists = [name for name in _LISTS if name in wanted]
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(ids), 1000):
            rows = self.conn.execute(
                sa.select(*(table.c[key] for key in keys), table.c.id).where(
                    table.c.id.in_(ids[start : start + 1000])
                )
            )
            for row in rows:
                values = dict(zip(keys, row, strict=False))  # all but the id, the last column
                for name in lists:
                    text = values[name]
                    values[name] = tuple(text.split("\n")) if text else ()
                if custom:
                    for key, value in (values["custom"] or {}).items():
                        values[CUSTOM_PREFIX + key] = value
                found[row[-1]] = values
        return found

    def _record(
        self,
        d: Any,
        values: dict[str, Any],
        changes: dict[str, Any],
        changed: dict[str, dict[str, Any]],
    ) -> None:
        """Note the changes in ``values`` (for a later row of the same record), the columns to
        write (``updated_at`` is written for all alike), the log rows and (for records not
        created by this import) the old values."""
        record_id = d.record_id
        columns = changed.setdefault(record_id, {})
        old_text: dict[str, str | None] = {}  # field -> JSON
        new_text: dict[str, str | None] = {}
        custom: dict[str, Any] | None = None
        for name, new in changes.items():
            old = values.get(name)
            old_text[name] = "null" if old is None else _encoded(old)  # (the usual ones inline)
            new_text[name] = _TEXT_STRING(new) if type(new) is str else _encoded(new)
            values[name] = new
            if name.startswith(CUSTOM_PREFIX):
                if custom is None:  # a copy: the one written before may still be pending
                    custom = dict(values.get("custom") or {})
                    values["custom"] = columns["custom"] = custom
                custom[name[len(CUSTOM_PREFIX) :]] = jsonable(new)
            elif name in _LISTS:
                columns[name] = "\n".join(new)
            else:
                columns[name] = new
        self._derive(values, columns)
        if self.writer is None:
            return
        kind = self.record_type
        self.writer.add_sets(kind, record_id, (kind, record_id), old_text, new_text)
        if not d.created_match:
            self.writer.track(kind, record_id, "update", old_text, new_text)

    def _derive(self, values: dict[str, Any], columns: dict[str, Any]) -> None:
        if self.record_type == "contact" and {"first_name", "last_name", "emails"} & columns.keys():
            emails = values.get("emails") or ()
            columns["sort_name"] = sort_key(values.get("last_name"), values.get("first_name")) or (
                sort_key(emails[0]) if emails else ""
            )
        elif self.record_type == "company" and "name" in columns:
            columns["sort_name"] = sort_key(values.get("name"))


__all__ = ["Updater", "diff", "merged"]
