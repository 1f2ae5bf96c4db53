"""The weekly digest: offered once per week (the user's week), the team's and each
salesperson's numbers in the user's language and direction, exported as HTML and PDF."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.services.crm import Crm
from desktop_crm.ui import dates
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.reports.digest import DigestDialog, mark_digest_shown, should_show_digest
from desktop_crm.ui.reports.digest_week import digest_week_start, week_key
from desktop_crm.ui.reports.goals import goal_service

NOW = datetime.now(UTC)
MONDAY = NOW.date() - timedelta(days=NOW.date().weekday())


@pytest.fixture(autouse=True)
def us_locale() -> Iterator[None]:
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    dates.configure("gregorian", 1)
    yield
    QLocale.setDefault(old)
    dates.configure()


@pytest.fixture
def ui(crm: Crm) -> UiContext:
    return UiContext(crm)


# ----- once per week -------------------------------------------------------------------------
def test_shown_on_the_first_start_of_each_week(tmp_path: Path) -> None:
    prefs = tmp_path / "prefs.ini"
    monday = date(2026, 11, 23)
    assert should_show_digest(prefs, monday)
    mark_digest_shown(prefs, monday)
    assert "2026-W48" in prefs.read_text()
    assert not should_show_digest(prefs, monday + timedelta(days=4))  # same week
    assert not should_show_digest(QSettings(str(prefs), QSettings.Format.IniFormat), monday)
    assert should_show_digest(prefs, monday + timedelta(days=7))  # the next week
    mark_digest_shown(prefs, monday + timedelta(days=7))
    assert not should_show_digest(prefs, monday + timedelta(days=13))


def test_the_week_is_the_users_week(tmp_path: Path) -> None:
    dates.configure("jalali", 6)  # weeks start on Saturday
    friday, saturday = date(2026, 11, 27), date(2026, 11, 28)
    assert week_key(friday) != week_key(saturday)
    assert week_key(saturday) == week_key(saturday + timedelta(days=6))
    prefs = tmp_path / "prefs.ini"
    mark_digest_shown(prefs, friday)
    assert should_show_digest(prefs, saturday)
    assert digest_week_start(saturday) == date(2026, 11, 21)  # the last whole week


# ----- the digest ----------------------------------------------------------------------------
@pytest.fixture
def week(crm: Crm) -> dict[str, str]:
    """This week: Mina creates two deals (1,000 EUR and 500 USD = 450 EUR) and wins the first;
    the owner logs two calls and an email and creates one contact. Mina has a goal of 10
    activities this week (0 done)."""
    crm.pipelines.set_rate("USD", Decimal("0.9"))
    mina = crm.catalog.add_user("Mina Karimi").created_id
    assert mina
    big = crm.deals.create({"title": "Big", "value": Decimal(1000), "owner_id": mina}).created_id
    crm.deals.create({"title": "Small", "value": Decimal(500), "currency": "USD", "owner_id": mina})
    assert big
    crm.deals.mark_won(big)
    ann = crm.contacts.create({"first_name": "Ann"}).created_id
    for kind in ("call", "call", "email"):
        crm.activities.log(kind, contact_id=ann, occurred_at=NOW)
    goal_service(crm).create("activities", 10, MONDAY, MONDAY + timedelta(days=6), mina)
    return {"mina": mina}


def open_digest(qtbot: QtBot, ui: UiContext, start: date = MONDAY) -> DigestDialog:
    dialog = DigestDialog(ui, start)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def section(text: str, title: str) -> str:
    """The lines of one section of the plain text (up to the next section)."""
    lines = text.splitlines()
    start = lines.index(title)
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i] in ("Team", "Owner", "Mina Karimi")),
        len(lines),
    )
    return "\n".join(lines[start:end])


def test_digest_shows_team_and_each_salesperson(
    qtbot: QtBot, ui: UiContext, week: dict[str, str]
) -> None:
    dialog = open_digest(qtbot, ui)
    end = MONDAY + timedelta(days=6)
    assert dialog.range_label.text() == f"{MONDAY:%-m/%-d/%Y} – {end:%-m/%-d/%Y}"
    text = dialog.browser.toPlainText()
    team = section(text, "Team")
    assert "New deals\n2 (€1,450)" in team
    assert "New leads\n1" in team
    assert "Deals won\n1 (€1,000)" in team
    assert "Activities\n3 (Calls 2 and Emails 1)" in team
    mina = section(text, "Mina Karimi")
    assert "New deals\n2 (€1,450)" in mina and "Activities\n0" in mina
    assert "Activities" in mina and "0 of 10, 0%" in mina and "Behind" in mina
    owner = section(text, "Owner")
    assert "Activities\n3 (Calls 2 and Emails 1)" in owner


def test_previous_week_is_empty(qtbot: QtBot, ui: UiContext, week: dict[str, str]) -> None:
    dialog = open_digest(qtbot, ui)
    dialog.previous_button.click()
    assert dialog.week_start == MONDAY - timedelta(days=7)
    assert "Nothing was recorded this week." in dialog.browser.toPlainText()
    dialog.next_button.click()
    assert "Deals won\n1 (€1,000)" in dialog.browser.toPlainText()


def test_exports_html_and_pdf(
    qtbot: QtBot, ui: UiContext, week: dict[str, str], tmp_path: Path
) -> None:
    dialog = open_digest(qtbot, ui)
    out = tmp_path / "out"
    out.mkdir()
    asked: list[str] = []

    def ask(_parent: object, _caption: str, suggested: str, file_filter: str) -> str:
        asked.append(file_filter)
        return str(out / ("digest.html" if len(asked) == 1 else "digest"))

    dialog.ask_path = ask
    dialog.export_button.click()
    html = (out / "digest.html").read_text(encoding="utf-8")
    assert "<meta charset='utf-8'>" in html and "Mina Karimi" in html and "€1,450" in html
    assert "PDF document (*.pdf)" in asked[0]
    dialog.export_button.click()  # no suffix: a PDF
    pdf = out / "digest.pdf"
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000
    assert str(pdf) in dialog.status_label.text()
    dialog.ask_path = lambda *_args: ""  # cancelled: nothing written
    dialog.export_button.click()
    assert sorted(p.name for p in out.iterdir()) == ["digest.html", "digest.pdf"]


def test_export_error_is_shown(qtbot: QtBot, ui: UiContext, tmp_path: Path) -> None:
    dialog = open_digest(qtbot, ui)
    assert not dialog.export_to(tmp_path / "missing" / "digest.html")
    assert dialog.status_label.text().startswith("The file could not be written")


def test_right_to_left_in_persian(qtbot: QtBot, ui: UiContext, week: dict[str, str]) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    QLocale.setDefault(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
    dates.configure("jalali", 6)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = open_digest(qtbot, ui)
        html = dialog.html()
        assert "<html dir='rtl'>" in html
        assert "۱٬۴۵۰" in html  # Persian digits and separators
        # the value cell comes first so that the label is at the right
        assert html.index("۱٬۴۵۰") < html.index("New deals")
        year, month, day = dates.parts(MONDAY)
        assert f"{year}/{month}/{day}".translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")) in html
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
