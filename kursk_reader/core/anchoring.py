"""Describe a range of an article's text as selectors, and find it again in a changed text.

The model is the W3C Web Annotation selector pair the Hypothesis client uses: a position
(code-point offsets) and a quote (exact text with some context either side). Anchoring tries,
in order: the stored position, an exact search for the quote hinted by the old position, an
approximate search; when all fail the highlight is an orphan, kept and shown, never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

CONTEXT_CHARS = 32
"""Characters of prefix and suffix stored with each quote."""

MAX_ERROR_RATE = 0.25
"""Approximate matches may differ from the quote in at most this share of its characters.
Higher finds more heavily edited passages but risks anchoring to a different sentence."""

MIN_FUZZY_QUOTE = 8
"""Quotes shorter than this are only placed exactly: a few characters match too much by chance."""

SEARCH_WINDOW = 4096
"""Approximate search looks this far either side of the old position before the whole text."""

# Weights for ranking candidate places, as the Hypothesis client does: the quote matters most,
# its context next, closeness to the old position only breaks ties.
QUOTE_WEIGHT = 50.0
PREFIX_WEIGHT = 20.0
SUFFIX_WEIGHT = 20.0
POSITION_WEIGHT = 2.0


@dataclass(frozen=True, slots=True)
class TextSelectors:
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where selectors landed in a text; `method` is "position", "exact", "fuzzy" or "orphan"."""

    start: int
    end: int
    method: str
    score: float = 1.0

    @property
    def orphan(self) -> bool:
        return self.method == "orphan"


def describe(text: str, start: int, end: int) -> TextSelectors:
    """Selectors for text[start:end] (code points), clamped to the text."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return TextSelectors(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
    )


def anchor(text: str, sel: TextSelectors) -> Anchor:
    """Find the selectors' passage in `text`; an orphan anchor keeps the old offsets."""
    if not sel.exact:
        return Anchor(sel.start, sel.end, "orphan", 0.0)
    if text[sel.start : sel.end] == sel.exact:
        return Anchor(sel.start, sel.end, "position")
    exact = occurrences(text, sel.exact)
    if exact:
        best = max(exact, key=lambda s: _rank(text, sel, s, s + len(sel.exact), 0))
        return Anchor(best, best + len(sel.exact), "exact")
    fuzzy = _fuzzy(text, sel)
    if fuzzy is not None:
        return fuzzy
    return Anchor(sel.start, sel.end, "orphan", 0.0)


def find_quote(text: str, exact: str, prefix: str = "", suffix: str = "") -> list[int]:
    """Start offsets where `exact` occurs in `text`, the best fit to the context first.

    For quotes that come without a position (e.g. imported annotations). Occurrences whose
    text before and after agrees with `prefix` and `suffix` come first, then the others by
    how much their context resembles the given one; ties keep text order. Empty when the
    quote does not occur.
    """
    if not exact:
        return []
    hits = occurrences(text, exact)

    def fit(at: int) -> tuple[bool, float]:
        before = text[max(0, at - len(prefix)) : at]
        after = text[at + len(exact) : at + len(exact) + len(suffix)]
        agrees = context_agrees(text, at, exact, prefix, suffix)
        return agrees, _similarity(before, prefix) + _similarity(after, suffix)

    return sorted(hits, key=lambda at: fit(at), reverse=True) if len(hits) > 1 else hits


def occurrences(text: str, exact: str) -> list[int]:
    """Start offsets of every occurrence of `exact` in `text`, overlapping ones included."""
    hits = []
    at = text.find(exact)
    while at >= 0:
        hits.append(at)
        at = text.find(exact, at + 1)
    return hits


