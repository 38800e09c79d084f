"""Reworded quotes: the same remark quoted in different words by different articles, with the
speaker when the text names one ("…,” Madden noted", "Madden stressed: …").

Quotes are spans in quotation marks (“ ” " " « » „ “ ‘ ’), lines introduced by a line
ending in a colon and dash-opened lines of speech; remarks reported in indirect speech ("X
said that …", `quote_indirect`) may join a quoted one. Two quotes are one remark when they
share enough content words (stems, numbers); across languages the speaker, cognates and
closed-class concepts decide (`quote_pairing`, `quote_concepts`). The speaker is found in the
quote's sentence (a person before a colon or a speech verb; not the audience "before the
committee", nor the subject of a reported clause "said X had"), a pronoun's person, the
sentence just before or after a quote standing alone, or the quote just before it
(`quote_neighbours`); a role ("bromeó el director", "the mayor said") stands for a person
named with it, and a remark split around its citation is one remark (`quote_roles`).
Quoted fragments of three words count when their sentence names a speaker, and are compared
through the words their sentence reports. A group is reported when its wordings differ."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from kursk_reader.analysis.attributions import Attribution, find_attributions
from kursk_reader.analysis.disjoint import DisjointSets
from kursk_reader.analysis.name_reading import reading_once
from kursk_reader.analysis.names import person_names
from kursk_reader.analysis.quote_find import MIN_WORDS, Quote, QuoteGroup, find_quotes
from kursk_reader.analysis.quote_group_speaker import group_speaker
from kursk_reader.analysis.quote_growth import grown_groups, same_person, topic_stems
from kursk_reader.analysis.quote_indirect import (
    ACCORDING,
    fragment_context,
    indirect_remarks,
    is_non_finite,
    remarks_before,
)
from kursk_reader.analysis.quote_names import (
    event_surnames,
)
from kursk_reader.analysis.quote_neighbours import (
    continued_speaker,
)
from kursk_reader.analysis.quote_pairing import (
    NameIndex,
    same_surname,
    translations,
    unnamed_translations,
)
from kursk_reader.analysis.quote_remarks import (
    content_stems,
    nearly_same_words,
    once_each_alike,
    rare_word_alike,
    reported_alike,
    same_remark,
)
from kursk_reader.analysis.quote_roles import (
    longest_form,
    people_test,
    person_shaped,
    resolve_roles,
)
from kursk_reader.analysis.quote_speaker import persons_in, quote_speaker, sentence_bounds
from kursk_reader.analysis.quote_speech import (
    speech_verb,
)
from kursk_reader.analysis.quote_split import join_split_remarks
from kursk_reader.analysis.quote_third import third_languages
from kursk_reader.analysis.quote_titles import is_characterisation, is_title
from kursk_reader.analysis.textspans import (
    fold,
    language_of,
)

_SAME_WORDING = 92
"""rapidfuzz ratio above which two quotes are the same wording (punctuation, a word)."""


def _surname(speaker: str) -> str:
    return fold(speaker.split()[-1]) if speaker else ""


def _articles_writing(texts: Mapping[int, str], name: str) -> int:
    """How many articles write a speaker's surname in this spelling, as a whole word."""
    surname = name.split()[-1] if name.strip() else ""
    if not surname:
        return 0
    word = re.compile(rf"(?<!\w){re.escape(surname)}(?!\w)")
    return sum(1 for t in texts.values() if word.search(t))


