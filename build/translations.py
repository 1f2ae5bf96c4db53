"""Translations: extract strings into resources/translations/*.ts and compile them to .qm.

    python build/translations.py update   # lupdate: refresh the .ts files from the UI sources
    python build/translations.py compile  # lrelease: .ts -> desktop_crm/assets/i18n/*.qm

The compiled .qm files are committed, so running the app needs neither step.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "desktop_crm" / "assets" / "i18n"
LANGUAGES = ("fa", "it", "ru", "th")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if not found:
        raise SystemExit(f"pyside6-{name} not found (it ships with PySide6)")
    return found


def update() -> None:
    sources = sorted(str(p) for p in (ROOT / "desktop_crm" / "ui").rglob("*.py"))
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TS_DIR / f"desktop_crm_{lang}.ts"
        subprocess.run(
            [_tool("lupdate"), "-no-obsolete", "-target-language", lang, *sources, "-ts", str(ts)],
            check=True,
        )


def compile_all() -> None:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TS_DIR / f"desktop_crm_{lang}.ts"
        if ts.exists():
            qm = QM_DIR / f"desktop_crm_{lang}.qm"
            subprocess.run([_tool("lrelease"), str(ts), "-qm", str(qm)], check=True)


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else "compile"
    {"update": update, "compile": compile_all}[action]()
