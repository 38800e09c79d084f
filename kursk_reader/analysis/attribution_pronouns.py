"""A person cited by a pronoun in a phrase of attribution: "according to her", "за його
словами", "по её словам", "ihm zufolge", "nach ihren Worten", "selon lui", "d'après elle",
"según él". The pronoun stands for the last person named before it in the paragraph or the
one before (`antecedent`); the phrases are a closed class, given for all six languages."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_antecedent import antecedent
from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.attribution_scan import may_hold
from kursk_reader.analysis.attribution_trims import without_article, without_role
from kursk_reader.analysis.textspans import tokens

_PHRASES = re.compile(
    r"(?<!\w)(?:"
    r"according[ \u00a0]+to[ \u00a0]+(?:him|her(?=[ \u00a0]*[,.;:]))"
    r"|in[ \u00a0]+(?:his|her)[ \u00a0]+words"
    r"|по[ \u00a0]+(?:его|её|ее)[ \u00a0]+(?:словам|мнению|оценке|данным)"
    r"|с[ \u00a0]+(?:его|её|ее)[ \u00a0]+слов"
    r"|за[ \u00a0]+(?:його|її)[ \u00a0]+(?:словами|даними|оцінкою)"
    r"|на[ \u00a0]+(?:його|її)[ \u00a0]+думку|з[ \u00a0]+(?:його|її)[ \u00a0]+слів"
    r"|(?:ihm|ihr)[ \u00a0]+zufolge|laut[ \u00a0]+(?:ihm|ihr)(?=[ \u00a0,])"
    r"|nach[ \u00a0]+(?:seinen|ihren)[ \u00a0]+(?:Worten|Angaben)"
    r"|(?:seinen|ihren)[ \u00a0]+(?:Worten|Angaben)[ \u00a0]+zufolge"
    r"|selon[ \u00a0]+(?:lui|elle)|d['’]après[ \u00a0]+(?:lui|elle)"
    r"|à[ \u00a0]+(?:son|ses)[ \u00a0]+(?:avis|dires)"
    r"|según[ \u00a0]+(?:él|ella)|en[ \u00a0]+(?:sus|palabras[ \u00a0]+de[ \u00a0]+él)[ \u00a0]+"
    r"palabras|a[ \u00a0]+su[ \u00a0]+juicio"
    r")(?!\w)",
    re.IGNORECASE,
)


_OWN_WORDS = re.compile(
    r"(?<!\w)(?:by[ \u00a0]+(?:his|her)[ \u00a0]+own[ \u00a0]+account"
    r"|in[ \u00a0]+(?:his|her)[ \u00a0]+own[ \u00a0]+words"
    r"|nach[ \u00a0]+eigenen[ \u00a0]+(?:Worten|Angaben)|eigenen[ \u00a0]+Angaben[ \u00a0]+zufolge"
    r"|selon[ \u00a0]+ses[ \u00a0]+propres[ \u00a0]+(?:mots|dires)|de[ \u00a0]+son[ \u00a0]+propre[ \u00a0]+aveu"
    r"|según[ \u00a0]+sus[ \u00a0]+propias[ \u00a0]+palabras"
    r"|по[ \u00a0]+(?:(?:его|её|ее)[ \u00a0]+)?собственным[ \u00a0]+словам"
    r"|за[ \u00a0]+(?:(?:його|її)[ \u00a0]+)?власними[ \u00a0]+словами"
    r")(?!\w)",
    re.IGNORECASE,
)
"""By one's own account: the subject of the sentence is the source ("Die Verwalterin Katrin
X will nach eigenen Worten zügig verhandeln"); the person must be named in that sentence,
as a body says the same of itself ("Die Firma hat nach eigenen Angaben 420 Mitarbeiter")."""
_SENTENCE_BREAK = re.compile(r"[.!?…]\s|\n")
_S = r"[ \u00a0]+"
_CYRILLIC_GATE = re.compile(
    rf"(?:его|её|ее|його|її|собственным|власними){_S}"
    r"(?:слов|мнению|оценке|данным|даними|оцінкою|думку|слів)"
)
_GERMAN_GATE = re.compile(rf"(?:seinen|ihren|eigenen){_S}(?:worten|angaben)")
_GATES: tuple[tuple[str, re.Pattern[str] | None], ...] = (
    ("according", re.compile(rf"according{_S}to{_S}h")),
    ("words", re.compile(rf"(?:his|her|own){_S}words")),
    ("account", re.compile(rf"own{_S}account")),
    ("zufolge", None),
    ("laut", re.compile(rf"laut{_S}ih[mr]")),
    ("worten", _GERMAN_GATE),
    ("angaben", _GERMAN_GATE),
    ("selon", re.compile(rf"selon{_S}(?:lui|elle|ses)")),
    ("après", re.compile(rf"après{_S}(?:lui|elle)")),
    ("avis", re.compile(rf"(?:son|ses){_S}avis")),
    ("dires", re.compile(rf"(?:son|ses){_S}dires")),
    ("propre", None),
    ("según", re.compile(rf"según{_S}(?:él|ella|sus)")),
    ("palabras", re.compile(rf"(?:sus|él){_S}palabras")),
    ("juicio", re.compile(rf"su{_S}juicio")),
    ("слов", _CYRILLIC_GATE),
    ("мнению", _CYRILLIC_GATE),
    ("оценке", _CYRILLIC_GATE),
    ("данным", _CYRILLIC_GATE),
    ("даними", _CYRILLIC_GATE),
    ("оцінкою", _CYRILLIC_GATE),
    ("думку", _CYRILLIC_GATE),
    ("слів", _CYRILLIC_GATE),
)
"""A word (and a regex) each phrase of _PHRASES and _OWN_WORDS holds in lower case: a text
holding none is not scanned."""


def pronoun_sources(article_id: int, text: str) -> list[Found]:
    """Each phrase of attribution with a pronoun, as a citation of the person it stands for;
    each phrase of one's own account, as a citation of the person its sentence names."""
    out: list[Found] = []
    if not may_hold(text, _GATES):
        return out
    phrases = [(m, False) for m in _PHRASES.finditer(text)]
    phrases += [(m, True) for m in _OWN_WORDS.finditer(text)]
    for m, own in phrases:
        toks = tokens(text, m.start(), m.end())
        got = antecedent(text, toks, 0, closes_quote=False) if toks else None
        if got is not None and own and _SENTENCE_BREAK.search(text, got[1], m.start()):
            continue
        if got is not None:
            s, e, _acronym = got
            s = without_role(text, without_article(text, s, e), e)  # "Der Biologe Taras X"
            out.append(Found(article_id, text[s:e], "", m.start(), m.end(), s))
    return out
