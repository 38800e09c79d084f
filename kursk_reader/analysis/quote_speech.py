"""The closed word classes that tell who speaks a quote, in six languages (en, ru, uk, de,
fr, es): speech verbs (with those of `attribution_cues`), subject pronouns, the audience a
remark is made before, and the finite verbs that make a cited name the subject of reported
speech. Split from `quotes`, which uses them to find speakers."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_cues import BEFORE_VERBS, RECOUNTING_VERBS
from kursk_reader.analysis.attributions import Attribution

REPORTING = re.compile(
    r"(?:said|says|told|added|noted|stressed|explained|insisted|warned|recalled|"
    r"continued|replied|asked|wrote|sagte|erklärte|betonte|fügte|meinte|dit|déclaré|ajouté|"
    r"expliqué|souligné|déclare|ajoute|dijo|añadió|afirmó|explicó|señaló|declaró|"
    r"сказал[аи]?|заявил[аи]?|отметил[аи]?|добавил[аи]?|подчеркнул[аи]?|сказав|сказала|"
    r"заявив|заявила|зазначив|зазначила|додав|додала|наголосив|наголосила|"
    r"spoke|speaking|sprach|sprachen|говорил[аи]?|говорив|говорила|говорили|habló|hablaron|"
    r"parlé|parlait|admitted|conceded|argued|acknowledged|admits|concedes|argues|reconnaît"
    r"|reconnu|concède|admet|admis|insiste|admitió|reconoció|admite|reconoce|räumte|räumt"
    r"|gab|gibt|признал[аи]?|признался|призналась|признаёт|визнав|визнала|визнали|визнає"
    r"|считает|уверен[аы]?|полагает|вважає|переконаний|переконана|glaubt|findet|pense|juge"
    r"|cree|considera|opina|believes|thinks"
    r"|described|describes|décrit|décrivait|qualifié|qualifie|beschrieb|beschreibt|nannte"
    r"|nennt|describió|describe|calificó|califica|описал[аи]?|описав|описала|назвал[аи]?"
    r"|назвав|назвала|réjouit|félicite|inquiète|désole|déplore|freute|freut|bedauerte"
    r"|alegró|lamentó|celebró|порадовал(?:ся|ась|ись)|посетовал[аи]?"
    r"|rejoiced|lamented|deplored)(?!\w)",
    re.IGNORECASE,
)
PRONOUN = re.compile(
    r"(?<!\w)(?:he|she|они?|она|він|вона|er|sie|il|elle|ella|él)(?!\w)", re.IGNORECASE
)


MANNER_VERBS = frozenset(
    """joked jokes joking confided confides sighed sighs exclaimed exclaims complained
    complains repeated repeats assured assures commented comments concluded concludes
    shouted shouts whispered whispers lamented insisting demanded demands
    scherzte scherzt witzelte vertraute seufzte seufzt rief ruft klagte klagt beklagte
    wiederholte wiederholt versicherte versichert kommentierte schloss beharrte bestand
    forderte fordert flüsterte
    plaisanté plaisante confié confie confiait soupiré soupire soupirait exclamé exclame
    plaint plaignait répété répète assuré commenté commente conclu conclut crié crie
    chuchoté murmuré murmure insisté exigé exige martelé martèle lâché lâche glisse glissé
    bromeó bromea confió confía confiesa confesó suspiró suspira exclamó exclama quejó queja
    repitió repite comentó comenta concluyó concluye gritó grita susurró insistió insiste
    exigió exige lamentó lamenta
    пошутил пошутила пошутили признался призналась вздохнул вздохнула воскликнул
    воскликнула пожаловался пожаловалась жалуется повторил повторила повторяет заверил
    заверила прокомментировал прокомментировала заключил заключила крикнул крикнула
    прошептал прошептала настаивал настаивала настаивает потребовал потребовала
    пожартував пожартувала зізнався зізналася зітхнув зітхнула вигукнув вигукнула
    поскаржився поскаржилася скаржиться повторив повторила повторює запевнив запевнила
    прокоментував прокоментувала підсумував підсумувала крикнув крикнула прошепотів
    прошепотіла наполягав наполягала наполягає вимагав вимагала""".split()
) | frozenset(
    """welcomed welcomes hailed hails praised praises
    begrüßte begrüßt lobte lobt
    félicité félicitée félicités réjoui réjouie réjouis salué saluée salue loué louée
    saludó saluda elogió elogia aplaudió aplaude felicitó felicita
    приветствовал приветствовала похвалил похвалила порадовался порадовалась
    привітав привітала похвалив похвалила зрадів зраділа""".split()
)
"""Verbs of the manner of speaking, six languages (joke, confide, sigh, exclaim, complain,
repeat, assure, comment, conclude, shout, whisper, insist, demand), and of welcoming or
praising (welcome, hail, praise, "se féliciter", "se réjouir"): "«…», bromeó X", "…», a
confié X", "X insistió en que …", "«…», s'est félicité le ministre X"."""


