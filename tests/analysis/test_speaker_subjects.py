"""A pronoun after a sentence that introduces someone by title and name is that person;
not after a headline line, a description or an organisation."""

from __future__ import annotations

import pytest

from briefing.analysis.pipeline import analyze
from tests.analysis.helpers import article_from_text


def speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in analyze(article_from_text(text, language)).quotes]


def test_a_title_with_its_acronym_in_brackets_introduces_the_next_speaker() -> None:
    text = (
        "Polda Metro Jaya meminta sidang ditunda.\n"
        '"Ini pertimbangan keamanan saja," kata Kabid Humas Polda Metro Jaya Kombes '
        "Raden Prabowo Argo Yuwono.\n"
        "Sementara, Ketua Dewan Kehormatan Penyelenggara Pemilu (DKPP) Jimly Asshiddiqie "
        "mendukung permintaan itu agar sidang ditunda.\n"
        '"Saya dukung kalau ada rencana Polri," ujar dia di Jakarta.\n'
    )
    assert speakers(text, "id") == ["Raden Prabowo Argo Yuwono", "Jimly Asshiddiqie"]


def test_a_titled_subject_before_a_phrase_and_a_verb_is_the_pronoun() -> None:
    text = (
        "Militer Swiss mencari jet tempur yang hilang ketika latihan pada Senin.\n"
        "Komandan Angkatan Udara Swiss Aldo Schellenberg dalam konferensi pers mengatakan "
        "bahwa ia terkejut oleh insiden ini.\n"
        '"Kita berharap dan berdoa," kata dia ketika ditanya.\n'
    )
    assert speakers(text, "id") == ["Aldo Schellenberg"]


def test_an_english_titled_subject_is_the_he_of_the_next_sentence() -> None:
    text = (
        '"Rosalynn and I are saddened," Carter said in a statement.\n'
        'Former President Barack Obama called Brzezinski "a capable public servant."\n'
        'He added, "His influence spanned decades."\n'
    )
    assert speakers(text, "en")[-1] == "Barack Obama"


def test_a_description_with_a_demonstrative_is_not_a_new_subject() -> None:
    """``Mantan Kapolda Metro Jaya ini`` is Tito again: the words after the title are
    no name."""
    text = (
        '"Kami siapkan pos terpadu," kata Kapolri Jenderal Tito Karnavian di Semarang.\n'
        "Mantan Kapolda Metro Jaya ini berharap tidak ada kecelakaan pada arus mudik.\n"
        '"Libur sekolah mulai 19 Juni," ujarnya.\n'
    )
    assert speakers(text, "id") == ["Tito Karnavian", "Tito Karnavian"]


def test_a_headline_line_is_not_a_subject() -> None:
    text = (
        '"Puasa tidak menghalangi saya untuk syuting setiap hari," kata aktris Salshabilla '
        "Adriani di Jakarta.\n"
        "Baca juga:\n"
        "Yana Zein Bersyukur Diberikan Mukjizat Berupa Kesembuhan\n"
        '"Haus kali, ya. Emosi masih bisa ditahan, ya," tutupnya.\n'
    )
    assert speakers(text, "id") == ["Salshabilla Adriani", "Salshabilla Adriani"]


def test_a_place_after_a_title_is_not_a_person() -> None:
    """The name tagger reads ``Jakarta Utara`` after a title as no person: the last
    speaker stays."""
    text = (
        '"Kami siapkan pos terpadu di jalur mudik," kata Kapolri Jenderal Tito Karnavian.\n'
        "Pemerintah Kota Jakarta Utara menyiapkan tenda.\n"
        '"Libur sekolah mulai 19 Juni," ujarnya.\n'
    )
    assert speakers(text, "id") == ["Tito Karnavian"] * 2


def test_a_sentence_opened_by_a_known_persons_surname_is_the_he_after_it() -> None:
    text = (
        "Two veterans testified on Tuesday: former astronaut Tom Stafford and Tom Young, a "
        "former Lockheed Martin executive.\n"
        "“If you don’t have a big booster, you’re not going to make it,” Stafford said. “You "
        "have to have a big shroud,” he said.\n"
        "Young, in his testimony, didn’t address the rockets, but did criticize what he called "
        "“experiments” in procurement. “Managing and contracting experiments must be excluded "
        "from the Mars-Moon program,” he said.\n"
    )
    assert speakers(text, "en")[-1] == "Tom Young"


def test_someone_unnamed_between_stops_the_look_back() -> None:
    """``Seorang musisi … menulis`` between the surname sentence and ``ujarnya``: the
    unnamed musician, not the producer named before."""
    text = (
        "Ratusan perempuan melaporkan pelecehan oleh produser besar Harvey Weinstein.\n"
        "Weinstein melecehkan lebih dari 100 perempuan selama dua dekade.\n"
        "Seorang musisi misalnya, menulis bahwa ia menjadi korban di Oslo.\n"
        '"Saya pikir ini sesuatu yang biasa dan tidak layak ditanggapi," ujarnya.\n'
    )
    assert speakers(text, "id") == [None]


