"""Reading a file to import, whatever its format: the one module callers need.

``inspect`` says what the file is; ``preview`` gives its first raw rows (for the sheet/header
step); ``detect_header`` and ``header_names`` pick and clean the header; ``iter_rows`` streams the
rows after it. Every failure is an :class:`ImportFileError` with a ``code`` the UI translates
(``not_found``, ``empty``, ``header_only``, ``binary``, ``unsupported``, ``truncated``,
``damaged``, ``password_protected``, ``too_big``, ``zip_bomb``, ``unsafe_xml``,
``bad_encoding``, ``unbalanced_quote``, ``sheet_not_found``, ``unreadable``) and
``row``/``column`` when known.
A Cancel seen through ``cancelled()`` raises :class:`ImportCancelled`.

Blank cells are ``""`` in every format. ``iter_rows`` skips blank rows (their numbers stay
counted). CSV cells are strings; spreadsheet cells are typed; vCard rows are
:data:`VCARD_FIELDS`, with the birthday a ``date`` when the card gives a year.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from desktop_crm.services.importing import limits
from desktop_crm.services.importing.csv_reader import preview_csv, read_csv
from desktop_crm.services.importing.read_detect import (
    DELIMITERS,
    ENCODINGS,
    canonical_encoding,
    check_not_binary,
    detect_delimiter,
    detect_encoding,
    read_sample,
    sniff_kind,
)
from desktop_crm.services.importing.read_header import detect_header, header_names, require_data
from desktop_crm.services.importing.reader_types import (
    KINDS,
    CancelledFn,
    Cell,
    CellError,
    FileInfo,
    ImportCancelled,
    ProgressFn,
    RawRow,
    fail,
)
from desktop_crm.services.importing.sheet_reader import prepare, read_sheet, sheet_names, sheet_rows
from desktop_crm.services.importing.vcard_reader import VCARD_FIELDS, read_cards, read_vcard

__all__ = [
    "DELIMITERS",
    "ENCODINGS",
    "KINDS",
    "VCARD_FIELDS",
    "CancelledFn",
    "Cell",
    "CellError",
    "FileInfo",
    "ImportCancelled",
    "ProgressFn",
    "RawRow",
    "detect_header",
    "header_names",
    "inspect",
    "iter_rows",
    "preview",
    "require_data",
]

_TAB_SUFFIXES = (".tsv", ".tab")


def inspect(path: str | os.PathLike[str], *, encoding: str | None = None) -> FileInfo:
    """What the file is: kind, sheets, encoding (with how sure we are), delimiter, size."""
    path, size, head = _open_check(path)
    kind = sniff_kind(path, head)
    if kind in ("csv", "vcf"):
        return _inspect_text(path, kind, size, encoding)
    names = sheet_names(prepare(path, kind, size))
    if not names:
        fail("empty", "The workbook has no sheets")
    return FileInfo(path, kind, names, None, True, None, size)


def preview(
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    limit: int = 50,
) -> list[list[Cell]]:
    """The first ``limit`` rows as they are in the file, blank and title rows included.

    Row ``i`` of the result is row ``i + 1`` of the file. Text that the encoding cannot decode
    shows as U+FFFD here (so that the user can see the wrong choice), where ``iter_rows`` fails.
    """
    info = _resolve(path, encoding, delimiter)
    if info.kind == "csv":
        assert info.encoding is not None and info.delimiter is not None
        return preview_csv(info.path, encoding=info.encoding, delimiter=info.delimiter, limit=limit)
    if info.kind == "vcf":
        assert info.encoding is not None
        header: list[Cell] = list(VCARD_FIELDS)
        cards = islice(read_cards(info.path, info.encoding), max(limit - 1, 0))
        return [header, *cards][:limit]
    plan = prepare(info.path, info.kind, info.size)
    return list(islice(sheet_rows(plan, sheet), limit))


def iter_rows(
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    header_row: int = 0,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Iterator[RawRow]:
    """The non-blank rows after ``header_row`` (an index into :func:`preview`), streamed.

    Checks the file when called; reading errors are raised while iterating, with the row.
    Rows keep as many cells as the file gives them (the caller reports a count that differs
    from the header's). ``progress(done, total)`` counts bytes (CSV, vCard) or rows
    (spreadsheets).
    """
    info = _resolve(path, encoding, delimiter)
    if info.kind == "csv":
        assert info.encoding is not None and info.delimiter is not None
        return read_csv(
            info.path,
            encoding=info.encoding,
            delimiter=info.delimiter,
            header_row=header_row,
            progress=progress,
            cancelled=cancelled,
        )
    if info.kind == "vcf":
        assert info.encoding is not None
        return read_vcard(
            info.path,
            info.encoding,
            header_row=header_row,
            progress=progress,
            cancelled=cancelled,
        )
    plan = prepare(info.path, info.kind, info.size)
    return read_sheet(plan, sheet, header_row=header_row, progress=progress, cancelled=cancelled)


def _open_check(path: str | os.PathLike[str]) -> tuple[Path, int, bytes]:
    path = Path(path)
    try:
        if not path.is_file():
            fail("not_found", f"There is no file {str(path)!r}", path=str(path))
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(16)
    except OSError as exc:
        fail(
            "not_found",
            f"The file {str(path)!r} cannot be opened: {exc.strerror}",
            path=str(path),
            cause=exc,
        )
    if size == 0:
        fail("empty", "The file is empty")
    return path, size, head


def _inspect_text(path: Path, kind: str, size: int, encoding: str | None) -> FileInfo:
    head, sample = read_sample(path, size)
    if encoding is not None:
        chosen, confident = _forced(encoding, head), True
    else:
        chosen, confident = detect_encoding(head, sample)
    text = head[: limits.DELIMITER_SAMPLE_CHARS * 4].decode(chosen, errors="replace")
    text = text.lstrip("\ufeff")[: limits.DELIMITER_SAMPLE_CHARS]
    if size <= len(head) and not text.strip(" \t\r\n,;|\x1a"):
        fail("empty", "The file holds no data")
    if kind == "vcf":
        if "BEGIN:VCARD" not in text.upper():
            fail("empty", "The file holds no vCard contacts (no BEGIN:VCARD line)")
        return FileInfo(path, "vcf", (), chosen, confident, None, size)
    if len(text) == limits.DELIMITER_SAMPLE_CHARS and "\n" in text:
        text = text[: text.rfind("\n") + 1]
    preferred = "\t" if path.suffix.lower() in _TAB_SUFFIXES else ","
    return FileInfo(path, "csv", (), chosen, confident, detect_delimiter(text, preferred), size)


def _resolve(path: str | os.PathLike[str], encoding: str | None, delimiter: str | None) -> FileInfo:
    """Enough of :func:`inspect` to read: skips the guesses the caller already made."""
    checked, size, head = _open_check(path)
    kind = sniff_kind(checked, head)
    if kind in ("csv", "vcf"):
        if encoding is None or (kind == "csv" and delimiter is None):
            info = _inspect_text(checked, kind, size, encoding)
            return FileInfo(
                checked,
                kind,
                (),
                info.encoding,
                info.encoding_confident,
                delimiter or info.delimiter,
                size,
            )
        return FileInfo(checked, kind, (), _forced(encoding, head), True, delimiter, size)
    return FileInfo(checked, kind, (), None, True, None, size)


def _forced(encoding: str, head: bytes) -> str:
    """The encoding the user chose, checked; "utf-8" on a file with a BOM drops the BOM."""
    chosen = canonical_encoding(encoding)
    check_not_binary(head, chosen)
    if chosen == "utf-8" and head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    return chosen
