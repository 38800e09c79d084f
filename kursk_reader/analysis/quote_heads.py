"""Bodies cited after a quote that do not speak it: the body a role heads ("said the chairman
of the Farmers' Union", "a déclaré le président de la Fédération", "сказал председатель
Союза фермеров", "sagte der Vorsitzende des Landesverbands"), the outlet that only reports
the remark after someone said it ("dijo el ucraniano, según recoge El Correo"), and a
nationality standing for a person ("the Ukrainian said", "a dit le Français"). Each gives
the role the speaker is known by instead, so the speaker is the person that role stands
for (`quote_roles.role_speaker`), never the body or the outlet."""

from __future__ import annotations

import re

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_roles import ROLE_WORDS
from kursk_reader.analysis.attribution_runs import TITLES
from kursk_reader.analysis.attributions import Attribution
from kursk_reader.analysis.name_demonyms import is_demonym
from kursk_reader.analysis.quote_speech import speech_verb
from kursk_reader.analysis.textspans import fold

_HEADS = frozenset(
    """head chief chair chairman chairwoman chairperson leader boss president director
    manager secretary governor mayor minister commander
    глава председатель руководитель руководительница начальник начальница директор
    президент министр губернатор мэр командир лидер шеф
    голова очільник очільниця керівник керівниця начальник начальниця директор директорка
    президент президентка міністр міністерка губернатор мер командир лідер
    chef chefin leiter leiterin vorsitzende vorsitzender präsident präsidentin direktor
    direktorin bürgermeister bürgermeisterin minister ministerin geschäftsführer
    geschäftsführerin kommandant kommandantin
    président présidente directeur directrice dirigeant dirigeante responsable maire
    ministre patron patronne secrétaire préfet préfète commandant commandante
    jefe jefa presidente presidenta director directora dirigente responsable alcalde
    alcaldesa ministro ministra gerente secretario secretaria líder comandante""".split()
)
"""Heads and officers of a body in six languages: the person a body's name after them (in
the genitive or after "of"/"de"/"des") describes."""
_SPOKESPEOPLE = frozenset(
    """spokesman spokeswoman spokesperson sprecher sprecherin portavoz porte-parole
    представитель представительница пресс-секретарь речник речниця представник
    представниця""".split()
)
"""Who speaks for a body: "said the spokesman for the ministry" cites the body."""


def is_head(word: str) -> bool:
    """Is the word a head or officer of a body in one of the six languages?"""
    key = fold(word)
    return key not in _SPOKESPEOPLE and (
        key in _HEADS or key in fold_set(ROLE_WORDS) or key in fold_set(TITLES)
    )


_FOLDED: dict[int, frozenset[str]] = {}


def fold_set(words: frozenset[str]) -> frozenset[str]:
    """The folded words of a set, folded once."""
    key = id(words)
    if key not in _FOLDED:
        _FOLDED[key] = frozenset(fold(w) for w in words)
    return _FOLDED[key]


HEAD_BEFORE_BODY = re.compile(
    r"(?<![^\W\d_])(?:(?:the|el|la|le|l['’]|der|die)[ \u00a0]*)?([^\W\d_]{3,})[ \u00a0]+"
    r"(?:of|de|del|du|des|der|d['’]|de[ \u00a0]+la|de[ \u00a0]+l['’])"
    r"(?:[ \u00a0]+(?:the|la|le|el|los|las|les))?[ \u00a0]*$",
    re.IGNORECASE,
)
"""A head (its article too) and the word joining it to the body named next: "the chairman of
the ", "le président de la ", "el presidente de la ", "der Vorsitzende des "."""
_SLAVIC_BEFORE = re.compile(r"(?<![^\W\d_])([а-яёіїєґ]{4,})[ \u00a0]+$")
"""A lower-case Russian or Ukrainian noun right before the body's name, which it governs in
the genitive: "председатель Союза", "голова Спілки"."""
_HEAD_IN_SOURCE = re.compile(
    r"^([^\W\d_]{3,})[ \u00a0]+(?:des|der|of|de|du|del)[ \u00a0]", re.IGNORECASE
)
"""A citation whose source opens with the head itself: "Vorsitzende des Landesverbands"."""


_NAME_REACH = 80
"""Characters from where a citation starts to the name it cites."""


def headed_body(text: str, at: int, name: str) -> bool:
    """Is the name the body a head leads, written right after them ("the chairwoman of the
    Coastal Guild", "le président de la Fédération X")? No person then. `at` may be where a
    citation of the name starts."""
    found = text.find(name, at, at + _NAME_REACH)
    at = found if found >= 0 else at
    m = HEAD_BEFORE_BODY.search(text, max(0, at - 50), at)
    return m is not None and is_head(m.group(1))


def governing_head(text: str, after_end: int, cited: Attribution, slavic: bool = True) -> str:
    """The head of a body the clause after a quote names before the body it cites ("»,
    sagte der Vorsitzende des Verbands", "…,” said the chairman of the Union", "», — сказал
    председатель Союза"), when a speech verb comes first: that head speaks, not the body.
    "" when the body is cited on its own or by a spokesperson. `slavic`: may a word right
    before the source govern it in the genitive (not when the source may be a surname:
    "сказал губернатор Новак")?"""
    source_at = text.find(cited.source, cited.start)
    if source_at < after_end:
        return ""
    lead = text[after_end:source_at]
    if not any(speech_verb(w.strip(",;:—–-")) for w in lead.split()[:4]) and not any(
        speech_verb(w.strip(",;:—–-")) for w in cited.quote.split()[:3]
    ):
        return ""
    inside = _HEAD_IN_SOURCE.match(cited.source)
    if inside and is_head(inside.group(1)):
        return inside.group(1)
    m = HEAD_BEFORE_BODY.search(lead) or (_SLAVIC_BEFORE.search(lead) if slavic else None)
    if m is None or speech_verb(m.group(1)) or not is_head(m.group(1)):
        return ""
    return m.group(1)


