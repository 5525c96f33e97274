"""Turkish: the verb closes the sentence and the speaker opens it with a comma (``X,
"…" dedi.``, ``X, …dığını söyledi.``, ``…, diye konuştu.``), the source comes before
``göre``, and names take case suffixes after an apostrophe (``Erdoğan'ın``,
``Ankara'da``). The sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.analysis.pipeline import analyze
from briefing.analysis.suggestions import ArticleAnalysis
from tests.analysis.helpers import article_from_text


def run(text: str) -> ArticleAnalysis:
    result = analyze(article_from_text(text, "tr", published=date(2024, 10, 25)))
    for item in (*result.quotes, *result.statements):
        assert text[item.start : item.end] == item.text
    return result


@pytest.mark.parametrize(
    ("text", "quoted", "speaker", "role"),
    [
        (
            'Dışişleri Bakanı Hakan Fidan, "Müzakerelere hazırız" dedi.',
            "Müzakerelere hazırız",
            "Hakan Fidan",
            "Dışişleri Bakanı",
        ),
        (
            'TBMM Başkanı Numan Kurtulmuş, "Meclis bu hafta olağanüstü toplanacak" dedi.',
            "Meclis bu hafta olağanüstü toplanacak",
            "Numan Kurtulmuş",
            "TBMM Başkanı",
        ),
        (
            "Milli Savunma Bakanı Yaşar Güler, sınırda yeni önlemler alındığını söyledi. "
            'Güler, "Hiçbir tehdide izin vermeyeceğiz" diye konuştu.',
            "Hiçbir tehdide izin vermeyeceğiz",
            "Yaşar Güler",
            "Milli Savunma Bakanı",
        ),
    ],
)
def test_quote_speakers(text: str, quoted: str, speaker: str, role: str) -> None:
    quotes = run(text).quotes
    quote = next(q for q in quotes if q.text == quoted)
    assert (quote.speaker, quote.speaker_role) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "speaker", "role", "content"),
    [
        (
            "Cumhurbaşkanı Recep Tayyip Erdoğan, Türkiye'nin desteğini artıracağını açıkladı.",
            "Recep Tayyip Erdoğan",
            "Cumhurbaşkanı",
            "Türkiye'nin desteğini artıracağını",
        ),
        (
            "Belediye Başkanı Mansur Yavaş, ulaşım ücretlerinin sabit kalacağını belirtti.",
            "Mansur Yavaş",
            "Belediye Başkanı",
            "ulaşım ücretlerinin sabit kalacağını",
        ),
        (
            "Merkez Bankası, faiz oranlarının sabit tutulduğunu bildirdi.",
            "Merkez Bankası",
            None,
            "faiz oranlarının sabit tutulduğunu",
        ),
        (
            "Bakanlık sözcüsüne göre karar gelecek hafta verilecek.",
            "Bakanlık sözcüsü",
            None,
            "karar gelecek hafta verilecek",
        ),
        (
            "Fidan'ın açıklamasına göre görüşmeler yarın başlayacak.",
            "Fidan",
            None,
            "görüşmeler yarın başlayacak",
        ),
        (
            "TÜİK verilerine göre enflasyon geçen ay geriledi.",
            "TÜİK",
            None,
            "enflasyon geçen ay geriledi",
        ),
    ],
)
def test_statements(text: str, speaker: str, role: str | None, content: str) -> None:
    statements = run(text).statements
    assert [(s.speaker, s.speaker_role, s.text) for s in statements] == [(speaker, role, content)]


def test_pronoun_o_is_the_previous_speaker() -> None:
    text = (
        "Belediye Başkanı Mansur Yavaş, ulaşım ücretlerinin sabit kalacağını belirtti. "
        "O, yeni otobüslerin ay sonunda geleceğini ifade etti."
    )
    assert [s.speaker for s in run(text).statements] == ["Mansur Yavaş", "Mansur Yavaş"]


def test_the_example_article() -> None:
    text = (
        'Dışişleri Bakanı Hakan Fidan, "Müzakerelere hazırız" dedi. Cumhurbaşkanı Recep '
        "Tayyip Erdoğan, Türkiye'nin desteğini artıracağını açıkladı. Bakanlık sözcüsüne "
        "göre karar gelecek hafta verilecek."
    )
    result = run(text)
    assert [(q.speaker, q.speaker_role) for q in result.quotes] == [
        ("Hakan Fidan", "Dışişleri Bakanı")
    ]
    assert [(s.speaker, s.speaker_role) for s in result.statements] == [
        ("Recep Tayyip Erdoğan", "Cumhurbaşkanı"),
        ("Bakanlık sözcüsü", None),
    ]
    actors = {(a.name, a.kind) for a in result.actors}
    assert ("Hakan Fidan", "person") in actors
    assert ("Türkiye", "place") in actors
    assert not any("'" in a.name for a in result.actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Heyet dün Ankara'da bir araya geldi ve anlaşmayı imzaladı.", "Ankara"),
        ("Türkiye'nin ihracatı geçen yıl rekor kırdı.", "Türkiye"),
    ],
)
def test_names_without_their_suffix(text: str, name: str) -> None:
    names = {a.name for a in run(text).actors}
    assert name in names
    assert not any("'" in n for n in names)


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "Prof. Dr. Ayşe Kaya, salgının hızla yavaşladığını vurguladı."
    assert [s.speaker for s in run(text).statements] == ["Ayşe Kaya"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Dışişleri Bakanlığı, saldırıyı sert bir dille kınadığını açıkladı.",
            "Dışişleri Bakanlığı",
            "saldırıyı sert bir dille kınadığını",
        ),
        (
            "Türkiye Büyük Millet Meclisi, yeni yasayı kabul ettiğini açıkladı.",
            "Türkiye Büyük Millet Meclisi",
            "yeni yasayı kabul ettiğini",
        ),
        (
            "Sağlık Bakanlığı, vaka sayısının düştüğünü duyurdu.",
            "Sağlık Bakanlığı",
            "vaka sayısının düştüğünü",
        ),
        (
            "İstanbul Büyükşehir Belediyesi'ne göre metro seferleri yarın başlayacak.",
            "İstanbul Büyükşehir Belediyesi",
            "metro seferleri yarın başlayacak",
        ),
        (
            "Dışişleri Bakanlığı'na göre görüşmeler yarın Ankara'da sürecek.",
            "Dışişleri Bakanlığı",
            "görüşmeler yarın Ankara'da sürecek",
        ),
        (
            "Türkiye Büyük Millet Meclisi'ne göre yasa teklifi bu hafta görüşülecek.",
            "Türkiye Büyük Millet Meclisi",
            "yasa teklifi bu hafta görüşülecek",
        ),
    ],
)
def test_a_body_named_head_last_speaks_whole(text: str, speaker: str, content: str) -> None:
    """``Dışişleri Bakanlığı``, ``Türkiye Büyük Millet Meclisi``: a body's name ends with
    its head; the whole name speaks, not a fragment of it."""
    statements = run(text).statements
    assert [(s.speaker, s.speaker_role, s.text) for s in statements] == [(speaker, None, content)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a title or a person before a head-last body is not the body's (the body then
        # keeps its last word before the head only: Milli is lost)
        ("Bakan Hakan Yılmaz Milli Eğitim Bakanlığı'nda konuştu.", None),
        # nor a sentence's time word
        ("Dün Türkiye Büyük Millet Meclisi toplandı.", "Türkiye Büyük Millet Meclisi"),
    ],
)
def test_a_head_last_body_stops_before_a_title_a_person_or_a_time_word(
    text: str, body: str | None
) -> None:
    bodies = [
        a.name for a in analyze(article_from_text(text, "tr")).actors if a.kind == "organization"
    ]
    assert body is None or body in bodies
    assert bodies and not any(b.startswith(("Bakan ", "Dün ", "Hakan")) for b in bodies)
