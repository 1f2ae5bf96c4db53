"""Completing a task: one undoable step; for a call or meeting linked to a record, the offer to
log it on the record's timeline, as its own undoable step."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.services.crm import Crm
from desktop_crm.ui import dates
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.tasks.complete import complete_task


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    dates.configure("gregorian", 0)
    yield


@pytest.fixture
def ui(crm: Crm) -> UiContext:
    return UiContext(crm)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def marco(crm: Crm) -> str:
    created = crm.contacts.create({"first_name": "Marco", "last_name": "Rossi"}).created_id
    assert created
    return created


def logged(crm: Crm, record_type: str, record_id: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.activity_kind, e.subject)
        for e in crm.activities.timeline(record_type, record_id)
        if e.kind == "activity"
    ]


def test_completing_a_call_offers_to_log_it_on_the_contacts_timeline(
    crm: Crm, ui: UiContext, marco: str, parent: QWidget, qtbot: QtBot
) -> None:
    task = crm.tasks.create(
        {"title": "Call Marco about the looms", "kind": "call", "contact_id": marco}
    ).created_id
    assert task
    dialog = complete_task(ui, task, parent)
    assert crm.tasks.get(task).done  # done before anything is asked
    assert dialog is not None and dialog.isVisible()
    assert dialog.question_label.text() == "Log this call on Marco Rossi's timeline?"
    assert dialog.subject_edit.text() == "Call Marco about the looms"
    assert dialog.kind_combo.currentData() == "call"
    qtbot.keyClicks(dialog.outcome_edit, "Interested, wants samples")
    with qtbot.waitSignal(ui.sig_changed):
        qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    assert dialog.change is not None
    entries = [e for e in crm.activities.timeline("contact", marco) if e.kind == "activity"]
    assert [(e.activity_kind, e.subject, e.outcome) for e in entries] == [
        ("call", "Call Marco about the looms", "Interested, wants samples")
    ]
    ui.undo()  # the logged call goes, the task stays done
    assert logged(crm, "contact", marco) == []
    assert crm.tasks.get(task).done
    ui.undo()
    assert not crm.tasks.get(task).done


def test_a_meeting_is_logged_with_its_length_on_the_deal(
    crm: Crm, ui: UiContext, parent: QWidget, qtbot: QtBot
) -> None:
    deal = crm.deals.create({"title": "Looms for Prato"}).created_id
    assert deal
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    task = crm.tasks.create(
        {"title": "Demo", "kind": "meeting", "deal_id": deal, "due_at": start,
         "duration_minutes": 45}
    ).created_id  # fmt: skip
    assert task
    dialog = complete_task(ui, task, parent)
    assert dialog is not None
    assert dialog.question_label.text() == "Log this meeting on Looms for Prato's timeline?"
    assert dialog.duration_spin.value() == 45
    assert dialog.occurred_at() == start  # when it took place
    dialog.log()
    entries = [e for e in crm.activities.timeline("deal", deal) if e.kind == "activity"]
    assert [(e.activity_kind, e.subject, e.duration_minutes) for e in entries] == [
        ("meeting", "Demo", 45)
    ]


def test_not_now_logs_nothing(
    crm: Crm, ui: UiContext, marco: str, parent: QWidget, qtbot: QtBot
) -> None:
    task = crm.tasks.create({"title": "Call", "kind": "call", "contact_id": marco}).created_id
    assert task
    dialog = complete_task(ui, task, parent)
    assert dialog is not None
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert logged(crm, "contact", marco) == []
    assert crm.tasks.get(task).done


def test_no_offer_without_asking_a_link_or_a_call(
    crm: Crm, ui: UiContext, marco: str, parent: QWidget
) -> None:
    call = crm.tasks.create({"title": "Call", "kind": "call", "contact_id": marco}).created_id
    unlinked = crm.tasks.create({"title": "Call someone", "kind": "call"}).created_id
    document = crm.tasks.create(
        {"title": "Send offer", "kind": "send_document", "contact_id": marco}
    ).created_id
    assert call and unlinked and document
    assert complete_task(ui, call, parent, ask=False) is None
    assert complete_task(ui, unlinked, parent) is None
    assert complete_task(ui, document, parent) is None
    assert all(crm.tasks.get(t).done for t in (call, unlinked, document))
    assert logged(crm, "contact", marco) == []


def test_completing_a_repeating_task_creates_the_next_one_in_the_same_step(
    crm: Crm, ui: UiContext, parent: QWidget
) -> None:
    due = datetime(2026, 11, 24, 9, tzinfo=UTC)
    task = crm.tasks.create(
        {"title": "Weekly report", "due_at": due, "repeat_rule": "FREQ=WEEKLY;BYDAY=TU"}
    ).created_id
    assert task
    depth = len(crm.undo.done)
    complete_task(ui, task, parent)
    assert len(crm.undo.done) == depth + 1
    upcoming = crm.tasks.between(due, due + timedelta(days=8), include_done=False)
    assert [(t.title, t.due_at) for t in upcoming] == [("Weekly report", due + timedelta(days=7))]
    ui.undo()
    assert crm.tasks.between(due, due + timedelta(days=8), include_done=False)[0].id == task
