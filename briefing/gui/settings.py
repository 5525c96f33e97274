"""Typed settings, declared once with their type, default and the version that added them.

Stored with QSettings in INI format in the user's config folder. :data:`UPGRADES` moves
values written by older versions forward, the way Picard's ``config_upgrade`` does, so a
renamed key never loses what the user set.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from briefing.core.model import BriefInfo
from briefing.core.resources import user_config_dir

log = logging.getLogger(__name__)

T = TypeVar("T")

SETTINGS_VERSION = 1
MAX_RECENT_FILES = 10


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting: its INI key, Python type, default and the settings version that added it."""

    key: str
    type: type
    default: T
    since: int = 1


WINDOW_GEOMETRY: Option[bytes] = Option("window/geometry", bytes, b"")
WINDOW_STATE: Option[bytes] = Option("window/state", bytes, b"")
MAIN_SPLITTER: Option[bytes] = Option("window/main_splitter", bytes, b"")
LEFT_SPLITTER: Option[bytes] = Option("window/left_splitter", bytes, b"")
RECENT_FILES: Option[list[str]] = Option("project/recent_files", list, [])
LAST_PROJECT: Option[str] = Option("project/last", str, "")
REOPEN_LAST: Option[bool] = Option("project/reopen_last", bool, True)
HIDDEN_HIGHLIGHTS: Option[list[str]] = Option("reader/hidden_highlights", list, [])
UI_LANGUAGE: Option[str] = Option("ui/language", str, "")
BRIEF_DEFAULTS: Option[str] = Option("brief/defaults", str, "")
"""JSON of the title-block fields a new brief starts with (see ``new_brief_info``)."""
STICKY_BRIEF_FIELDS = ("author", "organisation", "marking", "distribution", "template", "language")
"""What one brief passes on to the next; title and date-time group are each brief's own."""

OPTIONS: tuple[Option[Any], ...] = (
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    MAIN_SPLITTER,
    LEFT_SPLITTER,
    RECENT_FILES,
    LAST_PROJECT,
    REOPEN_LAST,
    HIDDEN_HIGHLIGHTS,
    UI_LANGUAGE,
    BRIEF_DEFAULTS,
)

Upgrade = Callable[[QSettings], None]
UPGRADES: dict[int, Upgrade] = {}
"""``UPGRADES[n]`` moves a settings file from version ``n`` to ``n + 1``."""


def default_settings_path() -> Path:
    return user_config_dir() / "briefing.ini"


class Settings:
    """Typed access to the settings file; pass it to whatever needs it (no global)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_settings_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        version = _to_int(self._qsettings.value("meta/version"), 0)
        if version == 0:
            # Fresh file (or one from before versioning): nothing to move.
            version = SETTINGS_VERSION
        while version < SETTINGS_VERSION:
            step = UPGRADES.get(version)
            if step is not None:
                step(self._qsettings)
            version += 1
            log.info("settings upgraded to version %d", version)
        self._qsettings.setValue("meta/version", version)

    def get(self, option: Option[T]) -> T:
        raw = self._qsettings.value(option.key)
        if raw is None:
            default: Any = option.default
            return list(default) if isinstance(default, list) else default  # type: ignore[return-value]
        try:
            value: Any = _coerce(raw, option.type)
            return value  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            log.warning("setting %s has an unreadable value %r; using the default", option.key, raw)
            return option.default

    def set(self, option: Option[T], value: T) -> None:
        if option.type is bytes:
            self._qsettings.setValue(option.key, QByteArray(bytes(value)))  # type: ignore[call-overload]
        else:
            self._qsettings.setValue(option.key, value)

    def sync(self) -> None:
        self._qsettings.sync()

    # ------------------------------------------------------------------ recent files

    def recent_files(self) -> list[str]:
        return [p for p in self.get(RECENT_FILES) if p]

    def add_recent_file(self, path: Path | str) -> list[str]:
        entry = str(Path(path).resolve())
        files = [entry] + [p for p in self.recent_files() if p != entry]
        files = files[:MAX_RECENT_FILES]
        self.set(RECENT_FILES, files)
        return files

    def remove_recent_file(self, path: Path | str) -> None:
        entry = str(Path(path).resolve())
        self.set(RECENT_FILES, [p for p in self.recent_files() if p != entry])

    # ------------------------------------------------------------------ new briefs

    def new_brief_info(self, fallback_language: str = "en") -> BriefInfo:
        """The title block a new brief starts with: the analyst's last author,
        organisation, marking, distribution, template and language (an analyst writes
        most briefs for the same readers); ``fallback_language`` before any was set."""
        try:
            stored = json.loads(self.get(BRIEF_DEFAULTS) or "{}")
        except ValueError:
            stored = {}
        values = {
            name: value
            for name, value in (stored.items() if isinstance(stored, dict) else ())
            if name in STICKY_BRIEF_FIELDS and isinstance(value, str)
        }
        values.setdefault("language", fallback_language)
        return BriefInfo(**values)

    def remember_brief_info(self, info: BriefInfo) -> None:
        values = {name: getattr(info, name) for name in STICKY_BRIEF_FIELDS}
        self.set(BRIEF_DEFAULTS, json.dumps(values, ensure_ascii=False, sort_keys=True))


def _coerce(raw: object, kind: type) -> object:
    """INI files store everything as text; QSettings hands back str, list or QByteArray."""
    if kind is bytes:
        if isinstance(raw, QByteArray):
            return raw.data()
        if isinstance(raw, bytes | bytearray):
            return bytes(raw)
        raise TypeError(type(raw))
    if kind is list:
        if isinstance(raw, str):
            return [raw]  # a one-element list comes back as a bare string
        if isinstance(raw, list | tuple):
            return [str(v) for v in raw]
        raise TypeError(type(raw))
    if kind is bool:
        if isinstance(raw, str):
            if raw.lower() in ("true", "1", "yes"):
                return True
            if raw.lower() in ("false", "0", "no"):
                return False
            raise ValueError(raw)
        return bool(raw)
    if kind is int:
        return int(str(raw))
    if kind is str:
        return str(raw)
    raise TypeError(kind)


def _to_int(raw: object, default: int) -> int:
    try:
        return int(str(raw)) if raw is not None else default
    except ValueError:
        return default
