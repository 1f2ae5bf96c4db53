"""The contacts and companies list views on real widgets over a real database: opening records,
deleting and undoing, filters, header sorting, the column chooser and its memory, new records."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop_crm.services.crm import Crm
from desktop_crm.ui.contacts.list_view import RecordListView
from desktop_crm.ui.contacts.table_model import RECORD_ID_ROLE
from desktop_crm.ui.context import UiContext
from tests.ui.test_list_model import NAMES, Book, populate

# What the offscreen platform cannot do (popups' keyboard grab): not our bugs.


@pytest.fixture(autouse=True)
def settings_dir(tmp_path: Path) -> Iterator[Path]:
    """QSettings (column state) in a fresh folder, not the user's configuration."""
    folder = tmp_path / "config"
    scope = QSettings.Scope.UserScope
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, scope, str(folder))
    yield folder
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, scope, default)


@pytest.fixture(autouse=True)
def us_locale() -> Iterator[None]:
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(old)


@pytest.fixture
def ctx(crm: Crm) -> UiContext:
    return UiContext(crm)


@pytest.fixture
def book(crm: Crm) -> Book:
    return populate(crm)


def make_view(qtbot: QtBot, ctx: UiContext, record_type: str = "contact") -> RecordListView:
    view = RecordListView(ctx, record_type)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def view(qtbot: QtBot, ctx: UiContext, book: Book) -> RecordListView:
    return make_view(qtbot, ctx)


def row_of(view: RecordListView, record_id: str) -> int:
    model = view.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data(RECORD_ID_ROLE) == record_id:
            return row
    raise AssertionError(f"{record_id} not listed")


def cell_center(view: RecordListView, row: int) -> QPoint:
    index = view.model.index(row, view.model.column_of("name"))
    view.table.scrollTo(index)
    return view.table.visualRect(index).center()


# ----- opening records -------------------------------------------------------------------------
def test_double_click_opens_the_record(
    qtbot: QtBot, view: RecordListView, ctx: UiContext, book: Book
) -> None:
    wanted = book.contacts[12]["id"]
    pos = cell_center(view, row_of(view, wanted))
    # a real double click starts with a press (QTest sends the double-click event alone)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    with qtbot.waitSignal(ctx.sig_open_record) as blocker:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["contact", wanted]


def test_enter_opens_the_current_record(
    qtbot: QtBot, view: RecordListView, ctx: UiContext, book: Book
) -> None:
    wanted = book.contacts[20]["id"]
    view.table.setCurrentIndex(view.model.index(row_of(view, wanted), 0))
    view.table.setFocus()
    with qtbot.waitSignal(ctx.sig_open_record) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == ["contact", wanted]


# ----- delete and undo -------------------------------------------------------------------------
def test_delete_removes_the_selected_contact_and_undo_brings_it_back(
    qtbot: QtBot, view: RecordListView, ctx: UiContext, crm: Crm, book: Book
) -> None:
    assert view.count_label.text() == "30 contacts"
    assert not view.delete_button.isEnabled()
    victim = book.contacts[3]["id"]
    qtbot.mouseClick(
        view.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=cell_center(view, row_of(view, victim)),
    )
    assert view.selected_ids() == [victim] and view.delete_button.isEnabled()
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert crm.contacts.get(victim).deleted_at is not None
    assert view.model.rowCount() == 29 and view.count_label.text() == "29 contacts"
    with pytest.raises(AssertionError):
        row_of(view, victim)
    assert not view.delete_button.isEnabled()

    ctx.undo()
    assert crm.contacts.get(victim).deleted_at is None
    assert view.model.rowCount() == 30 and view.count_label.text() == "30 contacts"
    assert row_of(view, victim) >= 0


def test_delete_key_removes_several_selected_rows(
    qtbot: QtBot, view: RecordListView, crm: Crm
) -> None:
    view.table.selectRow(0)
    view.table.selectionModel().select(
        view.model.index(1, 0),
        view.table.selectionModel().SelectionFlag.Select
        | view.table.selectionModel().SelectionFlag.Rows,
    )
    chosen = view.selected_ids()
    assert len(chosen) == 2
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert all(crm.contacts.get(i).deleted_at is not None for i in chosen)
    assert view.count_label.text() == "28 contacts"


# ----- filters ---------------------------------------------------------------------------------
def choose(combo_data: str, combo: QComboBox) -> None:
    index = combo.findData(combo_data)
    assert index > 0
    combo.setCurrentIndex(index)


