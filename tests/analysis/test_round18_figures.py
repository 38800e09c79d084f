"""Figures round 18 (invented texts): nautical miles and light-years as units, square units
hyphened to their number, a year in an aside that does not date the figure beside it."""

from __future__ import annotations

from kursk_reader.analysis.figures import find_figures
from tests.analysis.shapes import article_value_groups as _groups


def test_french_milles_are_miles_not_thousands():
    (figure,) = find_figures(1, "Le convoi a parcouru 2 450 milles avant d'atteindre Dakar.")
    assert figure.number == 2450 and figure.dimension == "length"
    (people,) = find_figures(1, "Trois mille personnes ont défilé dans le centre.")
    assert people.number == 3000 and not people.dimension


def test_nautical_miles_in_any_wording_are_one_unit():
    for text in (
        "The trawler was seized 140 nautical miles off the coast.",
        "El pesquero fue apresado a 140 millas náuticas de la costa.",
        "Le chalutier a été arraisonné à 140 milles nautiques des côtes.",
        "Траулер задержали в 140 морских милях от берега.",
        "a 140-nautical-mile detour",
    ):
        figures = [f for f in find_figures(1, text) if f.number == 140]
        assert figures and figures[0].kind == "nautical miles", text


def test_a_sea_distance_in_miles_and_in_nautical_miles_groups_and_differs():
    texts = {
        1: "La course en solitaire relie Brest à Recife, un parcours de 4 200 milles.",
        2: "The single-handed race from Brest to Recife covers 4,600 nautical miles.",
        3: "La regata en solitario une Brest y Recife, un recorrido de 4.200 millas.",
    }
    assert {(1, "4200"), (2, "4600"), (3, "4200")} in _groups(texts)


def test_light_years_are_a_length_in_six_languages():
    for text in (
        "The comet came from a cloud 210 light-years away.",
        "Der Nebel liegt 210 Lichtjahre von der Erde entfernt.",
        "La nébuleuse se trouve à 210 années-lumière de la Terre.",
        "La nebulosa está a 210 años luz de la Tierra.",
        "Туманность находится в 210 световых годах от Земли.",
        "Туманність розташована за 210 світлових років від Землі.",
    ):
        (figure,) = find_figures(1, text)
        assert figure.kind == "light-years" and figure.dimension == "length", text


def test_distances_to_a_star_in_light_years_differ_across_languages():
    texts = {
        1: "Los astrónomos hallaron una enana marrón situada a 212 años luz del Sol.",
        2: "Astronomers found a brown dwarf some 221 light-years from the Sun.",
    }
    assert {(1, "212"), (2, "221")} in _groups(texts)


def test_a_square_unit_hyphened_to_its_number_is_an_area():
    (figure,) = find_figures(1, "The depot will have a 12,000-square-metre storage hall.")
    assert figure.dimension == "area" and figure.measure == 12000
    (big,) = find_figures(1, "Crews sealed off a 3-square-kilometre zone around the plant.")
    assert big.dimension == "area" and big.measure == 3e6


def test_a_year_in_an_aside_does_not_date_the_figure_beside_it():
    (figure,) = find_figures(
        1, "The depot, due to open in 2029, will have a 12,000-square-metre storage hall."
    )
    assert not figure.dated
    (old,) = find_figures(1, "In 2019, the depot stored 12,000 pallets of grain.")
    assert old.dated


def test_hall_areas_pair_when_one_article_dates_an_aside():
    texts = {
        1: "Die Lagerhalle soll eine Fläche von 12.000 Quadratmetern haben.",
        2: "The depot, due to open in 2029, will have a 15,000-square-metre storage hall.",
    }
    assert {(1, "12000"), (2, "15000")} in _groups(texts)


def test_a_rate_is_read_with_its_period_in_six_languages():
    cases = {
        "The shuttle will run nine trips a day between the two islands.": "days",
        "Der Shuttle soll neun Fahrten pro Tag zwischen den Inseln machen.": "days",
        "La navette effectuera neuf rotations par jour entre les deux îles.": "days",
        "El transbordador hará nueve viajes al día entre las dos islas.": "days",
        "Паром будет совершать девять рейсов в сутки между островами.": "days",
        "Пором здійснюватиме дев'ять рейсів на добу між островами.": "days",
        "The clinic sees 140 patients of all ages each week.": "weeks",
        "Künftig fahren zwölf Züge täglich nach Basel.": "days",
    }
    for text, period in cases.items():
        figures = [f for f in find_figures(1, text) if f.number in (9, 140, 12)]
        assert figures and figures[0].per == period, text


