"""Figures round 21 (invented texts): the bounds of an age range are no counts, an hour of
the afternoon is a clock time and no span of days; a general noun and a kind of it count
one thing ("smartphones" / "телефонів"), two kinds of it do not."""

from __future__ import annotations

from kursk_reader.analysis.figure_groups import similarity
from kursk_reader.analysis.figure_guards import habitual
from kursk_reader.analysis.figure_kinds import kind_of, related_kinds
from kursk_reader.analysis.figures import find_figures
from tests.analysis.shapes import article_value_groups as _groups


def _values(text: str) -> list[float]:
    return [f.number for f in find_figures(1, text)]


def test_both_bounds_of_an_age_range_are_no_counts():
    for text, count in (
        ("Все заболевшие — мужчины в возрасте от 24 до 61 года, заболели 23 человека.", 23),
        ("Усі хворі — чоловіки віком від 30 до 55 років, захворіли 14 робітників.", 14),
        ("Die Erkrankten, 12 Männer im Alter von 30 bis 45 Jahren, liegen im Krankenhaus.", 12),
        ("Les 9 blessés, âgés de 19 à 40 ans, ont été hospitalisés.", 9),
        ("Los 7 heridos, de edades entre 20 y 35 años, fueron trasladados.", 7),
        ("The 15 patients, aged between 20 and 58, were treated.", 15),
        ("The 15 patients, aged about 40, were treated.", 15),
    ):
        assert _values(text) == [count], text


def test_a_count_after_an_age_range_is_kept():
    for text, count in (
        ("Aged over 60, a further 1,200 people were vaccinated.", 1200),
        ("Among residents aged 18 to 30, 500 volunteered.", 500),
    ):
        assert count in _values(text), text


def test_an_age_range_does_not_join_a_count_of_people():
    texts = {
        1: "По данным больницы, заболели 27 рабочих. Все они — мужчины в возрасте от 24 лет.",
        2: "At least 27 workers fell ill, the hospital said.",
    }
    assert _groups(texts) == []


def test_an_hour_of_the_afternoon_is_no_span_of_days():
    for text in (
        "Видео опубликовали в три часа дня.",
        "Повідомлення надійшло о третій годині дня.",
        "The call came at three o'clock.",
    ):
        assert _values(text) == [], text
    for text, days in (
        ("Школы закрыли на два дня.", 2),
        ("Школи закрили на три дні.", 3),
        ("Занятия отменили на три дня из-за бури.", 3),
    ):
        assert _values(text) == [days], text


def test_a_general_noun_and_a_kind_of_it_count_one_thing():
    for texts in (
        {
            1: "Customs officers seized 340 smartphones at the border crossing on Tuesday.",
            2: "Митники вилучили на кордоні 380 телефонів, повідомила служба.",
        },
        {
            1: "Die Ermittler stellten in der Halle 120 Gewehre sicher.",
            2: "Los investigadores incautaron 150 armas en la nave.",
        },
        {
            1: "Seit Januar hat der Hafen 14 Tanker abgefertigt.",
            2: "С января порт принял 17 суден.",
        },
    ):
        assert len(_groups(texts)) == 1, texts


def test_two_kinds_of_one_thing_never_pair():
    texts = {
        1: "Die Ermittler stellten in der Halle 120 Gewehre sicher.",
        2: "Los investigadores incautaron 150 pistolas en la nave.",
    }
    assert _groups(texts) == []


def test_a_kind_pairs_with_its_own_count_not_with_the_general_one():
    texts = {
        1: "Customs seized 40 phones and 12 smartphones at the port.",
        2: "Die Zöllner beschlagnahmten im Hafen 15 Smartphones.",
    }
    assert _groups(texts) == [{(1, "12"), (2, "15")}]


def test_kinds_are_closed_upward_and_never_a_kind_of_themselves():
    assert kind_of("taxi", "car") and kind_of("taxi", "vehicle")
    assert not kind_of("vehicle", "car") and not kind_of("car", "car")
    assert related_kinds("vehicle", "car") and not related_kinds("rifle", "pistol")


def test_a_final_score_differing_on_one_side_is_a_discrepancy():
    for texts, expected in (
        (
            {
                1: "El Lugo se impuso 27-25 al Teruel ante 3.100 espectadores.",
                2: "Lugo beat Teruel 27-24 on Sunday in front of a crowd of 3,100.",
                3: "Battu 27-25 à Lugo, Teruel rentre bredouille.",
            },
            {(1, "25"), (2, "24"), (3, "25")},
        ),
        (
            {
                1: "Bremen gewann am Samstag mit 3:1 gegen Kiel.",
                2: "«Бремен» победил «Киль» со счётом 4:1.",
                3: "«Бремен» переміг «Кіль» з рахунком 3:1.",
            },
            {(1, "3"), (2, "4"), (3, "3")},
        ),
    ):
        assert _groups(texts) == [expected], texts


