"""The Calendar screen: month, week, day and agenda views of tasks and birthdays.

The page owns what is shown (a view and a day in it, an assignee filter), asks the services
for that range only (one ``crm.tasks.between`` and one ``crm.tasks.birthdays`` per reload),
turns the rows into ``CalendarItem``s once and hands them to the visible view. What the user
does to an item (drag, stretch) is saved here through ``UiContext.apply`` so that it is
undoable; opening or creating a task is announced through signals for the window to handle.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.records import Change
from desktop_crm.domain.tasks import from_local_wall
from desktop_crm.ui import dates
from desktop_crm.ui.calendar.agenda import AGENDA_DAYS, AgendaView
from desktop_crm.ui.calendar.items import (
    CalendarItem,
    ItemKind,
    build_items,
    by_day,
    create_defaults,
    local_now,
)
from desktop_crm.ui.calendar.month_view import MonthView
from desktop_crm.ui.calendar.time_grid import TimeGridView
from desktop_crm.ui.context import UiContext

VIEWS = ("month", "week", "day", "agenda")
WATCHED = frozenset({"task", "contact", "user", "setting"})


class CalendarPage(QWidget):
    sig_open_task = Signal(str)  # task id
    sig_create_task = Signal(object)  # dict: due_at, all_day, ends_at
    sig_open_record = Signal(str, str)  # record type, id (a birthday's contact)
    sig_reloaded = Signal()

    def __init__(
        self,
        ui: UiContext,
        parent: QWidget | None = None,
        *,
        work_start_hour: int = 9,
        work_end_hour: int = 18,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.now: Callable[[], datetime] = now or (lambda: datetime.now(UTC))
        self.work_start_hour = work_start_hour
        self.work_end_hour = work_end_hour
        self.view_name = "month"
        self.anchor = self.today()
        self.items: list[CalendarItem] = []
        self._stale = False
        self._build_ui()
        self._connect_signals()
        self.fill_assignees()
        self.show_range("month", self.anchor)

    # ----- construction --------------------------------------------------------------------
    def _build_ui(self) -> None:
        bar = self._build_toolbar()
        self.month = MonthView(self)
        hours = {"work_start_hour": self.work_start_hour, "work_end_hour": self.work_end_hour}
        self.week = TimeGridView(7, self, now=self.now, **hours)
        self.day = TimeGridView(1, self, now=self.now, **hours)
        self.agenda = AgendaView(self)
        self.stack = QStackedWidget(self)
        for view in (self.month, self.week, self.day, self.agenda):
            self.stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self._shortcuts = {
            key: QShortcut(QKeySequence(key), self, context=context)
            for key in ("PgUp", "PgDown", "Ctrl+Left", "Ctrl+Right", "T")
        }

    def _build_toolbar(self) -> QHBoxLayout:
        self.view_buttons = QButtonGroup(self)
        labels = (self.tr("Month"), self.tr("Week"), self.tr("Day"), self.tr("Agenda"))
        bar = QHBoxLayout()
        for index, label in enumerate(labels):
            button = QToolButton(self)
            button.setText(label)
            button.setCheckable(True)
            button.setAutoRaise(False)
            self.view_buttons.addButton(button, index)
            bar.addWidget(button)
        bar.addSpacing(12)
        self.prev_button = QToolButton(self)
        self.prev_button.setToolTip(self.tr("Previous (Page Up)"))
        self.prev_button.setAccessibleName(self.tr("Previous"))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setToolTip(self.tr("Go to today (T)"))
        self.next_button = QToolButton(self)
        self.next_button.setToolTip(self.tr("Next (Page Down)"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self._set_arrows()
        for widget in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        bar.addSpacing(12)
        bar.addWidget(self.title, 1)
        self.assignee = QComboBox(self)
        self.assignee.setToolTip(self.tr("Whose tasks"))
        self.assignee.setAccessibleName(self.tr("Assignee"))
        bar.addWidget(self.assignee)
        self.new_button = QPushButton(self.tr("New task"), self)
        bar.addWidget(self.new_button)
        return bar

    def _connect_signals(self) -> None:
        self.view_buttons.idClicked.connect(self._on_view_buttons_clicked)
        self.prev_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self.today_button.clicked.connect(self.go_today)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.assignee.currentIndexChanged.connect(self._on_assignee_changed)
        self._shortcuts["PgUp"].activated.connect(self.go_previous)
        self._shortcuts["PgDown"].activated.connect(self.go_next)
        self._shortcuts["Ctrl+Left"].activated.connect(self._on_ctrl_left)
        self._shortcuts["Ctrl+Right"].activated.connect(self._on_ctrl_right)
        self._shortcuts["T"].activated.connect(self.go_today)
        for view in (self.month, self.week, self.day, self.agenda):
            view.sig_item_activated.connect(self._on_view_item_activated)
        for grid in (self.month, self.week, self.day):
            grid.sig_create_requested.connect(self.sig_create_task)
            grid.sig_move_requested.connect(self._on_view_move_requested)
            grid.sig_day_requested.connect(self._on_view_day_requested)
        for grid in (self.week, self.day):
            grid.sig_resize_requested.connect(self._on_view_resize_requested)
        self.ui.sig_changed.connect(self._on_ui_changed)

    def fill_assignees(self) -> None:
        current = self.assignee.currentData()
        self.assignee.blockSignals(True)
        self.assignee.clear()
        self.assignee.addItem(self.tr("Everyone"), None)
        for user in self.ui.crm.catalog.users():
            self.assignee.addItem(user.name, user.id)
        found = self.assignee.findData(current)
        self.assignee.setCurrentIndex(max(0, found))
        self.assignee.blockSignals(False)

    # ----- what is shown -------------------------------------------------------------------
    def today(self) -> date:
        return local_now(self.now()).date()

    def assignee_id(self) -> str | None:
        value = self.assignee.currentData()
        return value if isinstance(value, str) else None

    def show_range(self, view: str, day: date) -> None:
        """Show ``view`` ("month", "week", "day" or "agenda") around ``day`` and load it."""
        if view not in VIEWS:
            raise ValueError(view)
        self.view_name, self.anchor = view, day
        index = VIEWS.index(view)
        self.view_buttons.button(index).setChecked(True)
        self.stack.setCurrentIndex(index)
        self.reload()

    def visible_range(self) -> tuple[date, date]:
        """The first and last day the current view shows."""
        if self.view_name == "month":
            return MonthView.grid_range(self.anchor)
        if self.view_name == "week":
            first = dates.week_start(self.anchor)
            return first, first + timedelta(days=6)
        if self.view_name == "day":
            return self.anchor, self.anchor
        return self.anchor, self.anchor + timedelta(days=AGENDA_DAYS - 1)

    def reload(self) -> None:
        """Query the shown range (one query for tasks, one for birthdays) and show it."""
        self._stale = False
        first, last = self.visible_range()
        start = from_local_wall(datetime.combine(first, time(0)))
        end = from_local_wall(datetime.combine(last + timedelta(days=1), time(0)))
        assignee = self.assignee_id()
        tasks = self.ui.crm.tasks.between(start, end, assignee_id=assignee)
        birthdays = self.ui.crm.tasks.birthdays(first, last + timedelta(days=1))
        if assignee is not None:
            birthdays = [b for b in birthdays if b.owner_id == assignee]
        now = self.now()
        self.items = build_items(tasks, birthdays, now, first, last)
        today = local_now(now).date()
        if self.view_name == "month":
            self.month.set_month(self.anchor, by_day(self.items), today)
        elif self.view_name == "agenda":
            self.agenda.agenda.set_items(self.items, today)
        else:
            grid = self.week if self.view_name == "week" else self.day
            grid.set_days(first, self.items, today)
        self.title.setText(self._title(first, last))
        self.sig_reloaded.emit()

    def _title(self, first: date, last: date) -> str:
        if self.view_name == "month":
            return dates.format_month_year(self.anchor)
        if self.view_name == "day":
            return dates.format_date(self.anchor, long=True)
        if dates.parts(first)[:2] == dates.parts(last)[:2]:
            start, end = dates.day_number(first), dates.day_number(last)
            return self.tr("%1 – %2").replace("%1", start).replace("%2", end) + (
                f" {dates.format_month_year(last)}"
            )
        start, end = dates.format_day_month(first), dates.format_day_month(last)
        year = QLocale().toString(dates.parts(last)[0]).replace(QLocale().groupSeparator(), "")
        return self.tr("%1 – %2").replace("%1", start).replace("%2", end) + f" {year}"

    # ----- navigation ----------------------------------------------------------------------
    def step(self, direction: int) -> None:
        if self.view_name == "month":
            day = dates.add_months(dates.month_start(self.anchor), direction)
        else:
            days = {"week": 7, "day": 1, "agenda": AGENDA_DAYS}[self.view_name]
            day = self.anchor + timedelta(days=days * direction)
        self.show_range(self.view_name, day)

    def go_previous(self) -> None:
        self.step(-1)

    def go_next(self) -> None:
        self.step(1)

    def go_today(self) -> None:
        self.show_range(self.view_name, self.today())

    def _on_ctrl_left(self) -> None:
        self.step(1 if self.isRightToLeft() else -1)

    def _on_ctrl_right(self) -> None:
        self.step(-1 if self.isRightToLeft() else 1)

    def _set_arrows(self) -> None:
        rtl = self.isRightToLeft()
        left, right = Qt.ArrowType.LeftArrow, Qt.ArrowType.RightArrow
        self.prev_button.setArrowType(right if rtl else left)
        self.next_button.setArrowType(left if rtl else right)

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._set_arrows()

    # ----- handlers ------------------------------------------------------------------------
    def _on_view_buttons_clicked(self, index: int) -> None:
        self.show_range(VIEWS[index], self.anchor)

    def _on_assignee_changed(self, _index: int) -> None:
        self.reload()

    def _on_new_button_clicked(self) -> None:
        if self.anchor == self.today():
            now = local_now(self.now())
            start = datetime.combine(now.date(), time(now.hour)) + timedelta(hours=1)
        else:
            start = datetime.combine(self.anchor, time(self.work_start_hour))
        self.sig_create_task.emit(create_defaults(start))

    def _on_view_item_activated(self, item: CalendarItem) -> None:
        if item.kind is ItemKind.BIRTHDAY:
            self.sig_open_record.emit("contact", item.key)
        else:
            self.sig_open_task.emit(item.key)

    def _on_view_day_requested(self, day: date) -> None:
        self.show_range("day", day)

    def _on_view_move_requested(self, item: CalendarItem, new_start: datetime) -> None:
        due = item.moved_to(new_start)
        self.ui.apply(lambda: self.ui.crm.tasks.reschedule(item.key, due), self)

    def _on_view_resize_requested(self, item: CalendarItem, minutes: int) -> None:
        if item.due_at is None:
            return
        due = item.due_at
        tasks = self.ui.crm.tasks
        self.ui.apply(lambda: tasks.reschedule(item.key, due, duration_minutes=minutes), self)

    def _on_ui_changed(self, change: Change) -> None:
        kinds = {kind for kind, _id in change.entities}
        if "user" in kinds:
            self.fill_assignees()
        if kinds & WATCHED or not kinds:
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()


__all__ = ["VIEWS", "CalendarPage"]
