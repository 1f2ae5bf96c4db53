"""The goals as a table: metric, target, period, who, progress (a painted bar) and pace."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)
from typing_extensions import override

from desktop_crm.domain.enums import GoalMetric
from desktop_crm.services.goals import BEHIND, DONE, ON_TRACK, Goal, GoalProgress
from desktop_crm.ui import dates
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP
from desktop_crm.ui.pipeline.money import format_money

_CTX = "Goals"
_Index = QModelIndex | QPersistentModelIndex
GOAL_ROLE = Qt.ItemDataRole.UserRole + 1
FRACTION_ROLE = Qt.ItemDataRole.UserRole + 2
METRIC, TARGET, PERIOD, WHO, PROGRESS, PACE = range(6)

METRIC_LABELS: dict[str, str] = {
    GoalMetric.NEW_LEADS: QT_TRANSLATE_NOOP("Goals", "New leads"),
    GoalMetric.DEALS_WON_COUNT: QT_TRANSLATE_NOOP("Goals", "Deals won (count)"),
    GoalMetric.DEALS_WON_VALUE: QT_TRANSLATE_NOOP("Goals", "Deals won (value)"),
    GoalMetric.ACTIVITIES: QT_TRANSLATE_NOOP("Goals", "Activities"),
}
PACE_LABELS: dict[str, str] = {
    ON_TRACK: QT_TRANSLATE_NOOP("Goals", "On track"),
    BEHIND: QT_TRANSLATE_NOOP("Goals", "Behind"),
    DONE: QT_TRANSLATE_NOOP("Goals", "Done"),
}
PACE_COLORS = {ON_TRACK: "#2e7d32", BEHIND: "#c62828", DONE: "#1565c0"}
HEADERS = (
    QT_TRANSLATE_NOOP("Goals", "Metric"),
    QT_TRANSLATE_NOOP("Goals", "Target"),
    QT_TRANSLATE_NOOP("Goals", "Period"),
    QT_TRANSLATE_NOOP("Goals", "Who"),
    QT_TRANSLATE_NOOP("Goals", "Progress"),
    QT_TRANSLATE_NOOP("Goals", "Pace"),
)


def metric_label(metric: str) -> str:
    text = METRIC_LABELS.get(metric)
    return QCoreApplication.translate(_CTX, text) if text else metric


def pace_label(pace: str) -> str:
    text = PACE_LABELS.get(pace)
    return QCoreApplication.translate(_CTX, text) if text else pace


def format_amount(metric: str, amount: Decimal, currency: str) -> str:
    """A target or an actual: money in the base currency, or a whole count."""
    if metric == GoalMetric.DEALS_WON_VALUE:
        return format_money(amount, currency, whole=True)
    return str(QLocale().toString(int(amount)))


def who_label(goal: Goal) -> str:
    if goal.user_id is None:
        return QCoreApplication.translate("Goals", "Team")
    name = goal.user_name or goal.user_id
    if goal.user_deleted:
        return QCoreApplication.translate("Goals", "{name} (deleted)").format(name=name)
    return name


def period_label(goal: Goal) -> str:
    return f"{dates.format_date(goal.period_start)} – {dates.format_date(goal.period_end)}"


class GoalsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._goals: list[Goal] = []
        self._progress: dict[str, GoalProgress] = {}
        self.currency = ""

    def set_goals(
        self, goals: Iterable[Goal], progress: Iterable[GoalProgress], currency: str
    ) -> None:
        self.beginResetModel()
        self._goals = list(goals)
        self._progress = {p.goal.id: p for p in progress}
        self.currency = currency
        self.endResetModel()

    def goal(self, row: int) -> Goal:
        return self._goals[row]

    def progress(self, goal_id: str) -> GoalProgress | None:
        return self._progress.get(goal_id)

    def row_of(self, goal_id: str) -> int:
        return next((r for r, g in enumerate(self._goals) if g.id == goal_id), -1)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._goals)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(HEADERS):
            return QCoreApplication.translate(_CTX, HEADERS[section])
        return None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._goals):
            return None
        goal = self._goals[index.row()]
        progress = self._progress.get(goal.id)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(goal, progress, column)
        if role == GOAL_ROLE:
            return goal
        if role == FRACTION_ROLE and column == PROGRESS:
            return progress.fraction if progress else None
        if role == Qt.ItemDataRole.ForegroundRole and column == PACE and progress:
            return QBrush(QColor(PACE_COLORS.get(progress.pace, "#000000")))
        if role == Qt.ItemDataRole.ToolTipRole and progress and progress.missing_currencies:
            return QCoreApplication.translate(
                "Goals", "No exchange rate for {currencies}: those deals are left out."
            ).format(currencies=QLocale().createSeparatedList(list(progress.missing_currencies)))
        return None

    def _display(self, goal: Goal, progress: GoalProgress | None, column: int) -> str:
        if column == METRIC:
            return metric_label(goal.metric)
        if column == TARGET:
            return format_amount(goal.metric, goal.target, self.currency)
        if column == PERIOD:
            return period_label(goal)
        if column == WHO:
            return who_label(goal)
        if progress is None:
            return ""
        if column == PROGRESS:
            actual = format_amount(goal.metric, progress.actual, self.currency)
            target = format_amount(goal.metric, progress.target, self.currency)
            return f"{actual} / {target}"
        return pace_label(progress.pace)

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ProgressDelegate(QStyledItemDelegate):
    """The progress column as a bar with "actual / target" on it (the style's progress bar)."""

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        fraction = index.data(FRACTION_ROLE)
        if fraction is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
        )
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(3, 3, -3, -3)
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = max(0, min(100, round(float(fraction) * 100)))
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.direction = option.direction
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)


__all__ = [
    "FRACTION_ROLE",
    "GOAL_ROLE",
    "METRIC_LABELS",
    "PACE_LABELS",
    "GoalsModel",
    "ProgressDelegate",
    "format_amount",
    "metric_label",
    "pace_label",
    "period_label",
    "who_label",
]
