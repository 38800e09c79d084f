"""Places and bodies (firms, agencies) among names. A place written with and without its
accents ("San Andrés del Río" / "San Andres del Rio") is one name in each language's habit,
nothing for a reader to check; a firm or an agency written so ("Solárica Energías" /
"Solarica Energias", "Klaipėda Port Authority" / "Klaipeda Port Authority") is a variant, as
a person's name is. The text tells a place by where it stands (after a preposition of place
or a settlement noun, in capitals at a dateline) or by its shape (a saint's title, a
direction word, a landscape or street noun). Also here: a firm's name as written (a German
kind-of-firm noun cut, a legal form kept), the same words in another order, and one-word
bodies written in Cyrillic and Latin letters. Split from `names`."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from rapidfuzz import fuzz

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.disjoint import DisjointSets
from kursk_reader.analysis.name_forms import LEGAL_FORMS, without_legal_form
from kursk_reader.analysis.name_match import (
    FUZZY_SCRIPT,
    NameMention,
    identity,
    name_parts,
    names_match,
    romanised_keys,
)
from kursk_reader.analysis.name_sounds import script_of, sound_key
from kursk_reader.analysis.textspans import fold

SETTLEMENT_NOUNS = frozenset(
    """town city village hamlet municipality suburb district region province county port
    ville village commune bourg hameau département région province
    stadt dorf gemeinde ortschaft ort kreis landkreis bezirk region provinz gemeindeteil
    ciudad pueblo localidad municipio aldea villa comarca provincia región barrio
    город село посёлок поселок деревня район область край станица
    місто село селище район область край""".split()
)
"""Settlement and territory nouns in six languages: a name right after one ("the town of X",
"le village de X", "die Stadt X", "la localidad de X", "город X") is a place's."""
GEOGRAPHIC_NOUNS = frozenset(
    """lake river mount mountain cape bay island isle valley gulf sea coast beach forest
    peninsula
    lac rivière fleuve mont montagne cap baie île vallée golfe mer côte plage forêt péninsule
    presqu'île
    see fluss berg kap bucht insel tal golf meer küste strand wald halbinsel
    lago río rio monte cabo bahía isla valle golfo mar costa playa sierra bosque península
    озеро река гора мыс залив остров долина море побережье лес полуостров
    озеро річка гора мис затока острів долина море узбережжя ліс півострів
    street square avenue road bridge airport station
    rue place avenue boulevard pont aéroport gare parc
    straße strasse platz allee brücke flughafen bahnhof
    calle plaza avenida paseo puente aeropuerto estación parque
    улица площадь проспект мост аэропорт вокзал станция парк
    вулиця площа проспект міст аеропорт вокзал станція парк""".split()
)
"""Nouns of landscape features and of a town's streets, squares, bridges and stations in six
languages, opening or closing a place's name as a word of its own ("Lake Ohrid", "Cabo
Ortegal", "Plaza Mayor", "Gare de Lyon")."""
_GEOGRAPHIC = frozenset(fold(w) for w in GEOGRAPHIC_NOUNS)
_CLOSING = frozenset(
    """lake river mountain cape bay island isle valley gulf sea coast beach forest street
    square avenue road bridge airport station""".split()
)
"""English nouns that close a place's name ("Heathrow Airport", "Kings Cross Station"); the
other languages' close surnames too often ("Anna Berg", "Rui Costa")."""
SAINT_OPENINGS = frozenset("san santa santo sao saint sainte st ste sankt sant".split())
"""A saint's title (folded) opening a name is a place's in every language here ("San Andrés
del Río", "Saint-Aubin", "São Paulo"); a person's name with one is caught as a person's
first."""
GEOGRAPHIC_MODIFIERS = frozenset(
    """north south east west central northern southern eastern western upper lower greater
    nord sud est ouest centrale haute basse
    nord süd ost west mittel zentral ober unter
    norte sur este oeste centro alto bajo
    северн южн восточн западн центральн верхн нижн
    північн південн східн західн центральн верхн нижн""".split()
)
"""Direction and position words opening a region's name in six languages ("Central Asia",
"Haute-Savoie", "Южная Корея"); Cyrillic ones as stems, their endings vary with case."""
_MODIFIERS = frozenset(fold(w) for w in GEOGRAPHIC_MODIFIERS)


