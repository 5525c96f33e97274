"""Direct quotes and their speakers: the seed article against gold.json, and every mark."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.analysis.pipeline import analyze
from briefing.analysis.quotes import extract_quotes
from briefing.analysis.sentences import split_sentences
from briefing.analysis.suggestions import QuoteSuggestion
from tests.analysis.helpers import article_from_text, seed_article
from tests.conftest import SEED_GOLD


def quotes_in(text: str, language: str | None) -> list[QuoteSuggestion]:
    article = article_from_text(text, language)
    found = extract_quotes(article, split_sentences(text, article.paragraphs, language))
    for quote in found:
        assert text[quote.start : quote.end] == quote.text
        assert 0.0 <= quote.confidence <= 1.0
    return found


@pytest.fixture(scope="module")
def seed_quotes(seed_article_path: Path) -> tuple[str, list[QuoteSuggestion]]:
    article = seed_article(seed_article_path)
    sentences = split_sentences(article.text, article.paragraphs, "id")
    return article.text, extract_quotes(article, sentences)


def test_seed_all_gold_quotes_exact_with_speaker(
    seed_quotes: tuple[str, list[QuoteSuggestion]],
) -> None:
    text, quotes = seed_quotes
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    found = {q.text: q for q in quotes}
    for expected in gold["quotes"]:
        quote = found.get(expected["text"])
        assert quote is not None, f"missing quote {expected['text'][:40]!r}"
        assert quote.speaker == expected["speaker"]
        assert text[quote.start : quote.end] == expected["text"]


def test_seed_no_false_quotes(seed_quotes: tuple[str, list[QuoteSuggestion]]) -> None:
    _, quotes = seed_quotes
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    assert len(quotes) == len(gold["quotes"])
    assert all(q.text not in gold["not_quotes"] for q in quotes)


def test_seed_roles_and_cues(seed_quotes: tuple[str, list[QuoteSuggestion]]) -> None:
    _, quotes = seed_quotes
    roles = {q.speaker: q.speaker_role for q in quotes}
    assert roles["John Kirby"] == "Juru Bicara Dewan Keamanan Nasional AS"
    assert roles["Lloyd Austin"] == "Menteri Pertahanan AS"
    by_text = {q.text[:20]: q for q in quotes}
    assert by_text["AS menilai tentara-t"].cue == "tuturnya"
    assert by_text["akan menjadi tanda k"].cue == "menambahkan"
    assert by_text["Apa sebenarnya yang "].cue is None  # continuation, no cue of its own


@pytest.mark.parametrize(
    ("text", "language", "quoted", "speaker"),
    [
        (
            "« Nous resterons ici jusqu'au bout », a déclaré le ministre Jean Dupont.",
            "fr",
            "Nous resterons ici jusqu'au bout",
            "Jean Dupont",
        ),
        (
            "„Wir bleiben hier bis zum Ende“, sagte Olaf Scholz am Montag.",
            "de",
            "Wir bleiben hier bis zum Ende",
            "Olaf Scholz",
        ),
        (
            "»Wir werden das gemeinsam schaffen«, sagte Angela Merkel.",
            "de",
            "Wir werden das gemeinsam schaffen",
            "Angela Merkel",
        ),
        (
            "«Мы останемся здесь до конца», — сказал Иван Петров.",
            "ru",
            "Мы останемся здесь до конца",
            "Иван Петров",
        ),
        (
            "“Vamos a seguir trabajando por la paz”, dijo Pedro Sánchez.",
            "es",
            "Vamos a seguir trabajando por la paz",
            "Pedro Sánchez",
        ),
        (
            "“Vamos continuar lutando pelo país”, disse Luiz Inácio Lula.",
            "pt",
            "Vamos continuar lutando pelo país",
            "Luiz Inácio Lula",
        ),
        (
            "“Kami akan terus berunding dengan semua pihak,” kata Anwar Ibrahim.",
            "ms",
            "Kami akan terus berunding dengan semua pihak,",
            "Anwar Ibrahim",
        ),
        (
            '"We will win this fight together," Joe Biden told reporters.',
            "en",
            "We will win this fight together,",
            "Joe Biden",
        ),
    ],
)
def test_quote_marks_and_cues_by_language(
    text: str, language: str, quoted: str, speaker: str
) -> None:
    quotes = quotes_in(text, language)
    assert [q.text for q in quotes] == [quoted]
    assert quotes[0].speaker == speaker


def test_japanese_corner_brackets_are_quotes() -> None:
    quotes = quotes_in("首相は「私たちは最後までここに残ります」と述べた。", "ja")
    assert [q.text for q in quotes] == ["私たちは最後までここに残ります"]


def test_apostrophes_are_not_quote_marks() -> None:
    text = "Pada hari Jum'at ia berkata: “Kami siap berangkat sekarang juga,” kata Budi Santoso."
    quotes = quotes_in(text, "id")
    assert [q.text for q in quotes] == ["Kami siap berangkat sekarang juga,"]
    assert quotes_in("I don't know, it's the students' choice and that's fine.", "en") == []


def test_nested_quote_stays_inside_the_outer_one() -> None:
    quotes = quotes_in("“He told me ‘no way’ and then he left,” said Anna Lee.", "en")
    assert [q.text for q in quotes] == ["He told me ‘no way’ and then he left,"]
    assert quotes[0].speaker == "Anna Lee"


def test_multi_paragraph_quote_shares_its_speaker() -> None:
    text = (
        "“The first part of what I want to say goes on for a while.\n"
        "“And the second part continues it here,” said Maria Gomez, the mayor.\n"
    )
    quotes = quotes_in(text, "en")
    assert [q.text[:14] for q in quotes] == ["The first part", "And the second"]
    assert {q.speaker for q in quotes} == {"Maria Gomez"}
    assert quotes[1].speaker_role == "mayor"


def test_partial_quote_inside_reported_speech() -> None:
    text = (
        "Juru Bicara Kemlu, Budi Hartono, hadir di Jakarta. Budi menambahkan bahwa langkah "
        "itu “akan menjadi tanda kelemahan, bukan kekuatan”."
    )
    quotes = quotes_in(text, "id")
    assert [q.text for q in quotes] == ["akan menjadi tanda kelemahan, bukan kekuatan"]
    assert quotes[0].speaker == "Budi Hartono"
    assert quotes[0].speaker_role == "Juru Bicara Kemlu"


def test_a_pull_quote_repeating_a_spoken_quote_is_dropped() -> None:
    text = (
        "“No one in this town has seen a winter like this one”\n"
        "“Every road in the valley will be open again by spring”\n"
        "Mayor Ana Ruiz said on Monday: “The storm was the worst in decades. Every road in "
        "the valley will be open again by spring.”\n"
    )
    quotes = quotes_in(text, "en")
    assert [q.speaker for q in quotes] == [None, "Ana Ruiz"]
    assert quotes[0].text.startswith("No one in this town")  # repeats nothing: stays
    assert quotes[1].text.startswith("The storm was")


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "“Stocks will fall before the year is over,” said a new note by Goldman Sachs.",
            "en",
            "Goldman Sachs",
        ),
        (
            "“Prices will rise next month,” said a report from Kotak Institutional Equities.",
            "en",
            "Kotak Institutional Equities",
        ),
        (
            "“Harga beras akan naik bulan depan,” kata laporan dari Badan Pusat Statistik.",
            "id",
            "Badan Pusat Statistik",
        ),
        ("“Prices will rise next month,” said a new report by E! News.", "en", "a new report"),
    ],
)
def test_a_document_speaks_for_its_author(text: str, language: str, speaker: str) -> None:
    quotes = quotes_in(text, language)
    assert [q.speaker for q in quotes] == [speaker]


def test_a_document_author_is_not_completed_to_a_person() -> None:
    text = (
        "“Sales will slow,” InfoNation President Dan McDowell said on Monday.\n"
        "“Dealers sold fewer trucks in October than a year ago,” said a report from InfoNation.\n"
    )
    assert [q.speaker for q in quotes_in(text, "en")] == ["Dan McDowell", "InfoNation"]


def test_pronoun_suffix_and_continuation() -> None:
    text = (
        "“Kami belum tahu apa yang akan terjadi,” kata Menteri Luar Negeri Retno Marsudi.\n"
        "“Kami terus memantau perkembangan,” ujarnya. “Semua pihak harus menahan diri.”\n"
    )
    quotes = quotes_in(text, "id")
    assert [q.speaker for q in quotes] == ["Retno Marsudi"] * 3
    assert quotes[0].speaker_role == "Menteri Luar Negeri"
    assert [q.cue for q in quotes] == ["kata", "ujarnya", None]


def test_ujarnya_after_menurut_is_the_person_not_menurut() -> None:
    """``Menurut Idham, …`` opens a sentence before ``ujarnya``: the subject is Idham
    (Idham Aziz, named earlier), not "Menurut Idham"."""
    text = (
        "“Kami sudah tahu identitasnya,” kata Kapolda Irjen Idham Aziz di Jakarta, Selasa.\n"
        "Menurut Idham, kematian Zoya di Bekasi mestinya tidak terjadi karena main hakim "
        "sendiri melanggar hukum. Dia menilai warga terlalu emosional sehingga memukul.\n"
        '"Mungkin dia merasa pelaku mengambil barang di masjid. Jadi ada emosi yang '
        'berlebihan dari para tersangka," ujarnya.\n'
    )
    assert [q.speaker for q in quotes_in(text, "id")] == ["Idham Aziz", "Idham Aziz"]


def test_english_title_and_he_said() -> None:
    text = (
        "“We are watching closely,” Pentagon spokesman John Kirby said on Monday.\n"
        "“It is a serious matter,” he said.\n"
    )
    quotes = quotes_in(text, "en")
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("John Kirby", "Pentagon spokesman"),
        ("John Kirby", "Pentagon spokesman"),
    ]


def test_he_is_the_person_his_own_sentence_names_first() -> None:
    """Not the last person quoted: the subject named earlier in the same sentence."""
    text = (
        "Police said Pat Carlineo denied the charges in court.\n"
        "“He never meant it,” said Ann Zoghlin, his attorney.\n"
        "Carlineo was arrested after a call in which he said he would put a “bullet in "
        "her skull.”\n"
        "When Afghan President Ashraf Ghani announced the release, he said “Kabul had "
        "ensured it.”\n"
        "In Kabul, officials met on Monday. “We are ready,” he said.\n"
    )
    quotes = quotes_in(text, "en")
    # names inside a quotation or places before the pronoun's sentence change nothing
    assert [q.speaker for q in quotes] == [
        "Ann Zoghlin",
        "Pat Carlineo",
        "Ashraf Ghani",
        "Ashraf Ghani",
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # a time before the title is no part of the role
        (
            "Last week State Department official David Holmes testified. “I heard the "
            "call,” Holmes said.",
            "David Holmes",
            "State Department official",
        ),
        # a courtesy title is neither the speaker nor a role
        ("“We will appeal,” said Ms. Anna Persson.", "Anna Persson", None),
        # a middle initial belongs to the name
        ("“I am sorry,” said Sonya A. Rivera, a lawyer.", "Sonya A. Rivera", "lawyer"),
        ("“We are ready,” John F. Kennedy said.", "John F. Kennedy", None),
        (
            "“We are ready,” said Secretary of State John F. Kerry.",
            "John F. Kerry",
            "Secretary of State",
        ),
        # a capitalised time word is part of a name in the role
        (
            "“We lost,” said Sunday Times political editor Tim Shipman.",
            "Tim Shipman",
            "Sunday Times political editor",
        ),
        # a name suffix and its full stop end the name
        (
            "U.S. Attorney James Kennedy Jr. said in the release that people may not "
            "“make threats to harm lawmakers.”",
            "James Kennedy Jr",
            "U.S. Attorney",
        ),
        # an adverb set off by commas is no role
        ("“We are ready,” Mark Milley, however, said.", "Mark Milley", None),
    ],
)
def test_english_names_and_roles_are_clean(text: str, speaker: str, role: str | None) -> None:
    [quote] = quotes_in(text, "en")
    assert (quote.speaker, quote.speaker_role) == (speaker, role)


def test_a_later_said_x_in_the_sentence_attributes_the_quote() -> None:
    text = (
        "“The president wants a bigger deal. Bigger than the little deal” announced in "
        "October, said Derek Scissors, a China scholar."
    )
    [quote] = quotes_in(text, "en")
    assert quote.speaker == "Derek Scissors"


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            'Presiden Joko Widodo menyebut rencana itu "tidak masuk akal bagi rakyat kecil" '
            "dalam rapat kabinet, kata juru bicara Istana Fadjroel Rachman.",
            "id",
            "Joko Widodo",
        ),
        (
            "Putin said the strikes were “a necessary response to terrorism and nothing "
            "else” on Monday, said Dmitry Peskov.",
            "en",
            "Putin",
        ),
    ],
)
def test_a_later_said_x_does_not_override_the_lead_in(
    text: str, language: str, speaker: str
) -> None:
    [quote] = quotes_in(text, language)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Erekat said it was only the latest move to force the Palestinians to give in.\n\n"
            '"They wanted us on our knees. We stand tall and we will stand tall."\n',
            "en",
            "Erekat",
        ),
        (
            "Kirby mengatakan AS masih mencoba menentukan peran Korea Utara.\n\n"
            "“Kami belum tahu apa yang akan mereka lakukan di sana.”\n",
            "id",
            "Kirby",
        ),
        # a paragraph that does not open with its speaker passes on no one
        (
            "Officials in Doha met for many hours on Monday before Erekat said it was over.\n\n"
            "“We are done here.”\n",
            "en",
            None,
        ),
    ],
)
def test_a_quotation_paragraph_after_a_speakers_paragraph(
    text: str, language: str, speaker: str | None
) -> None:
    found = quotes_in(text, language)
    assert [q.speaker for q in found] == ([speaker] if speaker else [])


def test_an_initial_before_the_name_after_a_title() -> None:
    [quote] = quotes_in("“Kami siap,” ujar Wakil Presiden M. Jusuf Kalla.", "id")
    assert (quote.speaker, quote.speaker_role) == ("M. Jusuf Kalla", "Wakil Presiden")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('Baca berita pilihan lainnya di:\n"Google News"', "id"),
        ("Rusia menyebut operasi itu sebagai “operasi militer khusus” sejak awal.", "id"),
        ("The so-called “special operation” began in February.", "en"),
        ("She starred in “The Lord of the Rings” last year.", "en"),
    ],
)
def test_titles_names_and_terms_are_not_quotes(text: str, language: str) -> None:
    assert quotes_in(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Menteri Keuangan Sri Mulyani mengatakan defisit melebar.\n"
            '"Kami tetap waspada," ujarnya.',
            "id",
            "Sri Mulyani",
        ),
        ('Finance Minister John Brown spoke to reporters.\n"No," he said.', "en", "John Brown"),
        (
            "Le ministre Paul Lemaire a visité l'usine. « C'est un tournant », a-t-il dit.",
            "fr",
            "Paul Lemaire",
        ),
    ],
)
def test_a_short_quote_followed_by_a_pronoun_cue_is_speech(
    text: str, language: str, speaker: str
) -> None:
    """Three words or fewer between marks are speech when a cue with a pronoun follows
    (``“Kami tetap waspada,” ujarnya``, ``“No,” he said``), as after a named cue."""
    quotes = quotes_in(text, language)
    assert [q.speaker for q in quotes] == [speaker]


def test_unclosed_quote_without_continuation_is_dropped() -> None:
    assert quotes_in("He said “this never closes and the paragraph ends here\nNext.", "en") == []


def test_kata_dia_and_a_description_point_back_to_the_named_speaker() -> None:
    text = (
        "Budi Santoso mengatakan proyek itu akan selesai tahun depan.\n"
        "“Kami sudah menyiapkan semua dananya sejak awal,” kata dia.\n"
        "“Tidak ada alasan untuk menunda lagi pekerjaan ini,” kata pria berkacamata itu.\n"
    )
    quotes = quotes_in(text, "id")
    assert [q.speaker for q in quotes] == ["Budi Santoso", "Budi Santoso"]


def test_a_quoted_paragraph_after_a_quote_continues_it() -> None:
    text = (
        "“Kami akan bermain menyerang sejak menit pertama,” kata pelatih Persib, Robert Alberts.\n"
        "“Para pemain sudah siap secara fisik dan mental untuk laga ini.”\n"
        "Pertandingan dimulai pukul 19.00 WIB.\n"
    )
    quotes = quotes_in(text, "id")
    assert [q.speaker for q in quotes] == ["Robert Alberts", "Robert Alberts"]
    assert quotes[0].speaker_role == "pelatih Persib"
    assert quotes[1].cue is None


def test_an_organisation_speaks_under_its_own_name() -> None:
    text = "“Kami belum menerima laporan resmi soal itu,” kata Gedung Putih dalam pernyataannya."
    quotes = quotes_in(text, "id")
    assert [q.speaker for q in quotes] == ["Gedung Putih"]


def test_surname_after_name_particles() -> None:
    text = (
        "Ursula von der Leyen hadir di Brussel hari ini.\n"
        "“Kami akan terus mendukung Ukraina sampai akhir,” kata Leyen.\n"
    )
    assert [q.speaker for q in quotes_in(text, "id")] == ["Ursula von der Leyen"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Pernyataan Jokowi itu disampaikan di Istana. Ia menyebut pernyataan tersebut "
            "penting.\n“Kita harus bekerja keras,” kata Jokowi.\n",
            "Jokowi",  # "pernyataan" is a word the article writes in lower case
        ),
        (
            "Pernyataan Jokowi itu disampaikan di Istana.\n“Kita harus bekerja keras,” kata "
            "Jokowi.\n",
            "Jokowi",  # "Pernyataan" opens sentences: never a given name
        ),
        (
            "“Laba kami naik tahun ini,” kata Direktur Utama PT Bank Mega Tbk Suryanto.\n",
            "Suryanto",  # "Tbk" ends the company, so the title
        ),
        (
            "Aktor Adjie Pangestu menikah hari ini. Istri Adjie bernama Novita.\n"
            "“Kami ingin acara yang sederhana,” kata Adjie.\n",
            "Adjie Pangestu",  # "Istri Adjie" only opens a sentence: "Adjie's wife"
        ),
    ],
)
def test_a_capitalised_common_word_is_no_given_name(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_in(text, "id")] == [speaker]


def test_an_appositive_name_before_lower_case_and_a_described_speaker() -> None:
    text = (
        "“Jalur sudah aman untuk dilewati,” kata Manager Humas PT KAI Daop II Bandung, "
        "Joni Martinus saat dihubungi di Garut.\n"
        "“Perbaikan rel masih terus berlangsung,” katanya.\n"
        "“Saya senang bisa mencetak dua gol,” kata Harry Kane.\n"
        "“Saya ingin mencetak gol lagi,” ujar penyerang Timnas Inggris ini.\n"
    )
    quotes = quotes_in(text, "id")
    assert [q.speaker for q in quotes] == ["Joni Martinus"] * 2 + ["Harry Kane"] * 2


def test_a_bare_title_is_the_person_who_spoke_with_it() -> None:
    text = (
        "“Konten fitnah harus dihapus dari media sosial,” kata Mendagri Tjahjo Kumolo.\n"
        "“Kami siap dikritik tetapi jangan difitnah,” kata Mendagri.\n"
        "“Laporan itu masih kami pelajari,” kata seorang pejabat.\n"
    )
    assert [q.speaker for q in quotes_in(text, "id")] == [
        "Tjahjo Kumolo",
        "Tjahjo Kumolo",
        "seorang pejabat",  # with an article: someone else
    ]


def test_a_given_name_the_article_writes_alone_is_no_title() -> None:
    text = (
        "Menteri Keuangan Sri Mulyani Indrawati memaparkan bahwa hanya 110 wajib pajak "
        "yang patuh tahun ini.\n“Ini sangat memalukan bagi profesi itu,” kata Sri Mulyani.\n"
    )
    article = article_from_text(text, "id")
    sentences = split_sentences(text, article.paragraphs, "id")
    quotes = extract_quotes(article, sentences, context=None)
    from briefing.analysis.statements import extract_statements

    assert [s.speaker for s in extract_statements(article, sentences, quotes)] == [
        "Sri Mulyani Indrawati"
    ]


def test_a_place_after_a_name_is_not_part_of_the_name() -> None:
    text = (
        "Kepala Pusdalops Ferdi Ligaswara di Bandung, Senin, mengatakan warga harus waspada.\n"
        "“Kita harus mewaspadai banjir kiriman dan longsor,” kata Ferdi.\n"
        "“Kami siap membantu warga,” kata Konsul Jenderal RI di Istanbul, Ahmad Rizal, Senin.\n"
    )
    quotes = quotes_in(text, "id")
    assert [q.speaker for q in quotes] == ["Ferdi Ligaswara", "Ahmad Rizal"]
    assert quotes[1].speaker_role == "Konsul Jenderal RI"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Tidak ada aliran dana kepada pejabat,” kata anggota TPFG Effendi Gazali, di Jakarta, Kamis.",
            "Effendi Gazali",
        ),
        (
            "“Korban masih dirawat di rumah sakit,” kata Kabid Dokkes Polda Papua Kombes drg. Raymond, seperti dilansir Antara.",
            "Raymond",
        ),
        (
            "“Pihak lain belum tersentuh,” kata Koordinator Masyarakat Anti Korupsi Indonesia (MAKI), Boyamin Saiman, secara terpisah.",
            "Boyamin Saiman",
        ),
    ],
)
def test_what_follows_a_forward_name(text: str, speaker: str) -> None:
    """A place after the comma is no appositive name; ``drg.`` ends no sentence; the
    name after an organisation's bracketed acronym is the speaker."""
    assert [q.speaker for q in quotes_in(text, "id")] == [speaker]