SAYING_FORMS = frozenset(
    """saying adding noting stressing warning explaining arguing claiming telling
    sagend hinzufügend betonend erklärend warnend behauptend
    disant ajoutant affirmant expliquant estimant assurant soulignant précisant indiquant
    diciendo añadiendo afirmando explicando asegurando señalando subrayando indicando
    advirtiendo
    сказав добавив отметив подчеркнув пояснив признав заметив говоря утверждая
    сказавши додавши зазначивши наголосивши пояснивши заявивши визнавши кажучи
    стверджуючи""".split()
)
"""Gerunds and participles of saying, six languages (saying, adding, noting, stressing,
explaining, claiming): "X blamed the motors, saying it was “not our fault”", "añadiendo
que …", "отметив, что …" bring in a remark as a finite verb does."""


def speech_verb(word: str) -> bool:
    """A speech verb of either closed list (quote cues, attribution verbs), a verb of
    recounting (`RECOUNTING_VERBS`) or of the manner of speaking (`MANNER_VERBS`), any of
    six languages."""
    low = word.lower()
    return (
        bool(REPORTING.fullmatch(word))
        or low in BEFORE_VERBS
        or low in RECOUNTING_VERBS
        or low in MANNER_VERBS
        or low in SAYING_FORMS
    )


ELIDED_PRONOUN = re.compile(r"-(?:t-)?(?:il|elle|ils|elles)$", re.IGNORECASE)


REPORTED_SUBJECT = re.compile(
    r"[ \u00a0]+(?:had|has|have|was|were|is|are|would|could|will|hatte|habe|hätte|sei|seien"
    r"|wäre|avait|aurait|était|serait|había|habría|era|estaba|hubiera|был[аио]?|буде|мав"
    r"|мала|було)(?!\w)",
    re.IGNORECASE,
)
"""A finite verb right after a cited name: the name is the subject of the reported clause
("X said Al-Rashidy had “preyed on …”"), not who spoke, when another citation is there."""


AUDIENCE = re.compile(
    r"(?<!\w)(?:ante|before|vor|gegenüber|перед|devant|auprès\s+d[eu']|in\s+front\s+of)"
    r"(?:\s+(?:el|la|los|las|the|dem|der|den|des|le|les|l'))?\s*$",
    re.IGNORECASE,
)
"""A preposition of audience before a cited name: "declaró el piloto ante el Ministerio
Público", "sagte er vor dem Ausschuss", "said before the committee" — who was spoken to."""


def audience(a: Attribution) -> bool:
    """Is the cited source only the audience of the remark: `AUDIENCE` right before it, or
    a speech verb and a dative preposition ("explicó a Efe", "a confié au Parisien")?"""
    at = a.quote.rfind(a.source)
    return at > 0 and spoken_to(a.quote[:at])


def spoken_to(before: str) -> bool:
    """Do the words before a name make it the one spoken to: `AUDIENCE`, or a speech verb
    and a dative preposition ending them ("explicó a ", "a confié au ", "told the ")?"""
    if AUDIENCE.search(before):
        return True
    words = before.split()
    article = bool(words) and words[-1].casefold() in _ARTICLES
    if article:
        words = words[:-1]
    if article and words and words[-1].casefold() in _TOLD:
        return True  # "the mayor told the Evening Post": the paper heard it
    return len(words) >= 2 and words[-1].casefold() in _TO and speech_verb(words[-2])


_ARTICLES = frozenset("the la le l' l’ el".split())
_TOLD = frozenset("told tells tell".split())
"""English verbs whose object is the hearer: "told the X" (not "warned X", an inverted
subject after a quote)."""


_TO = frozenset("a al à au aux to dem der den".split())
"""Dative prepositions and articles after a speech verb: the one spoken to follows."""
_AGE_APPOSITION = re.compile(r"^,[ \u00a0]*\d{1,3}[ \u00a0]*,")
_HEARER_VERBS = frozenset("told tells tell informed assured warned reminded".split())
DATIVE_NOUN = re.compile(r"[ \u00a0]+[а-яёіїєґ]{4,}(?:у|ю|ам|ям|ові|еві)[ \u00a0]+")
"""A Russian or Ukrainian noun in the dative between a surname and a body: the one spoken to
("рассказал Белецкий корреспонденту РИА Новости", "сказав Ткачук журналістам ТСН")."""


def told_between(between: str) -> bool:
    """Do the words between a person and a body cited after them say the body was spoken
    to: a speech verb, a dative preposition and at most an article and two lower-case words
    ("X, lamentó a Diario Y", "X a confié au Parisien", "X sagte dem Sender Y"), or a verb
    taking its hearer without one ("X, 58, told local newspaper Y")?"""
    words = _AGE_APPOSITION.sub("", between.strip()).strip(" ,").split()
    if not words or len(words) > 6:
        return False
    for k in range(len(words) - 1, 0, -1):
        if words[k].casefold() in _TO and len(words) - k - 1 <= 2:
            return any(speech_verb(w) for w in words[:k])
    return any(
        w.casefold() in _HEARER_VERBS
        and len(words) - k - 1 <= 2
        and all(x.islower() for x in words[k + 1 :])
        for k, w in enumerate(words)
    )


def after_speech_verb(text: str, at: int) -> bool:
    """Does a speech verb stand right before the position ("рассказал Белецкий")?"""
    words = text[max(0, at - 30) : at].split()
    return bool(words) and speech_verb(words[-1].strip(",—–"))
