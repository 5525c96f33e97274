"""Reported speech in Chinese, Japanese and Korean, without quote marks."""

from __future__ import annotations

import pytest

from briefing.analysis import analyze
from tests.analysis.helpers import article_from_text


def statements_of(text: str, language: str) -> list[tuple[str, str | None, str]]:
    analysis = analyze(article_from_text(text, language))
    assert all(text[s.start : s.end] == s.text for s in analysis.statements)
    return [(s.speaker, s.speaker_role, s.text) for s in analysis.statements]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the office a quote gave the speaker carries over; a pronoun is the last speaker
        (
            "zh",
            "外交部发言人毛宁表示：“中方主张对话。”毛宁还强调，中方反对任何单边行动。"
            "她指出，各方应保持克制。",
            [
                ("毛宁", "外交部发言人", "中方反对任何单边行动"),
                ("毛宁", "外交部发言人", "各方应保持克制"),
            ],
        ),
        (
            "zh",
            "国健局表示，民众可至各地卫生局报名参加检查。",
            [("国健局", None, "民众可至各地卫生局报名参加检查")],
        ),
        (
            "zh",
            "李伟东先生表示：习近平的政治资本还有。",
            [("李伟东", None, "习近平的政治资本还有")],
        ),
        ("zh", "有专家指出，房价仍将承压。", [("专家", None, "房价仍将承压")]),
        (
            "zh",
            "中国人民银行宣布，下调存款准备金率。",
            [("中国人民银行", None, "下调存款准备金率")],
        ),
        (
            "ja",
            "林芳正官房長官は記者会見で、北朝鮮の行動は容認できないと述べた。",
            [("林芳正", "官房長官", "北朝鮮の行動は容認できない")],
        ),
        (
            "ko",
            "윤석열 대통령은 24일 대화를 통해 문제를 해결하겠다고 말했다. 그는 국민과 함께 하겠다고 밝혔다.",
            [
                ("윤석열", "대통령", "대화를 통해 문제를 해결하겠다"),
                ("윤석열", "대통령", "국민과 함께 하겠다"),
            ],
        ),
        (
            "ja",
            "日本銀行の植田和男総裁は23日、講演し、引き続き政策金利を引き上げる考えを示した。",
            [("植田和男", "日本銀行の総裁", "引き続き政策金利を引き上げる")],
        ),
        (
            "ja",
            "そう言う方もいるが、多くの住民は計画に賛成していると市は説明した。",
            [("市", None, "多くの住民は計画に賛成している")],
        ),
        (
            "ko",
            "정부는 내년부터 관련 규제를 완화한다고 발표했다.",
            [("정부", None, "내년부터 관련 규제를 완화한다")],
        ),
    ],
)
def test_reported_speech_with_its_speaker(
    language: str, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert statements_of(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "对二十三县市政府团队来说，多了资源，也多了机会。"),  # "as for": no speech
        ("zh", "比如说，一个警察打了我，其实是那个警察的问题。"),
        ("zh", "听说，清华大学这次牺牲最惨重。"),
        ("zh", "同时认为，专业不只表现在产品，更显现于经营管理层面。"),  # no speaker
        ("zh", "他说，是的。"),  # a pronoun with nobody before it
        ("zh", "据介绍，该项目已完成投资50亿元。"),  # "as introduced": nobody named
        ("ja", "新刊が出たからと言ってお店に通う手間も不要です。"),  # "just because"
        ("ko", "그는 밥을 먹고 말했다."),  # a verb of its own before 고
    ],
)
def test_manners_of_speaking_are_no_statements(language: str, text: str) -> None:
    assert statements_of(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a pronoun reports the person the text named with an office before it
        (
            "zh",
            "上海市市长张海峰16日发表讲话。他表示，上海将扩大开放。",
            [("张海峰", "上海市市长", "上海将扩大开放")],
        ),
        # a stance shown earlier (…との見方を示していた)
        (
            "ja",
            "山本太一社長は先月、販売は回復するとの見方を示していた。",
            [("山本太一", "社長", "販売は回復する")],
        ),
    ],
)
def test_reported_speech_by_pronoun_or_stance(
    language: str, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    analysis = analyze(article_from_text(text, language))
    assert [(s.speaker, s.speaker_role, s.text) for s in analysis.statements] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a body's report (通报); a quoted term does not make the sentence a quote's
        ("zh", "市疾控中心通报，上周全市共报告流感病例3200例。", [("市疾控中心", None)]),
        ("zh", "市长李明表示，将新建公园50个，让市民“出门见绿”。", [("李明", "市长")]),
        # the name before an office whose following words are no name (司长致词时)
        (
            "zh",
            "教育部基础教育司吕玉刚司长致词时表示，要加强师资建设。",
            [("吕玉刚", "教育部基础教育司司长")],
        ),
        # 名称 is no speech verb
        ("zh", "“城市书房”的名称，首次出现在2015年的文件中。", []),
        # Korean: when it was said between the particle and the verb; a filing
        ("ko", "기획재정부는 내년 예산안을 국회에 제출한다고 25일 밝혔다.", [("기획재정부", None)]),
        ("ko", "현대차는 영업이익이 3조 원으로 집계됐다고 지난 8일 공시했다.", [("현대차", None)]),
    ],
)
def test_reported_speech_of_bodies_and_offices(
    language: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    analysis = analyze(article_from_text(text, language))
    assert [(s.speaker, s.speaker_role) for s in analysis.statements] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the speaker between the reported clause and the verb
        ("ko", "관객 500만 명을 돌파했다고 배급사 한빛필름이 밝혔다.", [("배급사 한빛필름", None)]),
        # a news agency reports
        ("ko", "교도통신은 연립여당의 과반 확보가 불투명하다고 보도했다.", [("교도통신", None)]),
        # a product's name in brackets does not make the sentence a quote's
        (
            "ja",
            "ゲーム大手の任天堂は、「ニンテンドースイッチ」の販売台数が1億台を超えたと発表した。",
            [("任天堂", None)],
        ),
    ],
)
def test_korean_reports_named_after_the_clause(
    language: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    analysis = analyze(article_from_text(text, language))
    assert [(s.speaker, s.speaker_role) for s in analysis.statements] == expected
