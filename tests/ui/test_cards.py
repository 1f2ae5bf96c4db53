"""Contact and company cards: fields edited in place, refusals, tags, activities, timeline,
delete and restore, undo — on real widgets over a real database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.services.crm import Crm
from desktop_crm.ui.cards.choice_editors import ComboFieldEditor, CompanyEditor
from desktop_crm.ui.cards.editors import (
    CheckFieldEditor,
    DateFieldEditor,
    LineFieldEditor,
    LongTextEditor,
)
from desktop_crm.ui.cards.record_card import RecordCard
from desktop_crm.ui.cards.tags import TAG_ID_ROLE
from desktop_crm.ui.cards.timeline import HEADLINE_ROLE
from desktop_crm.ui.context import UiContext

# What the offscreen platform cannot do (size hints, popups' keyboard grab): not our bugs.


@pytest.fixture
def ctx(crm: Crm) -> UiContext:
    return UiContext(crm)


@pytest.fixture
def company_id(crm: Crm) -> str:
    created = crm.companies.create({"name": "Rossi & Figli S.r.l.", "industry": "Textiles"})
    assert created.created_id
    return created.created_id


@pytest.fixture
def contact_id(crm: Crm, company_id: str) -> str:
    created = crm.contacts.create(
        {
            "first_name": "Marco",
            "last_name": "Rossi",
            "job_title": "Direttore",
            "emails": "marco@rossi.it",
            "company_id": company_id,
            "company_role": "Director",
        }
    )
    assert created.created_id
    return created.created_id


@pytest.fixture
def us_locale() -> Iterator[None]:
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(old)


def open_card(qtbot: QtBot, ctx: UiContext, record_type: str, record_id: str) -> RecordCard:
    card = RecordCard(ctx, record_type, record_id)
    qtbot.addWidget(card)
    card.resize(1100, 800)
    card.show()
    qtbot.waitExposed(card)
    return card


def headlines(card: RecordCard) -> list[str]:
    model = card.timeline.timeline_model
    return [
        str(model.data(model.index(row), HEADLINE_ROLE)).replace("\u2068", "").replace("\u2069", "")
        for row in range(model.rowCount())
    ]


def line_editor(card: RecordCard, name: str) -> LineFieldEditor:
    editor = card.editors[name]
    assert isinstance(editor, LineFieldEditor)
    return editor


def type_into(qtbot: QtBot, editor: LineFieldEditor, text: str) -> None:
    editor.line_edit.selectAll()
    qtbot.keyClicks(editor.line_edit, text)
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)


def test_every_field_has_an_editor_labelled(qtbot: QtBot, ctx: UiContext, contact_id: str) -> None:
    card = open_card(qtbot, ctx, "contact", contact_id)
    assert "last_contacted_at" not in card.editors  # derived: maintained by the app
    assert {"first_name", "emails", "birthday", "owner_id", "no_calls", "notes"} <= set(
        card.editors
    )
    label = card.form.labelForField(card.editors["job_title"])
    assert isinstance(label, QLabel) and label.text() == "Job title"
    assert isinstance(card.editors["company_id"], CompanyEditor)
    assert isinstance(card.editors["birthday"], DateFieldEditor)
    assert isinstance(card.editors["notes"], LongTextEditor)
    assert card.title_label.text() == "Marco Rossi"
    assert "Rossi &amp; Figli S.r.l." in card.subtitle_label.text()


def test_job_title_edit_is_saved_shown_on_timeline_and_undone(
    qtbot: QtBot, crm: Crm, ctx: UiContext, contact_id: str
) -> None:
    card = open_card(qtbot, ctx, "contact", contact_id)
    editor = line_editor(card, "job_title")
    type_into(qtbot, editor, "Direttore commerciale")
    assert crm.contacts.get(contact_id).values["job_title"] == "Direttore commerciale"
    assert headlines(card)[0] == "Job title: Direttore → Direttore commerciale"
    assert "Owner" in card.timeline.timeline_model.index(0).data()  # who
    assert editor.error_text() == ""

    ctx.undo(card)
    assert editor.line_edit.text() == "Direttore"
    assert crm.contacts.get(contact_id).values["job_title"] == "Direttore"


def test_invalid_email_shows_message_keeps_text_and_saves_nothing(
    qtbot: QtBot, crm: Crm, ctx: UiContext, contact_id: str
) -> None:
    card = open_card(qtbot, ctx, "contact", contact_id)
    emails = line_editor(card, "emails")
    type_into(qtbot, emails, "marco.rossi.it")
    assert emails.error_label.isVisible()
    assert "is not an email address" in emails.error_text()
    assert emails.line_edit.text() == "marco.rossi.it"
    assert crm.contacts.get(contact_id).values["emails"] == ("marco@rossi.it",)
    assert not crm.undo.can_undo()

    # Saving another field reloads the card; the refused text stays until fixed or reverted.
    type_into(qtbot, line_editor(card, "city"), "Milano")
    assert emails.line_edit.text() == "marco.rossi.it" and emails.error_label.isVisible()
    qtbot.keyClick(emails.line_edit, Qt.Key.Key_Escape)
    assert emails.line_edit.text() == "marco@rossi.it" and not emails.error_label.isVisible()

    type_into(qtbot, emails, "marco@rossi.it, m.rossi@example.com")
    assert crm.contacts.get(contact_id).values["emails"] == (
        "marco@rossi.it",
        "m.rossi@example.com",
    )
    assert not emails.error_label.isVisible()


def test_future_birthday_and_non_dates_are_refused(
    qtbot: QtBot, crm: Crm, ctx: UiContext, contact_id: str, us_locale: None
) -> None:
    card = open_card(qtbot, ctx, "contact", contact_id)
    birthday = line_editor(card, "birthday")
    type_into(qtbot, birthday, f"3/1/{date.today().year + 1}")
    assert "a birthday cannot be in the future" in birthday.error_text()
    assert crm.contacts.get(contact_id).values["birthday"] is None

    type_into(qtbot, birthday, "31/31/1980")
    assert "is not a date" in birthday.error_text()
    assert crm.contacts.get(contact_id).values["birthday"] is None

    type_into(qtbot, birthday, "3/1/1980")  # the locale's short format, month first
    assert crm.contacts.get(contact_id).values["birthday"] == date(1980, 3, 1)
    assert birthday.line_edit.text() == "3/1/1980" and birthday.error_text() == ""
    assert "Birthday: — → 3/1/1980" in headlines(card)


def test_ten_thousand_character_name_is_refused(
    qtbot: QtBot, crm: Crm, ctx: UiContext, contact_id: str
) -> None:
    card = open_card(qtbot, ctx, "contact", contact_id)
    first = line_editor(card, "first_name")
    first.line_edit.setText("M" * 10_000)
    qtbot.keyClick(first.line_edit, Qt.Key.Key_Return)
    assert "too long (10000 characters; at most 200)" in first.error_text()
    assert crm.contacts.get(contact_id).values["first_name"] == "Marco"
    assert card.title_label.text() == "Marco Rossi"


def test_empty_required_name_is_refused(qtbot: QtBot, crm: Crm, ctx: UiContext) -> None:
    company = crm.companies.create({"name": "Acme"}).created_id
    assert company
    card = open_card(qtbot, ctx, "company", company)
    name = line_editor(card, "name")
    type_into(qtbot, name, "   ")
    assert "this field is required" in name.error_text()
    assert crm.companies.get(company).values["name"] == "Acme"


def test_numbers_are_read_in_the_users_locale(
    qtbot: QtBot, crm: Crm, ctx: UiContext, company_id: str
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    try:
        card = open_card(qtbot, ctx, "company", company_id)
        revenue = line_editor(card, "annual_revenue")
        type_into(qtbot, revenue, "1.234.567,5")
        assert crm.companies.get(company_id).values["annual_revenue"] == Decimal("1234567.5")
        assert revenue.line_edit.text() == "1.234.567,50"
        type_into(qtbot, line_editor(card, "size"), "12,5")
        assert "whole number" in line_editor(card, "size").error_text()
    finally:
        QLocale.setDefault(QLocale.c())


def test_choices_owner_and_opt_outs_save_on_change(
    qtbot: QtBot, crm: Crm, ctx: UiContext, contact_id: str
) -> None:
    crm.catalog.add_user("Giulia", "salesperson")
    card = open_card(qtbot, ctx, "contact", contact_id)
    owner = card.editors["owner_id"]
    assert isinstance(owner, ComboFieldEditor)
    owner.combo.setCurrentIndex(owner.combo.findText("Giulia"))
    giulia = next(u.id for u in crm.catalog.users() if u.name == "Giulia")
    assert crm.contacts.get(contact_id).values["owner_id"] == giulia
    assert "Owner: Owner → Giulia" in headlines(card)

    stage = card.editors["lifecycle_stage"]
    assert isinstance(stage, ComboFieldEditor)
    stage.combo.setCurrentIndex(stage.combo.findText("Customer"))
    assert crm.contacts.get(contact_id).values["lifecycle_stage"] == "Customer"

    no_calls = card.editors["no_calls"]
    assert isinstance(no_calls, CheckFieldEditor)
    qtbot.keyClick(no_calls.check_box, Qt.Key.Key_Space)
    assert crm.contacts.get(contact_id).values["no_calls"] is True
    assert "No calls: No → Yes" in headlines(card)


def test_company_can_be_typed_and_unknown_company_is_refused(
    qtbot: QtBot, crm: Crm, ctx: UiContext, contact_id: str
) -> None:
    other = crm.companies.create({"name": "Bianchi SpA"}).created_id
    card = open_card(qtbot, ctx, "contact", contact_id)
    company = card.editors["company_id"]
    assert isinstance(company, CompanyEditor)
    company.line_edit.selectAll()
    qtbot.keyClicks(company.line_edit, "Nobody Ltd")
    qtbot.keyClick(company.line_edit, Qt.Key.Key_Return)
    assert "No company is named" in company.error_text()
    company.line_edit.selectAll()
    qtbot.keyClicks(company.line_edit, "bianchi spa")
    qtbot.keyClick(company.line_edit, Qt.Key.Key_Return)
    assert crm.contacts.get(contact_id).values["company_id"] == other
    assert "Bianchi SpA" in card.subtitle_label.text()
    assert "Company: Rossi & Figli S.r.l. → Bianchi SpA" in headlines(card)


def test_company_link_opens_the_company(
    qtbot: QtBot, ctx: UiContext, contact_id: str, company_id: str
) -> None:
    card = open_card(qtbot, ctx, "contact", contact_id)
    assert f'href="company:{company_id}"' in card.subtitle_label.text()
    with qtbot.waitSignal(ctx.sig_open_record) as blocker:
        card.subtitle_label.linkActivated.emit(f"company:{company_id}")
    assert blocker.args == ["company", company_id]


def test_change_made_elsewhere_is_a_conflict_and_the_card_shows_it(
    qtbot: QtBot, crm: Crm, ctx: UiContext, contact_id: str
) -> None:
    card = open_card(qtbot, ctx, "contact", contact_id)
    crm.contacts.update(contact_id, "job_title", "CEO")  # another window: this card not told
    editor = line_editor(card, "job_title")
    type_into(qtbot, editor, "CFO")
    assert crm.contacts.get(contact_id).values["job_title"] == "CEO"
    assert editor.line_edit.text() == "CEO"
    assert "changed elsewhere" in editor.error_text()


def test_long_text_is_saved_when_focus_leaves(
    qtbot: QtBot, crm: Crm, ctx: UiContext, contact_id: str
) -> None:
    card = open_card(qtbot, ctx, "contact", contact_id)
    notes = card.editors["notes"]
    assert isinstance(notes, LongTextEditor)
    notes.text_edit.setPlainText("Met at the fair.\nWants a quote.")
    card.activateWindow()
    notes.text_edit.setFocus()
    qtbot.waitUntil(notes.text_edit.hasFocus)
    line_editor(card, "city").line_edit.setFocus()
    qtbot.waitUntil(lambda: crm.contacts.get(contact_id).values["notes"] is not None)
    assert crm.contacts.get(contact_id).values["notes"] == "Met at the fair.\nWants a quote."


def test_focused_editor_with_unsaved_text_survives_a_reload(
    qtbot: QtBot, crm: Crm, ctx: UiContext, contact_id: str
) -> None:
    card = open_card(qtbot, ctx, "contact", contact_id)
    city = line_editor(card, "city")
    card.activateWindow()
    city.line_edit.setFocus()
    qtbot.waitUntil(city.line_edit.hasFocus)
    city.line_edit.setText("Tori")  # typing, not committed yet
    ctx.apply(lambda: crm.contacts.update(contact_id, "country", "Italia"))
    assert line_editor(card, "country").line_edit.text() == "Italia"
    assert city.line_edit.text() == "Tori"


def test_custom_field_from_settings_appears_on_the_card_and_is_saved(
    qtbot: QtBot, crm: Crm, ctx: UiContext, contact_id: str
) -> None:
    from desktop_crm.ui.settings.settings_page import SettingsPage

    card = open_card(qtbot, ctx, "contact", contact_id)
    assert card.custom_hint.isVisible()
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    dialog = page.custom_fields.open_add_dialog()
    qtbot.keyClicks(dialog.label_edit, "Shoe size")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("number"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    editor = line_editor(card, "custom.shoe_size")
    label = card.custom_form.labelForField(editor)
    assert isinstance(label, QLabel) and label.text() == "Shoe size"
    assert not card.custom_hint.isVisible()
    type_into(qtbot, editor, "42.5")
    assert crm.contacts.get(contact_id).custom == {"shoe_size": "42.5"}
    assert headlines(card)[0] == "Shoe size: — → 42.5"

    ctx.undo(card)
    assert editor.line_edit.text() == ""
    ctx.undo(card)  # the field's creation
    assert "custom.shoe_size" not in card.editors


def test_custom_choice_field_offers_its_options(
    qtbot: QtBot, crm: Crm, ctx: UiContext, contact_id: str
) -> None:
    crm.catalog.add_custom_field("contact", "Colour", "choice", ("Red", "Blue"))
    card = open_card(qtbot, ctx, "contact", contact_id)
    editor = card.editors["custom.colour"]
    assert isinstance(editor, ComboFieldEditor)
    assert [editor.combo.itemText(i) for i in range(editor.combo.count())] == ["—", "Red", "Blue"]
    editor.combo.setCurrentIndex(2)
    assert crm.contacts.get(contact_id).custom == {"colour": "Blue"}


def test_tags_are_added_and_removed(
    qtbot: QtBot, crm: Crm, ctx: UiContext, contact_id: str
) -> None:
    card = open_card(qtbot, ctx, "contact", contact_id)
    for name in ("VIP", "Fiera Milano"):
        qtbot.keyClicks(card.tags.add_edit, name)
        qtbot.keyClick(card.tags.add_edit, Qt.Key.Key_Return)
    assert [t.name for t in crm.contacts.get(contact_id).tags] == ["Fiera Milano", "VIP"]
    assert card.tags.add_edit.text() == ""
    assert card.tags.model.rowCount() == 2
    assert "Tag added: VIP" in headlines(card)

    view = card.tags.view
    first = card.tags.model.index(0)
    rect = view.visualRect(first)
    close_x = rect.right() - 4 - (rect.height() - 8) // 2  # the × at the chip's end
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(close_x, rect.center().y())
    )
    assert [t.name for t in crm.contacts.get(contact_id).tags] == ["VIP"]

    view.setCurrentIndex(card.tags.model.index(0))
    assert card.tags.model.index(0).data(TAG_ID_ROLE)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert crm.contacts.get(contact_id).tags == ()
    assert "Tag removed: Fiera Milano" in headlines(card)


def test_too_long_tag_is_refused_on_the_tags(qtbot: QtBot, ctx: UiContext, contact_id: str) -> None:
    card = open_card(qtbot, ctx, "contact", contact_id)
    card.tags.add_edit.setText("x" * 150)
    qtbot.keyClick(card.tags.add_edit, Qt.Key.Key_Return)
    assert card.tags.error_label.isVisible()
    assert card.tags.add_edit.text() == "x" * 150


def test_log_a_call_from_the_card(qtbot: QtBot, crm: Crm, ctx: UiContext, contact_id: str) -> None:
    card = open_card(qtbot, ctx, "contact", contact_id)
    qtbot.mouseClick(card.quick_buttons["call"], Qt.MouseButton.LeftButton)
    dialog = card.log_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.subject_edit, "Intro call")
    dialog.duration_spin.setValue(10)
    qtbot.keyClicks(dialog.outcome_edit, "Interested")
    qtbot.keyClicks(dialog.body_edit, "Asked for the price list.")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert not dialog.isVisible()
    assert headlines(card)[0] == "Call — Intro call (10 min) · Outcome: Interested"
    body = card.timeline.timeline_model.index(0).data()
    assert "Asked for the price list." in body
    assert "Last contacted" in card.info_label.text()
    assert crm.contacts.get(contact_id).values["last_contacted_at"] is not None


def test_note_needs_no_duration(qtbot: QtBot, ctx: UiContext, company_id: str) -> None:
    card = open_card(qtbot, ctx, "company", company_id)
    dialog = card.open_log_dialog("note")
    assert not dialog.duration_spin.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.subject_edit, "Prefers email")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert headlines(card)[0] == "Note — Prefers email"


def test_company_card_lists_its_contacts_with_role(
    qtbot: QtBot,
    crm: Crm,
    ctx: UiContext,
    contact_id: str,
    company_id: str,
    qtmodeltester: ModelTester,
) -> None:
    crm.contacts.create(
        {"first_name": "Anna", "company_id": company_id, "company_role": "Accountant"}
    )
    card = open_card(qtbot, ctx, "company", company_id)
    view = card.contacts_view
    assert view is not None
    model = view.contacts_model
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(2)] for r in range(model.rowCount())]
    assert rows == [["Anna", "Accountant"], ["Marco Rossi", "Director"]]
    assert model.index(1, 2).data() == "marco@rossi.it"
    assert "Contacts: 2" in card.subtitle_label.text()

    rect = view.visualRect(model.index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(ctx.sig_open_record) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["contact", contact_id]

    # A contact edited elsewhere in the app shows up on the company card.
    ctx.apply(lambda: crm.contacts.update(contact_id, "company_role", "CEO"))
    assert model.index(1, 1).data() == "CEO"


def test_delete_shows_banner_and_restore_brings_it_back(
    qtbot: QtBot, crm: Crm, ctx: UiContext, contact_id: str
) -> None:
    card = open_card(qtbot, ctx, "contact", contact_id)
    qtbot.mouseClick(card.delete_button, Qt.MouseButton.LeftButton)
    assert crm.contacts.get(contact_id).deleted_at is not None
    assert card.banner.isVisible() and card.restore_button.isVisible()
    assert not card.delete_button.isVisible()
    assert line_editor(card, "job_title").line_edit.isReadOnly()
    assert not card.quick_buttons["call"].isEnabled()
    assert headlines(card)[0] == "Deleted"

    qtbot.mouseClick(card.restore_button, Qt.MouseButton.LeftButton)
    assert crm.contacts.get(contact_id).deleted_at is None
    assert not card.banner.isVisible()
    assert not line_editor(card, "job_title").line_edit.isReadOnly()
    assert headlines(card)[0] == "Restored"


def test_timeline_model_is_a_sound_model(
    qtbot: QtBot, crm: Crm, ctx: UiContext, contact_id: str, qtmodeltester: ModelTester
) -> None:
    crm.contacts.update(contact_id, "job_title", "CEO")
    crm.contacts.add_tag(contact_id, "VIP")
    crm.activities.log("meeting", subject="Visit", duration_minutes=60, contact_id=contact_id)
    card = open_card(qtbot, ctx, "contact", contact_id)
    qtmodeltester.check(card.timeline.timeline_model)
    assert headlines(card) == [
        "Meeting — Visit (60 min)",
        "Tag added: VIP",
        "Job title: Direttore → CEO",
        "Created",
    ]


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_persian_card_renders_in_both_directions(
    qtbot: QtBot, crm: Crm, ctx: UiContext, direction: Qt.LayoutDirection, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(direction)
    try:
        contact = crm.contacts.create({"first_name": "محمد", "last_name": "رضایی"}).created_id
        assert contact
        crm.contacts.update(contact, "job_title", "مدیر فروش")
        card = open_card(qtbot, ctx, "contact", contact)
        assert card.isRightToLeft() == (direction == Qt.LayoutDirection.RightToLeft)
        arrow = "←" if direction == Qt.LayoutDirection.RightToLeft else "→"
        assert headlines(card)[0] == f"Job title: — {arrow} مدیر فروش"
        leading = (
            Qt.AlignmentFlag.AlignRight if card.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        )
        assert card.title_label.alignment() & leading
        assert card.grab().save(str(tmp_path / "card.png"))
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
