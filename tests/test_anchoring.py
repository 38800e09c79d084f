"""Anchoring on the seed articles: position, exact, approximate, orphan, and UTF-16 offsets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kursk_reader.core.anchoring import (
    CONTEXT_CHARS,
    MAX_ERROR_RATE,
    anchor,
    approximate_matches,
    describe,
    find_quote,
)
from kursk_reader.core.text import Utf16Map
from tests.conftest import SEED_FILES


def seed_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def middle_passage(text: str, words: int = 12) -> tuple[int, int]:
    """A run of `words` words starting at the first word boundary past the middle."""
    spans = [m.span() for m in re.finditer(r"\S+", text)]
    first = next(i for i, (s, _) in enumerate(spans) if s >= len(text) // 2)
    return spans[first][0], spans[first + words - 1][1]


seeds = pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name[:3])


@seeds
def test_unchanged_text_anchors_by_position(seed):
    text = seed_text(seed)
    start, end = middle_passage(text)
    sel = describe(text, start, end)
    assert sel.exact == text[start:end]
    assert len(sel.prefix) == CONTEXT_CHARS and len(sel.suffix) == CONTEXT_CHARS
    found = anchor(text, sel)
    assert (found.start, found.end, found.method) == (start, end, "position")


@seeds
def test_text_shifted_by_new_paragraph_is_found_exactly(seed):
    text = seed_text(seed)
    start, end = middle_passage(text)
    sel = describe(text, start, end)
    inserted = "Editor's note: this report was updated with a new paragraph.\n\n"
    changed = inserted + text
    found = anchor(changed, sel)
    assert found.method == "exact"
    assert (found.start, found.end) == (start + len(inserted), end + len(inserted))


@seeds
def test_edits_around_the_highlight_keep_it_exact(seed):
    text = seed_text(seed)
    start, end = middle_passage(text)
    sel = describe(text, start, end)
    changed = (
        text[: start - 10] + "[inserted words] " + text[start - 10 : end] + " (edited)" + text[end:]
    )
    found = anchor(changed, sel)
    assert found.method == "exact"
    assert changed[found.start : found.end] == sel.exact


@seeds
def test_edits_inside_the_highlight_are_found_approximately(seed):
    text = seed_text(seed)
    start, end = middle_passage(text, words=15)
    sel = describe(text, start, end)
    passage = text[start:end]
    # Change about a tenth of the passage's characters, spread through it.
    step = 10
    edited = "".join(
        "#" if i % step == step // 2 and ch != " " else ch for i, ch in enumerate(passage)
    )
    assert edited != passage
    changed = "A new first line.\n" + text[:start] + edited + text[end:]
    found = anchor(changed, sel)
    assert found.method == "fuzzy"
    assert changed[found.start : found.end] == edited


def test_edit_at_the_end_of_the_quote_takes_the_edit_in_by_its_context():
    text = seed_text(SEED_FILES[1])
    start, end = middle_passage(text, words=10)
    sel = describe(text, start, end)
    # One extra character just before the last one: the match could end before or after it.
    edited = text[start : end - 1] + "X" + text[end - 1 : end]
    changed = "Update.\n" + text[:start] + edited + text[end:]
    found = anchor(changed, sel)
    assert found.method == "fuzzy"
    assert changed[found.start : found.end] == edited


def test_passage_rewritten_beyond_the_error_rate_becomes_orphan_with_old_offsets():
    text = seed_text(SEED_FILES[2])
    start, end = middle_passage(text)
    sel = describe(text, start, end)
    passage = text[start:end]
    too_many = int(len(passage) * MAX_ERROR_RATE) + 5
    rewritten = "".join(
        "~" if i < too_many * 2 and i % 2 == 0 else ch for i, ch in enumerate(passage)
    )
    found = anchor(text[:start] + rewritten + text[end:], sel)
    assert found.orphan
    assert (found.start, found.end) == (start, end)


@seeds
def test_passage_removed_is_an_orphan(seed):
    text = seed_text(seed)
    start, end = middle_passage(text)
    sel = describe(text, start, end)
    found = anchor(text[:start] + text[end:], sel)
    assert found.method == "orphan" and found.orphan
    assert (found.start, found.end) == (sel.start, sel.end)


def test_repeated_quote_picks_the_occurrence_with_matching_context():
    body = seed_text(SEED_FILES[0])
    quote = "officials declined to comment on the figures."
    text = (
        body[:400]
        + " Early on, "
        + quote
        + " Then the story moved on.\n"
        + body[400:1200]
        + " Much later, "
        + quote
        + " That settled nothing.\n"
        + body[1200:]
    )
    second = text.rindex(quote)
    sel = describe(text, second, second + len(quote))
    shifted = "Correction appended at the top.\n" + text
    found = anchor(shifted, sel)
    assert found.method == "exact"
    assert found.start == second + len("Correction appended at the top.\n")
    # Without a position, the context alone picks the second occurrence first.
    hits = find_quote(text, quote, sel.prefix, sel.suffix)
    assert hits[0] == second and len(hits) == 2
    first = text.index(quote)
    hits = find_quote(text, quote, text[first - 20 : first], "")
    assert hits[0] == first


def test_find_quote_edge_cases():
    assert find_quote("some text", "") == []
    assert find_quote("some text", "absent") == []
    assert find_quote("aaa", "a") == [0, 1, 2]


@seeds
def test_emoji_before_the_highlight(seed):
    text = "Breaking 🔥🇰🇵 news 😀: " + seed_text(seed)
    start, end = middle_passage(text)
    sel = describe(text, start, end)
    assert text[start:end] == sel.exact
    utf16 = Utf16Map(text)
    u_start, u_end = utf16.to_utf16(start), utf16.to_utf16(end)
    # Qt counts UTF-16 units: the same passage in those units.
    encoded = text.encode("utf-16-le")
    assert encoded[2 * u_start : 2 * u_end].decode("utf-16-le") == sel.exact
    assert (utf16.to_code_point(u_start), utf16.to_code_point(u_end)) == (start, end)
    # A re-import that drops the emoji still finds the passage.
    plain = re.sub(r"[\U00010000-\U0010FFFF]", "", text)
    found = anchor(plain, sel)
    assert found.method == "exact" and plain[found.start : found.end] == sel.exact


def test_utf16_map_round_trip_and_surrogate_halves():
    text = "a😀b𝄞c" + "é" * 3 + "🇺🇦"
    m = Utf16Map(text)
    for i in range(len(text) + 1):
        u = m.to_utf16(i)
        assert u == len(text[:i].encode("utf-16-le")) // 2
        assert m.to_code_point(u) == i
    # UTF-16 offset 2 is between the halves of 😀: it maps to the emoji's start.
    assert m.to_code_point(2) == 1
    ascii_map = Utf16Map("plain")
    assert ascii_map.to_utf16(3) == 3 and ascii_map.to_code_point(3) == 3


def _edit_distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[len(b)]


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet="abcd ", max_size=30),
    pattern=st.text(alphabet="abcd", min_size=1, max_size=8),
    max_errors=st.integers(0, 3),
)
def test_approximate_matches_are_true_and_complete(text, pattern, max_errors):
    matches = approximate_matches(text, pattern, max_errors)
    for start, end, errors in matches:
        assert _edit_distance(pattern, text[start:end]) == errors <= max_errors
    best_anywhere = min(
        (_edit_distance(pattern, text[s:e]) for e in range(len(text) + 1) for s in range(e)),
        default=max_errors + 1,
    )
    if best_anywhere <= max_errors:
        assert min(k for _, _, k in matches) == best_anywhere
    else:
        assert matches == []


@settings(max_examples=60, deadline=None)
@given(
    data=st.data(),
    before=st.text(min_size=0, max_size=40),
)
def test_any_range_survives_text_inserted_before_it(data, before):
    text = seed_text(SEED_FILES[3])
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, min(len(text), start + 200)))
    sel = describe(text, start, end)
    assert anchor(text, sel).method == "position"
    changed = before + text
    found = anchor(changed, sel)
    assert not found.orphan
    assert changed[found.start : found.end] == sel.exact


@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("aé Ж😀𝄞🇺\n"), max_size=40))
def test_utf16_map_matches_python_utf16_for_any_text(text):
    m = Utf16Map(text)
    for i in range(len(text) + 1):
        u = m.to_utf16(i)
        assert u == len(text[:i].encode("utf-16-le")) // 2
        assert m.to_code_point(u) == i
