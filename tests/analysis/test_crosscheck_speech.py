"""Mechanisms of the quote and attribution cross-checks, on invented texts: speech
verbs in six languages, role asides, a person at a body, impersonal Russian/Ukrainian
attributions, German particles, pronouns resolved across sentences, and quotes paired through
closed-class concepts across languages."""

from __future__ import annotations

from kursk_reader.analysis.attributions import find_attributions
from kursk_reader.analysis.findings import analyze
from kursk_reader.analysis.quote_concepts import concepts, strong
from kursk_reader.analysis.quotes import find_quote_variants
from tests.analysis.shapes import sources as _sources


def test_role_aside_without_article_names_the_person() -> None:
    text = (
        "The depot was closed on Monday. Marta Kovalenko, deputy head of the regional water "
        "board, said a boil notice had been issued."
    )
    assert _sources(text) == ["Marta Kovalenko"]
    text = 'Okafor, of the tenants\' union Fair Rent, said: "We warned them for months."'
    assert _sources(text) == ["Okafor"]


def test_participle_aside_after_a_place_is_no_person() -> None:
    text = (
        "Dozens were stranded in the cabins of Villa Serrano, hanging over the gorge, "
        "informó la Protección Civil."
    )
    assert "Villa Serrano" not in _sources(text)


def test_speech_verbs_in_feminine_and_plural_forms() -> None:
    assert _sources("Директор завода Ольга Миронова сказала: «Мы всё восстановим».") == [
        "Ольга Миронова"
    ]
    assert _sources("Голова громади Ірина Ткач розповіла, що воду вже подали.") == ["Ірина Ткач"]
    assert _sources("La alcaldesa Rosa Vidal añadió que el puente seguirá cerrado.") == [
        "Rosa Vidal"
    ]


def test_person_at_a_body_is_the_source_not_the_body() -> None:
    text = "Geologist Tomas Lind of the University of Uppsala said the slope had moved."
    assert _sources(text) == ["Tomas Lind"]
    text = "Duty officer Ann Berg of the county rescue service said two boats were out."
    assert _sources(text) == ["Ann Berg"]


def test_analysts_at_a_firm_cite_the_firm_and_police_in_a_town_cite_the_police() -> None:
    assert _sources("Analysts at Norrow Capital said prices would settle.") == ["Norrow Capital"]
    assert _sources("Nine people were bitten, police in Eastwick said.") == ["police"]
    assert _sources("Residents in Eastwick said the dogs roamed freely.") == []


def test_comma_ends_what_came_before_a_source_noun() -> None:
    assert _sources("The road reopened on Friday, authorities said.") == ["authorities"]


def test_lower_case_agency_and_romance_adjective() -> None:
    assert _sources("Ten people were hurt, the German news agency dpa reported.") == ["dpa"]
    assert _sources("La policía gallega informó de que el conductor huyó por la AP9.") == [
        "policía gallega"
    ]


def test_what_follows_that_or_a_comma_is_what_was_said() -> None:
    assert "Beifahrer" not in _sources(
        "Sprecherin Jana Wolf sagte, einer der Beifahrer sei verletzt."
    )


def test_impersonal_russian_and_ukrainian_bodies_in_the_locative() -> None:
    text = "Из реки спасли трёх рыбаков, сообщили в районном управлении МЧС."
    assert _sources(text) == ["районном управлении МЧС"]
    text = "В областной клинической больнице сообщили, что двое в тяжёлом состоянии."
    assert _sources(text) == ["областной клинической больнице"]
    assert _sources("Спасатели сообщили в пятницу, что пожар потушен.") == []


def test_german_particles_and_so_after_a_quote() -> None:
    assert _sources("Drei Fenster wurden eingeschlagen, teilte die Feuerwehr mit.") == ["Feuerwehr"]
    assert _sources("Der Stadtrat teilte die Kosten mit dem Land.") == []
    text = (
        "„Das Wasser stieg schneller als erwartet“, so Brandmeister Kuhn. Dann fiel der Strom aus."
    )
    assert _sources(text) == ["Brandmeister Kuhn"]
    assert _sources("Landrat Otto Weil kündigte eine Untersuchung an.") == []


def test_pronoun_finds_the_person_named_sentences_before() -> None:
    text = (
        "Голова кооперативу Петро Сидоренко вимагає компенсації. "
        "«Ми втратили весь урожай», — сказав він журналістам."
    )
    assert _sources(text) == ["Петро Сидоренко"]


def test_told_the_outlets_own_masthead_is_no_source() -> None:
    text = (
        "Valley Ledger | Local\n\nThe storm flattened two barns near Oakridge on Friday night, "
        "and the county closed three roads.\n\n“We lost everything,” Ray Dunn told the Valley "
        "Ledger."
    )
    assert "Valley Ledger" not in _sources(text)


