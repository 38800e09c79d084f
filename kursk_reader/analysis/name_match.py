"""How two names compare: a name's parts, a part's identity (no case, accents or Russian and
Ukrainian case ending), and whether two names could be one name written two ways — part by
part in one script, through romanisation tables across scripts. Shared by the name modules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.name_korean import is_korean_given_name, same_korean_surname
from kursk_reader.analysis.name_sounds import (
    consonant_skeleton,
    foreign_transliteration,
    name_fold,
    script_of,
    sound_key,
    transliterations,
    vowel_groups,
)
from kursk_reader.analysis.textspans import fold


@dataclass(frozen=True, slots=True)
class NameMention:
    article_id: int
    name: str
    start: int
    end: int


FUNCTION_WORDS = frozenset(
    """the a an in on at of for by from to and but or as when while after since despite
    according this that these those his her their its our my your with without during
    however meanwhile also then there here what which who why how all both each every
    в на и но а по с со из о об при после для что как это эти его её их
    в на і але а по з із о про при після для що як це ці його її їх
    der die das den dem des ein eine und aber in im am auf mit von zu nach
    wie laut bei für gegen über unter vor seit während wegen als auch dass denn doch oder
    sowie zum zur vom beim ins sie er es wir ihr sein seine ihre dieser diese dieses
    und et mais ou donc selon pour par avec sans dans sur sous chez vers après avant
    depuis pendant lors comme quand que qui il elle ils elles cette ces leur leurs ainsi
    alors puis aussi
    pero según para por con sobre bajo desde hasta tras durante como cuando que quien él
    ella ellos ellas este esta estos estas ese esa así además también
    under over near into about among between before against through
    под над около у до за через между перед согласно также
    під над біля у до за через між перед згідно також""".split()
)
"""Words of a closed class (articles, prepositions, conjunctions, pronouns; the Romance
articles left out, as they open names: "Le Pen", "El Salvador", and short words that are
also surnames: "Sin", "Son", "Su") trimmed from the start of a run of capitalised words:
"Según Javier García" is "Javier García"."""
_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.I)
_CASE_ENDINGS = sorted(
    "ого ому ыми ими ами ями ою ею єю ью ой ей ом ем ым им ую юю ая яя ое ее ые ие ых их а я у ю е "
    "ы и і ї".split(),
    key=len,
    reverse=True,
)
FUZZY_PART = 85
"""Parts no dictionary knows count as one name spelled two ways above this rapidfuzz ratio."""
_FUZZY_LONE_PART = 75
"""The one differing part of otherwise equal names ("Kovalyov" / "Kovalev") may be this alike."""
FUZZY_SCRIPT = 80
"""Sound skeletons of a transliterated Cyrillic part and a Latin part this alike (rapidfuzz
ratio) are one part: romanisation schemes differ in a letter or two ("Kovalchuk"/"Koval'chuk").
Lower joins different short surnames across scripts."""
_MIN_SKELETON = 4
"""Consonant sounds two names differing only in vowels need: "Moran" / "Marin" (three) are
different names, "Reardon" / "Riordan" (four) one name spelled two ways."""
_FUZZY_KNOWN_NAME = 85
"""Sound skeletons of two given names the dictionary knows ("Kathryn" / "Katherine") this
alike, the rest of the name equal, are one person's name spelled two ways."""


@lru_cache(maxsize=65536)
def name_parts(name: str) -> tuple[str, ...]:
    return tuple(p for p in _PART_SPLIT.split(name) if p)


_PART_SPLIT = re.compile(r"[\s\-‐‑]+")


@lru_cache(maxsize=65536)
def identity(part: str) -> str:
    """A part without case, accents or a Russian/Ukrainian case ending: "Путина" -> "путин"."""
    f = name_fold(part).replace(" ", "")
    if _CYRILLIC.search(f) and len(f) > 4:
        for ending in _CASE_ENDINGS:
            if f.endswith(ending) and len(f) - len(ending) >= 3:
                return f[: -len(ending)]
        if f.endswith("ь"):
            return f[:-1]  # a soft sign closes the nominative: "Сибирь" / "Сибири" / "Сибирью"
    return f


