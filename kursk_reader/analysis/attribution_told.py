"""The outlet a named speaker told, written after the speaker: "рассказал Белецкий
корреспонденту РИА Новости", "сказала Коваль виданню «Поділля»", "sagte Öztürk-Lang dem
Bayerischen Rundfunk", "sagte Weber der Allgäuer Zeitung". Both the speaker and the outlet are
sources; the outlet is added with the speakers (`attribution_speakers`), after the quote check
has read the citations, so it is never taken for the one who spoke. The outlet is told from other dative objects by its shape, never by a list of outlets:
in Russian and Ukrainian a noun for a journalist or an outlet in the dative opens it (a closed
class); in German the article "dem"/"der" opens capitalised words ending in a word for an outlet
(Rundfunk, Zeitung, Agentur, Sender …) or an acronym ("dem ZDF")."""

from __future__ import annotations

import re

from kursk_reader.analysis.textspans import UPPER

TOLD_NOUNS = frozenset(
    """корреспонденту журналисту журналистке изданию агентству газете телеканалу радиостанции
    порталу сайту журналу кореспонденту кореспондентові журналісту журналістові журналістці
    виданню агентству газеті телеканалу радіостанції порталу сайту журналу""".split()
)
"""Russian and Ukrainian datives of a journalist or an outlet, the one told ("рассказал X
корреспонденту Y")."""
_CYRILLIC_TOLD = re.compile(
    r"[ \u00a0]+(?:"
    + "|".join(sorted(TOLD_NOUNS))
    + r")[ \u00a0]+(?:[«„“\"](?P<quoted>[^«»„“”\"\n]{2,40})[»“”\"]"
    rf"|(?P<name>[{UPPER}][\w-]*(?:[ \u00a0]+[{UPPER}][\w-]*){{0,2}}))"
)
_GERMAN_TOLD = re.compile(
    r"[ \u00a0]+(?:dem|der)[ \u00a0]+"
    rf"(?P<name>(?:[{UPPER}][\w-]*[ \u00a0]+){{0,2}}[{UPPER}][\w-]*)(?![\w-])"
)
_GERMAN_OUTLET_ENDS = (
    "rundfunk",
    "zeitung",
    "agentur",
    "sender",
    "fernsehen",
    "radio",
    "magazin",
    "blatt",
    "rundschau",
    "anzeiger",
    "kurier",
    "nachrichten",
)
"""How the name of a German outlet ends ("Bayerischer Rundfunk", "Allgäuer Zeitung",
"Deutsche Presse-Agentur", "Tagesblatt")."""
_ACRONYM = re.compile(rf"[{UPPER}]{{2,6}}")


def told_at(text: str, pos: int) -> tuple[int, int] | None:
    """The span of an outlet told in a dative phrase starting at pos, or None."""
    nxt = text[pos : pos + 2].strip()
    if not nxt:
        nxt = text[pos + 1 : pos + 2]
    if "\u0400" <= nxt[:1] <= "\u04ff":
        m = _CYRILLIC_TOLD.match(text, pos)
        if m is None:
            return None
        return m.span("quoted") if m.group("quoted") else m.span("name")
    if nxt[:1] != "d":
        return None
    m = _GERMAN_TOLD.match(text, pos)
    if m is None:
        return None
    name = m.group("name")
    last = name.split()[-1]
    if _ACRONYM.fullmatch(name) or last.lower().endswith(_GERMAN_OUTLET_ENDS):
        return m.span("name")
    return None
