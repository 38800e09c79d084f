"""Round 22: name variants on invented text (a firm described by two German compounds before
its name)."""

from __future__ import annotations

from kursk_reader.analysis.names import find_name_variants, name_mentions


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


def test_a_firm_description_in_the_genitive_is_no_part_of_the_name() -> None:
    text = "Die Aktien des Fahrradherstellers Velmora Bikes fielen am Dienstag um zwölf Prozent."
    assert [m.name for m in name_mentions(1, text)] == ["Velmora Bikes"]


def test_a_band_named_in_cyrillic_and_latin_is_one_name_in_two_scripts() -> None:
    texts = {
        1: "Львівський гурт «Полонина» виступить у Кракові в суботу. «Полонина» грає з 2008 року.",
        2: "Polonyna, a folk band from Lviv, will play in Krakow on Saturday.",
        3: "Московский ансамбль «Жаворонки» занял второе место на конкурсе в Вене.",
        4: "The Moscow ensemble Zhavoronki came second at the contest in Vienna.",
    }
    groups = _groups(texts)
    assert {"Полонина", "Polonyna"} in groups
    assert {"Жаворонки", "Zhavoronki"} in groups


def test_a_farm_named_in_cyrillic_and_latin_is_no_variant() -> None:
    texts = {
        1: "Пожежа сталася на фермі «Зорянка» під Уманню.",
        2: "The fire broke out near Uman, at Zorianka, a dairy farm.",
    }
    assert _groups(texts) == []


def test_a_choir_quoted_in_cyrillic_joins_its_latin_name_described_as_a_choir() -> None:
    texts = {
        1: "Перемогу здобула «Світанкова» з Чернігова, повідомили організатори.",
        2: "Svitankova, a women's choir from Chernihiv, won the contest.",
    }
    assert {"Світанкова", "Svitankova"} in _groups(texts)
