"""A remark split around its citation ("« A », confie X. « B »") joined into one when an
article in another language quotes it whole. Split from `quote_roles`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from kursk_reader.analysis.quote_find import Quote
from kursk_reader.analysis.quote_growth import same_person
from kursk_reader.analysis.quote_pairing import people_of


def join_split_remarks(
    quotes: list[Quote], continued: set[int], languages: Mapping[int, str]
) -> list[Quote]:
    """Quotes that continue the one before them ("« A », confie X. « B »") joined into one
    remark ("A … B") when an article in another language quotes that speaker one time
    fewer than this article does once its continuations are left out: that article quotes
    the two pieces as one remark ("“A. B,” said X"). Articles quoting the speaker as many
    times keep the pieces apart (two remarks each side)."""
    if not continued:
        return quotes
    count: Counter[tuple[int, int]] = Counter()
    pieces: Counter[tuple[int, int]] = Counter()
    who = people_of(((i, q.speaker) for i, q in enumerate(quotes) if q.speaker), same_person)
    for i, k in who.items():
        count[(quotes[i].article_id, k)] += 1
        pieces[(quotes[i].article_id, k)] += i in continued
    out: list[Quote] = []
    for i, q in enumerate(quotes):
        k = who.get(i, -1)
        aid = q.article_id
        if (
            i in continued
            and out
            and any(
                b != aid
                and languages.get(b) != languages.get(aid)
                and n == count[(aid, k)] - pieces[(aid, k)]
                for (b, k2), n in count.items()
                if k2 == k
            )
        ):
            first = out[-1]
            out[-1] = replace(first, quote=f"{first.quote} … {q.quote}", end=q.end)
            continue
        out.append(q)
    return out
