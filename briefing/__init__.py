"""Briefing: turn news articles in any language into short, sourced briefs."""

__version__ = "0.1.0"

# Before any module of the package defines a dataclass: their compiled methods are kept
# between runs (see dataclass_cache; ~35 ms of every start, in the app and its workers).
from briefing import dataclass_cache as _dataclass_cache

_dataclass_cache.install()