def test_an_opening_connective_does_not_hide_a_known_subject() -> None:
    """``Sementara itu, Azwar Anas menilai …`` before ``ujarnya``: Azwar Anas, not the
    last speaker."""
    text = (
        '"Kami akan mengevaluasi dukungan itu," kata Ketua DPP PDIP Andreas Hugo Pereira.\n'
        '"Semua masih kami bahas bersama," kata Bupati Banyuwangi Abdullah Azwar Anas.\n'
        '"Keputusan ada di tangan ketua umum," ujar Andreas.\n'
        "Sementara itu, Azwar Anas menilai polemik itu bagian dari dinamika politik.\n"
        '"Ada sejumlah upaya pembunuhan karakter, saya sudah biasa," ujarnya di Surabaya.\n'
    )
    assert speakers(text, "id")[-1] == "Azwar Anas"


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            '"Kami menolak revisi undang-undang itu," kata peneliti ICW Kurnia Ramadhana.\n'
            "Ketua KPK Firli Bahuri dilaporkan ke Dewan Pengawas pekan lalu.\n"
            '"Ini bukti bahwa pimpinan KPK bermasalah," ujarnya.\n',
            "id",
            "Kurnia Ramadhana",
        ),
        (
            '"This case is unprecedented," said law professor John Smith.\n'
            "Former President Donald Trump was indicted on Thursday in New York.\n"
            '"No one is above the law," he said.\n',
            "en",
            "John Smith",
        ),
        (
            '"Pelaku kami tangkap di rumahnya," kata Kapolsek Cibinong AKP Budi Santoso.\n'
            "Seorang pria berinisial AS ditangkap karena mencuri sepeda motor tetangganya.\n"
            '"Dia sudah tiga kali mencuri," ujarnya.\n',
            "id",
            "Budi Santoso",
        ),
    ],
)
def test_someone_acted_on_is_not_the_pronoun(text: str, language: str, speaker: str) -> None:
    """A titled person, or someone unnamed, followed by a passive verb (``dilaporkan``,
    ``was indicted``, ``ditangkap``) is what the story is about, not who speaks next."""
    assert speakers(text, language)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            '"Rates will stay," said analyst John Smith of Mandiri.\n'
            "Bank Indonesia Governor Perry Warjiyo is optimistic the economy will grow.\n"
            '"We see strong demand," he said.\n',
            "en",
            "Perry Warjiyo",
        ),
        (
            '"Kami siaga," kata Kepala BPBD Jawa Barat Dani Ramdan.\n'
            "Gubernur Jawa Barat Ridwan Kamil didampingi Kapolda meninjau lokasi banjir.\n"
            '"Kami akan membangun tanggul baru," ujarnya.\n',
            "id",
            "Ridwan Kamil",
        ),
    ],
)
def test_a_verb_that_is_no_arrest_or_charge_keeps_the_subject(
    text: str, language: str, speaker: str
) -> None:
    """``is optimistic``, ``didampingi`` (accompanied): the subject still speaks next;
    only the table's acted-on verbs (arrested, charged, reported …) make him the story's
    object."""
    assert speakers(text, language)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "language", "speaker", "role"),
    [
        (
            "Die ehemalige Bundeskanzlerin Angela Merkel verteidigte ihre Politik. "
            "„Ich bereue nichts“, sagte sie.",
            "de",
            "Angela Merkel",
            "Bundeskanzlerin",
        ),
        (
            "The former finance minister John Banda visited the plant on Monday. "
            '"We will not give up," he said.',
            "en",
            "John Banda",
            "former finance minister",
        ),
    ],
)
def test_a_title_opened_by_lower_case_words_introduces_the_next_speaker(
    text: str, language: str, speaker: str, role: str
) -> None:
    """``ehemalige``, ``former finance``: lower-case words of the title before the name."""
    quotes = analyze(article_from_text(text, language)).quotes
    assert [(q.speaker, q.speaker_role) for q in quotes] == [(speaker, role)]


