"""Bodies that act jointly at the head of a sentence: "Кіберполіція України спільно з
Федеральним відомством кримінальної поліції Німеччини (BKA) припинила …", "The Border Guard,
together with Europol, dismantled …", "La Policía Nacional, en colaboración con la Europol,
ha desarticulado …". The readings of a sentence's subject stop at the phrase of partnership;
this one takes the body before it and the partner named after it, each as the article writes
it (a partner in the instrumental case stays in it, as a reader finds it)."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_bodies import body_word
from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.textspans import UPPER

_WORD = r"[\w'’-]+"
_JOINT = re.compile(
    r"(?:^|(?<=[.!?…][ \u00a0])|(?<=\n))"
    rf"(?:(?:The|La|Le|El|Die|Der|Das|Los|Les|L['’])[ \u00a0]*)?"
    rf"(?P<lead>[{UPPER}]{_WORD}(?:[ \u00a0]+{_WORD}){{0,5}}?)[ \u00a0]*,?[ \u00a0]+"
    r"(?:спільно з|спільно із|совместно с|together with|jointly with|gemeinsam mit"
    r"|conjointement avec|en collaboration avec|en colaboración con|junto con)[ \u00a0]+"
    r"(?:(?:the|la|le|el|der|dem|den|l['’])[ \u00a0]*)?"
    rf"(?P<partner>[{UPPER}]{_WORD}(?:[ \u00a0]+{_WORD}){{0,6}}?"
    rf"(?:[ \u00a0]+\([{UPPER}][{UPPER}\w]{{1,9}}\))?)(?=[ \u00a0]*[,;]|[ \u00a0]+(?:та|и|і|and|und|et|y)[ \u00a0]|[ \u00a0]+[a-zа-яёіїєґ]+(?:ла|ли|ло|ло|ed|te|ó|é)\b)",
    re.MULTILINE,
)


def joint_bodies(article_id: int, text: str) -> list[Found]:
    """The body leading a sentence and the partner it acts jointly with."""
    out: list[Found] = []
    for m in _JOINT.finditer(text):
        lead = m.group("lead")
        if not any(body_word(w) for w in lead.split()):
            continue  # "Anna Weber together with her son": a person, no body
        for group in ("lead", "partner"):
            s, e = m.span(group)
            out.append(Found(article_id, text[s:e], "", m.start(), m.end(), s))
    return out
