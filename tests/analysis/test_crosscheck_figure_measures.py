"""Figures paired by what they measure and where they stand (invented texts): units of one
dimension converted before comparing, sums only in one currency, the words between two
measures given to the nearer one, and the counter-cases that must stay apart."""

from __future__ import annotations

from kursk_reader.analysis.figure_groups import find_discrepancies
from kursk_reader.analysis.figure_units import currency_of, unit_of
from kursk_reader.analysis.figures import find_figures
from tests.analysis.shapes import value_groups as _groups


def test_durations_in_different_measuring_words_are_converted():
    agree = {
        1: "The blockade of the Lenner pass lasted two days, the haulage union said.",
        2: "The blockade of the Lenner pass lasted 48 hours, the haulage union said.",
    }
    assert _groups(agree) == []
    differ = {1: agree[1], 2: "The blockade of the Lenner pass lasted 30 hours, officials said."}
    assert _groups(differ) == [{"48", "30"}]  # given in the smaller unit: 48 hours


def test_sums_pair_only_in_one_currency():
    texts = {
        1: "The Osterfeld council put the repair bill at €6 million.",
        2: "The Osterfeld council put the repair bill at $9 million.",
        3: "The Osterfeld council put the repair bill at 8 million euros.",
    }
    assert _groups(texts) == [{"6000000", "8000000"}]
    assert currency_of("долларов") == currency_of("dólares") == currency_of("$") == "USD"
    assert unit_of("money", "гривень") == ("money:UAH", 1.0)


def test_a_unit_without_its_pair_on_the_other_side_is_not_converted_into_a_count():
    texts = {
        1: "Some 40 trucks waited at the Lenner pass.",
        2: "Some 40 kilometres of trucks waited at the Lenner pass.",
    }
    kinds = [f.dimension for aid, t in texts.items() for f in find_figures(aid, t)]
    assert kinds == ["", "length"]
    assert _groups(texts) == []


def test_words_between_two_measures_belong_to_the_nearer_one():
    texts = {
        1: "A crater 30 metres wide opened in Dolna. The crater is about 12 metres deep.",
        2: "В Дольной образовалась воронка диаметром 30 метров и глубиной 12 метров.",
    }
    assert _groups(texts) == []
    (wide, deep) = find_figures(2, texts[2])
    assert "глубинои" not in wide.near and "глубинои" in deep.near
    texts[2] = "В Дольной образовалась воронка диаметром 30 метров и глубиной 18 метров."
    assert _groups(texts) == [{"12", "18"}]


def test_percentages_pair_only_with_percentages():
    texts = {
        1: "Turnout in Ravel district fell to 40 percent of voters.",
        2: "Turnout in Ravel district fell to 31 voters per polling station.",
    }
    assert _groups(texts) == []


def test_counted_objects_outside_the_lexicon_pair_as_cognates_across_scripts():
    texts = {
        1: "Crews moved 40 containers from the Kessel terminal overnight.",
        2: "За ночь рабочие вывезли с терминала Кессель 60 контейнеров.",
        3: "За ночь рабочие вывезли с терминала Кессель 55 кранов.",
    }
    assert _groups(texts) == [{"40", "60"}]


def test_a_place_name_beside_two_measures_ties_them_across_scripts():
    texts = {
        1: "The convoy stopped 30 km from Tarvik. The bypass is 12 km long.",
        2: "Колонна остановилась в 45 км от Тарвика. Объездная дорога длиной 12 км.",
    }
    assert _groups(texts) == [{"30", "45"}]
    texts[2] = "Колонна остановилась в 45 км от границы. Объездная дорога длиной 12 км."
    assert _groups(texts) == []


def test_a_denied_event_is_no_event_of_the_figure():
    (buses,) = find_figures(1, "Two buses overturned and nobody was hurt.")
    assert buses.event == "crashed"
    (drivers,) = find_figures(2, "Полиция сообщила, что 3 водителя не пострадали.")
    assert drivers.event == ""
    (hurt,) = find_figures(3, "Three drivers were hurt.")
    assert hurt.event == "injured"


