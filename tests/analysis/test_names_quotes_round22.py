"""Round 22: name variants on invented text (a firm described by two German compounds before
its name)."""

from __future__ import annotations

from kursk_reader.analysis.names import find_name_variants


def _groups(texts: dict[int, str]) -> list[set[str]]:
    return [{v.name for v in g.variants} for g in find_name_variants(texts)]


def test_two_german_descriptions_of_one_firm_are_no_name_variant() -> None:
    texts = {
        1: "Der Fahrradhersteller Velmora aus Kassel hat am Montag Stellen gestrichen. "
        "Velmora beschäftigt 800 Menschen.",
        2: "Der Fahrzeughersteller Velmora streicht 120 Stellen. Velmora nannte die "
        "schwache Nachfrage als Grund.",
        3: "Bicycle maker Velmora said on Monday it would cut 120 jobs.",
    }
    groups = _groups(texts)
    assert not any(any(n.endswith(" Velmora") for n in g) for g in groups)


def test_a_furniture_chain_described_two_ways_is_no_name_variant() -> None:
    texts = {
        1: "Der Möbelhändler Ostrava Wohnen schließt drei Filialen.",
        2: "Der Möbelkonzern Ostrava Wohnen bestätigte die Schließungen am Freitag.",
    }
    assert _groups(texts) == []


def test_a_firm_after_its_description_still_shows_its_spelling_variant() -> None:
    texts = {
        1: "Der Chemiekonzern Brandtwerk Solutions meldete einen Verlust. Ein Sprecher sagte, "
        "man prüfe alles.",
        2: "Der Energieversorger Brantwerk Solutions bestätigte die Zahlen am Dienstag.",
    }
    groups = _groups(texts)
    assert {"Brandtwerk Solutions", "Brantwerk Solutions"} in groups