def test_a_day_after_the_name_is_not_the_speaker() -> None:
    text = "“Kami siap membantu semua pihak,” ujar Direktur Utama M Cash Martin Suharlie, Selasa, (6/12)."
    assert [q.speaker for q in quotes_in(text, "id")] == ["Martin Suharlie"]


def test_a_later_quote_of_the_paragraph_keeps_its_speaker() -> None:
    text = (
        "“I can see who visited my profile,” said Joseph Minga, a friend who switched "
        "accounts. He learned that about 100 people view his profile a week. “It made me "
        "ask what they are looking for on my page.”\n"
        "“A quote in a paragraph of its own is not this case at all,” a reader wrote, “and "
        "nor is one a sentence carries on.”\n"
    )
    quotes = quotes_in(text, "en")
    assert [q.speaker for q in quotes[:2]] == ["Joseph Minga", "Joseph Minga"]
    assert quotes[1].confidence < quotes[0].confidence  # a convention, not a cue


def test_a_quote_after_a_sentence_of_its_speaker() -> None:
    text = (
        "“We cannot do it with one rocket,” said Rep. Robert Aderholt.\n"
        "Bridenstine disagreed. Aderholt returned to the issue later in the hearing. “What "
        "commercial launch vehicles could do it?”\n"
        "“We had hoped for more,” Montell Figgins said.\n"
        "Sometimes employees don't follow the rules, he said. “But does that mean the whole "
        "system failed?”\n"
        "Swift's rep told Fox News that the claim was false. “This is not the whole story "
        "at all.”\n"
    )
    quotes = quotes_in(text, "en")
    assert [q.speaker for q in quotes] == [
        "Robert Aderholt",
        "Robert Aderholt",  # the sentence before opens with him
        "Montell Figgins",
        "Montell Figgins",  # the sentence before ends "he said"
        None,  # "Swift's rep": the rep, not Swift
    ]
    assert quotes[1].confidence == 0.6


