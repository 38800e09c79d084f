"""A speaker named at the end of an aside that describes them: "its owner, the Russian
collector Arkadi Zhelesnov, asked …", "su patrón, el pescador gallego Xosé Lamas, dijo …"."""

from __future__ import annotations

from kursk_reader.analysis.attribution_runs import end_of, run_ok
from kursk_reader.analysis.attribution_trims import LEADING_ARTICLES
from kursk_reader.analysis.textspans import Token, gap_is_space

_DESCRIPTION_MAX = 4
"""Words a speaker's name in the aside spans at most."""
_DESCRIBING_MAX = 6
"""Words the description before the name spans at most, its article included ("el empresario
de origen ruso")."""


def described_aside(text: str, toks: list[Token], k: int) -> tuple[int, int, str] | None:
    """ "its owner, the Russian collector Arkadi Zhelesnov, asked": an aside that an article
    opens and a name of two or more words closes names the speaker; the lower-case words
    between describe them, the noun before the aside is their role."""
    j = k
    i = j
    while i > 0 and j - i < _DESCRIPTION_MAX and toks[i - 1].capitalised:
        if not gap_is_space(text, toks[i - 1].end, toks[i].start) and i < j:
            return None
        i -= 1
    if j - i < 2:
        return None
    d = i
    while d > 0 and i - d < _DESCRIBING_MAX:
        d -= 1
        if d > 0 and text[toks[d - 1].end : toks[d].start].strip() == ",":
            break
    if d == 0 or d >= i - 1 or text[toks[d - 1].end : toks[d].start].strip() != ",":
        return None
    if toks[d].text.lower() not in LEADING_ARTICLES or toks[d - 1].capitalised:
        return None
    if not any(not t.capitalised and len(t.text) >= 4 for t in toks[d + 1 : i]):
        return None
    ok = run_ok(text, toks, i, j)
    if ok is None or ok[1] - ok[0] < 2:
        return None
    return toks[ok[0]].start, end_of(toks[ok[1] - 1]), ""
