"""analysis layer: an imported article in, suggestions for the brief out.

``analyze`` proposes sentences, quotes with speakers, reported statements, figures,
dates, actors and key facts; ``draft_operations`` turns the top ones into a first brief;
``suggestion_to_item`` / ``item_from_selection`` make brief items when the analyst
accepts a suggestion or selects text; ``find_conflicts`` compares figures across the
articles of one project.

The names are imported on first use (PEP 562): importing ``briefing.analysis`` or one
of its light modules (``suggestions``) must not compile every stage's patterns, so the
CLI and the GUI start fast and pay for analysis only when they analyse.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing.analysis.accept import default_section, item_from_selection, suggestion_to_item
    from briefing.analysis.conflicts import find_conflicts
    from briefing.analysis.drafting import draft_operations
    from briefing.analysis.pipeline import analyze

_HOMES = {
    "analyze": "briefing.analysis.pipeline",
    "default_section": "briefing.analysis.accept",
    "draft_operations": "briefing.analysis.drafting",
    "find_conflicts": "briefing.analysis.conflicts",
    "item_from_selection": "briefing.analysis.accept",
    "suggestion_to_item": "briefing.analysis.accept",
}

__all__ = [
    "analyze",
    "default_section",
    "draft_operations",
    "find_conflicts",
    "item_from_selection",
    "suggestion_to_item",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])
