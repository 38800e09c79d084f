"""Each format and encoding read from a real file: text, metadata and original bytes."""

from __future__ import annotations

import socket

import pytest

from kursk_reader.core.errors import ImportRefused
from kursk_reader.importers import read_article
from tests.importers.conftest import DATA


@pytest.mark.parametrize(
    ("name", "encoding_of_original"),
    [
        ("ru_cp1251.txt", "cp1251"),
        ("ru_koi8r.txt", "koi8-r"),
    ],
)
def test_russian_single_byte_encodings_are_detected(name: str, encoding_of_original: str) -> None:
    path = DATA / name
    article = read_article(path)
    assert article.text == path.read_bytes().decode(encoding_of_original).rstrip() + "\n"
    assert article.title == "Наводнение в Приморье: эвакуированы жители трёх сёл"
    assert article.outlet == "Приморские вести"
    assert article.published == "2024-03-12"
    assert article.language == "ru"
    assert article.original == path.read_bytes()
    assert article.original_format == "txt"
    assert article.source_file == name
    hidden = "".join(article.text[a:b] for a, b in article.debris)
    assert "Поделиться" in hidden and "Читайте также" in hidden
    assert "эвакуированы около 800 человек" not in hidden


@pytest.mark.parametrize("name", ["uk_utf16.txt", "uk_utf16be_nobom.txt"])
def test_utf16_with_and_without_bom(name: str) -> None:
    article = read_article(DATA / name)
    assert "\r" not in article.text and "\ufeff" not in article.text
    assert article.title.startswith("Повінь на Закарпатті")
    assert article.outlet == "Закарпатські новини"
    assert article.author == "Олена Коваль"
    assert article.language == "uk"


@pytest.mark.parametrize("name", ["fr_cp1252.txt", "fr_utf8_bom.txt"])
def test_western_text_windows_1252_and_utf8_bom(name: str) -> None:
    article = read_article(DATA / name)
    assert article.text.startswith("Grève des contrôleurs aériens")
    assert article.author == "Jean Dupont"
    assert article.published == "2024-06-03"
    assert article.language == "fr"


def test_text_is_nfc_with_unix_line_endings(tmp_path) -> None:
    path = tmp_path / "decomposed.txt"
    path.write_bytes(
        "Cafe\u0301 re\u0301ouvert\r\nLe cafe\u0301 a rouvert ses portes.\r\n".encode()
    )
    article = read_article(path)
    assert article.text == "Café réouvert\nLe café a rouvert ses portes.\n"


def test_unseen_german_news_page(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args, **kwargs):
        raise AssertionError("the importer tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    path = DATA / "de_news_page.html"
    article = read_article(path)
    assert article.original_format == "html"
    assert article.original == path.read_bytes()
    assert article.title == "Hochwasser in Passau: Stadt ruft Katastrophenfall aus"
    assert article.outlet == "Donau-Kurier"
    assert article.author == "Katrin Bauer"
    assert article.published == "2024-06-04"
    assert article.url.startswith("https://www.donau-kurier.example/lokales/")
    assert article.language == "de"
    assert "Rund 2.000 Einwohner mussten ihre Wohnungen verlassen." in article.text
    assert "mit mehr als 900" in article.text
    for furniture in (
        "Cookies",
        "Startseite",
        "Mehr zum Thema",
        "Alle Rechte",
        "Kommentar",
        "dataLayer",
        "Impressum",
    ):
        visible = article.text
        for a, b in reversed(article.debris):
            visible = visible[:a] + visible[b:]
        assert furniture not in visible, furniture


def test_html_page_in_windows_1251_declared_by_meta() -> None:
    article = read_article(DATA / "ru_page_cp1251.htm")
    assert article.title == "Пожар на складе в Казани потушен"
    assert article.outlet == "Казанский обозреватель"
    assert "никто не пострадал" in article.text
    assert "Главная" not in article.text
    assert article.language == "ru"


def test_markdown_front_matter_and_markup_removed() -> None:
    article = read_article(DATA / "note.md")
    assert article.original_format == "md"
    assert article.title == "Bridge closure extended after inspection finds cracks"
    assert (article.outlet, article.author, article.published) == (
        "Riverside Gazette",
        "Maria Lopez",
        "2024-05-17",
    )
    assert article.url == "https://gazette.example/bridge-closure"
    assert "**" not in article.text and "](" not in article.text and "---" not in article.text
    assert (
        "The Elm Street bridge will stay closed for at least six more weeks after"
        " engineers found cracks" in article.text
    )
    assert "• Buses are diverted via Oak Avenue." in article.text


def test_pdf_text_layer_reflowed() -> None:
    article = read_article(DATA / "port_strike.pdf")
    assert article.original_format == "pdf"
    assert article.title == "Port strike ends after agreement on wages"
    assert "returned to work on Monday after unions and employers agreed" in article.text
    assert "inflation" in article.text
    assert "\t" not in article.text
    assert article.language == "en"


def test_pdf_named_html_is_read_as_pdf() -> None:
    article = read_article(DATA / "pdf_named.html")
    assert article.original_format == "pdf"
    assert "Dock workers at the port of Antwerp" in article.text


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("empty.txt", "is empty"),
        ("blank.txt", "is empty"),
        ("junk.bin", "binary"),
        ("undecodable.txt", "not text in any encoding"),
        ("picture_named.txt", "is a PNG image although its name ends in .txt"),
        ("archive_named.txt", "ZIP archive"),
        ("encrypted.pdf", "encrypted PDF"),
        ("scanned.pdf", "without a text layer"),
    ],
)
def test_bad_files_are_refused_in_one_line_naming_the_file(name: str, says: str) -> None:
    with pytest.raises(ImportRefused) as caught:
        read_article(DATA / name)
    message = str(caught.value)
    assert says in message
    assert message.startswith(str(DATA / name) + ": ")
    assert "\n" not in message


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path) -> None:
    from kursk_reader.importers.reader import MAX_FILE_BYTES

    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ImportRefused, match="too large"):
        read_article(path)


def test_missing_file_and_folder(tmp_path) -> None:
    with pytest.raises(ImportRefused, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(ImportRefused, match="folder"):
        read_article(tmp_path)


def test_pdf_named_pdf_but_not_pdf(tmp_path) -> None:
    path = tmp_path / "report.pdf"
    path.write_text("Just some words, not a PDF at all.", encoding="utf-8")
    with pytest.raises(ImportRefused, match="not a PDF"):
        read_article(path)


def test_html_saved_as_txt_is_read_as_html(tmp_path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes((DATA / "de_news_page.html").read_bytes())
    article = read_article(path)
    assert article.original_format == "html"
    assert "<p>" not in article.text and "Katastrophenfall" in article.text
