"""What the command line runs for ``import FILE --type contacts|companies|deals`` (plain text out).

``plan_for_cli`` does what the wizard's first steps do without asking: inspects the file, finds
the header row, guesses the mapping from the header names and values; ``run_import_command``
prints the mapping, imports (or only previews with ``dry_run``) and prints the counts and every
error with its row and column. Exit codes: 0 the rows are in (imported, or matched records that
needed no change; rows with errors left out), 1 no row could be imported (every row had an
error), 2 the file or the options cannot be used.
"""

from __future__ import annotations

import locale
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop_crm.domain.errors import CrmError
from desktop_crm.services.importing import readers
from desktop_crm.services.importing.engine import analyze, run_import
from desktop_crm.services.importing.mapping import guess_mapping
from desktop_crm.services.importing.plan import ImportCounts, ImportPlan, RowError

if TYPE_CHECKING:
    from desktop_crm.services.crm import Crm

EXIT_OK = 0
EXIT_NOTHING_IMPORTED = 1
EXIT_ERROR = 2
ERRORS_SHOWN = 100
TYPES = {
    "contacts": "contact",
    "contact": "contact",
    "companies": "company",
    "company": "company",
    "deals": "deal",
    "deal": "deal",
}
_NOUNS = {"contact": "contacts", "company": "companies", "deal": "deals", "task": "tasks"}


def default_region() -> str | None:
    """The country of the system's locale ("it_IT" -> "IT"), for phone numbers without +code."""
    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    parts = name.replace("-", "_").split("_")
    return parts[1].upper() if len(parts) > 1 and len(parts[1]) == 2 else None


def plan_for_cli(
    path: str | Path,
    record_type: str,
    *,
    sheet: str | None = None,
    match: str | None = None,
    on_match: str = "skip",
    encoding: str | None = None,
    region: str | None = None,
) -> ImportPlan:
    """A plan for ``path`` with the header row detected and the mapping guessed."""
    kind = TYPES.get(record_type.strip().lower())
    if kind is None:
        from desktop_crm.domain.errors import ValidationError

        raise ValidationError(
            "type", f"Cannot import {record_type!r}: contacts, companies or deals", code="choice"
        )
    info = readers.inspect(path, encoding=encoding)
    if sheet is None and info.sheets:
        sheet = info.sheets[0]
    rows = readers.preview(
        path, sheet=sheet, encoding=info.encoding, delimiter=info.delimiter, limit=60
    )
    header_row = readers.detect_header(rows)
    readers.require_data(rows, header_row)
    names = readers.header_names(rows[header_row])
    samples = rows[header_row + 1 :]
    targets = guess_mapping(kind, names, samples)
    return ImportPlan(
        record_type=kind,
        path=Path(path),
        targets=tuple(targets),
        sheet=sheet,
        encoding=info.encoding,
        delimiter=info.delimiter,
        header_row=header_row,
        column_names=tuple(names),
        match_by=match,
        on_match=on_match,
        default_region=region or default_region(),
    )


def run_import_command(
    crm: Crm,
    path: str | Path,
    record_type: str,
    sheet: str | None = None,
    match: str | None = None,
    on_match: str = "skip",
    dry_run: bool = False,
    out: TextIO = sys.stdout,
) -> int:
    """Import (or with ``dry_run`` only check) ``path``; print what happened; the exit code."""
    try:
        plan = plan_for_cli(path, record_type, sheet=sheet, match=match, on_match=on_match)
        _print_mapping(plan, out)
        if dry_run:
            preview = analyze(crm, plan)
            counts, errors, total = preview.counts, preview.errors, preview.error_total
        else:
            result = run_import(crm, plan)
            counts, errors, total = result.counts, result.errors, result.error_total
    except CrmError as exc:
        print(f"Cannot import {Path(path).name}: {_message(exc)}", file=out)
        return EXIT_ERROR
    _print_counts(plan, counts, dry_run, out)
    _print_errors(errors, total, out)
    if counts.errors >= counts.rows:  # every row had an error (or there were none)
        print("Nothing could be imported.", file=out)
        return EXIT_NOTHING_IMPORTED
    if dry_run:
        print("Dry run: nothing was written.", file=out)
    return EXIT_OK


def _message(exc: CrmError) -> str:
    row = exc.params.get("row")
    return f"row {row}: {exc.message}" if row and f"Row {row}" not in exc.message else exc.message


def _print_mapping(plan: ImportPlan, out: TextIO) -> None:
    where = f", sheet {plan.sheet!r}" if plan.sheet else ""
    print(f"{plan.path.name}{where}: header on row {plan.header_row + 1}", file=out)
    for index, name in enumerate(plan.column_names):
        target = plan.targets[index] if index < len(plan.targets) else None
        print(f"  {name} -> {target or '(not imported)'}", file=out)


def _print_counts(plan: ImportPlan, counts: ImportCounts, dry_run: bool, out: TextIO) -> None:
    noun = _NOUNS.get(plan.record_type, plan.record_type)
    verb = "Would import" if dry_run else "Imported"
    print(
        f"{verb} {counts.rows:,} rows of {noun}: {counts.new:,} new, {counts.updated:,} updated, "
        f"{counts.unchanged:,} unchanged, {counts.skipped:,} skipped, "
        f"{counts.errors:,} with errors",
        file=out,
    )
    if counts.companies_created:
        print(f"  {counts.companies_created:,} companies created", file=out)
    if counts.duplicates:
        print(f"  {counts.duplicates:,} rows repeat an earlier row of the file", file=out)
    if counts.warnings:
        warned = f"  {counts.warnings:,} rows imported with a warning (unknown owner or stage)"
        print(warned, file=out)


def _print_errors(errors: tuple[RowError, ...], total: int, out: TextIO) -> None:
    for error in errors[:ERRORS_SHOWN]:
        column = f", column {error.column_name!r}" if error.column_name else ""
        print(f"Row {error.row_number}{column}: {error.message}", file=out)
    if total > min(len(errors), ERRORS_SHOWN):
        print(f"... and {total - min(len(errors), ERRORS_SHOWN):,} more errors", file=out)


__all__ = ["default_region", "plan_for_cli", "run_import_command"]
