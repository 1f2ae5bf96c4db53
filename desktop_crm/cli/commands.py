"""The subcommands. Each takes the parsed arguments and returns an exit code; typed errors
(CrmError, StorageError, OSError) propagate to ``main.run_command``, which reports them."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TextIO

from desktop_crm import paths as paths_mod
from desktop_crm.domain.errors import CrmError, StorageError
from desktop_crm.domain.records import BackupInfo, Change
from desktop_crm.services.crm import Crm, check_file, open_crm
from desktop_crm.services.demo import load_demo
from desktop_crm.services.maintenance import backups_in, restore_backup


def _paths(ns: argparse.Namespace) -> paths_mod.Paths:
    return paths_mod.resolve(ns.data_dir)


@contextmanager
def _opened(ns: argparse.Namespace) -> Iterator[Crm]:
    """The database named by the arguments, checked and migrated; with ``--demo``, filled."""
    paths = _paths(ns)
    url = ns.database_url
    crm = open_crm(None if url else paths.db_path, url=url, backup_dir=paths.backup_dir)
    try:
        for warning in crm.warnings:
            print(f"warning: {_WARNINGS.get(warning, warning)}", file=sys.stderr)
        if ns.demo and ns.command != "demo" and crm.is_empty():
            _print_demo(load_demo(crm))
        yield crm
    finally:
        crm.close()


_WARNINGS = {
    "network": "the database is on a network folder, where SQLite's locking is not reliable",
    "cloud": "the database is in a cloud-synced folder; two machines editing it can damage it",
}


def _file_only(ns: argparse.Namespace, what: str) -> None:
    if ns.database_url:
        raise CrmError(f"{what} works on the SQLite file; a database server has its own tools")


# ----- check -------------------------------------------------------------------------------
def check(ns: argparse.Namespace) -> int:
    paths = _paths(ns)
    if not ns.database_url and not paths.db_path.exists():
        print(f"No database at {paths.db_path} yet; it is created at the first start.")
        return 0
    with _opened(ns) as crm:
        report = crm.maintenance.check()
    print(f"{'Database:':<11}{report.path}")
    print(f"{'Schema:':<11}{report.schema_revision or '?'}")
    for name, count in report.counts.items():
        print(f"{name.capitalize() + ':':<11}{count:,}")
    if report.ok:
        print(f"{'Result:':<11}ok")
        return 0
    print(f"{'Result:':<11}PROBLEMS FOUND")
    for problem in report.problems:
        print(f"  - {problem}")
    _print_backups(paths, sys.stdout)
    return 1


def report_damaged(ns: argparse.Namespace, exc: StorageError) -> None:
    """The file cannot be opened because it is damaged: say which, why, and what to do."""
    paths = _paths(ns)
    path = exc.params.get("path") or str(paths.db_path)
    problems = list(exc.params.get("details") or []) or check_file(Path(path)) or [exc.message]
    err = sys.stderr
    print(f"desktop_crm: the database file {path} is damaged; nothing was changed.", file=err)
    for problem in problems[:10]:
        print(f"  - {problem}", file=err)
    _print_backups(paths, err)


def _print_backups(paths: paths_mod.Paths, out: TextIO) -> None:
    found = backups_in(paths.backup_dir)
    if not found:
        print(f"No automatic backups in {paths.backup_dir}.", file=out)
        hint = f"desktop-crm --data-dir {paths.data_dir} restore FILE"
        print(f"To restore a copy of your own: {hint}", file=out)
        return
    print(f"Backups you can restore (newest first), from {paths.backup_dir}:", file=out)
    for info in found:
        print(f"  {_backup_line(info)}", file=out)
    hint = f"desktop-crm --data-dir {paths.data_dir} restore {found[0].path}"
    print(f"To restore the newest: {hint}", file=out)


def _backup_line(info: BackupInfo) -> str:
    when = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    return f"{when}  {_size(info.size):>9}  {info.reason:<16} {info.path}"


def _size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{size} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"  # pragma: no cover


# ----- backups -----------------------------------------------------------------------------
def backup(ns: argparse.Namespace) -> int:
    _file_only(ns, "backup")
    paths = _paths(ns)
    target = Path(ns.path).expanduser()
    if target.is_dir():
        target = target / f"crm-{datetime.now().strftime('%Y%m%d-%H%M%S')}.db"
    target = target.resolve()
    if target == paths.db_path.resolve() or target.name.startswith(paths.db_path.name + "-"):
        raise CrmError(f"{target} is the database itself; choose another file")
    if target.exists() and not ns.force:
        raise CrmError(f"{target} already exists; choose another name or add --force")
    with _opened(ns) as crm:
        info = crm.maintenance.backup(target)
    print(f"Backup written: {info.path} ({_size(info.size)}, verified)")
    return 0


def list_backups(ns: argparse.Namespace) -> int:
    _file_only(ns, "backups")
    paths = _paths(ns)
    found = backups_in(paths.backup_dir)
    if not found:
        print(f"No automatic backups in {paths.backup_dir}.")
        return 0
    for info in found:
        print(_backup_line(info))
    return 0


def restore(ns: argparse.Namespace) -> int:
    _file_only(ns, "restore")
    paths = _paths(ns)
    source = Path(ns.backup_file).expanduser().resolve()
    if not source.is_file():
        raise CrmError(f"No backup file at {source}")
    if source == paths.db_path.resolve():
        raise CrmError(f"{source} is the database itself; choose a backup file")
    before = {b.path for b in backups_in(paths.backup_dir)}
    restore_backup(paths.db_path, source, paths.backup_dir)
    print(f"Restored {paths.db_path} from {source}.")
    kept = [b.path for b in backups_in(paths.backup_dir) if b.path not in before]
    damaged = paths.db_path.with_name(paths.db_path.name + ".damaged")
    if kept:
        print(f"The previous database was kept as {kept[0]}")
    elif damaged.exists():
        print(f"The previous (damaged) database was kept as {damaged}")
    return 0


# ----- demo data ---------------------------------------------------------------------------
def demo(ns: argparse.Namespace) -> int:
    with _opened(ns) as crm:
        if not crm.is_empty():
            if ns.demo:  # "--demo demo": load when empty, which it is not
                print("The database already has contacts; the demo data was not loaded.")
                return 0
            raise CrmError(
                "The database already has contacts; the demo data set is only loaded into "
                f"an empty database (choose another --data-dir). Database: {crm.location}",
                code="not_empty",
            )
        _print_demo(load_demo(crm))
    return 0


def _print_demo(change: Change) -> None:
    counts: dict[str, int] = {}
    for record_type, _id in change.entities:
        counts[record_type] = counts.get(record_type, 0) + 1
    print(
        "Loaded the demo data: {contact} contacts, {company} companies, {activity} activities, "
        "{user} team members.".format(**{k: counts.get(k, 0) for k in _DEMO_KINDS})
    )


_DEMO_KINDS = ("contact", "company", "activity", "user")


# ----- export / import-database ------------------------------------------------------------
def export(ns: argparse.Namespace) -> int:
    from desktop_crm.services.exporting.command import run_export_command

    if not ns.tasks and not (ns.what and ns.file):
        raise CrmError("export needs WHAT and FILE (e.g. export contacts out.xlsx) or --tasks FILE")
    if ns.delimiter and not ns.file:
        raise CrmError("--delimiter is for a .csv FILE (e.g. export contacts out.csv)")
    with _opened(ns) as crm:
        if ns.what and ns.file:
            print(run_export_command(crm, ns.what, ns.file, delimiter=ns.delimiter))
        if ns.tasks:
            from desktop_crm.services.exporting.ics import export_tasks

            count = export_tasks(crm, Path(ns.tasks), include_done=ns.include_done)
            print(f"Exported {count:,} task{'' if count == 1 else 's'} to {ns.tasks}")
    return 0


def import_database(ns: argparse.Namespace) -> int:
    from desktop_crm.services.exporting.command import run_import_database_command

    with _opened(ns) as crm:
        print(run_import_database_command(crm, ns.file))
    return 0


# ----- import / report -----------------------------------------------------------------------
_TYPES = {"contacts": "contact", "companies": "company", "deals": "deal", "tasks": "task"}


def import_file(ns: argparse.Namespace) -> int:
    """Exit code 0 when rows were imported (or, with --dry-run, would be), else non-zero."""
    from desktop_crm.services.importing.command import run_import_command

    with _opened(ns) as crm:
        return run_import_command(
            crm,
            ns.file,
            _TYPES[ns.record_type],
            sheet=ns.sheet,
            match=ns.match,
            on_match=ns.on_match,
            dry_run=ns.dry_run,
        )


def report(ns: argparse.Namespace) -> int:
    from desktop_crm.services.reports.cli import run_report_command

    with _opened(ns) as crm:
        print(
            run_report_command(
                crm, ns.name, ns.start, ns.end, ns.owner, ns.out, ns.list, period=ns.period
            ),
            end="",
        )
    return 0
