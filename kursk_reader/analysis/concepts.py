"""A small multilingual lexicon for comparing figures across languages: what a figure counts
(its counted noun: soldiers/военных/Soldaten/soldats/soldados -> "military") and what happened
to it (the event words around it: injured/hurt/поранено/verletzt/blessés/heridos -> "injured").

Entries are folded (see `textspans.fold`: lower case, accents dropped, й -> и, ё -> е) and end
in "*" when they are stems matched as prefixes; the others must match a whole word. Two-word
entries ("moved out", "on board") match two consecutive words. Only the few counted nouns and
event verbs news reports use for casualties, evacuations, arrests, deployments and the like
are listed: the rest is compared through words the articles share."""

from __future__ import annotations

import re
from functools import lru_cache

from kursk_reader.analysis.textspans import fold

GENERIC = "people"
"""The class of nouns that count people without saying who: compatible with any other class
of people, and never enough on its own to say two figures count the same thing."""

PERSON_CLASSES = frozenset(
    """people military officers workers passengers crew children rescuers police protesters
    visitors spectators patients prisoners students medics migrants volunteers hostages
    perpetrators customers voters""".split()
)
_ALSO_SAME = {
    frozenset(("officers", "police")),
    frozenset(("officers", "military")),
    frozenset(("children", "students")),  # pupils are children: "четверых школьников"
    frozenset(("visitors", "spectators")),  # "850 guests" of a screening / "850 spectateurs"
}
_EVENTS_ALIKE = {
    frozenset(("rescued", "evacuated")),
    frozenset(("treated", "injured")),
    frozenset(("treated", "hospital")),
}
"""Events two outlets use for one outcome ("the crew were rescued" / "evacuated"): compatible,
yet never enough on their own to tie figures of generic people (they need words in common)."""
"""Classes that overlap: "officers" may be police officers or army officers."""

