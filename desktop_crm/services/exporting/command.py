"""What the command line runs for ``export`` and ``import-database`` (no Qt; plain text out)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop_crm.domain.errors import ValidationError
from desktop_crm.services.exporting.database import export_database, import_database
from desktop_crm.services.exporting.tables import export_records

if TYPE_CHECKING:
    from desktop_crm.services.crm import Crm

#: command-line word -> record type
WHAT = {"contacts": "contact", "companies": "company", "deals": "deal"}
_NOUNS = {"contact": ("contact", "contacts"), "company": ("company", "companies")}


def run_export_command(
    crm: Crm, what: str, path: str | Path, *, delimiter: str | None = None
) -> str:
    """``export contacts|companies|deals FILE`` (.csv, .xlsx, .vcf) or ``export database FILE``:
    write the file and return the line to print ("Exported 300 contacts to …").

    ``delimiter``: ``comma`` (the default), ``semicolon`` or ``tab`` (or the character); only
    for a .csv file (ValidationError ``csv_only`` otherwise)."""
    target = Path(path)
    if delimiter is not None and target.suffix.lower() != ".csv":
        raise ValidationError(
            "delimiter",
            f"--delimiter is for .csv files, not {target.suffix or 'a file without extension'}",
            code="csv_only",
            value=target.suffix,
        )
    if what == "database":
        rows = export_database(crm, target)
        return f"Exported the database ({rows:,} rows) to {target}"
    record_type = WHAT.get(what)
    if record_type is None:
        raise ValidationError(
            "what", f"Cannot export {what!r}: contacts, companies, deals or database", code="choice"
        )
    count = export_records(crm, record_type, target, delimiter=delimiter or ",")
    one, many = _NOUNS.get(record_type, ("deal", "deals"))
    return f"Exported {count:,} {one if count == 1 else many} to {target}"


def run_import_database_command(crm: Crm, path: str | Path) -> str:
    """``import-database FILE``: load a database export into this empty database."""
    rows = import_database(crm, Path(path))
    return f"Imported {rows:,} rows from {Path(path)}"
