"""Brief → DOCX with python-docx: real styles, live page fields, real footnotes.

The DOCX starts from the template's reference.docx when it has one (its styles win), else
from python-docx's default document with the template's fonts and colours applied to the
named styles. Content uses style names only, so a house style changes the look, not code.
"""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from io import BytesIO
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from briefing.core.model import Actor, Fact, Figure, Item, Outlook, Quote
from briefing.export import ooxml
from briefing.export.content import (
    ACTOR_WIDTHS,
    FIGURE_WIDTHS,
    BriefView,
    SectionView,
    item_text,
    outlook_terms,
    quote_attribution,
)
from briefing.export.fonts import is_rtl
from briefing.export.text import clean, clean_line

FONT_NAMES = {"DejaVuSerif": "DejaVu Serif", "DejaVuSans": "DejaVu Sans"}
PAGE_MM = {"A4": (210, 297), "Letter": (215.9, 279.4)}
TABLE_STYLE = "Light List Accent 1"
FIXED_TIME = datetime(2000, 1, 1, tzinfo=UTC)


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _fixed_zip_times(data: bytes) -> bytes:
    """The same package with every member dated 2000-01-01, so equal briefs give equal bytes."""
    out = BytesIO()
    with (
        zipfile.ZipFile(BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info))
    return out.getvalue()


def _table_look(table: Any, *, first_row: bool) -> None:
    """Header-row shading only where there is a header; never a bold first column."""
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        table._tbl.tblPr.append(look)
    for name, on in (
        ("firstRow", first_row),
        ("firstColumn", False),
        ("lastRow", False),
        ("lastColumn", False),
        ("noVBand", True),
    ):
        look.set(qn(f"w:{name}"), "1" if on else "0")
    look.set(qn("w:val"), "04A0" if first_row else "0400")