NOUN_CLASSES: dict[str, str] = {
    GENERIC: """people persons person member köpfige köpfigen köpfiger köpfiges
        individuals residents inhabitants civilians villagers townspeople townsfolk горожан*
        городян* stadter stadtbewohner* citadins
        citizens locals others человек* люде* люди лица* жител* граждан* мирн* населения население населению населением
        населення населенню особ*
        осіб люд* другие інші autres otros otras andere weitere
        мешканц* цивільн* громадян* menschen personen einwohner* bewohner* anwohner* zivilist*
        personnes habitant* civils residents gens personas habitantes civiles vecinos gente
        men women adults мужчин* женщин* взросл* чоловік* жінок жінки дорослих manner frauen
        erwachsene hommes femmes adultes hombres mujeres adultos victims потерпевш* потерпіл*
        opfer victimes victimas""",
    "perpetrators": """thieves robbers burglars gunmen attackers assailants raiders
        perpetrators kidnappers suspects looters intruders воры вор* грабител* налетчик*
        нападавш* злоумышленник* похитител* подозреваем* злодії злодіїв грабіжник*
        нападник* зловмисник* викрадач* підозрюван* tater diebe einbrecher rauber angreifer
        entfuhrer verdachtige* voleurs cambrioleurs braqueurs agresseurs assaillants
        ravisseurs suspects ladrones atracadores asaltantes agresores secuestradores
        sospechosos defendants co-defendants accused обвиняем* подсудим* обвинувачен*
        підсудн* angeklagte* mitangeklagte* prevenus coprevenus accuses acusados procesados
        unknowns неизвестные неизвестных неизвестным неизвестными невідомі невідомих
        невідомим невідомими unbekannte unbekannten inconnus desconocidos""",
    "voters": """voters electors electorate избирател* виборц* виборці виборців виборцям
        виборцями wahler wahlern wahlberechtigte* stimmberechtigte* electeurs electrices
        votantes electores""",
    "families": """families семей семьи семья родин* familien familles familias""",
    "quakes": """earthquakes quakes tremors aftershocks shocks землетрясени* толч* афтершок*
        землетрус* поштовх* erdbeben beben erdstosse nachbeben seismes secousses repliques
        sismos temblores replicas""",
    "fires": """fires blazes wildfires bushfires пожар* пожеж* vogne brande waldbrande
        feuer incendies feux incendios""",
    "cases": """cases infections infected случа* заболевш* заражен* випадк* захворіл*
        інфікован* falle infektionen infizierte* cas contamines casos contagios
        infectados""",
    "flights": """flights рейс* fluge fluege vols vuelos""",
    "military": """soldier* troop* servicem* personnel fighters militants combatants
        conscripts recruits военн* военнослуж* солдат* боец* бойц* військов* бійц* бойовик*
        soldaten truppen kampfer militars soldats troupes militaires combattants soldados
        tropas militares combatientes efectivos""",
    "officers": """officers commanders generals офицер* командир* генерал* офіцер* offizier*
        kommandeur* generale officiers commandants generaux oficiales comandantes generales""",
    "workers": """workers employees staff miners labourers laborers рабоч* работник* сотрудник*
        працівник* робітник* шахтар* arbeiter* mitarbeiter* beschaftigte* ouvriers travailleurs
        employes salaries trabajadores empleados obreros mineros гірник* горняк* шахтер*
        bergleute bergarbeiter* kumpel jobs emplois empleos arbeitsplatze* arbeitsplatzen""",
    "companies": """companies firms businesses producers manufacturers компаний компании
        компаниям фирм фирмы предприятий предприятия производител* компаній компанії фірм
        фірми підприємств* виробник* unternehmen firmen hersteller produzenten entreprises
        societes fabricants producteurs empresas companias fabricantes productores""",
    "protesters": """protesters demonstrators participants marchers activists учасник*
        участник* протестувальник* протестующ* демонстрант* manifestant* participant*
        teilnehmer* aktivist* activistas""",
    "passengers": """passengers travellers travelers commuters пассажир* пасажир* passagier*
        fahrgast* fahrgaste fahrgasten reisende reisenden pendler* passagere passagers
        voyageurs navetteurs pasajeros viajeros""",
    "crew": """crew crewmembers экипаж* екіпаж* besatzung* equipage tripulantes tripulacion""",
    "children": """children kids minors дет* детей ребен* діт* дитин* kinder* enfants mineurs
        ninos menores несовершеннолетн* неповнолітн* minderjahrige*""",
    "rescuers": """rescuers firefighters firemen спасател* пожарн* рятувальник* пожежник*
        einsatzkrafte* feuerwehrleute retter bergretter* helfer pompiers secouristes
        sauveteurs bomberos rescatistas socorristas""",
    "police": """policemen police-officers полицейск* поліцейськ* правоохорон* силовик*
        polizisten polizeibeamte* policiers gendarmes policias agentes""",
    "visitors": """tourists visitors holidaymakers vacationers skiers snowboarders hikers
        climbers campers guests pilgrims турист* лыжник* отдыхающ* гости гостей гостям
        туріст* лижник* відпочивальник* гості touristen urlauber* skifahrer* wintersportler*
        wanderer bergsteiger* besucher* camper gaste gasten touristes vacanciers skieurs
        randonneurs alpinistes campeurs visiteurs hotes turistas esquiadores excursionistas
        alpinistas visitantes veraneantes huespedes""",
    "spectators": """fans spectators supporters crowd attendance audience listeners
        болельщик* зрител* слушател* посещаемост* вболівальник* глядач* слухач*
        відвідуван* zuschauer* zuhorer* publikum anhanger* kulisse supporters spectateurs
        auditeurs auditoire affluence aficionados espectadores oyentes hinchas afluencia""",
    "hostages": """hostages captives заложник* заручник* полонян* geiseln otages rehenes
        secuestrados""",
    "patients": """patients пациент* пацієнт* patienten pacientes""",
    "customers": """customers clients investors depositors savers subscribers account-holders
        policyholders shoppers buyers клиент* вкладчик* инвестор* абонент* покупател*
        клієнт* вкладник* інвестор* покупц* kunden kundinnen anleger investoren sparer
        abonnenten kaufer clients investisseurs epargnants abonnes souscripteurs acheteurs
        clientes inversores inversionistas ahorradores abonados suscriptores compradores""",
    "prisoners": """prisoners inmates detainees convicts заключенн* в'язн* ув'язнен* зек*
        haftling* gefangene* insassen detenus prisonniers reclusos presos internos""",
    "students": """students pupils schoolchildren студент* школьник* учн* школяр* schuler*
        studenten* studierende eleves etudiants alumnos estudiantes""",
    "medics": """doctors nurses medics paramedics врач* медик* лікар* медсестр* arzte
        sanitater pfleger* medecins infirmier* medicos enfermer*""",
    "migrants": """migrants refugees asylum-seekers мигрант* беженц* біженц* мігрант*
        fluchtlinge migranten refugies refugiados migrantes""",
    "volunteers": """volunteers волонтер* добровольц* волонтер* freiwillige benevoles
        voluntarios""",
    "animals": """animals birds seabirds cattle sheep cows dogs horses livestock dolphins
        животн* птиц* скот* тварин* птах* худоб* tiere vogel seevogel rinder schafe hunde
        animaux oiseaux betail moutons chiens animales aves pajaros ganado ovejas perros""",
    "aircraft": """aircraft planes helicopters jets drones самолет* вертолет* літак*
        гелікоптер* вертоліт* дрон* беспилотник* flugzeug* hubschrauber* drohnen avions
        helicopteres aviones helicopteros""",
    "vessels": """ships boats vessels судн* корабл* лодк* лодок човн* schiffe schiffen boote
        booten bateaux navires embarcaciones barcos buques yachts яхт яхты яхтами jachten voiliers
        veleros""",
    "countries": """countries country стран страны странах країн країни країнах lander
        staaten pays paises""",
    "settlements": """villages towns hamlets communities деревень деревни сел села сёл
        посёлков поселков населенных-пунктов населених-пунктів міст сіл селищ dorfer
        gemeinden ortschaften ortsteile communes villages hameaux localites pueblos aldeas
        localidades municipios""",
    "crews": """crews brigades бригад* trupps equipes cuadrillas brigadas""",
    "tickets": """tickets билет* квитк* квиток eintrittskarten tickets billets entradas
        boletos""",
    "vehicles": """vehicles cars trucks buses wagons carriages автомобил* машин* автомобіл*
        автобус* вагон* грузовик* вантажівк* вантажівок lorries техники техника технику техникой техніки техніка техніку технікою
        fahrzeug* autos lkw lastwagen busse waggons wagen pkw pkws vehicules voitures
        automobiles camions bus wagons vehiculos coches automoviles camiones autobuses
        vagones""",
    "buildings": """houses homes buildings dwellings schools дом* домов здани* будинк*
        будівл* школ* hauser gebaude wohnhauser wohnungen schulen maisons batiments logements
        ecoles casas edificios viviendas escuelas households haushalt* hogares foyers
        apartments flats квартир* домохозяйств* домогосподарств* apartamentos""",
    "money": """dollars euros rubles roubles hryvnias pounds yuan usd eur francs pesos
        zloty zlot* злот* франк* francos forint* форинт* shekel* шекел* tenge тенге
        kronor kroner rupees долларов евро рубл* гривен* доларів рублів гривень
        фунт* dollar euro franken dolares libras rublos доллар* долар* грн руб євро
        rubel rouble ruble rublo гривн* hryvnia hryvnya hryvnja griwna griwnja hrywnja
        grivna grivnas pfund sterling yen yens иен* ієн* dirham dirhams дирхам* дірхам*
        dinar dinars dinare dinaren динар* lira liras lire лир лиры лира лирах лір ліри
        kronen krone kronor kroner couronnes coronas крон кроны кронах крони рупи* рупі*
        rupee roupies rupias rupien yuans юан* tenge лари lari""",
    "hours": """hours hour hrs hr std ч часа часов годин* stunden heures horas stundig*
        часов* годинн* heure stunde hora час""",
    "days": """days day дня дней днів doba tage tagen jours dias tagig* дневн* суточн* денн*
        добов* jour tag dia день дні доба доби діб добу добі сутки суток суткам""",
    "nights": """nights ночей ночами ночі nachte nachten nuits noches""",
    "minutes": """minutes minute mins min мин минут* хвилин* minuten minutos minutig* minuto минута минуты минуту""",
    "weeks": """weeks week недел* тижн* тиждень wochen semaines semanas wochig* тижнев* semaine woche semana""",
    "months": """months month месяц* місяц* monate monaten monat monatig* mois meses mes""",
    "seconds": """seconds секунд* sekunden secondes segundos""",
    "times": """times mal раз раза разів рази fois veces""",
    "degrees": """degrees градус* grad graden degres grados °c celsius цельсия цельсію
        цельсія""",
    "tonnes": """tonnes tons tonne ton тонн* tonnen toneladas""",
    "kilograms": """kilograms kilogrammes kilos kilo kg кг кило килограмм* кілограм* kilogramm kilogramos""",
    "pounds weight": """lbs lb""",
    "grams": """grams gram grammes gramme gramos gramo gramm грамм* грам грамів грами""",
    "hectares": """hectares hectare ha га гектар* hektar* hectareas""",
    "acres": """acres acre акр* acres""",
    "area": """sq square km2 км2 квадратн* quadratkilometer* quadratmeter*
        kilometres-carres km² м² carres carre carrees cuadrados cuadrado m2
        square-metre square-metres square-meter square-meters square-kilometre
        square-kilometres square-kilometer square-kilometers square-mile square-miles
        square-foot square-feet""",
    "kilometres": """kilometres kilometers kilometre kilometer km км километр* кілометр* kilometer* kilometros""",
    "mph": """mph""",
    "miles": """miles mile миль* милі миля мили милю милей милям милями милях meilen meile
        milles millas""",
    "nautical miles": """nautical-miles nautical-mile морских-миль морських-миль seemeilen
        seemeile milles-nautiques mille-nautique millas-nauticas milla-nautica""",
    "light-years": """light-years light-year lichtjahre lichtjahren lichtjahr annees-lumiere
        annee-lumiere""",
    "yards": """yards yard ярдов ярда ярд yardas""",
    "knots": """knots knot узлов узла вузлів вузли вузла knoten noeuds nœuds nudos""",
    "cubic metres": """m³ м³ m3 м3 кубометр* кубометрів кубометри kubikmeter*""",
    "megawatts": """megawatts megawatt mw мвт мегаватт* мегават* megavatios megawatios""",
    "kilowatts": """kilowatts kilowatt kw квт киловатт* кіловат* kilowatios kilovatios""",
    "gigawatts": """gigawatts gigawatt gw гвт гигаватт* гігават* gigavatios""",
    "feet": """feet foot ft футов фут* fuss pieds pies""",
    "litres": """litres liters litre liter литр* літр* liter litros""",
    "gallons": """gallons gallon галлон* галон* gallonen gallons galones""",
    "barrels": """barrels баррел* барел* fasser barils barriles""",
    "metres": """metres meters metre meter m м метр метра метров метрів метри meter metern
        mètres metres metros""",
    "centimetres": """centimetres centimeters centimetre centimeter cm см сантиметр*
        zentimeter* centimetros""",
    "millimetres": """millimetres millimeters millimetre millimeter mm мм миллиметр* міліметр*
        millimeter* milimetros""",
}

