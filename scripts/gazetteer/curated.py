"""Hand-written gazetteer knowledge (written for this project; no external text).

Format of COUNTRY_LINES, one country per line, fields separated by " | ":
  code | en names | en adjectives | en demonym nouns | ru names | ru adjectives (masc nom)
       | ru demonym nouns (nom sg) | abbreviations | capital (en) | capital (ru)
Each field holds ";"-separated items; empty fields are allowed. The generator adds
the names found in CLDR / iso-codes, declines every Russian item, and derives
English plural demonyms only where given here.
"""

COUNTRY_LINES = r"""
RU | Russia; Russian Federation | Russian | Russians | Россия; Российская Федерация | российский; русский | россиянин; россиянка | RF; РФ | Moscow | Москва
BY | Belarus; Republic of Belarus; Byelorussia; Belorussia | Belarusian; Belarussian; Byelorussian; Belorussian | Belarusians | Беларусь; Белоруссия; Республика Беларусь | белорусский | белорус; белоруска | РБ | Minsk | Минск
KZ | Kazakhstan; Republic of Kazakhstan; Qazaqstan | Kazakh; Kazakhstani | Kazakhs; Kazakhstanis | Казахстан; Республика Казахстан | казахстанский; казахский | казахстанец; казахстанка; казах; казашка | РК | Astana; Nur-Sultan | Астана; Нур-Султан
UZ | Uzbekistan; Republic of Uzbekistan | Uzbek; Uzbekistani | Uzbeks | Узбекистан; Республика Узбекистан | узбекистанский; узбекский | узбек; узбечка | РУз | Tashkent | Ташкент
KG | Kyrgyzstan; Kyrgyz Republic; Kirghizia; Kirgizia | Kyrgyz; Kirghiz; Kyrgyzstani | | Киргизия; Кыргызстан; Киргизская Республика; Кыргызская Республика | киргизский; кыргызский; кыргызстанский | киргиз; киргизка | КР | Bishkek | Бишкек
TJ | Tajikistan; Republic of Tajikistan; Tadjikistan | Tajik; Tajikistani | Tajiks | Таджикистан; Республика Таджикистан | таджикский; таджикистанский | таджик; таджичка | РТ | Dushanbe | Душанбе
TM | Turkmenistan | Turkmen; Turkmenistani | Turkmens | Туркмения; Туркменистан | туркменский | туркмен; туркменка | | Ashgabat; Ashkhabad | Ашхабад; Ашгабат
AM | Armenia; Republic of Armenia | Armenian | Armenians | Армения; Республика Армения | армянский | армянин; армянка | РА | Yerevan | Ереван
AZ | Azerbaijan; Republic of Azerbaijan | Azerbaijani; Azeri; Azerbaijanian | Azerbaijanis; Azeris | Азербайджан; Азербайджанская Республика | азербайджанский | азербайджанец; азербайджанка | АР | Baku | Баку
GE | Georgia; Sakartvelo | Georgian | Georgians | Грузия | грузинский | грузин; грузинка | | Tbilisi | Тбилиси
MD | Moldova; Republic of Moldova; Moldavia | Moldovan; Moldavian | Moldovans | Молдавия; Молдова; Республика Молдова | молдавский; молдовский | молдаванин; молдаванка | РМ | Chisinau; Chișinău; Kishinev | Кишинёв
UA | Ukraine | Ukrainian | Ukrainians | Украина | украинский | украинец; украинка | | Kyiv; Kiev | Киев
EE | Estonia | Estonian | Estonians | Эстония | эстонский | эстонец; эстонка | | Tallinn | Таллин; Таллинн
LV | Latvia | Latvian | Latvians | Латвия | латвийский; латышский | латыш; латышка | | Riga | Рига
LT | Lithuania | Lithuanian | Lithuanians | Литва | литовский | литовец; литовка | | Vilnius | Вильнюс
CN | China; People's Republic of China; PRC; Mainland China | Chinese | | Китай; Китайская Народная Республика; Поднебесная | китайский | китаец; китаянка | PRC; КНР | Beijing; Peking | Пекин
IN | India; Republic of India; Bharat | Indian | Indians | Индия; Республика Индия | индийский | индиец; индианка | | New Delhi; Delhi | Нью-Дели; Дели
IR | Iran; Islamic Republic of Iran; Persia | Iranian; Persian | Iranians | Иран; Исламская Республика Иран | иранский | иранец; иранка | ИРИ | Tehran; Teheran | Тегеран
TR | Turkey; Türkiye; Turkiye; Republic of Turkey; Republic of Türkiye | Turkish | Turks | Турция; Турецкая Республика | турецкий | турок; турчанка | | Ankara | Анкара
CU | Cuba; Republic of Cuba | Cuban | Cubans | Куба; Республика Куба | кубинский | кубинец; кубинка | | Havana | Гавана
VN | Vietnam; Viet Nam; Socialist Republic of Vietnam | Vietnamese | | Вьетнам; Социалистическая Республика Вьетнам | вьетнамский | вьетнамец; вьетнамка | СРВ | Hanoi | Ханой
MN | Mongolia | Mongolian | Mongolians; Mongols | Монголия | монгольский | монгол; монголка | | Ulaanbaatar; Ulan Bator; Ulaanbaatar City | Улан-Батор
PK | Pakistan; Islamic Republic of Pakistan | Pakistani | Pakistanis | Пакистан; Исламская Республика Пакистан | пакистанский | пакистанец; пакистанка | | Islamabad | Исламабад
AE | United Arab Emirates; UAE; the Emirates; Emirates | Emirati | Emiratis | Объединённые Арабские Эмираты; Эмираты | эмиратский | | ОАЭ; UAE | Abu Dhabi | Абу-Даби
SA | Saudi Arabia; Kingdom of Saudi Arabia; KSA | Saudi; Saudi Arabian | Saudis | Саудовская Аравия; Королевство Саудовская Аравия | саудовский; саудоаравийский | | КСА; KSA | Riyadh | Эр-Рияд
EG | Egypt; Arab Republic of Egypt | Egyptian | Egyptians | Египет; Арабская Республика Египет | египетский | египтянин; египтянка | АРЕ | Cairo | Каир
RS | Serbia; Republic of Serbia | Serbian; Serb | Serbs; Serbians | Сербия; Республика Сербия | сербский | серб; сербка | | Belgrade | Белград
HU | Hungary | Hungarian | Hungarians | Венгрия | венгерский | венгр; венгерка | | Budapest | Будапешт
DE | Germany; Federal Republic of Germany; FRG | German | Germans | Германия; Федеративная Республика Германия | германский; немецкий | немец; немка | ФРГ; FRG | Berlin | Берлин
FR | France; French Republic | French | | Франция; Французская Республика | французский | француз; француженка | | Paris | Париж
IT | Italy; Italian Republic | Italian | Italians | Италия; Итальянская Республика | итальянский | итальянец; итальянка | | Rome | Рим
CH | Switzerland; Swiss Confederation | Swiss | | Швейцария; Швейцарская Конфедерация | швейцарский | швейцарец; швейцарка | | Bern; Berne | Берн
GB | United Kingdom; UK; Britain; Great Britain; United Kingdom of Great Britain and Northern Ireland; England | British; English | Britons; Brits | Великобритания; Британия; Соединённое Королевство; Англия | британский; английский | британец; британка; англичанин; англичанка | UK; U.K. | London | Лондон
US | United States; United States of America; USA; U.S.; U.S.A.; US; America | American; US; U.S. | Americans | Соединённые Штаты; Соединённые Штаты Америки; Америка | американский | американец; американка | США; USA | Washington; Washington, D.C. | Вашингтон
JP | Japan | Japanese | | Япония | японский | японец; японка | | Tokyo | Токио
KR | South Korea; Republic of Korea; Korea; ROK | South Korean; Korean | South Koreans | Южная Корея; Республика Корея; Корея | южнокорейский; корейский | кореец; кореянка | РК; ROK | Seoul | Сеул
KP | North Korea; Democratic People's Republic of Korea; DPRK | North Korean | North Koreans | Северная Корея; Корейская Народно-Демократическая Республика | северокорейский | | КНДР; DPRK | Pyongyang | Пхеньян
IL | Israel; State of Israel | Israeli | Israelis | Израиль; Государство Израиль | израильский | израильтянин; израильтянка | | Jerusalem | Иерусалим
BR | Brazil; Federative Republic of Brazil | Brazilian | Brazilians | Бразилия; Федеративная Республика Бразилия | бразильский | бразилец; бразильянка | | Brasília; Brasilia | Бразилиа
ID | Indonesia; Republic of Indonesia | Indonesian | Indonesians | Индонезия; Республика Индонезия | индонезийский | индонезиец; индонезийка | | Jakarta | Джакарта
MY | Malaysia | Malaysian | Malaysians | Малайзия | малайзийский | малайзиец; малайзийка | | Kuala Lumpur | Куала-Лумпур
AF | Afghanistan | Afghan | Afghans | Афганистан | афганский | афганец | | Kabul | Кабул
IQ | Iraq; Republic of Iraq | Iraqi | Iraqis | Ирак; Республика Ирак | иракский | иракец | | Baghdad | Багдад
SY | Syria; Syrian Arab Republic | Syrian | Syrians | Сирия; Сирийская Арабская Республика | сирийский | сириец; сирийка | САР | Damascus | Дамаск
JO | Jordan; Hashemite Kingdom of Jordan | Jordanian | Jordanians | Иордания; Иорданское Хашимитское Королевство | иорданский | иорданец | | Amman | Амман
QA | Qatar; State of Qatar | Qatari | Qataris | Катар; Государство Катар | катарский | | | Doha | Доха
KW | Kuwait; State of Kuwait | Kuwaiti | Kuwaitis | Кувейт | кувейтский | | | Kuwait City | Эль-Кувейт
BH | Bahrain; Kingdom of Bahrain | Bahraini | Bahrainis | Бахрейн | бахрейнский | | | Manama | Манама
OM | Oman; Sultanate of Oman | Omani | Omanis | Оман; Султанат Оман | оманский | | | Muscat | Маскат
LB | Lebanon | Lebanese | | Ливан | ливанский | ливанец | | Beirut | Бейрут
DZ | Algeria; People's Democratic Republic of Algeria | Algerian | Algerians | Алжир; Алжирская Народная Демократическая Республика | алжирский | алжирец | | Algiers | Алжир
MA | Morocco; Kingdom of Morocco | Moroccan | Moroccans | Марокко; Королевство Марокко | марокканский | марокканец | | Rabat | Рабат
TN | Tunisia | Tunisian | Tunisians | Тунис; Тунисская Республика | тунисский | тунисец | | Tunis | Тунис
LY | Libya | Libyan | Libyans | Ливия | ливийский | ливиец | | Tripoli | Триполи
ET | Ethiopia; Federal Democratic Republic of Ethiopia | Ethiopian | Ethiopians | Эфиопия; Федеративная Демократическая Республика Эфиопия | эфиопский | эфиоп | | Addis Ababa | Аддис-Абеба
NG | Nigeria; Federal Republic of Nigeria | Nigerian | Nigerians | Нигерия; Федеративная Республика Нигерия | нигерийский | нигериец | | Abuja | Абуджа
ZA | South Africa; Republic of South Africa; RSA | South African | South Africans | Южная Африка; Южно-Африканская Республика | южноафриканский | | ЮАР; RSA | Pretoria | Претория
KE | Kenya | Kenyan | Kenyans | Кения | кенийский | кениец | | Nairobi | Найроби
SD | Sudan | Sudanese | | Судан | суданский | | | Khartoum | Хартум
TZ | Tanzania | Tanzanian | Tanzanians | Танзания | танзанийский | | | Dodoma | Додома
UG | Uganda | Ugandan | Ugandans | Уганда | угандийский | | | Kampala | Кампала
GH | Ghana | Ghanaian | Ghanaians | Гана | ганский | | | Accra | Аккра
AO | Angola | Angolan | Angolans | Ангола | ангольский | | | Luanda | Луанда
ZW | Zimbabwe | Zimbabwean | Zimbabweans | Зимбабве | зимбабвийский | | | Harare | Хараре
ML | Mali | Malian | Malians | Мали | малийский | | | Bamako | Бамако
TH | Thailand; Kingdom of Thailand | Thai | | Таиланд; Тайланд; Королевство Таиланд | таиландский; тайский | таец; тайка | | Bangkok | Бангкок
SG | Singapore; Republic of Singapore | Singaporean | Singaporeans | Сингапур | сингапурский | сингапурец | | Singapore | Сингапур
PH | Philippines; Republic of the Philippines | Philippine; Filipino | Filipinos | Филиппины | филиппинский | филиппинец | | Manila | Манила
BD | Bangladesh | Bangladeshi | Bangladeshis | Бангладеш | бангладешский | | | Dhaka | Дакка
LK | Sri Lanka | Sri Lankan | Sri Lankans | Шри-Ланка | шри-ланкийский | | | Colombo; Sri Jayawardenepura Kotte | Коломбо
MM | Myanmar; Burma | Myanmar; Burmese | | Мьянма; Бирма | мьянманский; бирманский | | | Naypyidaw; Nay Pyi Taw | Нейпьидо
LA | Laos; Lao PDR; Lao People's Democratic Republic | Lao; Laotian | | Лаос; Лаосская Народно-Демократическая Республика | лаосский | | ЛНДР | Vientiane | Вьентьян
KH | Cambodia | Cambodian | Cambodians | Камбоджа | камбоджийский | | | Phnom Penh | Пномпень
NP | Nepal | Nepali; Nepalese | | Непал | непальский | | | Kathmandu | Катманду
AR | Argentina; Argentine Republic | Argentine; Argentinian | Argentines | Аргентина; Аргентинская Республика | аргентинский | аргентинец | | Buenos Aires | Буэнос-Айрес
MX | Mexico; United Mexican States | Mexican | Mexicans | Мексика | мексиканский | мексиканец | | Mexico City | Мехико
CL | Chile | Chilean | Chileans | Чили | чилийский | чилиец | | Santiago | Сантьяго
VE | Venezuela; Bolivarian Republic of Venezuela | Venezuelan | Venezuelans | Венесуэла; Боливарианская Республика Венесуэла | венесуэльский | венесуэлец | | Caracas | Каракас
NI | Nicaragua | Nicaraguan | Nicaraguans | Никарагуа | никарагуанский | | | Managua | Манагуа
CO | Colombia | Colombian | Colombians | Колумбия | колумбийский | колумбиец | | Bogotá; Bogota | Богота
PE | Peru | Peruvian | Peruvians | Перу | перуанский | перуанец | | Lima | Лима
BO | Bolivia; Plurinational State of Bolivia | Bolivian | Bolivians | Боливия; Многонациональное Государство Боливия | боливийский | | | La Paz; Sucre | Ла-Пас; Сукре
CA | Canada | Canadian | Canadians | Канада | канадский | канадец; канадка | | Ottawa | Оттава
AU | Australia; Commonwealth of Australia | Australian | Australians | Австралия | австралийский | австралиец; австралийка | | Canberra | Канберра
NZ | New Zealand | New Zealand | New Zealanders | Новая Зеландия | новозеландский | | | Wellington | Веллингтон
ES | Spain; Kingdom of Spain | Spanish | Spaniards | Испания; Королевство Испания | испанский | испанец; испанка | | Madrid | Мадрид
PT | Portugal | Portuguese | | Португалия | португальский | португалец | | Lisbon | Лиссабон
NL | Netherlands; the Netherlands; Holland; Kingdom of the Netherlands | Dutch | | Нидерланды; Голландия; Королевство Нидерландов | нидерландский; голландский | голландец; голландка | | Amsterdam | Амстердам
BE | Belgium | Belgian | Belgians | Бельгия | бельгийский | бельгиец | | Brussels | Брюссель
AT | Austria; Republic of Austria | Austrian | Austrians | Австрия; Австрийская Республика | австрийский | австриец; австрийка | | Vienna | Вена
PL | Poland; Republic of Poland | Polish | Poles | Польша; Республика Польша | польский | поляк; полька | | Warsaw | Варшава
CZ | Czechia; Czech Republic | Czech | Czechs | Чехия; Чешская Республика | чешский | чех; чешка | | Prague | Прага
SK | Slovakia; Slovak Republic | Slovak; Slovakian | Slovaks | Словакия; Словацкая Республика | словацкий | словак | | Bratislava | Братислава
SI | Slovenia | Slovenian; Slovene | Slovenians | Словения | словенский | | | Ljubljana | Любляна
HR | Croatia | Croatian | Croats | Хорватия | хорватский | хорват | | Zagreb | Загреб
BA | Bosnia and Herzegovina; Bosnia | Bosnian | Bosnians | Босния и Герцеговина; Босния | боснийский | | | Sarajevo | Сараево
ME | Montenegro | Montenegrin | Montenegrins | Черногория | черногорский | черногорец | | Podgorica | Подгорица
MK | North Macedonia; Macedonia | Macedonian; North Macedonian | Macedonians | Северная Македония; Македония | македонский; северомакедонский | | | Skopje | Скопье
AL | Albania | Albanian | Albanians | Албания | албанский | албанец | | Tirana | Тирана
BG | Bulgaria | Bulgarian | Bulgarians | Болгария | болгарский | болгарин; болгарка | | Sofia | София
RO | Romania | Romanian | Romanians | Румыния | румынский | румын; румынка | | Bucharest | Бухарест
GR | Greece; Hellenic Republic | Greek | Greeks | Греция; Греческая Республика | греческий | грек; гречанка | | Athens | Афины
CY | Cyprus; Republic of Cyprus | Cypriot | Cypriots | Кипр; Республика Кипр | кипрский | киприот | | Nicosia | Никосия
SE | Sweden | Swedish | Swedes | Швеция | шведский | швед; шведка | | Stockholm | Стокгольм
NO | Norway | Norwegian | Norwegians | Норвегия | норвежский | норвежец | | Oslo | Осло
FI | Finland | Finnish | Finns | Финляндия | финляндский; финский | финн; финка | | Helsinki | Хельсинки
DK | Denmark | Danish | Danes | Дания | датский | датчанин; датчанка | | Copenhagen | Копенгаген
IE | Ireland; Republic of Ireland | Irish | | Ирландия | ирландский | ирландец | | Dublin | Дублин
IS | Iceland | Icelandic | Icelanders | Исландия | исландский | | | Reykjavik | Рейкьявик
LU | Luxembourg | Luxembourgish | | Люксембург | люксембургский | | | Luxembourg | Люксембург
MT | Malta | Maltese | | Мальта | мальтийский | | | Valletta | Валлетта
PS | Palestine; State of Palestine | Palestinian | Palestinians | Палестина; Государство Палестина | палестинский | палестинец | | Ramallah | Рамалла
YE | Yemen | Yemeni | Yemenis | Йемен | йеменский | | | Sanaa | Сана
TW | Taiwan | Taiwanese | | Тайвань | тайваньский | | | Taipei | Тайбэй
HK | Hong Kong | Hong Kong | | Гонконг; Сянган | гонконгский | | | |
VA | Vatican; Holy See; Vatican City | Vatican | | Ватикан; Святой Престол | ватиканский | | | |
EC | Ecuador | Ecuadorian | Ecuadorians | Эквадор | эквадорский | | | Quito | Кито
UY | Uruguay | Uruguayan | Uruguayans | Уругвай | уругвайский | | | Montevideo | Монтевидео
PY | Paraguay | Paraguayan | Paraguayans | Парагвай | парагвайский | | | Asunción; Asuncion | Асунсьон
SN | Senegal | Senegalese | | Сенегал | сенегальский | | | Dakar | Дакар
CI | Côte d’Ivoire; Côte d'Ivoire; Cote d'Ivoire; Ivory Coast | Ivorian | Ivorians | Кот-д’Ивуар; Кот-д'Ивуар; Берег Слоновой Кости | ивуарийский | | | Yamoussoukro | Ямусукро
CM | Cameroon | Cameroonian | Cameroonians | Камерун | камерунский | | | Yaoundé; Yaounde | Яунде
MZ | Mozambique | Mozambican | Mozambicans | Мозамбик | мозамбикский | | | Maputo | Мапуту
BW | Botswana | Botswanan; Motswana | | Ботсвана | ботсванский | | | Gaborone | Габороне
NA | Namibia | Namibian | Namibians | Намибия | намибийский | | | Windhoek | Виндхук
ZM | Zambia | Zambian | Zambians | Замбия | замбийский | | | Lusaka | Лусака
RW | Rwanda | Rwandan | Rwandans | Руанда | руандийский | | | Kigali | Кигали
CD | Democratic Republic of the Congo; DR Congo; DRC; Congo-Kinshasa | Congolese | | Демократическая Республика Конго; ДР Конго | конголезский | | ДРК; DRC | Kinshasa | Киншаса
CG | Republic of the Congo; Congo-Brazzaville; Congo | Congolese | | Республика Конго; Конго | конголезский | | | Brazzaville | Браззавиль
CF | Central African Republic; CAR | Central African | | Центральноафриканская Республика | центральноафриканский | | ЦАР | Bangui | Банги
GN | Guinea; Republic of Guinea | Guinean | Guineans | Гвинея; Гвинейская Республика | гвинейский | | | Conakry | Конакри
BF | Burkina Faso | Burkinabe; Burkinabé | | Буркина-Фасо | буркинийский | | | Ouagadougou | Уагадугу
NE | Niger | Nigerien | Nigeriens | Нигер | нигерский | | | Niamey | Ниамей
TD | Chad | Chadian | Chadians | Чад | чадский | | | N'Djamena; Ndjamena | Нджамена
ER | Eritrea | Eritrean | Eritreans | Эритрея | эритрейский | | | Asmara | Асмэра
SO | Somalia | Somali | Somalis | Сомали | сомалийский | | | Mogadishu | Могадишо
BQ | Caribbean Netherlands; Bonaire | | | Бонэйр; Карибские Нидерланды | | | | Kralendijk | Кралендейк
FK | Falkland Islands; Falklands | Falkland | | Фолклендские острова; Фолкленды | фолклендский | | | Stanley | Стэнли
SH | Saint Helena; St Helena | | | Остров Святой Елены; Святая Елена | | | | Jamestown | Джеймстаун
CC | Cocos (Keeling) Islands; Cocos Islands; Keeling Islands | | | Кокосовые острова | | | | West Island |
MG | Madagascar | Malagasy | | Мадагаскар | мадагаскарский | | | Antananarivo | Антананариву
"""

