"""Record identifiers: UUIDv7 text keys (time-ordered, so inserts stay append-only)."""

from __future__ import annotations

import uuid6


def new_id() -> str:
    """A new UUIDv7 as canonical text."""
    return str(uuid6.uuid7())
