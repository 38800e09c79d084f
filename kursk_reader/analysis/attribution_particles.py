"""Surname particles inside a person's name: "Henk van der Sluis", "Ana de la Fuente", "Ursula
von der Brück", "Omar bin Said". Name runs stop at a lower-case word, so a source found as
"Sluis" or "Ana" is widened over the particles to the capitalised word on their other side.
The particles are a closed class; a run must open with one that is never an article alone
("van", "von", "de", "di", "da", "du", "dos", "del", "della", "bin", "ibn", "ter", "ten",
"zu"), so "bei der Sluis" or "sagte der Anwalt" is never read as a name. A body written as
one word and its complement is widened the same way ("el Ministerio de Transportes")."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_cues import SOURCE_NOUNS

_OPENING = "van|von|de|di|da|du|dos|das|del|della|bin|ibn|ter|ten|zu"
_FOLLOWING = "der|den|de|la|las|los|le|del|van|y"
_PARTICLES = rf"(?:{_OPENING})(?:[ \u00a0]+(?:{_FOLLOWING})){{0,2}}"
_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+"
_BEFORE = re.compile(rf"(?<![\w'’-])({_WORD})[ \u00a0]+{_PARTICLES}[ \u00a0]+$")
_AFTER = re.compile(rf"[ \u00a0]+{_PARTICLES}[ \u00a0]+{_WORD}(?![\w'’-])")
_REACH = 40


def with_particles(text: str, start: int, surface: str) -> tuple[int, str] | None:
    """(start, surface) of the whole name when the one-word source at start is the given
    name before its particles or the surname after them; None when nothing changes."""
    if " " in surface or not surface[:1].isupper() or not surface[1:].islower():
        return None
    if text[start : start + len(surface)] != surface:
        return None
    end = start + len(surface)
    if not (start > 2 and text[start - 1] in " \u00a0" and text[start - 2].islower()) and not (
        text[end : end + 1] in (" ", "\u00a0") and text[end + 1 : end + 2].islower()
    ):
        return None  # no lower-case word on either side: no particle
    before = _BEFORE.search(text, max(0, start - _REACH), start) if start else None
    if before is not None and before.group(1).lower() not in SOURCE_NOUNS:
        return before.start(), text[before.start() : end]  # not "Fuentes de la Gobernación"
    after = _AFTER.match(text, end)
    if after is not None:
        return start, text[start : after.end()]
    return None