# English adjectives for countries not in COUNTRY_LINES (code: adjectives ;-separated).
EN_ADJ_EXTRA = r"""
AD: Andorran
AG: Antiguan
BB: Barbadian
BI: Burundian
BJ: Beninese
BN: Bruneian
BS: Bahamian
BT: Bhutanese
BZ: Belizean
CR: Costa Rican
CV: Cape Verdean
DJ: Djiboutian
DM: Dominican
DO: Dominican
FJ: Fijian
GA: Gabonese
GM: Gambian
GQ: Equatorial Guinean
GT: Guatemalan
GW: Bissau-Guinean
GY: Guyanese
HN: Honduran
HT: Haitian
JM: Jamaican
KI: I-Kiribati
KM: Comorian
LC: Saint Lucian
LI: Liechtensteiner
LR: Liberian
LS: Basotho
MC: Monegasque; Monacan
MH: Marshallese
MR: Mauritanian
MU: Mauritian
MV: Maldivian
MW: Malawian
NR: Nauruan
PA: Panamanian
PG: Papua New Guinean
PR: Puerto Rican
PW: Palauan
SB: Solomon Islander
SC: Seychellois
SL: Sierra Leonean
SM: Sammarinese
SR: Surinamese
SS: South Sudanese
ST: Santomean
SV: Salvadoran
SZ: Swazi; Eswatini
TG: Togolese
TL: Timorese
TO: Tongan
TT: Trinidadian; Tobagonian
TV: Tuvaluan
VC: Vincentian
VU: Ni-Vanuatu; Vanuatuan
WS: Samoan
XK: Kosovar; Kosovan
GL: Greenlandic
FO: Faroese
MO: Macanese
"""

