"""A typed ``QT_TRANSLATE_NOOP``: marks a constant for lupdate and returns it unchanged.

PySide6's own is typed as returning ``object``; lupdate finds calls by name, so this one serves.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    del context
    return source
