"""vCard 2.1, 3.0 and 4.0 as a table whose header row is our contact field names.

A small line parser of our own rather than vobject: vobject rejects what old phones write in
vCard 2.1 (quoted-printable soft line breaks, a ``CHARSET=`` per property over raw bytes), and one
parser for every version behaves the same way everywhere. The file is read a card at a time.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from desktop_crm.services.importing import limits
from desktop_crm.services.importing.reader_types import (
    CancelledFn,
    Cell,
    ImportCancelled,
    ProgressFn,
    RawRow,
    fail,
)

VCARD_FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "emails",
    "phones",
    "company",
    "job_title",
    "address",
    "city",
    "country",
    "birthday",
    "notes",
)
_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}
_UNESCAPE = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}
_BDAY = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$")

Params = dict[str, list[str]]


def read_cards(
    path: Path,
    encoding: str,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Iterator[list[Cell]]:
    """One row of :data:`VCARD_FIELDS` cells per card, in file order."""
    total = path.stat().st_size
    wide = encoding.startswith(("utf-16", "utf-32"))
    counter = _Counter()
    lines = counter.count(_wide_lines(path, encoding) if wide else _byte_lines(path))
    charset = "utf-8" if wide else encoding
    ordinal = 0
    try:
        for ordinal, card in enumerate(_cards(lines), start=1):
            if ordinal % limits.ROW_CHECK_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                if progress is not None:
                    progress(min(counter.done, total), total)
            yield _row(card, charset)
    except OSError as exc:
        fail(
            "unreadable",
            f"Reading stopped at card {ordinal + 1}: {exc}",
            row=ordinal + 1,
            cause=exc,
        )
    if progress is not None:
        progress(total, total)


def read_vcard(
    path: Path,
    encoding: str,
    *,
    header_row: int = 0,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Iterator[RawRow]:
    """Cards as rows numbered by their ordinal; row 0 is the header, so cards start at 1."""
    cards = read_cards(path, encoding, progress=progress, cancelled=cancelled)
    for number, cells in enumerate(cards, start=1):
        if number > header_row and any(cells):
            yield RawRow(number, tuple(cells))


class _Counter:
    """Counts the bytes of the lines passing through (near enough for UTF-16 files)."""

    def __init__(self) -> None:
        self.done = 0

    def count(self, lines: Iterator[bytes]) -> Iterator[bytes]:
        for line in lines:
            self.done += len(line) + 1
            yield line


def _byte_lines(path: Path) -> Iterator[bytes]:
    """Lines as bytes: a vCard 2.1 value may name its own ``CHARSET``, so decoding waits."""
    with path.open("rb") as stream:
        for line in stream:
            yield line.rstrip(b"\r\n")


def _wide_lines(path: Path, encoding: str) -> Iterator[bytes]:
    """A UTF-16/32 file cannot be split into lines as bytes: its lines re-encoded as UTF-8."""
    with path.open("r", encoding=encoding, errors="replace") as text:
        for line in text:
            yield line.rstrip("\n").encode("utf-8")


def _cards(lines: Iterator[bytes]) -> Iterator[list[bytes]]:
    card: list[bytes] | None = None
    for line in lines:
        marker = line.strip().upper()
        if marker == b"BEGIN:VCARD":
            card = []
        elif marker == b"END:VCARD":
            if card is not None:
                yield card
            card = None
        elif card is not None:
            card.append(line)
    if card:  # the last card was cut short: keep what it has
        yield card


def _unfold(lines: list[bytes]) -> list[bytes]:
    out: list[bytes] = []
    for line in lines:
        if out and _soft_break(out[-1]):
            out[-1] = out[-1][:-1] + line
        elif out and line[:1] in (b" ", b"\t"):
            out[-1] += line[1:]
        elif line.strip():
            out.append(line)
    return out


def _soft_break(line: bytes) -> bool:
    """A quoted-printable value continues on the next line when its line ends with '='."""
    if not line.endswith(b"="):
        return False
    head = line.split(b":", 1)[0].upper()
    return b"QUOTED-PRINTABLE" in head


def _parse(line: bytes, charset: str) -> tuple[str, Params, str] | None:
    colon = _outside_quotes(line, ord(":"))
    if colon < 0:
        return None
    head = line[:colon].decode("ascii", errors="replace")
    parts = _split_params(head)
    name = parts[0].rsplit(".", 1)[-1].strip().upper()
    params: Params = {}
    for part in parts[1:]:
        key, sep, value = part.partition("=")
        if not sep:
            key, value = ("ENCODING" if key.upper() in _ENCODINGS else "TYPE"), key
        values = [v.strip().strip('"') for v in value.split(",")]
        params.setdefault(key.strip().upper(), []).extend(values)
    return name, params, _decode_value(line[colon + 1 :], params, charset)


def _outside_quotes(data: bytes, wanted: int) -> int:
    quoted = False
    for index, byte in enumerate(data):
        if byte == 34:
            quoted = not quoted
        elif byte == wanted and not quoted:
            return index
    return -1


def _split_params(head: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in head:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _decode_value(raw: bytes, params: Params, charset: str) -> str:
    encoding = (params.get("ENCODING") or [""])[0].upper()
    if encoding == "QUOTED-PRINTABLE":
        raw = quopri.decodestring(raw)
    elif encoding in ("B", "BASE64"):
        return ""  # photos and sounds: nothing we import
    wanted = (params.get("CHARSET") or [charset])[0]
    try:
        return raw.decode(wanted, errors="replace")
    except LookupError:
        return raw.decode(charset, errors="replace")


def _components(text: str) -> list[str]:
    """Split a structured value on unescaped ';' and undo the escapes in each part."""
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for char in text:
        if escaped:
            current.append(_UNESCAPE.get(char, "\\" + char))
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ";":
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return parts


def _text(value: str) -> str:
    return "; ".join(part for part in _components(value) if part)


def _row(lines: list[bytes], charset: str) -> list[Cell]:
    found: dict[str, list[tuple[Params, str]]] = {}
    for line in _unfold(lines):
        parsed = _parse(line, charset)
        if parsed is not None:
            name, params, value = parsed
            found.setdefault(name, []).append((params, value))
    first, last = _names(found)
    street, city, country = _address(found)
    return [
        first,
        last,
        "\n".join(_unique(_text(v) for _, v in found.get("EMAIL", []))),
        "\n".join(_unique(_phone(v) for _, v in found.get("TEL", []))),
        _first_component(found, "ORG"),
        _first_text(found, "TITLE") or _first_text(found, "ROLE"),
        street,
        city,
        country,
        _birthday(_first_text(found, "BDAY")),
        "\n".join(_components(v)[0] for _, v in found.get("NOTE", []) if v.strip()),
    ]


def _names(found: dict[str, list[tuple[Params, str]]]) -> tuple[str, str]:
    if "N" in found:
        parts = [*_components(found["N"][0][1]), "", "", ""]
        first = " ".join(p for p in (parts[1], parts[2]) if p)
        if first or parts[0]:
            return first, parts[0]
    full = _first_text(found, "FN").split()
    if len(full) > 1:
        return " ".join(full[:-1]), full[-1]
    return (full[0] if full else ""), ""


def _address(found: dict[str, list[tuple[Params, str]]]) -> tuple[str, str, str]:
    values = found.get("ADR")
    if not values:
        return "", "", ""
    preferred = [v for p, v in values if "PREF" in {t.upper() for t in p.get("TYPE", [])}]
    parts = [*_components(preferred[0] if preferred else values[0][1]), *[""] * 7]
    po_box, extended, street, city, region, code, country = parts[:7]
    address = ", ".join(p for p in (street, extended, po_box, code, region) if p)
    return address, city, country


def _first_text(found: dict[str, list[tuple[Params, str]]], name: str) -> str:
    values = found.get(name)
    return _text(values[0][1]) if values else ""


def _first_component(found: dict[str, list[tuple[Params, str]]], name: str) -> str:
    values = found.get(name)
    return _components(values[0][1])[0] if values else ""


def _phone(value: str) -> str:
    text = _text(value)
    return text[4:] if text.lower().startswith("tel:") else text


def _birthday(value: str) -> Cell:
    """A full date becomes ``date``; anything else (``--0512``: no year) stays text."""
    match = _BDAY.match(value.strip())
    if match is None:
        return value.strip()
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return value.strip()


def _unique(values: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for value in values:
        key = value.casefold()
        if value and key not in seen:
            seen.add(key)
            result.append(value)
    return result