def test_a_verb_after_the_name_does_not_lead_into_a_role() -> None:
    """``criticó al ministro``: the president, not a run across the verb to the minister."""
    text = (
        "El presidente Carlos Ortega criticó al ministro Luis Herrera. "
        "«No vamos a dejar a nadie atrás en esta crisis tan dura», respondió."
    )
    assert speakers(text, "es") == ["Carlos Ortega"]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "El ministro Carlos Cuerpo celebró el dato.\n"
            "La portavoz de la Organización de Consumidores y Usuarios (OCU), Ileana "
            'Izverniceanu, recordó que la cesta acumula una subida. "Las familias siguen '
            'destinando una parte muy alta de su presupuesto a la alimentación", dijo.',
            "es",
            "Ileana Izverniceanu",
        ),
        (
            '"Kami akan kekal waspada sepanjang musim tengkujuh ini," kata Timbalan Perdana '
            "Menteri Datuk Seri Ahmad Zahid Hamidi.\n"
            "Sementara itu, Ketua Pengarah Jabatan Meteorologi Malaysia (MetMalaysia), Dr "
            "Mohd Hisham Mohd Anip, memberi amaran hujan lebat berterusan.\n"
            '"Paras air sudah melepasi paras bahaya," ujarnya.',
            "ms",
            "Mohd Hisham Mohd Anip",
        ),
    ],
)
def test_an_appositive_after_a_connective_or_with_a_bracketed_name_is_the_subject(
    text: str, language: str, speaker: str
) -> None:
    """``Sementara itu, <title> (MetMalaysia), Dr <name>, …``: the connective, the body's
    short name in brackets and the honorific do not hide the subject a pronoun means."""
    assert speakers(text, language)[-1] == speaker


def test_malay_honorifics_are_neither_role_nor_name() -> None:
    text = (
        "Timbalan Presiden Dewan Perniagaan dan Perindustrian Malaysia, Tan Sri Lim Kok "
        "Cheong, berkata sektor itu memerlukan insentif.\n"
        '"Kos operasi meningkat hampir 20 peratus," katanya.\n'
        '"Kami akan kekal waspada," kata Perdana Menteri Datuk Seri Anwar Ibrahim.\n'
    )
    result = analyze(article_from_text(text, "ms"))
    assert [(q.speaker, q.speaker_role) for q in result.quotes] == [
        ("Lim Kok Cheong", "Timbalan Presiden Dewan Perniagaan dan Perindustrian Malaysia"),
        ("Anwar Ibrahim", "Perdana Menteri"),
    ]
    roles = {a.name: a.role for a in result.actors if a.kind == "person"}
    assert roles["Anwar Ibrahim"] == "Perdana Menteri"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Manchester United, a club in crisis, sacked its manager. “It was necessary,” he said.",
            "en",
        ),
        (
            "Real Madrid, un club histórico, perdió la final. «Fue un mal día para todos», dijo.",
            "es",
        ),
        (
            "Unterdessen sagte der Präsident des Deutschen Wetterdienstes, Gerhard Adrian, die "
            "Lage bleibe ernst. „Wir brauchen Regen“, sagte er.",
            "de",
        ),
    ],
)
def test_a_club_or_a_connective_is_no_subject_for_a_pronoun(text: str, language: str) -> None:
    """``<Name>, a …,`` makes a subject only with a person's given name; a sentence's
    opening connective (``Unterdessen``) is nobody."""
    assert speakers(text, language) == [None]


def test_a_title_and_honorifics_before_a_three_word_malay_name() -> None:
    text = (
        "Datuk Bandar Kuala Lumpur Datuk Seri Maimunah Mohd Sharif berkata kerja itu akan "
        "bermula minggu depan.\n“Kerja bermula minggu depan,” katanya.\n"
    )
    quotes = analyze(article_from_text(text, "ms")).quotes
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Maimunah Mohd Sharif", "Datuk Bandar Kuala Lumpur")
    ]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Министр иностранных дел России Сергей Лавров провёл переговоры в Анкаре. "
            "«Мы договорились», — сказал он.",
            "ru",
            "Сергей Лавров",
        ),
        (
            "Министр финансов Антон Силуанов выступил в Думе во вторник. "
            "«Бюджет будет сбалансирован», — сказал он.",
            "ru",
            "Антон Силуанов",
        ),
        (
            "Le ministre de l’Intérieur Gérald Darmanin a présenté le plan mardi. "
            "« Il n’y aura aucune zone sans surveillance », a-t-il déclaré.",
            "fr",
            "Gérald Darmanin",
        ),
    ],
)
def test_a_title_with_a_lower_case_complement_introduces_the_pronouns_person(
    text: str, language: str, speaker: str
) -> None:
    """The title's complement (``иностранных дел России``, ``de l’Intérieur``) runs up
    to a known given name: the holder opens the sentence."""
    assert speakers(text, language) == [speaker]


