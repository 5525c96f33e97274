"""Brief → PDF with reportlab platypus.

Page furniture (marking banners, header, footer with "page X of Y") is drawn when the
document is saved, by a canvas that holds its pages until the total is known; that keeps
the build to one layout pass. Bookmarks made while a page is held are replayed on that
page, so outline entries and citation links point at the right page.
"""

from __future__ import annotations

import logging
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from briefing.core.model import Actor, Fact, Figure, Item, Outlook, Quote
from briefing.export import fonts
from briefing.export.content import (
    ACTOR_WIDTHS,
    FIGURE_WIDTHS,
    BriefView,
    Mark,
    SectionView,
    item_text,
    outlook_terms,
)
from briefing.export.content import quote_attribution as attribution
from briefing.export.pdf_flowables import (
    BriefParagraph,
    QuoteParagraph,
    SectionHeading,
    ShapedParagraph,
    held_pages_canvas,
)
from briefing.export.pdf_styles import build_styles
from briefing.export.text import clean, clean_line, escape_markup

log = logging.getLogger(__name__)

PAGE_SIZES = {"A4": A4, "Letter": LETTER}


class _Builder:
    def __init__(self, view: BriefView) -> None:
        self.view = view
        template = view.template
        self.template = template
        self.body = fonts.register_family(template.body_font)
        self.head = fonts.register_family(template.heading_font)
        fonts.register_family(fonts.FALLBACK_FAMILY)
        page = PAGE_SIZES[template.page_size]
        self.page_width, self.page_height = page
        self.frame_width = page[0] - (template.margin("left") + template.margin("right")) * mm
        self.c = {k: colors.HexColor(v) for k, v in template.colours.items()}
        self.styles = build_styles(template, self.body, self.head, self.c)
        self.uses_viewer_fonts = False

    # ------------------------------------------------------------------ styles

    # ------------------------------------------------------------------ text

    def para(
        self,
        text: str,
        style: str,
        *,
        suffix: str = "",
        prefix: str = "",
        width: float | None = None,
        bullet: str | None = None,
        cls: type[Paragraph] = BriefParagraph,
        **kwargs: Any,
    ) -> Paragraph:
        """A paragraph of user text: escaped, fonts chosen per run, RTL put in visual order."""
        st = self.styles[style]
        text = clean(text)
        if not self.uses_viewer_fonts and fonts.needs_viewer_font(text):
            self.uses_viewer_fonts = True
        if bullet is not None:
            kwargs["bulletText"] = bullet
        rtl = fonts.is_rtl(text)
        if not (rtl or fonts.needs_shaping(text)):
            body = fonts.markup(text, st.fontName).replace("\n", "<br/>")
            return cls(prefix + body + suffix, st, **kwargs)
        shaped = ParagraphStyle(f"{st.name}-shaped", st, shaping=1)
        avail = (width or self.frame_width) - st.leftIndent - st.rightIndent - 4
        if rtl:
            shaped.alignment = TA_RIGHT
            shaped.rightIndent, shaped.leftIndent = st.leftIndent, st.rightIndent
            body = fonts.rtl_markup(
                text, st.fontName, st.fontSize, avail, kwargs.pop("bulletText", "")
            )
        else:
            body = fonts.markup(text, st.fontName, cjk_allowed=False).replace("\n", "<br/>")
        plain = prefix + fonts.markup(text, st.fontName, cjk_allowed=False).replace("\n", "<br/>")
        if cls is BriefParagraph:
            paragraph = ShapedParagraph(prefix + body + suffix, shaped, **kwargs)
            paragraph.fallback = (plain + suffix, st)
        else:
            paragraph = cls(prefix + body + suffix, shaped, **kwargs)
        try:  # reportlab's shaping path has edge cases; try it before it meets the layout
            paragraph.wrap(avail, 1e9)
        except Exception:
            log.warning("shaping failed for a paragraph; rendering it unshaped", exc_info=True)
            paragraph = cls(plain + suffix, st, **kwargs)
        return paragraph

    def marks(self, item: Item) -> str:
        marks: list[Mark] = self.view.item_marks(item)
        if not marks:
            return ""
        accent = self.template.colours["accent"]
        seen: list[str] = []
        for mark in marks:
            label = mark.label + ("*" if mark.problem else "")
            if label in seen:
                continue
            seen.append(label)
        links = [
            f'<a href="#source-{label.rstrip("*")}" color="{accent}">{label}</a>'
            if label[0] != "?"
            else label
            for label in seen
        ]
        return f"<super>{','.join(links)}</super>"

    # ------------------------------------------------------------------ blocks

    def title_block(self) -> list[Flowable]:
        v = self.view
        story: list[Flowable] = []
        if v.organisation:
            story.append(self.para(v.organisation.upper(), "kicker"))
        story.append(self.para(v.title, "title"))
        if self.template.dtg_prominent and v.dtg:
            story.append(self.para(f"DTG {v.dtg}", "dtg"))
        rows = [
            (v.word("dtg"), v.dtg),
            (v.word("author"), v.author),
            (v.word("organisation"), v.organisation),
            (v.word("distribution"), v.distribution),
        ]
        rows = [(k, val) for k, val in rows if val]
        if rows:
            key_width = 38 * mm
            data = [
                [
                    self.para(k.upper(), "meta_key"),
                    self.para(val, "meta", width=self.frame_width - key_width),
                ]
                for k, val in rows
            ]
            table = Table(data, colWidths=[key_width, self.frame_width - key_width], hAlign="LEFT")
            table.setStyle(
                TableStyle(
                    [
                        ("LINEABOVE", (0, 0), (-1, 0), 1.2, self.c["accent"]),
                        ("LINEBELOW", (0, -1), (-1, -1), 1.2, self.c["accent"]),
                        ("LINEBELOW", (0, 0), (-1, -2), 0.4, self.c["rule"]),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("FONTNAME", (0, 0), (-1, -1), self.body),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ]
                )
            )
            story.append(Spacer(0, 4))
            story.append(table)
        story.append(Spacer(0, 8))
        return story

    def heading(self, section: SectionView, number: int) -> Flowable:
        label = section.label
        if self.template.numbered_headings:
            label = f"{number}. {label}"
        title = clean_line(label)
        return self.para(
            title,
            "h1",
            cls=SectionHeading,
            key=f"section-{section.key}",
            title=title,
            rule=self.c["rule"],
        )

    def item_blocks(self, item: Item, section: str) -> list[Flowable]:
        if isinstance(item, Quote):
            quote = self.para(
                f"“{clean(item.text)}”", "quote", suffix=self.marks(item), cls=QuoteParagraph
            )
            blocks: list[Flowable] = [quote]
            if clean(item.translation):
                blocks.append(self.para(clean(item.translation), "translation"))
            who = attribution(self.view, item)
            if who:
                blocks.append(self.para(who, "attribution"))
            return blocks
        if isinstance(item, Outlook):
            style = "outlook" if outlook_terms(self.view, item) else "bullet"
            blocks = [self.para(item_text(item), style, suffix=self.marks(item), bullet="▸")]
            terms = outlook_terms(self.view, item)
            if terms:
                blocks.append(self.para(terms.upper(), "terms"))
            return blocks
        if isinstance(item, Actor):
            text = ", ".join(p for p in (clean_line(item.name), clean_line(item.role)) if p)
            return [self.para(text, "bullet", suffix=self.marks(item), bullet="•")]
        if section == "summary" and isinstance(item, Fact):
            return [self.para(item_text(item), "summary", suffix=self.marks(item))]
        return [self.para(item_text(item), "bullet", suffix=self.marks(item), bullet="•")]

    def cell(self, text: str, style: str, width: float, extra: str = "") -> Any:
        """A table cell: a plain string when it fits on one line (far cheaper to lay out)."""
        st = self.styles[style]
        text = clean_line(text)
        if not extra and (
            not text
            or (
                fonts.is_plain(text, st.fontName)
                and pdfmetrics.stringWidth(text, st.fontName, st.fontSize) <= width - 9
            )
        ):
            return text
        return self.para(text, style, suffix=extra, width=width)

    def table(
        self, header: list[str], rows: list[list[tuple[str, str]]], widths: list[float]
    ) -> Table:
        col = [w * self.frame_width for w in widths]
        data: list[list[Any]] = [
            [self.cell(h.upper(), "cellhead", w) for h, w in zip(header, col, strict=True)]
        ]
        for row in rows:
            data.append(
                [
                    self.cell(text, "cell", w, extra)
                    for (text, extra), w in zip(row, col, strict=True)
                ]
            )
        head, cell = self.styles["cellhead"], self.styles["cell"]
        table = Table(data, colWidths=col, repeatRows=1, hAlign="LEFT", splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), self.c["shade"]),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, self.c["accent"]),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, self.c["rule"]),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), cell.fontName),
                    ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
                    ("LEADING", (0, 0), (-1, -1), cell.leading),
                    ("FONTNAME", (0, 0), (-1, 0), head.fontName),
                    ("FONTSIZE", (0, 0), (-1, 0), head.fontSize),
                    ("LEADING", (0, 0), (-1, 0), head.leading),
                    ("TEXTCOLOR", (0, 0), (-1, 0), head.textColor),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    def figures_table(self, items: list[Item]) -> Table:
        v = self.view
        rows = [
            [*((cell, "") for cell in v.figure_cells(item)), ("", self.marks(item))]
            for item in items
            if isinstance(item, Figure)
        ]
        return self.table(v.figure_header(), rows, list(FIGURE_WIDTHS))

    def actors_table(self, items: list[Item]) -> Table:
        v = self.view
        rows = []
        for item in items:
            if isinstance(item, Actor):
                name, kind, role = v.actor_cells(item)
                rows.append([(name, self.marks(item)), (kind, ""), (role, "")])
        return self.table(v.actor_header(), rows, list(ACTOR_WIDTHS))

    def sources(self) -> list[Flowable]:
        story: list[Flowable] = []
        accent = self.template.colours["accent"]
        for entry in self.view.sources:
            text = ", ".join(entry.labelled_parts(self.view.words))
            suffix = ""
            if entry.url:
                url = escape_markup(entry.url).replace('"', "&quot;")
                link = url if entry.url.lower().startswith(("http://", "https://")) else ""
                shown = fonts.markup(entry.url, self.styles["source"].fontName)
                suffix = (
                    f', <a href="{link}" color="{accent}">{shown}</a>' if link else f", {shown}"
                )
            story.append(
                self.para(
                    text,
                    "source",
                    prefix=f'<a name="{entry.anchor}"/>',
                    suffix=suffix,
                    bullet=f"{entry.number}.",
                )
            )
            if self.template.citations == "footnotes":
                # an actor's citations are mentions of its name ("Kirby"): the number on
                # the name is enough, listing them would only repeat the name
                actors = {
                    item.id
                    for section in self.view.sections
                    for item in section.items
                    if isinstance(item, Actor)
                }
                passages: list[Mark] = []
                for item_id, marks in self.view.marks.items():
                    if item_id not in actors:
                        passages.extend(m for m in marks if m.source is entry)
                unique = {(m.excerpt, m.problem): m for m in passages}
                for mark in list(unique.values())[:50]:
                    excerpt = mark.excerpt if len(mark.excerpt) <= 300 else mark.excerpt[:297] + "…"
                    note = f" ({mark.problem})" if mark.problem else ""
                    story.append(self.para(f"“{excerpt}”{note}", "passage"))
        problems = sorted(
            {m.problem for marks in self.view.marks.values() for m in marks if m.problem}
        )
        for problem in problems:
            story.append(self.para(f"* {problem}", "note"))
        return story

    def section(self, section: SectionView, number: int) -> list[Flowable]:
        story: list[Flowable] = [self.heading(section, number)]
        if section.key == "sources":
            story.extend(self.sources() or [self.para(self.view.word("empty_section"), "note")])
            return story
        if not section.items:
            story.append(self.para(self.view.word("empty_section"), "note"))
        elif section.key == "figures" and self.template.figures_as == "table":
            story.append(self.figures_table(section.items))
        elif section.key == "actors" and self.template.actors_as == "table":
            story.append(self.actors_table(section.items))
        else:
            for item in section.items:
                blocks = self.item_blocks(item, section.key)
                story.extend(blocks)  # quote and outlook styles keep with what follows them
        if section.key == "figures":
            story.append(Spacer(0, 4))
            story.extend(self.para(note, "note") for note in self.view.conflicts)
        return story

    def story(self) -> list[Flowable]:
        story = self.title_block()
        after_title = len(story) - 1
        has_figures = any(s.key == "figures" for s in self.view.sections)
        for number, section in enumerate(self.view.sections, 1):
            story.extend(self.section(section, number))
            if not has_figures and section.key == "situation":
                story.extend(self.para(note, "note") for note in self.view.conflicts)
        if self.uses_viewer_fonts:
            story.insert(after_title, self.para(self.view.word("cjk_note"), "note"))
        return story

    # ------------------------------------------------------------------ page furniture

    def decorate(self, canvas: Canvas, page: int, pages: int) -> None:
        t, v = self.template, self.view
        left = t.margin("left") * mm
        width = self.frame_width
        top = self.page_height
        if page == 1:
            canvas.showOutline()
        canvas.saveState()
        band = 5.2 * mm
        for y in (top - 9 * mm - band, 9 * mm):
            canvas.setFillColor(self.c["banner"])
            canvas.rect(left, y, width, band, stroke=0, fill=1)
            if v.marking:
                p = self.para(v.marking, "banner", width=width)
                _, h = p.wrap(width, band)
                p.drawOn(canvas, left, y + (band - h) / 2 + 0.6)
        for lines, y, rule_y in (
            (t.header, top - 9 * mm - band - 5 * mm, top - 9 * mm - band - 6.2 * mm),
            (t.footer, 9 * mm + band + 2.2 * mm, 9 * mm + band + 6.6 * mm),
        ):
            canvas.setStrokeColor(self.c["rule"])
            canvas.setLineWidth(0.4)
            canvas.line(left, rule_y, left + width, rule_y)
            for pos, align in (("left", TA_LEFT), ("centre", TA_CENTER), ("right", TA_RIGHT)):
                if pos not in lines:
                    continue
                text = v.fill(lines[pos], page, pages)
                if not text:
                    continue
                style = ParagraphStyle(
                    f"furniture-{pos}", self.styles["furniture"], alignment=align
                )
                self.styles[style.name] = style
                p = self.para(text, style.name, width=width * 0.6)
                w = width * 0.6
                p.wrap(w, 20)
                x = (
                    left
                    if align == TA_LEFT
                    else left + width - w
                    if align == TA_RIGHT
                    else left + (width - w) / 2
                )
                p.drawOn(canvas, x, y)
        canvas.restoreState()


def render_pdf(
    view: BriefView, *, invariant: bool = False, subject: str = "", keywords: str = ""
) -> bytes:
    """The PDF bytes of a brief view."""
    builder = _Builder(view)
    t = view.template
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZES[t.page_size],
        leftMargin=t.margin("left") * mm,
        rightMargin=t.margin("right") * mm,
        topMargin=t.margin("top") * mm,
        bottomMargin=t.margin("bottom") * mm,
        title=view.title,
        author=view.author,
        subject=subject,
        keywords=keywords,
        creator="Briefing",
        producer="Briefing (reportlab)",
        lang=view.language,
        invariant=1 if invariant else 0,
        initialFontName=builder.body,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="brief", frames=[frame])])
    story = builder.story()
    doc.build(story, canvasmaker=held_pages_canvas(builder.decorate))
    return buffer.getvalue()
