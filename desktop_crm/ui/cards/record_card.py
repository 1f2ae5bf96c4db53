"""The card of one contact or company: every field editable in place, tags, linked contacts,
quick actions and the timeline.

Each editor saves its own field as one transaction (``ctx.apply`` of ``service.update`` with the
value the card showed as ``expected``); a refused value stays in its editor with the message under
it. The card reloads when a change touches its record (an edit elsewhere, undo, redo), leaving
alone an editor in which the user is typing.
"""

from __future__ import annotations

from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.enums import CustomFieldType
from desktop_crm.domain.errors import ConflictError, CrmError, NotFoundError
from desktop_crm.domain.fields import CUSTOM_PREFIX, FIELDS_BY_TYPE, FieldSpec, custom_spec
from desktop_crm.domain.records import Change, CustomFieldDef, RecordDetail
from desktop_crm.ui.cards.choice_editors import (
    ComboFieldEditor,
    CompanyEditor,
    EditableComboEditor,
    EditorChoices,
    make_editor,
    option_items,
)
from desktop_crm.ui.cards.editors import FieldEditor
from desktop_crm.ui.cards.formatting import format_datetime, isolate, leading_alignment
from desktop_crm.ui.cards.linked_contacts import LinkedContactsView
from desktop_crm.ui.cards.quick_actions import (
    PLAN_TASK,
    QUICK_KINDS,
    LogActivityDialog,
    open_plan_task,
    quick_label,
)
from desktop_crm.ui.cards.record_deals import RecordDealsBox
from desktop_crm.ui.cards.tags import TagsEditor
from desktop_crm.ui.cards.task_list import CardTasksBox
from desktop_crm.ui.cards.timeline import TimelineFormatter, TimelineView
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.labels import field_label, name_label, record_type_label
from desktop_crm.ui.messages import error_text

BANNER_STYLE = "QFrame#deleted_banner { background: #fff3cd; border: 1px solid #e0c36c; }"