def parts_match(a: str, b: str) -> bool:
    if identity(a) == identity(b) or sound_key(a) == sound_key(b):
        return True
    if min(len(a), len(b)) >= 4 and a.endswith("s") != b.endswith("s"):
        x, y = (a[:-1], b) if a.endswith("s") else (a, b[:-1])
        plural = (x == y and x.endswith(("an", "er")) and lexicon.is_known_capitalised(x)) or all(
            lexicon.is_known_capitalised(w) for w in (a, b)
        )  # a people and its plural: "Koreans" / "Korean", "Sri Lankans" / "Sri Lankan"
        if sound_key(x) == sound_key(y) and not plural:
            return True  # a Latvian/Lithuanian nominative ending: "Andrejs" / "Andrei"
    if lexicon.is_dictionary_word(a) or lexicon.is_dictionary_word(b):
        return False
    if min(len(a), len(b)) < 4:
        return False
    known = lexicon.is_known_capitalised(a) or lexicon.is_known_capitalised(b)
    if not known and fuzz.ratio(fold(a), fold(b)) >= FUZZY_PART:
        return True
    fa, fb = fold(a), fold(b)
    if known and (fa.startswith(fb) or fb.startswith(fa)):
        return False  # "Korea" / "Korean": a word and its derivative
    ka, kb = sound_key(a), sound_key(b)
    return min(len(ka), len(kb)) >= 5 and ka[0] == kb[0] and fuzz.ratio(ka, kb) >= FUZZY_PART


@lru_cache(maxsize=131072)
def names_match(a: str, b: str) -> bool:
    """Could a and b be one name written two ways (same script, part by part)? When all
    parts but one are the same, the odd part may differ a little more (_FUZZY_LONE_PART);
    when some part is the same, the others may differ in one short vowel each
    (`is_vowel_spelling`)."""
    if script_of(a) != script_of(b):
        return across_scripts(a, b)
    pa, pb = core_parts(a), core_parts(b)
    if len(pa) == len(pb):
        same = [identity(x) == identity(y) for x, y in zip(pa, pb, strict=True)]
        if sum(same) == len(pa) - 1 and len(pa) >= 2:
            x, y = next((x, y) for x, y, s in zip(pa, pb, same, strict=True) if not s)
            if (
                (is_gender_pair(x, y) and not _surname_vowel_slip(pa, pb, x, y))
                or is_derived_name(x, y)
                or _feminine_given(pa, pb, x, y)
            ):
                return False
            if parts_match(x, y):
                return True
            if _korean_surnames(pa, pb, x, y):
                return True
            if is_vowel_spelling(x, y) and (len(pa) >= 3 or min(len(x), len(y)) >= 5):
                return True
            if len(pa) >= 3 and is_one_vowel_slip(x, y) and _names_only(a.split(), x):
                return True
            if is_cognate(x, y) and _has_proper_part(pa, x):
                return True
            if consonant_skeleton(x) == consonant_skeleton(y) and (
                len(consonant_skeleton(x)) < _MIN_SKELETON
            ):
                return False  # "Hamad" / "Hamid": two names one vowel apart
            if min(len(x), len(y)) < 5 or any(lexicon.is_dictionary_word(w) for w in (x, y)):
                return False
            likeness = fuzz.ratio(sound_key(x), sound_key(y))
            if any(lexicon.is_known_capitalised(w) for w in (x, y)):
                fx, fy = fold(x), fold(y)
                derived = fx.startswith(fy) or fy.startswith(fx)  # "Korea" / "Korean"
                same_start = fx[0] == fy[0] or {fx[0], fy[0]} == {"c", "k"}  # Catherine
                return not derived and same_start and likeness >= _FUZZY_KNOWN_NAME
            same_sound = sound_key(x)[:1] == sound_key(y)[:1]  # "Tkachenko" / "Gritsenko"
            return (same_sound and likeness >= _FUZZY_LONE_PART) or vowels_differ_only(x, y)
        if all(parts_match(x, y) for x, y in zip(pa, pb, strict=True)):
            return not any(_vowel_ending_added(x, y) for x, y in zip(pa, pb, strict=True))
        return any(same) and all(
            s or parts_match(x, y) or is_vowel_spelling(x, y)
            for x, y, s in zip(pa, pb, same, strict=True)
        )  # "Ahmed Abdel Rahman" / "Ahmad Abdul Rahman": short vowels written two ways
    return "".join(sound_key(p) for p in pa) == "".join(sound_key(p) for p in pb)


