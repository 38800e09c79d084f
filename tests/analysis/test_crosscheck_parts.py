"""Figures that are parts of a count, outcomes read on the right number, and counts of
people that are case counts (invented texts)."""

from __future__ import annotations

from kursk_reader.analysis.figures import find_figures
from tests.analysis.shapes import article_value_groups as _groups


def test_an_unnamed_part_of_the_injured_never_stands_for_the_whole():
    texts = {
        1: "Nine people were injured when the Olvern bridge gave way.",
        2: "At least 13 hikers were hurt on Saturday. Two of the injured were on the Olvern "
        "bridge when it gave way.",
    }
    assert _groups(texts) == [{(1, "9"), (2, "13")}]
    only_part = {1: texts[1], 2: "Four of the injured were on the Olvern bridge when it gave way."}
    assert _groups(only_part) == []


def test_a_part_that_says_its_own_outcome_is_a_count_of_that_outcome():
    texts = {
        1: "Six of the injured remain in hospital in Olvern.",
        2: "Nine people are still in hospital in Olvern, doctors said.",
    }
    assert _groups(texts) == [{(1, "6"), (2, "9")}]


def test_an_event_right_after_the_previous_figure_stays_with_it():
    text = "A plane with 6 people on board came down about 20 km from the airport."
    distance = next(f for f in find_figures(1, text) if f.normalized == "20")
    assert distance.event == ""
    texts = {
        1: text,
        2: "The aircraft crashed some 25 kilometres from the airfield, officials said.",
    }
    assert _groups(texts) == [{(1, "20"), (2, "25")}]


def test_people_who_caught_a_disease_are_its_cases_but_children_among_them_are_not():
    texts = {
        1: "There are 31 confirmed cases of typhus in Olvern, 8 children among them.",
        2: "At least 36 people have caught typhus in Olvern, health officials said.",
    }
    assert _groups(texts) == [{(1, "31"), (2, "36")}]
