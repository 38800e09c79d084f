"""Written forms of one organisation's name: "Sky-Burst Pyrotechnics" / "Skyburst Pyrotechnics
Ltd" / "NightHydra" / "Night Hydra" differ only in hyphens, spaces, capitals and a legal-form
suffix, so they share one compact key. A German compound describing a firm before its
name ("Küchengerätehersteller X") is no part of it. A Russian name written with and without
the dots of "ё" is two spellings (`yo_apart`)."""

from __future__ import annotations

import re
from collections import defaultdict

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.name_match import NameMention
from kursk_reader.analysis.textspans import fold

LEGAL_FORMS = frozenset(
    "ltd ltd. limited plc inc inc. llc corp corp. co co. gmbh ag kg sa s.a. sas sarl srl sl "
    "s.l. bv nv oy ab ооо оао зао пао тов "
    "llp jsc pjsc ojsc cjsc ooo oao zao pao tov prat kgaa eurl s.p.a. s.r.l. "
    "sau s.a.u. ao ат прат пат".split()
)
"""Legal-form words a name may carry in one article and drop in another, also as Russian and
Ukrainian ones are written in Latin letters ("OOO", "PJSC", "TOV")."""
_MIN_COMPACT = 8
"""Letters a compact key needs before two forms are joined by it: short keys ("Al Ain" /
"Alain") join different names; longer ones are one name written with or without a space."""


def compact_key(name: str) -> str:
    """The folded name without a trailing legal form, hyphens, spaces and apostrophes; "" when
    too short to be told apart from other names."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in LEGAL_FORMS:
        words.pop()
    key = "".join(ch for ch in fold(" ".join(words)) if ch.isalnum())
    return key if len(key) >= _MIN_COMPACT else ""


def is_joined_form(word: str) -> bool:
    """One token with a capital inside ("NightHydra"): two name words written together."""
    return (
        len(word) > 1
        and word[0].isupper()
        and any(c.isupper() for c in word[1:])
        and (not word.isupper())
    )


def without_legal_form(name: str) -> str:
    """The name without its trailing legal-form words ("Sprengtechnik Brandl GmbH" ->
    "Sprengtechnik Brandl"); a name that is nothing else stays as it is."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in LEGAL_FORMS:
        words.pop()
    return " ".join(words)


_FIRM_COMPOUND = re.compile(
    r"(?:hersteller|produzent|konzern|händler|anbieter|betreiber|zulieferer|versicherer"
    r"|versorger|dienstleister|spezialist|riese|entwickler|veranstalter|vermieter|erzeuger"
    r"|lieferant|versender|discounter|reederei|kette)(?:en|n|s|e)?$"
)
"""Heads of German compound nouns describing a firm ("Küchengerätehersteller Velmora",
"Chemiekonzern", "Onlinehändler", "Energieversorger"): German writes what a firm does and
its kind as one capitalised word before the name, where the other five languages write
lower-case words ("kitchen-appliance maker", "le fabricant"), so two articles describing
one firm in two ways are not two spellings of its name."""


def is_firm_compound(word: str, following: str) -> bool:
    """A German compound describing a firm before its name: a head from _FIRM_COMPOUND after
    at least three more letters, no name the dictionary knows, before a capitalised word."""
    low = word.casefold()
    match = _FIRM_COMPOUND.search(low)
    return (
        match is not None
        and match.start() >= 3
        and low[match.start() - 1 : match.start()] != "-"
        and following[:1].isupper()
        and not lexicon.is_known_capitalised(word)
    )


def yo_written(spellings: list[str]) -> bool:
    """Is a name written both with "ё" and with "е" for it ("Шепелёва" / "Шепелева")?"""
    return len({s.lower().count("ё") for s in spellings}) > 1


def yo_apart(mentions: list[NameMention]) -> list[list[NameMention]]:
    """Mentions of one name split by how many "ё" they write ("Пётр Селезнёв" / "Пётр
    Селезнев"; its case forms keep them): a Russian writer may drop the dots, and a reader
    searching for one spelling misses the other, so they are variants (`fold` drops dots)."""
    by_dots: dict[int, list[NameMention]] = defaultdict(list)
    for m in mentions:
        by_dots[m.name.lower().count("ё")].append(m)
    return [by_dots[k] for k in sorted(by_dots, reverse=True)]


def named_after(compound: str, name: str) -> bool:
    """Is `compound` a thing named after `name`: its words joined by hyphens with a word more
    before or after ("Marlene-Dietrich-Platz", "Otto-Hahn-Gymnasium" beside "Otto Hahn")?"""
    joined = name.replace(" ", "-")
    return (
        " " in name
        and " " not in compound
        and compound != joined
        and (compound.startswith(joined + "-") or compound.endswith("-" + joined))
    )
