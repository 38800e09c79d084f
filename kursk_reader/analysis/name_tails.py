"""A Spanish or Portuguese name of three parts (given name and two surnames) written with
only its two surnames in another article ("Ramón Ferrer Soriano" / "Ferrer Soriano"): one
person, named the way those languages shorten a name."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.name_match import name_parts
from kursk_reader.analysis.name_sounds import name_fold, script_of


def surname_tail_pairs(
    sample: Mapping[str, str],
    written_in: Mapping[str, frozenset[int]],
    root: Callable[[str], str],
) -> list[tuple[str, str]]:
    """(tail, full) identities: a two-part name equal to the last two parts of one name of
    three words, in one script, written in some article that does not write
    the longer name (in one article the tail is only the short form of a name given in
    full, no variant), its two parts capitalised words no dictionary knows, the first no
    given name ("José Lozano" is another person than "María José Lozano"). A tail that ends
    two longer names (two people) is left alone."""
    by_tail: dict[str, list[str]] = {}
    for ident, name in sample.items():
        parts = name_parts(name)
        if len(parts) == 3 and len(name.split()) == 3:
            by_tail.setdefault(name_fold(" ".join(parts[-2:])), []).append(ident)
    out = []
    for ident, name in sample.items():
        parts = name_parts(name)
        if len(parts) != 2 or " " not in name:
            continue
        longer = by_tail.get(name_fold(name), [])
        if len({root(x) for x in longer}) != 1:
            continue
        full = longer[0]
        if (
            script_of(sample[full]) == script_of(name)
            and written_in[ident] - frozenset().union(*(written_in[x] for x in longer))
            and all(
                p[:1].isupper()
                and len(p) >= 3
                and not lexicon.is_dictionary_word(p)
                and not lexicon.is_common_noun(p)
                for p in parts
            )
            and not _is_given_name(parts[0])
        ):
            out.append((ident, full))
    return out


def _is_given_name(word: str) -> bool:
    """A given name the dictionary lists ("José", "Anne-Claude"), no common word."""
    return all(
        lexicon.is_known_capitalised(p) and not lexicon.is_dictionary_word(p)
        for p in word.split("-")
    )