def is_place_shaped(name: str) -> bool:
    """A name shaped as a place's whatever the text around it: opened by a saint's title,
    a direction word or a landscape or street noun, or closed by an English one ("Santa
    Lucía", "Central Asia", "Центральной Азии", "Cabo Ortegal", "Heathrow Airport")."""
    parts = [fold(p) for p in name_parts(name)]
    first, last = parts[0], parts[-1]
    if script_of(name) == "cyrillic":
        stems = {identity(w) for w in GEOGRAPHIC_NOUNS if script_of(w) == "cyrillic"}
        return (
            any(first.startswith(s) for s in _MODIFIERS if script_of(s) == "cyrillic")
            or identity(first) in stems
            or identity(last) in stems
        )
    return (
        first in SAINT_OPENINGS or first in _MODIFIERS or first in _GEOGRAPHIC or last in _CLOSING
    )


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_NOUN_OF = re.compile(r"([^\W\d_]+)\s+(?:of|de|del|di|d['’]|von|des)\s*$")
_PREPOSITIONS = frozenset(
    """in near outside inside в во у возле около біля поблизу im bei nahe à en dans près
    cerca""".split()
)
"""Prepositions that put a place after them in six languages; not "to", "from", "at", "de"
or "von", which as often put a firm there ("sold to X", "officials from X", "fuentes de X")."""
_LOOK_BACK = 30


_CYRILLIC_ENDINGS = tuple("ами ями ою ею ой ей ом ем ах ях а я и ы і ї у ю е є о ь".split())


def _bare(word: str) -> str:
    """A folded Cyrillic noun without one case ending (at least three letters kept)."""
    f = fold(word)
    for ending in _CYRILLIC_ENDINGS:
        if f.endswith(ending) and len(f) - len(ending) >= 3:
            return f[: -len(ending)]
    return f


_GEOGRAPHIC_CYRILLIC = frozenset(_bare(w) for w in GEOGRAPHIC_NOUNS if script_of(w) == "cyrillic")


def is_geographic_noun(word: str) -> bool:
    """A landscape or street noun (`GEOGRAPHIC_NOUNS`), Russian and Ukrainian ones in any case
    ("біля гори X", "у реки X", "на вулиці X"): a name right after one is a place's."""
    if script_of(word) == "cyrillic":
        return _bare(word) in _GEOGRAPHIC_CYRILLIC
    return fold(word) in _GEOGRAPHIC


def place_spellings(
    texts: Mapping[int, str], mentions: Mapping[str, Iterable[NameMention]]
) -> frozenset[str]:
    """Spellings of multi-word names the text treats as places at least once: after a
    preposition of place ("in", "en", "à", "bei", "в"), a settlement noun or a landscape noun
    ("Mount X", "гори X"), or written in
    capitals (a dateline: "SAN ANDRES DEL RIO, Mexico"); or opened by a saint's title or
    opened or closed by a landscape noun ("Santa Lucía", "Cabo Ortegal", "Lake Ohrid")."""
    out: set[str] = set()
    for name, ms in mentions.items():
        if name.isupper() or is_place_shaped(name):
            out.add(name)
            continue
        for m in ms:
            text, start = texts[m.article_id], max(0, m.start - _LOOK_BACK)
            word = _WORD_BEFORE.search(text, start, m.start)
            noun = _NOUN_OF.search(text, start, m.start)
            if (
                (word and word.group(1).casefold() in _PREPOSITIONS | SETTLEMENT_NOUNS)
                or (noun and noun.group(1).casefold() in SETTLEMENT_NOUNS)
                or (word and is_geographic_noun(word.group(1)))
            ):
                out.add(name)
                break
    return frozenset(out)


_BODY_KINDS_CYRILLIC = tuple(
    """компани фирм предприяти концерн корпораци агентств госпредприяти компані фірм
    підприємств корпораці агенці держпідприєм""".split()
)
_LEGAL_CYRILLIC = ("ооо", "оао", "зао", "пао", "ао", "кп", "тов", "прат", "пат", "ат")
_AFTER_KIND = re.compile(
    r"(?:\b(?:"
    + "|".join(_BODY_KINDS_CYRILLIC)
    + r")\w*|\b(?:"
    + "|".join(_LEGAL_CYRILLIC)
    + r"))\s+([А-ЯЁІЇЄҐ][\w\-]*\w)",
    re.IGNORECASE,
)
_BODY_KINDS_LATIN = """company firm utility service agency operator enterprise corporation
    provider carrier maker manufacturer producer contractor supplier firma unternehmen konzern
    betreiber hersteller betrieb versorger dienst agentur anbieter gesellschaft société
    entreprise compagnie agence régie opérateur fabricant constructeur fournisseur prestataire
    empresa compañía agencia servicio operador fabricante constructora proveedor
    sociedad""".split()
