"""``report`` on the command line: the listing, the text it prints and the files it writes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.services.crm import Crm
from desktop_crm.services.reports.cli import run_report_command
from tests.services.reports.fixture_people import TODAY, People, build

MARCH = (date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture
def fx(crm: Crm) -> People:
    return build(crm)


def test_list(crm: Crm) -> None:
    text = run_report_command(crm, None, None, None, None, None, list_only=True)
    lines = text.splitlines()
    assert any(line.startswith("activities ") and "Activities —" in line for line in lines)
    assert any(
        line.startswith("customer_growth ") and "Customer base growth" in line for line in lines
    )
    assert any(line.startswith("goals ") and "Goals —" in line for line in lines)
    assert lines == sorted(lines)  # by name


def test_text_of_a_report(crm: Crm, fx: People) -> None:
    text = run_report_command(crm, "activities", *MARCH, None, None, period="week", today=TODAY)
    lines = text.splitlines()
    assert lines[0] == "Activities (activities), 2026-03-01 – 2026-03-31"
    header = next(i for i, line in enumerate(lines) if line.startswith("Period"))
    assert lines[header].split() == [
        "Period", "Salesperson", "Calls", "Emails", "Meetings", "Demos", "Notes", "Messages",
        "Activities", "Tasks", "done",
    ]  # fmt: skip
    # the first row (Anna's week of 03-02: a call, an email, 2 in all, a task done) and the team
    assert lines[header + 2].split() == [
        "2026-03-02",
        "Anna",
        "1",
        "1",
        "0",
        "0",
        "0",
        "0",
        "2",
        "1",
    ]
    # the team over the month (see test_activity.py)
    assert lines[header + 8].split() == ["Total", "Team", "4", "1", "1", "1", "1", "0", "8", "2"]
    assert "Note: Deleted salesperson(s) still counted: Carla" in lines


def test_png_pdf_and_xlsx(crm: Crm, fx: People, tmp_path: Path) -> None:
    for name in ("activities", "customer_growth", "goals"):
        for suffix in (".png", ".pdf", ".xlsx"):
            out = tmp_path / f"{name}{suffix}"
            text = run_report_command(
                crm, name, date(2026, 1, 1), date(2026, 3, 31), None, out, today=TODAY
            )
            assert text.rstrip().endswith(f"Saved to {out}")
            head = out.read_bytes()[:8]
            if suffix == ".png":
                assert head == b"\x89PNG\r\n\x1a\n"
            elif suffix == ".pdf":
                assert head.startswith(b"%PDF-")
    sheet = load_workbook(tmp_path / "customer_growth.xlsx").active
    assert sheet is not None
    assert sheet.cell(1, 1).value == "Customer base growth"
    assert [sheet.cell(4, c).value for c in (1, 2, 3)] == [
        "Month",
        "Salesperson",
        "Customers at start",
    ]
    # six rows (Jan–Mar × Anna, Bruno), then the team: 0 at the start, 5 new, 1 churned, 4
    assert [sheet.cell(11, c).value for c in range(2, 7)] == ["Team", 0, 5, 1, 4]


def test_owner_by_name(crm: Crm, fx: People, tmp_path: Path) -> None:
    text = run_report_command(crm, "goals", *MARCH, "ANNA", None, today=TODAY)
    assert "Anna" in text and "Bruno" not in text and "Team" not in text
    by_id = run_report_command(crm, "goals", *MARCH, fx.users["anna"], None, today=TODAY)
    assert by_id == text


@pytest.mark.parametrize(
    ("args", "error", "code"),
    [
        (("activities", *MARCH, "Zoe", None), ValidationError, "no_such_owner"),
        (("activities", None, MARCH[1], None, None), ValidationError, "required"),
        ((None, *MARCH, None, None), ValidationError, "required"),
        (("activities", MARCH[1], MARCH[0], None, None), ValidationError, "end_before_start"),
        (("activities", *MARCH, None, "out.txt"), ValidationError, "report_format"),
        (("sales_magic", *MARCH, None, None), NotFoundError, "not_found"),
    ],
)
def test_errors(
    crm: Crm, tmp_path: Path, args: tuple[object, ...], error: type[Exception], code: str
) -> None:
    target = args[4]
    full = (*args[:4], tmp_path / str(target) if target else None)
    with pytest.raises(error) as caught:
        run_report_command(crm, *full)  # type: ignore[arg-type]
    assert getattr(caught.value, "code", None) == code
    assert not (tmp_path / "out.txt").exists()


def test_two_users_with_one_name(crm: Crm) -> None:
    crm.catalog.add_user("Sam")
    crm.catalog.add_user("sam")
    with pytest.raises(ValidationError) as caught:
        run_report_command(crm, "activities", *MARCH, "Sam", None)
    assert caught.value.code == "ambiguous_owner"
