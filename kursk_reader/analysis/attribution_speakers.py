"""People the quote check names as a quote's speaker are sources of that article even when no
speech verb cites them: "Anna Weber has run the shelter for ten years. «We were lucky»"
or "“We were lucky,” Weber, who runs the shelter, said" leave the quote to a person the
citation patterns do not reach. The speaker counts when the name stands in the article
(the form as written there), reads as a person's (`_person_like`) and no source of that
article already names them."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_affiliation import affiliations
from kursk_reader.analysis.attribution_antecedent import SUBJECT_PRONOUN_RE, person_before
from kursk_reader.analysis.attribution_cues import SOURCE_NOUNS
from kursk_reader.analysis.attribution_described import described_speaker
from kursk_reader.analysis.attribution_told import told_at
from kursk_reader.analysis.attribution_trims import without_role
from kursk_reader.analysis.attributions import Attribution
from kursk_reader.analysis.name_sounds import transliterations
from kursk_reader.analysis.quote_growth import same_person
from kursk_reader.analysis.quote_roles import ROLE
from kursk_reader.analysis.quote_speech import PRONOUN
from kursk_reader.analysis.quotes import Quote, Spoken, quote_speakers
from kursk_reader.analysis.textspans import fold, is_sentence_start, name_runs, sentences, tokens


def with_speakers(
    texts: Mapping[int, str], cited: list[Attribution], said: Spoken | None = None
) -> list[Attribution]:
    """The attributions the citation patterns found and the speakers' (`speaker_sources`),
    in text order. A role word cited right after a quote the quote check gives to a named
    person ("«…», sagte die Staatsrätin") stands for that person and is no source itself,
    nor is a pronoun or a citation inside a quote. `said`: `quotes.spoken_for(texts, cited)`,
    when already worked out."""
    quotes, is_person = quote_speakers(texts, cited, said)
    quotes_of: dict[int, list[Quote]] = {}
    for q in quotes:
        quotes_of.setdefault(q.article_id, []).append(q)
    kept = [
        a
        for a in cited
        if not _stands_in(texts[a.article_id], a, quotes_of.get(a.article_id, []))
        and not _quoted(a, quotes_of.get(a.article_id, []))
        and a.source.lower() not in _PRONOUNS
        and not _genitive_of_description(
            texts[a.article_id], a, quotes_of.get(a.article_id, []), is_person
        )
    ]
    out = kept + speaker_sources(texts, kept, quotes, is_person) + _outlets_told(texts, kept)
    for aid, body, s, e in affiliations(texts, [(a.article_id, a.source) for a in out]):
        out.append(Attribution(aid, body, texts[aid][s:e], s, e))  # "X of the Y Institute"
    return sorted(out, key=lambda a: (a.article_id, a.start, a.end))


def _outlets_told(texts: Mapping[int, str], cited: list[Attribution]) -> list[Attribution]:
    """The outlet a cited speaker told, written right after the speaker's name ("рассказал X
    корреспонденту РИА Новости", "sagte X dem Bayerischen Rundfunk"): `told_at`."""
    out: list[Attribution] = []
    for a in cited:
        if not a.source[:1].isupper():
            continue
        text = texts[a.article_id]
        got = told_at(text, a.end) if a.end < len(text) else None
        if got is not None:
            s, e = got
            out.append(Attribution(a.article_id, text[s:e], text[s:e], s, e))
    return out


def _genitive_of_description(
    text: str, a: Attribution, quotes: list[Quote], is_person: Callable[[str], bool]
) -> bool:
    """Is the citation a genitive read out of a description closing a quote ("„…“, sagt der
    Präsident des Verbands" read as "des Verbands") whose person `described_speaker` finds?"""
    if not _GENITIVE_LEAD.match(a.source):
        return False
    return any(
        _AFTER_QUOTE.fullmatch(text, q.end, a.start)
        and described_speaker(text, q.start, q.end, is_person) is not None
        for q in quotes
    )


_GENITIVE_LEAD = re.compile(r"(?:des|der|del|du|of the|de la|de los)[ \u00a0]")


_PRONOUNS = frozenset(
    """he she him her they them er sie ihm ihr ihnen il elle lui eux elles él ella ellos
    ellas он она они ему ей им він вона вони йому їй їм""".split()
)
"""A pronoun a cue took for a name ("Ihr zufolge …"): `pronoun_sources` gives the person."""


