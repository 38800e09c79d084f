"""Kinds of bodies that cite or are cited, in six languages ("police", "préfecture",
"прокуратура", "минздрав"), with their plurals and the Cyrillic genitive every Russian and
Ukrainian "according to" cue takes: the closed class the attribution readers test a
lower-case description against ("the company said", "по данным краевого минздрава")."""

from __future__ import annotations

import re

# Nouns that name a kind of source on their own ("foreign analysts", "state media").
SOURCE_NOUNS = frozenset(
    """analysts officials experts sources intelligence media police witnesses residents
    observers journalists authorities ministry spokesman spokeswoman spokesperson researchers
    investigators prosecutors monitors agency newspaper service services office department
    committee council commission command institute governor mayor spokesperson
    источники эксперты аналитики чиновники разведка сми власти полиция ведомство служба
    губернатор мэр джерела експерти аналітики розвідка влада поліція відомство служба
    губернатор мер
    quellen experten analysten behörden polizei medien präfektur ministerium regierung
    feuerwehr agentur zeugen sprecher
    préfecture ministère gouvernement autorités police gendarmerie mairie pompiers agence
    experts témoins enquêteurs responsables porte-parole
    prefectura ministerio gobierno autoridades policía ayuntamiento bomberos agencia
    expertos testigos fuentes portavoz
    organisers organizers organisateurs organizadores veranstalter организаторы организаторов
    організатори організаторів
    government правительство уряд
    prefecture authority defence defense managers coordinators responders forecasters
    meteorologists scientists seismologists volcanologists operator coastguard guard centre
    center administration municipality prosecutor prosecutors ombudsman union federation
    association observatory coroner regulator inspectorate
    администрация управление министерство прокуратура центр метеорологи синоптики
    адміністрація управління міністерство прокуратура центр синоптики
    staatsanwaltschaft verwaltung bezirksregierung landratsamt gemeinde küstenwache
    wetterdienst betreiber gewerkschaft
    préfecture parquet procureur mairie opérateur exploitant syndicat observatoire
    fiscalía alcaldía operador sindicato observatorio guardia
    оператор профсоюз прокурор федерация ассоциация обсерватория регулятор инспекция агентство
    профспілка федерація асоціація обсерваторія інспекція verband staatsanwalt
    fédération association régulateur federación asociación regulador
    club clubs klub verein клуб клуба клубе клубу
    league ligue liga лига ліга
    избирком горизбирком облизбирком виборчком
    hall
    профсоюзы профсоюзов профспілки профспілок gewerkschaften verbände
    management dirección leitung geschäftsführung ermittler investigadores
    руководство керівництво следствие слідство
    owner owners propriétaire propietario eigentümer besitzer владелец владельцы власник
    власники doctors physicians medics médecins médicos ärzte врачи лікарі lawyer lawyers
    attorney attorneys avocat avocats abogado abogados anwalt anwälte адвокат адвокаты
    адвокати комитет комітет комиссия комісія департамент гвардия гвардія
    court tribunal juridiction cour juzgado gericht суд
    chancellery chancellerie cancillería kanzlei staatskanzlei канцелярия канцелярія
    foundation fondation fundación stiftung фонд
    university université universidad universität университет університет
    institut институт інститут
    больница клиника лікарня лікарні клініка
    museum musée museo музей
    prosecution accusation acusación anklage обвинение гособвинение обвинувачення
    пресс-служба прес-служба pressestelle
    customs zoll douane douanes aduana aduanas таможня митниця
    company firm organisation organization компания фирма организация компанія фірма
    організація unternehmen firma konzern organisation entreprise société organisation
    empresa compañía organización
    минздрав минобороны минфин минтранс минюст минтруд минэнерго минприроды минсельхоз
    минкультуры минпросвещения минобрнауки минстрой минцифры минспорт минпромторг мчс
    мінздрав міноборони мінфін мінекономіки мінцифри мінкульт мінсоцполітики мінагрополітики
    мінінфраструктури мінрегіон мінприроди мінвет мінстратегпром
    official responsable funcionario funcionarios чиновник посадовець посадовці beamter
    beamte headquarters штаб krisenstab état-major
    commissioner commissaire comisionado beauftragte beauftragter уполномоченный
    уповноважений омбудсмен омбудсман
    мэрия мерія rathaus townhall
    directorate direction dirección direktion дирекция дирекція
    prefect préfet préfète prefecto präfekt префект""".split()
)
"""Kinds of bodies in six languages; the last lines are courts, universities, the
prosecution, press offices and customs, cited as often as the police, then companies and
organisations, an official in the singular ("a senior official said", "explique un
responsable du port", "сказал чиновник"), and the short names Russian and Ukrainian give every ministry ("минздрав",
"мінцифри"), a closed set written in lower case after a cue ("по данным краевого минздрава")."""


_NO_S_PLURAL = (
    "s",
    "x",
    "z",
    "man",
    "person",
    "en",
    "ung",
    "schaft",
    "amt",
    "ei",
    "wehr",
    "dienst",
    "wache",
    "ium",
    "ur",
    "and",
)


def _latin_plurals(words: frozenset[str]) -> frozenset[str]:
    """The plural of each Latin-script source noun ("unions", "syndicats", "ministries"),
    so a body named in the plural is a source as in the singular."""
    out: set[str] = set()
    for w in words:
        if not w.isalpha() or not w.isascii() and not all(c < "\u0250" for c in w):
            continue
        if w.endswith(_NO_S_PLURAL):
            continue
        consonant_y = w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou"
        out.add(w[:-1] + "ies" if consonant_y else w + "s")
    return frozenset(out)


_CYRILLIC_GENITIVE = [
    ("ов", ()),
    ("ів", ()),
    ("ок", ()),
    ("сти", ("стей",)),
    ("ия", ("ии",)),
    ("ія", ("ії",)),
    ("ие", ("ия",)),
    ("ство", ("ства",)),
    ("ння", ()),
    ("а", ("ы", "и")),
    ("я", ("и",)),
    ("о", ("а",)),
    ("ы", ("ов",)),
    ("ки", ("ков",)),
    ("ти", ("тів", "тов")),
    ("ри", ("рів", "ров")),
]


def cyrillic_genitives(words: frozenset[str]) -> frozenset[str]:
    """The genitive of each Cyrillic source noun ("по данным полиции", "за даними служби",
    "по словам экспертов"), the case every "according to" cue of Russian and Ukrainian takes."""
    out: set[str] = set()
    for w in words:
        if not re.fullmatch(r"[а-яёіїєґ]+", w):
            continue
        for end, forms in _CYRILLIC_GENITIVE:
            if w.endswith(end):
                out.update(w[: -len(end)] + f for f in forms)
                break
        else:
            if w[-1] not in "аеёиоуыэюяіїєьй":
                out.update((w + "а", w + "у"))  # "центра", "центру", "профсоюза"
    return frozenset(out)


SOURCE_NOUNS = SOURCE_NOUNS | _latin_plurals(SOURCE_NOUNS) | cyrillic_genitives(SOURCE_NOUNS)
