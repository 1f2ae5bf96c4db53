"""Export: lists to CSV / .xlsx / vCard, and the whole database to one file and back.

Qt-free; long work takes ``progress(done, total)`` and ``cancelled()`` callables. openpyxl and
vobject are imported when a file is written, not when this package is.
"""

from desktop_crm.services.exporting.columns import (
    ColumnKind,
    ExportColumn,
    canonical_key,
    default_columns,
    export_columns,
)
from desktop_crm.services.exporting.command import (
    run_export_command,
    run_import_database_command,
)
from desktop_crm.services.exporting.database import (
    export_database,
    import_database,
    read_manifest,
)
from desktop_crm.services.exporting.files import Cancelled, OperationCancelled, Progress
from desktop_crm.services.exporting.tables import (
    CSV_DELIMITERS,
    FORMATS,
    check_delimiter,
    export_records,
    format_of,
)

__all__ = [
    "CSV_DELIMITERS",
    "FORMATS",
    "Cancelled",
    "ColumnKind",
    "ExportColumn",
    "OperationCancelled",
    "Progress",
    "canonical_key",
    "check_delimiter",
    "default_columns",
    "export_columns",
    "export_database",
    "export_records",
    "format_of",
    "import_database",
    "read_manifest",
    "run_export_command",
    "run_import_database_command",
]
