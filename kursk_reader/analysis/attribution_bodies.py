"""A named body as the subject of a sentence, whatever it does: "Le tribunal administratif de
Montpellier a annulé …", "Антимонопольный комитет Украины оштрафовал …", "La Guardia Civil ha
detenido …", "Der Sparkassenverband Westfalen-Lippe begrüßte …", "Germany's Federal Aviation
Office has suspended …". Courts, agencies, companies and unions act, rule, recall and publish
more often than they "say"; a report that puts such a body at the head of a sentence relies on
it. No list of verbs: the word after the subject must have the form of a finite verb (a past
ending, or an auxiliary and a participle), and the subject must hold a kind of body (a closed
class of nouns in six languages, German compounds ending in one) and a proper name or an
acronym, so "The company said" or "Die Besucher mussten" are left to the other readers."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from kursk_reader.analysis.attribution_cues import BEFORE_VERBS
from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.attribution_runs import LEADING_FUNCTION_WORDS, TITLES, common_word
from kursk_reader.analysis.attribution_time import TIME_FIRST, time_span
from kursk_reader.analysis.attribution_trims import role_compound
from kursk_reader.analysis.textspans import UPPER

_SENTENCE_END = re.compile(r"[.!?…][»”\"]?[ \u00a0]")
_LINE_END = re.compile(r"\n")
_DATELINE_DASH = re.compile(r"\)[ \u00a0]*\.?[ \u00a0]*[-–—][ \u00a0]*(?=[" + UPPER + "])")
"""The end of a dateline, "MADRID (Reuters) - ", "Sevilla (Europa Press).- ": a sentence
starts after it."""
_UPPER_NEXT = re.compile(r"[ \t\u00a0]*[" + UPPER + "]")
_WORD = re.compile(r"[^\W\d_][\w&]*(?:['’.-](?=\w)[\w&]*)*")
"""A word: a letter, then letters, digits and "&", with apostrophes, dots or hyphens inside
(written as runs, not one character per repetition: twice as fast, same matches)."""
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]«»“”\"—–!?\n.-](?:(?<=[^.-])|(?<=\.)(?!\w)|(?<=\s-)(?=\s))")
"""Punctuation, a full stop not inside a word, a dash between spaces; written to open with a
character class, so a search skips to those characters fast."""
_MAX_SUBJECT = 7

BODY_KINDS = frozenset(
    """court tribunal committee commission chamber office agency union federation association
    company group council ministry department authority institute university foundation
    service services police bank hospital museum observatory centre center inspectorate
    regulator prosecutors guard coastguard survey board bureau corporation
    tribunal comité commission chambre bureau agence syndicat fédération association société
    groupe conseil ministère département autorité institut université fondation service
    services police gendarmerie banque hôpital musée observatoire centre parquet mairie
    préfecture direction caisse
    tribunal juzgado corte comité comisión cámara oficina agencia sindicato federación
    asociación empresa compañía grupo consejo ministerio departamento autoridad instituto
    universidad fundación servicio servicios policía guardia banco hospital museo
    observatorio centro fiscalía ayuntamiento dirección confederación junta
    gericht kommission komitee kammer amt agentur gewerkschaft verband verein unternehmen
    konzern gruppe rat ministerium behörde institut universität stiftung dienst polizei
    bank klinik museum zentrum staatsanwaltschaft kanzlei
    суд комитет комиссия палата служба службы агентство профсоюз федерация ассоциация
    компания группа совет министерство департамент институт университет фонд полиция банк
    больница музей обсерватория центр прокуратура мэрия управление инспекция администрация
    комітет комісія палата служба служби агентство агенція профспілка федерація асоціація
    компанія група рада міністерство департамент інститут університет фонд поліція банк
    лікарня музей обсерваторія центр прокуратура мерія управління інспекція адміністрація
    maker manufacturer producer retailer airline carrier exporter fabricante aerolínea
    fabricant constructeur производитель перевозчик виробник перевізник
    embassy consulate ambassade consulat embajada consulado botschaft konsulat посольство
    консульство
    government gouvernement gobierno regierung landesregierung правительство правительства
    уряд уряду""".split()
)
"""Kinds of body in six languages: the head of a sentence's subject that can be a source."""

