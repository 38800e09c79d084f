"""What a quote says in closed-class words, comparable across languages: numbers (digits or
words, "three" = "drei" = "три" = 3), units of time, days, months, times of day and function
words ("never" / "nie" / "jamais" / "nunca" / "никогда" / "ніколи"). Two wordings of one remark
in different languages keep most of these; two different remarks rarely share several. Every
class is given whole for the six languages (en, ru, uk, de, fr, es); no event's words."""

from __future__ import annotations

import re
from functools import lru_cache

from kursk_reader.analysis.numbers import read_number, word_value
from kursk_reader.analysis.textspans import fold

_CONCEPTS_RAW = {
    "never": "never | nie niemals | jamais | nunca jamas | никогда | ніколи",
    "nobody": "nobody no_one | niemand | personne | nadie | никто | ніхто",
    "nothing": "nothing | nichts | rien | nada | ничего ничто | нічого ніщо",
    "all": "all every everything everyone everybody | alle alles jeder jede jedes jeden | "
    "tous tout toute toutes chaque | todos todas todo toda cada | все всё весь вся каждый каждая "
    "каждого | всі усі весь вся кожен кожна кожного кожну",
    "only": "only | nur | seulement | solo solamente | только лишь | лише тільки",
    "even": "even | sogar auch_nur | meme | incluso | даже | навіть",
    "until": "until till | bis | jusqu_a | hasta | пока_не до_тех_пор | доки поки_не",
    "before": "before | bevor vorher zuvor | avant auparavant | antes | перед прежде до_того | "
    "перед перш до_того",
    "had_it": "would_have could_have might_have would've | hätte hätten wäre wären | aurait "
    "auraient | habría habrían hubiera hubieran | бы | б би",
    "while": "as_long_as | solange | tant_que | mientras | пока | поки",
    "because": "because | weil | parce_que car | porque | потому_что так_как | бо тому_що",
    "without": "without | ohne | sans | sin | без",
    "as_if": "as_if as_though | als_ob als_wenn | comme_si | como_si | как_будто словно "
    "будто | ніби наче неначе",
    "again": "again | wieder erneut | de_nouveau a_nouveau | otra_vez de_nuevo | снова опять "
    "вновь | знову",
    "already": "already | schon bereits | deja | ya | уже | вже",
    "today": "today | heute | aujourd_hui | hoy | сегодня | сьогодні",
    "yesterday": "yesterday | gestern | hier | ayer | вчера | вчора",
    "tomorrow": "tomorrow | morgen | demain | manana | завтра | завтра",
    "now": "now | jetzt | maintenant | ahora | сейчас теперь | зараз тепер",
    "night": "night nights overnight | nacht nachte nachts | nuit nuits | noche noches | ночь ночи "
    "ночью | нiч ніч ночі вночі",
    "midnight": "midnight | mitternacht | minuit | medianoche | полночь полночи | північ опівночі",
    "noon": "noon midday | mittag mittags | midi | mediodia | полдень полудня | полудень опівдні",
    "minute": "minute minutes | minute minuten | minute minutes | minuto minutos | минута минуты "
    "минут | хвилина хвилини хвилин",
    "hour": "hour hours | stunde stunden | heure heures | hora horas | час часа часов | година "
    "години годин",
    "day": "day days | tag tage tagen | jour jours | dia dias | день дня дней дни | день дня днів дні",
    "week": "week weeks | woche wochen | semaine semaines | semana semanas | неделя недели недель "
    "неделю | тиждень тижні тижнів",
    "month": "month months | monat monate monaten | mois | mes meses | месяц месяца месяцев | "
    "місяць місяці місяців",
    "year": "year years | jahr jahre jahren | an ans annee annees | ano anos | год года лет | рік "
    "роки років року",
}
_DAYS = [
    "monday montag lundi lunes понедельник понеділок",
    "tuesday dienstag mardi martes вторник вівторок",
    "wednesday mittwoch mercredi miercoles среда среду середа середу",
    "thursday donnerstag jeudi jueves четверг четвер",
    "friday freitag vendredi viernes пятница пятницу пятниця пятницю",
    "saturday samstag samedi sabado суббота субботу субота суботу",
    "sunday sonntag dimanche domingo воскресенье неділя неділю",
]
_CYRILLIC_DAY_STEMS = [
    "понедельник понеділ",
    "вторник вівтор",
    "",
    "четверг",
    "пятниц",
    "суббот субот",
    "воскресень неділ",
]
"""Stems of the Russian and Ukrainian days that every case form opens with ("с понедельника",
"з понеділка", "до п'ятниці", "в неділю"); Wednesday and the Ukrainian Thursday are listed
whole in _CYRILLIC_DAY_FORMS, as "сред-" also opens "среди" (among) and "четвер-" opens
"четверть" (a quarter). Russian "неделя" is the week, never Sunday."""
_CYRILLIC_DAY_FORMS = [
    "",
    "",
    "среда среды среду среде средой середа середи середу середі середою",
    "четвер",
    "",
    "",
    "",
]
_CYRILLIC_MONTH_STEMS = [
    "январ",
    "феврал",
    "март",
    "апрел",
    "",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
]
"""Stems of the Russian months that every case form opens with ("январь" / "января" /
"январе"); May is listed whole ("май мая мае": "ма-" opens too much)."""
_CYRILLIC_MONTH_FORMS = [
    "январь січень січня січні",
    "лютому",
    "березень березня березні",
    "квітень квітня квітні",
    "май мая мае травень травня травні",
    "червень червня червні",
    "липень липня липні",
    "серпень серпня серпні",
    "вересень вересня вересні",
    "жовтень жовтня жовтні",
    "листопад листопада листопаді",
    "грудень грудня грудні",
]
"""Ukrainian months listed whole, in the nominative, genitive and locative ("у квітні", "з
квітня"): their stems also open verbs and adjectives ("квітнуть", "грудного віку")."""
_SPELLED_APOSTROPHE = re.compile(r"(?<=[а-яіїєґ])['’ʼ](?=[а-яіїєґ])", re.IGNORECASE)
"""The apostrophe inside a Ukrainian word ("п'ятниця", "м'ясо"), which `fold` turns into a
space: dropped first, so the word stays one."""
_MONTHS = [
    "january januar janvier enero января январе січня",
    "february februar fevrier febrero февраля феврале лютого",
    "march marz mars marzo марта марте березня",
    "april avril abril апреля апреле квітня",
    "may mai mayo мая мае травня",
    "june juni juin junio июня июне червня",
    "july juli juillet julio июля июле липня",
    "august aout agosto августа августе серпня",
    "september septembre septiembre сентября сентябре вересня",
    "october oktober octobre octubre октября октябре жовтня",
    "november novembre noviembre ноября ноябре листопада",
    "december dezember decembre diciembre декабря декабре грудня",
]
_TIMES = {
    2: "twice zweimal дважды двічі",
    3: "thrice dreimal трижды тричі",
    4: "viermal четырежды",
    5: "fünfmal пятикратно",
}
"""Multiplicative adverbs read as their number ("тричі" = "three times" = 3)."""
_SPANS = {
    10: "decade | jahrzehnt jahrzehnts | decennie | decada decenio | десятилетие десятилетия "
    "десятилетием десятилетии | десятиліття десятиліттям",
    50: "half_a_century half_century | halbes_jahrhundert halben_jahrhundert | demi_siecle | "
    "medio_siglo | полвека полувека полувеке полувеком полстолетия полустолетия | "
    "півстоліття пів_століття піввіку півстоліттям",
    100: "century | jahrhundert jahrhunderts | siecle | siglo | век века веке веком столетие "
    "столетия столетии | століття сторіччя століттям",
}
"""Spans of years named by one word, read as their number of years ("полвека" = "fifty
years" = 50), singular forms only (in every case: "больше полувека"): "decades" gives no
number."""
COMMON_CONCEPTS = frozenset("all only now day hour year".split())
"""Concepts too common in remarks to tell one from another on their own."""
STRONG = "#"
"""Prefix of concepts a translation keeps (numbers, days, months): one wording holding one
the other lacks is a sign of two different remarks."""


