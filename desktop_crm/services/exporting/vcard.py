"""Contacts to a vCard 3.0 file (.vcf) that phones and address books import.

One card per contact with N, FN, EMAIL, TEL, ORG, TITLE, BDAY, ADR, NOTE, CATEGORIES (tags) and
UID (the contact's id), written with vobject (which escapes and folds lines per RFC 6350/2426).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_crm.domain.records import ListQuery
from desktop_crm.services.exporting.columns import CONTACT_COLUMNS
from desktop_crm.services.exporting.files import (
    Cancelled,
    Progress,
    atomic_output,
    check_cancelled,
)
from desktop_crm.services.exporting.source import count_rows, iter_pages

if TYPE_CHECKING:
    from desktop_crm.services.crm import Crm

FOLD_OCTETS = 75
_CONTINUATION = re.compile(r"\r\n[ \t]")


def write_vcards(
    crm: Crm,
    target: Path,
    *,
    query: ListQuery | None = None,
    ids: Sequence[str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the contacts (``ids``, else the list for ``query``) as vCards; returns the count."""
    total = count_rows(crm, "contact", query, ids)
    check_cancelled(cancelled)
    done = 0
    with (
        atomic_output(target) as temp,
        temp.open("w", encoding="utf-8", newline="") as handle,
    ):
        if progress is not None:
            progress(0, total)
        for page in iter_pages(crm, "contact", CONTACT_COLUMNS, query=query, ids=ids):
            check_cancelled(cancelled)
            handle.write("".join(vcard_text(row) for row in page))
            done += len(page)
            if progress is not None:
                progress(done, max(total, done))
        check_cancelled(cancelled)
    return done


def vcard_text(row: dict[str, Any]) -> str:
    """One contact (an export row, see ``source.py``) as vCard 3.0 text."""
    import vobject

    card = vobject.vCard()
    card.add("uid").value = row["id"]
    first, last = row.get("first_name") or "", row.get("last_name") or ""
    card.add("n").value = vobject.vcard.Name(family=last, given=first)
    card.add("fn").value = row.get("name") or first or last or row["id"]
    for email in row.get("emails") or ():
        prop = card.add("email")
        prop.value = email
        prop.type_param = "INTERNET"
    for phone in row.get("phones") or ():
        prop = card.add("tel")
        prop.value = phone
        prop.type_param = "VOICE"
    if row.get("company"):
        card.add("org").value = [row["company"]]
    if row.get("job_title"):
        card.add("title").value = row["job_title"]
    if row.get("company_role"):
        card.add("role").value = row["company_role"]
    if row.get("birthday"):
        card.add("bday").value = row["birthday"].isoformat()
    if any(row.get(k) for k in ("address", "city", "country")):
        card.add("adr").value = vobject.vcard.Address(
            street=row.get("address") or "",
            city=row.get("city") or "",
            country=row.get("country") or "",
        )
    if row.get("notes"):
        card.add("note").value = row["notes"]
    if row.get("tags"):
        card.add("categories").value = list(row["tags"])
    text: str = card.serialize()
    return fold(text)


def fold(text: str, limit: int = FOLD_OCTETS) -> str:
    """Lines folded at ``limit`` octets of UTF-8, never inside a character (RFC 6350 3.2;
    vobject folds at 75 characters, up to 300 octets in Thai or Persian)."""
    out: list[str] = []
    for line in _CONTINUATION.sub("", text).split("\r\n"):
        if not line:
            continue
        parts: list[str] = []
        current: list[str] = []
        size, room = 0, limit
        for char in line:
            width = len(char.encode("utf-8"))
            if size + width > room:
                parts.append("".join(current))
                current, size, room = [], 0, limit - 1  # a continuation starts with a space
            current.append(char)
            size += width
        parts.append("".join(current))
        out.append("\r\n ".join(parts))
    return "\r\n".join(out) + "\r\n"