def test_scores_that_agree_or_differ_on_both_sides_or_are_no_scores_stay_apart():
    for texts in (
        {1: "Lugo beat Teruel 27-25.", 2: "El Lugo ganó 27-25 al Teruel."},
        {1: "Lugo beat Teruel 27-25.", 2: "El Lugo ganó 28-26 al Teruel."},
        {1: "The session opens at 19:30.", 2: "La sesión se abre a las 19:45."},
        {1: "Lugo won 20-30 seats.", 2: "Lugo ganó 25-30 escaños."},
        {1: "Between 20-30 people were hurt.", 2: "Entre 20-25 personas resultaron heridas."},
    ):
        assert _groups(texts) == [], texts


def test_only_each_articles_first_score_is_its_result():
    texts = {
        1: "Lugo won the final 30-28. In the first leg Teruel had won 26-25.",
        2: "El Lugo ganó la final 30-27 tras perder la ida 26-25.",
    }
    assert _groups(texts) == [{(1, "28"), (2, "27")}]


def test_energy_units_and_energy_per_mass_are_read_as_such():
    for text, dimension, scale in (
        ("La cellule atteint 175 Wh/kg.", "energy/mass", 1.0),
        ("The cell stores 160 watt-hours per kilogram.", "energy/mass", 1.0),
        ("Die Zelle speichert 170 Wattstunden pro Kilogramm.", "energy/mass", 1.0),
        ("Ячейка хранит 165 Вт·ч на килограмм.", "energy/mass", 1.0),
        ("La planta produce 300 kilovatios hora al día.", "energy", 1000.0),
        ("The plant produced 40 GWh last year.", "energy", 1e9),
    ):
        (found,) = find_figures(1, text)
        assert (found.dimension, found.scale) == (dimension, scale), text
    (hours,) = find_figures(1, "The repair took 5 hours per day.")
    assert hours.dimension == "duration"


def test_energy_per_mass_pairs_only_with_energy_per_mass():
    texts = {
        1: "La nouvelle cellule atteint une densité de 175 Wh/kg.",
        2: "The new cell stores 160 watt-hours per kilogram, its makers said.",
    }
    assert _groups(texts) == [{(1, "175"), (2, "160")}]
    texts = {
        1: "La nouvelle cellule atteint une densité de 175 Wh/kg.",
        2: "The new cell stores 160 watt-hours, its makers said.",
    }
    assert _groups(texts) == []
    texts = {
        1: "The test rig ran for 160 hours.",
        2: "The new cell stores 175 watt-hours, its makers said.",
    }
    assert _groups(texts) == []


def _events(text: str) -> list[tuple[float, str]]:
    return [(f.number, f.event) for f in find_figures(1, text)]


def test_a_clause_about_a_part_of_a_group_is_not_the_whole_groups_event():
    for text in (
        "С признаками болезни обратились 31 человек, из них в стационаре остаются 12.",
        "По симптомах звернулися 31 особа, з них у лікарні залишаються 12.",
        "Insgesamt meldeten sich 31 Personen, davon liegen noch 12 im Krankenhaus.",
        "Some 31 people came forward with symptoms, of whom 12 remain in hospital.",
    ):
        found = dict(_events(text))
        assert found.get(31.0) != "hospital", text


def test_the_count_noun_before_a_verb_of_reaching_is_what_is_counted():
    for text, noun in (
        (
            "Число случаев болезни среди сотрудников автобусного парка в южном районе "
            "города выросло до 19.",
            "случаев",
        ),
        (
            "Кількість випадків хвороби серед працівників молочного заводу у північному "
            "районі області зросла до 19.",
            "випадків",
        ),
    ):
        (found,) = find_figures(1, text)
        assert found.number == 19 and found.noun.split()[0] == noun, text
    (found,) = find_figures(1, "Workers at the bus depot said the toll rose to 19.")
    assert found.number == 19


def test_an_aside_naming_a_source_does_not_hide_the_event_before_it():
    for text, event in (
        ("Без света, по информации энергетиков, остались почти 15 тысяч семей.", "no power"),
        ("Ohne Strom sind, laut Netzbetreiber, rund 300 Haushalte.", "no power"),
        ("Sin luz, según la compañía, quedaron 15.000 hogares.", "no power"),
        ("Evakuiert wurden, laut Polizei, rund 300 Menschen.", "evacuated"),
    ):
        assert [e for _n, e in _events(text)] == [event], text
    assert _events("Two died, according to police, and 15 people were evacuated.") == [
        (2.0, "dead"),
        (15.0, "evacuated"),
    ]
    assert _events("Без света, несмотря на ремонт, остались 15 тысяч семей.")[0][1] == ""


