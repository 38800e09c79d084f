"""Name variants: the same person or organisation written differently across articles
("Sin Kum Chol" / "Shin Gum Chul" / "Sin Kum-chol", "Valery" / "Valerie" Gerasimov,
"Khalid al-Mashani" / "Khaled Al Mashani", "Oksana Lysenko" / "Оксана Лисенко").

Names are found by `name_spans` (runs of capitalised words, titles and roles trimmed). Two
names are variants when they have as many parts, particles aside, and each pair of parts
sounds alike once transliteration habits are folded (`name_sounds`), or — for parts no
dictionary knows — is spelled nearly alike, or differs only in its vowels (`name_match`).
Russian and Ukrainian case endings are not variants ("Путин" / "Путина"), capitals are not
unless inside a word ("PayLink" / "Paylink"), accents are for people and bodies, not places;
one person written in Latin and Cyrillic letters is a variant, its standard romanisation
(`name_romanise`) preferred as the group's name. Surnames and one-word names standing alone
are in `name_lone`; places told from bodies, firms' names as written, swapped word order and
one-word bodies across scripts in `name_orgs`."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.disjoint import DisjointSets
from kursk_reader.analysis.name_bridged import bridged_mentions
from kursk_reader.analysis.name_classes import spelling_classes, standard_romanisations
from kursk_reader.analysis.name_forms import (
    compact_key,
    is_joined_form,
    named_after,
    without_legal_form,
    yo_apart,
    yo_written,
)
from kursk_reader.analysis.name_heads import firm_heads_alone
from kursk_reader.analysis.name_kinds import (
    dateline_runs,
    is_acronym_translated,
    is_desk_credit,
    is_outlet_group,
    is_place_group,
    is_work_title,
)
from kursk_reader.analysis.name_links import coordinated_names, is_linked_group
from kursk_reader.analysis.name_lone import (
    PLACE_PREPOSITIONS,
    cited_alone,
    hyphened_surnames,
    is_person_like,
    lone_mentions,
    lone_variants,
    lone_words,
    one_word_groups,
    surnames_alone,
    surnames_as_written,
)
from kursk_reader.analysis.name_match import (
    NameMention,
    case_key,
    core_parts,
    identity,
    name_parts,
    names_match,
)
from kursk_reader.analysis.name_orgs import (
    as_body_written,
    bodies_across_scripts,
    is_place_shaped,
    is_swapped,
    place_spellings,
)
from kursk_reader.analysis.name_slavic import slavic_given_pairs
from kursk_reader.analysis.name_sounds import name_fold, script_of, sound_key
from kursk_reader.analysis.name_spans import TITLES as TITLES
from kursk_reader.analysis.name_spans import (
    is_german_speaker,
    is_role_shaped,
    is_title_before,
    person_names,
    split_runs,
)
from kursk_reader.analysis.name_spans import name_mentions as name_mentions
from kursk_reader.analysis.numbers import scale_of
from kursk_reader.analysis.textspans import fold, language_of


@dataclass(frozen=True, slots=True)
class NameVariant:
    name: str
    article_ids: tuple[int, ...]
    mentions: tuple[NameMention, ...]
    probable_misspelling: bool = False


@dataclass(frozen=True, slots=True)
class NameGroup:
    canonical: str
    variants: tuple[NameVariant, ...]


def _name_identity(
    name: str,
    lone: frozenset[str],
    people: frozenset[str] = frozenset(),
    tails: frozenset[str] = frozenset(),
    places: frozenset[str] = frozenset(),
) -> str:
    """Spellings that are one variant: Russian/Ukrainian case forms of one name, forms that
    differ only in capitals ("KELMARSH FALLS" in a headline), and — for places and bodies —
    forms that differ only in accents ("Santa Lucía" / "Santa Lucia"): a reader gains
    nothing from those. A person's name with its accents dropped ("José Ramírez" / "Jose
    Ramirez") stays a variant; a name is taken for a person's when its last part also
    stands alone in the articles ("Ramírez said"), as surnames do and place names rarely,
    or when the text treats it as a person's (see `person_names`), or when its last two
    parts are written as a name of their own (Spanish double surnames: "Ortiz Quiñones
    afirmó" beside "Hernán Ortiz Quiñones")."""
    if script_of(name) == "cyrillic":
        return " ".join(identity(p) for p in name_parts(name))
    parts = name_parts(name)
    if (
        (" " in name and name_fold(parts[-1]) in lone)
        or name_fold(name) in people
        or (len(parts) >= 3 and name_fold(" ".join(parts[-2:])) in tails)
    ):
        return case_key(name)
    plain = _accentless(name)
    return plain if plain in places else case_key(name)


_MIDDLE_INITIAL = re.compile(r"(?<=\S) [^\W\d_a-z]\.(?= \S)")


def _without_initials(name: str) -> str:
    """The name without middle initials ("John R. Hallworth" -> "John Hallworth"): written
    in one article and left out in another, an initial is no other spelling."""
    return _MIDDLE_INITIAL.sub("", name)


_GERMAN_ADJECTIVE = re.compile(r"\b(\w+(?:isch|sch|ig|lich|iv|är|ell|ein))(?:e|en|er|es|em)(?= )")
"""A German adjective's ending on a word before the last ("Deutsche Bahn" / "der Deutschen
Bahn", "Freiwillige" / "Freiwilligen Feuerwehr", "Städtisches" / "Städtischen Klinikum"):
German inflects the adjectives in a body's name as Russian inflects names. Only stems with
an adjective's suffix, so given names keep theirs ("Christiane" / "Christian")."""


def _uninflected(identity_key: str) -> str:
    """A name's identity with the adjective endings of its words before the last cut, for names
    written in a German article: one name in two cases is one spelling, as "Путин" /
    "Путина" are. The last word, a noun or a surname, keeps its ending."""
    return _GERMAN_ADJECTIVE.sub(r"\1", identity_key)


def _accentless(name: str) -> str:
    plain = unicodedata.normalize("NFKD", case_key(name)).translate(_PLAIN)
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


_PLAIN = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d"})
"""Letters Unicode does not decompose that count as accents when a place or body is written
without them ("Yıldız" / "Yildiz"); "æ" -> "ae" changes the spelling, so it is left out."""


def _surname_tails(spellings: list[str]) -> frozenset[str]:
    """Folded two-word names that are the last two parts of a longer name in the set: a
    person's surnames used on their own, as Spanish and Portuguese double surnames are."""
    two = {name_fold(s) for s in spellings if len(name_parts(s)) == 2 and " " in s}
    return frozenset(
        key
        for s in spellings
        if len(name_parts(s)) >= 3
        and (key := name_fold(" ".join(name_parts(s)[-2:]))) in two
        and not any(lexicon.is_dictionary_word(p) for p in name_parts(s)[-2:])
    )


_NAMESAKE = re.compile(r"(?<![^\W\d_])(?:имени|імені|им\.|ім\.)[ \u00a0]+$", re.IGNORECASE)
"""A Russian or Ukrainian body "named after" a person ("университет имени Юрия X", "імені
Юрія X"): the namesake is part of the body's name, no person of the event."""


def find_name_variants(texts: Mapping[int, str]) -> list[NameGroup]:
    """Groups of names written in two or more ways, most used spelling first. A capitalised
    word alone in a German article is no surname candidate: German capitalises its nouns
    ("Brände" beside "Stefan Brandt"), and no German dictionary is installed to tell them.
    Two spellings in one script that one article writes both are never joined: a writer
    keeps one spelling of a name (and may give it in two scripts), so they are two names
    ("Bad Kelsenthal" / "Bad Kelsenheim", "Marta Kowalczyk" / "Marta Kowalczuk"), or a noun
    and its plural ("Legionellen-Ausbruch" / "Legionellen-Ausbrüche")."""
    mentions: dict[str, list[NameMention]] = defaultdict(list)
    desks = dateline_runs(texts)
    for aid in sorted(texts):
        for m in name_mentions(aid, texts[aid]):
            m = as_body_written(texts[aid], m)
            if (
                fold(m.name) not in desks
                and not is_desk_credit(texts[aid], m)
                and not _NAMESAKE.search(texts[aid], max(0, m.start - 8), m.start)
            ):
                mentions[m.name].append(m)
    for name, ms in bridged_mentions(texts).items():  # "Ecologistas en Acción"
        mentions[name].extend(ms)
    _cut_unconfirmed_heads(mentions, texts)
    mentions = _numbered(mentions, texts)
    spellings = sorted(mentions)
    core = {s: _without_initials(without_legal_form(s)) for s in spellings}
    lone = lone_words(texts)
    people = person_names(texts)
    by_identity: dict[str, list[str]] = defaultdict(list)
    tails = _surname_tails(spellings)
    places = frozenset(_accentless(s) for s in place_spellings(texts, mentions))
    languages = {a: language_of(t) for a, t in texts.items()}
    for s in spellings:
        ident = _name_identity(core[s], lone, people, tails, places)
        if any(languages[m.article_id] == "de" for m in mentions[s]):
            ident = _uninflected(ident)
        by_identity[ident].append(s)
    identities = sorted(by_identity)
    sets = DisjointSets(identities)
    sample = {i: core[by_identity[i][0]] for i in identities}
    written_in = {
        i: frozenset(m.article_id for s in by_identity[i] for m in mentions[s]) for i in identities
    }
    by_first: dict[tuple[str, int], list[str]] = defaultdict(list)
    for ident in identities:
        by_first[(script_of(sample[ident]), len(name_parts(sample[ident])))].append(ident)
    for bucket in by_first.values():
        for x, a in enumerate(bucket):
            for b in bucket[x + 1 :]:
                if (
                    not sets.same(a, b)
                    and not written_in[a] & written_in[b]
                    and names_match(sample[a], sample[b])
                ):
                    sets.union(a, b)
    joined = [i for i in identities if len(name_parts(sample[i])) >= 2]
    shape = {i: _shape(sample[i]) for i in joined}
    for x, a in enumerate(joined):
        for b in joined[x + 1 :]:
            if (
                not sets.same(a, b)
                and (shape[a][0] != shape[b][0] or not written_in[a] & written_in[b])
                and _alike(sample[a], sample[b], shape[a], shape[b])
            ):
                if script_of(sample[a]) != script_of(sample[b]) and (
                    is_place_shaped(sample[a]) or is_place_shaped(sample[b])
                ):
                    continue  # "Central Asia" / "Центральной Азии": a place translated
                sets.union(a, b)
    cyrillic_pairs = [i for i in joined if shape[i][0] == "cyrillic" and shape[i][1] == 2]
    before = {
        i: _words_before(texts, [m for s in by_identity[i] for m in mentions[s]])
        for i in cyrillic_pairs
    }
    for a, b in slavic_given_pairs({i: sample[i] for i in cyrillic_pairs}, written_in, before):
        sets.union(a, b)
    by_compact: dict[str, list[str]] = defaultdict(list)
    for ident in identities:
        by_compact[compact_key(by_identity[ident][0])].append(ident)
    for key, same in by_compact.items():
        for b in same[1:] if key else ():
            sets.union(same[0], b)
    surnames = surnames_alone(texts)
    spelled = {i: [core[s] for s in by_identity[i]] for i in identities}
    for a, b in _second_surnames(spelled, lambda n: is_person_like(n, people, surnames), sets.find):
        sets.union(a, b)

    def cited(ident: str) -> bool:
        return cited_alone(texts, [m for s in by_identity[ident] for m in mentions[s]])

    for a, b in hyphened_surnames(
        sample, lambda n: is_person_like(n, people, surnames), sets.find, cited
    ):
        sets.union(a, b)
    alone = lone_mentions(texts, split_runs)
    numbered = _numbered(alone, texts)
    for word, ms in sorted(numbered.items()):
        key = compact_key(word)
        if (
            key
            and (is_joined_form(word) or word not in alone)
            and word not in mentions
            and key in by_compact
        ):
            by_identity["\x00" + word], mentions[word] = [word], ms
            identities.append("\x00" + word)
            sets.attach("\x00" + word, by_compact[key][0])
            if word not in alone:
                alone.pop(word.rpartition(" ")[0], None)
    groups: dict[str, list[str]] = defaultdict(list)
    for ident in identities:
        groups[sets.find(ident)].append(ident)
    full_names = {
        r: [n for i in g for n in by_identity[i][:1] if is_person_like(n, people, surnames)]
        for r, g in groups.items()
    }
    taken = set()
    unarticled = {
        w: [
            m
            for m in ms
            if languages[m.article_id] != "de"
            or is_title_before(texts[m.article_id], m.start)
            or is_german_speaker(texts[m.article_id], m.start, m.end)
        ]
        for w, ms in alone.items()
        if not _after_article(texts, ms)
    }
    unarticled = {w: ms for w, ms in unarticled.items() if ms}
    given_alone: set[str] = set()
    for word, group, ms in lone_variants(unarticled, full_names, spellings, mentions):
        by_identity["\x00" + word] = [word]
        mentions[word] = ms
        groups[group].append("\x00" + word)
        taken.add(word)
        given_alone.add(group)
    for group in sorted(given_alone):
        in_full = {m.article_id for i in groups[group] for s in by_identity[i] for m in mentions[s]}
        for word in surnames_as_written(groups[group], by_identity, unarticled):
            if (
                word not in taken
                and word not in mentions
                and {m.article_id for m in unarticled[word]} - in_full
            ):
                by_identity["\x00" + word] = [word]
                mentions[word] = unarticled[word]
                groups[group].append("\x00" + word)
                taken.add(word)
    surnames_of = {  # a person's surname alone is `lone_variants`' to join
        p for s in spellings if " " in s and is_person_like(s, people, surnames) for p in s.split()
    }
    for spellings_of_one in one_word_groups(
        alone, spellings, taken | set(mentions) | surnames_of, languages, texts
    ):
        root_key = "\x01" + spellings_of_one[0][0]
        for words in spellings_of_one:
            by_identity["\x00" + words[0]] = words
            for w in words:
                mentions[w] = alone[w]
            groups[root_key].append("\x00" + words[0])
    for n, (spellings_of_one, found) in enumerate(
        bodies_across_scripts(texts, spellings, taken | set(mentions))
    ):
        for words in spellings_of_one:
            by_identity["\x00" + words[0]] = words
            for w in words:
                mentions[w] = found[w]
            groups[f"\x02{n}"].append("\x00" + words[0])
    for idents in groups.values():  # "Rößler" / "Roessler" alone beside "Rößler Modellbahn"
        for head in firm_heads_alone(
            idents, by_identity, alone, lambda n: is_person_like(n, people, surnames), texts
        ):
            if head not in mentions and head not in taken:
                by_identity["\x00" + head], mentions[head] = [head], alone[head]
                idents.append("\x00" + head)
                taken.add(head)
    out: list[NameGroup] = []
    coordinated = coordinated_names(texts)
    for idents in groups.values():
        if len(idents) < 2 and not yo_written(by_identity[idents[0]]):
            continue
        variants = []
        for ident in idents:
            every = [m for s in by_identity[ident] for m in mentions[s]]
            for ms in yo_apart(every):
                forms = Counter(m.name for m in ms)
                name = sorted(forms, key=lambda f: (without_legal_form(f) != f, -forms[f], f))[0]
                articles = tuple(sorted({m.article_id for m in ms}))
                variants.append(
                    NameVariant(
                        name, articles, tuple(sorted(ms, key=lambda m: (m.article_id, m.start)))
                    )
                )
        variants = [
            v for v in variants if not any(named_after(v.name, w.name) for w in variants)
        ]  # "Marlene-Dietrich-Platz" beside "Marlene Dietrich": a square, named after her
        if spelling_classes([v.name for v in variants]) < 2:
            continue
        written = {v.name: list(v.mentions) for v in variants}
        tongues = {languages[a] for v in variants for a in v.article_ids}
        if (
            is_work_title(texts, list(written.values()))
            or ((len(tongues) > 1 or len(idents) == 1) and is_place_group(texts, written))
            or is_linked_group(written, coordinated)
            or is_outlet_group(texts, written)
            or is_acronym_translated(list(written))
        ):
            continue  # a title, a place in two languages, a route: no person's or body's name
        standard = standard_romanisations([v.name for v in variants])
        variants.sort(
            key=lambda v: (-len(v.article_ids), -len(v.mentions), v.name not in standard, v.name)
        )
        top = variants[0]
        marked = tuple(
            NameVariant(
                v.name,
                v.article_ids,
                v.mentions,
                not {v.name, top.name} <= standard and _probable_misspelling(v, top),
            )
            for v in variants
        )
        out.append(NameGroup(top.name, marked))
    out.sort(key=lambda g: (g.variants[0].mentions[0].article_id, g.variants[0].mentions[0].start))
    return out


def _words_before(texts: Mapping[int, str], mentions: list[NameMention]) -> frozenset[str]:
    """The lower-cased words right before a name's mentions."""
    out = set()
    for m in mentions:
        found = _WORD_BEFORE.search(texts[m.article_id], max(0, m.start - 30), m.start)
        if found:
            out.add(found.group(1).lower())
    return frozenset(out)


def _second_surnames(
    written: Mapping[str, list[str]], is_person: Callable[[str], bool], root: Callable[[str], str]
) -> list[tuple[str, str]]:
    """A person's name given once with a second surname and once without it ("Rodrigo
    Valdés Ibarra" / "Rodrigo Valdés", "Karin Osterhagen-Lüdke" / "Karin Osterhagen"): the
    shorter name's parts all the longer one's first parts (cases aside), the one part more a
    capitalised word no dictionary knows, one of the two names a person's. A shorter name
    that opens two longer ones (two people, not two spellings of one) is left alone."""
    by_head: dict[tuple[str, ...], list[str]] = defaultdict(list)
    full_of: dict[tuple[str, ...], str] = {}
    for ident, names in written.items():
        for name in names:
            parts = name_parts(name)
            if len(parts) >= 3:
                head = tuple(identity(p) for p in parts[:-1])
                if ident not in by_head[head]:
                    by_head[head].append(ident)
                full_of[head] = name
    pairs = {tuple(identity(p) for p in name_parts(n)) for ns in written.values() for n in ns}
    out = []
    for ident, name in ((i, ns[0]) for i, ns in written.items()):
        parts = name_parts(name)
        longer = by_head.get(tuple(identity(p) for p in parts), []) if len(parts) >= 2 else []
        if len({root(x) for x in longer}) != 1 or ident in longer:
            continue
        full = full_of[tuple(identity(p) for p in parts)]
        extra = name_parts(full)[-1]
        if (
            script_of(full) == script_of(name)
            and extra[:1].isupper()
            and len(extra) >= 3
            and not lexicon.is_dictionary_word(extra)
            and not lexicon.is_common_noun(extra)
            and (
                is_person(name)
                or is_person(full)
                or tuple(identity(p) for p in name_parts(full)[-2:]) in pairs
            )  # "Ferrer Soriano insistió": the two surnames stand alone, as a person's do
        ):
            out.append((ident, longer[0]))
    return out


_Shape = tuple[str, int, int, str]


def _shape(name: str) -> _Shape:
    """Script, number of parts, number of core parts and joined sound key of a name: what
    `names_match` reads before it compares part by part."""
    core = core_parts(name)
    return (script_of(name), len(name_parts(name)), len(core), "".join(map(sound_key, core)))


def _alike(a: str, b: str, sa: _Shape, sb: _Shape) -> bool:
    """`names_match(a, b) or is_swapped(a, b)` for two names of two or more parts, the cheap
    way: names of one script and as many parts were already compared by `names_match` (only
    a swap is left to see), and names of one script with unequal core parts match only on
    their joined sound keys."""
    if sa[0] != sb[0]:
        return names_match(a, b)
    if sa[1] == sb[1]:
        return is_swapped(a, b)
    if sa[2] != sb[2]:
        return sa[3] == sb[3]
    return names_match(a, b)


def _cut_unconfirmed_heads(
    mentions: dict[str, list[NameMention]], texts: Mapping[int, str]
) -> None:
    """A name of three or more words that no other article writes, while its last words are
    a name written in another article ("Herde von Schäfer Jürgen Haßelmann" beside "Jurgen
    Hasselmann": German puts an occupation before a name without an article, and "von"
    joins capitalised nouns), loses the words before them. A name written in full elsewhere
    ("Hernán Ortiz Quiñones" in two articles) keeps them, and so does a name after an
    article, which German inflects ("Angaben der Deutschen Bahn"), unless its first word is
    shaped like a role noun ("Schiedsrichter Jörg Schäfermeyer" in two German articles beside
    "Joerg Schaefermeyer": the role opens both German sentences)."""
    words = {name: name.split() for name in mentions}
    articles = {name: {m.article_id for m in ms} for name, ms in mentions.items()}
    for name in sorted(mentions):
        parts = words[name]
        if len(parts) < 3:
            continue
        others = [o for o in words if o != name and articles[o] - articles[name]]
        confirmed = any(
            (len(words[o]) == len(parts) and names_match(o, name))
            or (1 < len(words[o]) < len(parts) and words[o] == parts[: len(words[o])])
            for o in others
        )  # or its opening words a name elsewhere: "Ramón Ferrer" beside "Ramón Ferrer Soriano"
        for k in range(1, 2 if confirmed else len(parts) - 1):
            if confirmed and not is_role_shaped(parts[0]):
                break
            rest = " ".join(parts[k:])
            if (
                parts[k][:1].isupper()
                and parts[k - 1].casefold() not in _ARTICLES
                and any(len(words[o]) == len(parts) - k and names_match(o, rest) for o in others)
            ):
                cut = []
                for m in mentions.pop(name):
                    start = texts[m.article_id].find(parts[k], m.start, m.end)
                    cut.append(NameMention(m.article_id, rest, start, m.end))
                mentions.setdefault(rest, []).extend(cut)
                break


_NUMBER_AFTER = re.compile(r" (\d{1,4})(?![\w%])(?![.,:/\-–]\d)(?!\s*[€$£₴₽])")
"""A number written right after a name, one space between ("Seo Hae 208", "Kestrel 7"), not
an amount's ("... Ковтонюк 80 тисяч євро", "Schmidt 500 €")."""
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")


def _is_amount(text: str, end: int) -> bool:
    """Is the number ending at end followed by a scale word ("80 тисяч", "5 millones")? Then
    it is an amount the sentence gives after the name (a dative object), not its number."""
    after = _WORD_AFTER.match(text, end)
    return bool(after and scale_of(after.group(1)))


def _numbered(
    mentions: Mapping[str, list[NameMention]], texts: Mapping[int, str]
) -> dict[str, list[NameMention]]:
    """The mentions with a number taken into the name when every mention of it is followed by
    that same number: a vessel's, an aircraft's or a product's designation ("Seo Hae 208" /
    "Seohae 208" / "Seo-Hae 208"), whose words alone are too short to be joined by their
    compact key, while the shared number is strong evidence they are one name."""
    out: dict[str, list[NameMention]] = {}
    for name, ms in mentions.items():
        after = [_NUMBER_AFTER.match(texts[m.article_id], m.end) for m in ms]
        after = [
            a if a and not _is_amount(texts[m.article_id], a.end(1)) else None
            for m, a in zip(ms, after, strict=True)
        ]
        numbers = {a.group(1) if a else None for a in after}
        if len(numbers) != 1 or None in numbers:
            out[name] = ms
            continue
        number = numbers.pop()
        named = f"{name} {number}"
        out[named] = [
            NameMention(m.article_id, named, m.start, a.end(1))
            for m, a in zip(ms, after, strict=True)
            if a
        ]
    return out


_ARTICLES = frozenset(
    """the a an der die das den dem des ein eine einer einem einen eines le la les un une du
    el los las una unos unas""".split()
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _after_article(texts: Mapping[int, str], mentions: list[NameMention]) -> bool:
    """Is a capitalised word ever written right after an article or a preposition of place
    ("eine Brücke", "the Thames", "на Западную вершину")? Then it is a noun or a place, not
    a surname used alone ("Brückner said")."""
    for m in mentions:
        before = _WORD_BEFORE.search(texts[m.article_id], max(0, m.start - 20), m.start)
        if before and before.group(1).casefold() in _ARTICLES | PLACE_PREPOSITIONS:
            return True
    return False


def _probable_misspelling(v: NameVariant, top: NameVariant) -> bool:
    """A less used spelling that differs from the usual one by a letter or two (not a hyphen,
    capitals or a different transliteration scheme)."""
    if v is top:
        return False
    a, b = fold(v.name).replace(" ", ""), fold(top.name).replace(" ", "")
    return a != b and fuzz.ratio(a, b) >= 85
