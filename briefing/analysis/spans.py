"""Which spans hold a position or overlap a range, by bisection.

Quotes and statements ask this once per cue; a long report has hundreds of quotes and a
thousand cues, so a scan per question grows with the square of the report's length.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class SpanIndex:
    """Half-open spans ``[start, end)``: sorted starts and the furthest end so far."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach: list[int] = []
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self._reach.append(furthest)

    def inside(self, position: int) -> bool:
        """Whether some span has ``start <= position < end``."""
        i = bisect.bisect_right(self._starts, position) - 1
        return i >= 0 and self._reach[i] > position

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span shares a character with ``[start, end)``."""
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self._reach[i] > start
