"""A speaker whose name, affiliation and place come before a relative clause that ends at the
speech verb: "Pavel Hradecky of Charles University in Prague, who was not involved in the
study, said …", "Marie Roux, de l'Inrae à Avignon, qui a dirigé l'étude, estime …". The
readings before a verb stop at the clause's commas or at the place; this one skips a relative
clause (a relative pronoun after a comma, up to the next comma) and a place after "in", and
takes the capitalised name before them."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_cues import BEFORE_VERBS
from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.textspans import UPPER

_CAP = rf"[{UPPER}][\w'’-]+"
_RELATIVE = re.compile(
    r",[ \u00a0]+(?:who|qui|quien|quienes|que|der|die|который|которая|которые|який|яка|які)"
    r"[ \u00a0][^,;.!?\n«»“”\"]{3,120},[ \u00a0]+(?P<verb>[^\W\d_]+)(?=[ \u00a0,.])"
)
_BEFORE = re.compile(
    rf"(?P<name>{_CAP}(?:[ \u00a0]+{_CAP}){{1,2}})"
    rf"(?:[ \u00a0]+(?:of|at|from|de|del|du|von|vom|из|з|із)[ \u00a0]+"
    rf"(?:(?:the|la|le|el|l['’]|der|dem)[ \u00a0]*)?{_CAP}(?:[ \u00a0]+(?:of|for|de|für)?[ \u00a0]*{_CAP}){{0,5}})?"
    rf"(?:[ \u00a0]+(?:in|à|en|in der|im|в|у)[ \u00a0]+{_CAP}(?:[ \u00a0]+{_CAP})?)?$"
)
_REACH = 160
_ARTICLE = re.compile(r"(?:The|La|Le|El|Los|Las|Les|Der|Die|Das)[ \u00a0]+")


def relative_speakers(article_id: int, text: str) -> list[Found]:
    """The person named before a relative clause that the speech verb closes."""
    out: list[Found] = []
    for m in _RELATIVE.finditer(text):
        if m.group("verb").lower() not in BEFORE_VERBS:
            continue
        head = _BEFORE.search(text, max(0, m.start() - _REACH), m.start())
        if head is None:
            continue
        s, e = head.span("name")
        lead = _ARTICLE.match(text, s, e)
        if lead is not None:
            s = lead.end()  # "La Policía Foral, que investigó …": the body, not "La"
            if " " not in text[s:e].strip():
                continue
        out.append(Found(article_id, text[s:e], "", s, m.end("verb"), s))
    return out
