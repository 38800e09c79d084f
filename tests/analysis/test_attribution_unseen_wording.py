"""Whom an article cites when the wording is one no earlier event used (invented texts in six
languages): wires in datelines with a bracketed region or between slashes, wires credited in
a byline, and what stays no source."""

from __future__ import annotations

from tests.analysis.shapes import sources as _sources

_PROSE = "Der Stadtrat hat am Montag einen neuen Haushalt für das kommende Jahr beschlossen."


def test_a_dateline_with_the_region_in_brackets_names_its_wire():
    es = (
        "Titular del día\n\nPuerto Llano (Ciudad Real), 3 mar (Colpisa).- El pleno municipal "
        "aprobó este lunes el presupuesto para el año que viene por mayoría."
    )
    assert _sources(es) == ["Colpisa"]
    fr = (
        "Titre\n\nSaint-Malo (Ille-et-Vilaine), 4 mai (Ouest Presse) — Le conseil municipal a "
        "voté lundi soir le budget de l'année prochaine à une large majorité."
    )
    assert _sources(fr) == ["Ouest Presse"]


def test_a_wire_between_slashes_after_the_dateline_is_cited():
    ru = (
        "Заголовок\n\nОМСК, 2 мая. /Сибинформ/. Городской совет в понедельник утвердил бюджет "
        "на следующий год большинством голосов."
    )
    assert _sources(ru) == ["Сибинформ"]
    uk = (
        "Заголовок\n\nЛУЦЬК, 7 червня /Волиньпрес/. Міська рада у понеділок ухвалила бюджет "
        "на наступний рік більшістю голосів."
    )
    assert _sources(uk) == ["Волиньпрес"]


def test_slashes_inside_prose_or_a_short_line_give_no_wire():
    assert _sources("Заголовок\n\nОМСК, 2 мая /фото/.\n\n" + _PROSE) == []
    assert _sources("Title\n\nThe ratio rose to 3/4 of the vote on Monday, the count shows.") == []


def test_a_byline_crediting_a_wire_names_it_and_a_co_author_is_not_one():
    assert _sources("Titre\n\nPar Anne Roux, avec Belga\n\n" + _PROSE) == ["Belga"]
    assert _sources("Headline\n\nBy Tom Lee, with dpa\n\n" + _PROSE) == ["dpa"]
    assert _sources("Titular\n\nPor Ana Gil, con Europa Press\n\n" + _PROSE) == ["Europa Press"]
    assert _sources("Headline\n\nBy Tom Lee with Ann Marsh\n\n" + _PROSE) == []
    assert _sources("Headline\n\nBy Tom Lee, with additional reporting\n\n" + _PROSE) == []


def test_the_news_present_and_more_speech_verbs_name_the_subject():
    de = "Der Mieterverein Südpfalz warnt vor steigenden Nebenkosten im Winter."
    assert _sources(de) == ["Der Mieterverein Südpfalz"]
    es = "El portavoz vecinal, Tomás Arrieta, lamentó que nadie hubiera avisado."
    assert _sources(es) == ["Tomás Arrieta"]
    es2 = "La directora del museo, Irene Cabañas, destacó «el valor del hallazgo»."
    assert _sources(es2) == ["Irene Cabañas"]


def test_a_body_reminding_without_a_subject_is_the_place_it_speaks_from():
    ru = "В областной прокуратуре напомнили, что срок проверки истекает в мае."
    assert _sources(ru) == ["областной прокуратуре"]
    uk = "У міській раді нагадали, що пільги діють до травня."
    assert _sources(uk) == ["міській раді"]
    assert _sources("У МОЗ зазначають, що черга скоротилася.") == ["МОЗ"]


def test_verbs_with_another_sense_before_an_object_name_no_source():
    assert _sources("El puente sostiene buena parte del tráfico de la comarca.") == []
    assert _sources("Die Rentnerin Ilse Brandt schreibt seit Jahren Gedichte.") == []
    assert _sources("Residents complained about the noise all summer.") == []


def test_a_body_introduced_with_its_acronym_as_subject_is_cited_whatever_the_verb():
    de = "Vorher. Auch der Bundesverband der Obstbauern (BVO) erwartet eine kleine Ernte."
    assert _sources(de) == ["Bundesverband der Obstbauern (BVO)"]
    fr = (
        "Rien ne bouge. La Commission régionale pour la pêche (CRP), dont le siège est à "
        "Sète, prévoit une saison blanche."
    )
    assert _sources(fr) == ["Commission régionale pour la pêche (CRP)"]
    en = "It began in May. The Northern Road Safety Board (NRSB), which ran the study, had sought a ban."
    assert _sources(en) == ["Northern Road Safety Board (NRSB)"]
    es = "Nada cambió. El Instituto Nacional de Pesca Artesanal (Inpesca) cerró dos puertos."
    assert [s.lower() for s in _sources(es)] == ["instituto nacional de pesca artesanal (inpesca)"]


def test_brackets_that_spell_no_body_or_end_the_sentence_are_no_source():
    assert _sources("Ayer. La planta de Hornos en Teruel (Aragón) cuenta con 40 empleados.") == []
    assert _sources("Der Umzug ist geplant. Die neue Halle in Fürth (Archivbild).") == []
    assert _sources("Then the Northern Road Safety Board (NRSB).") == []
    assert _sources("Hier. Le maire Paul Morel (PS) inaugure la salle.") == []