def test_a_day_named_after_a_count_is_no_rate():
    (figure,) = find_figures(1, "Пришли 500 человек в день открытия выставки.")
    assert not figure.per
    (plain,) = find_figures(1, "The shuttle made nine trips before the storm.")
    assert not plain.per


def test_the_one_rate_per_day_of_each_article_is_one_figure_whatever_its_noun():
    texts = {
        1: "The new shuttle will make nine trips a day, each lasting 40 minutes.",
        2: "La navette effectuera douze rotations par jour, selon la compagnie.",
        3: "At first the boat will run nine crossings a day, the operator said.",
    }
    assert {(1, "9"), (2, "12"), (3, "9")} in _groups(texts)


def test_rates_of_different_periods_stay_apart():
    texts = {
        1: "The new shuttle will make nine trips a day between the islands.",
        2: "The new shuttle will make twelve trips a week between the islands.",
    }
    assert not any({(1, "9"), (2, "12")} <= g for g in _groups(texts))


def test_the_larger_side_of_a_tally_counts_the_noun_after_the_smaller():
    for text, value in (
        ("Die Jury entschied mit vier zu drei Stimmen für das Projekt.", 4),
        ("El jurado decidió por cuatro votos a tres a favor del proyecto.", 4),
        ("Жюри решило пятью голосами против двух поддержать проект.", 5),
    ):
        (figure,) = find_figures(1, text)
        assert figure.number == value and figure.noun, text
    (span,) = find_figures(1, "The repairs will take four to six weeks.")
    assert span.number == 6  # a rising pair is a range, not a tally


def test_tallies_of_one_vote_differ():
    texts = {
        1: "The jury backed the design by five votes to two on Friday.",
        2: "On Friday the jury voted for the design by four to three votes.",
    }
    assert {(1, "5"), (2, "4")} in _groups(texts)


def test_a_fall_from_one_value_to_a_smaller_is_no_tally():
    (figure,) = find_figures(1, "The number of patients fell from 8 to 5 people overnight.")
    assert figure.number == 5


def test_russian_and_ukrainian_machinery_counts_vehicles():
    (ru,) = find_figures(1, "На трассу вышли 800 единиц дорожной техники.")
    (uk,) = find_figures(1, "На дороги вивели 800 одиниць снігоприбиральної техніки.")
    assert ru.kind == uk.kind == "vehicles"


def test_vehicles_in_action_and_deployed_vehicles_are_one_count():
    texts = {
        1: "Nach Angaben des Landkreises sind rund 400 Streufahrzeuge im Einsatz.",
        2: "The county said 450 gritting vehicles had been deployed overnight.",
    }
    assert {(1, "400"), (2, "450")} in _groups(texts)


def test_victims_of_a_fraud_are_people():
    texts = {
        1: "Die Bande soll rund 900 Menschen in Bayern um ihr Erspartes gebracht haben.",
        2: "The gang is accused of cheating some 700 victims in Bavaria out of their savings.",
    }
    assert {(1, "900"), (2, "700")} in _groups(texts)


def test_nights_are_counted_alike_in_six_languages_and_never_clock_times():
    for text in (
        "The team spent 40 nights at the telescope.",
        "Das Team verbrachte 40 Nächte am Teleskop.",
        "L'équipe a passé 40 nuits au télescope.",
        "El equipo pasó 40 noches en el telescopio.",
        "Команда провела 40 ночей у телескопа.",
        "Команда провела 40 ночей біля телескопа.",
    ):
        (figure,) = find_figures(1, text)
        assert figure.kind == "nights", text
    assert not find_figures(1, "Взрыв прогремел в 3 ночи по местному времени.")
    texts = {
        1: "El estudio se basa en más de 80 noches de observación en La Palma.",
        2: "The study rests on more than 50 nights of observations on La Palma.",
    }
    assert {(1, "80"), (2, "50")} in _groups(texts)