_AFTER_KIND_LATIN = re.compile(
    r"(?<![^\W\d_])(?<!news )(?<!press )(?<!wire )(?i:"
    + "|".join(_BODY_KINDS_LATIN)
    + r")(?:[ \u00a0]+[a-zà-öø-ÿ]*(?:al|ale|ique|ico|ica|ano|ana|ain|aine|ien|ienne|ar|ario"
    r"|aria|ier|ière))?[ \u00a0]+([^\W\d_a-z][\w\-]*\w)"
)
"""A Latin-script noun for a kind of body before its name in en, de, fr, es, at most one
adjective between ("greenery service Kyivzelenbud", "la régie municipale Kyivteplo", "der
Versorger Kyjiwenergo"): the word after it is a body's name, and its Cyrillic spellings
(in any case, quoted or not: "За даними Київзеленбуду") are that body's too. A "news
agency" is an outlet the article cites, not a body of the event."""
_CAPITALISED = re.compile(r"(?<![\w\-])[^\W\d_a-zа-яёіїєґ][\w\-]*\w")
"""Russian and Ukrainian nouns (as stems, for every case) and legal forms naming a kind of
body before its name ("компании Ленсигнал", "КП Київводоканал", "ООО Уралсоль"): the word
after one is a body's name, as a quoted one is."""
_QUOTED = re.compile(r"[«„“\"]([^\W\d_][\w\-]*[^\W\d_])[»“”\"]")
_MIN_BODY = 5
"""Letters a one-word body needs before its spellings in two scripts are joined by sound."""
_MIN_FUZZY_BODY = 8
"""Letters both spellings need before a near sound (not an equal one) joins them."""


def bodies_across_scripts(
    texts: Mapping[int, str], known: Iterable[str], taken: set[str]
) -> list[tuple[list[list[str]], dict[str, list[NameMention]]]]:
    """One-word bodies (firms, agencies, utilities) written in Cyrillic and Latin letters
    ("«Ленсигнал»" / "Lensignal", "«Укравтодоре»" / "Ukravtodor" / "Ukrautodor"). Russian
    and Ukrainian put a body's name in quotation marks or after a noun for its kind; a
    capitalised Cyrillic word written so at least once, no dictionary word, is a body, its
    case forms one spelling. A Latin word no dictionary knows joins it when some
    romanisation of it sounds the same (or nearly, for long words); two Cyrillic spellings
    join by sound too ("Київводоканал" / "Киевводоканал"). Places are never written so,
    and stay out. Each result is a group's
    spellings (each a list of words differing only in case endings or accents) and the
    mentions of every word; words in `taken` or in `known` names are left out."""
    quoted: set[str] = set()
    for text in texts.values():
        for m in _QUOTED.finditer(text):
            word = m.group(1)
            if script_of(word) == "cyrillic" and _is_body_word(word):
                quoted.add(identity(word))
        for m in _AFTER_KIND.finditer(text):
            if _is_body_word(m.group(1)):
                quoted.add(identity(m.group(1)))
    kinds_latin = {m.group(1) for text in texts.values() for m in _AFTER_KIND_LATIN.finditer(text)}
    if not quoted and not kinds_latin:
        return []
    cores = [without_legal_form(name) for name in known]
    known_parts = {fold(p) for name in cores if len(name_parts(name)) > 1 for p in name_parts(name)}
    cyrillic: dict[str, list[NameMention]] = defaultdict(list)
    latin: dict[str, list[NameMention]] = defaultdict(list)
    for aid in sorted(texts):
        for m in _CAPITALISED.finditer(texts[aid]):
            word = m.group()
            if word not in taken and _is_body_word(word) and fold(word) not in known_parts:
                bucket = cyrillic if script_of(word) == "cyrillic" else latin
                bucket[word].append(NameMention(aid, word, m.start(), m.end()))
    named = {
        sound_key(w)
        for w in kinds_latin
        if w in latin and not (lexicon.is_known_capitalised(w) or lexicon.is_common_noun(w))
    }
    forms: dict[str, list[str]] = defaultdict(list)
    for word in sorted(cyrillic):
        if identity(word) in quoted or (named and _sounds_alike(romanised_keys(word), named)):
            forms[identity(word)].append(word)
    if not forms:
        return []
    keys = sorted(forms)
    sets = DisjointSets(keys)
    sounds = {k: romanised_keys(k) for k in keys}
    for x, a in enumerate(keys):
        for b in keys[x + 1 :]:
            if _sounds_alike(sounds[a], sounds[b]):
                sets.union(a, b)
    joined: dict[str, list[list[str]]] = defaultdict(list)
    for k in keys:
        joined[sets.find(k)].append(forms[k])
    by_latin: dict[str, list[str]] = defaultdict(list)
    for word in sorted(latin):
        if lexicon.is_known_capitalised(word) or lexicon.is_common_noun(word):
            continue
        key = sound_key(word)
        hits = [
            r
            for r, spellings in joined.items()
            if any(_sounds_alike(sounds[identity(s[0])], {key}) for s in spellings)
        ]
        if len(hits) == 1:
            by_latin[hits[0]].append(word)
    out = []
    for root, spellings in joined.items():
        words = by_latin.get(root, [])
        latin_forms: dict[str, list[str]] = defaultdict(list)
        for w in words:
            latin_forms[fold(w)].append(w)
        group = spellings + list(latin_forms.values())
        if len(group) < 2:
            continue
        ms = {w: (cyrillic.get(w) or latin[w]) for s in group for w in s}
        out.append((group, ms))
    return out


