"""E-mail (.eml) → draft: subject as title, sender as author, its date, the text body.

A forwarded newsletter or press release is a common way an article reaches an analyst.
The plain-text part is preferred (it is what the sender wrote); an HTML-only message
goes through the HTML importer.
"""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

from briefing.core.errors import ImportFailed
from briefing.ingest.blocks import Draft
from briefing.ingest.html_importer import parse_html
from briefing.ingest.text_importer import parse_text

HEADER_NAMES = (
    "from",
    "to",
    "subject",
    "date",
    "received",
    "message-id",
    "mime-version",
    "return-path",
    "delivered-to",
    "content-type",
    "reply-to",
    "cc",
    "sender",
)


def looks_like_email(head: str) -> bool:
    """RFC 5322 headers at the top: several "Name: value" lines, among them From/Subject/Date."""
    lines = head.replace("\r\n", "\n").split("\n\n", 1)[0].split("\n")
    names = [
        line.split(":", 1)[0].strip().lower()
        for line in lines
        if ":" in line and not line[:1].isspace() and " " not in line.split(":", 1)[0].strip()
    ]
    known = [n for n in names if n in HEADER_NAMES]
    return (
        len(known) >= 2
        and bool({"from", "subject", "date"} & set(known))
        and len(names) >= len(lines) * 0.6
    )


def parse_eml(data: bytes, *, label: str) -> Draft:
    message = BytesParser(policy=policy.default).parsebytes(data)
    if not isinstance(message, EmailMessage):
        raise ImportFailed(f"{label} is not an e-mail message")
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        raise ImportFailed(f"{label} has no text or HTML body")
    content = body.get_content()
    if isinstance(content, bytes):
        content = content.decode("utf-8", errors="replace")
    if not isinstance(content, str) or not content.strip():
        raise ImportFailed(f"{label} has an empty message body")
    if body.get_content_subtype() == "html":
        draft = parse_html(content, label=label, fmt="eml")
    else:
        draft = parse_text(content, fmt="eml", detect_title=False)
    subject = str(message.get("subject") or "").strip()
    sender = message.get("from")
    author = None
    if sender:
        addresses = getaddresses([str(sender)])
        if addresses:
            name, address = addresses[0]
            author = name or address or None
    published = None
    if message.get("date"):
        try:
            published = parsedate_to_datetime(str(message["date"])).date()
        except (TypeError, ValueError, IndexError, OverflowError):
            published = None
    draft.format = "eml"
    draft.title = subject or draft.title
    draft.author = author or draft.author
    draft.published = published or draft.published
    return draft
