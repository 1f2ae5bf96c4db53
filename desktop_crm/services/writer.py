"""One user action = one transaction = one changeset of recorded field changes.

``Context.write()`` opens a write transaction (BEGIN IMMEDIATE on SQLite) and yields a
``Writer`` whose ``create`` / ``set`` methods change records *and* log every field change with
its old and new value, a hybrid-logical-clock stamp and the node id. The timeline, undo/redo
and (later) sync all read that log.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from desktop_crm.domain.clock import HybridClock
from desktop_crm.domain.errors import ConflictError, CrmError, NotFoundError
from desktop_crm.domain.fields import CUSTOM_PREFIX, encode
from desktop_crm.domain.records import Change
from desktop_crm.store.engine import READ_ONLY, translate_operational_error
from desktop_crm.store.models import (
    ENTITY_MODELS,
    ChangesetRecord,
    FieldChangeRecord,
)
from desktop_crm.store.types import utcnow

LIST_FIELDS = {("contact", "emails"), ("contact", "phones")}
_MISSING: Any = object()


def to_column(entity: str, name: str, value: Any) -> Any:
    if (entity, name) in LIST_FIELDS:
        return "\n".join(value) if value else None
    return value


def from_column(entity: str, name: str, value: Any) -> Any:
    if (entity, name) in LIST_FIELDS:
        return tuple(value.split("\n")) if value else ()
    return value


def sort_key(*parts: str | None) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip()).casefold()[:400]


@dataclass
class Context:
    """What every service shares: the engine, the clock and who is working."""

    engine: Engine
    clock: HybridClock
    user_id: str | None = None

    @contextlib.contextmanager
    def write(self, description: str, kind: str = "edit") -> Iterator[Writer]:
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                writer = Writer(session, self, description, kind)
                yield writer
                writer.finish()
        except CrmError:
            raise
        except (sa_exc.OperationalError, sa_exc.DatabaseError) as exc:
            raise translate_operational_error(exc) from exc

    def session(self) -> Session:
        """A session for reads only: a deferred transaction that never waits for the write lock
        (``write()`` is the way to change data)."""
        return Session(self.engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False)


@dataclass
class Writer:
    session: Session
    ctx: Context
    description: str
    kind: str = "edit"
    reverts_id: str | None = None
    entities: set[tuple[str, str]] = field(default_factory=set)
    created_id: str | None = None
    _changeset: ChangesetRecord | None = None
    _count: int = 0

    def __post_init__(self) -> None:
        self.now = utcnow()

    @property
    def changeset_id(self) -> str:
        if self._changeset is None:
            self._changeset = ChangesetRecord(
                created_at=self.now,
                user_id=self.ctx.user_id,
                description=self.description,
                kind=self.kind,
                reverts_id=self.reverts_id,
            )
            self.session.add(self._changeset)
            self.session.flush()
        return self._changeset.id

    def get(self, entity: str, entity_id: str) -> Any:
        obj = self.session.get(ENTITY_MODELS[entity], entity_id)
        if obj is None:
            raise NotFoundError(entity, entity_id)
        return obj

    def create(
        self, entity: str, values: dict[str, Any], record: tuple[str, str] | None = None
    ) -> Any:
        """Insert a record; the log keeps its first values (undo of a create is a soft delete)."""
        model = ENTITY_MODELS[entity]
        obj = model(**{k: to_column(entity, k, v) for k, v in values.items()})
        obj.created_at = obj.updated_at = self.now
        self.session.add(obj)
        _derive(entity, obj)
        self.session.flush()
        obj_id: str = obj.id
        owner = record or (entity, obj_id)
        self._log(entity, obj_id, owner, "create", "*", None, encode(values))
        if self.created_id is None:
            self.created_id = obj_id
        return obj

    def set(
        self,
        entity: str,
        entity_id: str,
        name: str,
        value: Any,
        *,
        record: tuple[str, str] | None = None,
        expected: Any = _MISSING,
    ) -> bool:
        """Change one field; log old and new. ``expected``: the value the user saw, else conflict.
        Returns False when the value was already there (nothing logged)."""
        obj = self.get(entity, entity_id)
        old = read_field(entity, obj, name)
        if expected is not _MISSING and encode(old) != encode(expected):
            raise ConflictError(
                f"{entity} {entity_id}: {name} was changed elsewhere meanwhile",
                field=name,
                current=old,
            )
        if encode(old) == encode(value):
            return False
        write_field(entity, obj, name, value)
        obj.updated_at = self.now
        _derive(entity, obj)
        owner = record or (entity, entity_id)
        self._log(entity, entity_id, owner, "set", name, encode(old), encode(value))
        return True

    def _log(
        self,
        entity: str,
        entity_id: str,
        record: tuple[str, str],
        op: str,
        name: str,
        old: str | None,
        new: str | None,
    ) -> None:
        self.session.add(
            FieldChangeRecord(
                changeset_id=self.changeset_id,
                entity=entity,
                entity_id=entity_id,
                record_type=record[0],
                record_id=record[1],
                op=op,
                field=name,
                old_value=old,
                new_value=new,
                at=self.now,
                hlc=self.ctx.clock.now(),
                node_id=self.ctx.clock.node_id,
                user_id=self.ctx.user_id,
            )
        )
        self.entities.add(record)
        self.entities.add((entity, entity_id))
        self._count += 1

    def finish(self) -> None:
        self.session.flush()

    def change(self) -> Change:
        return Change(
            changeset_id=self._changeset.id if self._changeset else "",
            description=self.description,
            entities=frozenset(self.entities),
            created_id=self.created_id,
        )


def read_field(entity: str, obj: Any, name: str) -> Any:
    if name.startswith(CUSTOM_PREFIX):
        return (obj.custom or {}).get(name[len(CUSTOM_PREFIX) :])
    return from_column(entity, name, getattr(obj, name))


def write_field(entity: str, obj: Any, name: str, value: Any) -> None:
    if name.startswith(CUSTOM_PREFIX):
        custom = dict(obj.custom or {})
        key = name[len(CUSTOM_PREFIX) :]
        if value is None or value == () or value == "":
            custom.pop(key, None)
        else:
            custom[key] = _jsonable(value)
        obj.custom = custom
        return
    setattr(obj, name, to_column(entity, name, value))


def _jsonable(value: Any) -> Any:
    import json

    return json.loads(encode(value))


def _derive(entity: str, obj: Any) -> None:
    """Keep derived columns (sort keys) in step with what they derive from."""
    if entity == "contact":
        obj.sort_name = sort_key(obj.last_name, obj.first_name) or sort_key(
            (obj.emails or "").split("\n")[0]
        )
    elif entity == "company":
        obj.sort_name = sort_key(obj.name)
