"""Round 16 of the cross-check, on invented events: a German quote opened with „ and closed
with a plain ", a speaker known in their sentence only by a role or by their age ("relató el
corredor", "the 31-year-old said", "sagte der 47-jährige Schweizer") standing for the person
named before, who another article quotes by name."""

from __future__ import annotations

from kursk_reader.analysis.quotes import find_quote_variants, find_quotes


def _groups(texts: dict[int, str]) -> list[tuple[str, list[int]]]:
    return [(g.speaker, sorted(q.article_id for q in g.quotes)) for g in find_quote_variants(texts)]


def test_a_german_low_opening_mark_may_close_with_a_plain_double_quote() -> None:
    text = '„Die Brücke bleibt bis Freitag gesperrt", sagte Bauleiterin Greta Oltmanns.'
    quotes = find_quotes(1, text)
    assert [q.quote for q in quotes] == ["Die Brücke bleibt bis Freitag gesperrt"]


def test_a_role_stands_for_the_person_named_before_whom_another_article_quotes() -> None:
    texts = {
        1: "El alpinista noruego Sindre Holmvik quedó atrapado dos días en la grieta.\n\n"
        '"Pensé que nadie me encontraría jamás ahí abajo", relató el escalador a la prensa.',
        2: "Норвезький альпініст Сіндре Гольмвік провів дві доби в тріщині.\n\n"
        "«Я думав, що ніхто ніколи не знайде мене там унизу», – сказав Сіндре Гольмвік.",
        3: "Norwegian climber Sindre Holmvik spent two days in a crevasse on Mont Pelvoux.\n\n"
        '"I thought nobody would ever find me down there," the 31-year-old said from hospital.',
    }
    groups = _groups(texts)
    assert len(groups) == 1
    speaker, articles = groups[0]
    assert "Holmvik" in speaker or "Гольмвік" in speaker
    assert articles == [1, 2, 3]


def test_an_age_with_an_adjective_and_noun_after_a_german_article_names_the_person() -> None:
    texts = {
        1: "Der Bergführer Urs Tschanz hat am Montag vier Wanderer aus der Lawine gerettet. "
        '„Ich habe nur getan, was jeder an meiner Stelle getan hätte", sagt der 47-jährige '
        "Schweizer.",
        2: "Mountain guide Urs Tschanz pulled four hikers out of the avalanche on Monday. "
        '"I only did what anyone in my place would have done," Urs Tschanz said.',
    }
    groups = _groups(texts)
    assert len(groups) == 1 and groups[0][1] == [1, 2]
    assert "Tschanz" in groups[0][0]


def test_the_age_of_someone_not_named_before_gives_no_speaker() -> None:
    texts = {
        1: "A fire broke out in the old mill on Tuesday night.\n\n"
        '"The smoke was so thick we could not see the stairs," the 62-year-old said.',
        2: "Un incendie s'est déclaré mardi soir dans le vieux moulin.\n\n"
        "« Nous ne voyions même plus l'escalier », raconte Odile Marchetti, voisine.",
    }
    assert all(
        not g.speaker.startswith("Odile") or len(g.quotes) < 2 for g in find_quote_variants(texts)
    )


def test_a_span_of_years_in_one_word_reads_as_its_number() -> None:
    from kursk_reader.analysis.quote_concepts import concepts, strong

    fifty = strong(concepts("in fifty years"))
    for wording in ("не бачило такого пів століття", "un demi-siècle", "ein halbes Jahrhundert"):
        assert strong(concepts(wording)) == fifty
    assert strong(concepts("half a century")) == fifty  # its "century" is no hundred
    assert strong(concepts("the storm of the century")) == strong(concepts("hundred years"))


def test_a_remark_in_two_languages_keeps_a_span_of_years_named_by_one_word() -> None:
    texts = {
        1: "«Такого наводнения Амур не видел полвека», — заявил мэр Благовещенска Павел Селезнёв.",
        2: '"The Amur has not flooded like this in fifty years," Mayor Pavel Seleznyov said.',
    }
    groups = _groups(texts)
    assert len(groups) == 1 and groups[0][1] == [1, 2]


def test_a_name_in_quotes_that_is_the_subject_of_a_verb_is_no_ones_remark() -> None:
    texts = {
        1: "« Nous avons gagné pour les familles du quartier », a déclaré le maire Paul Vidal-"
        "Roche. Le collectif « Pour un parc sans béton » dénonce un vote précipité.",
        2: '"We won this for the families of the neighbourhood," Mayor Paul Vidal-Roche said.',
    }
    groups = find_quote_variants(texts)
    assert len(groups) == 1
    assert [q.quote for q in groups[0].quotes if q.article_id == 1] == [
        "Nous avons gagné pour les familles du quartier"
    ]