def _build() -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Word -> concept, and (phrase, concept) for forms of several words (written with "_")."""
    words: dict[str, str] = {}
    phrases: list[tuple[str, str]] = []
    for concept, raw in _CONCEPTS_RAW.items():
        for form in raw.replace("|", " ").split():
            key = fold(form.replace("_", " "))
            if " " in key:
                phrases.append((key, concept))
            else:
                words.setdefault(key, concept)
    for value, line in _TIMES.items():
        for w in line.split():
            words[fold(w)] = f"{STRONG}n={value}"
    for value, raw in _SPANS.items():
        for form in raw.replace("|", " ").split():
            words[fold(form.replace("_", " "))] = f"{STRONG}n={value}"
    calendar = (
        ("day", _DAYS),
        ("month", _MONTHS),
        ("day", _CYRILLIC_DAY_FORMS),
        ("month", _CYRILLIC_MONTH_FORMS),
    )
    for kind, table in calendar:
        for n, line in enumerate(table):
            for w in line.split():
                words[fold(w)] = f"{STRONG}{kind}{n}"
    for w in _DAY_LENGTH.split():
        words[fold(w)] = _DAY_OF_24
    return words, phrases


_DAY_OF_24 = "day_of_24"
_DAY_LENGTH = "сутки суток суткам сутками сутках доба доби добу добі добою діб"
"""The Russian and Ukrainian noun for a day of 24 hours: "за последние сутки" is "in the past
24 hours" in the other languages, which have no such word; read as 24 when the quote counts
nothing else ("трое суток" is three days)."""
_STEMS = sorted(
    [
        (fold(stem), f"{STRONG}day{n}")
        for n, line in enumerate(_CYRILLIC_DAY_STEMS)
        for stem in line.split()
    ]
    + [
        (fold(stem), f"{STRONG}month{n}")
        for n, line in enumerate(_CYRILLIC_MONTH_STEMS)
        for stem in line.split()
    ],
    key=lambda pair: -len(pair[0]),
)


def _stemmed(word: str) -> str | None:
    """The day or month a Cyrillic word is a case form of, by its stem."""
    for stem_, concept in _STEMS:
        if word.startswith(stem_):
            return concept
    return None


_WORDS, _PHRASES = _build()
CALENDAR_WORDS = frozenset(fold(w) for line in _DAYS + _MONTHS for w in line.split())
"""Names of days and months in six languages, folded (accents and case dropped)."""
_SPAN_PHRASE = re.compile(
    "|".join(
        rf"(?<!\w){re.escape(fold(f.replace('_', ' '))).replace(chr(92) + ' ', '[ -]')}(?!\w)"
        for raw in _SPANS.values()
        for f in raw.replace("|", " ").split()
        if "_" in f
    )
)
"""Spans of several words ("half a century", "demi-siècle") read as one: their "century"
is no 100."""
_PHRASE_RE = [(re.compile(rf"(?<!\w){re.escape(p)}(?!\w)"), c) for p, c in _PHRASES]


@lru_cache(maxsize=16384)
def concepts(quote: str) -> frozenset[str]:
    """The closed-class concepts of a quote; numbers as "#n=<value>" (one excluded: it is
    also an article, "un"/"una"/"один")."""
    folded = _SPAN_PHRASE.sub(
        lambda m: m.group(0).replace(" ", "_").replace("-", "_"),
        fold(_SPELLED_APOSTROPHE.sub("", quote)),
    )
    out: set[str] = set()
    for pattern, concept in _PHRASE_RE:
        if pattern.search(folded):
            out.add(concept)
    for w in re.findall(r"\w+", folded):
        if w in _WORDS:
            out.add(_WORDS[w])
        elif w.replace("_", " ") in _WORDS:
            out.add(_WORDS[w.replace("_", " ")])
        elif _CYRILLIC_LETTER.match(w) and (dated := _stemmed(w)):
            out.add(dated)
    out.update(_numbers(quote))
    if _DAY_OF_24 in out:
        out.discard(_DAY_OF_24)
        if not any(c.startswith(f"{STRONG}n=") for c in out):
            out.add(f"{STRONG}n=24")
    return frozenset(out)


_RAW_WORD = re.compile(
    r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d])(?:[.,]\d+)?|\d+(?::\d+|[.,]\d+)?"
    r"|[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*"
)
"""Numbers in digits, and words: hyphens and apostrophes between letters stay inside a word
(Ukrainian "п'ятдесят", "дев'ять" are one number)."""
_CLOCK = frozenset("am pm a.m p.m uhr h".split())


def _numbers(quote: str) -> set[str]:
    """The numbers of a quote as concepts, digits or words, scale words applied ("two
    thousand" = "zweitausend" = "2,000") — "#n=<value>", one left out (also an article) and
    zero (an idiom as often as a count: "above zero", "zero tolerance") — and times of day on a 24-hour clock ("6 p.m." = "18 Uhr" = "18:00": "#t=18")."""
    words = [m.group(0) for m in _RAW_WORD.finditer(quote)]
    out: set[str] = set()
    i = 0
    while i < len(words):
        w = words[i]
        if ":" in w:
            out.add(f"{STRONG}t={int(w.split(':')[0])}")  # "18:30": a time of day
            i += 1
            continue
        low = w.lower()
        if low in _DOZEN:
            out.add(f"{STRONG}n=12")
        if not (w[0].isdigit() or word_value(w) is not None):
            i += 1
            continue
        got = read_number(words[i : i + 6])
        if got is None:
            i += 1
            continue
        value, used = got
        after = " ".join(words[i + used : i + used + 2]).lower()
        if after.split(" ")[0] in _CLOCK or after in ("a m", "p m"):
            pm = after.startswith("p") and value < 12
            out.add(f"{STRONG}t={value + 12 if pm else value:g}")  # "6 p.m." = "18 Uhr"
        elif value not in (0, 1) and not (i and words[i - 1].lower() in _VAGUE):
            out.add(f"{STRONG}n={value:g}")  # not "one" (an article), "zero" (an idiom)
        i += max(1, used)
    return out


_VAGUE = frozenset(
    """several few many mehrere einige paar etliche plusieurs quelques varios varias
    algunos algunas несколько нескольких многих кілька кількох декілька декількох""".split()
)
"""Words that make the number after them vague ("several hundred", "einige tausend",
"несколько сотен"): another language may give it as a plural noun no number is read from
("кількох сотень"), so it is no number a translation must keep. Not "some" / "unos": "some
300" is about 300, which a translation keeps."""
_CYRILLIC_LETTER = re.compile(r"[а-яіїєґ]")
_DOZEN = frozenset("dozen dutzend douzaine docena дюжина дюжину дюжини".split())


def strong(found: frozenset[str]) -> frozenset[str]:
    """Numbers, days and months among the concepts."""
    return frozenset(c for c in found if c.startswith(STRONG))
