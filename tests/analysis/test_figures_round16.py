"""Figures round 16 (invented texts): values whose digits are transposed ("4,613" / "4,163",
"18" / "81"), shares of a vote (the yes share, the turnout, also inside German compounds)
and the one count of people taken to hospital in each article."""

from __future__ import annotations

from kursk_reader.analysis.figure_magnitude import magnitudes
from kursk_reader.analysis.figures import find_figures
from tests.analysis.shapes import article_value_groups as _groups


def test_transposed_unround_counts_pair_across_languages():
    texts = {
        1: "Au total, 5 273 électeurs ont voté dimanche dans la commune de Marly.",
        2: "Insgesamt haben am Sonntag 5.723 Wahlberechtigte in Marly abgestimmt.",
    }
    assert {(1, "5273"), (2, "5723")} in _groups(texts)


def test_transposed_small_counts_pair_beyond_the_usual_ratio():
    texts = {
        1: "Le candidat sortant l'a emporté avec 18 voix d'avance sur son rival.",
        2: "Le maire sortant a été réélu avec 81 voix d'avance, selon la préfecture.",
    }
    assert {(1, "18"), (2, "81")} in _groups(texts)


def test_unrelated_numbers_with_other_digits_stay_apart():
    texts = {
        1: "Au total, 5 273 bulletins ont été dépouillés dimanche dans la commune de Marly.",
        2: "Insgesamt haben am Sonntag 6.914 Wahlberechtigte in Marly abgestimmt.",
    }  # ballots and voters: voters now are a class, and 5,273 / 6,914 voters would pair
    assert _groups(texts) == []


def test_transposed_counts_of_different_events_stay_apart():
    texts = {
        1: "Im Sturm wurden 152 Menschen verletzt.",
        2: "Dans la tempête, 125 personnes sont mortes.",
    }
    assert _groups(texts) == []


def test_yes_shares_and_turnout_pair_across_languages():
    texts = {
        1: "Die Vorlage wurde mit 61,4 Prozent Ja-Stimmen angenommen. Die Stimmbeteiligung "
        "lag bei 38,2 Prozent.",
        2: "The proposal passed with 64.1% voting in favour. Turnout was 38.2%.",
        3: "El proyecto fue aprobado con el 61,4 % de votos a favor. La participación fue "
        "del 32,8 %.",
    }
    groups = _groups(texts)
    assert {(1, "61.4"), (2, "64.1"), (3, "61.4")} in groups
    assert {(1, "38.2"), (2, "38.2"), (3, "32.8")} in groups


def test_yes_share_and_no_share_stay_apart():
    texts = {
        1: "Das Gesetz wurde mit 56 Prozent Ja-Stimmen angenommen.",
        2: "In Zug stimmten 47 Prozent dagegen, the canton said.",
    }
    assert _groups(texts) == []


def test_only_hospital_count_pairs_whatever_noun_counts_it():
    texts = {
        1: "Après la fuite de chlore à la piscine, onze baigneurs ont été hospitalisés.",
        2: "After the chlorine leak at the pool, 14 patients were taken to hospital.",
        3: "Nach dem Chlorunfall im Hallenbad mussten elf Badende ins Krankenhaus.",
    }
    assert {(1, "11"), (2, "14"), (3, "11")} in _groups(texts)


def test_beds_a_hospital_has_are_no_count_taken_to_hospital():
    texts = {
        1: "After the factory fire, 14 patients were taken to hospital. The hospital has 320 beds.",
        2: "Das Krankenhaus mit 320 Betten nahm nach dem Brand 190 Verletzte auf.",
        3: "Tras el incendio, 190 heridos fueron trasladados al hospital.",
    }
    for aid in (1, 2):
        beds = [f for f in find_figures(aid, texts[aid]) if f.number == 320]
        assert [f.event for f in beds] == [""], texts[aid]
    assert not any((1, "320") in g or (2, "320") in g for g in _groups(texts))


