"""Round 23: names and quotes on invented text (a place after a preposition is never a
quote's speaker)."""

from __future__ import annotations

from kursk_reader.analysis.attributions import find_attributions
from kursk_reader.analysis.quotes import find_quote_variants, quote_speakers


def _speakers(texts: dict[int, str]) -> list[str]:
    return [g.speaker for g in find_quote_variants(texts)]


def test_a_place_after_from_is_never_the_speaker_a_pronoun_stands_for() -> None:
    texts = {
        1: "Як пояснила метеорологиня Оксана Гребенюк, холод прийшов зі Східного Сибіру. "
        "«Такої ранньої зими Полтава ще не бачила, але з середи потеплішає», — додала вона.",
        2: "Метеоролог Оксана Гребенюк объяснила, что холод пришел из Восточной Сибири. "
        "«Такой ранней зимы Полтава еще не видела, но со среды потеплеет», — сказала она.",
    }
    speakers = _speakers(texts)
    assert len(speakers) == 1
    assert "Гребенюк" in speakers[0]


def test_a_body_in_the_locative_still_speaks() -> None:
    texts = {
        1: "Пресс-служба сообщила новость утром. В Облэнерго Полтавщины заявили: «Свет "
        "вернут всем абонентам до вечера пятницы».",
        2: "У Обленерго Полтавщини заявили: «Світло повернуть усім абонентам до вечора п'ятниці».",
    }
    speakers = _speakers(texts)
    assert len(speakers) == 1
    assert "Обл" in speakers[0]


def _members(texts: dict[int, str]) -> list[set[int]]:
    return [{q.article_id for q in g.quotes} for g in find_quote_variants(texts)]


def test_a_weekday_in_a_slavic_case_form_lets_a_third_language_join() -> None:
    texts = {
        1: "Синоптик Богдан Кравчук попередив про сніг. «Зима прийде рано, але вже з "
        "четверга потеплішає», — сказав Кравчук.",
        2: "Синоптик Богдан Кравчук предупредил о снеге. «Зима придет рано, однако уже с "
        "четверга потеплеет», — сказал Кравчук.",
        3: 'Forecaster Bohdan Kravchuk warned of snow. "Winter is coming early, but from '
        'Thursday it will get warmer," Kravchuk said.',
    }
    assert {1, 2, 3} in _members(texts)


def test_a_ukrainian_weekday_written_with_an_apostrophe_is_one_word() -> None:
    from kursk_reader.analysis.quote_concepts import concepts, strong

    assert strong(concepts("до п'ятниці")) == strong(concepts("until Friday")) != frozenset()
    assert concepts("из-за четверти") == frozenset()
    assert concepts("среди жителей") == frozenset()


def test_a_day_of_24_hours_is_the_24_hours_of_another_language() -> None:
    from kursk_reader.analysis.quote_concepts import concepts, strong

    assert strong(concepts("за последние сутки")) == strong(concepts("in the past 24 hours"))
    assert strong(concepts("за останню добу")) == strong(concepts("in den letzten 24 Stunden"))
    assert strong(concepts("трое суток")) == strong(concepts("three days"))


def test_a_german_role_noun_alone_before_a_name_is_no_part_of_it() -> None:
    from kursk_reader.analysis.names import name_mentions

    text = (
        "„Das war knapp“, sagte der Ermittler Wadim Kortschagin. Die Richterin Olga Brandt schwieg."
    )
    assert [m.name for m in name_mentions(1, text)] == ["Wadim Kortschagin", "Olga Brandt"]


def test_a_remark_given_to_a_role_and_name_in_german_joins_its_translation() -> None:
    texts = {
        1: "«Это крупнейшая находка за последние семь лет», — сказал следователь Вадим Корчагин.",
        2: "„Das ist der größte Fund seit sieben Jahren“, sagte der Ermittler Wadim Kortschagin.",
        3: '"This is the biggest find in seven years," investigator Vadim Korchagin said.',
    }
    assert {1, 2, 3} in _members(texts)


def _name_groups(texts: dict[int, str]) -> list[set[str]]:
    from kursk_reader.analysis.names import find_name_variants

    return [{v.name for v in g.variants} for g in find_name_variants(texts)]


def test_a_body_named_after_its_kind_in_latin_joins_its_cyrillic_case_form() -> None:
    texts = {
        1: "За даними Львівтеплоенерго, тепло повернули в 200 будинків. Ремонт триватиме тиждень.",
        2: "The heating utility Lvivteploenergo said 200 buildings had heat again on Tuesday.",
        3: "Le service municipal Lvivteploenergo a rétabli le chauffage mardi.",
    }
    assert any({"Львівтеплоенерго", "Lvivteploenergo"} <= g for g in _name_groups(texts))


