"""The machine's speed right now: the development machine is shared and its speed moves
by up to 2× between hours, so speed benchmarks print this beside their own figures."""

from __future__ import annotations

import time

QUIET_LOOP_MS = 40
"""The loop below on a quiet 2020s core."""


def loop_ms() -> float:
    """CPU milliseconds of a fixed 1M-iteration pure-Python loop."""
    started = time.process_time()
    total = 0
    for i in range(1_000_000):
        total += i
    return (time.process_time() - started) * 1000


def calibration_line() -> str:
    return f"calibration: 1M-iteration Python loop {loop_ms():.0f} ms (a quiet 2020s core: ~{QUIET_LOOP_MS})"
