"""Figures round 19 (invented texts): a banknote's face value is no sum of money, a count of
times ("played 30 million times") is a figure in any language while a multiplier ("three
times more") is none."""

from __future__ import annotations

from kursk_reader.analysis.figures import find_figures
from tests.analysis.shapes import article_value_groups as _groups


def test_face_values_of_notes_and_coins_are_no_sums():
    for text, face in (
        ("Les gendarmes ont saisi des billets de 100 euros dans un garage.", 100),
        ("Officers found fake 20-euro notes worth a fortune.", 20),
        ("У подозреваемых изъяли купюры номиналом 5000 рублей.", 5000),
        ("Die Polizei stellte gefälschte Scheine zu 50 Euro sicher.", 50),
        ("Se incautaron monedas falsas de 2 y 1 euros en el almacén.", 1),
    ):
        assert all(f.number != face for f in find_figures(1, text)), text


def test_a_ticket_price_and_a_sum_in_notes_stay_money():
    (ticket,) = find_figures(1, "El billete más barato de ida cuesta 37 euros.")
    assert ticket.number == 37 and ticket.kind == "money"
    (price,) = find_figures(1, "Les billets à 50 euros sont déjà vendus.")
    assert price.number == 50 and price.kind == "money"
    (seized,) = find_figures(1, "Les voleurs ont emporté 3 millions d'euros en billets.")
    assert seized.number == 3_000_000
    for text in ("Lawmakers passed a $95 billion bill.", "The firm issued a $300 million note."):
        (sum_,) = find_figures(1, text)
        assert sum_.kind == "money", text


def test_seized_sums_group_despite_face_values_and_counted_notes():
    texts = {
        1: "La Guardia Civil se incautó de billetes falsos de 10 y 50 euros por valor de "
        "900.000 euros en una nave de Alcorcón.",
        2: "Spanish police seized fake 10- and 50-euro notes with a face value of €1.1 million "
        "in Alcorcón. Some 310,000 counterfeit euro banknotes were found in Spain last year.",
        3: "La Guardia Civil requisó 900.000 euros en billetes de 50 euros en Alcorcón.",
    }
    groups = _groups(texts)
    assert {(1, "900000"), (2, "1100000"), (3, "900000")} in groups
    assert not any((1, "50") in g or (2, "10") in g for g in groups)


def test_counts_of_times_group_across_languages():
    texts = {
        1: "Das Video des Bürgermeisters wurde mehr als 12 Millionen Mal angesehen.",
        2: "La vidéo du maire a été vue plus de 15 millions de fois sur les réseaux.",
        3: "The mayor's video has been viewed over 12 million times online.",
    }
    assert {(1, "12000000"), (2, "15000000"), (3, "12000000")} in _groups(texts)


def test_multipliers_are_no_counts_of_times():
    for text in (
        "Prices rose three times faster than wages.",
        "Цены на жильё выросли в четыре раза.",
        "Le loyer est cinq fois plus élevé qu'en 2010.",
        "El río lleva tres veces más agua que en agosto.",
        "Ціни зросли у три рази за рік.",
    ):
        assert all(f.kind != "times" for f in find_figures(1, text)), text


def test_whoever_a_company_employs_are_workers_in_any_language():
    for text in (
        "Ostwerk beschäftigt nach eigenen Angaben 840 Programmierer.",
        "У компанії Ostwerk працює 840 розробників.",
        "La empresa emplea a 840 ingenieros en Bilbao.",
    ):
        (staff,) = find_figures(1, text)
        assert staff.kind == "workers", text
    (span,) = find_figures(1, "Die Arbeiten dauerten zwei Jahre.")
    assert span.kind != "workers"
    texts = {
        1: "Die Firma Ostwerk beschäftigt nach eigenen Angaben 840 Programmierer. Der "
        "Mutterkonzern hat rund 5.100 Mitarbeiter.",
        2: "Ostwerk employs about 900 people, the company said.",
        3: "У компанії Ostwerk працює 840 розробників.",
    }
    groups = _groups(texts)
    assert {(1, "840"), (2, "900"), (3, "840")} in groups
    assert not any((1, "5100") in g for g in groups)


def test_a_previous_record_is_marked_in_six_languages():
    for text in (
        "He beat the previous mark of 54 kilometres.",
        "El récord anterior era de 54 kilómetros.",
        "Die bisherige Bestmarke lag bei 54 Kilometern.",
        "Le précédent record, établi en 2013 à Brest, était de 54 kilomètres.",
        "Предыдущий рекорд составлял 54 километра.",
    ):
        (old,) = find_figures(1, text)
        assert old.earlier, text
    (new,) = find_figures(1, "Il a parcouru 61 kilomètres sans s'arrêter.")
    assert not new.earlier
    for text in (
        "The colony counted 14% more nests than the previous season.",
        "Kovalenko previously ran the grain terminal at Reni, some 40 km upstream.",
        "El alcalde, que anteriormente dirigió el puerto, cobra 3.000 euros.",
    ):
        (figure,) = find_figures(1, text)
        assert not figure.earlier, text