def test_concepts_are_comparable_across_languages() -> None:
    en = concepts("We waited three days and never gave up until midnight on Friday")
    de = concepts("Wir warteten drei Tage und gaben bis Mitternacht am Freitag nie auf")
    assert {"never", "until", "midnight", "day"} <= en & de
    assert strong(en) == strong(de)
    assert strong(concepts("Nous avons appelé lundi")) != strong(concepts("We called on Sunday"))
    assert strong(concepts("two thousand homes by 6 p.m.")) == strong(
        concepts("zweitausend Häuser bis 18 Uhr")
    )
    assert strong(concepts("1,500 people")) == strong(concepts("1 500 personnes"))


def test_one_remark_each_in_two_languages_needs_the_same_numbers() -> None:
    texts = {
        1: "Mayor Ines Marlow spoke on Tuesday.\n\n“We have four pumps working now,” Marlow said.",
        2: "La alcaldesa Ines Marlow habló el martes.\n\n«Nadie dormirá hasta que baje el agua», "
        "dijo Marlow.",
    }
    assert find_quote_variants(texts) == []
    texts[2] = (
        "La alcaldesa Ines Marlow habló el martes.\n\n«Ya funcionan cuatro bombas», dijo Marlow."
    )
    groups = find_quote_variants(texts)
    assert len(groups) == 1 and "Marlow" in groups[0].speaker


def test_several_remarks_pair_across_languages_by_concepts() -> None:
    texts = {
        1: "Rescue chief Ola Brenner led the search.\n\n“We will keep going as long as there "
        "is even a little hope,” Brenner said.",
        2: "Einsatzleiter Ola Brenner leitete die Suche.\n\n„Wir suchen weiter, solange es auch "
        "nur etwas Hoffnung gibt“, sagte Brenner.",
        3: "Rescue chief Ola Brenner spoke again.\n\n“After twenty minutes under snow the odds "
        "drop fast,” Brenner said.",
        4: "Einsatzleiter Ola Brenner sprach erneut.\n\n„Die Hänge waren seit Wochen "
        "überladen, das wussten viele“, sagte Brenner.",
    }
    groups = find_quote_variants(texts)
    assert [sorted(q.article_id for q in g.quotes) for g in groups] == [[1, 2]]


def test_numbers_in_words_and_digits_pair_one_speakers_remarks() -> None:
    texts = {
        1: "Health officer Lena Rask urged caution.\n\n“Anyone over 70 should stay inside "
        "after six,” Lena Rask said.",
        2: "Officials issued a warning.\n\n“People over seventy must not go out after 6 "
        "in the evening,” health officer Rask said.",
    }
    findings = analyze(texts)
    assert len(findings.quote_variants) == 1
    assert "Rask" in findings.quote_variants[0].speaker


def test_quote_standing_alone_takes_the_speaker_cited_just_before() -> None:
    first = (
        "The river rose overnight. Mayor Ines Marlow said on Tuesday that crews were ready."
        "\n\n“We have four pumps working and two more are coming,” she added."
    )
    for lead, speaker in (("said the pumps were busy", "Ines Marlow"), ("walked the levee", "")):
        texts = {
            1: first,
            2: f"Ines Marlow {lead} on Tuesday.\n\n“Four pumps are working, and "
            "another two are on the way.”",
        }
        quotes = {q.article_id: q.speaker for g in find_quote_variants(texts) for q in g.quotes}
        assert quotes == {1: "Ines Marlow", 2: speaker}


def test_a_remark_reported_in_indirect_speech_joins_its_quoted_wording() -> None:
    texts = {
        1: "Fire chief Oren Walsh toured the site.\n\n“The blaze spread through the roof "
        "space in under ten minutes,” Walsh said.",
        2: "Crews worked through the night. Fire chief Oren Walsh said that the blaze had spread "
        "through the roof space in less than ten minutes.",
        3: "Jefe de bomberos Oren Walsh dijo que el edificio estaba vacío cuando llegaron.",
    }
    groups = find_quote_variants(texts)
    assert len(groups) == 1
    assert sorted(q.article_id for q in groups[0].quotes) == [1, 2]
    assert groups[0].speaker == "Oren Walsh"


def test_two_reported_remarks_alone_make_no_group() -> None:
    texts = {
        1: "Fire chief Oren Walsh said that the blaze had spread through the roof space quickly.",
        2: "Fire chief Oren Walsh said the blaze spread through the roof space very quickly.",
    }
    assert find_quote_variants(texts) == []


