"""Multipliers are no counts: "three times more", "в три раза больше", "trois fois plus",
"tres veces más", "dreimal so viele". A count of times ("streamed 40 million times",
"45 мільйонів разів") is compared as such; a multiplier is compared only by what it
multiplies ("4.3 times the mass of Earth" / "4,3 veces la de la Tierra")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kursk_reader.analysis.figure_conversions import without_conversions
from kursk_reader.analysis.figure_denominations import denomination

if TYPE_CHECKING:
    from kursk_reader.analysis.figures import Figure

_TIMES = re.compile(r"(?:times|mal|раза?|разів|рази|fois|veces)$", re.IGNORECASE)
_COMPARATIVE = re.compile(
    r"^\W*(?:more|less|fewer|higher|lower|larger|bigger|greater|smaller|faster|slower|as|the|"
    r"above|below|under|la|el|lo|los|las|le|les|du|des|"
    r"over|больше|меньше|выше|ниже|более|менее|чаще|реже|дороже|дешевле|більше|менше|вище|"
    r"нижче|частіше|рідше|дорожче|дешевше|mehr|weniger|so|höher|größer|kleiner|niedriger|"
    r"plus|moins|más|mas|menos|mayor|menor|superior|inferior|sup[ée]rieur\w*|inf[ée]rieur\w*|"
    r"au-dessus|en\s+dessous|por\s+encima|por\s+debajo|über|oberhalb|unterhalb)\b",
    re.IGNORECASE,
)
_BY = re.compile(r"\b(?:в|во|у)\s+\S*\s*$", re.IGNORECASE)
"""Russian and Ukrainian say a ratio with "в"/"у" before the number ("в 3 раза")."""


def ratio(text: str, start: int, end: int) -> bool:
    """Is the figure text[start:end], ending in a word for "times", a multiplier?"""
    if not _TIMES.search(text[start:end]):
        return False
    return bool(
        _COMPARATIVE.match(text[end : end + 16]) or _BY.search(text[max(0, start - 4) : start])
    )


_MIN_TALLY = 100
"""Times a thing was done before a count of times is compared as such (plays, views,
downloads: "40 million times"); "arrested three times" / "wrote twice" recur for unrelated
things in any report and keep the reading of a plain count."""


def quantities(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures of one article without banknotes' face values, and with multipliers
    ("4.3 times the mass of Earth") and small repetitions kept apart from counts of times
    (no "times" class; a multiplier of a limit is of its own class, `EXCEEDANCE`), and without a measure's conversion into another unit in brackets
    (see `figure_conversions`)."""
    out = []
    for f in without_conversions(text, figures):
        if f.kind == "money" and denomination(text, f.start, f.end, f.number):
            continue
        multiplier = ratio(text, f.start, f.end)
        if multiplier and any(_LIMIT.match(w) for w in f.near):
            out.append(replace(f, kind=EXCEEDANCE))
            continue
        tally = f.number >= _MIN_TALLY and not multiplier
        out.append(replace(f, kind="") if f.kind == "times" and not tally else f)
    return out


EXCEEDANCE = "times the limit"
"""The class of a multiplier of a limit ("eight times above the permitted limit", "в пять
раз превышала норму", "das Dreifache des Grenzwerts" read as "drei mal"): one story names
one such exceedance, so two outlets' multipliers of a limit are one figure."""
_LIMIT = re.compile(
    r"^(?:limit|norm|threshold|permi|allowab|admissi|норм|предел|пдк|допуст|ліміт|гранич|"
    r"grenzwert|zulass|erlaubt|hochstwert|seuil|autoris|umbral|permitid|admisib)"
)
"""Folded stems of words for a limit or norm and for what is allowed, in six languages."""
