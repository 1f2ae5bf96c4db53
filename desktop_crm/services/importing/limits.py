"""Sizes beyond which a file to import is refused or judged broken.

Readers look these up at call time (``limits.NAME``), so a test can monkeypatch them small.
"""

from __future__ import annotations

MiB = 1024 * 1024
GiB = 1024 * MiB

# --- text files (CSV/TSV/TXT, vCard) are streamed: no size limit, only bounded samples ---
ENCODING_SAMPLE_BYTES = 1 * MiB
"""Bytes read from each of the head, middle and tail of a text file to guess its encoding."""
DELIMITER_SAMPLE_CHARS = 64 * 1024
"""Decoded characters from the head used to guess the delimiter."""
CSV_CHUNK_BYTES = 1 * MiB
"""Bytes decoded at a time while streaming; progress and cancel are checked once per chunk."""
MAX_RECORD_LINES = 200
"""A quoted field spanning more lines than this is taken for a stray, unbalanced quote."""

# --- workbooks (.xlsx/.ods zip, .xls OLE2) are loaded a sheet at a time by calamine ---
MAX_WORKBOOK_BYTES = 512 * MiB
"""Largest .xlsx/.xls/.ods file accepted (a sheet is held in memory while read)."""
MAX_UNCOMPRESSED_BYTES = 1 * GiB
"""Largest total uncompressed size of the members of an .xlsx/.ods."""
MAX_COMPRESSION_RATIO = 100
"""Largest uncompressed/compressed ratio of a big member (a zip bomb compresses ~1000x)."""
RATIO_CHECK_MIN_BYTES = 8 * MiB
"""Members smaller than this (uncompressed) are not checked for their ratio."""
MAX_ZIP_MEMBERS = 10_000
XML_HEAD_BYTES = 64 * 1024
"""Bytes of each XML member scanned for DOCTYPE/ENTITY declarations before the root element."""
ROW_CHECK_EVERY = 1000
"""Spreadsheet rows between two calls of progress/cancelled."""
