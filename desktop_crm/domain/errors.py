"""Typed errors. They carry what they concern (record, field, row); only the UI translates them.

Each error has a machine-readable ``code`` and ``params`` so that the UI can build a translated
message; ``str(error)`` is an English message for logs and the command line.
"""

from __future__ import annotations

from typing import Any


class CrmError(Exception):
    """Base of every error the application raises on purpose."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.params: dict[str, Any] = params


class ValidationError(CrmError):
    """A value the user entered is not acceptable. ``field`` names the field."""

    code = "invalid"

    def __init__(self, field: str, message: str, *, code: str = "invalid", **params: Any) -> None:
        super().__init__(message, code=code, **params)
        self.field = field

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class NotFoundError(CrmError):
    code = "not_found"

    def __init__(self, entity: str, entity_id: str) -> None:
        super().__init__(f"{entity} {entity_id} was not found", entity=entity, id=entity_id)
        self.entity = entity
        self.entity_id = entity_id


class ConflictError(CrmError):
    """The record changed under us (another window or process), or an undo no longer applies."""

    code = "conflict"


class StorageError(CrmError):
    """The database file cannot be used: locked, read-only, full, damaged, too new."""

    code = "storage"


class ImportFileError(CrmError):
    """A file to import cannot be read. ``row`` and ``column`` say where, when known."""

    code = "import_file"

    def __init__(
        self, message: str, *, row: int | None = None, column: str | None = None, **params: Any
    ) -> None:
        super().__init__(message, row=row, column=column, **params)
        self.row = row
        self.column = column