def test_counts_whose_nouns_differ_pair_on_a_cognate_of_what_they_are():
    texts = {
        1: "Los arqueólogos han registrado 40 fragmentos de cerámica romana en la cueva.",
        2: "Archaeologists have logged 55 shards of Roman ceramics in the cave.",
        3: "Les archéologues ont répertorié 40 tessons de céramique romaine dans la grotte.",
    }
    assert {(1, "40"), (2, "55"), (3, "40")} in _groups(texts)


def test_a_cognate_beside_several_counts_ties_none_of_them():
    texts = {
        1: "Se hallaron 40 fragmentos de cerámica y 30 vasijas de cerámica en la cueva.",
        2: "Archaeologists logged 55 shards of ceramics in the cave.",
    }
    assert not any((1, "40") in g and (2, "55") in g for g in _groups(texts))


def test_words_that_only_begin_alike_are_no_cognates():
    texts = {
        1: "Суд засудив забудовника, який ошукав 300 інвесторів у Львові.",
        2: "Police are investigating 30 developers over unfinished housing.",
    }
    assert not any((1, "300") in g and (2, "30") in g for g in _groups(texts))


def test_a_time_unit_before_a_number_labels_a_moment():
    assert not find_figures(1, "The leader broke his mast on day four of the race.")
    assert not find_figures(1, "The trial entered week 3 on Monday.")
    (toll,) = find_figures(1, "The death toll rose to 12 on Monday.")
    assert toll.number == 12


def test_trucks_a_ferry_can_carry_are_one_count_across_languages():
    texts = {
        1: "Пором може перевезти до 30 вантажівок, а митниця оформлює до восьми машин.",
        2: "The ferry can carry up to 36 lorries on each trip.",
    }
    groups = _groups(texts)
    assert {(1, "30"), (2, "36")} in groups
    assert not any((1, "8") in g for g in groups)


def test_russian_and_ukrainian_numbers_in_the_instrumental_and_with_a_modifier_apostrophe():
    from kursk_reader.analysis.numbers import read_number

    for word, value in (
        ("тремя", 3),
        ("четырьмя", 4),
        ("шестидесяти", 60),
        ("трьома", 3),
        ("п'ятьма", 5),
        ("вісьмома", 8),
        ("пʼятсот", 500),
    ):
        assert read_number([word, "осіб"]) == (value, 1), word


def test_cubic_metres_are_a_volume_not_a_length():
    for text in (
        "About 300 cubic metres of sludge leaked.",
        "Il a déversé 300 mètres cubes de boue.",
        "Se vertieron 300 metros cúbicos de lodo.",
        "Es flossen 300 Kubikmeter Schlamm aus.",
        "Вылилось 300 кубометров грязи.",
        "Витекло 300 кубічних метрів мулу.",
    ):
        (figure,) = find_figures(1, text)
        assert figure.dimension == "volume", text


def test_knots_power_and_lengths_per_hour_or_second_are_speeds_and_power():
    (knots,) = find_figures(1, "The tanker was sailing at 14 knots.")
    assert knots.dimension == "speed"
    (gust,) = find_figures(1, "Gusts reached 130 kilometres per hour on the coast.")
    (russian,) = find_figures(1, "Порывы ветра достигали 36 метров в секунду.")
    assert gust.dimension == russian.dimension == "speed"
    assert abs(russian.measure - 129.6) < 0.01
    (power,) = find_figures(1, "Die Anlage soll 450 Megawatt liefern.")
    assert power.dimension == "power"


def test_gust_speeds_in_two_units_pair_and_differ():
    texts = {
        1: "Storm gusts reached 130 kilometres per hour over the harbour.",
        2: "Порывы ветра над гаванью достигали 30 метров в секунду.",
    }
    assert {(1, "130"), (2, "108")} in _groups(texts) or {(1, "130"), (2, "30")} in _groups(texts)


def test_a_cognate_count_is_told_from_a_far_smaller_count_of_the_same_thing():
    texts = {
        1: "В заповеднике выпустили трёх пеликанов. Всего в дельте гнездятся 900 пеликанов.",
        2: "Three pelicans were released. Some 700 pelicans nest in the delta, officials say.",
    }
    assert {(1, "900"), (2, "700")} in _groups(texts)


