"""The outlet a speaker spoke on, right after the speech verb: "a estimé sur France Info",
"заявил в эфире «Радио Сибирь»", "сказав в ефірі Суспільного", "said on BBC Radio Kent",
"dijo en Onda Regional TV". French "sur" and Russian/Ukrainian "в эфире"/"в ефірі" before a
name mean the outlet; English "on" and Spanish "en" also open days and places ("said on
Monday", "dijo en Madrid"), so there the name must read as an outlet: an acronym ("on
BBC", "en TVE") or a name holding a word of broadcasting (Radio, TV, News, FM…)."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.textspans import NAME_WORD, UPPER

_WORD = NAME_WORD
_RUN = rf"{_WORD}(?:[ \u00a0]+(?:(?:de|du|des|la|le|del)[ \u00a0]+)?{_WORD}){{0,3}}"
_QUOTED = r"«[ \u00a0]?[^»\n]{2,40}?[ \u00a0]?»|„[^“”\n]{2,40}[“”]|“[^”\n]{2,40}”"
_END = r"(?=[ \u00a0]*(?:[.,;:!?)\n]|$|que\b|qu['’]|that\b|что\b|що\b|dass\b))"
_SURE = re.compile(
    rf"[ \u00a0]+(?:sur|au[ \u00a0]+micro[ \u00a0]+de|в[ \u00a0]+эфире|в[ \u00a0]+ефірі)"
    rf"[ \u00a0]+(?:(?P<quoted>{_QUOTED})|(?P<name>{_RUN})){_END}"
)
_GUARDED = re.compile(rf"[ \u00a0]+(?:on|en)[ \u00a0]+(?P<name>{_RUN}){_END}")
_BROADCAST = re.compile(
    r"(?<!\w)(?:radio|tv|television|télévision|televisión|news|channel|fm|info|televisión"
    r"|cadena|chaîne)(?!\w)",
    re.IGNORECASE,
)
_ACRONYM = re.compile(rf"[{UPPER}]{{2,6}}\d?")
_OPENINGS = (" sur ", " au ", " в ", " on ", " en ", "\u00a0")
"""How every match of _SURE or _GUARDED opens (a no-break space tested as such)."""


def on_air(text: str, end: int) -> tuple[int, int] | None:
    """(start, end) of the outlet named right after the speech verb ending at end, or None."""
    if not text.startswith(_OPENINGS, end):
        return None  # the cheap test: no preposition of the air next
    m = _SURE.match(text, end)
    if m is not None:
        group = "quoted" if m.group("quoted") else "name"
        s, e = m.span(group)
        if group == "quoted":
            s, e = s + 1, e - 1
            while text[s] in " \u00a0":
                s += 1
            while text[e - 1] in " \u00a0":
                e -= 1
        return s, e
    m = _GUARDED.match(text, end)
    if m is None:
        return None
    name = m.group("name")
    if _ACRONYM.fullmatch(name) or _BROADCAST.search(name):
        return m.span("name")
    return None


_VERB = re.compile(r"\w+")


def outlets_on_air(
    article_id: int, text: str, after_hits: list[re.Match[str]], before_hits: list[int]
) -> list[Found]:
    """The outlets named on air after the cues of `attribution_cues.cue_positions` (the
    cue matches, and the starts of the speech verbs): only the text right after each is read."""
    spans = [m.span() for m in after_hits if text.startswith(_OPENINGS, m.end())]
    for p in before_hits:
        w = _VERB.match(text, p)
        if w is not None and text.startswith(_OPENINGS, w.end()):
            spans.append(w.span())
    out: list[Found] = []
    for cue_start, cue_end in spans:
        got = on_air(text, cue_end)
        if got is not None:
            out.append(Found(article_id, text[got[0] : got[1]], "", cue_start, got[1], got[0]))
    return out