def _quoted(a: Attribution, quotes: list[Quote]) -> bool:
    """Does the whole citation lie inside a quote of its article («Die Freiburger haben
    entschieden, …», sagte sie): the speaker's own words, not the article citing anyone."""
    return any(q.start <= a.start and a.end <= q.end for q in quotes)


def _stands_in(text: str, a: Attribution, quotes: list[Quote]) -> bool:
    """Is a one-word source after a definite article ("sagte die Siegerin", "sagt der
    54-jährige Niederländer") the role of the person named as the speaker of one of its
    article's quotes?"""
    if " " in a.source or not a.source[:1].isupper() or a.source.isupper():
        return False
    at = text.find(a.source, a.start, a.end)
    if at < 0 or not _DEFINITE_BEFORE.search(text, max(0, at - 40), at):
        return False
    return any(
        q.speaker
        and not q.speaker.startswith(ROLE)
        and fold(a.source) not in fold(q.speaker)
        and _AFTER_QUOTE.fullmatch(text, q.end, a.start)
        for q in quotes
    )


_DEFINITE_BEFORE = re.compile(
    r"(?<![\w-])(?:der|die|das|the|le|la|el|il)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}$",
    re.IGNORECASE,
)
_AFTER_QUOTE = re.compile(r"[\s»”“„\"'’,.!?—–-]*")
_TOLD_TO = re.compile(
    r"(?<!\w)(?:au|aux|à|à la|à l['’]|to|al|a|dem|der|den)[ \u00a0]*$", re.IGNORECASE
)
"""The outlet a citation names after "au", "to", "al", "dem" is the one told ("…», raconte-t-il
au Figaro"): the speaker is still the person the quote check names."""


def speaker_sources(
    texts: Mapping[int, str],
    attributions: list[Attribution],
    quotes: list[Quote],
    is_person: Callable[[str], bool],
) -> list[Attribution]:
    """Attributions for named quote speakers (`quotes`, `quote_speakers`) no attribution of
    their article names yet, each at the mention of the name nearest before its first quote
    (or after it). A name that does not read as a person's on its own counts when another
    article's speaker or source who does is the same person (`same_person`, in any
    script)."""
    cited: dict[int, list[str]] = {}
    of_article: dict[int, list[Attribution]] = {}
    for a in attributions:
        cited.setdefault(a.article_id, []).append(fold(a.source))
        of_article.setdefault(a.article_id, []).append(a)
    out: list[Attribution] = []
    doubtful: list[Attribution] = []
    for q in quotes:
        text = texts[q.article_id]
        after_role = _named_after_role(text, q.end)  # before a role the quote check named
        described = None if after_role else described_speaker(text, q.start, q.end, is_person)
        if described is not None:  # "«…», dijo el ucraniano": the one named so before
            after_role = text[described[0] : described[1]]
        name = after_role or q.speaker or _subject(text, q.start, is_person)
        if not name or name.startswith(ROLE) or name not in text:
            continue
        if described is None and any(
            _AFTER_QUOTE.fullmatch(text, q.end, a.start)
            and not _overlap(a.source, name)
            and not _TOLD_TO.search(a.quote, 0, max(0, a.quote.rfind(a.source)))
            for a in of_article.get(q.article_id, [])
        ):
            continue  # "“…”, police said": the quote is the cited source's, not the speaker's
        at = _mention(text, name, q.start)
        if at < q.start and _passive_between(text, at + len(name), q.start):
            continue  # "X was arrested after officers found “…”": X did not say it
        if _COLON_BEFORE.fullmatch(text, at + len(name), q.start):
            continue  # "Police arrested Ivan Petrov: «…»": `colon_speakers` weighed it
        s = without_role(text, at, at + len(name))
        name = text[s : at + len(name)]
        key = fold(name)
        known = cited.setdefault(q.article_id, [])
        if any(key in c or c in key for c in known):
            continue
        if _pronoun_owner_differs(text, q.end, name, known):
            continue  # "Ana Ruiz told reporters that Tom Vos left. “…,” she said": Ana Ruiz
        found = Attribution(q.article_id, name, name, s, s + len(name))
        if not (_named_by_role(name, after_role) or _person_like(text, s, name, is_person)):
            doubtful.append(found)
            continue
        known.append(key)
        out.append(found)
    if not doubtful:
        return out
    by_given: dict[str, list[Attribution]] = {}  # candidates by `_given_keys`
    kept_in: dict[int, list[Attribution]] = {}
    for a in out + attributions:
        for k in _given_keys(a.source):
            by_given.setdefault(k, []).append(a)
    for a in out:
        kept_in.setdefault(a.article_id, []).append(a)
    for d in doubtful:  # "el ucraniano Taras Gnatiuk" where another article's "Тарас Гнатюк" passed
        if any(
            a.article_id != d.article_id and _one_person(d.source, a.source)
            for k in _given_keys(d.source)
            for a in by_given.get(k, [])
        ):
            if not any(same_person(d.source, a.source) for a in kept_in.get(d.article_id, [])):
                out.append(d)
                kept_in.setdefault(d.article_id, []).append(d)
                for k in _given_keys(d.source):
                    by_given.setdefault(k, []).append(d)
    return out


