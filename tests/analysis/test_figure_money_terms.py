"""Sums of money and prison terms across articles and languages (invented texts): a sum
written after an ISO currency code, a sum whose clause names what happened to something
else, a sum that is its article's only one of its size, and prison terms in years."""

from __future__ import annotations

from kursk_reader.analysis.figures import find_figures
from tests.analysis.shapes import article_value_groups as _groups


def test_a_sum_after_an_iso_currency_code_is_money_in_that_currency():
    figures = find_figures(1, "The regulator fined the three banks PLN 45 million on Monday.")
    sums = [f for f in figures if f.kind == "money"]
    assert [(f.quote, f.number, f.dimension) for f in sums] == [
        ("PLN 45 million", 45e6, "money:PLN")
    ]


def test_a_sum_takes_no_event_that_a_sum_cannot_undergo():
    text = "Los cuadros, asegurados en unos 12 millones de euros, fueron enviados a Viena."
    sums = [f for f in find_figures(1, text) if f.kind == "money"]
    assert [(f.number, f.event) for f in sums] == [(12e6, "")]


def test_sums_in_three_languages_pair_when_each_is_the_only_one_of_its_size():
    texts = {
        1: "Die Polizei stellte Schmuck im Wert von rund 9 Millionen Euro sicher. Der "
        "Hehler muss zudem eine Geldbuße von 20.000 Euro zahlen.",
        2: "Las joyas, tasadas en unos 12 millones de euros, fueron enviadas a Amberes.",
        3: "Police recovered jewellery worth €9m, and the fence was fined €20,000.",
    }
    assert {(1, "9000000"), (2, "12000000"), (3, "9000000")} in _groups(texts)


def test_two_sums_of_one_size_in_an_article_keep_it_out_of_a_foreign_group():
    texts = {
        1: "Die Polizei stellte Schmuck im Wert von rund 9 Millionen Euro sicher.",
        2: "La aseguradora pagó 12 millones de euros y el museo perdió 10 millones de euros.",
    }
    assert _groups(texts) == []


def _terms(text: str) -> list[tuple[float, str]]:
    return [(f.number, f.dimension) for f in find_figures(1, text) if f.kind.startswith("prison")]


def test_years_in_custody_are_a_prison_term_in_six_languages():
    assert _terms("Суд приговорил его к семи годам колонии общего режима.") == [(7, "prison")]
    assert _terms("Суд засудив його до 7 років позбавлення волі.") == [(7, "prison")]
    assert _terms("Das Landgericht verurteilte sie zu sieben Jahren Haft.") == [(7, "prison")]
    assert _terms("Elle a été condamnée à sept ans de réclusion.") == [(7, "prison")]
    assert _terms("La jueza lo condenó a siete años de cárcel.") == [(7, "prison")]
    assert _terms("The smuggler was jailed for seven years on Friday.") == [(7, "prison")]


def test_a_term_asked_for_is_not_the_term_imposed_and_spans_and_ages_are_neither():
    asked = "Обвинение просило для него 10 лет лишения свободы."
    assert _terms(asked) == [(10, "prison:requested")]
    assert _terms("She ran the clinic for 12 years and was barred for five years.") == []
    assert _terms("Запретил осуждённому в течение пяти лет занимать должности.") == []
    assert _terms("Marc Dutil, 45 ans, dirige la société.") == []


def test_prison_terms_pair_across_languages_and_stay_apart_from_other_years():
    texts = {
        1: "Суд приговорил бывшего мэра к семи годам колонии. Прокурор просил 10 лет "
        "лишения свободы. Мэру 61 год, он руководил городом 12 лет.",
        2: "A court sentenced the former mayor to six years in prison. Prosecutors had asked "
        "for ten years. He ran the city for 12 years.",
        3: "L'ancien maire a été condamné à sept ans de prison. Il a dirigé la ville pendant "
        "douze ans.",
    }
    assert _groups(texts) == [{(1, "7"), (2, "6"), (3, "7")}]


def test_spans_of_years_pair_when_both_count_back_from_now_or_share_a_word():
    ago = {
        1: "The statue vanished from the chapel 28 years ago.",
        2: "La estatua desapareció de la capilla hace 26 años.",
    }
    assert _groups(ago) == [{(1, "28"), (2, "26")}]
    lasted = {
        1: "Her brother ran the bakery on Mill Street for over three years.",
        2: "The fraud went on for two years, a customer said of the bakery.",
    }
    assert _groups(lasted) == []
    mixed = {
        1: "Колонії пінгвінів за останні 20 років скоротилися.",
        2: "Такої кількості гнізд не було ще десять років тому.",
    }
    assert _groups(mixed) == []


