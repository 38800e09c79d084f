"""Figures of round 24 on invented text, in several languages: restatements (a headline
that rounds the body's count, a value said twice) never stand for their article in a
second group."""

from __future__ import annotations

from kursk_reader.analysis.figures import find_figures
from tests.analysis.shapes import article_value_groups as _groups


def test_headlines_rounding_their_bodies_are_no_discrepancy_of_their_own():
    texts = {
        1: (
            "Более 40 пассажиров отравились на пароме в Керчи\n\n"
            "В больницу доставлены 33 пассажира, сообщили медики."
        ),
        2: (
            "Three dozen passengers poisoned on Kerch ferry\n\n"
            "Thirty-three passengers were taken to hospital, doctors said."
        ),
    }
    groups = _groups(texts)
    assert not any((1, "40") in g for g in groups)
    assert not any((2, "36") in g for g in groups)


def test_a_headline_figure_still_pairs_when_the_body_gives_no_such_count():
    texts = {
        1: "Rockfall shuts the Gotthard pass road for six days\n\nThe road reopened on Monday.",
        2: "La route du col du Gothard fermée\n\nLa route est restée fermée cinq jours.",
    }
    assert {(1, "6"), (2, "5")} in _groups(texts)


def test_a_value_said_twice_stays_with_the_group_where_another_article_gives_it():
    texts = {
        1: (
            "Das Abkommen erhöht die Grenze von 30 auf 45 Tage im Jahr. Für Pendler aus "
            "Frankreich gilt weiter eine Grenze von 30 Tagen."
        ),
        2: (
            "The agreement raises the limit from 30 to 45 days a year. The 45-day limit "
            "still falls short of the 60 days unions wanted."
        ),
        3: "El acuerdo eleva el límite a 50 días al año.",
    }
    groups = _groups(texts)
    assert any({(1, "45"), (3, "50")} <= g for g in groups)
    assert not any((1, "30") in g and (2, "45") in g for g in groups)


def test_a_sum_set_before_a_sale_never_pairs_with_what_a_lot_fetched():
    body = "Das Gemälde wurde am Freitag in Wien für 250.000 Euro verkauft. {} 90.000 Euro gelegen."
    other = (
        "Le tableau a été vendu 260 000 euros vendredi à Vienne. Une esquisse du même "
        "peintre est partie pour 70 000 euros."
    )
    estimate = _groups({1: body.format("Der Schätzpreis hatte bei"), 2: other})
    assert {(1, "250000"), (2, "260000")} in estimate
    assert not any((1, "90000") in g for g in estimate)
    sold = _groups({1: body.format("Der Preis einer Skizze hatte bei"), 2: other})
    assert {(1, "90000"), (2, "70000")} in sold  # without the valuation word they pair


def test_a_starting_price_in_ukrainian_stays_apart_from_the_prices_paid():
    texts = {
        1: ("Картину продали на аукціоні за 5 млн гривень. Стартова ціна становила 2 млн гривень."),
        2: (
            "The painting sold at auction for 5.5 million hryvnias. A sketch by the same "
            "artist sold for 2.5 million hryvnias."
        ),
    }
    groups = _groups(texts)
    assert {(1, "5000000"), (2, "5500000")} in groups
    assert not any((1, "2000000") in g for g in groups)


def test_debts_and_turnover_of_one_sentence_pair_with_their_own_kind_of_sum():
    texts = {
        1: (
            "Die Schulden der Reederei belaufen sich nach eigenen Angaben auf rund 40 "
            "Millionen Euro, der Umsatz lag zuletzt bei 95 Millionen Euro."
        ),
        2: "The shipping line owes its creditors about 46 million euros, a lawyer said.",
        3: "La naviera facturó el año pasado 110 millones de euros.",
    }
    groups = _groups(texts)
    assert {(1, "40000000"), (2, "46000000")} in groups
    assert not any((2, "46000000") in g and (1, "95000000") in g for g in groups)


def test_multipliers_of_a_limit_pair_across_languages():
    texts = {
        1: (
            "Les analyses ont montré une concentration de benzène huit fois supérieure à la "
            "norme dans l'eau du puits."
        ),
        2: (
            "Los análisis hallaron benceno en el agua del pozo en una concentración cinco "
            "veces por encima del límite permitido."
        ),
        3: "Анализы показали, что концентрация бензола в воде в шесть раз превышала норму.",
    }
    groups = _groups(texts)
    assert any({(1, "8"), (2, "5")} <= g for g in groups)
    assert any((3, "6") in g for g in groups)


def test_a_multiplier_without_a_limit_stays_apart_from_one_of_a_limit():
    texts = {
        1: "Nitrate levels in the lake were eight times above the permitted limit.",
        2: "Die Zahl der Fische im See ist fünf mal höher als im Vorjahr.",
    }
    assert not any((2, "5") in g for g in _groups(texts))


def test_people_led_out_of_a_building_are_evacuated():
    texts = {
        1: "Из торгового центра вывели около 600 человек, сообщили спасатели.",
        2: "About 450 people were evacuated from the shopping centre, rescuers said.",
        3: "З торгового центру вивели 600 відвідувачів.",
    }
    groups = _groups(texts)
    assert any({(1, "600"), (2, "450")} <= g for g in groups)


