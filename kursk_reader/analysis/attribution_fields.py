"""A body named by its kind and the fields it answers for, joined by "and": "Bundesministerium
für Arbeit und Soziales", "Bundesamt für Migration und Flüchtlinge", "Ministerio de Trabajo y
Economía Social", "ministère du Travail et de l'Emploi". The readers before and after a cue stop
at the coordinating word and keep one field ("Soziales", "Ministerio de Trabajo"); when a
capitalised kind of body and "für"/"de"/"for" open the phrase and only capitalised field
names (a comma or "and" between them) follow, the whole phrase is the body's name; a kind
read alone before "für"/"de" and one field closing the clause is widened so too ("sagte das
Bundesamt für Migration.")."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_bodies import kind_word
from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.textspans import UPPER

_CAP = rf"[{UPPER}][^\W\d_]*(?:-[^\W\d_]+)*"
_FIELD = (
    rf"(?:(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|du|de|des|del)[ \u00a0]*)?{_CAP}(?:[ \u00a0]+{_CAP})?"
)
_AND = r"(?:,[ \u00a0]+|[ \u00a0]+(?:und|y|e|et|and)[ \u00a0]+)"
_HEAD = re.compile(
    rf"(?P<kind>{_CAP})[ \u00a0]+(?:für|for|de|du|des|del|de[ \u00a0]+la|de[ \u00a0]+l['’])[ \u00a0]*"
    rf"(?:{_FIELD}{_AND})*$"
)
"""The kind and the fields before this one: "Bundesministerium für Arbeit und ", or the kind
alone before the first field ("Bundesministerium für ")."""
_TAIL = re.compile(rf"(?:{_AND}(?!(?:der|die|das|den|la|el|le|les|los|las|the)\b){_FIELD})+")
"""The fields after the first one: " und Soziales", " y Economía Social"."""
_OPENING = re.compile(
    rf"{_CAP}[ \u00a0]+(?:für|for|de|du|des|del|de[ \u00a0]+la|de[ \u00a0]+l['’])[ \u00a0]*{_FIELD}$"
)
_KIND_FIELD = re.compile(
    rf"[ \u00a0]+(?:für|for|de|du|des|del|de[ \u00a0]+la|de[ \u00a0]+l['’])[ \u00a0]*{_FIELD}"
)
_LOOK_BACK = 120
_NEAR = 8
_KIND_LINKS = (" für ", " for ", " de ", " du ", " des ", " del ")
_TAIL_OPENERS = frozenset(", \u00a0")
_NEAR_BEFORE = re.compile(r"(?:für|for|de|du|des|del|la|l['’]|und|y|e|et|and|,)[ \u00a0]*$")
"""What stands right before a field of a body's name: a cheap test before _HEAD's search."""
_FIELD_OPENERS = ("für", "for", "de", "du", "des", "del", "la", "l'", "l’")


def whole_body_names(text: str, found: list[Found]) -> None:
    """Widen each source that is one field of a body's coordinated name to the whole name."""
    for f in found:
        if " " in f.surface and not f.surface[:1].isupper():
            continue
        s, e = f.source_start, f.source_start + len(f.surface)
        if text[s:e] != f.surface:
            continue
        near = _NEAR_BEFORE.search(text, max(0, s - _NEAR), s)
        head = _HEAD.search(text, max(0, s - _LOOK_BACK), s) if near is not None else None
        tail = _TAIL.match(text, e) if text[e : e + 1] in _TAIL_OPENERS else None
        tail_end = tail.end() if tail is not None and _ends_name(text, tail.end()) else e
        if head is not None and kind_word(head.group("kind")) and head.end() == s:
            if head.group(0).rstrip().endswith(_FIELD_OPENERS) and tail_end == e:
                continue  # "Ministerium für Arbeit": the field alone is no coordinated name
            s = head.start()
        elif text.startswith(_KIND_LINKS, e) and " " not in f.surface and kind_word(f.surface):
            field = _KIND_FIELD.match(text, e)  # "Bundesamt" + " für Migration"
            if field is None:
                continue
            tail = _TAIL.match(text, field.end())
            tail_end = tail.end() if tail is not None else field.end()
            if not _ends_name(text, tail_end):
                continue
        elif _OPENING.fullmatch(f.surface) is None or not kind_word(f.surface.split()[0]):
            continue
        e = tail_end
        if (s, e) != (f.source_start, f.source_start + len(f.surface)):
            f.surface, f.source_start = text[s:e], s
            f.start, f.end = min(f.start, s), max(f.end, e)


def _ends_name(text: str, end: int) -> bool:
    """The name ends at a clause break or before a lower-case word (the verb)."""
    rest = text[end : end + 2]
    return not rest or rest[0] in ".,;:!?)\n" or (rest[0] == " " and rest[1:2].islower())
