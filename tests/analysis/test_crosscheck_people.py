"""Cross-check findings about people: surnames used alone and spelled differently, who a
pronoun or a role before a name stands for, and one speaker's remarks across languages."""

from __future__ import annotations

from kursk_reader.analysis.attributions import find_attributions
from kursk_reader.analysis.names import find_name_variants
from kursk_reader.analysis.quotes import find_quote_variants
from tests.analysis.shapes import name_groups as _groups


def test_a_lone_surname_spelled_differently_joins_the_full_name():
    texts = {
        1: "Plant manager Tomasz Brezinski said the line was stopped. Brezinski added more.",
        2: "The line stayed closed, Brzezinsky told reporters on Tuesday.",
        3: "Spokesman Owen McCardle said so. Later, MacCardle denied it.",
    }
    groups = _groups(texts)
    assert any({"Tomasz Brezinski", "Brzezinsky"} <= g for g in groups)
    assert any({"Owen McCardle", "MacCardle"} <= g for g in groups)


def test_a_lone_cyrillic_surname_joins_a_latin_full_name_but_places_do_not():
    texts = {
        1: "Director Dmitri Sokolov said the plant in Tver would reopen.",
        2: "Завод в Твери откроется, сказал Соколов в пятницу.",
        3: "The plant's director, Dmitry Sokolov, gave no date.",
    }
    groups = _groups(texts)
    assert any({"Dmitri Sokolov", "Соколов"} <= g for g in groups)
    assert not any("Твери" in g or "Tver" in g for g in groups)


def test_a_lone_word_like_part_of_a_place_name_is_no_variant():
    texts = {
        1: "Rescuers from Lower Saxonia arrived at noon.",
        2: "Teams from Saxony and the police arrived at noon.",
    }
    assert _groups(texts) == []


def test_latvian_endings_and_german_umlaut_spellings_are_one_name():
    texts = {
        1: "Hospital director Andrejs Petrovs said the wards were full.",
        2: "The hospital's director, Andrei Petrov, said the wards were full.",
        3: "The owner, Jürgen Köhler, was not available. Köhler declined comment.",
        4: "The owner, Juergen Koehler, was questioned on Monday.",
    }
    groups = _groups(texts)
    assert any({"Andrejs Petrovs", "Andrei Petrov"} <= g for g in groups)
    assert any({"Jürgen Köhler", "Juergen Koehler"} <= g for g in groups)


def test_pronoun_after_the_verb_cites_the_last_person_named():
    texts = {
        1: "Einsatzleiter Vogt zeigte sich entschlossen. „Wir suchen weiter“, sagte er am Abend.",
        2: "Le préfet Marc Aubry est arrivé. « Tout est sous contrôle », a-t-il déclaré à l'AFP.",
    }
    cited = {(a.article_id, a.source) for a in find_attributions(texts)}
    assert any(aid == 1 and "Vogt" in s for aid, s in cited)
    assert not any(aid == 1 and s == "Abend" for aid, s in cited)
    assert any(aid == 2 and "Aubry" in s for aid, s in cited)
    assert any(aid == 2 and "AFP" in s for aid, s in cited)


def test_role_then_name_and_name_then_aside_name_the_person():
    texts = {
        1: "“We lost everything,” said the town's mayor, Paolo Rinaldi, outside the hall.",
        2: "Fire chief Anton Lisowski, who led the response, said 40 crews were sent.",
        3: "«Ми зробили все можливе», — сказав Ігор Бондар.",
    }
    cited = {(a.article_id, a.source) for a in find_attributions(texts)}
    assert (1, "Paolo Rinaldi") in cited
    assert not any(aid == 1 and "mayor" in s for aid, s in cited)
    assert any(aid == 2 and "Lisowski" in s for aid, s in cited)
    assert any(aid == 3 and "Бондар" in s for aid, s in cited)


def test_several_remarks_across_languages_pair_only_by_shared_cognates():
    texts = {
        1: "Spokeswoman Ana Prieto said: “Safety always comes before the timetable.” Later "
        "Prieto said: “The crew followed every protocol in an exemplary way on the runway.”",
        2: "«La tripulación siguió cada protocolo de forma ejemplar en la pista», dijo Ana "
        "Prieto. «Los pasajeros recibirán hoteles y comidas esta noche», añadió Prieto.",
    }
    groups = find_quote_variants(texts)
    assert len(groups) == 1
    quotes = {q.quote for q in groups[0].quotes}
    assert any("protocol in an exemplary" in q for q in quotes)
    assert any("cada protocolo" in q for q in quotes)
    assert "Prieto" in groups[0].speaker


def test_known_given_names_spelled_with_c_or_k_are_one_person():
    texts = {
        1: "Catherine Brody, a forecaster, said the storm weakened overnight.",
        2: "Katherine Brody, a forecaster, said the storm was weakening.",
    }
    groups = [{v.name for v in g.variants} for g in find_name_variants(texts)]
    assert groups == [{"Catherine Brody", "Katherine Brody"}]


def test_an_organisation_written_with_a_hyphen_a_space_or_joined_is_one_name():
    texts = {
        1: "The blast hit a depot run by Bright-Star Logistics near Ostby, police said.",
        2: "Police said the depot belonged to Brightstar Logistics Ltd and was closed.",
        3: "Хакеры из группы BlueMantis атаковали сервер, сообщает полиция.",
        4: "A group calling itself Blue Mantis claimed the attack on the depot.",
    }
    groups = sorted(sorted(v.name for v in g.variants) for g in find_name_variants(texts))
    assert groups == [
        ["Blue Mantis", "BlueMantis"],
        ["Bright-Star Logistics", "Brightstar Logistics Ltd"],
    ]


def test_a_minister_named_after_her_title_keeps_dropped_accents_as_a_variant():
    texts = {
        1: "Health Minister Maria Luisa Conceição visited the ward in Ostby.",
        2: "Health Minister Maria Luisa Conceicao promised more beds.",
    }
    groups = [sorted(v.name for v in g.variants) for g in find_name_variants(texts)]
    assert groups == [["Maria Luisa Conceicao", "Maria Luisa Conceição"]]
