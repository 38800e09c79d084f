"""Figures round 16 (invented texts): values whose digits are transposed ("4,613" / "4,163",
"18" / "81"), shares of a vote (the yes share, the turnout, also inside German compounds)
and the one count of people taken to hospital in each article."""

from __future__ import annotations

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
        1: "Au total, 5 273 électeurs ont voté dimanche dans la commune de Marly.",
        2: "Insgesamt haben am Sonntag 6.914 Wahlberechtigte in Marly abgestimmt.",
    }
    assert _groups(texts) == []


def test_transposed_counts_of_different_events_stay_apart():
    texts = {
        1: "Im Sturm wurden 152 Menschen verletzt.",
        2: "Dans la tempête, 125 personnes sont mortes.",
    }
    assert _groups(texts) == []
