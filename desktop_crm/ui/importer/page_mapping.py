"""Step 3: what each column becomes — guessed, or remembered from the last file with these
columns; editable; an unmapped column can become a new custom field."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from desktop_crm.domain.fields import CUSTOM_PREFIX
from desktop_crm.services.importing.layouts import detect_layout
from desktop_crm.services.importing.mapping import guess_mapping
from desktop_crm.ui.cards.formatting import isolate
from desktop_crm.ui.importer.base import Host, Step, show_status
from desktop_crm.ui.importer.custom_field import CustomFieldDialog
from desktop_crm.ui.importer.delegates import TargetDelegate
from desktop_crm.ui.importer.models import MappingModel
from desktop_crm.ui.importer.texts import target_label
from desktop_crm.ui.noop import QT_TRANSLATE_NOOP

LAYOUT_NAMES: dict[str, str] = {
    "google_contacts": QT_TRANSLATE_NOOP("MappingPage", "a Google Contacts export"),
    "google_contacts_old": QT_TRANSLATE_NOOP("MappingPage", "a Google Contacts export"),
    "outlook": QT_TRANSLATE_NOOP("MappingPage", "an Outlook export"),
}


class MappingPage(Step):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.model = MappingModel(host.state, self)
        self.field_dialog: CustomFieldDialog | None = None  # "New custom field…" while open
        self._build_ui()
        self._connect_signals()

    @override
    def title(self) -> str:
        return self.tr("Columns")

    def _build_ui(self) -> None:
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Columns of the file"))
        self.delegate = TargetDelegate(self.target_options, self.view)
        self.view.setItemDelegateForColumn(MappingModel.TARGET, self.delegate)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.verticalHeader().setDefaultSectionSize(30)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(MappingModel.NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MappingModel.SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MappingModel.TARGET, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(MappingModel.NAME, 190)
        header.resizeSection(MappingModel.TARGET, 260)
        self.new_field_button = QPushButton(self.tr("New custom field\u2026"), self)
        self.new_field_button.setToolTip(
            self.tr("Keep this column in a new field of its own, created with the import.")
        )
        self.guess_button = QPushButton(self.tr("Guess again"), self)
        self.guess_button.setToolTip(
            self.tr("Forget the changes and guess every column from its name and values.")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_field_button)
        buttons.addStretch(1)
        buttons.addWidget(self.guess_button)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)

    def _connect_signals(self) -> None:
        self.model.sig_target_changed.connect(self._on_model_target_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.new_field_button.clicked.connect(self._on_new_field_clicked)
        self.guess_button.clicked.connect(self._on_guess_clicked)

    # ----- entering ----------------------------------------------------------------------------
    @override
    def enter(self) -> None:
        state = self.host.state
        if state.record_type == "task":
            state.custom = []
        else:
            state.custom = self.host.ui.crm.catalog.custom_fields(state.record_type)
        if state.prepare_mapping(self.host.memory):
            self.model.reset()
        self._show_intro()
        self._show_count("")
        self._on_selection_changed()

    def _show_intro(self) -> None:
        state = self.host.state
        text = self.tr(
            "Choose what each column of the file becomes. Columns set to \u201cIgnore\u201d are not imported."
        )
        layout = detect_layout(state.names) if state.record_type == "contact" else None
        if state.recalled:
            text += " " + self.tr(
                "The choices of your last import of a file with these columns were applied."
            )
        elif layout is not None:
            name = LAYOUT_NAMES.get(layout.name)
            if name:
                text += " " + self.tr(
                    "The file looks like {layout}: its columns were mapped for you."
                ).format(layout=self.tr(name))
        self.intro_label.setText(text)

    def target_options(self) -> list[tuple[str, str]]:
        """The combo's choices: Ignore, the fields, the custom fields (by their labels)."""
        state = self.host.state
        labels = state.custom_labels()
        options = [(target_label(None), "")]
        fields = [t for t in state.allowed_targets() if not t.startswith(CUSTOM_PREFIX)]
        options += [(target_label(t, labels), t) for t in fields]
        options += [(labels[t], t) for t in labels]
        return options

    # ----- editing -------------------------------------------------------------------------------
    def current_column(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _on_selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        column = self.current_column()
        state = self.host.state
        free = (
            column is not None and state.targets[column] is None and column not in state.new_fields
        )
        self.new_field_button.setEnabled(free and state.record_type != "task")

    def _on_model_target_changed(self, column: int, other: object) -> None:
        moved = ""
        if isinstance(other, int):
            moved = self.tr(
                "\u201c{field}\u201d now comes from the column {column}; {other} is ignored."
            ).format(
                field=self.model.target_text(column),
                column=isolate(self.host.state.names[column]),
                other=isolate(self.host.state.names[other]),
            )
        self._show_count(moved)
        self._on_selection_changed()
        self.sig_complete_changed.emit()

    def _show_count(self, extra: str) -> None:
        state = self.host.state
        count = state.mapped_count()
        text = self.tr("%Ln of the file's columns will be imported.", "", count)
        if count == 0:
            show_status(
                self.status_label, self.tr("Choose a field for at least one column."), error=True
            )
            return
        show_status(self.status_label, f"{text} {extra}".strip())

    def _on_new_field_clicked(self) -> None:
        column = self.current_column()
        if column is None:
            return
        dialog = self.field_dialog = self.make_field_dialog(column)
        dialog.accepted.connect(lambda: self._on_field_dialog_accepted(column, dialog))
        dialog.open()

    def _on_field_dialog_accepted(self, column: int, dialog: CustomFieldDialog) -> None:
        self.model.set_new_field(column, dialog.label(), dialog.field_type())
        self.field_dialog = None
        dialog.deleteLater()

    def make_field_dialog(self, column: int) -> CustomFieldDialog:
        state = self.host.state
        taken = [f.label for f in state.custom] + [f.label for f in state.new_fields.values()]
        return CustomFieldDialog(state.names[column], state.samples(column), taken, self)

    def _on_guess_clicked(self) -> None:
        state = self.host.state
        allowed = set(state.allowed_targets())
        guessed = guess_mapping(state.record_type, state.names, state.data_rows())
        state.targets = [t if t in allowed else None for t in guessed]
        state.new_fields = {}
        state.recalled = False
        self.model.reset()
        self._show_intro()
        self._show_count("")
        self.sig_complete_changed.emit()

    def select_column(self, column: int) -> None:
        self.view.selectRow(column)

    def edit_target(self, column: int) -> None:
        """Open the "Import as" combo of ``column`` (as a click on it does)."""
        index = self.model.index(column, MappingModel.TARGET)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    @override
    def is_complete(self) -> bool:
        return self.host.state.mapped_count() > 0