def test_a_bare_number_taken_to_hospital_counts_people_in_hospital():
    for text in (
        "Rescuers freed nine drivers; four were taken to hospital with minor injuries.",
        "Trois ont été transportés à l'hôpital de Gap.",
        "Tres fueron trasladados al hospital comarcal.",
    ):
        figures = [f for f in find_figures(1, text) if f.event == "hospital"]
        assert figures and figures[0].kind == "people", text


def test_a_rate_said_before_its_number_and_lone_rates_despite_an_event():
    (de,) = find_figures(1, "Täglich fahren etwa 14.000 Fahrzeuge über die Brücke.")
    (ru,) = find_figures(1, "По мосту ежедневно проезжают около 11 тыс. машин.")
    assert de.per == ru.per == "days"
    texts = {
        1: "The bridge, which carries about 11,000 vehicles a day, will stay shut for a month.",
        2: "Täglich fahren etwa 14.000 Fahrzeuge über die Brücke, die einen Monat gesperrt bleibt.",
    }
    assert {(1, "11000"), (2, "14000")} in _groups(texts)


def test_a_hyphened_compound_is_read_by_a_known_part():
    (uk,) = find_figures(1, "Із вогнем борються вісім літаків-амфібій.")
    (co,) = find_figures(1, "Twelve co-workers were questioned.")
    assert uk.kind == "aircraft" and co.kind == "workers"


def test_a_sum_a_month_is_a_monthly_rate_and_french_passengers_are_passengers():
    figures = find_figures(1, "The union wants at least 500 euros a month, over 12 months.")
    assert [f.per for f in figures] == ["months", ""]
    (fr,) = find_figures(1, "La grève a touché quelque 200 000 passagers jeudi.")
    assert fr.kind == "passengers"


def test_closed_classes_grams_jobs_countries_and_settlements():
    (grams,) = find_figures(1, "Police seized 350 grams of cocaine.")
    assert grams.dimension == "mass" and abs(grams.measure - 0.35) < 1e-9
    texts = {
        1: "Das Werk soll 1.800 Arbeitsplätze schaffen.",
        2: "The plant is expected to create 2,100 jobs.",
    }
    assert {(1, "1800"), (2, "2100")} in _groups(texts)
    kinds = {
        f.kind
        for text in ("Evacuaron cuatro pueblos.", "Эвакуировали жителей пяти деревень.")
        for f in find_figures(1, text)
    }
    assert kinds == {"settlements"}
    (countries,) = find_figures(1, "Le vaccin est déjà autorisé dans 14 pays.")
    assert countries.kind == "countries"


def test_minors_are_children_in_russian_ukrainian_and_german():
    for text in (
        "Среди спасённых девять несовершеннолетних.",
        "Серед врятованих дев'ятеро неповнолітніх.",
        "Unter den Geretteten sind neun Minderjährige.",
    ):
        (figure,) = find_figures(1, text)
        assert figure.kind == "children", text


def test_the_whole_a_part_is_counted_of_is_a_figure_of_its_own():
    figures = find_figures(1, "Only 31 of the 52 boats that started reached the finish.")
    assert [(f.number, f.noun) for f in figures] == [(31, "boats"), (52, "boats")]
    (near,) = find_figures(1, "Près de 1 100 ruches ont été perdues.")
    assert near.number == 1100
    died = find_figures(1, "Dos de los 21 marineros murieron.")
    assert [f.event for f in died] == ["dead", ""]  # the whole did not die
    texts = {
        1: "Von den 48 gestarteten Booten erreichten nur 31 das Ziel. Sieben Boote kenterten.",
        2: "Only 31 of the 52 boats that started reached the finish. Nine boats capsized.",
        3: "Из 48 стартовавших лодок до финиша дошли лишь 31. Перевернулись семь лодок.",
    }
    assert {(1, "48"), (2, "52"), (3, "48")} in _groups(texts)


def test_defendants_are_counted_alike_across_languages():
    texts = {
        1: "Quatorze coprévenus ont été condamnés à des peines plus légères.",
        2: "Otros catorce acusados recibieron penas más leves.",
        3: "Twelve co-defendants received lighter sentences.",
    }
    assert {(1, "14"), (2, "14"), (3, "12")} in _groups(texts)