def test_a_stray_comma_after_the_cue() -> None:
    text = "“Ada 100 advokat yang akan membela dia,” ujar, Habiburokhman, hari ini.\n"
    assert [q.speaker for q in quotes_in(text, "id")] == ["Habiburokhman"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Presiden Joko Widodo (Jokowi) meninjau pelabuhan.\n“Kita harus kerja keras,” kata "
            "Jokowi.\n“Semua harus ikut,” ujar Presiden.\n",
            ["Joko Widodo", "Joko Widodo"],
        ),
        (
            "Gubernur DKI Basuki Tjahaja Purnama alias Ahok hadir.\n“Kami siap,” kata Ahok.\n",
            ["Basuki Tjahaja Purnama"],
        ),
        (
            "Wakil Gubernur DKI Jakarta Sandiaga Uno meninjau pasar.\n“Kami siap membantu "
            "pedagang,” kata Sandi.\n",
            ["Sandiaga Uno"],  # a titled person's first name, shortened
        ),
        (
            "Komisi Pemberantasan Korupsi (KPK) memeriksa saksi.\n“Kami periksa lima saksi "
            "hari ini,” kata juru bicara KPK.\n",
            ["juru bicara KPK"],  # an acronym in brackets names an organisation, no person
        ),
    ],
)
def test_a_nickname_is_the_full_name_it_was_given(text: str, speaker: list[str]) -> None:
    assert [q.speaker for q in quotes_in(text, "id")] == speaker


