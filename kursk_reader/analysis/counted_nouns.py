"""What a counted noun the small class table of `concepts` does not know counts, read from the
multilingual lexicon of counted nouns in `lexicon_data/counted_*.txt` ("37 relojes" / "40
montres" / "40 watches": watch). Two figures whose nouns name one concept count one kind of
thing, as two figures sharing their noun do (see `figure_concepts`).

Each lexicon line is `concept | en | ru | uk | de | fr | es`, every field the word forms
written after a number, multi-word forms joined by "_" ("production_lines"). Forms are
matched whole after folding (`textspans.fold`); a Russian or Ukrainian plural case form is
also found through its listed stem ("господарствах"), and a German compound by its head, a
form of the German field at its end ("Luxusuhren": uhren). A form listed under two concepts,
or that `concepts` reads as a unit or measure, is left out: it says nothing for sure. The
files are read once, on first use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kursk_reader.analysis import concepts
from kursk_reader.analysis.figure_words import OF_WORDS
from kursk_reader.analysis.textspans import fold

DATA_DIR = Path(__file__).with_name("lexicon_data")
_FIELDS = 7
_ENGLISH, _GERMAN = 1, 4
"""Indexes of the English and German fields in a line."""
_MIN_HEAD = 4
"""Letters a German form needs to be read as the head of a compound ("Bauernhöfe": höfe);
shorter forms ("bus", "zug") end too many unrelated words."""
_MIN_LEFT = 3
"""Letters that must stand before that head, so a word is not matched against itself."""
_SLAVIC_PLURAL_CASES = ("ами", "ями", "ах", "ях", "ам", "ям")
"""Russian and Ukrainian plural endings of the dative, instrumental and locative, added to
the bare stem a listed form often is (the genitive plural "ферм", "господарств", the
nominative "вокзал"; "площадь" with its soft sign): "у 340 господарствах"."""
_ELISION = re.compile(r"^[cdjlmnst] (?=\w)")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Folded forms and the concept each names."""

    words: dict[str, str]
    """One-word forms."""
    phrases: dict[tuple[str, ...], str]
    """Multi-word forms, as word tuples."""
    heads: dict[str, str]
    """German forms long enough to head a compound."""
    longest: int
    """Words in the longest multi-word form."""
    english: frozenset[str]
    """One-word forms of the English field: English puts a noun's modifiers before it."""
    exact: dict[str, str]
    """One-word forms, in lower case with their accents, that fold into a form of another
    concept ("médailles" medal, "médaillés" medalist): read as written when folding
    leaves them ambiguous."""


def read_lexicon(paths: list[Path]) -> Lexicon:
    """The lexicon of the given files. Lines that are not `concept | six fields` (comments,
    blank or malformed lines) are skipped; forms named by two concepts or listed by
    `concepts` as a measure are dropped."""
    seen: dict[str, set[str]] = {}
    accented: dict[str, set[str]] = {}
    german: set[str] = set()
    english: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            fields = [f.strip() for f in line.split("|")]
            if line.lstrip().startswith("#") or len(fields) != _FIELDS or not fields[0]:
                continue
            for k, field in enumerate(fields[1:], start=1):
                for raw in field.split():
                    form = " ".join(fold(w) for w in raw.split("_") if w)
                    if form:
                        seen.setdefault(form, set()).add(fields[0])
                        if " " not in form:
                            accented.setdefault(raw.lower(), set()).add(fields[0])
                        if k == _GERMAN and " " not in form:
                            german.add(form)
                        elif k == _ENGLISH:
                            english.add(form)
    words: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}
    for form, named in seen.items():
        if len(named) != 1 or _measure(form):
            continue
        (concept,) = named
        parts = tuple(form.split())
        if len(parts) == 1:
            words[form] = concept
        else:
            phrases[parts] = concept
    heads = {form: words[form] for form in german if form in words and len(form) >= _MIN_HEAD}
    longest = max((len(p) for p in phrases), default=1)
    exact = {
        raw: next(iter(named))
        for raw, named in accented.items()
        if len(named) == 1 and fold(raw) not in words and not _measure(fold(raw))
    }
    return Lexicon(words, phrases, heads, longest, frozenset(english) & words.keys(), exact)


