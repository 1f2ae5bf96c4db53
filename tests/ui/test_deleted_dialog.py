"""The "Recently deleted" dialog: list deleted contacts and companies, restore, open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.services.crm import Crm
from desktop_crm.ui.cards.deleted_dialog import DeletedDialog
from desktop_crm.ui.context import UiContext


@pytest.fixture
def ctx(crm: Crm) -> UiContext:
    return UiContext(crm)


@pytest.fixture
def deleted(crm: Crm, ctx: UiContext) -> dict[str, str]:
    ids = {
        "marco": crm.contacts.create({"first_name": "Marco", "last_name": "Rossi"}).created_id,
        "anna": crm.contacts.create({"emails": "anna@example.com"}).created_id,
        "acme": crm.companies.create({"name": "Acme"}).created_id,
        "kept": crm.contacts.create({"first_name": "Kept"}).created_id,
    }
    result = {k: v for k, v in ids.items() if v}
    ctx.apply(lambda: crm.contacts.delete([result["marco"], result["anna"]]))
    ctx.apply(lambda: crm.companies.delete([result["acme"]]))
    return result


def open_dialog(qtbot: QtBot, ctx: UiContext) -> DeletedDialog:
    dialog = DeletedDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def select_rows(dialog: DeletedDialog, *rows: int) -> None:
    selection = dialog.view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            dialog.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def listed(dialog: DeletedDialog) -> list[tuple[str, str]]:
    model = dialog.model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_lists_deleted_records_newest_first(
    qtbot: QtBot, ctx: UiContext, deleted: dict[str, str], qtmodeltester: ModelTester
) -> None:
    dialog = open_dialog(qtbot, ctx)
    assert sorted(listed(dialog)) == [
        ("company", "Acme"),
        ("contact", "Marco Rossi"),
        ("contact", "anna@example.com"),
    ]
    assert listed(dialog)[0] == ("company", "Acme")
    assert dialog.model.index(0, 2).data()  # deleted when
    assert not dialog.restore_button.isEnabled() and not dialog.open_button.isEnabled()
    assert not dialog.empty_label.isVisible()
    qtmodeltester.check(dialog.model)


def test_restore_several_at_once(
    qtbot: QtBot, crm: Crm, ctx: UiContext, deleted: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    select_rows(dialog, 0, 1, 2)
    assert dialog.restore_button.isEnabled() and not dialog.open_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert crm.contacts.get(deleted["marco"]).deleted_at is None
    assert crm.contacts.get(deleted["anna"]).deleted_at is None
    assert crm.companies.get(deleted["acme"]).deleted_at is None
    assert listed(dialog) == []
    assert dialog.empty_label.isVisible()

    ctx.undo(dialog)  # the last restore (the company) is undone: it is listed again
    assert listed(dialog) == [("company", "Acme")]


def test_deleting_from_a_card_lists_it_and_restoring_updates_the_card(
    qtbot: QtBot, crm: Crm, ctx: UiContext, deleted: dict[str, str]
) -> None:
    from desktop_crm.ui.cards.record_card import RecordCard

    card = RecordCard(ctx, "contact", deleted["kept"])
    qtbot.addWidget(card)
    card.show()
    dialog = open_dialog(qtbot, ctx)
    qtbot.mouseClick(card.delete_button, Qt.MouseButton.LeftButton)
    assert ("contact", "Kept") in listed(dialog)
    assert card.banner.isVisible()

    select_rows(dialog, [name for _t, name in listed(dialog)].index("Kept"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert ("contact", "Kept") not in listed(dialog)
    assert not card.banner.isVisible()
    assert crm.contacts.get(deleted["kept"]).deleted_at is None


def test_open_a_deleted_record(qtbot: QtBot, ctx: UiContext, deleted: dict[str, str]) -> None:
    dialog = open_dialog(qtbot, ctx)
    row = [name for _t, name in listed(dialog)].index("Marco Rossi")
    select_rows(dialog, row)
    assert dialog.open_button.isEnabled()
    with qtbot.waitSignal(ctx.sig_open_record) as blocker:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["contact", deleted["marco"]]
    assert not dialog.isVisible()