def _vowel_ending_added(x: str, y: str) -> bool:
    """One part is the other with a final vowel more ("Lenz" / "Lenzi", "Ross" / "Rossi"):
    two surnames of one root, not one written two ways, when no part of the names is shared
    ("Markus Lenz" / "Marco Lenzi"). Transliterations change letters ("Yevgeny" / "Evgeny",
    "Gennady" / "Gennadiy"), not an Italian plural ending."""
    fx, fy = fold(x), fold(y)
    short, long = sorted((fx, fy), key=len)
    return len(long) == len(short) + 1 and long.startswith(short) and long[-1] in "aeiou"


def _korean_surnames(pa: tuple[str, ...], pb: tuple[str, ...], x: str, y: str) -> bool:
    """Is the one odd part a surname, first or last, written two ways the romanisations of a
    Korean surname are ("Lee Seung-min" / "Yi Seung-min"), beside a Korean given name?"""
    if pa[0] == x and pb[0] == y:
        given = pa[1:]
    elif pa[-1] == x and pb[-1] == y:
        given = pa[:-1]
    else:
        return False
    return is_korean_given_name(given) and same_korean_surname(x, y)


PARTICLES = frozenset(
    """al el ul ad ar as at an ash az ud bin ben ibn bint de da di do dos das del della der den
    van von la le du des ter ten zu y""".split()
)
"""Small words inside names ("Khalid al-Mashani", "Saif bin Nasser", "Jan van der Berg",
"Juan de la Cruz") that one article writes, capitalises or hyphens and another drops."""


@lru_cache(maxsize=65536)
def core_parts(name: str) -> tuple[str, ...]:
    """A name's parts without the particles after its first word ("El Orenda Trader" keeps
    its article) and a patronymic between given name and surname,
    when two or more parts are left: "Khalid al-Mashani" and "Khaled Al Mashani" are compared
    as "Khalid Mashani" / "Khaled Mashani", "Олег Игоревич Гуров" as "Олег Гуров"."""
    parts = name_parts(name)
    core = tuple(
        p
        for k, p in enumerate(parts)
        if not (k > 0 and p.casefold() in PARTICLES)
        and not (0 < k < len(parts) - 1 and _PATRONYMIC.search(p.casefold()))
    )
    return core if len(core) >= 2 else parts


_PATRONYMIC = re.compile(
    r"(?:ович|евич|ьевич|йович|ійович|овна|евна|ьевна|ична|івна|ївна|йовна"
    r"|ovich|evich|ovych|yovych|ievich|ovna|evna|ivna|yivna|ichna)$"
)
"""A Russian or Ukrainian patronymic in the middle of a name ("Олег Игоревич Гуров", "Oleh
Ihorovych Hurov"): one article writes it, another leaves it out."""


_VOWEL = frozenset("aeiu")


def is_vowel_spelling(a: str, b: str) -> bool:
    """One vowel written "e" in one spelling and another vowel in the other, the rest of the
    sound key equal ("Khalid" / "Khaled", "Tariq" / "Tareq", "Ahmed" / "Ahmad", "Abdel" /
    "Abdul", "Olena" / "Elena", "Tetiana" / "Tatyana"): how Arabic, Persian or Turkic short
    vowels, or Ukrainian and Russian forms of a given name, come out in Latin letters ("o" /
    "u" are already one sound). Never the last letter (a case or gender ending), never two full
    vowels ("Hamad" / "Hamid" are two names)."""
    ka, kb = sound_key(a), sound_key(b)
    if len(ka) != len(kb) or len(ka) < 4 or (ka[0] != kb[0] and not {ka[0], kb[0]} <= _VOWEL):
        return False
    diff = [(x, y) for x, y in zip(ka, kb, strict=True) if x != y]
    if len(diff) != 1 or ka[-1] != kb[-1]:
        return False
    return "e" in diff[0]


_MIN_SLIP = 5
"""Letters a part needs before one vowel written for another in it is a slip of the pen."""


def is_one_vowel_slip(a: str, b: str) -> bool:
    """One vowel written for another inside a surname ("Orsini" / "Orsoni"), never the first
    or last letter (a gender or case ending), in parts of at least _MIN_SLIP letters. Only
    for the one differing part of names of three or more parts, the others written alike:
    two given names ("Jean-Baptiste", "José Luis") make a different person unlikely."""
    fa, fb = fold(a), fold(b)
    if len(fa) != len(fb) or len(fa) < _MIN_SLIP or lexicon.is_dictionary_word(a):
        return False
    diff = [k for k, (x, y) in enumerate(zip(fa, fb, strict=True)) if x != y]
    return (
        len(diff) == 1
        and 0 < diff[0] < len(fa) - 1
        and fa[diff[0]] in _VOWELS_ALL
        and fb[diff[0]] in _VOWELS_ALL
    )


