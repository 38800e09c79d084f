"""Trimming a source found before or after its cue to who spoke: a leading article before a
source noun, a role word before a name, a document noun before its issuer ("Die Daten des
Wetterdienstes"), telling a lower-case agency ("dpa") from a pronoun, and a speaker's
audience ("ante el X") from a source."""

from __future__ import annotations

import re

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_cues import DOCUMENT_NOUNS, LOWER_AGENCY, SOURCE_NOUNS
from kursk_reader.analysis.attribution_runs import TITLES
from kursk_reader.analysis.textspans import Token, strip_possessive

LEADING_ARTICLES = frozenset(
    "the a an le la les l l' l’ el los las der die das des dem den".split()
)

_ARTICLE_WORD = re.compile(
    r"(?:der|die|das|den|dem|des|le|la|les|l['’]|el|los|las)[ \u00a0]*(?=\w)", re.IGNORECASE
)


def without_article(text: str, s: int, e: int) -> int:
    """ "Die Feuerwehr", "La policía": a leading article before a source noun is dropped, so
    the body groups with its bare mentions; before a name ("Die Welt", "Le Monde") it stays."""
    m = _ARTICLE_WORD.match(text, s, e)
    if m is None:
        return s
    word = re.match(r"[^\W\d_]+", text[m.end() : e])
    return m.end() if word and word.group(0).lower() in SOURCE_NOUNS else s


_ROLE_COMPOUND = re.compile(
    r"^[A-ZÄÖÜ][a-zäöüß]{2,}(?:sprecher|sprecherin|leiter|leiterin|chef|chefin|meister|meisterin"
    r"|kapitän|kapitänin|direktor|direktorin|präsident|präsidentin|kommandant|kommandantin|vorsitzende|vorsitzender"
    r"|beauftragte|beauftragter|experte|expertin|ermittler|ermittlerin|arzt|ärztin|loge|login"
    r"|istin)$"
)
"""A German compound role noun ("Polizeisprecher", "Hafenmeisterin", "Einsatzleiter"): an
office's field and its head written as one word no dictionary lists."""


def role_compound(word: str) -> bool:
    """Is word a German compound role noun ("Generaldirektorin", "Amtsleiter")?"""
    return bool(_ROLE_COMPOUND.search(word))


def without_role(text: str, s: int, e: int) -> int:
    """ "Водій Василь Грицюк розповів", "Prosecutor Irina Savchenko said": a capitalised
    common word (a role the dictionary knows) before a name of two or more words no
    dictionary knows is dropped, so the person is cited by name."""
    words = list(re.finditer(r"[^\W\d_][^\s]*", text[s:e]))
    if len(words) >= 4 and words[0].group(0).lower() in LEADING_ARTICLES:
        words = words[1:]  # "Die Bürgermeisterin Ana Ruiz"
    if len(words) < 3:
        return s
    first, rest = words[0].group(0), [w.group(0) for w in words[1:]]
    if not all(w[:1].isupper() for w in rest) or first.lower() in SOURCE_NOUNS:
        return s
    if first.lower().rstrip(".") in TITLES or _ROLE_COMPOUND.search(first):
        return s + words[1].start()  # "Die Bürgermeisterin Ana Ruiz versprach"
    if not lexicon.is_dictionary_word(first) or lexicon.is_known_capitalised(first):
        return s
    if any(lexicon.is_dictionary_word(w) for w in rest):
        return s
    return s + words[1].start()


_DOCUMENT_LEAD = re.compile(
    r"(?:(?:the|die|der|das|les|la|le|las|los)[ \u00a0]+)?([^\W\d_]+)[ \u00a0]+"
    r"(?:(?:of|from|by|des|der|de|du|del)[ \u00a0]+(?:the[ \u00a0]+)?)?(?=\w)",
    re.IGNORECASE,
)


def without_document(text: str, s: int, e: int) -> int:
    """ "Die Daten des Wetterdienstes", "Данные Росгидромета": a document noun opening the
    source (and its "of") is what was issued, not who issued it."""
    m = _DOCUMENT_LEAD.match(text, s, e)
    if m is None or m.group(1).lower() not in DOCUMENT_NOUNS or m.end() >= e:
        return s
    return m.end()


def document_before(toks: list[Token], idx: int) -> bool:
    """A document noun among the six words before the verb ("a report by the Red Cross")."""
    return any(
        strip_possessive(t.text).lower() in DOCUMENT_NOUNS for t in toks[max(0, idx - 6) : idx]
    )


def lower_agency(text: str, tok: Token) -> bool:
    """A short lower-case word no dictionary knows, ending its sentence or line: an agency
    that writes its name in lower case ("dpa")."""
    return (
        bool(LOWER_AGENCY.fullmatch(tok.text))
        and bool(re.match(r"[ \u00a0]*(?:[.;\n]|$)", text[tok.end : tok.end + 2]))
        and tok.text not in _OBJECT_PRONOUNS
        and not lexicon.is_dictionary_word(tok.text)
    )


_OBJECT_PRONOUNS = frozenset(
    """me us you him her them ich mir uns euch ihm ihr ihn sie ihnen moi nous vous lui elle
    eux mí él ella ellos ellas nos мне нас вас него неё нее них мені нас вас нього неї них""".split()
)
"""Pronouns after a cue ("selon lui", "según él", "по словам них"): no agency."""


_BEFORE_WHOM = frozenset("ante devant vor перед before".split())
"""Prepositions naming whom a speaker addresses: "declaró ante el Ministerio Público",
"a témoigné devant la commission", "sagte vor dem Ausschuss" — the audience, not a source."""


def before_audience(toks: list[Token], i: int) -> bool:
    """Is the run at token i the audience of the speech ("ante el X", "before the X")?"""
    k = i - 1
    while k >= 0 and k >= i - 2 and toks[k].text.lower() in LEADING_ARTICLES:
        k -= 1
    return k >= 0 and toks[k].text.lower() in _BEFORE_WHOM
