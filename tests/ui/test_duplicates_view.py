"""Find duplicates: the search in the background with progress and Cancel, the groups, the
records side by side with a pick per field, Merge and Not duplicates (undoable), right to left."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.services.crm import Crm
from desktop_crm.services.demo import load_demo
from desktop_crm.services.duplicates import find_duplicates, not_duplicate_pairs
from desktop_crm.services.merge_preview import merge_preview
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.duplicates import DuplicatesDialog, DuplicatesPage, find_task
from desktop_crm.ui.duplicates.compare_model import CompareModel
from desktop_crm.ui.duplicates.groups_model import REASON, SCORE, GroupsModel

WAIT_MS = 20_000
Checked, Unchecked = Qt.CheckState.Checked, Qt.CheckState.Unchecked


@pytest.fixture
def ctx(crm: Crm) -> UiContext:
    return UiContext(crm)


@pytest.fixture
def people(crm: Crm) -> dict[str, str]:
    """Two likely duplicates of Marco (email; name in one company), one of Zahra, and others."""
    acme = crm.companies.create({"name": "Acme S.r.l."}).created_id
    made: dict[str, str] = {}
    for key, values in {
        "marco": {"first_name": "Marco", "last_name": "Rossi", "company_id": acme,
                  "emails": ("marco@acme.it",), "phones": ("+39 333 1234567",), "city": "Milano"},
        "marko": {"first_name": "Marko", "last_name": "Rossi", "company_id": acme,
                  "job_title": "CEO", "city": "Roma"},
        "upper": {"first_name": "M.", "last_name": "Rossi", "emails": ("MARCO@ACME.IT", "m@x.it")},
        "zahra": {"first_name": "زهرا", "last_name": "کریمی", "phones": ("+98 912 345 6789",)},
        "zahra2": {"first_name": "زهرا", "last_name": "كريمي", "phones": ("00989123456789",)},
        "other": {"first_name": "Anna", "last_name": "Bianchi", "emails": ("anna@x.it",)},
    }.items():  # fmt: skip
        created = crm.contacts.create(values).created_id
        assert created is not None
        made[key] = created
    crm.activities.log("call", subject="Called Marko", contact_id=made["marko"])
    return made


def open_page(qtbot: QtBot, ctx: UiContext, record_type: str = "contact") -> DuplicatesPage:
    page = DuplicatesPage(ctx, record_type, region="IT")
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    qtbot.waitExposed(page)
    return page


def search(qtbot: QtBot, page: DuplicatesPage) -> int:
    with qtbot.waitSignal(page.sig_search_finished, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    return int(blocker.args[0])  # type: ignore[index]


def row_of(model: CompareModel, name: str) -> int:
    labels = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    return labels.index(name)


# ----- models ------------------------------------------------------------------------------------
def test_models_pass_the_model_tester(qtmodeltester: Any, crm: Crm, people: dict[str, str]) -> None:
    groups = GroupsModel()
    groups.set_groups(find_duplicates(crm, "contact"))
    assert groups.rowCount() == 2
    qtmodeltester.check(groups)
    compare = CompareModel()
    compare.set_preview(merge_preview(crm, "contact", [people["marco"], people["marko"]]))
    qtmodeltester.check(compare)
    compare.set_preview(None)
    qtmodeltester.check(compare)


def test_groups_show_reason_and_similarity(crm: Crm, people: dict[str, str]) -> None:
    model = GroupsModel()
    model.set_groups(find_duplicates(crm, "contact"))
    shown = {
        (model.data(model.index(r, REASON)), model.data(model.index(r, SCORE)))
        for r in range(model.rowCount())
    }
    assert shown == {("Same email", "91%"), ("Same phone", "100%")}


def test_compare_model_picks_like_radio_buttons(crm: Crm, people: dict[str, str]) -> None:
    model = CompareModel()
    model.set_preview(merge_preview(crm, "contact", [people["marco"], people["marko"]]))
    assert model.keep == 0 and model.columnCount() == 3
    assert model.headerData(2, Qt.Orientation.Horizontal) == "After the merge"
    city = row_of(model, "City")
    assert model.data(model.index(city, 0), Qt.ItemDataRole.CheckStateRole) == Checked
    assert model.data(model.index(city, 2)) == "Milano"
    assert model.setData(model.index(city, 1), Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.data(model.index(city, 0), Qt.ItemDataRole.CheckStateRole) == Unchecked
    assert model.data(model.index(city, 2)) == "Roma"
    # unticking the ticked cell does nothing: one value per row is always chosen
    assert not model.setData(model.index(city, 1), Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.choices() == {"city": "Roma"}
    emails = row_of(model, "Emails")
    assert not model.flags(model.index(emails, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    keep = row_of(model, "Keep")
    assert model.setData(model.index(keep, 1), Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.keep_id() == people["marko"] and model.other_ids() == [people["marco"]]
    first = row_of(model, "First name")
    assert model.data(model.index(first, 2)) == "Marko"  # the kept record's value by default
    activities = row_of(model, "Activities")
    assert model.data(model.index(activities, 2)) == "1"


# ----- the page ----------------------------------------------------------------------------------
def test_search_lists_groups_and_shows_the_first_side_by_side(
    qtbot: QtBot, ctx: UiContext, people: dict[str, str]
) -> None:
    page = open_page(qtbot, ctx)
    assert not page.merge_button.isEnabled()
    with qtbot.waitSignal(page.sig_progress, timeout=WAIT_MS):
        assert search(qtbot, page) == 2
    assert page.status_label.text() == "2 groups of likely duplicates."
    assert not page.progress_bar.isVisible() and page.find_button.isEnabled()
    assert page.groups_view.currentIndex().row() == 0
    preview = page.compare_model.preview
    assert preview is not None and set(preview.ids) == {
        people["marco"],
        people["marko"],
        people["upper"],
    }
    assert page.merge_button.isEnabled() and page.separate_button.isEnabled()


def test_merge_with_a_pick_by_keyboard_then_undo(
    qtbot: QtBot, ctx: UiContext, crm: Crm, people: dict[str, str]
) -> None:
    page = open_page(qtbot, ctx)
    search(qtbot, page)
    model, view = page.compare_model, page.compare_view
    keep = row_of(model, "Keep")
    assert model.preview is not None
    marco = model.preview.ids.index(people["marco"])
    view.setFocus()
    for column in ([1 if marco == 0 else 0] if model.keep == marco else []) + [marco]:
        view.setCurrentIndex(model.index(keep, column))
        qtbot.keyClick(view, Qt.Key.Key_Space)  # tick "keep" on the record
        assert model.keep == column
    city = row_of(model, "City")
    roma = next(c for c in range(3) if model.data(model.index(city, c)) == "Roma")
    view.setCurrentIndex(model.index(city, roma))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert model.choices() == {"city": "Roma"}
    kept = model.keep_id()
    assert kept == people["marco"]
    with qtbot.waitSignal(page.sig_merged) as blocker:
        qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [kept]
    assert page.groups_model.rowCount() == 1  # the group left the list
    values = crm.contacts.get(kept).values
    assert values["city"] == "Roma"
    assert values["emails"] == ("marco@acme.it", "m@x.it")
    assert {e.subject for e in crm.activities.timeline("contact", kept)} >= {"Called Marko"}
    assert crm.undo.undo_text() == "merge contact"
    assert page.undo_button.isVisible()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.groups_model.rowCount() == 2  # back where it was
    assert crm.contacts.get(people["marko"]).deleted_at is None
    assert crm.contacts.get(people["marco"]).values["emails"] == ("marco@acme.it",)
    assert not page.undo_button.isVisible()


def test_not_duplicates_is_remembered(
    qtbot: QtBot, ctx: UiContext, crm: Crm, people: dict[str, str]
) -> None:
    page = open_page(qtbot, ctx)
    search(qtbot, page)
    group = page.current_group()
    assert group is not None
    with qtbot.waitSignal(page.sig_separated):
        qtbot.mouseClick(page.separate_button, Qt.MouseButton.LeftButton)
    assert page.groups_model.rowCount() == 1
    assert len(not_duplicate_pairs(crm, "contact")) == 3  # every pair of the three
    assert search(qtbot, page) == 1
    assert page.groups_model.row_of(group.key) == -1


def test_a_change_elsewhere_marks_the_list_stale(
    qtbot: QtBot, ctx: UiContext, people: dict[str, str]
) -> None:
    page = open_page(qtbot, ctx)
    search(qtbot, page)
    ctx.apply(lambda: ctx.crm.contacts.update(people["zahra"], "city", "تهران"))
    assert page.status_label.text().startswith("Records changed since the search")


@pytest.fixture
def gated(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Searches pause at their first progress report until cancelled (or the gate opens)."""
    real = find_task.find_duplicates
    gate = threading.Event()

    def paused(*args: Any, progress: Any, cancelled: Any, **kwargs: Any) -> Any:
        def hold(done: int, total: int) -> None:
            progress(done, total)
            while not cancelled() and not gate.wait(0.01):
                pass

        return real(*args, progress=hold, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(find_task, "find_duplicates", paused)
    yield gate
    gate.set()


def test_cancel_stops_the_search(
    qtbot: QtBot, ctx: UiContext, crm: Crm, gated: threading.Event
) -> None:
    load_demo(crm)
    page = open_page(qtbot, ctx)
    with qtbot.waitSignal(page.sig_progress, timeout=WAIT_MS):
        qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    assert page.is_running() and page.cancel_button.isVisible()
    assert not page.find_button.isEnabled() and page.progress_bar.isVisible()
    with qtbot.waitSignal(page.sig_search_finished, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [-1]
    assert page.status_label.text() == "Search cancelled."
    assert not page.is_running() and page.find_button.isEnabled()


def test_closing_the_dialog_cancels_a_running_search_first(
    qtbot: QtBot, ctx: UiContext, crm: Crm, gated: threading.Event
) -> None:
    load_demo(crm)
    dialog = DuplicatesDialog(ctx, "contact")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.page.sig_progress, timeout=WAIT_MS):
        dialog.page.start_search()
    with qtbot.waitSignal(dialog.page.sig_search_finished, timeout=WAIT_MS):
        dialog.reject()
    assert dialog.isVisible()  # the first Close only cancels
    dialog.reject()
    assert not dialog.isVisible()


def test_companies(qtbot: QtBot, ctx: UiContext, crm: Crm) -> None:
    for name in ("Rossi S.r.l.", "ROSSI SRL", "Bianchi SpA"):
        crm.companies.create({"name": name})
    page = open_page(qtbot, ctx, "company")
    assert page.find_button.text() == "Find duplicate companies"
    assert search(qtbot, page) == 1
    assert page.compare_model.result_column() == 2
    with qtbot.waitSignal(page.sig_merged):
        qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert page.status_label.text() == "Merged 2 companies into one."
    assert page.compare_model.preview is None and not page.merge_button.isEnabled()


def test_right_to_left(
    qtbot: QtBot, qapp: QApplication, ctx: UiContext, people: dict[str, str], tmp_path: Any
) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        page = open_page(qtbot, ctx)
        assert page.isRightToLeft()
        search(qtbot, page)
        # QTableView.selectRow selects nothing right to left when the columns are narrow
        assert page.groups_view.currentIndex().row() == 0
        assert page.compare_model.preview is not None
        assert page.find_button.geometry().right() > page.width() // 2  # hugs the right edge
        model = page.compare_model
        phones = row_of(model, "Phones")
        shown = [model.data(model.index(phones, c)) for c in range(model.columnCount())]
        numbers = [text for text in shown if "+39" in text]
        assert numbers and all(text.startswith("\u200e") for text in numbers)  # kept LTR
        assert page.grab().save(str(tmp_path / "duplicates_rtl.png"))
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_task_reports_a_cancel_before_it_starts(crm: Crm, people: dict[str, str]) -> None:
    task = find_task.FindTask(crm, "contact", "IT", 88)
    seen: list[str] = []
    task.signals.sig_cancelled.connect(lambda: seen.append("cancelled"))
    task.signals.sig_done.connect(lambda groups: seen.append("done"))
    task.cancel()
    task.run()
    assert seen == ["cancelled"]
