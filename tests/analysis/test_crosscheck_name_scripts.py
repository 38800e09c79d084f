"""Name variants: umlauts written out, lower-case particles inside names (al-, bin,
ben, de, van), vowel spellings of a transliterated given name, letters without a plain form
(ı, ø, ß), a person's name with its accents dropped (surnames standing alone, an age aside,
a German role compound before it), a firm written with words joined after a "-based"
adjective, and one person written in Latin and Cyrillic letters. Invented names only."""

from __future__ import annotations

from kursk_reader.analysis.name_spans import person_names
from kursk_reader.analysis.names import find_name_variants, name_mentions
from tests.analysis.shapes import name_groups as _groups


def test_umlauts_written_out_in_both_parts_are_one_name_and_the_role_compound_is_trimmed():
    texts = {
        1: "Rescue chief Guenther Moessner said the pass would stay closed overnight.",
        2: "„Der Pass bleibt gesperrt“, sagte Bergwachtleiter Günther Mößner am Abend.",
        3: "Bergwachtleiter Mößner sprach von einer schwierigen Nacht.",
        4: "Engineer Jürgen Brückner checked the barrier; engineer Juergen Brenner helped.",
    }
    groups = _groups(texts)
    assert groups == [{"Guenther Moessner", "Günther Mößner"}]


def test_lower_case_particles_inside_names_and_vowel_spellings_of_a_given_name():
    texts = {
        1: "“Nobody was hurt,” said Hamad bin Saeed al-Kindi, the district governor. "
        "A herder, Tariq al-Habsi, found the first fragment.",
        2: "Hamad bin Said Al Kindi, the governor, urged residents to stay away. "
        "The herder Tareq Al Habsi told the radio he heard a bang.",
        3: "Le gouverneur Hamad ben Saïd al-Kindi a demandé aux habitants de rester à l'écart. "
        "Le berger Abdel Karim Zadjali a trouvé un fragment.",
        4: "El pastor Abdul Karim Zadjali encontró un fragmento.",
    }
    groups = _groups(texts)
    assert any(
        {"Hamad bin Saeed al-Kindi", "Hamad bin Said Al Kindi", "Hamad ben Saïd al-Kindi"} <= g
        for g in groups
    )
    assert {"Tariq al-Habsi", "Tareq Al Habsi"} in groups
    assert {"Abdel Karim Zadjali", "Abdul Karim Zadjali"} in groups
    assert len(groups) == 3


def test_different_people_with_particles_or_one_vowel_apart_stay_apart():
    texts = {
        1: "Hamad al-Kindi and his brother Hamid al-Kindi were questioned. "
        "Salim bin Nasser al-Harthi spoke first.",
        2: "Officials named the herders as Hamad al-Kindi and Hamid al-Kindi. "
        "Salim bin Nasser al-Hashmi spoke later.",
        3: "Jan van der Berg and Jan van der Burgh were both on board.",
    }
    assert _groups(texts) == []


def test_particles_stay_inside_a_name_found_in_running_text():
    found = [
        m.name for m in name_mentions(1, "The find was reported by Omar ibn Rashid al-Zadjali.")
    ]
    assert found == ["Omar ibn Rashid al-Zadjali"]
    found = [m.name for m in name_mentions(1, "Officials from al-Qalaa province said so.")]
    assert "al" not in " ".join(found).split()


def test_three_part_names_with_accents_dropped_are_people_when_the_surnames_stand_alone():
    texts = {
        1: "The first count gave Lucia Ibanez Roldan a lead of 212 votes over her rival.",
        2: "Según el escrutinio, la candidata Lucía Ibáñez Roldán aventaja a su rival. "
        "Ibáñez Roldán, por su parte, pidió calma.",
        3: "The ballots were flown to San Andres de Tumaco overnight.",
        4: "Las urnas llegaron a San Andrés de Tumaco de madrugada.",
    }
    assert _groups(texts) == [{"Lucia Ibanez Roldan", "Lucía Ibáñez Roldán"}]


def test_letters_without_a_plain_form_and_an_age_aside_make_a_person_variant():
    texts = {
        1: "The suspected leader, Gökhan Işıklı, 47, was arrested at the port.",
        2: "Police arrested Gokhan Isikli at the port on Tuesday.",
        3: "The skipper, Søren Mølgaard, 61, was flown to hospital.",
        4: "Skipper Soeren Moelgaard was flown to hospital in Esbjerg.",
    }
    groups = _groups(texts)
    assert {"Gökhan Işıklı", "Gokhan Isikli"} in groups
    assert {"Søren Mølgaard", "Soeren Moelgaard"} in groups
    assert len(groups) == 2


