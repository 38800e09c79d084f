"""Remarks reported in indirect speech: "X said (that) …", "X сказал, что …", "X sagte, dass …",
"X dijo que …", "X a déclaré que …". One article may quote a remark while another reports it;
the reported wording is offered for pairing with a quoted one by the same speaker."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from kursk_reader.analysis.quote_speech import SAYING_FORMS

_OPENING = re.compile(
    r"[ \u00a0]*(?:(?:on|am|le|el|в|у)[ \u00a0]+\w+[ \u00a0]+)?,?[ \u00a0]*"
    r"(?:that|que|dass|что|що|qu['’]|de[ \u00a0]+que)?[ \u00a0,]*",
    re.IGNORECASE,
)
"""What may stand between the speech verb and the remark: a day ("on Monday"), a comma, a
complementiser."""
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")
_QUOTE_MARK = re.compile(r"[“”„«»\"]")
_MIN_WORDS = 5
_MAX_CHARS = 400


_VERB_PHRASE = re.compile(
    r"(?:to[ \u00a0]+)?(?![^\W\d_]*thing\b)[^\W\d_]{2,}ing[ \u00a0]+"
    r"(?:the|a|an|its|their|his|her|our|this|that|these|those)\b"
    r"|[^\W\d_]{2,}(?:er|ir|re)[ \u00a0]+"
    r"(?:le|la|les|l['’]|un|une|des|du|ce|cette|ces|son|sa|ses|leur|leurs|nos)\b"
    r"|[^\W\d_]{2,}(?:ar|er|ir)(?:lo|la|los|las|se|le|les)?[ \u00a0]+"
    r"(?:el|la|los|las|un|una|unos|unas|su|sus|este|esta|estos|estas)\b"
    r"|[а-яёіїєґ]{3,}(?:ть|ться|тися|тись)(?![\w'’])",
    re.IGNORECASE,
)
"""A gerund or an infinitive opening a phrase with its object ("studying the ruling",
"étudier la décision", "revisar el contrato", "изучить решение", "вивчити рішення" aside:
Ukrainian "-ти" is read only reflexive, its nouns end so too)."""
_INFINITIVE_CLAUSE = re.compile(
    r"to[ \u00a0]+(?!(?:the|a|an|me|us|them|him|her|my|our|their|his|its|this|that)\b)\w"
    r"|(?:de|d['’]|a)[ \u00a0]*[a-zàâçéèêëîïôûùüÿñáíóú]{2,}(?:er|ir|re|ar)(?:lo|la|se|le)?\b"
)
""""to"/"de"/"a" and an infinitive opening what follows a verb: "promised to rebuild …", "a
promis de reconstruire …", "se comprometió a reconstruir …"."""
_ZU_CLAUSE = re.compile(
    r"(?:\b(?:an|auf|ab|mit|vor|fest|aus|ein|zu)[ \u00a0]*,[ \u00a0]*)?"
    r"[^\n]*\bzu[ \u00a0]+[a-zäöüß]+en$"
)
_GERMAN_FINITE = re.compile(
    r"\b(?:dass|sei|seien|ist|sind|war|waren|habe|haben|hat|hätte|hätten|werde|werden|wird"
    r"|würde|würden|könne|können|kann|könnte|müsse|müssen|muss|solle|sollen|soll|gebe|gibt)\b",
    re.IGNORECASE,
)
"""A German clause ending in "zu" and an infinitive is an intention ("kündigte an, sein
Mandat zu behalten") unless a finite verb stands in it ("die Lage sei schwer zu
beurteilen")."""


_SHORT_CLAUSE = 6
"""Words of reported speech read for a gerund or infinitive opening."""


def is_non_finite(phrase: str, whole: bool = False) -> bool:
    """Is the phrase a gerund or infinitive clause (an intention or a task) rather than a
    remark anyone made? `whole`: the phrase is all a verb of saying brings in (reported
    speech), so "to"/"de"/"a" with an infinitive and a German "zu" clause count too."""
    phrase = phrase.strip()
    if _VERB_PHRASE.match(phrase) and (not whole or len(phrase.split()) <= _SHORT_CLAUSE):
        return True  # longer reported clauses may open with "Entre les …", "Sobre la …"
    if not whole:
        return False
    if _INFINITIVE_CLAUSE.match(phrase):
        return True
    return bool(_ZU_CLAUSE.match(phrase)) and not _GERMAN_FINITE.search(phrase)


