"""Mechanisms of the quote cross-check, on invented texts: one speaker written with
names of different lengths and orders, the speaker of a colon-introduced quote, German
closing marks, a pronoun the citation already resolved, and one remark per article sharing
one rare word."""

from __future__ import annotations

from kursk_reader.analysis.quote_concepts import STRONG, concepts
from kursk_reader.analysis.quote_growth import same_person
from kursk_reader.analysis.quote_pairing import same_surname
from kursk_reader.analysis.quotes import find_quote_variants


def _groups(texts: dict[int, str]) -> list[tuple[str, list[int]]]:
    return [(g.speaker, sorted(q.article_id for q in g.quotes)) for g in find_quote_variants(texts)]


def test_one_person_written_with_names_of_different_lengths_and_orders() -> None:
    assert same_surname("Lucía Ferrán Oyarzun", "Lucía Ferrán")
    assert same_surname("Ferrán", "Lucía Ferrán")
    assert same_surname("Choi Min-seok", "Choe Min Seok")
    assert same_surname("Choi Min-seok", "Choi Meen-seok")
    assert same_surname("Hafenchefin Choi Min-seok", "Choe Min Seok")
    assert not same_surname("Choi Min-seok", "Choi Ha-eun")
    assert not same_person("Lucía Ferrán", "Pedro Oyarzun Ferrán")
    assert not same_person("Choi Min-seok", "Choe Ha-eun")


def test_a_speaker_with_a_second_surname_in_one_article_pairs_across_languages() -> None:
    texts = {
        1: "The ferry's captain, Lucía Ferrán Oyarzun, was rescued. “The engine stopped "
        "and the current carried us onto the rocks,” she told the coastguard.",
        2: "Según la capitanía, la capitana Lucía Ferrán dijo que el motor “se paró y la "
        "corriente nos arrastró contra las rocas”.",
    }
    assert _groups(texts) == [("Lucía Ferrán Oyarzun", [1, 2])]


def test_a_colon_after_a_verb_of_no_speech_introduces_the_named_person() -> None:
    texts = {
        1: "Bürgermeisterin Ilse Vogtmann wandte sich am Abend an die Bürger: „Niemand muss "
        "heute Nacht im Freien schlafen, die Turnhalle bleibt geöffnet.“ Polizeisprecher "
        "Kurt Aland sagte, die Straße bleibe gesperrt.",
        2: "Mayor Ilse Vogtmann said: “Nobody has to sleep outside tonight, the gym stays open.”",
    }
    groups = _groups(texts)
    assert groups and groups[0][0].endswith("Vogtmann") and groups[0][1] == [1, 2]


def test_a_german_closing_mark_ends_the_quote_before_the_next_speaker() -> None:
    texts = {
        1: "Ilse Vogtmann wandte sich an die Bürger: „Die Turnhalle bleibt die ganze Nacht "
        "geöffnet.“ Kurt Aland sagte, die Straße bleibe gesperrt.",
        2: "Kurt Aland sagte: „Die Turnhalle bleibt die ganze Nacht für alle geöffnet.“",
    }
    # two speakers and not nearly the same words: Aland is not made the speaker of 1
    assert all("Aland" not in speaker for speaker, _ in _groups(texts))


def test_a_pronoun_after_a_quote_is_the_person_not_a_body_cited_earlier() -> None:
    texts = {
        1: "About 300 flats lost heating, Brenna Heat Services said. Chief executive Park Seo-yeon "
        "apologised in a letter to tenants. “I regret every cold night our failure has "
        "caused,” he said.",
        2: "Pak Seo Yeon wrote to tenants: “I am sorry for each cold night that our "
        "failure has caused you.”",
    }
    groups = _groups(texts)
    assert groups and groups[0][0] == "Park Seo-yeon" and groups[0][1] == [1, 2]


def test_one_remark_each_sharing_one_rare_word_pairs_two_remarks_do_not() -> None:
    once = {
        1: "The shop owner, Dana Welk, counted the damage. “Not one bracelet is left in the "
        "shop,” Welk said.",
        2: "“They grabbed the bracelets and ran,” jeweller Dana Welk told police.",
        3: "Police said the thieves fled on a scooter. The jeweller is insured.",
    }
    assert _groups(once) == [("Dana Welk", [1, 2])]
    twice = dict(once)
    twice[2] = once[2] + " “The insurer will pay for new display cases,” Welk added."
    assert _groups(twice) == []  # two remarks in article 2: one rare word decides nothing


def test_two_people_of_one_surname_stay_apart() -> None:
    texts = {
        1: "“Not one bracelet is left in the shop,” said Dana Welk.",
        2: "“They took every bracelet in the window,” said her husband, Piotr Welk.",
        3: "Police said the thieves fled on a scooter.",
    }
    assert _groups(texts) == []


def test_a_shared_rare_word_needs_matching_numbers_and_one_language() -> None:
    texts = {
        1: "“We lost 40 sheep to the flood,” said farmer Ondrej Malik.",
        2: "“Twelve of my sheep drowned in the night,” said Ondrej Malik.",
        3: "The river rose two metres overnight, officials said.",
    }
    assert _groups(texts) == []


def test_slavic_case_endings_do_not_hide_a_shared_word() -> None:
    texts = {
        1: "В посёлке ввели режим ЧС.\n\n«Вода уходила по ночам сквозь трещину в дамбе», — "
        "рассказал инженер Игорь Лапин.",
        2: "Жителей эвакуировали.\n\n«Ночью река просачивалась через дамбу», — заявил Игорь Лапин.",
    }
    assert _groups(texts) == [("Игорь Лапин", [1, 2])]
    texts[2] += " «Завтра приедут водолазы и проверят опоры», — добавил Лапин."
    (group,) = find_quote_variants(texts)  # the second remark of article 2 stays out
    assert [q.quote[:5] for q in group.quotes] == ["Вода ", "Ночью"]


