"""Name variants: one-word bodies in two transliterations, Ye-/E- given names,
surnames differing only in vowels, capitals inside a word, surnames used alone, and a name
beside a romanisation. Invented names only (one person in Latin and Cyrillic letters is a
variant: see test_crosscheck_name_scripts)."""

from __future__ import annotations

from kursk_reader.analysis.names import find_name_variants, name_mentions
from tests.analysis.shapes import name_groups as _groups


def test_a_one_word_body_in_two_transliterations_and_cyrillic_is_one_name():
    texts = {
        1: "The farm was inspected by Roszemkhimnadzor, the federal soil watchdog, on Monday.",
        2: "Officials from Roszemhimnadzor said the samples were clean.",
        3: "Как сообщает Росземхимнадзор, пробы почвы чистые.",
    }
    assert _groups(texts) == [{"Roszemkhimnadzor", "Roszemhimnadzor", "Росземхимнадзор"}]


def test_one_word_names_that_sound_different_or_are_short_or_common_stay_apart():
    texts = {
        1: "Trucks from Vostrakhim and Belomor arrived, and Tovr sent a crane.",
        2: "Trucks from Vostrakin and Belamor arrived, and Tavr sent a crane.",
        3: "The Harbour board met; the harbor board agreed.",
    }
    assert _groups(texts) == []


def test_a_one_word_place_with_its_accents_dropped_is_no_variant():
    texts = {
        1: "Rescuers reached Sanvaldería before dawn, officials said.",
        2: "Rescuers reached Sanvalderia before dawn, officials said.",
    }
    assert _groups(texts) == []


def test_ye_and_e_romanisations_of_a_given_name_group_and_a_body_after_of_is_cut_off():
    texts = {
        1: "Yelena Morozkina, deputy head of the inspectorate, said no one was infected.",
        2: "Elena Morozkina of Roszemhimnadzor told reporters the farm was sealed.",
        3: "Заместитель начальника Елена Морозкина заявила, что ферма закрыта.",
    }
    groups = _groups(texts)
    assert {"Yelena Morozkina", "Elena Morozkina", "Елена Морозкина"} in groups
    assert not any(any("of" in name.split() for name in g) for g in groups)


def test_a_surname_differing_only_in_vowels_groups_when_the_first_name_is_the_same():
    texts = {
        1: "Chief executive Niamh Kearnan said the outage was regrettable.",
        2: "Niamh Kiernan, the chief executive, apologised to customers.",
    }
    assert _groups(texts) == [{"Niamh Kearnan", "Niamh Kiernan"}]


def test_different_surnames_sharing_a_first_name_and_brothers_stay_apart():
    texts = {
        1: "Doctor Anna Petrova said the ward was full. Nurse Anna Morin agreed.",
        2: "Doctor Anna Petrenko said the ward was full. Nurse Anna Moran agreed.",
        3: "Captain Oleg Varnavsky and his brother Pavel Varnavsky were rescued.",
    }
    assert _groups(texts) == []


def test_a_firm_differing_only_in_capitals_inside_a_word_is_a_variant():
    texts = {
        1: "Payments ran through Quickpay Networks until the crash.",
        2: "A spokesman for QuickPay Networks blamed a software update.",
    }
    assert _groups(texts) == [{"Quickpay Networks", "QuickPay Networks"}]


def test_a_headline_in_capitals_is_no_variant():
    texts = {
        1: "TELVANO GROUP SHUTS PLANT\n\nThe plant was run by Telvano Group until May.",
        2: "Workers at Telvano Group were sent home.",
    }
    assert _groups(texts) == []


def test_one_word_firm_in_two_capitalisations_is_a_variant():
    texts = {
        1: "Card payments failed after Mintpath pushed an update, the bank said.",
        2: "The bank blamed MintPath for the failure, officials said.",
    }
    assert _groups(texts) == [{"Mintpath", "MintPath"}]


def test_a_surname_alone_spelled_unlike_the_full_name_joins_the_nearest_person():
    texts = {
        1: "Captain Declan Mulcahy led the search. The sea was rough, Mulcahey said later.",
        2: "Dr Aoife Mulcahy treated the survivors at the port hospital.",
    }
    groups = _groups(texts)
    assert {"Declan Mulcahy", "Mulcahey"} in groups
    assert not any("Dr Aoife Mulcahy" in g or "Aoife Mulcahy" in g for g in groups)


