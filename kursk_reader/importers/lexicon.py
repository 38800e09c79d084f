"""A small multilingual vocabulary of website furniture (en, ru, uk, de, fr, es, it, pl).

These are the words of buttons, menus, labels and notices that sites put around a report;
debris marking combines them with the shape of a line (length, punctuation, position,
repetition), so a word here never marks a line of the report on its own.
"""

from __future__ import annotations

import re


def _phrases(text: str) -> frozenset[str]:
    return frozenset(p.strip() for p in text.split("|") if p.strip())


UI_PHRASES = _phrases(
    # en
    "skip to content|skip to main content|jump to content|go to content|skip navigation|menu|"
    "main menu|navigation|search|home|homepage|log in|login|sign in|sign up|register|subscribe|"
    "subscribe now|share|share this|share this article|share on facebook|share on twitter|tweet|"
    "email|print|comments|comment|leave a reply|leave a comment|post a comment|reply|cancel reply|"
    "source link|tags|tag|category|categories|topics|section|publication date|published|updated|"
    "date|author|authors|photo|photos|video|videos|gallery|back to top|next article|"
    "previous article|previous|next|load more|show more|read more|continue reading|"
    "follow us|newsletter|cookie settings|accept|accept all|reject all|ok|close|back|"
    "add to favorites|add to favourites|bookmark|save|save article|copy link|listen|"
    "listen to article|listen to this article|advertisement|advert|ad|ads|sponsored|"
    "sponsored content|scroll to continue with content|news|latest|breaking|live|"
    "how do you like that|did you like this article|was this article helpful|rate this article|"
    "report an error|found a typo|english version|"
    # ru
    "перейти к материалам|перейти к содержанию|перейти к основному содержанию|меню|поиск|"
    "главная|войти|регистрация|подписаться|подписывайтесь|поделиться|комментарии|комментарий|"
    "оставить комментарий|ответить|теги|метки|рубрика|категория|дата публикации|опубликовано|"
    "обновлено|автор|фото|видео|наверх|следующая статья|предыдущая статья|показать еще|"
    "показать ещё|добавить в избранное|в избранное|источник|читать далее|подробнее|печать|"
    "копировать ссылку|реклама|новости|главное|слушать|нашли ошибку|"
    # uk
    "перейти до матеріалів|перейти до вмісту|перейти до основного вмісту|пошук|головна|увійти|"
    "підписатися|підписуйтесь|поділитися|коментарі|коментар|залишити коментар|відповісти|"
    "мітки|категорія|дата публікації|опубліковано|оновлено|відео|нагору|додати до обраного|"
    "в обране|джерело|читати далі|детальніше|друк|копіювати посилання|новини|головне|слухати|"
    "знайшли помилку|"
    # de
    "zum inhalt springen|zum hauptinhalt springen|zum hauptinhalt|menü|suche|startseite|"
    "anmelden|registrieren|abonnieren|teilen|artikel teilen|kommentare|kommentar schreiben|"
    "antworten|schlagworte|kategorie|veröffentlicht|aktualisiert|autor|foto|bild|nach oben|"
    "drucken|merken|zur merkliste|link kopieren|vorlesen|anzeige|werbung|nachrichten|"
    "artikel anhören|"
    # fr
    "aller au contenu|aller au contenu principal|passer au contenu|rechercher|recherche|accueil|"
    "se connecter|connexion|s'abonner|abonnez-vous|partager|partager cet article|commentaires|"
    "laisser un commentaire|répondre|mots-clés|catégorie|publié le|mis à jour|auteur|vidéo|"
    "haut de page|imprimer|ajouter aux favoris|copier le lien|écouter|publicité|actualités|"
    "écouter cet article|"
    # es
    "ir al contenido|saltar al contenido|menú|buscar|inicio|iniciar sesión|registrarse|"
    "suscríbete|suscribirse|compartir|comentarios|deja un comentario|dejar un comentario|"
    "responder|etiquetas|categoría|publicado|actualizado|volver arriba|imprimir|"
    "añadir a favoritos|copiar enlace|fuente|publicidad|noticias|escuchar|"
    # it, pl
    "vai al contenuto|condividi|commenti|pubblicità|notizie|przejdź do treści|udostępnij|"
    "komentarze|reklama|wiadomości"
)