def test_a_count_after_a_spanish_personal_a_keeps_its_verb():
    figures = find_figures(1, "La policía detuvo a 48 manifestantes en Kiev.")
    assert [f.event for f in figures] == ["arrested"]


def test_two_distances_both_articles_give_never_pair_crossed():
    texts = {
        1: "The Polish runner won the 800 metres in Lublin. She had set a record over 400 "
        "metres on the same track last June, the federation said.",
        2: "Die Polin gewann in Lublin die 400 Meter nicht, doch über 800 Meter lief sie "
        "allen davon; auf der Bahn in der Halle trainiert sie seit Jahren.",
    }
    assert not any(
        {(1, "800"), (2, "400")} <= g or {(1, "400"), (2, "800")} <= g for g in _groups(texts)
    )


def test_a_value_the_other_article_gives_once_does_not_block_a_version():
    texts = {
        1: "The new tunnel is 12 km long, the builders said.",
        2: "Der neue Tunnel ist 14 Kilometer lang; die Baustelle liegt 12 Kilometer vor Bern.",
    }
    assert {(1, "12"), (2, "14")} in _groups(texts)


def test_an_extent_and_an_unqualified_length_alone_in_their_unit_pair():
    texts = {
        1: "The sinkhole is about 25 metres across, and it opened 3 km from the "
        "town centre on Monday night.",
        2: "Das Erdloch misst im Durchmesser etwa 35 Meter; es liegt drei "
        "Kilometer vom Stadtzentrum entfernt.",
    }
    assert {(1, "25"), (2, "35")} in _groups(texts)


def test_a_length_alone_in_its_range_pairs_across_languages():
    texts = {
        1: "El pesquero fue detectado seis millas dentro de la zona protegida.",
        2: "The trawler was caught nine nautical miles inside the 200-mile fishing zone.",
    }
    assert {(1, "6"), (2, "9")} in _groups(texts)


def test_two_lengths_in_range_in_one_article_keep_it_ambiguous():
    texts = {
        1: "El pesquero fue detectado seis millas dentro de la zona protegida.",
        2: "The trawler was seen nine nautical miles out and then fled for 14 miles.",
    }
    assert _groups(texts) == []


def test_m_before_a_counted_noun_is_a_million_not_metres():
    for text, value in (
        ("The fossils are about 90m years old.", 90),
        ("The scheme reached 3m people last year.", 3),
    ):
        figures = [f for f in find_figures(1, text) if f.number == value]
        assert [f.dimension for f in figures] == [""], text
    kept = find_figures(1, "A 40m stretch of the dyke gave way.")
    assert [f.dimension for f in kept] == ["length"]


def test_the_size_of_a_team_or_expedition_pairs_in_any_wording():
    texts = {
        1: "Rund 300 Touristen besuchen die Insel jedes Jahr. In der Expedition arbeiten 14 "
        "Menschen bis März auf der Station.",
        2: "About 300 tourists visit the island each year. The 11-member team will stay at "
        "the station until March.",
        3: "Unos 300 turistas visitan la isla cada año. La expedición de dieciséis personas "
        "permanecerá en la base hasta marzo.",
    }
    assert {(1, "14"), (2, "11"), (3, "16")} in _groups(texts)


def test_a_part_counted_by_a_relative_or_german_pronoun_is_a_count_of_people():
    for text in (
        "The outbreak has sickened 87 people, 12 of whom remain in hospital.",
        "Заболели 87 человек, 12 из которых остаются в больнице.",
        "Es erkrankten 87 Menschen. 12 von ihnen liegen im Krankenhaus.",
    ):
        part = [f for f in find_figures(1, text) if f.number == 12]
        assert [(f.kind, f.event) for f in part] == [("people", "hospital")], text


