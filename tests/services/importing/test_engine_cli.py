"""The command line's import: header and mapping guessed, counts and errors printed with row
numbers, exit codes (0 imported, 1 nothing could be imported, 2 the file cannot be used)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from desktop_crm.services.crm import Crm
from desktop_crm.services.importing.batches import import_history
from desktop_crm.services.importing.command import plan_for_cli, run_import_command


def write_csv(path: Path, rows: list[list[Any]], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, delimiter=delimiter).writerows(rows)
    return path


def run(crm: Crm, path: Path, kind: str = "contacts", **options: Any) -> tuple[int, str]:
    out = io.StringIO()
    code = run_import_command(crm, path, kind, out=out, **options)
    return code, out.getvalue()


ROWS = [
    ["Nome", "Cognome", "E-mail", "Telefono", "Azienda"],
    ["Marco", "Rossi", "marco@example.it", "+39 333 123 4567", "ACME"],
    ["Anna", "Verdi", "not an email", "", ""],
    ["Luca", "Neri", "luca@example.it", "", "ACME"],
]


def test_plan_for_cli_guesses_the_header_and_the_mapping(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [["Rubrica 2026"], [], *ROWS], delimiter=";")
    plan = plan_for_cli(path, "contacts", match="email")
    assert plan.header_row == 2 and plan.delimiter == ";"
    assert plan.column_names == tuple(ROWS[0])
    assert plan.targets == ("first_name", "last_name", "emails", "phones", "company")
    assert plan.match_by == "email" and plan.record_type == "contact"


def test_import_prints_counts_and_errors_with_rows(crm: Crm, tmp_path: Path) -> None:
    code, text = run(crm, write_csv(tmp_path / "c.csv", ROWS))
    assert code == 0
    assert (
        "Imported 3 rows of contacts: 2 new, 0 updated, 0 unchanged, 0 skipped, 1 with errors"
        in text
    )
    assert "Row 3, column 'E-mail': Not an email address: 'not an email'" in text
    assert "E-mail -> emails" in text
    assert crm.finder.search("Rossi", 5).total == 1
    assert len(import_history(crm)) == 1


def test_dry_run_writes_nothing(crm: Crm, tmp_path: Path) -> None:
    code, text = run(crm, write_csv(tmp_path / "c.csv", ROWS), dry_run=True)
    assert code == 0 and "Would import 3 rows" in text and "nothing was written" in text
    assert crm.finder.search("Rossi", 5).total == 0 and import_history(crm) == []


def test_reimport_with_match_skips_and_exits_zero(crm: Crm, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", ROWS)
    run(crm, path)
    code, text = run(crm, path, match="email", on_match="skip")
    assert code == 0 and "0 new, 0 updated, 0 unchanged, 2 skipped, 1 with errors" in text


def test_nothing_importable_exits_one(crm: Crm, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", [ROWS[0], ["", "", "x", "", ""], ["", "", "y", "", ""]])
    code, text = run(crm, path)
    assert code == 1 and "Nothing could be imported." in text
    assert "Row 2" in text and "Row 3" in text


def test_files_that_cannot_be_used_exit_two(crm: Crm, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert run(crm, empty)[0] == 2
    header = write_csv(tmp_path / "header.csv", [ROWS[0]])
    code, text = run(crm, header)
    assert code == 2 and "only a header" in text
    assert run(crm, tmp_path / "missing.csv")[0] == 2
    code, text = run(crm, write_csv(tmp_path / "c.csv", ROWS), kind="planets")
    assert code == 2 and "Cannot import" in text


def test_companies_and_deals_from_xlsx(crm: Crm, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Aziende"
    for row in (["Ragione sociale", "Città", "Sito web"], ["ACME S.p.A.", "Milano", "acme.it"]):
        sheet.append(row)
    deals = book.create_sheet("Deals")
    for row in (["Title", "Value", "Company"], ["Big deal", 1500, "ACME S.p.A."]):
        deals.append(row)
    path = tmp_path / "book.xlsx"
    book.save(path)
    code, text = run(crm, path, kind="companies", match="name")
    assert code == 0 and "1 new" in text, text
    code, text = run(crm, path, kind="deals", sheet="Deals")
    assert code == 0 and "1 new" in text, text
    assert "companies created" not in text  # linked to the company imported before