def test_more_speech_cue_forms_in_several_languages() -> None:
    assert _sources("Two were found alive, said Jan Ek, a spokesman for the coastguard.") == [
        "Jan Ek"
    ]
    assert _sources("Tom Reed, a spokesman, said the plant had been built by Orwell Works.") == [
        "Tom Reed"
    ]
    assert _sources("« Nous tenons bon », a assuré la maire, Claire Vidal.") == ["Claire Vidal"]
    assert _sources("Как рассказала директор школы Марина Котова, дети не пострадали.") == [
        "Марина Котова"
    ]
    assert _sources("Según fuentes policiales, el sospechoso huyó.") == ["fuentes policiales"]
    assert _sources("Die Feuerwehr teilte am Abend mit, dass alle gerettet seien.") == ["Feuerwehr"]
    assert _sources("Die Welt berichtete am Montag über den Fall.") == ["Die Welt"]


def test_remarks_of_two_different_people_pair_only_in_nearly_the_same_words() -> None:
    texts = {
        1: "“The water rose over the river wall in less than an hour,” said Mayor Edda Lund.",
        2: "“The river wall held for days, but the water came over the road,” said "
        "engineer Karl Stein.",
    }
    assert find_quote_variants(texts) == []
    texts[2] = "“In less than an hour, water poured over the river wall,” said engineer Karl Stein."
    assert len(find_quote_variants(texts)) == 1


def test_pronoun_after_a_quote_cites_the_person_named_before() -> None:
    text = "Mayor Rosa Mendez toured the area on Sunday.\n\n“We will not abandon anyone,” she said."
    assert _sources(text) == ["Rosa Mendez"]
    text = "La alcaldesa Rosa Méndez visitó la zona. «No abandonaremos a nadie», dijo ella."
    assert _sources(text) == ["Rosa Méndez"]
    text = (
        "Organiser Ana Lis, 31, said the march to School No. 4 was calm. “We came to talk, "
        "not to fight,” she said."
    )
    assert "School No" not in _sources(text)


def test_speaker_who_spoke_in_the_sentence_before_a_lone_quote() -> None:
    texts = {
        1: "Rosa Mendez, the mayor, spoke to residents. “Nobody will be left behind in this "
        "valley.” Then she left.",
        2: "“No one in this valley will be left behind,” Mayor Rosa Mendez said.",
    }
    groups = find_quote_variants(texts)
    assert [q.speaker for q in groups[0].quotes] == ["Rosa Mendez", "Rosa Mendez"]


def test_one_stem_and_a_common_word_do_not_make_one_remark() -> None:
    texts = {
        1: "“All the pupils left the school safely,” head teacher Ida Moor said.",
        2: "“The school stays closed until every check is finished,” head teacher Ida Moor said.",
    }
    assert find_quote_variants(texts) == []


def test_speaker_cited_at_the_start_of_the_next_sentence() -> None:
    texts = {
        1: "The fog came at dawn.\n\n“We heard the crashes before we saw anything at all.” "
        "Whitcombe, the station manager, said crews worked for hours.",
        2: "“We could hear the crashes long before we could see anything,” Dana Whitcombe said.",
    }
    groups = find_quote_variants(texts)
    assert [q.speaker for q in groups[0].quotes] == ["Whitcombe", "Dana Whitcombe"]
    texts[1] = texts[1].replace("said crews worked", "walked to the road, where crews worked")
    assert [q.speaker for q in find_quote_variants(texts)[0].quotes][0] == ""


def test_a_source_noun_opening_the_sentence_and_a_cue_word_never_a_source() -> None:
    assert _sources("Officials said on Monday that six people had died.") == ["Officials"]
    assert _sources("Según explicó el alcalde, Juan Ortiz, el agua es potable.") == ["Juan Ortiz"]


def test_a_source_noun_before_an_aside() -> None:
    text = "A hospital spokesperson, who asked not to be named, said six patients were critical."
    assert _sources(text) == ["hospital spokesperson"]
    assert _sources("Police, who arrived within minutes, said the man fled.") == ["Police"]


def test_dash_opened_lines_are_direct_speech() -> None:
    texts = {
        1: "Глава района Ирина Лебедева приехала на место.\n— Мы никого не бросим и всех "
        "расселим, — сказала она журналистам.",
        2: "District head Irina Lebedeva visited the site. “We will not abandon anyone and will "
        "rehouse everybody,” she told reporters.",
    }
    assert _sources(texts[1]) == ["Ирина Лебедева"]
    groups = find_quote_variants(texts)
    assert [(q.article_id, q.speaker) for q in groups[0].quotes] == [
        (1, "Ирина Лебедева"),
        (2, "Irina Lebedeva"),
    ]


