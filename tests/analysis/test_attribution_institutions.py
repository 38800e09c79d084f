"""Whom an article cites when a role, a body or an institution does the speaking (invented
texts in six languages): the person a role phrase describes ("said the secretary of the
dockers' union in Lower Saxony, Greta Holm"), and what is never a source."""

from __future__ import annotations

from tests.analysis.shapes import sources as _sources


def test_the_name_closing_a_role_phrase_is_the_source_not_the_body_in_it():
    ru = "«Вода чистая», — сказала руководитель Лаборатории водных ресурсов Полина Зорина."
    assert _sources(ru) == ["Полина Зорина"]
    de = '"Die Lage ist ruhig", sagte die Generaldirektorin für Verkehrsplanung, Ilse Brandauer.'
    assert _sources(de) == ["Ilse Brandauer"]
    es = (
        '"No firmaremos", ha afirmado el secretario de Transportes del sindicato en Aragón, '
        "Tomás Ibarguren."
    )
    assert _sources(es) == ["Tomás Ibarguren"]


def test_a_doctors_title_after_a_german_role_keeps_the_name():
    assert _sources('"Kein Risiko", sagte Amtsleiter Dr. Lothar Quendt am Freitag.') == [
        "Lothar Quendt"
    ]


def test_a_role_phrase_without_a_full_name_gives_no_person():
    assert _sources('"Alles ruhig", sagte die Sprecherin.') == ["Sprecherin"]


def test_courts_universities_press_offices_and_the_prosecution_are_bodies_cited():
    assert _sources("Le tribunal a estimé que les bulletins étaient nuls.") == ["tribunal"]
    assert _sources("In its ruling, the Aldgate county court said the permit was void.") == [
        "Aldgate county court"
    ]
    assert _sources("Приговор вступит в силу через месяц, сообщила пресс-служба суда.") == [
        "пресс-служба суда"
    ]
    assert _sources("Das Verfahren dauere an, teilte die Pressestelle mit.") == ["Pressestelle"]
    assert _sources("Сообщили в университете.") == ["университете"]


def test_a_demand_and_a_ruling_cite_whoever_made_them():
    assert _sources("Гособвинение просило для подсудимого семь лет.") == ["Гособвинение"]
    assert _sources("Prosecutors had asked for seven years.") == ["Prosecutors"]
    assert _sources("Le parquet avait requis trois ans.") == ["parquet"]
    assert _sources("Orlov was acquitted, the Norwich crown court ruled.") == [
        "Norwich crown court"
    ]


def test_asking_others_to_act_and_ruling_out_cite_no_one():
    assert _sources("Police asked anyone with information to call the hotline.") == []
    assert _sources("Police ruled out foul play.") == []


def test_two_lower_case_descriptions_sharing_an_adjective_stay_two_sources():
    text = (
        "The search lasted two days, according to regional police. Doctors at the regional "
        "hospital said he would recover."
    )
    assert len(set(_sources(text))) == 2


def test_a_verdict_of_guilt_is_no_admission():
    assert _sources("Районный суд Твери признал бывшего мэра виновным в растрате.") == []
    assert _sources("Суд Житомира визнав колишнього депутата винним.") == []
    assert _sources("Директор фабрики Пётр Лыков признал, что насосы были старыми.") == [
        "Пётр Лыков"
    ]


def test_a_bracketed_acronym_between_a_body_and_its_verb_keeps_the_body():
    [de] = _sources("Der Westfälische Schachbund (WSB) kündigte an, den Fall zu prüfen.")
    assert "Westfälische Schachbund" in de
    [en] = _sources("The Pacific Rowing Federation (PRF) said the regatta would resume.")
    assert "Pacific Rowing Federation" in en
    [ru] = _sources("Союз садоводов Приморья (ССП) сообщил, что урожай погиб.")
    assert "Союз садоводов Приморья" in ru


def test_a_place_in_the_genitive_before_the_verb_names_whose_body_spoke():
    assert _sources("Спілка фермерів Полтавщини заявила, що врожай загинув.") == [
        "Спілка фермерів Полтавщини"
    ]
    assert _sources("Совет ветеранов Камчатки сообщил, что парад отменён.") == [
        "Совет ветеранов Камчатки"
    ]


def test_a_lone_surname_after_a_genitive_cue_takes_the_articles_own_nominative():
    text = "«Лёд тонкий», — сказала Инга Ромашова. По словам Ромашовой, выходить опасно."
    assert set(_sources(text)) == {"Инга Ромашова"}
    text = "Капитан Олег Сундуков вышел на связь. По словам Сундукова, судно цело."
    assert _sources(text) == ["Сундуков"]
    assert _sources("По словам Ромашовой, выходить опасно.") == ["Ромашовой"]


def test_a_noun_inside_a_german_prepositional_phrase_is_no_speaker():
    assert _sources("Nach einer kurzen Unterbrechung erklärte er das Spiel für beendet.") == []
    assert _sources("Wer Husten hat, soll sich bei seinem Hausarzt melden.") == []
    assert _sources("Die Feuerwehr erklärte, es gebe keine Verletzten.") == ["Feuerwehr"]


def test_two_bodies_joined_by_and_before_one_verb_are_both_cited():
    assert set(_sources("CNT y USO han exigido la retirada del plan.")) == {"CNT", "USO"}
    assert set(_sources("The RMT and the TSSA said the offer was too low.")) == {"RMT", "TSSA"}
    assert _sources("La Junta de Castilla y León ha pedido calma.") == [
        "La Junta de Castilla y León"
    ]
    assert _sources("Rain and wind said nothing.") == []