def test_hospital_counts_given_as_parts_pair_across_languages():
    texts = {
        1: "Der Ausbruch in Tarnów hat 61 Menschen erfasst; 9 von ihnen liegen im Krankenhaus.",
        2: "The outbreak in Tarnów has sickened 61 people, 11 of whom remain in hospital.",
    }
    assert {(1, "9"), (2, "11")} in _groups(texts)


def test_decimal_shares_of_an_election_pair_by_equal_or_transposed_values():
    texts = {
        1: "На выборах мэра Пскова явка составила 38,6%. Действующий мэр набрал 57,4% "
        "голосов, его соперник получил 31,9%.",
        2: "На виборах мера Пскова явка склала 36,8%. Чинний мер набрав 54,7% голосів, "
        "його суперник отримав 31,9%.",
        3: "Turnout in the Pskov mayoral election was 38.6%. The incumbent won 57.4% of "
        "the vote, while his rival took 39.1%.",
    }
    groups = _groups(texts)
    assert {(1, "38.6"), (2, "36.8"), (3, "38.6")} in groups
    assert {(1, "57.4"), (2, "54.7"), (3, "57.4")} in groups
    assert {(1, "31.9"), (2, "31.9"), (3, "39.1")} in groups


def test_decimal_shares_with_other_digits_do_not_tie():
    texts = {
        1: "Die Inflation lag im Mai bei 3,7 Prozent, die Arbeitslosigkeit bei 6,2 Prozent.",
        2: "En mayo el paro se situó en el 8,4 %, y los precios subieron un 1,9 %.",
    }
    assert _groups(texts) == []


def test_a_sense_word_of_the_previous_clause_does_not_label_the_next_measure():
    text = "The meteorite crater is about 90 metres wide and lies 1.8 km from the nearest farm."
    far = [f for f in find_figures(1, text) if f.number == 1.8]
    assert [f.near for f in far] == [("lies", "nearest", "farm")]
    texts = {
        1: text,
        2: "Der Meteoritenkrater ist etwa 90 Meter breit und liegt 2,8 Kilometer vom "
        "nächsten Hof entfernt.",
    }
    assert {(1, "1.8"), (2, "2.8")} in _groups(texts)


def test_earthquake_magnitudes_pair_in_any_wording():
    texts = {
        1: "Un séisme de magnitude 6,1 a frappé mardi la région de Tabriz.",
        2: "A 6.4-magnitude quake hit the Tabriz region on Tuesday.",
        3: "Землетрус магнітудою 6,1 стався у вівторок поблизу Тебриза.",
        4: "Un terremoto de magnitud 6,1 sacudió el martes la región de Tabriz.",
    }
    assert {(1, "6.1"), (2, "6.4"), (3, "6.1"), (4, "6.1")} in _groups(texts)


def test_a_wind_force_in_a_compound_is_no_magnitude():
    assert magnitudes(1, "Böen der Windstärke 9 rissen Dächer ab.") == []
    assert [f.number for f in magnitudes(1, "Ein Beben der Stärke 4,9 traf die Stadt.")] == [4.9]


def test_values_of_other_classes_do_not_cross():
    texts = {
        1: "In the pile-up two people died and three trucks burned out on the A4.",
        2: "Bei der Massenkarambolage auf der A4 starben drei Menschen, zwei Lastwagen "
        "brannten aus.",
    }
    assert {(1, "2"), (2, "3")} in _groups(texts)


def test_a_count_of_hospitals_is_no_count_of_patients():
    for text in (
        "Les blessés ont été répartis dans trois hôpitaux de la région.",
        "Die Verletzten wurden in vier Kliniken gebracht.",
        "The injured were taken to two hospitals in Leeds.",
    ):
        assert [(f.kind, f.event) for f in find_figures(1, text)] == [("", "")], text
    texts = {
        1: "Les blessés ont été répartis dans trois hôpitaux de la région.",
        2: "Nine people were taken to hospital after the crash.",
    }
    assert _groups(texts) == []