def test_a_quoted_fragment_of_three_words_counts_when_its_sentence_names_the_speaker() -> None:
    texts = {
        1: "„Die Schranke am Übergang war offenbar nicht richtig geschlossen“, sagte "
        "Polizeisprecherin Anke Moll am Morgen.",
        2: "Polizeisprecherin Anke Moll sagte, die Schranke sei „nicht richtig geschlossen“ "
        "gewesen.",
    }
    assert [ids for _, ids in _groups(texts)] == [[1, 2]]
    texts[2] = "Auf einem Schild an der Schranke stand „nicht richtig geschlossen“ geschrieben."
    assert _groups(texts) == []  # a fragment nobody is named as saying is no quote


def test_a_role_word_run_into_a_name_or_a_second_surname_is_one_person() -> None:
    assert same_person("Hafen-Sprecher Jens Ott", "Jens Ott")
    assert same_person("Rodrigo Valdés Ibarra", "Rodrigo Valdés")
    assert not same_person("Anna Kovalenko", "Petro Kovalenko")
    assert not same_person("Hafen-Sprecher Jens Ott", "Petra Ott")


def test_whom_a_remark_was_made_before_is_not_its_speaker() -> None:
    texts = {
        1: "La capitana del pesquero, Nerea Olaizola Ibarguren, fue rescatada con vida.\n\n"
        "«El agua entró por la sala de máquinas en pocos minutos», declaró la capitana ante "
        "la Fiscalía Marítima.",
        2: "“Water came through the engine room within minutes,” captain Nerea Olaizola said.",
    }
    (group,) = find_quote_variants(texts)
    assert all("Olaizola" in q.speaker for q in group.quotes)
    assert "Olaizola" in group.speaker


def test_a_compound_opening_like_a_word_of_another_language_is_a_cognate() -> None:
    texts = {
        1: "„An den Turbinenschaufeln haben wir feine Risse gefunden“, sagte Ingenieurin "
        "Maren Dahl.",
        2: "Engineer Maren Dahl said inspectors had spotted hairline damage on the turbines' "
        "blades.",
        3: "Ingenieurin Maren Dahl sagte, man habe „feine Risse an den Turbinenschaufeln“ "
        "entdeckt.",
    }
    (group,) = find_quote_variants(texts)
    assert sorted({q.article_id for q in group.quotes}) == [1, 2, 3]
    texts[2] = "Engineer Maren Dahl said the plant would restart after a week of checks."
    (group,) = find_quote_variants(texts)
    assert sorted({q.article_id for q in group.quotes}) == [1, 3]


def test_ukrainian_number_words_with_an_apostrophe_are_numbers() -> None:
    assert f"{STRONG}n=9" in concepts("Ми чекали дев'ять годин")
    assert f"{STRONG}n=50" in concepts("Трубі п’ятдесят років")


def _bridge(russian: str) -> dict[int, str]:
    return {
        1: "“The bridge is eighty years old and it simply could not carry the trucks,” "
        "engineer Ivan Koval told reporters.",
        2: "«Мосту вже вісімдесят років, і він просто не витримав ваги вантажівок», — "
        "сказав інженер Іван Коваль.",
        3: f"«{russian}», — сказал инженер Иван Коваль.",
    }


def test_a_fragment_may_leave_out_the_number_of_the_remark_it_is_cut_from() -> None:
    (group,) = find_quote_variants(_bridge("просто не выдержал тяжести грузовиков"))
    assert sorted(q.article_id for q in group.quotes) == [1, 2, 3]
    (group,) = find_quote_variants(_bridge("Движение для машин откроют не раньше весны"))
    assert sorted(q.article_id for q in group.quotes) == [1, 2]  # a whole other remark


def _valley(english: str) -> dict[int, str]:
    return {
        1: english,
        2: "« C'est la pire crue que nous ayons vue dans cette vallée », déplore la "
        "responsable du site, Ruth Adeyemi.",
        3: "La directora Ruth Adeyemi calificó la riada de «la peor que hemos visto en este "
        "valle en treinta años».",
    }


def test_verbs_of_describing_and_of_feeling_bring_in_a_speaker() -> None:
    texts = _valley(
        "Site manager Ruth Adeyemi described the flood as “the worst we have seen in this valley”."
    )
    (group,) = find_quote_variants(texts)
    assert sorted(q.article_id for q in group.quotes) == [1, 2, 3]
    assert all(q.speaker.endswith("Adeyemi") for q in group.quotes)


def test_a_person_before_a_verb_of_no_speech_is_not_the_speaker() -> None:
    texts = _valley(
        "Site manager Ruth Adeyemi walked past a sign that read “the worst we have seen in "
        "this valley”."
    )
    groups = find_quote_variants(texts)
    assert all(q.article_id != 1 for g in groups for q in g.quotes)


def test_the_subject_of_a_reported_clause_is_not_the_speaker() -> None:
    texts = {
        1: "“He took money from pensioners who trusted him,” said prosecutor Ines Hartwig.",
        2: "Prosecutor Ines Hartwig, who brought the case, said Dorn had “taken money from "
        "pensioners who trusted him”.",
    }
    (group,) = find_quote_variants(texts)
    assert [q.speaker for q in group.quotes] == ["Ines Hartwig", "Ines Hartwig"]
