"""Dates in Chinese, Japanese and Korean: numbers marked 年/月/日 (년/월/일), weekdays and
relative words that touch the words around them."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.analysis.dates import extract_dates
from tests.analysis.helpers import article_from_text

PUBLISHED = date(2024, 10, 25)  # a Friday


def dates_of(
    text: str, language: str, published: date | None = PUBLISHED
) -> list[tuple[str, str | None]]:
    article = article_from_text(text, language, published=published)
    found = extract_dates(article)
    assert all(text[d.start : d.end] == d.text for d in found)
    return [(d.text, d.value) for d in found]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("zh", "2024年10月24日，会议在北京举行。", [("2024年10月24日", "2024-10-24")]),
        ("zh", "外交部发言人24日表示，", [("24日", "2024-10-24")]),
        ("zh", "峰会将于10月28日举行。", [("10月28日", "2024-10-28")]),
        ("zh", "2023年经济增长。", [("2023年", "2023")]),
        ("zh", "2024年3月的数据", [("2024年3月", "2024-03")]),
        ("zh", "星期四发生了地震。", [("星期四", "2024-10-24")]),
        ("zh", "昨天他抵达北京，去年也来过。", [("昨天", "2024-10-24"), ("去年", "2023")]),
        ("zh", "上周的会议", [("上周", None)]),  # a week names no single day
        ("ja", "2024年10月24日に発表された。", [("2024年10月24日", "2024-10-24")]),
        ("ja", "首相は24日、記者会見した。", [("24日", "2024-10-24")]),
        ("ja", "木曜日に発表した。", [("木曜日", "2024-10-24")]),
        ("ja", "昨日、先月の統計が出た。", [("昨日", "2024-10-24"), ("先月", "2024-09")]),
        ("ko", "2024년 10월 24일에 발표됐다.", [("2024년 10월 24일", "2024-10-24")]),
        ("ko", "대변인은 24일 밝혔다.", [("24일", "2024-10-24")]),
        ("ko", "지난해와 올해", [("지난해", "2023"), ("올해", "2024")]),
        ("ko", "목요일 오후", [("목요일", "2024-10-24")]),
        # a relative year or month names the year of the month, the month of the day
        ("zh", "去年3月和明年3月", [("去年3月", "2023-03"), ("明年3月", "2025-03")]),
        ("ja", "来年4月から施行される。", [("来年4月", "2025-04")]),
        ("ja", "来月11日に開かれる。", [("来月11日", "2024-11-11")]),
        ("ko", "내년 1월 1일부터 시행된다.", [("내년 1월 1일", "2025-01-01")]),
        # a weekday after a week's word is that week's
        ("zh", "上周五发生了事故。", [("上周五", "2024-10-18")]),
        ("ja", "先週の金曜日に発表した。", [("先週の金曜日", "2024-10-18")]),
        ("ko", "지난주 금요일 발표했다.", [("지난주 금요일", "2024-10-18")]),
        # a span of days in one month: its first day; 起 (from) ends no date
        ("zh", "展会于11月12日至17日举行。", [("11月12日至17日", "2024-11-12")]),
        ("zh", "自2025年1月1日起施行。", [("2025年1月1日", "2025-01-01")]),
        # a future word in the date's clause puts a date without a year ahead
        ("zh", "峰会将于12月15日举行。", [("12月15日", "2024-12-15")]),
        ("ja", "会議は12月15日に開催する予定だ。", [("12月15日", "2024-12-15")]),
        ("ko", "회의는 12월 10일 열릴 예정이다.", [("12월 10일", "2024-12-10")]),
        ("zh", "这一政策于3月15日生效。", [("3月15日", "2024-03-15")]),
        # a span of months names its year
        ("zh", "今年1至9月，出口增长5%。", [("今年1至9月", "2024")]),
        ("ja", "1～9月の累計", [("1～9月", "2024")]),
        ("zh", "去年1至9月", [("去年1至9月", "2023")]),
        # a clock time after the day
        ("zh", "地震发生于10月24日3时12分。", [("10月24日", "2024-10-24")]),
        # full-width digits
        ("ja", "１０月２４日に発表された。", [("１０月２４日", "2024-10-24")]),
    ],
)
def test_cjk_dates_resolve_against_the_article_date(
    language: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates_of(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "工程将在3日内完成。"),  # within three days
        ("ja", "3日間の日程"),  # three days
        ("ko", "3일간 진행된다."),  # for three days
        ("zh", "地铁3号线"),  # line 3: 号 dates only with a month
        ("ja", "1日あたり100人"),  # per day
        ("ja", "平年より5日遅い初雪となった。"),  # five days later than usual
        ("ja", "3日ぶりに再開した。"),  # for the first time in three days
    ],
)
def test_spans_of_days_and_numbered_things_are_no_dates(language: str, text: str) -> None:
    assert dates_of(text, language) == []


def test_a_day_alone_is_this_month_s_or_last_month_s() -> None:
    # "30日" in a 2 November story is 30 October; "5日" a few days on is this month's
    assert dates_of("外交部发言人30日表示", "zh", date(2024, 11, 2)) == [("30日", "2024-10-30")]
    assert dates_of("会议将于5日举行", "zh", date(2024, 11, 2)) == [("5日", "2024-11-05")]


def test_the_head_s_date_is_the_reference_when_the_article_has_none() -> None:
    assert dates_of("外交部发言人24日表示", "zh", published=None) == [("24日", None)]
    assert dates_of("新华社北京2024年10月24日电 外交部发言人24日表示", "zh", published=None) == [
        ("2024年10月24日", "2024-10-24"),
        ("24日", "2024-10-24"),
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a future word in the clause sends a weekday forward (the article is a Friday's)
        ("zh", "峰会将于周三举行。", [("周三", "2024-10-30")]),
        ("zh", "代表团周三抵达。", [("周三", "2024-10-23")]),
        # last night, this morning
        ("zh", "该市昨晚发生火灾。", [("昨晚", "2024-10-24")]),
        ("ja", "昨夜、地震があった。", [("昨夜", "2024-10-24")]),
        ("ko", "어젯밤 화재가 발생했다.", [("어젯밤", "2024-10-24")]),
        (
            "ja",
            "おととい発表し、あす公表する。",
            [("おととい", "2024-10-23"), ("あす", "2024-10-26")],
        ),
        # a policy made clear is no future: the day is this month's
        ("ja", "市長は20日、見直す方針を明らかにした。", [("20日", "2024-10-20")]),
        ("ja", "式典は30日に開かれる方針だ。", [("30日", "2024-10-30")]),
    ],
)
def test_weekdays_nights_and_policies(
    language: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates_of(text, language) == expected