def test_settlements_named_in_two_words_and_repair_crews():
    (uk,) = find_figures(1, "Без світла залишилися 312 населених пунктів області.")
    (ru,) = find_figures(1, "Без света остались 312 населённых пунктов области.")
    assert uk.kind == ru.kind == "settlements"
    (people,) = find_figures(1, "Эвакуировали 300 человек из числа населения.")
    assert people.kind == "people"
    texts = {
        1: "До ремонту залучили 86 бригад енергетиків.",
        2: "Some 70 repair crews were working around the clock.",
    }
    assert {(1, "86"), (2, "70")} in _groups(texts)


def test_a_day_before_a_month_abbreviation_is_a_date():
    for text in (
        "París, 7 nov (EFE).- Unos 50 calderones quedaron varados.",
        "BERLIN, 9 Okt. Es gab 12 Tote.",
        "МОСКВА, 14 сент. Погибли 12 человек.",
    ):
        assert [f.number for f in find_figures(1, text)] in ([50], [12]), text


def test_lead_counts_of_unknown_nouns_pair_once_two_articles_agree():
    texts = {
        1: "Une cinquantaine de globicéphales se sont échoués mardi sur une plage de Crozon.",
        2: "Fifty-four pilot whales beached themselves at Crozon in Brittany on Tuesday.",
        3: "Unos 50 calderones quedaron varados este martes en una playa de Crozon.",
    }
    assert {(1, "50"), (2, "54"), (3, "50")} in _groups(texts)


def test_two_lead_counts_alone_or_far_apart_stay_apart():
    two = {
        1: "Une cinquantaine de globicéphales se sont échoués mardi sur une plage de Crozon.",
        2: "Fifty-four pilot whales beached themselves at Crozon in Brittany on Tuesday.",
    }
    assert _groups(two) == []
    far = {
        1: "After four summer seasons of work the drill reached bedrock.",
        2: "Après quatre campagnes d'été, le forage a atteint la roche.",
        3: "Nach zwölf Sommerkampagnen erreichte der Bohrer den Fels.",
    }
    assert not any((3, "12") in g for g in _groups(far))


def test_a_number_beside_a_month_is_a_date_only_as_a_day_or_a_year():
    (cases,) = find_figures(1, "In der Region sind seit Januar 214 Masernfälle registriert worden.")
    assert cases.number == 214
    assert [f.number for f in find_figures(1, "On March 15 some 300 people came.")] == [300]


def test_a_count_opening_its_sentence_takes_the_verb_after_a_long_modifier():
    (es,) = find_figures(
        1,
        "Dos de los marineros del pesquero que faenaba el lunes frente a la costa de Lugo "
        "fueron hospitalizados en Burela.",
    )
    (fr,) = find_figures(
        1, "Trois des marins du chalutier coulé lundi au large de Lorient ont été hospitalisés."
    )
    assert es.event == fr.event == "hospital"
    texts = {
        1: "Three of the fishermen were taken to hospital in Burela with hypothermia.",
        2: "Dos de los marineros del pesquero que faenaba el lunes frente a la costa de Lugo "
        "fueron hospitalizados en Burela.",
    }
    assert {(1, "3"), (2, "2")} in _groups(texts)


def test_a_day_later_is_a_point_in_time_not_a_rate():
    for text in (
        "Two people died a day later in hospital.",
        "Murieron dos personas un día después.",
    ):
        (figure,) = find_figures(1, text)
        assert not figure.per, text


def test_people_bitten_are_injured_in_six_languages():
    for text in (
        "At least four people were bitten by the dog.",
        "Der Hund hat vier Menschen gebissen.",
        "Quatre personnes ont été mordues par le chien.",
        "El perro mordió a cuatro personas.",
        "Собака покусала четырёх человек.",
        "Собака покусала чотирьох людей.",
    ):
        (figure,) = find_figures(1, text)
        assert figure.event == "injured", text


def test_a_slavic_adjective_does_not_head_the_count():
    (uk,) = find_figures(1, "Затримуються 9 пасажирських поїздів.")
    (ru,) = find_figures(1, "Задерживаются 9 пассажирских поездов.")
    assert uk.kind == ru.kind == ""  # trains, not passengers
    (people,) = find_figures(1, "Эвакуировали 300 жителей домов на набережной.")
    assert people.kind == "people"