_PRONOUN_CUE = re.compile(
    rf"[\s»”“\"'’,]*[—–-]?[ \u00a0]*(?:(?P<p>{SUBJECT_PRONOUN_RE})"
    r"[ \u00a0]+\w|(?P<v>\w+-(?:t-)?(?:il|elle))(?!\w))",
    re.IGNORECASE,
)


def _pronoun_owner_differs(text: str, quote_end: int, name: str, cited: list[str]) -> bool:
    """Does a pronoun closing the quote ("“…,” she said", "…», a-t-elle ajouté") stand for a
    source the article already cites (folded, `cited`) other than the speaker the quote
    check named: the subject of a speech verb opening the sentence that names that speaker
    (`person_before`: "Ana Ruiz told reporters that Tom Vos had left")?"""
    m = _PRONOUN_CUE.match(text, quote_end)
    if m is None:
        return False
    at = m.start("p") if m.group("p") else m.start("v")
    toks = tokens(text, at, m.end())
    if not toks:
        return False
    got, reported = person_before(text, toks, 0)
    if got is None or not reported or _overlap(text[got[0] : got[1]], name):
        return False
    owner = fold(text[got[0] : got[1]])
    return any(owner in c or c in owner for c in cited)


def _given_keys(name: str) -> frozenset[str]:
    """The first three letters of a name's given name in each transliteration, for a name
    of two parts or more: `_one_person` needs two names to share one."""
    if " " not in name:
        return frozenset()
    return frozenset(fold(t)[:3] for t in transliterations(name.split()[0]))


def _one_person(a: str, b: str) -> bool:
    """`same_person`, the given names opening with the same three letters in some
    transliteration ("Taras" / "Тарас"; not "Quesera" / "Quique")."""
    if not same_person(a, b) or " " not in a or " " not in b:
        return False
    return bool(_given_keys(a) & _given_keys(b))


def _named_after_role(text: str, quote_end: int) -> str:
    """The person named after a comma that ends the verb and role closing a quote no one is
    named as saying: "« … », a résumé la procureure de la République, Hélène X, lors de …",
    "“…,” said the county's chief fire officer, Dana X." Words of the role are in lower
    case but for an acronym, or a capitalised noun after an article or "of", "de", "en"
    ("de la République", "die Leiterin des Amtes", "управления МЧС")."""
    m = _ROLE_THEN_NAME.match(text, quote_end)
    if m is None:
        return ""
    words = m.group("lead").split()
    if not words[0].islower() or any(
        w[:1].isupper() and not w.isupper() and words[k - 1].lower() not in _OF_WORDS
        for k, w in enumerate(words)
        if k
    ):
        return ""
    return m.group("name")


_OF_WORDS = frozenset(
    "of de del des du la der do da in en im à au a в у з із die dem den das".split()
)
_ROLE_THEN_NAME = re.compile(
    r"[ \u00a0]*[»”“\"'’]?[ \u00a0]*,[ \u00a0]*(?:[—–-][ \u00a0]*)?"
    r"(?P<lead>(?:[^\W\d_][\w'’-]*[ \u00a0]+){1,8}?[^\W\d_][\w'’-]*)[ \u00a0]*,[ \u00a0]+"
    r"(?P<name>[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][^\W\d_]+(?:(?:[ \u00a0]+|-)[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][^\W\d_]+){1,3})"
    r"(?=[ \u00a0]*[,.;])"
)


