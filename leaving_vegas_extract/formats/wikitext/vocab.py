"""Template names wikitext pages use, grouped by what a reader sees of them. Data only.

Names are keys as ``scan.normal_name`` makes them (case-folded, ``_`` as space).
"""

from __future__ import annotations

from types import MappingProxyType

SFN_TEMPLATES = frozenset({"sfn", "sfnp", "sfnm", "harvnb note", "sfn whole"})
NOTE_TEMPLATES = frozenset(
    {"efn", "efn-ua", "efn-la", "efn-lr", "efn-ur", "efn-lg", "refn", "notetag"}
)
REFLISTS = frozenset(
    {
        "reflist",
        "references",
        "refs",
        "reference list",
        "notelist",
        "notelist-ua",
        "notelist-la",
        "notes",
    }
)

# One item per positional parameter (ubl-like), or per "*" line of the first (plainlist-like).
ITEM_LISTS = frozenset(
    {
        "ubl",
        "unbulleted list",
        "unbulleted",
        "hlist",
        "bulleted list",
        "blist",
        "bulleted",
        "cslist",
        "flat list",
        "plain list inline",
        "enum",
        "ordered list",
        "collapsible list",
        "hidden list",
        "ublist",
        "pagelist",
        "ubil",
        "bullet list",
        "unordered list",
    }
)
LINE_LISTS = frozenset({"plainlist", "plain list", "flatlist", "startflatlist", "endflatlist"})

# Templates whose first positional parameter is what a reader sees.
FIRST_ARGUMENT = frozenset(
    {
        "small",
        "smaller",
        "big",
        "nowrap",
        "nobr",
        "nobold",
        "noitalic",
        "nowr",
        "resize",
        "ill",
        "interlanguage link",
        "interlanguage link multi",
        "illm",
        "ill2",
        "abbr",
        "sic",
        "nihongo",
        "nihongo2",
        "nihongo3",
        "korean",
        "zh",
        "avoid wrap",
        "ship",
        "title",
        "uss",
        "hms",
        "center",
        "centre",
        "right",
        "sup",
        "sub",
        "tooltip",
        "keypress",
        "font",
        "bigger",
        "midsize",
        "mvar",
        "var",
        "em",
        "strong",
        "color",
        "colour",
        "no wrap",
        "srt",
        "anchor-none",
        "visible anchor",
        "proper name",
        "larger",
        "nts",
        "ntsh",
        "highlight",
        "vanchor",
        "anchored",
    }
)
# Templates whose second positional parameter is what a reader sees ({{lang|fr|text}}).
SECOND_ARGUMENT = frozenset(
    {"lang", "transl", "transliteration", "sort", "sortname2", "ns", "flagg", "lang-rtl"}
)
# ``{{sortname|First|Last}}`` prints "First Last" (a third parameter is the link's target).
NAME_TEMPLATES = frozenset({"sortname", "sort name"})

# Money templates: the symbol a reader sees before the amount (first positional).
MONEY = MappingProxyType(
    {
        "us$": "US$",
        "usd": "US$",
        "us dollar": "US$",
        "$": "$",
        "a$": "A$",
        "aud": "A$",
        "ca$": "CA$",
        "cad": "CA$",
        "nz$": "NZ$",
        "hk$": "HK$",
        "inr": "₹",
        "indian rupee": "₹",
        "inrconvert": "₹",
        "jpy": "¥",
        "yen": "¥",
        "gbp": "£",
        "£": "£",
        "eur": "€",
        "€": "€",
        "cny": "CN¥",
        "rmb": "CN¥",
        "krw": "₩",
        "won": "₩",
        "rub": "₽",
        "brl": "R$",
        "chf": "CHF ",
        "sek": "SEK ",
        "nok": "NOK ",
        "dkk": "DKK ",
        "pkr": "Rs ",
        "bdt": "৳",
        "lkr": "Rs ",
        "npr": "Rs ",
        "php": "₱",
        "thb": "฿",
        "try": "₺",
        "mxn": "Mex$",
        "ars": "ARS ",
        "zar": "R ",
        "ngn": "₦",
        "egp": "E£",
        "ils": "₪",
        "twd": "NT$",
        "sgd": "S$",
        "myr": "RM ",
        "idr": "Rp ",
        "irr": "IRR ",
        "pln": "zł ",
        "czk": "Kč ",
        "huf": "Ft ",
        "frf": "F ",
        "dem": "DM ",
        "itl": "₤",
    }
)
# {{INRConvert|amount|unit}}: the unit words.
INR_UNITS = MappingProxyType(
    {
        "c": "crore",
        "cr": "crore",
        "crore": "crore",
        "l": "lakh",
        "lakh": "lakh",
        "b": "billion",
        "m": "million",
        "k": "thousand",
        "t": "trillion",
        "lc": "lakh crore",
    }
)

