"""The body or outlet a generic noun refers back to: "teilte das Unternehmen mit" after "der Hersteller
Radwerk Lindner", "В компании заявили" after "компания «Золотой Лан»", "a spokesman for the
authority said" after "the Federal Aviation Office has suspended …". A company noun takes the
last name an earlier kind of company introduced (a descriptor then a name or a quoted name);
an authority noun takes the last body named before it (a capitalised phrase holding a kind of
body, or an acronym); an outlet noun ("the newspaper", "издание") the last outlet its kind
introduced ("the business daily Kommersant"). Only the text before the noun, within a few sentences, is read."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_bodies import kind_word
from kursk_reader.analysis.textspans import UPPER

_REACH = 700
COMPANY_NOUNS = frozenset(
    """company firm group unternehmen firma konzern empresa compañía compania firma grupo
    société entreprise groupe компания компании компанії компанія фирма фірма концерн""".split()
)
"""Generic nouns for a company in six languages (Cyrillic case forms included)."""
AUTHORITY_NOUNS = frozenset(
    """authority agency regulator watchdog behörde autorité organisme organismo autoridad
    ведомство ведомства відомство відомства регулятор""".split()
)
"""Generic nouns for a public body in six languages."""
_DESCRIPTOR = re.compile(
    r"(?i:company|firm|maker|manufacturer|producer|retailer|group|operator|exporter|importer"
    r"|carrier|airline|chain|unternehmen|firma|konzern|\w*hersteller|\w*konzern|empresa"
    r"|compañía|fabricante|exportadora|importadora|cadena|aerolínea|société|entreprise|groupe"
    r"|fabricant|constructeur|enseigne|компания|фирма|производитель|концерн|предприятие"
    r"|компанія|фірма|виробник|підприємство|тов|ооо|ао|пао|supplier|\w*zulieferer|\w*lieferant"
    r"|proveedor|operadora|naviera|aseguradora|compagnie|fournisseur|équipementier|opérateur"
    r"|assureur|armateur|insurer|start-up|startup|поставщик|постачальник|оператор|перевозчик"
    r"|перевізник|страховщик)"
    r"(?:[ \u00a0]+(?:[a-zà-ÿа-яёіїєґ]+-[a-zà-ÿа-яёіїєґ-]+|[a-zà-ÿа-яёіїєґ]+(?:ole|ale|aise|ais"
    r"|ienne|ien|ique|ande|ana|ano|ola|ol|ense|eño|eña|ega|ego|esa|ina|ino|ский|ская|ське|ська|ний|на)))??"
    rf"[ \u00a0]+(?:«(?P<quoted>[^»\n]{{2,40}})»|„(?P<low>[^“”\n]{{2,40}})[“”]"
    rf"|(?P<name>[{UPPER}][\w&'’-]*(?:[ \u00a0]+[{UPPER}][\w&'’-]*){{0,3}}))"
)
"""A company introduced by its kind ("der Hersteller Radwerk Lindner", "la operadora
Nocturna"), an adjective of origin between them allowed ("la compagnie franco-espagnole
Nocturna", "la naviera gallega Armas"): hyphened or with an adjective's ending, so that "the
company on X" or "the company told Reuters" never reads as one."""
OUTLET_NOUNS = frozenset(
    """newspaper paper daily weekly tabloid broadcaster channel station magazine outlet
    zeitung blatt sender magazin journal quotidien hebdomadaire chaîne periódico diario
    semanario cadena emisora revista газета газеты газете газету издание издания изданию
    телеканал телеканала телеканалу журнал журнала журналу видання виданню газети газеті
    телеканалу журналу""".split()
)
"""Generic nouns for a newspaper or broadcaster in six languages (Cyrillic case forms too)."""
_MEDIA_DESCRIPTOR = re.compile(
    r"(?i:newspaper|daily|weekly|tabloid|broadcaster|channel|station|magazine|outlet|zeitung"
    r"|\w+zeitung|blatt|sender|magazin|journal|quotidien|hebdomadaire|chaîne|periódico|diario"
    r"|semanario|cadena|emisora|revista|газета|издание|телеканал|радиостанция|журнал|видання"
    r"|радіостанція)"
    rf"[ \u00a0]+(?:«[ \u00a0]?(?P<quoted>[^»\n]{{2,40}}?)[ \u00a0]?»|„(?P<low>[^“”\n]{{2,40}})[“”]"
    rf"|(?P<name>[{UPPER}][\w&'’-]*(?:[ \u00a0]+[{UPPER}][\w&'’-]*){{0,3}}))"
)
"""An outlet introduced by its kind: "the business daily Kommersant", "издание «…»"."""
_RUN = re.compile(
    rf"[{UPPER}][\w&'’.-]*(?:[ \u00a0]+(?:(?:of|for|de|des|du|del|der|für|d['’]|la|le)"
    rf"[ \u00a0]+)?[{UPPER}а-яёіїєґ][\w&'’.-]*){{0,5}}"
)
_ACRONYM = re.compile(rf"[{UPPER}]{{3,6}}")


_ANY_NOUN = COMPANY_NOUNS | OUTLET_NOUNS | AUTHORITY_NOUNS


def referent(text: str, pos: int, surface: str) -> str | None:
    """The name a generic company or authority noun (surface, at pos) refers back to."""
    words = surface.split()
    if not words or len(words) > 3 or any("-" not in w for w in words[:-1]):
        return None  # "the family-owned company" refers back; "local health authority" not
    noun = words[-1].lower()
    if noun not in _ANY_NOUN:
        return None  # the cheap test: no generic noun that refers back
    before = text[max(0, pos - _REACH) : pos]
    if noun in COMPANY_NOUNS:
        last = None
        for m in _DESCRIPTOR.finditer(before):
            last = m.group("quoted") or m.group("low") or m.group("name")
        return last
    if noun in OUTLET_NOUNS:
        last = None
        for m in _MEDIA_DESCRIPTOR.finditer(before):
            last = m.group("quoted") or m.group("low") or m.group("name")
        return last
    if noun in AUTHORITY_NOUNS:
        best = None
        for m in _RUN.finditer(before):
            words = m.group(0).split()
            capitals = [w for w in words if _ACRONYM.fullmatch(w)]
            if (
                len(capitals) > 1
                or capitals
                and m.start() in (0, before.rfind("\n", 0, m.start()) + 1)
            ):
                continue  # "MEXICO CITY", "PARIS (AFP) —": a dateline's place, no body
            if capitals or (
                len(words) >= 2
                and any(kind_word(w.removesuffix("'s")) for w in words)
                and words[0][:1].isupper()
            ):
                best = _trim(words)
        return best
    return None


def _trim(words: list[str]) -> str:
    """Up to the last capitalised or kind word ("Antimonopoly Committee of Ukraine")."""
    while words and not (words[-1][:1].isupper() or kind_word(words[-1])):
        words = words[:-1]
    if words and words[0].endswith(("'s", "’s")):
        words = words[1:]
    return " ".join(words)
