"""Function words the figure reader stops at or skips, in six languages (en, ru, uk, de, fr,
es): closed classes, never words of one story. Kept apart from `figures` so that module
stays about reading figures."""

from __future__ import annotations

from kursk_reader.analysis.textspans import fold

STOP = frozenset(
    """the a an of in on at to from by for with and or but as than that which who whom whose
    were was are is be been being have has had will would could should may might can did do
    does this these those its their his her our your my during since after before into onto
    over under about around while when where also not no more less last this next per each
    в во на с со из у от до по за к о об и а но что как который которые были был была было
    будут это эти его их ее её при для через после перед под над уже ещё еще також та і й
    з із від до на у в за про що як які який були був була було це ці його їх її для після
    der die das den dem des ein eine und oder mit von zu im am bei nach vor seit aus auf
    für fur durch gegen ohne um unter zwischen während wahrend wegen ins zum zur beim vom
    wurden wurde sind ist war waren hat haben mussten musste
    le la les l un une des du de d et ou mais que qui dont dans sur pour par avec sans ont a
    été est sont était ont au aux en ce cette ces leur leurs se
    el los las lo una unos unas del al y o pero que quien en con sin por para fueron fue
    han ha es son era resultaron quedaron su sus se
    against among amongst between through throughout without within across toward towards
    near behind beyond along despite via upon beside inside outside amid
    без между против среди вокруг вдоль ради сквозь возле мимо кроме
    між проти серед навколо вздовж через під над перед при біля крім поміж
    gegenüber gegenuber entlang innerhalb außerhalb ausserhalb trotz statt hinter neben
    entre contre vers chez sous depuis pendant selon parmi devant derrière derriere après
    apres avant malgré malgre envers
    ante bajo contra desde hacia según segun sobre tras durante mediante
    près pres loin cerca lejos около рядом поблизу неподалік
    eran estaban estaba están estan está esta étaient etaient était etait""".split()
)


SUBORDINATORS = frozenset(
    """after before when whenever because while until since although
    когда потому пока хотя коли тому поки хоча бо
    nachdem bevor weil wenn obwohl
    quand lorsque parce puisque
    cuando porque mientras aunque""".split()
)
"""Words that open another clause: what happens after them is not what the figure before
counts ("five others suffered frostbite after a blizzard trapped the party"). Outside
English only conjunctions: prepositions ("während", "после", "pendant") precede the verb of
the figure's own clause in German or free word order ("14 Menschen wurden während des
Sturms verletzt")."""


OTHERS = frozenset(
    "others other другие других другим інші інших andere anderen weitere weiteren autres "
    "otros otras".split()
)


DETERMINERS = frozenset(
    """the its their his her these those
    los las el la les le sus su ses leur leurs die der den des dem ihrer seiner""".split()
)
"""Articles and possessives between "of" and a counted noun ("three of the sailors", "dos de
los marineros", "drei der Seeleute", "trois des marins")."""


AUXILIARY = frozenset(
    "were was are is have has had been be being got reportedly also later".split()
    + "были был было была є були було буде wurden wurde sind worden werden wird".split()
    + "ont a été sont sont été fueron fue han ha sido resultaron quedaron resultado quedado".split()
    + "still remain remains remained stay stayed остаются остались залишаються залишилися".split()
    + "bleiben blieben liegen lagen noch restent restaient encore siguen permanecen".split()
    + "in at в у im à en".split()
)
"""Words skipped between a figure and its event: auxiliaries, states that last ("remain",
"still") and the preposition before a place event ("8 are still in hospital")."""


RISE_VERBS = frozenset(
    """rose risen climbed reached increased jumped stands stood hit totals totalled totaled
    fell fallen dropped decreased declined
    выросло вырос выросла возросло возрос достигло достиг достигла составило составляет
    увеличилось снизилось сократилось упало
    зросла зросло зріс досягла досягло сягнула становить склала збільшилася знизилася
    скоротилася впала
    stieg gestiegen erreichte erreicht liegt beträgt betragt kletterte sank gesunken fiel
    eleve monte grimpe atteint atteignait passe baisse chute tombe
    asciende ascendio alcanza alcanzo subio aumento eleva bajo descendio cayo""".split()
)

MORE_OF = frozenset("another further ещё еще ще weitere otros otras".split())
"""Words before a bare number that count more of what the figure before counted ("killed 47
sheep. Another 12 were injured", "ещё 12 получили ранения", "otras 12 resultaron
heridas"). "Others" after a number is left alone: "destroyed 40 houses. Twelve others were
injured" counts people."""
OF_WORDS = frozenset("of из з із de des du del della der von".split())
"""Words after which a noun phrase says what its head is of or made of ("relojes de lujo",
"pages of the score", "three of the nine turbines"): the head stands before them."""


_TIMES = frozenset(
    """yesterday today tonight overnight вчера сегодня ночью утром вчора сьогодні вночі
    зранку gestern heute nachts hier samedi dimanche lundi mardi mercredi jeudi vendredi
    ayer hoy monday tuesday wednesday thursday friday saturday sunday montag dienstag
    mittwoch donnerstag freitag samstag sonntag lunes martes miercoles jueves viernes sabado
    domingo понедельник вторник среду четверг пятницу субботу воскресенье понеділок
    вівторок середу четвер суботу неділю""".split()
)
"""Days and times of an action, said between its verb and the number it governs ("ont
sauvé samedi 92 personnes", "evakuierte am Sonntag 18 Menschen")."""
_TIME_LEADS = frozenset("on the в у am el le la".split())
"""Words a day or time word may take before it ("am Sonntag", "в субботу", "el sábado")."""
_PERSON_OBJECT = "a"
"""The Spanish "a" before a person object ("evacuaron a 300 vecinos")."""


def governing(before: list[str]) -> list[str]:
    """The words before a number without what may stand between it and its verb: the
    Spanish "a" of a person object, a day or time word and its article or preposition
    ("rescató el sábado a 86 personas"), so that the last word left is the verb."""
    k = len(before)
    if k and fold(before[k - 1]) == _PERSON_OBJECT:
        k -= 1
    if k and fold(before[k - 1]) in _TIMES:
        k -= 1
        if k and fold(before[k - 1]) in _TIME_LEADS:
            k -= 1
    return before[:k] if k else before