_VOWELS_ALL = frozenset("aeiouy")


_COGNATE_STEM = 5
"""Letters two words must begin with alike to be one word in two languages ("Energy" /
"Energías", "Logistics" / "Logística", "Numismatics" / "Numismatique")."""


def is_cognate(a: str, b: str) -> bool:
    """A common word of a body's name and its translation by a cognate: one of them an English
    dictionary word, both beginning with the same _COGNATE_STEM letters or more."""
    fa, fb = fold(a), fold(b)
    if min(len(fa), len(fb)) < _COGNATE_STEM or fa[:_COGNATE_STEM] != fb[:_COGNATE_STEM]:
        return False
    return lexicon.is_dictionary_word(a) or lexicon.is_dictionary_word(b)


def _has_proper_part(parts: tuple[str, ...], odd: str) -> bool:
    """Does the name hold, besides its odd part, a word no dictionary knows, as a firm's own
    name ("Solárica" in "Solárica Energías") is?"""
    return any(
        p != odd and not lexicon.is_dictionary_word(p) and not lexicon.is_known_capitalised(p)
        for p in parts
    )


def _names_only(words: list[str], odd: str) -> bool:
    """Are the words of a name other than its odd part names, not common words ("Nurse Anna
    Morin" has one)? A hyphened given name counts as one word ("Jean-Baptiste")."""
    return all(
        not lexicon.is_dictionary_word(w) or lexicon.is_known_capitalised(w)
        for w in words
        if odd not in name_parts(w)
    )


def is_gender_pair(a: str, b: str) -> bool:
    """Masculine and feminine forms of one name ("Roberto" / "Roberta", "Kowalski" /
    "Kowalska"): the same word but for a last vowel, one of them "a". Two people (a brother
    and a sister, a husband and a wife), not one name spelled two ways."""
    fa, fb = fold(a), fold(b)
    ends = {fa[-1:], fb[-1:]}
    return len(fa) >= 4 and fa[:-1] == fb[:-1] and "a" in ends and ends <= set("aeiouy")


def _surname_vowel_slip(pa: tuple[str, ...], pb: tuple[str, ...], x: str, y: str) -> bool:
    """Is the odd pair a surname after the same given names, its last vowel "a" in one and
    "o" or "e" in the other ("Rubén Castañeda" / "Rubén Castañedo")? Surnames in "-a"/"-o"
    do not change with gender as given names do ("Roberto" / "Roberta"); Slavic ones in
    "-i"/"-a" ("Kowalski" / "Kowalska") and "-y"/"-a" do, and stay two people."""
    ends = {fold(x)[-1:], fold(y)[-1:]}
    return pa[-1] == x and pb[-1] == y and ends in ({"a", "o"}, {"a", "e"})


def _feminine_given(pa: tuple[str, ...], pb: tuple[str, ...], x: str, y: str) -> bool:
    """Is the one odd part a given name and the other one with a feminine "e" or "a" added
    ("Christian" / "Christiane", "Jan" / "Jana", "Paul" / "Paula")? Two people (a brother and
    a sister, a husband and a wife), not one name spelled two ways."""
    if not (pa[0] == x and pb[0] == y):
        return False
    short, long = sorted((fold(x), fold(y)), key=len)
    return len(short) >= 3 and long[:-1] == short and long[-1] in "ae"


_DERIVED = 3
"""Letters a longer name must add to a shorter one it starts with to be a name derived from
it ("Bondar" / "Bondarenko", "Ivan" / "Ivanov"), not the same name spelled out."""


_COMPOUND_HEAD = 4
"""Letters a word must add before another it ends with to be a compound of it."""
_MIN_COMPOUND_TAIL = 5
"""Letters the shorter word needs to be a compound's head noun ("Ministeriums")."""


