"""The shell: navigation, global search (Ctrl+K) in every script, record tabs, undo/redo menu."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.domain.records import ListQuery
from desktop_crm.services.crm import Crm
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.shell.main_window import SECTIONS, MainWindow
from desktop_crm.ui.shell.placeholder import ComingSoonPage


@pytest.fixture
def window(crm: Crm, qtbot: QtBot) -> Iterator[MainWindow]:
    company = crm.companies.create({"name": "Rossi & Figli S.r.l."}).created_id
    crm.contacts.create(
        {
            "first_name": "Marco",
            "last_name": "Rossi",
            "company_id": company,
            "emails": "marco@rossi.it",
        }
    )
    crm.contacts.create({"first_name": "สมชาย", "last_name": "ใจดี", "phones": "+66 2 123 4567"})
    crm.contacts.create({"first_name": "محمد", "last_name": "رضایی"})
    crm.contacts.create({"first_name": "Иван", "last_name": "Петров"})
    win = MainWindow(UiContext(crm))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


def _search(qtbot: QtBot, win: MainWindow, text: str) -> None:
    win.search_box.clear()
    if text.isascii():
        qtbot.keyClicks(win.search_box, text)
    else:  # QTest cannot type non-Latin keys; send what an input method would
        win.search_box.insert(text)
        win.search_box.textEdited.emit(text)
    qtbot.waitUntil(lambda: win.search_box.results.rowCount() > 0, timeout=2000)


def test_status_bar_names_the_database_file(window: MainWindow, crm: Crm) -> None:
    assert str(crm.db_path) in window.db_label.text()


def test_every_section_opens_its_own_page(window: MainWindow) -> None:
    for key, _label, _description in SECTIONS:
        window.show_section(key)
        page = window.stack.currentWidget()
        assert page is window.page(key)
        assert not isinstance(page, ComingSoonPage)


def test_ctrl_k_focuses_search(window: MainWindow, qtbot: QtBot) -> None:
    window.nav.setFocus()
    window.find_action.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_box, timeout=2000)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ross", "Marco Rossi"),
        ("ชาย", "สมชาย ใจดี"),
        ("رضا", "محمد رضایی"),
        ("етр", "Иван Петров"),
        ("figli", "Rossi & Figli S.r.l."),
        ("1234567", "สมชาย ใจดี"),
    ],
)
def test_search_as_you_type_in_any_script(
    window: MainWindow, qtbot: QtBot, typed: str, expected: str
) -> None:
    _search(qtbot, window, typed)
    shown = [
        window.search_box.results.index(r, 0).data()
        for r in range(window.search_box.results.rowCount())
    ]
    assert any(expected in text for text in shown)


def test_enter_opens_the_first_hit_in_a_tab(window: MainWindow, qtbot: QtBot) -> None:
    _search(qtbot, window, "ใจดี")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.count() == 2, timeout=2000)
    assert "สมชาย" in window.tabs.tabText(1)
    window.close_tab_action.trigger()
    assert window.tabs.count() == 1


def test_undo_and_redo_actions_follow_the_stack(window: MainWindow, crm: Crm) -> None:
    assert not window.undo_action.isEnabled()
    contact = crm.contact_list.page(ListQuery(), 0, 1)[0]
    window.ctx.apply(lambda: crm.contacts.update(contact.id, "job_title", "CEO"))
    assert window.undo_action.isEnabled()
    assert "Job title" in window.undo_action.text()
    window.undo_action.trigger()
    assert crm.contacts.get(contact.id).values["job_title"] is None
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert crm.contacts.get(contact.id).values["job_title"] == "CEO"
