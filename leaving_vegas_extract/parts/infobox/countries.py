"""Country and language names as infoboxes print them (data only, casefolded).

Used to place a value whose label was lost ("  • India" right after the running time) and to split
a cell whose list separators were lost ("United States United Kingdom"). Historical states that
film infoboxes still name are included.
"""

from __future__ import annotations

from types import MappingProxyType

COUNTRIES: frozenset[str] = frozenset(
    name.casefold()
    for name in (
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia",
        "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados",
        "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina",
        "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia",
        "Cameroon", "Canada", "Cape Verde", "Chad", "Chile", "China", "Colombia", "Congo",
        "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Czechia", "Denmark",
        "Djibouti", "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "Estonia",
        "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Georgia", "Germany", "Ghana",
        "Greece", "Greenland", "Guatemala", "Guinea", "Haiti", "Honduras", "Hong Kong",
        "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland",
        "Republic of Ireland", "Israel", "Italy", "Ivory Coast", "Jamaica", "Japan", "Jordan",
        "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon",
        "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Macau",
        "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Mauritania",
        "Mauritius", "Mexico", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco",
        "Mozambique", "Myanmar", "Burma", "Namibia", "Nepal", "Netherlands", "New Zealand",
        "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia", "Macedonia",
        "Norway", "Oman", "Pakistan", "Palestine", "Panama", "Papua New Guinea", "Paraguay",
        "Peru", "Philippines", "Poland", "Portugal", "Puerto Rico", "Qatar", "Romania",
        "Russia", "Rwanda", "Saudi Arabia", "Senegal", "Serbia", "Sierra Leone", "Singapore",
        "Slovakia", "Slovenia", "Somalia", "South Africa", "South Korea", "South Sudan",
        "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan",
        "Tajikistan", "Tanzania", "Thailand", "Togo", "Trinidad and Tobago", "Tunisia",
        "Turkey", "Turkmenistan", "Uganda", "Ukraine", "United Arab Emirates",
        "United Kingdom", "United States", "United States of America", "Uruguay",
        "Uzbekistan", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe",
        # short and historical forms
        "UK", "US", "USA", "U.S.", "U.K.", "England", "Scotland", "Wales", "Northern Ireland",
        "Soviet Union", "USSR", "West Germany", "East Germany", "Yugoslavia",
        "Czechoslovakia", "Serbia and Montenegro", "British India", "Ceylon", "Zaire",
        # the countries films come from most, as the German, French, Spanish, Portuguese and
        # Italian boxes name them ("Italien Frankreich": a cell whose separator was lost)
        "Vereinigte Staaten", "Vereinigtes Königreich", "Großbritannien", "Frankreich",
        "Deutschland", "Italien", "Spanien", "Kanada", "Belgien", "Schweiz", "Österreich",
        "Niederlande", "Schweden", "Dänemark", "Norwegen", "Mexiko", "Brasilien",
        "Sowjetunion", "BR Deutschland", "DDR", "Indien", "Australien", "Irland", "Polen",
        "Russland", "États-Unis", "Royaume-Uni", "Allemagne", "Italie", "Espagne", "Belgique",
        "Suisse", "Autriche", "Pays-Bas", "Suède", "Danemark", "Norvège", "Mexique", "Brésil",
        "Argentine", "Union soviétique", "Chine", "Inde", "Australie", "Irlande", "Pologne",
        "Russie", "Japon", "Estados Unidos", "Reino Unido", "Francia", "Alemania", "Italia",
        "España", "Canadá", "Japón", "Bélgica", "Suiza", "Países Bajos", "Suecia", "Dinamarca",
        "Noruega", "México", "Brasil", "Unión Soviética", "Irlanda", "Polonia", "Rusia",
        "França", "Alemanha", "Itália", "Espanha", "Japão", "Suíça", "Áustria", "Países Baixos",
        "Suécia", "União Soviética", "Índia", "Polônia", "Rússia", "Stati Uniti",
        "Stati Uniti d'America", "Regno Unito", "Germania", "Spagna", "Giappone", "Belgio",
        "Svizzera", "Paesi Bassi", "Svezia", "Danimarca", "Norvegia", "Messico", "Brasile",
        "Unione Sovietica", "Germania Ovest", "Cina",
    )
)  # fmt: skip
"""Country names (casefolded), English and as the German, French, Spanish, Portuguese and Italian
Wikipedias' boxes print them."""