class RecordCard(QWidget):
    sig_loaded = Signal()

    def __init__(
        self, ctx: UiContext, record_type: str, record_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_type = record_type
        self.record_id = record_id
        self.service = ctx.crm.contacts if record_type == "contact" else ctx.crm.companies
        self.detail: RecordDetail = self.service.get(record_id)  # NotFoundError: the caller's
        self.editors: dict[str, FieldEditor] = {}
        self.log_dialog: LogActivityDialog | None = None
        self._custom_defs: list[CustomFieldDef] = []
        self._custom_specs: dict[str, FieldSpec] = {}
        self._saving: str | None = None
        self._user_names: dict[str, str] = {}
        self._company_names: dict[str, str | None] = {}
        self._choices = EditorChoices(companies=ctx.crm.catalog.companies_named)
        self._refresh_choices()
        self._build_ui()
        self._connect_signals()
        self.load()

    def title(self) -> str:
        return self.detail.title or self.tr("(no name)")

    # ----- construction ------------------------------------------------------------------
    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_header())
        layout.addWidget(self._build_banner())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_fields())
        splitter.addWidget(self._build_timeline())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 450])
        layout.addWidget(splitter, 1)

    def _build_header(self) -> QWidget:
        header = QWidget(self)
        box = QVBoxLayout(header)
        box.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(header)
        self.title_label.setObjectName("card_title")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel(header)
        self.subtitle_label.setTextFormat(Qt.TextFormat.RichText)
        self.subtitle_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.info_label = QLabel(header)
        self.info_label.setEnabled(False)
        buttons = QHBoxLayout()
        self.quick_buttons: dict[str, QPushButton] = {}
        for kind, label in QUICK_KINDS:
            button = QPushButton(quick_label(label), header)
            self.quick_buttons[kind] = button
            buttons.addWidget(button)
        self.plan_button = QPushButton(quick_label(PLAN_TASK), header)
        buttons.addWidget(self.plan_button)
        buttons.addStretch(1)
        self.delete_button = QPushButton(self.tr("Delete"), header)
        buttons.addWidget(self.delete_button)
        leading = leading_alignment(self.layoutDirection())
        for widget in (self.title_label, self.subtitle_label, self.info_label):
            widget.setAlignment(leading | Qt.AlignmentFlag.AlignVCenter)
            box.addWidget(widget)
        box.addLayout(buttons)
        return header

    def _build_banner(self) -> QWidget:
        self.banner = QFrame(self)
        self.banner.setObjectName("deleted_banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        row = QHBoxLayout(self.banner)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore"), self.banner)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.restore_button)
        self.banner.hide()
        return self.banner

    def _build_fields(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(scroll)
        column = QVBoxLayout(content)
        details = QGroupBox(self.tr("Details"), content)
        self.form = QFormLayout(details)
        for spec in FIELDS_BY_TYPE[self.record_type].values():
            if not spec.derived:
                self._add_editor(self.form, spec, field_label(spec.name))
        self.custom_box = QGroupBox(self.tr("Custom fields"), content)
        custom_column = QVBoxLayout(self.custom_box)
        self.custom_hint = QLabel(self.tr("No custom fields yet. Add them in Settings."))
        self.custom_hint.setEnabled(False)
        self.custom_form = QFormLayout()
        custom_column.addWidget(self.custom_hint)
        custom_column.addLayout(self.custom_form)
        tags_box = QGroupBox(field_label("tags"), content)
        self.tags = TagsEditor(tags_box)
        QVBoxLayout(tags_box).addWidget(self.tags)
        for widget in (details, self.custom_box, tags_box):
            column.addWidget(widget)
        self.contacts_view: LinkedContactsView | None = None
        if self.record_type == "company":
            contacts_box = QGroupBox(field_label("contacts"), content)
            self.contacts_view = LinkedContactsView(contacts_box)
            QVBoxLayout(contacts_box).addWidget(self.contacts_view)
            column.addWidget(contacts_box)
        self.deals_box = RecordDealsBox(self.ctx, self.record_type, self.record_id, content)
        column.addWidget(self.deals_box)
        tasks_group = QGroupBox(self.tr("Tasks"), content)
        self.tasks_box = CardTasksBox(self.ctx, self.record_type, self.record_id, tasks_group)
        QVBoxLayout(tasks_group).addWidget(self.tasks_box)
        column.addWidget(tasks_group)
        column.addStretch(1)
        scroll.setWidget(content)
        scroll.setMinimumWidth(420)
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

    def _add_editor(self, form: QFormLayout, spec: FieldSpec, label: str) -> None:
        editor = make_editor(spec, self._choices, form.parentWidget())
        editor.setObjectName(f"editor_{spec.name}")
        editor.sig_committed.connect(partial(self._on_editor_committed, spec.name))
        form.addRow(label, editor)
        self.editors[spec.name] = editor

    def _connect_signals(self) -> None:
        self.ctx.sig_changed.connect(self._on_ctx_changed)
        self.subtitle_label.linkActivated.connect(self._on_subtitle_link_activated)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        for kind, button in self.quick_buttons.items():
            button.clicked.connect(lambda _checked=False, k=kind: self.open_log_dialog(k))
        self.plan_button.clicked.connect(
            lambda: open_plan_task(self.ctx, self.record_type, self.record_id, self)
        )
        self.tags.sig_add.connect(self._on_tags_add)
        self.tags.sig_remove.connect(self._on_tags_remove)
        if self.contacts_view is not None:
            self.contacts_view.sig_open.connect(partial(self.ctx.open_record, "contact"))

    # ----- loading -----------------------------------------------------------------------
    def load(self) -> None:
        """Re-read the record and show it (keeping what the user is typing)."""
        try:
            self.detail = self.service.get(self.record_id)
        except CrmError as exc:
            self.banner_label.setText(error_text(exc))
            self.banner.show()
            self.restore_button.hide()
            return
        self._refresh_choices()
        self._sync_custom_fields()
        self._refresh_header()
        self._refresh_editors()
        self.tags.set_tags(self.detail.tags, [t.name for t in self.ctx.crm.catalog.tags()])
        if self.contacts_view is not None:
            self.contacts_view.set_contacts(self.detail.contacts)
        self._refresh_timeline()
        self.tasks_box.set_tasks(self.ctx.crm.tasks.of_record(self.record_type, self.record_id))
        self._refresh_deleted_state()
        self.sig_loaded.emit()

    def _refresh_choices(self) -> None:
        catalog = self.ctx.crm.catalog
        every_user = catalog.users(include_inactive=True)
        self._user_names = {u.id: u.name for u in every_user}
        users = [(u.name, u.id) for u in every_user if u.active]
        owner = self.detail.values.get("owner_id")
        if owner and all(user_id != owner for _n, user_id in users):
            users.append((self.detail.owner_name or self.tr("(unknown)"), owner))
        self._choices.users = users
        self._choices.stages = catalog.lifecycle_stages()
        self._choices.sources = catalog.sources()
        for editor in self.editors.values():
            if isinstance(editor, ComboFieldEditor | EditableComboEditor) and not isinstance(
                editor, CompanyEditor
            ):
                editor.set_options(option_items(editor.spec, self._choices) or [])

    def _sync_custom_fields(self) -> None:
        defs = self.ctx.crm.catalog.custom_fields(self.record_type)
        if defs == self._custom_defs:
            return
        self._custom_defs = defs
        for name in [n for n in self.editors if n.startswith(CUSTOM_PREFIX)]:
            del self.editors[name]
        while self.custom_form.rowCount():
            self.custom_form.removeRow(0)
        self._custom_specs = {}
        for definition in defs:
            spec = custom_spec(
                definition.key, CustomFieldType(definition.field_type), definition.options
            )
            self._custom_specs[spec.name] = spec
            self._add_editor(self.custom_form, spec, definition.label)
        self.custom_hint.setVisible(not defs)

    def _stored(self, name: str) -> Any:
        if name.startswith(CUSTOM_PREFIX):
            return self.detail.custom.get(name[len(CUSTOM_PREFIX) :])
        return self.detail.values.get(name)

    def _refresh_editors(self) -> None:
        live = self.detail.deleted_at is None
        for name, editor in self.editors.items():
            value = self._stored(name)
            if isinstance(editor, CompanyEditor) and value:
                editor.remember(value, self.detail.company_name or "")
            typing = editor.is_dirty() and (editor.has_input_focus() or bool(editor.error_text()))
            if typing and name != self._saving:
                editor.keep_input(value)
            else:
                editor.set_value(value)
            editor.set_editable(live)

    def _refresh_header(self) -> None:
        self.title_label.setText(self.title())
        values = self.detail.values
        parts: list[str] = []
        if self.record_type == "contact":
            parts += [escape(str(values[f])) for f in ("job_title",) if values.get(f)]
            if values.get("company_id"):
                name = escape(self.detail.company_name or self.tr("(unknown)"))
                parts.append(f'<a href="company:{escape(values["company_id"])}">{name}</a>')
            if values.get("company_role"):
                parts.append(escape(str(values["company_role"])))
        else:
            parts += [escape(str(values[f])) for f in ("industry", "city") if values.get(f)]
            count = QLocale().toString(len(self.detail.contacts))
            parts.append(escape(self.tr("Contacts: {count}").format(count=count)))
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        mark = "\u200f" if rtl else "\u200e"  # the paragraph follows the layout, not the words
        self.subtitle_label.setText(mark + " · ".join(isolate(part) for part in parts))
        self.subtitle_label.setVisible(bool(parts))
        info = [self.tr("Owner: {name}").format(name=name_label(self.detail.owner_name) or "—")]
        if values.get("last_contacted_at"):
            when = format_datetime(values["last_contacted_at"])
            info.append(self.tr("Last contacted: {when}").format(when=when))
        info.append(self.tr("Created: {when}").format(when=format_datetime(self.detail.created_at)))
        self.info_label.setText(" · ".join(info))

    def _refresh_timeline(self) -> None:
        entries = self.ctx.crm.activities.timeline(self.record_type, self.record_id)
        labels = {f"{CUSTOM_PREFIX}{d.key}": d.label for d in self._custom_defs}
        formatter = TimelineFormatter(self.record_type, labels, self._custom_specs, self._name_of)
        self.timeline.set_entries(entries, formatter)

    def _name_of(self, field: str, record_id: str) -> str | None:
        if field == "owner_id":
            return self._user_names.get(record_id)
        if field == "company_id":
            if record_id not in self._company_names:
                try:
                    self._company_names[record_id] = self.ctx.crm.companies.get(record_id).title
                except CrmError:
                    self._company_names[record_id] = None
            return self._company_names[record_id]
        return None

    def _refresh_deleted_state(self) -> None:
        deleted = self.detail.deleted_at is not None
        if deleted:
            self.banner_label.setText(
                self.tr("This {what} was deleted on {when}. Restore it to change it.").format(
                    what=record_type_label(self.record_type),
                    when=format_datetime(self.detail.deleted_at),
                )
            )
        self.banner.setVisible(deleted)
        self.restore_button.setVisible(deleted)
        self.delete_button.setVisible(not deleted)
        for button in (*self.quick_buttons.values(), self.plan_button):
            button.setEnabled(not deleted)
        self.tags.set_editable(not deleted)
        self.deals_box.set_editable(not deleted)

    # ----- handlers ----------------------------------------------------------------------
    def _on_ctx_changed(self, change: Change) -> None:
        if self._concerns(change):
            self.load()

    def _concerns(self, change: Change) -> bool:
        if (self.record_type, self.record_id) in change.entities:
            return True
        if any(change.touches(kind) for kind in ("custom_field", "user", "tag", "task")):
            return True
        if self.record_type == "company":
            return change.touches("contact")
        company_id = self.detail.values.get("company_id")
        return bool(company_id) and ("company", company_id) in change.entities

    def _on_editor_committed(self, name: str, value: Any) -> None:
        editor = self.editors[name]
        expected = editor.value_shown()

        def save() -> Change:
            return self.service.update(self.record_id, name, value, expected=expected)

        self._saving = name
        try:
            change = self.ctx.apply(save, self, on_error=partial(self._on_save_failed, name))
        finally:
            self._saving = None
        if change is not None and self.editors.get(name) is editor:
            editor.clear_error()
            if not change.changeset_id:  # the value was already there (normalised equal)
                editor.revert()

    def _on_save_failed(self, name: str, exc: CrmError) -> None:
        if isinstance(exc, ConflictError | NotFoundError):
            self.load()  # shows the latest values, this field's included
        editor = self.editors.get(name)
        if editor is not None:
            editor.show_error(error_text(exc))

    def _on_subtitle_link_activated(self, link: str) -> None:
        record_type, _, record_id = link.partition(":")
        if record_type and record_id:
            self.ctx.open_record(record_type, record_id)

    def _on_delete_clicked(self) -> None:
        self.ctx.apply(lambda: self.service.delete([self.record_id]), self)

    def _on_restore_clicked(self) -> None:
        self.ctx.apply(lambda: self.service.restore([self.record_id]), self)

    def _on_tags_add(self, name: str) -> None:
        change = self.ctx.apply(
            lambda: self.service.add_tag(self.record_id, name),
            self,
            on_error=lambda exc: self.tags.show_error(error_text(exc)),
        )
        if change is not None:
            self.tags.tag_added()

    def _on_tags_remove(self, tag_id: str) -> None:
        self.ctx.apply(lambda: self.service.remove_tag(self.record_id, tag_id), self)

    def open_log_dialog(self, kind: str) -> LogActivityDialog:
        """Open the "log a call / meeting / email / note" dialog (window-modal, not blocking)."""
        dialog = LogActivityDialog(self.ctx, kind, self.record_type, self.record_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.log_dialog = dialog
        dialog.open()
        return dialog