DATE_TEMPLATES = frozenset(
    {
        "film date",
        "filmdate",
        "start date",
        "start-date",
        "release date",
        "date",
        "dts",
        "date table sorting",
        "start date and age",
        "birth date",
        "birth date and age",
        "death date",
        "death date and age",
        "end date",
        "released",
        "dated",
    }
)
DURATION_TEMPLATES = frozenset({"duration", "runtime", "length"})
BASED_ON = frozenset({"based on", "basedon", "based-on"})
BREAKS = frozenset({"br", "break", "-", "clear", "crlf", "wbr"})

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Namespaces of links that render no text in a value or paragraph.
HIDDEN_LINKS = ("file:", "image:", "category:", "media:")

# Section titles (casefolded) whose body is lists of references, links or notes, not prose.
NON_PROSE = frozenset(
    {
        "references",
        "notes",
        "footnotes",
        "citations",
        "sources",
        "works cited",
        "bibliography",
        "further reading",
        "external links",
        "see also",
        "notes and references",
        "references and notes",
        "explanatory notes",
        "cited sources",
        "general and cited sources",
        "general sources",
    }
)
# Sections whose cite templates are bibliography entries (further_reading), not notes.
BIBLIOGRAPHY = frozenset(
    {
        "sources",
        "works cited",
        "bibliography",
        "further reading",
        "cited sources",
        "general and cited sources",
        "general sources",
        "works consulted",
    }
)

# {{lang-xx|text}} and {{langx|xx|text}} print "Language: text": the codes film pages use most
# (ISO 639-1, and a few 639-3 codes those pages write). An unknown code prints the text alone.
LANGUAGE_NAMES = MappingProxyType(
    {
        "af": "Afrikaans", "am": "Amharic", "ar": "Arabic", "as": "Assamese", "az": "Azerbaijani",
        "be": "Belarusian", "bg": "Bulgarian", "bn": "Bengali", "bo": "Tibetan", "bs": "Bosnian",
        "ca": "Catalan", "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German",
        "el": "Greek", "en": "English", "eo": "Esperanto", "es": "Spanish", "et": "Estonian",
        "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fil": "Filipino", "fr": "French",
        "ga": "Irish", "gd": "Scottish Gaelic", "gl": "Galician", "gu": "Gujarati",
        "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "hy": "Armenian",
        "id": "Indonesian", "is": "Icelandic", "it": "Italian", "ja": "Japanese",
        "ka": "Georgian", "kk": "Kazakh", "km": "Khmer", "kn": "Kannada", "ko": "Korean",
        "ku": "Kurdish", "ky": "Kyrgyz", "la": "Latin", "lb": "Luxembourgish", "lo": "Lao",
        "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian", "ml": "Malayalam",
        "mn": "Mongolian", "mr": "Marathi", "ms": "Malay", "mt": "Maltese", "my": "Burmese",
        "nb": "Norwegian Bokmål", "ne": "Nepali", "nl": "Dutch", "nn": "Norwegian Nynorsk",
        "no": "Norwegian", "or": "Odia", "pa": "Punjabi", "pl": "Polish", "ps": "Pashto",
        "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sa": "Sanskrit",
        "si": "Sinhala", "sk": "Slovak", "sl": "Slovene", "so": "Somali", "sq": "Albanian",
        "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu",
        "tg": "Tajik", "th": "Thai", "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian",
        "ur": "Urdu", "uz": "Uzbek", "vi": "Vietnamese", "wo": "Wolof", "xh": "Xhosa",
        "yi": "Yiddish", "yo": "Yoruba", "yue": "Cantonese", "zh": "Chinese", "zu": "Zulu",
    }
)  # fmt: skip

SYMBOLS: MappingProxyType[str, str] = MappingProxyType(
    {
        "nbsp": " ",
        "snd": " – ",
        "spaced ndash": " – ",
        "ndash": "–",
        "mdash": "—",
        "dot": " · ",
        "middot": " · ",
        "·": " · ",
        "'": "'",
        "!": "|",
        "=": "=",
        "en dash": "–",
    }
)
"""Templates that print one symbol or a spaced dash (what a reader sees of them)."""
