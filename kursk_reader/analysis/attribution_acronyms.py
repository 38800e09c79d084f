"""A body's name that goes on in lower case up to its acronym: "le Département des recherches
archéologiques subaquatiques et sous-marines (Drassm)", "the Office for nuclear safety
(ONS)". Name runs stop at the first lower-case word; when the words that follow, with no
punctuation between, end in a parenthesised acronym whose letters are the initials of the
name's words, in order and from the first, the whole name and its acronym are the source.
A bracketed acronym between a body and its verb ("Der Schachbund (WSB) kündigte an") is read
as if cut out, so the body before it is found as before any verb."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_before import source_before
from kursk_reader.analysis.textspans import Token

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


ACRONYM_BEFORE = re.compile(r"\(([A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐa-z&.]{1,9})\)[ \u00a0]*$")
"""A bracketed acronym right before a verb: the body named before it is the subject."""


def source_before_acronym(
    text: str, toks: list[Token], idx: int, bracketed: re.Match[str]
) -> tuple[int, int, str] | None:
    """The source before "(ACRONYM)" and the verb at token idx, read as if the brackets were
    not there (cut out of a copy: the source ends before them, so its offsets hold), the
    acronym kept for grouping ("The Football Association (FA) said")."""
    acronym = bracketed.group(1)
    if sum(ch.isupper() for ch in acronym) < 2:
        return None
    a, b = bracketed.span()
    kept = [t for t in toks[:idx] if not a <= t.start < b]
    if len(kept) == idx or not kept:
        return None
    shift = b - a
    joined = text[:a] + text[b:]
    after = [Token(t.start - shift, t.end - shift, t.text) for t in toks[idx:]]
    got = source_before(joined, kept + after, len(kept))
    if got is None or got[1] > a or text[got[1] : a].strip():
        return None
    return got[0], got[1], got[2] or acronym.replace(".", "")
