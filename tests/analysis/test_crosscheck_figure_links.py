"""Figures grouped on unseen wordings (invented texts): groups merge across articles when one
link is evidenced and nothing contradicts the rest, counted nouns end at prepositions of six
languages and are compared by any of their words, and the counter-cases that must stay
apart (figures of different things in one article, agreeing figures)."""

from __future__ import annotations

from kursk_reader.analysis.figure_groups import find_discrepancies
from kursk_reader.analysis.figures import find_figures
from tests.analysis.shapes import article_value_groups as _groups


def test_groups_merge_across_languages_when_one_link_is_evidenced_and_nothing_contradicts():
    texts = {
        1: "The lorry convoy was stuck on the Varna pass for nine hours before ploughs arrived.",
        2: "Колона вантажівок простояла на перевалі Варна дев'ять годин.",
        3: "Водії провели в заметах шість годин, повідомили рятувальники.",
    }
    assert _groups(texts) == [{(1, "9"), (2, "9"), (3, "6")}]
    texts[3] = "Водії провели в заметах дев'ять годин, повідомили рятувальники."
    assert _groups(texts) == []


def test_a_merge_is_refused_when_one_member_pair_is_contradicted():
    texts = {
        1: "Snow closed the Varna pass for nine hours, the road agency said.",
        2: "Снег закрыл перевал Варна на девять часов.",
        3: "Ремонт дороги займёт шесть недель, сообщили в ведомстве.",
    }
    assert _groups(texts) == []


def test_prepositions_of_six_languages_end_a_counted_noun():
    (fig,) = find_figures(1, "La campaña presentó nueve reclamaciones ante la comisión electoral.")
    assert fig.noun == "reclamaciones"
    (fig,) = find_figures(1, "Die Kasse zahlte zwölf Rechnungen gegenüber dem Amt nicht aus.")
    assert fig.noun == "Rechnungen"
    (fig,) = find_figures(1, "Партия подала семь жалоб против решения комиссии.")
    assert fig.noun == "жалоб"
    texts = {
        1: "La campaña presentó nueve reclamaciones ante la comisión electoral.",
        2: "El partido radicó doce reclamaciones sobre el conteo.",
    }
    assert _groups(texts) == [{(1, "9"), (2, "12")}]


def test_an_unknown_noun_pairs_on_any_of_its_words_not_only_the_last():
    texts = {
        1: "Los inspectores revisan 35 contenedores sellados en el puerto de Ardal.",
        2: "En el puerto de Ardal quedaron retenidos 28 contenedores.",
        3: "Los inspectores revisan 28 grúas en el puerto de Ardal.",
    }
    assert _groups(texts) == [{(1, "35"), (2, "28")}]
    ukr = {
        1: "Без води залишилися п'ять сіл нижче за течією.",
        2: "Без води залишаються мешканці восьми сіл.",
    }
    assert _groups(ukr) == [{(1, "5"), (2, "8")}]


def test_number_words_hyphened_to_a_unit_and_halves_in_six_languages():
    read = {
        "The ferry left on a twelve-day voyage.": "12",
        "Die Sperrung dauerte dreieinhalb Stunden.": "3.5",
        "The ferry waited two and a half hours.": "2.5",
        "Le ferry a attendu deux heures et demie.": "2.5",
        "El ferry esperó dos horas y media.": "2.5",
        "Паром простоял два с половиной часа.": "2.5",
        "Пором простояв два з половиною години.": "2.5",
        "Die Fähre wartete anderthalb Stunden.": "1.5",
    }
    for text, value in read.items():
        (fig,) = find_figures(1, text)
        assert (fig.normalized, fig.dimension) == (value, "duration"), text
    assert find_figures(1, "The fifty-year-old skipper has a ten-year licence.") == []
    texts = {
        1: "The Kessa ferry stayed in port for two and a half hours on Friday.",
        2: "Le ferry Kessa est resté à quai pendant deux heures et demie vendredi.",
        3: "Le ferry Kessa est resté à quai pendant quatre heures vendredi.",
    }
    assert _groups(texts) == [{(1, "2.5"), (2, "2.5"), (3, "4")}]


def test_a_part_of_a_counted_group_is_read_past_articles_and_the_whole_in_six_languages():
    for text, noun in {
        "Two of the 21 sailors were taken to hospital.": "sailors",
        "Dos de los veintiún marineros fueron trasladados al hospital.": "marineros",
        "Drei der 21 Seeleute kamen ins Krankenhaus.": "Seeleute",
        "Trois des 21 marins ont été hospitalisés.": "marins",
    }.items():
        figures = find_figures(1, text)
        assert [(f.noun.split()[0], f.event) for f in figures][:1] == [(noun, "hospital")], text


