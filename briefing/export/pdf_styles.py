"""Paragraph styles of the PDF: one theme per template (the rst2pdf idea)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle

from briefing.export import fonts
from briefing.export.templates import Template


def build_styles(
    template: Template, body: str, head: str, c: dict[str, Any]
) -> dict[str, ParagraphStyle]:
    """Every paragraph style of the PDF, from the template's fonts, size and colours."""
    s = template.font_size
    base = ParagraphStyle("body", fontName=body, fontSize=s, leading=s * 1.42, spaceAfter=s * 0.5)
    styles = {
        "body": base,
        "bullet": ParagraphStyle(
            "bullet", base, leftIndent=14, bulletIndent=3, bulletFontName=head
        ),
        "title": ParagraphStyle(
            "title",
            base,
            fontName=fonts.face(head, "bold"),
            fontSize=s * 2.1,
            leading=s * 2.5,
            textColor=c["accent"],
            spaceAfter=s * 0.6,
        ),
        "kicker": ParagraphStyle(
            "kicker",
            base,
            fontName=fonts.face(head, "bold"),
            fontSize=s * 0.8,
            leading=s * 1.1,
            textColor=c["muted"],
            spaceAfter=s * 0.4,
        ),
        "dtg": ParagraphStyle(
            "dtg",
            base,
            fontName=fonts.face(head, "bold"),
            fontSize=s * 1.5,
            leading=s * 1.9,
            textColor=c["banner"],
            spaceAfter=s * 0.3,
        ),
        "h1": ParagraphStyle(
            "h1",
            base,
            fontName=fonts.face(head, "bold"),
            fontSize=s * 1.25,
            leading=s * 1.6,
            textColor=c["accent"],
            spaceBefore=s * 1.5,
            spaceAfter=s * 0.9,
            keepWithNext=1,
        ),
        "quote": ParagraphStyle(
            "quote",
            base,
            fontName=fonts.face(body, "italic"),
            leftIndent=20,
            rightIndent=14,
            spaceAfter=s * 0.15,
            borderColor=c["accent"],
            borderWidth=0,
            keepWithNext=1,
        ),
        "attribution": ParagraphStyle(
            "attribution",
            base,
            fontName=head,
            fontSize=s * 0.85,
            leading=s * 1.2,
            leftIndent=20,
            textColor=c["muted"],
            spaceAfter=s * 0.8,
        ),
        "translation": ParagraphStyle(
            "translation",
            base,
            fontSize=s * 0.92,
            leftIndent=20,
            rightIndent=14,
            textColor=c["muted"],
            spaceAfter=s * 0.15,
            keepWithNext=1,
        ),
        "terms": ParagraphStyle(
            "terms",
            base,
            fontName=fonts.face(head, "bold"),
            fontSize=s * 0.8,
            leading=s * 1.15,
            leftIndent=14,
            textColor=c["accent"],
            spaceAfter=s * 0.8,
        ),
        "summary": ParagraphStyle(
            "summary",
            base,
            fontSize=s * 1.05,
            leading=s * 1.5,
            backColor=c["shade"],
            borderPadding=(3, 8, 3, 8),
            leftIndent=8,
            rightIndent=8,
            spaceAfter=6,
        ),
        "cell": ParagraphStyle("cell", base, fontSize=s * 0.85, leading=s * 1.15, spaceAfter=0),
        "cellhead": ParagraphStyle(
            "cellhead",
            base,
            fontName=fonts.face(head, "bold"),
            fontSize=s * 0.78,
            leading=s * 1.1,
            textColor=c["accent"],
            spaceAfter=0,
        ),
        "meta_key": ParagraphStyle(
            "meta_key",
            base,
            fontName=fonts.face(head, "bold"),
            fontSize=s * 0.78,
            leading=s * 1.15,
            textColor=c["muted"],
            spaceAfter=0,
        ),
        "meta": ParagraphStyle(
            "meta", base, fontName=head, fontSize=s * 0.85, leading=s * 1.2, spaceAfter=0
        ),
        "source": ParagraphStyle(
            "source",
            base,
            fontSize=s * 0.85,
            leading=s * 1.2,
            leftIndent=18,
            bulletIndent=0,
            bulletFontName=fonts.face(head, "bold"),
            bulletFontSize=s * 0.85,
            spaceAfter=s * 0.35,
        ),
        "passage": ParagraphStyle(
            "passage",
            base,
            fontName=fonts.face(body, "italic"),
            fontSize=s * 0.75,
            leading=s * 1.05,
            leftIndent=18,
            textColor=c["muted"],
            spaceAfter=s * 0.25,
        ),
        "note": ParagraphStyle(
            "note",
            base,
            fontName=fonts.face(body, "italic"),
            fontSize=s * 0.85,
            leading=s * 1.2,
            textColor=c["muted"],
        ),
        "banner": ParagraphStyle(
            "banner",
            base,
            fontName=fonts.face(head, "bold"),
            fontSize=7.5,
            leading=9,
            alignment=TA_CENTER,
            textColor=c["banner_text"],
            spaceAfter=0,
        ),
        "furniture": ParagraphStyle(
            "furniture",
            base,
            fontName=head,
            fontSize=7,
            leading=8.5,
            textColor=c["muted"],
            spaceAfter=0,
        ),
    }
    styles["outlook"] = ParagraphStyle("outlook", styles["bullet"], keepWithNext=1)
    return styles