def test_a_russian_name_after_po_slovam_is_given_in_the_nominative_the_article_writes() -> None:
    texts = {
        1: "Штаб возглавляет Ирина Котова. По словам Ирины Котовой, вода спала за ночь.",
        2: "По словам Евгения Сорокина, дорогу откроют завтра.",
        3: "Директор школы Ирина Котова сказала, что занятия возобновятся.",
    }
    by_article = {a.article_id: a.source for a in find_attributions(texts)}
    assert by_article == {1: "Ирина Котова", 2: "Евгения Сорокина", 3: "Ирина Котова"}


def test_german_so_closing_a_sentence_and_written_posts() -> None:
    assert _sources("Die Lage sei ruhig, so die Polizei.") == ["Polizei"]
    assert _sources("Es regnete, so dass die Straße gesperrt wurde.") == []
    assert _sources("Глава региона Олег Петров написал в Telegram, что свет дали.") == [
        "Олег Петров"
    ]


def test_a_body_named_with_its_kind_noun_is_no_lone_surname_but_an_acronym_is() -> None:
    texts = {
        1: "Two men were arrested, Avon Police said.",
        2: "Avon Fire and Rescue Service said crews were still at the scene.",
        3: "The KBA statement said 12 cars were recalled.",
        4: "“We act fast,” a spokesman said, according to KBA state media.",
    }
    by_article = {a.article_id: a.source for a in find_attributions(texts)}
    assert by_article[1] != by_article[2]
    assert by_article[3] == by_article[4]


def test_who_estimates_is_cited() -> None:
    assert _sources("Officials estimated the damage at $2 million.") == ["Officials"]
    assert _sources("An estimated 3,000 people attended.") == []
    assert _sources("По оценкам Росгидромета, уровень воды поднимется.") == ["Росгидромета"]


def test_a_sentence_subject_speaking_through_its_second_verb() -> None:
    text = "The city bus company NRB put the damage at €2 million and said line 4 stays shut."
    assert _sources(text) == ["NRB"]
    assert _sources("Police arrested two men and said more arrests were possible.") == ["Police"]
    text = "Governor Ana Ruiz promised an inquiry and said troops would help."
    assert _sources(text) == ["Ana Ruiz"]
    assert _sources("Rescuers from Lviv pulled out three people and said the search went on.") == []


def test_a_lone_surname_quoted_with_a_speech_verb_is_a_speaker() -> None:
    texts = {
        1: "The council was attacked by hackers on Monday and the city said the systems were "
        "down.\n\n“We will not pay a single cent to these criminals,” Okafor said.",
        2: "El ayuntamiento sufrió un ataque el lunes y los sistemas de la ciudad siguen sin "
        "funcionar, según la policía.\n\n«No pagaremos ni un solo céntimo a estos "
        "criminales», dijo Okafor.",
    }
    groups = find_quote_variants(texts)
    assert [(q.article_id, q.speaker) for q in groups[0].quotes] == [(1, "Okafor"), (2, "Okafor")]


def test_she_said_cites_the_person_not_the_body_she_belongs_to() -> None:
    text = (
        "Station commander Ruth Alder of the Carrow Fire Service said 40 people were rescued. "
        '"I have never seen the river come up this fast," she said.'
    )
    assert _sources(text) == ["Ruth Alder"]
    text = "Ruth Alder arrived at noon.\n\n“The river rose fast,” she said."
    assert [a.quote for a in find_attributions({1: text})] == ["she said"]


def test_person_at_a_body_in_german_spanish_and_russian() -> None:
    text = "Die Sprecherin Anna Lang vom Landratsamt sagte, die Straße sei frei."
    assert _sources(text) == ["Anna Lang"]
    text = "El climatólogo Pedro Vance de la Universidad de Carrow dijo que hay más tormentas."
    assert _sources(text) == ["Pedro Vance"]
    text = "Климатолог Питер Вэнс из Университета Кэрроу рассказал, что штормы участились."
    assert _sources(text) == ["Питер Вэнс"]
    text = "«Nunca había visto subir el río tan rápido», declaró la jefa de bomberos, Ruth Alder."
    assert _sources(text) == ["Ruth Alder"]


def test_consecutive_quotes_and_the_one_remark_left_on_each_side() -> None:
    texts = {
        1: "Station commander Ruth Alder of the Carrow Fire Service said 40 people had been "
        'rescued. "I have never seen the river come up this fast," she said. "We will keep the '
        'pumps running until Friday."',
        2: "Die Feuerwehr war im Einsatz. „So schnell ist der Fluss noch nie gestiegen“, sagte "
        "Einsatzleiterin Ruth Alder. „Die Pumpen laufen bis Freitag weiter“, fügte sie hinzu.",
    }
    groups = find_quote_variants(texts)
    pairs = sorted(tuple(q.quote[:12] for q in g.quotes) for g in groups)
    assert pairs == [("I have never", "So schnell i"), ("We will keep", "Die Pumpen l")]
    assert all(g.speaker == "Ruth Alder" for g in groups)