def test_a_news_agency_or_a_city_is_no_body_joined_across_scripts() -> None:
    texts = {
        1: "Про це повідомляє Укрпресінформ. У Тернополі тепло повернули в 200 будинків.",
        2: "Heat was back in 200 buildings in Ternopil, the news agency Ukrpressinform said.",
    }
    assert _name_groups(texts) == []


def test_a_body_with_a_preposition_inside_its_name_shows_its_dropped_accents() -> None:
    texts = {
        1: "La asociación Jóvenes sin Techo denunció el desalojo, dijo su portavoz Inés Varela.",
        2: "Housing charity Jovenes sin Techo condemned the eviction on Friday.",
        3: "Le collectif Jóvenes sin Techo a dénoncé l'expulsion vendredi.",
    }
    assert {"Jóvenes sin Techo", "Jovenes sin Techo"} in _name_groups(texts)


def test_a_clause_with_a_preposition_written_once_is_no_name() -> None:
    texts = {
        1: "La Policía en Cádiz detuvo a dos hombres el martes.",
        2: "Police in Cadiz arrested two men on Tuesday; Policia officers found the car.",
    }
    assert not any(any(" en " in n for n in g) for g in _name_groups(texts))


def test_a_surname_alone_is_shown_beside_its_other_spelling_alone() -> None:
    texts = {
        1: "La galeriste Margaux Vérnaudel a retiré le tableau de la vente lundi.",
        2: "The painting was withdrawn by the gallery owner, Vernaudel, on Monday.",
        3: "Le tableau ne sera pas vendu, a confirmé Vérnaudel mardi à Lyon.",
    }
    groups = _name_groups(texts)
    assert any({"Margaux Vérnaudel", "Vernaudel", "Vérnaudel"} <= g for g in groups)


def test_a_surname_repeated_after_the_full_name_adds_no_spelling() -> None:
    texts = {
        1: "Margaux Vérnaudel a retiré le tableau. Vérnaudel a refusé tout commentaire.",
        2: "The painting was withdrawn by the gallery owner, Vernaudel, on Monday.",
    }
    assert {"Margaux Vérnaudel", "Vernaudel"} in _name_groups(texts)


def test_a_mountain_named_after_its_landscape_noun_in_any_case_is_no_name_variant() -> None:
    texts = {
        1: "Рятувальник Остап Мельник сказав, що біля гори Стіг Великий видимість упала до 15 "
        "метрів.",
        2: "Rescuer Ostap Melnyk said visibility near Mount Stih Velykyi fell to 15 metres.",
    }
    groups = _name_groups(texts)
    assert {"Остап Мельник", "Ostap Melnyk"} in groups
    assert not any(any("Velykyi" in n for n in g) for g in groups)


def test_an_outlet_in_a_credit_line_or_dateline_is_no_name_variant() -> None:
    texts = {
        1: "В Самаре закрыли рынок\n\nНовости Поволжья, Самара\n\nРынок закрыли на неделю, "
        "сообщил глава района Олег Туманов.",
        2: "SAMARA (Novosti Povolzhya) - The market was closed for a week, district head Oleg "
        "Tumanov said. Novosti Povolzhya first reported the closure.",
    }
    groups = _name_groups(texts)
    assert {"Олег Туманов", "Oleg Tumanov"} in groups
    assert not any("Novosti Povolzhya" in g for g in groups)


def test_a_person_in_a_title_case_headline_or_after_a_dateline_is_still_a_name() -> None:
    texts = {
        1: "Mayor Oleg Tumanow Closes The Samara Market For A Week\n\nSAMARA (Reuters) - "
        "Oleg Tumanow closed the market on Monday.",
        2: "Олег Туманов закрыл рынок\n\nСАМАРА, 3 мая. Олег Туманов закрыл рынок на неделю.",
    }
    groups = _name_groups(texts)
    assert any({"Oleg Tumanow", "Олег Туманов"} <= g for g in groups)


def test_a_translation_joins_the_wording_of_its_length_in_another_language() -> None:
    texts = {
        1: "«Nuestros barcos no están en venta, y los defenderemos con los doce patrulleros "
        "que tenemos en la costa», dijo el almirante Tomás Echagüe.",
        2: '"Our boats are not for sale," Admiral Tomas Echague said on Monday.',
        3: "«Los barcos del país no están en venta», afirmó el almirante Tomás Echagüe.",
    }
    assert {1, 2, 3} in _members(texts)


def test_a_speaker_named_in_the_genitive_is_one_person_with_her_nominative() -> None:
    from kursk_reader.analysis.quote_pairing import same_surname

    assert same_surname("Ольга Зуева", "Ольги Зуевой")
    assert same_surname("Ігор Ковтун", "Ігоря Ковтуна")
    texts = {
        1: "«Провода срезали по ночам и вывозили грузовиком без номеров», — рассказала "
        "представитель полиции Марина Белкина.",
        2: "По словам Марины Белкиной, провода «срезали ночью и вывозили на грузовике».",
    }
    assert {1, 2} in _members(texts)