def test_a_german_role_compound_before_a_name_is_trimmed_and_the_accents_make_a_variant():
    texts = {
        1: "Nach Angaben der Pilzberaterin Magdalena Wróbel waren die Pilze giftig.",
        2: "The mushrooms were poisonous, mushroom adviser Magdalena Wrobel said.",
    }
    assert _groups(texts) == [{"Magdalena Wróbel", "Magdalena Wrobel"}]
    found = [m.name for m in name_mentions(3, "Christopher Alan Bright said so.")]
    assert found == ["Christopher Alan Bright"]


def test_a_firm_with_words_joined_after_a_based_adjective_is_one_name():
    texts = {
        1: "The tanker's operator, Rotterdam-based Halvard Tank Services, said it was helping.",
        2: "La empresa Halvard Tankservices, con sede en Róterdam, no hizo comentarios.",
        3: "Fuel came from Halvard Tank Supplies, a different company.",
    }
    groups = _groups(texts)
    assert groups == [{"Halvard Tank Services", "Halvard Tankservices"}]
    assert not any("Rotterdam-based" in m.name for m in name_mentions(1, texts[1]))


def test_one_person_in_latin_and_cyrillic_letters_is_a_variant_but_places_and_others_are_not():
    texts = {
        1: "Mayor Oksana Hrytsiv said the water in Kyiv was safe. Nurse Olena Koval agreed.",
        2: "Міська голова Оксана Гриців заявила, що воду в Києві можна пити. "
        "Медсестра Олена Коваленко погодилася.",
        3: "Director Yevgeny Zarechnov closed the plant.",
        4: "Директор Евгений Заречнов закрыл завод. По словам Заречнова, ремонт займёт месяц.",
    }
    groups = _groups(texts)
    assert {"Oksana Hrytsiv", "Оксана Гриців"} in groups
    assert {"Yevgeny Zarechnov", "Евгений Заречнов"} in groups
    assert len(groups) == 2


def test_an_occupation_before_a_name_in_one_article_is_cut_when_the_others_write_the_name():
    texts = {
        1: "Die Tiere gehörten zur Herde von Winzer Jürgen Kößling, der seit Jahren dort lebt.",
        2: "The sheep belonged to Juergen Kossling, who has kept them for years.",
    }
    groups = _groups(texts)
    assert groups == [{"Jürgen Kößling", "Juergen Kossling"}]
    found = [v for g in find_name_variants(texts) for v in g.variants if v.name == "Jürgen Kößling"]
    mention = found[0].mentions[0]
    assert texts[1][mention.start : mention.end] == "Jürgen Kößling"


def test_a_word_written_after_an_article_never_joins_a_person_as_a_lone_surname():
    texts = {
        1: "Zoo director Anke Brückmann said the animals were safe.",
        2: "Ein Baum hatte eine Brücke über den Graben gebildet, sagte Anke Brückmann.",
        3: "The animals were back, Brueckmann said.",
    }
    groups = _groups(texts)
    assert not any("Brücke" in g for g in groups)


def test_a_patronymic_written_in_one_article_only_is_the_same_person():
    texts = {
        1: "Начальник управления Олег Игоревич Гуров заявил, что дамба выдержит.",
        2: "Regional chief Oleg Gurov said the dam would hold.",
        3: "Engineer Oleg Gurin checked the sluices.",
    }
    assert _groups(texts) == [{"Олег Игоревич Гуров", "Oleg Gurov"}]


def test_a_cyrillic_name_only_in_an_oblique_case_or_a_foreign_name_in_cyrillic_is_the_person():
    texts = {
        1: "По словам Ирины Соколовой, ферму закрыли. Мэр Хавьер Мендоса прибыл на место.",
        2: "Farm director Irina Sokolova said the farm was shut. Mayor Javier Mendoza came.",
        3: "Начальник пожежної служби Юрген Штайнер заявив про евакуацію.",
        4: "Fire chief Jürgen Steiner said the area was evacuated.",
    }
    groups = _groups(texts)
    assert {"Ирины Соколовой", "Irina Sokolova"} in groups
    assert {"Хавьер Мендоса", "Javier Mendoza"} in groups
    assert {"Юрген Штайнер", "Jürgen Steiner"} in groups
    assert len(groups) == 3


