"""Capitalised words standing alone: surnames used on their own ("Whitlok said", beside
"Graham Whitlock") joined to the person's group, and one-word names (agencies, firms) written
in two ways across articles."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from rapidfuzz import fuzz

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.name_match import (
    FUNCTION_WORDS,
    FUZZY_PART,
    FUZZY_SCRIPT,
    NameMention,
    identity,
    name_parts,
    parts_match,
)
from kursk_reader.analysis.name_sounds import script_of, sound_key, transliterations
from kursk_reader.analysis.textspans import (
    fold,
    is_sentence_start,
    name_runs,
    strip_possessive,
    tokens,
)


def lone_words(texts: Mapping[int, str]) -> frozenset[str]:
    """Folded capitalised words standing alone (no capitalised neighbour), at a sentence start
    only when no dictionary knows them: surnames used on their own ("Ramírez insisted")."""
    out: set[str] = set()
    for text in texts.values():
        toks = tokens(text)
        for i, j in name_runs(text, toks):
            if j - i == 1:
                word = strip_possessive(toks[i].text)
                if not is_sentence_start(text, toks[i].start) or not (
                    lexicon.is_dictionary_word(word) or word.isupper()
                ):
                    out.add(fold(word))
    return frozenset(out)


def lone_mentions(texts: Mapping[int, str]) -> dict[str, list[NameMention]]:
    """Capitalised words standing alone, at least four letters long, not at a sentence start,
    in Latin script no common word (German capitalises nouns; Russian and Ukrainian capitalise
    only names mid-sentence): candidates for a surname used alone."""
    out: dict[str, list[NameMention]] = defaultdict(list)
    for aid in sorted(texts):
        text = texts[aid]
        toks = tokens(text)
        for i, j in name_runs(text, toks):
            if j - i == 2 and (
                toks[i].text.lower() in FUNCTION_WORDS
                or (
                    is_sentence_start(text, toks[i].start)
                    and lexicon.is_dictionary_word(toks[i].text)
                )
            ):
                i += 1  # "But MacAllister denied", "Yet Wisniewski said"
            if j - i != 1:
                continue
            word = strip_possessive(toks[i].text)
            if (
                len(word) < 4
                or word.isupper()
                or is_sentence_start(text, toks[i].start)
                or (script_of(word) == "latin" and lexicon.is_dictionary_word(word))
            ):
                continue
            out[word].append(NameMention(aid, word, toks[i].start, toks[i].start + len(word)))
    return out


def is_person_like(name: str, people: frozenset[str]) -> bool:
    """A full name that reads as a person's: no part a common word (German nouns included),
    and the text treats it as a person's or its first part is a given name the dictionary
    knows; or a one-token hyphenated name (a firm: "Resto-Val")."""
    parts = name_parts(name)
    words = name.split()
    if len(words) == 1:  # one hyphenated token: a firm or place ("Resto-Val")
        return not all(lexicon.is_dictionary_word(p) for p in parts)
    if any(not w[:1].isupper() or lexicon.is_common_noun(w) for w in words):
        return False
    if fold(name) in people:
        return True
    return (
        script_of(name) == "latin"
        and lexicon.is_known_capitalised(parts[0])
        and not any(lexicon.is_dictionary_word(p) for p in parts[1:])
    )


def _lone_matches(word: str, full: str) -> bool:
    """Is the lone word the full name's surname (its last part) spelled another way, or a
    one-token name ("Resto-Val") written without its hyphen?"""
    parts = name_parts(full)
    last = parts[-1]
    if script_of(word) != script_of(full):
        if script_of(word) == "latin":
            return False
        keys = {sound_key(t) for form in (word, identity(word)) for t in transliterations(form)}
        target = sound_key(last)
        return target in keys or any(
            min(len(k), len(target)) >= 5 and fuzz.ratio(k, target) >= FUZZY_SCRIPT for k in keys
        )
    if " " not in full and len(parts) > 1 and "-" not in word:
        joined, key = "".join(sound_key(p) for p in parts), sound_key(word)
        return key[:1] == joined[:1] and fuzz.ratio(key, joined) >= FUZZY_PART
    return parts_match(word, last)


def _spelling(part: str) -> str:
    """A part as a spelling: Latin ones keep their accents (a dropped accent is a variant of
    a person's name), Cyrillic ones lose their case ending ("Кузнецова" is "Кузнецов")."""
    return identity(part) if script_of(part) == "cyrillic" else part.casefold()


def lone_variants(
    texts: Mapping[int, str], groups: Mapping[str, list[str]], spellings: list[str]
) -> list[tuple[str, str, list[NameMention]]]:
    """Surnames used alone and spelled unlike any full name's parts ("Whitlok" beside
    "Graham Whitlock"; "Кузнецов" beside only "Alexei Kuznetsov"), each joined to the one
    group of full names it matches; a word matching several people's names joins none."""
    parts_by_script: set[tuple[str, str]] = set()
    for names in (*groups.values(), spellings):
        for name in names:
            for part in name_parts(name):
                parts_by_script.add((script_of(name), _spelling(part)))
            if " " not in name:
                parts_by_script.add((script_of(name), fold(name).replace("-", "")))
    out = []
    for word, ms in sorted(lone_mentions(texts).items()):
        script = script_of(word)
        if {(script, _spelling(word)), (script, fold(word).replace("-", ""))} & parts_by_script:
            continue
        if script == "latin" and lexicon.is_known_capitalised(word):
            continue
        hits = {r for r, names in groups.items() if any(_lone_matches(word, n) for n in names)}
        if len(hits) == 1:
            out.append((word, hits.pop(), ms))
    return out