def test_the_only_measure_of_its_kind_pairs_across_languages_but_not_within_one():
    english = "The search for the two climbers lasted five hours, police said."
    german = "Die Suche nach den zwei Bergsteigern dauerte acht Stunden."
    assert _groups({1: english, 2: german}) == [{"5", "8"}]
    same_language = "Traffic on the valley road was halted for eight hours."
    assert _groups({1: english, 2: same_language}) == []
    two_durations = english + " The road then stayed shut for two days."
    assert _groups({1: two_durations, 2: german}) == []
    objects = {
        1: "Two buses overturned and nobody was hurt.",
        2: "Под Хальмом перевернулись три автобуса, водители не пострадали.",
    }
    assert _groups(objects) == [{"2", "3"}]


def test_measures_of_different_senses_stay_apart_even_when_alone():
    texts = {1: "The crater is 30 metres wide.", 2: "Der Krater ist 12 Meter tief."}
    assert _groups(texts) == []
    texts[2] = "Der Krater hat einen Durchmesser von 45 Metern."
    assert _groups(texts) == [{"30", "45"}]


def test_a_verb_after_a_comma_before_the_next_figure_is_the_next_figures():
    money, homes = find_figures(1, "Ущерб составил 8 млн евро, повреждены около 200 домов.")
    assert money.event == "" and homes.event == "damaged"
    texts = {
        1: "Repairs in Velmar will cost an estimated €8 million, officials said.",
        2: "Ущерб в Вельмаре составил 11 млн евро, повреждены около 200 домов.",
    }
    assert _groups(texts) == [{"8000000", "11000000"}]


def test_a_counted_noun_the_lexicon_lacks_pairs_with_a_known_cognate_only():
    texts = {
        1: "A coach carrying 46 passengers overturned near Tolva.",
        2: "Un autocar transportant 51 passagers s'est renversé près de Tolva.",
    }
    (french,) = find_figures(2, texts[2])
    assert french.noun == "passagers"
    assert _groups(texts) == [{"46", "51"}]
    texts[2] = "Un autocar transportant 51 pèlerins s'est renversé près de Tolva."
    assert _groups(texts) == []


def test_russian_nominative_four_is_a_number():
    (dead,) = find_figures(1, "Погибли четыре человека.")
    assert (dead.normalized, dead.event) == ("4", "dead")


def test_a_job_beside_a_measure_is_nobodys_event_of_the_measure():
    texts = {
        1: "Рятувальники в Горбові працювали 20 годин.",
        2: "Los rescatistas trabajaron en Horbiv durante 20 horas.",
        3: "Die Retter arbeiteten in Horbiw 26 Stunden lang.",
    }
    (hours,) = find_figures(1, texts[1])
    assert (hours.dimension, hours.event) == ("duration", "")
    assert _groups(texts) == [{"20", "26"}]
    (staff,) = find_figures(4, "На заводі працюють 300 людей.")
    assert staff.event == "employed"


def test_a_stretch_and_a_distance_away_stay_apart_but_a_distance_meets_a_place():
    stretch = {
        1: "Дорога перекрыта на участке длиной 12 километров.",
        2: "The village will be rebuilt about 3 km away.",
    }
    assert _groups(stretch) == []
    place = {
        1: "The tanker ran aground 8 km away, the coastguard said.",
        2: "Der Tanker lief 12 Kilometer vor der Küste auf Grund.",
    }
    assert _groups(place) == [{"8", "12"}]


def test_figures_at_one_place_in_parallel_sentences_pair_without_a_word_in_common():
    texts = {
        1: "Los ladrones se llevaron 14 camafeos y 3 esculturas del museo de Arlon.",
        2: "Die Diebe erbeuteten 11 Kameen und 3 Skulpturen aus dem Museum in Arlon.",
    }  # nouns the counted-noun lexicon does not know ("cuadros" / "Gemälde" it does)
    assert _groups(texts) == [{"14", "11"}]
    no_anchor = {
        1: texts[1],
        2: "Die Diebe erbeuteten 11 Kameen und 3 Skulpturen aus dem Schloss.",
    }
    assert _groups(no_anchor) == []
    not_parallel = {
        1: texts[1],
        2: "Die Diebe erbeuteten in Arlon 11 Kameen. Auch 3 Skulpturen fehlen.",
    }  # the sculptures pair by the lexicon, and the cameos as what is left of each list
    assert _groups(not_parallel) == [{"14", "11"}]
    not_parallel = {
        1: texts[1],
        2: "Die Diebe erbeuteten in Arlon 11 Kameen. Auch eine Vase fehlt.",
    }
    assert _groups(not_parallel) == []


