"""Briefing: turn news articles in any language into short, sourced briefs."""

__version__ = "0.1.0"
