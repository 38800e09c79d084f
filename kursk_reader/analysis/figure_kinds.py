"""Which concepts of the counted-noun lexicon (`counted_nouns`) are kinds of which: a car is a
vehicle, a tanker a ship, a sheep a farm animal, a miner a worker, a runner a participant;
near-synonyms that count one thing in other words are tied the same way, as a kind of the
commoner word: a parliament's mandate is a seat. Ballots and votes are not tied: "9,800
ballots" cast and "5,600 votes" for the winner are two counts of one election. Outlets
count one set of things by a general noun or a specific one ("52 vehicles" / "47 coches" /
"52 Fahrzeuge"), so two figures whose concepts are kinds of one another may count one thing,
though less surely than two figures of one concept (see `figure_concepts`). The table holds
general relations of everyday language only, not of any one story; it is closed upward
(a kind of a kind is a kind). Kinds whose general word reports use for another set of things
are left out: "animals" are often the prey counted beside "wolves", "athletes" the ones
who gave up beside the riders in a crash, "crimes" a police tally beside the robberies of one
gang."""

from __future__ import annotations

from functools import lru_cache

_KINDS: dict[str, str] = {
    "vehicle": """car truck bus minibus tram trolleybus motorcycle tractor combine_harvester
        ambulance fire_engine armoured_vehicle van taxi electric_car""",
    "car": "taxi electric_car",
    "plane": "fighter_jet bomber",
    "ship": "tanker cargo_ship warship ferry",
    "farm_animal": "cattle sheep goat pig horse chicken poultry",
    "poultry": "chicken",
    "worker": """miner steelworker dock_worker railway_worker seasonal_worker striking_worker
        postal_worker domestic_worker builder electrician welder mechanic""",
    "health_worker": "doctor nurse paramedic surgeon midwife",
    "soldier": "paratrooper conscript reservist marine sniper",
    "participant": """protester runner cyclist swimmer skier competitor finisher starter delegate
        athlete""",
    "building": """house private_house country_house apartment_block school kindergarten
        hospital church mosque synagogue museum theatre cinema library town_hall
        court_building dormitory barracks""",
    "house": "private_house country_house",
    "dwelling": "house flat private_house country_house",
    "shop": "supermarket",
    "city": "capital_city",
    "station": "metro_station",
    "gun": "rifle pistol",
    "weapon": "gun rifle pistol",
    "attack": "airstrike terrorist_attack",
    "earthquake": "aftershock",
    "fire": "wildfire",
    "accident": "plane_crash derailment",
    "phone": "smartphone",
    "seat": "parliamentary_seat",
    "computer": "laptop",
}
"""General concept -> the concepts that are kinds of it."""


@lru_cache(maxsize=1)
def _broader() -> dict[str, frozenset[str]]:
    """Each concept -> every concept it is a kind of, through any number of steps."""
    parents: dict[str, set[str]] = {}
    for general, kinds in _KINDS.items():
        for kind in kinds.split():
            parents.setdefault(kind, set()).add(general)
    closed: dict[str, frozenset[str]] = {}
    for kind in parents:
        seen: set[str] = set()
        todo = list(parents[kind])
        while todo:
            up = todo.pop()
            if up not in seen:
                seen.add(up)
                todo += parents.get(up, ())
        closed[kind] = frozenset(seen)
    return closed


def kind_of(specific: str, general: str) -> bool:
    """Is concept `specific` a kind of concept `general` ("car", "vehicle")?"""
    return general in _broader().get(specific, ())


def related_kinds(a: str, b: str) -> bool:
    """Are two different concepts kinds of one another, either way?"""
    return bool(a and b) and a != b and (kind_of(a, b) or kind_of(b, a))
