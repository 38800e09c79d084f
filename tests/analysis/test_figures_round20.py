"""Figures round 20 (invented texts): a change measured against last year is a figure of now,
not of last year; counts whose nouns translate each other by the counted-noun lexicon pair
across languages, counts of two concepts never do, and a unit wins over the noun it
measures."""

from __future__ import annotations

from kursk_reader.analysis.counted_nouns import lexicon, read_lexicon
from kursk_reader.analysis.figure_concepts import figure_concept
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
    for text in (
        "Dealers sold 3,200 cars, 400 fewer than last year.",
        "Die Händler verkauften 3.200 Autos, 400 weniger als im Vorjahr.",
    ):
        assert not any(f.dated for f in find_figures(1, text)), text
    assert all(f.dated for f in find_figures(1, "More than 40 boats sank last year."))
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


def test_counts_of_one_lexicon_concept_group_across_languages():
    texts = {
        1: "Thieves stole 48 bicycles from a rental depot in Ghent overnight, police said.",
        2: "Des voleurs ont dérobé 52 vélos dans un dépôt de location à Gand dans la nuit.",
        3: "Грабители вынесли из пункта проката в Генте 52 велосипеда.",
        4: "Diebe stahlen in der Nacht 48 Leihfahrräder aus einem Depot in Gent.",
    }
    assert {(1, "48"), (2, "52"), (3, "52"), (4, "48")} in _groups(texts)
    farms = {
        1: "Die Gemeinde zählt 230 Bauernhöfe im Tal.",
        2: "The valley has about 260 farms, the mayor said.",
    }
    assert _groups(farms) == [{(1, "230"), (2, "260")}]


def test_counts_of_two_lexicon_concepts_never_pair():
    texts = {
        1: "Thieves stole 48 bicycles from a rental depot in Ghent overnight, police said.",
        2: "Des voleurs ont dérobé 52 tracteurs dans un dépôt de location à Gand dans la nuit.",
    }
    assert _groups(texts) == []


def test_a_unit_wins_over_the_lexicon_noun_it_measures():
    (weight,) = find_figures(1, "The storm swept 40 tonnes of containers overboard near Brest.")
    assert weight.kind == "tonnes" and figure_concept(weight) == ""
    texts = {
        1: "The storm swept 40 tonnes of containers overboard near Brest.",
        2: "La tempête a emporté 46 conteneurs près de Brest.",
    }
    assert _groups(texts) == []
    texts[1] = "Der Sturm riss bei Brest 40 Container über Bord."
    assert _groups(texts) == [{(1, "40"), (2, "46")}]
    assert all(unit not in lexicon().words for unit in ("tonnes", "hectares", "stunden"))


def test_a_numbered_whole_keeps_parts_apart():
    texts = {
        1: "El temporal dañó tres de los doce tractores de la cooperativa.",
        2: "The storm damaged five of the 40 tractors at the cooperative.",
    }
    assert not any({(1, "3"), (2, "5")} <= g for g in _groups(texts))


def test_the_lexicon_is_read_once_and_skips_malformed_lines(tmp_path):
    assert lexicon() is lexicon()
    path = tmp_path / "counted_test.txt"
    path.write_text(
        "# comment\n"
        "kettle | kettle kettles | чайник чайники | чайник чайники | wasserkocher | "
        "bouilloire bouilloires | hervidor hervidores\n"
        "broken | only | three fields\n"
        "pot | pots | горшков | горщиків | töpfe | pots_de_fleurs | macetas\n"
        "jar | jars | банок | банок | gläser | bocaux pots | tarros\n",
        encoding="utf-8",
    )
    lex = read_lexicon([path])
    assert lex.words["bouilloires"] == "kettle" and lex.words["wasserkocher"] == "kettle"
    assert "only" not in lex.words
    assert lex.phrases[("pots", "de", "fleurs")] == "pot"
    assert lex.words["банок"] == "jar"
    assert "pots" not in lex.words  # one form under two concepts says nothing for sure
    assert lex.heads["wasserkocher"] == "kettle"


def test_a_count_hyphened_onto_a_lexicon_noun_counts_it():
    (pages,) = find_figures(1, "The 22-page letter was found in a drawer in Lyon.")
    assert pages.number == 22 and figure_concept(pages) == "page"
    texts = {
        1: "Der 22 Seiten lange Brief wurde in einer Schublade in Lyon gefunden.",
        2: "La lettre de 26 pages a été retrouvée dans un tiroir à Lyon.",
        3: "The 22-page letter was found in a drawer in Lyon.",
    }
    assert {(1, "22"), (2, "26"), (3, "22")} in _groups(texts)
    assert find_figures(1, "He signed a two-year deal with a well-known club.") == []


def test_an_audience_is_counted_like_spectators_in_any_language():
    for text in (
        "The choir sang to an audience of about 900 in Graz.",
        "Rund 900 Zuhörer kamen in den Grazer Dom.",
        "Près de 900 auditeurs ont assisté au concert à Graz.",
        "Unos 900 oyentes llenaron la catedral de Graz.",
        "Концерт в Граце послушали около 900 слушателей.",
    ):
        (crowd,) = find_figures(1, text)
        assert crowd.kind == "spectators", text


