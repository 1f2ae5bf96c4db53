"""Records a row refers to by name: companies, contacts (of deals and tasks) and tags.

A name found among the live records links to that record; a name not found creates the record
in the same batch (once per distinct name), so that undo removes it with the rest. The names of
the live records are read once, before the first row. In a preview (no writer) nothing is
written: the records that would be created are counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from desktop_crm.services.importing.bulk import BatchWriter, IdPool
from desktop_crm.services.importing.convert import Converted
from desktop_crm.services.importing.mapping import split_full_name
from desktop_crm.services.importing.matching import NameIndex
from desktop_crm.services.writer import sort_key
from desktop_crm.store.models import (
    CompanyTagRecord,
    ContactTagRecord,
    DealTagRecord,
    TagRecord,
)

TAG_LINKS: dict[str, tuple[Any, str, str]] = {
    "contact": (ContactTagRecord, "contact_tag", "contact_id"),
    "company": (CompanyTagRecord, "company_tag", "company_id"),
    "deal": (DealTagRecord, "deal_tag", "deal_id"),
}


def load_tags(conn: Connection) -> dict[str, str]:
    """Folded tag name -> id of the live tags (the oldest of a name wins)."""
    tags: dict[str, str] = {}
    rows = conn.execute(
        sa.select(TagRecord.id, TagRecord.name)
        .where(TagRecord.deleted_at.is_(None))
        .order_by(TagRecord.created_at)
    )
    for tag_id, name in rows:
        tags.setdefault(name.casefold(), tag_id)
    return tags


@dataclass
class Linker:
    """Resolves the names of one import. ``writer`` None: a preview (nothing written)."""

    writer: BatchWriter | None
    now: datetime
    user_id: str | None
    ids: IdPool
    companies: NameIndex = field(default_factory=NameIndex)
    contacts: NameIndex = field(default_factory=NameIndex)
    tags: dict[str, str] = field(default_factory=dict)
    created: dict[str, int] = field(default_factory=dict)

    def _count(self, kind: str) -> None:
        self.created[kind] = self.created.get(kind, 0) + 1

    # ----- companies ---------------------------------------------------------------------
    def link_companies(self, rows: Sequence[Converted]) -> None:
        """Set ``company_id`` of every row with a company name; create the missing companies."""
        new_rows: list[dict[str, Any]] = []
        for row in rows:
            if not row.company:
                continue
            company_id = self.companies.get(row.company)
            if company_id is None:
                company_id = self.ids.next()
                self.companies.add(row.company, company_id)
                self._count("company")
                new_rows.append(self._company(company_id, row.company))
            row.values["company_id"] = company_id
        if self.writer is not None and new_rows:
            logged = [{"name": r["name"], "owner_id": r["owner_id"]} for r in new_rows]
            self.writer.insert("company", new_rows, [_no_none(v) for v in logged])

    def _company(self, company_id: str, name: str) -> dict[str, Any]:
        return {
            "id": company_id,
            "name": name,
            "sort_name": sort_key(name),
            "owner_id": self.user_id,
            "created_at": self.now,
            "updated_at": self.now,
            "custom": {},
        }

    # ----- contacts of deals and tasks ---------------------------------------------------
    def link_contacts(self, rows: Sequence[Converted]) -> dict[int, str]:
        """Row number -> contact id for rows with a contact name; creates missing contacts."""
        found: dict[int, str] = {}
        new_rows: list[dict[str, Any]] = []
        logged: list[dict[str, Any]] = []
        for row in rows:
            if not row.contact:
                continue
            contact_id = self.contacts.get(row.contact)
            if contact_id is None:
                contact_id = self.ids.next()
                self.contacts.add(row.contact, contact_id)
                self._count("contact")
                first, last = split_full_name(row.contact)
                values = {
                    "first_name": first or None,
                    "last_name": last or None,
                    "company_id": row.values.get("company_id"),
                    "owner_id": self.user_id,
                }
                new_rows.append(
                    {
                        **values,
                        "id": contact_id,
                        "sort_name": sort_key(last, first),
                        "created_at": self.now,
                        "updated_at": self.now,
                        "custom": {},
                        "no_email": False,
                        "no_calls": False,
                        "no_sms": False,
                    }
                )
                logged.append(_no_none(values))
            found[row.number] = contact_id
        if self.writer is not None and new_rows:
            self.writer.insert("contact", new_rows, logged)
        return found

    # ----- tags --------------------------------------------------------------------------
    def tag_ids(self, names: Sequence[str]) -> list[str]:
        """Ids of tags by name (folded, as the app compares them); missing tags are created."""
        ids = []
        for name in names:
            tag_id = self.tags.get(name.casefold())
            if tag_id is None:
                tag_id = self.ids.next()
                self.tags[name.casefold()] = tag_id
                self._count("tag")
                if self.writer is not None:
                    row = {
                        "id": tag_id,
                        "name": name,
                        "created_at": self.now,
                        "updated_at": self.now,
                    }
                    self.writer.insert("tag", [row], [{"name": name}])
            ids.append(tag_id)
        return ids

    def tag_new(self, record_type: str, pairs: Sequence[tuple[str, Sequence[str]]]) -> None:
        """Tag new records (they have no links yet)."""
        if self.writer is None or not pairs:
            return
        wanted = [
            (record_id, tag_id) for record_id, names in pairs for tag_id in self.tag_ids(names)
        ]
        add_links(self.writer, record_type, list(dict.fromkeys(wanted)), self.ids)


def add_links(
    writer: BatchWriter, record_type: str, links: Sequence[tuple[str, str]], ids: IdPool
) -> None:
    """Insert (record id, tag id) links, logged on the record's timeline."""
    if not links:
        return
    _model, entity, column = TAG_LINKS[record_type]
    rows = [
        {
            "id": ids.next(),
            column: record_id,
            "tag_id": tag_id,
            "created_at": writer.now,
            "updated_at": writer.now,
        }
        for record_id, tag_id in links
    ]
    logged = [{column: r[column], "tag_id": r["tag_id"]} for r in rows]
    writer.insert(entity, rows, logged, [(record_type, record_id) for record_id, _ in links])


def missing_links(
    conn: Connection, record_type: str, wanted: Sequence[tuple[str, str]]
) -> list[tuple[str, str]]:
    """The (record id, tag id) pairs of ``wanted`` the records do not have yet."""
    model, _entity, column = TAG_LINKS[record_type]
    ids = list({record_id for record_id, _ in wanted})
    have: set[tuple[str, str]] = set()
    for start in range(0, len(ids), 1000):
        have.update(
            (r[0], r[1])
            for r in conn.execute(
                sa.select(getattr(model, column), model.tag_id).where(
                    getattr(model, column).in_(ids[start : start + 1000]),
                    model.deleted_at.is_(None),
                )
            )
        )
    return [pair for pair in dict.fromkeys(wanted) if pair not in have]


def _no_none(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


__all__ = ["TAG_LINKS", "Linker", "add_links", "load_tags", "missing_links"]