def test_reiterated_is_a_speech_cue() -> None:
    text = (
        "A spokesperson for the British Foreign Office reiterated the UK's position that "
        'settlements "are illegal under international law".'
    )
    [quote] = quotes_in(text, "en")
    assert quote.speaker == "A spokesperson for the British Foreign Office"


def test_a_quote_cue_reads_a_title_whose_fields_are_joined_with_dan() -> None:
    text = (
        "“Kapal pencuri ikan akan kami tenggelamkan,” kata Menteri Kelautan dan Perikanan "
        "Susi Pudjiastuti.\n"
        "“Kami tidak ragu,” ujar Menteri Koordinator Bidang Politik, Hukum, dan Keamanan "
        "Wiranto.\n"
    )
    quotes = quotes_in(text, "id")
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Susi Pudjiastuti", "Menteri Kelautan dan Perikanan"),
        ("Wiranto", "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("“We all miss him so much,” Benioff weighed in.", "en", "Benioff"),
        (
            "As Gaiman put it, “Had he taken the other road, we would have more books.”",
            "en",
            "Gaiman",
        ),
        (
            "Aviation analysts called it “the end of an era” for the airline.",
            "en",
            "Aviation analysts",
        ),
        ("“Jangan mengada-ada soal data impor,” ketus Darmin.", "id", "Darmin"),
        (
            "“Kami sangat prihatin dengan keputusan itu,” demikian pernyataan Misi Uni Afrika.",
            "id",
            "Misi Uni Afrika",
        ),
        (
            "“The importers pay the tariff,” Howard Gleckman, a senior fellow at a tax "
            "research centre, has written.",
            "en",
            "Howard Gleckman",
        ),
        (
            "“Kami resmi mengontrak pelatih baru hari ini,” demikian bunyi pernyataan resmi "
            "Jiangsu Suning.",
            "id",
            "Jiangsu Suning",
        ),
    ],
)
def test_less_common_attributions(text: str, language: str, speaker: str) -> None:
    """ "weighed in", "has written" and "demikian bunyi pernyataan resmi X" (so reads X's
    statement) attribute a quote as "said" does."""
    assert [q.speaker for q in quotes_in(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Employees of CBP were told on Friday. CBP announced new rules on Monday.\n"
            "“We will enforce them strictly,” the agency said in a statement.\n",
            "CBP",
        ),
        (
            "“The market is misreading the results,” said Jefferies analyst Jonathan "
            "Matuszewski.\n“That creates a buying opportunity,” the analyst said.\n",
            "Jonathan Matuszewski",
        ),
        (
            "“It is a serious matter,” said one legal expert.\n"
            "“His friendship with the banker is under scrutiny,” said the expert.\n",
            "the expert",
        ),
        (
            "“Rates will fall,” said New York Fed President John Williams.\n"
            "“Farmers are hurting,” said Farm Bureau President Zippy Duvall.\n"
            "“We will make a deal,” the president said.\n",
            "the president",
        ),
    ],
)
def test_the_agency_and_the_analyst_point_back(text: str, speaker: str) -> None:
    """ "the agency" is the organisation opening a sentence just before (and written
    mid-sentence too, so a name); "the analyst" is the one speaker before with that word in
    their role; with no such speaker, or several, the description stays."""
    assert quotes_in(text, "en")[-1].speaker == speaker


