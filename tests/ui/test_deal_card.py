"""The deal card: fields edited in place and undone, refusals on the field, line items making the
value, contacts with a role, moving through the stage combo, won / lost / reopen, quick actions,
and "New deal" from a company's card — on real widgets over a real database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_crm.services.crm import Crm
from desktop_crm.ui.cards.deal_card import DealCardWidget
from desktop_crm.ui.cards.deal_stage import DealLogDialog
from desktop_crm.ui.cards.editors import LineFieldEditor
from desktop_crm.ui.cards.timeline import HEADLINE_ROLE
from desktop_crm.ui.context import UiContext


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
def company_id(crm: Crm) -> str:
    created = crm.companies.create({"name": "Rossi & Figli S.r.l."}).created_id
    assert created
    return created


@pytest.fixture
def contact_id(crm: Crm, company_id: str) -> str:
    created = crm.contacts.create(
        {"first_name": "Marco", "last_name": "Rossi", "company_id": company_id}
    ).created_id
    assert created
    return created


@pytest.fixture
def deal_id(crm: Crm, company_id: str) -> str:
    created = crm.deals.create(
        {"title": "Looms for Prato", "value": "1000", "currency": "EUR", "company_id": company_id}
    ).created_id
    assert created
    return created


def open_card(qtbot: QtBot, ctx: UiContext, deal_id: str) -> DealCardWidget:
    card = DealCardWidget(ctx, deal_id)
    qtbot.addWidget(card)
    card.resize(1200, 900)
    card.show()
    qtbot.waitExposed(card)
    return card


def line(card: DealCardWidget, name: str) -> LineFieldEditor:
    return card.fields.line_editor(name)


def type_into(qtbot: QtBot, editor: LineFieldEditor, text: str) -> None:
    editor.line_edit.selectAll()
    qtbot.keyClicks(editor.line_edit, text)
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)


def headlines(card: DealCardWidget) -> list[str]:
    model = card.timeline.timeline_model
    return [
        str(model.data(model.index(row), HEADLINE_ROLE)).replace("\u2068", "").replace("\u2069", "")
        for row in range(model.rowCount())
    ]


def clean(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


def test_card_shows_every_field_and_the_stage(
    qtbot: QtBot, ctx: UiContext, deal_id: str, qtmodeltester: object
) -> None:
    card = open_card(qtbot, ctx, deal_id)
    assert set(card.editors) >= {
        "title",
        "value",
        "currency",
        "probability",
        "expected_close",
        "owner_id",
        "company_id",
        "source",
        "notes",
    }
    assert card.header.title_label.text() == "Looms for Prato"
    assert card.stage_field.combo.currentText() == "Lead in"
    assert [card.stage_field.combo.itemText(i) for i in range(card.stage_field.combo.count())] == [
        "Lead in",
        "Qualified",
        "Contacted",
        "Proposal",
        "Negotiation",
    ]
    probability = line(card, "probability")
    assert probability.line_edit.text() == ""
    assert probability.line_edit.placeholderText() == "10 (the stage's default)"
    assert "Rossi &amp; Figli S.r.l." in card.header.subtitle_label.text()
    assert clean(card.history_model.index(0, 1).data()) == "Created in Lead in"
    for model in (card.history_model, card.items.model, card.contacts.model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_title_and_value_are_saved_and_undone_one_step_each(
    qtbot: QtBot, crm: Crm, ctx: UiContext, deal_id: str
) -> None:
    card = open_card(qtbot, ctx, deal_id)
    type_into(qtbot, line(card, "title"), "Looms for Prato and Biella")
    type_into(qtbot, line(card, "value"), "12,500.50")
    values = crm.deals.get(deal_id).values
    assert values["title"] == "Looms for Prato and Biella"
    assert values["value"] == Decimal("12500.50")
    assert card.header.title_label.text() == "Looms for Prato and Biella"
    assert line(card, "value").line_edit.text() == "12,500.50"
    assert headlines(card)[0] == "Value: 1,000.00 → 12,500.50"
    assert "Title: Looms for Prato → Looms for Prato and Biella" in headlines(card)

    ctx.undo(card)
    assert crm.deals.get(deal_id).values["value"] == Decimal("1000")
    assert line(card, "value").line_edit.text() == "1,000.00"
    assert line(card, "title").line_edit.text() == "Looms for Prato and Biella"
    ctx.undo(card)
    assert crm.deals.get(deal_id).values["title"] == "Looms for Prato"
    assert card.header.title_label.text() == "Looms for Prato"


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("probability", "150", "a percentage from 0 to 100"),
        ("value", "-5", "an amount cannot be negative"),
        ("title", "   ", "this field is required"),
    ],
)
def test_invalid_input_is_refused_on_the_field(
    qtbot: QtBot, crm: Crm, ctx: UiContext, deal_id: str, field: str, text: str, message: str
) -> None:
    card = open_card(qtbot, ctx, deal_id)
    before = crm.deals.get(deal_id).values
    editor = line(card, field)
    type_into(qtbot, editor, text)
    assert message in editor.error_text()
    assert editor.error_label.isVisible()
    assert editor.line_edit.text() == text
    assert crm.deals.get(deal_id).values == before
    assert not crm.undo.can_undo()


def test_bad_currency_is_refused_and_a_good_one_saved(
    qtbot: QtBot, crm: Crm, ctx: UiContext, deal_id: str
) -> None:
    card = open_card(qtbot, ctx, deal_id)
    currency = card.editors["currency"]
    line_edit = currency.line_edit  # type: ignore[attr-defined]
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, "EURO")
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    assert "is not a currency code" in currency.error_text()
    assert crm.deals.get(deal_id).values["currency"] == "EUR"
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, "usd")
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    assert crm.deals.get(deal_id).values["currency"] == "USD"
    assert currency.error_text() == ""


def test_line_items_make_the_value(
    qtbot: QtBot, crm: Crm, ctx: UiContext, deal_id: str, qtmodeltester: object
) -> None:
    card = open_card(qtbot, ctx, deal_id)
    items = card.items
    qtbot.keyClicks(items.name_edit, "Jacquard loom")
    items.quantity_edit.setText("2")
    qtbot.keyClicks(items.price_edit, "4,000")
    qtbot.mouseClick(items.add_button, Qt.MouseButton.LeftButton)
    assert items.model.rowCount() == 1
    assert crm.deals.get(deal_id).values["value"] == Decimal("8000")
    assert line(card, "value").line_edit.text() == "8,000.00"
    assert line(card, "value").line_edit.isReadOnly()
    assert items.model.index(0, 3).data() == "\u20688,000.00\u2069 EUR"
    assert items.name_edit.text() == ""
    qtmodeltester.check(items.model)  # type: ignore[attr-defined]

    # quantity edited in the table: one undoable step, the value follows
    assert items.model.setData(items.model.index(0, 1), "3")
    assert crm.deals.get(deal_id).values["value"] == Decimal("12000")
    assert line(card, "value").line_edit.text() == "12,000.00"
    assert items.model.index(0, 1).data() == "3"
    assert not items.model.setData(items.model.index(0, 2), "-1")
    assert "cannot be negative" in items.error_label.text()
    ctx.undo(card)
    assert crm.deals.get(deal_id).values["value"] == Decimal("8000")

    # the name typed in the table's own editor
    card.activateWindow()
    name = items.model.index(0, 0)
    items.view.setCurrentIndex(name)
    items.view.edit(name)
    editors = items.view.viewport().findChildren(QLineEdit)
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, "Rapier loom")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits from the event loop
    qtbot.waitUntil(lambda: crm.deals.get(deal_id).items[0][1] == "Rapier loom")
    assert items.model.index(0, 0).data() == "Rapier loom"

    items.view.selectRow(0)
    qtbot.mouseClick(items.remove_button, Qt.MouseButton.LeftButton)
    assert items.model.rowCount() == 0
    assert not line(card, "value").line_edit.isReadOnly()


def test_contacts_are_added_with_a_role_and_removed(
    qtbot: QtBot, crm: Crm, ctx: UiContext, deal_id: str, contact_id: str, qtmodeltester: object
) -> None:
    card = open_card(qtbot, ctx, deal_id)
    dialog = card.contacts.open_add_dialog()
    qtbot.keyClicks(dialog.search_edit, "marco")
    assert dialog.hits.rowCount() == 1
    qtmodeltester.check(dialog.hits)  # type: ignore[attr-defined]
    assert dialog.chosen() == contact_id
    dialog.role_combo.setCurrentText("Decision maker")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert crm.deals.get(deal_id).contacts == ((contact_id, "Marco Rossi", "Decision maker"),)
    model = card.contacts.model
    assert (model.index(0, 0).data(), model.index(0, 1).data()) == ("Marco Rossi", "Decision maker")

    again = card.contacts.open_add_dialog()  # one already linked is not offered again
    qtbot.keyClicks(again.search_edit, "marco")
    assert again.hits.rowCount() == 0
    again.reject()

    card.contacts.view.selectRow(0)
    qtbot.mouseClick(card.contacts.remove_button, Qt.MouseButton.LeftButton)
    assert crm.deals.get(deal_id).contacts == ()
    assert model.rowCount() == 0
    ctx.undo(card)
    assert model.rowCount() == 1


def test_stage_combo_moves_the_deal_and_history_shows_it(
    qtbot: QtBot, crm: Crm, ctx: UiContext, deal_id: str
) -> None:
    card = open_card(qtbot, ctx, deal_id)
    stages = crm.pipelines.pipelines()[0].stages
    card.stage_field.choose(stages[1].id)
    assert crm.deals.get(deal_id).stage.name == "Qualified"
    assert card.stage_field.combo.currentText() == "Qualified"
    assert clean(card.history_model.index(0, 1).data()) == "Lead in → Qualified"
    assert card.history_model.index(0, 2).data() == "Owner"
    assert line(card, "probability").line_edit.placeholderText().startswith("25 ")

    ctx.undo(card)
    assert crm.deals.get(deal_id).stage.name == "Lead in"
    assert card.stage_field.combo.currentText() == "Lead in"
    assert card.history_model.rowCount() == 1

    crm.deals.move(deal_id, stages[2].id)  # another window: this card is not told
    card.stage_field.choose(stages[3].id)
    assert "changed elsewhere" in card.stage_field.error_text()
    assert crm.deals.get(deal_id).stage.name == "Contacted"
    assert card.stage_field.combo.currentText() == "Contacted"


def test_a_stage_rule_refuses_the_move_on_the_stage_field(
    qtbot: QtBot, crm: Crm, ctx: UiContext, deal_id: str
) -> None:
    proposal = crm.pipelines.pipelines()[0].stages[3]
    crm.pipelines.update_stage(proposal.id, "required_fields", ["expected_close"])
    card = open_card(qtbot, ctx, deal_id)
    card.stage_field.choose(proposal.id)
    assert "needs these fields first: Expected close" in card.stage_field.error_text()
    assert card.stage_field.combo.currentText() == "Lead in"
    assert crm.deals.get(deal_id).stage.name == "Lead in"

    type_into(qtbot, line(card, "expected_close"), "6/30/2031")
    assert crm.deals.get(deal_id).values["expected_close"] == date(2031, 6, 30)
    card.stage_field.choose(proposal.id)
    assert crm.deals.get(deal_id).stage.name == "Proposal"
    assert card.stage_field.error_text() == ""


def test_won_then_reopen_then_lost_with_a_reason(
    qtbot: QtBot, crm: Crm, ctx: UiContext, deal_id: str
) -> None:
    card = open_card(qtbot, ctx, deal_id)
    qtbot.mouseClick(card.header.won_button, Qt.MouseButton.LeftButton)
    assert crm.deals.get(deal_id).values["status"] == "won"
    assert card.header.won_button.isHidden() and card.header.reopen_button.isVisible()
    assert card.header.status_label.text().startswith("Won on ")
    assert not card.stage_field.combo.isEnabled()
    assert card.stage_field.combo.currentText() == "Won"

    qtbot.mouseClick(card.header.reopen_button, Qt.MouseButton.LeftButton)
    assert crm.deals.get(deal_id).values["status"] == "open"
    assert card.stage_field.combo.currentText() == "Lead in"
    assert card.header.lost_button.isVisible()

    asked: list[list[str]] = []

    def answer(_parent: object, reasons: list[str]) -> str | None:
        asked.append(list(reasons))
        return "Competitor: cheaper looms"

    card.ask_lost_reason = answer  # type: ignore[assignment]
    qtbot.mouseClick(card.header.lost_button, Qt.MouseButton.LeftButton)
    assert asked and "Competitor" in asked[0]
    values = crm.deals.get(deal_id).values
    assert (values["status"], values["lost_reason"]) == ("lost", "Competitor: cheaper looms")
    assert "Competitor: cheaper looms" in clean(card.header.status_label.text())

    card.ask_lost_reason = lambda _parent, _reasons: None
    qtbot.mouseClick(card.header.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.header.lost_button, Qt.MouseButton.LeftButton)  # cancelled
    assert crm.deals.get(deal_id).values["status"] == "open"


def test_log_a_call_and_add_a_tag_on_the_deal(
    qtbot: QtBot, crm: Crm, ctx: UiContext, deal_id: str
) -> None:
    card = open_card(qtbot, ctx, deal_id)
    qtbot.mouseClick(card.header.quick_buttons["call"], Qt.MouseButton.LeftButton)
    dialog = card.log_dialog
    assert isinstance(dialog, DealLogDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.subject_edit, "Price talk")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert headlines(card)[0] == "Call — Price talk"
    assert crm.activities.timeline("deal", deal_id)[0].subject == "Price talk"

    qtbot.keyClicks(card.tags.add_edit, "Fiera")
    qtbot.keyClick(card.tags.add_edit, Qt.Key.Key_Return)
    assert [t.name for t in crm.deals.get(deal_id).tags] == ["Fiera"]
    assert card.tags.model.rowCount() == 1


def test_custom_field_of_deals_is_edited_on_the_card(
    qtbot: QtBot, crm: Crm, ctx: UiContext, deal_id: str
) -> None:
    crm.catalog.add_custom_field("deal", "Incoterm", "text")
    card = open_card(qtbot, ctx, deal_id)
    type_into(qtbot, line(card, "custom.incoterm"), "FOB")
    assert crm.deals.get(deal_id).values["custom.incoterm"] == "FOB"
    assert headlines(card)[0] == "Incoterm: — → FOB"


def test_deleted_deal_can_be_restored_from_its_card(
    qtbot: QtBot, crm: Crm, ctx: UiContext, deal_id: str
) -> None:
    card = open_card(qtbot, ctx, deal_id)
    qtbot.mouseClick(card.header.delete_button, Qt.MouseButton.LeftButton)
    assert card.header.banner.isVisible()
    assert line(card, "title").line_edit.isReadOnly()
    qtbot.mouseClick(card.header.restore_button, Qt.MouseButton.LeftButton)
    assert crm.deals.get(deal_id).deleted_at is None
    assert not card.header.banner.isVisible()


def test_new_deal_from_a_contact_card_is_listed_and_opens(
    qtbot: QtBot, crm: Crm, ctx: UiContext, contact_id: str, company_id: str, qtmodeltester: object
) -> None:
    from desktop_crm.ui.cards.record_card import RecordCard

    card = RecordCard(ctx, "contact", contact_id)
    qtbot.addWidget(card)
    box = card.deals_box
    assert box.model.rowCount() == 0
    dialog = box.open_new_deal()
    assert "Marco Rossi" in dialog.link_label.text()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()  # no title
    assert "this field is required" in dialog._errors["title"].text()
    assert crm.deals.for_record("contact", contact_id) == []
    qtbot.keyClicks(dialog.title_edit, "Spare parts")
    qtbot.keyClicks(dialog.value_edit, "2,400")
    dialog.stage_combo.setCurrentIndex(dialog.stage_combo.findText("Contacted"))
    with qtbot.waitSignal(ctx.sig_open_record) as opened:
        save.click()
    deals = crm.deals.for_record("contact", contact_id)
    assert [d.title for d in deals] == ["Spare parts"]
    assert opened.args == ["deal", deals[0].id]
    detail = crm.deals.get(deals[0].id)
    assert detail.stage.name == "Contacted" and detail.values["value"] == Decimal("2400")
    assert detail.values["company_id"] == company_id
    assert detail.contacts[0][0] == contact_id
    assert box.model.rowCount() == 1
    assert [box.model.index(0, c).data() for c in range(2)] == ["Spare parts", "Contacted"]
    qtmodeltester.check(box.model)  # type: ignore[attr-defined]
    with qtbot.waitSignal(ctx.sig_open_record) as again:
        box.view.activated.emit(box.model.index(0, 1))
    assert again.args == ["deal", deals[0].id]


def test_main_window_opens_a_deal_card(qtbot: QtBot, ctx: UiContext, deal_id: str) -> None:
    from desktop_crm.ui.shell.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    ctx.open_record("deal", deal_id)
    current = window.tabs.currentWidget()
    assert isinstance(current, DealCardWidget) and current.deal_id == deal_id
    assert (
        window.tabs.tabText(window.tabs.currentIndex()).strip("\u2068\u2069") == "Looms for Prato"
    )


def test_index_helpers_are_defensive(qtbot: QtBot, ctx: UiContext, deal_id: str) -> None:
    card = open_card(qtbot, ctx, deal_id)
    assert card.items.model.data(QModelIndex()) is None
    assert not card.items.model.setData(QModelIndex(), "x")