def test_german_and_french_of_them_words_make_a_part():
    texts = {
        1: "Die Polizei meldete in Velden 38 Verletzte, sieben davon schwer.",
        2: "Police in Velden reported 38 people injured, and two trams were wrecked.",
    }
    (_whole, part) = find_figures(1, texts[1])
    assert part.normalized == "7"
    assert _groups(texts) == []  # seven of the injured are no count of trams
    (_all, serious) = find_figures(3, "38 personnes ont été blessées, dont sept gravement.")
    assert serious.normalized == "7"
    assert _groups({1: texts[1], 3: "38 personnes ont été blessées, dont sept gravement."}) == []


def test_weights_convert_between_tonnes_and_kilos():
    texts = {
        1: "Police seized 1.2 tonnes of cocaine at the port of Velen.",
        2: "La policía incautó 900 kilos de cocaína en el puerto de Velen.",
    }
    assert _groups(texts) == [{"1200", "900"}]  # given in the smaller unit: kilos
    texts[2] = "La policía incautó 1.200 kilos de cocaína en el puerto de Velen."
    assert _groups(texts) == []


def test_a_distance_from_a_place_and_an_extent_stay_apart():
    from_place = {
        1: "The nearest village lies 5 km from the refinery.",
        2: "Le village le plus proche se trouve à 9 km de la raffinerie.",
    }
    assert [f.relation for f in find_figures(2, from_place[2])] == ["from"]
    assert _groups(from_place) == [{"5", "9"}]
    extent = {1: "The spill spread over 4 km of the Varna river.", 2: from_place[2]}
    assert [f.relation for f in find_figures(1, extent[1])] == ["of"]
    assert _groups(extent) == []


def test_ages_years_and_addresses_never_pair_across_languages():
    texts = {
        1: "The driver, 47, had worked for the firm since 2004. The fire began at 12 Rue Lamarck.",
        2: "Der 52-jährige Fahrer arbeitete seit 2009 für die Firma.",
        3: "El incendio comenzó en el número 16 de la calle Lamarck.",
    }
    assert _groups(texts) == []


def test_a_toll_that_rose_to_a_number_counts_its_distant_subject():
    texts = {
        1: "The death toll from the Marlow factory explosion rose to 17 on Wednesday.",
        2: "Число погибших при взрыве на заводе в Марлоу выросло до 19.",
        3: "La cifra de muertos por la explosión en la fábrica de Marlow asciende a 21.",
    }
    events = [f.event for aid, t in texts.items() for f in find_figures(aid, t)]
    assert events == ["dead", "dead", "dead"]
    assert _groups(texts) == [{"17", "19", "21"}]
    stopped = "The bus carrying workers from the Marlow depot on the night shift stopped at 17."
    assert find_figures(4, stopped) == []


def test_the_only_figure_of_a_casualty_event_pairs_whatever_noun_counts_it():
    texts = {
        1: "Nine fishermen are still missing after the trawler Alba sank off Vigo.",
        2: "Siete pescadores siguen desaparecidos tras el naufragio del Alba frente a Vigo.",
        3: "Neun Fischer werden nach dem Untergang der Alba vor Vigo noch vermisst.",
    }
    assert _groups(texts) == [{"9", "7"}]
    assert {f.normalized for f in find_discrepancies(texts)[0].figures} == {"9", "7"}
    assert len(find_discrepancies(texts)[0].figures) == 3
    two_missing = {
        1: "Nine fishermen and two divers are still missing after the Alba sank off Vigo.",
        2: texts[2],
    }
    assert _groups(two_missing) == [{"9", "7"}]  # the counted-noun lexicon: fishermen, not divers


def test_speeds_are_no_lengths_and_convert_between_kmh_and_mph():
    (gust,) = find_figures(1, "Winds of up to 140 km/h toppled trees near Ostby.")
    assert gust.dimension == "speed"
    texts = {
        1: "Winds of up to 140 km/h toppled trees near Ostby. The ship ran aground 3 km away.",
        2: "Gusts of up to 60 mph toppled trees near Ostby.",
    }
    assert _groups(texts) == [{"140", "60"}]  # 60 mph is 97 km/h
    texts[2] = "Gusts of up to 87 mph toppled trees near Ostby."
    assert _groups(texts) == []