RELATED_HEADINGS = _phrases(
    "related|related articles|related stories|related posts|related news|read also|see also|"
    "more on the topic|more on this topic|more on this story|more stories|more news|"
    "recommended|recommended for you|most read|most popular|popular|trending|latest news|"
    "you may also like|you might also like|also read|read next|"
    "читайте также|читать также|по теме|еще по теме|ещё по теме|похожие статьи|другие новости|"
    "самое читаемое|популярное|читайте також|по темі|більше на тему|схожі статті|інші новини|"
    "найпопулярніше|lesen sie auch|mehr zum thema|weitere artikel|verwandte artikel|"
    "das könnte sie auch interessieren|meistgelesen|à lire aussi|lire aussi|sur le même sujet|"
    "articles similaires|les plus lus|lee también|leer también|noticias relacionadas|"
    "artículos relacionados|te puede interesar|lo más leído|leggi anche|czytaj też|"
    "czytaj także"
)

SHARE_WORDS = frozenset(
    "facebook twitter x telegram whatsapp viber vk vkontakte linkedin reddit pinterest "
    "instagram youtube tiktok email e-mail mail print share tweet copy link rss ok "
    "odnoklassniki flipboard messenger threads mastodon bluesky pocket skype line "
    "почта пошта поделиться поділитися teilen partager compartir".split()
)

LABELS = frozenset(
    "category categories tags topics section рубрика категория теги метки рубрики категорія "
    "мітки теми kategorie schlagworte themen rubrik catégorie mots-clés rubrique thèmes "
    "categoría etiquetas temas sección".split()
)

LANGUAGE_NAMES = frozenset(
    "english русский русском українська українською українській по-русски по-украински "
    "по-українськи російською російській англійською английском deutsch deutsche français "
    "française español española italiano polski en ru uk ua de fr es it pl eng рус укр".split()
)

READ_VERBS = re.compile(
    r"\b(read|читати|читать|читайте|lesen|lire|leer|leggi|czytaj|version|версия|версія|"
    r"versión|fassung|switch|перейти|перейдіть|auf)\b",
    re.I,
)

SITE_NOUNS = re.compile(
    r"(cookie|куки|кукі|website|web site|\bsite\b|сайт|browser|браузер|newsletter|рассылк|"
    r"розсилк|subscription|подписк|підписк|\bvpn\b|ad-?block|блокировщик|блокувальник|"
    r"javascript|notification|уведомлени|сповіщен|\bapp\b|приложени|застосун|\bversion\b|"
    r"верси|версі|webseite|navigateur|navegador|sitio web|site web|e-?mail|settings|"
    r"настройк|налаштуван|einstellungen|paramètres|configuración|werbeblocker|"
    r"bloqueur|bloqueador|personal data|персональн|datenschutz|données personnelles|"
    r"privacy|конфиденциальн|конфіденційн)",
    re.I,
)

SECOND_PERSON_WORDS = frozenset(
    "you your yours вы вас вам ваш ваша ваше ваши вашего вашей вашим ви вами ваш ваша ваше "
    "ваші вашого вашої vous votre vos usted ustedes tu tus please пожалуйста ласка bitte "
    "veuillez favor click нажмите натисніть klicken cliquez clic".split()
)
"""Words that address the reader (compared with a line's lower-cased words)."""
SECOND_PERSON_CASED = frozenset("Sie Ihr Ihre Ihren Ihrem Ihrer".split())
"""German formal "you": only capitalised, since lower-case "sie" means "she/they"."""

STRONG_PHRASES = (
    "adblock",
    "ad blocker",
    "ad-blocking",
    "ad blocking",
    "required fields are marked",
    "your email address will not be published",
    "all rights reserved",
    "все права защищены",
    "всі права захищені",
    "усі права захищені",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "enable javascript",
    "включите javascript",
    "this site uses cookies",
    "we use cookies",
    "использует cookie",
    "використовує cookie",
    "verwendet cookies",
    "utilise des cookies",
    "utiliza cookies",
)
"""Stock notices, matched as lower-case substrings of a line of any length."""


CREDIT_WORDS = frozenset(
    "via photo photos foto фото image images getty pool credit credits illustration "
    "shutterstock epa afp ap reuters dpa tass тасс риа ria sputnik anadolu xinhua yonhap "
    "kcna ukrinform укрінформ унiан уніан / © handout file archive архив архів".split()
)

CAPTION_PREFIX = re.compile(
    r"^(photo|photos|image|picture|illustration|credit|credits|foto|fotos|bild|фото|"
    r"фотография|ілюстрація|иллюстрация|скриншот|screenshot|video|видео|відео)\s*[:/©|]",
    re.I,
)
