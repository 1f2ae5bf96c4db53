"""The pipeline page around the board: painted cards in both directions (long Persian and Thai
titles), the list view of the same deals, won / lost lists and reopening, filters, the switcher."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desktop_crm.domain.records import StageInfo
from desktop_crm.services.crm import Crm
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.pipeline.card_delegate import EDGE, MARGIN, STALE_COLOR
from desktop_crm.ui.pipeline.column_model import DEAL_ID_ROLE
from desktop_crm.ui.pipeline.page import PipelinePage
from desktop_crm.ui.shell.main_window import MainWindow

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
MOVE = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
PERSIAN = "قرارداد پشتیبانی سالانه نرم‌افزار حسابداری برای دفتر مرکزی تهران و شعبه‌های استان"
THAI = "สัญญาบำรุงรักษาระบบคอมพิวเตอร์ประจำปีสำหรับสำนักงานใหญ่กรุงเทพมหานครและสาขาทั่วประเทศ"


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


@pytest.fixture
def book(crm: Crm, stages: tuple[StageInfo, ...]) -> dict[str, str]:
    """Deals in two scripts and two owners; the first stage rots after 3 days."""
    mina = crm.catalog.add_user("Mina Karimi").created_id
    assert mina is not None
    company = crm.companies.create({"name": "شرکت بازرگانی پارس نوین"}).created_id
    siam = crm.companies.create({"name": "บริษัท สยามเทคโนโลยี จำกัด (มหาชน)"}).created_id
    crm.pipelines.update_stage(stages[0].id, "rotting_days", 3)
    crm.pipelines.set_rate("USD", Decimal("0.9"))
    made: dict[str, str] = {"mina": mina}
    for key, values in {
        "fa": {"title": PERSIAN, "value": Decimal(125000), "company_id": company},
        "th": {"title": THAI, "value": Decimal(48000), "currency": "USD", "company_id": siam},
        "web": {"title": "Website redesign", "value": Decimal(9000), "owner_id": mina},
        "trade": {"title": "Trade show leads", "source": "Trade show"},
    }.items():
        change = crm.deals.create({"stage_id": stages[0].id, **values})
        assert change.created_id is not None
        made[key] = change.created_id
    return made


def make_page(qtbot: QtBot, ctx: UiContext, direction: Qt.LayoutDirection) -> PipelinePage:
    page = PipelinePage(ctx)
    qtbot.addWidget(page)
    page.setLayoutDirection(direction)
    page.board_time = lambda: datetime.now(UTC) + timedelta(days=5)  # the first stage rots
    page.reload()
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def card_image(page: PipelinePage, stage: StageInfo) -> tuple[QImage, Any]:
    widget = page.board_view.column(stage.id)
    assert widget is not None
    image = widget.view.viewport().grab().toImage()
    return image, widget


def is_stale_red(color: QColor) -> bool:
    return abs(color.red() - STALE_COLOR.red()) < 40 and color.green() < 90 and color.blue() < 90


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_cards_paint_in_both_directions_with_the_stale_edge_leading(
    qtbot: QtBot,
    ctx: UiContext,
    book: dict[str, str],
    stages: tuple[StageInfo, ...],
    direction: Qt.LayoutDirection,
    tmp_path: Path,
) -> None:
    page = make_page(qtbot, ctx, direction)
    image, widget = card_image(page, stages[0])
    assert [c.title for c in widget.model.cards()][:2] == [PERSIAN, THAI]
    assert all(c.stale for c in widget.model.cards())
    rect = widget.view.visualRect(widget.model.index(0, 0))
    y = rect.center().y()
    rtl = direction == Qt.LayoutDirection.RightToLeft
    leading = rect.right() - MARGIN - EDGE // 2 if rtl else rect.left() + MARGIN + EDGE // 2
    trailing = rect.left() + MARGIN + EDGE // 2 if rtl else rect.right() - MARGIN - EDGE // 2
    assert is_stale_red(image.pixelColor(leading, y))
    assert not is_stale_red(image.pixelColor(trailing, y))
    shot = tmp_path / f"board_{'rtl' if rtl else 'ltr'}.png"
    assert page.grab().save(str(shot))
    assert QImage(str(shot)).width() == page.width()
    # every card has the same height: the view can lay 10,000 out without asking each one
    assert widget.view.uniformItemSizes()
    heights = {widget.view.visualRect(widget.model.index(r, 0)).height() for r in range(4)}
    assert len(heights) == 1


def test_list_view_shows_the_same_deals_and_opens_them(
    qtbot: QtBot, ctx: UiContext, book: dict[str, str], stages: tuple[StageInfo, ...]
) -> None:
    page = make_page(qtbot, ctx, Qt.LayoutDirection.LeftToRight)
    page.list_button.click()
    assert page.stack.currentWidget() is page.table
    table = page.table
    ids = {table.proxy.index(r, 0).data(DEAL_ID_ROLE) for r in range(table.proxy.rowCount())}
    assert ids == {book["fa"], book["th"], book["web"], book["trade"]}
    assert page.count_label.text() == "4 deals"
    table.select_deal(book["web"])
    with qtbot.waitSignal(ctx.sig_open_record) as opened:
        table.activated.emit(table.currentIndex())
    assert opened.args == ["deal", book["web"]]
    qtbot.keyClick(
        table,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert ctx.crm.deals.get(book["web"]).stage.id == stages[1].id
    qtbot.waitUntil(lambda: table.current_deal_id() == book["web"])  # reloaded, still selected
    assert page.zones.isVisibleTo(page)  # Won / Lost act on the table's selection too
    page.zones.won.click()
    assert ctx.crm.deals.get(book["web"]).values["status"] == "won"
    qtbot.waitUntil(lambda: table.proxy.rowCount() == 3)
    page.board_button.click()
    assert page.stack.currentWidget() is page.board_view


def test_won_list_and_reopen(
    qtbot: QtBot, ctx: UiContext, crm: Crm, book: dict[str, str], stages: tuple[StageInfo, ...]
) -> None:
    crm.deals.mark_won(book["web"])
    page = make_page(qtbot, ctx, Qt.LayoutDirection.LeftToRight)
    page.status_combo.setCurrentIndex(page.status_combo.findData("won"))
    assert page.is_list_mode()
    assert page.table.proxy.rowCount() == 1
    assert page.reopen_button.isVisibleTo(page)
    page.table.select_deal(book["web"])
    page.reopen_button.click()
    assert crm.deals.get(book["web"]).values["status"] == "open"
    qtbot.waitUntil(lambda: page.table.proxy.rowCount() == 0)
    page.board_button.click()
    assert page.status() == "open"
    widget = page.board_view.column(stages[0].id)
    assert widget is not None and widget.model.row_of(book["web"]) >= 0


def test_filters_by_owner_source_and_text(
    qtbot: QtBot, ctx: UiContext, book: dict[str, str], stages: tuple[StageInfo, ...]
) -> None:
    page = make_page(qtbot, ctx, Qt.LayoutDirection.LeftToRight)

    def shown() -> set[str]:
        widget = page.board_view.column(stages[0].id)
        assert widget is not None
        return {c.id for c in widget.model.cards()}

    page.owner_combo.setCurrentIndex(page.owner_combo.findData(book["mina"]))
    assert shown() == {book["web"]}
    page.owner_combo.setCurrentIndex(0)
    page.source_combo.setCurrentIndex(page.source_combo.findData("Trade show"))
    assert shown() == {book["trade"]}
    page.source_combo.setCurrentIndex(0)
    page.search_edit.setText("สยาม")  # the company's name, in Thai
    qtbot.waitUntil(lambda: shown() == {book["th"]})
    page.search_edit.clear()
    qtbot.waitUntil(lambda: len(shown()) == 4)


def test_pipeline_switcher_shows_each_pipelines_board(
    qtbot: QtBot, ctx: UiContext, crm: Crm, book: dict[str, str]
) -> None:
    page = make_page(qtbot, ctx, Qt.LayoutDirection.LeftToRight)
    assert not page.pipeline_combo.isVisibleTo(page)  # one pipeline: nothing to switch
    ctx.apply(lambda: crm.pipelines.add_pipeline("Renewals"))
    qtbot.waitUntil(lambda: page.pipeline_combo.count() == 2)
    assert page.pipeline_combo.isVisibleTo(page)
    renewals = next(p for p in crm.pipelines.pipelines() if p.name == "Renewals")
    crm.deals.create({"title": "renew", "stage_id": renewals.open_stages[0].id})
    page.set_pipeline(renewals.id)
    cards = [c.title for w in page.board_view.columns() for c in w.model.cards()]
    assert cards == ["renew"]
    assert page.board_view.stage_ids() == [s.id for s in renewals.open_stages]


def test_main_window_opens_the_pipeline_page(qtbot: QtBot, ctx: UiContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_section("pipeline")
    assert isinstance(window.page("pipeline"), PipelinePage)