def test_articles_and_elided_words_do_not_count_between_a_quote_and_its_speaker() -> None:
    texts = {
        1: "« Le canton a choisi la sécurité, pas la facilité », s'est félicitée la "
        "ministre d'État Claire Joliat-Berger.",
        2: '"The canton chose safety over convenience," minister Claire Joliat Berger said.',
        3: '„Der Kanton hat sich für die Sicherheit entschieden", sagte Ministerin Claire '
        "Joliat-Berger.",
    }
    groups = _groups(texts)
    assert len(groups) == 1 and groups[0][1] == [1, 2, 3]


def test_a_double_surname_with_a_hyphen_or_a_space_is_one_person() -> None:
    from kursk_reader.analysis.quote_pairing import same_surname

    assert same_surname("Claire Joliat-Berger", "Ministerin Claire Joliat Berger")
    assert not same_surname("Claire Joliat-Berger", "Claire Joliat Meunier")


def _name_groups(texts: dict[int, str]) -> list[set[str]]:
    from kursk_reader.analysis.names import find_name_variants

    return [{v.name for v in g.variants} for g in find_name_variants(texts)]


def test_a_german_article_after_a_name_starts_the_verbs_object_not_the_name() -> None:
    from kursk_reader.analysis.name_spans import name_mentions

    text = (
        "„Wir bauen die Halle neu auf“, sagte Geschäftsführer Matthias Oberholzer der "
        "Agentur Reuters."
    )
    names = [m.name for m in name_mentions(1, text)]
    assert "Matthias Oberholzer" in names
    assert not any("Agentur" in n and "Oberholzer" in n for n in names)
    particle = "Den Preis erhielt Ursula von der Brügge aus Kassel."
    assert "Ursula von der Brügge" in [m.name for m in name_mentions(1, particle)]


def test_a_role_compound_before_a_hyphened_given_name_is_no_part_of_the_name() -> None:
    from kursk_reader.analysis.name_spans import name_mentions

    text = "Die Vorlage verteidigte Staatsrätin Marie-Louise Chappuis Berthoud im Grossen Rat."
    names = [m.name for m in name_mentions(1, text)]
    assert "Marie-Louise Chappuis Berthoud" in names


def test_a_surname_with_its_last_vowel_changed_beside_the_same_given_name_is_one_person() -> None:
    texts = {
        1: "La jueza imputó al empresario Tomás Arribalzaga por el fraude de las placas.",
        2: "The judge charged businessman Tomas Arribalzago over the solar panel fraud.",
        3: "Tomás Arribalzaga negó haber cobrado por paneles que nunca se instalaron.",
    }
    assert any({"Tomás Arribalzaga", "Tomas Arribalzago"} <= g for g in _name_groups(texts))


def test_a_brother_and_sister_with_gendered_given_names_stay_two_people() -> None:
    from kursk_reader.analysis.name_match import names_match

    assert not names_match("Roberto Ferrandi", "Roberta Ferrandi")
    assert not names_match("Anna Kowalski", "Anna Kowalska")  # a Slavic surname by gender
    assert names_match("Lucía Ferreiro", "Lucía Ferreira")


def test_a_name_given_once_with_a_second_surname_and_once_without_is_one_person() -> None:
    texts = {
        1: "La alcaldesa Yolanda Berrocal Antúnez inauguró el puente. Berrocal dijo que era "
        "seguro.",
        2: "Mayor Yolanda Berrocal opened the bridge on Monday, the town hall said.",
        3: "Bürgermeisterin Hanne Lütjens-Carstensen eröffnete die Brücke.",
        4: "Mayor Hanne Lutjens-Carstensen and her deputy Hanne Lütjens spoke.",
    }
    groups = _name_groups(texts)
    assert any({"Yolanda Berrocal Antúnez", "Yolanda Berrocal"} <= g for g in groups)


def test_a_name_opening_two_longer_names_or_a_place_stays_apart() -> None:
    texts = {
        1: "Two brothers, Pedro Ocampo Reyes and Pedro Ocampo Duarte, saw the fire.",
        2: "Pedro Ocampo, a neighbour, called the firefighters.",
        3: "The ferry left New Harbour Quay at noon.",
        4: "Passengers waited at New Harbour for hours.",
    }
    groups = _name_groups(texts)
    assert not any("Pedro Ocampo" in g for g in groups)
    assert not any("New Harbour" in g for g in groups)


