"""Korean surnames romanised several ways: "Lee" / "Yi" / "Rhee", "Park" / "Pak" / "Bak",
"Choi" / "Choe". Revised Romanisation, McCune-Reischauer and the spellings families and the
press use write one surname so differently that no sound key joins them; the classes below
cover the common surnames (the closed class of romanisations, not names of any event)."""

from __future__ import annotations

import re

from kursk_reader.analysis.textspans import fold

_CLASSES = """kim gim | lee yi rhee ri i rhie | park pak bak pack | choi choe chwe |
    jung jeong chung cheong chong | kang gang | cho jo joe | yoon yun youn | jang chang |
    lim im rim yim | oh o | seo suh so | shin sin | kwon gwon | ahn an | jeon jun chun chon |
    yoo yu you ryu ryoo rhyu | ko go koh | moon mun | son sohn | bae pae | baek paek paik baik |
    heo huh hur her | noh roh no ro | kwak gwak | sung seong | joo ju chu choo | woo u |
    na ra | jin chin | ji chi | eom um uhm | cheon chun | bang pang | kong gong | hyun hyeon |
    byun byeon pyon | yeom yum | yeo yuh yo | seol sul | gil kil | pyo pyeo | do toh to"""
_CLASS_OF: dict[str, int] = {}
for _n, _spellings in enumerate(_CLASSES.split("|")):
    for _s in _spellings.split():
        _CLASS_OF.setdefault(_s, _n)

_SYLLABLE = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch|sh|kw|gw|hw|[bdghjkmnprstwy])?h?[aeiouyw]{1,3}(?:ng|n|m|l|k|p|t)?"
)
"""One romanised Korean syllable ("seung", "min", "jun", "ho", "joon")."""


def is_korean_given_name(parts: tuple[str, ...]) -> bool:
    """Are these parts a romanised Korean given name: one or two syllables each, at most two
    parts ("Seung-min", "Jun Ho")?"""
    return 0 < len(parts) <= 2 and all(_SYLLABLE.fullmatch(fold(p)) for p in parts)


def same_korean_surname(a: str, b: str) -> bool:
    """Two romanisations of one common Korean surname ("Lee" / "Yi")."""
    x, y = fold(a), fold(b)
    return x != y and x in _CLASS_OF and _CLASS_OF.get(x) == _CLASS_OF.get(y)
