"""Who each article cites: "according to X", "X reported", "Source: X", "as noted by X",
"citing X", "по данным X", "як повідомляє X", "laut X"… Sources are normalised and grouped
across articles ("The Wall Street Journal (WSJ)", "the WSJ", "Wall Street Journal")."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from kursk_reader.analysis.attribution_acronyms import (
    ACRONYM_BEFORE,
    extend_to_acronym,
    source_before_acronym,
)
from kursk_reader.analysis.attribution_after import ACRONYM_AFTER, first_token_at, source_after
from kursk_reader.analysis.attribution_ampersand import with_ampersand, with_elision
from kursk_reader.analysis.attribution_anaphora import full_name
from kursk_reader.analysis.attribution_antecedent import (
    CLAUSE_VERB_NEXT,
    PRONOUN_AFTER_QUOTE,
    PRONOUN_NEXT,
    THAT_NEXT,
    antecedent,
    pronoun_led,
)
from kursk_reader.analysis.attribution_bylines import byline_sources, in_prose_line, masthead
from kursk_reader.analysis.attribution_cases import (
    GENITIVE_CUES,
    as_written,
    head_of_genitive,
)
from kursk_reader.analysis.attribution_colon import colon_speakers
from kursk_reader.analysis.attribution_coordination import split_acronyms, subject_before_and
from kursk_reader.analysis.attribution_courts import court_name, found_by
from kursk_reader.analysis.attribution_cues import (
    BEFORE_VERBS,
    DOCUMENT_NOUNS,
    cue_positions,
    may_name_after,
    may_name_before,
    segment_tokens,
)
from kursk_reader.analysis.attribution_datelines import dateline_sources
from kursk_reader.analysis.attribution_dative import split_dative
from kursk_reader.analysis.attribution_fields import whole_body_names
from kursk_reader.analysis.attribution_frames import framed_people
from kursk_reader.analysis.attribution_genitive_names import with_genitive_names
from kursk_reader.analysis.attribution_german import (
    PRONOUN_SUBJECT,
    SUBJECT_AFTER,
    in_german_phrase,
    particle_ok,
    said_before,
)
from kursk_reader.analysis.attribution_groups import Found, canonical_names
from kursk_reader.analysis.attribution_introduced import introduced_bodies
from kursk_reader.analysis.attribution_inverted import inverted_speakers
from kursk_reader.analysis.attribution_jointly import joint_bodies
from kursk_reader.analysis.attribution_journals import journal_sources
from kursk_reader.analysis.attribution_kinds import named_kinds
from kursk_reader.analysis.attribution_lay import lay_group
from kursk_reader.analysis.attribution_leads import named_in_apposition, without_leads
from kursk_reader.analysis.attribution_locative import (
    IMPERSONAL_VERBS,
    body_after,
    body_after_audience,
    body_before,
    document_bodies,
)
from kursk_reader.analysis.attribution_mastheads import masthead_sources
from kursk_reader.analysis.attribution_objects import counted_unit, object_complement
from kursk_reader.analysis.attribution_onair import outlets_on_air
from kursk_reader.analysis.attribution_participles import participle_speakers
from kursk_reader.analysis.attribution_particles import with_particles
from kursk_reader.analysis.attribution_phrases import (
    PERSON_AFTER_OUTLET,
    WORDS_OF,
    first_person,
)
from kursk_reader.analysis.attribution_possessive import owning_bodies
from kursk_reader.analysis.attribution_pronoun_lead import pronoun_led_speakers
from kursk_reader.analysis.attribution_pronouns import pronoun_sources
from kursk_reader.analysis.attribution_quoted import (
    name_after_descriptor,
    quoted_name,
    quoted_name_before,
)
from kursk_reader.analysis.attribution_relative import relative_speakers
from kursk_reader.analysis.attribution_spokespeople import speaking_for_bodies
from kursk_reader.analysis.attribution_staff import staff_bodies
from kursk_reader.analysis.attribution_subjects import source_before
from kursk_reader.analysis.attribution_toldoutlet import told_outlet
from kursk_reader.analysis.attribution_trims import (
    without_article,
    without_document,
    without_role,
)
from kursk_reader.analysis.attribution_verbs import (
    ADDING_VERBS,
    CALL_VERBS,
    FINDING_VERBS,
    PROMISE_VERBS,
    appeal_follows,
    object_follows,
    sense_ok,
    words_follow,
)
from kursk_reader.analysis.attribution_wie import wie_clauses
from kursk_reader.analysis.textspans import (
    UPPER,
    Token,
    fold,
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """One place where an article cites a source: `quote` is text[start:end]."""

    article_id: int
    source: str
    quote: str
    start: int
    end: int


def find_attributions(texts: Mapping[int, str], speakers: bool = True) -> list[Attribution]:
    """Every attribution in every article, sources grouped and named alike, in text order;
    with `speakers`, people the quote check names as speakers too (`attribution_speakers`)."""
    found: list[Found] = []
    for article_id in sorted(texts):
        found.extend(_in_text(article_id, texts[article_id]))
    names = canonical_names(found)
    seen: set[tuple[int, str, int]] = set()
    out: list[Attribution] = []
    for f in sorted(found, key=lambda f: (f.article_id, f.start, f.end)):
        source = names[id(f)]
        key = (f.article_id, source, f.source_start)
        if key in seen:
            continue
        seen.add(key)
        text = texts[f.article_id]
        out.append(Attribution(f.article_id, source, text[f.start : f.end], f.start, f.end))
    if not speakers:
        return out
    from kursk_reader.analysis.attribution_speakers import with_speakers  # it reads quotes

    return with_speakers(texts, out)


def _in_text(article_id: int, text: str) -> list[Found]:
    """Attributions in one text. A cheap scan finds the cue words present ("according",
    "said"); only windows around them are matched and only their lines are tokenised."""
    lines: dict[int, list[int]] = {}
    segments: dict[int, tuple[list[Token], list[int]]] = {}
    after_hits, before_hits = cue_positions(text)
    out: list[Found] = dateline_sources(article_id, text) + colon_speakers(article_id, text)
    out += byline_sources(article_id, text) + inverted_speakers(article_id, text)
    out += masthead_sources(article_id, text)  # head and foot credits: "EFE | Oviedo | 19/11"
    out += pronoun_sources(article_id, text)  # "according to her": the person named before
    out += framed_people(article_id, text)  # "Para X, …, el vertido «…»"
    out += participle_speakers(article_id, text)  # "X blamed the weather, saying …"
    out += journal_sources(article_id, text)  # "publicado en la revista Astronomy & Astrophysics"
    if ", " in text:
        out += relative_speakers(article_id, text)  # "X of Y in Z, who …, said"
    out += pronoun_led_speakers(article_id, text)  # "X lost. He told Meduza …": X
    out += joint_bodies(article_id, text)  # "Кіберполіція спільно з Y припинила …"
    for m in after_hits:
        if _TITLE_VERSION.search(m.group(0)) and _TITLE_BEFORE.search(
            text, max(0, m.start() - 60), m.start()
        ):
            continue  # "чемпіон Європи за версією EBU": the body that awards a title
        quoted = quoted_name(text, m.end())
        if quoted is not None:  # "сообщает «Волжская правда»": a name in quotation marks
            s, e = quoted
            out.append(Found(article_id, text[s:e], "", m.start(), e + 1, s))
            told = PERSON_AFTER_OUTLET.match(text, e + 1)
            if told is not None:  # "рассказала «Фонтанке» пассажирка Анна Белова"
                s, e = told.span("name")
                out.append(Found(article_id, text[s:e], "", m.start(), e, s))
            continue
        if (
            not may_name_after(text, m.end())
            and not PRONOUN_NEXT.match(text, m.end())
            and "-t-" not in m.group(0)
        ):
            continue  # "a-t-il répété devant la presse": the pronoun is in the cue
        told_pair = told_outlet(article_id, text, m.start(), m.end())
        if told_pair:  # "сказала Суспільному заступниця … Олена Ткачук": outlet and speaker
            out += told_pair
            continue
        wire = _WIRE_NEXT.match(text, m.end())
        if wire is not None:  # "рассказал ТАСС руководитель …": the outlet told, then the speaker
            s, e = wire.span("wire")
            out.append(Found(article_id, text[s:e], "", m.start(), e, s))
        toks, starts = segment_tokens(text, m.end(), lines, segments)
        idx = first_token_at(starts, m.end())
        got = None
        if pronoun_led(text, toks, idx, m.group(0)):
            got = antecedent(text, toks, first_token_at(starts, m.start()))
            if got is not None:
                s, e, _acr = got
                out.append(Found(article_id, text[s:e], "", m.start(), m.end(), s))
            to = _TO_WORD.match(text, m.end())
            if to is None:
                continue
            idx = first_token_at(starts, to.end())  # "…», a-t-il déclaré à l'AFP"
        if _COUNT_NEXT.match(text, m.end()):
            continue  # "ha confirmado 27 casos de …": a count is what was said, no source
        if _QUOTE_NEXT.match(text, m.end()):
            continue  # "X заявив: «Ми попереджали міністерство…»": the quote is not a source
        if _BARE_VERB.fullmatch(m.group(0)) and _REPORTED_NEXT.match(text, m.end()):
            continue  # "informó de que los ladrones …", "sagte, einer der Fahrer …": what was said
        if THAT_NEXT.match(text, m.end()):
            continue  # "Marie Lenoir a déclaré que Paul Masson …": Paul Masson is what was said
        if m.group(0).split()[-1].lower() in IMPERSONAL_VERBS and body_after(text, toks, idx):
            continue  # "сообщили в управлении МЧС": read with the impersonal verbs below
        got = source_after(text, toks, idx) if not object_complement(text, m) else None
        if (
            got is not None
            and m.group(0).split()[-1].lower() in BEFORE_VERBS
            and CLAUSE_VERB_NEXT.match(text, got[1])
        ):
            got = None  # "who led the inquiry, said Al-Rashidy had preyed on …": what was said
        if got is not None and m.group(0).lower() == "told" and not _TOLD_END.match(text, got[1]):
            got = None  # "told Reuters." yes; "What X told Russia — a warning" (a headline) no
        if (
            got is not None
            and m.group(0).lower() == "told"
            and _PLACE_BEFORE.search(text, m.end(), got[0])
        ):
            got = None  # "told reporters in Lisbon": the audience's place, not a source
        if (
            got is not None
            and m.group(0).lower() == "told"
            and fold(text[got[0] : got[1]]) in fold(masthead(text, m.start()))
        ):
            got = None  # "Tillman told KTVN" in KTVN's own article: the publisher, not a source
        if got is not None and m.group(0).lower() == "told" and text[got[0] : got[1]].islower():
            got = None  # "told the agency:": the outlet already named, referred back to
        if got is not None and set(fold(text[got[0] : got[1]]).split()) <= _AUDIENCES:
            got = None  # "told journalists", "sagte Reportern": an audience, not a source
        if got is not None and _AUDIENCE_NEXT.match(text, m.end()):
            got = None  # "told reporters after talks with X": who was told, then a clause
        if got is not None:
            s, e, acronym = got
            surface = text[s:e]
            if GENITIVE_CUES.search(m.group(0)):
                surface = as_written(text, surface)  # "Анна Белова" when the text has it
            elif surface.count(" ") >= 2:
                s = without_role(text, s, e)  # "sagte Polizeisprecher Jürgen Weber"
                surface = text[s:e]
            out.append(Found(article_id, surface, acronym, m.start(), _with_acronym(text, e), s))
            outlet = _QUOTED_AFTER.match(text, e)
            if outlet is not None:  # "цитирует Тихонравова «Спорт-Экспресс»": who, then where
                s2, e2 = outlet.span("name")
                out.append(Found(article_id, text[s2:e2], "", m.start(), e2 + 1, s2))
            other = _coordinated(text, toks, starts, _with_acronym(text, e))
            if other is not None:  # "según la Cruz Roja y la Protección Civil"
                s, e, acronym = other
                out.append(Found(article_id, text[s:e], acronym, m.start(), e, s))
            if WORDS_OF.search(m.group(0)):  # "приводит слова капитана X радио LRT"
                quoted_person = first_person(text, toks, idx, got[0])
                if quoted_person is not None:
                    s, e = quoted_person
                    out.append(Found(article_id, text[s:e], "", m.start(), e, s))
    out += outlets_on_air(article_id, text, after_hits, before_hits)  # "a estimé sur France Info"
    for cue_start, s, e in document_bodies(text):  # "говорится в сообщении X"
        out.append(Found(article_id, text[s:e], "", cue_start, e, s))
    for pos in before_hits:
        word = _WORD_AT.match(text, pos)
        if word is not None and word.group(0).lower() in IMPERSONAL_VERBS:
            toks, starts = segment_tokens(text, pos, lines, segments)
            idx = first_token_at(starts, pos)
            body = (
                body_after(text, toks, idx + 1)
                or body_before(text, toks, idx)
                or body_after_audience(text, toks, idx + 1)
            )
            if body is not None:  # "сообщили в областном управлении ветеринарии"
                s, e = body
                out.append(Found(article_id, text[s:e], "", min(s, pos), max(e, word.end()), s))
                told = _QUOTED_TOLD.search(text, max(0, pos - 48), pos)
                if told is not None:  # "Об этом «Коммерсанту» рассказали в ассоциации"
                    s, e = told.span("name")
                    out.append(Found(article_id, text[s:e], "", s, pos, s))
                continue
        if PRONOUN_AFTER_QUOTE.search(text, max(0, pos - 12), pos):
            toks, starts = segment_tokens(text, pos, lines, segments)
            idx = first_token_at(starts, pos)
            got = antecedent(text, toks, max(0, idx - 1)) if idx > 0 else None
            if got is not None:  # "“…,” she said": the person named before the quote
                s, e, _acr = got
                verb_end = toks[idx].end if idx < len(toks) else pos
                out.append(Found(article_id, text[s:e], "", toks[idx - 1].start, verb_end, s))
            continue
        quoted = quoted_name_before(text, pos)
        if quoted is not None:  # "Компания «Север-Трейд» заявила": a name in quotation marks
            word = _WORD_AT.match(text, pos)
            s, e = quoted
            out.append(Found(article_id, text[s:e], "", s, word.end() if word else pos, s))
            continue
        bracketed = (
            ACRONYM_BEFORE.search(text, max(0, pos - 16), pos)
            if ")" in text[max(0, pos - 3) : pos]
            else None
        )
        if bracketed is None and not may_name_before(text, pos):
            continue
        if not in_prose_line(text, pos):
            continue  # tested below on the verb's token, which must start at pos
        toks, starts = segment_tokens(text, pos, lines, segments)
        idx = first_token_at(starts, pos)
        if idx >= len(toks) or toks[idx].start != pos:
            continue
        tok = toks[idx]
        if (
            tok.text.lower() in BEFORE_VERBS
            and idx > 0
            and in_prose_line(text, tok.start)
            and particle_ok(text, tok)
            and (tok.text.lower() not in PROMISE_VERBS or words_follow(text, tok.end))
            and (tok.text.lower() not in CALL_VERBS or appeal_follows(text, tok.end, tok.text))
            and (tok.text.lower() not in FINDING_VERBS or found_by(toks, idx))
            and (tok.text.lower() not in ADDING_VERBS or not object_follows(text, tok.end))
            and sense_ok(tok.text, text, tok.end)
        ):
            if (
                SUBJECT_AFTER.match(text, tok.end) and tok.text.lower() not in CALL_VERBS
            ) or said_before(text, tok):  # "nannte das Urteil „…“": the object, not the subject
                got = source_after(text, toks, idx + 1)
                if got is not None:
                    s, e, acronym = got
                    out.append(Found(article_id, text[s:e], acronym, tok.start, e, s))
                continue
            got = source_before(text, toks, idx) if bracketed is None else None
            if bracketed is not None:  # "Der Fußballverband (NOFV) kündigte an, …"
                got = source_before_acronym(text, toks, idx, bracketed)
            if got is not None:
                s, e, acronym = got
                s = without_document(text, without_role(text, without_article(text, s, e), e), e)
                first = first_token_at(starts, s)
                if (
                    first > 0 and not toks[first - 1].capitalised and in_german_phrase(toks, first)
                ) or (PRONOUN_SUBJECT.match(text, tok.end)):
                    continue  # "Nach der Unterbrechung erklärte er", "beim Hausarzt melden"
                if first < idx and toks[first].end >= e - 1:  # "Союз садоводов Приморья"
                    s = toks[head_of_genitive(text, toks, first)].start
                for s2, e2 in split_acronyms(text, s, e) if " " in text[s:e] else ((s, e),):
                    out.append(Found(article_id, text[s2:e2], acronym, s2, tok.end, s2))
                other = subject_before_and(text, toks, first) if first >= 2 else None
                if other is not None:  # "CCOO y UGT han exigido"
                    s, e, acronym = other
                    out.append(Found(article_id, text[s:e], acronym, s, tok.end, s))
    split = (split_dative(article_id, text, f) for f in out[:] if " de" in f.surface)
    out += [g for g in split if g is not None]  # "sagte Wehrle der Deutschen Presse-Agentur"
    for f in out:
        named = name_after_descriptor(text, f.source_start, f.surface)
        if named is not None:  # "сообщает агентство «Новости-Юг»": the name, not the kind
            f.surface, f.source_start = text[named[0] : named[1]], named[0]
            f.end = max(f.end, named[1] + 1)
            continue
        extended = extend_to_acronym(text, f.source_start, f.surface)
        if extended is not None:  # "le Département des recherches … (Drassm)"
            f.surface, f.acronym = extended[0], extended[1]
            f.end = max(f.end, extended[2])
            continue
        if court_name(text, f):  # "The Strasbourg court found", "Die Richter": the court named
            continue
        named_before = full_name(text, f.surface, f.source_start)
        if named_before is not None:  # "За даними комітету": the committee named earlier
            f.surface = named_before
            continue
        honorific = _HONORIFIC.match(f.surface)
        if honorific is not None:  # "a déclaré Mme Schœnberger": the person, by name
            f.source_start += honorific.end()
            f.surface = f.surface[honorific.end() :]
            continue
        whole = with_particles(text, f.source_start, f.surface)
        if whole is not None:  # "Henk van der Sluis said", "dijo Ana de la Fuente"
            f.source_start, f.surface = whole
            f.start = min(f.start, whole[0])
    for f in introduced_bodies(article_id, text) + wie_clauses(article_id, text):
        # "Der Verband (BVO) erwartet …", ", wie die Polizei am Montag mitteilte"
        covered = [g for g in out if f.start <= g.source_start < f.end]
        for g in covered:
            if f.acronym and g.surface == f.acronym:  # "(CRP), dont …, prévoit": the full name
                g.surface, g.acronym, g.source_start = f.surface, f.acronym, f.source_start
        if not covered:
            named_before = full_name(text, f.surface, f.source_start)
            if named_before is not None:  # ", wie das Unternehmen mitteilte": the firm named
                f.surface = named_before
            out.append(f)
    out += [  # "Researchers from the X Institute collected": X, unless read with its people
        f
        for f in staff_bodies(article_id, text)
        if not any(g.source_start <= f.source_start < g.source_start + len(g.surface) for g in out)
    ]
    out = without_leads(out)  # "según ha informado la compañía", "por esta agencia"
    named_in_apposition(text, out)  # "the food regulator, the State Service for Food, said"
    speaking_for_bodies(text, out)  # "Das Amt hatte …, wie eine Sprecherin bestätigte"
    whole_body_names(text, out)  # "Bundesministerium für Arbeit und Soziales", not "Soziales"
    named_kinds(out)  # "сообщили в профсоюзе": the union the article names
    owning_bodies(text, out)  # "the institute's press service", "citing its regional office"
    if "&" in text:
        with_ampersand(text, out)  # "Lehnert & Voss": the whole name, not one half
    with_elision(text, out)  # "selon L'Équipe": the name, not the article alone
    with_genitive_names(text, out)  # "По данным Института зоологии НАН Украины"
    return [
        f
        for f in out
        if (len(f.surface) > 5 or not counted_unit(text, f.source_start, f.surface))
        and f.surface.lower() not in DOCUMENT_NOUNS  # "laut Urteil": what was issued, no one
        and not lay_group(f.surface)  # "Residents say", "Синоптики прогнозируют"
    ]


_TO_WORD = re.compile(r"[ \u00a0]+(?:à|au|aux)[ \u00a0]+")
_HONORIFIC = re.compile(
    r"(?:Mme|Mlle|M\.|Me|Mr|Mrs|Ms|Dr|Dra|Sr|Sra|Srta|Herr|Frau|Hr|Fr|пан|пані|г-н|г-жа)\.?"
    rf"[ \u00a0]+(?=[{UPPER}][^\W\d_]+$)"
)
"""A form of address before a surname ("Mme Schœnberger", "Herr Weber", "пані Коваль"):
the person is cited by the name, which groups with the full name the text gives."""


_QUOTED_TOLD = re.compile(rf"«(?P<name>[{UPPER}][^«»\n]{{1,40}})»[ \u00a0]*$")
"""An outlet in quotation marks right before a verb with no subject ("«Коммерсанту»
рассказали в …"): the outlet the body told, cited with it."""
_QUOTED_AFTER = re.compile(rf"[ \u00a0]+«(?P<name>[{UPPER}][^«»\n]{{1,40}})»")
"""An outlet in quotation marks right after the person a cue names ("цитирует X «Y»")."""
_WIRE_NEXT = re.compile(rf"[ \u00a0]+(?P<wire>[{UPPER}]{{2,8}})(?=[ \u00a0]+[^\W\d_{UPPER}])")
"""A capitals-only outlet right after a speech verb, before a lower-case word ("рассказал
ТАСС руководитель", "told AFP on Monday"): the outlet told, whoever speaks after it."""
_TITLE_VERSION = re.compile(r"(?i:по\s+версии|за\s+версією)$")
_TITLE_BEFORE = re.compile(r"(?i:чемпион|чемпіон|титул|пояс|рейтинг)[^.!?\n]{0,50}$")
"""A sports title "by the version of" a body ("чемпион мира по версии WBA"): no citation."""
_COUNT_NEXT = re.compile(r"[ \u00a0]+\d[\d.,]*[ \u00a0]")
_PLACE_BEFORE = re.compile(r"(?<!\w)(?:in|at)[ \u00a0]+$")
_QUOTE_NEXT = re.compile(r"[ \u00a0]*(?::[ \u00a0]*)?[“”„«\"]")
_AUDIENCES = frozenset(
    """journalists reporters press media newsmen correspondents журналистам журналістам
    репортерам journalisten reportern presse journalistes periodistas prensa the die la les
    los""".split()
)
"""Whom a speaker tells, never who is cited: "the governor told journalists"."""
_AUDIENCE_NEXT = re.compile(
    r"[ \u00a0]+(?:(?:the|die|la|les|los|a|à|aux|den)[ \u00a0]+)?(?:journalists|reporters"
    r"|newsmen|correspondents|журналистам|журналістам|репортерам|journalisten|reportern"
    r"|journalistes|periodistas|supporters|residents|lawmakers|parliament|deputies)(?!\w)",
    re.IGNORECASE,
)
"""An audience right after the verb ("told reporters after talks with X", "told supporters
at the town hall"): whoever is named later in the clause was not told."""
_TOLD_END = re.compile(r"\s*(?:\([^)]{1,12}\))?\s*(?:[.,;:]|that\b|in an interview\b|[a-z])")
_WORD_AT = re.compile(r"\w+")
_BARE_VERB = re.compile(r"(?:(?:как|як)\s+)?[^\W\d_]+", re.IGNORECASE)
_REPORTED_NEXT = re.compile(
    r"[ \u00a0]*(?:[,:]|(?:de[ \u00a0]+)?que\b|that\b|dass\b|что\b|що\b|qu['’])", re.IGNORECASE
)
"""After a speech verb, a comma, colon or "that" opens what was said, not who said it."""


_AND = re.compile(r"[ \u00a0]+(?:and|y|e|et|und|и|і|та)[ \u00a0]+(?=\w)")


def _coordinated(
    text: str, toks: list[Token], starts: list[int], end: int
) -> tuple[int, int, str] | None:
    """A second source joined to the one ending at end by "and" ("according to the
    ministry and the Highways Agency", "teilten das Ministerium und die Autobahn GmbH mit",
    "сообщили МЧС и полиция"): read the same way as the first."""
    m = _AND.match(text, end)
    if m is None:
        return None
    idx = first_token_at(starts, m.end())
    if idx >= len(toks) or toks[idx].start != m.end():
        return None
    got = source_after(text, toks, idx)
    if got is None or not _PHRASE_END.match(text, _with_acronym(text, got[1])):
        return None
    if any(w in _AUXILIARIES for w in text[got[0] : got[1]].lower().split()):
        return None  # "according to police and residents were evacuated": a new clause
    return got


_AUXILIARIES = frozenset(
    "is are was were has have had will would ist sind war waren wurde wurden hat haben est"
    " sont était étaient ont es son fue fueron ha han был была были було був була".split()
)


_PHRASE_END = re.compile(r"[ \u00a0]*(?:[.,;:!?)\n]|$|mit\b)")


def _with_acronym(text: str, end: int) -> int:
    m = ACRONYM_AFTER.match(text, end)
    return m.end() if m else end
