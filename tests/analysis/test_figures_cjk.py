"""Figures in Chinese, Japanese and Korean: unit characters, counters, no spaces."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefing.analysis import analyze
from briefing.analysis.conflicts import find_conflicts
from briefing.analysis.figure_cjk_table import counter_table
from briefing.analysis.figures import find_figures
from briefing.analysis.languages import load_table
from briefing.analysis.suggestions import ArticleAnalysis
from briefing.core.model import Article
from tests.analysis.helpers import article_from_text


def figure_of(
    text: str, language: str
) -> tuple[str, float | None, float | None, str | None, str | None, str]:
    figures = find_figures(text, language)
    assert len(figures) == 1, [f.text for f in figures]
    f = figures[0]
    assert text[f.start : f.end] == f.text
    return f.text, f.value, f.value_max, f.unit, f.qualifier, f.kind


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Chinese: ten thousands and hundred millions glued to the digits, then the counter
        (
            "zh",
            "据报道，约有3万名士兵抵达边境。",
            ("约有3万名士兵", 30000, None, "士兵", "约有", "count"),
        ),
        (
            "zh",
            "该项目投资总额达120亿元人民币。",
            ("120亿元人民币", 12e9, None, "CNY", None, "money"),
        ),
        ("zh", "人民币50亿元的援助", ("人民币50亿元", 5e9, None, "CNY", None, "money")),
        ("zh", "出口额增长了15%。", ("15%", 15, None, "%", None, "percent")),
        ("zh", "失业率达到百分之5.2。", ("百分之5.2", 5.2, None, "%", None, "percent")),
        ("zh", "超过1.2万亿美元的债务", ("超过1.2万亿美元", 1.2e12, None, "USD", "超过", "money")),
        ("zh", "现场有30多人受伤", ("30多人受伤", 30, None, "受伤", "多", "count")),
        ("zh", "共有3万余人撤离", ("共有3万余人", 30000, None, "人", "共有", "count")),
        ("zh", "预计将有3万至5万人参加", ("3万至5万人", 30000, 50000, "人", None, "count")),
        ("zh", "预计将有3-5万人参加", ("3-5万人", 30000, 50000, "人", None, "count")),
        ("zh", "数万人参加了集会", ("数万人", 20000, 90000, "人", None, "count")),
        ("zh", "运送了500吨粮食", ("500吨", 500, None, "吨", None, "measure")),
        ("zh", "补征所得税8百余万元", ("8百余万元", 8e6, None, "CNY", "余", "money")),
        ("zh", "共30多万人参加", ("共30多万人", 3e5, None, "人", "共", "count")),
        ("zh", "一瓶水要约80元台币", ("约80元台币", 80, None, "TWD", "约", "money")),
        ("zh", "总人口为1,400万", ("1,400万", 14e6, None, None, None, "count")),
        # Japanese: 億 and 兆, groups of decreasing size, qualifiers after the counter
        ("ja", "東京で3万人が参加した。", ("3万人", 30000, None, "人", None, "count")),
        ("ja", "売上は1,200億円に達した。", ("1,200億円", 1.2e11, None, "JPY", None, "money")),
        ("ja", "人口は1億2000万人だ。", ("1億2000万人", 1.2e8, None, "人", None, "count")),
        ("ja", "約5000人以上が避難した。", ("約5000人以上", 5000, None, "人", "約", "count")),
        ("ja", "3万〜5万人の観客", ("3万〜5万人", 30000, 50000, "人", None, "count")),
        ("ja", "1.2兆円の予算", ("1.2兆円", 1.2e12, None, "JPY", None, "money")),
        ("ja", "前年比15%増となった。", ("15%", 15, None, "%", None, "percent")),
        ("ja", "数万人が集まった。", ("数万人", 20000, 90000, "人", None, "count")),
        ("ja", "3万人超が集まった。", ("3万人超", 30000, None, "人", "超", "count")),
        # Korean: groups and counters may stand after a space
        ("ko", "서울에서 3만 명이 시위에 참가했다.", ("3만 명", 30000, None, "명", None, "count")),
        (
            "ko",
            "매출은 1조 2천억 원에 달했다.",
            ("1조 2천억 원", 1.2e12, None, "KRW", None, "money"),
        ),
        ("ko", "약 3만여 명이 모였다.", ("약 3만여 명", 30000, None, "명", "약", "count")),
        ("ko", "수천 명이 대피했다.", ("수천 명", 2000, 9000, "명", None, "count")),
        ("ko", "3만~5만 명이 모였다.", ("3만~5만 명", 30000, 50000, "명", None, "count")),
        ("ko", "수출이 15% 증가했다.", ("15%", 15, None, "%", None, "percent")),
        ("ko", "50억 달러를 투자한다.", ("50억 달러", 5e9, None, "USD", None, "money")),
        ("ko", "30여만 명이 대피했다.", ("30여만 명", 3e5, None, "명", "여", "count")),
        # small units inside a group of ten thousands or hundred millions
        (
            "ko",
            "관객 2천885만 7천 명이 봤다.",
            ("2천885만 7천 명", 28857000, None, "명", None, "count"),
        ),
        (
            "ko",
            "수출액은 5천79억 달러였다.",
            ("5천79억 달러", 5.079e11, None, "USD", None, "money"),
        ),
        ("ko", "50mm의 비가 내렸다.", ("50mm", 50, None, "mm", None, "measure")),
        ("ko", "차량 20대가 파손됐다.", ("20대", 20, None, "차량", None, "count")),
        # tenths: 3成, 3割 are 30 percent
        ("zh", "约3成受访者表示支持。", ("约3成", 30, None, "%", "约", "percent")),
        ("ja", "売上は約3割減った。", ("約3割", 30, None, "%", "約", "percent")),
        ("zh", "下调35个基点。", ("35个基点", 35, None, "个基点", None, "measure")),
        # a scale named before its reading, or a magnitude before 级地震
        (
            "ja",
            "マグニチュード5.1の地震があった。",
            ("マグニチュード5.1", 5.1, None, "M", None, "measure"),
        ),
        ("ko", "규모 2.3의 지진이 발생했다.", ("규모 2.3", 2.3, None, "규모", None, "measure")),
        ("zh", "当地发生4.5级地震。", ("4.5级地震", 4.5, None, "级地震", None, "measure")),
        # a sentence of custody is a figure in years, though years are dates elsewhere
        ("zh", "法院判处被告人有期徒刑12年。", ("12年", 12, None, "年", None, "measure")),
        ("ja", "懲役12年の判決を言い渡した。", ("12年", 12, None, "年", None, "measure")),
        ("ko", "징역 5년을 선고했다.", ("5년", 5, None, "년", None, "measure")),
        (
            "zh",
            "最低气温降至零下15摄氏度。",
            ("零下15摄氏度", -15, None, "摄氏度", None, "measure"),
        ),
        ("zh", "总人口约为14.1亿。", ("约为14.1亿", 1.41e9, None, None, "约为", "count")),
        # how long: a figure in its unit of time, as in English ('48 hours')
        ("zh", "谈判持续了约8个小时。", ("约8个小时", 8, None, "个小时", "约", "measure")),
        ("ja", "会議は3日間にわたった。", ("3日間", 3, None, "日間", None, "measure")),
        ("ko", "약 1시간 동안 통화했다.", ("약 1시간", 1, None, "시간", "약", "measure")),
        # units written as one compatibility character, degrees below zero in Korean
        ("ko", "최대 150㎜의 비가 내렸다.", ("최대 150㎜", 150, None, "㎜", "최대", "measure")),
        (
            "ko",
            "기온이 영하 2.3도까지 떨어졌다.",
            ("영하 2.3도", -2.3, None, "도", None, "measure"),
        ),
        # Chinese numbers written in characters before a counter
        ("zh", "事故造成两名士兵死亡。", ("两名士兵", 2, None, "士兵", None, "count")),
        ("zh", "约两千五百人撤离。", ("约两千五百人", 2500, None, "人", "约", "count")),
        ("zh", "双方签署了十二项协议。", ("十二项", 12, None, "项", None, "count")),
        ("zh", "该公司投资三亿元。", ("三亿元", 3e8, None, "CNY", None, "money")),
        # degrees, millimetres and hectopascals in Japanese; a Korean number whose last
        # group follows a space
        ("ja", "最高気温は12℃だった。", ("12℃", 12, None, "℃", None, "measure")),
        ("ja", "雨量は80ミリに達した。", ("80ミリ", 80, None, "ミリ", None, "measure")),
        (
            "ko",
            "취업자는 2885만 8000명이다.",
            ("2885만 8000명", 28858000, None, "명", None, "count"),
        ),
        # a range whose unit is written twice; kilometres; an index's points; a hedge
        # after a number in characters; about forty (not an age group)
        ("zh", "票价为800元至900元。", ("800元至900元", 800, 900, "CNY", None, "money")),
        ("zh", "他跑了10千米。", ("10千米", 10, None, "千米", None, "measure")),
        ("zh", "上证指数收于3300.63点。", ("3300.63点", 3300.63, None, "点", None, "measure")),
        ("zh", "事故造成十余人受伤。", ("十余人受伤", 10, None, "受伤", "余", "count")),
        ("ko", "차량 40여 대가 동원됐다.", ("40여 대", 40, None, "차량", "여", "count")),
    ],
)
def test_figures_read_with_their_units(
    language: str, text: str, expected: tuple[str, float, float | None, str | None, str | None, str]
) -> None:
    assert figure_of(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "2024年10月24日，会议在北京举行。"),  # a date
        ("zh", "会议于10时30分开始。"),  # a time
        ("zh", "会议于10点开始。"),  # a time (3300.63点 counts an index's points)
        ("zh", "他今年45岁。"),  # an age
        ("zh", "他获得第3名。"),  # a rank
        ("zh", "出口前5名的国家"),  # the top five
        ("zh", "他去过3次。"),  # times, not things
        ("zh", "F-35战斗机和G20峰会，COVID-19疫情。"),  # names with digits
        ("zh", "联系电话010-12345678。"),  # a phone number
        ("zh", "比分是3比1。"),  # a score
        ("zh", "版本号为1.2.3。"),  # a version
        ("ja", "2024年10月24日に発表された。"),
        ("ja", "平成30年に始まった。"),  # an era year
        ("ja", "彼は45歳だ。"),
        ("ja", "第3位に入った。"),
        ("ja", "5Gと3Dの技術"),
        ("ko", "2024년 10월 24일에 발표됐다."),
        ("ko", "그는 45세이다."),
        ("ko", "제3차 회의"),
        ("ko", "오후 3시에 회의했다."),  # a time of day (3시간, three hours, is a figure)
        ("zh", "要增强四个意识，看看四周，四处走走。"),  # slogans and words, not counts
        ("zh", "第三名选手在二〇二四年出生，唯一一名。"),  # a rank, a year, one
        ("ko", "20대 남성이 체포됐다."),  # in his twenties
        ("ja", "1人当たりの負担"),  # per person
        ("zh", "数据显示经济好转。"),  # 数 opens a word, not a vague count
    ],
)
def test_dates_times_ages_ranks_and_codes_are_no_figures(language: str, text: str) -> None:
    assert find_figures(text, language) == []


def test_only_chinese_japanese_and_korean_have_counter_tables() -> None:
    assert {code for code in ("zh", "ja", "ko") if counter_table(code)} == {"zh", "ja", "ko"}
    assert counter_table("en") is None and counter_table(None) is None


def test_the_yen_sign_is_the_yuan_in_chinese_and_the_yen_in_japanese() -> None:
    assert find_figures("价格为¥300万", "zh")[0].currency == "CNY"
    assert find_figures("価格は¥300万", "ja")[0].currency == "JPY"


def test_a_chinese_article_gets_its_figures_through_analyze() -> None:
    text = "据新华社报道，约有3万名士兵抵达边境。\n该项目投资总额达120亿元人民币，增长了15%。"
    analysis = analyze(article_from_text(text, "zh"))
    assert [(f.text, f.value) for f in analysis.figures] == [
        ("约有3万名士兵", 30000),
        ("120亿元人民币", 12e9),
        ("15%", 15),
    ]
    assert all(text[f.start : f.end] == f.text for f in analysis.figures)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("zh", "约有3万名士兵抵达边境。", ("约有3万名士兵", "士兵")),
        ("zh", "造成30人死亡。", ("30人死亡", "死亡")),
        ("ja", "3万人の兵士が到着した。", ("3万人の兵士", "兵士")),
        ("ja", "兵士3万人が到着した。", ("3万人", "兵士")),
        ("ko", "병력 3만 명이 도착했다.", ("3만 명", "병력")),
        ("ko", "3만 명의 군인이 도착했다.", ("3만 명의 군인", "군인")),
        ("zh", "5000名记者出席。", ("5000名", "名")),  # a noun the table does not know
    ],
)
def test_the_counted_noun_after_the_counter_or_before_the_number(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    (figure,) = find_figures(text, language)
    assert (figure.text, figure.unit) == expected


def _analysis(article_id: str, text: str, language: str) -> tuple[Article, ArticleAnalysis]:
    article = replace(article_from_text(text, language), id=article_id)
    return article, ArticleAnalysis(
        article_id, language, figures=tuple(find_figures(text, language))
    )


def test_chinese_soldiers_and_english_troops_conflict_but_bare_counters_do_not() -> None:
    zh = _analysis("zh", "约有3万名士兵抵达边境，另有5000名记者。", "zh")
    en = _analysis("en", "North Korea has sent 10,000 troops to Russia, officials said.", "en")
    ko = _analysis("ko", "병력 1만 명이 도착했고 기자 300명이 취재했다.", "ko")
    conflicts = find_conflicts([zh, en, ko])
    # 3万名士兵 against 10,000 troops and against 병력 1만 명 (those two agree); 5000名 and
    # 300명 count nothing the text names, so they are compared with nothing
    assert sorted(
        (
            c.unit,
            c.first.article_id,
            c.first.figure.value,
            c.second.article_id,
            c.second.figure.value,
        )
        for c in conflicts
    ) == [("troops", "zh", 30000, "en", 10000), ("troops", "zh", 30000, "ko", 10000)]


def test_every_counter_is_a_measure_or_never_compared_alone() -> None:
    """A classifier (名, 个, 명) says how things are counted, not what: a figure with no
    noun is compared with nothing (a unit of measure, 吨 or 公里, is compared)."""
    not_compared = set(load_table("default", "units")["not_compared"])
    for language in ("zh", "ja", "ko"):
        table = load_table(language, "counters")
        classifiers = set(table["counters"]) - set(table["measures"])
        assert classifiers <= not_compared, (language, classifiers - not_compared)
        assert set(table["measures"]) <= set(table["counters"])