def test_an_impersonal_verb_with_the_outlet_told_before_the_body():
    text = "Про це повідомили Укрінформу в обласному управлінні поліції."
    assert set(_sources(text)) == {"Укрінформу", "обласному управлінні поліції"}
    text = "Находку описали подробно, сообщили РИА Новости в Уральском горном университете."
    assert "Уральском горном университете" in _sources(text)


def test_a_body_cited_by_its_kind_alone_takes_the_full_name_the_article_gives():
    text = (
        "Рибний комітет Молдови оштрафував трьох перевізників. "
        "За даними комітету, порушення тривали два роки."
    )
    assert set(_sources(text)) == {"Рибний комітет Молдови"}
    text = (
        "The Harbour Safety Authority closed the pier on Monday. The pier was unsafe, "
        "according to the authority."
    )
    assert set(_sources(text)) == {"Harbour Safety Authority"}
    assert _sources("The pier was unsafe, according to the authority.") == ["authority"]


def test_a_judge_or_a_deputy_after_an_inverted_verb_is_named_past_the_place():
    text = "Los presos siguen aislados, según confirmó el juez federal de Trelew, Ramiro Quiroga."
    assert _sources(text) == ["Ramiro Quiroga"]
    text = '"No", insistió ayer el subsecretario de Aguas, Mariano Ocampo, durante la visita.'
    assert _sources(text) == ["Mariano Ocampo"]


def test_a_verb_after_a_quote_and_a_dash_names_the_speaker_after_it():
    text = "«Приговор окончательный», - огласила решение судья Анна Ветрова."
    assert _sources(text) == ["Анна Ветрова"]


def test_reaffirming_verbs_and_a_demonstrative_object_in_german():
    assert _sources("Amtsärztin Jana Roth bekräftigte am Abend, es bestehe keine Gefahr.") == [
        "Jana Roth"
    ]
    text = "Die Halle bleibt zu. Das kündigte Bürgermeisterin Anke Sellin am Abend im Rathaus an."
    assert _sources(text) == ["Anke Sellin"]
    assert _sources("El ministro Luis Pardo reiteró que no habrá cambios.") == ["Luis Pardo"]
    assert _sources("Губернатор Олег Сычёв подтвердил, что дорогу откроют.") == ["Олег Сычёв"]


def test_advising_verbs_cite_the_body_that_advises():
    [de] = _sources("Das Hygieneinstitut Nordheim (HIN) rät Reisenden, sich testen zu lassen.")
    assert "Hygieneinstitut Nordheim" in de
    assert _sources("Customs officers seized the crates, customs said.") == ["customs"]
    assert _sources("The recommended dose is low.") == []


def test_people_cited_by_kind_keep_the_body_they_work_at():
    text = "The fossil is 30,000 years old, according to researchers at Tromsø Polar University."
    assert _sources(text) == ["researchers at Tromsø Polar University"]
    text = "The reef is recovering, according to experts from the Coral Trust of Belize."
    assert _sources(text) == ["experts from the Coral Trust of Belize"]
    assert _sources("The bridge is safe, according to officials in Lyon.") == ["officials"]


def test_a_count_after_the_verb_and_a_wire_desk_code_are_no_sources():
    text = "La Conselleria de Pesca ha confirmado 14 casos entre clientes del hotel Mar Blava."
    assert _sources(text) == ["La Conselleria de Pesca"]
    text = (
        "Trier (dpa/lrs) - Nach einem Unfall auf der B51 war die Strecke am Morgen gesperrt, "
        "teilte die Polizei mit."
    )
    assert _sources(text) == ["dpa", "Polizei"]


def test_a_pluperfect_and_a_role_set_off_by_commas_still_name_the_speaker():
    text = "À l'audience, la procureure Odile Verdier avait dénoncé « un système »."
    assert _sources(text) == ["Odile Verdier"]
    text = "« Il est innocent », répète son avocate, Me Claire Sauvan, qui fera appel."
    assert _sources(text) == ["Claire Sauvan"]
    text = '"No lo sabíamos", reconoce su abogada, Dra. Lucía Peñalver, ante el juez.'
    assert _sources(text) == ["Lucía Peñalver"]


def test_issuing_a_statement_cites_the_issuer_issuing_anything_else_does_not():
    assert _sources("Hartlepool issued a statement condemning the chants.") == ["Hartlepool"]
    assert _sources("La naviera Marmonte publicó un comunicado en el que lo niega todo.") == [
        "Marmonte"
    ]
    assert _sources("The city issued 40 permits.") == []
    assert _sources("Police released two suspects.") == []
    text = "La maire, Odile Brasseur, s'est dite « soulagée pour les habitants »."
    assert _sources(text) == ["Odile Brasseur"]


def test_spanish_plural_preterites_cite_their_subject():
    text = "Fuentes de la Gobernación indicaron que el puerto seguirá cerrado."
    assert _sources(text) == ["Gobernación"]
    assert _sources("Los bomberos informaron que el fuego está controlado.") == ["bomberos"]
    assert _sources("Los vecinos publicaron fotos del incendio.") == []
    assert _sources("Zwei Imker auf der badischen Rheinseite meldeten tote Bienen.") == []


def test_a_role_before_an_inverted_name_vouches_for_a_surname_the_dictionary_knows():
    text = "«Решение окончательное», - огласила приговор судья Ольга Козлова."
    assert _sources(text) == ["Ольга Козлова"]
    text = "«Решение окончательное», - огласила приговор Ольга Козлова."
    assert _sources(text) == []
