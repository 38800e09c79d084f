"""A person's name set off by commas with a few lower-case words of description before it:
"One of those rescued, 58-year-old Igor Shestakov, said", "Один из спасённых, 58-летний
Игорь Шестаков, рассказал", "Einer der Geretteten, der 58-jährige Igor Schestakow, sagte",
"Su vecino, el jubilado Anatoli Petrov, dijo". The words between the opening comma and the
name describe the person (an age, a role, an article); the name of two words or more is the
speaker, as when the comma stands right before it."""

from __future__ import annotations

from kursk_reader.analysis.attribution_runs import STOP_BETWEEN
from kursk_reader.analysis.textspans import Token

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
