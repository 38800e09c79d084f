"""Writes the import test files in tests/data/import/ (run once; the files are committed).

`.venv/bin/python -m tests.importers.make_fixtures` — PDFs are drawn with Qt's QPdfWriter,
the encrypted one is made with pypdf; the texts are made-up reports, not the samples.
"""

from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).resolve().parent.parent / "data" / "import"

RU_TEXT = """Наводнение в Приморье: эвакуированы жители трёх сёл

Источник: Приморские вести

12 марта 2024

Проливные дожди, которые шли в Приморском крае почти неделю, привели к подъёму воды в реках до опасных отметок. По данным краевого управления МЧС, из трёх сёл эвакуированы около 800 человек, ещё несколько сотен жителей отказались покидать свои дома.

Глава района заявил журналистам, что вода затопила более двухсот дворов и размыла участок дороги, связывающей сёла с районным центром. Спасатели доставляют людям питьевую воду и продукты на лодках, а в школе соседнего посёлка развернут пункт временного размещения.

Синоптики ожидают, что уровень воды начнёт снижаться не раньше чем через три дня. Власти края пообещали выплатить пострадавшим компенсации, однако их размер пока не определён.

Поделиться

Читайте также
"""

UK_TEXT = """Повінь на Закарпатті: рятувальники евакуювали понад 300 людей

Джерело: Закарпатські новини

Автор: Олена Коваль

Через сильні зливи на Закарпатті вийшли з берегів кілька гірських річок. За даними ДСНС, вода підтопила понад сто п'ятдесят житлових будинків у чотирьох селах, а рятувальники евакуювали понад 300 людей, серед них сорок дітей.

Голова обласної адміністрації повідомив, що пошкоджено два мости та ділянку автомобільної дороги. На місці працюють понад двісті рятувальників і волонтерів, які допомагають людям вивозити майно та доставляють питну воду.

Синоптики попереджають, що дощі триватимуть ще щонайменше дві доби, тому рівень води в річках може знову піднятися.

Поділитися
"""

FR_TEXT = """Grève des contrôleurs aériens : des centaines de vols annulés à Marseille

Par Jean Dupont

Publié le 3 juin 2024

La grève des contrôleurs aériens a entraîné l'annulation de plusieurs centaines de vols à l'aéroport de Marseille-Provence, selon la direction générale de l'aviation civile. Les passagers ont été invités à vérifier l'état de leur vol avant de se rendre à l'aéroport.

Le syndicat à l'origine du mouvement réclame des effectifs supplémentaires et une revalorisation des salaires. La direction affirme que les négociations se poursuivront la semaine prochaine.

Partager
"""

DE_HTML = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Hochwasser in Passau: Stadt ruft Katastrophenfall aus | Donau-Kurier</title>
<meta property="og:site_name" content="Donau-Kurier">
<meta property="og:title" content="Hochwasser in Passau: Stadt ruft Katastrophenfall aus">
<meta name="author" content="Katrin Bauer">
<meta property="article:published_time" content="2024-06-04T08:15:00+02:00">
<link rel="canonical" href="https://www.donau-kurier.example/lokales/hochwasser-passau-katastrophenfall">
<link rel="stylesheet" href="https://cdn.donau-kurier.example/style.css">
<script src="https://tracker.example/analytics.js"></script>
<script>window.dataLayer = [{"event": "pageview"}];</script>
</head>
<body>
<a href="#main" class="skip">Zum Inhalt springen</a>
<div id="cookie-banner" class="cookie-consent">
  <p>Wir verwenden Cookies, um Ihnen das beste Nutzungserlebnis zu bieten. Wenn Sie weiter auf
  dieser Webseite surfen, stimmen Sie der Nutzung von Cookies zu.</p>
  <button>Alle akzeptieren</button> <button>Einstellungen</button>
</div>
<header>
  <nav><ul><li><a href="/">Startseite</a></li><li><a href="/lokales">Lokales</a></li>
  <li><a href="/politik">Politik</a></li><li><a href="/sport">Sport</a></li>
  <li><a href="/wirtschaft">Wirtschaft</a></li></ul></nav>
</header>
<main id="main">
<article>
  <h1>Hochwasser in Passau: Stadt ruft Katastrophenfall aus</h1>
  <p class="byline">Von Katrin Bauer · 4. Juni 2024</p>
  <img src="https://img.donau-kurier.example/hochwasser.jpg" alt="Überflutete Altstadt">
  <p>Nach tagelangen Regenfällen hat die Stadt Passau am Dienstagmorgen den Katastrophenfall
  ausgerufen. Der Pegel der Donau stieg in der Nacht auf über zehn Meter, die Altstadt steht
  teilweise unter Wasser. Rund 2.000 Einwohner mussten ihre Wohnungen verlassen.</p>
  <p>Oberbürgermeister Jürgen Dupper sagte bei einer Pressekonferenz, die Lage sei ernst, aber
  unter Kontrolle. Feuerwehr, Technisches Hilfswerk und Bundeswehr seien mit mehr als 900
  Einsatzkräften vor Ort und sicherten die Deiche mit Sandsäcken.</p>
  <p>Der Deutsche Wetterdienst erwartet für die kommenden zwei Tage weitere Niederschläge. Die
  Behörden rufen die Bevölkerung auf, die Uferbereiche zu meiden und den Anweisungen der
  Einsatzkräfte zu folgen.</p>
  <div class="share">Teilen: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">E-Mail</a></div>
</article>
<aside class="related">
  <h2>Mehr zum Thema</h2>
  <ul><li><a href="/a">Pegelstände an der Donau: Die aktuelle Lage</a></li>
  <li><a href="/b">So schützen Sie Ihr Haus vor Hochwasser</a></li></ul>
