"""Figures: quantities with what they count ("about 15,000 North Korean soldiers", "more than
a dozen commanders", "загинули 12 осіб", "the death toll rose to 12"), each with its hedge,
its counted noun's class, what happened to it and the words that say what it measures.
Grouping them across articles is `figure_groups`.

Dates, years, ages, times, ordinals, model numbers and figures in page furniture (lines that
do not read as sentences) are left out; the same value written differently ("15,000",
"15 000", "fifteen thousand") is one value."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from kursk_reader.analysis import concepts, figure_terms, figure_units
from kursk_reader.analysis.figure_audience import as_audience
from kursk_reader.analysis.figure_context import length_relation
from kursk_reader.analysis.figure_events import (
    CLAUSE_STOP,
    CONJUNCTIONS,
    clause_final_event,
    first_event,
    taken_to_hospital,
)
from kursk_reader.analysis.figure_exclusions import excluded
from kursk_reader.analysis.figure_gapping import gapped
from kursk_reader.analysis.figure_labels import labelled, unit_label
from kursk_reader.analysis.figure_nouns import OF as _OF
from kursk_reader.analysis.figure_nouns import bare_whole_at, complement_at, noun_phrase, whole_at
from kursk_reader.analysis.figure_owners import (
    RELATIVE_PEOPLE,
    clause_before,
    counts_hospitals,
    more_of,
    opens_clause,
    part_opens,
)
from kursk_reader.analysis.figure_phrases import (
    ENGLISH_LOOKALIKES,
    HALF_PREFIXES,
    NUMBER_STARTS,
    aside_end,
    counted_plural,
    german_adjective,
    hyphened_unit,
    noun_before,
    percent_at,
    person_head,
    predicate_at,
    range_end,
    range_start,
    romance_plural,
    slavic_adjective,
    unit_amount,
)
from kursk_reader.analysis.figure_previous import earlier_marked
from kursk_reader.analysis.figure_rates import period_after, period_before, speed_scale
from kursk_reader.analysis.figure_ratios import quantities
from kursk_reader.analysis.figure_record import Figure
from kursk_reader.analysis.figure_seats import as_seats
from kursk_reader.analysis.figure_signatures import as_signers
from kursk_reader.analysis.figure_subjects import subject_event
from kursk_reader.analysis.figure_sums import with_sum_senses
from kursk_reader.analysis.figure_tallies import tally_noun_at, tally_second
from kursk_reader.analysis.figure_terms import plain_years
from kursk_reader.analysis.figure_text import (
    headline,
    hedge_before,
    hedge_words_before,
    prose_lines,
    stem,
)
from kursk_reader.analysis.figure_tokens import CELSIUS_WORD, line_tokens
from kursk_reader.analysis.figure_units import (
    CURRENCY_CODES,
    MONEY_EVENTS,
    energy_per,
    million_letter,
    sign_after,
    unit_of,
    unit_words,
)
from kursk_reader.analysis.figure_words import (
    MORE_OF,
    STOP,
    SUBORDINATORS,
    governing,
)
from kursk_reader.analysis.numbers import (
    ONE_WORDS,
    half_after,
    read_number,
    scale_of,
    word_value,
)
from kursk_reader.analysis.textspans import fold

_ABBREVIATED = 4
"""Letters of a scale word a dot after abbreviates ("Mio.", "млрд."); after "million." the
sentence ends."""
_CONTEXT_RADIUS = 8
_EVENT_AFTER = 8
"""Tokens after the counted noun searched for what happened ("were taken to hospital")."""
_EVENT_BEFORE = 4
"""Tokens before the number searched when nothing follows ("загинули четверо людей")."""
_GOVERNING = 1
"""Words right before the number (and its hedge) read first as its verb ("killing at least 9",
"загинули 6 осіб"): one word; more would take the verb of a previous clause."""
PERSON_PRONOUNS = (
    frozenset("them они них им ними вони їх ним ними sie ihnen eux elles ellos ellas".split())
    | RELATIVE_PEOPLE
)
"""Pronouns a part of a group of people is counted by ("six of them", "двое из них", "drei
von ihnen", "trois d'entre eux", "doce de ellos", "12 of whom"): with what happened to
people they count people."""
_ARTICLES = frozenset(
    "the a an der die das den dem des ein eine le la les un une el los las".split()
)
"""Articles before a word that stands before a number: that word modifies what the number
counts ("the damaged 1,200-mm section"), so it is not the event of the figure before."""
_OWNED_BY_PREVIOUS = 2
"""Words right after the previous figure in the sentence belong to it ("8 people on board
crashed about 15 km away": "on board" is the people's, not the distance's). Larger keeps more
events from the figure before; smaller lets them leak onto the next number."""
_HOME_WINDOW = 6
"""Words after counted people searched for their homes ("residents from their homes",
"Menschen mussten ihre Häuser verlassen"): people sent out of their homes were evacuated.
Wider reaches homes named for another reason later in the sentence."""
_RISE_TO = frozenset("до hasta jusqu'à jusqu’à".split())
"""Words that read "up to" as a hedge but "to" after a verb of rising ("выросло до 14")."""


def find_figures(article_id: int, text: str) -> list[Figure]:
    """Every counted quantity in prose lines of text, with what it counts and what happened
    to it (searched in its own sentence, not past the neighbouring figures). Figures of the
    headline come last, and only values the body does not give: the body's wording says
    more, and an article's first figure is its body's lead."""
    out: list[Figure] = []
    for line_start, line in prose_lines(text):
        out += _line_figures(article_id, text, line_start, line)
    head = headline(text)
    if head is not None:
        given = {(f.number, f.scale) for f in out}
        out += [
            f for f in _line_figures(article_id, text, *head) if (f.number, f.scale) not in given
        ]
    found = as_seats(as_signers(as_audience(quantities(text, out))))
    return earlier_marked(with_sum_senses(found), text)


def _line_figures(article_id: int, text: str, line_start: int, line: str) -> list[Figure]:
    """The figures of one line, each with its event and sentence."""
    out: list[Figure] = []
    toks = line_tokens(line, line_start)
    words = [t[2] for t in toks]
    found: list[tuple[Figure, int, int, int]] = []
    i = 0
    while i < len(toks):
        got = _figure_at(article_id, text, toks, words, i)
        if got is None:
            i += 1
            continue
        figure, used, number_at, tail_at = got
        found.append((figure, number_at, tail_at, i + used))
        i += used
    sentence_at: list[int] = []
    sentence_words: dict[int, list[str]] = {}
    begin = toks[0][0] if toks else 0
    for k, (tok_start, _end, w) in enumerate(toks):
        if k and words[k - 1] in _SENTENCE_STOP:
            begin = tok_start
        sentence_at.append(begin)
        if found and len(w) >= 5 and w.isalpha() and w.lower() not in STOP:
            sentence_words.setdefault(begin, []).append(fold(w))
    wholes: list[Figure] = []
    for k, (figure, number_at, tail_at, _next) in enumerate(found):
        prev_end = found[k - 1][3] if k else 0
        next_start = found[k + 1][1] if k + 1 < len(found) else len(words)
        read = _with_event(figure, words, number_at, tail_at, prev_end, next_start)
        if out and number_at and words[number_at - 1].lower() in MORE_OF:
            read = more_of(read, out[-1])
        begin = sentence_at[number_at]
        out.append(
            replace(read, sentence=begin, sentence_words=tuple(sentence_words.get(begin, ())))
        )
        past = next(
            (m for m in range(number_at, tail_at) if toks[m][0] >= read.start + len(read.value)),
            tail_at,
        )
        whole = whole_at(words, past) if not read.dimension else -1
        got = _figure_at(article_id, text, toks, words, whole) if whole > 0 else None
        if got is not None and got[0].noun:  # "31 of the 52 boats": 52 boats too
            total = _with_event(got[0], words, whole, got[3], whole, got[3])
            wholes.append(
                replace(total, event="", sentence=begin, sentence_words=out[-1].sentence_words)
            )  # what happened is the part's: "two of the 21 sailors died"
        elif whole < 0 and read.noun and not read.dimension and not read.percent:
            bare = _bare_whole(read, toks, words, bare_whole_at(words, tail_at))
            if bare:  # the part says it is one: "470 коек из 600"
                out[-1] = replace(out[-1], quote=text[read.start : bare[0].end], end=bare[0].end)
            wholes += bare
    out += wholes + gapped(text, toks, out)
    shares = Counter(f.sentence for f in out if f.percent)
    out = [replace(f, lone_share=True) if f.percent and shares[f.sentence] == 1 else f for f in out]
    return [f for f in out if f.kind or not figure_terms.idle_hyphened(f.quote, text[: f.start])]


def _bare_whole(
    part: Figure, toks: list[tuple[int, int, str]], words: list[str], k: int
) -> list[Figure]:
    """The total a part's bare number after its noun gives ("470 коек из 600": 600 beds),
    a figure of the part's noun with no event of its own; none when k < 0."""
    got = read_number(words[k : k + 8]) if k >= 0 else None
    if got is None or got[0] <= part.number or len(words[k]) == 4 and 1800 <= got[0] <= 2100:
        return []  # no larger total, or a year: "3 matches of 2024"
    start, end = toks[k][0], toks[k + got[1] - 1][1]
    value = " ".join(words[k : k + got[1]])
    return [
        replace(
            part,
            value=value,
            number=got[0],
            hedge="",
            quote=value,
            start=start,
            end=end,
            event="",
            predicate="",
        )
    ]


_SENTENCE_STOP = frozenset(".!?;")
_NEAR = 4
"""Content words on each side of a figure, in its clause, that say what it measures
("invested", "Lawinenverbauungen"): more ties figures of different things in one sentence,
fewer misses the verb a few words away in German or French word order."""
_CURRENCY = figure_units.SIGNS
_PEOPLE_EVENTS = frozenset(
    "dead injured casualties evacuated hospital missing arrested rescued ill".split()
)
_PER_HOUR = frozenset("h ч год hr std".split())
_CRAFT = frozenset(("vehicles", "aircraft", "vessels"))
"""What crashes, sinks or derails; any other figure beside such a verb was aboard."""
_PEOPLE_ONLY = frozenset(("employed", "ill", "protest", "arrested", "withdrew"))
"""Events only people have (a job, a disease, a march, giving up a race: not "сошло 400 тонн
грязи"): beside a measure they belong to someone else in the clause ("rescuers worked 20
hours")."""
_NEXT_OWNS = 4
"""Words after a comma or conjunction that lead to the next figure of the sentence belong to
it, not to the figure before ("диаметром 40 метров и глубиной 25 метров": depth is the 25's;
"8 млн евро, повреждены около 200 домов": damaged is the houses'). Larger would also cut
words the first figure owns in long coordinated clauses."""


def _with_event(
    f: Figure, words: list[str], number_at: int, tail_at: int, prev_end: int, next_start: int
) -> Figure:
    """The figure with its counted class and event: the first event word in the noun phrase
    or after it in the sentence, else just before the number in the same clause."""
    after: list[str] = []
    after_at, after_end = tail_at, next_start
    if next_start < len(words) and next_start - 2 > tail_at:
        if words[next_start - 2].lower() in _ARTICLES:
            after_end = next_start - 1  # "36 hours to replace the damaged 1,200-mm pipe"
    aside = aside_end(words, tail_at)
    if aside:  # "Six personnes, dont deux employés, ont été transportées": the verb is the six's
        after_at, after_end = aside, len(words)
    for k, w in enumerate(words[after_at : min(after_end, after_at + _EVENT_AFTER)]):
        if w in _SENTENCE_STOP or w.lower() in SUBORDINATORS:
            break  # "five others suffered frostbite after a blizzard trapped them"
        if (
            (w in CLAUSE_STOP or w.lower() in CONJUNCTIONS)
            and after_end < len(words)
            and (
                after_end - (after_at + k) <= _NEXT_OWNS
                or part_opens(words[after_at + k + 1 : after_at + k + 3])
            )
        ):
            break  # "€8 million, destroying 200 houses", "30 m wide and 12 m deep"
        after.append(w)
    before = clause_before(words, number_at, prev_end, _EVENT_BEFORE, _OWNED_BY_PREVIOUS)
    noun_words = f.noun.split() if f.noun and f.noun != "%" else []
    event, written = "", ""
    if noun_words and any(w.lower() in _OF for w in words[number_at:tail_at]):
        if concepts.event_of(noun_words[0]):  # "eleven of the injured remain in hospital"
            event, written = first_event(noun_words[1:] + after)
    if not event:
        event, written = first_event(noun_words)
    if not event and before:  # the verb governing the number: "destroying about 60 houses"
        event, written = first_event(governing(before)[-_GOVERNING:])
    if not event:
        event, written = first_event(after)
    if not event and not opens_clause(before, noun_words):
        owned = prev_end + _OWNED_BY_PREVIOUS - (number_at - len(before)) if prev_end else 0
        for k in range(len(before) - 1, max(owned, 0) - 1, -1):  # the nearest event before
            event, written = first_event(before[k:])
            if event:
                break
    if not event:
        event, written = clause_final_event(words, tail_at, next_start)
    if not event and not f.dimension:
        event, written = taken_to_hospital(words[:next_start], tail_at)
    if not event:
        event, written = subject_event(words, number_at, tail_at)
    kind = person_head(noun_words)
    for w in reversed(noun_words):
        if kind:
            break
        if len(noun_words) > 1 and (slavic_adjective(w) or german_adjective(noun_words, w)):
            continue  # "9 пасажирських поїздів" counts trains, "60 tote Störe" sturgeons
        kind = concepts.noun_class(w)
    kind = concepts.pair_class(noun_words) or kind  # "населених пунктів": settlements
    kind = unit_words(kind, noun_words + words[tail_at : tail_at + 1])
    if any(concepts.noun_class(w) == "area" for w in noun_words):
        kind = "area"  # "12 square kilometres", "300 km²": an area, not a length
    elif kind == "money" and fold(noun_words[-1]).startswith(("pound", "libra", "фунт")):
        if tail_at < len(words) and words[tail_at].lower() in _OF:
            kind = "pounds weight"  # "2,000 pounds of explosives", not £2,000
    if not event and kind in concepts.PERSON_CLASSES:
        if any(concepts.noun_class(w) == "buildings" for w in after[:_HOME_WINDOW]):
            event, written = "evacuated", ""  # "forced 3,000 people from their homes"
    if counts_hospitals(noun_words):
        event = ""  # "dans trois hôpitaux", "in vier Kliniken": hospitals, not patients
    if f.noun == "%" or f.percent:
        kind = "%"
    elif (
        not kind
        and event in _PEOPLE_EVENTS
        and (not noun_words or concepts.event_of(noun_words[0]))
        and not german_adjective(noun_words, noun_words[0] if noun_words else "")
    ):
        kind = concepts.GENERIC  # "four were killed", "23 injured": people
    elif (
        not kind
        and event in _PEOPLE_EVENTS
        and noun_words
        and fold(noun_words[-1]) in PERSON_PRONOUNS
    ):
        kind = concepts.GENERIC  # "Nine of them were taken to hospital", "doce de ellos"
    elif event == "employed" and noun_words and not (kind or plain_years(f.noun, kind)):
        kind = "workers"  # "beschäftigt 1.200 Entwickler", "працює 1 200 фахівців"
    if kind == concepts.GENERIC and event == "ill":
        kind = "cases"  # "52 people have caught measles": 52 cases
    predicate = f.predicate or written
    unit_noun = f.noun
    if f.noun in _CURRENCY or f.noun in CURRENCY_CODES:
        kind = "money"
    elif kind != "money" and (sign := next((c for c in f.value if c in _CURRENCY), "")):
        kind, unit_noun = "money", sign  # "a €1.5 million operation", "a $2bn deal": a sum
    noun_folds = {fold(w) for w in noun_words}

    def content(ws: list[str]) -> list[tuple[str, bool]]:
        return [
            (fold(w), w[:1].islower())
            for w in ws
            if w[:1].isalpha()
            and len(w) >= 4
            and w.lower() not in STOP
            and fold(w) not in noun_folds
            and word_value(w) is None
        ]

    clause_after: list[str] = []
    for w in after:
        if w in CLAUSE_STOP:
            break
        clause_after.append(w)
    own = max((k + 1 for k, w in enumerate(before) if w.lower() in CONJUNCTIONS), default=0)
    beside = content(before[own if prev_end else 0 :])[-_NEAR:] + content(clause_after)[:_NEAR]
    near = tuple(w for w, _ in beside)
    near_lower = tuple(w for w, lower in beside if lower)
    if million_letter(f.noun, words[tail_at] if tail_at < len(words) else ""):
        kind = ""  # "about 120m years old": a million, not metres
    dimension, scale = unit_of(kind, unit_noun)
    term, months = (
        ("", 1.0)
        if kind and kind != "months"
        else figure_terms.prison_term(noun_words, before, after)
    )
    if term:  # "9 годам колонии", "eight years in prison", "18 mois de prison"
        kind, dimension, event, scale = term, term, "", months
    if dimension == "length" and tail_at + 1 < len(words) and words[tail_at] == "/":
        if fold(words[tail_at + 1]) in _PER_HOUR:
            dimension, scale = "speed", scale / 1000  # "140 km/h" is a speed, not a length
    elif dimension == "length" and fold(noun_words[-1]).startswith("stundenkilomet"):
        dimension, scale = "speed", 1.0  # "160 Stundenkilometer": km/h
    elif dimension == "length" and (speed := speed_scale(period_after(words, tail_at))):
        dimension, scale = "speed", scale * speed  # "120 km per hour", "25 метров в секунду"
    kind, dimension, scale, tail_at = energy_per(f.noun, words, tail_at, (kind, dimension, scale))
    people = kind in concepts.PERSON_CLASSES or kind in (concepts.GENERIC, "cases")
    if (
        event in _PEOPLE_ONLY
        and (dimension or kind and not people)
        or event == "damaged"
        and dimension in ("duration", "speed")
        or event == "aboard"
        and dimension
    ):
        event = ""  # "рятувальники працювали 20 годин", "38 vehicles were caught up in",
        # "the fire burned for 40 hours": a time is not what burned
    elif event == "injured" and dimension == "area":
        event = "damaged"  # "постраждали 12 тисяч гектарів": land suffers damage, not injury
    if dimension.startswith("money") and event not in MONEY_EVENTS:
        event = ""
    if event == "crashed" and kind not in _CRAFT:
        event = subject_event(words, number_at, tail_at)[0]  # the craft sank, the crew?
    relation = ""
    if dimension == "length":
        lead = words[number_at - 1] if number_at else ""
        relation = length_relation(lead, words[tail_at] if tail_at < len(words) else "")
    elif not kind:
        relation = figure_terms.years_relation(
            noun_words, before, after, f.number, words[:number_at]
        )
    return Figure(
        f.article_id, f.value, f.number, figure_terms.term_hedge(f.hedge, term), f.noun, f.quote,
        f.start, f.end, f.context,
        predicate, kind, event, near, f.percent, dimension, scale, relation=relation,
        near_lower=near_lower, dated=figure_terms.dated(words, number_at, tail_at),
        per=""
        if dimension in ("length", "speed")
        else period_after(words, tail_at) or period_before(words, number_at),
        complement=complement_at(words, tail_at),
    )  # fmt: skip


def _figure_at(
    article_id: int, text: str, toks: list[tuple[int, int, str]], words: list[str], i: int
) -> tuple[Figure, int, int, int] | None:
    """The figure starting at token i: (figure, tokens used, first token of the hedge, first
    token after the counted noun)."""
    word = words[i]
    lower = word.lower()
    amount = unit_amount(words, i)
    if amount is not None:
        return _amount_figure(article_id, text, toks, words, i, amount)
    if not (
        word[0].isdigit()
        or word_value(word) is not None
        or lower in ONE_WORDS
        or lower in NUMBER_STARTS
        or word in ENGLISH_LOOKALIKES
    ):
        return None
    got = read_number(words[i : i + 8])
    if (
        got is None
        and word in ENGLISH_LOOKALIKES
        and (counted_plural(words, i + 1) or romance_plural(words, i + 1))
    ):
        got = (ENGLISH_LOOKALIKES[word], 1)  # "once días", "cent personnes"
    if got is None and lower in ONE_WORDS and _half_measure(words, i + 1):
        got = (1.0, 1)  # "a month and a half": one, and its half is read after the unit
    if got is None:
        return None
    number, used = got
    j = i + used
    if (
        i > 0
        and (words[i - 1] in _CURRENCY or words[i - 1] in CURRENCY_CODES)
        and j < len(words)
        and words[j].lower() in figure_units.MONEY_SUFFIX
        and toks[j][0] == toks[j - 1][1]
    ):
        number = round(number * figure_units.MONEY_SUFFIX[words[j].lower()], 6)  # "£3.4m"
        used, j = used + 1, j + 1
    if excluded(text, toks, words, i, j, number) or range_start(words, i, j) or range_end(words, i):
        return None
    if tally_second(words, i, number) or labelled(words, i, j):
        return None  # "by six votes to two": the two are the minority
    if not word[0].isdigit() and number < 2 and number == int(number):
        if not _half_measure(words, j):
            return None  # "one", "a": no count; "anderthalb", "a month and a half" are
    unit_end = j + percent_at(words, j)
    if unit_end > j and not (unit_end < len(words) and words[unit_end].lower() in _OF):
        noun_idx: list[int] = []  # "60 % of the houses" counts houses; "40 % above" nothing
    elif hyphened_unit(toks, words, j) or figure_terms.hyphened_years(words, j):
        noun_idx = [j + 1]  # "a 14-hour standoff", "a 5-km stretch", "a five-year sentence"
    elif (after_sign := sign_after(toks, words, j))[1] > 0:
        number, noun_idx = round(number * after_sign[0], 6), [after_sign[1]]  # "56 M€"
    else:
        noun_at = unit_end
        if (
            words[unit_end - 1 : unit_end + 1][-1:] == ["."]
            and scale_of(words[unit_end - 1]) is not None
            and len(words[unit_end - 1]) <= _ABBREVIATED
            and toks[unit_end - 1][1] == toks[unit_end][0]
        ):
            noun_at += 1  # "4,2 Mio. Euro", "3 млн. рублей": the dot marks the abbreviation
        if noun_at == j and (tally := tally_noun_at(words, j, number)) >= 0:
            noun_at = tally  # "mit fünf zu zwei Stimmen": five votes
        noun_idx = noun_phrase(toks, words, noun_at)
    if (
        not hedge_words_before(words, i)
        and word[0].isdigit()
        and len(word) == 4
        and 1800 <= number <= 2100
        and not any(concepts.noun_class(words[k]) for k in noun_idx)
    ):
        return None  # a year with a verb after it ("1962 gebaut", "built in 1962")
    currency = i > 0 and (
        words[i - 1] in _CURRENCY and toks[i - 1][1] == toks[i][0] or words[i - 1] in CURRENCY_CODES
    )
    hedge_start = hedge_before(words, i - 1 if currency else i)
    named_before = -1
    if (
        not noun_idx
        and unit_end == j
        and not predicate_at(words, j, hedge_start)
        and not (i > 0 and (words[i - 1] in _CURRENCY or words[i - 1] in CURRENCY_CODES))
    ):
        named_before = noun_before(words, hedge_start, j)
        if named_before < 0 or unit_label(words, named_before, hedge_start):
            return None
    start = toks[hedge_start][0]
    end = toks[noun_idx[-1]][1] if noun_idx else toks[unit_end - 1][1]
    half = 0
    if noun_idx and concepts.noun_class(words[noun_idx[-1]]) in concepts.MEASURES:
        half = half_after(words, noun_idx[-1] + 1)  # "trois heures et demie"
        if half:
            number += 0.5
            end = toks[noun_idx[-1] + half][1]
    noun = (
        "%"
        if unit_end > j and not noun_idx
        else text[toks[noun_idx[0]][0] : toks[noun_idx[-1]][1]]
        if noun_idx
        else ""
    )
    if noun_idx and words[noun_idx[-1]] == CELSIUS_WORD:
        noun = "°C"  # "360C", "38 °С": degrees Celsius however the sign is written
    quote_start = start
    if named_before >= 0:  # "the death toll rose to 12": what is counted comes first
        noun = words[named_before]
        quote_start = toks[named_before][0]
        if hedge_start == i - 1 and words[hedge_start].lower() in _RISE_TO:
            hedge_start, start = i, toks[i][0]  # "выросло до 14" is "rose to", not "up to"
    if currency and not noun_idx:
        noun = words[i - 1]  # "€4 million", "UAH 321 million": money; the quote starts at the sign
    predicate = predicate_at(words, (noun_idx[-1] + 1) if noun_idx else j, hedge_start)
    if not noun and predicate:
        noun = predicate
    hedge = " ".join(
        w for w in words[hedge_start:i] if w not in _CURRENCY and w not in CURRENCY_CODES
    )
    value = text[start : toks[j - 1][1]]
    lo, hi = (
        max(0, i - _CONTEXT_RADIUS),
        min(len(words), end and (noun_idx[-1] if noun_idx else j) + _CONTEXT_RADIUS),
    )
    context = tuple(
        stem(w)
        for w in words[lo:hi]
        if w.isalpha() and w.lower() not in STOP and word_value(w) is None
    )
    figure = Figure(
        article_id, value, number, hedge, noun, text[quote_start:end], quote_start, end, context,
        predicate, percent=unit_end > j,
    )  # fmt: skip
    tail_at = noun_idx[-1] + 1 + half if noun_idx else unit_end
    return figure, max(1, (tail_at - i) if noun_idx else used), hedge_start, tail_at


def _half_measure(words: list[str], j: int) -> bool:
    """Is words[j] a unit of time or measure followed by a half ("a month and a half", "un
    mes y medio", "un mois et demi")? Then "a"/"un" before it counts one and a half."""
    return (
        j < len(words)
        and concepts.noun_class(words[j]) in concepts.MEASURES
        and bool(half_after(words, j + 1))
    )


def _amount_figure(
    article_id: int,
    text: str,
    toks: list[tuple[int, int, str]],
    words: list[str],
    i: int,
    amount: tuple[float, int],
) -> tuple[Figure, int, int, int]:
    """The figure of a span read by `unit_amount`, shaped as `_figure_at` returns it."""
    number, noun_at = amount
    hedge_start = hedge_before(words, i)
    start, end = toks[hedge_start][0], toks[noun_at][1]
    noun = words[noun_at]
    for prefix in HALF_PREFIXES:
        if noun_at == i and noun.lower().startswith(prefix):
            noun = noun[len(prefix) :]
    context = tuple(
        stem(w)
        for w in words[max(0, i - _CONTEXT_RADIUS) : noun_at + _CONTEXT_RADIUS]
        if w.isalpha() and w.lower() not in STOP and word_value(w) is None
    )
    hedge = " ".join(words[hedge_start:i])
    figure = Figure(
        article_id, text[start:end], number, hedge, noun, text[start:end], start, end, context
    )
    return figure, noun_at - i + 1, hedge_start, noun_at + 1
