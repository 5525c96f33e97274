"""GUI fixtures: a main window on a real project file with isolated settings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from briefing.core.model import Article, LanguageGuess, Origin, Paragraph, new_id

# The offscreen platform says this whenever a top-level window is shown; it is about the
# platform plugin, not about our code.
OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints",)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    gui_dir = Path(__file__).parent
    for item in items:
        if gui_dir in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


def make_article(text: str, title: str = "Test article", **extra: object) -> Article:
    """A core article made directly (no ingest), paragraphs split on blank lines."""
    paragraphs = []
    position = 0
    for chunk in text.split("\n"):
        if chunk.strip():
            paragraphs.append(Paragraph(position, position + len(chunk), "body"))
        position += len(chunk) + 1
    values: dict[str, object] = {
        "id": new_id(),
        "title": title,
        "text": text,
        "paragraphs": tuple(paragraphs),
        "origin": Origin(file=f"{title}.txt", format="txt", sha256=new_id()),
        "language": LanguageGuess("en", 0.99),
        "publisher": "Test Wire",
        "published": date(2024, 10, 24),
    }
    values.update(extra)
    return Article(**values)  # type: ignore[arg-type]


@pytest.fixture
def settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    from briefing.gui.settings import Settings

    return Settings(tmp_path / "settings" / "briefing.ini")


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "work.brief"


@pytest.fixture
def window(qtbot, settings, project_path: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from briefing.gui.main_window import MainWindow
    from briefing.gui.project_files import create_project

    main = MainWindow(create_project(project_path), settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