def test_ulasnya_and_tutur_dia_point_back_at_the_speaker() -> None:
    text = (
        "“Tersangka sudah kami tahan,” sambung Kabid Humas Polda Jabar Yusri Yunus.\n"
        "“Dari keterangan tersangka, uang itu dipakai untuk foya-foya,” ulasnya.\n"
        "“Kami masih mendalami kasus ini,” tutur dia.\n"
    )
    assert [q.speaker for q in quotes_in(text, "id")] == ["Yusri Yunus"] * 3


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # "the company" is not the person who opens the sentence before
        (
            "Apple reported record iPhone sales on Tuesday. Tim Cook told analysts that demand "
            "in China was strong. “We are thrilled with the results,” the company said. "
            "Analysts praised Tim Cook for the turnaround.",
            "en",
            "the company",
        ),
        # a vice president is not "the president"
        (
            "“We are ready for the talks,” said Vice President Mike Pence.\n"
            "“We will make a deal with China,” the president said on Twitter.\n",
            "en",
            "the president",
        ),
        # a capitalised word that only opens sentences is no organisation's name
        (
            "Whereupon the union met again on Friday.\n“We regret the decision,” the group said.\n",
            "en",
            "the group",
        ),
        # a law's article is no speaker
        (
            "“Setiap orang dilarang menyebarkan kebencian,” bunyi Pasal 28 ayat 2 UU ITE.",
            "id",
            None,
        ),
    ],
)
def test_descriptions_and_documents_after_review(
    text: str, language: str, speaker: str | None
) -> None:
    assert quotes_in(text, language)[-1].speaker == speaker


def test_a_given_name_comes_back_though_the_article_also_writes_it_at_a_place() -> None:
    """ "kata Basuki di Balai Kota": Basuki alone at a place is still Basuki, so
    "Gubernur DKI Basuki Tjahaja Purnama" keeps his given name."""
    text = (
        "“Kami akan menata ulang kawasan itu,” kata Gubernur DKI Basuki Tjahaja Purnama. "
        "“Warga sudah setuju,” kata Basuki di Balai Kota, Senin.\n"
    )
    quotes = analyze(article_from_text(text, "id")).quotes  # the pipeline restores it
    assert {q.speaker for q in quotes} == {"Basuki Tjahaja Purnama"}


def test_a_short_title_and_a_title_like_first_name_find_the_minister() -> None:
    """ "kata Menpora" is the Menteri Pemuda dan Olahraga the article named (a table of
    short titles); "Imam" of Imam Nahrawi is his first name after a full title, and
    "kata Imam" is him."""
    text = (
        "“Target kami 20 emas,” kata Menteri Pemuda dan Olahraga Imam Nahrawi di Jakarta.\n"
        "“Bonus akan berbeda,” kata Menpora.\n"
        "“Semua cabang kami dukung,” ujar Imam.\n"
    )
    assert [q.speaker for q in quotes_in(text, "id")] == ["Imam Nahrawi"] * 3


def test_a_quoted_paragraph_takes_the_speaker_of_the_next_one() -> None:
    """A paragraph that is only a quote, then a paragraph opening with a quote and its
    attribution: the news convention of one speaker over two paragraphs."""
    text = (
        "Pacquiao ingin bertanding lagi melawan Marquez.\n"
        "“Saya sangat ingin bertarung kembali lawan dia karena saya dikejutkan oleh satu "
        "pukulannya.”\n"
        "“Itulah risiko yang ada di dunia tinju,” kata Pacquiao.\n"
    )
    quotes = quotes_in(text, "id")
    assert [q.speaker for q in quotes] == ["Pacquiao", "Pacquiao"]
    assert quotes[0].confidence < quotes[1].confidence


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The risk remains low," said the Centers for Disease Control and Prevention.',
            "Centers for Disease Control and Prevention",
        ),
        (
            '"The risk remains low," the Department of Health and Human Services said.',
            "Department of Health and Human Services",
        ),
        (
            '"The rule stands," said the Securities and Exchange Commission.',
            "Securities and Exchange Commission",
        ),
        ('"We agree," the Health Ministry and Jokowi said.', "Jokowi"),
        ('"We welcome the ruling," said Jokowi and House Speaker Puan Maharani.', "Jokowi"),
        (
            '"We welcome it," said President Joko Widodo and Golkar Party chairman Airlangga '
            "Hartarto.",
            "Joko Widodo",
        ),
        ('"We agree," Trump and Biden said on Monday.', "Biden"),
    ],
)
def test_an_organisation_name_holds_its_and(text: str, speaker: str) -> None:
    """``and`` inside an organisation's name (an organisation word and ``of``/``for``
    before it, or an organisation word closing the name after it) does not cut the name;
    between a ministry and a person, two people, or before a title it still does."""
    assert [q.speaker for q in quotes_in(text, "en")] == [speaker]


def test_a_bare_title_is_the_one_speaker_whose_title_opens_with_it() -> None:
    """``kata Kasat`` after ``Kasat Reskrim Polres Jakarta Selatan AKBP Eko Hadi Santoso``
    spoke: him (only while one earlier speaker's title opens with it)."""
    text = (
        "“Awalnya pelaku hanya menggerayangi anak pertamanya,” kata Kasat Reskrim Polres "
        "Jakarta Selatan AKBP Eko Hadi Santoso, Minggu (18/9).\n"
        "Korban mengalami pencabulan sejak 26 Agustus.\n"
        "“Saat itu ibu korban ada di rumah tapi sedang tidur,” kata Kasat.\n"
    )
    assert [q.speaker for q in quotes_in(text, "id")] == ["Eko Hadi Santoso"] * 2
    two = text.replace(
        "Korban mengalami",
        "“Kami periksa saksi,” kata Kasat Intel Polres Jakarta Selatan Kompol Budi Santoso.\n"
        "Korban mengalami",
    )
    assert quotes_in(two, "id")[-1].speaker != "Eko Hadi Santoso"