def test_the_verb_closing_a_german_clause_is_read_past_a_prepositional_figure():
    texts = {
        1: "Etwa 600 Anwohner wurden in zwei Sporthallen untergebracht.",
        2: "Unos 800 vecinos fueron alojados en dos polideportivos.",
    }
    (residents, _halls) = find_figures(1, texts[1])
    assert residents.event == "evacuated"
    assert _groups(texts) == [{"600", "800"}]
    (crew, _ships) = find_figures(3, "Etwa 600 Anwohner und zwei Frachter lagen fest.")
    assert crew.event == ""


def test_square_units_written_after_the_unit_are_areas():
    (fr,) = find_figures(1, "Le feu a ravagé 4 500 mètres carrés près de Lunel.")
    (es,) = find_figures(2, "El fuego arrasó 2 kilómetros cuadrados cerca de Lunel.")
    assert (fr.dimension, fr.scale) == ("area", 1.0)
    assert (es.dimension, es.scale) == ("area", 1e6)


def test_number_words_of_every_language_read_hundreds_thousands_and_compounds():
    from kursk_reader.analysis.numbers import read_number

    cases = {
        "doscientas personas": 200,
        "mil doscientos vecinos": 1200,
        "veintitrés heridos": 23,
        "quatre-vingt-dix blessés": 90,
        "soixante-quinze morts": 75,
        "vingt et un morts": 21,
        "восемьсот человек": 800,
        "тисяча двісті людей": 1200,
        "полтора миллиона рублей": 1.5e6,
        "eine Million Euro": 1e6,
        "un millón de euros": 1e6,
    }
    for text, value in cases.items():
        got = read_number(text.split())
        assert got is not None and got[0] == value, text
    for text in ("a man", "семья", "une maison", "miles de personas"):
        assert read_number(text.split()) is None, text
    texts = {
        1: "Unos mil doscientos vecinos fueron evacuados en Tarvik.",
        2: "Около восьмисот жителей Тарвика эвакуировали.",
    }
    assert _groups(texts) == [{"1200", "800"}]


def test_words_that_only_begin_like_a_month_do_not_hide_a_figure():
    found = {
        "Siete marineros murieron frente a Vigo.": "7",
        "Внаслідок аварії травмовано 5 людей.": "5",
        "Organisers said a march of 3,000 people crossed the bridge.": "3000",
        "The 12 deceased were named on Monday.": "12",
    }
    for text, value in found.items():
        assert [f.normalized for f in find_figures(1, text)] == [value], text
    for text in ("The works end on March 15.", "Роботи завершать 15 травня.", "Le 3 juillet."):
        assert find_figures(1, text) == [], text


def test_shares_of_one_thing_pair_across_languages_but_not_shares_of_different_things():
    texts = {
        1: "About 40 percent of the company's servers were encrypted at Tellmark.",
        2: "Rund 60 Prozent der Server wurden bei Tellmark verschlüsselt.",
    }
    assert _groups(texts) == [{"40", "60"}]
    texts[2] = "Rund 60 Prozent der Kunden wurden bei Tellmark informiert."
    assert _groups(texts) == []
    no_noun = {
        1: "The Ravel jail holds 2,100 inmates, 40 % más de su capacidad.",
        2: "Prisons in the country are on average 25% over capacity.",
    }
    assert _groups(no_noun) == []


def test_people_counts_across_languages_pair_on_a_lower_case_cognate_beside_them():
    texts = {
        1: "In Morvan about 12,000 people have been vaccinated so far.",
        2: "À Morvan, environ 14 000 personnes ont été vaccinées jusqu'ici.",
    }
    assert _groups(texts) == [{"12000", "14000"}]
    names_only = {  # the first people count of each article is the injured one
        1: "Three people were injured. In Morvan about 12,000 people live near Velbert Station.",
        2: "Trois personnes ont été blessées. Environ 14 000 personnes attendaient près de "
        "Velbert Station.",
    }
    assert _groups(names_only) == []


def test_a_hedge_of_the_next_figure_is_not_part_of_the_counted_noun():
    (customers, _hours) = find_figures(
        1, "Der Dienst fiel für 2,1 Millionen Kunden rund 19 Stunden aus."
    )
    assert customers.noun == "Kunden"


def test_the_new_value_of_a_change_is_the_figure_not_the_old_one():
    for aid, text in enumerate(
        (
            "The death toll rose from 5 to 8 on Tuesday.",
            "Число погибших выросло с 5 до 8.",
            "Die Zahl der Toten stieg von 5 auf 8.",
            "Le bilan est passé de 5 à 8 morts.",
        )
    ):
        assert [(f.normalized, f.event) for f in find_figures(aid, text)] == [("8", "dead")]
    texts = {1: "The death toll rose from 5 to 8 on Tuesday.", 2: "Nine people died, police said."}
    assert _groups(texts) == [{"8", "9"}]


