"""Figures round 22 (invented texts): a sum given per year is the one yearly sum of its
article even beside other sums, so two articles' yearly sums pair while a one-off sum
stays apart."""

from __future__ import annotations

from kursk_reader.analysis.counted_nouns import concept_of
from kursk_reader.analysis.figures import find_figures
from tests.analysis.shapes import article_value_groups as _groups


def test_yearly_sums_pair_beside_one_off_sums():
    for texts, yearly in (
        (
            {
                1: "Le club touchait 36 000 euros de subventions par an. "
                "Il devra rembourser 90 000 euros.",
                2: "The club received some 41,000 euros a year in grants. "
                "It must repay 90,000 euros.",
            },
            {(1, "36000"), (2, "41000")},
        ),
        (
            {
                1: "Der Verein erhielt jährlich 36.000 Euro an Zuschüssen. "
                "Er muss 90.000 Euro zurückzahlen.",
                2: "El club recibía unos 41.000 euros al año en subvenciones. "
                "Deberá devolver 90.000 euros.",
            },
            {(1, "36000"), (2, "41000")},
        ),
    ):
        groups = _groups(texts)
        assert yearly in groups, (texts, groups)
        assert not any({(1, "36000"), (2, "90000")} <= g for g in groups), groups


def test_a_yearly_sum_does_not_pair_with_a_monthly_sum():
    texts = {
        1: "Le club touchait 36 000 euros de subventions par an. "
        "Il devra payer une amende de 90 000 euros.",
        2: "Der Verein erhielt 3.100 Euro Zuschüsse im Monat. "
        "Er muss eine Strafe von 95.000 Euro zahlen.",
    }
    groups = _groups(texts)
    assert not any((1, "36000") in g for g in groups), groups


def _values(text: str) -> list[str]:
    return [f.normalized for f in find_figures(1, text)]


def test_a_conversion_in_brackets_is_no_second_figure():
    for text, kept in (
        ("The storm brought gusts of 130 km/h (81 mph) to the coast.", ["130"]),
        ("The hikers walked 12 miles (19 km) before dark.", ["12"]),
        ("Порывы ветра достигали 130 км/ч (81 миль в час).", ["130"]),
        ("Les rafales ont atteint 130 km/h (81 mph) sur la côte.", ["130"]),
        ("Die Böen erreichten 130 km/h (81 mph) an der Küste.", ["130"]),
        ("Las rachas alcanzaron 130 km/h (81 mph) en la costa.", ["130"]),
    ):
        assert _values(text) == kept, text


def test_a_second_measure_in_brackets_is_kept_when_it_is_no_conversion():
    assert _values("The fire burned 40 hectares (of 120 hectares of forest).") == ["40", "120"]
    text = "The dam holds 12 million cubic metres. (Another 3 km of canal are planned.)"
    assert "3" in _values(text)


def test_a_gust_given_with_its_conversion_pairs_with_another_articles_gust():
    texts = {
        1: "Météo-France a mesuré une rafale de 131 km/h au cap.",
        3: "A gust of 139 km/h (86 mph) was measured at the cape, the weather service said.",
    }
    groups = _groups(texts)
    assert {(1, "131"), (3, "139")} in groups, groups
    assert not any((3, "86") in g for g in groups), groups


def test_the_only_falling_share_of_each_article_pairs_beside_other_shares():
    for texts in (
        {
            1: "Shares in Polder tumbled 12% on Monday. The firm holds 30% of the Dutch market.",
            2: "L'action Polder a dégringolé de 15 % lundi. Elle détient 30 % du marché.",
        },
        {
            1: "Las acciones de Polder se desplomaron un 12 % el lunes. Controla el 30 % del mercado.",
            2: "Акции Polder обвалились на 15% в понедельник. Компании принадлежит 30% рынка.",
        },
        {
            1: "Die Polder-Aktie verlor am Montag 12 Prozent. Der Konzern hält 30 Prozent des Marktes.",
            2: "Акції Polder втратили 15% у понеділок. Компанії належить 30% ринку.",
        },
    ):
        groups = _groups(texts)
        assert {(1, "12"), (2, "15")} in groups, (texts, groups)


def test_a_falling_share_does_not_pair_with_a_rising_one():
    texts = {
        1: "Shares in Polder tumbled 12% on Monday. The firm holds 30% of the Dutch market.",
        2: "L'action Polder s'est envolée de 15 % lundi. Elle détient 30 % du marché.",
    }
    groups = _groups(texts)
    assert not any((1, "12") in g and (2, "15") in g for g in groups), groups


def test_travellers_and_commuters_are_passengers_in_six_languages():
    for text in (
        "About 1,200 commuters were stranded at the station.",
        "Около 1200 пассажиров застряли на вокзале.",
        "Близько 1200 пасажирів застрягли на вокзалі.",
        "Rund 1.200 Fahrgäste saßen am Bahnhof fest.",
        "Environ 1 200 voyageurs sont restés bloqués en gare.",
        "Unos 1.200 viajeros quedaron atrapados en la estación.",
    ):
        kinds = [f.kind for f in find_figures(1, text)]
        assert kinds == ["passengers"], (text, kinds)
    assert [f.kind for f in find_figures(1, "Das Hotel hatte 120 Gäste.")] != ["passengers"]


def test_stranded_travellers_pair_across_languages_beside_other_counts():
    texts = {
        1: "Unos 1.200 viajeros quedaron atrapados. La policía detuvo a 4 sospechosos.",
        2: "Rund 1.500 Fahrgäste saßen fest. Die Polizei nahm 4 Verdächtige fest.",
    }
    assert {(1, "1200"), (2, "1500")} in _groups(texts)


def test_german_compounds_of_wagen_and_plain_words_for_cars_are_vehicles():
    for text in (
        "Der Händler verkaufte 140 Neuwagen.",
        "Die Stadt kaufte 12 Streifenwagen.",
        "Bei dem Unfall wurden 7 Pkw beschädigt.",
        "Se vendieron 140 automóviles nuevos.",
        "On a vendu 140 automobiles.",
    ):
        assert [f.kind for f in find_figures(1, text)] == ["vehicles"], text
    assert [f.kind for f in find_figures(1, "Es kamen 140 Gäste.")] != ["vehicles"]


def test_cars_in_german_compounds_pair_with_cars_in_another_language():
    texts = {
        1: "Der Händler hat 140 Gebrauchtwagen verkauft, bei denen der Tacho manipuliert war.",
        2: "The dealer sold 150 cars whose odometers had been tampered with.",
    }
    assert {(1, "140"), (2, "150")} in _groups(texts)


def test_a_hyphened_count_noun_is_read_as_its_solid_spelling():
    assert concept_of("call-outs") == concept_of("callouts") != ""
    assert concept_of("check-points") == concept_of("checkpoints") != ""
    assert concept_of("long-term residents") == concept_of("residents")
    texts = {
        1: "Firefighters logged 180 call-outs by midnight.",
        2: "Les pompiers ont effectué 230 interventions jusqu'à minuit.",
    }
    assert {(1, "180"), (2, "230")} in _groups(texts)
