"""Film infobox labels as the German, Portuguese, Spanish, Italian, Norwegian, Swedish, Danish and
Dutch Wikipedias print them, and
the notes and taglines those wikis (and the French one) print above a box (data only).

Learnt from each wiki's own template documentation: Vorlage:Infobox Film (de), Predefinição:Info/
Filme (pt), Plantilla:Ficha de película (es) and Template:Film (it), and from copies of their
pages; each maps to a canonical key, those of ``vocab._LABELS`` where one fits. A writing credit
maps as the template documents it: the Spanish "Guion" and Italian "Sceneggiatura" are the
screenplay (Italian boxes print "Soggetto", the story, apart); the German "Drehbuch" and
Portuguese "Roteiro" are a box's only writing credit, like the French "Scénario" (written_by). A
year row ("Erscheinungsjahr", "Anno", "Año") is the release year; a title row ("Titel",
"Título") is the title in the wiki's language, the box's name when it prints no other. Rows no
typed field holds are keyed too ("Altersfreigabe", "Figurino"): as labels they end the row above
them in a flattened copy, never a value of it.

The Scandinavian and Dutch boxes (Mal:Infoboks film, nb and nn; Mall:Filmfakta, sv; Skabelon:
Infoboks film, da; Sjabloon:Infobox film, nl) were learnt from rendered copies of those wikis'
pages: "Manus" (no, sv) and "Manuskript" (da) are a box's only writing credit (written_by).
Labels that are English words or names too ("Premiere", "Scenario", "Camera") are KEY_ONLY:
labels where the layout marks them (glued to a capital, a cell), never at the start of a flattened
line. Their "Land" (country) is left out: an English place box's "Land" row is its land area.
"""

from __future__ import annotations

GERMAN_LABELS: dict[str, tuple[str, ...]] = {
    "directed_by": ("Regie",),
    "written_by": ("Drehbuch",),
    "produced_by": ("Produktion", "Produzent", "Produzenten"),
    "music_by": ("Musik",),
    "cinematography": ("Kamera",),
    "edited_by": ("Schnitt",),
    "starring": ("Besetzung",),
    "production_companies": ("Produktionsunternehmen", "Produktionsfirma"),
    "countries": ("Produktionsland", "Produktionsländer"),
    "languages": ("Originalsprache", "Originalsprachen"),
    "release_dates": ("Erscheinungsjahr", "Erscheinungsjahre"),
    "running_time": ("Länge",),
    "original_title": ("Originaltitel",),
    "title": ("Deutscher Titel", "Titel"),
    "age_rating": ("Altersfreigabe",),
    "dubbing": ("Synchronisation",),
}

PORTUGUESE_LABELS: dict[str, tuple[str, ...]] = {
    "directed_by": ("Direção", "Realização"),
    "produced_by": ("Produção",),
    "executive_producers": ("Produção executiva",),
    "written_by": ("Roteiro", "Argumento"),  # Brazil, Portugal
    "based_on": ("Baseado em",),
    "starring": ("Elenco",),
    "narrated_by": ("Narração",),
    "music_by": ("Música",),
    "cinematography": ("Cinematografia", "Direção de fotografia"),
    "edited_by": ("Edição", "Montagem"),
    "production_design": ("Direção de arte",),
    "special_effects": ("Efeitos especiais",),
    "costume_design": ("Figurino",),
    "production_companies": ("Companhia(s) produtora(s)", "Companhia produtora", "Produtora"),
    "distributed_by": ("Distribuição",),
    "release_dates": ("Lançamento",),
    "running_time": ("Duração",),
    "countries": ("País", "Países"),
    "languages": ("Idioma", "Idiomas"),
    "budget": ("Orçamento",),
    "box_office": ("Receita", "Bilheteria"),
    "genre": ("Gênero", "Género"),
    "original_title": ("Título original",),
}

SPANISH_LABELS: dict[str, tuple[str, ...]] = {
    "directed_by": ("Dirección",),
    "produced_by": ("Producción",),
    "screenplay_by": ("Guion", "Guión"),
    "based_on": ("Basada en", "Basado en"),
    "starring": ("Protagonistas", "Reparto"),
    "narrated_by": ("Narrador",),
    "music_by": ("Música",),
    "cinematography": ("Fotografía",),
    "edited_by": ("Montaje",),
    "production_design": ("Diseño de producción", "Dirección artística", "Escenografía"),
    "costume_design": ("Vestuario",),
    "production_companies": ("Productora", "Productoras"),
    "distributed_by": ("Distribución", "Distribuidora"),
    "release_dates": ("Estreno", "Año"),
    "running_time": ("Duración",),
    "countries": ("País", "País(es)", "Países"),
    "languages": ("Idioma", "Idioma(s)", "Idiomas"),
    "budget": ("Presupuesto",),
    "box_office": ("Recaudación", "Taquilla"),
    "genre": ("Género",),
    "title": ("Título",),
    "original_title": ("Título original",),
}

