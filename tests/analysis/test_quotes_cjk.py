"""Quotes in Chinese, Japanese and Korean: who said them, by the verbs and particles that
touch the quote marks."""

from __future__ import annotations

import pytest

from briefing.analysis import analyze
from tests.analysis.helpers import article_from_text


def quotes_of(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    analysis = analyze(article_from_text(text, language))
    assert all(text[q.start : q.end] == q.text for q in analysis.quotes)
    return [(q.text, q.speaker, q.speaker_role) for q in analysis.quotes]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Chinese: speaker and verb before the quote, the office before the name
        (
            "zh",
            "外交部发言人毛宁24日在例行记者会上表示：“中方一贯主张通过对话解决争端。”",
            [("中方一贯主张通过对话解决争端。", "毛宁", "外交部发言人")],
        ),
        # … or after it; a pronoun is the previous speaker, with the office he had
        (
            "zh",
            "“这是一个严重的问题，”美国总统拜登说。“不行。”他说。",
            [("这是一个严重的问题，", "拜登", "美国总统"), ("不行。", "拜登", "美国总统")],
        ),
        # a verb after a quote that leads into the next one is not the first one's
        (
            "zh",
            "毛宁表示：“中方主张对话。”她还说：“我们希望各方保持克制。”",
            [("中方主张对话。", "毛宁", None), ("我们希望各方保持克制。", "毛宁", None)],
        ),
        # Japanese: the topic before the quote, the title after the name
        (
            "ja",
            "岸田文雄首相は24日、記者団に「これは重要な問題だ」と述べた。",
            [("これは重要な問題だ", "岸田文雄", "首相")],
        ),
        (
            "ja",
            "「緊張を高める行為だ」と林芳正官房長官は記者会見で語った。",
            [("緊張を高める行為だ", "林芳正", "官房長官")],
        ),
        (
            "ja",
            "米国務省のミラー報道官は「深く懸念している」と話した。",
            [("深く懸念している", "ミラー", "米国務省の報道官")],
        ),
        # Korean: the quoting particle glued to the closing mark, the name before the office
        (
            "ko",
            '윤석열 대통령은 24일 "우리는 대화를 통해 문제를 해결할 것"이라고 말했다.',
            [("우리는 대화를 통해 문제를 해결할 것", "윤석열", "대통령")],
        ),
        (
            "ko",
            '"매우 우려스럽다"고 매튜 밀러 미 국무부 대변인은 밝혔다.',
            [("매우 우려스럽다", "매튜 밀러", "미 국무부 대변인")],
        ),
        # an office with no name speaks as itself; 김지원 is a person, 국정원 a body
        (
            "ko",
            '국방부 대변인은 "대비 태세를 유지하고 있다"고 말했다. '
            '김지원 국정원 대변인은 "확인 중"이라고 밝혔다.',
            [
                ("대비 태세를 유지하고 있다", "국방부 대변인", None),
                ("확인 중", "김지원", "국정원 대변인"),
            ],
        ),
        # a former office; a title the table lists whole
        (
            "ja",
            "トランプ前大統領は「選挙は盗まれた」と述べた。",
            [("選挙は盗まれた", "トランプ", "前大統領")],
        ),
        (
            "ja",
            "米国のブリンケン国務長官は「深く懸念している」としている。",
            [("深く懸念している", "ブリンケン", "米国の国務長官")],
        ),
        # a Korean name first, the office after it; a name ending in 은 before a marked office
        (
            "ko",
            '이창용 한국은행 총재는 "물가 안정이 우선"이라고 말했다. '
            '김정은 국무위원장은 "핵무력을 강화하겠다"고 밝혔다.',
            [
                ("물가 안정이 우선", "이창용", "한국은행 총재"),
                ("핵무력을 강화하겠다", "김정은", "국무위원장"),
            ],
        ),
        # a dateline before the speaker; a split quote; a meeting between the speaker and the verb
        (
            "zh",
            "新华社北京10月24日电 外交部发言人林剑24日表示：“中方欢迎各方参与。”",
            [("中方欢迎各方参与。", "林剑", "外交部发言人")],
        ),
        (
            "zh",
            "“我们将继续推进改革，”郑栅洁说，“经济长期向好的趋势没有改变。”",
            [
                ("我们将继续推进改革，", "郑栅洁", None),
                ("经济长期向好的趋势没有改变。", "郑栅洁", None),
            ],
        ),
        (
            "zh",
            "俄罗斯总统普京同印度总理莫迪会谈时说：“两国关系很好。”",
            [("两国关系很好。", "普京", "俄罗斯总统")],
        ),
        # a pronoun after reported speech is its speaker; a description and an age
        (
            "zh",
            "国防部新闻发言人张晓刚表示，解放军将坚决捍卫国家主权。"
            "他强调说：“任何企图分裂国家的行为都注定失败。”",
            [("任何企图分裂国家的行为都注定失败。", "张晓刚", "国防部新闻发言人")],
        ),
        (
            "ko",
            '시민 김모(45) 씨는 "출퇴근 시간이 너무 길어졌다"고 말했다.',
            [("출퇴근 시간이 너무 길어졌다", "김모", "시민")],
        ),
        # a pronoun with no speaker before it is the previous sentence's topic
        (
            "ko",
            "하지만 엘제이는 무감한 태도를 보였다. "
            '그는 "내가 사랑하는 사람의 추억을 간직하는 게 잘못이냐"고 말하기도 했다.',
            [("내가 사랑하는 사람의 추억을 간직하는 게 잘못이냐", "엘제이", None)],
        ),
    ],
)
def test_cjk_quotes_and_their_speakers(
    language: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert quotes_of(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "俄方所谓“特别军事行动”已经持续两年。"),  # a term, not speech
        ("ja", "いわゆる「年収の壁」の問題が議論された。"),
        ("ko", '이른바 "검수완박" 법안이 통과됐다.'),
        # names, titles and terms in brackets run through no clause punctuation
        ("zh", "参加「九十二年度志工组训暨教师辅导知能研习」活动。"),
        ("zh", "将“国家尊重和保护人权”正式写入宪法。"),
        ("ja", "短編「夏服を着た女たち」は日本でも話題になった。"),
    ],
)
def test_quoted_terms_are_no_quotes(language: str, text: str) -> None:
    assert quotes_of(text, language) == []