_GERMAN_SUFFIXES = (
    "amt",
    "verband",
    "behörde",
    "gericht",
    "kanzlei",
    "anwaltschaft",
    "ministerium",
    "kammer",
    "gesellschaft",
    "institut",
    "dienst",
    "polizei",
    "stiftung",
    "gewerkschaft",
    "kommission",
    "zentrale",
    "hersteller",
    "konzern",
    "agentur",
    "verein",
    "universität",
    "zentrum",
    "klinik",
    "komitee",
)
_CONNECTORS = frozenset(
    """of for the and de del des du d la le los las y et für der des von und zur zum im
    am и і та й in en в у""".split()
)
"""Words inside a body's name: "Court of X and the Y Region", "Посольство России в Германии"."""
_UNIT_GENITIVES = frozenset(
    """области края района округа республики города губернии волости
    області краю району округу республіки міста""".split()
)
"""Lower-case kinds of territory a Russian or Ukrainian body's name ends with after its
capitalised adjective ("суд Санкт-Петербурга и Ленинградской области")."""
_DETERMINERS = frozenset("the der die das le la les l el los las".split())
_INDEFINITE = frozenset("a an un une una uno ein eine einer".split())
_LEADING = LEADING_FUNCTION_WORDS | frozenset(
    """in on at by for from with under after before since during nach gemäss gemäß bei mit
    von aus für über unter seit im am auf zu dans sur par pour avec après avant depuis
    pendant chez en con para por sobre tras desde durante entre у в во по на за из от до
    для помимо после при под через з із від після під через загалом всего также тоже
    також si if wenn falls если якщо cuando quand lorsque""".split()
)
"""Prepositions, conjunctions and adverbs that open a sentence: what follows is no subject
("Wie das Landeskriminalamt mitteilte", "Nach Angaben der Polizei", "В Приморском УГМС")."""
_ROLES = TITLES | frozenset(
    "leader chair chairwoman head chef chefin dirigeant dirigeante líder лидер лідер expert experte".split()
)
_OF = frozenset("of de del des du d der von для".split())
_ADVERBS = frozenset(
    """still also already only now then just ещё еще уже также також вже тоже теж noch auch
    bereits nun jetzt déjà aussi encore ya también aún todavía
    partly partially fully largely unanimously formally officially
    частично полностью единогласно официально частково повністю одноголосно офіційно
    teilweise vollständig einstimmig offiziell teils
    partiellement entièrement unanimement officiellement
    parcialmente totalmente unánimemente oficialmente""".split()
)
"""Adverbs between a subject and its verb: time and focus, then degree and manner."""
_IRREGULAR_PAST = frozenset(
    """upheld held found made took gave sent won lost paid kept brought bought sold met
    began chose drew threw rose fell grew knew saw struck withdrew overrode forbade
    sought spoke wrote told said put set led""".split()
)
"""English past tenses without "-ed": the only language here whose common verbs need a list."""
_NOT_VERBS = _ADVERBS | frozenset(
    """was were is are been being has have had will would may might can could
    été sido worden был была было были був була було були стал стала стали став стало
    wurde wurden werden wird ist sind war waren est sont fut es son fue fueron ha han hat haben hatte
    hatten a ont avait avaient había habían""".split()
)
_GERMAN_AUXILIARIES = frozenset("hat haben hatte hatten".split())
_PROGRESSIVE = frozenset("is are".split())
_COPULAS = frozenset(
    """is are was were be been est sont était étaient es son era eran está están estaba
    ist sind war waren wird werden является являются был была было были є був була було
    були""".split()
)
"""Forms of "be" (and German "werden") in six languages: after a body's name they open a
passive or a description ("is expected to", "est attendu", "wird erwartet"), never an act."""
_ELIDED_NAME = re.compile(rf"[dl]['’][{UPPER}]")
_FRENCH_ARTICLES = frozenset("le la les l".split())
"""The French present ("La chambre appelle") is read only after a French article: "state"
in "Spain's state weather agency" has its form too."""
_GERMAN_ARTICLES = frozenset("der die das".split())
_GERMAN_PRESENT = re.compile(r"[a-zäöüß]{3,}t$")
"""After "Der/Die/Das …" the verb of a German main clause comes second: "ruft", "meldet"."""
_AUXILIARIES = frozenset(
    "has have had a ont avait avaient ha han había habían hat haben hatte hatten".split()
)
_NEGATION = frozenset("n ne no не".split())
_PARTICIPLE = re.compile(
    r"(?:ed|en|wn|ght|ne|sued|é|ée|és|ées|i|is|it|u|us|ert|ado|ados|ido|idos|to|cho|ge\w+t|ge\w+en|\w+iert)$"
)
_PAST = re.compile(
    r"(?:[a-z]{3,}ed"  # en
    r"|[a-záéíóúñ]{2,}(?:ó|aron|ieron)"  # es
    r"|[а-яё]{3,}(?:ал|ял|ил|ел|ыл|ула|ала|яла|ила|ела|ыла|али|яли|или|ели|ыли|ало|ило|ело)"
    r"(?:ся|сь)?"  # ru
    r"|[а-яіїєґ']{3,}(?:ав|ив|яв|їв|ала|яла|ила|іла|али|яли|или|іли|ало|ило)(?:ся)?"  # uk
    r")$"
)
_PROCEDURE_OBJECTS = frozenset(
    """investigation investigations inquiry probe case proceedings enquête enquêtes information
    procédure investigación investigaciones diligencias causa pesquisa ermittlungen
    ermittlungsverfahren verfahren untersuchung sonderkommission проверку проверка дело
    расследование разбирательство перевірку розслідування провадження справу""".split()
)
"""What a body opens ("a ouvert une enquête", "начала проверку", "has opened a criminal case"):
the report tells what it did, not what it says."""
_VERDICT_VERBS = frozenset(
    """sentenced convicted acquitted jailed ordered fined condamné relaxé ordonné condenó
    absolvió ordenó multó verurteilte verurteilt freigesprochen ordnete признал приговорил
    осудил оправдал обязал засудив визнав виправдав зобов'язав
    investigates investigating ermittelt ermitteln enquête enquêtent investiga investigan
    расследует расследуют розслідує розслідують
    arrested detained seized raided searched charged arrêté arrêtés interpellé interpellés
    saisi perquisitionné detenido detenidos detuvo incautado registrado festgenommen
    beschlagnahmt durchsucht nahm задержал задержала задержали изъял изъяли затримав
    затримала затримали вилучив вилучили
    won obtained received gained secured ganó ganaron obtuvo obtuvieron consiguió
    consiguieron recibió recibieron logró lograron gagné gagnés obtenu obtenus remporté
    remportés reçu reçus gewann gewannen erhielt erhielten erreichte erreichten получил
    получила получили выиграл выиграла выиграли набрал набрала набрали отримав отримала
    отримали виграв виграла виграли набрав набрала набрали""".split()
)
"""A court's verdict on a person, a body's investigating, arresting or seizing, what a body
won or obtained (votes, seats, a contract): the news, not a statement the report relies on."""
_GERMAN_FINITE = re.compile(r"[a-zäöüß]{3,}(?:te|ten|tet|ert|iert|elt)$")
"""German past ("begrüßte", "reagierte") and present of -ern/-ieren verbs, read only after a
German article or compound: "state" and "private" have the form too."""
_FRENCH_PRESENT = re.compile(r"[a-zàâçéèêëîïôûù]{3,}(?:e|ent)$")
_ACRONYM = re.compile(rf"[{UPPER}][{UPPER}&]{{1,6}}")
_CYRILLIC = re.compile("[а-яёіїєґ]")


