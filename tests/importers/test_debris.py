"""Debris marking: site furniture found in the seeds and in made-up pages in other languages,
and the report's own paragraphs never hidden."""

from __future__ import annotations

import re

import pytest

from kursk_reader.importers import read_article
from kursk_reader.importers.debris import PARAGRAPH_WORDS, find_debris
from tests.conftest import SEED_FILES


def hidden_lines(text: str) -> set[str]:
    out: set[str] = set()
    for a, b in find_debris(text):
        out.update(line.strip() for line in text[a:b].splitlines() if line.strip())
    return out


def visible_lines(text: str) -> set[str]:
    all_lines = {line.strip() for line in text.splitlines() if line.strip()}
    return all_lines - hidden_lines(text)


def report_paragraphs(text: str) -> list[str]:
    return [
        ln.strip()
        for ln in text.splitlines()
        if len(ln.split()) >= PARAGRAPH_WORDS
        and re.search(r"[.!?”\"]$", ln.strip())
        and not re.search(r"\b(you|your)\b", ln, re.I)
    ]


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_seed_paragraphs_are_never_debris(path) -> None:
    text = read_article(path).text
    hidden = hidden_lines(text)
    for paragraph in report_paragraphs(text):
        assert paragraph not in hidden


def test_seed_debris_is_found() -> None:
    texts = {p.name[:3]: read_article(p).text for p in SEED_FILES}
    expected = {
        "000": ["Перейти к материалам", "news", "KCNA"],
        "002": [
            "Source link",
            "Related Articles",
            "Leave a Reply",
            "Adblock Detected",
            "Your email address will not be published. Required fields are marked *",
            "• Please deactivate your VPN or ad-blocking software to continue",
        ],
        "004": [
            "Читати українською",
            "Category",
            "Publication date",
            "Додати до обраного",
            "More on the topic",
            "Share",
        ],
    }
    for seed, lines in expected.items():
        hidden = hidden_lines(texts[seed])
        for line in lines:
            assert line in hidden, (seed, line)
    hidden_002 = hidden_lines(texts["002"])
    assert any(line.endswith("via REUTERS") for line in hidden_002)
    assert any(line.endswith("POOL/AFP via Getty Images") for line in hidden_002)
    assert any("cookies" in line for line in hidden_lines(texts["004"]))
    assert any("English version" in line for line in hidden_lines(texts["004"]))
    assert hidden_lines(texts["003"]) == set()


def test_debris_ranges_are_whole_lines_and_do_not_change_the_text() -> None:
    for path in SEED_FILES:
        article = read_article(path)
        assert article.text == read_article(path).text
        for a, b in article.debris:
            assert a == 0 or article.text[a - 1] == "\n"
            assert b == len(article.text) or article.text[b - 1] == "\n"
        starts = [a for a, _ in article.debris]
        assert starts == sorted(starts)


SPANISH_PAGE = """Saltar al contenido
Inicio | Nacional | Internacional | Economía | Deportes
Incendio forestal obliga a desalojar a 2.000 vecinos en Valencia
Por Lucía Martínez
14 de agosto de 2023
Un incendio forestal declarado el domingo por la tarde en la sierra de Valencia obligó a desalojar a unos 2.000 vecinos de cuatro urbanizaciones, según informó el servicio de emergencias de la Generalitat.
Foto: EFE / Manuel Bruque
Más de 300 bomberos y doce medios aéreos trabajan en la extinción del fuego, que ha calcinado ya unas 1.500 hectáreas. Las autoridades no descartan nuevos desalojos si el viento cambia de dirección durante la noche.
El consejero de Emergencias pidió a la población que siga las indicaciones de los servicios de seguridad y evite desplazarse por la zona afectada.
Compartir
Facebook Twitter WhatsApp
Noticias relacionadas
Las claves de la ola de calor que sufre España
Qué hacer si un incendio se acerca a tu casa
Utilizamos cookies propias y de terceros para mejorar tu experiencia de navegación. Si continúas navegando, consideramos que aceptas su uso.
"""

GERMAN_PAGE = """Menü
Suche
Anmelden
Politik
Bahnstreik: GDL kündigt neuen Ausstand für Donnerstag an
Kategorie: Wirtschaft
Die Lokführergewerkschaft GDL hat einen weiteren Streik im Personenverkehr der Deutschen Bahn angekündigt. Der Ausstand soll am Donnerstag um zwei Uhr beginnen und 24 Stunden dauern, teilte die Gewerkschaft am Dienstag mit.
Anzeige
Die Bahn kritisierte den Streik als unverhältnismäßig und kündigte einen Notfahrplan an. Fahrgäste sollen sich vor Reiseantritt über ihre Verbindungen informieren.
Bild: dpa
Lesen Sie auch
Was Fahrgäste beim Streik wissen müssen
Das sind die Forderungen der GDL
Sie haben einen Werbeblocker aktiviert. Bitte deaktivieren Sie ihn für unsere Webseite.
"""

UKRAINIAN_PAGE = """Перейти до основного вмісту
Новини
Читати російською
У Львові відкрили новий дитячий медичний центр
Дата публікації
У Львові в понеділок відкрили новий дитячий медичний центр, де щороку зможуть отримувати допомогу понад десять тисяч маленьких пацієнтів, повідомили в міській раді.
Фото: Львівська міська рада
Фото: Львівська міська рада
Будівництво тривало два роки і коштувало близько 300 мільйонів гривень, значну частину коштів надали міжнародні партнери. У центрі працюватимуть понад сто лікарів.
Поділитися
Читайте також
Як записатися до лікаря онлайн
Ми використовуємо файли cookie, щоб ви могли зручніше користуватися нашим сайтом.
"""