def _is_body_word(word: str) -> bool:
    """A capitalised word of at least _MIN_BODY letters that no dictionary knows in lower
    case and that is not all capitals (an acronym)."""
    letters = sum(ch.isalpha() for ch in word)
    return (
        letters >= _MIN_BODY
        and word[:1].isupper()
        and not word.isupper()
        and not all(lexicon.is_dictionary_word(p) for p in name_parts(word))
    )


def _sounds_alike(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    if a & b:
        return True
    return any(
        min(len(x), len(y)) >= _MIN_FUZZY_BODY and fuzz.ratio(x, y) >= FUZZY_SCRIPT
        for x in a
        for y in b
    )


BODY_KIND_NOUNS = frozenset(
    "firma unternehmen konzern betreiber hersteller betrieb firmengruppe baufirma".split()
)
"""German nouns for a kind of firm, capitalised before its name as German capitalises every
noun ("die Firma Sprengtechnik Brandl GmbH", "der Betreiber Netzwerk Saar"): never part of
the name, unlike "Spedition" or "Bäckerei", which firms carry in theirs. The other languages
write them in lower case ("la empresa", "компания"), outside the name."""
_LEGAL_AFTER = re.compile(r"[ \t\u00a0]+([^\W\d_][\w.]*)(?![\w\-‐‑])")


def as_body_written(text: str, mention: NameMention) -> NameMention:
    """The mention with a kind-of-firm noun before the name cut off and a legal form right
    after it taken in, as the article writes the firm's name ("Firma Sprengtechnik Brandl
    GmbH" -> "Sprengtechnik Brandl GmbH"); other mentions unchanged."""
    name, start, end = mention.name, mention.start, mention.end
    words = name.split()
    if len(words) >= 3 and words[0].casefold() in BODY_KIND_NOUNS:
        cut = text.find(words[1], start + len(words[0]), end)
        if cut > 0:
            start, name = cut, " ".join(words[1:])
    after = _LEGAL_AFTER.match(text, end)
    if (
        after
        and after.group(1).casefold() in LEGAL_FORMS
        and (after.group(1)[:1].isupper() or after.group(1) == "plc")
    ):
        word = after.group(1)
        if word.count(".") == 1 and word.endswith("."):
            word = word[:-1]  # "Ltd." ending a sentence
        end = after.start(1) + len(word)
        name = f"{name} {word}"
    if (name, start, end) == (mention.name, mention.start, mention.end):
        return mention
    return NameMention(mention.article_id, name, start, end)


def is_swapped(a: str, b: str) -> bool:
    """Two names of the same words in another order ("Brandl Sprengtechnik" / "Sprengtechnik
    Brandl", "Park Jun-ho" / "Jun-ho Park"): a firm's or a person's name as written in two
    languages' habits. Two-part names may also differ in spelling in their other part."""
    pa, pb = name_parts(a), name_parts(b)
    if len(pa) != len(pb) or len(pa) < 2:
        return False
    ia, ib = [identity(p) for p in pa], [identity(p) for p in pb]
    if ia == ib or not (ia[0] in ib[1:] or ib[0] in ia[1:]) or script_of(a) != script_of(b):
        return False  # a swap moves a first word elsewhere
    if sorted(ia) == sorted(ib):
        return True
    return len(pa) == 2 and names_match(a, f"{pb[1]} {pb[0]}")
