"""The global search box (Ctrl+K): results as you type, in any script, Enter opens a record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget
from typing_extensions import override

from desktop_crm.domain.records import SearchHit, SearchResult
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.labels import record_type_label

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    """The hits of the last search, plus a last line saying how many there are in all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hits: tuple[SearchHit, ...] = ()
        self._total = 0

    def set_result(self, result: SearchResult) -> None:
        self.beginResetModel()
        self._hits, self._total = result.hits, result.total
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._hits) + (1 if self._total > len(self._hits) else 0)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if index.row() >= len(self._hits):
            if role == Qt.ItemDataRole.DisplayRole:
                locale = QLocale()
                return self.tr("Showing {shown} of {total} results").format(
                    shown=locale.toString(len(self._hits)), total=locale.toString(self._total)
                )
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            kind = record_type_label(hit.record_type)
            return f"{hit.title}  —  {kind}" + (f" · {hit.subtitle}" if hit.subtitle else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.subtitle or None
        if role == HIT_ROLE:
            return hit
        return None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.row() >= len(self._hits):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class SearchBox(QLineEdit):
    sig_searched = Signal(int)  # total hits of the last search

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.results = SearchResultsModel(self)
        self._timer = QTimer(self)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setPlaceholderText(self.tr("Search people and companies (Ctrl+K)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self._completer = QCompleter(self.results, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(12)
        self._completer.setWidget(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(60)

    def _connect_signals(self) -> None:
        self.textEdited.connect(lambda _text: self._timer.start())
        self._timer.timeout.connect(self.run_search)
        self._completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._on_completer_activated
        )
        self.returnPressed.connect(self._on_return_pressed)

    def run_search(self) -> None:
        text = self.text().strip()
        if not text:
            self.results.set_result(SearchResult((), 0))
            self._hide_popup()
            return
        result = self.ctx.crm.finder.search(text, limit=50)
        self.results.set_result(result)
        self.sig_searched.emit(result.total)
        if result.hits or result.total:
            self._completer.complete()
        else:
            self._hide_popup()

    def _on_completer_activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.ctx.open_record(hit.record_type, hit.id)
            self.clear()

    def _on_return_pressed(self) -> None:
        """Enter opens the highlighted hit, or the first one when none is highlighted."""
        if self._timer.isActive():
            self._timer.stop()
            self.run_search()
        popup = self._completer.popup()
        index = popup.currentIndex() if popup is not None and popup.isVisible() else QModelIndex()
        if not index.isValid():
            index = self.results.index(0, 0)
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if isinstance(hit, SearchHit):
            self._hide_popup()
            self.ctx.open_record(hit.record_type, hit.id)
            self.clear()

    def _hide_popup(self) -> None:
        popup = self._completer.popup()
        if popup is not None:
            popup.hide()
