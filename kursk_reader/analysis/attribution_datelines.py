"""The wire agency named in an article's dateline: "PARIS (Reuters) —", "Sevilla, 19 oct
(Europa Press). —", "Seoul (dpa) –", "МОСКВА, 12 окт — РИА Новости.", "Ibi (Alicante), 3
mar (EFE).-", "ОМСК, 2 мая. /ТАСС/.", and without the dash "Straßburg (epd). Der …" or "MADRID, 22 May.
(Europa Press)" on a line of its own. The agency a story
comes from is the first source it cites, written in a fixed place at the head of the text,
so it is read from that structure (a place, maybe a date or region, the agency, a dash),
never from a list of agency names."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_credits import placed
from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.attribution_headwords import GENERIC_AGENCIES, STAFF
from kursk_reader.analysis.textspans import UPPER

_LINK = (
    r"(?:(?:de|del|de la|la|le|les|du|des|sur|en|am|an der|im|upon|on|of|el|los|las)[ \u00a0]+)?"
)
"""Lower-case words inside a place name ("Lloret de Mar", "Frankfurt am Main")."""
_PLACE = rf"[{UPPER}][^\W\d_]*\.?(?:[ \u00a0/'’-]+{_LINK}[{UPPER}][^\W\d_]*\.?){{0,3}}"
_REGION = rf"(?:[ \u00a0]+\([{UPPER}][^\W\d_]*(?:[ \u00a0-][^\W\d_]+){{0,2}}\))?"
"""The region or country in brackets after a place ("Ibi (Alicante), 3 mar")."""
_ASIDE = r",[ \u00a0][^\n()—–]{1,30}?"
_DASH = r"[—–-]"
_IN_PARENS = re.compile(
    rf"^(?P<place>{_PLACE}){_REGION}(?P<aside>{_ASIDE})?[ \u00a0]*\((?P<agency>[^\W\d_][^()\n\d]{{0,28}}?(?:[ \u00a0]\d{{1,3}})?)\)"
    rf"(?:[ \u00a0]*\.?[ \u00a0]*{_DASH}|(?P<bare>\.[ \u00a0]+(?=[{UPPER}])|[ \u00a0]*(?:\|[^\n|]*\d[^\n|]*)?(?=\n)))",
    re.MULTILINE,
)
_AGENCY = rf"[{UPPER}][^\W\d_]*(?:[ \u00a0-][{UPPER}][^\W\d_]*){{0,2}}"
"""An agency's name after a dash or comma: up to three capitalised words, a desk joined by a
hyphen ("Интерфакс-Украина", "Interfax-Ural")."""
_AFTER_DASH = re.compile(
    rf"^(?P<place>{_PLACE})(?P<aside>{_ASIDE})?[ \u00a0]+{_DASH}[ \u00a0]+"
    rf"[«“„]?(?P<agency>{_AGENCY})[»”“]?"
    rf"(?:[.:][ \u00a0\n]|[ \u00a0]+{_DASH}|(?P<eol>(?<=[^\W\d_])[ \u00a0]*(?=\n)))",
    re.MULTILINE,
)
"""The agency after a dash: "МОСКВА, 12 окт — РИА Новости.", and at the end of a dated
dateline line of its own ("КИЕВ, 12 мая – Интерфакс-Украина")."""
_AFTER_COMMA = re.compile(
    rf"^(?P<place>{_PLACE}),[ \u00a0]+(?P<aside>[^\n,()—–]{{0,16}}?\d[^\n,()—–]{{0,16}}?),"
    rf"[ \u00a0]+(?P<agency>{_AGENCY})\.[ \u00a0]+(?=[{UPPER}])",
    re.MULTILINE,
)
"""The agency after place and date, set off by commas: "Пермь, 03.06, Интерфакс-Урал. Число …",
"Lyon, 4 mai, Agence Rhône. Le …". The date (a digit) tells it from "Paris, France. The …"."""
_IN_SLASHES = re.compile(
    rf"^(?P<place>{_PLACE})(?:{_ASIDE})?[ \u00a0]*/(?P<agency>[{UPPER}][^/\n\d]{{0,28}}?)/"
    rf"[ \u00a0]*[.,]?[ \u00a0]",
    re.MULTILINE,
)
"""The Russian wire style: the agency between slashes after place and date ("/ТАСС/.")."""
_AFTER_DATE = re.compile(
    rf"^(?P<place>{_PLACE})\.[ \u00a0]+(?P<aside>[^\n.,()—–]{{0,16}}?\d[^\n.,()—–]{{0,16}}?)\."
    rf"[ \u00a0]+(?P<agency>{_AGENCY})[ \u00a0]+{_DASH}[ \u00a0]+",
    re.MULTILINE,
)
"""The agency after place and date, each closed by a full stop: "Черновцы. 12 ноября.
ИНТЕРФАКС-УКРАИНА - …", "Tarnów. 4 marca. PAP - …"."""
_AGENCY_FIRST = re.compile(
    rf"^(?P<agency>[{UPPER}]{{2,6}}|[a-z]{{2,4}})[ \u00a0]+{_DASH}[ \u00a0]+(?P<place>{_PLACE})"
    rf"(?:,[ \u00a0]+{_PLACE})?(?:[ \u00a0]*(?=\n)|\.[ \u00a0]+(?=[{UPPER}]))",
    re.MULTILINE,
)
"""A wire's code before the place it writes from: "AFP - Mulhouse, France" on a line of its
own under the title, "EFE - Ibiza. El …"."""
_NEWLINE = re.compile("\n")
_PATTERNS = (
    (_IN_PARENS, re.compile(r"\(")),
    (_AFTER_DASH, re.compile("[—–-]")),
    (_IN_SLASHES, re.compile("/")),
    (_AFTER_COMMA, re.compile(r",[^,\n]*\d[^,\n]*,")),
    (_AFTER_DATE, re.compile(r"\.[^.\n]*\d[^.\n]*\.[^\n]*[—–-]")),
    (_AGENCY_FIRST, re.compile(r"^\S{2,6}[ \u00a0]+[—–-]")),
)
_REACH = 200
"""Characters a dateline spans at most (a place, a region, a date, the agency)."""
_HEAD_CHARS = 1200
_HEAD_LINES = 4
_SHORT_LOWER = 4