def test_a_value_two_rounding_steps_past_a_bound_is_another_count():
    def disagree(a: str, b: str) -> bool:
        return bool(find_discrepancies({1: a, 2: b}))

    bound = "More than 140 houses were damaged in Orlay, the prefecture said."
    assert disagree(bound, "160 houses were damaged in Orlay, the prefecture said.")
    assert not disagree(bound, "145 houses were damaged in Orlay, the prefecture said.")
    dozen = "More than a dozen houses were damaged in Orlay, the prefecture said."
    assert not disagree(dozen, "14 houses were damaged in Orlay, the prefecture said.")
    hundred = "More than 200 houses were damaged in Orlay, the prefecture said."
    assert not disagree(hundred, "230 houses were damaged in Orlay, the prefecture said.")
    hours = "The Orlay road was closed for more than 5 hours, the prefecture said."
    assert not disagree(hours, "The Orlay road was closed for 5.5 hours, the prefecture said.")


def test_people_treated_pair_in_six_languages_and_stay_apart_from_other_outcomes():
    for text in (
        "Nine people were treated for smoke inhalation.",
        "Neun Menschen wurden wegen Rauchvergiftung behandelt.",
        "Девять человек лечатся от отравления дымом.",
        "Дев'ять людей лікуються від отруєння димом.",
        "Neuf personnes ont été soignées pour intoxication.",
        "Nueve personas fueron atendidas por intoxicación.",
    ):
        (fig,) = find_figures(1, text)
        assert fig.event == "treated", text
    texts = {
        1: "After the gas leak in Brenna, nine people were treated for breathing problems.",
        2: "Nach dem Gasaustritt in Brenna wurden zwölf Menschen ambulant behandelt.",
        3: "Nach dem Gasaustritt in Brenna wurden zwölf Menschen evakuiert.",
    }
    assert _groups(texts) == [{(1, "9"), (2, "12")}]


def test_an_event_in_another_clause_is_not_the_figures():
    (fig,) = find_figures(1, "Five others suffered frostbite after a storm trapped the group.")
    assert fig.event == ""
    (fig,) = find_figures(1, "Five others suffered frostbite after a storm trapped them.")
    assert fig.event == ""
    (fig,) = find_figures(1, "14 Menschen wurden während des Sturms verletzt.")
    assert fig.event == "injured"
    (fig,) = find_figures(1, "12 человек после аварии госпитализированы.")
    assert fig.event == "hospital"
    (fig,) = find_figures(1, "A climber died and five others suffered frostbite.")
    assert (fig.normalized, fig.event) == ("5", "")
    (fig,) = find_figures(1, "Один турист погиб и семеро получили обморожения.")
    assert fig.event == ""
    (fig,) = find_figures(1, "The storm killed a guide and three children.")
    assert (fig.normalized, fig.event) == ("3", "dead")


def test_an_equal_unround_value_ties_figures_whatever_noun_counts_them():
    texts = {
        1: "All 19 crew members of the Talvik were lifted off by helicopter.",
        2: "Nineteen sailors from the Talvik were winched to safety on Tuesday.",
        3: "Un helicóptero rescató a los 23 tripulantes del Talvik.",
    }
    assert _groups(texts) == [{(1, "19"), (2, "19"), (3, "23")}]
    round_ = {
        1: "The Talvik carried 20 containers of grain.",
        2: "Some 20 volunteers cleaned the beach near the Talvik.",
        3: "Unos 30 voluntarios limpiaron la playa junto al Talvik.",
    }
    groups = _groups(round_)
    assert all((1, "20") not in g for g in groups)
    other_event = {
        1: "Nineteen passengers were injured when the Talvik hit the pier.",
        2: "Nineteen passengers were evacuated from the Talvik.",
        3: "Veintitrés pasajeros fueron evacuados del Talvik.",
    }
    assert _groups(other_event) == [{(2, "19"), (3, "23")}]


def test_across_languages_the_one_measure_left_of_its_unit_pairs():
    english = (
        "The Kessa freighter was carrying 12,000 tonnes of grain. Salvors fear that about "
        "300 tonnes of diesel in its tanks could leak."
    )
    spanish = (
        "El carguero Kessa transportaba 12.000 toneladas de grano. En sus depósitos quedan "
        "unas 360 toneladas de gasóleo."
    )
    assert _groups({1: english, 2: spanish}) == [{(1, "300"), (2, "360")}]
    english_too = (
        "The Kessa freighter was carrying 12,000 tonnes of grain. Port officials said 360 "
        "tonnes of the cargo were already lost."
    )
    assert _groups({1: english, 2: english_too}) == []


def test_the_size_of_a_group_of_people_pairs_in_any_wording():
    texts = {
        1: "Forty volunteers searched after a storm caught a party of eleven hikers on the ridge.",
        2: "На хребте буря застала группу из девяти человек. Искали их 40 добровольцев.",
    }
    assert _groups(texts) == [{(1, "11"), (2, "9")}]
    team = {
        1: "A storm caught a group of eleven people on the Dorn ridge.",
        2: "A team of 30 people searched the Dorn ridge overnight.",
    }
    assert _groups(team) == []