def test_given_names_in_an_are_no_demonyms_and_an_opening_article_is_no_particle():
    texts = {
        1: "El alcalde Juan Carlos Pérez y la concejala Juana Pérez Gil hablaron.",
        2: "Mayor Juan Carlos Perez and councillor Juana Perez Gil spoke.",
        3: "The Korean Sin Dal Bok was rescued. The Orenda Trader ran aground.",
        4: "El Orenda Trader encalló cerca de la costa.",
    }
    groups = _groups(texts)
    assert {"Juan Carlos Perez", "Juan Carlos Pérez"} in groups
    assert {"Juana Perez Gil", "Juana Pérez Gil"} in groups
    assert len(groups) == 2
    assert [m.name for m in name_mentions(3, texts[3])][0] == "Sin Dal Bok"


def test_a_cyrillic_name_opening_a_sentence_is_kept_though_its_words_are_in_the_dictionary():
    texts = {
        1: "Иван Петров и его жена Анна Петрова пострадали.",
        2: "Ivan Petrov and his wife Anna Petrova were injured.",
    }
    groups = _groups(texts)
    assert {"Иван Петров", "Ivan Petrov"} in groups


def test_two_particles_in_a_row_stay_inside_the_name():
    texts = {
        1: "Die Tierärztin Ursula von der Brügge untersuchte die Schafe.",
        2: "Vet Ursula von der Bruegge examined the sheep.",
        3: "Mayor Pieter van den Heuvel said so. Mayor Pieter Van Den Heuvel agreed.",
    }
    assert _groups(texts) == [{"Ursula von der Brügge", "Ursula von der Bruegge"}]


def test_ukrainian_and_russian_forms_of_a_given_name_one_vowel_apart_are_one_person():
    texts = {
        1: "Nurse Olena Kravets and teacher Tetiana Moroz were rescued.",
        2: "Nurse Yelena Kravets and teacher Tatyana Moroz were rescued.",
        3: "Her sister, nurse Oksana Kravets, was not on the bus.",
    }
    groups = _groups(texts)
    assert {"Olena Kravets", "Yelena Kravets"} in groups
    assert {"Tetiana Moroz", "Tatyana Moroz"} in groups
    assert not any("Oksana Kravets" in g for g in groups)


def test_page_furniture_nouns_and_places_never_join_a_persons_or_firms_group():
    texts = {
        1: "Teilen: Facebook | E-Mail\n\nDie Brände wüteten die ganze Nacht.",
        2: "Fire chief Stefan Brandt said the fires burned all night; editing by Tom Hale.",
        3: "Agency Interfax-Ukraine reported the fires. The crews climbed to the summit.",
        4: "Пожарные поднялись на Западную вершину, сообщили в МЧС Украины.",
        5: "Guide Jorge Zapata led the crews. Fire chief Stefan Brant confirmed it.",
        6: "Share: E-mail | Print",
    }
    groups = _groups(texts)
    assert groups == [{"Stefan Brandt", "Stefan Brant"}]


def test_a_name_followed_by_he_or_she_is_a_persons_so_its_dropped_accents_are_a_variant():
    texts = {
        1: "Hernán Ortega dijo que respeta el recuento. Protección Costera rescató a nueve.",
        2: "Hernan Ortega said he respected the recount. Proteccion Costera said it rescued nine.",
    }
    assert {"Hernán Ortega", "Hernan Ortega"} in _groups(texts)
    people = person_names(texts)
    assert "hernan ortega" in people
    assert "proteccion costera" not in people


def test_a_korean_surname_with_or_without_its_r_is_one_name():
    texts = {
        1: "Captain Park Ji-hoon said the ferry listed.",
        2: "Captain Pak Ji Hun said the ferry listed to port.",
        3: "Engineer Park Min-su and engineer Pak Ji-won were aboard.",
    }
    groups = _groups(texts)
    assert groups == [{"Park Ji-hoon", "Pak Ji Hun"}]


def test_honorifics_of_six_languages_are_trimmed():
    texts = {
        1: "Mme Hélène Ferrand a déclaré que le pont était fermé.",
        2: "Según la Sra. Helene Ferrand, el puente estaba cerrado.",
    }
    assert _groups(texts) == [{"Hélène Ferrand", "Helene Ferrand"}]
    assert [m.name for m in name_mentions(4, "Doña Lucía Ortega dijo.")] == ["Lucía Ortega"]
