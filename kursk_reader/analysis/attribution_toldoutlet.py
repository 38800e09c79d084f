"""An outlet in the dative right after a Russian or Ukrainian speech verb, then the speaker
with their role ("— сказала Суспільному заступниця головного лікаря Олена Ткачук", "рассказал
Известиям директор парка Иван Орлов"): the outlet is the audience told and a source, the person
at the end of the clause is who spoke. The outlet is named in the form the article writes it
in elsewhere ("Суспільне Полтава" under the title), for a case form alone is a name no
reader looks for."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_groups import Found

_CYR_UP = "А-ЯЁІЇЄҐ"
_CYR = "а-яёіїєґʼ'’"
_TOLD_THEN_PERSON = re.compile(
    rf"[ \u00a0]+(?P<outlet>[{_CYR_UP}][{_CYR}]{{3,}}(?:ому|ему|ові|еві|у|ю))"
    rf"(?:[ \u00a0]+[{_CYR}][{_CYR}-]*){{1,8}}"
    rf"[ \u00a0]+(?P<name>[{_CYR_UP}][{_CYR}-]+(?:[ \u00a0]+[{_CYR_UP}][{_CYR}-]+){{1,2}})"
    r"(?=[ \u00a0]*(?:[.,;]|$))"
)
_ENDING = re.compile(r"(?:ому|ему|ові|еві|у|ю)$")


def told_outlet(article_id: int, text: str, cue_start: int, cue_end: int) -> list[Found]:
    """The outlet told and the speaker after a speech verb ending at cue_end, or nothing."""
    m = _TOLD_THEN_PERSON.match(text, cue_end)
    if m is None:
        return []
    s, e = m.span("outlet")
    ps, pe = m.span("name")
    person = Found(article_id, text[ps:pe], "", cue_start, pe, ps)
    if _surname(text, _ENDING.sub("", m.group("outlet"))):
        return [person]  # "сказал Орлову директор …": a person told, no outlet
    outlet = _base_form(text, m.group("outlet"))
    return [Found(article_id, outlet, "", cue_start, e, s), person]


def _surname(text: str, stem: str) -> bool:
    """Is the word written after a given name somewhere ("Иван Орлов")? Then it is a
    person's surname, not an outlet."""
    return (
        re.search(rf"[{_CYR_UP}][{_CYR}]+[ \u00a0]+{re.escape(stem)}", text) is not None
        if len(stem) >= 4
        else False
    )


def _base_form(text: str, word: str) -> str:
    """The other form of the word the article writes ("Суспільне" for "Суспільному",
    "Телеграф" for "Телеграфу"), the shortest if several; the word itself if none."""
    stem = _ENDING.sub("", word)
    if len(stem) < 4:
        return word
    forms = {
        f.group(0)
        for f in re.finditer(rf"(?<!\w){re.escape(stem)}\w{{0,3}}(?!\w)", text)
        if f.group(0) != word
    }
    return min(forms, key=len) if forms else word