_DESDE = re.compile(
    rf"(?:^|(?<=[.!?…][ \u00a0]))Desde[ \u00a0]+(?:el|la|los|las)[ \u00a0]+"
    rf"(?P<name>[{UPPER}][\w'’-]*(?:[ \u00a0]+(?:(?:de|del|de la|y)[ \u00a0]+)?"
    rf"[{UPPER}][\w'’-]*){{0,6}})[ \u00a0]*,?[ \u00a0]+"
    r"(?:(?:ya|también|hoy|ayer)[ \u00a0]+)?[a-záéíóúñ]{3,}(?:aron|ieron|an|en)(?!\w)",
    re.MULTILINE,
)
"""Spanish "Desde la Cámara X celebraron …": the body's people speak, the verb in the plural."""


def acting_bodies(article_id: int, text: str) -> list[Found]:
    """Named bodies that are the subject of a sentence's finite verb."""
    out: list[Found] = []
    if "Desde" in text:
        for m in _DESDE.finditer(text):
            s, e = m.span("name")
            if not any(kind_word(w) or _ACRONYM.fullmatch(w) for w in m.group("name").split()):
                continue  # "Desde la Ciudad de México llegaron": a place, no body
            out.append(Found(article_id, text[s:e], "", m.start(), m.end(), s))
    based = any(word in text for word in _BASED_WORDS)
    for start in _sentence_starts(text):
        found = _subject_at(article_id, text, start, based)
        if found is not None:
            out.append(found)
    return out


