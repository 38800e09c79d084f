"""Sources in wordings of round 21 (invented texts in six languages): a wire named in a
dateline after place and date each closed by a full stop, or before the place it writes from."""

from __future__ import annotations

from tests.analysis.shapes import sources


def test_a_wire_after_place_and_date_closed_by_full_stops_is_the_dateline_source():
    cases = {
        "ru": (
            "Самара. 3 марта. ИНТЕРФАКС-ПОВОЛЖЬЕ - Уровень воды в Волге поднялся за ночь на два метра.",
            "ИНТЕРФАКС-ПОВОЛЖЬЕ",
        ),
        "uk": (
            "Житомир. 5 квітня. УКРІНФОРМ – Рівень води в річці піднявся за ніч на два метри.",
            "УКРІНФОРМ",
        ),
        "en": (
            "Leeds. 12 April. NORTHWIRE - The river rose by two metres overnight and roads closed.",
            "NORTHWIRE",
        ),
    }
    for lang, (opening, name) in cases.items():
        assert name in sources("A flood headline\n\n" + opening + "\n"), lang


def test_a_wire_code_before_its_place_under_the_title_is_a_source():
    cases = {
        "en": ("AP - Lyon, France", "The river rose by two metres overnight and roads closed."),
        "fr": ("AFP - Nantes", "Le niveau de la Loire a monté de deux mètres pendant la nuit."),
        "es": ("EFE - Cádiz, España", "El río subió dos metros durante la noche en la provincia."),
        "de": (
            "DPA - Kassel",
            "Der Fluss stieg über Nacht um zwei Meter, Straßen wurden gesperrt.",
        ),
    }
    for lang, (line, prose) in cases.items():
        name = line.split(" - ")[0]
        assert name in sources("A flood headline\n\n" + line + "\n\n" + prose + "\n"), lang


def test_a_title_or_place_line_with_a_dash_names_no_wire():
    for head in (
        "Kyiv - Flood Warning\n\nThe river rose by two metres overnight and several roads closed.",
        "Leeds. 12 April. The river rose by two metres overnight - several roads were closed.",
    ):
        found = sources("A flood headline\n\n" + head + "\n")
        assert not any(s in head.split("\n")[0] for s in found), (head, found)
