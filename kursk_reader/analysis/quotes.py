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
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate

from rapidfuzz import fuzz

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attributions import Attribution, find_attributions
from kursk_reader.analysis.disjoint import DisjointSets
from kursk_reader.analysis.name_reading import reading_once, text_tokens
from kursk_reader.analysis.names import name_mentions, person_names
from kursk_reader.analysis.quote_find import MIN_WORDS, Quote, QuoteGroup, find_quotes
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
    pronouns_person,
    speaker_form,
    surname_key,
)
from kursk_reader.analysis.quote_neighbours import (
    cited_just_after,
    cited_just_before,
    closes_sentence,
    colon_subject,
    continued_speaker,
    stands_alone,
)
from kursk_reader.analysis.quote_pairing import (
    NameIndex,
    group_speaker,
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
    cited_speaker,
    in_byline,
    join_split_remarks,
    longest_form,
    named_after_comma,
    own_forms,
    people_test,
    person_shaped,
    resolve_roles,
    role_after,
    role_before,
    role_speaker,
    unnamed_after,
)
from kursk_reader.analysis.quote_speech import (
    AUDIENCE,
    ELIDED_PRONOUN,
    PRONOUN,
    REPORTED_SUBJECT,
    audience,
    speech_verb,
)
from kursk_reader.analysis.quote_third import third_languages
from kursk_reader.analysis.textspans import (
    fold,
    language_of,
    sentences,
    strip_possessive,
)

_SAME_WORDING = 92
"""rapidfuzz ratio above which two quotes are the same wording (punctuation, a word)."""


_CLAUSE_OPENER = re.compile(r"\b(?:that|dass|que|qu['’]|что|що|чтобы|щоб)\b", re.IGNORECASE)
"""A subordinating "that" in six languages: a name after one ("…», afirmó, y añadió que el
objetivo es llevar los trenes de Rössler") is inside what was said, not its speaker."""
_AFTER_REACH = 80
"""Characters after a quote searched for "…,” Madden said" / "…,” he added"."""


