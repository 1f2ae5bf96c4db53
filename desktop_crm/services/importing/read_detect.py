"""Guessing what a file is: its kind (by content, not only by name), text encoding and delimiter.

Every guess reads a bounded sample, never the whole file.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections import Counter
from itertools import islice
from pathlib import Path

from charset_normalizer import from_bytes

from desktop_crm.services.importing import limits
from desktop_crm.services.importing.reader_types import fail

ENCODINGS: tuple[str, ...] = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "cp1252",
    "iso-8859-1",
    "iso-8859-15",
    "cp1250",
    "iso-8859-2",
    "cp1251",
    "koi8-r",
    "koi8-u",
    "cp866",
    "iso-8859-5",
    "mac-cyrillic",
    "cp1256",
    "iso-8859-6",
    "cp874",
    "tis-620",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1257",
    "mac-roman",
    "cp437",
    "cp850",
    "gb18030",
    "big5",
    "shift_jis",
    "euc-kr",
)
"""What the manual encoding override offers, most common first within each script."""

# charset-normalizer only weighs these: the scripts of our users and their near neighbours.
_DETECT = (
    "cp1252",
    "cp1250",
    "cp1251",
    "koi8_r",
    "cp866",
    "cp1256",
    "cp874",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1257",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_kr",
)
# Latin code pages that a Western (Italian, English) file is often mistaken for.
_WESTERN_LOOKALIKES = {"cp1250", "cp1257", "cp1254", "cp1258", "iso8859-10", "iso8859-2"}

DELIMITERS = (",", ";", "\t", "|")
TEXT_EXTENSIONS = {".csv": "csv", ".tsv": "csv", ".tab": "csv", ".txt": "csv"}
SHEET_EXTENSIONS = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".ods": "ods"}
VCARD_EXTENSIONS = {".vcf": "vcf", ".vcard": "vcf"}
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls that never occur in text (everything but \t \n \v \f \r, SUB and ESC)
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 26, 27)) + b"\x7f"


def canonical_encoding(name: str) -> str:
    """The name under which :data:`ENCODINGS` lists ``name``; raises ``bad_encoding``."""
    try:
        wanted = codecs.lookup(name).name
    except (LookupError, TypeError, ValueError) as exc:
        fail("bad_encoding", f"Unknown text encoding {name!r}", encoding=name, cause=exc)
    for known in ENCODINGS:
        if codecs.lookup(known).name == wanted:
            return known
    return wanted


# ------------------------------------------------------------------------------------ kind


def sniff_kind(path: Path, head: bytes) -> str:
    """The kind of file by its content, with the extension deciding between text formats."""
    suffix = path.suffix.lower()
    named = (
        TEXT_EXTENSIONS.get(suffix) or SHEET_EXTENSIONS.get(suffix) or VCARD_EXTENSIONS.get(suffix)
    )
    if named is None:
        fail(
            "unsupported",
            f"Files of type {suffix or '(no extension)'!r} cannot be imported; "
            "use .csv, .tsv, .txt, .xlsx, .xls, .ods or .vcf",
            extension=suffix,
        )
    if head.startswith(ZIP_MAGIC):
        return _zip_kind(path, named)
    if head.startswith(OLE_MAGIC):
        if named == "xlsx" and _is_encrypted_ooxml(path):
            fail(
                "password_protected",
                "The workbook is protected by a password; save it "
                "without a password and import it again",
            )
        return "xls"
    if named in ("xlsx", "ods"):
        fail("truncated", "The file is not a valid spreadsheet (it is damaged or was cut short)")
    if named == "xls" and head.lstrip().startswith(b"<"):
        fail(
            "unsupported",
            "The file is a web page or XML saved with an .xls name; open it "
            "in a spreadsheet program and save it as .xlsx",
        )
    return "vcf" if named == "vcf" else "csv" if named in ("csv", "xls") else named


def _zip_kind(path: Path, named: str) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        fail(
            "truncated",
            "The file is damaged or was cut short (it is not a complete zip archive)",
            cause=exc,
        )
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "content.xml" in names and "mimetype" in names:
        return "ods"
    if "xl/workbook.bin" in names:
        fail("unsupported", "Binary Excel workbooks (.xlsb) cannot be imported; save it as .xlsx")
    if named in ("csv", "vcf"):
        fail("binary", "The file is not text: it is a zip archive", kind=named)
    fail("unsupported", "The zip archive is not a spreadsheet (.xlsx or .ods)")


def _is_encrypted_ooxml(path: Path) -> bool:
    """An encrypted .xlsx is an OLE2 file with EncryptionInfo and EncryptedPackage streams."""
    marker = "EncryptedPackage".encode("utf-16-le")
    limit = limits.MAX_WORKBOOK_BYTES
    with path.open("rb") as stream:
        tail = b""
        read = 0
        while read < limit:
            block = stream.read(1024 * 1024)
            if not block:
                return False
            read += len(block)
            if marker in tail + block:
                return True
            tail = block[-len(marker) :]
    return False


# -------------------------------------------------------------------------------- encoding


def read_sample(path: Path, size: int) -> tuple[bytes, bytes]:
    """(head, sample): the first bytes, and head + middle + tail of a big file cut at newlines."""
    piece = limits.ENCODING_SAMPLE_BYTES
    with path.open("rb") as stream:
        head = stream.read(piece)
        if size <= 3 * piece:
            return head, head + stream.read()
        stream.seek(size // 2)
        middle = stream.read(piece)
        stream.seek(size - piece)
        tail = stream.read(piece)
    parts = [head[: head.rfind(b"\n") + 1] or head]
    for part in (middle, tail):
        start = part.find(b"\n") + 1
        end = part.rfind(b"\n") + 1
        if 0 < start < end:
            parts.append(part[start:end])
    return head, b"".join(parts)


def detect_encoding(head: bytes, sample: bytes) -> tuple[str, bool]:
    """(encoding, confident) of a text file; raises ``binary`` for a file that is not text."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name, True
    if b"\x00" in head:
        wide = _utf16_without_bom(head)
        if wide is None:
            fail("binary", "The file is not text (it contains NUL bytes)")
        return wide, True
    if _looks_binary(sample):
        fail("binary", "The file is not text (it contains control bytes)")
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError:
        return _guess_legacy(sample)
    return "utf-8", True


