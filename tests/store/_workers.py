"""Code run in child processes (multiprocessing "spawn") by the store tests."""

from __future__ import annotations

import os
import pwd
import tempfile
from pathlib import Path
from typing import Any

from desktop_crm.domain.errors import ConflictError, CrmError
from desktop_crm.domain.records import ListQuery
from desktop_crm.services.crm import open_crm


def increment(db_path: str, contact_id: str, times: int, barrier: Any, results: Any) -> None:
    """Read the contact's job title as a number and write it back plus one, ``times`` times.

    The write says what it read (``expected``); when another process got there first the
    service raises ConflictError and we read again. Storage errors are reported, not retried.
    """
    crm = open_crm(Path(db_path))
    done = conflicts = 0
    errors: list[str] = []
    try:
        barrier.wait()
        while done < times and not errors:
            current = crm.contacts.get(contact_id).values["job_title"]
            try:
                crm.contacts.update(
                    contact_id, "job_title", str(int(current) + 1), expected=current
                )
                done += 1
            except ConflictError:
                conflicts += 1
            except CrmError as exc:
                errors.append(f"{type(exc).__name__} {exc.code}: {exc}")
    finally:
        crm.close()
        results.put((done, conflicts, errors))


def _become_nobody() -> None:
    """As root, permissions do not apply: drop to ``nobody`` so that chmod means something."""
    if os.geteuid() != 0:
        return
    nobody = pwd.getpwnam("nobody")
    os.setgid(nobody.pw_gid)
    os.setuid(nobody.pw_uid)


def _warm_up() -> None:
    """Import everything open_crm uses before losing the right to read root's files."""
    with tempfile.TemporaryDirectory() as tmp:
        crm = open_crm(Path(tmp) / "warm.db")
        crm.contacts.create({"first_name": "Warm"})
        crm.finder.search("warm")
        crm.close()


def try_read_only(db_path: str, contact_id: str) -> dict[str, Any]:
    """Open a read-only database as a user who cannot write it; report what each step did."""
    _warm_up()
    _become_nobody()
    out: dict[str, Any] = {}
    try:
        crm = open_crm(Path(db_path))
    except CrmError as exc:
        out["open"] = exc.code
        return out
    out["open"] = "ok"
    try:
        out["name"] = crm.contacts.get(contact_id).values["first_name"]
        out["count"] = crm.contact_list.count(ListQuery())
        for step, call in (
            ("update", lambda: crm.contacts.update(contact_id, "first_name", "Changed")),
            ("create", lambda: crm.contacts.create({"first_name": "New"})),
            ("delete", lambda: crm.contacts.delete([contact_id])),
        ):
            try:
                call()
                out[step] = "ok"
            except CrmError as exc:
                out[step] = exc.code
    finally:
        crm.close()
    return out