# Forms that, compared case-insensitively, are also common words or person names
# and that the automatic checks (word list, census first names, pymorphy) miss.
EXTRA_AMBIGUOUS = {
    "US", "U.S.", "America", "Holland", "England", "Emirates", "Korea", "Congo",
    "Guinea", "Georgia", "Jordan", "Chad", "Turkey", "Niger", "Victoria", "Male",
    "Sofia", "Santiago", "Lima", "Washington", "Hamilton", "Kingston", "Nice",
    "Того", "Чад", "Перу", "Мали", "Чада", "Чаде", "Чаду", "Чадом", "Сукре",
    "Вашингтон", "Виктория", "София", "Сантьяго", "Лима", "Америка", "Корея",
    "Конго", "Гвинея", "Македония", "Англия", "Голландия", "Эмираты", "Поднебесная",
    "РК", "РТ", "РА", "АР", "РМ", "САР", "КР",
}

# Blocs and regional groupings: code | en forms | ru forms | member ISO codes.
# The first en form is the canonical English name.
BLOC_LINES = r"""
EU | European Union; EU; E.U. | Европейский союз; Евросоюз; ЕС | AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK
EAEU | Eurasian Economic Union; EAEU; EEU; EaEU | Евразийский экономический союз; ЕАЭС; Евразийский союз | AM BY KG KZ RU
CIS | Commonwealth of Independent States; CIS | Содружество Независимых Государств; СНГ; Содружество | AM AZ BY KG KZ MD RU TJ UZ
CSTO | Collective Security Treaty Organization; CSTO | Организация Договора о коллективной безопасности; ОДКБ | AM BY KG KZ RU TJ
SCO | Shanghai Cooperation Organisation; Shanghai Cooperation Organization; SCO | Шанхайская организация сотрудничества; ШОС | BY CN IN IR KG KZ PK RU TJ UZ
BRICS | BRICS; BRICS+; BRICS Plus | БРИКС; БРИКС+ | AE BR CN EG ET ID IN IR RU ZA
UNION_STATE | Union State; Union State of Russia and Belarus | Союзное государство; Союзное государство России и Белоруссии | BY RU
ASEAN | Association of Southeast Asian Nations; ASEAN | Ассоциация государств Юго-Восточной Азии; АСЕАН | BN ID KH LA MM MY PH SG TH VN
GCC | Gulf Cooperation Council; GCC | Совет сотрудничества арабских государств Персидского залива; ССАГПЗ | AE BH KW OM QA SA
G20 | Group of Twenty; G20; G-20 | Большая двадцатка; G20; «Большая двадцатка» | AR AU BR CA CN DE FR GB ID IN IT JP KR MX RU SA TR US ZA
G7 | Group of Seven; G7; G-7 | Большая семёрка; G7 | CA DE FR GB IT JP US
CENTRAL_ASIA | Central Asia | Центральная Азия; Средняя Азия | KG KZ TJ TM UZ
SOUTH_CAUCASUS | South Caucasus; Transcaucasia | Южный Кавказ; Закавказье | AM AZ GE
AFRICAN_UNION | African Union; AU | Африканский союз; АС |
MERCOSUR | Mercosur; Mercosul | Меркосур; МЕРКОСУР | AR BR PY UY
"""

