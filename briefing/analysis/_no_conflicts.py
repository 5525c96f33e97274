"""Stand-in for ``conflicts.find_conflicts`` until that module lands: no conflicts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from briefing.analysis.suggestions import FigureConflict


def find_conflicts(pairs: Sequence[tuple[Any, Any]]) -> list[FigureConflict]:
    return []
