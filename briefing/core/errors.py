"""Expected failures, each with a message a user can act on.

Anything that is not a :class:`BriefingError` is a bug and reaches the crash dialog
(GUI) or a traceback (CLI).
"""

from __future__ import annotations


class BriefingError(Exception):
    """An expected failure; ``str(error)`` is a one-line message for the user."""


class ImportFailed(BriefingError):
    """An article could not be imported (bad file, unsupported format, no text...)."""


class ProjectError(BriefingError):
    """A project file cannot be opened or written."""


class ReadOnlyProject(ProjectError):
    """A change was attempted on a project opened read-only."""


class ExportFailed(BriefingError):
    """A brief could not be exported."""


class TemplateError(BriefingError):
    """A template file is missing or invalid."""
