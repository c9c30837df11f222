"""parse_money(): currency, exact amount and range from a budget or box-office value."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leaving_vegas_extract.normalize.money import ParsedMoney, parse_money
from leaving_vegas_extract.normalize.vocab.currencies import (
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    ISO_CODES,
)

BUDGET_SECONDS = 1.0
EN = "\u2013"  # the en dash the dumps print in ranges
PATHOLOGICAL = {
    "digits": "1" * 10**6,
    "spaces": " " * 10**6,
    "open-brackets": "[" * 10**6,
    "dollar-digits": "$" + "1" * 10**6,
    "decimal-digits": "$1." + "1" * 10**6,
    "comma-groups": "1," * (10**6 // 2),
    "thousands": "1" + ",000" * (10**6 // 4),
    "dash-then-spaces": "$1-" + " " * 10**6,
    "digits-and-spaces": "1 " * (10**6 // 2),
    "ranges": f"$1{EN}" * (10**6 // 3),
    "scale-words": "1 million " * (10**6 // 10),
    "dollars": "$" * 10**6,
}


def money(currency: str | None, amount: int, amount_max: int | None = None) -> ParsedMoney:
    return ParsedMoney(currency=currency, amount=amount, amount_max=amount_max)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # the contract's and the brief's examples
        pytest.param("$3.6 million", money("USD", 3_600_000), id="decimal-million"),
        pytest.param("$32,029,928", money("USD", 32_029_928), id="thousands-commas"),
        pytest.param(f"$5{EN}7 million", money("USD", 5_000_000, 7_000_000), id="range-en-dash"),
        pytest.param(f"$8{EN}8.5 million", money("USD", 8_000_000, 8_500_000), id="range-decimal"),
        pytest.param(f"$3.5{EN}4 million", money("USD", 3_500_000, 4_000_000), id="range-low-dec"),
        pytest.param(f"$94{EN}102 million", money("USD", 94_000_000, 102_000_000), id="range-wide"),
        pytest.param("$5-7 million", money("USD", 5_000_000, 7_000_000), id="range-hyphen"),
        pytest.param("$5—7 million", money("USD", 5_000_000, 7_000_000), id="range-em-dash"),
        pytest.param("$5 to 7 million", money("USD", 5_000_000, 7_000_000), id="range-to"),
        pytest.param(
            f"$5 million {EN} $7 million", money("USD", 5_000_000, 7_000_000), id="range-repeated"
        ),
        pytest.param(
            f"$1 billion{EN}$1.2 billion", money("USD", 10**9, 1_200_000_000), id="range-billions"
        ),
        pytest.param("₹4 crore", money("INR", 40_000_000), id="crore"),
        pytest.param("₹65.97 crore", money("INR", 659_700_000), id="crore-decimal"),
        pytest.param("40 lakh", money(None, 4_000_000), id="lakh-no-symbol"),
        pytest.param("Rs 40 lakh", money("INR", 4_000_000), id="rs-lakh"),
        pytest.param("Rs. 40 lakhs", money("INR", 4_000_000), id="rs-dot-lakhs"),
        pytest.param("est.₹150 million", money("INR", 150_000_000), id="est-glued"),
        pytest.param("est.₹102 crore", money("INR", 1_020_000_000), id="est-crore"),
        pytest.param("$0.5 million (US/Canada)", money("USD", 500_000), id="trailing-paren"),
        pytest.param(
            "$10 million (US) $20 million (worldwide)", money("USD", 10_000_000), id="first-of-two"
        ),
        pytest.param("$27,575", money("USD", 27_575), id="small"),
        pytest.param("$213.9 million", money("USD", 213_900_000), id="one-decimal"),
        pytest.param("$0.125 million", money("USD", 125_000), id="three-decimals"),
        # symbols and codes
        pytest.param("US$2 million", money("USD", 2_000_000), id="us-dollar"),
        pytest.param("USD 2 million", money("USD", 2_000_000), id="usd-code"),
        pytest.param("£1.4 million", money("GBP", 1_400_000), id="pound"),
        pytest.param("€11.4 million", money("EUR", 11_400_000), id="euro"),
        pytest.param("¥500 million", money("JPY", 500_000_000), id="yen"),
        pytest.param("JP¥500 million", money("JPY", 500_000_000), id="jp-yen"),
        pytest.param("INR 5 crore", money("INR", 50_000_000), id="inr-code"),
        pytest.param("C$5 million", money("CAD", 5_000_000), id="c-dollar"),
        pytest.param("CA$5 million", money("CAD", 5_000_000), id="ca-dollar"),
        pytest.param("A$5 million", money("AUD", 5_000_000), id="a-dollar"),
        pytest.param("AU$5 million", money("AUD", 5_000_000), id="au-dollar"),
        pytest.param("HK$5 million", money("HKD", 5_000_000), id="hk-dollar"),
        pytest.param("₩5 billion", money("KRW", 5_000_000_000), id="won"),
        pytest.param("₣3 million", money("FRF", 3_000_000), id="franc-sign"),
        pytest.param("FRF 3 million", money("FRF", 3_000_000), id="frf-code"),
        pytest.param("DM 5 million", money("DEM", 5_000_000), id="mark"),
        pytest.param("R$5 million", money("BRL", 5_000_000), id="real"),
        pytest.param("CN¥5 million", money("CNY", 5_000_000), id="cn-yuan"),
        pytest.param("RMB 5 million", money("CNY", 5_000_000), id="rmb"),
        pytest.param("₽5 million", money("RUB", 5_000_000), id="rouble"),
        pytest.param("5 million USD", money("USD", 5_000_000), id="code-after"),
        pytest.param("10 million euros", money("EUR", 10_000_000), id="word-after"),
        pytest.param("3 million French francs", money("FRF", 3_000_000), id="two-words-after"),
        pytest.param("40 lakh rupees", money("INR", 4_000_000), id="rupees-after"),
        pytest.param("kr 5 million", money(None, 5_000_000), id="ambiguous-krona"),
        # scale words
        pytest.param("$500 thousand", money("USD", 500_000), id="thousand"),
        pytest.param("$500k", money("USD", 500_000), id="k"),
        pytest.param("£5m", money("GBP", 5_000_000), id="m-glued"),
        pytest.param("$5M", money("USD", 5_000_000), id="capital-m"),
        pytest.param("$5 mil.", money("USD", 5_000_000), id="mil-dot"),
        pytest.param("$2.5 billion", money("USD", 2_500_000_000), id="billion"),
        pytest.param("$5 bn", money("USD", 5_000_000_000), id="bn"),
        pytest.param("$5-million", money("USD", 5_000_000), id="hyphenated-scale"),
        pytest.param("$5 more", money("USD", 5), id="m-needs-word-end"),
        # qualifiers
        pytest.param("est. $5 million", money("USD", 5_000_000), id="est"),
        pytest.param("over $5 million", money("USD", 5_000_000), id="over"),
        pytest.param("under $5 million", money("USD", 5_000_000), id="under"),
        pytest.param("approx. $5 million", money("USD", 5_000_000), id="approx"),
        pytest.param("~$5 million", money("USD", 5_000_000), id="tilde"),
        pytest.param("about $5 million", money("USD", 5_000_000), id="about"),
        pytest.param("more than $5 million", money("USD", 5_000_000), id="more-than"),
        pytest.param("<$1 million", money("USD", 1_000_000), id="less-than"),
        pytest.param(">$1 million", money("USD", 1_000_000), id="greater-than"),
        pytest.param("$\u00a05\u00a0million", money("USD", 5_000_000), id="nbsp"),
        # scale words of the German, French, Spanish, Portuguese and Italian Wikipedias' boxes
        pytest.param("US$ 50 milhões", money("USD", 50_000_000), id="milhoes-pt"),
        pytest.param("US$ 123,9 milhões[10]", money("USD", 123_900_000), id="milhoes-comma"),
        pytest.param("USD 58 millones", money("USD", 58_000_000), id="millones-es"),
        pytest.param("10 Mio. USD", money("USD", 10_000_000), id="mio-de"),
        pytest.param("USD 1,2 Milliarden", money("USD", 1_200_000_000), id="milliarden-de"),
        pytest.param("2 miliardi ITL", money("ITL", 2_000_000_000), id="miliardi-it"),
        # bare numbers and first-amount choice
        pytest.param("1995", money(None, 1995), id="bare-number"),
        pytest.param("3.6", money(None, 4), id="bare-decimal-rounded-half-even"),
        pytest.param("$2.5", money("USD", 2), id="half-to-even-down"),
        pytest.param("$3.5", money("USD", 4), id="half-to-even-up"),
        pytest.param("(1994) $5 million", money("USD", 5_000_000), id="unit-beats-bare"),
        pytest.param(f"$7{EN}5 million", money("USD", 7_000_000), id="descending-range-dropped"),
        pytest.param(
            f"$5 million{EN}€7 million", money("USD", 5_000_000), id="mixed-range-dropped"
        ),
        # not money
        pytest.param("2.5 million admissions", None, id="admissions"),
        pytest.param("1.4 million admissions (France)", None, id="admissions-paren"),
        pytest.param("1,234,567 tickets", None, id="tickets"),
        pytest.param("unknown", None, id="no-number"),
        pytest.param("$", None, id="symbol-only"),
        pytest.param("", None, id="empty"),
        pytest.param("1" * 30, None, id="absurdly-long"),
    ],
)
def test_parse_money(raw: str, expected: ParsedMoney | None) -> None:
    assert parse_money(raw) == expected


def test_decimal_arithmetic_is_exact() -> None:
    # Binary floating point gives 3.6 * 1e6 == 3599999.9999999995.
    parsed = parse_money("$3.6 million")
    assert parsed is not None
    assert parsed.amount == 3_600_000
    assert isinstance(parsed.amount, int)


def test_parsed_money_is_frozen() -> None:
    parsed = money("USD", 1)
    with pytest.raises(AttributeError):
        parsed.amount = 2  # type: ignore[misc]


def test_vocabulary_maps_to_known_codes() -> None:
    assert set(CURRENCY_SIGNS.values()) <= ISO_CODES
    assert set(CURRENCY_WORDS.values()) <= ISO_CODES


@pytest.mark.parametrize("raw", list(PATHOLOGICAL.values()), ids=list(PATHOLOGICAL))
def test_pathological_input_is_fast(raw: str) -> None:
    started = time.process_time()
    parse_money(raw)
    assert time.process_time() - started < BUDGET_SECONDS


@given(st.text(alphabet=st.sampled_from(f"$₹£0123456789.,{EN} -tomillonakhcre()")))
def test_never_raises_and_amounts_are_sane(raw: str) -> None:
    parsed = parse_money(raw)
    if parsed is not None:
        assert parsed.amount is not None
        assert parsed.amount >= 0
        assert parsed.amount_max is None or parsed.amount_max > parsed.amount
