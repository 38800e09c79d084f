"""Figures in the many ways reports phrase them (invented texts): the number after what it
counts ("the death toll rose to 12"), a verb before the number ("killing at least 9"), units
and money with scale words, compounds and cognates of counted nouns outside the lexicon, and
the distractors that must stay apart (clock times, shares of different things, figures of a
neighbouring clause)."""

from __future__ import annotations

from kursk_reader.analysis.figure_groups import find_discrepancies
from kursk_reader.analysis.figures import find_figures
from tests.analysis.shapes import value_groups as _groups


def test_number_after_what_it_counts_pairs_across_languages():
    texts = {
        1: "The death toll rose to 12 on Monday, officials said.",
        2: "Die Zahl der Toten stieg auf 15.",
        3: "Число погибших выросло до 14.",
    }
    (group,) = find_discrepancies(texts)
    assert {f.normalized for f in group.figures} == {"12", "15", "14"}
    russian = next(f for f in group.figures if f.article_id == 3)
    assert russian.hedge == ""  # "выросло до 14" is "rose to 14", not "up to 14"
    assert texts[3][russian.start : russian.end] == russian.quote


def test_label_before_a_colon_counts_the_number_after_it():
    (figure,) = find_figures(1, "Injured: 25.")
    assert (figure.normalized, figure.event) == ("25", "injured")


def test_verb_before_the_number_tells_the_event():
    texts = {
        1: "The storm overturned a bus, killing at least 9 people.",
        2: "Twelve people were killed when the bus overturned.",
    }
    assert _groups(texts) == [{"9", "12"}]


def test_governing_verb_wins_over_the_next_clause_verb():
    texts = {
        1: "The landslide swept into the village, destroying about 60 houses and killing three.",
        2: "Сорок домов разрушены, погибли три человека.",
    }
    assert _groups(texts) == [{"60", "40"}]


def test_figure_of_a_neighbouring_clause_is_not_counted_by_its_verb():
    texts = {
        1: "Two people died and five were flown to hospital.",
        2: "Four people died, officials said.",
    }
    assert _groups(texts) == [{"2", "4"}]


def test_homes_without_power_and_money_with_scale_words_in_four_languages():
    texts = {
        1: "The storm left 40,000 homes without power. Damage was estimated at $12 million.",
        2: "Rund 35.000 Haushalte waren ohne Strom. Der Schaden beträgt 4,2 Mio. Euro.",
        3: "Unos 45.000 hogares se quedaron sin luz. Los daños ascienden a 10 millones de dólares.",
        4: "Без света остались 38 тысяч домов. Ущерб оценивается в 12 млн долларов.",
    }
    groups = _groups(texts)
    assert {"40000", "35000", "45000", "38000"} in groups
    assert {"12000000", "10000000"} in groups  # dollars only: euros are another currency
    assert not any("4200000" in g for g in groups)


def test_people_sent_from_their_homes_were_evacuated():
    texts = {
        1: "The fire forced some 3,000 people to leave their homes.",
        2: "Etwa zweitausend Menschen mussten ihre Häuser verlassen.",
        3: "The fire has burned 4,500 hectares of forest.",
    }
    assert _groups(texts) == [{"3000", "2000"}]


def test_compound_and_cognate_counted_nouns_pair():
    texts = {
        1: "Some 6,500 dockworkers walked out. Thieves escaped with 23 objects.",
        2: "About 5,000 port workers are on strike. Die Täter haben 21 Objekte gestohlen.",
    }
    groups = _groups(texts)
    assert {"6500", "5000"} in groups and {"23", "21"} in groups


def test_value_well_inside_a_bound_disagrees_one_near_the_bound_does_not():
    assert _groups({1: "At least 20 people were injured.", 2: "27 people were injured."}) == [
        {"20", "27"}
    ]
    assert _groups({1: "More than 10 people were injured.", 2: "12 people were injured."}) == []


def test_clock_times_and_shares_of_different_things_stay_apart():
    texts = {
        1: "The shelter opened at 6 p.m. Nearly 40 percent of the buildings were damaged.",
        2: "It closed at 5 p.m. Power is back in 85 percent of homes in the area.",
    }
    assert not [f for f in find_figures(1, texts[1]) if f.normalized == "6"]
    assert _groups(texts) == []
