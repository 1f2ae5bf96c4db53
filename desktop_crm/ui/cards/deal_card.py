"""The card of one deal: every field editable in place, the stage (move, won, lost, reopen), its
contacts with their role, line items, tags, the stage history, quick actions and the timeline.

Like the contact card, each edit is one ``ctx.apply`` (one undoable step): a field saves itself
through ``crm.deals.update`` with the value shown as ``expected``; a refused value stays in its
editor with the message under it. The card reloads when a change touches the deal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.errors import ConflictError, CrmError, NotFoundError, ValidationError
from desktop_crm.domain.fields import FieldSpec, Kind
from desktop_crm.domain.records import Change, DealDetail
from desktop_crm.ui.cards.choice_editors import EditorChoices
from desktop_crm.ui.cards.deal_contacts import DealContactsPanel
from desktop_crm.ui.cards.deal_fields import DealFields
from desktop_crm.ui.cards.deal_header import DealHeader
from desktop_crm.ui.cards.deal_items import DealItemsPanel
from desktop_crm.ui.cards.deal_stage import DealLogDialog, StageHistoryModel, ask_lost_reason
from desktop_crm.ui.cards.deal_text import DEAL_LABELS, deal_error_text, deal_field_label
from desktop_crm.ui.cards.tags import TagsEditor
from desktop_crm.ui.cards.task_list import CardTasksBox
from desktop_crm.ui.cards.timeline import TimelineFormatter, TimelineView
from desktop_crm.ui.context import UiContext

AskReason = Callable[[QWidget | None, Sequence[str]], str | None]
_HIDDEN_CHANGES = {"position", "stage_entered_at", "updated_at", "closed_at", "pipeline_id"}
_TOUCHING = ("custom_field", "user", "tag", "stage", "pipeline")
_REFS = {
    "stage_id": FieldSpec("stage_id", Kind.REF, ref="stage"),
    "status": FieldSpec("status", Kind.CHOICE, choices=("open", "won", "lost")),
}


class DealCardWidget(QWidget):
    """``DealCardWidget(ctx, deal_id)``; ``ask_lost_reason(parent, reasons)`` may be replaced."""

    sig_loaded = Signal()

    def __init__(self, ctx: UiContext, deal_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deal_id = deal_id
        self.record_type = "deal"
        self.deal: DealDetail = ctx.crm.deals.get(deal_id)  # NotFoundError: the caller's
        self.ask_lost_reason: AskReason = ask_lost_reason
        self.log_dialog: DealLogDialog | None = None
        self._saving: str | None = None
        self._names: dict[str, dict[str, str]] = {"owner_id": {}, "stage_id": {}}
        self._choices = EditorChoices(companies=ctx.crm.catalog.companies_named)
        self._refresh_choices()
        self._build_ui()
        self._connect_signals()
        self.load()

    def title(self) -> str:
        return self.deal.title or self.tr("(no title)")

    # ----- construction ------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.header = DealHeader(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_body())
        splitter.addWidget(self._build_timeline())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)

    def _build_body(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(scroll)
        column = QVBoxLayout(content)
        self.fields = DealFields(self._choices, content)
        self.editors = self.fields.editors
        self.stage_field = self.fields.stage_field
        self.contacts = DealContactsPanel(self.ctx, self.deal_id, content)
        self.items = DealItemsPanel(self.ctx, self.deal_id, content)
        self.tags = TagsEditor(content)
        self.history_model = StageHistoryModel(self)
        self.history_view = QTableView(content)
        self.history_view.setObjectName("stage_history")
        self.history_view.setModel(self.history_model)
        self.history_view.verticalHeader().hide()
        header = self.history_view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.history_view.setMinimumHeight(120)
        self.tasks_box = CardTasksBox(self.ctx, "deal", self.deal_id, content)
        self.task_model = self.tasks_box.model
        self.task_view = self.tasks_box.view
        column.addWidget(self.fields)
        boxes = (
            (self.tr("Contacts"), self.contacts),
            (self.tr("Products and services"), self.items),
            (self.tr("Tasks"), self.tasks_box),
            (self.tr("Tags"), self.tags),
            (self.tr("Stage history"), self.history_view),
        )
        for heading, widget in boxes:
            box = QGroupBox(heading, content)
            QVBoxLayout(box).addWidget(widget)
            column.addWidget(box)
        column.addStretch(1)
        scroll.setWidget(content)
        scroll.setMinimumWidth(460)
        return scroll

    def _build_timeline(self) -> QWidget:
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Timeline"), panel)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.timeline = TimelineView(panel)
        column.addWidget(heading)
        column.addWidget(self.timeline, 1)
        return panel

    def _connect_signals(self) -> None:
        self.ctx.sig_changed.connect(self._on_ctx_changed)
        self.fields.sig_committed.connect(self._on_fields_committed)
        self.stage_field.sig_chosen.connect(self._on_stage_field_chosen)
        self.header.sig_won.connect(self._on_header_won)
        self.header.sig_lost.connect(self._on_header_lost)
        self.header.sig_reopen.connect(self._on_header_reopen)
        self.header.sig_delete.connect(self._on_header_delete)
        self.header.sig_restore.connect(self._on_header_restore)
        self.header.sig_quick.connect(self.open_log_dialog)
        self.header.sig_link.connect(self.ctx.open_record)
        self.contacts.sig_open.connect(
            lambda contact_id: self.ctx.open_record("contact", contact_id)
        )
        self.tags.sig_add.connect(self._on_tags_add)
        self.tags.sig_remove.connect(self._on_tags_remove)

    # ----- loading -----------------------------------------------------------------------
    def load(self) -> None:
        """Re-read the deal and show it (keeping what the user is typing)."""
        try:
            self.deal = self.ctx.crm.deals.get(self.deal_id)
        except CrmError as exc:
            self.header.show_missing(deal_error_text(exc))
            return
        deal = self.deal
        live = deal.deleted_at is None
        self._refresh_choices()
        self.fields.refresh_options()
        self.fields.set_custom_fields(self.ctx.crm.catalog.custom_fields("deal"))
        self.fields.show_deal(deal, self._saving, live)
        self.header.show_deal(deal, self.title())
        self.contacts.set_contacts(deal.contacts, live)
        currency = str(deal.values.get("currency") or "")
        self.items.set_items(deal.items, currency, live)
        self.tags.set_tags(deal.tags, [t.name for t in self.ctx.crm.catalog.tags()])
        self.tags.set_editable(live)
        self.history_model.set_history(deal.history)
        self.tasks_box.set_tasks(deal.tasks)
        self.history_view.resizeColumnToContents(0)
        self._refresh_timeline()
        self.sig_loaded.emit()

    def _refresh_choices(self) -> None:
        catalog = self.ctx.crm.catalog
        every_user = catalog.users(include_inactive=True)
        self._names["owner_id"] = {u.id: u.name for u in every_user}
        users = [(u.name, u.id) for u in every_user if u.active]
        owner = self.deal.values.get("owner_id")
        if owner and all(user_id != owner for _n, user_id in users):
            users.append((self.deal.owner_name or self.tr("(unknown)"), owner))
        self._choices.users = users
        self._choices.sources = catalog.sources()
        stages = self._names["stage_id"]
        stages.update({s.id: s.name for s in self.deal.pipeline.stages})

    def _refresh_timeline(self) -> None:
        entries = [
            e
            for e in self.ctx.crm.activities.timeline("deal", self.deal_id)
            if not (e.kind == "change" and e.field in _HIDDEN_CHANGES)
        ]
        # the deal's parts (items, links, stage changes) are "created" too: keep the deal's own,
        # the oldest; stage changes are in the stage history, the rest shows as field changes
        created = [i for i, e in enumerate(entries) if e.kind == "created"]
        entries = [e for i, e in enumerate(entries) if i not in created[:-1]]
        labels = {name: deal_field_label(name) for name in DEAL_LABELS}
        labels.update(self.fields.custom_labels())
        specs = {**_REFS, **self.fields.custom_specs}
        formatter = TimelineFormatter("deal", labels, specs, self._name_of)
        self.timeline.set_entries(entries, formatter)

    def _name_of(self, field: str, record_id: str) -> str | None:
        if field == "company_id":
            if record_id == self.deal.values.get("company_id"):
                return self.deal.company_name
            try:
                return self.ctx.crm.companies.get(record_id).title
            except CrmError:
                return None
        return self._names.get(field, {}).get(record_id)

    # ----- handlers ----------------------------------------------------------------------
    def _on_ctx_changed(self, change: Change) -> None:
        if self._concerns(change):
            self.load()

    def _concerns(self, change: Change) -> bool:
        if ("deal", self.deal_id) in change.entities:
            return True
        if any(change.touches(kind) for kind in _TOUCHING):
            return True
        linked = {("contact", c[0]) for c in self.deal.contacts}
        company_id = self.deal.values.get("company_id")
        if company_id:
            linked.add(("company", str(company_id)))
        return bool(linked & change.entities)

    def _apply(self, action: Callable[[], Change], on_error: Callable[[CrmError], None]) -> bool:
        return self.ctx.apply(action, self, on_error=on_error) is not None

    def _on_fields_committed(self, name: str, value: Any) -> None:
        editor = self.editors[name]
        expected = editor.value_shown()
        deals = self.ctx.crm.deals
        self._saving = name
        try:
            change = self.ctx.apply(
                lambda: deals.update(self.deal_id, name, value, expected=expected),
                self,
                on_error=lambda exc: self._on_save_failed(name, exc),
            )
        finally:
            self._saving = None
        if change is not None and self.editors.get(name) is editor:
            editor.clear_error()
            if not change.changeset_id:  # the value was already there (normalised equal)
                editor.revert()

    def _on_save_failed(self, name: str, exc: CrmError) -> None:
        if isinstance(exc, ConflictError | NotFoundError):
            self.load()
        field = exc.field if isinstance(exc, ValidationError) else name
        text = deal_error_text(exc)
        if not self.fields.show_error(field, text):
            self.fields.show_error(name, text)

    def _on_stage_failed(self, exc: CrmError) -> None:
        if isinstance(exc, ConflictError | NotFoundError):
            self.load()
        self.stage_field.show_error(deal_error_text(exc))

    def _on_stage_field_chosen(self, stage_id: str) -> None:
        current = self.stage_field.current_stage()
        deals = self.ctx.crm.deals
        if self._apply(
            lambda: deals.move(self.deal_id, stage_id, expected_stage_id=current),
            self._on_stage_failed,
        ):
            self.stage_field.clear_error()

    def _on_header_won(self) -> None:
        deals = self.ctx.crm.deals
        if self._apply(lambda: deals.mark_won(self.deal_id), self._on_stage_failed):
            self.stage_field.clear_error()

    def _on_header_lost(self) -> None:
        reason = self.ask_lost_reason(self, self.ctx.crm.pipelines.lost_reasons())
        if not reason:
            return
        deals = self.ctx.crm.deals
        if self._apply(lambda: deals.mark_lost(self.deal_id, reason), self._on_stage_failed):
            self.stage_field.clear_error()

    def _on_header_reopen(self) -> None:
        deals = self.ctx.crm.deals
        if self._apply(lambda: deals.reopen(self.deal_id), self._on_stage_failed):
            self.stage_field.clear_error()

    def _on_header_delete(self) -> None:
        self.ctx.apply(lambda: self.ctx.crm.deals.delete([self.deal_id]), self)

    def _on_header_restore(self) -> None:
        self.ctx.apply(lambda: self.ctx.crm.deals.restore([self.deal_id]), self)

    def _on_tags_add(self, name: str) -> None:
        deals = self.ctx.crm.deals
        if self._apply(
            lambda: deals.add_tag(self.deal_id, name),
            lambda exc: self.tags.show_error(deal_error_text(exc)),
        ):
            self.tags.tag_added()

    def _on_tags_remove(self, tag_id: str) -> None:
        self.ctx.apply(lambda: self.ctx.crm.deals.remove_tag(self.deal_id, tag_id), self)

    def open_log_dialog(self, kind: str) -> DealLogDialog:
        """Open the "log a call / meeting / note" dialog for this deal (not blocking)."""
        dialog = DealLogDialog(self.ctx, kind, "deal", self.deal_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.log_dialog = dialog
        dialog.open()
        return dialog
