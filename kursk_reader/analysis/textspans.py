"""Shared text helpers for the cross-checks: word tokens with offsets, sentences, and runs of
capitalised words (proper names) in any script. Pure functions, offsets in code points."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate, repeat
from typing import NamedTuple

_WORD = re.compile(r"\w(?:[\w’'\-.&]*\w)?")
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")
_APOSTROPHE = re.compile("['’]")
_ELISION = re.compile(r"(?:[lLdDjJnNsScC]|[qQ]u)[’'](?=\w)")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”»’)]*\s+|\n+")

# Short words that may sit inside a name ("Bank of England", "Ludwig van Beethoven").
NAME_CONNECTORS = frozenset(
    "of the for and de del della la le du des der die das den von van al bin ibn y i и та".split()
)
APOSTROPHES = "’'"
UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
"""Capital letters of the six languages, for a regex character class (`[{UPPER}]`)."""
CAPITAL_WORD = rf"[{UPPER}][^\W\d_][\w'’-]*"
"""A regex for a capitalised word of two letters or more ("Court", "Кремль", "O'Neill")."""
NAME_WORD = rf"[{UPPER}](?:[\w&'’-]|\.(?=\w))*"
"""A regex for one word of a proper name, "&" and inner dots kept ("AT&T", "Sky.it")."""
_NAME_PARTICLE = re.compile(r"(?:al|el|ul|ad|ar|as|ash|at|az|an|abu|bin|ibn|ben|bint)-[A-ZÀ-ÖØ-Þ]")
"""A lower-case Arabic article or kin word hyphened to a name part continues a name
("Khalid al-Mashani", "Abd ar-Rahman"); only inside a run, never opening one."""


class Token(NamedTuple):
    """A word and its code-point span (a tuple: made in bulk, so cheap to build)."""

    start: int
    end: int
    text: str

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of text[start:end]; French/Italian elisions split ("l'AFP" -> "l'", "AFP").
    The text is split at its words once and the offsets summed up (no match object per
    word); only words holding an apostrophe are looked at again."""
    stop = len(text) if end is None else end
    part = text if start == 0 and stop == len(text) else text[start:stop]
    pieces = _WORD_SPLIT.split(part)  # spacing, word, spacing, word, …, spacing
    offsets = list(accumulate(map(len, pieces), initial=start))
    starts = offsets[1:-1:2]
    out: list[Token] = list(
        map(tuple.__new__, repeat(Token), zip(starts, offsets[2::2], pieces[1::2], strict=True))
    )
    cuts: list[tuple[int, int]] = []  # (token index, letters the elision takes)
    last = -1
    for mark in _APOSTROPHE.finditer(text, start, stop):
        i = bisect_right(starts, mark.start()) - 1
        if i < 0 or i == last or out[i].end <= mark.start():
            continue  # between words, or a second apostrophe of the word just seen
        last = i
        elided = _ELISION.match(out[i].text)
        if elided:
            cuts.append((i, elided.end()))
    if not cuts:
        return out
    split: list[Token] = []
    done = 0
    for i, cut in cuts:
        split.extend(out[done:i])
        s, e, word = out[i]
        split.append(Token(s, s + cut, word[:cut]))
        split.append(Token(s + cut, e, word[cut:]))
        done = i + 1
    split.extend(out[done:])
    return split


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence (and line) spans: split after . ! ? … and at line breaks."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-folded, accents dropped, apostrophes and hyphens to spaces: a comparison key."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[’'`´]s\b", "", text)
    text = re.sub(r"[\-‐‑–—’'`´.]", " ", text)
    return " ".join(text.split())


def strip_possessive(word: str) -> str:
    """ "Korea’s" -> "Korea"."""
    if len(word) > 2 and word[-2] in APOSTROPHES and word[-1] in "sS":
        return word[:-2]
    return word


def is_sentence_start(text: str, pos: int) -> bool:
    """True when only spaces, quotes or bullets separate pos from a sentence or line start."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0\"“«‘'•*-–—(":
        i -= 1
    return i < 0 or text[i] in ".!?…\n:"


def gap_is_space(text: str, a: int, b: int) -> bool:
    """The text between two tokens is plain spacing (no punctuation, no line break)."""
    gap = text[a:b]
    return 0 < len(gap) <= 2 and gap.strip(" \u00a0") == ""


def name_runs(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of tokens forming runs of capitalised words, connectors allowed
    inside ("Bank of England") and a possessive ending the run ("Korea’s")."""
    runs: list[tuple[int, int]] = []
    caps = [t[2][:1].isupper() for t in toks]  # Token.capitalised, read once per token
    n = len(toks)
    j = 0
    for i in [k for k, cap in enumerate(caps) if cap]:  # runs open at capitalised words only
        if i < j:
            continue  # inside the run before
        j = i + 1
        while j < n and gap_is_space(text, toks[j - 1].end, toks[j].start):
            if strip_possessive(toks[j - 1].text) != toks[j - 1].text:
                break
            if caps[j] or _NAME_PARTICLE.match(toks[j].text):
                j += 1
                continue
            if (
                toks[j].text in NAME_CONNECTORS
                and j + 1 < n
                and caps[j + 1]
                and gap_is_space(text, toks[j].end, toks[j + 1].start)
            ):
                j += 2
                continue
            break
        runs.append((i, j))
    return runs


_LANGUAGE_WORDS = {
    "en": "the and of to in is was were said that with for on by".split(),
    "de": "der die und das ist nicht mit sich den von dem wurde sagte im".split(),
    "fr": "le la les et des est une dans que pour du sur été au".split(),
    "es": "el la los las y que en del por con una se fue según".split(),
    "ru": "и в не что на был это по из с как для его он".split(),
    "uk": "і в не що на був це по з як для його та у".split(),
}
_LANGUAGE_OF: dict[str, set[str]] = {}
for _lang, _words in _LANGUAGE_WORDS.items():
    for _w in _words:
        _LANGUAGE_OF.setdefault(_w, set()).add(_lang)
_UKRAINIAN_LETTERS = re.compile(r"[іїєґ]", re.IGNORECASE)
_RUSSIAN_LETTERS = re.compile(r"[ыэъё]", re.IGNORECASE)


def language_of(text: str) -> str:
    """A rough language code of a text ("en", "de", "fr", "es", "ru", "uk") from its most
    common short words, Cyrillic told apart by the letters only one language uses; "" when
    nothing decides."""
    counts: dict[str, int] = dict.fromkeys(_LANGUAGE_WORDS, 0)
    for w in re.findall(r"\w+", text[:4000].lower()):
        for lang in _LANGUAGE_OF.get(w, ()):
            counts[lang] += 1
    if re.search(r"[а-яё]", text[:4000], re.IGNORECASE):
        uk, ru = len(_UKRAINIAN_LETTERS.findall(text)), len(_RUSSIAN_LETTERS.findall(text))
        if uk != ru:
            return "uk" if uk > ru else "ru"
        counts = {k: v for k, v in counts.items() if k in ("ru", "uk")}
    else:
        counts = {k: v for k, v in counts.items() if k not in ("ru", "uk")}
    best = max(sorted(counts), key=lambda k: counts[k])
    return best if counts[best] else ""