def test_places_in_a_hall_are_seats():
    for texts in (
        {
            1: "Après les travaux, la salle compte 1 150 places.",
            2: "Nach dem Umbau bietet der Saal 1.200 Plätze.",
        },
        {
            1: "Зал после ремонта рассчитан на 640 мест.",
            2: "El auditorio cuenta ahora con 600 plazas.",
        },
        {
            1: "The renovated hall now has 1,200 seats.",
            2: "Після ремонту зала має 1 150 місць.",
        },
    ):
        assert len(_groups(texts)) == 1, texts


def test_places_elsewhere_are_not_seats():
    texts = {
        1: "La ville a aménagé 12 places depuis 2020.",
        2: "The renovated hall now has 15 seats for reporters.",
    }
    assert _groups(texts) == []
    texts = {
        1: "Die Stadt schafft 300 neue Plätze in Kitas.",
        2: "La salle compte 250 places.",
    }
    assert _groups(texts) == []


def test_counts_of_one_people_pair_across_languages():
    texts = {
        1: "Nach Angaben des Amtes leben rund 42.000 Ukrainerinnen und Ukrainer in der Region.",
        2: "За оцінками відомства, у регіоні мешкають близько 45 тисяч українців.",
        3: "Some 42,000 Ukrainians living in the region could benefit, the office said.",
    }
    assert _groups(texts) == [{(1, "42000"), (2, "45000"), (3, "42000")}]
    texts = {
        1: "Selon l'office, quelque 42 000 Ukrainiens vivent dans la région.",
        2: "Some 45,000 Ukrainians living in the region could benefit, the office said.",
    }
    assert _groups(texts) == [{(1, "42000"), (2, "45000")}]


def test_counts_of_two_peoples_stay_apart():
    texts = {
        1: "Nach Angaben des Amtes leben rund 42.000 Georgierinnen und Georgier in der Region.",
        2: "За оцінками відомства, у регіоні мешкають близько 45 тисяч українців.",
    }
    assert _groups(texts) == []


def test_a_span_ahead_of_now_and_one_behind_it_never_pair():
    for texts in (
        {
            1: "D'après la préfecture, de nouvelles crues sont attendues dans les deux prochaines semaines.",
            2: "Según la prefectura, en las últimas tres semanas se han evacuado 400 casas.",
        },
        {
            1: "Синоптики ожидают новых паводков в ближайшие две недели.",
            2: "Over the previous three weeks the river flooded twice.",
        },
    ):
        assert _groups(texts) == [], texts
    texts = {
        1: "Les travaux dureront encore deux semaines selon la mairie.",
        2: "Según el ayuntamiento, las obras durarán aún tres semanas.",
    }
    assert len(_groups(texts)) == 1


def test_what_usually_holds_is_no_figure_of_the_story():
    usual = [
        find_figures(1, text)[0]
        for text in (
            "Older turbines typically reach 450 kilowatts.",
            "Обычно такие турбины выдают 450 киловатт.",
            "Зазвичай такі турбіни дають 450 кіловат.",
            "Ältere Turbinen erreichen normalerweise 450 Kilowatt.",
            "Les turbines anciennes atteignent généralement 450 kilowatts.",
            "Las turbinas antiguas alcanzan normalmente 450 kilovatios.",
        )
    ]
    (story,) = find_figures(2, "The new turbine reaches 600 kilowatts.")
    assert all(habitual(f) for f in usual) and not habitual(story)
    assert all(similarity(f, story, alone=True, foreign=True) == 0 for f in usual)
    texts = {
        1: "Обычно такие суда перевозят 300 контейнеров.",
        2: "Normalerweise transportieren solche Schiffe 320 Container.",
    }
    assert len(_groups(texts)) == 1


def test_those_who_gave_up_a_race_are_one_count_whatever_they_are_called():
    for text in (
        "Nine riders abandoned the race after the crash.",
        "После завала сошли девять гонщиков.",
        "Після завалу зійшли дев'ятеро спортсменів.",
        "Neun Fahrer haben das Rennen aufgegeben.",
        "Neuf coureurs ont abandonné après la chute.",
        "Nueve ciclistas abandonaron tras la caída.",
    ):
        assert [e for _n, e in _events(text)] == ["withdrew"], text
    texts = {
        1: "Tras la caída, en la que se vieron implicados unos 40 corredores, abandonaron nueve ciclistas.",
        2: "Після завалу зійшли семеро спортсменів.",
    }
    assert {(1, "9"), (2, "7")} in _groups(texts)
    texts = {
        1: "Nueve ciclistas abandonaron tras la caída.",
        2: "Після завалу семеро спортсменів отримали травми.",
    }
    assert _groups(texts) == []


def test_a_measure_that_came_down_gave_nothing_up():
    for text in (
        "Около 4000 тонн грязи сошло на трассу.",
        "Близько 400 тонн бруду зійшло на дорогу.",
    ):
        assert [e for _n, e in _events(text)] == [""], text
