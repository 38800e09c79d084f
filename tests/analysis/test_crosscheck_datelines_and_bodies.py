"""Attribution rules on invented texts: the wire agency of a dateline ("LYON (AFP) —",
"Brno, 3 abr (Europa Press). —", "ОДЕССА, 4 мая — Интерфакс."), in every language, and the
lines that look alike but name no agency."""

from __future__ import annotations

from tests.analysis.shapes import sources as _sources

_BODY = (
    " A storm flattened three greenhouses near the river on Sunday night and cut power to farms."
)


def test_agency_in_a_dateline_is_cited():
    assert _sources("Greenhouses flattened\n\nLYON (AFP) —" + _BODY) == ["AFP"]
    assert _sources("Storm\n\nGRAZ, Austria (Alpenpresse) —" + _BODY) == ["Alpenpresse"]
    assert _sources(
        "Sturm\n\nLinz (apa) – Ein Sturm hat drei Gewächshäuser am Fluss zerstört."
    ) == ["apa"]
    es = "Tormenta\n\nBrno, 3 abr (Prensa Unida). — Una tormenta destruyó tres invernaderos junto al río."
    assert _sources(es) == ["Prensa Unida"]
    ru = "Буря\n\nОДЕССА, 4 мая — Интерфакс. Буря разрушила три теплицы у реки в воскресенье ночью."
    assert _sources(ru) == ["Интерфакс"]


def test_two_agencies_in_one_dateline_are_both_cited():
    assert sorted(_sources("Storm\n\nLYON (AFP/Reuters) —" + _BODY)) == ["AFP", "Reuters"]


def test_lines_shaped_like_datelines_name_no_agency():
    assert _sources("Storm\n\nLYON (archive) —" + _BODY) == []
    assert _sources("Storm\n\nLYON — A storm flattened three greenhouses near the river.") == []
    late = "Storm\n\n" + "Rain fell all week over the valley and the farms.\n\n" * 5
    assert _sources(late + "LYON (AFP) —" + _BODY) == []
    assert _sources("Storm\n\nCall us (free) — 0800 12 12") == []


def test_a_name_in_quotation_marks_after_the_cue_is_the_source():
    assert _sources("Воды нет в трёх районах, сообщает «Вечерний Тверск».") == ["Вечерний Тверск"]
    assert _sources("Як повідомляє «Поділля.info», світло дали вранці.") == ["Поділля.info"]
    de = "Drei Ställe brannten ab, berichtet die Zeitung „Heimatbote“ am Montag."
    assert _sources(de) == ["Heimatbote"]


def test_a_quoted_name_after_a_kind_word_replaces_the_kind_word():
    assert _sources("Пожар потушили к утру, сообщает агентство «Юг-Информ».") == ["Юг-Информ"]
    assert _sources("Тиск відновили, повідомили в ТОВ «Містотепло».") == ["Містотепло"]


def test_a_quoted_remark_after_a_verb_is_not_a_source():
    assert _sources("Он заявил «Мы готовы». Потом ушёл.") == []
    assert _sources("Вона сказала: «Ми чекали три дні». Потім пішла.") == []
    long = _sources("Мэр заявил «Ничего страшного не произошло, все работают как обычно».")
    assert not any("Ничего" in s for s in long)


def test_a_one_word_name_after_a_kind_noun_is_the_source_not_the_adjective():
    assert _sources("Two barns burned, according to Latvian broadcaster Vidzeme.") == ["Vidzeme"]
    assert _sources("Two barns burned, according to Polish news agency Kurier.") == ["Kurier"]
    assert _sources("Selon la chaîne publique Arte, deux granges ont brûlé.") == ["Arte"]


def test_a_place_before_a_body_without_a_name_stays_the_source():
    assert _sources("According to Latvian police, two barns burned.") == ["Latvian police"]
    assert _sources("According to Riga prosecutors Monday, two barns burned.") == [
        "Riga prosecutors"
    ]


def test_present_tense_speech_verbs_and_plural_bodies_cite_the_group():
    assert _sources("Three ferries were cancelled, which prosecutors say is a first.") == [
        "prosecutors"
    ]
    assert _sources("Lifeguards were busy. Police say the beach will reopen.") == ["Police"]
    assert _sources("Hospitals are full, the federations said on Monday.") == ["federations"]
    assert _sources("Les syndicats affirment que la grève continue.") == ["Les syndicats"]


def test_pronouns_before_a_present_tense_verb_are_not_sources():
    assert _sources("I say we wait until the water goes down.") == []
    assert _sources("We say no to the new dam, and we mean it.") == []


def test_cyrillic_source_nouns_in_the_genitive_after_a_cue():
    assert _sources("По данным прокуратуры, склад горел всю ночь.") == ["прокуратуры"]
    assert _sources("За даними поліції, двоє людей отримали опіки.") == ["поліції"]
    assert _sources("По словам экспертов, дамба выдержит.") == ["экспертов"]


def test_a_body_with_a_capitalised_genitive_place_or_abbreviation_before_the_verb():
    assert _sources("Правительство Молдовы заявило, что помощь уже в пути.") == [
        "Правительство Молдовы"
    ]
    assert _sources("Управление МЧС заявило, что эвакуация завершена.") == ["Управление МЧС"]
    assert _sources("Руководство завода заявило, что цех закрыт.") == ["Руководство завода"]


def test_impersonal_plural_urging_cites_the_body_it_is_located_in():
    text = "У поліції Житомирської області закликали водіїв не виїжджати на трасу."
    assert _sources(text) == ["поліції Житомирської області"]
    assert _sources("Водителей призвали не выезжать на трассу.") == []


