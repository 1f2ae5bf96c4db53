"""The kanban board on real widgets over a real database: models, drag and drop (through the
views' own drop handling), keyboard moves, stage rules, won / lost, undo, currency totals."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QMimeData, QModelIndex, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.domain.records import StageInfo
from desktop_crm.services.crm import Crm
from desktop_crm.ui.cards.deal_stage import LostReasonDialog
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.pipeline.column_model import DEAL_MIME, DealDrag
from desktop_crm.ui.pipeline.column_widget import StageColumnWidget
from desktop_crm.ui.pipeline.page import PipelinePage

MOVE = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


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
def stages(crm: Crm) -> tuple[StageInfo, ...]:
    return crm.pipelines.pipelines()[0].open_stages


def add_deal(crm: Crm, title: str, stage: StageInfo, **values: Any) -> str:
    deal_id = crm.deals.create({"title": title, "stage_id": stage.id, **values}).created_id
    assert deal_id is not None
    return deal_id


@pytest.fixture
def deals(crm: Crm, stages: tuple[StageInfo, ...]) -> dict[str, str]:
    """Three deals in the first stage (a, b, c in that order), one in the second."""
    made = {name: add_deal(crm, name, stages[0], value=Decimal(100)) for name in "abc"}
    made["d"] = add_deal(crm, "d", stages[1], value=Decimal(50))
    return made


@pytest.fixture
def page(qtbot: QtBot, ctx: UiContext, deals: dict[str, str]) -> PipelinePage:
    view = PipelinePage(ctx)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    messages: list[str] = []
    view.show_message = messages.append
    view.messages = messages  # type: ignore[attr-defined]
    return view


def column(page: PipelinePage, stage: StageInfo) -> StageColumnWidget:
    widget = page.board_view.column(stage.id)
    assert widget is not None
    return widget


def titles(page: PipelinePage, stage: StageInfo) -> list[str]:
    return [card.title for card in column(page, stage).model.cards()]


def stage_of(crm: Crm, deal_id: str) -> str:
    return crm.deals.get(deal_id).stage.id


def deliver_drop(widget: QWidget, point: QPoint, mime: QMimeData) -> None:
    """What reaches ``widget`` at the end of a drag onto ``point``: enter, move, drop."""
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    QApplication.sendEvent(widget, QDragEnterEvent(point, *args))
    QApplication.sendEvent(widget, QDragMoveEvent(point, *args))
    QApplication.sendEvent(widget, QDropEvent(QPointF(point), *args))


def drop_on_view(target: StageColumnWidget, mime: QMimeData, before_row: int | None) -> None:
    """Drop onto the column's list view above the card at ``before_row`` (None: in the empty
    space under the last card); the view works out the drop position itself."""
    view = target.view
    if before_row is None:
        count = target.model.rowCount()
        last = view.visualRect(target.model.index(count - 1, 0)) if count else None
        point = QPoint(20, (last.bottom() + 12) if last is not None else 10)
    else:
        rect = view.visualRect(target.model.index(before_row, 0))
        point = QPoint(rect.center().x(), rect.top() + 3)
    deliver_drop(view.viewport(), point, mime)


def drag_mime(source: StageColumnWidget, deal_id: str) -> QMimeData:
    """The MIME data the source column's model hands to a drag of ``deal_id``'s card."""
    index = source.model.index(source.model.row_of(deal_id), 0)
    return source.model.mimeData([index])


# ----- models ----------------------------------------------------------------------------------
def test_column_models_pass_qt_model_tester(
    page: PipelinePage, stages: tuple[StageInfo, ...], qtmodeltester: Any
) -> None:
    for widget in page.board_view.columns():
        qtmodeltester.check(widget.model)
    assert titles(page, stages[0]) == ["a", "b", "c"]
    page.list_button.click()
    qtmodeltester.check(page.table.deals)
    qtmodeltester.check(page.table.proxy)
    assert page.table.proxy.rowCount() == 4


def test_drag_payload_carries_the_deal_and_where_it_was(
    page: PipelinePage, stages: tuple[StageInfo, ...], deals: dict[str, str]
) -> None:
    mime = drag_mime(column(page, stages[0]), deals["b"])
    assert mime.hasFormat(DEAL_MIME)
    drag = DealDrag.from_mime(mime)
    assert drag is not None
    assert (drag.deal_id, drag.stage_id) == (deals["b"], stages[0].id)


# ----- drag and drop ---------------------------------------------------------------------------
def test_drop_on_another_column_moves_the_deal_there(
    page: PipelinePage,
    crm: Crm,
    stages: tuple[StageInfo, ...],
    deals: dict[str, str],
    qtbot: QtBot,
) -> None:
    source, target = column(page, stages[0]), column(page, stages[1])
    drop_on_view(target, drag_mime(source, deals["a"]), before_row=0)
    assert stage_of(crm, deals["a"]) == stages[1].id
    assert titles(page, stages[1]) == ["a", "d"]  # shown at once, where it was dropped
    assert titles(page, stages[0]) == ["b", "c"]
    assert target.header.count_label.text() == "2"
    qtbot.waitUntil(lambda: not page._reload_timer.isActive())
    assert titles(page, stages[1]) == ["a", "d"]  # and still so after the reload
    assert page.board_view.selected_deal_id() == deals["a"]
    assert page.messages == []  # type: ignore[attr-defined]


def test_drop_below_the_last_card_puts_it_at_the_end(
    page: PipelinePage, crm: Crm, stages: tuple[StageInfo, ...], deals: dict[str, str]
) -> None:
    source, target = column(page, stages[0]), column(page, stages[1])
    drop_on_view(target, drag_mime(source, deals["c"]), before_row=None)
    assert titles(page, stages[1]) == ["d", "c"]
    page.reload()
    assert titles(page, stages[1]) == ["d", "c"]


def test_drop_within_a_column_reorders(
    page: PipelinePage, crm: Crm, stages: tuple[StageInfo, ...], deals: dict[str, str]
) -> None:
    first = column(page, stages[0])
    drop_on_view(first, drag_mime(first, deals["c"]), before_row=0)
    assert titles(page, stages[0]) == ["c", "a", "b"]
    page.reload()
    assert titles(page, stages[0]) == ["c", "a", "b"]
    assert crm.undo.undo_text() == "reorder deal"


def test_drop_on_the_model_directly_takes_the_same_path(
    page: PipelinePage, crm: Crm, stages: tuple[StageInfo, ...], deals: dict[str, str]
) -> None:
    source, target = column(page, stages[0]), column(page, stages[2])
    ok = target.model.dropMimeData(
        drag_mime(source, deals["b"]), Qt.DropAction.MoveAction, -1, 0, QModelIndex()
    )
    assert ok
    assert stage_of(crm, deals["b"]) == stages[2].id
    assert titles(page, stages[2]) == ["b"]


def test_dropping_a_card_where_it_is_changes_nothing(
    page: PipelinePage, crm: Crm, stages: tuple[StageInfo, ...], deals: dict[str, str]
) -> None:
    first = column(page, stages[0])
    drop_on_view(first, drag_mime(first, deals["a"]), before_row=1)  # just below itself
    assert not crm.undo.can_undo()
    assert titles(page, stages[0]) == ["a", "b", "c"]


# ----- the keyboard ------------------------------------------------------------------------------
def test_ctrl_shift_arrows_move_the_selected_deal(
    page: PipelinePage,
    crm: Crm,
    stages: tuple[StageInfo, ...],
    deals: dict[str, str],
    qtbot: QtBot,
) -> None:
    assert page.board_view.select_deal(deals["b"])
    view = column(page, stages[0]).view
    qtbot.keyClick(view, Qt.Key.Key_Right, MOVE)
    assert stage_of(crm, deals["b"]) == stages[1].id
    assert titles(page, stages[1]) == ["b", "d"]  # at the top of the next stage
    moved_to = column(page, stages[1]).view
    assert moved_to.current_deal_id() == deals["b"]
    qtbot.keyClick(moved_to, Qt.Key.Key_Down, MOVE)
    assert titles(page, stages[1]) == ["d", "b"]
    qtbot.keyClick(moved_to, Qt.Key.Key_Up, MOVE)
    assert titles(page, stages[1]) == ["b", "d"]
    qtbot.keyClick(moved_to, Qt.Key.Key_Left, MOVE)
    assert stage_of(crm, deals["b"]) == stages[0].id
    page.reload()
    assert titles(page, stages[0]) == ["b", "a", "c"]


def test_keyboard_moves_are_mirrored_right_to_left(
    page: PipelinePage, crm: Crm, stages: tuple[StageInfo, ...], deals: dict[str, str], qtbot: QtBot
) -> None:
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    page.board_view.select_deal(deals["a"])
    qtbot.keyClick(column(page, stages[0]).view, Qt.Key.Key_Left, MOVE)  # left is onward in RTL
    assert stage_of(crm, deals["a"]) == stages[1].id
    first, second = column(page, stages[0]), column(page, stages[1])
    qtbot.waitUntil(lambda: second.mapTo(page, QPoint()).x() < first.mapTo(page, QPoint()).x())


def test_keyboard_at_the_edges_does_nothing(
    page: PipelinePage, crm: Crm, stages: tuple[StageInfo, ...], deals: dict[str, str], qtbot: QtBot
) -> None:
    page.board_view.select_deal(deals["a"])
    view = column(page, stages[0]).view
    qtbot.keyClick(view, Qt.Key.Key_Left, MOVE)
    qtbot.keyClick(view, Qt.Key.Key_Up, MOVE)
    assert not crm.undo.can_undo()


# ----- refusals ----------------------------------------------------------------------------------
def test_a_stage_rule_refuses_the_move_and_the_card_stays(
    page: PipelinePage,
    ctx: UiContext,
    crm: Crm,
    stages: tuple[StageInfo, ...],
    deals: dict[str, str],
    qtbot: QtBot,
) -> None:
    ctx.apply(
        lambda: crm.pipelines.update_stage(stages[1].id, "required_fields", ["expected_close"])
    )
    qtbot.waitUntil(lambda: not page._reload_timer.isActive())
    source, target = column(page, stages[0]), column(page, stages[1])
    with qtbot.waitSignal(page.sig_refused) as refused:
        drop_on_view(target, drag_mime(source, deals["a"]), before_row=0)
    assert "Expected close" in refused.args[0]
    assert page.messages == [refused.args[0]]  # type: ignore[attr-defined]
    assert stage_of(crm, deals["a"]) == stages[0].id
    assert titles(page, stages[0]) == ["a", "b", "c"]
    assert titles(page, stages[1]) == ["d"]


def test_a_deal_moved_elsewhere_meanwhile_is_refused_and_shown_where_it_is(
    page: PipelinePage,
    crm: Crm,
    stages: tuple[StageInfo, ...],
    deals: dict[str, str],
    qtbot: QtBot,
) -> None:
    stale_mime = drag_mime(column(page, stages[0]), deals["a"])
    crm.deals.move(deals["a"], stages[2].id)  # another window
    drop_on_view(column(page, stages[1]), stale_mime, before_row=0)
    assert stage_of(crm, deals["a"]) == stages[2].id
    assert page.messages  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: titles(page, stages[2]) == ["a"])  # the board, reloaded


def test_a_drop_from_another_pipeline_is_refused(
    page: PipelinePage, ctx: UiContext, crm: Crm, stages: tuple[StageInfo, ...]
) -> None:
    change = ctx.apply(lambda: crm.pipelines.add_pipeline("Renewals"))
    assert change is not None
    other = next(p for p in crm.pipelines.pipelines() if p.name == "Renewals")
    foreign = add_deal(crm, "foreign", other.open_stages[0])
    mime = DealDrag(foreign, other.open_stages[0].id, other.id).to_mime()
    drop_on_view(column(page, stages[1]), mime, before_row=0)
    assert stage_of(crm, foreign) == other.open_stages[0].id
    assert "another pipeline" in page.messages[-1]  # type: ignore[attr-defined]


def test_a_stage_deleted_while_the_card_is_dragged_is_refused(
    page: PipelinePage,
    crm: Crm,
    stages: tuple[StageInfo, ...],
    deals: dict[str, str],
    qtbot: QtBot,
) -> None:
    target = column(page, stages[3])
    crm.pipelines.delete_stage(stages[3].id)  # in another window, while the card is in the air
    drop_on_view(target, drag_mime(column(page, stages[0]), deals["a"]), before_row=None)
    assert stage_of(crm, deals["a"]) == stages[0].id
    assert "not found" in page.messages[-1]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: stages[3].id not in page.board_view.stage_ids())  # what is left
    assert titles(page, stages[0]) == ["a", "b", "c"]


# ----- won and lost ------------------------------------------------------------------------------
def test_won_button_closes_the_selected_deal(
    page: PipelinePage, crm: Crm, stages: tuple[StageInfo, ...], deals: dict[str, str]
) -> None:
    page.board_view.select_deal(deals["b"])
    page.zones.won.click()
    assert crm.deals.get(deals["b"]).values["status"] == "won"
    assert titles(page, stages[0]) == ["a", "c"]
    assert "1" in page.zones.won.text()
    page.reload()
    assert titles(page, stages[0]) == ["a", "c"]


def test_lost_asks_for_a_reason_in_a_dialog(
    page: PipelinePage, crm: Crm, stages: tuple[StageInfo, ...], deals: dict[str, str], qtbot: QtBot
) -> None:
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LostReasonDialog)
        seen.extend(dialog.reason_combo.itemData(i) for i in range(dialog.reason_combo.count()))
        dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("Competitor"))
        dialog.details_edit.setText("went with the cheaper offer")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    drop_zone(page, "lost", drag_mime(column(page, stages[0]), deals["c"]))
    assert seen == crm.pipelines.lost_reasons()
    values = crm.deals.get(deals["c"]).values
    assert values["status"] == "lost"
    assert values["lost_reason"] == "Competitor: went with the cheaper offer"
    assert titles(page, stages[0]) == ["a", "b"]


def test_cancelling_the_lost_reason_keeps_the_deal(
    page: PipelinePage, crm: Crm, stages: tuple[StageInfo, ...], deals: dict[str, str]
) -> None:
    page.ask_lost_reason = lambda _parent, _reasons: None
    page.board_view.select_deal(deals["a"])
    page.zones.lost.click()
    assert crm.deals.get(deals["a"]).values["status"] == "open"
    assert titles(page, stages[0]) == ["a", "b", "c"]


def drop_zone(page: PipelinePage, kind: str, mime: QMimeData) -> None:
    zone: QWidget = page.zones.won if kind == "won" else page.zones.lost
    deliver_drop(zone, zone.rect().center(), mime)


# ----- undo, refresh, opening --------------------------------------------------------------------
def test_undo_of_a_move_puts_the_card_back(
    page: PipelinePage,
    ctx: UiContext,
    crm: Crm,
    stages: tuple[StageInfo, ...],
    deals: dict[str, str],
    qtbot: QtBot,
) -> None:
    drop_on_view(column(page, stages[1]), drag_mime(column(page, stages[0]), deals["a"]), 0)
    assert titles(page, stages[1]) == ["a", "d"]
    ctx.undo()
    assert stage_of(crm, deals["a"]) == stages[0].id
    qtbot.waitUntil(lambda: titles(page, stages[0]) == ["a", "b", "c"])
    assert titles(page, stages[1]) == ["d"]


def test_changes_made_elsewhere_show_on_the_board(
    page: PipelinePage, ctx: UiContext, crm: Crm, stages: tuple[StageInfo, ...], qtbot: QtBot
) -> None:
    ctx.apply(lambda: crm.deals.create({"title": "from a card", "stage_id": stages[3].id}))
    qtbot.waitUntil(lambda: titles(page, stages[3]) == ["from a card"])


def test_double_click_opens_the_deal(
    page: PipelinePage,
    ctx: UiContext,
    stages: tuple[StageInfo, ...],
    deals: dict[str, str],
    qtbot: QtBot,
) -> None:
    view = column(page, stages[0]).view
    center = view.visualRect(view.model().index(1, 0)).center()
    # a real double click starts with a press (QTest sends the double-click event alone)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    with qtbot.waitSignal(ctx.sig_open_record) as opened:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert opened.args == ["deal", deals["b"]]


# ----- headers -----------------------------------------------------------------------------------
def test_headers_total_in_the_base_currency_and_name_missing_rates(
    qtbot: QtBot, ctx: UiContext, crm: Crm, stages: tuple[StageInfo, ...]
) -> None:
    crm.pipelines.set_rate("USD", Decimal("0.9"))
    add_deal(crm, "euro", stages[0], value=Decimal(1000), currency="EUR")
    add_deal(crm, "dollar", stages[0], value=Decimal(2000), currency="USD")
    add_deal(crm, "franc", stages[0], value=Decimal(500), currency="CHF")
    view = PipelinePage(ctx)
    qtbot.addWidget(view)
    header = column(view, stages[0]).header
    assert header.count_label.text() == "3"
    assert header.total_label.text() == "Total \u2068€2,800\u2069"  # 1000 + 2000 × 0.9
    assert header.weighted_label.text() == "Weighted \u2068€280\u2069"  # × 10 %
    assert "CHF" in header.note() and "USD" not in header.note()
    assert column(view, stages[1]).header.note() == ""