def test_an_outlet_carrying_a_remark_or_hearing_it_is_not_its_speaker() -> None:
    texts = {
        1: "«No hay ningún riesgo para los bañistas», dijo el alcalde Ramiro Otxoa.",
        2: "Le maire Ramiro Otxoa a assuré qu'« il n'y a aucun risque pour les baigneurs », "
        "cité par Le Soir du Midi.",
        3: "«Для купальщиков никакого риска нет», — сказал Отхоа корреспонденту Радио Север.",
    }
    groups = find_quote_variants(texts)
    assert len(groups) == 1
    assert {q.article_id for q in groups[0].quotes} == {1, 2, 3}
    assert "Soir" not in groups[0].speaker and "Радио" not in groups[0].speaker


def test_a_pronoun_opening_the_sentence_before_a_quote_stands_for_the_person_before() -> None:
    texts = {
        1: "Health official Greta Lindqvist said the water was safe again. She warned that "
        '"anyone who drank it last week should watch for a fever".',
        2: "Die Gesundheitsbeamtin Greta Lindqvist gab Entwarnung. Sie betonte: „Wer letzte "
        "Woche davon trank, sollte auf Fieber achten“.",
    }
    groups = find_quote_variants(texts)
    assert len(groups) == 1 and "Lindqvist" in groups[0].speaker
    assert {q.article_id for q in groups[0].quotes} == {1, 2}


def test_the_person_a_body_quotes_after_a_remark_is_its_speaker() -> None:
    texts = {
        1: "„Das ist kein Zufall, sondern ein Geschäftsmodell“, zitierte das Landeskriminalamt "
        "den polnischen Ermittler Tadeusz Wrobel.",
        2: '"This is no accident but a business model," the police quoted Polish investigator '
        "Tadeusz Wróbel as saying.",
    }
    groups = find_quote_variants(texts)
    assert len(groups) == 1 and "Wr" in groups[0].speaker
    assert "Landeskriminalamt" not in groups[0].speaker


def test_zero_in_an_idiom_is_no_number_a_translation_must_keep() -> None:
    from kursk_reader.analysis.quote_concepts import concepts, strong

    assert strong(concepts("we cannot fight 12 degrees above zero")) == strong(
        concepts("gegen 12 Grad plus kommt man nicht an")
    )


def test_a_vague_number_is_no_number_a_translation_must_keep() -> None:
    from kursk_reader.analysis.quote_concepts import concepts, strong

    assert strong(concepts("it cost each family several hundred euros")) == strong(
        concepts("это стоило каждой семье нескольких сотен евро")
    )
    assert strong(concepts("some 300 people")) == strong(concepts("около 300 человек"))


def test_a_role_a_body_quotes_after_a_remark_stands_for_the_person_before() -> None:
    texts = {
        1: "Настоятель храма Петро Мирошник розповів про пожежу. «Ми винесли все, що змогли, "
        "поки горів дах», — сказав Мирошник.",
        2: "Настоятель храма Петр Мирошник рассказал о пожаре. «Вынесли всё, что смогли, пока "
        "горела крыша», — цитирует священника газета «Вести».",
    }
    groups = find_quote_variants(texts)
    assert len(groups) == 1 and "Мирошник" in groups[0].speaker
    assert "Вести" not in groups[0].speaker


def test_a_slavic_role_after_a_quote_stands_for_the_person_elected_to_it() -> None:
    texts = {
        1: "Физик Роман Костюк избран ректором университета. Историк Инна Левчук получила "
        "120 голосов.\n\n«Университет должен стать домом для каждого студента», - заявил "
        "избранный ректор.",
        2: '"The university must become a home for every student," said Roman Kostiuk, the '
        "newly elected rector.",
    }
    said = {q.article_id: q.speaker for q in quote_speakers(texts, find_attributions(texts))[0]}
    assert "Левчук" not in said[1]
    groups = find_quote_variants(texts)
    assert len(groups) == 1 and "Kostiuk" in groups[0].speaker


def test_a_paper_spoken_to_in_the_german_dative_is_not_the_speaker() -> None:
    texts = {
        1: "Die Kandidatin Marianne Kessler hat die Wahl gewonnen, vor Paul Vogt von der "
        "Liste Rot.\n\n„Die Wähler wollten Ruhe statt Streit“, sagte die 52-jährige frühere "
        "Bürgermeisterin von Altkirch den Südwestdeutschen Nachrichten.",
    }
    said = [q.speaker for q in quote_speakers(texts, find_attributions(texts))[0]]
    assert said and not any("Nachrichten" in s for s in said)
