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


def test_a_quoted_cyrillic_body_joins_its_latin_spelling_whatever_its_case_ending():
    texts = {
        1: "Repairs will take a week, according to Vostokteploset, the city heating utility.",
        2: "Как сообщили в «Востоктеплосети», ремонт займёт неделю.",
        3: "За даними Востоктеплосеті, ремонт триватиме тиждень.",
    }
    groups = _groups(texts)
    assert len(groups) == 1
    assert "Vostokteploset" in groups[0]
    assert groups[0] & {"Востоктеплосети", "Востоктеплосеті"}


def test_a_body_misspelt_in_cyrillic_and_written_in_latin_is_one_group():
    texts = {
        1: "Подрядчиком выступает компания «Камтрансгаз».",
        2: "The pipeline is run by a contractor, Kamtransgaz.",
        3: "Договор с фирмой «Камтрансгас» продлён до 2030 года.",
    }
    assert _groups(texts) == [{"Камтрансгаз", "Kamtransgaz", "Камтрансгас"}]


def test_a_place_in_both_scripts_and_a_quoted_body_that_sounds_otherwise_stay_apart():
    texts = {
        1: "Floods hit Zavolzhsk on Monday; the Belorechye plant closed.",
        2: "Наводнение накрыло Заволжск в понедельник; завод «Краснозаводск» закрыт.",
        3: "Жители Заволжска эвакуированы.",
    }
    assert _groups(texts) == []


def test_a_firm_with_its_words_swapped_and_a_legal_form_added_is_one_name():
    texts = {
        1: "Die Firma Bohrtechnik Kessling GmbH hatte die Bohrungen übernommen.",
        2: "The drilling was done by Kessling Bohrtechnik, a local contractor.",
        3: "Le chantier a été confié à la société Transports Miraval SA, selon la mairie.",
        4: "Miraval Transports denied any fault, officials said.",
    }
    groups = _groups(texts)
    assert {"Bohrtechnik Kessling GmbH", "Kessling Bohrtechnik"} in groups
    assert {"Transports Miraval SA", "Miraval Transports"} in groups
    assert len(groups) == 2


def test_firms_sharing_one_word_in_another_order_stay_apart():
    texts = {
        1: "The roof was built by Brunner Holzbau in 2019.",
        2: "Das Dach hatte die Firma Holzbau Steiner GmbH errichtet.",
    }
    assert _groups(texts) == []


def test_a_legal_form_alone_makes_no_variant():
    texts = {
        1: "The cranes were supplied by Harwell Lifting Systems Ltd. Nobody was hurt.",
        2: "Harwell Lifting Systems said the cranes had passed inspection.",
    }
    assert _groups(texts) == []


def test_basque_and_polish_letters_for_castilian_and_german_ones_are_one_name():
    texts = {
        1: "La arquitecta Maite Goikoetxea Urkiza dijo que el tejado era nuevo.",
        2: "Architect Maite Goicoechea Urquiza said the roof was new.",
        3: "Der Ingenieur Tomasz Tscharnetzki sagte, der Kran sei geprüft worden.",
        4: "Engineer Tomasz Czarnecki said the crane had been inspected.",
    }
    groups = _groups(texts)
    assert {"Maite Goikoetxea Urkiza", "Maite Goicoechea Urquiza"} in groups
    assert {"Tomasz Tscharnetzki", "Tomasz Czarnecki"} in groups


def test_one_vowel_slipped_in_a_surname_after_two_given_names_is_one_name():
    texts = {
        1: "Le plongeur Marc-Antoine Solini a remonté trois amphores.",
        2: "Diver Marc-Antoine Soloni brought up three amphorae.",
        3: "Doctor Anna Petrova said the ward was full. Nurse Anna Morin agreed.",
        4: "Doctor Anna Petrova said the ward was full. Nurse Anna Moran agreed.",
    }
    assert _groups(texts) == [{"Marc-Antoine Solini", "Marc-Antoine Soloni"}]


def test_a_surname_after_an_honorific_joins_the_full_name_in_another_spelling():
    texts = {
        1: "Site manager Graham Whitbrook said the fire was out.",
        2: "Mr Whitbroke said the fire was out by noon.",
        3: "Die Sprecherin Katrin Weißhäupl sagte, der Tank sei leer.",
        4: "Frau Weisshaeupl sagte am Montag, der Tank sei leer.",
        5: "Le maire Hervé Castelnau a confirmé la fermeture.",
        6: "Selon M. Castelnaud, la fermeture est temporaire.",
    }
    groups = _groups(texts)
    assert {"Graham Whitbrook", "Whitbroke"} in groups
    assert {"Katrin Weißhäupl", "Weisshaeupl"} in groups
    assert {"Hervé Castelnau", "Castelnaud"} in groups
    assert len(groups) == 3


