"""More ways an article names whom it cites (invented texts): a body with adjectives after
it ("selon la police portuaire"), verbs of asking, demanding, admitting and estimating before
a speaker, speech verbs after a quote ("», confie X"), and what never counts as a source."""

from __future__ import annotations

from kursk_reader.analysis.attributions import find_attributions
from tests.analysis.shapes import sources as _sources


def test_a_source_noun_with_adjectives_after_it_is_one_source():
    assert _sources("Le pont a cédé vers midi, selon la police portuaire.") == ["police portuaire"]
    assert _sources("Según la policía municipal, el puente cedió al mediodía.") == [
        "policía municipal"
    ]
    assert _sources("Das Dach hielt nicht, sagte Rinaldo Vesti, selon les autorités sanitaires.")[
        -1
    ] == ("autorités sanitaires")


def test_a_time_word_after_a_source_noun_is_not_its_modifier():
    sources = _sources("La grue est tombée, selon la police hier.")
    assert "police hier" not in sources


def test_verbs_of_asking_demanding_and_admitting_name_their_speaker():
    assert _sources("La alcaldesa de Olmeda, Carmen Riquelme, pidió calma a los vecinos.") == [
        "Carmen Riquelme"
    ]
    [german] = _sources("Landrat Henrik Oldemeier forderte eine schnelle Aufklärung.")
    assert german.endswith("Henrik Oldemeier")
    assert _sources("Директор завода Пётр Лыков признал, что насосы были старыми.") == [
        "Пётр Лыков"
    ]
    assert _sources("Мер міста Остап Гнатів запропонував перенести ярмарок.") == ["Остап Гнатів"]


def test_a_speech_verb_after_a_quote_names_the_speaker_after_it():
    text = "« On n’a rien vu venir », confie Mireille Dauzat, gardienne du phare."
    assert _sources(text) == ["Mireille Dauzat"]
    text = "« Le vent a tourné d’un coup », a confié Gaspard Leroux, le skipper."
    assert _sources(text) == ["Gaspard Leroux"]


def test_an_object_of_a_verb_of_asking_is_not_the_speaker():
    assert _sources("Les habitants ont demandé des explications à la mairie.") == []


def _all_sources(text: str) -> list[str]:
    return [a.source for a in find_attributions({1: text})]


_PROSE = "A crane toppled onto the quay on Sunday and blocked the port road for hours.\n"


def test_an_outlet_in_a_byline_is_a_source_a_place_or_role_there_is_not():
    head = "Crane topples in Port Verlo\n\nBy Ilse Marten, The Harbour Times\n\n"
    assert _all_sources(head + _PROSE) == ["The Harbour Times"]
    head = "Une grue s'effondre\n\nPar Anne Roux | Le Courrier du Sud\n\n"
    assert _all_sources(head + _PROSE) == ["Le Courrier du Sud"]
    head = "Crane topples in Port Verlo\n\nBy Ilse Marten, Port Verlo\n\n"
    assert _all_sources(head + _PROSE) == []
    head = "Crane topples in Port Verlo\n\nBy Ilse Marten, Chief Reporter\n\n"
    assert _all_sources(head + _PROSE) == []


def test_an_outlet_in_a_dated_credit_line_is_a_source_a_section_menu_is_not():
    head = "Crane topples in Port Verlo\n\nCoast News | Posted: May 3\n\n"
    assert _all_sources(head + _PROSE) == ["Coast News"]
    head = "Crane topples in Port Verlo\n\nNews | Local | Weather\n\n"
    assert _all_sources(head + _PROSE) == []


def test_a_dateline_place_with_lower_case_words_still_names_its_agency():
    body = " Una grúa cayó sobre el muelle el domingo y bloqueó la carretera del puerto."
    assert _all_sources("Cae una grúa\n\nVilanova de Arousa (EFE).-" + body) == ["EFE"]
    body = " Ein Kran stürzte am Sonntag auf den Kai und blockierte die Hafenstraße."
    assert _all_sources("Kran stürzt\n\nHalle an der Saale (dpa) -" + body) == ["dpa"]


def test_owners_doctors_and_lawyers_are_sources_with_what_qualifies_them():
    assert _sources("The ferry's owners estimate the repairs at €2 million.") == ["ferry's owners"]
    assert _sources("Selon les propriétaires du ferry, la réparation coûtera cher.") == [
        "propriétaires du ferry"
    ]
    assert _sources("Die Ärzte der Klinik sagten, er sei außer Lebensgefahr.") == [
        "Ärzte der Klinik"
    ]
    assert _sources("The skipper denies any fault, his lawyer said.") == ["his lawyer"]


def test_a_name_closing_a_described_aside_is_the_speaker_not_the_role_before_it():
    text = "The hull was found when its owner, the Dutch diver Pieter Vos, said it was intact."
    assert _sources(text) == ["Pieter Vos"]
    text = "El casco apareció cuando su patrón, el pescador gallego Xosé Lamas, dijo que seguía"
    text += " entero."
    assert _sources(text) == ["Xosé Lamas"]


def test_a_person_of_a_body_speaks_for_it_even_without_a_title():
    text = "Taras Velychko of the Lutsk regional administration told reporters the road was shut."
    assert _sources(text) == ["Taras Velychko"]


