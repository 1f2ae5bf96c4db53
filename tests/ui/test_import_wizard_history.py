"""Cancel and undo: Cancel during the preview or the import leaves nothing; the import history
lists the batch and "Undo import" reverts all of it (created records removed, updated fields
restored); Edit ▸ Undo reverts an import too."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.domain.records import Change, ListQuery
from desktop_crm.services.crm import Crm
from desktop_crm.services.importing import batches
from desktop_crm.services.importing.plan import ImportUndo
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.importer import ImportHistoryDialog, ImportWizard
from desktop_crm.ui.importer.result_models import HistoryModel
from tests.ui.test_import_wizard_support import (
    WAIT_MS,
    WizardMaker,
    choose,
    click,
    contacts_by_email,
    do_import,
    english,
    gate,
    goto_preview,
    make_wizard,
    memory,
    next_step,
    table_texts,
    ui,
    write_russian_csv,
)

__all__ = ["english", "gate", "make_wizard", "memory", "ui"]  # fixtures used here


def _to_matching(qtbot: QtBot, make_wizard: WizardMaker, path: Path) -> ImportWizard:
    wizard = make_wizard(path)
    for _ in range(3):
        next_step(qtbot, wizard)
    choose(wizard.matching_page.country_combo, "RU")
    choose(wizard.matching_page.on_match_combo, "overwrite")
    return wizard


def _existing(crm: Crm, phone: str | None = "+79123456703") -> str:
    """The contact that row 5 of the file matches by email (its phone as the file has it)."""
    values = {"first_name": "Ваня", "last_name": "Петров", "emails": "ivan3@example.ru"}
    if phone:
        values["phones"] = phone
    made = crm.contacts.create(values).created_id
    assert made is not None
    return made


def test_cancel_during_the_preview(
    qtbot: QtBot, make_wizard: WizardMaker, tmp_path: Path, gate: threading.Event
) -> None:
    wizard = _to_matching(qtbot, make_wizard, write_russian_csv(tmp_path / "a.csv"))
    page = wizard.preview_page
    with qtbot.waitSignal(page.sig_progress, timeout=WAIT_MS):
        next_step(qtbot, wizard)
    assert page.busy() and page.progress_bar.isVisible()
    assert not wizard.next_button.isEnabled() and not wizard.back_button.isEnabled()
    with qtbot.waitSignal(page.sig_stopped, timeout=WAIT_MS):
        click(qtbot, wizard.cancel_button)
    assert wizard.isVisible()  # Cancel stopped the check, not the wizard
    assert page.status_label.text() == "The check was cancelled. Nothing was imported."
    assert not wizard.next_button.isEnabled() and page.again_button.isVisible()
    gate.set()
    with qtbot.waitSignal(wizard.sig_preview_ready, timeout=WAIT_MS):
        click(qtbot, page.again_button)
    assert wizard.next_button.isEnabled()


def test_cancel_during_the_import_leaves_nothing(
    qtbot: QtBot, crm: Crm, make_wizard: WizardMaker, tmp_path: Path, gate: threading.Event
) -> None:
    existing = _existing(crm)
    wizard = _to_matching(qtbot, make_wizard, write_russian_csv(tmp_path / "a.csv"))
    gate.set()  # the preview runs through
    goto_preview(qtbot, wizard)
    gate.clear()  # the import pauses at its first progress report
    page = wizard.import_page
    with qtbot.waitSignal(page.sig_progress, timeout=WAIT_MS):
        next_step(qtbot, wizard)
    assert page.busy() and wizard.cancel_button.isEnabled()
    assert not wizard.back_button.isEnabled() and not wizard.next_button.isEnabled()
    with qtbot.waitSignal(wizard.sig_import_finished, timeout=WAIT_MS) as blocker:
        wizard.close()  # closing cancels first, and does not close while running
    assert wizard.isVisible() and blocker.args == [None]
    assert page.outcome == "cancelled" and page.heading.text() == "Import cancelled"
    assert "nothing was imported" in page.status_label.text()
    people = contacts_by_email(crm)
    assert list(people) == ["ivan3@example.ru"] and people["ivan3@example.ru"].id == existing
    assert people["ivan3@example.ru"].first_name == "Ваня"
    assert batches.import_history(crm) == [] and crm.catalog.custom_fields("contact") == []
    assert wizard.back_button.isEnabled()  # back to the preview, to try again
    click(qtbot, wizard.cancel_button)
    assert not wizard.isVisible()


def _import(
    qtbot: QtBot,
    crm: Crm,
    make_wizard: WizardMaker,
    tmp_path: Path,
    phone: str | None = "+79123456703",
) -> tuple[ImportWizard, str]:
    existing = _existing(crm, phone)
    wizard = _to_matching(qtbot, make_wizard, write_russian_csv(tmp_path / "клиенты.csv"))
    goto_preview(qtbot, wizard)
    result = do_import(qtbot, wizard)
    assert result is not None and len(contacts_by_email(crm)) == 30
    return wizard, existing


class Answers:
    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent: Any, _title: str, text: str) -> bool:
        self.asked.append(text)
        return self.answer


def test_undo_import_from_the_history_restores_everything(
    qtbot: QtBot,
    crm: Crm,
    ui: UiContext,
    make_wizard: WizardMaker,
    tmp_path: Path,
    qtmodeltester: ModelTester,
) -> None:
    wizard, existing = _import(qtbot, crm, make_wizard, tmp_path)
    click(qtbot, wizard.import_page.history_button)
    dialog = wizard.history_dialog
    assert dialog is not None and dialog.isVisible()
    qtmodeltester.check(dialog.model)
    view = dialog.view
    assert table_texts(view, HistoryModel.FILE) == ["клиенты.csv"]
    assert table_texts(view, HistoryModel.TYPE) == ["Contacts"]
    assert table_texts(view, HistoryModel.NEW) == ["29"]
    assert table_texts(view, HistoryModel.UPDATED) == ["1"]
    assert table_texts(view, HistoryModel.STATUS) == ["Imported"]
    assert dialog.undo_button.isEnabled()

    refuse = Answers(False)
    dialog.confirm = refuse
    click(qtbot, dialog.undo_button)
    assert len(refuse.asked) == 1 and "29 records it created are removed" in refuse.asked[0]
    assert not dialog.is_running() and len(contacts_by_email(crm)) == 30

    dialog.confirm = Answers(True)
    changes: list[Change] = []
    ui.sig_changed.connect(changes.append)
    with qtbot.waitSignal(dialog.sig_finished, timeout=WAIT_MS):
        click(qtbot, dialog.undo_button)
    people = contacts_by_email(crm)
    assert list(people) == ["ivan3@example.ru"] and people["ivan3@example.ru"].id == existing
    assert people["ivan3@example.ru"].first_name == "Ваня"  # the overwritten name is back
    assert crm.company_list.count(ListQuery()) == 0
    assert len(changes) == 1 and isinstance(changes[0], ImportUndo)
    assert changes[0].touches("contact")
    assert table_texts(view, HistoryModel.STATUS)[0].startswith("Undone on ")
    assert not dialog.undo_button.isEnabled()
    assert dialog.status_label.text().startswith("The import was undone: ")


def test_cancel_during_undo_changes_nothing(
    qtbot: QtBot,
    crm: Crm,
    ui: UiContext,
    make_wizard: WizardMaker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _import(qtbot, crm, make_wizard, tmp_path)
    opened = threading.Event()
    real: Callable[..., Any] = batches.undo_import

    def paused(*args: Any, progress: Any, cancelled: Any, **kwargs: Any) -> Any:
        def hold(done: int, total: int) -> None:
            progress(done, total)
            while not cancelled() and not opened.wait(0.01):
                pass

        return real(*args, progress=hold, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(batches, "undo_import", paused)
    monkeypatch.setattr(batches, "BATCH_ROWS", 5)  # progress (and Cancel) every 5 records
    dialog = ImportHistoryDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.confirm = Answers(True)
    with qtbot.waitSignal(dialog.progress_bar.valueChanged, timeout=WAIT_MS):
        click(qtbot, dialog.undo_button)
    assert dialog.is_running() and dialog.close_button.text() == "Cancel"
    with qtbot.waitSignal(dialog.sig_finished, timeout=WAIT_MS):
        click(qtbot, dialog.close_button)
    opened.set()
    assert dialog.isVisible()
    assert dialog.status_label.text() == "Undo cancelled: nothing was changed."
    assert len(contacts_by_email(crm)) == 30
    assert batches.import_history(crm)[0].undone_at is None
    assert dialog.undo_button.isEnabled()


def test_edit_undo_reverts_an_import_too(
    qtbot: QtBot, crm: Crm, ui: UiContext, make_wizard: WizardMaker, tmp_path: Path
) -> None:
    _wizard, existing = _import(qtbot, crm, make_wizard, tmp_path)
    assert crm.undo.undo_text() == "import contact"
    with qtbot.waitSignal(ui.sig_changed, timeout=WAIT_MS):
        ui.undo()
    people = contacts_by_email(crm)
    assert list(people) == ["ivan3@example.ru"] and people["ivan3@example.ru"].id == existing
    assert people["ivan3@example.ru"].first_name == "Ваня"


def test_undo_import_empties_a_phone_list_the_import_filled(
    qtbot: QtBot, crm: Crm, make_wizard: WizardMaker, tmp_path: Path
) -> None:
    wizard, existing = _import(qtbot, crm, make_wizard, tmp_path, phone=None)
    dialog = wizard.show_history()
    dialog.confirm = Answers(True)
    with qtbot.waitSignal(dialog.sig_finished, timeout=WAIT_MS):
        click(qtbot, dialog.undo_button)
    assert dialog.status_label.text().startswith("The import was undone: ")
    assert crm.contacts.get(existing).values["phones"] in ((), None)
