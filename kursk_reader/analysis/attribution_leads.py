"""Sources whose reading swept up words that are no source: a perfect tense's auxiliary and
participle read after "según" ("según ha informado la compañía": the company, already named),
and a demonstrative before a kind word ("por esta agencia", "cette agence", "this paper",
"это издание": the outlet writing the article, or a body named before). Both closed classes
in six languages."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_groups import Found

_PERFECT = re.compile(
    r"^(?:ha|han|había|habían|habría|a|ont|avait|avaient|has|have|had|hat|haben|hatte|hatten)"
    r"[ \u00a0]+[^\W\d_]+(?:ado|ada|ido|ida|é|ée|és|i|it|is|u|ed|en|et|t)[ \u00a0]+",
    re.IGNORECASE,
)
"""An auxiliary and a participle opening a source ("ha informado la compañía")."""
_DEMONSTRATIVE = re.compile(
    r"^(?:(?:by|por|par|von|durch|от|від|de)[ \u00a0]+)?(?:this|these|that|those|este|esta|estos|estas|ese|esa|dicho|dicha|ce|cet|cette|ces"
    r"|dieser|diese|dieses|diesem|diesen|jener|jene|этот|эта|это|эти|этого|этой|этому|этим"
    r"|цей|ця|це|ці|цього|цієї|цим|цією)[ \u00a0]+(?=[^\W\d_])",
    re.IGNORECASE,
)
_COUNTED = re.compile(
    r"^(?:(?:the|les|los|las|die)[ \u00a0]+)?(?:two|three|four|both|deux|trois|quatre|dos|tres"
    r"|cuatro|ambos|ambas|zwei|drei|vier|beide|beiden|два|две|три|четыре|оба|обе|два|дві|три"
    r"|чотири|обидва|обидві)[ \u00a0]+[^\W\d_]+$",
    re.IGNORECASE,
)
"""A count of bodies in lower case ("the two governments", "les deux ministères", "обидва
уряди"): the bodies named before, taken together; no one source to cite."""
_ARTICLE = re.compile(r"^(?:the|la|el|los|las|le|les|l['’]|die|der|das|den|dem)[ \u00a0]*")


def without_leads(found: list[Found]) -> list[Found]:
    """The sources with an auxiliary and participle dropped from their head, and without
    those that are then, or were, only a kind word after an article or a demonstrative."""
    out: list[Found] = []
    for f in found:
        perfect = _PERFECT.match(f.surface)
        if perfect is not None:
            rest = f.surface[perfect.end() :]
            if not _ARTICLE.sub("", rest)[:1].isupper():
                continue  # "la compañía": the body named before, the kind alone cites nothing
            f.surface, f.source_start = rest, f.source_start + perfect.end()
        if _COUNTED.match(f.surface):
            continue
        demonstrative = _DEMONSTRATIVE.match(f.surface)
        if demonstrative is not None and not f.surface[demonstrative.end() :][:1].isupper():
            continue
        out.append(f)
    return out


_APPOSED_NAME = re.compile(
    r"[ \u00a0]*,[ \u00a0]+(?:(?:the|la|el|le|les|los|las|l['’]|die|der|das)[ \u00a0]*)?"
    r"(?P<name>[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’&-]*(?:[ \u00a0]+(?:(?:of|on|for|and|de|del|des|du|la"
    r"|für|und|y|et)[ \u00a0]+)?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’&-]*){0,8})"
    r"(?:[ \u00a0]*\((?P<acronym>[\w-]{2,10})\))?[ \u00a0]*,"
)
"""A body's name set off by commas right after a lower-case description of it."""


def named_in_apposition(text: str, found: list[Found]) -> None:
    """A source read as a lower-case description that the text names in an apposition
    before the verb ("Ukraine's food safety regulator, the State Service on Food Safety,
    said"; "el regulador, la Comisión Nacional de Energía, informó"): the name instead."""
    for f in found:
        words = f.surface.split()
        if not words or not words[-1][:1].islower():
            continue  # a name already, not a description
        end = f.source_start + len(f.surface)
        if end >= f.end:
            continue  # the cue stands before the description: no apposition before the verb
        m = _APPOSED_NAME.match(text, end, f.end + 1)
        if m is None or m.end() > f.end + 1 or m.group("name").isupper():
            continue  # "maritime authority, the NMA, said": the acronym stays an aside
        f.surface, f.source_start = m.group("name"), m.start("name")
        f.acronym = m.group("acronym") or f.acronym