ITALIAN_LABELS: dict[str, tuple[str, ...]] = {
    "directed_by": ("Regia",),
    "story_by": ("Soggetto",),
    "screenplay_by": ("Sceneggiatura",),
    "produced_by": ("Produttore", "Produttori"),
    "executive_producers": ("Produttore esecutivo", "Produttori esecutivi"),
    "production_companies": ("Casa di produzione", "Case di produzione"),
    "distributed_by": ("Distribuzione in italiano", "Distribuzione"),
    "starring": ("Interpreti e personaggi",),
    "voice_actors": ("Doppiatori originali", "Doppiatori italiani"),
    "cinematography": ("Fotografia",),
    "edited_by": ("Montaggio",),
    "music_by": ("Musiche",),
    "special_effects": ("Effetti speciali",),
    "production_design": ("Scenografia",),
    "costume_design": ("Costumi",),
    "makeup": ("Trucco",),
    "countries": ("Paese di produzione", "Paesi di produzione"),
    "languages": ("Lingua originale", "Lingue originali"),
    "release_dates": ("Anno",),
    "running_time": ("Durata",),
    "technical_data": ("Dati tecnici",),
    "genre": ("Genere",),
    "original_title": ("Titolo originale",),
}

NORWEGIAN_LABELS: dict[str, tuple[str, ...]] = {
    # Bokmål and nynorsk spellings side by side ("Lengde" / "Lengd"), then the "… av" forms of
    # machine-translated mirrors of English articles ("I regi av", "Musikk av": the English box's
    # "Directed by", "Music by" word for word).
    "directed_by": ("Regi", "Regissør", "I regi av", "Regissert av"),
    "written_by": ("Manus", "Manusforfatter", "Manus av", "Skrevet av"),
    "produced_by": ("Produsent", "Produsenter", "Produsert av"),
    "based_on": ("Basert på",),
    "starring": (
        "Medvirkende",
        "Medverkande",
        "Skuespillere",
        "Skodespelarar",
        "Med hovedrollen",
    ),
    "music_by": ("Musikk", "Musikk av"),
    "cinematography": ("Sjeffotograf", "Filmfotograf", "Foto", "Kinematografi"),
    "edited_by": ("Klipp", "Klipper", "Redigert av"),
    "production_companies": ("Produksjonsselskap", "Produksjonsselskaper"),
    "distributed_by": ("Distributør", "Distribuert av"),
    "release_dates": ("Utgivelsesdato", "Utgjevingsdato", "Premiere", "Utgivelse"),
    "running_time": ("Lengde", "Lengd", "Spilletid", "Driftstid", "Kjøretid"),
    "countries": ("Opphavsland", "Opprinnelsesland"),
    "languages": ("Språk",),
    "budget": ("Budsjett",),
    "box_office": ("Inntekter", "Billettluke", "Billettkontor"),
    "genre": ("Sjanger",),
    "original_title": ("Originaltittel",),
}

SWEDISH_LABELS: dict[str, tuple[str, ...]] = {
    "directed_by": ("Regissör", "Regi"),
    "written_by": ("Manus", "Manusförfattare"),
    "produced_by": ("Producent", "Producenter"),
    "based_on": ("Baserad på", "Förlaga"),
    "starring": ("Skådespelare", "I rollerna", "I större roller"),
    "music_by": ("Originalmusik", "Kompositör", "Musik"),
    "cinematography": ("Fotograf",),
    "edited_by": ("Klippning", "Klippare"),
    "production_design": ("Scenograf",),
    "production_companies": ("Produktionsbolag",),
    "distributed_by": ("Distribution", "Distributör"),
    "release_dates": ("Premiär",),
    "running_time": ("Speltid",),
    "countries": ("Produktionsland",),
    "languages": ("Språk",),
    "box_office": ("Intäkter",),
    "original_title": ("Originaltitel",),
}

DANISH_LABELS: dict[str, tuple[str, ...]] = {
    "directed_by": ("Instrueret af", "Instruktør"),
    "written_by": ("Manuskript af", "Manuskript"),
    "produced_by": ("Produceret af", "Producent"),
    "starring": ("Medvirkende",),
    "music_by": ("Musik af", "Komponist"),
    "cinematography": ("Fotografering", "Fotograf"),
    "edited_by": ("Klip", "Klipper"),
    "production_design": ("Scenografi",),
    "production_companies": ("Produktionsselskab",),
    "distributed_by": ("Distributør", "Distribution"),
    "release_dates": ("Udgivelsesdato", "Premiere"),
    "running_time": ("Længde", "Spilletid"),
    "countries": ("Oprindelsesland", "Produktionsland"),
    "languages": ("Sprog",),
    "box_office": ("Indtjening",),
    "age_rating": ("Censur",),
    "technical_data": ("Tekniske data",),
    "original_title": ("Originaltitel", "Original titel"),
}

