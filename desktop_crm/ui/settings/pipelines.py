"""Settings → Pipelines: the pipelines; the stages of the one selected (drag to reorder, rename
in place, add, delete with where its deals go); the rules of the selected stage; and below,
currencies and lost reasons.

Questions (a name, where the deals go) are asked through ``ask_text`` and ``ask_target``, which
a test may replace. Every change is one service call through ``ctx.apply``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.records import Change, PipelineInfo, StageInfo
from desktop_crm.ui.cards.deal_text import deal_error_text
from desktop_crm.ui.cards.editors import ERROR_STYLE
from desktop_crm.ui.context import UiContext
from desktop_crm.ui.labels import name_label
from desktop_crm.ui.settings.currencies import CurrencyPanel
from desktop_crm.ui.settings.stage_models import PipelineListModel, StagesModel
from desktop_crm.ui.settings.stage_rules import StageRulesEditor

AskText = Callable[[QWidget, str, str], str | None]  # (parent, title, label) -> text
AskTarget = Callable[[QWidget, str, Sequence[tuple[str, str]]], str | None]  # -> chosen id


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal)
    return text if ok and text.strip() else None


def ask_target(parent: QWidget, question: str, choices: Sequence[tuple[str, str]]) -> str | None:
    labels = [label for label, _id in choices]
    title = QCoreApplication.translate("PipelinesPanel", "Where do its deals go?")
    picked, ok = QInputDialog.getItem(parent, title, question, labels, 0, False)
    if not ok or picked not in labels:
        return None
    return choices[labels.index(picked)][1]


class PipelinesPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ask_text: AskText = ask_text
        self.ask_target: AskTarget = ask_target
        self._pipelines: list[PipelineInfo] = []
        self._build_ui()
        self._connect_signals()
        self.reload()

    # ----- construction ------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.pipeline_model = PipelineListModel(self._rename_pipeline, self)
        self.pipeline_view = self._list_view("pipelines", self.pipeline_model)
        self.add_pipeline_button = QPushButton(self.tr("Add…"), self)
        self.rename_pipeline_button = QPushButton(self.tr("Rename"), self)
        self.delete_pipeline_button = QPushButton(self.tr("Delete…"), self)
        pipelines = self._group(
            self.tr("Pipelines"),
            self.pipeline_view,
            (self.add_pipeline_button, self.rename_pipeline_button, self.delete_pipeline_button),
        )
        self.stage_model = StagesModel(self._rename_stage, self._reorder_stages, self)
        self.stage_view = self._list_view("stages", self.stage_model)
        self.stage_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.stage_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.stage_view.setDragEnabled(True)
        self.add_stage_button = QPushButton(self.tr("Add…"), self)
        self.rename_stage_button = QPushButton(self.tr("Rename"), self)
        self.delete_stage_button = QPushButton(self.tr("Delete…"), self)
        stages = self._group(
            self.tr("Stages"),
            self.stage_view,
            (self.add_stage_button, self.rename_stage_button, self.delete_stage_button),
        )
        hint = QLabel(self.tr("Drag a stage to reorder. Won and Lost always come last."), stages)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        stages_layout = stages.layout()
        assert stages_layout is not None
        stages_layout.addWidget(hint)
        self.rules = StageRulesEditor(self.ctx, self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        top = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (pipelines, stages, self.rules):
            top.addWidget(widget)
        top.setSizes([220, 280, 460])
        top.setChildrenCollapsible(False)
        self.currencies = CurrencyPanel(self.ctx, self)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(top)
        body.addWidget(self.currencies)
        body.setSizes([480, 260])
        body.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(body, 1)

    def _list_view(self, name: str, model: PipelineListModel | StagesModel) -> QListView:
        view = QListView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        return view

    def _group(self, title: str, view: QListView, buttons: Sequence[QPushButton]) -> QGroupBox:
        box = QGroupBox(title, self)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        column = QVBoxLayout(box)
        column.addWidget(view, 1)
        column.addLayout(row)
        return box

    def _connect_signals(self) -> None:
        self.pipeline_view.selectionModel().currentChanged.connect(self._on_pipeline_current)
        self.stage_view.selectionModel().currentChanged.connect(self._on_stage_current)
        self.add_pipeline_button.clicked.connect(self._on_add_pipeline_clicked)
        self.rename_pipeline_button.clicked.connect(
            lambda: self.pipeline_view.edit(self.pipeline_view.currentIndex())
        )
        self.delete_pipeline_button.clicked.connect(self.delete_pipeline)
        self.add_stage_button.clicked.connect(self._on_add_stage_clicked)
        self.rename_stage_button.clicked.connect(
            lambda: self.stage_view.edit(self.stage_view.currentIndex())
        )
        self.delete_stage_button.clicked.connect(self.delete_stage)
        self.ctx.sig_changed.connect(self._on_ctx_changed)

    # ----- showing -----------------------------------------------------------------------
    def reload(self, pipeline_id: str | None = None, stage_id: str | None = None) -> None:
        """Re-read the pipelines, keeping (or moving to) the selected pipeline and stage."""
        pipeline_id = pipeline_id or self.current_pipeline_id()
        stage_id = stage_id or self.current_stage_id()
        self._pipelines = self.ctx.crm.pipelines.pipelines()
        self.pipeline_model.set_pipelines(self._pipelines)
        row = max(self.pipeline_model.row_of(pipeline_id), 0)
        if self._pipelines:
            self._select(self.pipeline_view, self.pipeline_model.index(row))
        self._show_stages(stage_id)

    def _show_stages(self, stage_id: str | None = None) -> None:
        pipeline = self.current_pipeline()
        self.stage_model.set_stages(pipeline.stages if pipeline else ())
        row = self.stage_model.row_of(stage_id)
        if row < 0 and self.stage_model.rowCount():
            row = 0
        if row >= 0:
            self._select(self.stage_view, self.stage_model.index(row))
        self.rules.set_stage(self.current_stage())
        has_stage = self.current_stage() is not None
        for button in (self.rename_stage_button, self.delete_stage_button):
            button.setEnabled(has_stage)

    def _select(self, view: QListView, index: QModelIndex) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        view.selectionModel().setCurrentIndex(index, flags)

    def current_pipeline(self) -> PipelineInfo | None:
        row = self.pipeline_view.currentIndex().row()
        return self.pipeline_model.pipeline(row) if 0 <= row < len(self._pipelines) else None

    def current_pipeline_id(self) -> str | None:
        pipeline = self.current_pipeline()
        return pipeline.id if pipeline else None

    def current_stage(self) -> StageInfo | None:
        row = self.stage_view.currentIndex().row()
        return self.stage_model.stage(row) if 0 <= row < self.stage_model.rowCount() else None

    def current_stage_id(self) -> str | None:
        stage = self.current_stage()
        return stage.id if stage else None

    def select_stage(self, stage_id: str) -> None:
        self._select(self.stage_view, self.stage_model.index(self.stage_model.row_of(stage_id)))

    # ----- changes -----------------------------------------------------------------------
    def _apply(
        self, action: Callable[[], Change], on_error: Callable[[CrmError], None] | None = None
    ) -> Change | None:
        change = self.ctx.apply(action, self, on_error=on_error or self._show_error)
        if change is not None:
            self.error_label.hide()
        return change

    def _show_error(self, exc: CrmError) -> None:
        self.error_label.setText(deal_error_text(exc))
        self.error_label.show()

    def _rename_pipeline(self, pipeline_id: str, name: str) -> bool:
        pipelines = self.ctx.crm.pipelines
        return self._apply(lambda: pipelines.rename_pipeline(pipeline_id, name)) is not None

    def _rename_stage(self, stage_id: str, name: str) -> bool:
        pipelines = self.ctx.crm.pipelines
        return self._apply(lambda: pipelines.update_stage(stage_id, "name", name)) is not None

    def _reorder_stages(self, ordered: list[str]) -> bool:
        pipeline_id = self.current_pipeline_id()
        if pipeline_id is None:
            return False
        pipelines = self.ctx.crm.pipelines
        return self._apply(lambda: pipelines.reorder_stages(pipeline_id, ordered)) is not None

    def _on_add_pipeline_clicked(self) -> None:
        name = self.ask_text(self, self.tr("New pipeline"), self.tr("Name of the pipeline"))
        if name:
            change = self._apply(lambda: self.ctx.crm.pipelines.add_pipeline(name))
            if change is not None and change.created_id:
                self.reload(pipeline_id=change.created_id)

    def _on_add_stage_clicked(self) -> None:
        pipeline_id = self.current_pipeline_id()
        name = self.ask_text(self, self.tr("New stage"), self.tr("Name of the stage"))
        if name and pipeline_id:
            change = self._apply(lambda: self.ctx.crm.pipelines.add_stage(pipeline_id, name))
            if change is not None and change.created_id:
                self.select_stage(change.created_id)

    def delete_stage(self) -> None:
        """Delete the selected stage; when deals are in it, ask which stage they move to."""
        stage, pipeline = self.current_stage(), self.current_pipeline()
        if stage is None or pipeline is None:
            return
        choices = [(name_label(s.name), s.id) for s in pipeline.open_stages if s.id != stage.id]
        question = self.tr("Deals are in “{stage}”. Move them to:").format(
            stage=name_label(stage.name)
        )
        pipelines = self.ctx.crm.pipelines
        self._delete_asking(
            lambda target: pipelines.delete_stage(stage.id, target), question, choices
        )

    def delete_pipeline(self) -> None:
        """Delete the selected pipeline; when it has deals, ask which stage of another one."""
        pipeline = self.current_pipeline()
        if pipeline is None:
            return
        choices = [
            (f"{name_label(p.name)} › {name_label(s.name)}", s.id)
            for p in self._pipelines
            if p.id != pipeline.id
            for s in p.open_stages
        ]
        question = self.tr("Deals are in “{pipeline}”. Move them to:").format(
            pipeline=name_label(pipeline.name)
        )
        pipelines = self.ctx.crm.pipelines
        self._delete_asking(
            lambda target: pipelines.delete_pipeline(pipeline.id, target), question, choices
        )

    def _delete_asking(
        self,
        delete: Callable[[str | None], Change],
        question: str,
        choices: Sequence[tuple[str, str]],
    ) -> None:
        """Try to delete; if deals are in the way, ask where they go and delete moving them."""
        refused: list[CrmError] = []
        if self._apply(lambda: delete(None), refused.append) is not None:
            return
        if refused[0].code != "stage_has_deals" or not choices:
            self._show_error(refused[0])
            return
        target = self.ask_target(self, question, choices)
        if target:
            self._apply(lambda: delete(target))

    def _on_pipeline_current(self) -> None:
        self._show_stages()
        self.delete_pipeline_button.setEnabled(len(self._pipelines) > 1)

    def _on_stage_current(self) -> None:
        self.rules.set_stage(self.current_stage())

    def _on_ctx_changed(self, change: Change) -> None:
        if change.touches("pipeline") or change.touches("stage"):
            self.reload()