def test_filter_combos_narrow_the_list(view: RecordListView, book: Book) -> None:
    assert view.owner_combo.count() == 1 + 3 and view.owner_combo.itemText(0) == "All owners"
    assert view.owner_combo.currentData() is None
    assert view.stage_combo.isVisible() and view.stage_combo.count() == 1 + 8
    assert [view.tag_combo.itemText(i) for i in range(view.tag_combo.count())] == [
        "All tags",
        "newsletter",
        "vip",
    ]
    assert [view.source_combo.itemData(i) for i in range(view.source_combo.count())] == [
        None,
        "Referral",
        "Trade show",
    ]
    choose(book.users[2], view.owner_combo)
    assert view.model.rowCount() == 10 and view.count_label.text() == "10 contacts"
    choose("Customer", view.stage_combo)
    expected = sum(
        c["owner_id"] == book.users[2] and c["lifecycle_stage"] == "Customer" for c in book.contacts
    )
    assert view.model.rowCount() == expected
    view.owner_combo.setCurrentIndex(0)
    view.stage_combo.setCurrentIndex(0)
    choose(book.tags["vip"], view.tag_combo)
    assert view.model.rowCount() == sum("vip" in c["tags"] for c in book.contacts)
    view.tag_combo.setCurrentIndex(0)
    choose("Trade show", view.source_combo)
    assert view.model.rowCount() == sum(c["source"] == "Trade show" for c in book.contacts)
    view.source_combo.setCurrentIndex(0)
    assert view.model.rowCount() == len(NAMES)


def test_new_users_and_tags_appear_in_the_filters_keeping_the_choice(
    view: RecordListView, ctx: UiContext, crm: Crm, book: Book
) -> None:
    choose(book.users[1], view.owner_combo)
    ctx.apply(lambda: crm.catalog.add_user("Aaron First"))
    assert view.owner_combo.count() == 5
    assert view.owner_combo.currentData() == book.users[1]
    assert view.model.rowCount() == 10
    ctx.apply(lambda: crm.contacts.add_tag(book.contacts[0]["id"], "golf"))
    assert view.tag_combo.findText("golf") > 0