def _measure(form: str) -> bool:
    """Is a form, or its last word, a unit or measure `concepts` knows ("tonnes", "hours")?"""
    last = form.split()[-1]
    return any(concepts.listed_class(w) in concepts.MEASURES for w in {form, last})


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon of `DATA_DIR`, read once."""
    return read_lexicon(sorted(DATA_DIR.glob("counted_*.txt")))


@lru_cache(maxsize=65536)
def concept_of(noun: str) -> tuple[str, bool]:
    """The concept a counted noun phrase names ("luxury watches", "relojes de lujo",
    "Luxusuhren", "líneas de producción" -> watch, production_line), or "", and whether a
    whole form named it (not the head of a German compound, which may be split wrongly:
    "Standorten" is no "Orten"). Hyphened words are read as their parts, as the lexicon's
    forms are, unless the lexicon lists them written solid ("call-outs" / "callouts"). A
    form of several words wins; else the head among the known words before an "of" word
    ("pages of the score"), or among all: the last in English ("warehouse guards"), the
    first in French and Spanish, which put modifiers after the head; in Russian,
    Ukrainian and German the first noun (`_first_noun`)."""
    lex = lexicon()
    words: list[str] = []
    raws: list[str] = []
    for raw in noun.split():
        parts = fold(raw).split()  # folding reads hyphens and apostrophes as spaces
        if len(parts) == 2 and _ELISION.match(" ".join(parts)):
            parts = parts[1:]  # "d'euros"
        elif len(parts) > 1 and "".join(parts) in lex.words:
            parts = ["".join(parts)]  # "call-outs" is the listed "callouts"
        words += parts
        raws += [raw] * len(parts)
    for n in range(min(lex.longest, len(words)), 1, -1):
        for k in range(len(words) - n + 1):
            found = lex.phrases.get(tuple(words[k : k + n]), "")
            if found:
                return found, True
    if any(_CYRILLIC.match(w) for w in words) or raws[:1] and raws[0][:1].isupper():
        return _first_noun(lex, words, raws)
    cut = next((k for k, w in enumerate(words) if k and w in OF_WORDS), len(words))
    for part in (range(cut), range(len(words))):
        known = [(k, c) for k in part if (c := _word_concept(lex, words[k], raws[k]))[0]]
        if known:
            english = all(words[k] in lex.english for k, _c in known)
            head = part[-1] if part else -1
            if english and known[-1][0] < head and concepts.noun_class(words[head]):
                return "", False  # "cruise ships": the head is a class word, not the cruise
            return known[-1][1] if english else known[0][1]
    return "", False


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SLAVIC_ADJECTIVE = re.compile(
    r"(?:ых|их|ые|ие|ая|яя|ое|ее|ого|его|ому|ему|ыми|ими|ую|юю|ої|іх|ього)$"
)
"""Russian and Ukrainian adjective endings that nouns rarely have ("пассажирских", "новые");
"-ий" is left out, as folding makes it the "-ии" of "станций", "линий"."""


def _first_noun(lex: Lexicon, words: list[str], raws: list[str]) -> tuple[str, bool]:
    """In Russian, Ukrainian and German the counted noun is the first noun after the number
    (adjectives, lower case in German, come before it; what it is of follows: "вимірювань
    положення астероїда", "militärische Einrichtungen"): its concept, or "" when the lexicon
    does not know it (a later noun is not what is counted)."""
    for key, raw in zip(words, raws, strict=True):
        found = _word_concept(lex, key, raw)
        if found[0]:
            return found
        if _CYRILLIC.match(key) and not _SLAVIC_ADJECTIVE.search(key):
            return "", False
        if not _CYRILLIC.match(key) and raw[:1].isupper():
            return "", False
    return "", False


def _word_concept(lex: Lexicon, key: str, raw: str) -> tuple[str, bool]:
    """The concept of one folded word: whole, as a Slavic plural case form of a listed stem,
    or as a German compound by its head (not sure)."""
    found = lex.words.get(key, "") or lex.exact.get(raw.lower(), "")
    if found or not key:
        return found, True
    if not key.isascii():
        for ending in _SLAVIC_PLURAL_CASES:
            if key.endswith(ending) and len(key) - len(ending) >= _MIN_HEAD:
                stem = key[: -len(ending)]
                found = lex.words.get(stem, "") or lex.words.get(stem + "ь", "")
                if found:
                    return found, True  # "господарствах": "господарств" is listed
    if raw[:1].isupper() and key.isascii() and key.isalpha():
        for k in range(_MIN_LEFT, len(key) - _MIN_HEAD + 1):
            found = lex.heads.get(key[k:], "")
            if found:
                return found, False
    return "", False
