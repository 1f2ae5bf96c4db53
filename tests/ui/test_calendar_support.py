"""Shared fixtures and helpers of the calendar tests (no tests here).

A fixed clock (Wednesday 25 November 2026, 14:20 local), English (UK) with weeks from Monday
and the Gregorian calendar unless a test says otherwise; every due time is built from a local
wall time so the tests hold in any time zone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, QRectF, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.domain.tasks import from_local_wall
from desktop_crm.services.crm import Crm
from desktop_crm.ui import dates
from desktop_crm.ui.calendar import CalendarPage
from desktop_crm.ui.context import UiContext

TODAY = date(2026, 11, 25)
NOW = from_local_wall(datetime(2026, 11, 25, 14, 20))
LEFT = Qt.MouseButton.LeftButton


def local(day: date, hour: int = 0, minute: int = 0) -> datetime:
    """The stored (UTC) time of a local wall time."""
    return from_local_wall(datetime.combine(day, time(hour, minute)))


@pytest.fixture(autouse=True)
def calendar_locale() -> Iterator[None]:
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    dates.configure("gregorian", 1)
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    yield
    QLocale.setDefault(old)
    dates.configure("gregorian", None)
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def ui(crm: Crm) -> UiContext:
    return UiContext(crm)


@pytest.fixture
def make_page(ui: UiContext, qtbot: QtBot) -> Callable[..., CalendarPage]:
    def make(view: str = "month", day: date = TODAY, **kwargs: Any) -> CalendarPage:
        page = CalendarPage(ui, now=lambda: NOW, **kwargs)
        qtbot.addWidget(page)
        page.resize(1100, 700)
        with qtbot.waitActive(page):
            page.show()
            page.activateWindow()
        page.show_range(view, day)
        return page

    return make


def add_task(crm: Crm, title: str, due: datetime | date, **values: Any) -> str:
    all_day = not isinstance(due, datetime)
    change = crm.tasks.create({"title": title, "due_at": due, "all_day": all_day, **values})
    assert change.created_id is not None
    return change.created_id


def center(rect: QRectF | None) -> QPoint:
    assert rect is not None
    return rect.center().toPoint()


def drag(qtbot: QtBot, widget: QWidget, start: QPoint, end: QPoint) -> None:
    """Press at ``start``, move there in steps, release at ``end``."""
    qtbot.mousePress(widget, LEFT, pos=start)
    steps = 4
    for step in range(1, steps + 1):
        point = QPointF(start) + (QPointF(end) - QPointF(start)) * step / steps
        qtbot.mouseMove(widget, point.toPoint())
    qtbot.mouseRelease(widget, LEFT, pos=end)