def test_a_german_noun_after_an_article_is_no_surname_even_beside_a_title():
    texts = {
        1: "Der Landrat Peter Brückmann besuchte die Baustelle.",
        2: "Die Brücke wurde am Montag gesperrt, sagte der Landrat.",
    }
    assert _groups(texts) == []


def test_a_region_translated_into_cyrillic_is_no_variant_but_a_person_is():
    texts = {
        1: "The plant ships potash to Central Anatolia, said director Levan Gogoladze.",
        2: "Завод отправляет калий в страны Центральной Анатолии, сообщил Леван Гоголадзе.",
    }
    assert _groups(texts) == [{"Levan Gogoladze", "Леван Гоголадзе"}]


def test_a_firm_with_its_common_word_translated_by_a_cognate_is_one_name():
    texts = {
        1: "El contrato fue adjudicado a Marvessa Energías, según la Junta.",
        2: "The contract went to Marvessa Energy, officials said.",
        3: "Die Arbeiten übernahm die Spedition Veltrano Logistik.",
        4: "The work was done by Veltrano Logistics, a haulier.",
        5: "Mark Stone said the road was shut. Mark Stoner, a driver, agreed.",
    }
    groups = _groups(texts)
    assert {"Marvessa Energías", "Marvessa Energy"} in groups
    assert any({"Veltrano Logistik", "Veltrano Logistics"} <= g for g in groups)
    assert not any("Mark Stone" in g for g in groups)


def test_galician_x_for_castilian_j_and_ukrainian_h_for_russian_g_are_one_name():
    texts = {
        1: "O alcalde Xosé Ramón Vilariño dixo que a ponte está pechada.",
        2: "El alcalde José Ramón Vilariño dijo que el puente está cerrado.",
        3: "Rescuer Oleh Dovhaniuk said the pass was closed.",
        4: "Rescuer Oleg Dovganyuk said the pass was closed.",
    }
    groups = _groups(texts)
    assert {"Xosé Ramón Vilariño", "José Ramón Vilariño"} in groups
    assert {"Oleh Dovhaniuk", "Oleg Dovganyuk"} in groups


def test_a_cyrillic_body_after_a_noun_for_its_kind_joins_its_latin_spelling():
    texts = {
        1: "Подрядчик — компания Северэнергомонтаж, сообщили в мэрии.",
        2: "The contractor, Severenergomontazh, declined to comment.",
        3: "Жители Заволжска эвакуированы.",
        4: "Residents of Zavolzhsk were evacuated.",
    }
    assert _groups(texts) == [{"Северэнергомонтаж", "Severenergomontazh"}]


def test_a_german_compound_and_its_head_noun_are_no_variant():
    texts = {
        1: "Nach Angaben des Umweltministeriums wurden 40 Proben genommen.",
        2: "Nach Angaben des Ministeriums waren alle Proben sauber.",
    }
    assert _groups(texts) == []


def test_a_surname_beside_a_german_speech_verb_joins_its_full_name():
    texts = {
        1: "Bergführer Jörg Hübenthal sagte, der Hang sei instabil.",
        2: "„Der Hang ist instabil“, sagte Huebenthal am Abend.",
    }
    assert _groups(texts) == [{"Jörg Hübenthal", "Huebenthal"}]


def test_a_latin_body_with_a_romanised_legal_form_joins_its_cyrillic_name():
    texts = {
        1: "The tanker belonged to Sevmorflot JSC, a Murmansk firm.",
        2: "Танкер принадлежит компании «Севморфлот».",
        3: "Nobody co-signed for Anna Petrovska. Anna Petrovska co-wrote the report.",
    }
    assert _groups(texts) == [{"Sevmorflot", "Севморфлот"}]


def test_a_surname_opening_a_sentence_joins_its_full_name_but_common_words_do_not():
    texts = {
        1: "Site manager Graham Whitbrook said the fire was out.",
        2: "The blaze was contained. Whitbroke said the fire was out by noon.",
        3: "El puente cayó. Después llegaron los bomberos. Según la policía, nadie murió.",
        4: "El puente cayo. Despues llegaron los bomberos. Segun la policia, nadie murio.",
        5: "Die Straße war gesperrt. Straßensperren blieben bis Montag.",
        6: "Die Strasse war gesperrt. Strassensperren blieben bis Montag.",
    }
    assert _groups(texts) == [{"Graham Whitbrook", "Whitbroke"}]


def test_squares_and_streets_keep_their_accents_as_places_while_people_named_so_do_not():
    texts = {
        1: "Crowds filled the Plaza de Espana and Calle Alcala on Sunday.",
        2: "La Plaza de España y la Calle Alcalá se llenaron el domingo.",
        3: "Rescuer Anna Berg said the lake was frozen.",
        4: "Спасатель Анна Берг сообщила, что озеро замёрзло.",
    }
    assert _groups(texts) == [{"Anna Berg", "Анна Берг"}]