def check_not_binary(head: bytes, encoding: str) -> None:
    """Refuse a binary file even when the user forced an encoding."""
    if encoding.startswith(("utf-16", "utf-32")):
        return
    if b"\x00" in head or _looks_binary(head):
        fail("binary", "The file is not text (it contains NUL or control bytes)")


def _utf16_without_bom(head: bytes) -> str | None:
    probe = head[:4096]
    half = max(len(probe) // 2, 1)
    even = probe[0::2].count(0) / half
    odd = probe[1::2].count(0) / half
    if odd > 0.3 and even < 0.05:
        guess = "utf-16-le"
    elif even > 0.3 and odd < 0.05:
        guess = "utf-16-be"
    else:
        return None
    text = probe[: len(probe) // 2 * 2].decode(guess, errors="replace")
    readable = sum(1 for char in text if char.isprintable() or char in "\t\r\n")
    return guess if readable >= 0.95 * len(text) else None


def _looks_binary(data: bytes) -> bool:
    if not data:
        return False
    controls = len(data) - len(data.translate(None, _CONTROL))
    return controls > max(8, len(data) // 200)


def _guess_legacy(sample: bytes) -> tuple[str, bool]:
    results = from_bytes(sample, cp_isolation=list(_DETECT))
    best = results.best()
    if best is None:
        return "cp1252", False
    plausible = [m for m in results if m.chaos <= best.chaos + 0.05]
    chosen = best.encoding
    if chosen in _WESTERN_LOOKALIKES and any(m.encoding == "cp1252" for m in plausible):
        chosen = "cp1252"
    texts = {_decoded(sample, m.encoding) for m in plausible}
    confident = best.chaos < 0.1 and (len(plausible) == 1 or len(texts) == 1)
    return canonical_encoding(chosen), confident


def _decoded(sample: bytes, encoding: str) -> str:
    return sample[:65536].decode(encoding, errors="replace")


# ------------------------------------------------------------------------------- delimiter


def detect_delimiter(text: str, preferred: str = ",") -> str:
    """The delimiter that splits the sample's records into the most consistent field counts."""
    first = text[:12].lower()
    if first.startswith("sep=") and len(text) > 4 and text[4] in DELIMITERS:
        return text[4]
    order = [preferred, *(d for d in DELIMITERS if d != preferred)]
    best, best_score = preferred, (False, 0.0)
    for delimiter in order:
        score = _delimiter_score(text, delimiter)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _delimiter_score(text: str, delimiter: str) -> tuple[bool, float]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        counts = [len(record) for record in islice(reader, 200) if record]
    except csv.Error:
        return (False, 0.0)
    if not counts:
        return (False, 0.0)
    mode, frequency = Counter(counts).most_common(1)[0]
    return (mode > 1, round(frequency / len(counts), 2))
