"""A person's name set off by commas with a few lower-case words of description before it:
"One of those rescued, 58-year-old Igor Shestakov, said", "Один из спасённых, 58-летний
Игорь Шестаков, рассказал", "Einer der Geretteten, der 58-jährige Igor Schestakow, sagte",
"Su vecino, el jubilado Anatoli Petrov, dijo". The words between the opening comma and the
name describe the person (an age, a role, an article); the name of two words or more is the
speaker, as when the comma stands right before it."""

from __future__ import annotations

import re

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_roles import ROLE_WORDS
from kursk_reader.analysis.attribution_runs import STOP_BETWEEN, TITLES
from kursk_reader.analysis.textspans import UPPER, Token

_MOST = 3
"""Lower-case words a description between the comma and the name holds at most."""


def described_apposition(text: str, toks: list[Token], i: int) -> bool:
    """Does the name run starting at token i follow a comma and at most three lower-case
    words of description (an age such as "58-year-old", a role noun, an article)?"""
    k = i
    while k > 0 and i - k < _MOST:
        before = toks[k - 1]
        gap = text[before.end : toks[k].start]
        if gap.strip():
            return False
        if before.capitalised or before.text.lower() in STOP_BETWEEN - _DESCRIBING:
            return False
        k -= 1
        if k > 0 and text[toks[k - 1].end : toks[k].start].strip() == ",":
            return k < i
    return False


_DESCRIBING = frozenset("the der die das el la le l' los las".split())
"""Articles a description may open with ("der 58-jährige …", "el jubilado …")."""


_NAMED_ASIDE = re.compile(
    r",[ \u00a0]+(?:la|le|les|l['’]|el|los|las|the|die|der|das)[ \u00a0]*"
    rf"(?P<name>[{UPPER}][\w'’&-]*(?:[ \u00a0]+[{UPPER}][\w'’&-]*){{0,3}})[ \u00a0]*,[ \u00a0]*$"
)
"""An aside that is an article and a name, right before the verb: "Une association de
consommateurs de Lyon, la CLCV Rhône, affirme", "A charity in Leeds, the Northern Trust,
said"."""


def named_aside(text: str, start: int, verb: int) -> tuple[int, int] | None:
    """The name of an article-led aside closing right before the verb at `verb` (searched
    from `start`): the body the description before it names, so it is the source. A role
    ("the Mayor") or a lone dictionary word names no one."""
    m = _NAMED_ASIDE.search(text, start, verb)
    if m is None:
        return None
    words = m.group("name").split()
    if any(w.lower().rstrip(".") in TITLES or w.lower() in ROLE_WORDS for w in words):
        return None
    if len(words) == 1 and (words[0].isupper() or lexicon.is_dictionary_word(words[0])):
        return None  # "the NMA": the acronym of the body before (`_ACRONYM_ASIDE`)
    return m.span("name")