# Subdivisions (ISO 3166-2) covered in regions.tsv.
REGION_COUNTRIES = ("RU", "BY", "KZ", "UZ", "KG", "TJ", "TM", "AM", "AZ", "GE", "MD", "UA",
                    "EE", "LV", "LT", "MN", "CN", "IN", "TR", "IR", "VN")

# English bases in CLDR that are adjectives, not nouns ("Chechen Republic", not "Chechen").
EN_ADJECTIVE_BASES = {"Chechen", "Chuvash", "Udmurt", "Buryat", "Kabardino-Balkar",
                      "Karachay-Cherkess", "Jewish", "Nenets", "Khanty-Mansi", "Altai"}

# Canonical English names where CLDR's short form is not what the press uses.
REGION_CANON_EN = {
    "RU-AL": "Altai Republic", "RU-BU": "Republic of Buryatia", "RU-CE": "Chechen Republic",
    "RU-CU": "Chuvash Republic", "RU-UD": "Udmurt Republic", "RU-KB": "Kabardino-Balkar Republic",
    "RU-KC": "Karachay-Cherkess Republic", "RU-SA": "Sakha Republic (Yakutia)",
    "RU-SE": "Republic of North Ossetia-Alania", "RU-TY": "Tuva Republic",
    "RU-ME": "Mari El Republic", "RU-KO": "Komi Republic", "RU-KR": "Republic of Karelia",
    "RU-KHM": "Khanty-Mansi Autonomous Okrug", "RU-YAN": "Yamalo-Nenets Autonomous Okrug",
    "RU-NEN": "Nenets Autonomous Okrug", "RU-CHU": "Chukotka Autonomous Okrug",
    "RU-YEV": "Jewish Autonomous Oblast", "RU-MOS": "Moscow Oblast", "RU-MOW": "Moscow",
    "RU-SPE": "Saint Petersburg", "UA-43": "Autonomous Republic of Crimea", "UA-40": "Sevastopol",
}

