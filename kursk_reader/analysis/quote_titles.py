"""Titles of works in quotation marks ("The Marriage of Figaro", « Les Noces de Figaro »,
the opera «Свадьба Фигаро»): a name, not a remark anyone made, so never paired as a reworded
quote. A title is short, holds no clause punctuation, and either capitalises every word but
the short function words (English and French title case; not German, where every noun is
capitalised) or follows a noun naming a kind of work in one of the six languages."""

from __future__ import annotations

import re

from kursk_reader.analysis.textspans import fold

_MAX_WORDS = 6
"""Words of a title at most; a longer quoted span is read as a remark."""
_CLAUSE_MARK = re.compile(r"[,.;:!?…]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_FUNCTION = frozenset(
    """a an the of and or in on at to for from with by
    le la les l de du des d et ou en au aux à un une sur pour par avec
    el los las lo del y o al con por para sin una uno
    der die das den dem des ein eine und oder im am zum zur vom von mit für
    и в во на с со из у от до по за к о об а
    і й в у на з із від до по за к о про та""".split()
)
"""Short words a title leaves in lower case ("The Marriage of Figaro", "Les Noces de Figaro")."""
_WORKS = frozenset(
    fold(w)
    for w in """opera operas play film movie book novel song album series show exhibition
    painting symphony ballet musical documentary poem
    ópera obra película libro novela canción álbum serie exposición cuadro sinfonía ballet
    documental poema espectáculo
    opéra pièce film livre roman chanson album série exposition tableau symphonie ballet
    documentaire poème spectacle comédie
    oper stück film buch roman lied album serie ausstellung gemälde sinfonie ballett
    musical dokumentarfilm gedicht inszenierung
    опера оперу оперы спектакль спектакля пьеса пьесу пьесы фильм фильма книга книгу книги
    роман романа песня песню песни альбом альбома сериал сериала выставка выставку выставки
    картина картину балет балета симфония симфонию
    вистава виставу вистави п'єса п'єсу п'єси фільм фільму книжка книжку книга книгу роман
    пісня пісню пісні альбом серіал виставка виставку картина картину балет симфонія""".split()
)
"""Nouns naming a kind of work in six languages: a short quoted span right after one is its
title ("the opera “…”", "la película «…»", "die Oper „…“", "спектакль «…»")."""
_CUE_REACH = 40
"""Characters before the opening quotation mark read for a kind of work (and the author's
name or possessive between: "Mozart's opera", "l'opéra de Mozart")."""
_OPENING = "\"“«„‘'‹"


def is_title(text: str, start: int, end: int, language: str) -> bool:
    """Is the quoted span text[start:end] the title of a work rather than a remark?"""
    span = text[start:end].strip()
    words = _WORD.findall(span)
    if not words or len(words) > _MAX_WORDS or _CLAUSE_MARK.search(span):
        return False
    if _after_work_noun(text, start):
        return True
    if language == "de":
        return False
    content = [w for w in words if fold(w) not in _FUNCTION]
    capitalised = [w for w in content if w[:1].isupper()]
    return len(content) >= 2 and len(capitalised) == len(content) and words[0][:1].isupper()


def _after_work_noun(text: str, start: int) -> bool:
    """Does a noun naming a kind of work stand right before the quote (at most an author's
    name or "de"/"von" and a name between)?"""
    lead = text[max(0, start - _CUE_REACH) : start].rstrip(_OPENING + " \u00a0")
    tail = _WORD.findall(lead)[-3:]
    for k, word in enumerate(tail):
        if fold(word) in _WORKS:
            rest = tail[k + 1 :]
            return all(w[:1].isupper() or fold(w) in _FUNCTION for w in rest)
    return False


_CHARACTERISING = re.compile(
    r"(?<![^\W\d_])(?:called|calls|call|described|describes|spoke[ \u00a0]+of|speaks[ \u00a0]+of"
    r"|talked[ \u00a0]+of|termed|dubbed|branded|labell?ed|hailed"
    r"|sprach[ \u00a0]+von|spricht[ \u00a0]+von|sprachen[ \u00a0]+von|redete[ \u00a0]+von"
    r"|nannte|nennt|nannten|bezeichnete|bezeichnet|bezeichneten|wertete|wertet"
    r"|parlé[ \u00a0]+d|parle[ \u00a0]+d|parlent[ \u00a0]+d|qualifié|qualifie|évoqué|évoque"
    r"|décrit|appelé|salué"
    r"|habló[ \u00a0]+de|habla[ \u00a0]+de|hablado[ \u00a0]+de|calificó|califica|calificado"
    r"|definió|describió|llamó|denominó|tildó"
    r"|назвал|назвала|назвали|называет|называют|охарактеризовал|охарактеризовала"
    r"|говорил[ \u00a0]+о|говорила[ \u00a0]+о|назвав|називає|називають|охарактеризував"
    r"|говорив[ \u00a0]+про|говорила[ \u00a0]+про)"
    r"(?![^\W\d_])[^.!?;:\n\"“”«»„]{0,40}$",
    re.IGNORECASE,
)
"""A verb that names or characterises something ("called it", "sprach von einem", "a
qualifié de", "lo calificó de", "назвал", "назвав") with at most a short object between it
and the quote: the quoted words are the speaker's label for it, not a remark."""
_LABEL_WORDS = 6


def is_characterisation(text: str, start: int, end: int) -> bool:
    """Is the quoted span a short label a verb of naming brings in ("sprach von einem
    „Signal der Hoffnung“", "called it “a turning point”")? Such labels pair only beside a
    whole remark: a group of nothing but labels is no reworded quote."""
    if len(text[start:end].split()) > _LABEL_WORDS:
        return False
    lead = text[max(0, start - 80) : start].rstrip(_OPENING + " \u00a0")
    return _CHARACTERISING.search(lead) is not None