def test_a_verb_after_a_titled_name_does_not_join_the_next_name() -> None:
    """``criticó al ministro Luis Herrera`` is what the president did: the pronoun-less
    cue after the quote is still his."""
    text = (
        "El presidente Carlos Ortega criticó al ministro Luis Herrera. "
        "«No vamos a dejar a nadie atrás», respondió."
    )
    assert speakers(text, "es") == ["Carlos Ortega"]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Антон Силуанов выступил в Думе. «Бюджет будет сбалансирован», — сказал он.",
            "ru",
            "Антон Силуанов",
        ),
        (
            'Pedro Sánchez presentó el presupuesto el martes. "No habrá subida", afirmó.',
            "es",
            "Pedro Sánchez",
        ),
        (
            'Fernando Haddad apresentou o orçamento. "Não haverá aumento", disse.',
            "pt",
            "Fernando Haddad",
        ),
    ],
)
def test_a_dash_or_a_cue_without_subject_after_the_quote_points_back(
    text: str, language: str, speaker: str
) -> None:
    """``», — сказал он`` (a dash before the cue) and ``", afirmó.`` (the subject is in
    the verb) attribute the quote to the person who opened the sentence before."""
    assert speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Marine Tondelier a présenté son programme mardi. "
            "« Il n’y aura pas de hausse », a-t-elle déclaré.",
            "Marine Tondelier",
        ),
        (
            "Marine Le Pen a présenté son programme mardi. "
            "« Il n’y aura pas de hausse », a-t-il déclaré.",
            None,
        ),
    ],
)
def test_an_inverted_french_pronoun_points_back_to_a_person_of_its_gender(
    text: str, speaker: str | None
) -> None:
    """``a-t-elle déclaré`` after a sentence a person opens is hers; ``a-t-il`` is not a
    woman's (Marine is a woman's given name): better no speaker than a wrong one."""
    assert speakers(text, "fr") == [speaker]


def test_a_pronoun_after_reported_speech_is_its_speaker() -> None:
    """``Marine Le Pen a prévenu que …. Selon elle, cette mesure « … »``: the person who
    just reported something, not the speaker of the quote before."""
    text = (
        "« Ce gouvernement n'a aucune légitimité », a lancé Mathilde Panot.\n"
        "Du côté du Rassemblement national, Marine Le Pen a prévenu que son groupe "
        "pourrait voter la censure. Selon elle, cette mesure « frappe les plus modestes »."
    )
    assert speakers(text, "fr") == ["Mathilde Panot", "Marine Le Pen"]


def test_a_reporting_subject_deep_in_a_sentence_is_not_the_next_pronoun() -> None:
    """The subject of a clause further on (``…, sehingga Menteri X menilai …``) is no
    sentence's subject: the quote after it, which speaks of the minister in the third
    person, stays with the official who spoke before."""
    text = (
        '"Kami akan mendata semua kapal," kata Direktur Jenderal Perikanan Budi Santoso.\n'
        "Masalahnya, terumbu karang kerap ikut rusak oleh alat tangkap itu, sehingga "
        "Menteri Kelautan Rina Wulandari menilai alat itu harus dilarang.\n"
        '"Kan ada aturan Ibu Menteri, alat itu dilarang, jadi kami sediakan gantinya," '
        "katanya."
    )
    assert speakers(text, "id") == ["Budi Santoso", "Budi Santoso"]


def test_the_title_after_a_titled_subject_is_that_person() -> None:
    """``the senator said`` after ``Republican Senator Lindsey Graham criticized …``:
    the person a sentence before introduced with the title, though he has not spoken."""
    text = (
        "Republican Senator Lindsey Graham criticized the deal on Sunday.\n"
        '"It rewards bad behavior," the senator said.\n'
    )
    assert speakers(text, "en") == ["Lindsey Graham"]


def test_a_bare_title_in_a_language_without_articles_is_the_titled_subject() -> None:
    """``— сказал министр`` after ``Министр иностранных дел России Сергей Лавров провёл
    …``: Russian has no article to mark the title as referring back."""
    text = (
        "Министр иностранных дел России Сергей Лавров провёл переговоры в Анкаре. "
        "«Мы договорились», — сказал министр."
    )
    assert speakers(text, "ru") == ["Сергей Лавров"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "THW-Sprecherin Lena Vogt sagte, viele Helfer seien im Einsatz.\n\n"
            "Anwohnerin Gisela Brunner, 64, hat ihr Haus zum dritten Mal verloren. "
            "„2013 dachten wir, das passiert nur einmal im Leben“, sagte sie.",
            "Gisela Brunner",
        ),
        (
            "Oberhofer äußerte sich in einer Mitteilung. „Ich danke den Fans“, schrieb er.\n\n"
            "Kapitän Jonas Feld räumte ein, dass die Mannschaft Mitverantwortung trage. "
            "„Wir Spieler müssen uns an die eigene Nase fassen“, sagte er.",
            "Jonas Feld",
        ),
    ],
)
def test_a_person_described_by_capitalised_nouns_opens_the_sentence(
    text: str, speaker: str
) -> None:
    """German writes every noun with a capital: ``Anwohnerin Gisela Brunner, 64, hat …``
    introduces the person a later ``sagte sie`` means, not the last one who spoke."""
    quotes = analyze(article_from_text(text, "de")).quotes
    assert quotes[-1].speaker == speaker
