"""The import benchmark's yardsticks: the practical limit (the reader alone plus raw ``sqlite3``
``executemany`` of the same rows) and the floor (the reader plus every write an import must
make, with no conversion), each on its own copy of the base database."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_crm.domain.ids import new_id
from desktop_crm.services.importing import readers
from desktop_crm.services.importing.bulk import id_block
from desktop_crm.services.importing.engine import CACHE_KIB


def copy_db(db: Path, target_dir: Path) -> Path:
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / "crm.db"
    shutil.copyfile(db, target)
    return target


def settle() -> None:
    """Write out what earlier steps left in the page cache (copies of a 140 MiB database), so
    that their write-back does not compete with the step being timed (measured: the .xlsx
    import 5.2 s alone, 6.6 s right after the practical-limit step)."""
    if hasattr(os, "sync"):
        os.sync()


def limit(path: Path, db: Path, work: Path) -> tuple[float, float, int]:
    """(seconds reading, seconds of raw executemany, rows): the reader alone, then the same
    rows as they are into the contacts table of a copy of the base (its indexes, no search
    trigger), 50,000 at a time (only the executemany is timed)."""
    started = time.perf_counter()
    rows = sum(1 for _ in readers.iter_rows(path))
    read = time.perf_counter() - started
    copy = copy_db(db, work / "limit")
    settle()
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute("DROP TRIGGER search_contact_ins")  # the limit of storing, not of indexing
    stamp = datetime.now(UTC).isoformat(" ")
    sql = (
        "INSERT INTO contacts (id, first_name, last_name, emails, phones, job_title, city,"
        " country, birthday, source, lifecycle_stage, notes, created_at, updated_at, custom,"
        " no_email, no_calls, no_sms, sort_name) VALUES (" + ",".join("?" * 18) + ", '')"
    )
    insert = 0.0
    conn.execute("BEGIN IMMEDIATE")
    batch: list[tuple[Any, ...]] = []
    for raw in readers.iter_rows(path):
        cells = [str(c) for c in raw.cells[:12]]
        batch.append((new_id(), *cells[:4], *cells[5:12], stamp, stamp, "{}", 0, 0, 0))
        if len(batch) == 50_000:
            insert += _timed_executemany(conn, sql, batch)
            batch = []
    insert += _timed_executemany(conn, sql, batch)
    started = time.perf_counter()
    conn.execute("COMMIT")
    insert += time.perf_counter() - started
    conn.close()
    return read, insert, rows


def floor(path: Path, db: Path, work: Path, names: tuple[str, ...]) -> tuple[float, int]:
    """(seconds, rows) of the writes an import cannot do without, with no conversion at all:
    the rows as read into the contacts table, one ``create`` row each in the change log and
    in the batch's record, the search index built in one set statement per FTS table, the
    commit. The import's rate can get close to this, never above it: whatever the parsing
    and matching cost comes on top (or runs beside it, on the other core)."""
    copy = copy_db(db, work / "floor")
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    conn.execute("DROP TRIGGER search_contact_ins")
    stamp = datetime.now(UTC).isoformat(" ")
    contact_sql = (
        "INSERT INTO contacts (id, first_name, last_name, emails, phones, job_title, city,"
        " country, birthday, source, lifecycle_stage, notes, created_at, updated_at, custom,"
        " no_email, no_calls, no_sms, sort_name) VALUES (" + ",".join("?" * 18) + ", '')"
    )
    log_sql = (
        "INSERT INTO field_changes (changeset_id, entity, entity_id, record_type, record_id,"
        " op, field, old_value, new_value, at, hlc, node_id, user_id) VALUES ('floor',"
        f" 'contact', ?, 'contact', ?, 'create', '*', NULL, ?, '{stamp}', ?, 'node', NULL)"
    )
    track_sql = (
        "INSERT INTO import_records (batch_id, entity, entity_id, seq, action)"
        " VALUES ('floor', 'contact', ?, ?, 'create')"
    )
    seconds, rows = 0.0, 0
    conn.execute("BEGIN IMMEDIATE")
    first_rowid = int(conn.execute("SELECT coalesce(max(rowid), 0) FROM contacts").fetchone()[0])
    for batch in _batches(readers.iter_rows(path), 50_000):
        ids = id_block(len(batch))
        cells = [[str(c) for c in raw.cells[:12]] for raw in batch]
        contacts = [
            (ids[i], *c[:4], *c[5:12], stamp, stamp, "{}", 0, 0, 0) for i, c in enumerate(cells)
        ]
        logs = [
            (
                ids[i],
                ids[i],
                json.dumps(dict(zip(names, c, strict=False)), ensure_ascii=False),
                f"{rows + i:020d}",
            )
            for i, c in enumerate(cells)
        ]
        tracks = [(ids[i], rows + i) for i in range(len(batch))]
        started = time.perf_counter()
        conn.executemany(contact_sql, contacts)
        conn.executemany(log_sql, logs)
        conn.executemany(track_sql, tracks)
        seconds += time.perf_counter() - started
        rows += len(batch)
    started = time.perf_counter()
    _index_floor(conn, first_rowid)
    conn.execute("COMMIT")
    seconds += time.perf_counter() - started
    conn.close()
    return seconds, rows


def _index_floor(conn: sqlite3.Connection, after_rowid: int) -> None:
    from desktop_crm.store import search

    for fts in ("search_tri", "search_words"):
        conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES('automerge', 0)")
    first = int(conn.execute("SELECT coalesce(max(doc_id), 0) FROM search_docs").fetchone()[0])
    conn.execute(
        "INSERT INTO search_docs(record_type, record_id) SELECT 'contact', id FROM contacts"
        " WHERE rowid > ? ORDER BY rowid",
        (after_rowid,),
    )
    body = search._contact_body("c", "co.name")
    conn.execute(
        f"CREATE TEMP TABLE floor_bodies AS SELECT d.doc_id AS doc_id, {body} AS body"
        " FROM search_docs d JOIN contacts c ON c.id = d.record_id"
        " LEFT JOIN companies co ON co.id = c.company_id WHERE d.doc_id > ?",
        (first,),
    )
    for fts in ("search_tri", "search_words"):
        conn.execute(f"INSERT INTO {fts}(rowid, body) SELECT doc_id, body FROM temp.floor_bodies")


def _batches(rows: Iterator[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _timed_executemany(conn: sqlite3.Connection, sql: str, rows: list[tuple[Any, ...]]) -> float:
    started = time.perf_counter()
    conn.executemany(sql, rows)
    return time.perf_counter() - started


__all__ = ["copy_db", "floor", "limit", "settle"]
