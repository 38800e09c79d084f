"""The outlet named on its own line right under an article's title: "The Kyiv Independent",
"«Думская»", "Paris-Normandie", "Heraldo de Aragón | Teruel", and a wire credited on a line
of its own at the foot ("(dpa)"). The publisher's name stands in a fixed place of the page, so
it is read from that structure: one short line of capitalised words (or a name in quotation
marks) with no date, no digits and no sentence end, directly under the title; never from a
list of outlets. Page furniture ("Advertisement"), desk lines and bylines are left out."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_credits import dated, outlet_worded, placed, staff_line
from kursk_reader.analysis.attribution_groups import Found

_HEAD_CHARS = 400
_TAIL_CHARS = 600
_MAX_WORDS = 4
_LINKS = frozenset(
    "de del la las los el le du des of the and y et und di da do dos das на і и та".split()
)
"""Lower-case words inside an outlet's name ("Heraldo de Aragón", "Voice of the Valley")."""
_FURNITURE = frozenset(
    """advertisement advertising sponsored anzeige werbung publicidad publicité annonce
    реклама share print menu home startseite accueil portada главная головна newsletter
    video photo foto live""".split()
)
"""Page furniture that stands on a line of its own, in six languages: never an outlet."""
_QUOTED = re.compile(r"^[«“„\"](?P<name>[^«»“”„\"\n]{2,40})[»”“\"]$")
_SEPARATOR = re.compile(r"[ \u00a0]*(?:[|·•]|[ \u00a0][—–][ \u00a0])[ \u00a0]*")
_FOOT_WIRE = re.compile(r"(?m)^[ \t]*\((?P<name>[^\W\d_][\w-]{1,11})\)[ \t.]*$")
_BY = re.compile(r"^(?:by|par|por|von|от|від|автор)\b", re.IGNORECASE)


def masthead_sources(article_id: int, text: str) -> list[Found]:
    """The outlet on the line under the title, and a wire code bracketed on a foot line."""
    out: list[Found] = []
    got = _second_line(text)
    if got is not None:
        start, line = got
        name = _outlet_in(line, text, start + len(line))
        if name is not None and not placed(text, name, start + len(line)):
            s = start + line.index(name)
            out.append(Found(article_id, name, "", start, s + len(name), s))
    tail = max(0, len(text) - _TAIL_CHARS)
    if "(" in text[tail:]:
        for m in _FOOT_WIRE.finditer(text, tail):
            name = m.group("name")
            if _wire_code(name):
                s = m.start("name")
                out.append(Found(article_id, name, "", m.start(), m.end("name") + 1, s))
    return out


def _second_line(text: str) -> tuple[int, str] | None:
    """The first line with text after the title, with where it starts."""
    at, seen_title = 0, False
    head = text[:_HEAD_CHARS]
    for line in head.split("\n"):
        start = at
        at += len(line) + 1
        if not line.strip():
            continue
        if not seen_title:
            seen_title = True
            continue
        if at > len(head):
            return None  # cut by the head's end: not a whole line
        lead = len(line) - len(line.lstrip())
        return start + lead, line.strip()
    return None


def _outlet_in(line: str, text: str, after: int) -> str | None:
    """The outlet a head line holds on its own: a quoted name, a name of capitalised words,
    or an outlet-worded name before a place or section ("Heraldo de Aragón | Teruel")."""
    quoted = _QUOTED.match(line)
    if quoted is not None:
        name = quoted.group("name").strip()
        return name if _name_like(name, quoted=True) else None
    parts = [p for p in _SEPARATOR.split(line) if p.strip()]
    if len(parts) == 2 and not _BY.match(parts[0]):
        first = parts[0].strip()
        place = parts[1].strip()
        if (
            outlet_worded(first, _TITLE_WORDS)
            and _name_like(first)
            and not dated(place)
            and text.find(place, after) >= 0
        ):
            return first  # the place the outlet writes from, named again in the body
        return None
    if len(parts) != 1 or _BY.match(line) or staff_line(line) or dated(line):
        return None
    return line if _name_like(line) else None


def _name_like(name: str, quoted: bool = False) -> bool:
    """One to four words, capitalised but for linking words (the first only, in quotation
    marks: «Приморский маяк»), no digits, no sentence end, not shouted (an author's name in
    capitals), not page furniture."""
    words = name.split()
    if not 1 <= len(words) <= _MAX_WORDS or any(ch.isdigit() for ch in name):
        return False
    if ":" in name or name[-1] in ".!?;,…" or not words[0][:1].isupper():
        return False
    if not quoted and not words[-1][:1].isupper():
        return False
    if len(words) > 1 and name.isupper():
        return False
    if any(w.lower().strip(".,") in _FURNITURE for w in words):
        return False
    return quoted or all(w[:1].isupper() or w.lower() in _LINKS for w in words)


def _wire_code(name: str) -> bool:
    """A wire's short code on a foot line: "dpa", "AFP", "dpa-AFX", "Reuters"."""
    parts = name.split("-")
    return all(p.isupper() or p.islower() for p in parts) or name.istitle()


_TITLE_WORDS = frozenset(
    """times post news herald gazette courier observer journal tribune daily chronicle
    monitor independent express telegraph guardian mirror standard examiner dispatch
    zeitung rundschau anzeiger kurier nachrichten tagblatt presse diario periódico heraldo
    noticias prensa correo crónica gaceta quotidien dépêche courrier nouvelles вести новости
    известия газета вестник вісті новини вісник""".split()
)
"""Words of newspaper titles in six languages, for an outlet before a place on one line."""
