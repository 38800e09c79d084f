"""Figures paired by what they measure and where they stand (invented texts): units of one
dimension converted before comparing, sums only in one currency, the words between two
measures given to the nearer one, and the counter-cases that must stay apart."""

from __future__ import annotations

from kursk_reader.analysis.figure_groups import find_discrepancies
from kursk_reader.analysis.figure_units import currency_of, unit_of
from kursk_reader.analysis.figures import find_figures


def _groups(texts: dict[int, str]) -> list[set[str]]:
    return [{f.normalized for f in d.figures} for d in find_discrepancies(texts)]


def test_durations_in_different_measuring_words_are_converted():
    agree = {
        1: "The blockade of the Lenner pass lasted two days, the haulage union said.",
        2: "The blockade of the Lenner pass lasted 48 hours, the haulage union said.",
    }
    assert _groups(agree) == []
    differ = {1: agree[1], 2: "The blockade of the Lenner pass lasted 30 hours, officials said."}
    assert _groups(differ) == [{"2", "30"}]


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
