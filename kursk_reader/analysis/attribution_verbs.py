"""Speech verbs that cite a source only in some constructions: promising ("promised that
…", not "promised an inquiry"), calling ("called on residents", not "called the police"),
adding ("added that …", not "added extra shifts") and showing ("data showed", after a
document noun)."""

from __future__ import annotations

import re

PROMISE_VERBS = frozenset(
    """promised vowed pledged versprach versprachen promis promet prometió prometieron
    пообещал пообещала пообещали пообіцяв пообіцяла пообіцяли
    admitted admit admits admis admet admettent admitió admitieron admite admiten
    sostiene sostienen sostuvo sostuvieron sostenido soutient soutiennent soutenu""".split()
)
"""Verbs of promising, admitting and maintaining: speech only when words follow ("promised:
…", "promised that …", "have admitted they signed", "sostiene que …"), an act before an
object ("promised an inquiry", "пообіцяла оплатити", "admitted 12 patients", "sostiene buena
parte de la economía")."""
_SPOKEN_NEXT = re.compile(
    r"[ \u00a0]*(?:[:“”„«\"]|,?[ \u00a0]*(?:that|dass|que|что|що|qu['’]"
    r"|they|he|she|we|it|ils|elles|il|elle)(?!\w))",
    re.IGNORECASE,
)


CALL_VERBS = frozenset(
    """called appelle appellent appelé described qualifié qualifiée qualifie calificó
    calificaron calificado nannte nannten bezeichnete bezeichneten назвал назвала назвали
    назвав""".split()
)
"""Verbs of calling: an appeal only with "on"/"for" ("called on residents", "called for
calm") or "à" ("appelle à la prudence", "a appelé les touristes à …"); else a name or a phone
call ("called the police"); with a quote after one to three words, a verdict in the
speaker's words ("called the ruling “a clear warning”", "назвала рішення «…»", "nannte das
Urteil „…“", "calificó el fallo de «…»"): the naming verbs of six languages read so too."""
_APPEAL_NEXT = re.compile(
    r"[ \u00a0]+(?:(?:on|for)\b|(?:[^\W\d_]+[ \u00a0]+){0,3}?(?:à|aux?)\b"
    r"|(?:[^\W\d_][\w'’-]*[ \u00a0]+){1,3}(?:(?:de|d['’]|as|als|como|comme)[ \u00a0]*)?[“\"«„])",
    re.IGNORECASE,
)


def appeal_follows(text: str, end: int, word: str = "") -> bool:
    """Does "on"/"for", "à" within three words, or a quote after one to three words, follow
    the calling verb ending at end? A describing verb (`word`) may instead have its object
    and then "as"/"als"/"comme"/"de"/"como" ("described the find as remarkable")."""
    if _APPEAL_NEXT.match(text, end) is not None:
        return True
    return word.lower() in _DESCRIBING_VERBS and _DESCRIBED_AS.match(text, end) is not None


_DESCRIBING_VERBS = frozenset(
    """described describes qualifié qualifiée qualifie qualifient calificó calificaron
    califica bezeichnete bezeichneten bezeichnet""".split()
)
_DESCRIBED_AS = re.compile(
    r"(?:[ \u00a0]+[^\W\d_][\w'’-]*){1,4}?[ \u00a0]+(?:as|als|comme|de|d['’]|como)"
    r"(?=[ \u00a0]*[^\W\d_])",
    re.IGNORECASE,
)
"""The object of a describing verb, then the judgment's marker ("described the find as
remarkable", "bezeichnete den Fund als …", "a qualifié la décision de scandaleuse",
"calificó el hallazgo de notable"): the judgment is the speaker's own words."""


ADDING_VERBS = frozenset(
    """added adds ajouté ajoute añadió añade agregó agrega añadieron agregaron ergänzte ergänzt
    добавил добавила
    добавили добавило додав додала додали додало""".split()
)
"""Verbs of adding: speech, except when an object follows ("operators have added extra shifts",
"a ajouté une ligne", "добавили два вагона")."""
_OBJECT_NEXT = re.compile(
    r"[  ]+(?:a|an|the|some|extra|more|new|another|un|une|des|du|le|la|les|el|los|las|unos"
    r"|unas|otro|otra|ein|eine|einen|einem|einer|den|die|das|der|dem|zwei|два|две|ещё|ще"
    r"|\d)(?![^\W\d_])",
    re.IGNORECASE,
)


def object_follows(text: str, end: int) -> bool:
    """Does an object (an article, a quantity) follow the verb ending at end?"""
    return _OBJECT_NEXT.match(text, end) is not None


def words_follow(text: str, end: int) -> bool:
    """Does what was said follow the verb ending at end (a colon, a quote, "that")?"""
    return _SPOKEN_NEXT.match(text, end) is not None


FINDING_VERBS = frozenset(
    """showed shows found finds revealed reveals suggested suggests zeigte zeigt zeigten ergab
    ergaben montre montrent révèle révélé muestra muestran reveló revela показал показали
    показывают показав свідчать""".split()
)
"""Verbs of what a document shows ("Red Cross data showed", "a report by X found"): a
citation only with a document noun among the words before them."""


_SENSE_NEXT = {
    "asked": re.compile(r"[ \u00a0]+for(?!\w)", re.IGNORECASE),
    "ruled": re.compile(r"(?![ \u00a0]+out(?!\w))"),
    **dict.fromkeys(
        """issued released publicó emitió difundió publicaron emitieron difundieron
        veröffentlichte veröffentlichten publié
        diffusé опубликовал опубликовала опубликовали распространил распространила
        распространили оприлюднив оприлюднила оприлюднили поширив поширила поширили""".split(),
        re.compile(
            r"(?:[ \u00a0]+[^\W\d_]+){0,2}?[ \u00a0]+(?:statement|communiqué|comunicado"
            r"|erklärung|stellungnahme|mitteilung|заявлени|сообщени|заяв|повідомлен)",
            re.IGNORECASE,
        ),
    ),
    **dict.fromkeys(
        "contó contaron erzählte erzählten".split(),
        re.compile(r"[ \u00a0]*[,:]|[ \u00a0]+(?:a|al|que|gegenüber|dass)(?!\w)", re.IGNORECASE),
    ),
    **dict.fromkeys(
        "признал признала признали признало визнав визнала визнали визнало".split(),
        re.compile(r"(?![^.;:!?\n]{0,80}?(?<!\w)(?:не)?(?:виновн|винн))", re.IGNORECASE),
    ),
}
"""Verbs cited only in one construction: "asked for 11 years" (a demand: "asked drivers to
stay away" is a request to others, not a citation), "ruled" but never "ruled out", and
"признал" / "визнав" but not in a verdict ("суд признал его виновным": found guilty);
issuing and publishing only a statement ("issued a statement", "publicó un comunicado",
"опубликовал заявление"), never a permit or a photo; telling ("contó a EFE que", "erzählte,
…") only to someone or of what was said, never "contó con 40 voluntarios" or "erzählte die
Geschichte" (German verb-second would read the object as the subject)."""


def sense_ok(word: str, text: str, end: int) -> bool:
    """Does the verb `word` ending at end have its citing sense here?"""
    rule = _SENSE_NEXT.get(word.lower())
    return rule is None or rule.match(text, end) is not None
