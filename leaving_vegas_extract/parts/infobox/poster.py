"""A box's name line that ran into its poster's caption ("Night Ferry Night Ferry poster")."""

from __future__ import annotations

from leaving_vegas_extract.parts.infobox.vocab import CAPTION_WORDS


def split_name_caption(line: str) -> tuple[str, str] | None:
    """The name and the caption of a line holding both, the caption repeating the name before a
    caption word; None for any other line.

    >>> split_name_caption("Night Ferry Night Ferry theatrical poster")
    ('Night Ferry', 'Night Ferry theatrical poster')
    >>> split_name_caption("Bora Bora Nights") is None
    True
    """
    words = line.split()
    for size in range(1, len(words) // 2 + 1):
        rest = words[2 * size :]
        if words[:size] != words[size : 2 * size] or not rest:
            continue
        if any(word.casefold() in CAPTION_WORDS for word in rest):
            return " ".join(words[:size]), " ".join(words[size:])
    return None