def find_quote_variants(
    texts: Mapping[int, str],
    attributions: list[Attribution] | None = None,
    voiced: Spoken | None = None,
) -> list[QuoteGroup]:
    """Groups of quotes from two or more articles that word one remark differently: quotes
    sharing enough words (`same_remark`); quotes of one speaker who is quoted once in each
    of the two articles and who uses two content words of the other quote again; and
    remarks of one speaker across languages (`_translations`). `voiced`: `spoken_for` of
    these texts and attributions, when already worked out."""
    if attributions is None:
        attributions = find_attributions(texts, speakers=False)
    by_article: dict[int, list[Attribution]] = {}
    for a in attributions:
        by_article.setdefault(a.article_id, []).append(a)
    if voiced is None:
        voiced = spoken(texts, by_article)
    found_in, people_of = voiced.found_in, voiced.people_of
    quotes = resolve_roles(voiced.quotes, texts, {a: people_of[a][0] for a in people_of})
    tongue = {a: language_of(texts[a]) for a in texts}
    quotes = join_split_remarks(quotes, voiced.continued, tongue)
    quotes = [
        q
        for q in quotes
        if (q.speaker or len(q.quote.split()) >= MIN_WORDS)
        and not is_title(texts[q.article_id], q.start, q.end, tongue[q.article_id])
    ]  # "Mozart's “The Marriage of Figaro”": a work's name, no remark
    sets = DisjointSets(range(len(quotes)))
    wording = [  # a fragment with the words of its sentence that report the rest
        fragment_context(
            texts[q.article_id],
            q.start,
            q.end,
            sentence_bounds(texts[q.article_id], q.start),
            speech_verb,
        )
        for q in quotes
    ]

    said = Counter((q.article_id, _surname(q.speaker)) for q in quotes if q.speaker)
    prose = topic_stems(texts, quotes, least=1)
    languages = {aid: language_of(texts[aid]) for aid in found_in if found_in[aid]}
    for x in range(len(quotes)):
        for y in range(x + 1, len(quotes)):
            qx, qy = quotes[x], quotes[y]
            if qx.article_id == qy.article_id:
                continue
            one_speaker = same_person(qx.speaker, qy.speaker)
            if qx.speaker and qy.speaker and not one_speaker:
                if not nearly_same_words(qx.quote, qy.quote):
                    continue  # two named speakers: one remark only in nearly the same words
            wx, wy = (wording[x], wording[y]) if one_speaker else (qx.quote, qy.quote)
            if same_remark(wx, wy, one_speaker) or (
                one_speaker
                and said[(qx.article_id, _surname(qx.speaker))] == 1
                and said[(qy.article_id, _surname(qy.speaker))] == 1
                and (
                    once_each_alike(wx, wy)
                    or (
                        languages[qx.article_id] == languages[qy.article_id]
                        and rare_word_alike(wx, wy, prose)
                    )
                )
            ):
                sets.union(x, y)
    for x, y in translations(quotes, sets.find, languages):
        sets.union(x, y)
    if any(w != q.quote for w, q in zip(wording, quotes, strict=True)):
        in_context = [replace(q, quote=wording[i]) for i, q in enumerate(quotes)]
        for x, y in translations(in_context, sets.find, languages):  # "the result was
            sets.union(x, y)  # “close but clear”" read whole beside "Das Ergebnis ist knapp …"
    for x, y in unnamed_translations(quotes, sets.find, languages):
        sets.union(x, y)
    for x, y in third_languages(quotes, sets.find, languages):
        sets.union(x, y)
    direct = len(quotes)
    for aid in sorted(texts):
        for remark in _reported(texts[aid], aid, by_article.get(aid, []), people_of.get(aid)):
            if any(q.article_id == aid and q.start <= remark.start < q.end for q in quotes):
                continue
            quotes.append(remark)
            sets.add(len(quotes) - 1)
            languages.setdefault(aid, language_of(texts[aid]))
    reported = Counter((q.article_id, _surname(q.speaker)) for q in quotes[direct:])
    for r in range(direct, len(quotes)):
        rq = quotes[r]
        for x in range(direct):
            qx = quotes[x]
            if qx.article_id != rq.article_id and same_surname(qx.speaker, rq.speaker):
                single = (
                    said[(qx.article_id, _surname(qx.speaker))] == 1
                    and reported[(rq.article_id, _surname(rq.speaker))] == 1
                )
                if reported_alike(
                    qx.quote, rq.quote, languages, qx.article_id, rq.article_id, single
                ):
                    sets.union(x, r)
    topic = topic_stems(texts, quotes)

    def stems_beyond_topic(quote: str) -> frozenset[str]:
        return content_stems(quote) - topic

    first_in: dict[tuple[int, tuple[int, int]], int] = {}
    for i in range(direct):
        bounds = sentence_bounds(texts[quotes[i].article_id], quotes[i].start)
        first_in.setdefault((quotes[i].article_id, bounds), i)
    same_sentence = [
        first_in[(q.article_id, sentence_bounds(texts[q.article_id], q.start))]
        for q in quotes[:direct]
    ]
    worded = [  # fragments read with the words their sentence reports (`fragment_context`)
        replace(q, quote=wording[i]) if i < len(wording) else q for i, q in enumerate(quotes)
    ]
    for x, y in grown_groups(
        worded,
        sets.find,
        languages,
        direct,
        stems_beyond_topic,
        once_each_alike,
        same_sentence.__getitem__,
    ):
        sets.union(x, y)
    groups: dict[int, list[int]] = {}
    for i in range(len(quotes)):
        groups.setdefault(sets.find(i), []).append(i)
    out: list[QuoteGroup] = []
    written: dict[str, int] = {}

    def usage(name: str) -> int:
        if name not in written:
            written[name] = _articles_writing(texts, name)
        return written[name]

    for indexes in groups.values():
        quoted_in = {quotes[i].article_id for i in indexes if i < direct}
        kept = [i for i in indexes if i < direct or quotes[i].article_id not in quoted_in]
        members = [quotes[i] for i in kept]  # a reported remark only where none is quoted
        if len({q.article_id for q in members}) < 2:
            continue
        if all(is_characterisation(texts[q.article_id], q.start, q.end) for q in members):
            continue  # "sprach von einem „Signal …“" / "called it “a signal …”": labels only
        wordings = [fold(q.quote) for q in members]
        if all(fuzz.ratio(wordings[0], w) >= _SAME_WORDING for w in wordings[1:]):
            continue
        ordered = sorted(members, key=lambda q: (q.article_id, q.start))
        speakers = Counter(
            quotes[i].speaker for i in sorted(kept) if quotes[i].speaker and i < direct
        )
        speaker = group_speaker(speakers, usage)
        out.append(QuoteGroup(speaker, tuple(ordered)))
    out.sort(key=lambda g: (g.quotes[0].article_id, g.quotes[0].start))
    return out


