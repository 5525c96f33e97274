"""UI translations: compiled ``.qm`` files when present, else the ``.ts`` source itself.

``pyside6-lrelease`` compiles ``i18n/briefing_<lang>.ts`` to ``.qm``; a checkout or an
install without the compiled file still gets the translation through
:class:`TsTranslator`, which reads the Linguist XML and answers ``translate()`` from it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent / "i18n"


class TsTranslator(QTranslator):
    """A translator fed from a Qt Linguist ``.ts`` file (finished translations only)."""

    def __init__(self, path: Path, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        import xml.etree.ElementTree as ET  # only when a translation is used (not English)

        self._messages: dict[tuple[str, str], list[str]] = {}
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None or translation is None:
                    continue
                if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")]
                text = forms or [translation.text or ""]
                if any(text):
                    self._messages[(name, source)] = text
        self.ts_language = root.get("language", "")

    def __len__(self) -> int:
        return len(self._messages)

    def isEmpty(self) -> bool:
        return not self._messages

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        forms = self._messages.get((context, source_text))
        if not forms:
            return ""
        # Indonesian (the first translation) has a single plural form; others take form 0
        # for one and the last form otherwise, which suits two-form languages.
        if n >= 0 and len(forms) > 1:
            return forms[0] if n == 1 else forms[-1]
        return forms[0]


def ui_language(preferred: str = "") -> str:
    """Two-letter language of the UI: the setting if given, else the system's."""
    language = (preferred or QLocale.system().name()).split("_")[0].lower()
    return "en" if language in ("", "c", "posix") else language


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own and Briefing's translators for ``language``; returns them."""
    installed: list[QTranslator] = []
    if not language or language == "en":
        return installed
    from PySide6.QtCore import QLibraryInfo  # by name only here: its class costs start-up time

    qt_base = QTranslator(app)
    if qt_base.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    ours = load_translator(language, app)
    if ours is not None:
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def load_translator(language: str, parent: QCoreApplication | None = None) -> QTranslator | None:
    qm = I18N_DIR / f"briefing_{language}.qm"
    if qm.is_file():
        translator = QTranslator(parent)
        if translator.load(str(qm)):
            return translator
        log.warning("could not load %s; trying the .ts source", qm)
    ts = I18N_DIR / f"briefing_{language}.ts"
    if ts.is_file():
        import xml.etree.ElementTree as ET

        try:
            return TsTranslator(ts, parent)
        except ET.ParseError as exc:
            log.warning("could not read %s: %s", ts, exc)
    log.info("no translation for %s", language)
    return None