def _subject(text: str, quote_start: int, is_person: Callable[[str], bool]) -> str:
    """The person a sentence holding a quote no one is named as saying opens with: "Jury
    president Ingrid Thorsen praised the film, calling it “…”", "La procureure Pascale X a
    évoqué une attaque « … »", "Élodie X, a geochemist at …, called the result “…”". The
    name opens the sentence, or follows at most four words of which only the first is
    capitalised when the event's people include it (a role before it); no other person is
    named before the quote, and no passive auxiliary ("was arrested") comes between. A
    quote that names a place or a work ("trained at the “old stadium”", "в клубе «Старый
    дом»": after an article or preposition, or capitalised mid-sentence) is no remark."""
    if _NAMING_QUOTE.search(text, max(0, quote_start - 30), quote_start) or (
        text[quote_start : quote_start + 1].isupper()
        and not _OPENS_REMARK.search(text, max(0, quote_start - 6), quote_start)
    ):
        return ""
    start = max((s for s, _e in sentences(text[:quote_start]) if s < quote_start), default=0)
    toks = tokens(text, start, quote_start)
    runs = [(i, j) for i, j in name_runs(text, toks) if j - i >= 2]
    if not runs:
        return ""
    i, j = runs[0]
    name = text[toks[i].start : toks[j - 1].end]
    lead = toks[:i]
    if lead and (len(lead) > 4 or any(t.capitalised for t in lead[1:]) or not is_person(name)):
        return ""
    between = _ASIDE.sub(",", text[toks[j - 1].end : quote_start])
    if _RELATIVE.search(between):
        return ""  # "Minister X presented the plan, which critics call “…”"
    if _passive_between(text, toks[j - 1].end, quote_start) or any(
        _person_like(text, toks[a].start, text[toks[a].start : toks[b - 1].end], is_person)
        for a, b in runs[1:]
    ):
        return ""
    return name


_RELATIVE = re.compile(
    r"(?<!\w)(?:which|that|who|whom|whose|que|qui|quien|quienes|welche|welcher|welches"
    r"|который|которая|которое|которые|которую|який|яка|яке|які|яку)(?!\w)",
    re.IGNORECASE,
)
"""A relative clause between the subject and the quote brings in its own subject."""
_NAMING_QUOTE = re.compile(
    r"(?<!\w)(?:the|a|an|at|in|on|of|to|from|der|die|das|dem|den|im|am|zum|zur|le|la|les|l'|l’"
    r"|au|aux|du|des|el|los|las|al|del|en|в|на|у|із|з|во|из)[ \u00a0]*[“„«\"‘'][ \u00a0]*$",
    re.IGNORECASE,
)
_OPENS_REMARK = re.compile(r"[:,—–-][ \u00a0]*[“„«\"‘'][ \u00a0]*$")
_ASIDE = re.compile(r",[^,]*,")
"""An aside between commas ("Élodie X, a geochemist who was not involved, called it …")."""
_PASSIVE = re.compile(
    r"(?<!\w)(?:was|were|been|wurde|wurden|worden|été|fue|fueron|sido|был|была|были|було"
    r"|був|була|були)(?!\w)",
    re.IGNORECASE,
)


def _passive_between(text: str, start: int, end: int) -> bool:
    """A passive auxiliary between a name and a quote in one sentence, asides aside."""
    gap = text[start:end]
    return not _SENTENCE_BREAK.search(gap) and bool(_PASSIVE.search(_ASIDE.sub(",", gap)))


_SENTENCE_BREAK = re.compile(r"[.!?…]\s|\n")


def _mention(text: str, name: str, pos: int) -> int:
    """Where the name stands last before pos, or first after it."""
    before = text.rfind(name, 0, pos)
    return before if before >= 0 else text.find(name, pos)