DUTCH_LABELS: dict[str, tuple[str, ...]] = {
    "directed_by": ("Regie",),
    "produced_by": ("Producent", "Productie"),
    "written_by": ("Scenario",),
    "starring": ("Hoofdrollen",),
    "music_by": ("Muziek",),
    "cinematography": ("Cinematografie", "Camera"),
    "distributed_by": ("Distributie",),
    "release_dates": ("Première",),
    "running_time": ("Lengte", "Speelduur"),
    "languages": ("Taal",),
    "box_office": ("Opbrengst",),
}

# The French box's rows (Modèle:Infobox Cinéma (film)) that earlier rounds left out of vocab.
FRENCH_MORE_LABELS: dict[str, tuple[str, ...]] = {
    "distributed_by": ("Sociétés de distribution", "Société de distribution"),
    "quebec_title": ("Titre québécois",),
}

INTL_KEY_ONLY: frozenset[str] = frozenset(
    {
        # Also English words or names that may open an English line ("Anno Dracula",
        # "Synchronisation of …"), or the plot section's heading right under a box ("Argumento",
        # es): labels only as keys and cells.
        "anno", "synchronisation", "argumento",
        # Scandinavian and Dutch: "Premiere of …", "Scenario planning …", "Camera work …",
        # "Foto …", "Manus …" (a name); words that end a company's name ("Lune Film
        # Distribution", "… Productie"), where a run-together box would cut it.
        "premiere", "scenario", "camera", "foto", "manus", "klip", "klipp",
        "distribution", "distributie", "productie",
    }
)  # fmt: skip
"""Casefolded foreign labels read only as keys or cells, not at the start of a flattened line."""

LOWER_GLUED: frozenset[str] = frozenset({"språk", "sprog", "sjanger"})
"""Casefolded labels whose values those wikis print in lower case ("Språkrussisk", "Sprogdansk"):
glued to a lower-case word they still open a row, as no sentence opens with them so."""

INTL_BOX_HEADINGS: frozenset[str] = frozenset(
    {"stab", "filmdaten", "ficha técnica", "datos y cifras", "compañías", "dados técnicos",
     "overblik", "teknisk information", "mer information", "utmärkelser"}
)  # fmt: skip
"""Section headings (casefolded) inside those wikis' boxes ("Stab", "Datos y cifras"): alone
before a row they are never a value of the row above."""

BOX_TOP_HEADINGS: tuple[str, ...] = ("ficha técnica", "filmdaten")
"""The heading atop those wikis' boxes (casefolded; es "Ficha técnica", de "Filmdaten"), under
the name: never the box's name or caption."""


_TAGLINES = (
    "der freien enzyklopädie",
    "l'encyclopédie libre",
    "l’encyclopédie libre",
    "la enciclopedia libre",
    "a enciclopédia livre",
    "l'enciclopedia libera",
    "l’enciclopedia libera",
)

TAGLINE_ENDINGS: tuple[str, ...] = (*_TAGLINES, *(f"{tagline}." for tagline in _TAGLINES))
"""How the wikis' "From Wikipedia, the free encyclopedia" line ends ("Origem: Wikipédia, a
enciclopédia livre."), with or without its full stop (casefolded): site chrome, never a name."""

WIKIDATA_LINKS: tuple[str, ...] = (
    "sjå dette på wikidata",
    "se dette på wikidata",
    "rediger på wikidata",
    "redigera wikidata",
    "edit on wikidata",
)
"""The edit link some wikis print after a value their box reads from Wikidata (casefolded; nn
"Sjå dette på Wikidata", da and nb "Rediger på Wikidata", sv "Redigera Wikidata"): never part
of the value."""

NATIVE_NAME_LABELS: tuple[str, ...] = (
    "revised romanization", "revised hepburn", "mccune–reischauer", "mccune-reischauer",
    "hanyu pinyin", "wade–giles", "japanese name", "korean name", "chinese name", "hepburn",
    "kanji", "kana", "hiragana", "katakana", "hangul", "hanja", "jyutping", "traditional",
    "simplified",
)  # fmt: skip
"""Labels of the rows an English box prints the film's native names in, under its poster
(casefolded; "Japanese name" / "Kanji…" / "Revised Hepburn…"): alone or glued to their value
such a row is neither the box's name nor its caption."""
