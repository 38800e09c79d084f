"""Pairing quotes across spellings and languages: one speaker written two ways ("Kovalyov" /
"Kovalev", "Грушко" / "Grushko"), and one remark in two languages, told by its speaker, its
cognates and its closed-class concepts (`quote_concepts`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from kursk_reader.analysis.name_sounds import sound_key, transliterations
from kursk_reader.analysis.quote_concepts import COMMON_CONCEPTS, concepts, strong
from kursk_reader.analysis.textspans import fold

if TYPE_CHECKING:
    from kursk_reader.analysis.quotes import Quote

_SAME_SURNAME = 75
"""rapidfuzz ratio of two folded surnames taken as one person spelled two ways."""
STOPWORDS = frozenset(
    """the a an of in on at to from by for with and or but as than that which who is are was
    were be been being have has had will would could should may might can not no it its this
    these those they them their he she his her we our you your i my me us do does did so if
    into also just very more most there here what when where how all any some such only own
    same too now then out up about over after before again further once shouldn't should
    и в во на с со из у от до по за к о об а но что как это эти его их ее её он она они мы
    не ни же ли бы уже ещё еще для при через
    і й в у на з із від до по за к о про а але що як це ці його їх її він вона вони ми не
    der die das den dem des ein eine und oder aber in im am auf mit von zu ist sind war nicht""".split()
)


@lru_cache(maxsize=16384)
def folded(quote: str) -> str:
    return fold(quote)


_SLAVIC_ENDINGS = sorted(
    """ами ями ого его ому ему ыми ими ах ях ам ям ом ем ои еи ии ыи іи ую юю ая яя ое ее ые ие
    ых их ым им ью ов ев у ю а я е о ы и і ь""".split(),
    key=len,
    reverse=True,
)
"""Case and number endings of Russian and Ukrainian nouns and adjectives (folded: й is и),
taken off before a word is cut to its stem, so "ночам" / "ночью" and "трубу" / "труба" share
one."""
_SLAVIC_LETTER = re.compile(r"[а-яёіїєґ]")
_STEM_LETTERS = 5


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A folded word's stem: its first five letters, a Cyrillic word's after one case ending is
    taken off (at least three letters stay)."""
    if _SLAVIC_LETTER.search(word):
        for ending in _SLAVIC_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                return word[: len(word) - len(ending)][:_STEM_LETTERS]
    return word[:_STEM_LETTERS]


@lru_cache(maxsize=65536)
def same_surname(a: str, b: str) -> bool:
    """Are two speakers one person by surname, spelling variants allowed ("Kovalyov" /
    "Kovalev"), a Cyrillic surname matched through its romanisations ("Грушко" / "Grushko")?"""
    if not a or not b:
        return False
    if _parts_alike(a.split()[-1], b.split()[-1]) or _double_surname(a, b):
        return True
    return _shorter_inside(a, b) or _all_parts_alike(a, b)


def _double_surname(a: str, b: str) -> bool:
    """A double surname hyphenated in one name and written with a space in the other
    ("Rossier-Pfyffer" / "Rossier Pfyffer"), each half alike."""
    for x, y in ((a, b), (b, a)):
        last, parts = x.split()[-1], y.split()
        halves = last.split("-")
        if len(halves) == 2 and len(parts) >= 3 and all(len(h) >= 3 for h in halves):
            if _parts_alike(halves[0], parts[-2]) and _parts_alike(halves[1], parts[-1]):
                return True
    return False


def people_of(
    speakers: Iterable[tuple[int, str]], same: Callable[[str, str], bool] = same_surname
) -> dict[int, int]:
    """A person number for each (quote index, speaker): speakers `same` calls one person
    share it, each compared with the first spelling seen of that person."""
    seen: list[str] = []
    out: dict[int, int] = {}
    for i, speaker in speakers:
        k = next((n for n, s in enumerate(seen) if same(s, speaker)), -1)
        if k < 0:
            seen.append(speaker)
            k = len(seen) - 1
        out[i] = k
    return out


def _parts_alike(x: str, y: str) -> bool:
    if fuzz.ratio(fold(x), fold(y)) >= _SAME_SURNAME:
        return True
    cx, cy = bool(_SLAVIC_LETTER.search(fold(x))), bool(_SLAVIC_LETTER.search(fold(y)))
    if cx and cy:
        sx, sy = _surname_stem(x), _surname_stem(y)
        if sx and sx == sy:
            return True
    elif cx != cy:
        cyrillic, latin = (x, y) if cx else (y, x)
        if _inflected_romanised(cyrillic, fold(latin)):
            return True
    kx, ky = _surname_keys(x), _surname_keys(y)
    return bool(kx & ky) or any(
        fuzz.ratio(p, q) >= _SAME_SURNAME for p in kx for q in ky if min(len(p), len(q)) >= 4
    )


_SURNAME_CASES = sorted(
    {fold(e) for e in "ого его ому ему ой ей ою ею ым им ом ем ую юю ая яя а я у ю ы и е".split()},
    key=lambda e: (-len(e), e),
)
"""Case endings of Russian and Ukrainian surnames, the feminine ones in "-ой" too ("Ольги
Зуевой" is "Ольга Зуева" in the genitive; "по словам Петровой", "у Ковтуна")."""


def _surname_stem(part: str) -> str:
    """A Cyrillic surname without its case ending (four letters at least kept), "" if none."""
    f = fold(part)
    for ending in _SURNAME_CASES:
        if f.endswith(ending) and len(f) - len(ending) >= 4:
            return f[: -len(ending)]
    return f if len(f) >= 4 else ""


_LATIN_TAIL = 3
"""Letters a Latin surname may add to the romanised stem of a Cyrillic one in another case
("Beletski" / "Белецкому": "beletsk" + "i")."""


def _inflected_romanised(cyrillic: str, latin: str) -> bool:
    """Is a Cyrillic surname in an oblique case ("Аркадию Белецкому", "Ольги Зуевой") the
    Latin one, its stem romanised opening the Latin spelling?"""
    stem_ = _surname_stem(cyrillic)
    if not stem_ or stem_ == fold(cyrillic):
        return False
    return any(
        latin.startswith(t) and len(latin) - len(t) <= _LATIN_TAIL
        for t in (fold(r) for r in transliterations(stem_))
        if len(t) >= 4
    )


def _shorter_inside(a: str, b: str) -> bool:
    """A name of two or more parts given again in a longer form, its parts in the same order
    ("Rodrigo Valdés" / "Rodrigo Valdés Ibarra": a Spanish second surname, or a middle name):
    the shorter name's last part need not be the longer one's."""
    pa, pb = a.split(), b.split()
    short, long = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    if len(short) < 2 or len(short) == len(long):
        return False
    at = 0
    for part in short:
        at = next((k + 1 for k in range(at, len(long)) if _parts_alike(part, long[k])), -1)
        if at < 0:
            return False
    return True


def _all_parts_alike(a: str, b: str) -> bool:
    """Names of three or more parts once hyphens are read as spaces, alike part by part in
    order ("Park Jun-ho" / "Pak Jun Ho" / "Park Joon-ho": a family name written first, a
    hyphenated given name; a role word before the longer one is left out: "Firmenchef Park
    Joon-ho"); a short part (two letters or fewer) must be equal."""
    pa, pb = _SPLIT.split(a.strip()), _SPLIT.split(b.strip())
    if len(pa) > len(pb):
        pa, pb = pb, pa
    if len(pa) < 3:
        return False
    for x, y in zip(pa, pb[len(pb) - len(pa) :], strict=True):
        if min(len(x), len(y)) <= 2:
            if fold(x) != fold(y):
                return False
        elif not _parts_alike(x, y) and _consonants(x) != _consonants(y):
            return False
    return True


_SPLIT = re.compile(r"[\s\-‐]+")


class NameIndex:
    """Names, found again from any name that `same_person` (`same_surname`, `given_vouches`)
    may take for one of them: those that share with it the folded given name before the
    last part, or a part (split at spaces or hyphens) alike (`_parts_alike`), equal once
    folded or of the same consonants. Every such test needs one of these, so a name
    outside `candidates` is never one person with it; the few inside are compared."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = list(names)
        self._given: dict[str, set[int]] = {}
        self._by_fold: dict[str, set[int]] = {}
        self._by_consonants: dict[str, set[int]] = {}
        self._by_key: dict[str, set[int]] = {}
        self._wide: set[int] = set()  # a name with an empty part: always a candidate
        for i, name in enumerate(self.names):
            folded_parts = fold(name).split()
            if len(folded_parts) >= 2:
                self._given.setdefault(folded_parts[-2], set()).add(i)
            for piece in _pieces(name):
                if not fold(piece):
                    self._wide.add(i)
                    continue
                self._by_fold.setdefault(fold(piece), set()).add(i)
                self._by_consonants.setdefault(_consonants(piece), set()).add(i)
                for key in _surname_keys(piece):
                    self._by_key.setdefault(key, set()).add(i)
        self._folds = sorted(self._by_fold)
        self._long_keys = sorted(k for k in self._by_key if len(k) >= 4)

    def candidates(self, name: str) -> list[str]:
        """The names (in their order) that may be one person with `name`."""
        hits = set(self._wide)
        folded_parts = fold(name).split()
        if len(folded_parts) >= 2 and len(folded_parts[-2]) >= 3:
            hits |= self._given.get(folded_parts[-2], set())
        for piece in _pieces(name):
            folded = fold(piece)
            if not folded:
                return list(self.names)
            hits |= self._by_consonants.get(_consonants(piece), set())
            for other, _, _ in process.extract(
                folded,
                self._folds,
                scorer=fuzz.ratio,
                processor=None,
                score_cutoff=_SAME_SURNAME,
                limit=None,
            ):
                hits |= self._by_fold[other]
            for key in _surname_keys(piece):
                hits |= self._by_key.get(key, set())
                if len(key) >= 4:
                    for other, _, _ in process.extract(
                        key,
                        self._long_keys,
                        scorer=fuzz.ratio,
                        processor=None,
                        score_cutoff=_SAME_SURNAME,
                        limit=None,
                    ):
                        hits |= self._by_key[other]
        return [self.names[i] for i in sorted(hits)]


def _pieces(name: str) -> set[str]:
    """A name's parts as the surname tests split it: at spaces, and at hyphens too."""
    return set(name.split()) | set(_SPLIT.split(name.strip()))


def _consonants(part: str) -> str:
    """A part's consonants: romanisations of one vowel differ ("Joon" / "Jun"), the
    consonants stay."""
    return re.sub(r"[aeiouy]+", "", fold(part))


@lru_cache(maxsize=4096)
def _surname_keys(surname: str) -> frozenset[str]:
    return frozenset(sound_key(t) for t in transliterations(surname))


_TRANSLATION_LENGTH = 2.2
"""Two quotes whose lengths differ by more than this factor are not one remark translated."""


def translations(
    quotes: list[Quote], root: Callable[[int], int], languages: Mapping[int, str]
) -> list[tuple[int, int]]:
    """Pairs of quotes that are one remark in two languages. Words cannot be compared across
    languages, so the speaker decides: when one person (matched across spellings and
    scripts) says exactly one remark in the articles of one language and exactly one in
    those of another, the two are taken for one remark translated — if their lengths are
    alike. Two remarks in one language leave the choice open, and nothing is paired: a
    speaker's different remarks reported in different languages are the risk."""
    remarks: dict[tuple[int, str], set[int]] = {}  # (speaker index, language) -> remark roots
    speaker_of = people_of(
        (i, q.speaker) for i, q in enumerate(quotes) if q.speaker and languages.get(q.article_id)
    )
    for i, k in speaker_of.items():
        remarks.setdefault((k, languages[quotes[i].article_id]), set()).add(root(i))
    out: list[tuple[int, int]] = []
    for (k, lang), roots in sorted(remarks.items()):
        for (k2, lang2), roots2 in sorted(remarks.items()):
            if k2 != k or lang2 <= lang:
                continue
            if len(roots) != 1 or len(roots2) != 1:
                out.extend(_cognate_pairs(quotes, speaker_of, root, roots, roots2))
                continue
            (r1,), (r2,) = roots, roots2
            pair = _translated_pair(
                quotes,
                [i for i in speaker_of if root(i) == r1],
                [i for i in speaker_of if root(i) == r2],
            )
            if pair is not None:
                out.append(pair)
    return out


def _translated_pair(quotes: list[Quote], xs: list[int], ys: list[int]) -> tuple[int, int] | None:
    """The first two wordings, one of each side, that read as one remark translated: lengths
    alike and the same numbers and days (`_same_strong`), or the shorter a clause of the
    longer (`_clause_translated`). A remark already worded twice in one language is tried in
    each wording: one may be a cut fragment, the other whole."""
    for x in xs:
        for y in ys:
            a, b = quotes[x].quote, quotes[y].quote
            if max(len(a), len(b)) <= _TRANSLATION_LENGTH * min(len(a), len(b)):
                if _same_strong(a, b):
                    return x, y
            elif _clause_translated(a, b):
                return x, y
    return None


_CLAUSE_END = re.compile(r"[,;:.!?…—–]+\s+")
_CLAUSE_LENGTH = 1.6
"""How much longer or shorter than a clause of a long remark a short wording may be to be
that clause translated."""


def _clause_translated(a: str, b: str) -> bool:
    """Is the shorter wording one clause of the longer remark in another language (one
    article quotes "The peak is still ahead of us", another the whole "Пик ещё не пройден,
    поэтому мы просим …")? A clause of alike length (`_CLAUSE_LENGTH`) sharing a cognate
    or concept with it, and the same numbers."""
    short, long = sorted((a, b), key=len)
    if len(short.split()) < 4:
        return False
    for clause in _CLAUSE_END.split(long):
        n = len(clause)
        if (
            n
            and max(n, len(short)) <= _CLAUSE_LENGTH * min(n, len(short))
            and cognates(clause, short) >= 1
            and strong(concepts(clause)) == strong(concepts(short))
        ):
            return True
    return False


def _same_strong(a: str, b: str) -> bool:
    """Do two wordings hold the same numbers, days and months? A translation keeps them; a
    quoted fragment may leave them out ("просто не выдержала нагрузки" of "the pipe is fifty
    years old and it simply gave way"): a fragment (`_FRAGMENT_WORDS` words at most, half
    the other's at most) may hold only some of them."""
    sa, sb = strong(concepts(a)), strong(concepts(b))
    if sa == sb:
        return True
    na, nb = len(a.split()), len(b.split())
    if sb < sa:
        sa, sb, na, nb = sb, sa, nb, na
    return sa < sb and na <= _FRAGMENT_WORDS and 2 * na <= nb


_FRAGMENT_WORDS = 5
"""Words of a quoted fragment cut from a longer remark; longer wordings are whole remarks,
and a whole translation keeps every number."""


MIN_COGNATES = 2
"""Words two quotes in different languages must share in near-identical spelling (names,
numbers, loanwords: "protocolos" / "protocol") to pair when their speaker said several."""


def _cognate_pairs(
    quotes: list[Quote],
    speaker_of: Mapping[int, int],
    root: Callable[[int], int],
    roots: set[int],
    roots2: set[int],
) -> list[tuple[int, int]]:
    """One speaker's several remarks in two languages: a remark pairs with the one remark
    of the other language it shares the most cognates with (at least MIN_COGNATES), when
    that choice is mutual and clear (no tie) and their lengths are alike, or with one
    cognate when the shorter is a clause of the longer translated (`_clause_translated`) and
    no other remark of either shares any. When that leaves
    one remark on each side, those two pair as the speaker's one remaining remark when they
    have a cognate or concept in common (a score of one) and lengths alike; two unrelated
    leftovers ("Safety comes first" / "Passengers get hotels tonight") stay apart."""
    first = {r: next(i for i in speaker_of if root(i) == r) for r in roots | roots2}
    score = {
        (a, b): cognates(quotes[first[a]].quote, quotes[first[b]].quote)
        for a in sorted(roots)
        for b in sorted(roots2)
    }
    out = []
    for (a, b), n in sorted(score.items()):
        if n < 1:
            continue
        rivals = [v for (x, y), v in score.items() if (x == a) != (y == b) and (x == a or y == b)]
        qa, qb = quotes[first[a]].quote, quotes[first[b]].quote
        if n < MIN_COGNATES:  # one word in common: only a clause translated, no rival near
            if all(v <= 0 for v in rivals) and _clause_translated(qa, qb):
                out.append((first[a], first[b]))
            continue
        if all(v < n for v in rivals) and max(len(qa), len(qb)) <= _TRANSLATION_LENGTH * min(
            len(qa), len(qb)
        ):
            out.append((first[a], first[b]))
    paired = {root(x) for pair in out for x in pair}
    left, right = sorted(roots - paired), sorted(roots2 - paired)
    if out and len(left) == 1 and len(right) == 1:  # the one remark left on each side
        x, y = first[left[0]], first[right[0]]
        lx, ly = len(quotes[x].quote), len(quotes[y].quote)
        some = cognates(quotes[x].quote, quotes[y].quote) >= 1  # a word or concept in common
        if some and max(lx, ly) <= _TRANSLATION_LENGTH * min(lx, ly):
            out.append((x, y))
    return out


_COGNATE = 80
"""rapidfuzz ratio of two folded words of five letters or more taken as one word in two
languages."""


@lru_cache(maxsize=16384)
def _cognate_words(quote: str) -> tuple[str, ...]:
    words = re.findall(r"\w+", folded(quote))
    return tuple(sorted({w for w in words if (len(w) >= 5 or w.isdigit()) and w not in STOPWORDS}))


