"""The body a cited person speaks from, written right after their name: "Dr Peter Lang of the
Max Planck Institute for Evolutionary Anthropology", "Irene Cascos of the University of Oviedo
told Reuters", "Helene Castagnede, de Météo-France", "Katrin Obermaier, Analystin der DZ Bank",
"Marina Osokina, a forecaster at Russia's Hydrometeorological Centre". A report that cites an
expert or an official by their institution relies on the institution too. Read by structure
only: the person's name, at most a short lower-case role in apposition, a preposition of
belonging (or a German genitive article), then a capitalised name that holds a kind of body
or an acronym, or comes after a definite article. A bare place ("Anna Weber of Munich") has
neither and is left out."""

from __future__ import annotations

import re
from collections.abc import Mapping

from kursk_reader.analysis.attribution_bodies import kind_word
from kursk_reader.analysis.attribution_cues import BEFORE_VERBS
from kursk_reader.analysis.textspans import UPPER

_CAP = rf"[{UPPER}][\w'’&-]*"
_LINK = r"(?:of|for|and|on|de|del|des|du|la|el|y|et|für|und|der|des|en|d['’]|l['’])"
_BODY = (
    rf"(?P<body>(?:{_CAP}['’]s[ \u00a0]+(?:[a-z]+[ \u00a0]+){{0,3}})?"
    rf"{_CAP}(?:[ \u00a0]+(?:{_LINK}[ \u00a0]+)*{_CAP}){{0,7}}"
    rf"(?:[ \u00a0]+No\.[ \u00a0]*\d+)?(?:[ \u00a0]+\([{UPPER}][{UPPER}\w&]{{1,9}}\))?)"
)
_ARTICLE = (
    r"(?P<art>(?:the|la|le|el|l['’]|der|die|des|dem|del)[ \u00a0]*"
    r"(?:[a-zà-ÿäöüß]+[ \u00a0]+){0,2}?)?"
)
"""A definite article and at most two lower-case words before the name ("the consultancy")."""
_PREP = r"(?:of|at|with|for|de|del|du|des|d['’]|von|vom|der|des)"
_ROLE = rf"(?P<role>(?:(?:a|an|the|un|une|el|la|le|die|der)[ \u00a0]+)?(?:[a-zà-ÿäöüß-]+[ \u00a0]+){{0,4}}?(?:[{UPPER}][a-zäöüß]+in?[ \u00a0]+)?)"
_DIRECT = re.compile(rf"[ \u00a0]+{_PREP}[ \u00a0]+{_ARTICLE}{_BODY}")
_APPOSED = re.compile(
    rf"[ \u00a0]*,[ \u00a0]+{_ROLE}"
    rf"{_PREP}[ \u00a0]+{_ARTICLE}{_BODY}"
)
_PERSON = re.compile(rf"{_CAP}(?:[ \u00a0]+{_CAP}){{1,3}}")
_PLACE_TAIL = re.compile(r"[ \u00a0]+(?:in|à|im)[ \u00a0]+[^ ]+$")
_CAPITALS = re.compile(rf"[{UPPER}]\w*[{UPPER}]")
_NEXT_WORD = re.compile(r"[ \u00a0]+([a-zà-ÿäöüßа-яёіїєґ]+)")
_AFTER_NAME = frozenset(
    """in at on and who which said says told warned added noted described explained estimated
    put blamed called en a y que quien dijo explicó à et qui a dans und der die das in sagte
    sagt erklärte в и і та який яка который которая""".split()
)
"""Words that may follow the body's name in the clause (a place, a relative, the verb)."""
_HEADS = frozenset(
    """head chief director president chairman chairwoman chair leader founder owner manager
    commander commandant comandante kommandant командир
    ceo boss gerente gérant gérante geschäftsführer geschäftsführerin управляющий керуючий
    jefe jefa director directora presidente presidenta fundador propietario dueño
    directeur directrice président présidente chef cheffe fondateur fondatrice patron
    leiter leiterin direktor direktorin präsident präsidentin vorsitzender vorsitzende
    chef chefin gründer gründerin inhaber inhaberin
    глава директор руководитель начальник председатель президент основатель владелец
    голова директор керівник начальник президент засновник власник""".split()
)
"""Who heads a body: reports give the head's post, and do not cite the body through them."""
_UNIVERSITIES = frozenset(
    "university universidad université universität università університет университет".split()
)


def affiliations(
    texts: Mapping[int, str], people: list[tuple[int, str]]
) -> list[tuple[int, str, int, int]]:
    """(article, body, start, end) for each body a cited person is written as belonging to."""
    out: list[tuple[int, str, int, int]] = []
    seen: set[tuple[int, str]] = set()
    for article_id, name in people:
        if (article_id, name) in seen or not _PERSON.fullmatch(name) or kind_word(name.split()[-1]):
            continue
        seen.add((article_id, name))
        text = texts[article_id]
        for at in _occurrences(text, name):
            end = at + len(name)
            m = _DIRECT.match(text, end) or _APPOSED.match(text, end)
            if m is None:
                continue
            body = _trimmed(m.group("body"))
            role = (
                (m.groupdict().get("role") or "")
                + " "
                + " ".join(text[max(0, at - 30) : at].split()[-2:])
            )
            if any(w.lower() in _HEADS for w in role.split()):
                break  # "Iryna S., head of the X Union", "commander R. A. of the Y": not cited
            if _is_body(body, bool(m.group("art"))) and _ends_name(
                text, m.start("body") + len(body)
            ):
                s = m.start("body")
                out.append((article_id, body, s, s + len(body)))
                break
    return out


def _occurrences(text: str, name: str) -> list[int]:
    out: list[int] = []
    at = text.find(name)
    while at >= 0 and len(out) < 4:
        out.append(at)
        at = text.find(name, at + len(name))
    return out


def _trimmed(body: str) -> str:
    """The body without a trailing place ("… Anthropology in Leipzig") or full stop."""
    body = body.rstrip(".")
    while True:
        cut = _PLACE_TAIL.search(body)
        if cut is None:
            return body
        body = body[: cut.start()]


def _is_body(body: str, after_article: bool) -> bool:
    """A kind of body with a proper name beside it, an acronym or a name with inner capitals
    ("BloombergNEF"), or two capitalised words after a definite article; never a university,
    which reports name for a scholar's post far more than as a source."""
    words = [w.strip("()") for w in body.replace("’", "'").split()]
    if any(w.lower() in _UNIVERSITIES for w in words):
        return False
    if any(_CAPITALS.search(w) for w in words):
        return True  # "BloombergNEF", "DZ Bank", "(CSIC)"
    named = [w for w in words if w[:1].isupper() and not kind_word(w)]
    if any(kind_word(w) for w in words):
        return bool(named)  # "Karlsruhe Institute of Technology", not "Institut" alone
    return after_article and len(named) >= 2


def _ends_name(text: str, end: int) -> bool:
    """Does the name end there, not run into a kind noun ("the Santa Lucia prison")?"""
    nxt = _NEXT_WORD.match(text, end)
    return nxt is None or nxt.group(1) in _AFTER_NAME or nxt.group(1) in BEFORE_VERBS