class _DocxBuilder:
    def __init__(self, view: BriefView) -> None:
        self.view = view
        self.t = view.template
        reference = self.t.reference_docx
        self.doc = docx.Document(str(reference)) if reference else docx.Document()
        self.notes = ooxml.Footnotes()
        self.bookmarks = 0
        self._styles: dict[str, Any] = {}
        if reference is None:
            self._style()
        self._page()

    # ------------------------------------------------------------------ setup

    def _style(self) -> None:
        styles, t = self.doc.styles, self.t
        accent = _rgb(t.colours["accent"])
        body, head = FONT_NAMES[t.body_font], FONT_NAMES[t.heading_font]
        normal = styles["Normal"]
        normal.font.name = body
        normal.font.size = Pt(t.font_size)
        normal.paragraph_format.space_after = Pt(t.font_size * 0.5)
        rpr = normal.element.get_or_add_rPr()
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), self.view.language)
        lang.set(qn("w:bidi"), "ar-SA")
        rpr.append(lang)
        for name, size in (("Title", 2.1), ("Heading 1", 1.25), ("Heading 2", 1.05)):
            style = styles[name]
            style.font.name = head
            style.font.size = Pt(t.font_size * size)
            style.font.color.rgb = accent
            style.font.bold = True
            style.font.italic = False
        quote = styles["Quote"]
        quote.font.name = body
        quote.font.italic = True
        quote.font.color.rgb = RGBColor(0x22, 0x22, 0x22)
        quote.paragraph_format.left_indent = Mm(8)
        for name, kind in (
            ("Footnote Text", WD_STYLE_TYPE.PARAGRAPH),
            ("Footnote Reference", WD_STYLE_TYPE.CHARACTER),
        ):
            if name not in [s.name for s in styles]:
                styles.add_style(name, kind)
        styles["Footnote Text"].font.size = Pt(max(t.font_size - 2, 7))
        styles["Footnote Text"].paragraph_format.space_after = Pt(0)
        styles["Footnote Reference"].font.superscript = True
        styles["Header"].font.name = head
        styles["Header"].font.size = Pt(7.5)
        styles["Footer"].font.name = head
        styles["Footer"].font.size = Pt(7.5)

    def _page(self) -> None:
        t = self.t
        width, height = PAGE_MM[t.page_size]
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.top_margin, section.bottom_margin = Mm(t.margin("top")), Mm(t.margin("bottom"))
        section.left_margin, section.right_margin = Mm(t.margin("left")), Mm(t.margin("right"))
        section.header_distance = section.footer_distance = Mm(8)
        self.text_mm = width - t.margin("left") - t.margin("right")
        self._furniture(section.header.paragraphs[0], t.header, banner_first=True)
        self._furniture(section.footer.paragraphs[0], t.footer, banner_first=False)

    def _banner(self, paragraph: Paragraph) -> None:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(self.view.marking)
        run.bold = True
        run.font.color.rgb = _rgb(self.t.colours["banner_text"])
        ooxml.set_paragraph_shading(paragraph, self.t.colours["banner"])

    def _line(self, paragraph: Paragraph, lines: dict[str, str]) -> None:
        stops = paragraph.paragraph_format.tab_stops
        inherited = paragraph.style.paragraph_format.tab_stops if paragraph.style else []
        for stop in inherited:  # Word's 3.25"/6.5" header stops would catch our tabs first
            stops.add_tab_stop(stop.position, WD_TAB_ALIGNMENT.CLEAR)
        stops.add_tab_stop(Mm(self.text_mm / 2), WD_TAB_ALIGNMENT.CENTER)
        stops.add_tab_stop(Mm(self.text_mm - 0.5), WD_TAB_ALIGNMENT.RIGHT)
        for index, pos in enumerate(("left", "centre", "right")):
            if index:
                paragraph.add_run("\t")
            if pos in lines:
                ooxml.add_text_with_fields(
                    paragraph, self.view.fill(lines[pos], "{page}", "{pages}")
                )

    def _furniture(self, first: Paragraph, lines: dict[str, str], *, banner_first: bool) -> None:
        container: Any = first._parent
        second = container.add_paragraph()
        style = first.style
        second.style = style
        banner, line = (first, second) if banner_first else (second, first)
        self._banner(banner)
        self._line(line, lines)
        for run in line.runs:
            run.font.color.rgb = _rgb(self.t.colours["muted"])

    # ------------------------------------------------------------------ text

    def style(self, name: str) -> Any:
        """Styles by name, looked up once (python-docx scans the styles part every time)."""
        if name not in self._styles:
            self._styles[name] = self.doc.styles[name]
        return self._styles[name]

    def para(self, text: str, style: str | None = None) -> Paragraph:
        paragraph = self.doc.add_paragraph()
        if style:  # by id: python-docx's name lookup rescans the styles part every time
            paragraph._p.style = self.style(style).style_id
        if text:
            paragraph.add_run(clean(text))
        if is_rtl(text):
            ooxml.set_rtl(paragraph)
        return paragraph

    def cite(self, paragraph: Paragraph, item: Item) -> None:
        marks = self.view.item_marks(item)
        if self.t.citations == "footnotes":
            for index, mark in enumerate(marks):
                if index:  # "¹²" would read as twelve: "¹,²"
                    paragraph.add_run(",").font.superscript = True
                source = self.view.sources[mark.source.number - 1] if mark.source else None
                where = f"[{source.number}] " + ", ".join(source.parts()[:2]) if source else "?"
                excerpt = mark.excerpt if len(mark.excerpt) <= 400 else mark.excerpt[:397] + "…"
                note = f"{where}. “{excerpt}”" + (f" ({mark.problem})" if mark.problem else "")
                self.notes.add(paragraph, note)
            return
        labels = list(dict.fromkeys(m.label for m in marks))
        for index, label in enumerate(labels):
            text = ("[" if index == 0 else ",") + label + ("]" if index == len(labels) - 1 else "")
            if label == "?":
                paragraph.add_run(text).font.superscript = True
            else:
                ooxml.add_hyperlink(
                    paragraph,
                    text,
                    anchor=f"source_{label}",
                    colour=self.t.colours["accent"],
                    superscript=True,
                )

    # ------------------------------------------------------------------ blocks

    def title_block(self) -> None:
        v = self.view
        if v.organisation:
            kicker = self.para(v.organisation.upper())
            kicker.runs[0].bold = True
            kicker.runs[0].font.size = Pt(self.t.font_size * 0.8)
            kicker.runs[0].font.color.rgb = _rgb(self.t.colours["muted"])
        self.para(v.title, "Title")
        if self.t.dtg_prominent and v.dtg:
            dtg = self.para(f"DTG {v.dtg}", "Subtitle")
            dtg.runs[0].bold = True
            dtg.runs[0].font.color.rgb = _rgb(self.t.colours["banner"])
        rows = [
            (v.word(k), val)
            for k, val in (
                ("dtg", v.dtg),
                ("author", v.author),
                ("organisation", v.organisation),
                ("distribution", v.distribution),
            )
            if val
        ]
        if rows:
            table = self.doc.add_table(rows=0, cols=2)
            table.style = self.style(TABLE_STYLE)
            _table_look(table, first_row=False)
            for key, value in rows:
                cells = table.add_row().cells
                cells[0].text = key.upper()
                cells[1].text = value
                cells[0].paragraphs[0].runs[0].bold = True
                cells[0].width, cells[1].width = Mm(40), Mm(self.text_mm - 40)
                cells[1].paragraphs[0].runs[0].bold = False
            table.autofit = False
            table.columns[0].width, table.columns[1].width = Mm(40), Mm(self.text_mm - 40)
            self.para("")

    def table(
        self,
        header: list[str],
        rows: list[list[str]],
        items: list[Item],
        cite_col: int,
        widths: list[float],
    ) -> None:
        columns = len(header)
        table = self.doc.add_table(rows=1 + len(rows), cols=columns)
        table.style = self.style(TABLE_STYLE)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        _table_look(table, first_row=True)
        sizes = [Mm(w * self.text_mm) for w in widths]
        table.autofit = False
        for column, size in zip(table.columns, sizes, strict=True):
            column.width = size
        all_cells = table._cells  # one pass over the grid; row.cells is quadratic on big tables
        small = Pt(self.t.font_size * 0.85)
        for cell, text, size in zip(all_cells[:columns], header, sizes, strict=True):
            cell.text = text.upper()
            cell.width = size
            cell.paragraphs[0].runs[0].font.size = Pt(self.t.font_size * 0.75)
        for number, (row, item) in enumerate(zip(rows, items, strict=True), 1):
            cells = all_cells[number * columns : (number + 1) * columns]
            for cell, text, size in zip(cells, row, sizes, strict=True):
                cell.text = clean(text)
                cell.width = size
                for run in cell.paragraphs[0].runs:
                    run.bold = False
                    run.font.size = small
            self.cite(cells[cite_col].paragraphs[0], item)
        self.para("")

    def figures(self, items: list[Item]) -> None:
        v = self.view
        figures = [i for i in items if isinstance(i, Figure)]
        rows = [[*v.figure_cells(f), ""] for f in figures]
        self.table(v.figure_header(), rows, list(figures), 5, list(FIGURE_WIDTHS))

    def actors(self, items: list[Item]) -> None:
        v = self.view
        actors = [i for i in items if isinstance(i, Actor)]
        rows = [v.actor_cells(a) for a in actors]
        self.table(v.actor_header(), rows, list(actors), 0, list(ACTOR_WIDTHS))

    def item(self, item: Item, section: str) -> None:
        if isinstance(item, Quote):
            quote = self.para(f"“{clean(item.text)}”", "Quote")
            self.cite(quote, item)
            if clean(item.translation):
                translation = self.para(clean(item.translation))
                translation.paragraph_format.left_indent = Mm(8)
                for run in translation.runs:
                    run.font.color.rgb = _rgb(self.t.colours["muted"])
            who = quote_attribution(self.view, item)
            if who:
                attribution = self.para(who)
                attribution.paragraph_format.left_indent = Mm(8)
                attribution.runs[0].font.size = Pt(self.t.font_size * 0.85)
                attribution.runs[0].font.color.rgb = _rgb(self.t.colours["muted"])
            return
        style = "List Bullet" if not (section == "summary" and isinstance(item, Fact)) else None
        if isinstance(item, Actor):
            text = ", ".join(p for p in (clean_line(item.name), clean_line(item.role)) if p)
        else:
            text = item_text(item)
        paragraph = self.para(text, style)
        self.cite(paragraph, item)
        if section == "summary" and style is None:
            ooxml.set_paragraph_shading(paragraph, self.t.colours["shade"])
        if isinstance(item, Outlook) and outlook_terms(self.view, item):
            terms = self.para(outlook_terms(self.view, item).upper())
            terms.paragraph_format.left_indent = Mm(6)
            terms.runs[0].bold = True
            terms.runs[0].font.size = Pt(self.t.font_size * 0.8)
            terms.runs[0].font.color.rgb = _rgb(self.t.colours["accent"])

    def sources(self) -> None:
        for entry in self.view.sources:
            paragraph = self.para(
                f"{entry.number}. " + ", ".join(entry.labelled_parts(self.view.words))
            )
            paragraph.paragraph_format.left_indent = Mm(6)
            paragraph.paragraph_format.first_line_indent = Mm(-6)
            self.bookmarks += 1
            ooxml.add_bookmark(paragraph, f"source_{entry.number}", self.bookmarks)
            if entry.url:
                paragraph.add_run(", ")
                if entry.url.lower().startswith(("http://", "https://")):
                    ooxml.add_hyperlink(
                        paragraph, entry.url, url=entry.url, colour=self.t.colours["accent"]
                    )
                else:
                    paragraph.add_run(entry.url)
        problems = sorted(
            {m.problem for marks in self.view.marks.values() for m in marks if m.problem}
        )
        for problem in problems:
            self.para(f"* {problem}").runs[0].italic = True

    def note(self, text: str) -> None:
        paragraph = self.para(text)
        for run in paragraph.runs:
            run.italic = True
            run.font.color.rgb = _rgb(self.t.colours["muted"])

    def section(self, section: SectionView, number: int) -> None:
        label = f"{number}. {section.label}" if self.t.numbered_headings else section.label
        self.para(label, "Heading 1")
        if section.key == "sources":
            if self.view.sources:
                self.sources()
            else:
                self.note(self.view.word("empty_section"))
            return
        if not section.items:
            self.note(self.view.word("empty_section"))
        elif section.key == "figures" and self.t.figures_as == "table":
            self.figures(section.items)
        elif section.key == "actors" and self.t.actors_as == "table":
            self.actors(section.items)
        else:
            for item in section.items:
                self.item(item, section.key)
        if section.key == "figures":
            for conflict in self.view.conflicts:
                self.note(conflict)

    def build(self, *, invariant: bool, subject: str, keywords: str) -> bytes:
        self.title_block()
        has_figures = any(s.key == "figures" for s in self.view.sections)
        for number, section in enumerate(self.view.sections, 1):
            self.section(section, number)
            if not has_figures and section.key == "situation":
                for conflict in self.view.conflicts:
                    self.note(conflict)
        self.notes.attach(self.doc)
        props = self.doc.core_properties
        # core properties hold at most 255 characters each (the OPC schema)
        props.title = self.view.title[:255]
        props.author = self.view.author[:255]
        props.subject = subject[:255]
        props.keywords = keywords[:255]
        props.language = self.view.language[:255]
        props.comments = self.view.marking[:255]
        props.last_modified_by = self.view.author[:255]
        props.revision = 1
        now = FIXED_TIME if invariant else datetime.now(UTC)
        props.created = props.modified = now.replace(tzinfo=None)
        buffer = BytesIO()
        self.doc.save(buffer)
        return _fixed_zip_times(buffer.getvalue()) if invariant else buffer.getvalue()


def render_docx(
    view: BriefView, *, invariant: bool = False, subject: str = "", keywords: str = ""
) -> bytes:
    return _DocxBuilder(view).build(invariant=invariant, subject=subject, keywords=keywords)
