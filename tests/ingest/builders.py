"""Real small files of every format, made by the tests themselves (no fixture files)."""

from __future__ import annotations

import io
from email.message import EmailMessage

PARAGRAPHS = [
    "The harbour authority said on Tuesday that the new quay would open in the spring, "
    "two years later than planned, after the contractor ran out of steel.",
    "Officials blamed rising prices and a shortage of welders for the delay, and said "
    "the final cost would be about 40 million euros.",
    "Local fishermen, who have waited a decade for the quay, said they were disappointed "
    "but relieved that the work would finally be finished.",
]
HEADING = "Costs Rise Again"
TITLE = "Harbour quay opens late"


def make_docx(*, with_table: bool = True) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(TITLE, level=0)
    document.add_paragraph(PARAGRAPHS[0])
    document.add_heading(HEADING, level=2)
    document.add_paragraph(PARAGRAPHS[1])
    if with_table:
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "Year"
        table.cell(0, 1).text = "Cost"
        table.cell(1, 0).text = "2024"
        table.cell(1, 1).text = "40 million"
    document.add_paragraph(PARAGRAPHS[2])
    document.core_properties.author = "Jane Reporter"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_pdf(
    *,
    pages: int = 3,
    encrypt: str | None = None,
    text: bool = True,
    hyphenate: bool = True,
) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1, encrypt=encrypt)
    c.setTitle(TITLE)
    c.setAuthor("Jane Reporter")
    width, height = A4
    for page in range(1, pages + 1):
        if not text:
            c.rect(100, 100, 300, 300, fill=1)
            c.showPage()
            continue
        c.setFont("Helvetica", 9)
        c.drawString(72, height - 40, "The Harbour Gazette — weekly edition")
        c.drawString(width / 2, 30, str(page))
        c.setFont("Helvetica", 11)
        y = height - 100
        topic = ["steel", "welders", "weather"][(page - 1) % 3]
        lines = [
            f"Page {page} begins a paragraph about the harbour quay and the {topic}",
            f"that delayed it again this year; the contractor said the {topic} was",
            f"the reason, and that work on section {page} was halted until",
            "the spring." if not hyphenate else "the spring, when the engi-",
            "" if not hyphenate else f"neers returned to the {topic} site.",
        ]
        for line in lines:
            if line:
                c.drawString(72, y, line)
                y -= 15
        c.showPage()
    c.save()
    return out.getvalue()


def make_eml(*, html: bool = False) -> bytes:
    message = EmailMessage()
    message["From"] = "Jane Reporter <jane@example.org>"
    message["To"] = "desk@example.org"
    message["Subject"] = TITLE
    message["Date"] = "Tue, 22 Oct 2024 09:30:00 +0200"
    if html:
        body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        message.set_content(
            "<html><body><article>" + body + "</article></body></html>", subtype="html"
        )
    else:
        message.set_content("\n\n".join(PARAGRAPHS))
    return bytes(message)


def make_html(*, title: str = TITLE) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    body += f"<h2>{HEADING}</h2><p>{PARAGRAPHS[2]}</p>"
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title} | The Harbour Gazette</title>"
        "<meta property='og:site_name' content='The Harbour Gazette'>"
        "<meta name='author' content='Jane Reporter'>"
        "<meta property='article:published_time' content='2024-10-22T09:30:00Z'>"
        "</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer>Copyright 2024 The Harbour Gazette. All rights reserved.</footer>"
        "</body></html>"
    )


_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)


def make_odt(
    *,
    body: str | None = None,
    mimetype: str = "application/vnd.oasis.opendocument.text",
    doctype: str = "",
) -> bytes:
    """An OpenDocument text the way LibreOffice writes one: "mimetype" stored first,
    then content.xml (a Title-styled paragraph via an automatic style, a heading,
    spans, a footnote, a list and a table) and meta.xml."""
    import zipfile
    from xml.sax.saxutils import escape

    p = [escape(x) for x in PARAGRAPHS]
    body = body or (
        f'<text:p text:style-name="P1">{escape(TITLE)}</text:p>'
        f"<text:p>{p[0][:40]}<text:span>{p[0][40:]}</text:span>"
        '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        "<text:note-body><text:p>Footnote text that is not the article.</text:p>"
        "</text:note-body></text:note></text:p>"
        f'<text:h text:outline-level="2">{escape(HEADING)}</text:h>'
        f"<text:list><text:list-item><text:p>{p[1]}</text:p></text:list-item></text:list>"
        "<table:table><table:table-row>"
        "<table:table-cell><text:p>Year</text:p></table:table-cell>"
        "<table:table-cell><text:p>Cost</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell><text:p>2024</text:p></table:table-cell>"
        "<table:table-cell><text:p>40<text:s/>million</text:p></table:table-cell>"
        "</table:table-row></table:table>"
        f"<text:p>{p[2]}</text:p>"
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>{doctype}'
        f'<office:document-content {_ODT_NS} office:version="1.3">'
        "<office:automatic-styles>"
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'
        "</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {_ODT_NS}>'
        "<office:meta><meta:initial-creator>Jane Reporter</meta:initial-creator>"
        "<dc:title>Title from the properties</dc:title></office:meta></office:document-meta>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # stored, first
        archive.writestr("content.xml", content)
        archive.writestr("meta.xml", meta)
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
    return out.getvalue()


def make_rtf() -> bytes:
    """An RTF file as word processors write it: font table, \\info, code-page bytes
    (\\'e9) and \\u escapes, \\par paragraph marks."""
    paragraphs = [p.replace("euros", "\\u8364? (euros)") for p in PARAGRAPHS]
    body = "\\par\n".join(
        [f"{{\\b {TITLE}}}", paragraphs[0], "", HEADING, paragraphs[1], paragraphs[2]]
    )
    source = (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}"
        "{\\info{\\title Harbour quay}{\\author Jane Reporter}}"
        f"\\pard\\f0\\fs24 {body}\\par\nCaf\\'e9 owners agreed.\\par}}"
    )
    return source.encode("ascii")