def test_someone_described_then_named_after_a_comma_is_the_name() -> None:
    """``kata salah seorang petani tebu asal Kudus, Agus ditemui …``: Agus, not the place
    that ends the description (it was "Kabupaten Kudus")."""
    text = (
        "Puluhan petani tebu di Kabupaten Kudus berangkat ke Jakarta, Minggu.\n"
        '"Kami menuntut harga eceran tertinggi gula pasir dinaikkan," kata salah seorang '
        "petani tebu asal Kudus, Agus ditemui di sela-sela persiapan menuju Jakarta.\n"
    )
    quotes = quotes_in(text, "id")
    assert [(q.speaker, q.speaker_role) for q in quotes] == [("Agus", "petani tebu asal Kudus")]


def test_that_source_is_the_source_introduced_since_the_last_speaker() -> None:
    """``kata sumber itu`` after ``menurut laporan seorang sumber …``: the source, not the
    singer who spoke before; ``kata pria berkumis itu`` with no such introduction is still
    the one just named."""
    text = (
        '"Saya tidak pernah melihat laki-laki memakai cincin tunangan," kata Ed Sheeran.\n'
        "Sebelumnya, menurut laporan seorang sumber kepada The Sun, pasangan itu belum menikah.\n"
        '"Ed mengenakan cincin untuk menunjukkan komitmennya," kata sumber itu.\n'
    )
    assert [q.speaker for q in quotes_in(text, "id")] == ["Ed Sheeran", "seorang sumber"]
    named = (
        '"Kami sudah menangkap pelaku pencurian itu," kata Kapolsek Budi Santoso.\n'
        '"Dia mengaku sudah mencuri tiga kali," kata pria berkumis itu.\n'
    )
    assert [q.speaker for q in quotes_in(named, "id")] == ["Budi Santoso"] * 2


@pytest.mark.parametrize(
    "description",
    [
        "pria berusia 46 tahun itu",  # a number and its unit
        "pemain ‘Zoolander’ tersebut",  # a title in quotation marks
    ],
)
def test_a_longer_description_closed_by_a_demonstrative_points_back(description: str) -> None:
    text = (
        "Penyanyi Iwan Kurniawan menerima putusan hakim di Pengadilan Negeri Jakarta Barat.\n"
        '"Kami sudah siapkan pembelaan sejak awal," ujar Iwan kepada wartawan.\n'
        f'"Saya serahkan semuanya kepada kuasa hukum saya," ucap {description} kepada hakim.\n'
    )
    assert [q.speaker for q in quotes_in(text, "id")] == ["Iwan Kurniawan"] * 2


def test_a_relative_clause_closed_by_a_demonstrative_is_no_pointer_back() -> None:
    """``penumpang yang naik kereta tersebut``: the demonstrative closes the train; the
    passenger is someone new, not the railway's director who spoke before (review)."""
    text = (
        '"Kami mohon maaf atas keterlambatan," kata Direktur Utama KAI Didiek Hartantyo.\n'
        '"Kereta terlambat hampir dua jam," ujar penumpang yang naik kereta tersebut.\n'
    )
    assert [q.speaker for q in quotes_in(text, "id")][1] != "Didiek Hartantyo"


def test_a_nickname_in_the_description_names_the_speaker() -> None:
    """``kata pria yang akrab disapa Emil itu``: the one the article calls Emil, even when
    someone else spoke last; a nickname it never explains is still better than nobody."""
    text = (
        "Gubernur Ridwan Kamil alias Emil ingin mengundang aktor Lee Min-ho ke Bandung.\n"
        '"Saya sangat senang bisa datang," kata Lee Min-ho kepada wartawan.\n'
        '"Saya minta pemilik flyover mengundang dia," kata pria yang akrab disapa Emil itu.\n'
    )
    assert [q.speaker for q in quotes_in(text, "id")] == ["Lee Min-ho", "Ridwan Kamil"]
    unexplained = (
        "Pasangan ganda campuran itu menang dua gim langsung.\n"
        '"Kami langsung menyesuaikan diri," tutur pebulu tangkis yang akrab disapa Owi itu.\n'
    )
    assert [q.speaker for q in quotes_in(unexplained, "id")] == ["Owi"]


def test_a_description_whose_name_follows_is_no_pointer_back() -> None:
    """``menurut dosen … yang mendesain jembatan kaca tersebut, Lukito …``: the
    demonstrative ends the bridge, and the lecturer is named after the comma."""
    text = (
        '"Jembatan ini dibangun selama tiga bulan," kata Kepala Desa Sumber Rejo Budi Hartono.\n'
        "Menurut dosen pembimbing kedua mahasiswa UMM yang mendesain jembatan kaca tersebut, "
        "Lukito Prasetyo, jembatan kaca ini tidak hanya indah tetapi juga kuat.\n"
    )
    statements = analyze(article_from_text(text, "id")).statements
    assert "Budi Hartono" not in [s.speaker for s in statements]


def test_a_time_word_opening_a_sentence_is_no_speaker() -> None:
    text = (
        "“Bumbu Gandul itu, semua yang ada di dapur masuk dalam kuah,” ujar Sutopo.\n"
        "Sehari, warung Nasi Gandul Pak Meled bisa menjual daging hingga 10 kilogram. “Tapi "
        "kalau Hari Raya, bisa jual sampai 30 kilogram.”\n"
    )
    assert "Sehari" not in [q.speaker for q in quotes_in(text, "id")]


def test_melanjutkan_before_a_quote_names_its_speaker() -> None:
    text = (
        '"Saya berada di kamar ketika membaca naskah," kata Maisie Williams.\n'
        'Maisie melanjutkan, "Membaca naskah akhir itu menakjubkan. Ketika awal membaca, '
        'saya terkejut."\n'
    )
    assert [q.speaker for q in quotes_in(text, "id")] == ["Maisie Williams"] * 2


def test_an_acronym_after_the_cue_speaks_and_initials_find_their_person() -> None:
    """``kata KPK`` is the commission speaking; ``terang RD`` is the one titled person
    whose names start R… D… (Rahmad Darmawan); ``AC/DC`` is no acronym speaker."""
    assert [q.speaker for q in quotes_in('"Kami memeriksa saksi," kata KPK kemarin.', "id")] == [
        "KPK"
    ]
    coach = (
        "Pelatih Timnas U-22 Rahmad Darmawan menilai Malaysia kuat.\n"
        '"Kekuatan mereka ada dalam organisasi pertahanan," terang RD melalui pesan singkat.\n'
    )
    assert [q.speaker for q in analyze(article_from_text(coach, "id")).quotes] == [
        "Rahmad Darmawan"
    ]
    band = '"Dengan rasa sedih kami kabarkan kematian Malcolm Young," tulis AC/DC di situsnya.'
    assert all(q.speaker != "AC" for q in quotes_in(band, "id"))


