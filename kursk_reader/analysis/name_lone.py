"""Capitalised words standing alone: surnames used on their own ("Whitlok said", beside
"Graham Whitlock") joined to the person's group, and one-word names (agencies, firms) written
in two ways across articles."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from rapidfuzz import fuzz

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_cues import BEFORE_VERBS
from kursk_reader.analysis.attribution_nouns import SOURCE_NOUNS
from kursk_reader.analysis.disjoint import DisjointSets
from kursk_reader.analysis.name_match import (
    FUNCTION_WORDS,
    FUZZY_PART,
    NameMention,
    identity,
    name_parts,
    parts_match,
    romanised_keys,
    script_keys_alike,
)
from kursk_reader.analysis.name_orgs import GEOGRAPHIC_NOUNS, SETTLEMENT_NOUNS
from kursk_reader.analysis.name_reading import text_runs, text_tokens
from kursk_reader.analysis.name_sounds import name_fold, script_of, sound_key
from kursk_reader.analysis.name_spans import is_title_before
from kursk_reader.analysis.textspans import (
    Token,
    fold,
    is_sentence_start,
    strip_possessive,
)

Run = tuple[int, int]
"""Token index range [i, j) of a run of capitalised words."""


def lone_words(texts: Mapping[int, str]) -> frozenset[str]:
    """Folded capitalised words standing alone (no capitalised neighbour), at a sentence start
    only when no dictionary knows them: surnames used on their own ("Ramírez insisted")."""
    out: set[str] = set()
    for text in texts.values():
        toks = text_tokens(text)
        for i, j in text_runs(text):
            if j - i == 1:
                word = strip_possessive(toks[i].text)
                if not is_sentence_start(text, toks[i].start) or not (
                    lexicon.is_dictionary_word(word) or word.isupper()
                ):
                    out.add(name_fold(word))
    return frozenset(out)


def lone_mentions(
    texts: Mapping[int, str], split: Callable[[list[Token], list[Run]], list[Run]] | None = None
) -> dict[str, list[NameMention]]:
    """Capitalised words standing alone, at least four letters long, not at a sentence start,
    in Latin script no common word (German capitalises nouns; Russian and Ukrainian capitalise
    only names mid-sentence): candidates for a surname used alone. `split` cuts runs of
    capitalised words into names ("Evgeny Sorokin of Rosselhoznadzor": the body stands
    alone)."""
    out: dict[str, list[NameMention]] = defaultdict(list)
    for aid in sorted(texts):
        text = texts[aid]
        toks = text_tokens(text)
        runs = text_runs(text)
        for i, j in split(toks, runs) if split else runs:
            if j - i == 2 and (
                toks[i].text.lower() in FUNCTION_WORDS
                or (
                    is_sentence_start(text, toks[i].start)
                    and lexicon.is_dictionary_word(toks[i].text)
                )
                or is_title_before(text, toks[i + 1].start)
            ):
                i += 1  # "But MacAllister denied", "Yet Wisniewski said", "Mr Whitlok"
            if j - i != 1:
                continue
            word = strip_possessive(toks[i].text)
            if (
                len(word) < 4
                or word.isupper()
                or word.casefold() in FUNCTION_WORDS
                or (
                    is_sentence_start(text, toks[i].start)
                    and not is_title_before(text, toks[i].start)
                    and (lexicon.is_dictionary_word(word) or script_of(word) != "latin")
                )
                or (script_of(word) == "latin" and lexicon.is_dictionary_word(word))
            ):
                continue
            out[word].append(NameMention(aid, word, toks[i].start, toks[i].start + len(word)))
    return out


PLACE_PREPOSITIONS = frozenset(
    """in at near from to into outside inside across
    в во на из у под возле около под до
    в у на з із біля під до
    in im am bei aus nach von nahe
    à en dans près de depuis vers
    en cerca desde hacia""".split()
)
"""Prepositions that put a place after them ("in Altenbrück", "bei Tirol", "в Твери"): a lone
word ever written after one reads as a place, not as a surname."""


def surnames_alone(texts: Mapping[int, str]) -> frozenset[str]:
    """Folded capitalised words standing alone, never right after a preposition of place, no
    dictionary word or name the dictionary knows: surnames used on their own ("Brzezicki
    added")."""
    seen: set[str] = set()
    places: set[str] = set()
    for text in texts.values():
        toks = text_tokens(text)
        for i, j in text_runs(text):
            if j - i != 1:
                continue
            word = fold(strip_possessive(toks[i].text))
            if i > 0 and toks[i - 1].text.lower() in PLACE_PREPOSITIONS:
                places.add(word)
            seen.add(word)
    return frozenset(
        w
        for w in seen - places
        if not (lexicon.is_dictionary_word(w) or lexicon.is_known_capitalised(w.capitalize()))
    )


def is_person_like(name: str, people: frozenset[str], alone: frozenset[str] = frozenset()) -> bool:
    """A full name that reads as a person's: no part a common word (German nouns included),
    and the text treats it as a person's, or its first part is a given name the dictionary
    knows, or its last part also stands alone in the articles (as surnames do: "Tadeusz
    Brzezicki ... Brzezicki added"); or a one-token hyphenated name (a firm: "Resto-Val")."""
    parts = name_parts(name)
    words = name.split()
    if len(words) == 1:  # one hyphenated token: a firm or place ("Resto-Val")
        return not all(lexicon.is_dictionary_word(p) for p in parts)
    if any(not w[:1].isupper() or lexicon.is_common_noun(w) for w in words):
        return False
    if any(len(w) >= 2 and w.isupper() for w in words) and not name.isupper():
        return False  # "ДСНС України": a body named with its initials
    if name_fold(name) in people:
        return True
    if name_fold(parts[-1]) in alone and not any(lexicon.is_dictionary_word(p) for p in parts):
        return True
    return (
        script_of(name) == "latin"
        and lexicon.is_known_capitalised(parts[0])
        and not any(lexicon.is_dictionary_word(p) for p in parts[1:])
    )


def _lone_matches(word: str, full: str) -> bool:
    """Is the lone word the full name's surname (its last part) spelled another way, or a
    one-token name ("Resto-Val") written without its hyphen? A Cyrillic word alone, with no
    given name beside it to confirm it, must sound as close as FUZZY_PART to a Latin surname
    ("Корольного", a district's genitive, is not "Korolkov")."""
    parts = name_parts(full)
    last = parts[-1]
    if " " in full and "-" in full.split()[-1] and "-" not in word:
        return False  # "Kim Tae-hoon": "hoon" is half a given name, no surname
    if script_of(word) != script_of(full):
        if script_of(word) == "latin":
            return False
        keys = romanised_keys(word)
        one_token = " " not in full and len(parts) > 1  # "Interfax-Ukraine": never "України"
        target = "".join(sound_key(p) for p in parts) if one_token else sound_key(last)
        return target in keys or any(
            min(len(k), len(target)) >= 5
            and script_keys_alike(k, target)
            and fuzz.ratio(k, target) >= FUZZY_PART
            for k in keys
        )
    if " " not in full and len(parts) > 1 and "-" not in word:
        joined, key = "".join(sound_key(p) for p in parts), sound_key(word)
        return key[:1] == joined[:1] and fuzz.ratio(key, joined) >= FUZZY_PART
    return parts_match(word, last)


def _spelling(part: str) -> str:
    """A part as a spelling: Latin ones keep their accents (a dropped accent is a variant of
    a person's name), Cyrillic ones lose their case ending ("Кузнецова" is "Кузнецов")."""
    return identity(part) if script_of(part) == "cyrillic" else part.casefold()


def _known_parts(spellings: Iterable[str]) -> set[tuple[str, str]]:
    """(script, spelling) of every part of the names written in full, and of one-token names
    without their hyphens: a lone word among them is no new spelling."""
    out: set[tuple[str, str]] = set()
    for name in spellings:
        for part in name_parts(name):
            out.add((script_of(name), _spelling(part)))
        if " " not in name:
            out.add((script_of(name), fold(name).replace("-", "")))
    return out


def _is_known_part(word: str, known: set[tuple[str, str]]) -> bool:
    script = script_of(word)
    return bool({(script, _spelling(word)), (script, fold(word).replace("-", ""))} & known)


def lone_variants(
    alone: Mapping[str, list[NameMention]],
    groups: Mapping[str, list[str]],
    spellings: list[str],
    mentions: Mapping[str, list[NameMention]],
) -> list[tuple[str, str, list[NameMention]]]:
    """Surnames used alone and spelled unlike any full name's parts ("Whitlok" beside
    "Graham Whitlock"; "Кузнецов" beside only "Alexei Kuznetsov"), each joined to the one
    group of full names it matches; a word matching several people's names joins the one
    whose full name comes nearest before it wherever it is used, or none."""
    known = _known_parts([*spellings, *(n for names in groups.values() for n in names)])
    out = []
    for word, ms in sorted(alone.items()):
        if _is_known_part(word, known):
            continue
        if script_of(word) == "latin" and lexicon.is_known_capitalised(word):
            continue
        hits = {r for r, names in groups.items() if any(_lone_matches(word, n) for n in names)}
        if len(hits) > 1:
            hits = _nearest_group(ms, {r: groups[r] for r in hits}, mentions)
        if len(hits) == 1:
            out.append((word, hits.pop(), ms))
    return out


def _nearest_group(
    lone: list[NameMention],
    groups: Mapping[str, list[str]],
    mentions: Mapping[str, list[NameMention]],
) -> set[str]:
    """The group whose full name is written nearest before each use of the lone word ("Marcus
    Feeny ... Feeney said" beside an "Anna Feeney" elsewhere): one group when every use that
    follows a full name agrees, else none."""
    votes: set[str] = set()
    for m in lone:
        best: tuple[int, str] | None = None
        for r, names in groups.items():
            for name in names:
                for full in mentions.get(name, ()):
                    if full.article_id == m.article_id and full.end <= m.start:
                        if best is None or m.start - full.end < best[0]:
                            best = (m.start - full.end, r)
        if best is not None:
            votes.add(best[1])
    return votes if len(votes) == 1 else set()


MIN_ONE_WORD = 6
"""Letters a one-word name needs before two spellings of it are joined by sound: short words
("Kiev" / "Kyiv") sound alike by chance more often than long ones ("Rosselkhoznadzor")."""


def one_word_groups(
    alone: Mapping[str, list[NameMention]],
    spellings: list[str],
    taken: set[str],
    languages: Mapping[int, str],
    texts: Mapping[int, str] | None = None,
) -> list[list[list[str]]]:
    """One-word names (an agency, a firm: "Rosselkhoznadzor" / "Rosselhoznadzor", "PayLink" /
    "Paylink") written two ways across articles: Latin words no dictionary knows, of at
    least MIN_ONE_WORD letters and no part of a name written in full, joined when their
    sound keys are equal; a Cyrillic word joins when one of its romanisations sounds the
    same. Spellings differing in more than capitals join only when articles in one language
    write them ("Chernobyl" / "Tschernobyl" is each language's habit, not a variant; see
    `textspans.language_of`). Each group is a list of spellings, each spelling a list of words
    that differ only in accents (one spelling for a place: "Valparaíso" / "Valparaiso")."""
    known = _known_parts(spellings)
    latin: dict[str, list[str]] = defaultdict(list)
    cyrillic: list[str] = []
    parts: dict[str, list[str]] = defaultdict(list)
    for word in sorted(alone):
        letters = sum(ch.isalpha() for ch in word)
        if word in taken or letters < MIN_ONE_WORD:
            continue
        if _is_known_part(word, known):
            if script_of(word) == "latin":
                parts[_accentless_case_key(word)].append(word)
            continue
        if script_of(word) == "cyrillic":
            cyrillic.append(word)
        elif not (lexicon.is_known_capitalised(word) or lexicon.is_common_noun(word)):
            latin[sound_key(word)].append(word)
    out = []
    for (
        words
    ) in parts.values():  # "Weißenstein" (also in "Manufaktur Weißenstein") / "Weissenstein"
        if texts is not None and not lexicon.is_known_capitalised(words[0]):
            accented = _accents_only(words, alone, texts)
            if accented:
                out.append(accented)
    for key, words in sorted(latin.items()):
        forms: dict[str, list[str]] = defaultdict(list)
        for w in words:
            forms[_accentless_case_key(w)].append(w)
        if len(forms) < 2:
            accented = _accents_only(words, alone, texts) if texts is not None else []
            if accented:
                out.append(accented)
            elif texts is not None and (
                named := _ensemble_in_cyrillic(key, words, cyrillic, alone, texts)
            ):
                out.append([words, *([w] for w in named)])
            continue
        for group in _same_language_forms(forms, alone, languages):
            group += [[word] for word in cyrillic if key in romanised_keys(word)]
            out.append(group)
    return out


_ENSEMBLE = re.compile(
    r"(?:хор|ансамбл|гурт|групп|груп|оркестр|капел|трупп|труп|колектив|коллектив)[^\W\d_]*"
    r"[ \u00a0]+«$",
    re.IGNORECASE,
)
"""A Russian or Ukrainian noun for a performing group (choir, ensemble, band, orchestra,
chapel choir, troupe, collective) right before a name in guillemets: "хор «X»", "гурт «X»"."""
_LATIN_ENSEMBLE = re.compile(
    r"\b(?:choir|band|ensemble|orchestra|troupe|chorus|chor|chöre|kapelle|orchester"
    r"|chœur|choeur|orchestre|coro|orquesta)s?\b",
    re.IGNORECASE,
)
"""The same nouns in English, German, French and Spanish, written near a name in Latin
letters ("Polonyna, a folk band", "der Chor Polonyna", "el coro Polonyna")."""


def _ensemble_in_cyrillic(
    key: str,
    words: list[str],
    cyrillic: list[str],
    alone: Mapping[str, list[NameMention]],
    texts: Mapping[int, str],
) -> list[str]:
    """The Cyrillic spellings of a one-word Latin name that a Russian or Ukrainian article
    gives in guillemets after a noun for a performing group ("хор «X»", "гурт «X»"), or in
    guillemets while the Latin article writes such a noun beside it ("X, a folk band"): a
    choir's or band's name, which a reader of the other article must match across scripts,
    unlike an agency's or a firm's, whose Latin name is its own brand. The romanisation
    sounds the same, and the two scripts appear in different articles. [] when none."""
    latin_articles = {m.article_id for w in words for m in alone[w]}
    out = []
    for word in cyrillic:
        ms = alone[word]
        if key not in romanised_keys(word) or {m.article_id for m in ms} & latin_articles:
            continue
        if any(
            texts[m.article_id][m.end : m.end + 1] == "»"
            and _ENSEMBLE.search(texts[m.article_id], max(0, m.start - 30), m.start)
            for m in ms
        ) or (
            any(texts[m.article_id][m.end : m.end + 1] == "»" for m in ms)
            and any(
                _LATIN_ENSEMBLE.search(texts[m.article_id], max(0, m.start - 25), m.end + 25)
                for w in words
                for m in alone[w]
            )
        ):
            out.append(word)
    return out


AT_PLACE = frozenset(
    """in at near into inside outside en dans à près im am bei nahe в во на у біля возле около
    cerca""".split()
)
"""Prepositions of location only ("in Málaga", "en Málaga", "à Orléans", "в Москве"); not
"de"/"von"/"from", which also open a firm's name ("el cohete de Astrobética")."""
_PLACE_NOUNS = frozenset(fold(w) for w in GEOGRAPHIC_NOUNS | SETTLEMENT_NOUNS)
_FIRM_NOUNS = frozenset(
    fold(w)
    for w in SOURCE_NOUNS
    | set(
        """company firm start-up startup group maker manufacturer carrier operator airline
        empresa compañía grupo fabricante aerolínea operadora naviera
        société entreprise groupe fabricant compagnie opérateur
        unternehmen firma konzern hersteller gruppe
        компания фирма группа производитель концерн компанія фірма група виробник""".split()
    )
)
"""Nouns naming a firm or a body in six languages (with `SOURCE_NOUNS`): a one-word name
right after one is a firm's ("Spanish start-up X", "la empresa X")."""
_DATELINE_TAIL = re.compile(r"[ \u00a0]*(?:\(|,[ \u00a0]*(?:\d|[^\W\d_]{3,}\.?[ \u00a0]+\d))")
"""What follows a place opening a dateline: "(Reuters)", ", 3 mar", ", March 3"."""


def _accents_only(
    words: list[str], alone: Mapping[str, list[NameMention]], texts: Mapping[int, str]
) -> list[list[str]]:
    """A firm's or body's one-word name written with and without its accents in different
    articles ("Astrobética" / "Astrobetica"): a variant a reader may search for, unlike a
    place's ("Valparaíso" / "Valparaiso"), so only a name some article writes after a noun
    for a firm or body ("la empresa andaluza Astrobética") and none where a place goes
    (after a preposition of location or beside a place noun, opening a dateline), each
    spelling in articles of its own. [] when none."""
    if len(words) < 2 or len({w.lower() for w in words}) < 2:
        return []  # not casefold: "Weißenstein" / "Weissenstein" differ in more than capitals
    written = [{m.article_id for m in alone[w]} for w in words]
    if any(written[i] & written[j] for i in range(len(words)) for j in range(i + 1, len(words))):
        return []
    body = False
    for w in words:
        for m in alone[w]:
            text = texts[m.article_id]
            before = [fold(x) for x in text[max(0, m.start - 30) : m.start].split()[-3:]]
            body = body or bool(set(before) & _FIRM_NOUNS)
            after = [fold(x) for x in text[m.end : m.end + 20].split()[:1]]
            if before and before[-1] in AT_PLACE - AT_FIRM:
                return []
            if set(before[-2:] + after) & _PLACE_NOUNS:  # "península de Jandía", "X peninsula"
                return []
            line_start = text.rfind("\n", 0, m.start) + 1
            if not text[line_start : m.start].strip() and _DATELINE_TAIL.match(text, m.end):
                return []  # a dateline: "Málaga, 3 mar (EFE)", "Málaga (EFE)"
    return [[w] for w in words] if body else []


def after_firm_noun(text: str, start: int) -> bool:
    """Is the name at `start` written right after a noun for a firm or body, in its sentence
    ("the porcelain maker X", "la empresa X")?"""
    before = text[max(0, start - 30) : start]
    words = before.split()
    return bool(words) and fold(words[-1]) in _FIRM_NOUNS and before.rstrip()[-1:].isalpha()


AT_FIRM = frozenset("at bei у".split())
"""Prepositions of location that also put a firm after them ("at Siemens", "bei Bosch", "у
Газпрома"): no sign of a place; the name still needs a firm noun before it somewhere."""


def _same_language_forms(
    forms: Mapping[str, list[str]],
    alone: Mapping[str, list[NameMention]],
    languages: Mapping[int, str],
) -> list[list[list[str]]]:
    """Spellings of one sound joined when they differ only in capitals, or when articles of
    one language write both (an unknown language matches any), no article writes both (one
    writer keeps one spelling of a name; "Ausbruch" / "Ausbrüche" in one article are a
    noun and its plural) and their letters are alike; groups of two or more."""
    keys = sorted(forms)
    langs = {k: {languages.get(m.article_id, "") for w in forms[k] for m in alone[w]} for k in keys}
    articles = {k: {m.article_id for w in forms[k] for m in alone[w]} for k in keys}
    sets = DisjointSets(keys)

    for x, a in enumerate(keys):
        for b in keys[x + 1 :]:
            if a.casefold() == b.casefold():
                sets.union(a, b)
            elif (
                (langs[a] & langs[b] or "" in langs[a] | langs[b])
                and not articles[a] & articles[b]
                and _letters(a)[:1] == _letters(b)[:1]
                and fuzz.ratio(_letters(a), _letters(b)) >= _FUZZY_ONE_WORD
            ):
                sets.union(a, b)
    groups: dict[str, list[list[str]]] = defaultdict(list)
    for k in keys:
        groups[sets.find(k)].append(forms[k])
    return [g for g in groups.values() if len(g) >= 2]


_FUZZY_ONE_WORD = 75
"""Two one-word spellings of one sound must also be written this alike (rapidfuzz ratio of
their letters) and open with one letter: sound keys fold "h" into "k" and vowels together,
so two nouns a language capitalises ("Husten" / "Kosten", "Hunden" / "Kunden") can share
one, while one language's spellings of a name keep its first letter."""


def _letters(key: str) -> str:
    return "".join(ch for ch in key.casefold() if ch.isalnum())


def _accentless_case_key(word: str) -> str:
    """Capitals folded except inside the word, accents dropped and "ß" written "ss": "PayLink"
    and "Paylink" stay apart, "Valparaíso" and "Valparaiso" (or "Straße" and "Strasse") do
    not."""
    key = (word[:1].casefold() + word[1:]).replace("ß", "ss")
    return "".join(ch for ch in unicodedata.normalize("NFKD", key) if not unicodedata.combining(ch))


def hyphened_surnames(
    sample: Mapping[str, str],
    is_person: Callable[[str], bool],
    root: Callable[[str], str],
    cited: Callable[[str], bool] = lambda ident: False,
) -> list[tuple[str, str]]:
    """A double surname written alone ("Öztürk-Lang erklärte", "Al-Rashidy said", "Martínez
    Soler habló") beside the full name ending in it ("Miriam Öztürk-Lang", "Ana Martínez
    Soler"): (alone, full) pairs of identities, the parts alike (cases, accents aside), in
    one script, one group only holding such a full name (two people, two groups: none), the
    full name a person's (`is_person`: not "Rangierbahnhof Hagen-Vorhalle") whose head is a
    given name (`_given_head`), or the surname alone cited by a speech verb (`cited`:
    "Gorißen-Brandt sagte", "Van der Sluis said"). Written with a space, both surnames must be words no dictionary
    knows ("Soler", not "Santa Cruz"). Only surnames already written two ways (a group of
    their own) are joined."""
    by_tail: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for ident, name in sample.items():
        parts = name_parts(name)
        if len(parts) >= 3 and " " in name:
            for k in range(2, len(parts)):
                by_tail[tuple(identity(p) for p in parts[-k:])].append(ident)
    group_size = Counter(root(i) for i in sample)
    out = []
    for ident, word in sample.items():
        parts = name_parts(word)
        if len(parts) < 2 or not parts[-1][:1].isupper() or group_size[root(ident)] < 2:
            continue  # a surname written alone one way only is no variant of its own to join
        particled = len(parts) >= 3 and all(p.casefold() in _NAME_PARTICLES for p in parts[:-1])
        if (
            " " in word
            and not particled
            and (  # "Van der Sluis" alone: its particles
                len(parts) != 2
                or "-" in word
                or any(lexicon.is_dictionary_word(p.lower()) or not p[:1].isupper() for p in parts)
            )
        ):
            continue
        if " " not in word and "-" not in word:
            continue
        longer = [
            x
            for x in by_tail.get(tuple(identity(p) for p in parts), [])
            if script_of(sample[x]) == script_of(word)
            and (
                (_given_head(name_parts(sample[x])[: -len(parts)]) and is_person(sample[x]))
                or cited(ident)
            )
        ]
        if longer and len({root(x) for x in longer}) == 1:
            out.append((ident, longer[0]))
    return out


_NAME_PARTICLES = frozenset("van von de den der du da del della di la le ter ten op".split())
"""Particles a surname keeps when written alone ("Van der Sluis", "De la Cruz")."""


def cited_alone(texts: Mapping[int, str], mentions: Iterable[NameMention]) -> bool:
    """Is a name written next to a speech verb somewhere ("Gorißen-Brandt sagte", "sagte
    Öztürk-Lang", "Martínez Soler habló")? A place or a building seldom is."""
    for m in mentions:
        text = texts[m.article_id]
        before = text[max(0, m.start - 20) : m.start].split()[-1:]
        after = text[m.end : m.end + 20].split()[:1]
        if any(w.strip(",.;:").casefold() in BEFORE_VERBS for w in before + after):
            return True
    return False


def _given_head(head: Sequence[str]) -> bool:
    """Words before a surname that are given names: the first one the dictionary lists with
    a capital (a German noun such as "Rangierbahnhof" is none), none a word it knows in lower
    case."""
    return (
        bool(head)
        and lexicon.is_known_capitalised(head[0].split("-")[0])
        and all(w[:1].isupper() and not lexicon.is_dictionary_word(w.lower()) for w in head)
    )


def surnames_as_written(
    idents: list[str], by_identity: Mapping[str, list[str]], alone: Mapping[str, object]
) -> list[str]:
    """The last words of a group's full names that the articles also write alone: shown
    beside a surname alone spelled otherwise ("Delacôte" beside "Delacote" and "Antoine
    Delacôte"), so the reader sees the two spellings of the surname side by side, when an
    article writes the name only so (the caller checks)."""
    lasts = {
        name_parts(name)[-1]
        for i in idents
        if not i.startswith("\x00")
        for name in by_identity[i][:1]
        if len(name_parts(name)) >= 2
    }
    return sorted(w for w in lasts if w in alone)