# ----- sorting and columns ---------------------------------------------------------------------
def test_clicking_a_header_sorts_in_sql(qtbot: QtBot, view: RecordListView) -> None:
    header = view.header
    section = view.model.column_of("company")
    pos = QPoint(header.sectionViewportPosition(section) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.model.query.sort == "company"
    first = view.model.query.descending
    shown = [view.model.index(r, section).data() for r in range(view.model.rowCount())]
    assert shown == sorted(shown, reverse=first)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.model.query.descending is not first


def test_a_new_order_starts_at_the_top_and_a_delete_keeps_the_place(
    qtbot: QtBot, view: RecordListView, ctx: UiContext, crm: Crm
) -> None:
    view.resize(900, 260)
    bar = view.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    bottom = bar.value()
    last = view.model.record_id(view.model.rowCount() - 1)
    assert last
    ctx.apply(lambda: crm.contacts.delete([last]))
    assert view.model.rowCount() == 29
    qtbot.waitUntil(lambda: bar.value() > 0)
    assert bar.value() >= bottom - 1
    view.table.sortByColumn(view.model.column_of("email"), Qt.SortOrder.AscendingOrder)
    assert view.model.query.sort == "email"
    assert bar.value() == 0


def test_a_hidden_list_catches_up_when_shown(
    qtbot: QtBot, view: RecordListView, ctx: UiContext, crm: Crm
) -> None:
    view.hide()
    ctx.apply(lambda: crm.contacts.create({"first_name": "Later"}))
    assert view.count_label.text() == "30 contacts"  # not refreshed while hidden
    view.show()
    qtbot.waitExposed(view)
    assert view.count_label.text() == "31 contacts"


def test_column_chooser_hides_and_shows_columns_and_remembers(
    qtbot: QtBot, view: RecordListView, ctx: UiContext
) -> None:
    email = view.model.column_of("email")
    job = view.model.column_of("job_title")
    assert not view.header.isSectionHidden(email) and view.header.isSectionHidden(job)
    view.columns_menu.aboutToShow.emit()
    assert view.column_actions["email"].isChecked()
    assert not view.column_actions["job_title"].isChecked()
    view.column_actions["email"].trigger()
    assert view.header.isSectionHidden(email)
    view.column_actions["job_title"].trigger()
    assert not view.header.isSectionHidden(job) and view.header.sectionSize(job) > 0

    again = make_view(qtbot, ctx)
    assert again.header.isSectionHidden(email)
    assert not again.header.isSectionHidden(job)


def test_a_header_saved_for_other_columns_is_not_restored(
    qtbot: QtBot, view: RecordListView, ctx: UiContext
) -> None:
    email = view.model.column_of("email")
    view.column_actions["email"].trigger()
    QSettings("desktop_crm", "desktop_crm").setValue("contact_list/columns", "name,email")
    again = make_view(qtbot, ctx)
    assert not again.header.isSectionHidden(email)  # the defaults


def test_the_last_visible_column_cannot_be_hidden(view: RecordListView) -> None:
    for key, action in view.column_actions.items():
        view.columns_menu.aboutToShow.emit()
        if key != "name" and action.isChecked():
            action.trigger()
    view.columns_menu.aboutToShow.emit()
    assert not view.column_actions["name"].isEnabled()
    shown = [n for n in range(view.header.count()) if not view.header.isSectionHidden(n)]
    assert shown == [view.model.column_of("name")]


def test_header_context_menu_offers_the_columns(qtbot: QtBot, view: RecordListView) -> None:
    view.header.customContextMenuRequested.emit(QPoint(20, 5))
    qtbot.waitUntil(view.columns_menu.isVisible)
    texts = [a.text() for a in view.columns_menu.actions()]
    assert "Email" in texts and "Last contacted" in texts
    view.columns_menu.close()


def test_widths_and_sort_order_are_remembered(
    qtbot: QtBot, view: RecordListView, ctx: UiContext
) -> None:
    company = view.model.column_of("company")
    view.header.resizeSection(company, 321)
    view.table.sortByColumn(company, Qt.SortOrder.DescendingOrder)
    view.hide()  # flushes the pending save
    again = make_view(qtbot, ctx)
    assert again.header.sectionSize(company) == 321
    assert again.model.query.sort == "company" and again.model.query.descending


# ----- new records -----------------------------------------------------------------------------
def test_new_contact_is_created_and_opened(
    qtbot: QtBot, view: RecordListView, ctx: UiContext, crm: Crm
) -> None:
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.new_dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()  # nothing typed: refused, and the dialog says why
    assert dialog.isVisible() and "needs a first name" in dialog.error_label.text()

    qtbot.keyClicks(dialog.edits["first_name"], "Nuovo")
    qtbot.keyClicks(dialog.edits["last_name"], "Cliente")
    qtbot.keyClicks(dialog.edits["emails"], "nuovo@cliente.it")
    with qtbot.waitSignal(ctx.sig_open_record) as blocker:
        ok.click()
    assert not dialog.isVisible()
    kind, new_id = blocker.args
    assert kind == "contact"
    detail = crm.contacts.get(new_id)
    assert detail.title == "Nuovo Cliente" and detail.values["emails"] == ("nuovo@cliente.it",)
    assert view.count_label.text() == "31 contacts"
    assert crm.undo.can_undo()


def test_companies_list(qtbot: QtBot, ctx: UiContext, crm: Crm, book: Book) -> None:
    view = make_view(qtbot, ctx, "company")
    assert view.count_label.text() == "2 companies"
    assert not view.stage_combo.isVisible()
    assert view.model.index(0, 0).data() == "Alfa Tessuti S.p.A."
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.new_dialog
    assert dialog is not None and list(dialog.edits) == ["name"]
    qtbot.keyClicks(dialog.edits["name"], "Gamma Oy")
    with qtbot.waitSignal(ctx.sig_open_record) as blocker:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert blocker.args[0] == "company"
    assert view.count_label.text() == "3 companies"
    # contacts moving to a company update its contact count
    alfa = book.companies["Alfa Tessuti S.p.A."]
    contacts = view.model.column_of("contacts")
    assert view.model.index(0, contacts).data() == "10"
    ctx.apply(lambda: crm.contacts.update(book.contacts[0]["id"], "company_id", alfa))
    assert view.model.index(0, contacts).data() == "11"


def test_one_contact_is_counted_in_the_singular(qtbot: QtBot, ctx: UiContext, crm: Crm) -> None:
    crm.contacts.create({"first_name": "Solo"})
    view = make_view(qtbot, ctx)
    assert view.count_label.text() == "1 contact"