def test_a_non_standard_romanisation_beside_the_cyrillic_is_a_variant():
    texts = {
        1: "Mayor Oksana Gritsiv said the water was safe to drink.",
        2: "Міська голова Оксана Гриців заявила, що воду можна пити.",
    }
    assert _groups(texts) == [{"Oksana Gritsiv", "Оксана Гриців"}]


def test_a_firm_keeps_its_legal_form_as_written_and_initials_before_a_person_are_trimmed():
    texts = {
        1: "The trawler belonged to Brennock Marine Ltd, registered in Cork.",
        2: "The owner, Brenock Marine, declined to comment.",
        3: "Начальник управления МЧС Ольга Сидорчук сообщила о спасении экипажа.",
        4: "Regional rescue chief Olga Sidorchuk said the crew was saved.",
        5: "Olha Sydorchuk, the rescue chief, said the crew was saved.",
    }
    groups = _groups(texts)
    assert {"Brennock Marine Ltd", "Brenock Marine"} in groups
    assert any("Ольга Сидорчук" in g and "Olha Sydorchuk" in g for g in groups)


def test_a_demonym_and_its_plural_are_no_variant():
    texts = {
        1: "On Monday two Sri Lankan climbers were missing.",
        2: "On Monday two Sri Lankans were missing on the ridge.",
    }
    assert _groups(texts) == []


def test_ukrainian_h_and_russian_g_romanisations_are_one_name():
    texts = {
        1: "Mayor Serhiy Dovhal said the dam held.",
        2: "Mayor Sergei Dovgal said the dam held overnight.",
        3: "Engineer Bohdan Lysak checked the gates.",
        4: "Engineer Bogdan Lisak agreed the gates held.",
    }
    groups = _groups(texts)
    assert {"Serhiy Dovhal", "Sergei Dovgal"} in groups
    assert {"Bohdan Lysak", "Bogdan Lisak"} in groups


def test_a_full_name_whose_surname_stands_alone_is_a_person_for_lone_spellings():
    texts = {
        1: "Tadeusz Brzezicki said the bridge was closed. Brzezicki added that repairs would "
        "take a week.",
        2: "The bridge stays shut, Brzezicky said on Monday.",
    }
    assert _groups(texts) == [{"Tadeusz Brzezicki", "Brzezicky"}]


def test_a_town_after_a_body_is_no_person_even_when_it_stands_alone():
    texts = {
        1: "Ein Haus in Ostervelde ist eingestürzt, wie die Wache Ostervelde mitteilte.",
        2: "A house collapsed in Osterveld, Ostervelde officials said.",
    }
    assert _groups(texts) == []


def test_masculine_and_feminine_forms_of_a_name_are_two_people():
    texts = {
        1: "Firefighter Alessandro Ventimi and Captain Jan Wolanski were hurt.",
        2: "Nurse Alessandra Ventimi and Doctor Jan Wolanska treated them.",
    }
    assert _groups(texts) == []


def test_a_one_word_name_in_each_languages_own_spelling_is_no_variant():
    texts = {
        1: "The reactor near Vostrobylsk was shut down, officials said on Monday.",
        2: "Der Reaktor bei Wostrobylsk wurde abgeschaltet, sagte die Behörde am Montag.",
    }
    assert _groups(texts) == []
    texts[3] = "Engineers from Vostrobilsk checked the reactor and the pumps on Monday."
    assert _groups(texts) == [{"Vostrobylsk", "Vostrobilsk"}]


def test_iotated_vowels_and_digraphs_romanised_differently_are_one_name():
    texts = {
        1: "Captain Arkady Vasilyev and engineer Philip Dorsky were aboard.",
        2: "Captain Arkady Wassiljew and engineer Filip Dorsky were aboard.",
        3: "Captain Arkady Vasiliev said engineer Pyotr Solovyov was missing.",
        4: "The captain said engineer Pyotr Soloviev was missing.",
    }
    groups = _groups(texts)
    assert {"Arkady Vasilyev", "Arkady Wassiljew", "Arkady Vasiliev"} in groups
    assert {"Philip Dorsky", "Filip Dorsky"} in groups
    assert {"Pyotr Solovyov", "Pyotr Soloviev"} in groups