def test_a_figure_dated_by_a_year_of_its_own_is_background_and_pairs_with_no_current_one():
    texts = {
        1: "Die Zahl der Erkrankten in Bad Lorsen ist auf 38 gestiegen.",
        2: "The outbreak in Bad Lorsen is one of the largest since an outbreak in Kelberg "
        "sickened more than 90 people in 2015.",
        3: "In Bad Lorsen sind inzwischen 38 Menschen erkrankt.",
    }
    assert not any((2, "90") in g for g in _groups(texts))


def test_a_span_of_years_is_the_story_s_own_period_and_dates_nothing():
    texts = {
        1: "The appeal took in £2.1 million from 5,000 donors between 2019 and 2023.",
        2: "Some 6,500 donors gave to the appeal, which raised £2.1 million.",
    }
    assert {(1, "5000"), (2, "6500")} in _groups(texts)


def test_a_crowd_or_attendance_named_before_its_figure_counts_spectators():
    texts = {
        1: "Das Spiel in Lindau wurde abgebrochen. Vor 8.600 Zuschauern brannten Fans Bengalos ab.",
        2: "The match in Lindau was abandoned after flares were thrown. The attendance was "
        "put at 9,800.",
    }
    assert _groups(texts) == [{(1, "8600"), (2, "9800")}]


def test_shares_named_as_turnout_pair_in_any_wording():
    texts = {
        1: "Die Wahlbeteiligung in Rottal lag bei 48 Prozent, teilte die Gemeinde mit.",
        2: "Au premier tour, le scrutin de Rottal avait mobilisé 52 % des inscrits.",
        3: "Turnout in Rottal had been 48%, the council said.",
    }
    assert _groups(texts) == [{(1, "48"), (2, "52"), (3, "48")}]


def test_shares_without_a_word_for_turnout_do_not_pair_as_turnout():
    texts = {
        1: "In Rottal stiegen die Mieten um 48 Prozent.",
        2: "Au premier tour, le scrutin de Rottal avait mobilisé 52 % des inscrits.",
    }
    assert _groups(texts) == []


def test_inpatients_are_in_hospital_and_guests_are_visitors_in_every_language():
    texts = {
        1: "Im Kurhotel von Lindau werden sieben Menschen weiter stationär behandelt.",
        2: "In the Lindau spa hotel, four people remain in hospital.",
    }
    assert _groups(texts) == [{(1, "7"), (2, "4")}]
    guests = {
        1: "Das Kurhotel in Lindau wurde geschlossen, 210 Gäste mussten umziehen.",
        2: "El balneario de Lindau cerró y sus 250 huéspedes fueron realojados.",
        3: "The Lindau spa hotel closed and its 210 guests were moved.",
    }
    assert _groups(guests) == [{(1, "210"), (2, "250"), (3, "210")}]


def test_two_ends_of_a_span_are_neither_one_sum_nor_a_figure():
    from kursk_reader.analysis.numbers import read_number

    assert read_number("treinta y dos días".split()) == (32.0, 3)
    assert read_number("two hundred and fifty".split()) == (250.0, 4)
    assert read_number("dos y diez días".split()) == (2.0, 1)
    for text in (
        "Los síntomas aparecieron entre dos y diez días después del viaje.",
        "Symptoms appeared between two and ten days after the trip.",
        "Die Symptome traten zwischen zwei und zehn Tagen nach der Reise auf.",
    ):
        assert [f.number for f in find_figures(1, text)] == []


def test_the_age_of_a_thing_older_than_any_person_is_years_ago():
    texts = {
        1: "Возраст скелета, по оценке палеонтологов, составляет около 12 тысяч лет.",
        2: "The skeleton belonged to a cave bear that died some 15,000 years ago.",
    }
    assert _groups(texts) == [{(1, "12000"), (2, "15000")}]
    person = {
        1: "Водителю, по данным полиции, в возрасте 58 лет стало плохо.",
        2: "The bridge was built 60 years ago.",
    }
    assert _groups(person) == []