def test_a_bare_title_does_not_open_a_compound_title_nor_an_appositive_description() -> None:
    """``kata Presiden`` is not the earlier "Presiden Direktur" (a compound title); ``kata
    petani itu`` after ``kata Budi, seorang petani`` is Budi, whose description it was."""
    text = (
        '"Semua pihak harus menahan diri," kata Presiden Direktur PT Garuda Indonesia Irfan '
        "Setiaputra.\nPresiden Joko Widodo juga meminta maskapai menurunkan harga tiket.\n"
        '"Harga tiket harus turun," kata Presiden.\n'
    )
    assert quotes_in(text, "id")[-1].speaker != "Irfan Setiaputra"
    farmer = (
        '"Harga pupuk naik terus," kata Budi, seorang petani di Kudus.\n'
        '"Kami rugi besar tahun ini," kata petani itu.\n'
    )
    assert [q.speaker for q in quotes_in(farmer, "id")] == ["Budi", "Budi"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We will act," said Securities and Exchange Commission chairman Gary Gensler.',
            "Gary Gensler",
        ),
        (
            '"We will act," said Centers for Disease Control and Prevention Director Rochelle '
            "Walensky.",
            "Rochelle Walensky",
        ),
        (
            '"The vaccine works," said National Institutes of Health Director Francis Collins.',
            "Francis Collins",
        ),
        (
            '"The show sold out," said one of the organisers of the festival, Paris Hilton.',
            "Paris Hilton",
        ),
    ],
)
def test_a_title_after_an_organisation_with_and_keeps_its_holder(text: str, speaker: str) -> None:
    """The title after a body's name (with "and" or a plural in it) is followed by its
    holder; a surname that is also a place (Hilton) still names a person."""
    assert [q.speaker for q in quotes_in(text, "en")] == [speaker]


def test_initials_given_to_someone_unnamed_or_known_as_a_body_are_no_titled_person() -> None:
    """``seorang pria berinisial AS`` is a suspect, not Kapolsek Agus Santoso; ``BI`` is
    Bank Indonesia, not Budi Irawan."""
    suspect = (
        "Polisi menangkap seorang pria berinisial AS di Cempaka Putih. Kapolsek Cempaka Putih "
        "AKP Agus Santoso mengatakan pelaku sudah lama diintai.\n"
        '"Saya khilaf dan menyesal," kata AS di kantor polisi.\n'
    )
    assert [q.speaker for q in analyze(article_from_text(suspect, "id")).quotes] == ["AS"]
    bank = (
        "Gubernur Bank Indonesia Perry Warjiyo hadir. Direktur Eksekutif Budi Irawan juga "
        'hadir.\n"Inflasi terkendali," kata BI dalam keterangan tertulis.\n'
    )
    assert [q.speaker for q in analyze(article_from_text(bank, "id")).quotes] == ["BI"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Ada beberapa tipe pemain," sanggah Jorgensen.', "Jorgensen"),
        ('"Mari bernyanyi bersama malam ini," teriak Marshmello.', "Marshmello"),
    ],
)
def test_rarer_indonesian_speech_verbs_attribute(text: str, speaker: str | None) -> None:
    assert analyze(article_from_text(text, "id")).quotes[0].speaker == speaker


def test_a_quote_continued_after_a_rare_cue_keeps_its_speaker() -> None:
    text = (
        '"Nyatanya, ada beberapa tipe pemain dalam game," sanggah Jorgensen. "Beberapa '
        'dari mereka punya lebih banyak uang dibanding waktu."'
    )
    assert [x.speaker for x in analyze(article_from_text(text, "id")).quotes] == [
        "Jorgensen",
        "Jorgensen",
    ]


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("demikian tulis Messi dalam akun Instagram-nya.", "Messi"),
        ("demikian Presiden Joko Widodo, mengonfirmasi rencana kehadirannya.", "Joko Widodo"),
        ("kata akun @ahmad_sopandii.", "@ahmad_sopandii"),
        ("tulis akun bernama @baby.ivanovaa di Instagram.", "@baby.ivanovaa"),
    ],
)
def test_demikian_and_a_handle_after_a_quote_name_its_speaker(after: str, speaker: str) -> None:
    text = f'"Sungguh sebuah kehormatan besar bisa bermain bersamamu," {after}\n'
    assert [q.speaker for q in quotes_in(text, "id")] == [speaker]


def test_an_english_handle_after_a_quote_speaks() -> None:
    text = '"We will be there tomorrow morning," wrote Twitter user @jdoe_99.\n'
    assert [q.speaker for q in quotes_in(text, "en")] == ["@jdoe_99"]


def test_demikian_after_a_report_attributes_it_to_the_agency() -> None:
    text = (
        "De Boer, yang menggantikan Sam Allardyce di klub London itu, telah kalah dalam "
        "empat pertandingan liga, demikian Reuters.\n"
    )
    statements = analyze(article_from_text(text, "id")).statements
    assert [s.speaker for s in statements] == ["Reuters"]


def test_the_age_or_a_modified_surname_points_to_the_named_person() -> None:
    """``the 56-year-old said`` is the one person the article gives that age (``Jose
    Mourinho, 56,``); ``the 14th-ranked Schwartzman`` is Diego Schwartzman."""
    text = (
        '"We have a great squad," said Jose Mourinho, 56, on Wednesday.\n'
        '"I am very happy to be here," the 56-year-old said.\n'
        "Rafael Nadal beat Diego Schwartzman in the quarterfinal.\n"
        '"We played well today," the 14th-ranked Schwartzman said after the match.\n'
    )
    assert [q.speaker for q in quotes_in(text, "en")] == [
        "Jose Mourinho",
        "Jose Mourinho",
        "Diego Schwartzman",
    ]


def test_the_new_ceo_is_no_surname() -> None:
    text = (
        "Apple CEO Tim Cook left on Monday and the board named his successor.\n"
        '"We will keep building," the company\'s new CEO said.\n'
    )
    assert "CEO" not in [q.speaker for q in quotes_in(text, "en")]


def test_a_legal_suffix_after_a_comma_stays_in_the_company_name() -> None:
    text = (
        "Steve Menet, Senior Vice President of Sales for Dräger, Inc., says: “Effective "
        "clinical alarm management continues to be a high focus for hospitals.”\n"
    )
    quotes = quotes_in(text, "en")
    assert [q.speaker for q in quotes] == ["Steve Menet"]
    assert quotes[0].speaker_role is not None and "Dräger" in quotes[0].speaker_role


def test_a_quoted_fragment_is_the_words_of_the_person_opening_its_sentence() -> None:
    text = (
        '"This is our problem," Governor Kristi Noem said.\n'
        'Noem called the new campaign a "bold, innovative effort like the nation has never '
        'before seen."\n'
        "Noem signed a deal with Universal, and The Carlyle Group will be left to wonder: "
        '"what did we do to deserve this?"\n'
    )
    quotes = quotes_in(text, "en")
    assert [q.speaker for q in quotes] == ["Kristi Noem", "Kristi Noem", None]


def test_the_same_speaker_quoted_twice_in_the_same_words_is_proposed_once() -> None:
    text = (
        '"Perceraian ini memang bukan hal yang baik," ujar Lucky Santoso.\n'
        "Ia mengaku bahwa keputusannya adalah yang terbaik.\n"
        '"Kita akan jumpa di pengadilan. Perceraian ini memang bukan hal yang baik," '
        "lanjut Lucky.\n"
    )
    quotes = quotes_in(text, "id")
    assert [q.speaker for q in quotes] == ["Lucky Santoso"]
    assert quotes[0].text.startswith("Kita akan jumpa")
    short = '"No," he said. "No. You tell me one, and I will tell it to somebody else."\n'
    assert len(quotes_in(short, "en")) == 2  # one word again is a second answer, not an echo