</aside>
<section class="comments"><h3>Kommentare</h3><p>Schreiben Sie den ersten Kommentar!</p></section>
</main>
<footer>
  <p>© 2024 Donau-Kurier. Alle Rechte vorbehalten.</p>
  <p><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a></p>
</footer>
</body>
</html>
"""

RU_HTML_CP1251 = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Пожар на складе в Казани потушен</title>
<meta property="og:site_name" content="Казанский обозреватель">
</head>
<body>
<div class="menu"><a href="/">Главная</a> <a href="/news">Новости</a></div>
<article>
<h1>Пожар на складе в Казани потушен</h1>
<p>Пожар на складе строительных материалов в промышленной зоне Казани полностью потушен,
сообщили в региональном управлении МЧС. Площадь возгорания составила около двух тысяч
квадратных метров.</p>
<p>По предварительным данным, никто не пострадал. Причины пожара устанавливают специалисты,
возбуждено уголовное дело о нарушении требований пожарной безопасности.</p>
</article>
<footer>Все права защищены</footer>
</body>
</html>
"""

MARKDOWN = """---
title: "Bridge closure extended after inspection finds cracks"
author: Maria Lopez
date: 2024-05-17
outlet: Riverside Gazette
url: https://gazette.example/bridge-closure
---

# Bridge closure extended after inspection finds cracks

The **Elm Street bridge** will stay closed for at least six more weeks after engineers found
cracks in two of its supporting beams, the city's transport department said on Friday.

> "Safety comes first," said [the department's spokesperson](https://gazette.example/people).

- Buses are diverted via Oak Avenue.
- Cyclists may use the footbridge downstream.

![Engineers on the bridge](https://gazette.example/bridge.jpg)

Repairs are expected to cost about $2.4 million.
"""

PDF_TEXT = (
    "Port strike ends after agreement on wages\n\n"
    "Dock workers at the port of Antwerp returned to work on Monday after unions and employers "
    "agreed on a three-year wage deal, ending a strike that had lasted nine days and left more "
    "than forty ships waiting at anchor.\n\n"
    "The agreement raises wages by 4.5 percent this year and links later increases to inflation, "
    "a union spokesman said. Employers said the backlog of containers would take about two weeks "
    "to clear."
)


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    (DATA / "ru_cp1251.txt").write_bytes(RU_TEXT.encode("cp1251"))
    (DATA / "ru_koi8r.txt").write_bytes(RU_TEXT.encode("koi8-r"))
    (DATA / "uk_utf16.txt").write_bytes(UK_TEXT.replace("\n", "\r\n").encode("utf-16"))
    (DATA / "uk_utf16be_nobom.txt").write_bytes(UK_TEXT.encode("utf-16-be"))
    (DATA / "fr_cp1252.txt").write_bytes(FR_TEXT.encode("cp1252"))
    (DATA / "fr_utf8_bom.txt").write_bytes(b"\xef\xbb\xbf" + FR_TEXT.encode("utf-8"))
    (DATA / "de_news_page.html").write_text(DE_HTML, encoding="utf-8")
    (DATA / "ru_page_cp1251.htm").write_bytes(RU_HTML_CP1251.encode("cp1251"))
    (DATA / "note.md").write_text(MARKDOWN, encoding="utf-8")
    (DATA / "empty.txt").write_bytes(b"")
    (DATA / "blank.txt").write_bytes(b"  \n\n\t \r\n")
    rng = random.Random(4)
    (DATA / "junk.bin").write_bytes(bytes(rng.randrange(256) for _ in range(3000)))
    (DATA / "undecodable.txt").write_bytes(
        bytes(rng.choice([*range(0x80, 0x100), 0x01, 0x02, 0x1B]) for _ in range(600))
    )
    zip_buffer = io.BytesIO()
    with zipfile.ZipFile(zip_buffer, "w") as zf:
        zf.writestr("article.txt", FR_TEXT)
    (DATA / "archive_named.txt").write_bytes(zip_buffer.getvalue())
    _write_qt_fixtures()
    _write_encrypted()


def _write_qt_fixtures() -> None:
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, Qt
    from PySide6.QtGui import (
        QColor,
        QGuiApplication,
        QImage,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
    )

    _app = QGuiApplication.instance() or QGuiApplication([])
    writer = QPdfWriter(str(DATA / "port_strike.pdf"))
    writer.setTitle("Port strike ends after agreement on wages")
    writer.setCreator("Kursk Reader test fixtures")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    doc = QTextDocument()
    doc.setPlainText(PDF_TEXT)
    doc.print_(writer)
    del writer

    scan = QPdfWriter(str(DATA / "scanned.pdf"))
    scan.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    scan.setResolution(72)
    image = QImage(200, 260, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1e8"))
    img_painter = QPainter(image)
    for y in range(20, 240, 14):
        img_painter.fillRect(QRectF(15, y, 170 - (y % 50), 6), QColor("#333333"))
    img_painter.end()
    painter = QPainter(scan)
    painter.drawImage(QRectF(0, 0, 200, 260), image)
    painter.end()
    del scan

    png = QBuffer()
    png.open(QIODevice.OpenModeFlag.WriteOnly)
    image.scaled(40, 52, Qt.AspectRatioMode.KeepAspectRatio).save(png, "PNG")
    (DATA / "picture_named.txt").write_bytes(bytes(png.data().data()))
    (DATA / "pdf_named.html").write_bytes((DATA / "port_strike.pdf").read_bytes())


def _write_encrypted() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(DATA / "port_strike.pdf"))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    with open(DATA / "encrypted.pdf", "wb") as f:
        writer.write(f)


if __name__ == "__main__":
    main()
