"""Name variants of organisations and regional spellings: a firm or an agency written with
and without its accents while places are not, a firm's name with its words swapped and a
legal form added, a one-word body in Latin and Cyrillic letters (Cyrillic case endings
aside), Basque, Catalan and Galician letters for Castilian ones, and surnames used alone
in another spelling. Invented events only."""

from __future__ import annotations

from kursk_reader.analysis.name_spans import person_names
from tests.analysis.shapes import name_groups as _groups


def test_a_firm_or_agency_written_without_its_accents_is_a_variant():
    texts = {
        1: "El contrato fue adjudicado a la empresa Tórvalia Logística, según la Junta.",
        2: "The contract went to Torvalia Logistica, a Cadiz haulier, officials said.",
        3: "Losses were estimated at €2 million, according to the Kėdainiai Grain Terminal.",
        4: "The Kedainiai Grain Terminal said four silos were damaged.",
    }
    groups = _groups(texts)
    assert {"Tórvalia Logística", "Torvalia Logistica"} in groups
    assert {"Kėdainiai Grain Terminal", "Kedainiai Grain Terminal"} in groups
    assert len(groups) == 2


def test_places_written_without_their_accents_stay_one_name():
    texts = {
        1: "Los vecinos de la localidad de Villaró de Dalt fueron evacuados. El puente de "
        "San Ildefonso del Páramo cedió, y la niebla cubrió Cabo Peñascal.",
        2: "Residents of the village of Villaro de Dalt were evacuated. A bridge in San "
        "Ildefonso del Paramo gave way, and fog covered Cabo Penascal.",
        3: "SAN ILDEFONSO DEL PARAMO, Spain (Reuters) - Rescuers worked through the night.",
    }
    assert _groups(texts) == []


def test_a_body_after_a_clause_ending_in_an_er_word_is_no_person():
    texts = {
        1: "All nine crew were lifted off by helicopter, Proteccion Costera said on Monday.",
        2: "Un helicóptero de Protección Costera rescató a los nueve tripulantes.",
    }
    assert not {"proteccion costera"} & person_names(texts)
