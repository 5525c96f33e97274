"""Import: file / URL / clipboard → :class:`~briefing.core.model.Article`.

Every format has a small importer chosen by content sniffing; the shared clean-up
(dateline, promotion lines, headings, dates, language) happens once for all of them.
Failures a user can cause raise :class:`~briefing.core.errors.ImportFailed`.
"""

from __future__ import annotations

from briefing.ingest.duplicates import find_duplicate, fingerprint
from briefing.ingest.importer import (
    IMPORTERS,
    import_bytes,
    import_clipboard,
    import_path,
    sniff_format,
)
from briefing.ingest.language import detect_language
from briefing.ingest.limits import ImportLimits
from briefing.ingest.paths import expand_paths
from briefing.ingest.sniff import SUPPORTED_SUFFIXES
from briefing.ingest.url_importer import fetch_url, import_url, is_url

__all__ = [
    "IMPORTERS",
    "SUPPORTED_SUFFIXES",
    "ImportLimits",
    "detect_language",
    "expand_paths",
    "fetch_url",
    "find_duplicate",
    "fingerprint",
    "import_bytes",
    "import_clipboard",
    "import_path",
    "import_url",
    "is_url",
    "sniff_format",
]
