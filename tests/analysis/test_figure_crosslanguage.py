"""Figures of one thing that other outlets count by another noun, in another language
(invented texts): a group two articles already share takes in the one figure of a third
article that could be its version, and nothing when that figure is not unique or too far."""

from __future__ import annotations

from kursk_reader.analysis.figures import find_figures
from tests.analysis.shapes import article_value_groups as _groups


def _storm(third: str) -> dict[int, str]:
    return {
        1: "A storm over Lake Varn sank 23 fishing boats on Friday, the harbour office said. "
        "Two piers were damaged.",
        2: "Ein Sturm über dem Varner See hat am Freitag 23 Fischerboote versenkt, teilte das "
        "Hafenamt mit.",
        3: third,
    }


def test_a_third_article_counting_by_another_noun_joins_a_group_of_two():
    texts = _storm("Der Sturm am Varner See ließ nach Angaben der Polizei 27 Kutter sinken.")
    assert _groups(texts) == [{(1, "23"), (2, "23"), (3, "27")}]


def test_the_third_article_joins_nothing_when_two_of_its_figures_could_be_the_one():
    texts = _storm("Der Sturm am Varner See ließ 27 Kutter und 25 Jachten sinken.")
    assert not any(3 in {a for a, _ in g} for g in _groups(texts))


def test_the_third_article_joins_nothing_when_its_value_is_far_from_the_group():
    texts = _storm("Der Sturm am Varner See ließ nach Angaben der Polizei 60 Kutter sinken.")
    assert _groups(texts) == []


def test_completion_works_in_cyrillic_and_spanish_too():
    texts = {
        1: "En la línea azul del metro se detuvieron 31 convoyes durante la mañana.",
        2: "На синей линии метро утром остановились 31 поезд.",
        3: "Утром на синей ветке метро встали 38 составов, сообщили в метрополитене.",
    }
    assert _groups(texts) == [{(1, "31"), (2, "31"), (3, "38")}]


def test_an_equal_unround_value_ties_figures_whatever_their_hedges():
    texts = {
        1: "Beekeepers near Pardubice lost about 1,700 hives in a week.",
        2: "Rund 1700 Bienenstöcke gingen bei Pardubice verloren.",
        3: "Près de 1 300 ruches ont été décimées autour de Pardubice.",
    }
    assert _groups(texts) == [{(1, "1700"), (2, "1700"), (3, "1300")}]


def _mud(second: str) -> dict[int, str]:
    return {
        1: "About 400 tonnes of mud slid onto the Selva road on Sunday evening.",
        2: second,
        3: "Близько 400 тонн бруду зійшло на дорогу Сельва в неділю ввечері.",
        4: "Около 4000 тонн грязи сошло на трассу у Сельвы, сообщили дорожники.",
    }


def test_the_only_measures_of_their_kind_pair_across_a_slipped_zero():
    texts = _mud("Some 4,000 tonnes of earth slid onto the Selva road, officials estimated.")
    assert _groups(texts) == [{(1, "400"), (2, "4000"), (3, "400"), (4, "4000")}]


def test_no_slip_is_read_when_an_article_gives_two_measures_of_that_kind():
    texts = _mud("Some 4,000 tonnes of earth and 20 tonnes of timber slid onto the Selva road.")
    assert not any(len({v for _, v in g}) > 1 and (1, "400") in g for g in _groups(texts))


def test_a_factor_other_than_a_power_of_ten_is_no_slip():
    texts = _mud("Some 2,000 tonnes of earth slid onto the Selva road, officials estimated.")
    assert not any((1, "400") in g and (2, "2000") in g for g in _groups(texts))


def test_a_figure_only_the_headline_gives_is_read_and_a_repeated_one_is_not_doubled():
    texts = {
        1: "Stolen clock returns to Varna museum after 27 years\n\n"
        "A clock taken from the Varna museum in a night-time raid was handed back on Monday.",
        2: "Украденные часы вернулись в музей Варны спустя 29 лет\n\n"
        "Коллекционер вернул часы, похищенные из музея Варны, сообщили в министерстве.",
        3: "Gestohlene Uhr kehrt nach 27 Jahren ins Museum von Varna zurück\n\n"
        "Ein Sammler gab die Uhr zurück, die 27 Jahre lang im Museum von Varna fehlte.",
    }
    assert _groups(texts) == [{(1, "27"), (2, "29"), (3, "27")}]
    figures = [f for f in find_figures(3, texts[3]) if f.normalized == "27"]
    assert [f.start > texts[3].index("\n") for f in figures] == [True]  # the body's only


def test_two_articles_giving_a_dimension_in_the_same_units_pair_unit_by_unit():
    texts = {
        1: "The diver was found after three days at sea. Divers searched for more than six "
        "hours before dark.",
        2: "Le plongeur a été retrouvé après quatre jours en mer. Les recherches ont duré "
        "plus de six heures.",
    }
    assert _groups(texts) == [{(1, "3"), (2, "4")}]
    one_unit = {1: texts[1], 2: "Le plongeur a été retrouvé après quatre jours en mer."}
    assert _groups(one_unit) == []


def test_spanish_once_before_any_plural_after_a_function_word_is_eleven():
    (beaches,) = find_figures(1, "Protección Civil cerró el baño en once playas del litoral.")
    assert (beaches.normalized, beaches.noun) == ("11", "playas")
    assert find_figures(2, "The two were once rivals, then partners in the firm.") == []
    texts = {
        1: "Civil protection closed eleven beaches near Palamós on Sunday.",
        2: "Protección Civil cerró el baño en once playas cerca de Palamós.",
        3: "La baignade a été interdite sur neuf plages près de Palamós.",
    }
    assert _groups(texts) == [{(1, "11"), (2, "11"), (3, "9")}]


