"""Round 19: name and quote variants on invented text (routes and stations, oblique-case
names, amounts after a name, titles of works in quotation marks)."""

from __future__ import annotations

from kursk_reader.analysis.names import find_name_variants


def _groups(texts: dict[int, str]) -> list[set[str]]:
    return [{v.name for v in g.variants} for g in find_name_variants(texts)]


def test_route_of_two_places_is_no_name_variant() -> None:
    texts = {
        1: "La nouvelle ligne Lyon-Turin ouvre demain. Elle relie Lyon et Turin en quatre "
        "heures, a déclaré Martine Duquesnoy.",
        2: "La nuova linea Lyon-Torino parte domani tra Lione e Torino, Martine Duquesnoy said.",
        3: "La línea Lyon-Torino une Lyon y Turín, dijo Martine Duquesnois.",
    }
    groups = _groups(texts)
    assert not any(any("Lyon-" in n for n in g) for g in groups)
    assert {"Martine Duquesnoy", "Martine Duquesnois"} in groups


def test_station_written_with_and_without_hyphen_is_no_variant() -> None:
    texts = {
        1: "El tren une Valladolid y Madrid. Llega a la estación de Madrid-Chamartín a las "
        "nueve, dijo Ulrike Pfandl.",
        2: "The train links Madrid and Valladolid. It pulls into Madrid Chamartin at nine, "
        "Ulrike Pfandel said.",
    }
    groups = _groups(texts)
    assert not any(any(n.startswith("Madrid") for n in g) for g in groups)
    assert {"Ulrike Pfandl", "Ulrike Pfandel"} in groups


def test_double_surname_with_and_without_hyphen_stays_a_variant() -> None:
    texts = {
        1: "Odile Lacombe-Ferrand, la maire, a parlé à Nantes et Rennes.",
        2: "Mayor Odile Lacombe Ferrand spoke in Nantes.",
    }
    assert {"Odile Lacombe-Ferrand", "Odile Lacombe Ferrand"} in _groups(texts)


def test_amount_after_a_dative_name_is_not_its_number() -> None:
    texts = {
        1: "Суд зобов'язав фірму виплатити художниці Мирославі Дзюбенко 40 тисяч гривень.",
        2: "The court ordered the firm to pay the painter Myroslava Dzyubenko damages.",
    }
    groups = _groups(texts)
    assert any("Мирославі Дзюбенко" in g and "Myroslava Dzyubenko" in g for g in groups)


def test_place_in_two_russian_cases_is_one_spelling() -> None:
    texts = {
        1: "Морозы ударили по Сибири. Над Тверью прошёл снег.",
        2: "Снегопад накрыл всю Сибирь, сообщили синоптики. Тверь стоит.",
    }
    groups = _groups(texts)
    assert not any(len(g) >= 2 and any(n.startswith(("Сибир", "Твер")) for n in g) for g in groups)