MEASURES = frozenset(
    """vehicles aircraft vessels money hours days minutes weeks months seconds degrees tonnes kilograms hectares acres
    kilometres miles metres centimetres millimetres feet litres gallons barrels flights mph
    %""".split()
    + ["pounds weight", "area", "nautical miles", "light-years", "nights", "yards", "knots"]
    + ["cubic metres", "megawatts", "kilowatts", "gigawatts", "grams", "times"]
)
"""Classes that measure or count things of any kind: "12 km" of road and "3 km" away, "38
cars" of a train and "22 cars" derailed. Two such figures need what is measured in common
(an event, or a word beside them), not just the unit."""

EVENTS: dict[str, str] = {
    "dead": """killed dead died deaths death fatalities fatality lives погиб* убит* умер*
        скончал* жертв* загин* вбит* помер* загибл* tot tote toten getotet starben gestorben
        todesopfer ums-leben morts mort morte mortes tues tue decede* perdu muert* fallec* murieron
        drowned ertrunken ertranken ahogad* noyes noyees утонул* потонул* утонуло
        victimas-mortales perished lost-their-lives bodies fatally death-toll umgekommen
        todesfalle deces fallecidos muertes perdieron-la-vida смерт* гибел* загибел* мертв* peri
        perirent perissent verstorben verstarben erlagen""",
    "injured": """injured injuries injuring wounded hurt ранен* ранены пострадав* пострадал* травм*
        поранен* постражд* травмован* травмирован* verletzt* verwundet* blesse* herid* lesionad* bitten
        mauled mordu mordue mordus mordues mordid* mordio mordieron hirio hirieron gebissen укушен* покусан*
        покусал* покусав* покусали укусил* вкусил* покусаних""",
    "evacuated": """evacuated evacuation evacuees evacuate moved-out relocated displaced
        эвакуир* эвакуац* евакуй* евакую* евакуац* переселен* evakuiert* evakuierung*
        umgesiedelt evacue* evacuad* evacuac* desalojad* realojad* fled flee fleeing homeless
        geflohen fliehen flohen obdachlos* huyeron sin-hogar sans-abri бездомн* втекл*
        shelter* notunterk* refugios airlifted rehoused housed accommodated resettled
        отселен* расселен* размещен* відселен* розміщен* переселен* untergebracht
        heberge* reloge* albergad* alojad* reubicad* evacuaron evacuo evacuar evacuaban
        desalojaron desalojo desalojar вывели выведен* вывезли вывезен* вивели виведен* вивезли
        вивезен* herausgebracht ausgeflogen""",
    "hospital": """hospital hospitalised hospitalized hospitals больниц* госпитал*
        стационар* стаціонар* лікарн* шпитал* госпіталіз* krankenhaus* klinik* stationar*
        hospitalisiert* eingeliefert hopital* hopitaux hospitalise* hospitaliz* hospitales ingresad*""",
    "treated": """treated treatment лечени* лечат* лечил* лечатся лікуван* лікуют* лікувал*
        лікуються behandelt* behandlung* soigne* soigné* atendid*
        medical-attention medical-help medical-care medical-assistance medical-treatment
        first-aid медпомощ* медицинская-помощь медицинской-помощи медицинскую-помощь
        первую-помощь первой-помощи медична-допомога медичної-допомоги медичну-допомогу
        першу-допомогу першої-допомоги medizinische-hilfe medizinisch-versorgt
        arztlich-versorgt erste-hilfe soins-medicaux premiers-soins premiers-secours
        atencion-medica asistencia-medica atencion-sanitaria primeros-auxilios""",
    "missing": """missing unaccounted unaccounted-for пропал* пропавш* безвест* зникл* безвісти vermisst*
        disparu* desaparecid*""",
    "arrested": """arrested detained custody apprehended задерж* арест* затрима* затриман* festgenommen
        verhaftet* inhaftiert* arretes arrete arretee arretees interpelle* detenid* detuvo detuvieron arrestad*""",
    "rescued": """rescued saved pulled-out plucked winched survivors survived uberlebende
        uberlebt* выживш* выжил* уцелевш* вцілі* вижил* survivants survecu* supervivientes
        sobrevivientes sobrevivieron спасен* спасл* спасли врятува*
        врятован* gerettet* rettete retteten sauves secourus secouru secourue secourues sauve sauvee sauvees
        hélitreuill* rescataron rescato rescatado
        rescatada rescatados rescatadas salvado salvada salvados salvadas
        socorrid*""",
    "employed": """employs employ employed работа* трудят* працю* beschaftig*
        arbeiten emploie emploi* emplea* trabajan""",
    "withdrew": """abandoned abandoning abandon* withdrew withdrawn сошл* сошедш* зійшл*
        aufgegeben aufgaben ausgestiegen abandonne* abandonaron se-retiraron abandono abandonado*""",
    "ill": """caught contracted sickened fell-ill became-ill заболел* заразил* захворіл*
        заразил* erkrankt* angesteckt tombes-malades tombees-malades contracte* enferm* contagiad* contagiaron""",
    "aboard": """aboard on-board carrying borta an-bord a-bord a-bordo carry carries carried
        перевезти перевозить перевозит перевезет перевозили перевезли перевозитиме перевезе
        befordern befordert beforderte transporter transporte transportait
        transportar transporta transportaba""",
    "deployed": """deployed sent deploy deployment направ* развернут* отправ* відправ* направи*
        entsandt stationiert* deploye* envoye* desplegad* enviad* задейств* задіян*
        im-einsatz eingesetzt""",
    "awarded": """awarded decorated honoured honored награжд* наград* нагород* ausgezeichnet
        geehrt decore* decores condecorad*""",
    "damaged": """damaged destroyed burned burnt scorched razed flattened повреж* повред* разруш*
        уничтож* пошкод* зруйн* знищ* сгорел* выгорел* згорі* вигорі* beschadigt* zerstort*
        verbrannt* abgebrannt* verwustet* endommage* detruit* brule* ravage* parcouru danad*
        destruid* quemado quemada quemados quemadas calcinad* arrasad*""",
    "trapped": """trapped buried stranded засыпан* завален* заблокирован* засипан* заблокован*
        verschuttet* eingeschlossen* festsitzen festsitzende* festgesessen coince* varad* застрял* застряв* застрягл* ensevelis ensevelies bloques atrapad* sepultad*
        bloquead*""",
    "stolen": """stolen stole looted gestohlen entwendet erbeutet geraubt voles volees
        derobe* emporte* robad* sustraid* sustrajeron sustrajo hurtad* украд* украл* похищ* вкрад* викрад* викрал* loot booty
        beute butin botin награбленн* здобич*""",
    "no power": """without-power without-electricity blackout* outage* ohne-strom stromausfall*
        sans-electricite sans-courant coupure* sin-luz sin-electricidad apagon* без-света
        без-світла без-электричества без-електрики обесточ* знеструм*""",
    "crashed": """crashed collided derailed overturned capsized sank ran-aground crash-landed
        entgleist verungluckt umgekippt gekentert kenterten kenterte gesunken sanken sank
        zusammengestossen deraille*
        renverse* chavire* coule* accidente* descarril* volcaron volco naufrag* hundi*
        сошл* перевернул* затонул* столкнул* разбил* зійшл* перекинул* затону* зіткнул*
        розбил*""",
    "sold": """sold verkauft vendus vendu vendues vendid* vendieron продан* продал*
        продано""",
    "protest": """marched rallied protested joined took-part participated march rally
        марш марша маршу маршем маршей маршах маршир* мітинг* митинг* участвова* участие участия участь участі брали-участь
        приняли-участие демонстрац* marcha participaron manifestacion
        teilgenommen kundgebung* manifestation* defile participe""",
    "signed": """signed signatories подписал* подписан* подписыва* підписал* підписан* підписува*
        unterschrieben unterschrieb unterzeichnet* signe signee signes signees signataires
        firmaron firmado firmada firmados firmadas firmantes""",
}


