"""A spokesperson cited by the role alone ("wie eine Sprecherin am Dienstag bestätigte",
"a spokesman said", "dijo un portavoz") speaks for a body: when the same sentence cites one
body by name ("Das Auswärtige Amt hatte den Fall angesprochen, wie eine Sprecherin …
bestätigte"), the source is that body, not the role. The role words are a closed class in six
languages; with no body, or two, in the sentence the role is left as it is."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_groups import Found

_ROLE = re.compile(
    r"(?i:(?:(?:a|an|the|ein|eine|einer|der|die|un|une|una|el|la|le|l['’])[ \u00a0]+)?"
    r"(?:spokesman|spokeswoman|spokesperson|sprecher|sprecherin|porte-parole|portavoz"
    r"|представитель|представительница|пресс-секретарь|речник|речниця|прес-секретар))"
)
_ROLE_HINT = re.compile(
    r"(?i:spokes|sprecher|porte-parole|portavoz|представител|пресс-секр|прес-секр|речни)"
)
_SENTENCE_END = re.compile(r"[.!?…][»”\"]?[ \u00a0\n]|\n")


def speaking_for_bodies(text: str, found: list[Found]) -> None:
    """Name each lone spokesperson in found by the one other source of its sentence."""
    if not _ROLE_HINT.search("\n".join(f.surface for f in found)):
        return  # no role word in any source: the cheap test, once per article
    roles = [f for f in found if _ROLE.fullmatch(f.surface)]
    for role in roles:
        lo, hi = _sentence(text, role.source_start)
        others = {
            f.surface: f
            for f in found
            if f is not role and lo <= f.source_start < hi and not _ROLE.fullmatch(f.surface)
        }
        if len(others) == 1:
            body = next(iter(others.values()))
            role.surface, role.acronym = body.surface, body.acronym


def _sentence(text: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, pos - 400), pos):
        start = m.end()
    end = _SENTENCE_END.search(text, pos)
    return start, end.start() if end else len(text)
