"""Guessing an article's language offline: the writing system first, then stop words.

Why our own: news reports are long, so the script plus the share of each language's most
common function words separates the languages our users meet (en, ru, uk, de, fr, es, it,
pt, nl, pl, cs, tr, sv…) reliably; a statistical library (py3langid, langdetect) would add
NumPy or a large model for no gain on texts of this length. Short texts (< MIN_WORDS words)
get no guess rather than a wrong one.
"""

from __future__ import annotations

import re
from collections import Counter

MIN_WORDS = 8
"""Fewer words than this: no guess."""

MIN_STOPWORD_SHARE = 0.08
"""A Latin-script language needs at least this share of its stop words among the words."""

SAMPLE_CHARS = 6_000
"""Only the start of a long text is looked at; it is enough and keeps imports fast."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the of and to in a is that for on with as was by it at from his are be this have "
        "an which has not were but had their they been its who will would said after",
        "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als "
        "auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie",
        "fr": "le la les de des et à en un une du que qui est pour dans par sur au pas plus "
        "ne se il elle ont sont a été avec ce cette aux",
        "es": "el la los las de del y en que un una por con para es se al lo como su sus más "
        "pero fue ha son este esta entre sobre",
        "it": "il lo la gli le di del della dei e che un una per con non è si al alla sono "
        "anche come ma nel nella più ha",
        "pt": "o a os as de do da dos das e em um uma que para com não por se no na mais ao "
        "como foi são pelo pela",
        "nl": "de het een en van in is dat op te zijn met voor niet aan er ook als door maar "
        "om bij heeft werd naar",
        "pl": "i w na z się nie do że to jest o jak po przez dla od ale są był została "
        "który która które",
        "cs": "a v se na je že to s z do o jako pro by jsou ale byl bylo které který",
        "sv": "och i att det som en på är av för med till den har inte om ett var de",
        "tr": "ve bir bu da de için ile olarak daha çok gibi olan ancak sonra kadar ise",
    }.items()
}

_CYRILLIC_SIGNS = {
    "uk": set("іїєґ"),
    "ru": set("ыэъё"),
    "be": set("ўі"),
    "bg": set("ъ"),
}
_CYRILLIC_STOPWORDS = {
    "ru": frozenset("и в не на что с по как это из за от его к для о но он она они был".split()),
    "uk": frozenset("і в не на що з до як це із за від його у для про але він вона та".split()),
    "bg": frozenset("и в не на че с по как това от за да се е са към при".split()),
    "sr": frozenset("и у не на да је се за од са као што по".split()),
}

_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("\u0370-\u03ff", "el"),
    ("\u0590-\u05ff", "he"),
    ("\u0600-\u06ff", "ar"),
    ("\u0900-\u097f", "hi"),
    ("\u0e00-\u0e7f", "th"),
    ("\u10a0-\u10ff", "ka"),
    ("\u0530-\u058f", "hy"),
    ("\uac00-\ud7af", "ko"),
    ("\u3040-\u30ff", "ja"),
    ("\u4e00-\u9fff", "zh"),
)
_LETTER = re.compile(r"[^\W\d_]")
_ASCII_LETTER = re.compile("[A-Za-z]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")


def detect_language(text: str) -> str:
    """An ISO 639-1 code, or "" when the text is too short or unclear to tell."""
    sample = text[:SAMPLE_CHARS]
    letters = len(_LETTER.findall(sample))
    if letters < 20:
        return ""
    if len(_ASCII_LETTER.findall(sample)) >= letters * 0.8:
        return _latin_language(sample)
    counts = {code: len(re.findall(f"[{rng}]", sample)) for rng, code in _SCRIPTS}
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if counts["ja"] > 0 and counts["ja"] + counts["zh"] > letters * 0.3:
        return "ja"
    script, count = max(
        [*counts.items(), ("cyrl", cyrillic), ("latn", latin)], key=lambda kv: kv[1]
    )
    if count < letters * 0.4:
        return ""
    if script == "cyrl":
        return _cyrillic_language(sample)
    if script == "latn":
        return _latin_language(sample)
    return script


def _cyrillic_language(sample: str) -> str:
    lower = sample.lower()
    chars = Counter(ch for ch in lower if "\u0400" <= ch <= "\u04ff")
    uk = sum(chars[c] for c in _CYRILLIC_SIGNS["uk"])
    ru = sum(chars[c] for c in _CYRILLIC_SIGNS["ru"])
    words = Counter(_WORD.findall(lower))
    scores = {lang: sum(words[w] for w in stop) for lang, stop in _CYRILLIC_STOPWORDS.items()}
    if chars["ў"] > 0 and chars["і"] > chars["и"]:
        return "be"
    if uk > ru * 2 and uk > 0:
        return "uk"
    if ru > uk * 2 and ru > 0:
        return "ru"
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > 0 else "ru"


def _latin_language(sample: str) -> str:
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return ""
    counts = Counter(words)
    shares = {lang: sum(counts[w] for w in stop) / len(words) for lang, stop in _STOPWORDS.items()}
    best = max(shares, key=lambda k: shares[k])
    return best if shares[best] >= MIN_STOPWORD_SHARE else ""