def test_ukrainian_o_and_russian_a_at_the_start_of_a_given_name_are_one_name():
    texts = {
        1: "Deputy mayor Oleksandr Yarmolenko said the bridge would reopen.",
        2: "Deputy mayor Aleksandr Yarmolenko said the bridge would reopen soon.",
        3: "Nurse Inna Yarmolenko and nurse Anna Yarmolenko were on duty.",
    }
    assert _groups(texts) == [{"Oleksandr Yarmolenko", "Aleksandr Yarmolenko"}]


def test_a_curly_apostrophe_is_no_variant_but_a_dropped_one_is():
    texts = {
        1: "Captain Sean O'Farrell said the ship sank.",
        2: "Captain Sean O’Farrell said the ship sank quickly.",
    }
    assert _groups(texts) == []
    texts[3] = "Captain Sean OFarrell was rescued at dawn."
    assert _groups(texts) == [{"Sean O'Farrell", "Sean OFarrell"}]


def test_the_standard_romanisation_names_a_tied_group_and_no_romanisation_is_a_misspelling():
    texts = {
        1: "Officials from Roszemkhimnadzor and Yelena Morozkina visited the farm.",
        2: "Officials from Roszemhimnadzor and Elena Morozkina visited the farm.",
        3: "Ферму посетили представители Росземхимнадзор и Елена Морозкина.",
    }
    groups = {g.canonical: g for g in find_name_variants(texts)}
    assert set(groups) == {"Roszemkhimnadzor", "Elena Morozkina"}
    body = {v.name: v.probable_misspelling for v in groups["Roszemkhimnadzor"].variants}
    assert body["Roszemhimnadzor"] is True
    person = groups["Elena Morozkina"].variants
    assert not any(v.probable_misspelling for v in person)


def test_a_cyrillic_common_word_opening_the_sentence_is_no_part_of_the_name():
    texts = {
        1: "Начальник Микола Ткачук повідомив про двох постраждалих.",
        2: "Rescue chief Mykola Tkachuk said two people were hurt.",
        3: "Rescue chief Mikola Tkachuk said two people were hurt.",
    }
    assert _groups(texts) == [{"Микола Ткачук", "Mykola Tkachuk", "Mikola Tkachuk"}]


def test_opening_prepositions_and_unknown_role_compounds_are_trimmed_from_names():
    texts = {
        1: "Según Javier Olmedo Ruiz, el incendio empezó de noche.",
        2: "Wie Feuerwehrsprecherin Anna Obermeier sagte, brannte die Halle.",
        3: "The fire started at night, Javier Olmedo Ruis said.",
        4: "The hall burned, fire service spokeswoman Anna Obermaier said.",
    }
    groups = _groups(texts)
    assert {"Javier Olmedo Ruiz", "Javier Olmedo Ruis"} in groups
    assert {"Anna Obermeier", "Anna Obermaier"} in groups


def test_agency_initials_before_a_name_are_trimmed_but_not_before_common_words():
    texts = {
        1: "The farm was sealed, said RSN Evgeny Ralkin on Monday.",
        2: "Yevgeny Ralkin, the inspector, said the farm was sealed.",
    }
    assert _groups(texts) == [{"Evgeny Ralkin", "Yevgeny Ralkin"}]
    found = [m.name for m in name_mentions(3, "It was reported by the BTV World Service.")]
    assert found == ["BTV World Service"]


def test_offices_before_a_name_in_several_languages_are_trimmed():
    texts = {
        1: "Landrat Peter Haltermann sprach von einem Wunder.",
        2: "District chief Peter Haltermen called it a miracle.",
        3: "Начальник Ігор Стецюк заявив про евакуацію.",
        4: "Regional chief Ihor Stetsiuk announced an evacuation.",
        5: "Regional chief Igor Stetsyuk announced an evacuation.",
    }
    groups = _groups(texts)
    assert {"Peter Haltermann", "Peter Haltermen"} in groups
    assert any({"Ігор Стецюк", "Igor Stetsyuk"} <= g for g in groups)


def test_the_arabic_article_written_el_or_al_is_one_name():
    texts = {
        1: "Governor Abdel Karim El-Masri inspected the dam.",
        2: "Governor Abdel Karim Al-Masri said the dam was safe.",
    }
    assert _groups(texts) == [{"Abdel Karim El-Masri", "Abdel Karim Al-Masri"}]


def test_a_surname_derived_from_another_by_a_suffix_is_a_different_person():
    texts = {
        1: "Engineer Andriy Bondar checked the pumps.",
        2: "Engineer Andriy Bondarenko checked the valves.",
    }
    assert _groups(texts) == []
