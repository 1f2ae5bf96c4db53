"""Settings: custom fields per record type (add, refuse, remove, undo) and the Data section."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.services.crm import Crm
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.settings.custom_fields import AddCustomFieldDialog
from desktop_crm.ui.settings.settings_page import SettingsPage


@pytest.fixture
def ctx(crm: Crm) -> UiContext:
    return UiContext(crm)


@pytest.fixture
def page(qtbot: QtBot, ctx: UiContext) -> SettingsPage:
    widget = SettingsPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def add_field(
    qtbot: QtBot, page: SettingsPage, label: str, field_type: str, options: str = ""
) -> AddCustomFieldDialog:
    dialog = page.custom_fields.open_add_dialog()
    qtbot.keyClicks(dialog.label_edit, label)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(field_type))
    if options:
        qtbot.keyClicks(dialog.options_edit, options)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    return dialog


def rows(page: SettingsPage) -> list[list[str]]:
    model = page.custom_fields.model
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_add_contact_fields_of_several_types(
    qtbot: QtBot, page: SettingsPage, crm: Crm, qtmodeltester: ModelTester
) -> None:
    assert page.custom_fields.record_type() == "contact"
    add_field(qtbot, page, "Shoe size", "number")
    dialog = page.custom_fields.open_add_dialog()
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("text"))
    assert not dialog.options_edit.isEnabled()
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("choice"))
    assert dialog.options_edit.isEnabled()
    qtbot.keyClicks(dialog.label_edit, "Colour")
    dialog.options_edit.setPlainText("Red\nBlue\n\nRed")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()

    assert rows(page) == [["Shoe size", "Number", ""], ["Colour", "Choice", "Red, Blue"]]
    qtmodeltester.check(page.custom_fields.model)
    defs = crm.catalog.custom_fields("contact")
    assert [(d.label, d.field_type, d.options) for d in defs] == [
        ("Shoe size", "number", ()),
        ("Colour", "choice", ("Red", "Blue")),
    ]


def test_refusals_are_shown_in_the_dialog(qtbot: QtBot, page: SettingsPage, crm: Crm) -> None:
    add_field(qtbot, page, "Shoe size", "number")
    duplicate = add_field(qtbot, page, "shoe SIZE", "text")
    assert duplicate.isVisible()
    assert "that name is taken" in duplicate.error_label.text()
    duplicate.reject()

    no_options = add_field(qtbot, page, "Colour", "multi_choice")
    assert no_options.isVisible()
    assert "needs at least one option" in no_options.error_label.text()
    no_options.reject()

    empty = add_field(qtbot, page, "  ", "text")
    assert "this field is required" in empty.error_label.text()
    empty.reject()
    assert len(crm.catalog.custom_fields("contact")) == 1


def test_company_fields_are_separate(qtbot: QtBot, page: SettingsPage, crm: Crm) -> None:
    add_field(qtbot, page, "Shoe size", "number")
    page.custom_fields.set_record_type("company")
    assert rows(page) == []
    add_field(qtbot, page, "VAT number", "text")
    assert rows(page) == [["VAT number", "Text", ""]]
    assert [d.label for d in crm.catalog.custom_fields("company")] == ["VAT number"]
    assert [d.label for d in crm.catalog.custom_fields("contact")] == ["Shoe size"]


def test_remove_a_field_and_undo(
    qtbot: QtBot, page: SettingsPage, ctx: UiContext, crm: Crm
) -> None:
    add_field(qtbot, page, "Shoe size", "number")
    add_field(qtbot, page, "Hobby", "text")
    panel = page.custom_fields
    assert not panel.remove_button.isEnabled()
    panel.view.selectionModel().select(
        panel.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert panel.remove_button.isEnabled()
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert rows(page) == [["Hobby", "Text", ""]]
    assert [d.label for d in crm.catalog.custom_fields("contact")] == ["Hobby"]

    ctx.undo(page)
    assert [r[0] for r in rows(page)] == ["Shoe size", "Hobby"]


def test_data_section_shows_the_file_and_backs_up(
    qtbot: QtBot, page: SettingsPage, crm: Crm, qtmodeltester: ModelTester
) -> None:
    data = page.data
    assert str(crm.db_path) in data.location_label.text()
    before = data.model.rowCount()
    with qtbot.waitSignal(data.sig_backup_finished, timeout=10_000):
        qtbot.mouseClick(data.backup_button, Qt.MouseButton.LeftButton)
    assert data.backup_button.isEnabled()
    assert data.model.rowCount() == before + 1
    newest = crm.maintenance.backups()[0]
    assert Path(newest.path).exists()
    assert "Backup saved" in data.status_label.text()
    assert data.model.index(0, 1).data() == "Made by hand"
    assert Path(newest.path).name in data.model.index(0, 3).data()
    qtmodeltester.check(data.model)
