"""Checks on an .xlsx/.ods zip before calamine reads it: zip bombs, entity payloads, error cells.

calamine itself refuses custom entities (billion laughs, XXE) with an opaque XmlError and trusts
the sizes a zip declares; here the file is checked first so the user gets a clear reason:

* the declared sizes and ratios (``zipfile.infolist``, nothing inflated yet);
* the head of every XML member for ``<!DOCTYPE``/``<!ENTITY`` before the root element (where
  XML allows them; calamine refuses any entity it does not know, so none can hide later);
* every member calamine will parse is inflated once, counting what it really produces, so a
  member that inflates past its declared size is a bomb, whatever its header says. The same pass
  over a worksheet collects its error cells (``t="e"``), which python-calamine turns into "".
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from defusedxml import ElementTree

from desktop_crm.services.importing import limits
from desktop_crm.services.importing.reader_types import CellError, fail

ErrorCells = dict[tuple[int, int], CellError]
"""(0-based row, 0-based column) -> the error the cell shows."""

_XML_SUFFIXES = (".xml", ".rels", ".vml")
_ROOT_START = re.compile(rb"<[A-Za-z_]")
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ERROR_CELL = re.compile(
    rb"<(?:\w+:)?c\s([^>]*?\bt=[\"']e[\"'][^>]*)>(.*?)</(?:\w+:)?c>", re.DOTALL
)
_REF = re.compile(rb"\br=[\"']([A-Z]{1,3})([0-9]+)[\"']")
_ERROR_MARK = re.compile(rb"t=[\"']e[\"']")
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
_OUT_CHUNK = 1024 * 1024
_IN_CHUNK = 64 * 1024  # small input blocks keep zlib's unconsumed_tail (a copy) small
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def check_size(size: int) -> None:
    if size > limits.MAX_WORKBOOK_BYTES:
        fail(
            "too_big",
            f"The workbook is {size // limits.MiB} MiB; workbooks over "
            f"{limits.MAX_WORKBOOK_BYTES // limits.MiB} MiB cannot be imported. Save the sheet "
            "as CSV (which is read as a stream, at any size) and import that",
            size=size,
            limit=limits.MAX_WORKBOOK_BYTES,
        )


@contextmanager
def _zip_errors() -> Iterator[None]:
    try:
        yield
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        fail("truncated", f"The workbook is damaged or was cut short ({exc})", cause=exc)
    except NotImplementedError as exc:
        fail(
            "unsupported", f"The workbook uses a zip feature that cannot be read ({exc})", cause=exc
        )


def check_archive(path: Path) -> list[zipfile.ZipInfo]:
    """Declared sizes, ratios and XML heads of every member; returns the members."""
    with _zip_errors():
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
        _check_declared(members)
        with path.open("rb") as stream:
            for info in members:
                if info.filename.lower().endswith(_XML_SUFFIXES):
                    _check_xml_head(info.filename, _head(stream, info))
    return members


def verify_members(path: Path, members: Iterable[zipfile.ZipInfo]) -> None:
    """Inflate each member once, counting real output against its declared size."""
    with _zip_errors(), path.open("rb") as stream:
        for info in members:
            for _ in _inflate(stream, info):
                pass


def scan_sheet(path: Path, info: zipfile.ZipInfo) -> ErrorCells:
    """Inflate a worksheet once (verifying it) and collect its error cells."""
    errors: ErrorCells = {}
    carry = b""  # what follows the last complete cell seen
    with _zip_errors(), path.open("rb") as stream:
        for out in _inflate(stream, info):
            seam = carry[-8:] + out[:8]
            if not any(_ERROR_MARK.search(part) for part in (carry, seam, out)):
                cut = _last_cell_end(out)
                carry = carry + out if cut == 0 else out[cut:]
            else:
                buffer = carry + out
                cut = _last_cell_end(buffer)
                _collect_errors(buffer[:cut], errors)
                carry = buffer[cut:]
            if len(carry) > 8 * _OUT_CHUNK:  # no cell ends in 8 MiB: not a real worksheet
                carry = carry[-_OUT_CHUNK:]
        _collect_errors(carry, errors)
    return errors


def worksheet_members(path: Path, members: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    """Sheet name -> its worksheet member of an .xlsx (read from workbook.xml and its rels)."""
    by_name = {info.filename: info for info in members}
    try:
        with zipfile.ZipFile(path) as archive:
            workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
            rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except Exception:  # an odd workbook: the caller then verifies every worksheet
        return {}
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{_NS_PKG}Relationship")}
    result: dict[str, zipfile.ZipInfo] = {}
    for sheet in workbook.iter(f"{_NS_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_NS_REL}id"), "")
        name = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        info = by_name.get(posixpath.normpath(name))
        if info is not None:
            result[sheet.get("name", "")] = info
    return result


def _check_declared(members: list[zipfile.ZipInfo]) -> None:
    if len(members) > limits.MAX_ZIP_MEMBERS:
        _fail_bomb(f"it holds {len(members)} files")
    total = 0
    for info in members:
        if info.flag_bits & 0x1:
            fail(
                "password_protected",
                "The workbook is encrypted; save it without a password and import it again",
            )
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.RATIO_CHECK_MIN_BYTES and ratio > limits.MAX_COMPRESSION_RATIO:
            _fail_bomb(f"{info.filename} expands {ratio:.0f} times")
    if total > limits.MAX_UNCOMPRESSED_BYTES:
        _fail_bomb(f"it expands to {total // limits.MiB} MiB")


def _fail_bomb(reason: str) -> None:
    fail(
        "zip_bomb",
        f"The workbook was refused because {reason}, beyond what a real spreadsheet does "
        f"(limits: {limits.MAX_UNCOMPRESSED_BYTES // limits.MiB} MiB in all, "
        f"{limits.MAX_COMPRESSION_RATIO}x per file)",
        reason=reason,
    )


def _head(stream: BinaryIO, info: zipfile.ZipInfo) -> bytes:
    """The first ``XML_HEAD_BYTES`` of a member, inflated without trusting its header."""
    head = b""
    for out in _inflate(stream, info):
        head += out
        if len(head) >= limits.XML_HEAD_BYTES:
            break
    return head[: limits.XML_HEAD_BYTES]


def _check_xml_head(name: str, head: bytes) -> None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    root = _ROOT_START.search(head)
    prolog = head if root is None else head[: root.start()]
    if _DECLARATION.search(prolog) or (root is None and len(head) >= limits.XML_HEAD_BYTES):
        _fail_unsafe(name)


def _fail_unsafe(name: str) -> None:
    fail(
        "unsafe_xml",
        f"The workbook was refused: its part {name} declares XML entities or a document type, "
        "which spreadsheets never need and attacks (billion laughs, external entities) use",
        part=name,
    )


def _inflate(stream: BinaryIO, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The member's content, inflated from the raw bytes so that no header is trusted."""
    stream.seek(info.header_offset)
    local = stream.read(30)
    if len(local) < 30 or not local.startswith(b"PK\x03\x04"):
        fail("truncated", f"The workbook is damaged: {info.filename} is missing")
    skip = int.from_bytes(local[26:28], "little") + int.from_bytes(local[28:30], "little")
    stream.seek(info.header_offset + 30 + skip)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        fail("unsupported", f"{info.filename} uses a compression method that cannot be read")
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    remaining = info.compress_size
    produced = 0
    while remaining > 0:
        block = stream.read(min(remaining, _IN_CHUNK))
        if not block:
            fail("truncated", f"The workbook was cut short inside {info.filename}")
        remaining -= len(block)
        for out in _inflated(inflater, block):
            produced += len(out)
            if produced > info.file_size:
                _fail_bomb(f"{info.filename} inflates past the size it declares")
            yield out


def _inflated(inflater: zlib._Decompress | None, block: bytes) -> Iterator[bytes]:
    if inflater is None:
        yield block
        return
    try:
        data = block
        while data:
            yield inflater.decompress(data, _OUT_CHUNK)
            data = inflater.unconsumed_tail
    except zlib.error as exc:
        fail("truncated", f"The workbook is damaged ({exc})", cause=exc)


def _last_cell_end(buffer: bytes) -> int:
    """Where the last complete ``</c>`` (or ``</x:c>``) ends; 0 if none."""
    plain = buffer.rfind(b"</c>")
    if plain >= 0:
        return plain + 4
    prefixed = buffer.rfind(b":c>")
    return prefixed + 3 if prefixed >= 0 else 0


def _collect_errors(buffer: bytes, errors: ErrorCells) -> None:
    for match in _ERROR_CELL.finditer(buffer):
        ref = _REF.search(match.group(1))
        value = _VALUE.search(match.group(2))
        if ref is None:
            continue
        column = 0
        for letter in ref.group(1):
            column = column * 26 + letter - 64
        code = value.group(1).decode("utf-8", "replace") if value else "#VALUE!"
        errors[(int(ref.group(2)) - 1, column - 1)] = CellError(code)
