"""Where the data lives: the platform's user data folder, unless told otherwise.

Order: ``--data-dir`` on the command line, then ``DESKTOP_CRM_DATA_DIR``, then platformdirs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "desktop_crm"
ENV_DATA_DIR = "DESKTOP_CRM_DATA_DIR"
DB_NAME = "crm.db"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"


def resolve(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        base = Path(chosen).expanduser().resolve()
        return Paths(base, base / "config")
    return Paths(
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )
