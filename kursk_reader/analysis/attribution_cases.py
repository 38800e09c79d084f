"""A Russian person's name after a cue that governs the genitive ("по словам Анны Беловой",
"по словам Евгения Сорокина") put back in the nominative ("Анна Белова", "Евгений Сорокин"),
so it reads and groups like the name written elsewhere. The given name tells the gender
(-ы/-и: a woman's, else a man's), and the gender tells how the surname declines."""

from __future__ import annotations

import re

from kursk_reader.analysis.textspans import Token, gap_is_space

GENITIVE_CUES = re.compile(
    r"(?:по\s+словам|по\s+мнению|со\s+слов|цитиру(?:ет|ют)|цитує|цитують)$", re.IGNORECASE
)
_CYRILLIC_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")

_FEMALE_GIVEN = [
    ("ии", "ия"),
    ("ьи", "ья"),
    ("ги", "га"),
    ("ки", "ка"),
    ("хи", "ха"),
    ("ши", "ша"),
    ("жи", "жа"),
    ("чи", "ча"),
    ("щи", "ща"),
    ("ы", "а"),
]
_MALE_GIVEN = [
    ("ея", "ей"),
    ("ия", "ий"),
    ("оя", "ой"),
    ("ая", "ай"),
    ("ля", "ль"),
    ("ря", "рь"),
    ("а", ""),
]
_FEMALE_SURNAME = [("ской", "ская"), ("цкой", "цкая"), ("ой", "а"), ("ей", "я")]
_MALE_SURNAME = [
    ("ского", "ский"),
    ("цкого", "цкий"),
    ("ова", "ов"),
    ("ева", "ев"),
    ("ёва", "ёв"),
    ("ина", "ин"),
    ("ына", "ын"),
    ("ого", "ой"),
]


def _replace_end(word: str, rules: list[tuple[str, str]]) -> str:
    for old, new in rules:
        if word.endswith(old) and len(word) > len(old) + 1:
            return word[: len(word) - len(old)] + new
    return word


def nominative(name: str) -> str:
    """ "Анны Беловой" -> "Анна Белова", "Евгения Сорокина" -> "Евгений Сорокин"; a name of
    two or three Russian words, else unchanged."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(_CYRILLIC_NAME.fullmatch(w) for w in words):
        return name
    given, surname = words[0], words[-1]
    female = given.endswith(("ы", "и")) and not given.endswith(("ия", "ея"))
    if female:
        out = [_replace_end(given, _FEMALE_GIVEN)]
        middle = [_replace_end(w, [("ны", "на")]) for w in words[1:-1]]  # "Сергеевны"
        last = _replace_end(surname, _FEMALE_SURNAME)
    else:
        out = [_replace_end(given, _MALE_GIVEN)]
        middle = [_replace_end(w, [("ича", "ич")]) for w in words[1:-1]]  # "Петровича"
        last = _replace_end(surname, _MALE_SURNAME)
    return " ".join(out + middle + [last])


_CAPITAL_WORD = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+")
_LOWER_WORD = re.compile(r"[а-яёіїєґ'’-]+")
_PREPOSITIONS = frozenset(
    "в во на из с со у к ко о об от до по за при для без через з із від про між".split()
)
_HEAD_WORDS = 3


def head_of_genitive(text: str, toks: list[Token], i: int) -> int:
    """The token opening the noun phrase that a lone capitalised Russian or Ukrainian word at
    token i completes in the genitive ("Союз садоводов Приморья", "Совет ветеранов Донбасса"):
    one to three lower-case words back to a capitalised one, none a preposition. The place in
    the genitive names whose body it is; the body is the source. Else i."""
    if not _CAPITAL_WORD.fullmatch(toks[i].text):
        return i
    k = i
    while k > 0 and i - k < _HEAD_WORDS:
        prev = toks[k - 1]
        if not gap_is_space(text, prev.end, toks[k].start):
            return i
        if _CAPITAL_WORD.fullmatch(prev.text):
            return k - 1 if k < i else i
        if not _LOWER_WORD.fullmatch(prev.text) or prev.text in _PREPOSITIONS:
            return i
        k -= 1
    return i


_SURNAME_ENDINGS = [*_FEMALE_SURNAME, *_MALE_SURNAME, ("у", ""), ("ым", ""), ("ом", "")]


def nominative_in(text: str, name: str) -> str:
    """A lone Russian surname after a genitive cue ("по словам Сивцевой") in the nominative
    the article itself writes ("Варвара Сивцева" earlier): each way the surname may decline
    is undone, and the form is kept only when the text holds it as a word. Else unchanged."""
    if " " in name or not _CYRILLIC_NAME.fullmatch(name):
        return name
    for old, new in _SURNAME_ENDINGS:
        if name.endswith(old) and len(name) > len(old) + 2:
            form = name[: len(name) - len(old)] + new
            if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                return form
    return name


def as_written(text: str, name: str) -> str:
    """A name after a genitive cue in the nominative when the article writes that form too
    ("Анна Белова сказала …", later "по словам Анны Беловой"), else as the article writes
    it ("по словам Ольги Зуевой" where she is named only there): a form the article never
    uses would be a name no reader finds in it."""
    form = nominative_in(text, nominative(name))
    return form if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) else name