def _persons(
    text: str, attributions: list[Attribution], surnames: frozenset[str] = frozenset()
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(position, name) of people named in the text — name runs of two or more parts, and
    surnames standing alone that some article of the set gives in full ("Einsatzleiter
    Hübner" when another article names "Jörg Hübner") — and, second, of the people among
    them the text cites or names alone: those are who speaks."""
    named = [speaker_form(text, m.start, m.name) for m in name_mentions(0, text)]
    full = {m for _, m in named}
    parts = {p for m in full for p in m.split()}
    cited = [
        (a.start, a.source)
        for a in attributions
        if a.source in full or (" " not in a.source and a.source in parts) or _lone_surname(a)
    ] + [
        (a.start, name)  # "Sicherheitsdirektor Tomasz Wrona": a role word before a full name
        for a in attributions
        if a.source not in full
        for name in _space_suffixes(a.source)
        if name in full and " " in name
    ]
    cited += own_forms(attributions, full)
    alone: list[tuple[int, str]] = []
    if surnames:
        inside = sorted(
            (start, start + len(name)) for start, name in named if " " in name
        )  # "Carrow" in "Carrow Fire Service" is part of a body's name, not a surname
        starts = [a for a, _ in inside]
        reach = list(accumulate((b for _, b in inside), max))  # farthest end of those so far
        for t in text_tokens(text):
            if not t[2][:1].isupper():  # Token.capitalised, read fast: most words are not
                continue
            word = strip_possessive(t.text)
            if surname_key(word) in surnames:
                k = bisect_right(starts, t.start)  # names opening at or before the word
                if k and reach[k - 1] > t.end:
                    continue
                alone.append((t.start, word))
    byline = in_byline(text)  # the writer: "Por Marta Gil"
    persons = [p for p in named + cited + alone if not byline(p[0])]
    return sorted(persons), sorted(p for p in cited + alone if not byline(p[0]))


def _space_suffixes(source: str) -> list[str]:
    """What follows each space of a source: the names `source.endswith(" " + name)` holds
    for ("Sicherheitsdirektor Tomasz Wrona" -> "Tomasz Wrona", "Wrona")."""
    return [source[i + 1 :] for i, ch in enumerate(source) if ch == " "]


def _lone_surname(a: Attribution) -> bool:
    """ "…,” Okafor said": a source of one capitalised word no dictionary knows, cited with a
    speech verb, speaks as a person even when no article gives a full name."""
    word = a.source
    return (
        " " not in word
        and len(word) >= 3
        and word[:1].isupper()
        and not word.isupper()
        and any(speech_verb(w.strip(",:")) for w in a.quote.split())
        and not lexicon.is_dictionary_word(word)
    )


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    for s, e in _sentences(text):
        if s <= pos < e:
            return s, e
    return pos, pos


@lru_cache(maxsize=128)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The text's sentences, split once per text: every quote asks for its own."""
    return tuple(sentences(text))


def _surname(speaker: str) -> str:
    return fold(speaker.split()[-1]) if speaker else ""


def _speaker(
    q: Quote,
    text: str,
    attributions: list[Attribution],
    people: tuple[list[tuple[int, str]], list[tuple[int, str]]] | None = None,
    is_person: Callable[[str], bool] | None = None,
) -> str:
    """Who the text says spoke the quote, in its longest form in the article: an attribution
    right after the quote in the same sentence ("…,” Madden said), or ending the text that
    introduces it in its sentence ("Madden said: …"); a pronoun ("…,” he said) stands for the
    last person named before the quote. Never past a sentence boundary."""
    persons, cited = people if people is not None else _persons(text, attributions)
    after_end = q.end
    while after_end < len(text) and text[after_end] in ",.!?…”“\"»’' \u00a0—–":
        if text[after_end] in ".!?…" and text[after_end + 1 : after_end + 2] in ("\n", ""):
            break
        after_end += 1
    clause_end = len(text)
    m = re.compile(r"[.!?…\n]").search(text, after_end)
    if m:
        clause_end = m.start()
    clause_end = min(clause_end, after_end + _AFTER_REACH)
    after = [a for a in attributions if q.end <= a.start < clause_end and not audience(a)]
    open_after = not closes_sentence(text, q.end, after_end)
    words = text[after_end:clause_end].split()[:4]
    pronoun = any(PRONOUN.fullmatch(w) or ELIDED_PRONOUN.search(w) for w in words[:3])
    verb = any(speech_verb(w.strip(",;")) for w in words)
    earlier = [p for p in cited if p[0] < q.start] or [p for p in persons if p[0] < q.start]
    if open_after and verb and pronoun:  # "…,” he said", "…», a-t-il déclaré"
        named = {n for _, n in persons if " " in n}
        resolved = [a for a in after if a.source in named and not PRONOUN.fullmatch(a.source)]
        if resolved:  # the citation already stands for a person named before (not a body)
            return longest_form(resolved[0].source, persons)
        if earlier:
            return pronouns_person(earlier, persons, is_person)
    in_clause = [p for p in persons if after_end <= p[0] < clause_end]
    spoken_to = [n for at, n in in_clause if AUDIENCE.search(text[after_end:at])]
    named_after = [p for p in in_clause if not any(p[1] in n for n in spoken_to)]
    if after and open_after:
        first = min(after, key=lambda a: a.start)
        return cited_speaker(text, q, first, clause_end, named_after, after_end, persons, is_person)
    subject_after = [p for p in named_after if not _CLAUSE_OPENER.search(text, after_end, p[0])]
    if open_after and verb and subject_after:  # "…,” said Mayor Ana Ruiz.", "…», dijo Ruiz"
        return longest_form(subject_after[0][1], persons)
    comma = open_after and "," in text[q.end : after_end]
    if comma and named_after and named_after_comma(text, after_end, named_after[0][0]):
        return longest_form(named_after[0][1], persons)  # "…», a confié Amélie X"
    role = role_after(text, after_end, clause_end) if comma and is_person is not None else ""
    if role and is_person is not None:  # "«…», bromeó el director"
        return role_speaker(role, text, q, persons, is_person)
    if comma and unnamed_after(text, after_end, clause_end):
        return ""  # "«…», contó un vecino": someone the article does not name
    if open_after and verb and earlier and re.search(r"[,—–]", text[q.end : after_end]):
        return longest_form(earlier[-1][1], persons)  # "…», dijo durante una visita"
    s, _e = _sentence_bounds(text, max(0, q.start - 2))
    line_start = text.rfind("\n", 0, q.start) + 1
    intro_start = s if s < q.start else line_start
    before = [a for a in attributions if intro_start <= a.start and a.end <= q.start]
    if (
        not before
        and text[: q.start].rstrip(" “\"«„‘'\n").endswith(":")
        and (  # "X said:\n«…»", "Later he added: «…»"; not "Her neighbour Z added: «…»"
            not text[line_start : q.start].strip(" “\"«„‘'\t\u00a0")
            or PRONOUN.search(text, intro_start, q.start) is not None
        )
    ):
        prev_line = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        before = [a for a in attributions if prev_line <= a.start and a.end <= q.start]
    if before:
        cited_names = {name for _, name in cited}
        pool = [a for a in before if not REPORTED_SUBJECT.match(text, a.end)] or before
        cited_before = [a for a in pool if a.source in cited_names] or pool
        chosen = max(cited_before, key=lambda a: a.end)
        in_intro = [p for p in persons if intro_start <= p[0] < q.start]
        return cited_speaker(text, q, chosen, q.start, in_intro, intro_start, persons, is_person)
    subject = colon_subject(text, q.start, intro_start, persons, cited)
    if subject:
        return longest_form(subject, persons)
    role = role_before(text, intro_start, q.start) if is_person is not None else ""
    if role and is_person is not None:  # "Según la especialista, jamás se había registrado «…»"
        return role_speaker(role, text, q, persons, is_person)
    if stands_alone(text, q, intro_start, clause_end if open_after else q.end):
        neighbour = cited_just_before(text, intro_start, persons) or cited_just_after(
            text, q.end, cited
        )
        if neighbour:
            return longest_form(neighbour, persons)
    return ""


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
    quotes = join_split_remarks(quotes, voiced.continued, {a: language_of(texts[a]) for a in texts})
    quotes = [q for q in quotes if q.speaker or len(q.quote.split()) >= MIN_WORDS]
    sets = DisjointSets(range(len(quotes)))
    wording = [  # a fragment with the words of its sentence that report the rest
        fragment_context(
            texts[q.article_id],
            q.start,
            q.end,
            _sentence_bounds(texts[q.article_id], q.start),
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
        bounds = _sentence_bounds(texts[quotes[i].article_id], quotes[i].start)
        first_in.setdefault((quotes[i].article_id, bounds), i)
    same_sentence = [
        first_in[(q.article_id, _sentence_bounds(texts[q.article_id], q.start))]
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
    for indexes in groups.values():
        quoted_in = {quotes[i].article_id for i in indexes if i < direct}
        kept = [i for i in indexes if i < direct or quotes[i].article_id not in quoted_in]
        members = [quotes[i] for i in kept]  # a reported remark only where none is quoted
        if len({q.article_id for q in members}) < 2:
            continue
        wordings = [fold(q.quote) for q in members]
        if all(fuzz.ratio(wordings[0], w) >= _SAME_WORDING for w in wordings[1:]):
            continue
        ordered = sorted(members, key=lambda q: (q.article_id, q.start))
        speakers = Counter(
            quotes[i].speaker for i in sorted(kept) if quotes[i].speaker and i < direct
        )
        speaker = group_speaker(speakers)
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
        aid: _persons(texts[aid], by_article.get(aid, []), surnames) for aid in sorted(texts)
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
        speaker = _speaker(q, text, attributions, people, test)
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