def dateline_sources(article_id: int, text: str) -> list[Found]:
    """The agencies named in the dateline that opens the first paragraph of prose, if any."""
    head = text[:_HEAD_CHARS]
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(head)]
    opening = {s for s in line_starts if head[s : s + 1].strip()}
    allowed = sorted(opening)[:_HEAD_LINES]
    out: list[Found] = []
    openings = [(s, head[s : s + _REACH]) for s in allowed if head[s].isupper()]
    for pattern, marks in _PATTERNS:
        for line_start, opening_text in openings:  # no match crosses a line
            if marks.search(opening_text) is None:
                continue  # the bracket, dash or slash every match holds is not there
            m = pattern.match(head, line_start)
            if m is None or not _is_prose(head, m.end()):
                continue
            if _no_dash(m) and not (m.group("aside") or _WIRE_CODE.fullmatch(m.group("agency"))):
                continue  # "Bron (Rhône). Un incendie …": a region, not an agency
            if "eol" in m.re.groupindex and m.group("eol") is not None:
                if not any(ch.isdigit() for ch in m.group("aside") or ""):
                    continue  # "Kyiv – Police Report" closing a line: a title, no dateline
            if pattern is _AFTER_COMMA and placed(text, m.group("agency"), m.end()):
                continue  # "Lviv, 3 May, Ukraine. … in Ukraine": a country, no agency
            start = m.start("agency")
            parts = list(re.finditer(r"[^/,]+", m.group("agency")))
            for n, part in enumerate(parts):
                name = part.group(0).strip()
                if not _agency_like(name) or n and name.islower() and parts[0].group(0).islower():
                    continue  # "(dpa/lnw)": a lower-case code after a lower-case wire is its desk
                s = start + part.start() + (len(part.group(0)) - len(part.group(0).lstrip()))
                out.append(Found(article_id, name, "", m.start(), m.end("agency"), s))
            if out:
                return out
    return out


_WIRE_CODE = re.compile(rf"[{UPPER}]{{2,6}}|[a-z]{{2,4}}")
"""An agency's short code ("AFP", "epd"): what a dateline without its dash must hold, or a
date, for a region in brackets ("Bron (Rhône). …") looks the same."""


def _no_dash(m: re.Match[str]) -> bool:
    return "bare" in m.re.groupindex and m.group("bare") is not None


def _agency_like(name: str) -> bool:
    """A name ("Reuters", "Europa Press", "AFP") or a short lower-case wire ("dpa"), never a
    lower-case aside such as "(archive)", nor the desk or "agencies" in general ("(Agencias)",
    "(Redacción)")."""
    if not name or name.lower() in GENERIC_AGENCIES or name.lower() in STAFF:
        return False
    if any(ch.isupper() for ch in name):
        return all(w[:1].isupper() or len(w) <= 3 for w in re.split(r"[\s-]", name) if w)
    return " " not in name and len(name) <= _SHORT_LOWER


def _is_prose(head: str, end: int) -> bool:
    """The dateline opens a paragraph of running prose, not a menu line or a caption."""
    line_end = head.find("\n", end)
    rest = head[end : len(head) if line_end < 0 else line_end]
    if not rest.strip() and line_end >= 0:  # "… 9 Ago. (EUROPA PRESS) -" on a line of its own
        rest = head[line_end:].lstrip("\n").split("\n", 1)[0]
    return len(rest.split()) >= 6
