"""The words newspapers and broadcasters put in their titles (Times, Zeitung, Diario, Вести…),
a closed class in six languages that tells an outlet from a place or a role in a credit line;
the outlets a credit line names ("With files from CBC"); and where the head of an article ends
and prose begins (`masthead`, `in_prose_line`). Bylines and head credit lines themselves are
read by `attribution_mastheads`."""

from __future__ import annotations

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


def byline_sources(article_id: int, text: str) -> list[Found]:
    """Outlets a credit line at the head or the foot names ("With files from CBC", "Avec
    AFP"). Bylines and head credit lines are read by `attribution_mastheads`."""
    return credit_line_sources(article_id, text, _TITLE_WORDS)


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
