"""What the command line calls: ``export contacts|companies|deals|database FILE`` and
``import-database FILE``, each returning the line to print."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.records import ListQuery
from desktop_crm.services.crm import Crm, open_crm
from desktop_crm.services.exporting import run_export_command, run_import_database_command


def test_export_commands_write_files_and_say_so(crm: Crm, tmp_path: Path) -> None:
    crm.contacts.create({"first_name": "Ann", "emails": "ann@example.com"})
    crm.companies.create({"name": "Acme"})
    crm.companies.create({"name": "Globex"})
    out = tmp_path / "out"
    out.mkdir()
    assert run_export_command(crm, "contacts", out / "c.vcf") == (
        f"Exported 1 contact to {out / 'c.vcf'}"
    )
    assert "BEGIN:VCARD" in (out / "c.vcf").read_text(encoding="utf-8")
    assert run_export_command(crm, "companies", out / "co.xlsx") == (
        f"Exported 2 companies to {out / 'co.xlsx'}"
    )
    assert run_export_command(crm, "deals", out / "d.csv") == f"Exported 0 deals to {out / 'd.csv'}"
    assert (out / "d.csv").read_text(encoding="utf-8-sig").startswith("Title,Value,Currency")
    message = run_export_command(crm, "database", out / "all.zip")
    assert message.startswith("Exported the database (") and message.endswith(str(out / "all.zip"))
    with pytest.raises(ValidationError):
        run_export_command(crm, "tasks", out / "t.csv")

    other = open_crm(tmp_path / "other.db", backup_dir=tmp_path / "other-backups")
    try:
        line = run_import_database_command(other, out / "all.zip")
        assert line.startswith("Imported ") and line.endswith(str(out / "all.zip"))
        assert [c.name for c in other.company_list.page(ListQuery(), 0, 10)] == ["Acme", "Globex"]
    finally:
        other.close()
