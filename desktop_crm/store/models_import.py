"""What an import batch did, record by record, so that "Undo import" needs no pass over the log.

One row per record the batch created (``action = "create"``) and one per time it changed an
existing record (``action = "update"``, with the fields' old and new values as JSON objects of
change-log encoded values). The key groups a batch's rows by record, in the order they were
written (``seq``), so that undo streams them in order without sorting. Local bookkeeping: not
synced (the change log carries the same facts to other installations).
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from desktop_crm.store.base import Base


class ImportedRecord(Base):
    __tablename__ = "import_records"
    __table_args__ = {"sqlite_with_rowid": False}
    batch_id: Mapped[str] = mapped_column(sa.ForeignKey("import_batches.id"), primary_key=True)
    entity: Mapped[str] = mapped_column(sa.String(30), primary_key=True)
    entity_id: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=False)
    action: Mapped[str] = mapped_column(sa.String(10))  # create | update
    old_values: Mapped[str | None] = mapped_column(sa.Text)  # {"field": <encoded old>, ...}
    new_values: Mapped[str | None] = mapped_column(sa.Text)  # {"field": <encoded new>, ...}


__all__ = ["ImportedRecord"]
