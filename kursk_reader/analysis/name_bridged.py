"""Names of bodies with a lower-case preposition inside ("Ecologistas en Acción", "Ärzte ohne
Grenzen", "Reporteros sin Fronteras", "Doctors without Borders"), which the capitalised runs
of `name_spans` cut in two. Such a phrase is taken for one name only when two articles write
it, once folded, alike: a fixed name, not a clause ("Guardia Civil en Valencia") that one
sentence happens to hold. Split from `names`, which groups the names found here."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping

from kursk_reader.analysis.name_match import FUNCTION_WORDS, NameMention

_CONNECTORS = frozenset(
    """without for against with en sin sans ohne für pour para por contra con avec mit
    gegen""".split()
)
"""Prepositions that stand inside a body's name in en, de, fr, es, written in lower case
("en", "sin", "ohne", "without"); "de", "of", "von" are already read inside names."""
_WORD = re.compile(r"[^\W\d_][\w\-’']*")
_MOST_BEFORE = 3
"""Capitalised words before the preposition taken into the name at most."""


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.casefold() not in FUNCTION_WORDS


def bridged_mentions(texts: Mapping[int, str]) -> dict[str, list[NameMention]]:
    """Mentions of names joined across a lower-case preposition (`_CONNECTORS`): capitalised
    words, the preposition, one capitalised word, single spaces between, written (accents and
    capitals aside) in two articles or more, in two spellings or more: only then is the
    phrase a name written two ways ("Ecologistas en Acción" / "Ecologistas en Accion")."""
    found: dict[str, list[NameMention]] = defaultdict(list)
    for aid in sorted(texts):
        text = texts[aid]
        if not any(f" {c} " in text for c in _CONNECTORS):
            continue
        words = list(_WORD.finditer(text))
        for k in range(1, len(words) - 1):
            if words[k].group() not in _CONNECTORS:
                continue
            last = words[k + 1]
            if not (
                _capitalised(words[k - 1].group())
                and _capitalised(last.group())
                and text[words[k - 1].end() : words[k].start()] == " "
                and text[words[k].end() : last.start()] == " "
            ):
                continue
            s = k - 1
            while (
                s > 0
                and k - s < _MOST_BEFORE
                and _capitalised(words[s - 1].group())
                and text[words[s - 1].end() : words[s].start()] == " "
            ):
                s -= 1
            name = text[words[s].start() : last.end()]
            found[name].append(NameMention(aid, name, words[s].start(), last.end()))
    by_plain: dict[str, list[str]] = defaultdict(list)
    for name in found:
        by_plain[_plain(name)].append(name)
    out: dict[str, list[NameMention]] = {}
    for names in by_plain.values():
        articles = {m.article_id for n in names for m in found[n]}
        if len(names) >= 2 and len(articles) >= 2:
            for n in names:
                out[n] = found[n]
    return out
