"""Engine setup: SQLite in WAL with FULL sync, foreign keys, busy timeout, BEGIN IMMEDIATE writes.

Writes start with ``BEGIN IMMEDIATE`` (measured: the deferred default lost updates between two
processes, plain BEGIN raised "database is locked"; IMMEDIATE with a 10 s busy timeout gave
neither). Read-only work uses ``read_connection()`` which begins a deferred transaction, so
readers never wait on the write lock. Any other database URL (PostgreSQL) is used as it is.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from desktop_crm.domain.errors import StorageError

BUSY_TIMEOUT_S = 10.0
READ_ONLY = "crm_read_only"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def create_file(path: Path) -> None:
    """Create an empty database file readable by its owner only (0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def make_engine(url: str) -> Engine:
    if not url.startswith("sqlite"):
        return sa.create_engine(url, pool_pre_ping=True)
    engine = sa.create_engine(
        url,
        connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own handling is broken
    # for DDL and for IMMEDIATE); see SQLAlchemy's "Serializable isolation" recipe.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()
        if mode and str(mode[0]).lower() != "wal":
            # a read-only file or folder cannot switch; reads still work
            pass
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def _on_begin(conn: Connection) -> None:
    if conn.get_execution_options().get(READ_ONLY):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def read_connection(engine: Engine) -> Iterator[Connection]:
    """A connection for reads only: a deferred transaction that never takes the write lock."""
    with engine.connect() as conn:
        conn = conn.execution_options(**{READ_ONLY: True})
        with conn.begin():
            yield conn


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def translate_operational_error(exc: BaseException) -> StorageError:
    """Turn a driver error into a StorageError with a code the UI can explain."""
    text = str(getattr(exc, "orig", exc) or exc).lower()
    if "locked" in text or "busy" in text:
        return StorageError(
            "The database is locked by another program; nothing was changed. Try again.",
            code="locked",
        )
    if "readonly" in text or "read-only" in text or "read only" in text:
        return StorageError(
            "The database file is read-only; nothing was changed.", code="read_only"
        )
    if "disk is full" in text or "full" in text:
        return StorageError("The disk is full; nothing was changed.", code="disk_full")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StorageError("The database file is damaged.", code="damaged")
    if "unable to open" in text:
        return StorageError("The database file cannot be opened.", code="cannot_open")
    return StorageError(f"Database error: {text}", code="database")
