"""Start-up dialogs: a damaged database (restore from a backup) and the first-run demo offer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.records import BackupInfo
from desktop_crm.ui import dates


class DamagedDatabaseDialog(QDialog):
    """Says the file is damaged and offers the verified backups to restore, newest first."""

    def __init__(
        self,
        db_path: Path,
        problems: list[str],
        backups: list[BackupInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.backups = backups
        self._build_ui(db_path, problems)
        self._connect_signals()

    def _build_ui(self, db_path: Path, problems: list[str]) -> None:
        self.setWindowTitle(self.tr("The database file is damaged"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "desktop_crm cannot safely open {path}: the file is damaged ({problem}).\n"
                "Nothing was changed. Choose a backup to restore; the damaged file is kept "
                "beside it with the ending .damaged."
            ).format(path=str(db_path), problem=problems[0] if problems else "?")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        locale = QLocale()
        for info in self.backups:
            when = dates.format_datetime(info.created_at)
            size = locale.formattedDataSize(info.size)
            item = QListWidgetItem(
                self.tr("{when} — {size} ({reason})").format(
                    when=when, size=size, reason=info.reason
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, info.path)
            self.list.addItem(item)
        if self.backups:
            self.list.setCurrentRow(0)
        else:
            layout.addWidget(QLabel(self.tr("There are no backups of this database.")))
        layout.addWidget(self.list)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore selected backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(self.backups))
        self.buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def chosen_backup(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


def ask_load_demo(parent: QWidget | None = None) -> bool:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("DemoPrompt", "Welcome to desktop_crm"))
    box.setText(QCoreApplication.translate("DemoPrompt", "Your database is empty."))
    box.setInformativeText(
        QCoreApplication.translate(
            "DemoPrompt",
            "Load a demo data set (300 contacts and 60 companies in English, Italian, Russian, "
            "Persian and Thai) to explore the app? You can undo it with Ctrl+Z.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes
