"""Figures: quantities with what they count ("about 15,000 North Korean soldiers", "more than
a dozen commanders", "загинули 12 осіб"), grouped across articles by the counted noun and the
words around it; groups whose values disagree are discrepancies.

Dates, years, ages, times, ordinals, model numbers and figures in page furniture (lines that
do not read as sentences) are left out; the same value written differently ("15,000",
"15 000", "fifteen thousand") is one value."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from kursk_reader.analysis.numbers import format_value, read_number, scale_of, word_value
from kursk_reader.analysis.textspans import fold


@dataclass(frozen=True, slots=True)
class Figure:
    """One quantity in one article; `quote` is text[start:end] (hedge, number, noun)."""

    article_id: int
    value: str
    """As written, with its hedge: "more than a dozen"."""
    number: float
    hedge: str
    noun: str
    """What it counts, as written: "North Korean soldiers"."""
    quote: str
    start: int
    end: int
    context: tuple[str, ...]
    """Stems of the words around it, for grouping."""
    predicate: str = ""
    """What happened to what is counted, when the text says ("were killed", "загинули")."""

    @property
    def normalized(self) -> str:
        return format_value(self.number)


@dataclass(frozen=True, slots=True)
class Discrepancy:
    subject: str
    figures: tuple[Figure, ...]


_TOKEN = re.compile(
    r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:[.,]\d+)?|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\S"
)
_HEDGES = [
    "more than", "less than", "fewer than", "at least", "up to", "as many as", "as few as",
    "just over", "just under", "close to", "upwards of", "an estimated", "approximately",
    "about", "around", "roughly", "nearly", "almost", "some", "over", "under", "circa",
    "не менее", "не более", "по меньшей мере", "как минимум", "более", "больше", "свыше",
    "менее", "меньше", "около", "почти", "порядка", "примерно", "приблизительно", "до",
    "не менше", "більш ніж", "більше", "понад", "менше", "близько", "майже", "приблизно",
    "щонайменше", "принаймні", "mehr als", "weniger als", "mindestens", "bis zu", "etwa",
    "rund", "fast", "knapp", "über", "ca",
]  # fmt: skip
_HEDGE_WORDS = sorted((h.split() for h in _HEDGES), key=len, reverse=True)
_MONTHS = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|январ|феврал|март|апрел|ма[яй]|июн|"
    r"июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|трав|черв|лип|серп|верес|"
    r"жовт|листопад|груд|januar|februar|märz|juni|juli|oktober|dezember)",
    re.IGNORECASE,
)
_YEAR_WORDS = frozenset(
    "in since of by until till from year years summer autumn fall winter spring "
    "в во с до году года год літа осені весни зими році року рік im seit jahr".split()
)
_AGE_AFTER = re.compile(r"^(?:-?year-old|-?years?-old|years?\s+old|-летн|-річн|jährig)", re.I)
_AGE_BEFORE = frozenset("aged age возраст віці вік alter".split())
_STOP = frozenset(
    """the a an of in on at to from by for with and or but as than that which who whom whose
    were was are is be been being have has had will would could should may might can did do
    does this these those its their his her our your my during since after before into onto
    over under about around while when where also not no more less last this next per each
    в во на с со из у от до по за к о об и а но что как который которые были был была было
    будут это эти его их ее её при для через после перед под над уже ещё еще також та і й
    з із від до на у в за про що як які який були був була було це ці його їх її для після
    der die das den dem des ein eine und oder mit von zu im am bei nach vor seit aus auf
    wurden wurde sind ist war waren hat haben""".split()
)
# Common counted nouns that news reports use interchangeably; each maps to its class.
_NOUN_CLASSES = {
    "military": """soldiers soldier troops troop servicemen serviceman personnel fighters
        military militants combatants conscripts recruits военных военнослужащих солдат бойцов
        военнослужащие солдаты бойцы військових військовослужбовців солдатів бійців бійці
        военные военнослужащих soldaten truppen kämpfer""",
    "people": """people persons civilians residents individuals men women children человек
        людей жителей граждан мирных осіб людей жителів громадян цивільних menschen personen""",
    "dead": """dead killed deaths died fatalities lives погибших погибли погиб убитых убиты
        убито загинули загинуло загиблих вбитих вбито tote toten getötet starben""",
    "injured": """wounded injured hurt injuries раненых ранены ранено пострадавших пострадали
        травмированы поранених поранені поранено травмовано травмованих постраждали
        verletzte verletzten verletzt""",
    "evacuated": """evacuated evacuees эвакуировали эвакуированы евакуювали евакуйовано
        evakuiert""",
    "missing": """missing пропавших пропали зникли зниклих безвісти vermisst vermisste""",
    "arrested": """arrested detained задержаны задержали арестованы затримано затримали
        festgenommen""",
    "officers": """officers commanders generals officials leaders офицеров командиров генералов
        офіцерів командирів генералів offiziere kommandeure generäle""",
    "money": """dollars euros rubles roubles hryvnias pounds yuan usd eur долларов евро рублей
        гривен доларів євро рублів гривень dollar euro""",
}
_CLASS_OF = {w: k for k, ws in _NOUN_CLASSES.items() for w in ws.split()}
_MAX_NOUN_WORDS = 5
_CONTEXT_RADIUS = 8
_MIN_SIMILARITY = 0.34
"""Two figures speak of the same thing above this score (noun 0.6 + context 0.4). Lower
finds more pairs worded differently, higher keeps unrelated figures apart."""
_MAX_RATIO = 4.0
"""Values further apart than this factor are not two versions of one figure."""


def find_figures(article_id: int, text: str) -> list[Figure]:
    """Every counted quantity in prose lines of text."""
    out: list[Figure] = []
    for line_start, line in _prose_lines(text):
        toks = [
            (m.start() + line_start, m.end() + line_start, m.group(0))
            for m in _TOKEN.finditer(line)
        ]
        words = [t[2] for t in toks]
        i = 0
        while i < len(toks):
            got = _figure_at(article_id, text, toks, words, i)
            if got is None:
                i += 1
                continue
            figure, used = got
            out.append(figure)
            i += used
    return out


def _prose_lines(text: str) -> list[tuple[int, str]]:
    """Lines that read as sentences (end with sentence punctuation or are long)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.rstrip()
        if (
            stripped.endswith((".", "!", "?", '"', "”", "»", "’", "'", ":", "…", ")"))
            or len(stripped.split()) > 25
        ):
            out.append((pos, line))
        pos += len(line) + 1
    return out


def _figure_at(
    article_id: int, text: str, toks: list[tuple[int, int, str]], words: list[str], i: int
) -> tuple[Figure, int] | None:
    word = words[i]
    if not (word[0].isdigit() or word_value(word) is not None or word.lower() in ("a", "an")):
        return None
    got = read_number(words[i : i + 8])
    if got is None:
        return None
    number, used = got
    j = i + used
    if _excluded(text, toks, words, i, j, number):
        return None
    if not word[0].isdigit() and number < 2:
        return None
    unit_end = j
    if j < len(words) and words[j] == "%":
        unit_end = j + 1
    noun_idx = _noun_phrase(text, toks, words, unit_end)
    if not noun_idx and unit_end == j and not _predicate(words, j, i):
        return None
    hedge_start = _hedge_before(words, toks, text, i)
    start = toks[hedge_start][0]
    end = toks[noun_idx[-1]][1] if noun_idx else toks[unit_end - 1][1]
    noun = (
        "%"
        if unit_end > j and not noun_idx
        else text[toks[noun_idx[0]][0] : toks[noun_idx[-1]][1]]
        if noun_idx
        else ""
    )
    predicate = _predicate(words, (noun_idx[-1] + 1) if noun_idx else j, i)
    if not noun and predicate:
        noun = predicate
    hedge = " ".join(words[hedge_start:i])
    value = text[start : toks[j - 1][1]]
    lo, hi = (
        max(0, i - _CONTEXT_RADIUS),
        min(len(words), end and (noun_idx[-1] if noun_idx else j) + _CONTEXT_RADIUS),
    )
    context = tuple(
        _stem(w)
        for w in words[lo:hi]
        if w.isalpha() and w.lower() not in _STOP and word_value(w) is None
    )
    figure = Figure(
        article_id, value, number, hedge, noun, text[start:end], start, end, context, predicate
    )
    return figure, max(1, (noun_idx[-1] + 1 - i) if noun_idx else used)


def _excluded(
    text: str, toks: list[tuple[int, int, str]], words: list[str], i: int, j: int, number: float
) -> bool:
    """Dates, years, ages, times, ordinals, model numbers: not counted quantities."""
    first = words[i]
    start, end = toks[i][0], toks[j - 1][1]
    before = text[max(0, start - 1) : start]
    after = text[end : end + 12]
    if re.match(r"[:/\-–]\d|[-–]?(?:st|nd|rd|th|го|й|я|е|ї|ий)\b", after) or before in (
        ":",
        "/",
        "#",
        "№",
        "$",
    ):
        if not (before == "$" or after.startswith(("-", "–")) and after[1:2].isalpha()):
            return True
    if first[0].isdigit() and after[:1].isalpha():
        return True  # codes and room numbers: "4B", "A320neo"
    if before == "-" or (start >= 2 and text[start - 2 : start - 1].isalpha() and before in ("-",)):
        return True
    if _AGE_AFTER.match(after.lstrip()) or (i > 0 and words[i - 1].lower() in _AGE_BEFORE):
        return True
    neighbours = [w for w in (words[i - 1] if i > 0 else "", words[j] if j < len(words) else "")]
    if any(_MONTHS.match(w) and w.isalpha() for w in neighbours if w):
        return True
    if first.isdigit() and len(first) == 4 and 1800 <= number <= 2100:
        prev = words[i - 1].lower() if i > 0 else ""
        nxt = words[j] if j < len(words) else ""
        if prev in _YEAR_WORDS or not nxt.isalpha() or nxt.lower() in _YEAR_WORDS:
            return True
    if (
        first.isdigit()
        and len(first) == 4
        and 1800 <= number <= 2100
        and j < len(words)
        and words[j][:1].isupper()
    ):
        return True
    return False


def _hedge_before(words: list[str], toks: list[tuple[int, int, str]], text: str, i: int) -> int:
    lowered = [w.lower() for w in words]
    for hedge in _HEDGE_WORDS:
        n = len(hedge)
        if i - n >= 0 and lowered[i - n : i] == hedge:
            return i - n
    return i


def _noun_phrase(
    text: str, toks: list[tuple[int, int, str]], words: list[str], k: int
) -> list[int]:
    """Token indexes of what the number counts: up to four words before a function word or
    punctuation ("North Korean soldiers", "senior army commanders"); "of" after the number is
    skipped ("a dozen of the officers")."""
    out: list[int] = []
    n = len(words)
    if k < n and words[k].lower() in ("of", "из", "з", "із"):
        k += 1
        while k < n and words[k].lower() in ("the", "its", "their", "his", "her"):
            k += 1
    while k < n and len(out) < _MAX_NOUN_WORDS:
        w = words[k]
        if not w[0].isalpha() or w.lower() in _STOP or scale_of(w) is not None and out == []:
            break
        if out and toks[k][0] - toks[out[-1]][1] > 1:
            break
        out.append(k)
        if _CLASS_OF.get(w.lower()) and not (k + 1 < n and _CLASS_OF.get(words[k + 1].lower())):
            break
        k += 1
    while len(out) > 1 and _looks_like_verb(words[out[-1]]):
        out.pop()
    return out


_AUXILIARY = frozenset(
    "were was are is have has had been be being got reportedly also later".split()
    + "были был было была є були було буде wurden wurde sind".split()
)
_PREDICATE_CLASSES = ("dead", "injured", "evacuated", "missing", "arrested")


def _predicate(words: list[str], after: int, number_at: int) -> str:
    """A casualty-like word just after the counted phrase ("people were injured", "four
    died") or just before the number ("загинули четверо людей")."""
    k = after
    while k < len(words) and k < after + 3 and words[k].lower() in _AUXILIARY:
        k += 1
    for idx in (k, number_at - 1):
        if 0 <= idx < len(words) and _CLASS_OF.get(words[idx].lower()) in _PREDICATE_CLASSES:
            return words[idx]
    return ""


def _looks_like_verb(word: str) -> bool:
    w = word.lower()
    return w not in _CLASS_OF and (
        w.endswith(("ed", "ли", "ла", "ло")) or w in ("fought", "were", "went")
    )


def _stem(word: str) -> str:
    w = fold(word).replace(" ", "")
    return w[:5] if len(w) > 5 else w


def _noun_key(figure: Figure) -> tuple[str, str]:
    """(class or stem of the head noun, all stems) — "troops" and "soldiers" share a class;
    what happened to them ("killed", "injured") decides for people counted generally."""
    if figure.predicate:
        cls = _CLASS_OF[figure.predicate.lower()]
        head = figure.noun.split()[-1].lower() if figure.noun else ""
        if not head or _CLASS_OF.get(head) in (None, "people", "military", cls):
            return cls, cls
    words = figure.noun.split()
    if not words:
        return "", ""
    for w in reversed(words):
        word_class = _CLASS_OF.get(w.lower())
        if word_class:
            return word_class, _stem(w)
    return _stem(words[-1]), _stem(words[-1])


def similarity(a: Figure, b: Figure) -> float:
    """How likely two figures count the same thing: head noun (class or stem) and the
    words around them (cosine of stem counts)."""
    ka, kb = _noun_key(a), _noun_key(b)
    if a.noun == "%" or b.noun == "%":
        noun = 1.0 if a.noun == b.noun else 0.0
    elif not ka[0] or not kb[0]:
        noun = 0.0
    elif ka[1] == kb[1]:
        noun = 1.0
    elif ka[0] == kb[0]:
        noun = 0.8
    else:
        noun = 0.0
    ca, cb = Counter(a.context), Counter(b.context)
    dot = sum(ca[w] * cb[w] for w in ca)
    norm = math.sqrt(sum(v * v for v in ca.values())) * math.sqrt(sum(v * v for v in cb.values()))
    context = dot / norm if norm else 0.0
    return 0.6 * noun + 0.4 * context


def _compatible(a: Figure, b: Figure) -> bool:
    lo, hi = sorted((a.number, b.number))
    return lo > 0 and hi / lo <= _MAX_RATIO


def group_figures(figures: list[Figure]) -> list[list[Figure]]:
    """Groups of figures about one thing, at most one per article: pairs are joined from the
    most alike down, and a join that would put two figures of one article together is
    refused (so "15,000 soldiers" and "1,665 killed" of one article stay apart)."""
    pairs: list[tuple[float, int, int]] = []
    for x in range(len(figures)):
        for y in range(x + 1, len(figures)):
            a, b = figures[x], figures[y]
            if a.article_id == b.article_id or not _compatible(a, b):
                continue
            s = similarity(a, b)
            if s >= _MIN_SIMILARITY and (_noun_key(a)[0] == _noun_key(b)[0] or s >= 0.5):
                pairs.append((s, x, y))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    group_of = list(range(len(figures)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(figures))}
    for _s, x, y in pairs:
        gx, gy = group_of[x], group_of[y]
        if gx == gy:
            continue
        arts_x = {figures[i].article_id for i in members[gx]}
        arts_y = {figures[i].article_id for i in members[gy]}
        if arts_x & arts_y:
            continue
        if not all(_compatible(figures[i], figures[k]) for i in members[gx] for k in members[gy]):
            continue
        keep, drop = min(gx, gy), max(gx, gy)
        for i in members[drop]:
            group_of[i] = keep
        members[keep].extend(members.pop(drop))
    return [
        sorted((figures[i] for i in m), key=lambda f: (f.article_id, f.start))
        for m in members.values()
    ]


def find_discrepancies(texts: Mapping[int, str]) -> list[Discrepancy]:
    """Groups of figures from two or more articles whose values differ."""
    figures = [f for aid in sorted(texts) for f in find_figures(aid, texts[aid])]
    out: list[Discrepancy] = []
    for group in group_figures(figures):
        if len({f.article_id for f in group}) < 2 or len({f.number for f in group}) < 2:
            continue
        out.append(Discrepancy(_subject(group), tuple(group)))
    out.sort(key=lambda d: (d.figures[0].article_id, d.figures[0].start))
    return out


def _subject(group: list[Figure]) -> str:
    """The most used counted noun phrase with the most used head noun (ties: the shortest)."""
    nouns = Counter(_with_predicate(f) for f in group if f.noun)
    heads = Counter(_with_predicate(f).split()[-1].lower() for f in group if f.noun)
    if not nouns:
        return ""
    head = sorted(heads, key=lambda h: (-heads[h], len(h), h))[0]
    with_head = [n for n in nouns if n.lower().endswith(head)]
    return sorted(with_head, key=lambda n: (-nouns[n], len(n), n))[0]


def _with_predicate(f: Figure) -> str:
    if f.predicate and f.predicate.lower() not in f.noun.lower():
        return f"{f.noun} {f.predicate}"
    return f.noun