SENSES: dict[str, str] = {
    "coast": """coast coasts coastline shore shores offshore seashore побереж* берег* берега
        узбереж* kuste kusten strand cote cotes littoral rivage costa costas orilla litoral""",
    "border": """border borders frontier границ* кордон* grenze grenzen frontiere frontera""",
    "epicentre": """epicentre epicenter эпицентр* епіцентр* epizentrum epicentro""",
    "depth": """deep depth глубин* глибин* завглибшки tief tiefe tiefen profond profonde
        profondeur profundidad profundo descend descends descended descending dive dives dived
        dove plunge plunged спуска* спустил* опустил* погрузились погружаются занурю* занурил*
        tauchen tauchten getaucht hinab plongent plonge plongee
        descendent descendu descienden descendieron bucean bucearon sumergen""",
    "closure": """closed shut closure closures reopen reopened reopens закрыт* закроют закрыли
        закрыва* закрит* закриют* закрили закрива* geschlossen gesperrt sperrung schliessung
        ferme fermee fermes fermees fermeture cerrado cerrada cerrados cerradas cierre
        clausura suspended suspension cancelled canceled halted отменен* отменили приостанов*
        скасова* скасува* призупин* ausgesetzt abgesagt eingestellt suspendu suspendus
        suspendue suspendues annule annules annulee annulees suspendido suspendidos
        suspendida suspendidas cancelado cancelados cancelada canceladas""",
    "length": """long length длин* довжин* завдовжки lang lange langen longueur longitud
        stretch section участок участке участка ділянк* abschnitt* teilstuck troncon tramo""",
    "width": """wide width ширин* ширш* завширшки breit breite largeur ancho anchura diameter
        диаметр* діаметр* durchmesser diametre diametro""",
    "radius": """radius radii perimeter cordon радиус* периметр* радіус* umkreis radius
        sperrkreis perimeter rayon perimetre radio perimetro""",
    "height": """high height tall altitude elevation высот* висот* заввишки hoch hohe hoher
        hauteur altitud elevacion""",
    "path": """travelled traveled tracked path track swept stretched trail route путь
        пути шлях* zuruckgelegt schneise strecke trajectoire parcours recorrido trayectoria""",
    "airfield": """airfield airfields airport aerodrome airbase airstrip heliport helipad
        base аэродром* аэропорт* аеродром* аеропорт* вертодром* flughafen flugplatz
        aerodrome aeroport aeropuerto aerodromo""",
    "distance": """away distance distant entfernt entfernung abstand eloigne eloignee
        distancia lejos alejado alejada расстояни* удалени* відстан* віддален*""",
    "price": """price prices цена цены цен ценам ціна ціни цін цінам preis preise preisen
        prix precio precios""",
    "turnout": """turnout явка явки явку явкой явці wahlbeteiligung beteiligung participation
        inscrits participacion""",
    "stake": """stake stakes shareholding holding anteil anteile anteilen aktien
        aktienpaket acciones accionariado доля долю доли долей акций пакет частка частку
        частки акцій acquire acquires acquired acquiring acquisition buy buys buying bought
        purchase purchases purchased purchasing take takes taking took takeover erwirbt
        erwerben erworben erwarb ubernimmt ubernehmen ubernommen ubernahm ubernahme kauft
        kaufen gekauft kaufte adquirir adquiere adquirio adquirido adquisicion compra
        comprar compro comprado acquiert acquerir acquis acquise rachete racheter rachat
        rachete achete acheter achat приобрет* приобрел* приобрест* купит* купил* покупа*
        придба* купу* купив* купит* поглин* поглощ* adquir* adquier* comprara comprar*
        adqui acqui purch erwir ubern rache achet""",
    "group": """group groups party группа группы группе группу групп* група групи групу
        gruppe gruppen groupe groupes cordee grupo grupos cordada team teams команда
        команды команде команду команди командою mannschaft equipe equipes equipo equipos
        expedition expeditions экспедиция экспедиции экспедицию експедиція експедиції
        експедицію expedicion expediciones""",
    "damage": """damage damages loss losses ущерб* збит* убыт* schaden sachschaden verlust
        verluste degats dommages prejudice danos perdidas perjuicio perjuicios""",
    "debt": """debt debts indebted owes owe owed owing liabilities creditors долг долга
        долги долгов долгами долгах задолженн* кредитор* борг боргу борги боргів боргами
        боргах заборгован* schulden verschuldet verbindlichkeit* glaubiger dette dettes
        endette endettee passif creanciers deuda deudas endeudad* adeuda adeudaba pasivo
        acreedores""",
    "revenue": """revenue revenues turnover sales выручк* виручк* оборот оборота обороте umsatz
        umsatze umsatzen jahresumsatz erlos erlose recettes ventes facturacion facturo
        facturaba""",
}
"""Words that say what a measure is about ("120 km from the coast" / "90 km off shore" /
"в 120 километрах от побережья"): two measures naming one of these senses are measured
alike even when the words differ."""


