"""Closed classes of words the head credit reader (`attribution_mastheads`) sets aside on an
article's head and foot lines, in six languages (en, ru, uk, de, fr, es): linking words of
names, page furniture, menus, section names, kinds of article, staff words, prepositions of
place and articles. General to every news page, never the words of one event."""

from __future__ import annotations

LINKS = frozenset(
    "de del la las los el le du des of the and y et und di da do dos das на і и та".split()
)
"""Lower-case words inside an outlet's name ("Heraldo de Aragón", "Voice of the Valley")."""
FURNITURE = frozenset(
    """advertisement advertising sponsored anzeige werbung publicidad publicité annonce
    реклама menu home startseite accueil portada inicio главная головна video photo foto live
    breaking eilmeldung urgent última exclusive exclusivo exklusiv срочно терміново эксклюзив
    ексклюзив read lesezeit lecture lectura читать читати share partager compartir teilen
    поделиться поділитися print imprimer imprimir drucken печать друк comment comments
    commenter réagir comentar comentarios kommentieren kommentare комментировать коментувати
    комментарии коментарі save enregistrer guardar speichern сохранить зберегти email e-mail
    mail courriel correo listen écouter escuchar anhören слушать слухати subscribe
    s'abonner abonnieren suscribirse подписаться підписатися newsletter newsletters podcast
    podcasts partner partners partenaires socios партнеров партнерские партнерів партнерські
    page pages seite página pagina страница сторінка views vues aufrufe visitas просмотров
    просмотры переглядів перегляди lesedauer""".split()
)
"""Page furniture that stands on a head line, in six languages: never an outlet."""
MENU = frozenset(
    """home startseite accueil portada inicio главная головна share partager compartir
    teilen поделиться поділитися print imprimer imprimir drucken печать друк email e-mail
    courriel subscribe abonnieren suscribirse подписаться підписатися""".split()
)
"""Buttons and the first item of a menu: a line holding one is navigation, no credit."""
SECTIONS = frozenset(
    """news world politics economy business finance markets money tech technology science
    health culture arts entertainment sport sports football weather climate environment
    society local regional national international opinion lifestyle travel education crime
    justice energy agriculture community diplomacy defence defense security war europe
    nachrichten politik wirtschaft finanzen kultur wissen wissenschaft gesundheit panorama
    lokales region regionales welt ausland inland wetter klima umwelt meinung reise digital
    vermischtes gesellschaft bildung justiz energie landwirtschaft
    actualités actualité politique économie santé sciences monde société faits divers
    diplomatie région régions environnement météo éducation énergie culture international
    actualidad política economía cultura deportes salud ciencia sociedad sucesos nacional
    opinión tecnología tiempo medio ambiente educación energía agricultura mundo
    новости политика экономика общество культура спорт здоровье наука происшествия мир
    регион регионы технологии погода образование энергетика
    новини політика економіка суспільство культура спорт здоров'я наука події світ регіон регіони
    технології погода освіта енергетика війна""".split()
)
"""Section names of news sites in six languages (a page's department, never its publisher)."""
SECTIONS = SECTIONS | frozenset(
    """latest top breaking home metro city nation state companies property motoring cars autos
    food style fashion books music film films cinema media games innovation startups people
    sports football soccer basketball handball tennis cycling athletics motorsport hockey
    boxing rugby golf skiing swimming
    auto reisen karriere familie leben stil medien stadt land fußball handball basketball
    radsport leichtathletik tennis formel eishockey boxen
    planète idées cinéma musique livres tech immobilier emploi locale basket cyclisme
    athlétisme rugby tennis ski
    motor gente televisión cine música viajes gastronomía tendencias fútbol baloncesto
    balonmano tenis ciclismo atletismo boxeo deporte
    авто недвижимость бизнес финансы туризм кино музыка город страна футбол баскетбол
    гандбол теннис хоккей бокс велоспорт
    бізнес фінанси туризм кіно музика місто країна футбол баскетбол гандбол теніс хокей
    бокс велоспорт""".split()
)
GENRES = frozenset(
    """opinion column columns editorial analysis commentary comment interview review obituary
    explainer feature features blog letters pick picks fact check guest special live updates
    main top
    kommentar leitartikel meinung analyse interview nachruf reportage glosse kolumne
    hintergrund überblick
    éditorial chronique tribune entretien décryptage nécrologie billet enquête
    editorial columna análisis entrevista reportaje obituario tribuna directo
    колонка мнение интервью аналитика репортаж некролог трансляция прямая главное
    думка інтерв'ю аналітика репортаж некролог трансляція пряма головне за день дня""".split()
)
"""Kinds of article a head line names ("Kommentar", "Editor's Pick", "Главное за день"),
in six languages: a label of the page, never its publisher."""
STAFF = frozenset(
    """staff team desk newsroom bureau correspondent correspondents reporter reporters editor
    editors writer redaktion korrespondent korrespondentin rédaction correspondant
    correspondante envoyé envoyée redacción corresponsal redactor редакция редакція
    корреспондент кореспондент корр редакции""".split()
)
"""Staff, desk and role words of a credit line ("Science Desk", "La rédaction")."""
LOCATIVE = frozenset(
    """in at near on off en à au de dans desde hacia im nach bei in der в во у под біля
    под на""".split()
)
"""Prepositions that put a place name after them in six languages (not "from", "to":
"More from The Alpine Courier", "told to Le Progrès")."""
ARTICLES = frozenset("the le la les el los las der die das il lo".split())
GENERIC_AGENCIES = frozenset(
    """agencies agences agencias agenturen agenzie агентства агентств агенції агенцій wires
    staff""".split()
)
"""Agencies in general, credited instead of one ("(Agencias)", "Avec agences", "Mit Material
von Agenturen"): no source named."""
