"""Reported speech: speaker, cue and the span of what was reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.pipeline import analyze
from briefing.analysis.quotes import extract_quotes
from briefing.analysis.sentences import split_sentences
from briefing.analysis.statements import extract_statements
from briefing.analysis.suggestions import QuoteSuggestion, StatementSuggestion
from tests.analysis.helpers import article_from_text, seed_article
from tests.conftest import SEED_GOLD, SHARED

# words that each gold statement's reported content contains (our reading of its gist)
SEED_CONTENT = {
    "still unclear what the troops will do": "belum jelas",
    "North Korea has deployed troops to Russia": "mengerahkan pasukan",
    "US still trying to determine North Korea's role": "menentukan peran",
    "US briefed Ukraine's government and consults allies": "pengarahan",
    "training and possible deployment is a sign of serious Russian desperation": "keputusasaan",
    "Putin may be in bigger trouble than most realise": "masalah yang lebih besar",
    "the move violates UN Security Council resolutions": "pelanggaran Resolusi",
    "10,000 troops and technical personnel being prepared": "10.000 tentara",
    "a small number of North Koreans already work with the Russian military": "sejumlah kecil",
    "North Korea sent 1,500 troops including special forces to Russia for training": "1.500",
}


def quotes_and_statements(
    text: str, language: str
) -> tuple[list[QuoteSuggestion], list[StatementSuggestion]]:
    """Both kinds of speech in ``text``, statements read with the quotes found first."""
    article = article_from_text(text, language)
    sentences = split_sentences(text, article.paragraphs, language)
    quotes = extract_quotes(article, sentences)
    return quotes, extract_statements(article, sentences, quotes)


def statements_in(text: str, language: str) -> list[StatementSuggestion]:
    article = article_from_text(text, language)
    sentences = split_sentences(text, article.paragraphs, language)
    found = extract_statements(article, sentences, extract_quotes(article, sentences))
    for statement in found:
        assert text[statement.start : statement.end] == statement.text
    return found


@pytest.fixture(scope="module")
def seed_statements(seed_article_path: Path) -> list[StatementSuggestion]:
    article = seed_article(seed_article_path)
    sentences = split_sentences(article.text, article.paragraphs, "id")
    found = extract_statements(article, sentences, extract_quotes(article, sentences))
    for statement in found:
        assert article.text[statement.start : statement.end] == statement.text
    return found


def test_seed_gold_statements_found_with_speakers(
    seed_statements: list[StatementSuggestion],
) -> None:
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))["reported_statements"]
    assert len(gold) == len(SEED_CONTENT)
    for expected in gold:
        words = SEED_CONTENT[expected["gist"]]
        matches = [s for s in seed_statements if words in s.text]
        assert matches, f"no statement about {expected['gist']!r}"
        # gold writes "Badan Intelijen Nasional (Korea Selatan)": compare the name part
        speaker = expected["speaker"].split(" (")[0]
        assert any(s.speaker == speaker for s in matches), (speaker, [s.speaker for s in matches])


def test_seed_statements_do_not_repeat_quotes(seed_statements: list[StatementSuggestion]) -> None:
    assert all("“" not in s.text and "”" not in s.text for s in seed_statements)
    assert len(seed_statements) <= 12


def test_seed_statement_roles(seed_statements: list[StatementSuggestion]) -> None:
    roles = {s.speaker: s.speaker_role for s in seed_statements}
    assert roles["Volodymyr Zelensky"] == "Presiden Ukraina"
    assert roles["Lloyd Austin"] == "Menteri Pertahanan AS"


@pytest.mark.parametrize(
    ("text", "language", "speaker", "content"),
    [
        (
            "Menteri Keuangan Sri Mulyani mengatakan bahwa inflasi akan turun tahun depan.",
            "id",
            "Sri Mulyani",
            "inflasi akan turun tahun depan",
        ),
        (
            "Menurut Sri Mulyani, anggaran negara masih cukup kuat.",
            "id",
            "Sri Mulyani",
            "anggaran negara masih cukup kuat",
        ),
        (
            "Treasury Secretary Janet Yellen said on Monday that inflation would ease next year.",
            "en",
            "Janet Yellen",
            "inflation would ease next year",
        ),
        (
            "According to Janet Yellen, the economy remains strong.",
            "en",
            "Janet Yellen",
            "the economy remains strong",
        ),
        (
            "In May, NASA’s Administrator Jim Bridenstine said the moon came first.",
            "en",
            "Jim Bridenstine",
            "the moon came first",
        ),
        (
            "The budget is still sound, according to Janet Yellen.",
            "en",
            "Janet Yellen",
            "The budget is still sound",
        ),
    ],
)
def test_statement_shapes(text: str, language: str, speaker: str, content: str) -> None:
    found = statements_in(text, language)
    assert [(s.speaker, s.text) for s in found] == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Gubernur Bengkulu Rohidin Mersyah di Bengkulu, Selasa, mengatakan lahan sudah ada.",
            "Rohidin Mersyah",
        ),
        (
            "Gubernur Rohidin Mersyah di Bengkulu, Selasa (27/3), mengatakan lahan sudah ada.",
            "Rohidin Mersyah",
        ),
        (
            "Menteri Luar Negeri Retno Marsudi di Jakarta, Senin, mengatakan bahwa Indonesia siap membantu.",
            "Retno Marsudi",
        ),
        (
            "Salah satu jemaat, Febry kepada Antara di Jakarta, Senin mengatakan harapannya tidak ada lagi isu SARA.",
            "Febry",
        ),
        (
            "Camat Kutabaharu, Sofyan kepada wartawan di Singkil, Sabtu menyatakan danau itu asri.",
            "Sofyan",
        ),
        (
            "Kepala Dinas di Kabupaten Sigi Budi Santoso mengatakan jalan sudah dibuka.",
            "Budi Santoso",
        ),
        ("Stiller (50) mengatakan dia berbicara di hadapan publik.", "Stiller"),
    ],
)
def test_where_when_and_to_whom_are_not_the_speaker(text: str, speaker: str) -> None:
    """Antara's ``X di Jakarta, Senin, mengatakan``: the day, the place, the addressee
    (``kepada wartawan``) and an age in brackets sit between the speaker and the cue."""
    assert [s.speaker for s in statements_in(text, "id")] == [speaker]


def test_a_place_in_an_appositive_is_not_the_speaker() -> None:
    text = (
        "“Water is hard to find,” Lucas Paganini, a planetary scientist at the center in "
        "Greenbelt, Maryland, said.\n"
        "In a letter in May, Zippy Duvall, the president of the American Farm Bureau, said "
        "farmers faced hardship.\n"
    )
    quotes, statements = quotes_and_statements(text, "en")
    assert [q.speaker for q in quotes] == ["Lucas Paganini"]
    assert [s.speaker for s in statements] == ["Zippy Duvall"]


def test_the_named_body_and_how_it_was_said() -> None:
    """``the news agency said`` is the agency named before; ``said, citing …`` goes on with
    how it was said, which is no reported content."""
    text = (
        "The new patient ate a wild rabbit on Nov. 5, according to the state-run Xinhua "
        "News Agency.\n"
        "The agency's reporters later visited the county of Huade.\n"
        "Officials closed the market for a week, the news agency said, citing the regional "
        "health commission.\n"
    )
    found = statements_in(text, "en")
    assert all(not s.text.startswith("citing") for s in found)
    assert {s.speaker for s in found} == {"Xinhua News Agency"}


def test_an_organisation_named_with_of_speaks_whole() -> None:
    text = (
        "The California Governor's Office of Emergency Services said in a letter that "
        "their level of engagement was unacceptable.\n"
        "In 2016, the South Dakota's Department of Social Services reported that the number "
        "of young users had doubled.\n"
    )
    assert [s.speaker for s in statements_in(text, "en")] == [
        "California Governor's Office of Emergency Services",
        "South Dakota's Department of Social Services",
    ]


def test_mengaku_reports_speech() -> None:
    text = (
        "“Kami hentikan penyidikan perkara ini,” kata Kombes Yudhistira.\n"
        "Kuasa korban, Sudarso Arief Bakuma, mengaku belum menerima surat resmi dari polisi.\n"
        "“Kami akan mencermati alasan-alasan polisi setelah surat itu datang,” ujarnya.\n"
    )
    quotes, statements = quotes_and_statements(text, "id")
    assert [(s.speaker, s.cue) for s in statements] == [("Sudarso Arief Bakuma", "mengaku")]
    assert quotes[-1].speaker == "Sudarso Arief Bakuma"  # "ujarnya": the one who just spoke


def test_pronoun_subject_is_the_previous_speaker() -> None:
    text = (
        "Presiden Joko Widodo memperingatkan bahwa harga pangan bisa naik. "
        "Ia mengatakan pemerintah sudah menyiapkan cadangan beras."
    )
    found = statements_in(text, "id")
    assert [s.speaker for s in found] == ["Joko Widodo", "Joko Widodo"]
    assert found[1].text == "pemerintah sudah menyiapkan cadangan beras"
    assert found[0].speaker_role == "Presiden"


def test_a_cue_that_introduces_a_direct_quote_is_not_a_statement() -> None:
    text = "Budi Santoso mengatakan: “Kami akan terus bekerja sampai selesai.”"
    assert statements_in(text, "id") == []


GROUND_TRUTH = SHARED / "bench" / "article-extraction" / "ground-truth.json"

# real English articles (read at run time): id prefix, opening of the reported content, speaker
ENGLISH_STATEMENTS = [
    ("7a664e40", "he had no knowledge of any efforts", "Kurt Volker"),
    ("7a664e40", "he was surprised that Vindman", "Tim Morrison"),
    ("7a664e40", "the question was outside the scope", "Morrison's lawyer"),
    ("833caf3b", "they would take a series of measures", "Saeb Erekat"),
    ("833caf3b", "it viewed Washington's move", "Russia's foreign ministry"),
    ("42aad16b", "returning to the moon was necessary", "Jim Bridenstine"),  # NASA’s Administrator
    ("9ebb3af6", "Local auto dealers sold", "InfoNation"),  # the … report from InfoNation
]


@pytest.mark.parametrize(("prefix", "opening", "speaker"), ENGLISH_STATEMENTS)
def test_statements_in_real_english_articles(
    shared_dir: Path, prefix: str, opening: str, speaker: str
) -> None:
    data = json.loads(GROUND_TRUTH.read_text(encoding="utf-8"))
    body = next(v["articleBody"] for k, v in data.items() if k.startswith(prefix))
    found = statements_in(body, "en")
    match = [s for s in found if s.text.startswith(opening)]
    assert match, f"no statement opening {opening!r}"
    assert match[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue that is also a verb of quantity reports no speech before an amount
        ("Danilo Gallinari added 25 points and the Thunder won the game.", None),
        ("The stock of the company added more than 2% on Friday.", None),
        ("Prosecutor John Patrick added the company would appeal the ruling.", "the company"),
        ("Mayor Ann Lee said 25 people were killed in the fire.", "25 people were"),
        # a time right after the cue is when, not what
        ("Prosecutor John Patrick said Tuesday night in Columbia. He left.", None),
        ("Prosecutor John Patrick said Tuesday night the talks had failed badly.", "the talks"),
        ("Prosecutor John Patrick said on Monday, the talks had failed badly.", "the talks"),
        ("Prosecutor John Patrick said last week the talks had failed badly.", "the talks"),
        # time words that belong to the content stay in it
        ("Prosecutor John Patrick said last year's budget was far too small.", "last year's"),
        ("Prosecutor John Patrick said this is the end of the road.", "this is"),
        ("Prosecutor John Patrick said next year would be difficult for us.", "next year"),
        ("Prosecutor John Patrick said Monday was the deadline for all.", "Monday was"),
        ("Prosecutor John Patrick said earlier reports of casualties were wrong.", "earlier"),
    ],
)
def test_english_statement_content_is_speech(text: str, expected: str | None) -> None:
    found = statements_in(text, "en")
    if expected is None:
        assert not found, found
    else:
        assert [s.speaker for s in found] in (["John Patrick"], ["Ann Lee"]), found
        assert found[0].text.startswith(expected), found[0].text


@pytest.mark.parametrize(
    ("text", "language", "content"),
    [
        (
            "The European Union stressed that the settlements were illegal, while the Arab "
            "League condemned the move.",
            "en",
            "the settlements were illegal",
        ),
        (
            "Menteri Retno Marsudi mengatakan bahwa situasi di perbatasan aman, sementara "
            "polisi menutup jalan.",
            "id",
            "situasi di perbatasan aman",
        ),
        (
            "Mayor Ann Lee said the quay stays shut; the port reopens Monday.",
            "en",
            "the quay stays shut",
        ),
    ],
)
def test_reported_content_ends_where_another_clause_begins(
    text: str, language: str, content: str
) -> None:
    [statement] = statements_in(text, language)
    assert statement.text == content


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Menteri Pertahanan Prabowo Subianto mengatakan bahwa anggaran pertahanan naik. "
            "Usai bertemu Presiden Joko Widodo, ia mengatakan bahwa anggaran pertahanan "
            "harus dinaikkan tahun depan.",
            "id",
        ),
        (
            "Defense Minister Prabowo Subianto said that the budget rose sharply. After "
            "meeting President Joko Widodo, he said that the budget must rise next year.",
            "en",
        ),
    ],
)
def test_a_pronoun_is_not_the_person_its_clause_met(text: str, language: str) -> None:
    """The name inside a leading clause is an object: "ia"/"he" is still the speaker."""
    assert [s.speaker for s in statements_in(text, language)] == ["Prabowo Subianto"] * 2


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)), max_size=12),
    st.integers(0, 90),
    st.integers(0, 30),
)
@settings(max_examples=200, deadline=None)
def test_span_index_answers_like_a_scan(
    raw: list[tuple[int, int]], position: int, width: int
) -> None:
    from briefing.analysis.spans import SpanIndex

    spans = [(start, start + length) for start, length in raw]
    index = SpanIndex(spans)
    assert index.inside(position) == any(s <= position < e for s, e in spans)
    end = position + width
    assert index.overlaps(position, end) == any(s < end and position < e for s, e in spans)


@pytest.mark.parametrize(
    ("text", "language", "content", "speaker", "role"),
    [
        (
            "Harga BBM akan naik bulan depan, kata Menteri ESDM Bahlil Lahadalia, Senin.",
            "id",
            "Harga BBM akan naik bulan depan",
            "Bahlil Lahadalia",
            "Menteri ESDM",
        ),
        (
            "Harga BBM akan naik bulan depan, ujar Bahlil kepada wartawan di Jakarta.",
            "id",
            "Harga BBM akan naik bulan depan",
            "Bahlil",
            None,
        ),
        (
            "The stock could rise further this year, says John Petrides, a portfolio manager.",
            "en",
            "The stock could rise further this year",
            "John Petrides",
            "portfolio manager",
        ),
        (
            "The stock added more than 2% on Friday, analyst Jane Roe noted.",
            "en",
            "The stock added more than 2% on Friday",
            "Jane Roe",
            "analyst",
        ),
        (
            "The stock could rise further this year, John Petrides said on Monday.",
            "en",
            "The stock could rise further this year",
            "John Petrides",
            None,
        ),
    ],
)
def test_an_attribution_that_closes_the_sentence(
    text: str, language: str, content: str, speaker: str, role: str | None
) -> None:
    [statement] = statements_in(text, language)
    assert (statement.text, statement.speaker, statement.speaker_role) == (content, speaker, role)


@pytest.mark.parametrize(
    "text",
    [
        # the attribution sits inside the sentence: what follows is said too
        "Jika penyadapan dihilangkan, kata juru bicara KPK Febri Diansyah, maka korupsi "
        "akan sulit dibongkar.",
        # a quotation is the quotes' business
        "Harga akan naik, “kata dia” dalam pidato itu.",
    ],
)
def test_no_statement_from_an_attribution_inside_the_sentence(text: str) -> None:
    assert statements_in(text, "id") == []


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        # a named trailing speaker is the one the next "ujarnya" points back to
        (
            "Menteri Luar Negeri Retno Marsudi mengatakan Indonesia menolak rencana itu.\n"
            "Harga minyak akan naik tahun depan, kata Menteri ESDM Bahlil Lahadalia.\n"
            "Subsidi listrik juga akan dikurangi secara bertahap, ujarnya.",
            "id",
            ["Retno Marsudi", "Bahlil Lahadalia", "Bahlil Lahadalia"],
        ),
        # the names in what was said are not who said it
        (
            "Treasury Secretary Janet Yellen said that the economy is strong. President Joe "
            "Biden will visit Ohio next week, she said.",
            "en",
            ["Janet Yellen", "Janet Yellen"],
        ),
        # a group speaks: no one person
        (
            "Budi Santoso mengatakan bahwa harga beras naik. Harga akan turun lagi, kata mereka.",
            "id",
            ["Budi Santoso"],
        ),
        # an attribution inside the sentence, and a title with a cue word, are no statements
        (
            "Hasto Wardoyo mengatakan lahan sudah dibebaskan.\n"
            "Karya Bupati Kulon Progo, kata dia, akan dipamerkan pada Juni.",
            "id",
            ["Hasto Wardoyo"],
        ),
        (
            "Buku terbarunya berjudul Kamu Sadar, Aku Punya Alasan untuk Pergi dari Jakarta.",
            "id",
            [],
        ),
    ],
)
def test_trailing_attributions_name_the_right_speaker(
    text: str, language: str, speakers: list[str]
) -> None:
    assert [s.speaker for s in statements_in(text, language)] == speakers


def test_a_pronoun_after_an_opening_time_is_the_sentence_subject() -> None:
    text = (
        "Menteri Luar Negeri Retno Marsudi mengatakan bahwa Indonesia menolak rencana itu.\n"
        "Pada Senin, Menteri Pertahanan Prabowo Subianto tiba di Jakarta dan ia mengatakan "
        "anggaran pertahanan akan naik tahun depan."
    )
    assert [s.speaker for s in statements_in(text, "id")] == ["Retno Marsudi", "Prabowo Subianto"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Menteri Kelautan dan Perikanan Susi Pudjiastuti mengatakan bahwa kapal asing "
            "yang mencuri ikan akan ditenggelamkan.",
            "Susi Pudjiastuti",
        ),
        (
            "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto mengatakan "
            "bahwa aparat keamanan tidak boleh ragu melawan terorisme.",
            "Wiranto",
        ),
        (
            "Namun, Kantor Wilayah Kementerian Hukum dan HAM Provinsi Riau mengaku tidak "
            "tahu tentang keluhan para tahanan di rumah tahanan itu.",
            "Kantor Wilayah Kementerian Hukum dan HAM Provinsi Riau",
        ),
        (
            "Dalam sambutannya Menteri Kelautan dan Perikanan menyampaikan harapannya bahwa "
            "kedatangan kapal itu memperkuat kerja sama kedua negara.",
            "Menteri Kelautan dan Perikanan",
        ),
    ],
)
def test_a_title_joins_its_fields_with_dan(text: str, speaker: str) -> None:
    """Ministries are named by fields joined with ``dan`` and commas (``Kelautan dan
    Perikanan``, ``Politik, Hukum, dan Keamanan``): the title runs over them, and its
    last field is no given name ("Keamanan Wiranto")."""
    assert [s.speaker for s in statements_in(text, "id")] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Ketua Bawaslu RI Abhan sebagai Majelis Pemeriksa mengatakan bahwa sidang akan "
            "dilanjutkan pekan depan.",
            "id",
            "Abhan",
        ),
        (
            "Dalam pidatonya sebagai pemimpin nasional tahun lalu, Suu Kyi sempat menyebut "
            "bahwa pemerintahannya berupaya memulihkan perdamaian.",
            "id",
            "Suu Kyi",
        ),
        (
            "Meski Vallen mengaku bahwa kebanyakan kolektor masih belum mengenal sepatu itu "
            "dengan baik.",
            "id",
            "Vallen",
        ),
        (
            "According to the Centre for Disease Control (CDC), the plague is treatable with "
            "antibiotics if it is caught early.",
            "en",
            "Centre for Disease Control",
        ),
    ],
)
def test_subjects_in_their_capacity_or_after_a_conjunction(
    text: str, language: str, speaker: str
) -> None:
    """ "X sebagai Y mengatakan" is X speaking (not "sebagai" in an earlier clause); a
    sentence-opening "Meski" is no part of a name; "the Centre for Disease Control" is
    named whole."""
    assert [s.speaker for s in statements_in(text, language)] == [speaker]


def test_a_titled_subject_followed_by_a_comma_speaks() -> None:
    """``Ketua KPU Arief Budiman, memaparkan bahwa …``: a stray comma between the subject
    and the verb; the title and name before it are still the subject."""
    text = (
        "Ketua KPU Arief Budiman, memaparkan bahwa ada tiga hal yang harus diperhatikan "
        "peserta pemilu tahun depan."
    )
    assert [s.speaker for s in statements_in(text, "id")] == ["Arief Budiman"]


def test_an_object_after_the_verb_is_no_reported_content() -> None:
    text = "The rules were complex, but the novelist Jo Walton explained them to me over dinner."
    assert statements_in(text, "en") == []


@pytest.mark.parametrize(
    ("text", "language", "speaker", "role"),
    [
        # the title's complement is no given name, whatever the tagger glues on
        (
            "Kepala Bulog Budi Waseso mengatakan bahwa stok beras aman sampai akhir tahun.",
            "id",
            "Budi Waseso",
            "Kepala Bulog",
        ),
        # "dan" between two titles is not inside one
        (
            "Menteri Pertanian dan Kepala Bulog Budi Waseso mengatakan bahwa stok beras aman "
            "sampai akhir tahun.",
            "id",
            "Budi Waseso",
            None,
        ),
        # a title's fields joined with "dan" before a three-word name
        (
            "Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono mengatakan bahwa kapal asing "
            "akan ditindak tegas.",
            "id",
            "Sakti Wahyu Trenggono",
            "Menteri Kelautan dan Perikanan",
        ),
    ],
)
def test_titles_and_names_after_review(
    text: str, language: str, speaker: str, role: str | None
) -> None:
    (statement,) = analyze(article_from_text(text, language)).statements  # the whole pipeline
    assert statement.speaker == speaker
    if role is not None:
        assert statement.speaker_role == role


def test_the_object_named_before_sebagai_does_not_speak() -> None:
    """``KPK menetapkan Setya Novanto sebagai tersangka dan menyatakan …``: Setya Novanto
    is the object of "menetapkan", not the subject of "menyatakan"."""
    text = (
        "KPK menetapkan Setya Novanto sebagai tersangka dan menyatakan bahwa penyidikan "
        "terus berjalan."
    )
    assert [s.speaker for s in statements_in(text, "id")] != ["Setya Novanto"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Direktur Polisi Perairan Polda Metro Jaya Komisaris Besar Hero Hendrianto Bachtiar "
            "mengatakan bahwa pemilik kapal masih dicari polisi.",
            "Hero Hendrianto Bachtiar",
        ),
        (
            "Kabid Humas Polda Jatim Kombes Frans Barung Mangera mengatakan bahwa laporan itu "
            "sedang diselidiki.",
            "Frans Barung Mangera",
        ),
        (
            "Duta Besar Korea Selatan Cho Tae-yong mengatakan bahwa festival film itu akan "
            "digelar setiap tahun.",
            "Cho Tae-yong",
        ),
    ],
)
def test_a_rank_before_a_long_name_leaves_it_whole(text: str, speaker: str) -> None:
    """After a rank (``Kombes``, ``Komisaris Besar``) the words are all name; after a
    title (``Duta Besar``) the first may be its complement (``Korea Selatan``)."""
    assert [s.speaker for s in statements_in(text, "id")] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker", "role"),
    [
        (
            "Harga cabai anjlok usai Lebaran, menurut pedagang seperti Sutrisno.\nSutrisno, salah "
            "satu penjual cabai mengatakan, anjloknya harga cabai disebabkan pasokan berlebih.",
            "id",
            "Sutrisno",
            "penjual cabai",
        ),
        (
            "Prices fell again, farmers like Smith said.\nSmith, a local farmer said that the "
            "harvest was poor.",
            "en",
            "Smith",
            "local farmer",
        ),
    ],
)
def test_an_appositive_without_its_closing_comma_keeps_the_name(
    text: str, language: str, speaker: str, role: str
) -> None:
    """``Name, description said``: the description is the role, not the speaker (one
    word only if the article also writes it inside a sentence: a name)."""
    found = statements_in(text, language)
    assert (found[-1].speaker, found[-1].speaker_role) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("Markets were calm. Overall, one analyst said the market was calm.", "en", "one analyst"),
        ("Privately, one official said the deal was dead.", "en", "one official"),
        ("Kini, seorang warga mengatakan bahwa banjir sudah surut.", "id", "seorang warga"),
        (
            "Ironisnya, salah satu korban mengatakan bahwa bantuan belum datang.",
            "id",
            "salah satu korban",
        ),
    ],
)
def test_an_opening_adverb_before_a_description_is_no_name(
    text: str, language: str, speaker: str
) -> None:
    assert [s.speaker for s in statements_in(text, language)] == [speaker]


def test_an_appositive_opening_with_a_place_is_no_name() -> None:
    found = statements_in("Di Jakarta, seorang pejabat mengatakan bahwa harga naik.", "id")
    assert all(s.speaker != "Jakarta" for s in found)


def test_a_title_with_a_demonstrative_before_the_verb_is_the_one_just_named() -> None:
    """``Pendiri Telegram tersebut menuturkan`` after Durov spoke: Durov (it was the
    description); ``Polisi tersebut`` after ``seorang polisi`` was described: that one."""
    text = (
        '"Kita harus siapkan langkah-langkah untuk membuka blokir," kata CEO Telegram Pavel '
        "Durov yang berpakaian serba hitam.\n"
        "Pendiri Telegram tersebut menuturkan kesepakatan ini akan membuat jalur komunikasi "
        "lebih efisien.\n"
    )
    found = analyze(article_from_text(text, "id")).statements
    assert [s.speaker for s in found] == ["Pavel Durov"]
    quotes = analyze(
        article_from_text(
            '"Tidak bisa disita langsung," kata Brigjen Rikwanto di Jakarta.\n'
            '"Pemiliknya banyak," jenderal polisi bintang satu itu menambahkan.\n',
            "id",
        )
    ).quotes
    assert [q.speaker for q in quotes] == ["Rikwanto", "Rikwanto"]


def test_the_group_named_in_an_appositive_before_is_the_group() -> None:
    text = (
        "WeWork will cut jobs, according to a group of employees. The group, WeWorkers "
        "Coalition, formed in recent weeks and sent a letter to management. The group "
        "announced over the weekend that WeWork had reached an agreement with JLL.\n"
    )
    found = analyze(article_from_text(text, "en")).statements
    assert found[-1].speaker == "WeWorkers Coalition"


def test_a_given_name_left_in_the_title_comes_back_when_it_speaks_alone() -> None:
    """``Kepala Dinas Pariwisata Provinsi NTT Marius | Ardu Jelamu mengatakan`` when the
    article also writes "ujar Marius" (a quote whose speaker is Marius Ardu Jelamu): one
    person, his given name out of the title. "Jaksa Agung M Prasetyo" keeps "Agung" in
    the title: "Agung" never speaks alone."""
    text = (
        "Kepala Dinas Pariwisata Provinsi NTT Marius Ardu Jelamu mengatakan, sebanyak 30 "
        "negara ditargetkan ikut.\n"
        '"Kita menjaga perdamaian dunia melalui balap sepeda," ujar Marius.\n'
    )
    found = analyze(article_from_text(text, "id")).statements
    assert [(s.speaker, s.speaker_role) for s in found] == [
        ("Marius Ardu Jelamu", "Kepala Dinas Pariwisata Provinsi NTT")
    ]
    attorney = (
        "Jaksa Agung M Prasetyo mengatakan, perlindungan tidak bisa diberikan.\n"
        '"Kami tidak punya kapasitas," kata Prasetyo.\n'
    )
    assert [s.speaker for s in analyze(article_from_text(attorney, "id")).statements] == [
        "M Prasetyo"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Menurut Kepala Koki, Brad Carter, semut memberikan rasa yang istimewa.",
            "Brad Carter",
        ),
        (
            "Menurut penuturan peneliti keamanan senior Kaspersky Lab, Seongsu Park, data "
            "yang dicuri sangat banyak.",
            "Seongsu Park",
        ),
        ("Menurut Kepala BPBD Sukamaju, Ratna Wulandari, banjir sudah surut.", "Ratna Wulandari"),
    ],
)
def test_according_to_a_title_then_a_name_between_commas(text: str, speaker: str) -> None:
    assert [s.speaker for s in statements_in(text, "id")] == [speaker]


def test_a_title_of_a_body_named_by_a_demonstrative_is_not_the_last_speaker() -> None:
    """``Direktur Utama perusahaan tersebut`` is that company's director, not the minister
    who spoke before; ``Menurut Menlu Retno Marsudi, Korea Selatan, Jepang, dan China``
    is Retno with a list, not "Korea Selatan"."""
    text = (
        '"Kami akan mengevaluasi kinerja direksi Pertamina," kata Menteri BUMN Erick Thohir.\n'
        "Direktur Utama perusahaan tersebut mengatakan bahwa evaluasi itu wajar.\n"
    )
    found = analyze(article_from_text(text, "id")).statements
    assert [s.speaker for s in found] == ["Direktur Utama perusahaan tersebut"]
    listed = "Menurut Menlu Retno Marsudi, Korea Selatan, Jepang, dan China sepakat bekerja sama."
    assert [s.speaker for s in statements_in(listed, "id")] == ["Retno Marsudi"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Menurut Kapolres Jakarta Selatan, Kombes Budhi Herdi Susianto, pelaku sudah "
            "ditangkap.",
            "Budhi Herdi Susianto",
        ),
        ("Menurut Kepala Koki, Brad Carter, Senin, menu itu baru.", "Brad Carter"),
    ],
)
def test_according_to_a_title_of_a_place_then_a_name_and_a_day(text: str, speaker: str) -> None:
    assert [s.speaker for s in statements_in(text, "id")] == [speaker]


def test_that_companys_ceo_is_the_ceo_just_named() -> None:
    text = (
        '"Kami akan berinvestasi," kata CEO Tesla Elon Musk.\n'
        "CEO perusahaan tersebut mengatakan pabrik akan dibangun tahun depan.\n"
    )
    assert [s.speaker for s in analyze(article_from_text(text, "id")).statements] == ["Elon Musk"]


def test_according_to_a_description_closed_by_a_demonstrative_is_the_one_just_named() -> None:
    """``Menurut pensiunan polisi jenderal bintang dua itu, …``: Basaria Panjaitan, who
    just spoke (the statement was dropped: a pronoun after "menurut" was read as none)."""
    text = (
        '"Kami menyita uang dolar dari rumah dinas," kata Wakil Ketua KPK Basaria Panjaitan.\n'
        "Menurut pensiunan polisi jenderal bintang dua itu, tim penyidik masih berada di "
        "Jambi untuk melakukan pengembangan.\n"
    )
    statements = analyze(article_from_text(text, "id")).statements
    assert [s.speaker for s in statements] == ["Basaria Panjaitan"]


def test_an_adverb_between_a_description_and_its_verb_is_not_the_speaker() -> None:
    text = (
        "Julian Assange appeared in court in London on Monday.\n"
        "The Wikileaks founder always argued that he was a journalist.\n"
    )
    statements = analyze(article_from_text(text, "en")).statements
    assert [s.speaker for s in statements] == ["The Wikileaks founder"]


def test_sendiri_after_a_subject_is_not_part_of_the_name() -> None:
    text = (
        '"Dia akan tetap menakutkan," ujar pelatih Jorge Mendes.\n'
        "Cristiano Ronaldo sendiri sebelumnya sudah menegaskan bahwa kontrak hingga 2021 "
        "bukanlah kontrak terakhirnya.\n"
    )
    statements = analyze(article_from_text(text, "id")).statements
    assert [s.speaker for s in statements] == ["Cristiano Ronaldo"]


def test_a_middle_initial_stays_inside_the_full_name() -> None:
    text = (
        "Menteri Hukum dan HAM Yasonna H. Laoly hadir di Jakarta.\n"
        "Yasonna mengatakan bahwa pemberian remisi membuat negara bisa berhemat.\n"
    )
    statements = analyze(article_from_text(text, "id")).statements
    assert [s.speaker for s in statements] == ["Yasonna H. Laoly"]


def test_according_to_a_survey_is_no_ones_statement() -> None:
    """``Menurut survei tersebut, …`` is the survey's finding, not the last speaker's."""
    text = (
        '"Ini capaian yang baik," kata Kepala BPS Amalia Adininggar Widyasanti.\n'
        "Menurut survei tersebut, harga beras naik 5 persen dalam sebulan terakhir.\n"
    )
    statements = analyze(article_from_text(text, "id")).statements
    assert "Amalia Adininggar Widyasanti" not in [s.speaker for s in statements]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("Uber pada hari Jumat mengatakan akan membuka data perjalanan mereka.", "id", "Uber"),
        (
            "Deputi Kedaulatan Maritim Arief Havas Oegroseno pada Selasa mengatakan bahwa "
            "China terus membangun instalasi militer.",
            "id",
            "Arief Havas Oegroseno",
        ),
    ],
)
def test_the_day_between_subject_and_verb_is_not_the_speaker(
    text: str, language: str, speaker: str
) -> None:
    statements = analyze(article_from_text(text, language)).statements
    assert [s.speaker for s in statements] == [speaker]


# The subject of a cue verb, around a relative clause or an affiliation (our own sentences).


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # a person "of" a group speaks, for the group
        (
            "Sementara Anggi Lestari dari Toko Sinar mengatakan respon pengunjung cukup positif.",
            "id",
            "Anggi Lestari",
        ),
        ("Anna Lee of Acme Corp said the plan was sound.", "en", "Anna Lee"),
        # the name that opens the clause, not a name inside the relative clause after it
        (
            "Rudi Hartono dari Karya Denim yang baru menyelesaikan studi MBAnya di Inggris "
            "mengatakan kalau dirinya ingin melihat pasar Eropa.",
            "id",
            "Rudi Hartono",
        ),
        (
            "Presiden Joko Widodo yang didampingi Menteri Basuki mengatakan proyek itu "
            "selesai tahun depan.",
            "id",
            "Joko Widodo",
        ),
        (
            "Walikota Jakarta Utara Husein Murad yang hadir bersama warga Kalibaru mengatakan "
            "pendidikan adalah tanggung jawab bersama.",
            "id",
            "Husein Murad",
        ),
        # a one-word name that the article writes in full elsewhere
        (
            "Fathur Rokhman hadir pagi itu. Fathur yang juga rektor kampus itu menegaskan "
            "bahwa media massa sangat efektif.",
            "id",
            "Fathur Rokhman",
        ),
    ],
)
def test_the_subject_around_a_relative_clause_or_an_affiliation(
    text: str, language: str, speaker: str
) -> None:
    assert [s.speaker for s in statements_in(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "wrong"),
    [
        # a capitalised common noun before "yang" is no speaker
        (
            "Laporan yang sama mengatakan bahwa klub itu belum menawarkan kontrak baru. "
            "Isi laporan itu beredar luas.",
            "id",
            {"Laporan"},
        ),
        # a thing the article also writes in lower case is no speaker either
        (
            "Kereta api tertahan lama. Kereta Api Mutiara Selatan yang sempat tertahan di "
            "stasiun dapat kembali melanjutkan perjalanannya ke Surabaya.",
            "id",
            {"Kereta Api Mutiara Selatan", "Surabaya"},
        ),
        # the name after the link is the speaker's, titled: not the word before the link
        (
            "Pakar bahasa Indonesia dari Universitas Negeri Semarang Profesor Fathur Rokhman "
            "mengatakan bahwa tidak ada masalah.",
            "id",
            {"Indonesia", "Universitas Negeri Semarang"},
        ),
        # a body and its department, not a person of a group
        (
            "In 2016, the state's Department of Social Services reported that the number "
            "of young users rose.",
            "en",
            {"Social Services"},
        ),
        ("Tim SAR dari Basarnas mengatakan korban sudah ditemukan.", "id", {"Tim SAR"}),
    ],
)
def test_no_speaker_from_a_common_noun_or_a_body_before_a_link(
    text: str, language: str, wrong: set[str]
) -> None:
    assert not {s.speaker for s in statements_in(text, language)} & wrong


# Regressions a review of the rules above reproduced (made-up sentences): the old speaker
# is kept where the clause opens with a circumstance, "yang baru" names the new holder, a
# common noun speaks for a group, or the common noun also begins a group's name.
@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Usai Rapat Terbatas yang digelar di Istana Presiden Joko Widodo mengatakan "
            "pemerintah akan menambah anggaran bansos.",
            "id",
            "Joko Widodo",
        ),
        (
            "Menjelang Piala Dunia yang akan digelar di Qatar pelatih Timnas Shin Tae Yong "
            "mengatakan timnya terus berbenah.",
            "id",
            "Shin Tae Yong",
        ),
        (
            "Before the Super Bowl which kicks off Sunday Patrick Mahomes said the team was ready.",
            "en",
            "Patrick Mahomes",
        ),
        (
            "Kapolda Metro Jaya yang baru Irjen Karyono mengatakan pihaknya akan menindak tegas "
            "pelaku tawuran.",
            "id",
            "Karyono",
        ),
        (
            "Pelatih Persib Bandung yang baru Bojan Hodek mengatakan timnya butuh waktu.",
            "id",
            "Bojan Hodek",
        ),
        (
            "Head coach of Manchester United who was appointed last week Ruben Amorim said the "
            "squad needed time.",
            "en",
            "Ruben Amorim",
        ),
        (
            "Relawan dari Palang Merah Indonesia mengatakan stok darah di Jakarta menipis.",
            "id",
            "Palang Merah Indonesia",
        ),
        ("Delegasi dari Malaysia mengatakan perundingan berjalan alot.", "id", "Malaysia"),
        ("Members of Congress said they had not been briefed on the strike.", "en", "Congress"),
        ("Researchers from Stanford University said the drug worked.", "en", "Stanford University"),
        (
            "Petani yang tergabung dalam Serikat Petani Indonesia mengatakan harga pupuk terus "
            "naik.",
            "id",
            "Serikat Petani Indonesia",
        ),
        (
            "Farmers who are members of the National Farmers Union said prices were falling.",
            "en",
            "National Farmers Union",
        ),
    ],
)
def test_the_old_subject_where_no_person_opens_the_clause(
    text: str, language: str, speaker: str
) -> None:
    statements = analyze(article_from_text(text, language)).statements
    assert [s.speaker for s in statements] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Brad Marchand added three assists to lead Boston past New Jersey.",
        "NASA also added smaller landers to the contract on Monday.",
    ],
)
def test_added_with_a_quantity_is_no_speech(text: str) -> None:
    assert statements_in(text, "en") == []


def test_an_organiser_of_an_event_is_a_role_before_the_name() -> None:
    text = "“Kami merasa sendiri,” kata penyelenggara Festival Lembah, Anas Syahrul Alimi.\n"
    quotes, _ = quotes_and_statements(text, "id")
    assert [q.speaker for q in quotes] == ["Anas Syahrul Alimi"]


def test_a_described_speaker_named_with_bernama_is_that_name() -> None:
    text = (
        "Seorang juru bicara mengungkapkan kabar terbaru. Menurut laporan itu, juru bicara "
        "yang bernama Rudi Hartono itu mengatakan perusahaan sudah sepakat.\n"
    )
    speakers = [s.speaker for s in statements_in(text, "id")]
    assert "Rudi Hartono" in speakers


@pytest.mark.parametrize(
    ("text", "language", "speaker", "content"),
    [
        (
            "Ekonom senior Faisal Rahman menilai target pertumbuhan ekonomi 5,2 persen "
            "cukup ambisius.",
            "id",
            "Faisal Rahman",
            "target pertumbuhan ekonomi 5,2 persen cukup ambisius",
        ),
        (
            "Badan Meteorologi memperkirakan puncak musim hujan terjadi pada Januari.",
            "id",
            "Badan Meteorologi",
            "puncak musim hujan terjadi pada Januari",
        ),
        (
            "Ketua Pengarah MetMalaysia, Mohd Hisham Mohd Anip, memberi amaran hujan lebat "
            "berterusan dijangka melanda Kelantan.",
            "ms",
            "Mohd Hisham Mohd Anip",
            "hujan lebat berterusan dijangka melanda Kelantan",
        ),
    ],
)
def test_opinions_and_forecasts_are_statements(
    text: str, language: str, speaker: str, content: str
) -> None:
    """``menilai`` (deems), ``memperkirakan`` (expects), ``memberi amaran`` (warns)."""
    [statement] = statements_in(text, language)
    assert (statement.speaker, statement.text) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "Petugas masih menilai kerusakan akibat gempa di kawasan itu.",
        "Juri akan menilai penampilan peserta pada babak final.",
        "Masyarakat diminta menilai sendiri manfaat program tersebut.",
    ],
)
def test_to_assess_is_no_statement(text: str) -> None:
    """``menilai`` after a modal or aspect word means to assess, not to hold a view."""
    assert statements_in(text, "id") == []


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Seorang warga, Budi Santoso, 45, dari Desa Sukamaju mengatakan air naik dengan "
            "cepat sejak subuh.",
            "id",
            "Budi Santoso",
        ),
        (
            "Seorang mangsa, Che Rosnah Mat Daud, 61, dari Kampung Pohon Tanjung berkata air "
            "naik dengan cepat pada awal pagi semalam.",
            "ms",
            "Che Rosnah Mat Daud",
        ),
    ],
)
def test_where_a_person_comes_from_is_not_the_speaker(
    text: str, language: str, speaker: str
) -> None:
    """``…, Budi Santoso, 45, dari Desa Sukamaju mengatakan``: the village and the age
    after the name are not the subject."""
    assert [s.speaker for s in statements_in(text, language)] == [speaker]


def test_a_verb_after_a_titled_appositive_is_no_closing_attribution() -> None:
    """``Der Vorsitzende …, Frank Werneke, kritisierte die Pläne.``: the comma closes the
    holder's name, so ``kritisierte die Pläne`` is his verb, not ``die Pläne`` saying
    the sentence; inverted, it is his statement."""
    found = statements_in(
        "Der Vorsitzende der Gewerkschaft Verdi, Frank Werneke, kritisierte die Pläne.\n"
        "Die Pläne seien inakzeptabel, kritisierte der Vorsitzende der Gewerkschaft Verdi, "
        "Frank Werneke.",
        "de",
    )
    assert [(s.speaker, s.text) for s in found] == [
        ("Frank Werneke", "Die Pläne seien inakzeptabel")
    ]


def test_a_lower_case_title_and_a_name_after_an_office_is_the_speaker() -> None:
    """``O líder do PT na Câmara, deputado Odair Cunha, declarou``: the speaker is the
    name after the title, not ``Câmara`` with the name for a role."""
    found = statements_in(
        "O líder do PT na Câmara, deputado Odair Cunha, declarou que o partido vai "
        "conversar com o governo.",
        "pt",
    )
    assert [(s.speaker, s.speaker_role) for s in found] == [("Odair Cunha", "deputado")]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "A senior U.S. official, speaking on condition of anonymity, said talks were at "
            "a critical stage.",
            "en",
            "A senior U.S. official",
        ),
        (
            "Seorang pejabat kementerian, yang enggan disebut namanya, mengatakan pembicaraan "
            "berada pada tahap kritis.",
            "id",
            "Seorang pejabat kementerian",
        ),
    ],
)
def test_an_anonymity_aside_is_not_the_subject(text: str, language: str, speaker: str) -> None:
    """``, speaking on condition of anonymity,`` between the speaker and the cue."""
    assert [s.speaker for s in statements_in(text, language)] == [speaker]


def test_a_french_compound_surname_goes_on_through_its_particle() -> None:
    """French, Spanish and Portuguese given names are no evidence that a name ends before
    ``de``: ``François Villeroy de Galhau``."""
    found = statements_in(
        "François Villeroy de Galhau a averti que l’inflation restait élevée.", "fr"
    )
    assert [s.speaker for s in found] == ["François Villeroy de Galhau"]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Fernando Haddad falou aos jornalistas. Segundo ele, o défice vai cair este ano.",
            "pt",
            "Fernando Haddad",
        ),
        ("Pedro Sánchez habló ayer. Según él, el déficit bajará este año.", "es", "Pedro Sánchez"),
        (
            "Jim Chalmers spoke in Canberra on Tuesday. According to him, the budget will be "
            "balanced next year.",
            "en",
            "Jim Chalmers",
        ),
    ],
)
def test_a_pronoun_statement_after_a_sentence_a_named_person_opens(
    text: str, language: str, speaker: str
) -> None:
    """A name with a known given name opening the sentence before, with its verb after
    it, is who ``Segundo ele`` means, though the person has no role and no quote yet."""
    assert [s.speaker for s in statements_in(text, language)] == [speaker]


def test_a_newspaper_opening_the_sentence_is_no_person() -> None:
    """``Le Monde a publié …``: ``Le`` is a given name in some lists, but here an article."""
    text = "Le Monde a publié une enquête mardi. Selon lui, le dossier reste ouvert."
    assert [s.speaker for s in statements_in(text, "fr")] != ["Le Monde"]


def test_a_body_whose_name_holds_commas_speaks_by_its_bracketed_short_name() -> None:
    """``Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memprediksi …``: the commas
    inside the name hid the subject; a later ``Ia`` is still no body."""
    found = statements_in(
        "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memprediksi hujan lebat masih "
        "akan terjadi dalam tiga hari ke depan.\n"
        "Ia menerangkan, angin kencang juga akan melanda wilayah pesisir.",
        "id",
    )
    assert [(s.speaker, s.text) for s in found][:1] == [
        ("BMKG", "hujan lebat masih akan terjadi dalam tiga hari ke depan")
    ]
    assert all(s.speaker != "BMKG" for s in found[1:])


def test_another_speakers_that_after_a_comma_is_not_this_statements() -> None:
    """``The United Nations says at least 1.7 million …, and aid agencies warn that
    famine …``: the UN's content is what follows its cue, up to the comma before the other
    clause; a count opening it (``at least``) is content, not a place."""
    found = statements_in(
        "The United Nations says at least 1.7 million people have been displaced in Gaza, "
        "and aid agencies warn that famine is imminent in the north.",
        "en",
    )
    assert [(s.speaker, s.text) for s in found] == [
        ("The United Nations", "at least 1.7 million people have been displaced in Gaza")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The suspect was arrested on Monday, police said.", "police"),
        (
            "Three people died in the crash, health authorities said on Tuesday.",
            "health authorities",
        ),
        ("The plant will close next year, the company said.", "the company"),
        ("NASA plans to spend $2.6 billion on the contracts, agency officials said.", "officials"),
        ("Tiga orang tewas dalam kecelakaan itu, kata polisi.", "polisi"),
    ],
)
def test_an_unnamed_group_or_body_closing_the_sentence_is_its_source(
    text: str, speaker: str
) -> None:
    """``…, police said.``: news cites groups and bodies it does not name; the claim is
    theirs, as ``Police said that …`` is."""
    language = "id" if "kata" in text else "en"
    found = analyze(article_from_text(text, language)).statements
    assert [s.speaker for s in found] == [speaker]


def test_an_opinion_after_an_opening_connective_and_a_long_title() -> None:
    """``Senada, Direktur Eksekutif … (CORE) Indonesia, Teguh Wicaksono, berpendapat bahwa
    …``: ``berpendapat`` reports, ``Senada`` opens no name, and a later ``ucapnya`` is his."""
    text = (
        '"Investor asing masih menunggu kejelasan fiskal," kata Rizky saat dihubungi, Rabu.\n\n'
        "Senada, Direktur Eksekutif Center of Reform on Economics (CORE) Indonesia, Teguh "
        "Wicaksono, berpendapat bahwa pemerintah perlu memperjelas arah kebijakan anggaran.\n\n"
        '"Pasar butuh sinyal yang konsisten dari pemerintah," ucapnya.'
    )
    found = analyze(article_from_text(text, "id"))
    assert [s.speaker for s in found.statements] == ["Teguh Wicaksono"]
    assert [q.speaker for q in found.quotes] == ["Rizky", "Teguh Wicaksono"]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Economy minister Federico Almiron blamed seasonal factors and said that the "
            "underlying trend remains downward.",
            "en",
            "Federico Almiron",
        ),
        (
            "Menteri Keuangan Sri Mulyani menyalahkan faktor musiman dan mengatakan bahwa tren "
            "tetap menurun.",
            "id",
            "Sri Mulyani",
        ),
        (
            "Le ministre Bruno Le Maire a salué le vote et a affirmé que la dette baisserait.",
            "fr",
            "Bruno Le Maire",
        ),
        (
            "Finanzminister Christian Lindner lobte den Beschluss und sagte, die Schulden "
            "würden sinken.",
            "de",
            "Christian Lindner",
        ),
        (
            "El ministro de Economía, Federico Almirón, atribuyó el repunte a factores "
            "estacionales y aseguró que la tendencia de fondo sigue siendo descendente.",
            "es",
            "Federico Almirón",
        ),
    ],
)
def test_a_cue_after_and_shares_the_subject_of_its_sentence(
    text: str, language: str, speaker: str
) -> None:
    statements = statements_in(text, language)
    assert [s.speaker for s in statements] == [speaker]


def test_a_cue_after_and_with_no_person_opening_the_sentence_has_no_statement() -> None:
    text = "Prices rose sharply in May and analysts said that the trend would continue."
    assert all(s.speaker != "Prices" for s in statements_in(text, "en"))


def test_an_occupation_and_a_name_between_commas_speak() -> None:
    text = (
        "Prosecutors told the court that 900 families had paid deposits. One of them, "
        "schoolteacher Grace Achieng, said she had lost her savings.\n"
        '"I waited eight years for a house," she said.'
    )
    result = analyze(article_from_text(text, "en"))
    assert [(s.speaker, s.speaker_role) for s in result.statements][-1] == (
        "Grace Achieng",
        "schoolteacher",
    )
    assert [q.speaker for q in result.quotes] == ["Grace Achieng"]


def test_a_pronoun_after_reported_speech_is_the_reported_speaker() -> None:
    # the nearest earlier speaker, quoted or reported, is whom "katanya"/"kata dia" means
    text = (
        '"Kami akan berhati-hati," kata Budi Santoso kepada wartawan.\n'
        "Menurut ekonom Universitas Indonesia Faisal Basri, harga beras akan turun bulan "
        "depan. Pasokan dari daerah sudah cukup banyak, katanya.\n"
        "Inflasi akan tetap rendah tahun ini, kata Rudi Hartono. "
        '"Ini kabar yang baik bagi konsumen," kata dia. "Pemerintah harus menjaga pasokan."'
    )
    analysis = analyze(article_from_text(text, "id"))
    said = {s.text: s.speaker for s in analysis.statements}
    assert said["Pasokan dari daerah sudah cukup banyak"] == "Faisal Basri"
    quoted = {q.text.rstrip(",."): q.speaker for q in analysis.quotes}
    assert quoted["Kami akan berhati-hati"] == "Budi Santoso"
    assert quoted["Ini kabar yang baik bagi konsumen"] == "Rudi Hartono"
    assert quoted["Pemerintah harus menjaga pasokan"] == "Rudi Hartono"