def test_the_writer_names_no_speaker_and_unattributed_speech_stays() -> None:
    assert quotes_of("因此，我们说：「发菩提心是时」！", "zh") == [("发菩提心是时", None, None)]
    text = "检查结果出来，「医学上发生机率是十万分之一，且无药可救」；家人无法接受。"
    assert quotes_of(text, "zh") == [("医学上发生机率是十万分之一，且无药可救", None, None)]


def test_quoted_people_with_an_office_are_actors_with_every_mention() -> None:
    text = (
        "外交部发言人毛宁24日表示：“中方一贯主张通过对话解决争端。”"
        "毛宁还强调，中方反对任何单边行动。\n“这是一个严重的问题，”美国总统拜登说。"
        "国务院总理李强指出，经济运行总体平稳。"
    )
    analysis = analyze(article_from_text(text, "zh"))
    people = {a.name: a for a in analysis.actors if a.kind == "person"}
    assert {name: a.role for name, a in people.items()} == {
        "毛宁": "外交部发言人",
        "拜登": "美国总统",
        "李强": "国务院总理",  # from a statement
    }
    assert [text[m.start : m.end] for m in people["毛宁"].mentions] == ["毛宁", "毛宁"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a speaker named without an office takes the one written against the name
        (
            "zh",
            "国务院总理李强23日在北京会见外宾。李强表示，中方愿深化合作。",
            ("李强", "国务院总理", ()),
        ),
        # and the Japanese surname the full name written before the title
        (
            "ja",
            "石破茂首相は24日、訪問した。石破氏は「協力を深めたい」と述べた。",
            ("石破茂", "首相", ("石破",)),
        ),
        ("ko", '조태열 장관은 회담했다. 조태열은 "협력하겠다"고 말했다.', ("조태열", "장관", ())),
    ],
)
def test_a_speaker_s_office_from_elsewhere_in_the_text(
    language: str, text: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    people = [a for a in analyze(article_from_text(text, language)).actors if a.kind == "person"]
    assert [(a.name, a.role, a.aliases) for a in people] == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ja", "東京電力は「安全を最優先する」と発表した。"),  # a company speaks
        ("zh", "中国足协表示，将严肃处理此事。"),  # a body's short name
        ("ko", '경찰청 관계자는 "수사 중"이라고 말했다.'),  # a body's official
        ("ko", '추 원내대표는 "협력하겠다"고 말했다.'),  # a surname alone
    ],
)
def test_bodies_and_lone_surnames_are_no_people(language: str, text: str) -> None:
    actors = analyze(article_from_text(text, language)).actors
    assert [a.name for a in actors if a.kind == "person"] == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # people written after (Chinese) or before (Japanese, Korean) their office, speaking
        # or not; a surname alone joins the full name
        (
            "zh",
            "国务院总理李强于23日在北京会见新加坡总理黄循财。双方就总统选举交换意见。",
            [("李强", "国务院总理", ()), ("黄循财", "新加坡总理", ())],
        ),
        (
            "ja",
            "連合の芳野友子会長は24日、方針を示した。芳野会長は「賃上げが必要だ」と述べた。",
            [("芳野友子", "会長", ("芳野",))],
        ),
        (
            "ja",
            "兵庫県の斎藤元彦前知事は24日、会見した。日本銀行総裁は欠席した。",
            [("斎藤元彦", "前知事", ())],
        ),
        (
            "ko",
            "한동훈 국민의힘 대표는 24일 회견했다. 뇌물 혐의로 기소된 업체 대표는 출석했다.",
            [("한동훈", "국민의힘 대표", ())],
        ),
    ],
)
def test_people_written_with_their_office(
    language: str, text: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    people = [a for a in analyze(article_from_text(text, language)).actors if a.kind == "person"]
    assert [(a.name, a.role, a.aliases) for a in people] == expected


def test_straight_quote_marks_after_full_width_punctuation_open_a_quote() -> None:
    text = '外交部发言人林剑表示："中方将采取必要措施维护自身权益。"'
    assert quotes_of(text, "zh") == [("中方将采取必要措施维护自身权益。", "林剑", "外交部发言人")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Chinese: a name ends before a time word or a speech verb too (周五, 提醒)
        (
            "zh",
            "国家足球队主教练张明周五公布了名单。省卫健委专家刘红梅提醒，市民应注意防寒。",
            [("张明", "国家足球队主教练"), ("刘红梅", "省卫健委专家")],
        ),
        # offices added to the table (副署长, 庭长), junk before an office cut at 了/的
        (
            "zh",
            "税务总局副署长孙建华出席。上午会见了来访的法国总理黄志强。",
            [("孙建华", "税务总局副署长"), ("黄志强", "法国总理")],
        ),
        # a foreign name spelled in transliteration characters, any length
        (
            "zh",
            "联合国秘书长古特雷斯25日抵达。英国首相斯塔默24日在伦敦发表讲话。",
            [("古特雷斯", "联合国秘书长"), ("斯塔默", "英国首相")],
        ),
        # a name written before an office that may follow it
        ("zh", "王建国教授24日在会上发言。", [("王建国", "教授")]),
        # Japanese: foreign names in katakana, a kanji surname with a katakana given name,
        # a country's kanji before the name, ministers' titles
        (
            "ja",
            "米国のオースティン国防長官は、英スターマー首相と会談した。",
            [("オースティン", "国防長官"), ("スターマー", "首相")],
        ),
        ("ja", "沖縄県の玉城デニー知事は25日、上京した。", [("玉城デニー", "知事")]),
        (
            "ja",
            "加藤勝信財務相と武藤容治経産相が出席した。",
            [("加藤勝信", "財務相"), ("武藤容治", "経産相")],
        ),
        # Korean: a foreign name before a country and its office; not a verb's form
        (
            "ko",
            "방한 중인 존 스미스 영국 외무장관과 라브로프 러시아 외무장관이 만났다. 한국을 방문한 호주 총리는 떠났다.",
            [("존 스미스", "영국 외무장관"), ("라브로프", "러시아 외무장관")],
        ),
        # Korean: an office written as one word
        (
            "ko",
            "박영수 예결위원장과 김철민 통일부장관이 참석했다.",
            [("박영수", "예결위원장"), ("김철민", "통일부장관")],
        ),
    ],
)
def test_more_people_with_their_office(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    people = [a for a in analyze(article_from_text(text, language)).actors if a.kind == "person"]
    assert [(a.name, a.role) for a in people] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a surname with the title names the person named in full before (Korean, Japanese)
        (
            "ko",
            '한정우 국민의힘 원내대표는 24일 회견했다. 한 원내대표는 "협조하겠다"고 말했다.',
            [("협조하겠다", "한정우", "국민의힘 원내대표")],
        ),
        (
            "ja",
            "女子ゴルフの山下まりな選手は20日、優勝した。山下選手は「うれしい」と語った。",
            [("うれしい", "山下まりな", "選手")],
        ),
        # a name alone takes the office written against it before
        (
            "zh",
            "外交部长王立新会见了来宾。王立新说：“双方要加强合作。”",
            [("双方要加强合作。", "王立新", "外交部长")],
        ),
        # a bracketed aside is not part of the speaker
        (
            "ja",
            "田中一郎市長（民主党）は「市政を進める」と述べた。",
            [("市政を進める", "田中一郎", "市長")],
        ),
        # a body's genitive before a foreign name in Korean
        (
            "ko",
            '영국 외무부의 존 스미스 대변인은 "우려한다"고 말했다.',
            [("우려한다", "존 스미스", "영국 외무부의 대변인")],
        ),
    ],
)
def test_speakers_named_in_full(
    language: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert quotes_of(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # countries before an office are no names
        ("ja", "アメリカ大統領選挙の結果を受け、ロシア外相が会見した。", []),
        # 감독이 이끄는 대표팀: 이끄는 (leads) is no name, 대표팀 (the team) no office
        ("ko", "홍길동 감독이 이끄는 대표팀은 다음 달 원정을 치른다.", [("홍길동", "감독")]),
    ],
)
def test_places_and_verbs_before_an_office_are_no_people(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    people = [a for a in analyze(article_from_text(text, language)).actors if a.kind == "person"]
    assert [(a.name, a.role) for a in people] == expected


def test_a_korean_quote_closed_by_a_proposal() -> None:
    text = '김영수 국회의장은 25일 "개헌특위를 구성하자"고 제안했다.'
    assert quotes_of(text, "ko") == [("개헌특위를 구성하자", "김영수", "국회의장")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a decimal point does not end the clause that holds the speaker
        (
            "ko",
            '김한결 한국은행 총재는 금리를 3.50%에서 3.25%로 내린 뒤 "물가가 안정됐다"고 말했다.',
            [("물가가 안정됐다", "김한결", "한국은행 총재")],
        ),
        # two quotes in one sentence, the first closed by a connective verb form
        (
            "ko",
            "해리스 후보는 “뒤로 가지 않겠다”이라고 말했고, 밴스 후보는 “다시 시작하겠다”고 강조했다.",
            [("뒤로 가지 않겠다", "해리스", "후보"), ("다시 시작하겠다", "밴스", "후보")],
        ),
        # a bracketed short name inside the office
        (
            "ko",
            '제롬 파월 미국 연방준비제도(연준) 의장은 "경제는 강하다"라고 말했다.',
            [("경제는 강하다", "제롬 파월", "미국 연방준비제도 의장")],
        ),
        # a quote standing alone, the next sentence saying who said it "thus"
        (
            "ja",
            "「今年は出荷が半分だった」。ブドウ農家を営む田中一郎さん（58）はこう話した。",
            [("今年は出荷が半分だった", "田中一郎", None)],
        ),
        (
            "ko",
            '"하루 종일 일해도 부족합니다." 배달노동자 최영호씨는 기자회견에서 이렇게 말했다.',
            [("하루 종일 일해도 부족합니다.", "최영호", "배달노동자")],
        ),
        # a suspect's words as the police report them (…と容疑を認めている)
        (
            "ja",
            "府警は山田太郎容疑者（40）を逮捕した。山田容疑者は「やっていない」と容疑を否認している。",
            [("やっていない", "山田太郎", "容疑者")],
        ),
        # 同氏: the person the sentence before named
        (
            "ja",
            "国連のグテーレス事務総長は23日、声明を出した。同氏は「深刻な事態だ」と述べた。",
            [("深刻な事態だ", "グテーレス", "国連の事務総長")],
        ),
    ],
)
def test_speakers_across_clauses_and_sentences(
    language: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert quotes_of(text, language) == expected
