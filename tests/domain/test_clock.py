"""The hybrid logical clock: stamps only ever grow, whatever the wall clock does."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.domain.clock import HybridClock, parse_stamp


class FakeWall:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __call__(self) -> float:
        return self.seconds


def test_stamp_format_sorts_as_text() -> None:
    clock = HybridClock("node-a", wall=FakeWall(1_700_000_000.123))
    stamp = clock.now()
    assert stamp == "1700000000123-00000-node-a"
    assert parse_stamp(stamp) == (1_700_000_000_123, 0)


def test_monotonic_when_the_wall_clock_goes_backwards() -> None:
    wall = FakeWall(1_700_000_000.0)
    clock = HybridClock("n", wall=wall)
    stamps = [clock.now()]
    for seconds in (1_700_000_000.0, 1_699_999_000.0, 1_600_000_000.0, 1_700_000_000.0):
        wall.seconds = seconds
        stamps.append(clock.now())
    wall.seconds = 1_700_000_001.0
    stamps.append(clock.now())
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)
    # the wall clock moved on again: the counter restarts on the new millisecond
    assert stamps[-1] == "1700000001000-00000-n"


@given(st.lists(st.floats(min_value=0, max_value=4e9), min_size=1, max_size=60))
def test_monotonic_for_any_wall_clock(walls: list[float]) -> None:
    wall = FakeWall(0.0)
    clock = HybridClock("n", wall=wall)
    stamps = []
    for seconds in walls:
        wall.seconds = seconds
        stamps.append(clock.now())
    assert all(a < b for a, b in itertools.pairwise(stamps))


def test_counter_overflow_keeps_text_order() -> None:
    """A wall clock stuck (or set back) for 100,000 stamps must not break string order."""
    clock = HybridClock("n", wall=FakeWall(1_000.0))
    previous = clock.now()
    for _ in range(100_050):
        stamp = clock.now()
        assert stamp > previous
        previous = stamp
    millis, counter = parse_stamp(previous)
    assert counter <= 99_999
    assert millis > 1_000_000


def test_observe_moves_past_a_remote_stamp() -> None:
    clock = HybridClock("local", wall=FakeWall(1_000.0))
    remote = HybridClock("remote", wall=FakeWall(5_000.0))
    theirs = remote.now()
    theirs = remote.now()  # counter 1
    assert clock.now() < theirs
    clock.observe(theirs)
    ours = clock.now()
    assert ours > theirs
    assert parse_stamp(ours) == (5_000_000, 2)


def test_observe_an_older_stamp_changes_nothing() -> None:
    clock = HybridClock("local", wall=FakeWall(9_000.0))
    first = clock.now()
    clock.observe("0000000001000-00007-remote")
    assert clock.now() == "0000009000000-00001-local"
    assert first == "0000009000000-00000-local"