def _compile(table: dict[str, str]) -> tuple[dict[str, str], list[tuple[str, str]]]:
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for cls, words in table.items():
        for raw in words.split():
            entry = raw.replace("-", " ")
            if entry.endswith("*"):
                prefixes.append((fold(entry[:-1]), cls))
            else:
                exact[fold(entry)] = cls
    prefixes.sort(key=lambda p: -len(p[0]))
    return exact, prefixes


_NOUN_EXACT, _NOUN_PREFIX = _compile(NOUN_CLASSES)
_SENSE_EXACT, _SENSE_PREFIX = _compile(SENSES)
_EVENT_EXACT, _EVENT_PREFIX = _compile(EVENTS)


def _index(prefixes: list[tuple[str, str]]) -> dict[str, str]:
    """Stems to their class, the first listed winning (as in a scan of the sorted list)."""
    out: dict[str, str] = {}
    for stem, cls in prefixes:
        out.setdefault(stem, cls)
    return out


_NOUN_STEMS, _SENSE_STEMS, _EVENT_STEMS = map(_index, (_NOUN_PREFIX, _SENSE_PREFIX, _EVENT_PREFIX))


def _lookup(word: str, exact: dict[str, str], stems: dict[str, str]) -> str:
    """The class of a word listed whole, else of its longest listed stem that leaves at most
    a few letters after it (an ending, not another word)."""
    key = fold(word)
    if key in exact:
        return exact[key]
    for n in range(len(key), 0, -1):
        if len(key) - n > (14 if n >= 6 else 6):
            break  # shorter stems leave even more
        cls = stems.get(key[:n])
        if cls is not None:
            return cls
    return ""


