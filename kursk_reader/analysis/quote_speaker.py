"""Who speaks a quote, read from its article: a person cited right after it in its sentence
("…,” Madden said), ending the words that bring it in ("Madden said: …"), a pronoun's
person, a role standing for a person named before, the subject before a colon, or the
sentence beside a quote standing alone. Split from `quotes`."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attributions import Attribution
from kursk_reader.analysis.name_reading import text_tokens
from kursk_reader.analysis.names import name_mentions
from kursk_reader.analysis.quote_find import Quote
from kursk_reader.analysis.quote_heads import demonym_cited, governing_head, only_reports
from kursk_reader.analysis.quote_names import (
    pronouns_person,
    speaker_form,
    surname_key,
)
from kursk_reader.analysis.quote_neighbours import (
    cited_just_after,
    cited_just_before,
    closes_sentence,
    colon_subject,
    stands_alone,
)
from kursk_reader.analysis.quote_roles import (
    ROLE,
    cited_speaker,
    longest_form,
    named_after_comma,
    named_with_other_role,
    own_forms,
    person_of_role_before,
    person_shaped,
    role_after,
    role_before,
    role_speaker,
)
from kursk_reader.analysis.quote_speech import (
    ELIDED_PRONOUN,
    PRONOUN,
    REPORTED_SUBJECT,
    after_speech_verb,
    audience,
    speech_verb,
    spoken_to,
)
from kursk_reader.analysis.textspans import (
    fold,
    sentences,
    strip_possessive,
)

_BYLINE = re.compile(
    r"^[ \t]*(?:by|por|par|von|автор|авторка|від)[ \t:]+[^\n]{3,80}$", re.IGNORECASE | re.MULTILINE
)
"""A byline ("By Ruta Petrauskas, Baltic Times", "Por Marta Gil", "Von Katrin Sommerfeld"):
the writer named there never speaks in the article's quotes."""


def in_byline(text: str) -> Callable[[int], bool]:
    """A test of whether a position of the text lies in a byline line."""
    spans = [m.span() for m in _BYLINE.finditer(text)]
    return lambda pos: any(s <= pos < e for s, e in spans)


_UNNAMED = re.compile(
    r"[ \u00a0,—–-]*(?:[^\W\d_]+[ \u00a0]+){0,2}?"
    r"(?:(?i:a|an|one|un|una|une)[ \u00a0]+(?=[^\W\d_A-ZÀ-ÞА-ЯЁІЇЄҐ])"
    r"|(?i:ein|eine|einer|один|одна|одного|одной|один[ \u00a0]+из"
    r"|одна[ \u00a0]+из|один[ \u00a0]+з|одна[ \u00a0]+з)[ \u00a0]+)[^\W\d_]{3,}",
)
"""After a quote's comma, the verb and someone with an indefinite article: "contó un
vecino", "said a witness", "sagte eine Anwohnerin" — a person the article does not name;
not "dijo a Radio Norte", the station spoken to (a lower-case noun after "a"/"un")."""


def unnamed_after(text: str, after_end: int, clause_end: int) -> bool:
    """Does the clause after a quote's comma give it to someone unnamed ("…», contó un
    vecino")? Then no one named earlier is the speaker."""
    return _UNNAMED.match(text, after_end, clause_end) is not None


_CLAUSE_OPENER = re.compile(r"\b(?:that|dass|que|qu['’]|что|що|чтобы|щоб)\b", re.IGNORECASE)
"""A subordinating "that" in six languages: a name after one ("…», afirmó, y añadió que el
objetivo es llevar los trenes de Rössler") is inside what was said, not its speaker."""
_TO_HEARER = re.compile(
    r"(?<![^\W\d_])(?:au|aux|à|a|al|to|dem|der|den)[ \u00a0]+(?:(?:the|la|le|el|l['’])[ \u00a0]*)?$",
    re.IGNORECASE,
)
"""A dative preposition right before a name cited after "he said": the one spoken to ("»,
raconte-t-il au Quotidien X", "he told to …"), never the speaker."""
_AFTER_REACH = 80
"""Characters after a quote searched for "…,” Madden said" / "…,” he added"."""


