"""A German speaker run into the outlet told: "sagte Wehrle der Deutschen Presse-Agentur",
"sagte Ole Brandtner der Zeitung Nordkurier". After a speech verb a name run may go on over
"der"/"dem"/"den" into the dative object; when the words before the article are a person's
name (no German common noun among them: "Sprecher der Polizei" is a genitive, the police
the source), the person and the outlet are two sources."""

from __future__ import annotations

import re

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_bodies import kind_word
from kursk_reader.analysis.attribution_cues import SOURCE_NOUNS
from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.attribution_quoted import MEDIA_KINDS
from kursk_reader.analysis.attribution_runs import TITLES
from kursk_reader.analysis.textspans import UPPER

_SPLIT = re.compile(
    rf"^(?P<person>[{UPPER}][\w'’-]*(?:[ \u00a0]+[{UPPER}][\w'’-]*){{0,2}})"
    rf"[ \u00a0]+(?:der|dem|den)[ \u00a0]+(?P<object>[{UPPER}][\w'’-]*(?:[ \u00a0]+[{UPPER}][\w'’-]*){{0,3}})$"
)
_ROLE_ENDS = ("sprecher", "sprecherin", "chef", "chefin", "leiter", "leiterin")


def _role(word: str) -> bool:
    """A role, title or kind of body rather than a part of a person's name."""
    low = word.lower()
    return (
        low in SOURCE_NOUNS
        or low.rstrip(".") in TITLES
        or low.endswith(_ROLE_ENDS)
        or kind_word(word)
        or lexicon.is_common_noun(word)
    )


_VERB_BEFORE = re.compile(r"\w+[ \u00a0]+$")


def split_dative(article_id: int, text: str, found: Found) -> Found | None:
    """Cut a found source that runs from a speaker into the outlet told at the article; the
    outlet returned as a source of its own (found keeps the speaker), or None."""
    if " de" not in found.surface:
        return None  # no "der", "dem" or "den" in it: the cheap test
    m = _SPLIT.match(found.surface)
    if m is None or not _VERB_BEFORE.search(
        text, max(0, found.source_start - 40), found.source_start
    ):
        return None
    person = m.group("person").split()
    if any(_role(w) for w in person) or lexicon.is_dictionary_word(person[-1]):
        return None  # "Sprecher der Polizei", "Chefin der Behörde": a genitive, one source
    told_start, told = found.source_start + m.start("object"), m.group("object")
    first = re.match(r"\S+", told)
    rest = told[first.end() :].split() if first else []
    if first and rest and (first.group(0).lower() in MEDIA_KINDS or _role(first.group(0))):
        if not all(lexicon.is_common_noun(w) for w in rest):  # "der Zeitung Nordkurier"
            skip = len(told) - len(told[first.end() :].lstrip())
            told_start, told = told_start + skip, told[skip:]
    article_at = found.source_start + m.end("person") + 1
    found.surface = m.group("person")
    return Found(article_id, told, "", article_at, told_start + len(told), told_start)