_ELISION = re.compile(r"^[cdjlmnst] \w")
_MIN_COMPOUND_HEAD = 4
"""Letters a known noun needs to be read as the head of a compound ("dockworkers",
"Hafenarbeiter", "townspeople"): shorter heads ("bus", "m") would turn unrelated words into
counted things."""
_MIN_LOWER_HEAD = 5
"""Letters the head of a compound written in lower case needs (English compounds: "dockworkers",
"townspeople"); a shorter head is read only in a capitalised (German) noun with as many
letters before it less one ("Arbeitstage", "Werktage"; not "Britons": "tons")."""
_MIN_COMPOUND_LEFT = 3
"""Letters that must stand before that head, so a word is not matched against itself."""


@lru_cache(maxsize=65536)
def noun_class(word: str) -> str:
    """The class of a counted noun ("troops" -> "military"), or "" when the lexicon does not
    know it. A Latin-script compound is read by its head, its longest known ending
    ("dockworkers" -> "workers", "Bergretter" -> "rescuers")."""
    found = _lookup(word, _NOUN_EXACT, _NOUN_STEMS)
    key = fold(word)
    if not found and _ELISION.match(key):  # "d'euros", "l'hectare"
        return noun_class(key[2:])
    if not found and "-" in word.strip("-"):  # "літаків-амфібій", "рыбаков-любителей"
        parts = [p for p in word.split("-") if p]
        return noun_class(parts[-1]) or noun_class(parts[0])
    if found or not key.isascii() or not key.isalpha():
        return found
    german = word[:1].isupper()
    for k in range(_MIN_COMPOUND_LEFT, len(key) - _MIN_COMPOUND_HEAD + 1):
        tail = key[k:]
        if len(tail) < _MIN_LOWER_HEAD and (not german or k < _MIN_LOWER_HEAD - 1):
            continue  # "percentage" holds no "Tage", "Britons" no "tons"; "Werktage" does
        if tail in _NOUN_EXACT:
            return _NOUN_EXACT[tail]
        listed = [
            _NOUN_ORDER[tail[:n]]
            for n in range(max(5, len(tail) - 3), len(tail) + 1)
            if tail[:n] in _NOUN_ORDER
        ]
        if listed:
            return min(listed)[1]  # the stem listed first, as a scan of the list finds it
    return ""


