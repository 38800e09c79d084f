"""Figures round 17 (invented texts): spans of months and seconds and temperatures are
measures of their own dimension, a prison term in months stays a term, and temperatures pair
only when something says what they measure."""

from __future__ import annotations

from kursk_reader.analysis.figures import find_figures
from tests.analysis.shapes import article_value_groups as _groups


def test_months_of_an_activity_pair_across_languages():
    texts = {
        1: "Die Bande soll über einen Zeitraum von sieben Monaten Kupferkabel gestohlen haben.",
        2: "По данным следствия, в течение девяти месяцев группа похищала медный кабель.",
    }
    assert {(1, "7"), (2, "9")} in _groups(texts)


def test_a_prison_term_in_months_is_still_a_term():
    figures = find_figures(1, "El tribunal lo condenó a ocho meses de prisión por el robo.")
    assert [f.kind for f in figures] == ["prison"]
    figures = find_figures(1, "Der Angeklagte wurde zu zehn Monaten Haft verurteilt.")
    assert [f.kind for f in figures] == ["prison"]


def test_seconds_are_a_duration():
    (figure,) = find_figures(1, "Le public s'est levé et a applaudi pendant 90 secondes.")
    assert figure.dimension == "duration" and figure.measure == 90


def test_temperatures_named_as_temperatures_pair_across_languages():
    texts = {
        1: "Im Lagerhaus stieg die Temperatur nach dem Ausfall der Kühlung auf 31 Grad.",
        2: "La temperatura dentro del almacén llegó a 35 grados tras el fallo del sistema.",
    }
    assert {(1, "31"), (2, "35")} in _groups(texts)


def test_lone_temperatures_of_two_places_stay_apart():
    texts = {
        1: "The crew worked through nights of minus 42 degrees at the mountain camp.",
        2: "Die Proben werden in Grenoble bei minus 30 Grad aufbewahrt.",
    }
    assert _groups(texts) == []


def test_months_behind_schedule_are_no_prison_term():
    (figure,) = find_figures(1, "The ferry was delivered eleven months behind schedule.")
    assert figure.kind == "months" and figure.dimension == "duration"
    (figure,) = find_figures(1, "He will spend the next eleven months behind bars.")
    assert figure.kind == "prison"


def test_a_measure_is_never_what_was_arrested():
    figures = find_figures(
        1, "Three men were arrested and police recovered about 900 kilos of copper wire."
    )
    kilos = next(f for f in figures if f.dimension == "mass")
    assert kilos.event == ""


def test_a_stolen_amount_never_pairs_with_the_other_articles_recovered_amount():
    texts = {
        1: "La Guardia Civil ha detenido a cuatro hombres por el robo de 38.000 litros de "
        "aceite de una cooperativa de Lucena. Los agentes encontraron después 9.000 litros "
        "en un almacén.",
        2: "La Guardia Civil ha recuperado unos 10.000 litros de aceite robados en una "
        "cooperativa de Lucena. La banda se había llevado 40.000 litros.",
    }
    assert not any({(1, "38000"), (2, "10000")} <= g for g in _groups(texts))


def test_parts_of_an_equal_whole_pair_across_languages():
    texts = {
        1: "La tormenta arrancó tres de los nueve aerogeneradores del parque eólico.",
        2: "The storm brought down five of the nine turbines at the wind farm, the operator said.",
    }
    assert {(1, "3"), (2, "5")} in _groups(texts)


def test_parts_of_different_wholes_stay_apart():
    texts = {
        1: "La tormenta arrancó tres de los nueve aerogeneradores del parque eólico.",
        2: "The storm brought down five of the forty turbines at the wind farm.",
    }
    assert not any({(1, "3"), (2, "5")} <= g for g in _groups(texts))


def test_a_count_of_specimens_pairs_by_its_action_word_with_a_named_count():
    texts = {
        1: "Hasta el jueves, los guardas habían reintroducido 240 ejemplares en el valle.",
        2: "By Thursday rangers had reintroduced 310 lynxes in the valley.",
        3: "Jusqu'à jeudi, les gardes ont réintroduit 280 lynx dans la vallée.",
    }
    assert {(1, "240"), (2, "310"), (3, "280")} in _groups(texts)


def test_an_action_word_beside_two_figures_of_an_article_ties_nothing():
    texts = {
        1: "Los guardas habían reintroducido 240 ejemplares y reintroducido 12 parejas.",
        2: "By Thursday rangers had reintroduced 310 lynxes in the valley.",
    }
    assert not any((2, "310") in g for g in _groups(texts))


def test_the_first_duration_of_each_article_is_the_storys_span():
    texts = {
        1: "Sechs Stunden saßen rund 300 Reisende in der Gondel fest. Erst nach "
        "zwei Stunden kam Wasser. Im Mai stand die Bahn schon einmal drei Stunden still.",
        2: "About 300 people were trapped for seven hours in the cable car on Saturday.",
        3: "Some 300 skiers spent six hours in the stalled cabins. Water came "
        "after two hours. In May the line had already stopped for three hours.",
    }
    assert {(1, "6"), (2, "7"), (3, "6")} in _groups(texts)


def test_a_first_duration_the_other_article_also_gives_is_no_lead():
    texts = {
        1: "The herd was lost in less than a week; 'ten years of work gone in three days', "
        "one farmer said.",
        2: "« Dix ans de travail partis en trois jours », a dit un éleveur.",
    }
    assert not any((1, "7") in g for g in _groups(texts))


def test_a_hyphened_duration_is_no_lead():
    texts = {
        1: "Crews worked 10-hour shifts to contain the fire.",
        2: "La permanence est ouverte de 9 heures à 18 heures.",
    }
    assert _groups(texts) == []


def test_a_term_asked_for_with_the_verb_last_is_a_request():
    (asked,) = find_figures(1, "Die Staatsanwaltschaft hatte neun Jahre Haft beantragt.")
    assert asked.kind == "prison:requested"
    (given,) = find_figures(1, "Das Gericht verurteilte ihn zu acht Jahren Haft.")
    assert given.kind == "prison"
    texts = {
        1: "Die Staatsanwaltschaft hatte neun Jahre Haft beantragt.",
        2: "Суд приговорил его к восьми годам лишения свободы.",
    }
    assert _groups(texts) == []
