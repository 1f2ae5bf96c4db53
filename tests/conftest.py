"""Shared fixtures: Qt offscreen before any QApplication, a fresh migrated database per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_crm.services.crm import Crm, open_crm


@pytest.fixture
def crm(tmp_path: Path) -> Iterator[Crm]:
    """A CRM on a fresh SQLite file in ``tmp_path``, migrated with the real migrations."""
    instance = open_crm(tmp_path / "crm.db", backup_dir=tmp_path / "backups")
    yield instance
    instance.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/ui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Window geometry and column state go to a temporary folder, never the user's config."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        # QSettings("org", "app") uses the native format: isolate that one too
        for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
            QSettings.setPath(fmt, scope, str(folder))
    yield
