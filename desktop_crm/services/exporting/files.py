"""Writing an export file safely: into a temporary file beside the target, renamed at the end.

A crash, a cancel or an error never leaves a half-written file under the user's name: the
temporary file is removed and a file already there keeps its old content.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_crm.domain.errors import CrmError

#: ``progress(done, total)``: rows written so far and rows to write
Progress = Callable[[int, int], None]
#: ``cancelled()``: True once the user asked to stop
Cancelled = Callable[[], bool]


class OperationCancelled(CrmError):
    """The user cancelled an export or import; nothing was written or changed."""

    code = "cancelled"

    def __init__(self, message: str = "Cancelled; nothing was written.") -> None:
        super().__init__(message)


def check_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise OperationCancelled()


def cannot_write(target: Path, exc: OSError) -> CrmError:
    reason = exc.strerror or str(exc)
    return CrmError(
        f"Cannot write {target}: {reason}", code="cannot_write", path=str(target), reason=reason
    )


@contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """A temporary path in ``target``'s folder; renamed to ``target`` when the block ends well,
    removed when it raises (including a cancel). OSError becomes CrmError ``cannot_write``."""
    if target.is_dir():
        raise CrmError(
            f"{target} is a folder", code="cannot_write", path=str(target), reason="folder"
        )
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise cannot_write(target, exc) from exc
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        _fsync(temp)
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise cannot_write(target, exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _fsync(path: Path) -> None:
    """Make the content durable before the rename makes it visible."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