def _sentence_starts(text: str) -> list[int]:
    """Where sentences start: the first capital after a line start or after end punctuation
    (a closing quote after it allowed) and a space, spaces and tabs skipped."""
    after = [0] + [m.end() for m in _LINE_END.finditer(text)]
    after += [m.end() for m in _SENTENCE_END.finditer(text)]
    if ")" in text:
        after += [m.end() for m in _DATELINE_DASH.finditer(text)]
    out: list[int] = []
    for pos in sorted(after):
        m = _UPPER_NEXT.match(text, pos)
        if m is not None:
            out.append(m.end() - 1)
    return out


_BASED_WORDS = (
    "based",
    "headquartered",
    "con sede",
    "basé",
    "installé",
    "établi",
    "mit Sitz",
    "ansässig",
    "штаб-квартир",
    "з головним офісом",
)
"""One of these stands in every match of _BASED."""
_BASED = re.compile(
    rf"(?P<name>[{UPPER}][\w&'’-]*(?:[ \u00a0]+[{UPPER}][\w&'’-]*){{0,3}}),[ \u00a0]+"
    r"(?:based|headquartered|con sede|basée?|installée?|établie?|mit Sitz|ansässig"
    r"|со штаб-квартирой|с штаб-квартирой|зі штаб-квартирою|з головним офісом)"
    r"[ \u00a0]+[^,;.\n]{1,80},[ \u00a0]+"
)
"""A name with where it is based in apposition ("Juguetera Levantina, con sede en Ibi, ha
alcanzado …"): only a company or a body is introduced so."""


def _based_at(article_id: int, text: str, pos: int) -> Found | None:
    m = _BASED.match(text, pos)
    if m is None:
        return None
    words = list(_WORD.finditer(text, m.end(), m.end() + 60))[:3]
    if not words or words[0].group()[:1].isupper() or not _finite(words, 0):
        return None
    if _procedure(words, 0):
        return None
    s, e = m.span("name")
    return Found(article_id, text[s:e], "", s, words[0].end(), s)


