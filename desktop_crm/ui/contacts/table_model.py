"""A table model over a paged list service: rows are fetched a page at a time, when shown.

The model never holds every row: ``rowCount`` is the service's count for the current query
(asked once per query), and ``data`` loads the page a row falls in into a small LRU cache.
Sorting and filtering change the query and run in SQL.
"""

from __future__ import annotations

import unicodedata
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication
from typing_extensions import override

from desktop_crm.domain.records import Change, ListQuery
from desktop_crm.ui.cards.formatting import isolate
from desktop_crm.ui.contacts.columns import Column
from desktop_crm.ui.context import UiContext

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class Lister(Protocol):
    """What ``crm.contact_list`` and ``crm.company_list`` offer."""

    def count(self, q: ListQuery) -> int: ...

    def page(self, q: ListQuery, offset: int, limit: int) -> Sequence[Any]: ...


class RecordTableModel(QAbstractTableModel):
    """Rows of ``lister`` under ``query``, shown through ``columns`` (read only)."""

    def __init__(
        self,
        lister: Lister,
        columns: tuple[Column, ...],
        parent: QObject | None = None,
        *,
        page_size: int = 200,
        max_pages: int = 20,
    ) -> None:
        super().__init__(parent)
        self._lister = lister
        self._columns = columns
        self._page_size = page_size
        self._max_pages = max_pages
        self._query = ListQuery()
        self._count: int | None = None
        self._pages: OrderedDict[int, Sequence[Any]] = OrderedDict()
        self._locale = QLocale()
        self._rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self._watched: tuple[str, ...] = ()
        self._live = True
        self._stale = False

    # ----- public API --------------------------------------------------------------------
    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def cached_pages(self) -> tuple[int, ...]:
        """Numbers of the pages held in memory, least recently used first."""
        return tuple(self._pages)

    def set_query(self, query: ListQuery) -> None:
        """Show the rows matching ``query`` (filters and order)."""
        if query == self._query:
            return
        self.beginResetModel()
        self._query = query
        self._drop_caches()
        self.endResetModel()

    def refresh(self) -> None:
        """Forget what was fetched. Same row count: cells repaint in place (the selection and
        scroll position stay); otherwise the model resets."""
        self._stale = False
        old = self._count
        self._drop_caches()
        new = self._fetch_count()
        if new == old and new > 0:
            self._count = new
            last = self.index(new - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._count = new
        self.endResetModel()

    def watch(self, ctx: UiContext, record_types: tuple[str, ...]) -> None:
        """Refresh whenever a change touches one of ``record_types``."""
        self._watched = record_types
        ctx.sig_changed.connect(self._on_ctx_changed)

    def set_live(self, live: bool) -> None:
        """While not live (its view hidden) changes only mark the model stale; it refreshes
        once when it becomes live again, not on every change meanwhile."""
        self._live = live
        if live and self._stale:
            self.refresh()

    def column_of(self, key: str) -> int:
        for number, column in enumerate(self._columns):
            if column.key == key:
                return number
        return -1

    def record(self, row: int) -> Any | None:
        """The row object (ContactRow / CompanyRow) at ``row``, fetching its page if needed."""
        if not 0 <= row < self.rowCount():
            return None
        page = self._page(row // self._page_size)
        offset = row % self._page_size
        return page[offset] if offset < len(page) else None

    def record_id(self, row: int) -> str | None:
        found = self.record(row)
        return None if found is None else str(found.id)

    # ----- Qt model interface ------------------------------------------------------------
    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        if self._count is None:
            self._count = self._fetch_count()
        return self._count

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        return None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in _ROLES:
            return None
        row = self.record(index.row())
        if row is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return bidi_safe(column.value(row, self._locale), self._rtl)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        return str(row.id)  # RECORD_ID_ROLE

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].key if 0 <= column < len(self._columns) else "name"
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=key, descending=descending))

    # ----- internals ---------------------------------------------------------------------
    def _fetch_count(self) -> int:
        return int(self._lister.count(self._query))

    def _page(self, number: int) -> Sequence[Any]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = self._lister.page(self._query, number * self._page_size, self._page_size)
        self._pages[number] = page
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return page

    def _drop_caches(self) -> None:
        self._pages.clear()
        self._count = None
        self._locale = QLocale()
        self._rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _on_ctx_changed(self, change: Change) -> None:
        if any(change.touches(kind) for kind in self._watched):
            if self._live:
                self.refresh()
            else:
                self._stale = True


def bidi_safe(text: str, rtl: bool) -> str:
    """``text`` as a bidi isolate when the table's direction could garble it: every value in
    a right-to-left table ("S.p.A." keeps its final dot, "+66 2 123 4567" its order), and
    right-to-left text in a left-to-right one."""
    if not text:
        return text
    if rtl or any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return isolate(text)
    return text


_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, RECORD_ID_ROLE})
