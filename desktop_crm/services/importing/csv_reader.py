"""Streaming CSV/TSV/TXT reading: constant memory, decode errors and stray quotes named by row.

The file is decoded a chunk at a time by our own loop (not a ``TextIOWrapper``) so that a byte
the encoding cannot decode is reported with the row that holds it, after every earlier row.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from typing import BinaryIO, Protocol

from desktop_crm.services.importing import limits
from desktop_crm.services.importing.reader_types import (
    CancelledFn,
    Cell,
    ImportCancelled,
    ProgressFn,
    RawRow,
    fail,
)


class _Reader(Protocol):
    """What ``csv.reader`` returns (its class is private)."""

    line_num: int

    def __iter__(self) -> Iterator[list[str]]: ...

    def __next__(self) -> list[str]: ...


class _DecodeFailed(Exception):
    """Raised by the line source at the line that holds an undecodable byte."""

    def __init__(self, error: UnicodeDecodeError, line: int) -> None:
        super().__init__(str(error))
        self.error = error
        self.line = line


class _LineSource:
    """Yields the decoded lines of a binary file, line endings kept, as ``csv.reader`` wants."""

    def __init__(
        self,
        stream: BinaryIO,
        encoding: str,
        *,
        errors: str = "strict",
        total: int = 0,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
    ) -> None:
        self._stream = stream
        self._decoder = codecs.getincrementaldecoder(encoding)(errors)
        self._total = total
        self._progress = progress
        self._cancelled = cancelled
        self.lines_out = 0

    def chunks(self) -> Iterator[list[str]]:
        carry = ""
        done = 0
        while True:
            if self._cancelled is not None and self._cancelled():
                raise ImportCancelled()
            data = self._stream.read(limits.CSV_CHUNK_BYTES)
            final = not data
            text, failure = self._decode(data, final)
            done += len(data)
            if self._progress is not None and data:
                self._progress(done, max(self._total, done))
            lines = io.StringIO(carry + text, newline="").readlines()
            carry = ""
            if lines and not final:
                last = lines[-1]
                # a line cut by the chunk (or by a bad byte) waits for the rest; "\r" may be
                # followed by "\n" in the next chunk, unless a bad byte comes next
                if not last.endswith("\n") and not (failure and last.endswith("\r")):
                    carry = lines.pop()
            self.lines_out += len(lines)
            yield lines
            if failure is not None:
                raise _DecodeFailed(failure, self.lines_out + 1)
            if final:
                return

    def _decode(self, data: bytes, final: bool) -> tuple[str, UnicodeDecodeError | None]:
        pending = len(self._decoder.getstate()[0])
        state = self._decoder.getstate()
        try:
            return self._decoder.decode(data, final), None
        except UnicodeDecodeError as exc:
            self._decoder.setstate(state)
            good = max(exc.start - pending, 0)
            try:
                prefix = self._decoder.decode(data[:good], False)
            except UnicodeDecodeError:
                prefix = ""
            return prefix, exc


def _open_reader(
    stream: BinaryIO, encoding: str, delimiter: str, **source_args: object
) -> tuple[_LineSource, _Reader]:
    source = _LineSource(stream, encoding, **source_args)  # type: ignore[arg-type]
    return source, csv.reader(chain.from_iterable(source.chunks()), delimiter=delimiter)


def read_csv(
    path: Path,
    *,
    encoding: str,
    delimiter: str,
    header_row: int = 0,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Iterator[RawRow]:
    """Every non-blank record after ``header_row``, streamed; cells are strings."""
    total = path.stat().st_size
    with path.open("rb") as stream:
        _, reader = _open_reader(
            stream, encoding, delimiter, total=total, progress=progress, cancelled=cancelled
        )
        number = 0
        previous_line = 0
        width = 0
        try:
            for cells in reader:
                number += 1
                line = reader.line_num
                if line - previous_line > 1:
                    _check_span(cells, number, previous_line + 1, line, width, delimiter)
                previous_line = line
                if number <= header_row + 1:
                    if number == header_row + 1:
                        width = len(cells)
                    continue
                if any(cells):
                    yield RawRow(number, tuple(cells))
        except _DecodeFailed as exc:
            _fail_decode(exc, number + 1, encoding)
        except csv.Error as exc:
            _fail_csv(exc, number + 1, previous_line + 1)
        except OSError as exc:
            fail(
                "unreadable",
                f"Reading stopped at row {number + 1}: {exc}",
                row=number + 1,
                cause=exc,
            )


def preview_csv(path: Path, *, encoding: str, delimiter: str, limit: int = 50) -> list[list[Cell]]:
    """The first ``limit`` records, blank ones included, undecodable bytes shown as U+FFFD."""
    rows: list[list[Cell]] = []
    with path.open("rb") as stream:
        _, reader = _open_reader(stream, encoding, delimiter, errors="replace")
        previous_line = 0
        width = 0
        try:
            for cells in reader:
                line = reader.line_num
                if line - previous_line > 1:
                    _check_span(cells, len(rows) + 1, previous_line + 1, line, width, delimiter)
                previous_line = line
                width = max(width, len(cells))
                rows.append(list(cells))
                if len(rows) >= limit:
                    break
        except csv.Error as exc:
            _fail_csv(exc, len(rows) + 1, previous_line + 1)
    return rows


def _check_span(
    cells: list[str], number: int, first_line: int, last_line: int, width: int, delimiter: str
) -> None:
    """Refuse a record whose quoted field swallowed what looks like further rows."""
    span = last_line - first_line + 1
    if span > limits.MAX_RECORD_LINES:
        _fail_quote(number, first_line)
    if width < 2 or len(cells) == width:
        return
    needed = width - 1
    for cell in cells:
        if "\n" in cell or "\r" in cell:
            inner = cell.splitlines()[1:]
            if any(part.count(delimiter) >= needed for part in inner):
                _fail_quote(number, first_line)


def _fail_quote(number: int, line: int) -> None:
    fail(
        "unbalanced_quote",
        f"Row {number} (line {line}) opens a quoted field that is never closed, so the "
        'rows after it would be swallowed; fix the stray quote character (") and try again',
        row=number,
        line=line,
    )


def _fail_decode(exc: _DecodeFailed, number: int, encoding: str) -> None:
    byte = exc.error.object[exc.error.start : exc.error.start + 1].hex().upper()
    fail(
        "bad_encoding",
        f"Row {number} (line {exc.line}) holds a byte (0x{byte}) that is not valid "
        f"{encoding}; choose the file's encoding and try again",
        row=number,
        line=exc.line,
        encoding=encoding,
        cause=exc.error,
    )


def _fail_csv(exc: csv.Error, number: int, line: int) -> None:
    text = str(exc)
    if "field larger than field limit" in text:
        _fail_quote(number, line)
    fail("damaged", f"Row {number} cannot be read: {text}", row=number, line=line, cause=exc)
