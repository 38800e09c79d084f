"""Figures round 22 (invented texts): a sum given per year is the one yearly sum of its
article even beside other sums, so two articles' yearly sums pair while a one-off sum
stays apart."""

from __future__ import annotations

from tests.analysis.shapes import article_value_groups as _groups


def test_yearly_sums_pair_beside_one_off_sums():
    for texts, yearly in (
        (
            {
                1: "Le club touchait 36 000 euros de subventions par an. "
                "Il devra rembourser 90 000 euros.",
                2: "The club received some 41,000 euros a year in grants. "
                "It must repay 90,000 euros.",
            },
            {(1, "36000"), (2, "41000")},
        ),
        (
            {
                1: "Der Verein erhielt jährlich 36.000 Euro an Zuschüssen. "
                "Er muss 90.000 Euro zurückzahlen.",
                2: "El club recibía unos 41.000 euros al año en subvenciones. "
                "Deberá devolver 90.000 euros.",
            },
            {(1, "36000"), (2, "41000")},
        ),
    ):
        groups = _groups(texts)
        assert yearly in groups, (texts, groups)
        assert not any({(1, "36000"), (2, "90000")} <= g for g in groups), groups


def test_a_yearly_sum_does_not_pair_with_a_monthly_sum():
    texts = {
        1: "Le club touchait 36 000 euros de subventions par an. "
        "Il devra payer une amende de 90 000 euros.",
        2: "Der Verein erhielt 3.100 Euro Zuschüsse im Monat. "
        "Er muss eine Strafe von 95.000 Euro zahlen.",
    }
    groups = _groups(texts)
    assert not any((1, "36000") in g for g in groups), groups
