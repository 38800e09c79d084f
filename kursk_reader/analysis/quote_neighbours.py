"""Who speaks a quote that names no one in its own sentence: the person cited just before
it ("X, the mayor, said on Monday. “…”") or at the start of the next sentence ("“…”
Whitcombe added that …"), or the speaker of the quote just before it in the same paragraph
("“…,” she said. “…”"); the person a colon's sentence opens with, and whether a quote
closes its sentence. Split from `quotes`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kursk_reader.analysis.quote_speech import speech_verb

if TYPE_CHECKING:
    from kursk_reader.analysis.quotes import Quote


_NEXT_SENTENCE = re.compile(r"[ \u00a0]*[”“\"»’]?[ \u00a0]*[.!?…]?[ \u00a0]*[”“\"»’]?[ \u00a0]+")
"""The end of a quote's sentence, French spacing inside the marks ("… ans. » C'est")."""


def cited_just_after(text: str, end: int, cited: list[tuple[int, str]]) -> str:
    """ "“…” Whitcombe added that …": the person cited at the start of the next sentence of
    the same paragraph, with a speech verb among its first words; or the person a sentence
    opening with a speech verb that points back cites ("„…“ Das sagte X", "«…» Об этом
    заявил X", "« … » C'est ce qu'a expliqué X", "«…». Así lo explicó X")."""
    m = _NEXT_SENTENCE.match(text, end)
    if m is None:
        return ""
    start = m.end()
    head = text[start : start + 80].split()[:5]
    for pos, name in cited:
        if start <= pos < start + 3 and any(speech_verb(w.strip(",;:")) for w in head):
            return name
    back = _POINTS_BACK.match(text, start)
    if back is None:
        return ""
    lead = re.findall(r"[^\W\d_]+", text[back.end() : back.end() + 40])[:_BACK_REACH]
    if not any(speech_verb(w) for w in lead[:3]):
        return ""
    for pos, name in cited:  # a citation's position is its verb's or its name's
        if back.end() <= pos < back.end() + 60:
            if len(re.findall(r"[^\W\d_]+", text[back.end() : pos])) <= _BACK_REACH:
                return name
    return ""


_POINTS_BACK = re.compile(
    r"(?:that(?:'s| is| was) what|this is what|das|dies|so|c['’]est ce qu['’](?:a|ont)?"
    r"|voil[aà] ce qu['’](?:a|ont)?|as[ií] lo|eso|esto|lo|об этом|это|так|про це|це|так)"
    r"[ \u00a0]+",
    re.IGNORECASE,
)
"""Words opening a sentence that point back to the remark just quoted, before the verb
that cites its speaker ("Das sagte", "Об этом заявил", "Así lo explicó", "That is what …
said")."""
_BACK_REACH = 4
"""Words after the pointing words up to the person: the verb, an auxiliary, a role."""


_NEIGHBOUR_REACH = 400
"""Characters before a quote that stands alone searched for the person cited just before."""


def stands_alone(text: str, q: Quote, intro_start: int, clause_end: int) -> bool:
    """Nothing but the quote in its sentence: no words before it, none after it."""
    lead = text[intro_start : q.start].strip(" \t\u00a0\n“\"«„‘'—–-")
    tail = text[q.end : clause_end].strip(' \t\u00a0\n”"»“’.,!?…—–-')
    return not lead and not tail


def cited_just_before(text: str, pos: int, cited: list[tuple[int, str]]) -> str:
    """The person the sentence just before pos cites (within its paragraph or the one before),
    when no other quote stands between: "X, the mayor, said on Monday. “…”" """
    lo = max(0, pos - _NEIGHBOUR_REACH)
    if re.search(r"[“”\"«»„]", text[lo:pos]):
        lo = max(m.end() for m in re.finditer(r"[“”\"«»„]", text[lo:pos])) + lo
    names = [(p, name) for p, name in cited if lo <= p < pos]
    if not names:
        return ""
    at, name = names[-1]
    if not any(speech_verb(w) for w in re.findall(r"[^\W\d_]+", text[at:pos])):
        return ""  # "X walked along the levee. “…”": named, but not as speaking
    return name


_CONTINUED_GAP = 100
"""Characters between two quotes of one paragraph within which an unattributed second quote
continues the first speaker ("“…,” she said. “…”"), with room for a role after the name
("», confie X, présidente de l'association. « … »"); no other name may stand there."""


def continued_speaker(text: str, previous: Quote, q: Quote) -> str:
    """The speaker of the quote just before, when this quote follows it in the same
    paragraph, separated only by that quote's attribution (no other name, no line break)."""
    gap = text[previous.end : q.start]
    if not previous.speaker or "\n" in gap or len(gap) > _CONTINUED_GAP:
        return ""
    words = re.findall(r"[^\W\d_]+", gap)
    names = [w for w in words if w[:1].isupper()]
    surname = previous.speaker.split()[-1]
    if any(w not in previous.speaker.split() and w != surname for w in names[1:]):
        return ""
    return previous.speaker


def colon_subject(
    text: str,
    start: int,
    intro_start: int,
    persons: list[tuple[int, str]],
    cited: list[tuple[int, str]],
) -> str:
    """ "Firmenchef X entschuldigte sich in einer Videobotschaft: „…“": a quote brought in by
    a colon in its own sentence, with no speech verb to cite anyone, is the words of the
    first person the introducing words name (one the article cites, or a name of two parts
    or more)."""
    colon = text[intro_start:start].rstrip(" \t\u00a0“\"«„‘'").endswith(":")
    inside = [(p, n) for p, n in persons if intro_start <= p < start]
    cited_names = {n for _, n in cited}
    people = [(p, n) for p, n in inside if n in cited_names or len(n.split()) >= 2]
    if not people:
        return ""
    at, name = people[0]
    if colon:
        return name
    between = re.findall(r"[^\W\d_]+", text[at + len(name) : start])
    if len(between) <= _SUBJECT_REACH and any(speech_verb(w) for w in between):
        return name  # "X described the wreck as “…”"
    return ""


_SUBJECT_REACH = 6
"""Words between a person named in a quote's sentence and the quote, among them a speech
verb, within which the person is the quote's speaker ("Helene Castellani described the
wreck as “…”"); further away the verb more often has another subject."""


def closes_sentence(text: str, quote_end: int, after_end: int) -> bool:
    """True when the quote ends its sentence (“….” Then a new sentence), so what follows
    does not name its speaker."""
    gap = text[quote_end:after_end]
    return bool(re.search(r"[.!?…][”“\"»’]?\s", gap)) and "," not in gap
