"""Lay groups cited by their kind alone are no source: "Residents say …", "Scientists warn
…", "Коммунальщики предупреждают …", "Синоптики прогнозируют …", "Besucher berichteten …".
A report tells such a group's view as a general impression, not on anyone's word; officials,
investigators, prosecutors and organisers speak for a body and stay sources. The lay group
words are a closed class in six languages (residents, scientists, analysts,
forecasters, visitors, utility workers, doctors), with the Russian and Ukrainian case forms; a group
tied to a named body ("CNRS scientists", "researchers at X") is longer and kept. Experts
are left out of the class: "according to experts" is cited as a source."""

from __future__ import annotations

_LAY = frozenset(
    """residents locals inhabitants neighbours neighbors villagers scientists researchers
    analysts forecasters meteorologists visitors
    anwohner einwohner bewohner wissenschaftler forscher analysten
    meteorologen besucher
    habitants riverains voisins scientifiques chercheurs analystes météorologues
    prévisionnistes visiteurs
    vecinos residentes habitantes científicos analistas meteorólogos visitantes
    жители жителей учёные ученые учёных ученых аналитики аналитиков
    синоптики синоптиков метеорологи метеорологов посетители посетителей коммунальщики
    коммунальщиков
    мешканці мешканців жителі жителів вчені вчених науковці науковців
    аналітики аналітиків синоптики синоптиків метеорологи метеорологів відвідувачі
    відвідувачів комунальники комунальників
    doctors physicians medics ärzte ärztinnen mediziner médecins médicos врачи врачей медики
    медиков лікарі лікарів медиків""".split()
)
_MAX_WORDS = 3


def lay_group(surface: str) -> bool:
    """Is the source a lay group named by its kind, perhaps with adjectives before it
    ("French scientists", "местные жители"), and no acronym of a body?"""
    words = surface.split()
    if not words or len(words) > _MAX_WORDS or words[-1].lower() not in _LAY:
        return False
    return not any(len(w) >= 2 and w.isupper() for w in words)
