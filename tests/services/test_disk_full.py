"""A full disk: the change is refused with a clear error, and nothing that was saved is lost."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from desktop_crm.domain.errors import StorageError
from desktop_crm.services.crm import Crm


def test_a_full_disk_refuses_the_change_and_keeps_the_data(crm: Crm) -> None:
    saved = crm.contacts.create({"first_name": "Giulia", "notes": "kept"}).created_id
    assert saved is not None
    engine = crm.ctx.engine
    engine.dispose()

    def no_room_to_grow(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")  # the file cannot grow

    event.listen(engine, "connect", no_room_to_grow)
    with pytest.raises(StorageError) as caught:
        crm.contacts.update(saved, "notes", "x" * 9_000)  # needs new pages
        for i in range(200):  # in case the first one still fitted in free space
            crm.contacts.create({"first_name": f"Filler {i}", "notes": "y" * 9_000})
    assert caught.value.code == "disk_full"
    event.remove(engine, "connect", no_room_to_grow)
    engine.dispose()
    detail = crm.contacts.get(saved)
    assert detail.values["first_name"] == "Giulia"
    assert crm.maintenance.check().ok
