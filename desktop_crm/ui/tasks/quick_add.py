"""The quick-add line: "Call Marco tomorrow 10:00" + Enter creates the task (undoable), linked
to Marco Rossi when he is the one contact the name matches, and says what it understood."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.quick_add import QuickTask, fold, name_variants, parse_quick_task
from desktop_crm.domain.records import Change, SearchHit
from desktop_crm.domain.tasks import from_local_wall, local_wall
from desktop_crm.services.crm import Crm
from desktop_crm.ui import dates
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.messages import error_text
from desktop_crm.ui.tasks.fields import ERROR_STYLE

SEARCH_LIMIT = 20


def calendar_date(numbers: tuple[int, ...], today: date) -> date | None:
    """An explicit date of a quick-add line read in the user's calendar and the locale's
    order: 12/3 (day/month in Italy), 1405/9/2 (Jalali year first); no year: the next one."""
    order = [c for c in dict.fromkeys(dates.short_pattern()) if c in "dMy"]
    if len(order) != 3:
        order = ["d", "M", "y"]
    year_now = dates.parts(today)[0]
    if len(numbers) == 3:
        values = dict(zip(("y", "M", "d") if numbers[0] >= 100 else order, numbers, strict=True))
        year = values["y"] + (year_now // 100) * 100 if values["y"] < 100 else values["y"]
        return dates.from_parts(year, values["M"], values["d"])
    values = dict(zip([c for c in order if c != "y"], numbers, strict=True))
    for year in (year_now, year_now + 1):
        found = dates.from_parts(year, values["M"], values["d"])
        if found is not None and found >= today:
            return found
    return None


def match_one(crm: Crm, words: Sequence[str], record_type: str) -> SearchHit | None:
    """The one record of ``record_type`` whose name holds the words (each word that matches
    any name narrows the choice; words that match none are ignored)."""
    narrowed: set[str] | None = None
    seen: dict[str, SearchHit] = {}
    for word in words:
        for variant in name_variants(word):
            try:
                hits = crm.finder.search(variant, SEARCH_LIMIT).hits
            except CrmError:
                return None
            named = {
                h.id: h
                for h in hits
                if h.record_type == record_type and fold(variant) in fold(h.title)
            }
            if named:
                seen.update(named)
                narrowed = set(named) if narrowed is None else narrowed & set(named)
                break
    if narrowed is not None and len(narrowed) == 1:
        return seen[next(iter(narrowed))]
    return None


class QuickAddLine(QWidget):
    """A line edit (``line``) and what was understood under it (``feedback_label``)."""

    sig_created = Signal(str)  # task id

    def __init__(
        self,
        ui: UiContext,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self._now = now or datetime.now
        self.last: QuickTask | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.line = QLineEdit(self)
        self.line.setObjectName("quick_add")
        self.line.setPlaceholderText(self.tr("Add a task: “Call Marco tomorrow 10:00” and Enter"))
        self.line.setClearButtonEnabled(True)
        self.feedback_label = QLabel(self)
        self.feedback_label.setObjectName("quick_add_feedback")
        self.feedback_label.setEnabled(False)
        self.feedback_label.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.feedback_label)

    def _connect_signals(self) -> None:
        self.line.returnPressed.connect(self.submit)

    def now_wall(self) -> datetime:
        now = self._now()
        return local_wall(now) if now.tzinfo else now

    def submit(self) -> Change | None:
        text = self.line.text().strip()
        if not text:
            return None
        now = self.now_wall()
        week_start = dates.first_day_of_week().value - 1  # Qt: Monday = 1; here Monday = 0
        task = parse_quick_task(text, now, week_start=week_start, read_date=calendar_date)
        values: dict[str, object] = {"title": task.title, "kind": task.kind}
        if isinstance(task.due, datetime):
            values["due_at"] = from_local_wall(task.due)
        elif task.due is not None:
            values.update(due_at=task.due, all_day=True)
        link = match_one(self.ui.crm, task.words, "contact")
        if link is not None:
            values["contact_id"] = link.id
        else:
            link = match_one(self.ui.crm, task.words, "company")
            if link is not None:
                values["company_id"] = link.id
        change = self.ui.apply(
            lambda: self.ui.crm.tasks.create(values), self, on_error=self._on_create_failed
        )
        if change is None:
            return None
        self.last = task
        self.line.clear()
        parts = [task.title, self.when_text(task, now.date())]
        if link is not None:
            parts.append(link.title)
        self.feedback_label.setStyleSheet("")
        self.feedback_label.setEnabled(False)
        self.feedback_label.setText(" — ".join(p for p in parts if p))
        if change.created_id:
            self.sig_created.emit(change.created_id)
        return change

    def when_text(self, task: QuickTask, today: date) -> str:
        if task.due is None:
            return self.tr("no date")
        day = task.due.date() if isinstance(task.due, datetime) else task.due
        if day == today:
            text = self.tr("today")
        elif (day - today).days == 1:
            text = self.tr("tomorrow")
        else:
            text = f"{dates.weekday_name(day.isoweekday(), short=True)} {dates.format_date(day)}"
        if isinstance(task.due, datetime):
            text = f"{text} {dates.format_time(task.due)}"
        return text

    def _on_create_failed(self, exc: CrmError) -> None:
        self.feedback_label.setEnabled(True)
        self.feedback_label.setStyleSheet(ERROR_STYLE)
        self.feedback_label.setText(error_text(exc))


__all__ = ["QuickAddLine", "calendar_date", "match_one"]