def test_a_leftover_measure_too_far_from_the_others_value_is_not_in_the_way():
    english = (
        "The Kessa freighter was carrying 12,000 tonnes of grain and 3 tonnes of paint. "
        "Salvors fear that about 300 tonnes of diesel in its tanks could leak."
    )
    spanish = (
        "El carguero Kessa transportaba 12.000 toneladas de grano. En sus depósitos quedan "
        "unas 360 toneladas de gasóleo."
    )
    assert _groups({1: english, 2: spanish}) == [{(1, "300"), (2, "360")}]


def test_a_number_written_onto_its_unit_is_read_in_german_russian_and_ukrainian():
    read = {
        "Die Fähre war auf einer elftägigen Rundfahrt.": ("11", "duration"),
        "Nach einer dreistündigen Suche fand man die Fähre.": ("3", "duration"),
        "После трехчасовых поисков паром нашли.": ("3", "duration"),
        "Паром вернулся из 11-дневного рейса.": ("11", "duration"),
        "Пором повернувся з 11-денного рейсу.": ("11", "duration"),
    }
    for text, expected in read.items():
        (fig,) = find_figures(1, text)
        assert (fig.normalized, fig.dimension) == expected, text
    assert (
        find_figures(1, "Sie wohnt in einer Dreizimmerwohnung in einem dreistöckigen Haus.") == []
    )
    assert find_figures(1, "Паром пришвартовался у трехэтажного здания.") == []
    texts = {
        1: "Die Fähre Kessa kehrte von einer elftägigen Rundfahrt zurück.",
        2: "Паром «Кесса» вернулся из 12-дневного рейса.",
    }
    assert _groups(texts) == [{(1, "11"), (2, "12")}]


def test_spanish_eleven_and_french_hundred_are_read_only_before_a_counted_plural():
    assert [f.normalized for f in find_figures(1, "Un crucero de once días.")] == ["11"]
    assert [f.normalized for f in find_figures(1, "Quedaron once heridos.")] == ["11"]
    assert [f.normalized for f in find_figures(1, "Le car transportait cent personnes.")] == ["100"]
    for english in ("Once again, people came.", "Once hours passed, they left."):
        assert find_figures(1, english) == []
    texts = {1: "El crucero Kessa duró once días.", 2: "The Kessa cruise lasted 14 days."}
    assert _groups(texts) == [{(1, "11"), (2, "14")}]


def test_a_bare_number_reaches_its_event_past_adverbs_in_six_languages():
    for text in (
        "Another 12 were so badly injured that they were flown out.",
        "Zwölf wurden schwer verletzt.",
        "Двенадцать были тяжело ранены.",
        "Дванадцять були тяжко поранені.",
        "Douze ont été grièvement blessés.",
        "Doce resultaron gravemente heridos.",
    ):
        (fig,) = find_figures(1, text)
        assert (fig.normalized, fig.event) == ("12", "injured"), text


def test_a_radius_is_one_sense_in_any_wording_and_contrary_to_a_depth():
    texts = {
        1: "Rund 900 Anwohner im Umkreis von 500 Metern mussten ihre Häuser verlassen.",
        2: "Gesperrt wurde ein Gebiet im Radius von 700 Metern um die Fabrik in Ostwald.",
    }
    assert _groups(texts) == [{(1, "500"), (2, "700")}]
    deep = {
        1: "Die Polizei sperrte ein Gebiet im Radius von 500 Metern.",
        2: "Der Schacht in Ostwald ist 700 Meter tief.",
    }
    assert _groups(deep) == []


def test_spanish_perfect_participles_lead_to_the_event():
    (fig,) = find_figures(1, "En la mina de Orcal, seis han resultado heridos.")
    assert (fig.normalized, fig.event) == ("6", "injured")
    texts = {
        1: "En la mina de Orcal, seis han resultado heridos.",
        2: "In der Grube Orcal wurden sieben Bergleute verletzt.",
    }
    assert _groups(texts) == [{(1, "6"), (2, "7")}]


def test_clock_times_with_their_part_of_the_day_are_no_figures():
    for text in (
        "El incendio empezó a las 9 de la mañana.",
        "El incendio empezó a las nueve de la noche.",
        "Le feu a pris à 9 heures du matin.",
        "Пожар начался в 9 часов утра.",
    ):
        assert find_figures(1, text) == [], text
    assert [f.normalized for f in find_figures(1, "La búsqueda duró 9 horas.")] == ["9"]
    assert [f.noun for f in find_figures(1, "Tres de las víctimas eran niños.")] == ["víctimas"]