@dataclass(frozen=True, slots=True)
class Spoken:
    """Every quote of the articles with the speaker its text names ("" when none, a role
    marker when only a role), before roles are resolved; `continued`: indexes of quotes
    whose speaker is the quote's before; `is_person`: `quote_roles.people_test`."""

    quotes: list[Quote]
    continued: set[int]
    found_in: dict[int, list[Quote]]
    people_of: dict[int, tuple[list[tuple[int, str]], list[tuple[int, str]]]]
    is_person: Callable[[str], bool]


def spoken(texts: Mapping[int, str], by_article: Mapping[int, list[Attribution]]) -> Spoken:
    """Quotes and their speakers, article by article; fragments nobody is named as saying
    are left out."""
    with reading_once():
        return _spoken_of(texts, by_article)


def _spoken_of(texts: Mapping[int, str], by_article: Mapping[int, list[Attribution]]) -> Spoken:
    found_in = {aid: find_quotes(aid, texts[aid], fragments=True) for aid in sorted(texts)}
    quoting = {a: texts[a] for a in found_in if found_in[a]}
    named_people = person_names(quoting)
    surnames = event_surnames(quoting, named_people)
    people_of = {
        aid: persons_in(texts[aid], by_article.get(aid, []), surnames) for aid in sorted(texts)
    }
    is_person = people_test(named_people, people_of)
    quotes, continued, said = _spoken(texts, found_in, by_article, people_of, is_person)
    speakers = sorted({q.speaker for q in quotes if " " in q.speaker and person_shaped(q.speaker)})
    if speakers:  # a role or a pronoun may stand for someone only another article quotes
        quotes, continued, _ = _spoken(
            texts, found_in, by_article, people_of, _or_speaker(is_person, speakers), said
        )
    return Spoken(quotes, continued, found_in, people_of, is_person)


def spoken_for(texts: Mapping[int, str], attributions: list[Attribution]) -> Spoken:
    """`spoken` with the attributions of all the articles in one list: worked out once, it
    serves both `quote_speakers` and `find_quote_variants` (neither changes it)."""
    by_article: dict[int, list[Attribution]] = {}
    for a in attributions:
        by_article.setdefault(a.article_id, []).append(a)
    return spoken(texts, by_article)


def quote_speakers(
    texts: Mapping[int, str], attributions: list[Attribution], said: Spoken | None = None
) -> tuple[list[Quote], Callable[[str], bool]]:
    """Every quote with its speaker, roles resolved to the person some article names
    (`resolve_roles`), and the test of who is one of the event's people. `said`:
    `spoken_for` of these texts and attributions, when already worked out."""
    if said is None:
        said = spoken_for(texts, attributions)
    persons_of = {a: said.people_of[a][0] for a in said.people_of}
    return resolve_roles(said.quotes, texts, persons_of), said.is_person