def test_people_in_the_stands_are_spectators():
    texts = {
        1: (
            "El Tormes ganó la final ante 10.450 espectadores en el pabellón. Unos 2.000 "
            "aficionados viajaron desde Salamanca en 40 autobuses."
        ),
        2: (
            "El escolta firmó 25 puntos. En las gradas, 11.200 personas, según la "
            "organización, un récord para una final."
        ),
        3: (
            "About 10,500 fans packed the arena for the final. Some 2,000 supporters "
            "travelled from Salamanca."
        ),
    }
    groups = _groups(texts)
    assert {(1, "10450"), (2, "11200"), (3, "10500")} in groups


def test_signatures_and_people_who_signed_are_one_count():
    texts = {
        1: "Петицию против вырубки парка подписали более 8 тысяч человек.",
        2: "Die Petition gegen die Abholzung des Parks hat 6.500 Unterschriften gesammelt.",
        3: "A petition against felling the park has gathered 6,500 signatures.",
    }
    groups = _groups(texts)
    assert any({(1, "8000"), (2, "6500"), (3, "6500")} <= g for g in groups)


def test_taken_to_a_hospital_named_at_length_is_hospitalised():
    for text in (
        "Шістьох учнів з опіками та отруєнням димом доставили до обласної дитячої "
        "клінічної лікарні, решті допомогу надали на місці.",
        "Шестерых учеников с ожогами и отравлением дымом доставили в областную детскую "
        "клиническую больницу.",
        "Six pupils with burns and smoke poisoning were later taken by ambulance to the "
        "regional children's hospital.",
    ):
        (figure,) = find_figures(1, text)
        assert figure.event == "hospital", text
    (moved,) = find_figures(1, "Шестерых задержанных доставили в отдел полиции.")
    assert moved.event != "hospital"


def test_a_value_another_article_gives_outside_the_group_leaves_it():
    texts = {
        1: "Bei der Wahlkommission gingen nach Angaben der Vorsitzenden 12 Beschwerden ein.",
        2: (
            "Комиссия официально зарегистрировала 12 обращений. Наблюдатели насчитали почти "
            "30 жалоб."
        ),
        3: "Independent observers logged almost 30 complaints, including ballot stuffing.",
    }
    groups = _groups(texts)
    assert not any((1, "12") in g and (3, "30") in g for g in groups)
    assert not any((2, "12") in g and (3, "30") in g for g in groups)


def test_a_count_whose_noun_a_coordinated_clause_leaves_out_keeps_it():
    texts = {
        1: "Bei der Landtagswahl kam die SPD auf 31 Sitze, die Grünen auf 9.",
        2: "In the state election the Social Democrats won 31 seats and the Greens 12.",
        3: (
            "En las elecciones regionales, los socialdemócratas obtuvieron 33 escaños y los "
            "Verdes, 12."
        ),
    }
    groups = _groups(texts)
    assert {(1, "9"), (2, "12"), (3, "12")} in groups
    assert {(1, "31"), (2, "31"), (3, "33")} in groups


def test_a_year_or_a_number_far_from_the_figure_is_no_left_out_count():
    for text in (
        "The record for the region, 47.3 degrees, was set in August 2003.",
        "Police detained 14 people, and officers said the clashes lasted until 4.",
    ):
        assert [f.quote for f in find_figures(1, text)] in (["47.3 degrees"], ["14 people"])


def test_a_sum_hyphened_onto_its_scale_and_currency_is_read_whole():
    (sum_,) = find_figures(1, "The court suspended the 4.8-million-euro redevelopment.")
    assert (sum_.number, sum_.dimension) == (4_800_000, "money:EUR")
    (deal,) = find_figures(1, "The group signed a 3-billion-dollar deal on Monday.")
    assert (deal.number, deal.dimension) == (3_000_000_000, "money:USD")
    texts = {
        1: "Le tribunal a suspendu le chantier de 4,8 millions d'euros.",
        2: "The court suspended the 5.2-million-euro redevelopment.",
    }
    assert {(1, "4800000"), (2, "5200000")} in _groups(texts)


def test_places_are_seats_in_an_article_that_counts_seats():
    texts = {
        1: (
            "Партія отримала 21 мандат із 40 у міській раді. Опозиційний блок отримав "
            "сім місць, а «Голос» — три."
        ),
        2: (
            "The ruling party won 21 of the 40 council seats. The opposition bloc took nine "
            "seats and Holos three."
        ),
    }
    groups = _groups(texts)
    assert {(1, "7"), (2, "9")} in groups


def test_guests_of_a_show_and_its_spectators_are_one_count():
    texts = {
        1: "A fire alarm forced about 640 guests to leave the theatre during the premiere.",
        2: "Une alarme incendie a fait évacuer environ 700 spectateurs du théâtre.",
        3: "Una alarma obligó a desalojar a unos 640 espectadores del teatro.",
    }
    groups = _groups(texts)
    assert any({(1, "640"), (2, "700"), (3, "640")} <= g for g in groups)


def test_burns_are_no_damage_to_things():
    (people,) = find_figures(1, "Ocho personas sufrieron quemaduras leves en las manos.")
    assert people.event != "damaged"
    (houses,) = find_figures(1, "El incendio dejó 14 casas quemadas en la aldea.")
    assert houses.event == "damaged"


def test_townspeople_are_people():
    texts = {
        1: "Около 30 тысяч жителей Томска остались без света после ледяного дождя.",
        2: "About 45,000 residents of Tomsk were left without power after freezing rain.",
        3: "Почти 30 тыс. горожан всё ещё остаются без света.",
    }
    groups = _groups(texts)
    assert any({(1, "30000"), (2, "45000"), (3, "30000")} <= g for g in groups)