def is_derived_name(a: str, b: str) -> bool:
    """One name made from the other with a suffix ("Ivanov" from "Ivan", also as they sound:
    "Schäfer" / "Schaefermeyer"), or a compound
    ending in the other ("Bildungsministeriums" / "Ministeriums": German, Dutch and the
    Nordic languages write a narrower thing as one word): a different name, however alike."""
    fa, fb = fold(a), fold(b)
    short, long = sorted((fa, fb), key=len)
    if (long.startswith(short) and len(long) - len(short) >= _DERIVED) or (
        len(short) >= _MIN_COMPOUND_TAIL
        and long.endswith(short)
        and len(long) - len(short) >= _COMPOUND_HEAD
    ):
        return True
    short, long = sorted((sound_key(a), sound_key(b)), key=len)  # "Schäfer" / "Schaefermeyer"
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) >= _DERIVED


def vowels_differ_only(a: str, b: str) -> bool:
    """Two spellings of one name that differ only in their vowels ("Reardon" / "Riordan"):
    the same first letter, the same consonant skeleton of at least _MIN_SKELETON sounds and
    as many vowel runs. Only for the one differing part of otherwise equal names."""
    skeleton = consonant_skeleton(a)
    return (
        fold(a)[:1] == fold(b)[:1]
        and len(skeleton) >= _MIN_SKELETON
        and skeleton == consonant_skeleton(b)
        and vowel_groups(a) == vowel_groups(b)
    )


@lru_cache(maxsize=65536)
def romanised_keys(cyrillic: str) -> frozenset[str]:
    """Sound keys of a Cyrillic word romanised Russian- and Ukrainian-style, as written and
    without its case ending."""
    forms = (cyrillic, identity(cyrillic), _stem(cyrillic))
    return frozenset(
        sound_key(t)
        for form in forms
        if form
        for t in (*transliterations(form), foreign_transliteration(form))
    )


def _stem(cyrillic: str) -> str:
    """A short Cyrillic name without its case ending ("Анны" -> "анн"), which `identity`
    keeps for words of four letters; "" when nothing is cut."""
    f = fold(cyrillic)
    for ending in _CASE_ENDINGS:
        if f.endswith(ending) and len(f) - len(ending) >= 2:
            return f[: -len(ending)]
    return ""


_LATIN_ENDING = re.compile(r"(?<=..)[aeiu]$")


def across_scripts(a: str, b: str) -> bool:
    """One person's name in Cyrillic and in Latin letters ("Сергій Грушко" / "Sergei
    Grushko"): some transliteration of the Cyrillic one (case ending dropped) sounds like the
    Latin one part by part. Names of one hyphenated word (places, firms) are not compared:
    writing them in each language's script is no variant."""
    cyr, lat = (a, b) if script_of(a) == "cyrillic" else (b, a)
    if len(cyr.split()) < 2 or len(lat.split()) < 2:
        return False  # "Jalal-Abad" / "Джалал-Абад": a place or firm spelled in each script
    pc, pl = core_parts(cyr), core_parts(lat)
    if len(pc) != len(pl):
        return False
    for x, y in zip(pc, pl, strict=True):
        keys = romanised_keys(x)
        target = sound_key(y)
        if target in keys or _LATIN_ENDING.sub("", target) in keys:
            continue  # "Анны" (genitive) is "Anna": both without their ending
        if not any(script_keys_alike(k, target) for k in keys):
            return False
    return True


_SCRIPT_LENGTH = 1
"""Letters two sound keys of one name in two scripts may differ in length: romanisation
schemes differ in a letter or two of the same length ("Kovalchuk" / "Koval'chuk"); a name
longer by a suffix is another one ("Koval" / "Kovalev", "Melnyk" / "Melnychuk")."""


def script_keys_alike(key: str, target: str) -> bool:
    """Are two sound keys (a Cyrillic word romanised, a Latin word) alike enough to be one
    name: at least four letters each, about as long, and a rapidfuzz ratio >= FUZZY_SCRIPT."""
    return (
        min(len(key), len(target)) >= 4
        and abs(len(key) - len(target)) <= _SCRIPT_LENGTH
        and fuzz.ratio(key, target) >= FUZZY_SCRIPT
    )


def case_key(name: str) -> str:
    """The name with its capitals folded except those inside a word: "KELMARSH FALLS" and
    "Kelmarsh Falls" are one spelling, "PayLink" and "Paylink" two. Typographic apostrophes
    and hyphens are one character ("O’Brien" is "O'Brien")."""
    plain = name.translate(_TYPOGRAPHIC)
    return " ".join(
        w.casefold() if w.isupper() else w[:1].casefold() + w[1:] for w in plain.split()
    )


_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-"})
