"""Places and organisations among multi-word names. A place written with and without its
accents ("San Andrés del Río" / "San Andres del Rio") is one name in each language's habit,
nothing for a reader to check; a firm or an agency written so ("Solárica Energías" /
"Solarica Energias", "Klaipėda Port Authority" / "Klaipeda Port Authority") is a variant, as
a person's name is. The text tells a place by where it stands: after a preposition of place,
after a settlement noun ("the town of"), or in capitals at a dateline. Split from `names`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from kursk_reader.analysis.name_match import NameMention, name_parts
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
    lac rivière fleuve mont montagne cap baie île vallée golfe mer côte plage forêt
    see fluss berg kap bucht insel tal golf meer küste strand wald
    lago río rio monte cabo bahía isla valle golfo mar costa playa sierra bosque
    озеро река гора мыс залив остров долина море побережье лес
    озеро річка гора мис затока острів долина море узбережжя ліс""".split()
)
"""Nouns of landscape features in six languages, opening or closing a place's name as a
word of its own ("Lake Ohrid", "Cabo Ortegal", "Costa Brava")."""
_GEOGRAPHIC = frozenset(fold(w) for w in GEOGRAPHIC_NOUNS)
SAINT_OPENINGS = frozenset("san santa santo sao saint sainte st ste sankt sant".split())
"""A saint's title (folded) opening a name is a place's in every language here ("San Andrés
del Río", "Saint-Aubin", "São Paulo"); a person's name with one is caught as a person's
first."""
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_NOUN_OF = re.compile(r"([^\W\d_]+)\s+(?:of|de|del|di|d['’]|von|des)\s*$")
_PREPOSITIONS = frozenset(
    """in near outside inside в во у возле около біля поблизу im bei nahe à en dans près
    cerca""".split()
)
"""Prepositions that put a place after them in six languages; not "to", "from", "at", "de"
or "von", which as often put a firm there ("sold to X", "officials from X", "fuentes de X")."""
_LOOK_BACK = 30


def place_spellings(
    texts: Mapping[int, str], mentions: Mapping[str, Iterable[NameMention]]
) -> frozenset[str]:
    """Spellings of multi-word names the text treats as places at least once: after a
    preposition of place ("in", "en", "à", "bei", "в") or a settlement noun, or written in
    capitals (a dateline: "SAN ANDRES DEL RIO, Mexico"); or opened by a saint's title or
    opened or closed by a landscape noun ("Santa Lucía", "Cabo Ortegal", "Lake Ohrid")."""
    out: set[str] = set()
    for name, ms in mentions.items():
        parts = [fold(p) for p in name_parts(name)]
        if (
            name.isupper()
            or parts[0] in SAINT_OPENINGS
            or parts[0] in _GEOGRAPHIC
            or parts[-1] in _GEOGRAPHIC
        ):
            out.add(name)
            continue
        for m in ms:
            text, start = texts[m.article_id], max(0, m.start - _LOOK_BACK)
            word = _WORD_BEFORE.search(text, start, m.start)
            noun = _NOUN_OF.search(text, start, m.start)
            if (word and word.group(1).casefold() in _PREPOSITIONS | SETTLEMENT_NOUNS) or (
                noun and noun.group(1).casefold() in SETTLEMENT_NOUNS
            ):
                out.add(name)
                break
    return frozenset(out)
