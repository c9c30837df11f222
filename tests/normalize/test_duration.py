"""parse_minutes() for running times and parse_length() for track lengths."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leaving_vegas_extract.normalize.duration import parse_length, parse_minutes

BUDGET_SECONDS = 1.0
PATHOLOGICAL = {
    "digits": "1" * 10**6,
    "spaces": " " * 10**6,
    "open-brackets": "[" * 10**6,
    "digits-and-spaces": "1 " * (10**6 // 2),
    "colons": "1:" * (10**6 // 2),
    "hours-without-minutes": "1 h " * (10**6 // 4),
    "number-then-spaces": "1" + " " * 10**6 + "m",
    "letters": "m" * 10**6,
}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("112 minutes", 112, id="minutes"),
        pytest.param("154 min.", 154, id="min-dot"),
        pytest.param("154 min", 154, id="min"),
        pytest.param("90 mins", 90, id="mins"),
        pytest.param("1 minute", 1, id="minute"),
        pytest.param("112 Minutes", 112, id="capitalised"),
        pytest.param("112\u00a0minutes", 112, id="nbsp"),
        pytest.param("112minutes", 112, id="glued"),
        pytest.param("2 hours 10 minutes", 130, id="hours-minutes"),
        pytest.param("2h 10m", 130, id="h-m"),
        pytest.param("1h52m", 112, id="h-m-glued"),
        pytest.param("2 hr 10 min", 130, id="hr-min"),
        pytest.param("2 hrs. 10 mins.", 130, id="hrs-mins-dots"),
        pytest.param("2 hours, 10 minutes", 130, id="comma"),
        pytest.param("2 hours and 10 minutes", 130, id="and"),
        pytest.param("1 hour", 60, id="hour-only"),
        pytest.param(
            "112 minutes (theatrical) 128 minutes (director's cut)", 112, id="first-of-several"
        ),
        pytest.param("2 hours (112 minutes)", 120, id="first-is-hours"),
        pytest.param("Running time 92 minutes", 92, id="label-left-in"),
        pytest.param("128 minutes[1]", 128, id="marker-left-in"),
        pytest.param("109 Minuten", 109, id="minuten-de"),
        pytest.param("105 minutos", 105, id="minutos-es-pt"),
        pytest.param("129 minuti", 129, id="minuti-it"),
        pytest.param("112", 112, id="bare-number"),
        pytest.param(" 112 ", 112, id="bare-number-spaced"),
        pytest.param("super 16mm", None, id="millimetres"),
        pytest.param("1.5 hours", None, id="decimal-hours-unsupported"),
        pytest.param("unknown", None, id="garbage"),
        pytest.param("", None, id="empty"),
        pytest.param("12345", None, id="bare-number-too-long"),
    ],
)
def test_parse_minutes(raw: str, expected: int | None) -> None:
    assert parse_minutes(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("4:02", 242, id="m-ss"),
        pytest.param("0:30", 30, id="under-a-minute"),
        pytest.param("1:02:03", 3723, id="h-mm-ss"),
        pytest.param("12:34", 754, id="two-digit-minutes"),
        pytest.param("100:00", 6000, id="three-digit-minutes"),
        pytest.param("  3:12 ", 192, id="spaced"),
        pytest.param("0:00", 0, id="zero"),
        pytest.param("4:59", 299, id="max-seconds"),
        pytest.param("4:60", None, id="seconds-60"),
        pytest.param("1:60:00", None, id="minutes-60-with-hours"),
        pytest.param("4:2", None, id="one-digit-seconds"),
        pytest.param("4:02:", None, id="trailing-colon"),
        pytest.param("a4:02", None, id="prefix"),
        pytest.param("4 min", None, id="words"),
        pytest.param("4.02", None, id="dot"),
        pytest.param("", None, id="empty"),
        pytest.param("garbage", None, id="garbage"),
    ],
)
def test_parse_length(raw: str, expected: int | None) -> None:
    assert parse_length(raw) == expected


@pytest.mark.parametrize("raw", list(PATHOLOGICAL.values()), ids=list(PATHOLOGICAL))
@pytest.mark.parametrize("function", [parse_minutes, parse_length], ids=lambda f: f.__name__)
def test_pathological_input_is_fast(function: object, raw: str) -> None:
    assert callable(function)
    started = time.process_time()
    function(raw)
    assert time.process_time() - started < BUDGET_SECONDS


@given(st.integers(min_value=0, max_value=9), st.integers(0, 59), st.integers(0, 59))
def test_length_round_trip(hours: int, minutes: int, seconds: int) -> None:
    assert (
        parse_length(f"{hours}:{minutes:02d}:{seconds:02d}")
        == hours * 3600 + minutes * 60 + seconds
    )
    assert parse_length(f"{minutes}:{seconds:02d}") == minutes * 60 + seconds


@given(st.text(alphabet=st.sampled_from("0123456789 :hminutesr.,")))
def test_never_raises(raw: str) -> None:
    minutes = parse_minutes(raw)
    assert minutes is None or minutes >= 0
    length = parse_length(raw)
    assert length is None or length >= 0
