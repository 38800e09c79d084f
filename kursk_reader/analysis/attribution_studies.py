"""A body whose study or analysis opens a clause: "Research by the British Antarctic Survey
has documented …", "Untersuchungen der französischen Behörde Anses hätten … gefunden",
"D'après la préfecture, les analyses de l'Anses ont mis en évidence …". What a study found is
told on the body's word, so the body is a source. The clause must open with the study noun (a
closed class in six languages) and "by"/"of" and a name (capitalised, or a kind of body
followed by a name), so "the study of bees" names no one."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.attribution_scan import lowered
from kursk_reader.analysis.textspans import UPPER

_STUDIES = (
    "study|studies|research|analysis|analyses|survey|tests|findings|étude|études|analyses"
    "|recherches|estudio|estudios|análisis|investigación|investigaciones|Studie|Studien"
    "|Untersuchung|Untersuchungen|Analyse|Analysen|Forschung|Forschungen|исследование"
    "|исследования|анализ|анализы|дослідження|аналіз|аналізи"
)
_OPENING = r"(?:^|(?<=[.!?…][ \u00a0])|(?<=, ))"
_NAME = (
    rf"[{UPPER}][\w&'’-]*(?:[ \u00a0]+(?:(?:of|for|de|del|des|du|für|la)[ \u00a0]+)?"
    rf"[{UPPER}][\w&'’-]*){{0,5}}"
)
_STUDY_BY = re.compile(
    rf"{_OPENING}(?:(?i:the|a|an|les|las|los|die|la|le|l['’]|un|une|una|ein|eine|einer)[ \u00a0]*)?"
    rf"(?:(?i:{_STUDIES}))[ \u00a0]+"
    r"(?:by|from|of|de|del|des|de la|d['’]|der|des|von|компании|компанії)[ \u00a0]*"
    r"(?:(?:the|la|le|l['’]|el|der|die|dem|den)[ \u00a0]*)?"
    r"(?:[a-zà-ÿäöüß]+[ \u00a0]+){0,2}"
    rf"(?P<name>{_NAME})"
    r"(?=[ \u00a0]*[,(]|[ \u00a0]+[a-zà-ÿäöüßа-яёіїєґ])",
    re.MULTILINE,
)

_GATE_WORDS = (
    "stud",
    "research",
    "analy",
    "survey",
    "tests",
    "findings",
    "étude",
    "recherches",
    "análisis",
    "investigaci",
    "untersuchung",
    "forschung",
    "исследовани",
    "анализ",
    "дослідження",
    "аналіз",
)
_GATE = re.compile(
    rf"(?:{_STUDIES.lower()})[ \u00a0]+(?:by|from|of|de|d['’]|von|компании|компанії)"
)
"""What every match of _STUDY_BY holds in lower case: a study noun (one of _GATE_WORDS in
it) and the word after it."""


def study_bodies(article_id: int, text: str) -> list[Found]:
    """Bodies whose study, analysis or research opens a clause."""
    out: list[Found] = []
    low = lowered(text)
    if low is not None and not (any(w in low for w in _GATE_WORDS) and _GATE.search(low)):
        return out
    for m in _STUDY_BY.finditer(text):
        s, e = m.span("name")
        out.append(Found(article_id, text[s:e], "", m.start(), e, s))
    return out