def persons_in(
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
    placed = _only_placed(text, {n for _, n in named + cited + alone})
    placed |= {n for _, n in named + cited if _DATIVE_INSIDE.search(n)}
    persons = [p for p in named + cited + alone if not byline(p[0]) and p[1] not in placed]
    return sorted(persons), sorted(
        p for p in cited + alone if not byline(p[0]) and p[1] not in placed
    )


_DATIVE_INSIDE = re.compile(r"(?<![Vv]on|[Vv]an|.[Zz]u) (?:den|dem) [A-ZÄÖÜ]")
"""A German dative article inside a run of capitalised words ("von Guebwiller den Badischen
Neuesten Nachrichten"): the paper spoken to run into the words before it, no one speaking;
"von den", "van den" are a name's particles."""
_DATIVE_BEFORE = re.compile(r"(?<![^\W\d_])(?:den|dem)[ \u00a0]+(?:[A-ZÄÖÜ][^\W\d_]+[ \u00a0]+)?$")
"""A German dative article (and maybe an adjective) right before a name after a quote: the
one spoken to ("sagte sie dem Sender X", "… den Südwestdeutschen Nachrichten")."""
_PLACE_BEFORE = frozenset(
    """in near into across outside towards toward
    из возле около вблизи через
    з із зі біля поблизу через
    aus nach nahe
    en dans près depuis vers
    en cerca desde hacia""".split()
)
"""Prepositions that put a place after them in six languages. Left out: those that also
bring in a person or body ("a letter from X", "las palabras de X", "von X", "bei Siemens"),
and the Russian and Ukrainian "в" / "у" / "на", after which a body's locative names who
speaks ("в Минздраве сообщили", "у МОЗ зазначають")."""
_WITH_OR_FROM = frozenset("з із зі".split())
"""Ukrainian "з" is "from" before a genitive and "with" before an instrumental ("з Наталкою
Диденко"): after it only a word not in the instrumental is a place."""
_INSTRUMENTAL = re.compile(r"(?:ою|ею|єю|ом|ем|єм|ами|ями|ым|им|їм)$")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+$")


def _only_placed(text: str, names: set[str]) -> frozenset[str]:
    """The names the text writes only right after a preposition of place ("маса з Північної
    Африки", "из Северной Африки", "air from North Africa" is not: "from" also brings in a
    person): a place, which never speaks, though a pronoun after it ("— зазначила вона")
    may look back to it as the last name written."""
    out = set()
    for name in names:
        at = text.find(name)
        placed = at >= 0
        while at >= 0 and placed:
            before = _WORD_BEFORE.search(text, max(0, at - 20), at)
            word = before.group(1) if before else ""
            placed = word in _PLACE_BEFORE and not (
                word in _WITH_OR_FROM and _INSTRUMENTAL.search(name.split()[-1])
            )
            at = text.find(name, at + len(name))
        if placed:
            out.add(name)
    return frozenset(out)


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


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    for s, e in _sentences(text):
        if s <= pos < e:
            return s, e
    return pos, pos


@lru_cache(maxsize=128)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The text's sentences, split once per text: every quote asks for its own."""
    return tuple(sentences(text))


def quote_speaker(
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
    persons, cited = people if people is not None else persons_in(text, attributions)
    after_end = q.end
    while after_end < len(text) and text[after_end] in ",.!?…”“\"»’' \u00a0—–-":
        if text[after_end] in ".!?…" and text[after_end + 1 : after_end + 2] in ("\n", ""):
            break
        after_end += 1
    clause_end = len(text)
    m = re.compile(r"[.!?…\n]").search(text, after_end)
    if m:
        clause_end = m.start()
    clause_end = min(clause_end, after_end + _AFTER_REACH)
    in_reach = [a for a in attributions if q.end <= a.start < clause_end]
    reports = [a for a in in_reach if only_reports(text, after_end, a)]  # "según recoge X"
    after = [
        a
        for a in in_reach
        if not audience(a) and a not in reports and not _DATIVE_INSIDE.search(a.source)
    ]
    sentence_end = m.start() if m else len(text)
    heard = [a for a in after if _dative_hearer(text, a, persons, sentence_end)]
    if heard:  # the hearer put before the speaker: the speaker's role may run long
        after = [a for a in after if a not in heard]
        clause_end = min(sentence_end, after_end + 2 * _AFTER_REACH)
    open_after = not closes_sentence(text, q.end, after_end)
    words = text[after_end:clause_end].split()[:4]
    pronoun = any(PRONOUN.fullmatch(w) or ELIDED_PRONOUN.search(w) for w in words[:3])
    verb = any(speech_verb(ELIDED_PRONOUN.sub("", w.strip(",;"))) for w in words)
    earlier = [p for p in cited if p[0] < q.start] or [p for p in persons if p[0] < q.start]
    if open_after and earlier and _PRONOUN_QUOTED.search(text, after_end, clause_end):
        return pronouns_person(earlier, persons, is_person)  # "», — приводит её слова X"
    if open_after and verb and pronoun:  # "…,” he said", "…», a-t-il déclaré"
        named = {n for _, n in persons if " " in n}
        resolved = [
            a
            for a in after
            if a.source in named
            and not PRONOUN.fullmatch(a.source)
            and not _TO_HEARER.search(text, after_end, text.find(a.source, a.start))
        ]
        if resolved:  # the citation already stands for a person named before (not a body)
            return longest_form(resolved[0].source, persons)
        if earlier:
            return pronouns_person(earlier, persons, is_person)
    in_clause = [
        p for p in persons if after_end <= p[0] < clause_end and not _reported_in(p, reports, text)
    ]
    hearers = [  # a citation's position is where its words start, the name may come later
        n for at, n in in_clause if spoken_to(text[after_end : max(at, text.find(n, at))])
    ]
    named_after = [
        p
        for p in in_clause
        if not any(p[1] in n for n in hearers)
        and not _DATIVE_BEFORE.search(text, max(after_end, p[0] - 40), p[0])
    ]
    quoting = _QUOTING.search(text, after_end, clause_end) if open_after else None
    if quoting and is_person is not None:  # "», zitierte das BKA den Ermittler X"
        quoted = [n for at, n in named_after if at > quoting.start() and " " in n and is_person(n)]
        if quoted:
            return longest_form(quoted[0], persons)
        object_role = _ROLE_OBJECT.match(text, quoting.end())
        if object_role and _AGENT_NOUN.search(_OBLIQUE.sub("", object_role.group(1))):
            return role_speaker(object_role.group(1), text, q, persons, is_person)
    if after and open_after:
        first = min(after, key=lambda a: a.start)
        appositive = _appositive(text, first, named_after, clause_end)
        if appositive and is_person is not None:  # "dijo la directora del Hospital X, Ana Ruiz"
            return longest_form(appositive, persons)
        role = _role_before_source(text, after_end, clause_end, first, named_after, is_person)
        if role and is_person is not None:  # "», sagt der Präsident des Verbands"
            person = person_of_role_before(text, q.start, persons, is_person, role)
            if person:
                return person
            if _AGENT_NOUN.search(role) and fold(role) not in _SPOKESPEOPLE:
                said_by = role_speaker(role, text, q, persons, is_person)
                if not named_with_other_role(text, said_by, q.start, persons, role):
                    return said_by  # not "Der Bürgermeister X … sagt der Direktor des Werks"
        head = _head_of_body(text, after_end, in_reach, first, role, named_after, is_person)
        if head and is_person is not None:  # "said the chairman of the Farmers' Union"
            said_by = role_speaker(head, text, q, persons, is_person)
            if named_with_other_role(text, said_by, q.start, persons, head):
                return ROLE + head
            return said_by
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
    s, _e = sentence_bounds(text, max(0, q.start - 2))
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
    if earlier and _pronoun_leads(text, intro_start, q.start, persons):
        return pronouns_person(earlier, persons, is_person)  # "She warned that “…”"
    return ""


_DATIVE_WORD = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:ому|ему|ові|еві|у|ю)")
_ACRONYM = re.compile(r"[А-ЯЁІЇЄҐA-Z]{2,6}")


def _dative_hearer(
    text: str, a: Attribution, persons: list[tuple[int, str]], clause_end: int
) -> bool:
    """Is a Cyrillic citation right after a speech verb a hearer in the dative, or an outlet's
    acronym that takes no ending (alone or with the speaker's role run into it), the speaker
    named after it in the sentence ("», — сказала Суспільному лікарка Олена X", "», —
    рассказала ТАСС пресс-секретарь Марина X")?"""
    at = text.find(a.source, a.start)  # a citation starts at its words, "сказала X"
    head, _, rest = a.source.partition(" ")
    return (
        (_DATIVE_WORD.fullmatch(head) is not None or _ACRONYM.fullmatch(head) is not None)
        and (not rest or rest[:1].islower())
        and at >= 0
        and after_speech_verb(text, at)
        and any(at < p < clause_end and " " in name for p, name in persons)
    )


_PRONOUN_QUOTED = re.compile(
    r"(?:(?:приводит|приводят|привело|привела|привёл|привел|передаёт|передает|передало"
    r"|передала|цитирует|цитировало|цитировала|наводить|наводять|навело|навела|передає"
    r"|передало|цитує|цитувало|цитувала)[ \u00a0]+(?:его|её|ее|их|його|її|їхні)"
    r"|(?:quoted|quotes|quoting|cited|cites)[ \u00a0]+(?:him|her|them)"
    r"|(?:zitiert|zitierte|zitieren|zitierten)[ \u00a0]+(?:ihn|sie)"
    r"|(?:le|la|les|l['’])[ \u00a0]*(?:cite|citait|cité|citent)"
    r"|(?:cite|citait|rapporte|rapportait|reprend)[ \u00a0]+ses[ \u00a0]+propos"
    r"|(?:lo|la|los|las)[ \u00a0]+(?:cita|citó|citaba|citan|citaron)"
    r"|(?:recoge|recogió|reproduce|reprodujo)[ \u00a0]+sus[ \u00a0]+palabras)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A verb of quoting with a pronoun for its object after a quote: the outlet passed the
words on, the person the pronoun stands for said them ("», — приводит её слова издание X",
"…,” the paper quoted her as saying", "», la cite Le Monde", "», recoge sus palabras X")."""
_QUOTING = re.compile(
    r"(?<![^\W\d_])(?:zitierte|zitiert|quoted|quoting|citó|cita|citaba|citait|cite"
    r"|цитирует|цитировал|цитировала|цитує|цитував|цитувала)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A verb of quoting after a quote: its object, the person named after it, said the words
("…“, zitierte das BKA den Ermittler X", "…,” the agency quoted investigator X as saying",
"«…», — цитирует издание инженера X"), the subject only passed them on."""
_ROLE_OBJECT = re.compile(
    r"[ \u00a0]+(?:(?:the|den|die|le|la|l['’]|el|al|a)[ \u00a0]+)?([^\W\d_A-ZА-ЯЁІЇЄҐ][^\W\d_]{3,})"
)
"""The lower-case noun a verb of quoting takes as its object ("цитирует священника
издание X", "quoted the priest as saying"): a role standing for a person named before."""
_OBLIQUE = re.compile(r"(?<=[а-яёіїєґ]{4})(?:ом|ем|ою|ею|а|я|у|ю)$")
"""A Russian or Ukrainian case ending on a role noun ("священника", "лікаря")."""
_LEAD_WORDS = 4
"""Words after a sentence-opening pronoun within which its speech verb must come."""


def _pronoun_leads(
    text: str, intro_start: int, quote_start: int, persons: list[tuple[int, str]]
) -> bool:
    """Does the sentence bringing in a quote open with a personal pronoun and a speech verb
    ("She warned that “…”", "Er betonte, „…“", "Она добавила: «…»"), no one named between?
    The pronoun then stands for the person named last before, as after a quote."""
    words = text[intro_start:quote_start].split()
    if len(words) < 2 or not PRONOUN.fullmatch(words[0].strip('"“«„')):
        return False
    if any(intro_start <= at < quote_start for at, _ in persons):
        return False
    return any(speech_verb(w.strip(",:;")) for w in words[1 : 1 + _LEAD_WORDS])


_APPOSITION = re.compile(r",[ \u00a0]*(?:(?:Dr|Dra|Prof)\.?[ \u00a0]+)?")
_APPOSITION_END = re.compile(r"[ \u00a0]*(?:[,.;!?]|$)")


def _appositive(
    text: str, cited: Attribution, named_after: list[tuple[int, str]], clause_end: int
) -> str:
    """The person set off by a comma right after the body a role leads, closing the clause
    ("said the head of the health department, Ana Ruiz."): they speak, whatever else the
    articles say of them."""
    at = text.find(cited.source, cited.start)
    if at < 0:
        return ""
    end = at + len(cited.source)
    body, comma, tail = cited.source.rpartition(",")
    if comma and body and " " in tail.strip() and person_shaped(tail.strip()):
        end = at + len(body)  # the citation ran on into the name: "Hospital X, Ana Ruiz"
    for pos, name in named_after:
        if " " not in name or not person_shaped(name):
            continue
        name_at = text.find(name, pos, clause_end + 1)
        gap = _APPOSITION.match(text, end, name_at) if name_at > end else None
        if gap is None or gap.end() != name_at:
            continue
        if _APPOSITION_END.match(text, name_at + len(name), clause_end + 1):
            return name
    return ""


def _reported_in(person: tuple[int, str], reports: list[Attribution], text: str) -> bool:
    """Is the name part of an outlet that only reports the quote (`only_reports`)?"""
    for a in reports:
        at = text.find(a.source, a.start)
        if a.start <= person[0] < at + len(a.source):
            return True
    return False


def _head_of_body(
    text: str,
    after_end: int,
    in_reach: list[Attribution],
    first: Attribution,
    role: str,
    named_after: list[tuple[int, str]],
    is_person: Callable[[str], bool] | None,
) -> str:
    """The head of the body cited after a quote (read from any citation up to the first one
    kept: "sagte der Vorsitzende des Verbands der Zeitung X" reads as spoken to a paper), or
    the nationality cited, when that stands for the speaker and the clause names no person
    (`quote_heads`); "" otherwise, and when the role already read (`_role_before_source`)
    is an agent noun its own rule weighed."""
    if is_person is None or (role and _AGENT_NOUN.search(role)):
        return ""
    head, body = "", first.source
    for a in sorted(in_reach, key=lambda a: a.start):
        if a.start > first.start:
            break
        named = is_person(a.source) and person_shaped(a.source)
        head = "" if named else governing_head(text, after_end, a, not _lone_surname(a))
        if head:
            body = a.source
            break
    if not head and demonym_cited(text, first):
        head = first.source
    if not head or any(
        " " in n
        and n not in (first.source, body)
        and n not in body
        and person_shaped(n)
        and is_person(n)
        for _, n in named_after
    ):
        return ""  # "заявив прем'єр-міністр Молдови Дорін X": the person named speaks
    return head


_AGENT_NOUN = re.compile(
    r"(?:er|or|ora|eur|euse|rice|ist|ista|iste|ent|ente|ant|ante|in|ien|ienne|ier|ière"
    r"|ano|ana|ese|esa|ais|aise|тель|ник|ница|ист|ор|ець|иня)$"
)
"""Endings of nouns for a person (an agent, an office, a nationality) in six languages:
"Präsident", "intérprete" aside, "ucraniano", "directrice", "руководитель"; not a body
("la juridiction", "el tribunal")."""
_SPOKESPEOPLE = frozenset(
    """spokesman spokeswoman spokesperson sprecher sprecherin portavoz porte-parole
    представитель представительница пресс-секретарь речник речниця представник
    представниця""".split()
)
"""Who speaks for a body and is rarely named: cited before the body ("said the spokesman
for the ministry"), the body speaks, no one named earlier."""


_OF_BODY = re.compile(
    r"[ \u00a0]+(?:des|der|of|for|de|del|du|d['’]|de[ \u00a0]+la|de[ \u00a0]+l['’])"
    r"(?:[ \u00a0]+(?:the|la|le|el|los|las|les))?[ \u00a0]*"
)
"""What joins a role to the body it leads: "der Präsident des Verbands", "the head of the
agency", "el director de la planta"."""
_REPORTED_BY = re.compile(
    r"(?<![^\W\d_])(?:según|selon|laut|according[ \u00a0]+to|citing|cité[ \u00a0]+par"
    r"|по[ \u00a0]+данным|сообщает|повідомляє|recoge|rapporte|zitiert)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A cue that the body after a role only reports the remark: "según recoge El Correo"."""


def _role_before_source(
    text: str,
    after_end: int,
    clause_end: int,
    first: Attribution,
    named_after: list[tuple[int, str]],
    is_person: Callable[[str], bool] | None,
) -> str:
    """The role the clause after a quote gives as the speaker before any body it cites
    ("sagt der Präsident des Verbands", "dijo el ucraniano, según recoge El Correo"), when
    the clause names no person: the body is whom the speaker leads or the outlet that
    reports them, not the speaker."""
    if is_person is None:
        return ""
    role = role_after(text, after_end, clause_end)
    if not role:
        return ""
    at = text.find(role, after_end, clause_end)
    source_at = text.find(first.source, first.start)
    if at < 0 or source_at < at:
        return ""
    between = text[at + len(role) : source_at]
    joined = _OF_BODY.match(text, at + len(role), source_at + len(first.source))
    if not ((joined and "," not in between) or _REPORTED_BY.search(between)):
        return ""  # "dijo la alcaldesa, Montserrat Puig": the name in apposition speaks
    if any(is_person(n) for _, n in named_after if n not in first.source):
        return ""  # "dijo la directora de Protección Civil, Ana X": the person named speaks
    return role
