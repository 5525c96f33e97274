"""analysis layer: an imported article in, suggestions for the brief out.

``analyze`` proposes sentences, quotes with speakers, reported statements, figures,
dates, actors and key facts; ``draft_operations`` turns the top ones into a first brief;
``suggestion_to_item`` / ``item_from_selection`` make brief items when the analyst
accepts a suggestion or selects text; ``find_conflicts`` compares figures across the
articles of one project.
"""

from __future__ import annotations

from briefing.analysis.accept import default_section, item_from_selection, suggestion_to_item
from briefing.analysis.conflicts import find_conflicts
from briefing.analysis.drafting import draft_operations
from briefing.analysis.pipeline import analyze

__all__ = [
    "analyze",
    "default_section",
    "draft_operations",
    "find_conflicts",
    "item_from_selection",
    "suggestion_to_item",
]
