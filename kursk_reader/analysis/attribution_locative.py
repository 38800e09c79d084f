"""Russian and Ukrainian impersonal attributions: a plural speech verb without a subject and
the body that spoke in the locative ("сообщили в областном управлении ветеринарии", "В
городской больнице сообщили", "повідомили в обласному управлінні поліції"). The construction
itself says the phrase is who spoke, so the phrase needs no source noun; it must read as a
locative noun phrase (adjectives, then a noun in -е/-и/-і/-ах/-ях, then genitives or a name)."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_cues import CLAUSE_END
from kursk_reader.analysis.textspans import Token, gap_is_space, is_sentence_start, tokens

IMPERSONAL_VERBS = frozenset(
    """сообщили заявили рассказали пояснили уточнили сказали отметили подтвердили
    повідомили заявили розповіли пояснили уточнили сказали зазначили підтвердили
    призвали закликали предупредили попередили добавили додали сообщают повідомляють
    заявляют заявляють напомнили нагадали подчеркнули наголосили отмечают зазначають
    уточняют уточнюють признали визнали
    приветствовали привітали раскритиковали розкритикували отреагировали
    відреагували прокомментировали прокоментували
    говорят кажуть говорять утверждают стверджують подтверждают підтверджують предупреждают
    попереджають поясняют пояснюють наголошують подчеркивают подчёркивают запевняють уверяют
    відзначають нагадують напоминают визнають признают закликають призывают додають
    добавляют коментують комментируют""".split()
)
"""Plural speech and reaction verbs of Russian and Ukrainian, past and present
("приветствовали в X", "кажуть у прокуратурі"), used without a subject for a body."""
_IN = frozenset("в во у".split())
_ADJECTIVE = re.compile(r"(?:ом|ем|ой|ей|ых|их|ому|ему|ім|ій|их|іх|ому)$")
_LOCATIVE_NOUN = re.compile(r"(?:е|и|і|ї|ах|ях|у|ю)$")
_GENITIVE = re.compile(r"(?:а|я|ы|и|і|ов|ев|ей|ій|ого|ої|ей|ии|ії)$")
_NOT_BODIES = frozenset(
    """понедельник вторник среду четверг пятницу субботу воскресенье понеділок вівторок середу
    четвер п'ятницю суботу неділю интервью інтерв'ю""".split()
)
"""Days of the week and "interview" follow "в" as times and occasions, never as bodies."""
_MAX_WORDS = 5


def body_after(text: str, toks: list[Token], idx: int) -> tuple[int, int] | None:
    """ "…, сообщили в областном управлении ветеринарии": toks[idx] is the word after the
    verb; the span of the body named after "в"/"у", or None."""
    if idx >= len(toks) or toks[idx].text.lower() not in _IN:
        return None
    return _phrase(text, toks, idx + 1, len(toks))


def body_after_audience(text: str, toks: list[Token], idx: int) -> tuple[int, int] | None:
    """ "сообщили ТАСС в Северо-Восточном федеральном университете": the outlet told (one or
    two capitalised words, in the dative) stands between the verb and the body."""
    for k in (idx + 1, idx + 2):
        if k >= len(toks) or not all(t.capitalised for t in toks[idx:k]):
            return None
        if not all(gap_is_space(text, toks[n].end, toks[n + 1].start) for n in range(idx, k)):
            return None
        body = body_after(text, toks, k)
        if body is not None:
            return body
    return None


def body_before(text: str, toks: list[Token], verb: int) -> tuple[int, int] | None:
    """ "В городской детской больнице сообщили, что …": a sentence (or clause) opening with
    "в"/"у" and a locative phrase right before the plural verb."""
    for k in range(verb - 1, max(-1, verb - _MAX_WORDS - 2), -1):
        if toks[k].text.lower() in _IN:
            if k + 1 >= verb:
                return None
            opens = is_sentence_start(text, toks[k].start) or text[
                : toks[k].start
            ].rstrip().endswith(",")
            span = _phrase(text, toks, k + 1, verb) if opens else None
            if span is None or span[1] != toks[verb - 1].end:
                return None
            return span
    return None


def _phrase(text: str, toks: list[Token], i: int, stop: int) -> tuple[int, int] | None:
    """Adjectives, a locative noun, then genitive words or a capitalised name: the span."""
    k = i
    while k < stop and k - i < _MAX_WORDS and _ADJECTIVE.search(toks[k].text.lower()):
        if k > i and not gap_is_space(text, toks[k - 1].end, toks[k].start):
            return None
        k += 1
    if k >= stop or toks[k].text.lower() in _NOT_BODIES:
        return None
    head = toks[k]
    if not (head.capitalised or _LOCATIVE_NOUN.search(head.text.lower())):
        return None
    if k > i and not gap_is_space(text, toks[k - 1].end, head.start):
        return None
    end = k + 1
    while (
        end < stop
        and end - i < _MAX_WORDS
        and gap_is_space(text, toks[end - 1].end, toks[end].start)
        and (toks[end].capitalised or _GENITIVE.search(toks[end].text.lower()))
        and not toks[end].text.isdigit()
    ):
        end += 1
    if (
        end + 1 < stop
        and toks[end].text == "по"
        and toks[end + 1].capitalised
        and gap_is_space(text, toks[end - 1].end, toks[end].start)
    ):  # "в ГУ МЧС по Кабардино-Балкарии", "в УМВД по Томской области": a regional branch
        end += 2
        if end < stop and not toks[end].capitalised and _GENITIVE.search(toks[end].text.lower()):
            end += 1
    return toks[i].start, toks[end - 1].end


_DOCUMENT_VERBS = (
    "говорится сообщается указывается отмечается йдеться ідеться йшлося говориться"
    " повідомляється зазначається"
).split()
_DOCUMENT_CUE = re.compile(
    r"(?<!\w)(?:" + "|".join(_DOCUMENT_VERBS) + r")[ \u00a0]+(?:в|во|у)[ \u00a0]+(?:сообщении"
    r"|заявлении|пресс-релизе|релизе|публикации|повідомленні|заяві|прес-релізі|пресрелізі"
    r"|дописі)[ \u00a0]+",
    re.IGNORECASE,
)
"""Russian and Ukrainian "(it) is said in the statement of X" ("Об этом говорится в
сообщении пресс-службы МЧС", "Про це йдеться в повідомленні обласної адміністрації"): the
genitive phrase after the document noun is who spoke."""
_GENITIVE_WORD = re.compile(r"(?:ого|его|ой|ей|ых|их|ої|ій|а|я|ы|и|і|ов|ев|ії|ии)$")
_DOCUMENT_WORDS = 6
_ODD_CYRILLIC = re.compile("[\u1c80-\u1c88]")
"""Old Cyrillic letter forms a case-blind regex equates with в, д, о, с, т, ъ but str.lower()
leaves apart: with one present, the lower-case pre-test would not be exact."""


def document_bodies(text: str) -> list[tuple[int, int, int]]:
    """(cue start, body start, body end) of sources named in the genitive after "говорится
    в сообщении" / "йдеться в повідомленні": capitalised or genitive words up to the clause
    end."""
    out: list[tuple[int, int, int]] = []
    if "ся" not in text:
        return out
    if not _ODD_CYRILLIC.search(text):
        low = text.lower()
        if not any(verb in low for verb in _DOCUMENT_VERBS):
            return out  # a substring test is far cheaper than the case-blind regex scan
    for m in _DOCUMENT_CUE.finditer(text):
        stop = CLAUSE_END.search(text, m.end())
        words = tokens(text, m.end(), stop.start() if stop else len(text))[:_DOCUMENT_WORDS]
        k = 0
        while k < len(words) and (
            words[k].capitalised or _GENITIVE_WORD.search(words[k].text.lower())
        ):
            k += 1
        if k == 0 or k < len(words):
            continue  # the clause goes on past the body: not a plain "… of X."
        s, e = words[0].start, words[k - 1].end
        out.append((m.start(), s, e))
    return out
