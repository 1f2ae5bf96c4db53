"""Column mappings remembered per file layout, for "the next file with the same columns".

Kept as JSON next to the preferences file (``import_mappings.json`` in the config folder):
``{"contact:v1-5-…": {"email#1": "emails", …}}`` — the layout key of ``layouts.layout_key`` (order
insensitive) and the per-column memory of ``layouts.remember_mapping``. Without a file (tests,
a UiContext without preferences) the memory lives as long as the object.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from desktop_crm.services.importing.layouts import layout_key, recall_mapping, remember_mapping

FILE_NAME = "import_mappings.json"
MAX_LAYOUTS = 200  # the oldest layouts are forgotten beyond this


class MappingMemory:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._layouts: dict[str, dict[str, str | None]] = self._load()

    @classmethod
    def beside(cls, prefs_path: Path | None) -> MappingMemory:
        """The memory kept in the folder of the preferences file (in memory when None)."""
        return cls(prefs_path.parent / FILE_NAME if prefs_path is not None else None)

    def recall(self, record_type: str, headers: Sequence[str]) -> list[str | None] | None:
        """The targets remembered for this layout, or None when it was never imported."""
        memory = self._layouts.get(_key(record_type, headers))
        if memory is None:
            return None
        return recall_mapping(headers, memory)

    def remember(
        self, record_type: str, headers: Sequence[str], targets: Sequence[str | None]
    ) -> None:
        key = _key(record_type, headers)
        self._layouts.pop(key, None)
        self._layouts[key] = remember_mapping(headers, targets)
        while len(self._layouts) > MAX_LAYOUTS:
            self._layouts.pop(next(iter(self._layouts)))
        self._save()

    def _load(self) -> dict[str, dict[str, str | None]]:
        if self.path is None:
            return {}
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(raw, dict):
            return {}
        return {
            str(key): {str(c): (t if isinstance(t, str) else None) for c, t in value.items()}
            for key, value in raw.items()
            if isinstance(value, dict)
        }

    def _save(self) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self._layouts, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass  # a memory that cannot be saved is only a convenience lost


def _key(record_type: str, headers: Sequence[str]) -> str:
    return f"{record_type}:{layout_key(headers)}"
