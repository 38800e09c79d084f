"""Which share of a vote a percentage is: the yes share ("58% voted in favour", "52,8 Prozent
Ja-Stimmen", "accepté par 52,8 % des votants"), the no share ("47 Prozent dagegen") or the
turnout ("Turnout was 41%", "Stimmbeteiligung 43,1 Prozent"). A vote report gives one of
each, so two percentages naming the same share are one figure in any language, and two
naming different shares never are."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

from kursk_reader.analysis import concepts
from kursk_reader.analysis.counted_nouns import concept_of
from kursk_reader.analysis.figures import Figure
from kursk_reader.analysis.textspans import fold

_SHARES: dict[str, str] = {
    "yes": """favour favor favorable favorables favorable yes ja ja-stimmen jastimmen
        dafur befurwortet befurworteten angenommen gutgeheissen zugestimmt zustimmung oui
        accepte acceptee acceptes approuve approuvee adopte adoptee approved approve
        backed aprobado aprobada aprobo aprobaron aceptado aceptada respaldado respaldada
        поддержал* одобрил* одобрен* проголосовал*-за підтримал* схвалил* схвален*
        ухвалил* ухвален* проголосував*-за""",
    "no": """against nein nein-stimmen neinstimmen dagegen abgelehnt ablehnung contre
        rejete rejetee refuse refusee contra rechazado rechazada rechazo rechazaron
        rejected opposed против отклонил* отклонен* проти відхилил* відхилен*""",
}
_MIN_TAIL = 6
"""Letters of a known word a German compound must end in to be read as it
("Stimmbeteiligung" -> "beteiligung"): shorter tails end unrelated words."""


def _table() -> tuple[dict[str, str], list[tuple[str, str]]]:
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for share, words in _SHARES.items():
        for raw in words.split():
            entry = fold(raw.replace("-", " "))
            if entry.endswith("*"):
                prefixes.append((entry[:-1], share))
            else:
                exact[entry] = share
    return exact, prefixes


_EXACT, _PREFIXES = _table()


@lru_cache(maxsize=4096)
def _share_of_word(word: str) -> str:
    w = fold(word)
    if w in _EXACT:
        return _EXACT[w]
    for stem, share in _PREFIXES:
        if w.startswith(stem):
            return share
    if concepts.sense_of(w) == "turnout":
        return "turnout"
    for i in range(3, len(w) - _MIN_TAIL + 1):  # "stimmbeteiligung", "neinstimmenanteil"
        tail = w[i:]
        if tail in _EXACT:
            return _EXACT[tail]
        if concepts.sense_of(tail) == "turnout":
            return "turnout"
    return ""


def vote_share(figure: Figure) -> str:
    """ "yes", "no" or "turnout" when the words right beside a percentage (or the noun it is
    a share of) say which share of a vote it is and name only one; "" otherwise."""
    if not figure.percent:
        return ""
    words = [*figure.near, *(w for w in figure.noun.split() if w != "%")]
    found = {_share_of_word(w) for w in words} - {""}
    if of_votes(figure):
        found.discard("turnout")  # "58.3% of the vote on a turnout of 41.2%"
    return found.pop() if len(found) == 1 else ""


def of_votes(figure: Figure) -> bool:
    """Is a percentage a share of the votes ("58.3% of the vote", "56,1 Prozent der
    Stimmen", "el 58,3 % de los votos")? Then it is no turnout, whatever stands beside it."""
    return figure.noun != "%" and concept_of(figure.noun)[0] in _VOTES


_VOTES = frozenset(("vote", "ballot"))


def same_vote_share(a: Figure, b: Figure) -> bool:
    """Do two percentages name one share of a vote ("Ja-Stimmen" / "in favour")?"""
    share = vote_share(a)
    return bool(share) and share == vote_share(b)


def vote_shares_differ(a: Figure, b: Figure) -> bool:
    """Do two percentages name different shares of a vote (the yes share, the turnout)?"""
    sa, sb = vote_share(a), vote_share(b)
    return bool(sa and sb) and sa != sb


_SHARE_TIE = 0.4
"""Score of two shares tied only as each article's one share of a noun of one concept: as
strong as a noun in common, without an event or words around them."""
_MAX_SHARE_RATIO = 1.5
"""Shares further apart than this factor are no versions of one share."""


def lone_share_pairs(
    figures: list[Figure], score: Mapping[tuple[int, int], float]
) -> dict[tuple[int, int], float]:
    """Pairs of percentages that are each their article's only share of the votes ("58.3%
    of the vote" / "56,1 Prozent der Stimmen" / "el 58,3 % de los votos"): across
    languages their nouns share no word, yet a report that gives one share of the votes
    gives the winner's. Two such shares in one article (two candidates) leave it out:
    which is which is not known."""
    keys = [_share_concept(f) for f in figures]
    per_article = Counter((f.article_id, k) for f, k in zip(figures, keys, strict=True) if k)
    lone = [
        i for i, (f, k) in enumerate(zip(figures, keys, strict=True))
        if k and per_article[(f.article_id, k)] == 1 and not f.dated
    ]  # fmt: skip
    out: dict[tuple[int, int], float] = {}
    for m, x in enumerate(lone):
        for y in lone[m + 1 :]:
            a, b = figures[x], figures[y]
            if a.article_id == b.article_id or keys[x] != keys[y] or (x, y) in score:
                continue
            lo, hi = sorted((a.number, b.number))
            if lo > 0 and hi <= _MAX_SHARE_RATIO * lo and not vote_shares_differ(a, b):
                out[(x, y)] = _SHARE_TIE
    return out


def _share_concept(f: Figure) -> str:
    """The lexicon concept of the votes a percentage is a share of, or "". Shares of other
    nouns say what part has some property ("30 percent of the bridges are rusty", "45% of
    the bridges were built before 1950"), so their noun alone does not tie them."""
    if not f.percent or f.noun in ("", "%"):
        return ""
    concept = concept_of(f.noun)[0]
    return concept if concept in _VOTES else ""