def test_a_name_running_on_in_lower_case_to_its_acronym_is_one_source():
    text = "Según el Servicio de vigilancia costera (SVC), el barco se hundió."
    assert _sources(text) == ["Servicio de vigilancia costera (SVC)"]
    fr = "Le feu est éteint, a indiqué l'Office des forêts domaniales (ODF)."
    assert _sources(fr) == ["Office des forêts domaniales (ODF)"]


def test_words_after_a_name_that_do_not_spell_the_acronym_are_left_out():
    assert _sources("Two died, said Petrov in an interview (TASS).") == ["Petrov"]
    found = _sources("Según el Servicio de guardacostas (Madrid), el barco se hundió.")
    assert not any("Madrid" in s for s in found)


def test_a_body_and_its_one_word_name_set_off_by_commas():
    assert _sources("The regional grid operator, Enerko, said power was back.") == ["Enerko"]
    text = "The ONSR, Latvia's nuclear safety regulator, said the plant was safe."
    assert _sources(text) == ["ONSR"]
    assert _sources("The operator, however, said power was back.") != ["however"]


def test_says_adds_and_verbs_of_regret_or_insistence_after_a_quote_name_the_speaker():
    assert _sources('"We were too late," says Anna Berg, the harbour master.') == ["Anna Berg"]
    assert _sources('"We were too late," recalled Anna Berg.') == ["Anna Berg"]
    assert _sources("« C'est trop tard », déplore Paul Morel.") == ["Paul Morel"]
    assert _sources("« C'est trop tard », a lancé Paul Morel, le maire.") == ["Paul Morel"]
    assert _sources("«Nadie lo esperaba», lamentó Inés Ruiz.") == ["Inés Ruiz"]
    assert _sources("„Das war zu spät“, beklagte Jonas Weber.") == ["Jonas Weber"]
    assert _sources("«Мы не успели», признала Ольга Петрова.") == ["Ольга Петрова"]


def test_the_same_verbs_without_a_quote_before_them_cite_nobody():
    assert _sources("La mairie lance des travaux sur la place du marché.") == []
    assert _sources("Il a lancé un appel aux dons pour les sinistrés.") == []


def test_the_subject_of_a_sentence_opening_a_quote_after_a_colon_is_cited():
    es = "La jefa de bomberos, Lucía Pardo, defendió el operativo: «Llegamos en seis minutos»."
    assert _sources(es) == ["Lucía Pardo"]
    de = "Anna Berg zeigte sich erleichtert: „Alle Tiere sind gerettet“."
    assert _sources(de) == ["Anna Berg"]
    en = 'Ola Lind, the harbour master, looked at the hull: "It will not float again."'
    assert _sources(en) == ["Ola Lind"]


def test_a_name_that_is_the_object_or_a_heading_before_a_colon_quote_is_not_cited():
    assert _sources("Police arrested Ivan Petrov: «He was armed».") == []
    assert _sources("Update: «All roads are open again».") == []
    assert _sources("The storm hit at night: «Nobody slept».") == []


def test_german_according_to_information_estimates_and_findings():
    assert _sources("Nach Informationen des Hessischen Rundfunks brannte die Halle.") == [
        "Hessischen Rundfunks"
    ]
    assert _sources("Nach Erkenntnissen der Ermittler war der Fahrer müde.") == ["Ermittler"]
    assert _sources("Nach Schätzungen der Feuerwehr brannten 40 Hektar.") == ["Feuerwehr"]
    assert _sources("Die Schätzung lag bei drei Millionen Euro.") == []


def test_adding_something_is_not_speech_adding_words_is():
    assert _sources("Trains were full, so the rail operators have added extra carriages.") == []
    assert _sources("Перевозчики добавили два вагона к поезду.") == []
    assert _sources("Le maire a ajouté une ligne de bus.") == []
    assert _sources("Two bridges stay shut, the rail operators added.") == ["rail operators"]


def test_he_or_she_after_a_quote_is_the_person_not_the_firm_named_after_a_kind_noun():
    text = (
        "Pavel Orlov runs the ferry company, Nordline Ferries, and was there. "
        '"The ramp was fine," he told journalists.'
    )
    assert _sources(text) == ["Pavel Orlov"]
    text = "Inés Vidal dirige la empresa, Naviera Sur. «La rampa estaba bien», dijo ella."
    assert "Naviera Sur" not in _sources(text)


def test_the_body_a_speaker_addresses_is_not_a_source():
    assert _sources("«Nadie lo vio», declaró el guardia ante el Tribunal Supremo.") == []
    fr = "« Rien n'a été caché », a déclaré le directeur devant la Commission d'enquête."
    assert _sources(fr) == []
    assert "Landtag" not in " ".join(_sources("„Wir wussten nichts“, sagte sie vor dem Landtag."))
    assert _sources("«Nadie lo vio», declaró ante los jueces Marta Gil.") == ["Marta Gil"]


def test_a_quoted_name_before_the_speech_verb_is_the_source():
    assert _sources("Компания «Север-Трейд» заявила, что рейсы отменены.") == ["Север-Трейд"]
    assert _sources("ТОВ «Містотепло» повідомило, що тиск відновлено.") == ["Містотепло"]
    assert _sources("«Тверьводоканал» сообщил, что вода будет к вечеру.") == ["Тверьводоканал"]
    de = "Die Zeitung „Heimatbote“ berichtete, dass drei Ställe brannten."
    assert _sources(de) == ["Heimatbote"]
    ru = "Активисты организации «Чистая река» заявили, что рыба гибнет."
    assert _sources(ru) == ["Чистая река"]


def test_a_quoted_word_before_a_verb_that_is_no_name_is_not_a_source():
    assert _sources("«Нет» сказали жители деревни.") == []
    assert _sources('"Stop" says the sign at the gate.') == []