def test_more_according_to_cues_in_russian_ukrainian_and_german():
    text = "Ущерб, по оценке городского комитета по экологии, превысил миллион рублей."
    assert _sources(text) == ["городского комитета по экологии"]
    text = "Збитки, за оцінкою обласної служби порятунку, сягнули мільйона гривень."
    assert _sources(text) == ["обласної служби порятунку"]
    text = "Nach einem Bericht der Kieler Morgenpost soll ein Händler das Boot gekauft haben."
    assert _sources(text) == ["Kieler Morgenpost"]


def test_a_capitalised_slavic_adjective_and_its_noun_are_one_body():
    text = "Стоимость груза, по оценке Морской инспекции, составляет два миллиона."
    assert _sources(text) == ["Морской инспекции"]


def test_a_german_compound_role_before_a_name_is_dropped_from_the_source():
    text = "„Wir hatten Glück“, sagte Feuerwehrsprecher Lukas Brenninger am Abend."
    assert _sources(text) == ["Lukas Brenninger"]


def test_the_outlet_a_german_speaker_tells_is_not_the_speaker():
    text = "„Die Mauer hielt nicht“, sagte Hafenmeister Ole Brandtner dem Sender NDK."
    assert _sources(text) == ["Ole Brandtner", "NDK"]  # the outlet told, cited on its own


def test_two_sources_joined_by_and_are_both_cited():
    text = "The pier is unsafe, according to the Harbour Board and the Coast Survey."
    assert _sources(text) == ["Harbour Board", "Coast Survey"]
    text = "El muelle es inseguro, según la Cruz Roja y la Capitanía de Vigo."
    assert _sources(text) == ["Cruz Roja", "Capitanía de Vigo"]
    text = "Der Steg ist marode, teilten das Hafenamt und die Wasserwacht Kiel mit."
    assert _sources(text) == ["Hafenamt", "Wasserwacht Kiel"]


def test_and_opening_a_new_clause_joins_no_second_source():
    text = "The pier was shut, according to police and residents were moved away."
    assert _sources(text) == ["police"]


def test_a_source_noun_with_where_they_work_before_the_verb():
    text = "Doctors at the district hospital said the boy was stable."
    assert _sources(text) == ["Doctors at the district hospital"]
    assert _sources("People in the village said the sirens never sounded.") == []


def test_a_name_after_a_quote_and_any_verb_is_the_speaker():
    text = "« Le vent a tourné d’un coup », s’étonne le skipper Gaspard Lemarié, encore trempé."
    assert _sources(text) == ["Gaspard Lemarié"]
    text = "„Die Mauer hat nachgegeben“, räumte Bauleiter Jörn Havekost ein."
    assert _sources(text) == ["Jörn Havekost"]
    text = "«Nadie nos avisó», protestó el pescador Xosé Lamas Figueroa."
    assert _sources(text) == ["Xosé Lamas Figueroa"]


def test_a_body_after_a_role_of_is_not_the_speaker_the_name_after_the_comma_is():
    text = "«Pagamos de más», protestó la consejera de Obras Públicas, Nerea Ugalde Ibarra, ayer."
    assert _sources(text) == ["Nerea Ugalde Ibarra"]


def test_an_outlet_quoting_someone_cites_both():
    text = "«Вода поднялась за час», — приводит слова начальника смены Игоря Лаптева газета Заря."
    assert _sources(text)[0] == "Игоря Лаптева"
    text = "«Вода піднялася за годину», — наводить слова рятувальника Петра Гая видання Поділля."
    assert "Петра Гая" in _sources(text)


def test_a_person_named_after_the_outlet_they_told_is_cited_too():
    text = "«Поезд встал в тоннеле», — рассказала «Вечернему Городу» пенсионерка Нина Ловец."
    assert _sources(text) == ["Вечернему Городу", "Нина Ловец"]


def test_a_document_from_a_body_cites_the_body():
    text = "The pilot was burned, according to a statement from the coroner's office."
    assert _sources(text) == ["coroner's office"]
    assert _sources("Según un comunicado de la Guardia Costera, nadie murió.") == [
        "Guardia Costera"
    ]


def test_calling_on_or_for_is_an_appeal_calling_someone_is_not():
    assert _sources("Mayor Ann Lee called on residents to stay home.") == ["Ann Lee"]
    assert _sources("Jan Kowal called the police at dawn.") == []
    text = "La maire, Odile Barrère, a appelé les riverains à la prudence."
    assert _sources(text) == ["Odile Barrère"]


def test_a_french_body_that_declared_itself_is_the_source():
    text = "Le ministère italien de la Culture s'est dit prêt à racheter le tableau."
    assert _sources(text) == ["ministère italien de la Culture"]
    assert _sources("Il est dit que le pont tombera.") == []


def test_an_adjective_opening_the_sentence_belongs_to_the_source_noun():
    assert _sources("Coastal officials said the water rose in minutes.") == ["Coastal officials"]
    assert _sources("Several witnesses said the van did not stop.") == ["witnesses"]
    assert _sources("Federal investigators have admitted they lost the file.") == [
        "Federal investigators"
    ]
    assert _sources("The clinic admitted 12 patients overnight.") == []


def test_nach_schaetzung_in_the_singular_is_a_cue_and_a_number_ends_the_source():
    text = "Nach Schätzung der Hafenbehörde HBK fehlen 12 Millionen Euro."
    assert _sources(text) == ["Hafenbehörde HBK"]


def test_a_spanish_valuation_verb_after_an_aside_cites_the_body():
    text = "La Policía Foral, que investigó el robo, tasó las joyas en 40.000 euros."
    assert _sources(text) == ["Policía Foral"]
