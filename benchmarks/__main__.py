"""Run the speed suite: ``python -m benchmarks [NAME ...]`` (all when no name is given).

Each benchmark prints one line per figure, ``name.figure: value unit (target ...)``; lines
starting with ``#`` are context. Nothing here fails on time: the figures are for reading.
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Sequence

#: benchmark name -> module with a ``run()`` function
BENCHMARKS: dict[str, str] = {
    "demo": "benchmarks.demo",
    "search": "benchmarks.search",
    "pipeline": "benchmarks.pipeline",
    "calendar": "benchmarks.calendar",
    "duplicates": "benchmarks.duplicates",
    "importing": "benchmarks.importing",
    "reports": "benchmarks.reports",
}


def main(argv: Sequence[str]) -> int:
    chosen = list(argv) or list(BENCHMARKS)
    unknown = [name for name in chosen if name not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}")
        return 2
    for name in chosen:
        print(f"# == {name}", flush=True)
        started = time.perf_counter()
        importlib.import_module(BENCHMARKS[name]).run()
        print(f"# {name} took {time.perf_counter() - started:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
