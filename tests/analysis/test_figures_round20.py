"""Figures round 20 (invented texts): a change measured against last year is a figure of now,
not of last year."""

from __future__ import annotations

from kursk_reader.analysis.figures import find_figures
from tests.analysis.shapes import article_value_groups as _groups


def test_a_change_against_last_year_is_no_figure_of_last_year():
    for text in (
        "Wool sales dropped to 4,100 bales, a fall of 31 % against last year.",
        "Exports were down 12% on last year, the chamber said.",
        "Die Apfelernte fiel 31 Prozent geringer aus als im Vorjahr.",
        "Улов оказался на 31% меньше, чем в прошлом году.",
        "Врожай виявився на 31% меншим, ніж торік.",
        "La production a reculé de 31 % par rapport à l'an dernier.",
        "La cosecha de aceituna cayó un 31 % frente al año pasado.",
    ):
        found = find_figures(1, text)
        assert found and not any(f.dated for f in found), text


def test_a_figure_of_last_year_stays_dated():
    for text in (
        "Last year 40 fishermen were rescued off the cape.",
        "In the storms 40 fishermen were rescued last year.",
        "В прошлом году спасли 40 рыбаков.",
        "Il y a eu 40 sauvetages l'an dernier au large du cap.",
    ):
        assert all(f.dated for f in find_figures(1, text)), text
    then = find_figures(1, "It rose to 12 boats, from 9 boats last year.")
    assert [f.dated for f in then if f.number == 9] == [True]


def test_falls_against_last_year_group_across_languages():
    texts = {
        1: "Die Winzer der Pfalz ernteten 41.000 Tonnen Trauben, 14 Prozent weniger als im "
        "Vorjahr.",
        2: "Palatinate growers picked about 39,000 tonnes of grapes, down 17% on last year.",
        3: "Mit 41 000 Tonnen fällt die Weinlese um 14 % geringer aus als 2025.",
    }
    assert {(1, "14"), (2, "17"), (3, "14")} in _groups(texts)