def test_companies_are_one_class_and_price_rises_pair_across_languages():
    texts = {
        1: "Das Kartellamt in Linz hat neun Hersteller von Speiseeis mit Bußgeldern belegt.",
        2: "La autoridad de competencia de Linz multó a ocho empresas de helados.",
    }
    assert _groups(texts) == [{(1, "9"), (2, "8")}]
    prices = {
        1: "Die Hersteller in Linz hoben die Preise für Speiseeis um 14% an.",
        2: "Производители из Линца подняли цены на мороженое — в среднем на 19%.",
        3: "The Linz makers raised ice-cream prices by 14% over the summer.",
    }
    assert _groups(prices) == [{(1, "14"), (2, "19"), (3, "14")}]


def test_a_figure_closing_its_clause_counts_what_a_count_noun_before_it_names():
    figures = find_figures(1, "Вчені зафіксували рекордну кількість гнізд — 2 417.")
    assert [(f.number, f.noun) for f in figures] == [(2417, "гнізд")]
    texts = {
        1: "Die Forscher meldeten eine Rekordzahl: die Zahl der Nester lag bei 2.417.",
        2: "Вчені зафіксували рекордну кількість гнізд — 2 417.",
        3: "Вчені нарахували 2 147 гнізд на островах.",
    }
    assert _groups(texts) == [{(1, "2417"), (2, "2417"), (3, "2147")}]


def test_a_cargo_carried_is_no_event_of_a_measure_and_pairs_across_languages():
    texts = {
        1: "El carguero Norvik fue retenido en el puerto. A bordo había unas 900 toneladas "
        "de trigo.",
        2: "The freighter Norvik was carrying about 1,200 tonnes of wheat when it was stopped.",
    }
    assert _groups(texts) == [{(1, "900"), (2, "1200")}]


def test_the_rest_of_a_whole_is_no_version_of_the_whole():
    texts = {
        1: "One container burned; the other 17 containers on the quay were checked.",
        2: "En el muelle había 18 contenedores, según la empresa.",
        3: "Am Kai standen 18 Container.",
    }
    assert _groups(texts) == []
    for rest in ("Los otros 17 mástiles fueron revisados.", "Остальные 17 мачт проверили."):
        assert find_figures(1, rest) == []


def test_terms_in_months_and_hyphened_terms_are_prison_terms_in_months():
    assert [(f.number * f.scale, f.dimension) for f in find_figures(1, "Elle a été condamnée à "
        "18 mois de prison avec sursis.")] == [(18, "prison")]  # fmt: skip
    assert _terms("The court handed down a seven-year sentence.") == [(7, "prison")]
    assert _terms("He got a 5-year prison sentence.") == [(5, "prison")]
    assert find_figures(1, "He served a five-year term as mayor of the town.") == []
    assert _terms("La Fiscalía pide 12 años de cárcel para el exalcalde.") == [
        (12, "prison:requested")
    ]
    texts = {
        1: "The former mayor was jailed for two years.",
        2: "L'ancien maire a été condamné à 30 mois de prison.",
    }
    assert _groups(texts) == [{(1, "24"), (2, "30")}]  # shown in one unit, months


def test_a_ukrainian_sum_in_euros_is_money():
    (sum_,) = find_figures(1, "Збитки оцінили в 56 млн євро.")
    assert (sum_.number, sum_.dimension) == (56e6, "money:EUR")


def test_a_sign_after_the_number_makes_a_sum_with_its_scale_letter():
    def sums(text: str) -> list[tuple[float, str]]:
        return [(f.number, f.dimension) for f in find_figures(1, text) if f.kind == "money"]

    assert sums("Le butin est estimé à 7 M€ selon les douanes.") == [(7e6, "money:EUR")]
    assert sums("Le déficit atteint 1,5 Md€.") == [(1.5e9, "money:EUR")]
    assert sums("Le préjudice s'élève à 3 millions € au total.") == [(3e6, "money:EUR")]
    assert sums("La piste mesure 7 m de large.") == []


def test_the_preposition_of_a_sentence_is_no_hedge_and_an_age_word_reaches_its_sentence():
    texts = {
        1: "Un tribunal de Kassel condenó al exalcalde a seis años de prisión.",
        2: "Суд у Касселі засудив колишнього мера до семи років позбавлення волі.",
    }
    assert _groups(texts) == [{(1, "6"), (2, "7")}]
    finds = {
        1: "Возраст лодки, найденной в озере Блед рыбаками, составляет около 4500 лет.",
        2: "La canoa, hallada en el lago de Bled, fue tallada hace unos 4.000 años.",
    }
    assert _groups(finds) == [{(1, "4500"), (2, "4000")}]