def test_a_company_or_organisation_described_in_lower_case_is_cited():
    assert _sources("The plant will close in March, the company said.") == ["company"]
    assert _sources("La empresa aseguró que no habrá despidos este año.") == ["empresa"]
    es = "Según la organización del certamen, acudieron 4.000 personas."
    assert _sources(es) == ["organización del certamen"]
    assert _sources("Die Firma teilte mit, dass die Produktion ruhe.") == ["Firma"]


def test_the_short_name_of_a_ministry_after_a_russian_cue_is_a_body():
    ru = "По данным областного минтранса, движение восстановят к утру."
    assert _sources(ru) == ["областного минтранса"]
    uk = "За даними мінцифри, застосунком користуються 2 млн людей."
    assert _sources(uk) == ["мінцифри"]


def test_a_speech_verb_after_the_cue_is_no_part_of_the_source():
    es = "La obra costó 3 millones, según explicó la policía municipal."
    assert _sources(es) == ["policía municipal"]
    assert _sources("El coste subió, según informó la organización.") == ["organización"]


def test_an_official_in_the_singular_is_a_source_in_six_languages():
    fr = "« Les quais sont vides », explique un responsable du port, qui a requis l'anonymat."
    assert _sources(fr) == ["responsable du port"]
    assert _sources("The quays are empty, a senior official said.") == ["senior official"]
    assert _sources("Los muelles están vacíos, dijo un funcionario del puerto.") == [
        "funcionario del puerto"
    ]
    assert _sources("Причалы пусты, сказал чиновник порта.") == ["чиновник порта"]
    assert _sources("Причали порожні, сказав посадовець порту.") == ["посадовець порту"]


def test_a_body_described_by_noun_adjective_and_complement_is_one_source():
    fr = "Le débit a chuté de moitié, selon l'administration fluviale des canaux du Nord."
    assert _sources(fr) == ["administration fluviale des canaux du Nord"]
    es = "Según la policía autonómica de Navarra, hubo dos heridos."
    assert _sources(es) == ["policía autonómica de Navarra"]
    assert _sources("Selon la préfecture, rien ne presse.") == ["préfecture"]


def test_a_possessive_relative_clause_between_speaker_and_verb_is_skipped():
    en = "Skipper Henk Visser, whose barge has been moored since May, said he was losing money."
    assert _sources(en) == ["Henk Visser"]
    fr = "Le patron Jean Morel, dont le bateau est bloqué depuis samedi, a déclaré qu'il attend."
    assert _sources(fr) == ["Jean Morel"]
    es = "El patrón Juan Mora, cuyo barco está varado desde el sábado, dijo que pierde dinero."
    assert _sources(es) == ["Juan Mora"]
    de = "Skipper Jan Visser, dessen Schiff seit Samstag festliegt, sagte, er verliere Geld."
    assert _sources(de) == ["Jan Visser"]


def test_surname_particles_stay_inside_the_name():
    assert _sources("Henk van der Sluis said he was losing money.") == ["Henk van der Sluis"]
    assert _sources("The court, said Ana de la Fuente, was closed.") == ["Ana de la Fuente"]
    assert _sources("Ursula von der Brück sagte, sie sei froh.") == ["Ursula von der Brück"]
    assert _sources("Bei der Sluis sagte der Anwalt nichts.") == ["Anwalt"]


def test_a_german_wie_clause_names_its_subject_across_adverbials():
    de = "Die Firma übernimmt 85 Prozent, wie die Holzbau Meier am Dienstag mitteilte."
    assert _sources(de) == ["Holzbau Meier"]
    de2 = "Die Sperre beträgt 20 Monate, wie der Verband am Donnerstag in Bern bekanntgab."
    assert _sources(de2) == ["Verband"]
    de3 = "Zwei Menschen wurden verletzt, wie ein Sprecher der Stadtwerke am Abend sagte."
    assert _sources(de3) == ["Sprecher der Stadtwerke"]


def test_a_wie_clause_without_a_final_speech_verb_names_no_source():
    assert _sources("Er fragte sich, wie Deutschland im Winter reagierte.") == []
    assert _sources("Niemand weiß, wie die Stadt am Ende entscheidet.") == []


def test_a_body_forecasting_is_cited():
    assert _sources("Météo-Alpes prévoit de fortes pluies jeudi.") == ["Météo-Alpes"]
    es = "La Agencia Regional de Meteorología prevé lluvias hasta el lunes."
    assert _sources(es) == ["Agencia Regional de Meteorología"]
    ru = "Синоптики Омского ЦГМС прогнозируют похолодание до минус 20 градусов."
    assert _sources(ru) == ["Синоптики Омского ЦГМС"]


def test_a_headquarters_is_a_kind_of_body():
    en = "Roads were blocked, the regional flood headquarters said."
    assert _sources(en) == ["regional flood headquarters"]
    assert _sources("Дороги перекрыты, сообщил областной штаб.") == ["областной штаб"]


def test_an_object_pronoun_before_the_verb_is_no_part_of_a_body():
    assert "суд це" not in _sources("«Я рада, що суд це визнав», — написала вона.")
    assert "суд это" not in _sources("Я рада, что суд это признал.")
    assert _sources("Прокуратура района подтвердила это.") == ["Прокуратура района"]
