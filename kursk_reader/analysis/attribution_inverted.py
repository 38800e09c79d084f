"""The speaker named after a quotation whatever the verb: "« … », se réjouit l'archéologue
Hélène Roux.", "„…“, räumte Sprengmeister Jan Kolb ein.", "«…», lamentó la alcaldesa Ana
Ruiz.". After a closing quotation mark and a comma, a lower-case verb (reflexive or not),
perhaps a role, then a full name closing the clause is the inverted subject of the sentence
that carries the quote, so the person is cited. Read from structure, not from a verb list."""

from __future__ import annotations

import re

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.attribution_roles import ROLE_WORDS
from kursk_reader.analysis.attribution_runs import TITLES
from kursk_reader.analysis.attribution_trims import without_role
from kursk_reader.analysis.textspans import UPPER

_LOWER_WORD = r"[a-zß-öø-ÿа-яёіїєґ][\w'’-]*"
_NAME_WORD = rf"[{UPPER}][^\W\d_][\w'’-]*"
_INVERTED = re.compile(
    r"(?:[»”\"“],|,[»”\"“])[ \u00a0]+(?:[-—–][ \u00a0]+)?(?:s['’]|se[ \u00a0]+|sich[ \u00a0]+)?"
    rf"(?P<verb>{_LOWER_WORD})[ \u00a0]+"
    r"(?:(?:l['’]|le[ \u00a0]+|la[ \u00a0]+|el[ \u00a0]+|der[ \u00a0]+|die[ \u00a0]+|the[ \u00a0]+))?"
    rf"(?:(?:{_LOWER_WORD}|[{UPPER}][^\W\d_]+)[ \u00a0]+){{0,2}}?"
    rf"(?:(?<=[^\W\d_] ){_LOWER_WORD},[ \u00a0]+)?(?:(?:Me|Mme|Mr|Mrs|Ms|Dr|Dra)\.?[ \u00a0]+)?"
    rf"(?P<name>{_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{1,2}})"
    r"(?=[ \u00a0]*(?:(?:ein|an|mit|zu|hinzu|fest)[ \u00a0]*)?[,.;])"
)
_MIN_VERB = 3
_ROLE_BEFORE = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(TITLES | ROLE_WORDS, key=len, reverse=True)) + r")[ \u00a0]+\Z"
)
"""A role word right before the name ("огласила решение судья Наталья Грибова"): a person
follows, even when the surname in its case is also a dictionary word."""
_MARKS = '»”"“'
"""Quotation marks that close a quotation with a comma after or inside them ('",', '»,',
',"', ',”')."""


def _candidates(text: str) -> list[int]:
    """Starts of the closings in text: each quotation mark found by plain search, a comma
    looked for on either side (one search per mark instead of one per closing)."""
    out: list[int] = []
    for mark in _MARKS:
        i = text.find(mark)
        while i >= 0:
            if text[i + 1 : i + 2] == ",":
                out.append(i)
            if i and text[i - 1] == ",":
                out.append(i - 1)
            i = text.find(mark, i + 1)
    return sorted(out)


_OF_BEFORE = re.compile(
    r"(?<!\w)(?:de|del|du|des|of|von|der|di|d['’])[ \u00a0]*"
    r"(?:(?:la|le|les|el|the|l['’])[ \u00a0]*)?\Z"
)
_COMMA_NAME = re.compile(
    rf",[ \u00a0]+(?P<name>{_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{1,3}})(?=[ \u00a0]*[,.;])"
)
_NOT_VERBS = frozenset(
    "and but the for with from then when while who which that und aber mit dann als wenn der"
    " die das et mais avec puis quand qui que les des y pero con luego cuando quien los las".split()
)
"""Words after a quotation's comma that open something else than an inverted subject."""


def inverted_speakers(article_id: int, text: str) -> list[Found]:
    """The people named, after a verb, right after a quotation closes with a comma."""
    out: list[Found] = []
    if "," not in text:
        return out
    for at in _candidates(text):
        m = _INVERTED.match(text, at)
        if m is None:
            continue
        if len(m.group("verb")) < _MIN_VERB:
            continue
        s, e = m.span("name")
        if _OF_BEFORE.search(text, m.start(), s):  # "lamentó la consejera de Educación, Ana Ruiz"
            after = _COMMA_NAME.match(text, e)
            if after is None:
                continue
            s, e = after.span("name")
        words = text[s:e].split()
        if words[-1].lower() in TITLES:
            continue  # "sagte Amtsleiter Dr. Jan Kolb": the title's period is no sentence end
        if m.group("verb").lower() in _NOT_VERBS:
            continue
        if lexicon.is_dictionary_word(words[-1]) and not _ROLE_BEFORE.search(text, m.start(), s):
            continue  # a surname no dictionary lists, unless a role names the person next
        s = without_role(text, s, e)  # "räumte Sprengmeister Jan Kolb ein"
        out.append(Found(article_id, text[s:e], "", m.start() + 1, e, s))
    return out
