"""The outlet named in a byline or credit line at the head of an article: "By Ruta Vilkas,
The Harbour Times", "Par Anne Roux | Le Courrier du Sud", "Coast News | Posted: May 3". The
outlet is told from a place or a role in the same slot ("By Ann Lee, Mexico City", "By Ann
Lee, Chief Reporter") by a word newspapers and broadcasters put in their titles (Times,
Zeitung, Diario, Вести…), a closed class in six languages, never by a list of outlets. Also where the head of an article ends and prose begins."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_credits import credit_line_sources
from kursk_reader.analysis.attribution_groups import Found

_TITLE_WORDS = frozenset(
    """times post news herald gazette courier observer journal tribune daily chronicle
    monitor independent express telegraph guardian mirror standard examiner dispatch
    bulletin weekly inquirer mail radio tv television broadcasting press newspaper magazine wire
    zeitung rundschau anzeiger kurier nachrichten tagblatt tageblatt allgemeine allgemeinen
    presse abendblatt morgenpost bote echo rundfunk
    journal quotidien dépêche courrier gazette nouvelles matin soir info infos actu hebdo
    diario periódico heraldo noticias prensa correo crónica gaceta informativo radio revista
    вести новости известия газета вестник ведомости курьер радио
    вісті новини вісник газета кур'єр радіо""".split()
)
"""Words of newspaper and broadcaster titles in six languages (Times, Zeitung, Diario)."""
TITLE_WORDS = _TITLE_WORDS
_POSTED = re.compile(
    r"(?:posted|published|updated|publié|mis à jour|publicado|actualizado|veröffentlicht"
    r"|aktualisiert|опубликовано|обновлено|опубліковано|оновлено)\b",
    re.IGNORECASE,
)
"""Words of a credit line's date ("Posted: Mar 9", "Publié le 14 mars")."""
_BYLINE = re.compile(
    r"(?:By|Par|Por|Von|Автор:?|Автори:?)[ \u00a0]+[^\n,|]{2,60}?[ \u00a0]*[,|][ \u00a0]*"
    r"(?P<outlet>[^\n,|]{2,60}?)[ \u00a0]*(?:[,|]|$)",
    re.MULTILINE,
)
_BYLINE_WORDS = ("By ", "Par ", "Por ", "Von ", "Автор")
_WITH_AGENCY = re.compile(
    r"[,;]?[ \u00a0]+(?:with|avec|con|mit|с|з|із)[ \u00a0]+(?P<outlet>[^\W\d_][\w-]*"
    r"(?:[ \u00a0][^\W\d_][\w-]*)?)[ \u00a0]*$"
)
"""A byline that credits the wire it drew on: "Par Anne Roux, avec AFP", "By Tom Lee, with AP"."""
_CREDIT = re.compile(r"(?P<outlet>[^\n|]{2,60}?)[ \u00a0]*\|[ \u00a0]*", re.MULTILINE)
_HEAD_LINES = 6
_MAX_OUTLET_WORDS = 5


def byline_sources(article_id: int, text: str) -> list[Found]:
    """Outlets named in the byline or credit line among the first lines of the text."""
    out: list[Found] = credit_line_sources(article_id, text, _TITLE_WORDS)
    at = 0
    for n in range(_HEAD_LINES):
        if at > len(text):
            break
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        start, line = at, text[at:end]
        at = end + 1
        if n == 0 or len(line.split()) > 12:
            continue  # the title, or a line of prose
        m = _BYLINE.match(text, start) if line.startswith(_BYLINE_WORDS) else None
        wire = _WITH_AGENCY.search(line) if line.startswith(_BYLINE_WORDS) else None
        if wire is not None and _wire_like(wire.group("outlet")):
            s = start + wire.start("outlet")
            out.append(Found(article_id, wire.group("outlet"), "", start, start + wire.end(), s))
            continue
        if m is None or m.end("outlet") > start + len(line):
            m = _CREDIT.match(text, start) if "|" in line else None
            if m is None or not _POSTED.match(text, m.end()):
                continue
        outlet = m.group("outlet").strip()
        if _outlet_like(outlet):
            s = m.start("outlet") + (len(m.group("outlet")) - len(m.group("outlet").lstrip()))
            out.append(Found(article_id, outlet, "", start, s + len(outlet), s))
    return out


def _outlet_like(name: str) -> bool:
    """Capitalised words, one of them a word of outlet titles ("Baltic Times", "CBC News")."""
    words = name.split()
    if not 1 <= len(words) <= _MAX_OUTLET_WORDS or not words[-1][:1].isupper():
        return False
    if any(ch.isdigit() for ch in name):
        return False
    return any(w.lower().strip(".") in _TITLE_WORDS for w in words)


def _wire_like(name: str) -> bool:
    """A wire credited in a byline: one word, capitalised or a short lower-case code ("AFP",
    "Reuters", "dpa"), or two with a word of outlet titles ("Europa Press"); a co-author's
    first name and surname are neither."""
    words = name.split()
    if len(words) == 2:
        return words[0][:1].isupper() and words[1].lower() in _TITLE_WORDS
    return name[:1].isupper() or (name.islower() and len(name) <= 4)


def masthead(text: str, pos: int) -> str:
    """The lines above the first line of prose (twelve words or more, or a sentence end) and
    above pos: title, outlet, byline."""
    head = []
    at = 0
    for line in text[: min(pos, 1500)].split("\n"):
        at += len(line) + 1
        if len(line.split()) >= 12 or line.rstrip().endswith((".", "!", "?", "”", '"', "»")):
            break
        if at <= pos:
            head.append(line)
    return "\n".join(head)


_PROSE_ENDS = frozenset(".!?\"”“»'’:…")


def in_prose_line(text: str, pos: int) -> bool:
    """Headlines, menus and captions do not end like sentences; skip "X says" there."""
    end = text.find("\n", pos)
    j = len(text) if end < 0 else end
    start = text.rfind("\n", 0, pos) + 1
    while j > start and text[j - 1].isspace():
        j -= 1  # the line's last character that is no space, read without slicing the line
    return j > start and text[j - 1] in _PROSE_ENDS