def test_deaths_and_survivors_in_more_words():
    texts = {
        1: "Sept randonneurs ont péri dans l'avalanche de Brévent.",
        2: "Neun Wanderer sind bei der Lawine am Brévent verstorben.",
        3: "Cuatro supervivientes fueron hallados en Brévent.",
    }
    events = [f.event for aid, t in texts.items() for f in find_figures(aid, t)]
    assert events == ["dead", "dead", "rescued"]
    assert _groups(texts) == [{"7", "9"}]


def test_german_eleven_is_read():
    (dead,) = find_figures(1, "Bei der Explosion sind elf Bergleute ums Leben gekommen.")
    assert (dead.normalized, dead.event) == ("11", "dead")


def test_lines_of_a_fact_box_are_read_but_other_furniture_is_not():
    box = "Key figures\nDeaths: 12\nInjured: about 40\nEvacuated – 1,500\nComments: 45\nUpdated: 12:40\n"
    got = [(f.normalized, f.event) for f in find_figures(1, box)]
    assert got == [("12", "dead"), ("40", "injured"), ("1500", "evacuated")]
    texts = {1: box, 2: "Fourteen people died and about 40 were injured in Terrai."}
    assert _groups(texts) == [{"12", "14"}]


def test_sums_and_units_written_onto_the_number_and_abbreviated_currencies():
    got = {
        "The bill came to £3.4m.": ("3400000", "money:GBP"),
        "A 10km stretch was closed.": ("10", "length"),
        "Збитки оцінюють у 12 млн грн.": ("12000000", "money:UAH"),
        "Ущерб составил 3,5 млрд руб.": ("3500000000", "money:RUB"),
        "Les dégâts s'élèvent à 1,2 milliard d'euros.": ("1200000000", "money:EUR"),
    }
    for text, want in got.items():
        assert [(f.normalized, f.dimension) for f in find_figures(1, text)] == [want], text
    for text in ("Room 4B was hit.", "The A320neo landed at 12h30."):
        assert find_figures(1, text) == [], text


def test_approximate_number_nouns_are_read_but_vague_plurals_are_not():
    texts = {
        1: "Une trentaine de personnes ont été blessées à Lunel.",
        2: "Una veintena de personas resultaron heridas en Lunel.",
    }
    assert _groups(texts) == [{"30", "20"}]
    assert find_figures(3, "Des centaines de personnes ont manifesté à Lunel.") == []


def test_a_unit_hyphened_to_its_number_is_a_measure():
    got = [(f.normalized, f.dimension) for f in find_figures(1, "After a 14-hour standoff.")]
    assert got == [("14", "duration")]
    assert find_figures(2, "The 12-year-old boy was found.") == []
    texts = {
        1: "Police ended the Kerch siege after a 14-hour standoff.",
        2: "Поліція завершила облогу в Керчі після 16 годин переговорів.",
    }
    assert _groups(texts) == [{"14", "16"}]


def test_a_stretch_of_tunnel_is_a_length_not_a_depth():
    texts = {
        1: "The gas ignited at a depth of 740 metres in the Dolna pit.",
        2: "Rescuers sealed a 1,200-metre stretch of the tunnel where the gas ignited.",
    }
    assert _groups(texts) == []


def test_a_german_preposition_ends_a_counted_noun():
    (holders, _hours) = find_figures(1, "Rund 3 Millionen Karteninhaber für etwa sechs Stunden.")
    assert holders.noun == "Karteninhaber"


def test_what_a_vehicle_did_keeps_its_load_apart_from_its_wrecked_part():
    texts = {
        1: "A freight train carrying 38 tank cars derailed near Holloway.",
        2: "Twenty-two cars of the freight train derailed near Holloway.",
    }
    assert [f.event for f in find_figures(2, texts[2])] == ["crashed"]
    assert _groups(texts) == []
    (crew,) = find_figures(3, "The trawler sank off Vigo with 12 crew on board.")
    assert crew.event == "aboard"
    (wrecked,) = find_figures(4, "Thirty-eight vehicles were caught up in the pile-up.")
    assert wrecked.event == ""  # "caught" is a disease only for people
    assert find_figures(5, "The buses collided on the A4 near Halm.") == []