def _subject_at(article_id: int, text: str, pos: int, based_words: bool) -> Found | None:
    """The body leading the sentence at pos; `based_words`: does the text hold _BASED_WORDS?"""
    based = _based_at(article_id, text, pos) if based_words else None
    if based is not None:
        return based
    opening = _WORD.match(text, pos)  # pos holds a capital: the first word starts there
    if opening is not None and (
        opening.group().lower() in _INDEFINITE or opening.group().lower() in _LEADING
    ):
        return None  # "A Spanish toy group has agreed", "Wie der NDR berichtet"
    brk = _CLAUSE_BREAK.search(text, pos, pos + 240)  # no clause break falls inside a word
    end = brk.start() if brk else min(len(text), pos + 240)
    head = _WORD.findall(text, pos, end)[: _MAX_SUBJECT + 3]
    if len(head) < 2:
        return None
    if not any(map(_kind_or_acronym, head)):
        return None  # no kind of body and no acronym: no body leads the sentence
    words = list(islice(_WORD.finditer(text, pos, end), _MAX_SUBJECT + 3))
    lead = words[0].group().lower()
    if lead in _INDEFINITE or lead in _LEADING:
        return None
    first = 1 if lead in _DETERMINERS else 0
    plain = True  # no lower-case word read into the subject so far
    for v in range(first + 1, min(len(words), first + _MAX_SUBJECT + 1)):
        word = words[v].group()
        span = time_span([w.group() for w in words[v : v + 3]]) if word.lower() in TIME_FIRST else 0
        if span and v + span < len(words) and _finite(words, v + span):
            return _subject_found(
                article_id, text, words, first, v, v + span
            )  # "X on Monday ordered"
        if word[:1].isupper() or word.lower() in _CONNECTORS or _ELIDED_NAME.match(word):
            continue  # "Chambre d'agriculture de l'Aude"
        if word in _UNIT_GENITIVES and words[v - 1].group()[:1].isupper():
            continue  # "Ленинградской области"
        if word.lower() in _ADVERBS and v + 1 < len(words):
            if not _finite(words, v + 1):
                return None  # "X also ordered": the subject ends before the adverb
        elif not (_finite(words, v) or (plain and _german_present(lead, word))):
            if word.lower() in _COPULAS or word.lower() in _AUXILIARIES:
                return None  # "The ministry is expected to …": a copula, no act of the body
            if word.lower() in BODY_KINDS or _after_kind(words, v) or _kind_ahead(words, v):
                plain = False
                continue  # "la chambre régionale des comptes", "state weather agency"
            return None
        verb = v + 1 if word.lower() in _ADVERBS | _NEGATION else v
        return _subject_found(article_id, text, words, first, v, verb)
    return None


def _subject_found(
    article_id: int, text: str, words: list[re.Match[str]], first: int, v: int, verb: int
) -> Found | None:
    """The body words[first:v] when it is one and the verb at `verb` tells no procedure."""
    if _procedure(words, verb):
        return None
    subject = [w.group() for w in words[first:v]]
    if not _is_body(text, subject, at_start=first == 0):
        return None
    if subject[-1].lower() in _CONNECTORS:
        return None
    s = words[first + _descriptor_end(subject)].start()
    e = words[v - 1].end()
    return Found(article_id, text[s:e], "", words[0].start(), words[max(v, verb)].end(), s)


def _descriptor_end(subject: list[str]) -> int:
    """Where the name starts after a descriptor: "German manufacturer Radwerk Lindner",
    "Spain's state weather agency AEMET", "Der E-Bike-Hersteller Radwerk Lindner" name the
    body after their kind; "Federación Española de Ajedrez" is a name from its kind on."""
    for i in range(len(subject) - 2, -1, -1):
        low = subject[i].lower()
        descriptor = subject[i].islower() or low.endswith(("hersteller", "konzern"))
        if kind_word(subject[i]) and descriptor:
            if i and subject[i - 1][:1].isupper() and _CYRILLIC.match(subject[i]):
                return 0  # "Антимонопольный комитет Украины": one name, the kind inside
            rest = subject[i + 1 :]
            if rest and all(w[:1].isupper() for w in rest):
                return i + 1
            return 0
    return 0


def _german_present(lead: str, word: str) -> bool:
    """After "Der/Die/Das" and a capitalised subject, the verb comes second: "ruft", "meldet"."""
    return lead in _GERMAN_ARTICLES and word not in _NOT_VERBS and bool(_GERMAN_PRESENT.match(word))


