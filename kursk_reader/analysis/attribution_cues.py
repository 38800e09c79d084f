"""The cue words of attributions ("according to", "said", "по данным", "laut", "selon") and
where they occur in a text, found fast: one look-behind regex lists cue words at word starts,
cheap tests on the raw text drop cues that cannot name a source, and only the sentence
holding a surviving cue is tokenised (see `attributions` for reading the source itself)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from kursk_reader.analysis.attribution_nouns import SOURCE_NOUNS
from kursk_reader.analysis.attribution_scan import lowered
from kursk_reader.analysis.textspans import Token, tokens

_QUALIFIERS_RU = "предварительным первым официальным последним уточнённым уточненным новым обновлённым обновленным свежим"
_QUALIFIERS_UK = "попередніми першими офіційними останніми уточненими новими оновленими свіжими"
_QUALIFIERS_DE = "vorläufigen ersten offiziellen jüngsten neuesten bisherigen aktuellen neuen"
QUALIFIERS = frozenset(
    f"""preliminary provisional initial official unofficial latest first early new updated final
    premiers premières provisoires officiels officielles derniers dernières nouveaux nouvelles
    préliminaires provisionales preliminares oficiales primeros primeras últimos últimas nuevos
    nuevas {_QUALIFIERS_RU} {_QUALIFIERS_UK} {_QUALIFIERS_DE}""".split()
)
"""Words that qualify reported data or figures in six languages ("according to provisional
figures from", "по предварительным данным", "за попередніми даними", "nach ersten Angaben",
"selon les premiers chiffres de", "según datos provisionales de"): the cue reads through them."""
_QUALIFIER_RU = "(?:" + "|".join(_QUALIFIERS_RU.split()) + ")"
_QUALIFIER_UK = "(?:" + "|".join(_QUALIFIERS_UK.split()) + ")"
_QUALIFIER_DE = "(?:" + "|".join(_QUALIFIERS_DE.split()) + ")"
_NO_CLAUSE_END = r"(?![ \u00a0]*[,.;:])"
"""Qualified data with no one named ("по предварительным данным, …") is an adverb: no cue."""

# The source follows these words ("according to X", "Source: X", "сообщает X").
AFTER = re.compile(
    r"(?<!\w)(?:"
    r"according\s+to|as\s+(?:noted|reported|stated|told|said|quoted|cited|written)\s+by"
    r"|(?:reported|cited|quoted|confirmed|announced|published|released|noted|stated)\s+by"
    r"|citing|quoting|told|in\s+an?\s+interview\s+with|sources?\s*:"
    r"|(?<=[”\"’»]\s)(?:said|says|added|adds|insisted|recalled|warned|joked|quipped)(?=\s+(?:[A-Z]\w*\.?\s+)?[A-Z])"
    r"|(?<=[”\"’»“],\s)(?:cuenta|cuentan|contó|contaron|erzählt|erzählte|erzählen"
    r"|erzählten)(?=\s+(?-i:[A-ZÁÉÍÓÚÑÄÖÜ]))"
    r"|(?<=\w,\s)(?:said|says|added|adds|forecasts?|predicted|predicts|estimated|estimates)"
    r"(?=\s+(?-i:(?:[A-Z]\w*\.?\s+|(?:the\s+)?[a-z]{2,}(?:ologist|ist|yst|expert)\s+)?[A-Z]))"
    r"|(?:(?<=[”\"’»“]\s)|(?<=[”\"’»“],\s)|(?<=[”\"’»“]\s—\s)|(?<=[”\"’»“],\s—\s)"
    r"|(?<=[,!?]\s—\s)|(?<=[,!?]\s–\s)|(?<=\w,\s)|(?<=[\w,!?…]\s—)|(?<=[\w,!?…]\s–))"
    r"(?:dijo|declaró|afirmó|añadió|aseguró|explicó|señaló|relató|advirtió|subrayó|precisó"
    r"|detalló|sagte|sagt|erklärte|betonte|warnte|berichtete"
    r"|сказал[аи]?|отметил[аи]?|добавил[аи]?|сказав|сказала|додав|додала|зазначив|зазначила"
    r"|рассказал[аи]?|пояснил[аи]?|подчеркнул[аи]?|уточнил[аи]?|розповів|розповіла|пояснив"
    r"|пояснила|наголосив|наголосила|уточнив|уточнила"
    r"|rapporte|rapportent|écrit|indique|précise|ajoute|souligne|affirme|explique|estime"
    r"|explica|asegura|señala|indica|afirma|añade|relata|precisa|advierte|detalla"
    r"|erklärt|betont|schreibt|warnt|ergänzt|meint"
    r"|говорит|рассказывает|поясняет|отмечает|говорить|розповідає|пояснює|зазначає"
    r"|lance|déplore|regrette|insiste|martèle|rappelle|dénonce|lamentó|insistió|recordó"
    r"|denunció|lamenta|recuerda|denuncia|bedauerte|beklagte|kritisierte|признал[аи]?"
    r"|напомнил[аи]?|визнав|визнала|нагадав|нагадала|confie|confient|raconte|racontent"
    r"|confesó|reconoce|gesteht|räumt|признаётся|признается|зізнається"
    r"|bromeó|resumió|ironizó|plaisante|résume|scherzte|resümierte|kommentierte"
    r"|пошутил[аи]?|прокомментировал[аи]?|подытожил[аи]?|пожартував|пожартувала"
    r"|прокоментував|прокоментувала|підсумував|підсумувала"
    r"|dijeron|declararon|afirmaron|añadieron|agregaron|aseguraron|explicaron|señalaron"
    r"|relataron|advirtieron|subrayaron|precisaron|detallaron|informaron|indicaron"
    r"|anunciaron|confirmaron|explican|aseguran|señalan|indican|afirman|añaden|precisan"
    r"|(?:прогнозиру(?:ет|ют)|прогнозировал[аи]?|прогнозу(?:є|ють)|прогнозував|прогнозувала"
    r"|предупрежда(?:ет|ют)|попереджа(?:є|ють)|оценива(?:ет|ют)|оціню(?:є|ють)"
    r"|prévoit|prévoient|prévient|avertit|pronostica|pronostican|pronosticó|prevé|prevén"
    r"|estima|estiman|calcula|calculan|prognostiziert|prognostizierte|schätzt|schätzte)(?!-))"
    r"|a-t-(?:il|elle)\s+(?:déclaré|dit|indiqué|précisé|affirmé|expliqué|ajouté|assuré|confié"
    r"|souligné|confirmé|estimé|averti|reconnu|raconté|répété|martelé|insisté|rappelé|dénoncé)"
    rf"|по\s+(?:{_QUALIFIER_RU}\s+данным{_NO_CLAUSE_END}|данным)|по\s+словам|по\s+информации|по\s+сведениям|по\s+оценкам|согласно"
    r"|по\s+оценке|по\s+мнению|по\s+версии|по\s+подсч[её]там|за\s+оцінкою|на\s+думку"
    r"|за\s+версією|за\s+підрахунками"
    r"|привод(?:ит|ят)\s+слова|привел[аи]?\s+слова|навод(?:ить|ять)\s+слова|навів\s+слова"
    r"|навела\s+слова|цитиру(?:ет|ют)|цитує|цитують"
    r"|nach\s+(?:einem|einer)\s+(?:Bericht|Meldung|Darstellung|Schätzung)\s+(?:von|der|des)"
    r"|со\s+ссылкой\s+на|за\s+оцінками"
    r"|(?:как\s+)?(?:сообщает|сообщил[аио]?|пишет|передает|передаёт|заявил[аи]?)"
    r"|как\s+(?:рассказал|пояснил|уточнил|подчеркнул|отметил|сказал)[аи]?"
    r"|як\s+(?:розповів|розповіла|розповіли|пояснив|пояснила|зазначив|зазначила|сказав|сказала"
    r"|наголосив|наголосила)"
    r"|источник(?:и)?\s*:"
    rf"|за\s+(?:{_QUALIFIER_UK}\s+даними{_NO_CLAUSE_END}|даними)|за\s+словами|за\s+інформацією|згідно\s+з(?:і)?|з\s+посиланням\s+на"
    r"|(?:як\s+)?(?:повідомляє|повідомив|повідомила|повідомили|пише|передає|заявив|заявила)"
    r"|джерело\s*:"
    rf"|laut|gemä(?:ß|ss)|nach\s+{_QUALIFIER_DE}\s+(?:Angaben|Informationen|Erkenntnissen)\s+(?:von|der|des)(?!\w)"
    r"|nach\s+(?:Angaben|Schätzung(?:en)?|Einschätzung|Informationen|Erkenntnissen|Darstellung"
    r"|Auskunft)(?:\s+(?:von|der|des))?|unter\s+Berufung\s+auf|Quelle\s*:"
    r"|(?:berichtet|berichtete|sagte|meldet|meldete)"
    r"|teilten?(?=[ \u00a0]+(?:der|die|das|den|dem|des|(?-i:[A-ZÄÖÜ]))(?:[^.,;:!?\n]|\.(?=\w)){0,140}?[ \u00a0]mit"
    r"(?:[ \u00a0]*[.,;:]|$))"
    r"|selon|d['’]après|de\s+acuerdo\s+con|según|fuente\s*:|de\s+source\s+\w+"
    r"|(?:a|ont)\s+(?:annoncé|déclaré|indiqué|précisé|affirmé|expliqué|rapporté|assuré|ajouté|confié|raconté"
    r"|souligné|confirmé|estimé|averti|reconnu|raconté|lancé|déploré|regretté|insisté|martelé"
    r"|rappelé|dénoncé|répété|résumé|commenté|plaisanté|ironisé)"
    r"|(?:ha|han)\s+(?:explicado|dicho|declarado|señalado|informado|asegurado|indicado"
    r"|afirmado|confirmado|precisado)"
    r"|appris\s+auprès\s+d(?:e|u|es)|(?:a|ont)\s+fait\s+savoir"
    r"|(?:как\s+)?стало\s+известно|(?:як\s+)?стало\s+відомо"
    r"|(?<!s'est\s)(?<!s’est\s)(?:déclaré|dit|indiqué|confié|expliqué)\s+à|(?:dijo|declaró|explicó|contó)\s+a"
    r"|(?:informó|informa|anunció|señaló|indicó)"
    r"|(?:mitgeteilt|berichtet|erklärt)\s+(?:von|vom|der|die|das)"
    r")(?!\w)",
    re.IGNORECASE,
)

# The source comes just before these verbs ("KCNA reported", "the WSJ notes", "Madden said").
BEFORE_VERBS = frozenset(
    """reported reports said says told noted notes stated states wrote writes announced
    claimed added confirmed explained stressed emphasized emphasised cited quoted
    сообщает сообщил сообщила сообщили заявил заявила заявили пишет отметил отметила передает
    повідомляє повідомив повідомила повідомили заявив заявила пише зазначив зазначила
    zufolge mitteilte mitteilt mitteilten berichtete berichtet erklärte erklärt sagte sagt
    meldete meldet dit déclaré indiqué annoncé affirmé rapporte affirme indique annonce précisé
    dijo declaró informó señaló afirmó aseguró indicó informa anunció explicó
    warned insisted acknowledged replied urged estimated estimates alerted alertó alertaron
    described qualifié qualifiée calificó calificaron nannte nannten bezeichnete bezeichneten
    назвал назвала назвали назвав
    alerté alertèrent
    оценил оценила оценили оцінив оцінила оцінили schätzt schätzte schätzen schätzten
    estime estimó estima calculó beziffert bezifferte bezifferten évalue évalué chiffre chiffré
    cifró cifra tasó tasaron
    сказал сказала сказали заявляет отметили добавил добавила добавили подчеркнул подчеркнула
    подчеркнули пояснил пояснила пояснили рассказал рассказала рассказали уточнил уточнила
    уточнили предупредил предупредила предупредили написал написала написали
    сказав сказала сказали заявили зазначили додав додала додали наголосив наголосила
    наголосили пояснив пояснила пояснили розповів розповіла розповіли уточнив уточнила уточнили
    попередив попередила попередили заявляє написав написала написали
    sagten erklärten betonte betonten warnte warnten bestätigte bestätigten teilte teilten
    kündigte kündigten
    expliqué ajouté souligné confirmé averti assuré reconnu raconté déclare explique ajoute
    souligne précise assure
    añadió agregó subrayó advirtió confirmó precisó reconoció relató detalló afirma
    asegura explica señala indica
    сообщило заявило отметило подчеркнуло уточнило пояснило добавило сказало рассказало
    повідомило зазначило наголосило уточнило пояснило додало сказало розповіло
    informado declarado dicho explicado señalado afirmado asegurado confirmado indicado
    anunciado precisado detallado subrayado advertido relatado alertado mitgeteilt gesagt bestätigt betont angekündigt
    showed shows found finds revealed reveals suggested suggests zeigte zeigt zeigten ergab
    ergaben montre montrent révèle révélé muestra muestran reveló revela показал показали
    показывают показав свідчать
    spoke sprach sprachen habló hablaron parlé говорил говорила говорили говорив
    promised vowed pledged versprach versprachen promis promet prometió prometieron
    пообещал пообещала пообещали пообіцяв пообіцяла пообіцяли
    denounced condemned verurteilte verurteilten dénoncé condamné denunció condenó осудил
    осудила осудили засудив засудила засудили
    приветствовали привітали раскритиковали розкритикували отреагировали
    відреагували прокомментировали прокоментували
    highlighted underlined underscored remarked cautioned destacado apuntado comentado
    reiterado recalcado manifestado aclarado expresó reconocido noté argué unterstrich
    unterstrichen erläuterte erläuterten argumentierte argumentierten заметил заметила
    заметили указал указала указали зауважив зауважила зауважили вказав вказала вказали
    підкреслив підкреслила підкреслили
    say report warn claim confirm insist sagen berichten melden erklären warnen bestätigen
    betonen disent affirment déclarent indiquent précisent rapportent annoncent confirment
    assurent expliquent ajoutent soulignent avertissent dicen afirman aseguran declaran
    informan indican señalan explican advierten confirman añaden precisan dice declara
    advierte añade precisa говорят сообщают заявляют утверждают отмечают уточняют
    подтверждают предупреждают поясняют говорит утверждает отмечает уточняет подтверждает
    предупреждает поясняет кажуть повідомляють заявляють стверджують зазначають уточнюють
    підтверджують попереджають пояснюють каже стверджує зазначає уточнює підтверджує
    попереджає пояснює говорять наголошують подчеркивают подчёркивают запевняють уверяют
    відзначають нагадують напоминают визнають признают закликають призывают додають добавляют
    коментують комментируют
    argues argued contends contended sostiene sostienen sostuvo sostuvieron sostenido alega
    alegan alegó alegaron argumenta argumentan argumentó argumentaron soutient soutiennent
    soutenu arguent argué behauptet behaupten behauptete behaupteten beharrt beharrte
    настаивает настаивают настаивал настаивала настаивали утверждал утверждала утверждали
    наполягає наполягають наполягав наполягала наполягали стверджував стверджувала
    стверджували
    призвал призвала призвали призвало закликав закликала закликали закликало appellierte
    appellierten mahnte mahnten exhorté exhorte instó instaron
    admitted admit admits admis admet admettent admitió admitieron admite admiten
    called appelle appellent appelé estimate estiment estiman оценивают оцінюють demanded demands
    conceded forderte forderten fordert baten
    demandé réclamé estimé insisté rapporté relaté pidió pidieron exigió exigieron reclamó reclamaron
    insistió insistieron calcula calculan признал признала признали признало потребовал
    потребовала потребовали потребовало попросил попросила попросили предложил предложила
    предложили предложило визнав визнала визнали визнало вимагав вимагала вимагали
    попросив попросила попросили запропонував запропонувала запропонували запропонувало
    asked requis sollicité solicitó solicitaron beantragte beantragten просил
    просила просили просило просив попросило
    dijeron declararon informaron señalaron afirmaron aseguraron indicaron anunciaron
    explicaron añadieron agregaron subrayaron advirtieron confirmaron precisaron reconocieron
    relataron detallaron denunciaron condenaron cifraron calcularon estimaron reiteraron
    reafirmaron publicaron emitieron difundieron aconsejaron recomendaron meldeten berichteten
    advised advises recommended recommends rät riet rieten empfahl empfahlen conseille
    conseillent recommande recommandent aconseja aconsejó recomienda recomendó рекомендует
    рекомендовал рекомендовала рекомендовали советует рекомендує рекомендував рекомендувала
    рекомендували радить
    issued released publicó emitió difundió veröffentlichte veröffentlichten publié diffusé
    опубликовал опубликовала опубликовали распространил распространила распространили
    оприлюднив оприлюднила оприлюднили поширив поширила поширили
    dite
    reiterated reaffirmed bekräftigte bekräftigten versicherte versicherten réaffirmé réitéré
    reiteró reafirmó подтвердил подтвердила подтвердили подтвердило підтвердив підтвердила
    підтвердили підтвердило объявил объявила объявили объявило оголосив оголосила оголосили
    exigido pedido reclamado denunciado advertido criticado lamentado subrayado recordado
    exigé critiqué regretté rappelé déploré
    ruled urteilte urteilten entschied entschieden jugé falló fallaron dictaminó dictaminaron
    постановил постановила постановило постановили постановив ухвалив ухвалила ухвалило
    argued argues warns explains stresses adds insists confirms
    betont warnt ergänzt kritisiert bedauert beklagt mahnt versichert bekräftigt
    verspricht
    rappelle dénonce déplore regrette insiste confirme avertit prévient reconnaît raconte
    martèle
    destacó destaca destacaron apuntó apuntaron recalcó recalca recalcaron aclaró aclara
    aclararon manifestó manifestaron comentó comentaron lamentó
    lamenta lamentaron recordó recuerda recordaron insiste reconoce confirma subraya
    напомнил напомнила напомнили напоминает подчёркивает подчеркивает добавляет
    нагадав нагадала нагадали нагадує наголошує додає
    predicted predicts predict prévoit prévoient prévu prevé prevén pronostica pronostican
    pronosticó prognostiziert prognostizieren prognostizierte прогнозирует прогнозируют
    прогнозировал прогнозировали прогнозує прогнозують прогнозував прогнозували
    recounted recounts relata relatan relate relatent racontent contó contaron erzählte erzählten
    joked quipped commented scherzte kommentierte resümierte plaisanté commenté bromeó resumió
    пошутил пошутила прокомментировал прокомментировала подытожил подытожила пожартував
    пожартувала прокоментував прокоментувала підсумував підсумувала
    рассказывает рассказывают розповідає розповідають""".split()
)
"""Speech verbs as a closed class in six languages, masculine, feminine and plural forms
("Анна Белова сказала:", "Die Polizei teilte mit", "el alcalde añadió"), present tense too
(the news present of German and French: "Der Verband warnt", "La commission rappelle"),
forecasting verbs ("Синоптики прогнозируют", "Météo-France prévoit"),
singular and plural ("investigators say", "les syndicats affirment", "кажуть рятувальники"). Verbs with a common
other sense before an object are left out ("recalled 2,000 cars", "admitted 12 patients",
"contó con 40 voluntarios")."""

# What a source issued rather than who it is: kept in the quote, dropped from the name.
DOCUMENT_NOUNS = frozenset(
    """statement data estimates report figures release
    заявление данные оценки сообщение заява дані оцінки повідомлення
    angaben erklärung schätzungen bericht daten zahlen
    données chiffres rapport communiqué datos cifras informe comunicado
    доклад отчёт отчет звіт
    ruling verdict judgment judgement urteil urteils beschluss jugement sentencia приговор
    приговору вирок вироку""".split()
)

CLAUSE_END = re.compile(r"[,;.:!?—–()\[\]\n\"“”«»]")


_SKIP_TO_WORD = re.compile(r"[^\w\n]{0,6}")
_CLAUSE_REACH = 320
"""Characters a source named after its cue may span (a clause of at most 14 words)."""
_WORD_INSIDE = "’'-.&_"
_BEFORE_OK = frozenset(
    "a ont est hat haben ha han have has had avait avaient había habían hatte hatten "
    "and und et y и і та which who qui que который которая "
    "которое которые який яка яке які".split()
)


def may_name_after(text: str, pos: int) -> bool:
    """Cheap test before tokenising: can the clause after a cue at pos name a source? It
    must hold a capitalised word or a source noun ("according to officials")."""
    m = _SKIP_TO_WORD.match(text, pos)
    start = m.end() if m else pos
    end = CLAUSE_END.search(text, start + 1, start + _CLAUSE_REACH)
    clause = text[start : end.start() if end else start + _CLAUSE_REACH]
    if clause != clause.lower():
        return True
    if end and _COMMA_CAPITAL.match(text, end.start()):
        return True  # "according to the owner, Okhotsk Fishing Company"
    words = re.findall(r"[^\W\d_]+", clause)
    return any(w in SOURCE_NOUNS for w in words) or (
        len(words) == 1 and bool(LOWER_AGENCY.fullmatch(clause.strip()))
    )


LOWER_AGENCY = re.compile(r"[a-zа-яё]{2,4}")
"""A short word in lower case alone after a cue ("according to dpa", "Quelle: dpa"): an agency
written in lower case, when no dictionary knows it (`attributions`)."""
_COMMA_CAPITAL = re.compile(r",[ \u00a0]+[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ]")


def may_name_before(text: str, pos: int) -> bool:
    """Cheap test before tokenising: can a source end just before the verb at pos? Only
    after a comma (an appositive), a capitalised word, a source noun, an auxiliary ("a
    déclaré") or an adverb ("emphatically stressed")."""
    i = pos
    while i > 0 and pos - i < 2 and text[i - 1] in " \u00a0":
        i -= 1
    if i == pos or i == 0:
        return False
    if text[i - 1] == ",":
        return True
    j = i - 1
    while j > 0 and i - j < 40 and (text[j - 1].isalnum() or text[j - 1] in _WORD_INSIDE):
        j -= 1
    word = text[j:i]
    if not word[:1].isalnum():
        return False
    if word[:1].isupper() or word.endswith("ly"):
        return True
    tail = word.replace("’", "'").rsplit("'", 1)[-1].lower()
    if tail in SOURCE_NOUNS or tail in DOCUMENT_NOUNS or tail in _BEFORE_OK:
        return True
    prev = _PREV_WORD.search(text, max(0, j - 40), j)
    if prev is not None and prev.group(1).lower() in SOURCE_NOUNS:
        return True  # "agency dpa reported"
    at = _NOUN_AT_PLACE.search(text, max(0, j - 60), i)
    return at is not None and at.group(1).lower() in SOURCE_NOUNS  # "doctors at the clinic said"


_NOUN_AT_PLACE = re.compile(
    r"(?<!\w)([^\W\d_]+)[ \u00a0]+(?:at|of|from|in|de|du|des|del|von|aus|из|с|з|у|в)"
    r"[ \u00a0]+(?:[^\W\d_]+['’]?[ \u00a0]*){1,4}$"
)


_ANCHORS = frozenset(
    """according noted reported stated told said says added adds quoted cited written confirmed
    announced published released citing quoting interview source данным словам информации сведениям
    согласно ссылкой сообщает сообщил пишет передает передаёт заявил источник даними словами
    оценкам оцінками
    інформацією згідно посиланням повідомляє повідомив повідомила повідомили пише передає
    заявив заявила джерело laut gemäß gemäss angaben berufung quelle berichtet sagte meldet meldete selon
    après acuerdo según fuente annoncé déclaré indiqué précisé affirmé expliqué rapporté dit
    confié dijo declaró explicó contó informó informa anunció señaló indicó mitgeteilt
    erklärt afirmó añadió aseguró sagt erklärte betonte сказал отметил добавил сказав додав
    зазначив a-t-il a-t-elle teilte assuré ajouté souligné confirmé estimé averti reconnu raconté
    рассказал пояснил уточнил подчеркнул розповів розповіла розповіли пояснив пояснила
    наголосив наголосила relató advirtió subrayó precisó detalló warnte berichtete уточнив
    уточнила rapporte rapportent écrit indique précise ajoute souligne affirme explique
    appris fait стало explicado dicho declarado señalado informado asegurado indicado afirmado
    confirmado precisado
    estime explica asegura señala indica afirma añade relata precisa advierte detalla erklärt
    betont schreibt warnt ergänzt meint говорит рассказывает поясняет отмечает говорить
    розповідає пояснює зазначає
    schätzung einschätzung informationen erkenntnissen darstellung auskunft
    insisted recalled warned lance lancé déplore déploré regrette regretté insiste insisté
    martèle martelé rappelle rappelé dénonce dénoncé répété lamentó insistió recordó denunció
    lamenta recuerda denuncia bedauerte beklagte kritisierte признал напомнил визнав визнала
    нагадав нагадала оценке мнению версии подсчётам подсчетам оцінкою думку версією
    підрахунками bericht meldung приводит приводят привел привела привели наводить наводять
    навів навела цитирует цитируют цитує цитують confie raconte confesó reconoce gesteht räumt признаётся признается
    зізнається résumé résume commenté plaisanté plaisante ironisé ironizó cuenta cuentan
    erzählt erzählen прогнозир прогнозу прогнозував предупрежда попереджа оценива оціню
    prévoi prévient avertit pronostic prevé prevén estima calcula prognostiz schätz forecast
    predict dijeron declararon añadieron advirtieron subrayaron confirmaron anunciaron
    agregaron""".split()
)
"""A word every cue of AFTER holds (matched as a prefix of a lower-case word): the regex runs
only in a small window around one of them."""
_CUE_WORDS = _ANCHORS | BEFORE_VERBS
_LEAD_WORDS_MAX = 2
"""Words a cue may hold before its anchor ("in an interview", "по данным", "a déclaré")."""


_Trie = dict[str, "_Trie"]


def _trie_pattern(words: frozenset[str]) -> str:
    """One regex for a set of words, as a trie ("сообщ(?:ает|ил(?:а|и)?)"), longest match
    first: the engine tests one letter per branch instead of every word in turn."""
    trie: _Trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = "|".join(branches)
        if ends:
            return f"(?:{body})?"
        return body if len(branches) == 1 else f"(?:{body})"

    return build(trie)


_CUE_SCAN = re.compile(r"(?<!\w)(?:" + _trie_pattern(frozenset(_CUE_WORDS)) + ")")
"""Cue words at a word start in lower-cased text: the look-behind fails at once inside
words, so one pass over the text is cheaper than testing each cue word."""
_BEFORE_VERB_CUE = re.compile(
    r"(?<![\w’'\-.&])(?:" + _trie_pattern(BEFORE_VERBS) + r")(?![\w’'\-&])",
    re.IGNORECASE,
)
"""A verb of BEFORE_VERBS standing as a word of its own; a trie, so a match at one position
tests one letter per branch instead of all the verbs in turn (same matches as a list of
the verbs longest first)."""


_SO_AFTER_QUOTE = re.compile(r"so(?=[ \u00a0]+[A-ZÄÖÜ])")
_SO_CLOSING = re.compile(
    r"so(?=[ \u00a0]+(?:(?:der|die|das|ein|eine)[ \u00a0]+)?[A-ZÄÖÜ][^\s,.;:!?]*"
    r"(?:[ \u00a0]+[A-ZÄÖÜ][^\s,.;:!?]*){0,3}[ \u00a0]*[.;])"
)
_QUOTE_CLOSERS = '“”"»’'


def _so_cues(text: str) -> list[re.Match[str]]:
    """German "„…“, so Heinemann" and "…, so die Polizei.": "so" after a comma that follows
    a closing quote (a capital next), or after a word when an article and capitalised words
    close the sentence (never "so dass", "so viele"). Found by a plain search for ", so "."""
    out = []
    i = text.find(", so")
    while i > 0:
        before = text[i - 1]
        if before in _QUOTE_CLOSERS:
            m = _SO_AFTER_QUOTE.match(text, i + 2)
        elif before.isalnum():
            m = _SO_CLOSING.match(text, i + 2)
        else:
            m = None
        if m is not None:
            out.append(m)
        i = text.find(", so", i + 4)
    return out


def cue_positions(text: str) -> tuple[list[re.Match[str]], list[int]]:
    """(matches of AFTER, starts of words of BEFORE_VERBS) in text, as a full scan with
    both regexes would find them: the regexes run only where a cue word starts."""
    after_so = _so_cues(text)
    hits, before = _cue_positions(text)
    if after_so:
        hits = sorted(hits + after_so, key=lambda m: m.start())
    return hits, before


def _cue_positions(text: str) -> tuple[list[re.Match[str]], list[int]]:
    low = lowered(text) or text.lower()  # lowered once per text, shared with the gates
    if len(low) != len(text):  # a letter whose lower case is longer: scan the slow way
        return list(AFTER.finditer(text)), [m.start() for m in _BEFORE_VERB_CUE.finditer(text)]
    before: list[int] = []
    after: list[re.Match[str]] = []
    tried: set[int] = set()
    for m in _CUE_SCAN.finditer(low):
        p = m.start()
        word = m.group(0)
        if word in BEFORE_VERBS and _whole_word(low, p, p + len(word)):
            before.append(p)
        role = _anchor_role(word)
        if not role:
            continue
        for start in _word_starts_before(low, p) if role == 2 else (p,):
            if start not in tried:
                tried.add(start)
                got = AFTER.match(text, start)
                if got is not None:
                    after.append(got)
    kept: list[re.Match[str]] = []
    for m in sorted(after, key=lambda m: m.start()):
        if not kept or m.start() >= kept[-1].end():
            kept.append(m)
    return kept, before


_LEAD_ANCHORS = frozenset(
    """noted reported stated told said quoted cited written interview source данным словам
    информации сведениям ссылкой оценкам оцінками сообщает сообщил пишет передает передаёт заявил даними
    словами інформацією посиланням повідомляє повідомив повідомила повідомили пише передає
    заявив заявила angaben berufung après acuerdo annoncé déclaré indiqué précisé affirmé
    expliqué rapporté assuré ajouté souligné confirmé estimé averti reconnu raconté рассказал
    пояснил уточнил подчеркнул отметил сказал розповів розповіла розповіли пояснив пояснила
    зазначив зазначила сказав сказала наголосив наголосила explicado dicho declarado señalado
    informado asegurado indicado afirmado confirmado precisado fait стало
    schätzung einschätzung informationen erkenntnissen darstellung auskunft
    lancé déploré regretté insisté martelé rappelé dénoncé répété confié оценке мнению версии
    подсчётам подсчетам оцінкою думку версією підрахунками bericht meldung résumé commenté
    plaisanté ironisé""".split()
)
"""Anchors a cue of AFTER may have words before ("as reported by", "по данным", "a déclaré")."""


_INSIDE_BEFORE = frozenset("’'-.&")
_INSIDE_AFTER = frozenset("’'-&_")


def _whole_word(low: str, start: int, end: int) -> bool:
    """low[start:end] stands as a word of its own, as _BEFORE_VERB_CUE tests it: no letter,
    digit, apostrophe or hyphen on either side, nor a dot before ("Dr.said")."""
    if start and low[start - 1] in _INSIDE_BEFORE:
        return False
    return end >= len(low) or not (low[end].isalnum() or low[end] in _INSIDE_AFTER)


@lru_cache(maxsize=1024)
def _anchor_role(word: str) -> int:
    """2 when a cue of AFTER may start before the matched cue word, 1 when it can only start
    at it, 0 when the word holds no anchor."""
    if any(word.startswith(a) for a in _LEAD_ANCHORS):
        return 2
    return 1 if any(word.startswith(a) for a in _ANCHORS) else 0


_LEAD_WORDS = frozenset(
    "as in an a по со как за з як на nach einem einer unter d de ont ha han".split()
) | frozenset(w for w in QUALIFIERS if not w.isascii() or w.endswith("en"))
"""The words cues of AFTER hold before their anchor ("as", "in an", "по", "d’", "a"; a
qualifier of the data: "по предварительным данным", "nach ersten Angaben")."""
_LEAD_WORD_CHARS = 18
"""Characters a lead word spans at most, with the space after it ("предварительным ")."""
_PREV_WORD = re.compile(r"(?<!\w)([^\W\d_]+)[ \u00a0'’]{1,2}$")


def _word_starts_before(low: str, p: int) -> list[int]:
    """p and the starts of the (at most _LEAD_WORDS) lead words just before it."""
    out = [p]
    i = p
    for _ in range(_LEAD_WORDS_MAX):
        m = _PREV_WORD.search(low, max(0, i - _LEAD_WORD_CHARS), i)
        if m is None or m.group(1) not in _LEAD_WORDS:
            break
        i = m.start(1)
        out.append(i)
    return out


_SENTENCE_BREAK = re.compile(r"[.!?…][\"”»’)]*[ \u00a0]+(?=[\"“«‘(]?[A-ZА-ЯЁІЇЄҐ])")
"""A sentence end inside a line: end punctuation, spaces, a capital."""
_SHORT_NAME = re.compile(r"[A-ZА-ЯЁІЇЄҐ][^\W\d_]{0,3}$")


def _segment_starts(text: str, start: int, end: int) -> list[int]:
    """Starts of the sentences of the line text[start:end]: breaks after a word of two
    letters or more, but not after a short capitalised word ("Dr. Sin", "Gen. Kim", "St.
    Petersburg"), which may be a title."""
    out = [start]
    for m in _SENTENCE_BREAK.finditer(text, start, end):
        p = m.start()
        if p - start < 2 or not (text[p - 1].isalpha() and text[p - 2].isalpha()):
            continue
        if not _SHORT_NAME.search(text, max(start, p - 5), p):
            out.append(m.end())
    return out


def segment_tokens(
    text: str,
    pos: int,
    lines: dict[int, list[int]],
    cache: dict[int, tuple[list[Token], list[int]]],
) -> tuple[list[Token], list[int]]:
    """The tokens (and their starts) of the sentence holding pos, tokenised once. Sources
    never reach across a sentence end or a line break, so the sentence is all a cue needs;
    the rest of a long line is never tokenised."""
    line_start = text.rfind("\n", 0, pos) + 1
    starts = lines.get(line_start)
    line_end = text.find("\n", pos)
    if line_end < 0:
        line_end = len(text)
    if starts is None:
        starts = _segment_starts(text, line_start, line_end)
        lines[line_start] = starts
    k = bisect_right(starts, pos) - 1
    start = starts[k]
    got = cache.get(start)
    if got is None:
        end = starts[k + 1] if k + 1 < len(starts) else line_end
        toks = tokens(text, start, end)
        got = (toks, [t.start for t in toks])
        cache[start] = got
    return got


RECOUNTING_VERBS = frozenset(
    """describe described describes recount recounted recounts recall recalls recalled
    remember remembers remembered narrated beschrieb beschreibt schilderte schildert
    schilderten erinnert erinnerte erinnerten erzählt erzählte erzählten décrit décrivait
    décrivent raconte raconté racontait racontent rappelle rappelé rappelait souvient
    souvenait describe describió describía relata relató relataba recuerda recordó recordaba
    contó contaba narró описал описала описали описывает вспоминает вспомнил вспомнила
    вспоминают рассказывает рассказывал рассказывала рассказал рассказала рассказали описав
    описала описали описує згадує згадав згадала згадують розповідає розповідав розповідала
    розповів розповіла розповіли""".split()
)
"""Verbs of describing, recounting and recalling, six languages: "X described the moment.
“…”" names who speaks in the quote that follows (`quotes`)."""
