"""Item headlines: the one line an outline, an undo text or a plain export shows."""

from __future__ import annotations

import pytest

from briefing.core.model import Figure


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        # the source span already holds the unit; "what" extends the unit
        (
            {
                "text": "3.000 tentara",
                "qualifier": "Setidaknya",
                "unit": "tentara",
                "what": "tentara Korea Utara",
            },
            "Setidaknya 3.000 tentara Korea Utara",
        ),
        # span with qualifier and unit, "what" equal to the unit: nothing repeated
        (
            {
                "text": "setidaknya 3.000 tentara",
                "qualifier": "setidaknya",
                "unit": "tentara",
                "what": "tentara",
            },
            "setidaknya 3.000 tentara",
        ),
        # English pre-modifiers: "what" ends with the unit and takes its place
        (
            {
                "text": "3,000 troops",
                "qualifier": "at least",
                "unit": "troops",
                "what": "North Korean troops",
            },
            "at least 3,000 North Korean troops",
        ),
        ({"value": 2.5, "unit": "%"}, "2.5%"),
        ({"text": "2,5%", "unit": "%"}, "2,5%"),
        ({"value": 3000.0, "unit": "tentara"}, "3000 tentara"),
        # an unrelated "what" is kept, after a colon
        ({"text": "Rp 5 triliun", "what": "anggaran"}, "Rp 5 triliun: anggaran"),
        ({}, ""),
        # the source's span already names the canonical unit in its own words
        ({"text": "2,5 persen", "value": 2.5, "unit": "%"}, "2,5 persen"),
        (
            {"text": "Nearly 50 per cent", "value": 50.0, "unit": "%", "qualifier": "nearly"},
            "Nearly 50 per cent",
        ),
        ({"text": "Rp 5 triliun", "value": 5e12, "unit": "IDR"}, "Rp 5 triliun"),
        ({"text": "$5 billion", "value": 5e9, "unit": "USD"}, "$5 billion"),
        # "what" is matched as words, not as a substring
        ({"text": "300 tentara", "unit": "tentara", "what": "tent"}, "300 tentara: tent"),
        # Chinese and Japanese write the hedge inside the span, before or after the number
        (
            {"text": "约有3万名士兵", "value": 3e4, "unit": "士兵", "qualifier": "约有"},
            "约有3万名士兵",
        ),
        ({"text": "30多人", "value": 30.0, "unit": "人", "qualifier": "多"}, "30多人"),
        # missing fields from an old or hand-written JSON brief
        ({"text": "3 ships", "unit": None, "what": None, "qualifier": None}, "3 ships"),
    ],
)
def test_figure_headline_says_each_word_once(fields: dict[str, object], expected: str) -> None:
    assert Figure(**fields).headline == expected  # type: ignore[arg-type]
