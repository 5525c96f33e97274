"""Export templates: one declarative ``template.toml`` per folder.

A template decides the look (page, fonts, colours), the order and labels of the sections
and how citations show. Code never hard-codes a layout choice a template could make, so a
ministry can add its own house style in the user's config folder without touching code.
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.core.errors import TemplateError
from briefing.core.model import SECTION_KEYS
from briefing.core.resources import template_dirs

log = logging.getLogger(__name__)

TEMPLATE_FILE = "template.toml"
REFERENCE_DOCX = "reference.docx"
SECTION_CHOICES = (*SECTION_KEYS, "sources")
PAGE_SIZES = ("A4", "Letter")
CITATION_STYLES = ("footnotes", "endnotes")
RENDER_STYLES = ("table", "list")
HEADER_FIELDS = frozenset(
    {"marking", "title", "date", "page", "pages", "author", "organisation", "page_of_pages"}
)
FONT_FAMILIES = ("DejaVuSans", "DejaVuSerif")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_FIELD = re.compile(r"\{([^{}]*)\}")

DEFAULT_COLOURS = {
    "accent": "#1F3A5F",
    "banner": "#1F3A5F",
    "banner_text": "#FFFFFF",
    "rule": "#B9C3CD",
    "muted": "#5B6670",
    "shade": "#EEF2F6",
}


@dataclass(frozen=True, slots=True)
class SectionSpec:
    """One section as a template shows it."""

    key: str
    labels: dict[str, str]
    limit: int = 0
    kinds: tuple[str, ...] = ()

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get("en") or self.key.title()


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    """What ``briefing templates`` lists."""

    name: str
    description: str
    path: Path
    builtin: bool


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    description: str
    path: Path
    sections: tuple[SectionSpec, ...]
    page_size: str = "A4"
    margins_mm: dict[str, float] = field(default_factory=dict)
    body_font: str = "DejaVuSerif"
    heading_font: str = "DejaVuSans"
    font_size: float = 10.0
    colours: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_COLOURS))
    citations: str = "footnotes"
    actors_as: str = "table"
    figures_as: str = "table"
    dtg_prominent: bool = False
    numbered_headings: bool = False
    header: dict[str, str] = field(default_factory=dict)
    footer: dict[str, str] = field(default_factory=dict)

    @property
    def reference_docx(self) -> Path | None:
        """A Word document whose styles the DOCX starts from, when the template has one."""
        path = self.path.parent / REFERENCE_DOCX
        return path if path.is_file() else None

    def margin(self, side: str) -> float:
        return float(self.margins_mm.get(side, 20.0))


def _fail(path: Path, problem: str) -> TemplateError:
    return TemplateError(f"template {path}: {problem}")


def _choice(
    path: Path, table: dict[str, Any], key: str, choices: tuple[str, ...], default: str
) -> str:
    value = table.get(key, default)
    if value not in choices:
        raise _fail(path, f"{key} must be one of {', '.join(choices)}, not {value!r}")
    return str(value)


def _lines(path: Path, table: object, where: str) -> dict[str, str]:
    if table is None:
        return {}
    if not isinstance(table, dict):
        raise _fail(path, f"[{where}] must be a table")
    lines: dict[str, str] = {}
    for pos in ("left", "centre", "right"):
        text = table.get(pos)
        if text is None:
            continue
        if not isinstance(text, str):
            raise _fail(path, f"[{where}] {pos} must be text")
        for name in _FIELD.findall(text):
            if name not in HEADER_FIELDS:
                raise _fail(
                    path,
                    f"[{where}] {pos} uses an unknown field {{{name}}} "
                    f"(known: {', '.join(sorted(HEADER_FIELDS))})",
                )
        lines[pos] = text
    return lines


def _sections(path: Path, raw: object) -> tuple[SectionSpec, ...]:
    if not isinstance(raw, list) or not raw:
        raise _fail(path, "needs at least one [[sections]] entry")
    specs = []
    for number, entry in enumerate(raw, 1):
        if not isinstance(entry, dict):
            raise _fail(path, f"section {number} must be a table")
        key = entry.get("key")
        if key not in SECTION_CHOICES:
            raise _fail(
                path, f"section {number} has key {key!r}; use one of {', '.join(SECTION_CHOICES)}"
            )
        label = entry.get("label", {})
        if isinstance(label, str):
            label = {"en": label}
        if not isinstance(label, dict) or not all(isinstance(v, str) for v in label.values()):
            raise _fail(
                path, f"section {key!r}: label must be text or a table of texts by language"
            )
        limit = entry.get("limit", 0)
        if not isinstance(limit, int) or limit < 0:
            raise _fail(path, f"section {key!r}: limit must be a whole number ≥ 0")
        kinds = entry.get("kinds", [])
        if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
            raise _fail(path, f"section {key!r}: kinds must be a list of item kinds")
        specs.append(SectionSpec(str(key), dict(label), limit, tuple(kinds)))
    return tuple(specs)


def parse_template(path: Path) -> Template:
    """Read and validate one ``template.toml``; every problem names the file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise _fail(path, "file not found") from error
    except (OSError, UnicodeDecodeError) as error:
        raise _fail(path, f"cannot be read ({error})") from error
    except tomllib.TOMLDecodeError as error:
        raise _fail(path, f"is not valid TOML ({error})") from error

    name = data.get("name") or path.parent.name
    page = data.get("page", {})
    fonts = data.get("fonts", {})
    colours = data.get("colours", {})
    layout = data.get("layout", {})
    for table_name, table in (
        ("page", page),
        ("fonts", fonts),
        ("colours", colours),
        ("layout", layout),
    ):
        if not isinstance(table, dict):
            raise _fail(path, f"[{table_name}] must be a table")
    margins = page.get("margins_mm", {})
    if not isinstance(margins, dict) or not all(
        isinstance(v, int | float) and 0 <= v <= 80 for v in margins.values()
    ):
        raise _fail(path, "[page] margins_mm must map top/bottom/left/right to 0–80 mm")
    merged_colours = dict(DEFAULT_COLOURS)
    for key, value in colours.items():
        if not isinstance(value, str) or not _COLOUR.match(value):
            raise _fail(path, f'[colours] {key} must be a colour like "#1F3A5F", not {value!r}')
        merged_colours[key] = value
    size = fonts.get("size", 10)
    if not isinstance(size, int | float) or not 6 <= size <= 18:
        raise _fail(path, "[fonts] size must be between 6 and 18 points")
    return Template(
        name=str(name),
        description=str(data.get("description", "")),
        path=path,
        sections=_sections(path, data.get("sections")),
        page_size=_choice(path, page, "size", PAGE_SIZES, "A4"),
        margins_mm={str(k): float(v) for k, v in margins.items()},
        body_font=_choice(path, fonts, "body", FONT_FAMILIES, "DejaVuSerif"),
        heading_font=_choice(path, fonts, "heading", FONT_FAMILIES, "DejaVuSans"),
        font_size=float(size),
        colours=merged_colours,
        citations=_choice(path, layout, "citations", CITATION_STYLES, "footnotes"),
        actors_as=_choice(path, layout, "actors", RENDER_STYLES, "table"),
        figures_as=_choice(path, layout, "figures", RENDER_STYLES, "table"),
        dtg_prominent=bool(layout.get("dtg_prominent", False)),
        numbered_headings=bool(layout.get("numbered_headings", False)),
        header=_lines(path, data.get("header"), "header"),
        footer=_lines(path, data.get("footer"), "footer"),
    )


def _template_files() -> dict[str, tuple[Path, bool]]:
    """Template name → file; the user's folder comes first, so it overrides built-ins."""
    found: dict[str, tuple[Path, bool]] = {}
    dirs = template_dirs()
    builtin_dir = dirs[-1]
    for folder in dirs:
        if not folder.is_dir():
            continue
        for candidate in sorted(folder.iterdir()):
            file = candidate / TEMPLATE_FILE
            if file.is_file() and candidate.name not in found:
                found[candidate.name] = (file, folder == builtin_dir)
    return found


def list_templates() -> list[TemplateInfo]:
    """All templates by name; a user template that fails to parse is listed with its problem."""
    infos = []
    for name, (file, builtin) in sorted(_template_files().items()):
        try:
            description = parse_template(file).description
        except TemplateError as error:
            log.warning("%s", error)
            description = f"(invalid: {error})"
        infos.append(TemplateInfo(name, description, file, builtin))
    return infos


def load_template(name: str) -> Template:
    files = _template_files()
    if name not in files:
        known = ", ".join(sorted(files)) or "none"
        raise TemplateError(f"no template named {name!r} (available: {known})")
    return parse_template(files[name][0])
