"""The import wizard driven step by step on a Russian CSV in Windows-1251: the encoding chosen,
the header row changed and back, a mapping changed, a custom field created, a match rule set,
the preview's counts and errors, the error rows saved, the import, and the mapping remembered."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.domain.records import Change
from desktop_crm.services.crm import Crm
from desktop_crm.services.importing.plan import ImportResult
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.importer import ImportWizard
from desktop_crm.ui.importer.models import MappingModel
from tests.ui.test_import_wizard_support import (
    RUSSIAN_HEADER,
    WAIT_MS,
    PathAnswer,
    WizardMaker,
    choose,
    click,
    click_row,
    column_of,
    company_names,
    contacts_by_email,
    do_import,
    english,
    gate,
    goto_preview,
    make_wizard,
    memory,
    next_step,
    pick_target,
    table_texts,
    ui,
    write_russian_csv,
)

__all__ = ["english", "gate", "make_wizard", "memory", "ui"]  # fixtures used here


def _file_step(qtbot: QtBot, wizard: ImportWizard) -> None:
    """Choose a wrong encoding, see the damage, then the right one."""
    page = wizard.file_page
    assert page.encoding_frame.isVisible() and page.delimiter_combo.isVisible()
    assert page.delimiter_combo.currentData() == ";"
    assert "CSV" in page.kind_label.text()
    with qtbot.waitSignal(wizard.sig_loaded, timeout=WAIT_MS):
        choose(page.encoding_combo, "cp1252")
    assert wizard.state.loaded is not None and wizard.state.loaded.info.encoding == "cp1252"
    assert wizard.raw_model.index(0, 0).data() == "\u00c8\u00ec\u00ff"  # "Имя" read as cp1252
    with qtbot.waitSignal(wizard.sig_loaded, timeout=WAIT_MS):
        choose(page.encoding_combo, "cp1251")
    assert wizard.raw_model.index(0, 0).data() == "Имя"
    assert wizard.raw_model.index(1, 0).data() == "Иван0"
    assert page.status_label.text() == "" and page.is_complete()


def _header_step(qtbot: QtBot, wizard: ImportWizard) -> None:
    page = wizard.header_page
    assert page.header_spin.value() == 1 and not page.sheet_combo.isVisible()
    click_row(qtbot, page.rows_view, 2)  # a data row as the header: the names change
    assert wizard.state.header_row == 2 and page.header_spin.value() == 3
    assert wizard.state.header_names()[0] == "Иван1"
    assert wizard.raw_model.index(2, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert wizard.raw_model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    page.header_spin.setValue(1)  # and back with the spin box
    assert wizard.state.header_row == 0
    assert wizard.state.header_names() == RUSSIAN_HEADER
    assert wizard.raw_model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()


def _mapping_step(qtbot: QtBot, wizard: ImportWizard, qtmodeltester: ModelTester) -> None:
    page = wizard.mapping_page
    qtmodeltester.check(page.model)
    state = wizard.state
    assert state.targets == [
        "first_name",
        "last_name",
        "emails",
        "phones",
        "birthday",
        "notes",
        "company",
    ]
    note = column_of(wizard, "Заметка")
    assert page.model.index(note, MappingModel.SAMPLES).data().startswith("клиент с выставки 0")
    assert not page.new_field_button.isEnabled()
    pick_target(qtbot, wizard, note, "")  # "Ignore"
    assert state.targets[note] is None
    assert page.model.index(note, MappingModel.TARGET).data() == "Ignore (do not import)"
    page.select_column(note)
    click(qtbot, page.new_field_button)
    dialog = page.field_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.label_edit.text() == "Заметка" and dialog.field_type() == "text"
    dialog.label_edit.clear()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.problem_label.text() == "Give the field a name."
    dialog.label_edit.insert("Откуда")  # keyClicks types Latin-1 only
    click(qtbot, ok)
    assert state.new_fields[note].label == "Откуда"
    assert page.model.index(note, MappingModel.TARGET).data() == "New field: Откуда (Text)"
    # a single-valued field chosen for a second column leaves the first one
    first = column_of(wizard, "Имя")
    pick_target(qtbot, wizard, column_of(wizard, "Фамилия"), "first_name")
    assert state.targets[first] is None and "Имя" in page.status_label.text()
    pick_target(qtbot, wizard, column_of(wizard, "Фамилия"), "last_name")
    pick_target(qtbot, wizard, first, "first_name")
    assert state.targets[:2] == ["first_name", "last_name"]
    assert page.status_label.text().startswith("7 of the file's columns will be imported.")


def _matching_step(wizard: ImportWizard) -> None:
    page = wizard.matching_page
    assert page.match_combo.currentData() == "email"
    assert page.dates_box.isVisible() and page.order_combo.currentData() == "dmy"
    choose(page.on_match_combo, "overwrite")
    choose(page.country_combo, "RU")
    state = wizard.state
    assert (state.match_by, state.on_match, state.region, state.date_order) == (
        "email",
        "overwrite",
        "RU",
        "dmy",
    )


def test_a_russian_csv_through_every_step(
    qtbot: QtBot,
    crm: Crm,
    ui: UiContext,
    make_wizard: WizardMaker,
    tmp_path: Path,
    qtmodeltester: ModelTester,
) -> None:
    existing = crm.contacts.create(
        {"first_name": "Ваня", "last_name": "Петров", "emails": "IVAN3@example.ru"}
    ).created_id
    path = write_russian_csv(tmp_path / "клиенты.csv")
    wizard = make_wizard(path)
    qtmodeltester.check(wizard.raw_model)
    _file_step(qtbot, wizard)
    next_step(qtbot, wizard)
    _header_step(qtbot, wizard)
    next_step(qtbot, wizard)
    _mapping_step(qtbot, wizard, qtmodeltester)
    next_step(qtbot, wizard)
    _matching_step(wizard)
    goto_preview(qtbot, wizard)

    page = wizard.preview_page
    assert wizard.next_button.text() == "Import" and wizard.next_button.isEnabled()
    counts = {key: label.text() for key, label in page.count_labels.items()}
    assert counts == {
        "new": "29",
        "updated": "1",
        "unchanged": "0",
        "skipped": "0",
        "warnings": "0",
        "errors": "1",
    }
    assert page.summary_label.text().startswith("2 new companies will be created.")
    qtmodeltester.check(page.rows_model)
    qtmodeltester.check(page.errors_model)
    titles = page.rows_model.titles()
    assert titles[:2] == ("Row", "What happens") and "Откуда" in titles
    assert table_texts(page.rows_view, 1)[:5] == ["New", "New", "New", "Update", "New"]
    assert table_texts(page.rows_view, 0)[:2] == ["2", "3"]
    row = page.rows_model.row_item(0)
    assert row.values["phones"] == ("+79123456700",)
    errors = [page.errors_model.row_item(r) for r in range(page.errors_model.rowCount())]
    assert [(e.row_number, e.column_name) for e in errors] == [(32, "Email")]
    assert table_texts(page.errors_view, 3) == ["\u201cне-почта\u201d is not an email address."]
    assert page.tabs.tabText(1) == "Errors (1)"

    answer = PathAnswer(tmp_path / "errors.csv")
    wizard.ask_save_path = answer
    click(qtbot, page.save_errors_button)
    assert answer.asked and answer.asked[0][1].endswith("клиенты-errors.csv")
    with (tmp_path / "errors.csv").open(encoding="utf-8-sig", newline="") as stream:
        saved = list(csv.reader(stream))
    assert saved[0] == [*RUSSIAN_HEADER, "Error"]
    assert saved[1][:3] == ["Анна", "Сидорова", "не-почта"]
    assert "Rows saved: 1" in page.status_label.text()

    changes: list[Change] = []
    ui.sig_changed.connect(changes.append)
    result = do_import(qtbot, wizard)
    assert isinstance(result, ImportResult) and result.counts.new == 29
    assert wizard.import_page.outcome == "done"
    assert wizard.next_button.text() == "Finish" and not wizard.back_button.isEnabled()
    assert not wizard.cancel_button.isVisible()
    assert "New records: 29 \u00b7 updated: 1" in wizard.import_page.summary_label.text()
    assert changes == [result.change] and changes[0].touches("contact")
    assert crm.undo.can_undo()

    people = contacts_by_email(crm)
    assert len(people) == 30
    assert people["ivan3@example.ru"].id == existing
    assert people["ivan3@example.ru"].first_name == "Иван3"  # overwritten
    assert people["ivan5@example.ru"].company_name == "ООО Ромашка"
    assert company_names(crm) == {"ООО Ромашка", "АО Василёк"}
    fields = crm.catalog.custom_fields("contact")
    assert [(f.label, f.field_type) for f in fields] == [("Откуда", "text")]
    detail = crm.contacts.get(people["ivan5@example.ru"].id)
    assert detail.custom[fields[0].key] == "клиент с выставки 5"
    assert str(detail.values["birthday"]) == "1980-04-06"

    click(qtbot, wizard.next_button)  # Finish
    assert not wizard.isVisible()


def test_the_mapping_is_remembered_for_the_next_file_with_these_columns(
    qtbot: QtBot, crm: Crm, make_wizard: WizardMaker, tmp_path: Path
) -> None:
    first = make_wizard(write_russian_csv(tmp_path / "a.csv"))
    next_step(qtbot, first)
    next_step(qtbot, first)
    note = column_of(first, "Заметка")
    pick_target(qtbot, first, note, "")
    first.mapping_page.select_column(note)
    click(qtbot, first.mapping_page.new_field_button)
    dialog = first.mapping_page.field_dialog
    assert dialog is not None
    dialog.label_edit.setText("Откуда")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    pick_target(qtbot, first, column_of(first, "Компания"), "")
    next_step(qtbot, first)
    assert first.state.region == "US"  # from the locale; these numbers are Russian
    choose(first.matching_page.country_combo, "RU")
    goto_preview(qtbot, first)
    do_import(qtbot, first)
    key = crm.catalog.custom_fields("contact")[0].key

    # the same columns in another order, in another file
    reordered = [RUSSIAN_HEADER[i] for i in (6, 2, 0, 1, 3, 5, 4)]
    second = make_wizard(write_russian_csv(tmp_path / "b.csv", reordered, count=5))
    next_step(qtbot, second)
    next_step(qtbot, second)
    state = second.state
    assert state.recalled
    assert "last import of a file with these columns" in second.mapping_page.intro_label.text()
    by_name = dict(zip(state.names, state.targets, strict=True))
    assert by_name == {
        "Компания": None,
        "Email": "emails",
        "Имя": "first_name",
        "Фамилия": "last_name",
        "Телефон": "phones",
        "Заметка": f"custom.{key}",
        "Дата рождения": "birthday",
    }
    label = second.mapping_page.model.index(column_of(second, "Заметка"), 2).data()
    assert label == "Откуда"
    click(qtbot, second.mapping_page.guess_button)  # and "Guess again" forgets it
    assert not state.recalled and state.targets[column_of(second, "Компания")] == "company"
