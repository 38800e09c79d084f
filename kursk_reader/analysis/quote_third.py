"""One remark in a further language: when a speaker's remark is already found in two
articles (a translation confirmed by `quote_pairing.translations`, or two wordings in one
language), an article in another language that quotes that speaker several times holds its
wording too, and the one of those remarks sharing a word or concept with the confirmed
wordings is taken for it. The two articles already agreeing are the evidence a lone shared
loanword ("музику" / "Musik" / "music", "рекорд" / "record") could not give on its own."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping

from kursk_reader.analysis.quote_find import Quote
from kursk_reader.analysis.quote_pairing import cognates, people_of

_TRANSLATION_LENGTH = 2.2
"""Longest/shortest length ratio of a wording and its translation."""
_LEAST = 1.0
"""Cognate score (`cognates`) the third wording needs with one confirmed wording."""


def third_languages(
    quotes: list[Quote], root: Callable[[int], int], languages: Mapping[int, str]
) -> list[tuple[int, int]]:
    """Pairs (a quote of a confirmed remark, a quote in a third language) to join: for each
    speaker, each remark quoted in two or more articles, and each further language in which
    that speaker's quotes are all in one language only, the quote with the best cognate score
    against the remark's wordings (at least _LEAST, lengths alike, no tie), when that remark
    is also the quote's own best choice among the speaker's confirmed remarks."""
    speaker_of = people_of(
        (i, q.speaker) for i, q in enumerate(quotes) if q.speaker and languages.get(q.article_id)
    )
    members: dict[int, list[int]] = defaultdict(list)
    for i, q in enumerate(quotes):
        if languages.get(q.article_id):
            members[root(i)].append(i)
    tongues = {r: {languages[quotes[i].article_id] for i in ms} for r, ms in members.items()}
    articles = {r: {quotes[i].article_id for i in ms} for r, ms in members.items()}
    by_speaker: dict[int, set[int]] = defaultdict(set)
    for i, k in speaker_of.items():
        by_speaker[k].add(root(i))
    out: list[tuple[int, int]] = []
    for _, roots in sorted(by_speaker.items()):
        confirmed = sorted(r for r in roots if len(articles[r]) >= 2)
        single = sorted(r for r in roots if len(tongues[r]) == 1)
        if not confirmed or not single:
            continue
        score = {
            (r, s): _best(quotes, members[r], members[s][0]) for r in confirmed for s in single
        }
        by_language: dict[str, list[int]] = defaultdict(list)
        for s in single:
            by_language[next(iter(tongues[s]))].append(s)
        for r in confirmed:
            for lang, candidates in sorted(by_language.items()):
                if lang in tongues[r]:
                    continue
                ranked = sorted((score[(r, s)] for s in candidates), reverse=True)
                best = ranked[0]
                if best < _LEAST or (len(ranked) > 1 and ranked[1] == best):
                    continue
                s = next(c for c in candidates if score[(r, c)] == best)
                if all(score[(o, s)] < best for o in confirmed if o != r):
                    out.append((members[r][0], members[s][0]))
    return out


def _best(quotes: list[Quote], wordings: list[int], candidate: int) -> float:
    """The best cognate score of the candidate against wordings of lengths alike to it."""
    text = quotes[candidate].quote
    scores = [
        cognates(text, quotes[i].quote)
        for i in wordings
        if max(len(text), len(quotes[i].quote))
        <= _TRANSLATION_LENGTH * min(len(text), len(quotes[i].quote))
    ]
    return max(scores, default=0.0)