# Extra surface forms: code | en forms | ru forms (ru forms are declined).
REGION_EXTRA = r"""
RU-AD | Adygeya; Republic of Adygea; Adygea Republic | Адыгея; Республика Адыгея
RU-AL | Altai Republic; Republic of Altai; Gorno-Altai | Республика Алтай; Горный Алтай
RU-BA | Bashkortostan; Republic of Bashkortostan; Bashkiria | Башкирия; Республика Башкортостан
RU-BU | Buryatia; Republic of Buryatia | Бурятия; Республика Бурятия
RU-CE | Chechnya; Chechen Republic | Чечня; Чеченская Республика
RU-CU | Chuvashia; Chuvash Republic | Чувашия; Чувашская Республика
RU-DA | Dagestan; Daghestan; Republic of Dagestan | Дагестан; Республика Дагестан
RU-IN | Ingushetia; Republic of Ingushetia | Ингушетия; Республика Ингушетия
RU-KB | Kabardino-Balkaria; Kabardino-Balkar Republic | Кабардино-Балкария; Кабардино-Балкарская Республика; КБР
RU-KC | Karachay-Cherkessia; Karachay-Cherkess Republic | Карачаево-Черкесия; Карачаево-Черкесская Республика; КЧР
RU-KK | Khakassia; Republic of Khakassia | Хакасия; Республика Хакасия
RU-KL | Kalmykia; Republic of Kalmykia | Калмыкия; Республика Калмыкия
RU-KO | Komi; Komi Republic; Republic of Komi | Коми; Республика Коми
RU-KR | Karelia; Republic of Karelia | Карелия; Республика Карелия
RU-ME | Mari El; Mari El Republic | Марий Эл; Республика Марий Эл
RU-MO | Mordovia; Republic of Mordovia | Мордовия; Республика Мордовия
RU-SA | Yakutia; Sakha; Sakha Republic; Republic of Sakha | Якутия; Республика Саха; Саха
RU-SE | North Ossetia; North Ossetia-Alania; North Ossetia–Alania | Северная Осетия; Республика Северная Осетия — Алания; Северная Осетия — Алания
RU-TA | Tatarstan; Republic of Tatarstan | Татарстан; Республика Татарстан; РТ
RU-TY | Tuva; Tyva; Tuva Republic | Тыва; Тува; Республика Тыва
RU-UD | Udmurtia; Udmurt Republic | Удмуртия; Удмуртская Республика
RU-KHM | Khanty-Mansi Autonomous Okrug; Khanty-Mansiysk Autonomous Okrug; Yugra; Ugra; KhMAO | Ханты-Мансийский автономный округ; Югра; ХМАО; ХМАО — Югра; ХМАО-Югра
RU-YAN | Yamalo-Nenets Autonomous Okrug; Yamal-Nenets Autonomous Okrug; Yamal; YaNAO | Ямало-Ненецкий автономный округ; Ямал; ЯНАО
RU-NEN | Nenets Autonomous Okrug; NAO | Ненецкий автономный округ; НАО
RU-CHU | Chukotka; Chukotka Autonomous Okrug | Чукотка; Чукотский автономный округ; ЧАО
RU-YEV | Jewish Autonomous Oblast; Jewish Autonomous Region | Еврейская автономная область; ЕАО
RU-MOW | Moscow | Москва
RU-SPE | Saint Petersburg; St. Petersburg; St Petersburg; Petersburg | Санкт-Петербург; Петербург; Питер; СПб
RU-MOS | Moscow Oblast; Moscow Region; Moscow region; Moscow Province | Подмосковье; Московская область
RU-LEN | Leningrad Oblast; Leningrad Region; Leningrad region | Ленобласть; Ленинградская область
RU-PRI | Primorye; Primorsky Krai; Primorsky Territory; Primorsky region | Приморье
RU-KDA | Kuban; Krasnodar Krai; Krasnodar Territory; Krasnodar region | Кубань
RU-ZAB | Zabaykalsky Krai; Transbaikalia; Trans-Baikal Territory | Забайкалье
RU-KAM | Kamchatka; Kamchatka Krai | Камчатка
RU-SAK | Sakhalin; Sakhalin Oblast; Sakhalin Region | Сахалин
RU-STA | Stavropol Krai; Stavropol Territory; Stavropol region | Ставрополье
RU-PER | Perm Krai; Perm Territory; Perm region | Прикамье
RU-ALT | Altai Krai; Altai Territory; Altai region | Алтай
RU-KGD | Kaliningrad Oblast; Kaliningrad Region; Kaliningrad region | Калининградская область
RU-NIZ | Nizhny Novgorod Oblast; Nizhny Novgorod Region; Nizhny Novgorod region | Нижегородская область
RU-SVE | Sverdlovsk Oblast; Sverdlovsk Region; Sverdlovsk region | Свердловская область; Средний Урал
UA-43 | Crimea; Republic of Crimea; Autonomous Republic of Crimea | Крым; Республика Крым; Автономная Республика Крым
UA-40 | Sevastopol | Севастополь
UA-14 | Donetsk Oblast; Donetsk Region; Donetsk People's Republic; DPR; DNR | Донецкая Народная Республика; ДНР; Донбасс
UA-09 | Luhansk Oblast; Lugansk Region; Luhansk Region; Luhansk People's Republic; LPR; LNR | Луганская Народная Республика; ЛНР
UA-23 | Zaporizhzhia Oblast; Zaporozhye Region; Zaporizhzhia Region | Запорожская область
UA-65 | Kherson Oblast; Kherson Region | Херсонская область
UA-30 | Kyiv; Kiev | Киев
KZ-AST | Astana; Nur-Sultan | Астана; Нур-Султан
KZ-ALA | Almaty; Alma-Ata | Алматы; Алма-Ата
KZ-SHY | Shymkent; Chimkent | Шымкент; Чимкент
KZ-YUZ | South Kazakhstan Region; Turkistan Region; Turkestan Region | Туркестанская область; Южно-Казахстанская область; ЮКО
KZ-ZAP | West Kazakhstan Region | Западно-Казахстанская область; ЗКО
TM-A | Akhal; Akhal region; Akhal Region; Akhal velayat; Ahal velayat; Akhal province | Ахалский велаят
TM-B | Balkan velayat; Balkan province | Балканский велаят
TM-D | Dashoguz; Dashoguz region; Dashoguz Region; Dashoguz velayat; Dashoguz province | Дашогузский велаят
TM-L | Lebap; Lebap region; Lebap Region; Lebap velayat; Lebap province | Лебапский велаят
TM-M | Mary region; Mary Region; Mary velayat; Mary province | Марыйский велаят
KZ-VOS | East Kazakhstan Region | Восточно-Казахстанская область; ВКО
KZ-SEV | North Kazakhstan Region | Северо-Казахстанская область; СКО
UZ-TK | Tashkent | Ташкент
UZ-QR | Karakalpakstan; Republic of Karakalpakstan | Каракалпакстан; Республика Каракалпакстан
KG-GB | Bishkek | Бишкек
TJ-DU | Dushanbe | Душанбе
TJ-GB | Gorno-Badakhshan; Gorno-Badakhshan Autonomous Region; GBAO | Горно-Бадахшанская автономная область; ГБАО; Памир
AM-ER | Yerevan | Ереван
AZ-BA | Baku | Баку
AZ-NX | Nakhchivan; Nakhichevan; Nakhchivan Autonomous Republic | Нахичевань; Нахичеванская Автономная Республика
GE-TB | Tbilisi | Тбилиси
MD-CU | Chisinau; Chișinău; Kishinev | Кишинёв
MD-GA | Gagauzia | Гагаузия
BY-HM | Minsk | Минск
MN-1 | Ulaanbaatar; Ulan Bator | Улан-Батор
CN-XJ | Xinjiang; Xinjiang Uygur Autonomous Region; Xinjiang Uyghur Autonomous Region | Синьцзян; СУАР
CN-GX | Guangxi; Guangxi Zhuang Autonomous Region | Гуанси
CN-NX | Ningxia; Ningxia Hui Autonomous Region | Нинся
CN-XZ | Tibet; Tibet Autonomous Region; Xizang | Тибет
CN-NM | Inner Mongolia; Inner Mongolia Autonomous Region | Внутренняя Монголия
"""

