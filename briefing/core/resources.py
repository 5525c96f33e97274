"""The one place that locates bundled resources, templates and the user's folders.

Works the same from a source checkout, an installed wheel and a frozen (PyInstaller)
bundle. Nothing else in the code base builds paths to bundled files.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from briefing.core.errors import BriefingError

APP_NAME = "Briefing"
APP_SLUG = "briefing"


def _candidate_roots() -> list[Path]:
    roots: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    package = Path(__file__).resolve().parent.parent  # briefing/
    roots.append(package.parent)  # source checkout or editable install: repo root
    roots.append(package / "_data")  # installed wheel: briefing/_data/{resources,templates}
    return roots


# A file each folder must hold, so that an unrelated "resources/" beside site-packages
# is never taken for ours.
_MARKERS = {"resources": "icons/briefing.svg", "templates": "standard/template.toml"}


def _find(kind: str) -> Path:
    for root in _candidate_roots():
        path = root / kind
        if (path / _MARKERS[kind]).is_file():
            return path
    raise BriefingError(f"the installation is incomplete: no {kind}/ folder was found")


def resources_dir() -> Path:
    return _find("resources")


def resource_path(*parts: str) -> Path:
    """A bundled file, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise BriefingError(f"the installation is incomplete: {'/'.join(parts)} is missing")
    return path


def sample_article_path() -> Path:
    """The bundled sample article that ``make run`` and ``briefing demo`` open."""
    return resource_path("sample", "sample-article.txt")


def builtin_templates_dir() -> Path:
    return _find("templates")


def user_templates_dir() -> Path:
    return user_config_dir() / "templates"


def template_dirs() -> list[Path]:
    """Where templates are looked up: the user's folder first, then the built-ins."""
    dirs = [builtin_templates_dir()]
    user = user_templates_dir()
    if user.is_dir():
        dirs.insert(0, user)
    return dirs


def _home() -> Path:
    return Path(os.environ.get("HOME") or Path.home())


def user_config_dir() -> Path:
    """Per-user settings and templates (XDG on Linux, %APPDATA% on Windows)."""
    override = os.environ.get("BRIEFING_CONFIG_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or _home() / "AppData" / "Roaming") / APP_NAME
    if sys.platform == "darwin":
        return _home() / "Library" / "Application Support" / APP_NAME
    base = os.environ.get("XDG_CONFIG_HOME") or str(_home() / ".config")
    return Path(base) / APP_SLUG


def user_data_dir() -> Path:
    """Per-user data: untitled projects, recent files."""
    override = os.environ.get("BRIEFING_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or _home() / "AppData" / "Local") / APP_NAME
    if sys.platform == "darwin":
        return _home() / "Library" / "Application Support" / APP_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(_home() / ".local" / "share")
    return Path(base) / APP_SLUG


def user_log_dir() -> Path:
    if sys.platform == "darwin":
        return _home() / "Library" / "Logs" / APP_NAME
    if sys.platform == "win32":
        return user_data_dir() / "logs"
    base = os.environ.get("XDG_STATE_HOME") or str(_home() / ".local" / "state")
    return Path(base) / APP_SLUG / "logs"
