"""A body's name that goes on in lower case up to its acronym: "le Département des recherches
archéologiques subaquatiques et sous-marines (Drassm)", "the Office for nuclear safety
(ONS)". Name runs stop at the first lower-case word; when the words that follow, with no
punctuation between, end in a parenthesised acronym whose letters are the initials of the
name's words, in order and from the first, the whole name and its acronym are the source."""

from __future__ import annotations

import re

_TAIL = re.compile(
    r"(?P<words>(?:[ \u00a0]+[a-zà-öø-ÿ][\w'’-]*){1,8})[ \u00a0]*"
    r"\((?P<acronym>[A-ZÀ-Þ][A-Za-zÀ-ÿ&]{1,9})\)"
)
_PARTS = re.compile(r"[^\W\d_]+")


def extend_to_acronym(text: str, start: int, surface: str) -> tuple[str, str, int] | None:
    """(whole name, acronym, end of the closing parenthesis) when the source found at start
    runs on to its acronym."""
    end = start + len(surface)
    if text[start:end] != surface:
        return None
    m = _TAIL.match(text, end)
    if m is None:
        return None
    acronym = m.group("acronym")
    initials = [w[0].lower() for w in _PARTS.findall(text[start : m.start("acronym")])]
    if not initials or initials[0] != acronym[0].lower():
        return None
    it = iter(initials)
    if not all(ch in it for ch in acronym.lower() if ch.isalpha()):
        return None
    return text[start : m.end("words")], acronym, m.end()