# English base names used instead of (first) or beside CLDR's for building
# "X Oblast / X Region / X region" forms: press spellings CLDR lacks.
REGION_EN_BASES = r"""
UA-05 | Vinnytsia; Vinnitsa
UA-07 | Volyn
UA-09 | Luhansk; Lugansk
UA-12 | Dnipropetrovsk
UA-14 | Donetsk
UA-18 | Zhytomyr; Zhitomir
UA-21 | Zakarpattia; Transcarpathian
UA-23 | Zaporizhzhia; Zaporozhye
UA-26 | Ivano-Frankivsk
UA-32 | Kyiv; Kiev
UA-35 | Kirovohrad
UA-46 | Lviv
UA-48 | Mykolaiv; Nikolaev
UA-51 | Odesa; Odessa
UA-53 | Poltava
UA-56 | Rivne
UA-59 | Sumy
UA-61 | Ternopil
UA-63 | Kharkiv; Kharkov
UA-65 | Kherson
UA-68 | Khmelnytskyi
UA-71 | Cherkasy
UA-74 | Chernihiv
UA-77 | Chernivtsi
BY-BR | Brest
BY-HO | Gomel; Homel
BY-HR | Grodno; Hrodna
BY-MA | Mogilev; Mahilyow
BY-VI | Vitebsk; Vitsebsk
BY-MI | Minsk
KZ-KAR | Karaganda; Karagandy
KZ-KUS | Kostanay; Kostanai
KZ-MAN | Mangystau; Mangistau
KZ-ZHA | Zhambyl; Jambyl
KZ-ALM | Almaty
KZ-AKT | Aktobe
KZ-VOS | East Kazakhstan
KZ-SEV | North Kazakhstan
KZ-ZAP | West Kazakhstan
KZ-YUZ | Turkistan; Turkestan
UZ-TO | Tashkent
UZ-SA | Samarkand
UZ-BU | Bukhara
UZ-FA | Fergana
UZ-NG | Namangan
UZ-AN | Andijan
UZ-QA | Kashkadarya
UZ-SU | Surkhandarya
UZ-XO | Khorezm
UZ-NW | Navoi
UZ-JI | Jizzakh
UZ-SI | Syrdarya
KG-C | Chui; Chuy
KG-Y | Issyk-Kul
KG-J | Jalal-Abad
KG-O | Osh
KG-B | Batken
KG-N | Naryn
KG-T | Talas
TJ-SU | Sughd; Sogd
TJ-KT | Khatlon
"""