FRENCH_PAGE = """Aller au contenu principal
Accueil › International › Europe
Tempête Ciarán : plus d'un million de foyers privés d'électricité dans l'Ouest
Publié le 2 novembre 2023 à 10h15
La tempête Ciarán a balayé la Bretagne et la Normandie dans la nuit de mercredi à jeudi, avec des rafales dépassant 200 km/h à la pointe du Finistère, selon Météo-France. Plus d'un million de foyers étaient privés d'électricité jeudi matin.
Publicité
Le ministre de l'Intérieur a annoncé le déploiement de 3 200 pompiers et secouristes. Les trains ont été supprimés dans plusieurs régions et les écoles sont restées fermées.
Partager cet article
À lire aussi
Les images impressionnantes de la tempête
Abonnez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.
"""


@pytest.mark.parametrize(
    ("page", "debris", "report"),
    [
        (
            SPANISH_PAGE,
            [
                "Saltar al contenido",
                "Inicio | Nacional | Internacional | Economía | Deportes",
                "Foto: EFE / Manuel Bruque",
                "Compartir",
                "Facebook Twitter WhatsApp",
                "Noticias relacionadas",
                "Qué hacer si un incendio se acerca a tu casa",
            ],
            [
                "Incendio forestal obliga a desalojar a 2.000 vecinos en Valencia",
                "El consejero de Emergencias pidió a la población que siga las indicaciones de los"
                " servicios de seguridad y evite desplazarse por la zona afectada.",
            ],
        ),
        (
            GERMAN_PAGE,
            [
                "Menü",
                "Suche",
                "Anmelden",
                "Politik",
                "Kategorie: Wirtschaft",
                "Anzeige",
                "Bild: dpa",
                "Lesen Sie auch",
                "Das sind die Forderungen der GDL",
                "Sie haben einen Werbeblocker aktiviert. Bitte deaktivieren Sie ihn für unsere"
                " Webseite.",
            ],
            [
                "Bahnstreik: GDL kündigt neuen Ausstand für Donnerstag an",
                "Die Bahn kritisierte den Streik als unverhältnismäßig und kündigte einen"
                " Notfahrplan an. Fahrgäste sollen sich vor Reiseantritt über ihre Verbindungen"
                " informieren.",
            ],
        ),
        (
            UKRAINIAN_PAGE,
            [
                "Перейти до основного вмісту",
                "Новини",
                "Читати російською",
                "Дата публікації",
                "Фото: Львівська міська рада",
                "Поділитися",
                "Читайте також",
                "Як записатися до лікаря онлайн",
            ],
            ["У Львові відкрили новий дитячий медичний центр"],
        ),
        (
            FRENCH_PAGE,
            [
                "Aller au contenu principal",
                "Accueil › International › Europe",
                "Publicité",
                "Partager cet article",
                "À lire aussi",
                "Les images impressionnantes de la tempête",
                "Abonnez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.",
            ],
            [
                "Tempête Ciarán : plus d'un million de foyers privés d'électricité dans l'Ouest",
                "Publié le 2 novembre 2023 à 10h15",
                "Le ministre de l'Intérieur a annoncé le déploiement de 3 200 pompiers et"
                " secouristes. Les trains ont été supprimés dans plusieurs régions et les écoles"
                " sont restées fermées.",
            ],
        ),
    ],
    ids=["es", "de", "uk", "fr"],
)
def test_unseen_pages_in_other_languages(page: str, debris: list[str], report: list[str]) -> None:
    hidden = hidden_lines(page)
    for line in debris:
        assert line in hidden, line
    visible = visible_lines(page)
    for line in report + report_paragraphs(page):
        assert line in visible, line


def test_metadata_of_unseen_pages(tmp_path) -> None:
    cases = {
        "es.txt": (
            SPANISH_PAGE,
            "Incendio forestal obliga a desalojar a 2.000 vecinos en Valencia",
            "Lucía Martínez",
            "2023-08-14",
            "es",
        ),
        "fr.txt": (
            FRENCH_PAGE,
            "Tempête Ciarán : plus d'un million de foyers privés d'électricité dans l'Ouest",
            "",
            "2023-11-02",
            "fr",
        ),
        "uk.txt": (UKRAINIAN_PAGE, "У Львові відкрили новий дитячий медичний центр", "", "", "uk"),
        "de.txt": (
            GERMAN_PAGE,
            "Bahnstreik: GDL kündigt neuen Ausstand für Donnerstag an",
            "",
            "",
            "de",
        ),
    }
    for name, (page, title, author, published, language) in cases.items():
        path = tmp_path / name
        path.write_text(page, encoding="utf-8")
        article = read_article(path)
        assert (article.title, article.author, article.published, article.language) == (
            title,
            author,
            published,
            language,
        ), name


def test_plain_report_without_furniture_has_no_debris() -> None:
    text = (
        "Council approves new budget\n\n"
        "The city council approved the new budget on Tuesday by a vote of seven to two.\n\n"
        "Spending on schools rises by four percent.\n\n"
        "The mayor said the vote was a good result.\n"
    )
    assert find_debris(text) == ()