_COLON_BEFORE = re.compile(r"[ \u00a0]*:[ \u00a0\n]*[“”„«\"'‘]?")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_PARTICLES = frozenset(
    "van von der den de del della di da du des la le ter ten zu bin ibn al el y".split()
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SURNAME_END = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ой|ого|ому|ий|ый|ая|ский|ская|ський|ська|ського"
    r"|енко|чук|юк|ук|ич|ича|чука|юка|ука)$"
)
"""Russian and Ukrainian surname endings, in the cases a speaker is written in ("Ирины
Савченко", "Олександра Ткачука")."""


def _overlap(a: str, b: str) -> bool:
    """Do two names share a word ("Brülhaus" / "Anne Brülhaus")?"""
    return bool(set(fold(a).split()) & set(fold(b).split()))


def _named_by_role(name: str, after_role: str) -> bool:
    """A name given after a role in lower case reads as a person's by its shape alone."""
    return bool(after_role) and name == after_role and _shaped(name)


def _shaped(name: str) -> bool:
    """Two to four capitalised parts (particles aside), not a pronoun, none a body's kind
    noun ("Service", "Police"), the last no nationality (the dictionaries list its plural)."""
    words = _WORD.findall(name)
    parts = [w for w in words if w.lower() not in _PARTICLES]
    if not 2 <= len(parts) <= 4 or not all(w[:1].isupper() for w in parts):
        return False
    if lexicon.is_known_capitalised(parts[-1]) and lexicon.is_known_capitalised(parts[-1] + "s"):
        return False  # "South Korean", "Russian-North Korean": a people, not a person
    return not PRONOUN.fullmatch(name) and not any(w.lower() in SOURCE_NOUNS for w in words)


def _person_like(text: str, at: int, name: str, is_person: Callable[[str], bool]) -> bool:
    """Does a speaker's name (written at `at`) read as a person's? Two to four capitalised
    parts (particles aside), not a pronoun, none a body's kind noun ("Service", "Police");
    and one of the event's people (`people_test`); or, in Cyrillic, opened by a given name
    the dictionaries list only capitalised ("Тарас", "Ярославы"), or ending as surnames do
    and capitalised where only names are (mid-sentence) or opened by no dictionary word; or
    else, its last part no dictionary word, opened by a listed given name ("Helene") or
    with that last part standing alone elsewhere in the article as surnames do."""
    if not _shaped(name):
        return False
    if is_person(name):
        return True
    parts = [w for w in _WORD.findall(name) if w.lower() not in _PARTICLES]
    first, last = parts[0], parts[-1]
    if len(parts) == 2 and _CYRILLIC.search(name):
        if lexicon.is_known_capitalised(first):
            return True
        if _SURNAME_END.search(last.lower()) and (
            not is_sentence_start(text, at) or not lexicon.is_dictionary_word(first)
        ):
            return True
    if lexicon.is_dictionary_word(last) or lexicon.is_common_noun(last):
        return False
    return lexicon.is_known_capitalised(first) or _alone(text, name, last) or _described(text, name)


def _described(text: str, name: str) -> bool:
    """Is the name followed somewhere by an age ("X, 61,", "X (61)", "X, 51 ans,") or by
    an indefinite article and a professional's noun ("X, a geochemist at …")?"""
    return any(
        not m.group("noun") or _SCHOLAR.search(m.group("noun"))
        for m in re.finditer(re.escape(name) + _DESCRIPTION, text)
    )


_DESCRIPTION = (
    r"(?:,[ \u00a0]*\d{1,3}(?:[ \u00a0-]*[^\W\d_]+(?:[ -]old)?)?[ \u00a0]*,|[ \u00a0]*\(\d{1,3}\)"
    r"|,[ \u00a0]+(?:a|an|un|une|una|ein|eine|einer)[ \u00a0]+(?P<noun>[^\W\d_][\w-]{3,}))"
)
_SCHOLAR = re.compile(r"(?:ist|ician|ologe|ologin|iste|ista|ólogo|óloga|олог|ист|истка)$")
"""A professional's noun ("a geochemist", "une urbaniste", "un biólogo"): "X, a company",
"X, una empresa familiar" describe bodies, so an open description counts only so."""


def _alone(text: str, name: str, last: str) -> bool:
    """Does the name's last part stand in the text without the rest of the name?"""
    return len(re.findall(rf"(?<!\w){re.escape(last)}(?!\w)", text)) > text.count(name)