_Said = tuple[list[Quote], list[int], dict[str, bool]]
"""One article's quotes with their speakers, the indexes (in that list) of quotes whose
speaker is the quote's just before, and every answer of the people test they rest on."""


def _spoken(
    texts: Mapping[int, str],
    found_in: Mapping[int, list[Quote]],
    by_article: Mapping[int, list[Attribution]],
    people_of: Mapping[int, tuple[list[tuple[int, str]], list[tuple[int, str]]]],
    is_person: Callable[[str], bool],
    earlier: Mapping[int, _Said] | None = None,
) -> tuple[list[Quote], set[int], dict[int, _Said]]:
    """Every article's quotes with their speakers (fragments no one is named as saying left
    out), the indexes of quotes whose speaker is the quote's just before, and each article's
    reading. An article of `earlier` (read with another people test) whose answers this
    test gives alike reads the same, so it is not read again."""
    quotes: list[Quote] = []
    continued: set[int] = set()
    said: dict[int, _Said] = {}
    for aid in sorted(texts):
        before = earlier.get(aid) if earlier is not None else None
        if before is not None and all(is_person(n) == yes for n, yes in before[2].items()):
            said[aid] = before
        else:
            said[aid] = _article_spoken(
                texts[aid], found_in[aid], by_article.get(aid, []), people_of[aid], is_person
            )
        mine, follows, _ = said[aid]
        continued.update(len(quotes) + i for i in follows)
        quotes.extend(mine)
    return quotes, continued, said


def _article_spoken(
    text: str,
    found: list[Quote],
    attributions: list[Attribution],
    people: tuple[list[tuple[int, str]], list[tuple[int, str]]],
    is_person: Callable[[str], bool],
) -> _Said:
    """`_spoken` of one article, the people test's answers kept."""
    answers: dict[str, bool] = {}

    def test(name: str) -> bool:
        if name not in answers:
            answers[name] = is_person(name)
        return answers[name]

    quotes: list[Quote] = []
    continued: list[int] = []
    previous: Quote | None = None
    for q in found:
        if len(q.quote.split()) <= MIN_WORDS and is_non_finite(q.quote):
            continue  # "was “studying the ruling”": a task in quote marks, no remark
        speaker = quote_speaker(q, text, attributions, people, test)
        if not speaker and len(q.quote.split()) < MIN_WORDS:
            continue  # a fragment nobody is named as saying
        if not speaker and previous is not None:
            speaker = continued_speaker(text, previous, q)
            if speaker:
                continued.append(len(quotes))
        previous = Quote(q.article_id, q.quote, q.start, q.end, speaker)
        quotes.append(previous)
    return quotes, continued, answers


def _or_speaker(is_person: Callable[[str], bool], speakers: list[str]) -> Callable[[str], bool]:
    """`is_person`, or one of the people some article names as a quote's speaker (in any
    spelling or script): "«…», relató el corredor" stands for "el ucraniano Taras Gnatiuk"
    named before it once another article has "Тарас Гнатюк" say the remark."""

    answers: dict[str, bool] = {}
    index = NameIndex(speakers)  # only the speakers that may be one person with a name

    def test(name: str) -> bool:
        if name not in answers:
            answers[name] = is_person(name) or (
                " " in name and any(same_person(name, s) for s in index.candidates(name))
            )
        return answers[name]

    return test


def _reported(
    text: str,
    article_id: int,
    attributions: list[Attribution],
    people: tuple[list[tuple[int, str]], list[tuple[int, str]]] | None,
) -> list[Quote]:
    """Remarks the article reports in indirect speech ("X said that …"), each with its
    speaker: a person the article cites, with a speech verb ending the citation."""
    if people is None:
        return []
    persons, cited = people
    names = {fold(name) for _, name in cited}  # the article's spelling or the citation's
    cues, closing = [], []
    for a in attributions:
        words = a.quote.split()
        source = fold(a.source)
        if not words or (source not in names and not any(source.endswith(" " + n) for n in names)):
            continue
        according = ACCORDING.match(a.quote) and text[a.end : a.end + 1] == ","
        if speech_verb(words[-1].strip(",:")) or according:
            cues.append((a.end, longest_form(a.source, persons)))
        if any(speech_verb(w.strip(",:")) for w in words):
            closing.append((a.start, longest_form(a.source, persons)))
    found = indirect_remarks(text, cues) + remarks_before(text, closing)
    return [Quote(article_id, remark, s, e, speaker) for remark, s, e, speaker in found]