def test_a_sentence_pointing_back_to_the_quote_names_its_speaker() -> None:
    texts = {
        1: "„Wir haben so etwas in dreißig Jahren nicht erlebt.“ Das sagte Winzerin Almut "
        "Keßler am Montag.",
        2: '"We have not seen anything like this in thirty years," winemaker Almut Kessler '
        "told reporters.",
        3: "«Такого мы не видели тридцать лет». Об этом заявила винодел Альмут Кесслер.",
        4: "« Nous n'avions rien vu de pareil depuis trente ans. » C'est ce qu'a expliqué "
        "la viticultrice Almut Kessler.",
    }
    groups = _groups(texts)
    assert len(groups) == 1 and groups[0][1] == [1, 2, 3, 4]


def test_a_sentence_pointing_back_without_a_speech_verb_names_no_one() -> None:
    from kursk_reader.analysis.quotes import spoken

    text = (
        "„Wir haben so etwas in dreißig Jahren nicht erlebt.“ Das Weingut von Almut Keßler "
        "liegt am Hang."
    )
    assert [q.speaker for q in spoken({1: text}, {}).quotes] == [""]
    said = "„Wir haben so etwas in dreißig Jahren nicht erlebt.“ Das sagte Almut Keßler."
    assert [q.speaker for q in spoken({1: said}, {}).quotes] != [""]


def test_a_headline_person_before_a_colon_speaks_a_quote_in_plain_single_marks() -> None:
    texts = {
        1: "Minister Dagny Holm: 'We will rebuild every school'\n\nThe minister visited the "
        "flooded district on Tuesday.",
        2: "Ministerin Dagny Holm: „Wir werden jede Schule wieder aufbauen“\n\nDie Ministerin "
        "besuchte am Dienstag den überfluteten Bezirk.",
    }
    groups = _groups(texts)
    assert len(groups) == 1 and groups[0][1] == [1, 2] and "Dagny Holm" in groups[0][0]


def test_a_quote_no_one_is_named_for_pairs_with_its_translation_by_shared_numbers() -> None:
    texts = {
        1: "El pueblo quedó aislado por la nieve. «Tenemos comida para tres días, no más», "
        "advirtió la alcaldesa.",
        2: 'Mayor Rosa Ibáñez said the village was cut off by snow. "We have food for three '
        'days, no more," Ibáñez said. "The road crews are doing what they can," she added.',
    }
    groups = _groups(texts)
    assert len(groups) == 1 and groups[0][1] == [1, 2] and "Ibáñez" in groups[0][0]


def test_a_quote_no_one_is_named_for_stays_alone_when_two_remarks_share_its_numbers() -> None:
    texts = {
        1: "El pueblo quedó aislado. «Tenemos comida para tres días, no más», advirtió la "
        "alcaldesa.",
        2: '"We have food for three days, no more," Mayor Rosa Ibáñez said. "The pass was '
        'closed for three days last winter," said driver Pau Serra.',
    }
    assert _groups(texts) == []


def test_a_body_given_a_quote_by_position_is_not_taken_for_a_person() -> None:
    from kursk_reader.analysis.quote_roles import person_shaped

    for body in ("International Testing Agency", "ministère des Transports", "South Korean"):
        assert not person_shaped(body)
    for person in ("Iñaki Larrañaga", "María de la Cruz", "Ігор Мельничук", "Pieter van den Berg"):
        assert person_shaped(person)


def test_the_place_an_official_heads_is_no_part_of_their_name_in_russian_or_ukrainian() -> None:
    from kursk_reader.analysis.name_spans import name_mentions

    cases = {
        "Об этом сообщил мэр Самары Елена Лапушкина.": "Елена Лапушкина",
        "Заявив голова Черкас Анатолій Бондаренко.": "Анатолій Бондаренко",
        "Рассказал главный врач Ольга Петровна Сизова.": "Ольга Петровна Сизова",
    }
    for text, name in cases.items():
        assert [m.name for m in name_mentions(1, text)] == [name]


def test_a_german_settlement_noun_before_a_place_is_no_part_of_its_name() -> None:
    from kursk_reader.analysis.name_spans import name_mentions

    text = (
        "Die Gemeinde hat am Sonntag abgestimmt. Die Strecke führt durch die Stadt Sankt "
        "Gallen und den Kanton Appenzell Innerrhoden, sagte der Sprecher."
    )
    names = [m.name for m in name_mentions(1, text)]
    assert "Sankt Gallen" in names and "Appenzell Innerrhoden" in names
    english = "Officials said the Town Hall in Sankt Gallen reopened on Monday."
    assert "Town Hall" in [m.name for m in name_mentions(1, english)]
