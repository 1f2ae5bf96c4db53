"""Hybrid logical clock: orders field changes across installations for sync (latest edit wins).

A timestamp is text ``"<millis:013d>-<counter:05d>-<node>"`` so that comparing the strings
compares the clocks; ``node`` breaks ties between installations deterministically.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

MAX_COUNTER = 99_999  # five digits in the text form


class HybridClock:
    def __init__(self, node_id: str, wall: Callable[[], float] = time.time) -> None:
        self.node_id = node_id
        self._wall = wall
        self._millis = 0
        self._counter = 0
        self._lock = threading.Lock()

    def now(self) -> str:
        with self._lock:
            wall = int(self._wall() * 1000)
            if wall > self._millis:
                self._millis, self._counter = wall, 0
            elif self._counter < MAX_COUNTER:
                self._counter += 1
            else:  # keep the fixed-width text order: borrow the next millisecond
                self._millis, self._counter = self._millis + 1, 0
            return self._format()

    def observe(self, stamp: str) -> None:
        """Move past a timestamp received from another installation."""
        millis, counter = parse_stamp(stamp)
        with self._lock:
            if (millis, counter) > (self._millis, self._counter):
                self._millis, self._counter = millis, counter

    def _format(self) -> str:
        return f"{self._millis:013d}-{self._counter:05d}-{self.node_id}"


def parse_stamp(stamp: str) -> tuple[int, int]:
    millis, counter, _node = stamp.split("-", 2)
    return int(millis), int(counter)
