"""A body named through the people who work for it or watch for it: "Researchers from the
Schmalhausen Institute of Zoology in Kyiv collected …", "Исследования вели сотрудники
Института зоологии НАН Украины", "Наблюдатели от КПРФ насчитали …". A report that tells what a body's researchers,
staff or experts found or did relies on that body. The group nouns are a closed class in six
languages; the body must hold a kind of body, a compound of one or an acronym, so "scientists
from Venice" names no body."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_bodies import body_word
from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.attribution_nouns import SOURCE_NOUNS
from kursk_reader.analysis.textspans import UPPER

_GROUPS = (
    r"(?:[Rr]esearchers|[Ss]cientists|[Ss]pecialists|[Ee]mployees|[Ss]taff|[Cc]hercheurs"
    r"|[Ss]cientifiques|[Ss]pécialistes|[Ii]nvestigadores|[Cc]ientíficos|[Ee]specialistas"
    r"|Forscher|Forscherinnen|Wissenschaftler|Wissenschaftlerinnen|Mitarbeiter|Mitarbeitende"
    r"|[Сс]отрудники|[Сс]пециалисты|[Уу]ч[её]ные|[Сс]півробітники|[Нн]ауковці|[Вв]чені"
    r"|[Фф]ахівці|[Oo]bservers|[Oo]bservateurs|[Oo]bservadores|Beobachter|[Нн]аблюдатели"
    r"|[Сс]постерігачі)"
)
_CAP = rf"[{UPPER}][\w'’-]*"
_LATIN = re.compile(
    rf"(?<!\w){_GROUPS}[ \u00a0]+(?:from|at|of|de|du|des|del|de[ \u00a0]la|vom|von|der|des)"
    rf"[ \u00a0]+(?:(?:the|la|le|l['’]|el|der|dem)[ \u00a0]*)?"
    rf"(?P<body>{_CAP}(?:[ \u00a0]+(?:(?:of|for|de|du|des|del|für|la)[ \u00a0]+)?{_CAP}){{0,6}})"
)
_CYRILLIC = re.compile(
    rf"(?<!\w){_GROUPS}[ \u00a0]+(?:(?:от|від|из|із|з)[ \u00a0]+)?"
    r"(?P<body>[А-ЯЁІЇЄҐ][\w'’-]+(?:[ \u00a0]+(?:[а-яёіїєґ'’-]{4,}|[А-ЯЁІЇЄҐ][\w'’-]*)){0,5})"
)


def staff_bodies(article_id: int, text: str) -> list[Found]:
    """The bodies named as the employer of researchers, staff or experts."""
    out: list[Found] = []
    for pattern in (_LATIN, _CYRILLIC):
        for m in pattern.finditer(text):
            body = m.group("body")
            if pattern is _CYRILLIC:
                body = _cyrillic_name(body)
            if not body or not any(_body_word(w) for w in body.split()):
                continue
            s = m.start("body")
            out.append(Found(article_id, body, "", m.start(), s + len(body), s))
    return out


def _cyrillic_name(body: str) -> str:
    """The body's name up to the first word that is neither capitalised nor genitive-like
    (a verb: "вели", "задержали"), so "Института зоологии НАН Украины вместе" stops."""
    words = body.split()
    kept: list[str] = []
    for w in words:
        if not w[:1].isupper() and (
            w.endswith(("ли", "ла", "ло", "ть")) or w in ("вместе", "разом")
        ):
            break
        kept.append(w)
    return " ".join(kept)


def _body_word(word: str) -> bool:
    low = word.lower().strip("'’")
    return body_word(word) or (word[:1].isupper() and low in SOURCE_NOUNS)  # "Института"