def indirect_remarks(text: str, cues: Iterable[tuple[int, str]]) -> list[tuple[str, int, int, str]]:
    """(remark, start, end, speaker) for each cue (end of "X said", speaker) followed by
    reported speech of at least five words up to the sentence end, holding no quote mark
    (a quoted remark is read as a quote)."""
    out: list[tuple[str, int, int, str]] = []
    for end, speaker in cues:
        m = _OPENING.match(text, end)
        start = m.end() if m else end
        if start >= len(text) or not text[start].isalpha():
            continue
        stop = _SENTENCE_END.search(text, start, start + _MAX_CHARS)
        if stop is None:
            continue
        remark = text[start : stop.start()].rstrip(" ,;")
        if _QUOTE_MARK.search(remark) or len(remark.split()) < _MIN_WORDS:
            continue
        if is_non_finite(remark, whole=True):
            continue  # "X kündigte an, sein Mandat zu behalten": an intention, no remark
        out.append((remark, start, start + len(remark), speaker))
    return out


ACCORDING = re.compile(
    r"(?:according[ \u00a0]+to|selon|d['’]après|según|de[ \u00a0]+acuerdo[ \u00a0]+con|laut"
    r"|nach[ \u00a0]+Angaben|по[ \u00a0]+словам|за[ \u00a0]+словами)(?!\w)",
    re.IGNORECASE,
)
"""Cues after which a person's remark follows a comma in indirect speech ("According to
Ruiz, the pumps will run …")."""


_CLOSING_GAP = re.compile(r",[ \u00a0]*$")
_SENTENCE_START = re.compile(r"[.!?…][”\"»’]?[ \u00a0]+|\n")


def remarks_before(text: str, cues: Iterable[tuple[int, str]]) -> list[tuple[str, int, int, str]]:
    """(remark, start, end, speaker) for each cue (start of ", X said" / ", sagte X",
    speaker) closing a sentence whose words before the comma are the remark ("Alle 40
    Bergleute seien in Sicherheit, sagte X"; "All 40 miners were safe, Wrona said"): at
    least five words, no quote mark."""
    out: list[tuple[str, int, int, str]] = []
    for start, speaker in cues:
        lead = text[max(0, start - _MAX_CHARS) : start]
        if not _CLOSING_GAP.search(lead):
            continue
        ends = [m.end() for m in _SENTENCE_START.finditer(lead)]
        begin = start - len(lead) + (ends[-1] if ends else 0)
        remark = text[begin:start].rstrip(" ,\u00a0")
        if _QUOTE_MARK.search(remark) or len(remark.split()) < _MIN_WORDS:
            continue
        if not remark[:1].isupper():
            continue  # the sentence starts before the reach: not the whole remark
        out.append((remark, begin, begin + len(remark), speaker))
    return out


FRAGMENT_WORDS = 6
"""Words of a quoted fragment whose sentence says the rest of the remark in the reporter's
words ("X sagte, es sei „fast ein Wunder“, dass niemand schwer verletzt worden sei")."""


_WORD = re.compile(r"[^\W\d_]+")


def _after_comma_gerund(text: str, cue: re.Match[str]) -> bool:
    """Is the cue a gerund of saying after a comma? Then the main clause before it gives the
    gist of the remark too ("blamed the delay on the motors, saying …")."""
    before = text[max(0, cue.start() - 3) : cue.start()].rstrip(" \u00a0")
    return cue[0].lower() in SAYING_FORMS and before.endswith(",")


def fragment_context(
    text: str, start: int, end: int, bounds: tuple[int, int], speech_verb: Callable[[str], bool]
) -> str:
    """The remark a short quoted fragment belongs to: its sentence from just after the last
    speech verb before the fragment, or the comma closing an "according to X" cue, to the
    sentence end, quote marks left out. A longer quote, or a fragment no cue brings in, is
    its own wording."""
    quote = text[start:end]
    s, e = bounds
    if len(quote.split()) > FRAGMENT_WORDS or not s <= start < end <= e:
        return quote
    found = [m for m in _WORD.finditer(text, s, start) if speech_verb(m[0])]
    cues = [m.end() for m in found]
    if found and _after_comma_gerund(text, found[-1]):
        cues[-1] = s  # "X blamed the motors, saying it was «…»": the clause before says it too
    for a in ACCORDING.finditer(text, s, start):  # "По словам X, пламя было «…»"
        comma = text.find(",", a.end(), start)
        if comma >= 0:
            cues.append(comma + 1)
    if not cues:
        return quote
    at = max(cues)
    m = _OPENING.match(text, at)
    begin = m.end() if m else at
    return _QUOTE_MARK.sub("", text[begin:e]).strip(" ,.;:!?…")