def cognates(a: str, b: str) -> float:
    """Words of a with a near-identical word in b (across Latin and Cyrillic letters, a
    loanword alike once romanised: `_loanword_alike`), plus the closed-class concepts both hold
    (numbers, days and months count twice, concepts common in any remark half), minus two
    when one holds a number, day or month the other lacks."""
    wb = _cognate_words(b)
    near = sum(
        1
        for w in _cognate_words(a)
        if not w.isdigit()
        and any(
            w == v or fuzz.ratio(w, v) >= _COGNATE or _compound_alike(w, v) or _loanword_alike(w, v)
            for v in wb
        )
    )
    ca, cb = concepts(a), concepts(b)
    both = ca & cb
    common = len(both & COMMON_CONCEPTS)
    score = near + len(both) - common / 2 + len(strong(both))
    return score - 2 if strong(ca) != strong(cb) else score


_COMPOUND_HEAD = 6
"""Letters two long Latin words must open with to be one compound or loanword in two
languages ("handbrakes" / "Handbremsen", "ventilation" / "Ventilator" no: 'ventil' yes)."""


def _compound_alike(w: str, v: str) -> bool:
    """Two Latin words of seven letters or more opening alike for `_COMPOUND_HEAD` letters."""
    return (
        min(len(w), len(v)) >= _COMPOUND_HEAD + 1
        and w[:_COMPOUND_HEAD] == v[:_COMPOUND_HEAD]
        and not _CYRILLIC_WORD.search(w + v)
    )


_CYRILLIC_WORD = re.compile(r"[а-яёіїєґ]")
ROMAN = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэіїєґ", "abvgdeziiklmnoprstufieiieg", strict=True)),
        **{"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "iu"},
        **{"я": "ia", "ё": "e", "ь": "", "ъ": "", "'": "", "’": ""},
    }
)
_LOAN_PREFIX = 4
_LOAN_RATIO = 70
"""A Cyrillic and a Latin word are one loanword ("копії" / "copies", "камери" /
"cameras", "трансляция" / "translation") when their loose spellings open alike for four
letters and are this alike overall; lower finds more and joins chance look-alikes."""


@lru_cache(maxsize=16384)
def _loose(word: str) -> str:
    """A word in loose Latin letters: Cyrillic romanised, c/k, y/i, j/i, w/v, z/s, ph/f,
    x/ks (a loanword's s is voiced in many languages: "музику" / "music")."""
    latin = word.translate(ROMAN)
    return latin.replace("ph", "f").replace("x", "ks").translate(_LOOSE)


_LOOSE = str.maketrans("cyjwz", "kiivs")


def _loanword_alike(w: str, v: str) -> bool:
    """One word in Cyrillic, the other in Latin letters, alike once romanised."""
    if bool(_CYRILLIC_WORD.search(w)) == bool(_CYRILLIC_WORD.search(v)):
        return False
    x, y = _loose(w), _loose(v)
    return x[:_LOAN_PREFIX] == y[:_LOAN_PREFIX] and fuzz.ratio(x, y) >= _LOAN_RATIO


UNNAMED_COGNATES = 2.5
"""Cognate score (`cognates`: a number counts three, a concept one) a quote no one is named as
saying needs with a remark in another language to be taken for its translation."""


def unnamed_translations(
    quotes: list[Quote], root: Callable[[int], int], languages: Mapping[int, str]
) -> list[tuple[int, int]]:
    """A quote whose speaker its article does not name ("«…», advirtió la alcaldesa" in an
    article naming no one) paired with the remark of another language it is the translation
    of: the two share numbers or words across languages (`cognates` at least
    UNNAMED_COGNATES), lengths alike, each the other's one best match (no tie)."""
    unnamed = [i for i, q in enumerate(quotes) if not q.speaker and languages.get(q.article_id)]
    out: list[tuple[int, int]] = []
    for x in unnamed:
        qx = quotes[x]
        scores = {
            y: cognates(qx.quote, qy.quote)
            for y, qy in enumerate(quotes)
            if qy.article_id != qx.article_id
            and languages.get(qy.article_id) not in (None, languages[qx.article_id])
            and _lengths_alike(qx.quote, qy.quote)
        }
        best = max(scores.values(), default=0.0)
        if best < UNNAMED_COGNATES or sum(1 for v in scores.values() if v == best) > 1:
            continue
        y = next(k for k, v in scores.items() if v == best)
        rivals = [
            cognates(quotes[z].quote, quotes[y].quote)
            for z, qz in enumerate(quotes)
            if z != x
            and qz.article_id != quotes[y].article_id
            and languages.get(qz.article_id) == languages[qx.article_id]
            and root(z) != root(x)
        ]
        if all(r < best for r in rivals):
            out.append((x, y))
    return out


def _lengths_alike(a: str, b: str) -> bool:
    return max(len(a), len(b)) <= _TRANSLATION_LENGTH * min(len(a), len(b))
