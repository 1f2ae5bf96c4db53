"""Reading and converting rows in a second process, while the importing process writes.

The importing process spends its time matching and writing (SQL inserts, the change log, the
search index); reading the file and converting its cells (dates, numbers, phones, emails) is
Python work it need not do itself. The worker is a fresh interpreter (``spawn``: never a fork
of a process that runs Qt threads) that opens the file, samples its first rows (the date order
and decimal separators, exactly as ``job.sample`` does in-process), sends what the sample
found, then every row converted, a chunk at a time through a pipe whose buffer bounds how far
it runs ahead. The importing process never opens the file (a spreadsheet is loaded once, in
the worker) and starts on its own preparation (the match index) while the worker starts.

Everything the worker does is read-only: the transaction, and so "nothing half-imported",
stays in the importing process. Cancel or a failure there terminates the worker; a failure in
the worker (an unreadable row further down the file) is raised again in the importing process
with its row, as the reader raises it in-process. A worker that cannot start (ends before its
first message) is replaced by reading in-process.
"""

from __future__ import annotations

import multiprocessing

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
import os
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from itertools import chain, islice
from multiprocessing.connection import Connection
from typing import Any

from desktop_crm.domain import errors as domain_errors
from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.fields import FieldSpec
from desktop_crm.services.importing import reader_types
from desktop_crm.services.importing.convert import Converted, Lookups
from desktop_crm.services.importing.plan import DateWarning, ImportPlan, RowError
from desktop_crm.services.importing.reader_types import (
    CancelledFn,
    ImportCancelled,
    ProgressFn,
    RawRow,
)

CHUNK = 500  # rows per message (~130 KiB pickled)
# the pipe's buffer where the system lets it grow (Linux: 64 KiB by default): the worker then
# writes a few chunks ahead without waiting for the importing process to read, and a read
# finds a whole chunk there (measured: 12 ms of waiting per 1,000-row chunk with 64 KiB)
PIPE_BYTES = 1024 * 1024
# below this file size the worker's start (a new interpreter, ~0.3 s) costs more than it saves
MIN_BYTES = 2 * 1024 * 1024

# (number, cells of a failed row or None, values, company, contact, pipeline, stage, tags,
#  warnings) of a converted row; the errors take the place of the values on a failed row
Item = tuple[Any, ...]


@dataclass(frozen=True)
class WorkerSpec:
    """What the worker needs to read and convert rows as the importing process would."""

    plan: ImportPlan
    targets: tuple[str | None, ...]
    specs: dict[str, FieldSpec]
    names: tuple[str, ...]
    lookups: Lookups


@dataclass
class Sampled:
    """The first rows, read ahead, and what they say about the columns."""

    rows: list[RawRow]
    rest: Iterator[RawRow]
    date_order: str | None
    decimals: dict[int, str | None]
    warnings: list[DateWarning]

    def all_rows(self) -> Iterator[RawRow]:
        return chain(self.rows, self.rest)


def wanted(plan: ImportPlan, parallel: bool | None) -> bool:
    """Whether an import of ``plan`` reads in a worker: ``parallel`` when given, else for
    files of at least ``MIN_BYTES`` on a machine with more than one core."""
    if parallel is not None:
        return parallel
    try:
        size = os.path.getsize(plan.path)
    except OSError:
        return False
    return size >= MIN_BYTES and (os.cpu_count() or 1) > 1