REPORTED_BY = re.compile(
    r"(?<![^\W\d_])(?:según|selon|d['’]après|laut|according[ \u00a0]+to|citing|cité[e]?[ \u00a0]+par|citad[oa][ \u00a0]+por"
    r"|(?:as[ \u00a0]+)?(?:reported|quoted)[ \u00a0]+(?:by|in)|по[ \u00a0]+данным|согласно"
    r"|сообщает|пишет|передает|передаёт|за[ \u00a0]+даними|повідомляє|пише|recoge|informa"
    r"|rapporte|zitiert|berichtet)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A cue that a body only reports a remark: "según recoge El Correo", "selon le quotidien
X", "as reported by the Y", "laut der Zeitung Z"."""


def only_reports(text: str, after_end: int, cited: Attribution) -> bool:
    """Is the body cited after a quote the outlet reporting it, someone else having said it
    first ("…», dijo el ucraniano, según recoge El Correo", "…,” the Ukrainian said,
    according to the Herald")? A speech verb comes before the reporting cue."""
    source_at = text.find(cited.source, cited.start)
    if source_at < after_end:
        return False
    cue = REPORTED_BY.search(text, after_end, source_at)
    if cue is None:
        return False
    if _PASSIVE_CUE.match(cue.group(0)) and not text[after_end : cue.start()].strip(" ,\u00a0"):
        return True  # "a estimé que « … », cité par El País": the outlet passed it on
    return any(speech_verb(w.strip(",;:—–-")) for w in text[after_end : cue.start()].split())


_PASSIVE_CUE = re.compile(r"(?:cité|citad|quoted|citing|zitiert)", re.IGNORECASE)
"""The passive cues of `REPORTED_BY`: right after a quote they give it to whoever the
sentence named before it, the outlet only carrying it."""


_FRENCH_DEMONYM = re.compile(
    r"(?:ol|ole|ais|aise|ois|oise|ien|ienne|ain|aine|and|ande|ard|arde|onne)$"
)


def demonym_cited(text: str, cited: Attribution) -> bool:
    """Is the body cited a nationality after a definite article standing for a person ("the
    Ukrainian said", "a dit le Français", "sagte der Ukrainer" is a role already)?"""
    word = cited.source
    if " " in word or not word[:1].isupper():
        return False
    source_at = text.find(word, cited.start)
    before = text[max(0, source_at - 4) : source_at]
    if before.endswith(("the ", "the\u00a0")):  # "the Swede", "the Pole": plural known too
        return is_demonym(word) or (
            lexicon.is_known_capitalised(word) and lexicon.is_known_capitalised(word + "s")
        )
    if before.endswith((" le ", " la ", "l'", "l’")):
        return _FRENCH_DEMONYM.search(word) is not None and not word.isupper()
    return False


_NEAR = re.compile(r"[^\W\d_]+")


def roles_near(text: str, at: int, name: str) -> list[str]:
    """Folded words that may give a named person's role: up to three words right before the
    name ("Captain X", "le commandant de bord, X") and, after a comma, up to three after it
    ("X, the ship's captain"); none before a body the role heads ("the chairman of the
    Farmers' Union", "le président de la Fédération"). `at` may be where a citation of the
    name starts ("according to the Herald"): the name is read where it stands."""
    found = text.find(name, at, at + _NAME_REACH)
    at = found if found >= 0 else at
    lead = text[max(0, at - 40) : at]
    cues = list(REPORTED_BY.finditer(lead))  # "dijo el sueco, según recoge La Gaceta": the
    if cues:  # words before a reporting cue describe the speaker, not the outlet
        lead = lead[cues[-1].end() :]
    words = _NEAR.findall(lead)[-3:]
    verbs = [k for k, w in enumerate(words) if speech_verb(w)]
    if verbs:  # "the mayor told the Evening Post": the role is the teller's
        words = words[verbs[-1] + 1 :]
    before = [] if _HEADED_BODY.search(lead) else words
    end = at + len(name)
    after = _NEAR.findall(text[end : end + 40])[:3] if text[end : end + 1] == "," else []
    elected = _ELECTED.match(text, end)
    if elected:  # "Остап X избран ректором", "X was appointed director"
        after = _NEAR.findall(text[elected.end() : elected.end() + 30])[:2]
    return [fold(w) for w in before + after]


_ELECTED = re.compile(
    r"[ \u00a0]+(?:(?:was|has[ \u00a0]+been|a[ \u00a0]+été|fue|ha[ \u00a0]+sido|был[аио]?|був|була)"
    r"[ \u00a0]+)?(?:избран[аоы]?|назначен[аоы]?|обрани[йх]|обрана|обраний|призначени[йх]"
    r"|призначена|elected|appointed|named|élue?|nommée?|elegid[oa]|nombrad[oa])"
    r"(?:[ \u00a0]+(?:as|the|new|comme|como|новым|новой|новим|новою))?(?=[ \u00a0])",
    re.IGNORECASE,
)
"""A name made the holder of a role by the verb after it ("Остап X избран ректором", "X was
appointed director", "X a été élue maire"): the role words follow the verb."""


_HEADED_BODY = re.compile(
    r"(?<![^\W\d_])(?:of|de|del|des|du|d['’])(?:[ \u00a0]+(?:the|la|le|el|los|las|les))?"
    r"[ \u00a0]*$",
    re.IGNORECASE,
)
"""The words joining a role to the body named next: that name is no person with the role."""