_LANGUAGE_NAMES: frozenset[str] = frozenset(
    name.casefold()
    for name in (
        "Afrikaans", "Albanian", "American Sign Language", "Amharic", "Arabic", "Armenian",
        "Assamese", "Azerbaijani", "Basque", "Belarusian", "Bengali", "Bhojpuri", "Bosnian",
        "British Sign Language", "Bulgarian", "Burmese", "Cantonese", "Catalan", "Chinese",
        "Croatian", "Czech", "Danish", "Dari", "Dutch", "English", "Estonian", "Farsi",
        "Filipino", "Finnish", "Flemish", "French", "Galician", "Georgian", "German",
        "Greek", "Gujarati", "Haitian Creole", "Hawaiian", "Hebrew", "Hindi", "Hindustani",
        "Hokkien", "Hungarian", "Icelandic", "Indonesian", "Inuktitut", "Irish", "Italian",
        "Japanese", "Kannada", "Kazakh", "Khmer", "Korean", "Kurdish", "Lao", "Latin",
        "Latvian", "Lithuanian", "Macedonian", "Malay", "Malayalam", "Maltese", "Mandarin",
        "Maori", "Māori", "Marathi", "Mongolian", "Nepali", "Norwegian", "Odia", "Oriya",
        "Pashto", "Persian", "Polish", "Portuguese", "Punjabi", "Quechua", "Romani",
        "Romanian", "Russian", "Sanskrit", "Scottish Gaelic", "Serbian", "Serbo-Croatian",
        "Sindhi", "Sinhala", "Slovak", "Slovene", "Slovenian", "Somali", "Spanish", "Swahili",
        "Swedish", "Swiss German", "Tagalog", "Tamil", "Telugu", "Thai", "Tibetan", "Turkish",
        "Ukrainian", "Urdu", "Uzbek", "Vietnamese", "Welsh", "Wolof", "Xhosa", "Yiddish",
        "Yoruba", "Zulu",
        # as the German, French, Spanish, Portuguese and Italian boxes name the commonest
        "Englisch", "Deutsch", "Französisch", "Italienisch", "Spanisch", "Japanisch",
        "Russisch", "Portugiesisch", "Chinesisch", "anglais", "allemand", "français", "italien",
        "espagnol", "japonais", "russe", "portugais", "chinois", "inglés", "alemán", "francés",
        "italiano", "español", "japonés", "ruso", "portugués", "inglês", "alemão", "francês",
        "espanhol", "japonês", "russo", "português", "chinês", "língua inglesa",
        "língua francesa", "língua portuguesa", "inglese", "tedesco", "francese", "spagnolo",
        "giapponese", "portoghese", "cinese",
    )
)  # fmt: skip
# A silent film's language row: "Silent", "Silent film", "No intertitles", "<Language> intertitles".
LANGUAGES: frozenset[str] = (
    _LANGUAGE_NAMES
    | {"silent", "silent film", "no intertitles"}
    | {f"{name} intertitles" for name in _LANGUAGE_NAMES}
)
"""Language names (casefolded), and what the language row of a silent film prints."""

COUNTRY_CODES: MappingProxyType[str, str] = MappingProxyType(
    {
        "us": "United States",
        "usa": "United States",
        "uk": "United Kingdom",
        "gbr": "United Kingdom",
        "fra": "France",
        "ger": "Germany",
        "deu": "Germany",
        "ita": "Italy",
        "esp": "Spain",
        "jpn": "Japan",
        "kor": "South Korea",
        "ind": "India",
        "chn": "China",
        "hkg": "Hong Kong",
        "twn": "Taiwan",
        "can": "Canada",
        "aus": "Australia",
        "nzl": "New Zealand",
        "irl": "Ireland",
        "mex": "Mexico",
        "bra": "Brazil",
        "arg": "Argentina",
        "swe": "Sweden",
        "nor": "Norway",
        "den": "Denmark",
        "dnk": "Denmark",
        "fin": "Finland",
        "ned": "Netherlands",
        "nld": "Netherlands",
        "bel": "Belgium",
        "aut": "Austria",
        "sui": "Switzerland",
        "che": "Switzerland",
        "pol": "Poland",
        "rus": "Russia",
        "tur": "Turkey",
        "irn": "Iran",
        "egy": "Egypt",
        "rsa": "South Africa",
        "nga": "Nigeria",
    }
)
"""Country codes (casefolded) as flag and film-country templates take them, spelled out."""