class RowWorker:
    """The worker process and the importing process's end of its pipe."""

    def __init__(self, spec: WorkerSpec, target: Callable[..., object] | None = None) -> None:
        """Start the worker; ``target(pipe, spec)`` is its body (tests put in one that fails)."""
        context = multiprocessing.get_context("spawn")
        receive, send = context.Pipe(duplex=False)
        _widen(send)
        self._pipe: Connection = receive
        self._process = context.Process(
            target=target or _work, args=(send, spec), name="import-reader", daemon=True
        )
        self._process.start()
        send.close()  # only the worker writes: its end closing tells us it has gone

    def sampled(self, cancelled: CancelledFn | None) -> Sampled | None:
        """What the worker's sample of the first rows says about the columns (the date order
        and decimal separators its converters use); None when the worker ended without a
        word (it could not start here: the caller reads the file itself)."""
        try:
            message = self._receive(cancelled)
        except EOFError:
            return None
        if message[0] != "sampled":
            raise _rebuilt(message[1])
        return Sampled([], iter(()), message[1], message[2], message[3])

    def rows(
        self, progress: ProgressFn | None, cancelled: CancelledFn | None
    ) -> Iterator[tuple[RawRow, Converted | list[RowError]]]:
        """Every data row converted, in file order (a failed row with its cells, for the
        error file); ImportCancelled when ``cancelled()``."""
        while True:
            try:
                message = self._receive(cancelled)
            except EOFError:
                raise CrmError(
                    "The process reading the file stopped unexpectedly", code="reader_stopped"
                ) from None
            kind = message[0]
            if kind == "rows":
                if progress is not None and message[2] is not None:
                    progress(*message[2])
                for item in message[1]:
                    yield _unpacked(item)
            elif kind == "done":
                return
            else:
                raise _rebuilt(message[1])

    def _receive(self, cancelled: CancelledFn | None) -> Any:
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        return self._pipe.recv()

    def close(self) -> None:
        """Stop the worker (at once when it is still reading) and release the pipe."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=5)
        self._pipe.close()


def _widen(pipe: Connection) -> None:
    """Grow the pipe's buffer to ``PIPE_BYTES`` where the system allows it (Linux)."""
    set_size = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl is not None else None
    if set_size is None:
        return
    with suppress(OSError):  # above the system's limit: the default size does
        fcntl.fcntl(pipe.fileno(), set_size, PIPE_BYTES)


def _unpacked(item: Item) -> tuple[RawRow, Converted | list[RowError]]:
    number, cells, values = item[0], item[1], item[2]
    if cells is not None:
        return RawRow(number, cells), values
    row = Converted(number, values, item[3], item[4], item[5], item[6], item[7], item[8])
    return RawRow(number, ()), row


def _packed(raw: RawRow, result: Converted | list[RowError]) -> Item:
    if type(result) is list:
        return (raw.number, raw.cells, result)
    assert isinstance(result, Converted)
    return (
        raw.number,
        None,
        result.values,
        result.company,
        result.contact,
        result.pipeline,
        result.stage,
        result.tags,
        result.warnings,
    )


# ----- the worker's side ------------------------------------------------------------------------


def _work(pipe: Connection, spec: WorkerSpec) -> None:
    """The worker process: convert every row after the sample and send them in chunks."""
    try:
        seen: list[tuple[int, int] | None] = [None]

        def progress(done: int, total: int) -> None:
            seen[0] = (done, total)

        from desktop_crm.services.importing.sampling import build_converter, open_rows, sample

        plan = spec.plan
        sampled = sample(
            open_rows(plan, progress, None), spec.targets, spec.specs, spec.names, plan
        )
        order, decimals = sampled.date_order, sampled.decimals
        pipe.send(("sampled", order, decimals, sampled.warnings))
        converter = build_converter(
            plan, spec.targets, spec.specs, spec.names, order, decimals, spec.lookups
        )
        rows = sampled.all_rows()
        convert = converter.convert
        while True:
            chunk = [_packed(raw, convert(raw)) for raw in islice(rows, CHUNK)]
            if not chunk:
                break
            pipe.send(("rows", chunk, seen[0]))
        pipe.send(("done",))
    except BaseException as exc:  # sent to the importing process, raised there
        with suppress(OSError, ValueError):  # the importing process gone: nobody to tell
            pipe.send(("error", _described(exc)))
    finally:
        pipe.close()


def _described(exc: BaseException) -> tuple[str, str, str, dict[str, Any]]:
    """An exception as plain data (our errors' constructors differ, pickling them may not)."""
    state = {k: v for k, v in vars(exc).items() if _plain(v)}
    return type(exc).__module__, type(exc).__name__, str(exc.args[0] if exc.args else exc), state


def _plain(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool | dict | list | tuple)


_KNOWN = {
    "desktop_crm.domain.errors": domain_errors,
    "desktop_crm.services.importing.reader_types": reader_types,
}


def _rebuilt(described: tuple[str, str, str, dict[str, Any]]) -> BaseException:
    module_name, name, message, state = described
    module = _KNOWN.get(module_name)
    kind = getattr(module, name, None) if module is not None else None
    if isinstance(kind, type) and issubclass(kind, CrmError):
        error = kind.__new__(kind)
        Exception.__init__(error, message)
        error.__dict__.update(state)
        return error
    return CrmError(f"Reading the file failed: {name}: {message}", code="reader_failed")


__all__ = ["MIN_BYTES", "RowWorker", "Sampled", "WorkerSpec", "wanted"]
