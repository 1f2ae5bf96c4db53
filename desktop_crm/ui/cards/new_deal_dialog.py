"""The "New deal" dialog: title, value and currency, pipeline and stage; from a contact's or a
company's card the deal is linked to it (the contact's company comes along).

Save is one ``crm.deals.create`` (one undoable step); a refusal is shown under the field it
names and nothing is saved. ``sig_created(deal id)`` follows a successful save.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.errors import CrmError, ValidationError
from desktop_crm.domain.records import Change, PipelineInfo
from desktop_crm.ui.cards.choice_editors import CURRENCIES
from desktop_crm.ui.cards.deal_text import deal_error_text, deal_field_label, to_decimal
from desktop_crm.ui.cards.editors import ERROR_STYLE
from desktop_crm.ui.cards.formatting import isolate
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.labels import name_label

_FIELDS = ("title", "value", "currency", "pipeline_id", "stage_id")


class NewDealDialog(QDialog):
    sig_created = Signal(str)

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        company_id: str | None = None,
        contact_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.company_id = company_id
        self.contact_id = contact_id
        self.change: Change | None = None
        self._pipelines: list[PipelineInfo] = ctx.crm.pipelines.pipelines()
        self._errors: dict[str, QLabel] = {}
        self._build_ui()
        self._connect_signals()
        self._on_pipeline_combo_changed()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("New deal"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(600)
        self.value_edit = QLineEdit(self)
        self.currency_combo = QComboBox(self)
        self.currency_combo.setEditable(True)
        self.currency_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        base = self.ctx.crm.pipelines.base_currency()
        for code in dict.fromkeys([base, *CURRENCIES]):
            self.currency_combo.addItem(code)
        self.pipeline_combo = QComboBox(self)
        for pipeline in self._pipelines:
            self.pipeline_combo.addItem(name_label(pipeline.name), pipeline.id)
        self.stage_combo = QComboBox(self)
        form = QFormLayout()
        inputs = (
            self.title_edit,
            self.value_edit,
            self.currency_combo,
            self.pipeline_combo,
            self.stage_combo,
        )
        for name, widget in zip(_FIELDS, inputs, strict=True):
            form.addRow(deal_field_label(name), self._with_error(name, widget))
        link = self._link_text()
        if link:
            self.link_label = QLabel(link, self)
            form.addRow(self.link_label)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.title_edit.setFocus()
        self.resize(460, self.sizeHint().height())

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        label = QLabel(box)
        label.setObjectName("field_error")
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        column.addWidget(widget)
        column.addWidget(label)
        self._errors[name] = label
        return box

    def _link_text(self) -> str:
        try:
            if self.contact_id:
                name = self.ctx.crm.contacts.get(self.contact_id).title
                return self.tr("Contact: {name}").format(name=isolate(name))
            if self.company_id:
                name = self.ctx.crm.companies.get(self.company_id).title
                return self.tr("Company: {name}").format(name=isolate(name))
        except CrmError:
            return ""
        return ""

    def _connect_signals(self) -> None:
        self.pipeline_combo.currentIndexChanged.connect(self._on_pipeline_combo_changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _on_pipeline_combo_changed(self) -> None:
        pipeline_id = self.pipeline_combo.currentData()
        pipeline = next((p for p in self._pipelines if p.id == pipeline_id), None)
        with QSignalBlocker(self.stage_combo):
            self.stage_combo.clear()
            for stage in pipeline.stages if pipeline else ():
                if stage.kind == "open":
                    self.stage_combo.addItem(name_label(stage.name), stage.id)

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {
            "title": self.title_edit.text(),
            "currency": self.currency_combo.currentText(),
            "pipeline_id": self.pipeline_combo.currentData(),
            "stage_id": self.stage_combo.currentData(),
        }
        if self.value_edit.text().strip():
            values["value"] = to_decimal(self.value_edit.text())
        if self.contact_id:
            values["contact_id"] = self.contact_id
        if self.company_id:
            values["company_id"] = self.company_id
        return values

    def _on_buttons_accepted(self) -> None:
        values = self.values()
        for label in (*self._errors.values(), self.error_label):
            label.hide()
        deals = self.ctx.crm.deals
        self.change = self.ctx.apply(lambda: deals.create(values), self, self._on_create_failed)
        if self.change is not None and self.change.created_id:
            self.accept()
            self.sig_created.emit(self.change.created_id)

    def _on_create_failed(self, exc: CrmError) -> None:
        field = exc.field if isinstance(exc, ValidationError) else ""
        label = self._errors.get(field, self.error_label)
        label.setText(deal_error_text(exc))
        label.show()


def open_new_deal(
    ctx: UiContext,
    parent: QWidget | None,
    *,
    company_id: str | None = None,
    contact_id: str | None = None,
    open_card: bool = True,
) -> NewDealDialog:
    """Open the dialog (window-modal, not blocking); the new deal's card opens after Save."""
    dialog = NewDealDialog(ctx, parent, company_id=company_id, contact_id=contact_id)
    if open_card:
        dialog.sig_created.connect(lambda deal_id: ctx.open_record("deal", deal_id))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
