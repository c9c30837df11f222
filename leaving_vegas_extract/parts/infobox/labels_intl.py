"""Film infobox labels as the German, Portuguese, Spanish and Italian Wikipedias print them, and
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
    }
)  # fmt: skip
"""Casefolded foreign labels read only as keys or cells, not at the start of a flattened line."""

INTL_BOX_HEADINGS: frozenset[str] = frozenset(
    {"stab", "filmdaten", "ficha técnica", "datos y cifras", "compañías", "dados técnicos"}
)
"""Section headings (casefolded) inside those wikis' boxes ("Stab", "Datos y cifras"): alone
before a row they are never a value of the row above."""

BOX_TOP_HEADINGS: tuple[str, ...] = ("ficha técnica", "filmdaten")
"""The heading atop those wikis' boxes (casefolded; es "Ficha técnica", de "Filmdaten"), under
the name: never the box's name or caption."""

HATNOTE_OPENINGS: tuple[str, ...] = (
    "pour les articles homonymes",
    "pour l'article homonyme",
    "pour l’article homonyme",
    "pour les articles ayant des titres",
    "ne doit pas être confondu avec",
    "dieser artikel behandelt",
    "dieser artikel beschreibt",
    "zu weiteren bedeutungen siehe",
    "para otros usos de este término",
    "no debe confundirse con",
    "este artículo trata sobre",
    "nota: para outros significados",
    "este artigo é sobre",
    "disambiguazione –",
    "nota disambigua",
    "for other uses, see",
    "this article is about",
)
"""How a disambiguation note above the box opens (casefolded; the hatnote templates as each wiki
prints them: fr {{Voir homonymes}}, de {{Dieser Artikel}}, es {{Otros usos}}, pt {{Outros
significados}}, it {{Disambigua}}, en {{Other uses}}, {{About}}): never the box's name."""

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
