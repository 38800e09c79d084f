"""Sources in wordings of round 20 (invented texts in six languages): a wire's regional desk
in a dateline set off by a comma or closing its line."""

from __future__ import annotations

from tests.analysis.shapes import sources

_PROSE = "The river rose by two metres overnight and several roads were closed to traffic."


def test_a_wire_desk_after_place_and_date_is_the_dateline_source():
    cases = {
        "ru": (
            "Омск, 12.04, Интерфакс-Сибирь. Уровень воды в реке поднялся за ночь на два метра.",
            "Интерфакс-Сибирь",
        ),
        "en": ("Leeds, 12 April, Northern Wire. " + _PROSE, "Northern Wire"),
        "fr": (
            "Lyon, 4 mai, Agence Rhône-Alpes. Le niveau de la rivière a monté de deux mètres cette nuit.",
            "Agence Rhône-Alpes",
        ),
    }
    for lang, (opening, name) in cases.items():
        assert name in sources("A flood headline\n\n" + opening + "\n"), lang


def test_a_wire_desk_closing_a_dated_dateline_line_is_a_source():
    cases = {
        "uk": (
            "ЛЬВІВ, 3 квітня – Укрпрес-Захід",
            "Вода в річці піднялася за ніч на два метри, кілька доріг закрито.",
        ),
        "es": (
            "OVIEDO, 3 abr – Agencia Norte",
            "El río subió dos metros durante la noche y se cerraron varias carreteras.",
        ),
        "de": (
            "KASSEL, 3. April – Nordhessen-Dienst",
            "Der Fluss stieg über Nacht um zwei Meter, mehrere Straßen wurden gesperrt.",
        ),
    }
    for lang, (line, prose) in cases.items():
        name = line.rsplit("– ", 1)[1]
        assert name in sources("A flood headline\n\n" + line + "\n\n" + prose + "\n"), lang


def test_a_place_with_no_date_before_a_comma_or_dash_is_no_dateline():
    for opening in (
        "Leeds, West Yorkshire. " + _PROSE,
        "Kyiv – Flood Warning\n\n" + _PROSE,
        "Paris, France, Europe. " + _PROSE,
    ):
        found = sources("A flood headline\n\n" + opening + "\n")
        assert not any(s in opening.split(".")[0] for s in found), (opening, found)
