"""The card's timeline says where imported entries came from ("Imported from contacts.xlsx"),
on contact and deal cards, after an undo of the import too, in English and in Persian (right to
left) — real imports of files written here, real cards offscreen."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from openpyxl import Workbook
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.services.crm import Crm
from desktop_crm.services.importing.batches import undo_import
from desktop_crm.services.importing.engine import run_import
from desktop_crm.services.importing.plan import ImportPlan
from desktop_crm.store.models import ContactRecord, DealRecord
from desktop_crm.ui import i18n
from desktop_crm.ui.cards.deal_card import DealCardWidget
from desktop_crm.ui.cards.formatting import isolate
from desktop_crm.ui.cards.record_card import RecordCard
from desktop_crm.ui.cards.timeline import HEADLINE_ROLE, META_ROLE, TimelineView
from desktop_crm.ui.context import UiContext

TARGETS = ("first_name", "last_name", "emails", "city")
HEADER = ["First name", "Last name", "Email", "City"]


@pytest.fixture(autouse=True)
def us_locale() -> Iterator[None]:
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(old)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application; afterwards English and left to right again."""
    assert isinstance(qapp, QApplication)
    yield qapp
    i18n.install(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.fixture
def ctx(crm: Crm) -> UiContext:
    return UiContext(crm)


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


def contact_id(crm: Crm, email: str) -> str:
    with crm.ctx.session() as s:
        found = s.execute(
            sa.select(ContactRecord.id).where(ContactRecord.emails.contains(email))
        ).scalar_one()
    return str(found)


def open_card(qtbot: QtBot, ctx: UiContext, record_id: str) -> RecordCard:
    card = RecordCard(ctx, "contact", record_id)
    qtbot.addWidget(card)
    card.resize(1100, 700)
    card.show()
    qtbot.waitExposed(card)
    return card


def rows(view: TimelineView, role: int) -> list[str]:
    model = view.timeline_model
    return [str(model.data(model.index(row), role)) for row in range(model.rowCount())]


def plain(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


def test_contact_card_shows_imported_from_the_file(
    qtbot: QtBot, crm: Crm, ctx: UiContext, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    path = write_xlsx(
        tmp_path / "contacts.xlsx", [HEADER, ["Marco", "Rossi", "marco@example.it", "Roma"]]
    )
    run_import(crm, ImportPlan("contact", path, TARGETS))
    marco = contact_id(crm, "marco@example.it")
    crm.contacts.update(marco, "job_title", "Direttore")  # by hand
    card = open_card(qtbot, ctx, marco)
    qtmodeltester.check(card.timeline.timeline_model)
    headlines = rows(card.timeline, HEADLINE_ROLE)
    assert [plain(h) for h in headlines] == [
        "Job title: — → Direttore",
        "Imported from contacts.xlsx",
    ]
    assert "\u2068contacts.xlsx\u2069" in headlines[1]  # the file name as a bidi isolate
    metas = [plain(m) for m in rows(card.timeline, META_ROLE)]
    assert "imported from" not in metas[0] and "Owner" in metas[0]
    assert "Imported from contacts.xlsx" in plain(card.timeline.timeline_model.index(1).data())
    assert card.grab().save(str(tmp_path / "contact-import.png"))


def test_fields_filled_by_an_import_and_its_undo_say_so(
    qtbot: QtBot, crm: Crm, ctx: UiContext, tmp_path: Path
) -> None:
    anna = crm.contacts.create(
        {"first_name": "Anna", "last_name": "Bianchi", "emails": ("anna@example.it",)}
    ).created_id
    assert anna is not None
    path = write_csv(
        tmp_path / "contacts.csv", [HEADER, ["Anna", "Bianchi", "anna@example.it", "Milano"]]
    )
    fill = ImportPlan("contact", path, TARGETS, match_by="email", on_match="fill")
    result = run_import(crm, fill)
    card = open_card(qtbot, ctx, anna)
    assert [plain(h) for h in rows(card.timeline, HEADLINE_ROLE)] == [
        "City: — → Milano",
        "Created",  # by hand: no file
    ]
    metas = [plain(m) for m in rows(card.timeline, META_ROLE)]
    assert metas[0].endswith(" · imported from contacts.csv") and "import" not in metas[1]

    undo = undo_import(crm, result.batch_id)
    ctx.sig_changed.emit(undo)  # as the import history does once the undo is through
    qtbot.waitUntil(lambda: card.timeline.timeline_model.rowCount() == 3)
    assert plain(rows(card.timeline, HEADLINE_ROLE)[0]) == "City: Milano → —"
    assert plain(rows(card.timeline, META_ROLE)[0]).endswith(" · import of contacts.csv undone")
    assert card.grab().save(str(tmp_path / "contact-undo.png"))


def test_a_record_removed_by_the_undo_says_which_import(
    qtbot: QtBot, crm: Crm, ctx: UiContext, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "contacts.csv", [HEADER, ["Bruno", "Verdi", "bruno@example.it", "Napoli"]]
    )
    result = run_import(crm, ImportPlan("contact", path, TARGETS))
    bruno = contact_id(crm, "bruno@example.it")
    undo_import(crm, result.batch_id)
    card = open_card(qtbot, ctx, bruno)  # a deleted record's card (from the deleted records)
    assert [plain(h) for h in rows(card.timeline, HEADLINE_ROLE)] == [
        "Import of contacts.csv undone",
        "Imported from contacts.csv",
    ]


def test_deal_card_shows_imported_from_the_file(
    qtbot: QtBot, crm: Crm, ctx: UiContext, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "deals.csv", [["Title", "Value", "Stage"], ["Fornitura", "1200", "Proposal"]]
    )
    run_import(crm, ImportPlan("deal", path, ("title", "value", "stage")))
    with crm.ctx.session() as s:
        deal = str(s.execute(sa.select(DealRecord.id)).scalar_one())
    card = DealCardWidget(ctx, deal)
    qtbot.addWidget(card)
    card.resize(1200, 900)
    card.show()
    qtbot.waitExposed(card)
    headlines = [plain(h) for h in rows(card.timeline, HEADLINE_ROLE)]
    assert headlines[-1] == "Imported from deals.csv"
    assert "Created" not in headlines
    assert card.grab().save(str(tmp_path / "deal-import.png"))


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_imported_from_in_both_directions(
    app: QApplication, qtbot: QtBot, crm: Crm, ctx: UiContext, tmp_path: Path, lang: str
) -> None:
    i18n.install(app, lang)
    name = "مشتریان.xlsx"  # a Persian file name inside an English (or Persian) sentence
    path = write_xlsx(tmp_path / name, [HEADER, ["محمد", "رضایی", "m@example.ir", "تهران"]])
    run_import(crm, ImportPlan("contact", path, TARGETS))
    card = open_card(qtbot, ctx, contact_id(crm, "m@example.ir"))
    assert card.isRightToLeft() == (lang == "fa")
    expected = QCoreApplication.translate("Timeline", "Imported from {file}").format(
        file=isolate(name)
    )
    assert rows(card.timeline, HEADLINE_ROLE) == [expected]
    assert f"\u2068{name}\u2069" in expected
    assert card.grab().save(str(tmp_path / f"import-{lang}.png"))