_NOUN_ORDER: dict[str, tuple[int, str]] = {}
for _at, (_stem, _cls) in enumerate(_NOUN_PREFIX):
    _NOUN_ORDER.setdefault(_stem, (_at, _cls))


def listed_class(word: str) -> str:
    """The class the table lists a word under, whole or by a stem, without reading compounds
    or hyphened parts (cheap enough for every word of a lexicon)."""
    return _lookup(word, _NOUN_EXACT, _NOUN_STEMS)


@lru_cache(maxsize=65536)
def event_of(word: str) -> str:
    """The event a word reports ("hurt" -> "injured", "загинули" -> "dead"), or "". An
    English "-ing" form is read as its "-ed" form ("killing" -> "killed")."""
    found = _lookup(word, _EVENT_EXACT, _EVENT_STEMS)
    key = fold(word)
    if not found and _ELISION.match(key):  # "à l'hôpital", "d'urgence"
        return event_of(key[2:])
    if not found and key.endswith("ing") and len(key) >= 6 and key.isascii():
        found = _lookup(key[:-3] + "ed", _EVENT_EXACT, _EVENT_STEMS)
    return found


def event_at(words: list[str], k: int) -> tuple[str, int]:
    """(event, words used) named at words[k], two-word entries ("moved out") included, or
    ("", 0)."""
    ev = event_of(words[k])
    if ev:
        return ev, 1
    if k + 1 < len(words):
        ev = _EVENT_EXACT.get(f"{fold(words[k])} {fold(words[k + 1])}", "")
        if ev:
            return ev, 2
    return "", 0