def test_years_after_ago_or_since_in_spanish_and_french_are_a_span_not_an_age():
    (span,) = find_figures(1, "El cuadro desapareció hace 32 años del museo.")
    assert span.normalized == "32"
    (span,) = find_figures(2, "Le tableau a disparu il y a 32 ans du musée.")
    assert span.normalized == "32"
    (hedged,) = find_figures(5, "El cuadro fue robado hace más de 30 años.")
    assert hedged.hedge == "más de"
    assert find_figures(3, "Un vecino de 45 años resultó herido.") == []
    assert find_figures(4, "Pierre Martin, 45 ans, a été interpellé.") == []


def test_a_noun_the_lexicon_lacks_joins_a_group_of_people_only_when_it_names_people():
    rescuers = {
        1: "About 150 rescuers took part in the search near Vorokhta, police said.",
        2: "У пошуках біля Ворохти брали участь 150 рятувальників.",
        3: "Some 180 searchers combed the forests near Vorokhta.",
    }
    assert _groups(rescuers) == [{(1, "150"), (2, "150"), (3, "180")}]
    schools = {
        1: "The fraud affected 47 schools in Seville, prosecutors said.",
        2: "El fraude afectó a 47 colegios de Sevilla.",
        3: "In Seville, 52 teachers signed a letter against the fraud.",
    }
    assert _groups(schools) == []


def test_a_third_figure_sharing_no_word_with_the_group_is_not_taken_in():
    texts = {
        1: "The ferry carried 312 passengers when it ran aground off Kos.",
        2: "El ferry transportaba 312 pasajeros cuando encalló frente a Kos.",
        3: "The harbour reopened after 280 containers were unloaded.",
    }
    assert _groups(texts) == []


def test_an_approximate_figure_half_a_rounding_step_past_a_bound_is_a_figure_of_its_own():
    texts = {
        1: "Red Cross posts near Cadaqués treated about 450 bathers for stings.",
        2: "Plus de 400 baigneurs ont été soignés pour des piqûres près de Cadaqués.",
    }
    assert _groups(texts) == [{(1, "450"), (2, "400")}]
    exact = {1: texts[1].replace("about 450", "410"), 2: texts[2]}
    assert _groups(exact) == []


def test_a_sentence_already_sharing_a_figure_with_the_group_anchors_the_third():
    texts = {
        1: "The Bela rose by three metres in two hours, and 14 bridges were damaged.",
        2: "Die Bela stieg binnen zwei Stunden um drei Meter, 16 Brücken wurden beschädigt.",
        3: "La Bela est montée de trois mètres en deux heures et 14 ponts ont été endommagés.",
    }
    assert _groups(texts) == [{(1, "14"), (2, "16"), (3, "14")}]


_LEIPZIG_EN = (
    "A signalling fault brought the Leipzig commuter rail network to a standstill on Monday "
    "morning, halting 22 trains and leaving about 4,000 passengers stranded, Deutsche Bahn "
    "said.\n\nServices were suspended for two hours. Around 30 buses were brought in to carry "
    "travellers to the city centre."
)
_LEIPZIG_DE = (
    "Eine Signalstörung hat am Montagmorgen das Leipziger S-Bahn-Netz lahmgelegt. Nach "
    "Angaben der Deutschen Bahn standen 26 Züge still, rund 4000 Fahrgäste saßen fest.\n\n"
    "Der Verkehr ruhte zwei Stunden lang. Etwa 30 Busse brachten die Reisenden in die "
    "Innenstadt."
)


def test_two_articles_sharing_figures_pair_the_counts_left_at_one_place():
    assert _groups({1: _LEIPZIG_EN, 2: _LEIPZIG_DE}) == [{(1, "22"), (2, "26")}]


def test_counts_left_in_unequal_numbers_are_not_paired_by_place():
    extra = _LEIPZIG_DE + " Zudem fielen 18 Regionalbahnen aus."
    groups = _groups({1: _LEIPZIG_EN, 2: extra})
    assert not any((2, "18") in g for g in groups)
    assert {(1, "22"), (2, "26")} in groups  # trains / Züge: the counted-noun lexicon


def test_a_third_figure_whose_value_a_member_article_gives_for_another_thing_stays_out():
    texts = {
        1: "The Tartu hospital has 1,200 beds. About 1,100 computers were encrypted.",
        2: "The Tartu hospital, with 1,200 beds, saw around 1,100 workstations locked.",
        3: "At the Tartu hospital 1,100 PCs were affected by the attack.",
    }
    assert not any((3, "1100") in g for g in _groups(texts))


def test_the_one_figure_left_in_two_sentences_whose_others_pair_in_any_order_pairs():
    texts = {
        1: "The Bela rose by three metres in two hours, and 14 bridges were damaged.",
        2: "Die Bela stieg binnen zwei Stunden um drei Meter, 16 Brücken wurden beschädigt.",
    }
    assert _groups(texts) == [{(1, "14"), (2, "16")}]
    other_class = {
        1: texts[1],
        2: "Die Bela stieg binnen zwei Stunden um drei Meter, 16 Menschen wurden verletzt.",
    }
    assert _groups(other_class) == []


def test_a_bare_another_n_counts_what_the_figure_before_it_counts():
    (_goats, more) = find_figures(
        1, "Bears killed 31 goats near Sapinta. Another 9 were badly injured."
    )
    assert (more.noun, more.kind) == ("goats", "")
    texts = {
        1: "Wolves killed 31 sheep near Sapinta. Another 9 were so badly injured that a vet "
        "had to put them down.",
        2: "Wölfe rissen bei Sapinta 31 Schafe, 12 weitere Tiere mussten eingeschläfert werden.",
    }
    assert _groups(texts) == [{(1, "9"), (2, "12")}]
