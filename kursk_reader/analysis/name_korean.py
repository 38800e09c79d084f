"""Korean and Chinese surnames romanised several ways: "Lee" / "Yi" / "Rhee", "Park" / "Pak",
"Choi" / "Choe", "Zhang" / "Chang", "Xu" / "Hsu". Revised Romanisation, McCune-Reischauer,
Pinyin, Wade-Giles, Cantonese and the spellings families and the press use write one surname
so differently that no sound key joins them; the classes below cover the common surnames
(the closed class of romanisations, not names of any event)."""

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
_CHINESE = """zhang chang cheung | zhou chou chow | xu hsu hui | xie hsieh tse | zhao chao chiu |
    jiang chiang kong | qian chien chin | cai tsai choi | zeng tseng tsang | deng teng tang |
    du tu to | guo kuo kwok | gao kao ko | ding ting | dai tai | bai pai pak | ren jen yan |
    zhu chu chue | qiu chiu yau | xiao hsiao siu | song sung | zheng cheng ching | cao tsao tso |
    zhong chung | huang hwang wong | liu lau lao | chen chan | lin lam | wu ng woo | he ho |
    luo lo law | zou tsou chau | peng pang | lu loo | jia chia | xiong hsiung hung | tan tam |
    su so | ye yeh yip | yang yeung | wei wai | lü lv lu | xin hsin yan | zhan chan"""
"""Chinese surnames in Hanyu Pinyin, Wade-Giles and Cantonese spellings ("Zhang" / "Chang" /
"Cheung", "Xu" / "Hsu")."""
_CLASS_OF: dict[str, set[int]] = {}
for _n, _spellings in enumerate((_CLASSES + "|" + _CHINESE).split("|")):
    for _s in _spellings.split():
        _CLASS_OF.setdefault(_s, set()).add(_n)

_SYLLABLE = re.compile(
    r"(?:(?:kk|tt|pp|ss|jj|ch|sh|zh|ts|hs|kw|gw|hw|[bcdfghjklmnpqrstwxyz])?h?[aeiouyw]{1,3}"
    r"(?:ng|n|m|l|k|p|t)?){1,2}"
)
"""One or two romanised Korean or Chinese syllables ("seung", "min", "jun", "xiaoming")."""


def is_korean_given_name(parts: tuple[str, ...]) -> bool:
    """Are these parts a romanised Korean or Chinese given name: one or two syllables each,
    at most two parts ("Seung-min", "Jun Ho", "Xiaoming")?"""
    return 0 < len(parts) <= 2 and all(_SYLLABLE.fullmatch(fold(p)) for p in parts)


def same_korean_surname(a: str, b: str) -> bool:
    """Two romanisations of one common Korean or Chinese surname ("Lee" / "Yi")."""
    x, y = fold(a), fold(b)
    return x != y and bool(_CLASS_OF.get(x, set()) & _CLASS_OF.get(y, set()))
