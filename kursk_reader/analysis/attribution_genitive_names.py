"""A Russian or Ukrainian body's name that opens with a capitalised kind noun and goes on in
the genitive: "Института зоологии НАН Украины", "Министерства здравоохранения области",
"Центра малых планет", "Інституту зоології НАН України". The name readers stop at the first
lower-case word, which leaves the kind noun alone ("Института"), a word every such body
shares. The name is read on over lower-case words in the genitive, capitalised words and
acronyms, up to punctuation, a preposition or a verb."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.attribution_nouns import SOURCE_NOUNS

_CYRILLIC_WORD = re.compile(r"[ \u00a0]+(?P<w>[А-ЯЁІЇЄҐа-яёіїєґ'’ʼ-]+)")
_GENITIVE = re.compile(r"(?:ии|ия|ой|ого|ых|их|ей|ов|ев|ая|а|я|ы|и|і|ї|ої|ів|ей|ок)$")
_VERB = re.compile(r"(?:л|ла|ли|ло|ть|ет|ют|ят|ит|ує|ють|ять|ться|лся|лась|лись)$")
_PAST = re.compile(r"(?:л|ла|ли|ло|лся|лась|лись)$")
_LINKS = frozenset("имени імені".split())
_MAX_WORDS = 6


def with_genitive_names(text: str, found: list[Found]) -> None:
    """Extend each source that is a capitalised Cyrillic kind noun alone over its name."""
    for f in found:
        word = f.surface
        if " " in word or not word[:1].isupper() or not _cyrillic(word):
            continue
        if word.lower() not in SOURCE_NOUNS:
            continue
        start = f.source_start
        if text[start : start + len(word)] != word:
            continue
        end = start + len(word)
        words = 0
        prev = ""
        while words < _MAX_WORDS:
            m = _CYRILLIC_WORD.match(text, end)
            if m is None:
                break
            w = m.group("w")
            low = w.lower()
            if w[:1].isupper() or w.isupper() or low in _LINKS:
                end, words, prev = m.end(), words + 1, ""
                continue
            plural = prev.endswith(("ых", "их", "іх"))  # "малых планет": a plural noun
            verb = _PAST.search(low) if plural else _VERB.search(low)
            if len(w) < 4 or verb or not (plural or _GENITIVE.search(low)):
                break
            end, words = m.end(), words + 1
            prev = low
        if words:
            f.surface = text[start:end]
            f.end = max(f.end, end)


def _cyrillic(word: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in word)