def pair_class(words: list[str]) -> str:
    """The class of two consecutive words listed together ("населених пунктів",
    "населённых пунктов": settlements), or ""."""
    for x, y in zip(words, words[1:], strict=False):
        found = _NOUN_EXACT.get(f"{fold(x)} {fold(y)}", "")
        if found:
            return found
    return ""


def compatible_nouns(a: str, b: str) -> bool:
    """Can two noun classes count the same thing? Equal classes can; generic people can be
    any kind of people; classes the lexicon does not know ("") decide nothing here."""
    if not a or not b or a == b:
        return True
    if frozenset((a, b)) in _ALSO_SAME:
        return True
    return GENERIC in (a, b) and a in PERSON_CLASSES and b in PERSON_CLASSES


def compatible_events(a: str, b: str) -> bool:
    """Can two event classes report the same outcome? Unknown ("") decides nothing; equal
    classes can, and so can the near-synonyms in `_EVENTS_ALIKE`."""
    return not a or not b or a == b or frozenset((a, b)) in _EVENTS_ALIKE


@lru_cache(maxsize=65536)
def sense_of(word: str) -> str:
    """What a word beside a measure says it is about ("shore" -> "coast"), or ""."""
    return _lookup(word, _SENSE_EXACT, _SENSE_STEMS)