def test_the_actor_is_the_earlier_speaker_so_described_not_someone_elses_relative() -> None:
    text = (
        '"It was hard," said actor James Van Der Beek.\n'
        '"It makes you more human," said the actor.\n'
        "Police arrested a suspect on Friday.\n"
        '"She was brave, strong and smart," the victim\'s mother said.\n'
    )
    assert [q.speaker for q in quotes_in(text, "en")] == [
        "James Van Der Beek",
        "James Van Der Beek",
        "the victim's mother",
    ]


def test_rilis_after_a_quote_names_the_body_that_released_it() -> None:
    text = '"Dengan penyesalan mendalam klub harus mengumumkan bahwa Ryan pensiun," rilis Hull.\n'
    assert [q.speaker for q in quotes_in(text, "id")] == ["Hull"]


def test_an_age_or_a_person_noun_without_its_holder_stays_the_description() -> None:
    """The rookie named just before has not spoken, and the driver is not the police
    chief who spoke (review): the description stays, no wrong name."""
    text = (
        "Rookie quarterback Jake Miller threw two interceptions.\n"
        '"We must be better," coach Mike Tomlin said.\n'
        '"It was on me," the 22-year-old said.\n'
        '"We caught him," police chief Mark Davis said.\n'
        '"I could not stop it," the driver said.\n'
    )
    speakers = [q.speaker for q in quotes_in(text, "en")]
    assert speakers[1] == "the 22-year-old"
    assert speakers[3] == "the driver"


def test_a_fragment_after_someone_elses_verb_is_not_the_openers() -> None:
    text = (
        '"We will fight," Elon Musk said.\n'
        'Musk has faced what regulators called "a troubling pattern of disregard for rules."\n'
    )
    assert [q.speaker for q in quotes_in(text, "en")] == ["Elon Musk", None]


def test_demikian_before_a_document_is_no_speaker() -> None:
    text = (
        '"Kami akan menjalankan putusan itu," kata Ketua Umum PSSI Erick Thohir.\n'
        '"Federasi wajib menjalankan putusan komite banding," demikian isi surat tersebut.\n'
    )
    assert [q.speaker for q in quotes_in(text, "id")][1] is None


def test_indonesian_answers_and_stresses_attribute_quotes() -> None:
    """``X menjawab, “…”``, ``“…,” tekan X``, and English office titles in Indonesian text
    (``Media Officer Persib, Irfan …``) name their speakers."""
    text = (
        "Bek kiri Andi Kurniawan pindah ke klub rival pada 2016.\n"
        "Ketika ditanya apakah ia menyesal, Andi menjawab, “Jika boleh jujur, tidak sama "
        "sekali. Saya bahagia di sini.”\n"
        "“Cantrang itu cara beroperasinya menggaruk dasar laut. Itu merusak,” tekan Menteri "
        "Kelautan dan Perikanan Sri Wahyuni.\n"
        "“Pelatih bilang keluarga yang memintanya mundur karena tekanan,” ujar Media Officer "
        "Persib, Irfan Suryadi kepada wartawan, Selasa (6/6).\n"
    )
    quotes = quotes_in(text, "id")
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Andi Kurniawan", None),
        ("Sri Wahyuni", "Menteri Kelautan dan Perikanan"),
        ("Irfan Suryadi", "Media Officer Persib"),
    ]


def test_a_cue_that_opens_the_next_quote_does_not_attribute_the_one_before() -> None:
    """``“… sekali.” Andi menimpali, “…”``: Andi speaks the second quote; the first is
    Budi's. ``“A,” Benioff said, “B”`` (a comma inside the first) stays one speaker's."""
    indonesian = (
        "Budi Santoso menjawab, “Saya tidak tahu soal dana itu sama sekali.” Andi Wijaya "
        "menimpali, “Saya juga tidak pernah melihat dana itu.”\n"
    )
    assert [q.speaker for q in quotes_in(indonesian, "id")] == ["Budi Santoso", "Andi Wijaya"]
    english = (
        '"We all miss Steve so much," Benioff weighed in, telling Cook, "since he passed, '
        'you have been so true to him."\n'
    )
    assert [q.speaker for q in quotes_in(english, "en")] == ["Benioff", "Benioff"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Program itu dinamai “Indonesia Emas,” ujarnya.", "id"),
        ("Program itu dikenali sebagai “Rumah Mampu Milik,” katanya.", "ms"),
        ("Der Begriff „Zeitenwende“, sagte er, sei überstrapaziert.", "de"),
    ],
)
def test_a_short_name_inside_a_sentence_is_no_quote_before_a_pronoun_cue(
    text: str, language: str
) -> None:
    assert quotes_in(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Der Sozialverband begrüßte den Beschluss. Verbandspräsidentin Monika Hartwig: "
            "„Endlich bekommen Millionen Rentner Planungssicherheit.“",
            "de",
            "Monika Hartwig",
        ),
        ('Party leader Jane Smith: "We will win this election."', "en", "Jane Smith"),
        ("La ministre Claire Dupont : « Nous tiendrons nos engagements. »", "fr", "Claire Dupont"),
        (
            "Auch Präsident Hubertus Engel geriet in die Kritik. Er verteidigte die "
            "Transferpolitik: „Wir haben in Qualität investiert.“",
            "de",
            "Hubertus Engel",
        ),
    ],
)
def test_a_quote_led_in_by_a_colon_is_its_lead_s_speaker(
    text: str, language: str, speaker: str
) -> None:
    """``Name: „…“`` and ``Er verteidigte …: „…“``: the colon stands for the speech verb."""
    quotes = analyze(article_from_text(text, language)).quotes
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Das Motto der Kampagne: „Gemeinsam schaffen wir das noch.“", "de"),
        (
            "She apologizes to her family, her children, and the entire life she tried to "
            'escape: "I pushed you away, put a pin in a map."',
            "en",
        ),
    ],
)
def test_a_colon_after_a_thing_or_a_long_clause_names_no_speaker(text: str, language: str) -> None:
    assert [q.speaker for q in analyze(article_from_text(text, language)).quotes] == [None]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Branchenexperte Jens Oberhauser rechnet mit Kürzungen. Allein in diesem Jahr "
            "hätten Zulieferer 50.000 Stellen gestrichen, sagte er. „Das Schlimmste steht uns "
            "noch bevor.“",
            "de",
            "Jens Oberhauser",
        ),
        (
            "Prices will rise again next year, said John Smith, an economist. "
            '"It is going to be a hard winter for families."',
            "en",
            "John Smith",
        ),
    ],
)
def test_a_quote_after_a_sentence_closed_by_its_attribution_goes_on_with_it(
    text: str, language: str, speaker: str
) -> None:
    quotes = analyze(article_from_text(text, language)).quotes
    assert [q.speaker for q in quotes] == [speaker]