def context_agrees(text: str, start: int, exact: str, prefix: str, suffix: str) -> bool:
    """True when the text around `exact` at `start` is what `prefix` and `suffix` say (as far
    as the text reaches: a quote at the very start or end of the text still agrees)."""
    before = text[max(0, start - len(prefix)) : start]
    end = start + len(exact)
    after = text[end : end + len(suffix)]
    return prefix.endswith(before) and suffix.startswith(after)


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _rank(text: str, sel: TextSelectors, start: int, end: int, errors: int) -> float:
    quote_score = 1.0 - errors / max(1, len(sel.exact))
    prefix = text[max(0, start - len(sel.prefix)) : start]
    suffix = text[end : end + len(sel.suffix)]
    distance = abs(start - sel.start)
    position_score = 1.0 - distance / max(1, len(text))
    total = (
        QUOTE_WEIGHT * quote_score
        + PREFIX_WEIGHT * _similarity(prefix, sel.prefix)
        + SUFFIX_WEIGHT * _similarity(suffix, sel.suffix)
        + POSITION_WEIGHT * position_score
    )
    return total / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)


def _fuzzy(text: str, sel: TextSelectors) -> Anchor | None:
    if len(sel.exact) < MIN_FUZZY_QUOTE:
        return None
    max_errors = int(len(sel.exact) * MAX_ERROR_RATE)
    window = max(SEARCH_WINDOW, 4 * len(sel.exact))
    lo = max(0, sel.start - window)
    hi = min(len(text), sel.end + window)
    matches = approximate_matches(text[lo:hi], sel.exact, max_errors)
    if matches:
        matches = [(s + lo, e + lo, k) for s, e, k in matches]
    elif lo > 0 or hi < len(text):
        matches = approximate_matches(text, sel.exact, max_errors)
    if not matches:
        return None
    # Equal scores (the same edit read as a change at either end, or a repeated passage) go
    # to the candidate nearest the old position, so the choice never depends on list order.
    best = max(matches, key=lambda m: (_rank(text, sel, *m), -abs(m[0] - sel.start), m[1] - m[0]))
    return Anchor(best[0], best[1], "fuzzy", _rank(text, sel, *best))


def approximate_matches(text: str, pattern: str, max_errors: int) -> list[tuple[int, int, int]]:
    """Places where `pattern` occurs in `text` with at most `max_errors` edits.

    Returns (start, end, errors). Ends next to each other belong to one place; for each place
    every (start, end) with its fewest errors is returned, because "one edit" can often be
    read at more than one boundary ("abcdefgXh" for "abcdefgh" ends after the g, the X or
    the h) and only the context can tell which the user meant. Myers' bit-parallel algorithm
    (1999) with Python's unbounded integers, so patterns of any length work.
    """
    if not pattern or not text:
        return []
    ends = _myers_ends(text, pattern, max_errors)
    runs: list[list[tuple[int, int]]] = []
    for end, errors in ends:
        if runs and end - runs[-1][-1][0] <= 1:
            runs[-1].append((end, errors))
        else:
            runs.append([(end, errors)])
    matches: list[tuple[int, int, int]] = []
    rev_pattern = pattern[::-1]
    for run in runs:
        fewest = min(k for _, k in run)
        for end, errors in run:
            if errors != fewest:
                continue
            lo = max(0, end - len(pattern) - errors)
            # The reversed pattern aligned from `end` backwards (anchored there) gives the
            # lengths a match ending at `end` can have with that many errors.
            segment = text[lo:end][::-1]
            for length, k in _myers_ends(segment, rev_pattern, errors, anchored=True):
                if k == errors and length > 0:
                    matches.append((end - length, end, errors))
    return sorted(set(matches))


def _myers_ends(
    text: str, pattern: str, max_errors: int, anchored: bool = False
) -> list[tuple[int, int]]:
    """End offsets (exclusive) in `text` where `pattern` matches with <= max_errors edits.

    `anchored` makes the match start at offset 0 (edit distance of pattern and text[:end]);
    otherwise it may start anywhere.
    """
    m = len(pattern)
    peq: dict[str, int] = {}
    for i, ch in enumerate(pattern):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    carry = 1 if anchored else 0
    pv, mv, score = mask, 0, m
    found = []
    for j, ch in enumerate(text):
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = (mv | ~(xh | pv)) & mask
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | carry) & mask
        mh = (mh << 1) & mask
        pv = (mh | ~(xv | ph)) & mask
        mv = ph & xv
        if score <= max_errors:
            found.append((j + 1, score))
    return found
