"""Arguments of ``main.py`` and the subcommands that run without a window.

``parse(argv)`` reads the arguments; when they name a subcommand, ``run_command(ns)`` runs it
and returns the exit code: 0 done, 1 ``check`` found the database damaged, 2 any other error
(a clear message on stderr, never a traceback). Without a subcommand the application layer
starts the window (``desktop_crm.app``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date

from desktop_crm.cli import commands
from desktop_crm.domain.errors import CrmError, StorageError

EXIT_OK = 0
EXIT_DAMAGED = 1
EXIT_ERROR = 2

_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "check": commands.check,
    "backup": commands.backup,
    "backups": commands.list_backups,
    "restore": commands.restore,
    "demo": commands.demo,
    "export": commands.export,
    "import-database": commands.import_database,
    "import": commands.import_file,
    "report": commands.report,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktop-crm",
        description="A local-first CRM. Without a command, the window opens.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder of the database and its backups "
        "(default: $DESKTOP_CRM_DATA_DIR, else the platform's user data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="load the demo data set when the database has no contacts",
    )
    parser.add_argument("--lang", metavar="CODE", help="language of the window: en, fa, it, ru, th")
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="use a database server, e.g. postgresql://user@host/crm (default: the SQLite file)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("check", help="full integrity check; exit code 1 when the file is damaged")
    backup = sub.add_parser("backup", help="write a verified copy of the database to PATH")
    backup.add_argument("path", metavar="PATH", help="file to write (or a folder to write into)")
    backup.add_argument("--force", action="store_true", help="overwrite an existing file")
    sub.add_parser("backups", help="list the automatic backups")
    restore = sub.add_parser(
        "restore", help="replace the database with a backup (the current file is kept)"
    )
    restore.add_argument("backup_file", metavar="BACKUP_FILE")
    sub.add_parser("demo", help="load the demo data set into an empty database")
    export = sub.add_parser(
        "export",
        help="write contacts, companies or deals to .csv/.xlsx/.vcf, tasks to .ics, "
        "or the whole database to one file",
    )
    export.add_argument(
        "what", nargs="?", choices=("contacts", "companies", "deals", "database"), metavar="WHAT"
    )
    export.add_argument("file", nargs="?", metavar="FILE")
    export.add_argument(
        "--delimiter",
        choices=("comma", "semicolon", "tab"),
        help="the separator of a .csv FILE (default: comma; semicolon is what Excel expects "
        "where the decimal separator is a comma)",
    )
    export.add_argument(
        "--tasks", metavar="FILE.ics", help="open tasks and meetings for a phone calendar"
    )
    export.add_argument("--include-done", action="store_true", help="with --tasks: done ones too")
    import_db = sub.add_parser(
        "import-database", help="load a whole-database export into this (empty) database"
    )
    import_db.add_argument("file", metavar="FILE")
    imp = sub.add_parser(
        "import", help="import contacts, companies, deals or tasks from .csv/.xlsx/.xls/.ods/.vcf"
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--type",
        dest="record_type",
        default="contacts",
        choices=("contacts", "companies", "deals", "tasks"),
    )
    imp.add_argument("--sheet", metavar="NAME", help="the sheet of a workbook (default: the first)")
    imp.add_argument(
        "--match", choices=("email", "phone", "name"), help="find existing records by this"
    )
    imp.add_argument(
        "--on-match",
        default="skip",
        choices=("skip", "fill", "overwrite"),
        help="what to do with a record that exists (default: skip)",
    )
    imp.add_argument("--dry-run", action="store_true", help="check and count; save nothing")
    rep = sub.add_parser("report", help="a report as text, or to .png/.pdf/.xlsx with --out")
    rep.add_argument("name", nargs="?", metavar="NAME")
    rep.add_argument("--list", action="store_true", help="list the reports")
    rep.add_argument("--from", dest="start", metavar="DATE", type=_iso_date)
    rep.add_argument("--to", dest="end", metavar="DATE", type=_iso_date)
    rep.add_argument("--owner", metavar="USER", help="a salesperson's name (default: the team)")
    rep.add_argument("--period", choices=("day", "week", "month"))
    rep.add_argument("--out", metavar="FILE", help="write the report: .png, .pdf or .xlsx")
    return parser


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def parse(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


def run_command(ns: argparse.Namespace) -> int:
    """Run the subcommand ``ns.command``; returns the process exit code."""
    command = _COMMANDS[ns.command]
    try:
        return command(ns)
    except StorageError as exc:
        if exc.code == "damaged":
            commands.report_damaged(ns, exc)
            return EXIT_DAMAGED if ns.command == "check" else EXIT_ERROR
        return _fail(exc)
    except CrmError as exc:
        return _fail(exc)
    except OSError as exc:
        return _fail(exc)


def _fail(exc: BaseException) -> int:
    message = exc.message if isinstance(exc, CrmError) else str(exc)
    if isinstance(exc, OSError) and exc.filename:
        message = f"{exc.strerror}: {exc.filename}"
    print(f"desktop_crm: {message}", file=sys.stderr)
    return EXIT_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point: run a subcommand (the window is started by desktop_crm.app)."""
    ns = parse(sys.argv[1:] if argv is None else argv)
    if not ns.command:
        build_parser().print_usage(sys.stderr)
        print("desktop_crm: no command given (start main.py for the window)", file=sys.stderr)
        return EXIT_ERROR
    return run_command(ns)


if __name__ == "__main__":
    sys.exit(main())
