"""The import benchmark's child process: one import; its time, CPU and peak memory as JSON.

A module of its own that imports nothing at the top, like ``main.py``: the import's reading
worker (a spawned process) imports the main module again, and should not pay for the
benchmark's imports any more than it pays for the app's.
"""

from __future__ import annotations

import sys


def main(db: str, path: str) -> None:
    """Import ``path`` into the database ``db``; print the figures as one JSON line."""
    import json
    import time
    from pathlib import Path

    from benchmarks.importing import _plan
    from desktop_crm.services.crm import open_crm
    from desktop_crm.services.importing.engine import run_import

    crm = open_crm(Path(db), backup_dir=Path(db).parent / "backups")
    try:
        started, cpu = time.perf_counter(), time.process_time()
        result = run_import(crm, _plan(Path(path)), backup=False)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        crm.close()
    try:
        import resource  # not on Windows
    except ImportError:
        peak_kib = worker_kib = 0.0
    else:
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        # the reading worker (a child process, ended by now): counted in full, as if both
        # peaked at the same moment
        worker_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu": cpu,
                "peak_mib": (peak_kib + worker_kib) / 1024,
                "worker_mib": worker_kib / 1024,
                "batch": result.batch_id,
                "counts": result.counts.as_dict(),
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
