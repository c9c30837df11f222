"""Money vocabulary: currency signs and words, ISO 4217 codes, scales, count nouns (data only).

Ambiguous signs are left out on purpose: "kr" (Swedish, Norwegian, Danish, ...), a bare "R",
"pesos", "francs" other than French. An amount printed with one of them gets no currency, and
the caller says so in a diagnostic, rather than a guess.
"""

from __future__ import annotations

from types import MappingProxyType

ISO_CODES: frozenset[str] = frozenset(
    {
        # current
        "ARS", "AUD", "BDT", "BGN", "BRL", "CAD", "CHF", "CLP", "CNY", "COP", "CZK", "DKK",
        "EGP", "EUR", "GBP", "HKD", "HUF", "IDR", "ILS", "INR", "IRR", "ISK", "JPY", "KRW",
        "LKR", "MXN", "MYR", "NGN", "NOK", "NPR", "NZD", "PEN", "PHP", "PKR", "PLN", "RON",
        "RUB", "SEK", "SGD", "THB", "TRY", "TWD", "UAH", "USD", "VND", "ZAR",
        # withdrawn, still printed in older articles
        "ATS", "BEF", "DEM", "ESP", "FIM", "FRF", "GRD", "IEP", "ITL", "NLG", "PTE", "SUR",
    }
)  # fmt: skip
"""ISO 4217 codes accepted when printed as such ("USD 5 million", "5 million EUR")."""

CURRENCY_SIGNS: MappingProxyType[str, str] = MappingProxyType(
    {
        "$": "USD",
        "US$": "USD",
        "U.S.$": "USD",
        "£": "GBP",
        "UK£": "GBP",
        "€": "EUR",
        "¥": "JPY",
        "JP¥": "JPY",
        "CN¥": "CNY",
        "RMB": "CNY",
        "₹": "INR",
        "₨": "INR",
        "Rs.": "INR",
        "Rs": "INR",
        "C$": "CAD",
        "CA$": "CAD",
        "Can$": "CAD",
        "A$": "AUD",
        "AU$": "AUD",
        "HK$": "HKD",
        "NZ$": "NZD",
        "S$": "SGD",
        "NT$": "TWD",
        "R$": "BRL",
        "MX$": "MXN",
        "Mex$": "MXN",
        "₩": "KRW",
        "₣": "FRF",
        "FF": "FRF",
        "DM": "DEM",
        "₤": "ITL",
        "₧": "ESP",
        "₽": "RUB",
        "₺": "TRY",
        "₪": "ILS",
        "₦": "NGN",
        "₱": "PHP",
        "฿": "THB",
        "₫": "VND",
        "₴": "UAH",
        "৳": "BDT",
        "zł": "PLN",
        "Kč": "CZK",
        "SFr.": "CHF",
        "E£": "EGP",
        "Rp": "IDR",
        "RM": "MYR",
    }
)
"""A currency sign as printed (case-sensitive), before or after the number, to its ISO 4217 code."""

CURRENCY_WORDS: MappingProxyType[str, str] = MappingProxyType(
    {
        "dollars": "USD",
        "us dollars": "USD",
        "u.s. dollars": "USD",
        "euros": "EUR",
        "euro": "EUR",
        "pounds": "GBP",
        "pounds sterling": "GBP",
        "sterling": "GBP",
        "rupees": "INR",
        "indian rupees": "INR",
        "yen": "JPY",
        "yuan": "CNY",
        "renminbi": "CNY",
        "won": "KRW",
        "francs": "FRF",
        "french francs": "FRF",
        "swiss francs": "CHF",
        "deutsche mark": "DEM",
        "deutsche marks": "DEM",
        "deutschmarks": "DEM",
        "lire": "ITL",
        "pesetas": "ESP",
        "roubles": "RUB",
        "rubles": "RUB",
        "kronor": "SEK",
        "swedish kronor": "SEK",
        "norwegian kroner": "NOK",
        "danish kroner": "DKK",
        "zloty": "PLN",
        "złoty": "PLN",
        "baht": "THB",
    }
)
"""A currency written out after the amount (casefolded, one or two words) to its ISO 4217 code."""

SCALES: MappingProxyType[str, int] = MappingProxyType(
    {
        "thousand": 1_000,
        "k": 1_000,
        "lakh": 100_000,
        "lakhs": 100_000,
        "lac": 100_000,
        "lacs": 100_000,
        "million": 1_000_000,
        "millions": 1_000_000,
        "mil": 1_000_000,
        "mn": 1_000_000,
        "m": 1_000_000,
        "crore": 10_000_000,
        "crores": 10_000_000,
        "cr": 10_000_000,
        "juta": 1_000_000,  # Malay, Indonesian
        "billion": 1_000_000_000,
        "billions": 1_000_000_000,
        "bn": 1_000_000_000,
        "b": 1_000_000_000,
        # the German, French, Spanish, Portuguese and Italian Wikipedias' boxes ("US$ 50
        # milhões", "10 Mio. US-Dollar"); "mil" stays the English million, not their thousand
        "millionen": 1_000_000,
        "mio": 1_000_000,
        "millones": 1_000_000,
        "millón": 1_000_000,
        "milhões": 1_000_000,
        "milhão": 1_000_000,
        "milioni": 1_000_000,
        "milione": 1_000_000,
        "milliarden": 1_000_000_000,
        "milliarde": 1_000_000_000,
        "mrd": 1_000_000_000,
        "milliards": 1_000_000_000,
        "milliard": 1_000_000_000,
        "bilhões": 1_000_000_000,  # Brazilian: a thousand million
        "bilhão": 1_000_000_000,
        "miliardi": 1_000_000_000,
        "miliardo": 1_000_000_000,
    }
)
"""Scale word after a number (casefolded, without its full stop) to its multiplier."""

COUNT_NOUNS: frozenset[str] = frozenset(
    {
        "admission",
        "admissions",
        "admits",
        "attendance",
        "copies",
        "entradas",
        "entries",
        "footfalls",
        "spectators",
        "ticket",
        "tickets",
        "units",
        "viewers",
        "views",
        "visitors",
    }
)
"""Words that make a number a count of people or things, not money ("2.5 million admissions")."""
