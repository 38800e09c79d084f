"""A speaker known by an age ("sagte die 38-jährige Juristin", "the 58-year-old said", "dijo
el hombre, de 58 años") is the one person some article gives that age beside their name
("Miriam X, a 38-year-old lawyer", "Arkady X, 58,", "der 58-jährige Arkadi X"): an age is
rarer than a role word and holds across languages. Split from `quote_roles`."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

AGED = "\x00aged:"
"""Prefix of a speaker known by an age until `resolve_aged` finds the person: the age, a
colon, and the speaker the article alone gives (a person, a role marker or "")."""

_AGE_WORD = (
    r"(?:year-old|years?[ \u00a0]+old|jährige[nrsm]?|Jährige[nrsm]?|летн\w*|річн\w*"
    r"|ans|años|лет|років|роки|jahre)"
)
_CLAUSE_STOP = re.compile(r"[.!?;\n]")
_AGE_AFTER_QUOTE = re.compile(
    r"[ \u00a0,—–”“\"»’'-]*(?:[^\W\d_]+,?[ \u00a0]+){0,5}?"
    r"(\d{1,3})[- \u00a0]?" + _AGE_WORD,
    re.IGNORECASE,
)
"""The clause after a quote's comma giving the speaker by age: "sagte die 38-jährige
Juristin", "said the 58-year-old", "dijo la mujer, de 34 años", "a raconté la femme de 34
ans" (at most five words before the age)."""
_AGE_AFTER_NAME = re.compile(
    r"[ \u00a0]*(?:,|\()[ \u00a0]*(?:(?:a|an|la|le|el|der|die|de|un|une|una)[ \u00a0]+)?"
    r"(\d{1,3})(?:[- \u00a0]?" + _AGE_WORD + r")?[ \u00a0]*(?:,|\)|[ \u00a0][^\W\d_])",
    re.IGNORECASE,
)
"""An age right after a name: "X, 58,", "X (58)", "X, a 38-year-old lawyer", "X, de 58 años",
"X, 58 ans,", "X, 38 лет,"."""
_AGE_BEFORE_NAME = re.compile(r"(\d{1,3})-" + _AGE_WORD + r"[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?$")
"""An age right before a name: "der 58-jährige Arkadi X", "the 38-year-old lawyer Miriam X"."""
_MAX_AGE = 120


_REACH = 60
"""Characters after a quote read for its speaker's age."""


def age_after(text: str, quote_end: int) -> str:
    """The age the clause right after a quote gives its speaker by ("" when none)."""
    end = quote_end + _REACH
    stop = _CLAUSE_STOP.search(text, quote_end + 3, end)
    m = _AGE_AFTER_QUOTE.match(text, quote_end, stop.start() if stop else end)
    return m.group(1) if m is not None and int(m.group(1)) <= _MAX_AGE else ""


def aged_speaker(age: str, fallback: str) -> str:
    """The speaker marker of a quote whose speaker an age gives."""
    return f"{AGED}{age}:{fallback}"


def _ages_of(text: str, persons: list[tuple[int, str]]) -> list[tuple[str, str]]:
    """(age, name) for each named person with an age beside the name, a surname alone read
    as the fullest name the article gives it ("Ozturk-Lang, a 38-year-old lawyer")."""
    out = []
    for at, written in persons:
        name = written
        if " " not in name:
            name = max((p for _, p in persons if p.split()[-1] == written), key=len, default="")
            if " " not in name:
                continue
        end = at + len(written)
        after = _AGE_AFTER_NAME.match(text, end, end + 40)
        before = _AGE_BEFORE_NAME.search(text, max(0, at - 40), at)
        for m in (after, before):
            if m is not None and int(m.group(1)) <= _MAX_AGE:
                out.append((m.group(1), name))
    return out


def resolve_aged(
    speaker: str,
    article_id: int,
    texts: Mapping[int, str],
    persons_of: Mapping[int, list[tuple[int, str]]],
    same_person: Callable[[str, str], bool],
    ages: dict[str, list[str]] | None,
) -> tuple[str, dict[str, list[str]]]:
    """The person an aged speaker marker stands for: the one person (in this article's
    spelling when it names them) some article gives that age, else the marker's fallback;
    and the ages read (kept across calls)."""
    if ages is None:
        ages = {}
        for aid, persons in persons_of.items():
            for age, name in _ages_of(texts[aid], persons):
                ages.setdefault(age, []).append(name)
    age, _, fallback = speaker[len(AGED) :].partition(":")
    found: list[str] = []
    for name in ages.get(age, []):
        if not any(same_person(name, f) for f in found):
            found.append(name)
    if len(found) != 1:
        return fallback, ages
    own = [n for _, n in persons_of.get(article_id, []) if " " in n and same_person(n, found[0])]
    return (max(own, key=len) if own else found[0]), ages