def _finite(words: list[re.Match[str]], v: int) -> bool:
    """Has the word at v the form of a finite verb after a subject?"""
    word = words[v].group().lower()
    french = words[0].group().lower() in _FRENCH_ARTICLES
    if word in _NEGATION and v + 1 < len(words):
        word = words[v + 1].group().lower()  # "Météo-France n'annonce pas"
        french = french or words[v].group().lower() in ("n", "ne")
        v += 1
    if word in BEFORE_VERBS:
        return True
    if word in _GERMAN_AUXILIARIES:
        nxt = words[v + 1].group().lower() if v + 1 < len(words) else ""
        return bool(nxt) and nxt not in _NOT_VERBS
    if word in _PROGRESSIVE:
        nxt = words[v + 1].group().lower() if v + 1 < len(words) else ""
        return nxt.endswith("ing") and len(nxt) > 5  # "X is recalling 83,000 bikes"
    if word in _AUXILIARIES:
        if v + 2 < len(words) and words[v + 1].group().lower() in _ADVERBS:
            v += 1  # "a partiellement annulé", "has partly upheld"
        nxt = words[v + 1].group().lower() if v + 1 < len(words) else ""
        participle = bool(_PARTICIPLE.search(nxt)) or nxt in _IRREGULAR_PAST
        return bool(nxt) and nxt not in _NOT_VERBS and participle
    if word in _NOT_VERBS:
        return False
    if _PAST.match(word) or word in _IRREGULAR_PAST:
        return True
    german = words[0].group().lower() in _GERMAN_ARTICLES or any(
        _german_compound(w.group().lower()) for w in words[:v]
    )
    if german and _GERMAN_FINITE.match(word):
        return True
    return french and _after_kind(words, v) is False and bool(_FRENCH_PRESENT.match(word))


def _procedure(words: list[re.Match[str]], v: int) -> bool:
    """Is the verb at v a verdict, or does a procedure it opens follow within four words?"""
    if any(w.group().lower() in _VERDICT_VERBS for w in words[v : v + 2]):
        return True  # "sentenced", "have arrested", "ha detenido"
    return any(w.group().lower() in _PROCEDURE_OBJECTS for w in words[v + 1 : v + 5])


def _after_kind(words: list[re.Match[str]], v: int) -> bool:
    """Is the lower-case word at v an adjective or complement of the kind noun before it
    ("tribunal administratif", "chambre régionale", "комитет Украины")?"""
    if v == 0:
        return False
    prev = words[v - 1].group()
    if prev.lower() in BODY_KINDS:
        return True
    # "chambre régionale des": a second adjective; "Guardia Civil recupera": a verb after a name
    return v >= 2 and prev.islower() and words[v - 2].group().lower() in BODY_KINDS


def _kind_ahead(words: list[re.Match[str]], v: int) -> bool:
    """Is a kind noun among the next three words ("Spain's state weather agency AEMET")?"""
    return any(kind_word(w.group()) for w in words[v + 1 : v + 4])


def _is_body(text: str, subject: list[str], at_start: bool) -> bool:
    """A kind of body and a proper name (or an acronym) in a short subject, headed by the
    kind or the name ("Untersuchungen der Behörde X" is headed by a document), with no role
    in it ("Union leader Tamar K." is a person)."""
    if not subject or len(subject) > _MAX_SUBJECT:
        return False
    low = [w.lower().removesuffix("'s").removesuffix("’s") for w in subject]
    if any(w in _ROLES or role_compound(w.capitalize()) for w in low):
        return False
    head = low[: next((i for i, w in enumerate(low) if w in _OF), len(low))]
    kind = any(w in BODY_KINDS or _german_compound(w) for w in head)
    if any(_ACRONYM.fullmatch(w) for w in subject):
        return True
    first_named = (
        subject[0][:1].isupper()
        and not kind_word(subject[0])
        and not (at_start and common_word(text, subject[0]))
    )
    named = sum(1 for w in subject[1:] if w[:1].isupper() or _ELIDED_NAME.match(w)) + first_named
    return kind and named >= 1


@lru_cache(maxsize=65536)
def _kind_or_acronym(word: str) -> bool:
    return kind_word(word) or _ACRONYM.fullmatch(word) is not None


def kind_word(word: str) -> bool:
    low = word.lower()
    return low in BODY_KINDS or _german_compound(low)


_KIND_ENDINGS = tuple(k for k in BODY_KINDS if len(k) >= 5)


def body_word(word: str) -> bool:
    """A kind of body, a word compounded with one ("Кіберполіція", "Bundespolizei"), or an
    acronym."""
    low = word.lower().strip("'’")
    return kind_word(word) or low.endswith(_KIND_ENDINGS) or (word.isupper() and len(word) > 1)


def _german_compound(low: str) -> bool:
    return len(low) >= 7 and low.endswith(_GERMAN_SUFFIXES)
