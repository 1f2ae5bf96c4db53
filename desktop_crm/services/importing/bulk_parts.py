"""The pieces a bulk write is made with: new record keys drawn a block at a time, the Core
table of a record type, the runner of the statements, and values written into a statement once.

:class:`Runner` can run a long ``INSERT … SELECT`` on a worker thread while the calling thread
converts rows. The import no longer does: indexing each chunk for search that way cost more
CPU than indexing everything once at the end (and grew with the file: 52 µs a row at 400,000
new contacts against 35 once), see ``store.bulk_index``.
"""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

import sqlalchemy as sa
import uuid6
from sqlalchemy.engine import Connection

from desktop_crm.store.models import ENTITY_MODELS


def id_block(count: int) -> list[str]:
    """``count`` new UUIDv7 keys in increasing order, ~5x faster than one ``new_id()`` each.

    One UUIDv7 is drawn and the next ones count up in its 62 random bits (RFC 9562's
    monotonic random method): time-ordered, unique, appended to the key's B-tree in order.
    """
    first = uuid6.uuid7().int
    mask = (1 << 62) - 1
    if (first & mask) + count > mask:
        first -= count
    out = []
    for value in range(first, first + count):
        text = f"{value:032x}"
        out.append(f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}")
    return out


class IdPool:
    """New record keys drawn a block at a time."""

    def __init__(self, block: int = 4096) -> None:
        self._block = block
        self._ids: list[str] = []

    def next(self) -> str:
        if not self._ids:
            self._ids = id_block(self._block)
            self._ids.reverse()
        return self._ids.pop()


def table_of(entity: str) -> sa.Table:
    return table(ENTITY_MODELS[entity])


def table(model: type[Any]) -> sa.Table:
    """The Core table of an ORM model."""
    found: sa.Table = model.__table__
    return found


class Runner:
    """Runs the database work of a bulk write: statements inline, one long statement at a time
    on a worker thread (``background``) while the calling thread goes on converting rows.

    Only statements that run in SQLite from start to end without Python go to the worker (the
    search index's ``INSERT … SELECT``): an ``executemany`` needs the interpreter lock for every
    row, and sharing it between two threads made the import slower (measured 22 s against 15 s
    for 100,000 rows), whereas an ``INSERT … SELECT`` releases it throughout. ``submit`` waits
    for the worker first, so the connection is never used by two threads at once. A failure in
    the worker is raised again at the next ``submit``, ``background`` or ``wait``.
    """

    def __init__(self, threaded: bool = False) -> None:
        self.threaded = threaded
        self._queue: queue.Queue[Callable[[], None] | None] = queue.Queue(1)
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        if threaded:
            self._thread = threading.Thread(target=self._work, name="import-index", daemon=True)
            self._thread.start()

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            try:
                if job is None:
                    return
                if self._error is None:
                    job()
            except BaseException as exc:  # handed to the submitting thread
                self._error = exc
            finally:
                self._queue.task_done()

    def wait(self) -> None:
        """Until the worker is idle; raises what it failed with."""
        if self.threaded:
            self._queue.join()
            if self._error is not None:
                error, self._error = self._error, None
                raise error

    def submit(self, job: Callable[[], None]) -> None:
        """Run ``job`` now, in this thread, after the worker's job."""
        self.wait()
        job()

    def background(self, job: Callable[[], None]) -> None:
        """Run ``job`` on the worker (inline when not threaded); returns at once."""
        if not self.threaded:
            job()
            return
        self.wait()
        self._queue.put(job)

    def close(self) -> None:
        if self._thread is None:
            return
        self._queue.put(None)
        self._thread.join()
        self._thread = None

    def __enter__(self) -> Runner:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if kind is None:
                self.wait()
        finally:
            self.close()


INLINE = Runner()


def constant(conn: Connection, column: sa.Column[Any], value: Any) -> Any:
    """``value`` as an SQL literal for ``column``: written into the statement once, so that an
    executemany does not convert it again for every row."""
    if isinstance(column.type, sa.JSON):
        text = json.dumps(value, ensure_ascii=False).replace("'", "''")
        return sa.literal_column(f"'{text}'")
    literal = sa.literal(value, column.type)
    return sa.literal_column(
        literal.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}).string
    )


__all__ = ["INLINE", "IdPool", "Runner", "constant", "id_block", "table", "table_of"]