def test_degrees_celsius_written_as_a_sign_are_temperatures():
    for text, value in (
        ("The spring water is as hot as 82C, the survey found.", 82),
        ("La température de l'eau atteint 82 °C à la source.", 82),
        ("Температура воды в источнике достигает 82 °С.", 82),
        ("Die Wassertemperatur lag bei 82°C.", 82),
    ):
        (heat,) = find_figures(1, text)
        assert (heat.number, heat.dimension) == (value, "temperature"), text
    assert find_figures(1, "The suspect lived in Flat 5C on Mill Road.") == []
    texts = {
        1: "Die Temperatur des Quellwassers erreicht 82°C.",
        2: "The temperature of the spring water reaches 78 °C.",
    }
    assert _groups(texts) == [{(1, "82"), (2, "78")}]
    texts[2] = "The temperature of the spring water reaches 180 degrees Fahrenheit."
    assert _groups(texts) == []


def test_land_that_suffered_frost_is_damaged_in_any_language():
    texts = {
        1: "За даними ОВА, постраждали понад 9 тисяч гектарів виноградників.",
        2: "Frost damaged some 9,000 hectares of vineyards across the region.",
        3: "Заморозки повредили около 11 тысяч гектаров виноградников.",
    }
    for aid, text in texts.items():
        (area,) = find_figures(aid, text)
        assert area.event == "damaged", text
    assert {(1, "9000"), (2, "9000"), (3, "11000")} in _groups(texts)


def test_synonyms_of_one_concept_pair_in_one_language_too():
    texts = {
        1: "Bis Ende 2027 sollen 3 Fertigungslinien nach Polen verlagert werden.",
        2: "Nach Polen gehen 5 Produktionslinien, teilte der Betriebsrat mit.",
    }
    assert _groups(texts) == [{(1, "3"), (2, "5")}]


def test_unknown_persons_are_counted_as_perpetrators_in_any_language():
    for text in (
        "Drei Unbekannte überfielen am Morgen eine Tankstelle in Kassel.",
        "Трое неизвестных ограбили заправку в Касселе.",
        "Троє невідомих пограбували заправку в Касселі.",
        "Trois inconnus ont braqué une station-service à Kassel.",
        "Tres desconocidos asaltaron una gasolinera en Kassel.",
    ):
        (gang,) = find_figures(1, text)
        assert gang.kind == "perpetrators", text
    texts = {
        1: "Трое неизвестных ограбили заправку в Касселе.",
        2: "Four robbers held up a petrol station in Kassel on Monday.",
    }
    assert _groups(texts) == [{(1, "3"), (2, "4")}]


def test_slavic_plural_case_forms_find_their_listed_stem():
    texts = {
        1: "Град побив посіви у 210 господарствах області.",
        2: "Hail flattened crops on some 260 farms in the region.",
    }
    assert _groups(texts) == [{(1, "210"), (2, "260")}]


def test_a_classed_noun_and_an_unclassed_form_of_its_concept_pair():
    texts = {
        1: "The zoo reported the deaths of 30 animals after the storm.",
        2: "Der Zoo meldete nach dem Sturm den Tod von 40 Tieren.",
    }
    assert _groups(texts) == [{(1, "30"), (2, "40")}]
    texts[2] = "Der Zoo meldete nach dem Sturm den Tod von 40 Pfauen."
    assert _groups(texts) == []


def test_hyphened_nouns_are_read_by_their_parts():
    for text, concept in (
        ("Під кригою опинилися 35 рибалок-любителів.", "fisherman"),
        ("La grêle a endommagé 14 moissonneuses-batteuses près de Chartres.", "combine_harvester"),
    ):
        (count,) = find_figures(1, text)
        assert figure_concept(count) == concept, text


def test_a_plural_time_unit_before_a_number_labels_no_moment():
    (span, count) = find_figures(1, "Er habe in acht Monaten 16 Kasernen ausgespäht.")
    assert (span.kind, count.number, count.noun.split()[0]) == ("months", 16, "Kasernen")
    for text in (
        "Er brach sich am Tag 4 des Rennens den Arm.",
        "He broke his boom on day four of the race.",
        "El día 4 de la carrera se cayó.",
    ):
        assert find_figures(1, text) == [], text


def test_in_russian_ukrainian_and_german_the_first_noun_is_counted():
    for text, concept in (
        ("Обсерватория передала 214 измерений положения астероида.", "measurement"),
        ("Із рейсу зняли 9 пасажирських поїздів.", "train"),
        ("Er habe 16 militärische Einrichtungen ausgespäht.", "institution"),
        ("Ein Bauer baut seit vier Jahrzehnten Hopfen an.", ""),
    ):
        (count,) = find_figures(1, text)
        assert figure_concept(count) == concept, text


def test_voters_are_one_class_in_six_languages():
    for text in (
        "Rund 7.400 Wahlberechtigte waren zur Stichwahl aufgerufen.",
        "Some 7,900 eligible voters were called to the polls.",
        "На выборы были приглашены 7400 избирателей.",
        "До виборчих дільниць запросили 7400 виборців.",
        "Quelque 7 400 électeurs étaient appelés aux urnes.",
        "Unos 7.400 electores estaban llamados a votar.",
    ):
        (electorate,) = find_figures(1, text)
        assert electorate.kind == "voters", text
    texts = {
        1: "Rund 7.400 Wahlberechtigte waren zur Stichwahl aufgerufen.",
        2: "Some 7,900 eligible voters were called to the polls.",
    }
    assert _groups(texts) == [{(1, "7400"), (2, "7900")}]