def test_a_previous_record_does_not_take_the_new_figure_of_another_article():
    texts = {
        1: "The goalkeeper went 518 minutes without conceding. The previous league record "
        "was 470 minutes.",
        2: "Der Torwart blieb 526 Minuten ohne Gegentor. Der bisherige Rekord lag bei 470 Minuten.",
        3: "El portero encadenó 518 minutos sin encajar un gol.",
    }
    groups = _groups(texts)
    assert not any((3, "518") in g and (1, "470") in g for g in groups)


def test_a_previous_total_alone_in_its_sentence_does_not_pair_with_a_forecast():
    texts = {
        1: "Le musée a accueilli 96 000 visiteurs. Le précédent record du musée, établi il y a "
        "dix ans, était de 71 000 entrées.",
        2: "The museum welcomed 96,000 visitors. The previous record for the museum, set a "
        "decade ago, stood at 71,000 visitors.",
        3: "Das Museum zählte 96.000 Besucher. Die Partnerstadt rechnet mit mindestens "
        "40.000 Gästen.",
    }
    groups = _groups(texts)
    assert not any((3, "40000") in g for g in groups)


def test_ukrainian_preliminary_estimates_are_no_previous_figures():
    (damage,) = find_figures(1, "За попередніми оцінками, збитки становлять 4 мільйони гривень.")
    assert not damage.earlier
    (old,) = find_figures(1, "Попередній рекорд країни становив 212 метрів.")
    assert old.earlier


def test_a_small_count_two_outlets_agree_on_takes_in_a_third_language():
    texts = {
        1: "Мерія Житомира та волонтери домовилися про відкриття семи нових пунктів обігріву "
        "в передмісті. Будівництво триватиме два роки.",
        2: "Мэрия Житомира и волонтёры договорились об открытии семи новых пунктов обогрева в "
        "пригороде. Стройка займёт два года.",
        3: "Zhytomyr city hall and volunteers agreed to open five new warming centres in the "
        "suburbs, officials said.",
    }
    assert {(1, "7"), (2, "7"), (3, "5")} in _groups(texts)


def test_the_last_figures_of_two_sentences_pair_only_when_their_values_are_close():
    texts = {
        1: "Les listes rivales ont obtenu 318 voix chacune, si bien que le dernier des neuf "
        "sièges du conseil a été tiré au sort à Vauclerc.",
        2: "In Vauclerc, both rival lists ended on exactly 318 votes, three candidates said.",
        3: "In Vauclerc erhielten beide Listen je 318 Stimmen; der letzte der neun Sitze im Rat "
        "wurde ausgelost.",
    }
    assert not any((2, "3") in g for g in _groups(texts))


def test_a_third_version_joins_the_group_words_tie_it_to():
    texts = {
        1: "Lors du scrutin municipal de Saint-Aubin, les deux listes ont obtenu 212 voix "
        "chacune. Sur les 590 électeurs inscrits, on a compté 11 bulletins nuls et trois "
        "blancs. Le nouveau conseil compte sept conseillers.",
        2: "In the local election in Saint-Aubin both lists won 212 votes each. Of the 597 "
        "registered voters, 430 cast a ballot, with eight invalid ballots and three blank "
        "ones. Some 13 volunteers helped at the polling station.",
        3: "Au scrutin municipal de Saint-Aubin, chaque liste a recueilli 212 voix. Sur 590 "
        "électeurs inscrits, 11 bulletins nuls ont été comptés. Le conseil est formé de sept "
        "conseillers.",
    }
    assert {(1, "11"), (2, "8"), (3, "11")} in _groups(texts)


def test_a_figure_of_last_year_or_last_season_is_background():
    for text in (
        "Last season the striker scored 11 goals.",
        "В прошлом сезоне нападающий забил 11 голов.",
        "Минулого року нападник забив 11 голів.",
        "Im vergangenen Jahr erzielte der Stürmer 11 Tore.",
        "La saison dernière, l'attaquant a marqué 11 buts.",
        "El año pasado el delantero marcó 11 goles.",
    ):
        (goals,) = find_figures(1, text)
        assert goals.dated, text
    for text in (
        "In the last year 40 cases were reported.",
        "За минулу добу загинули 5 людей.",
        "The clip has been viewed 9 million times since its release last year.",
        "Desde el año pasado la clínica atendió a 300 pacientes.",
    ):
        (figure,) = find_figures(1, text)
        assert not figure.dated, text


def test_this_seasons_count_does_not_pair_with_last_seasons():
    texts = {
        1: "Der Torwart hat in dieser Saison 23 Spiele bestritten.",
        2: "Вратарь в прошлом сезоне провёл лишь 14 игр, а теперь стал лидером команды.",
        3: "The goalkeeper has played 23 games this season.",
    }
    assert not any((2, "14") in g for g in _groups(texts))


def test_small_repetitions_in_two_languages_do_not_pair():
    texts = {
        1: "Residents wrote to the management company three times about the broken lift.",
        2: "Le suspect a déjà été condamné deux fois pour vol.",
    }
    assert _groups(texts) == []
