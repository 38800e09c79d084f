"""What a speech verb was said about, not who said it: "han confirmado la existencia de
TOI-5218", "a annoncé la mort de Jean Valdor", "ha confirmado el fallecimiento de Ana Ruiz".
After a verb cue, a lower-case noun with its "of" ("la existencia de", "la mort de") opens the
verb's object; a name after it is a complement of that object. Cues of the "according to"
kind name their source after a preposition and are left alone, as are the nouns that name
a source themselves ("la préfecture de l'Ariège", `attribution_nouns.SOURCE_NOUNS`), and a
verb after a comma or a quote, whose subject follows it ("…, a annoncé la maison de ventes
X")."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_nouns import SOURCE_NOUNS

_OBJECT_OF = re.compile(
    r"[ \u00a0]+(?:(?:la|el|los|las|le|les|l['’]|the|a|an|un|une|una)[ \u00a0]*)?"
    r"(?P<noun>[a-zà-öø-ÿ]{4,})[ \u00a0]+(?:de|del|des|du|d['’]|of)[ \u00a0]"
)
_PREPOSITIONAL = re.compile(
    r"(?i:according|as\b|según|selon|d['’]après|de\s+acuerdo|laut|gemä|nach\b|unter\b|citing"
    r"|quoting|по\b|за\b|согласно|згідно|со\s+ссылкой|з\s+посиланням|in\s+an?\s+interview)"
)

_ENDING_PREPOSITIONS = frozenset("de du des d' d’ by von vom der a à al with con".split())


def object_complement(text: str, cue: re.Match[str]) -> bool:
    """Does a verb cue (cue) go on with its object's noun and "of" ("ha confirmado la
    existencia de …"), so that a name after it is no source?"""
    m = _OBJECT_OF.match(text, cue.end())
    if m is None or _PREPOSITIONAL.match(cue.group(0)):
        return False
    if cue.group(0).split()[-1].lower() in _ENDING_PREPOSITIONS:
        return False  # "appris auprès de", "reported by": the source follows the preposition
    before = text[max(0, cue.start() - 3) : cue.start()].rstrip()
    if not before[-1:].isalnum():
        return False  # "…», ha informado la delegación de X": a subject put after its verb
    return m.group("noun") not in SOURCE_NOUNS


_NUMBER_BEFORE = re.compile(r"\d[ \u00a0]?$")


_UNIT = re.compile(r"[A-Za-zµ]{1,4}\d?")
"""A unit's symbol ("MW", "kWh", "km", "m3"); "112 Andalucía" is a service's name."""


def counted_unit(text: str, start: int, surface: str) -> bool:
    """Is the source (surface, at start) a unit's symbol written right after a number
    ("2 000 MW, l'ouvrage …, indique RTE")? What a number counts is never who is cited."""
    if not _UNIT.fullmatch(surface) or not (surface.isupper() or not surface[:1].isupper()):
        return False
    return _NUMBER_BEFORE.search(text, max(0, start - 2), start) is not None
