"""The user's preferences on this machine, kept as JSON in the config folder."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path


@dataclass
class Preferences:
    language: str | None = None  # None: the system's
    # gregorian | jalali | islamic_civil | thai_buddhist; "" = the language's usual one
    calendar: str = ""
    base_currency: str = "EUR"
    week_start: int = 0  # 1 = Monday … 7 = Sunday; 0 = the locale's
    work_start_hour: int = 9
    work_end_hour: int = 18

    @classmethod
    def load(cls, path: Path) -> Preferences:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        return (
            cls(**{k: v for k, v in raw.items() if k in known}) if isinstance(raw, dict) else cls()
        )

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        os.replace(tmp, path)
