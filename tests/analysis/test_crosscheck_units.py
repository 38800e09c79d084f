"""Figures in units and words the lexicon had to learn (invented texts): imperial units kept
apart from metric ones, distances named by synonyms of one place word, one outcome reported
by two near-synonym verbs, counted things named by unrelated words in two languages, and a
state within an event ("five of the injured remain in hospital")."""

from __future__ import annotations

from kursk_reader.analysis.figures import find_figures
from tests.analysis.shapes import value_groups as _groups


def test_imperial_units_are_counted_things_and_pair_on_a_shared_word():
    texts = {
        1: "The flood swept 9 miles down the Carrow valley before the levee held.",
        2: "Water ran about 12 miles down the Carrow valley, the county said.",
    }
    assert _groups(texts) == [{"9", "12"}]
    (figure,) = find_figures(1, "Crews pumped 4,000 gallons of water from the mine.")
    assert figure.kind == "gallons"


def test_miles_and_kilometres_are_compared_after_conversion():
    agree = {
        1: "The slick stretched 14 miles along the Varne shoreline.",
        2: "The slick stretched 22 kilometres along the Varne shoreline.",
    }
    assert _groups(agree) == []  # 14 miles is 22.5 km: a rounded conversion, no conflict
    differ = {1: agree[1], 2: "The slick stretched 30 kilometres along the Varne shoreline."}
    assert _groups(differ) == [{"14", "30"}]


def test_acres_hectares_and_square_kilometres_are_one_area_after_conversion():
    texts = {
        1: "The blaze burned 500 acres of pine near Ostby.",
        2: "The blaze burned 200 hectares of pine near Ostby.",
        3: "The blaze burned 2 square kilometres of pine near Ostby.",
    }
    assert _groups(texts) == []  # 202 ha, 200 ha and 200 ha agree
    texts[2] = "The blaze burned 500 hectares of pine near Ostby."
    assert _groups(texts) == [{"500", "2"}]


def test_a_distance_from_the_coast_in_other_words_and_languages():
    texts = {
        1: "The tanker was about 60 kilometres from the coast when the engine failed.",
        2: "The tanker was drifting 45 kilometres off shore on Sunday.",
        3: "Танкер находился примерно в 60 километрах от побережья.",
    }
    assert _groups(texts) == [{"60", "45"}]


def test_a_length_and_a_distance_in_one_unit_stay_apart():
    texts = {
        1: "The dam is 400 metres long.",
        2: "Villagers live 900 metres from the coast.",
    }
    assert _groups(texts) == []


def test_rescued_and_evacuated_crew_are_one_figure_but_not_generic_people():
    texts = {
        1: "Helicopters evacuated 28 crew members from the burning ferry.",
        2: "Thirty-two crew members were rescued from the ferry.",
    }
    assert _groups(texts) == [{"28", "32"}]
    apart = {
        1: "Police evacuated 300 people from the old town.",
        2: "Divers rescued 250 people after the flash flood in Merrow.",
    }
    assert _groups(apart) == []


def test_one_counted_thing_named_by_unrelated_words_in_two_languages():
    texts = {
        1: "Seismologists recorded more than 120 tremors overnight.",
        2: "Les sismologues ont enregistré 90 secousses pendant la nuit.",
        3: "Drei Diebe flohen; police said 2 thieves were seen.",
    }
    groups = _groups(texts)
    assert {"120", "90"} in groups


def test_a_state_within_an_event_pairs_with_that_state():
    texts = {
        1: "Forty people were injured. Five of the injured remain in hospital.",
        2: "Forty people were hurt; 8 are still in hospital.",
    }
    assert _groups(texts) == [{"5", "8"}]


def test_pounds_of_a_substance_are_a_weight_not_money():
    (figure,) = find_figures(1, "Police seized 2,000 pounds of fertiliser at the farm.")
    assert figure.kind == "pounds weight"
    texts = {
        1: "Police seized 2,000 pounds of fertiliser at the farm.",
        2: "Thieves stole £3,000 in cash from the farm.",
    }
    assert _groups(texts) == []


def test_the_opening_people_counts_of_two_languages_pair_but_later_ones_stay_apart():
    texts = {
        1: "Coastguards saved 40 people from a sinking barge near Ostby. At least 6 people "
        "are missing.",
        2: "Les garde-côtes ont sauvé 52 personnes d'une barge près d'Ostby. 9 enfants manquent.",
    }
    assert _groups(texts) == [{"40", "52"}]


def test_a_counted_phrase_ends_before_an_auxiliary_and_near_spellings_pair_across_languages():
    texts = {
        1: "Seven chimpanzees escaped from the Ostby zoo on Friday.",
        2: "Five chimpanzees got out of their enclosure at the Ostby zoo.",
        3: "Sechs Schimpansen sind aus dem Zoo in Ostby entkommen.",
    }
    (figure,) = find_figures(2, texts[2])
    assert figure.noun == "chimpanzees"
    assert _groups(texts) == [{"7", "5", "6"}]
