"""Hand-written person-name knowledge (written for this project).

RU_PRESS: Russian first name -> English press spellings, the usual one first
(Reuters/AP/BBC practice: -ий -> -y, -ей -> -ei, Е- -> Ye-, Алекс- -> Alex-).
CENTRAL_ASIAN: Cyrillic | Latin spellings | gender | origin for common Kazakh, Uzbek,
Kyrgyz, Tajik, Turkmen, Azerbaijani, Armenian and Georgian given names.
SURNAME_SUFFIXES: endings that mark surnames in post-Soviet names.
"""

RU_PRESS = r"""
Александр | Alexander; Aleksandr; Alexandr | m
Алексей | Alexei; Alexey; Aleksei; Aleksey | m
Анатолий | Anatoly; Anatoliy; Anatoli | m
Андрей | Andrei; Andrey | m
Антон | Anton | m
Аркадий | Arkady; Arkadiy | m
Арсений | Arseny; Arseniy | m
Артём | Artyom; Artem; Artiom | m
Артем | Artyom; Artem | m
Борис | Boris | m
Вадим | Vadim | m
Валентин | Valentin | m
Валерий | Valery; Valeriy; Valeri | m
Василий | Vasily; Vasiliy; Vassily | m
Виктор | Viktor; Victor | m
Виталий | Vitaly; Vitaliy; Vitali | m
Владимир | Vladimir | m
Владислав | Vladislav | m
Вячеслав | Vyacheslav | m
Геннадий | Gennady; Gennadiy; Gennadi | m
Георгий | Georgy; Georgiy; Georgi | m
Герман | German; Herman | m
Глеб | Gleb | m
Григорий | Grigory; Grigoriy | m
Даниил | Daniil | m
Денис | Denis | m
Дмитрий | Dmitry; Dmitriy; Dmitri | m
Евгений | Yevgeny; Evgeny; Evgeniy; Yevgeniy | m
Егор | Yegor; Egor | m
Иван | Ivan | m
Игорь | Igor | m
Илья | Ilya | m
Кирилл | Kirill | m
Константин | Konstantin | m
Леонид | Leonid | m
Максим | Maxim; Maksim | m
Марат | Marat | m
Матвей | Matvei; Matvey | m
Михаил | Mikhail | m
Никита | Nikita | m
Николай | Nikolai; Nikolay | m
Олег | Oleg | m
Павел | Pavel | m
Пётр | Pyotr; Petr; Peter | m
Петр | Pyotr; Petr | m
Роман | Roman | m
Руслан | Ruslan | m
Рустам | Rustam | m
Семён | Semyon; Semen | m
Сергей | Sergei; Sergey | m
Станислав | Stanislav | m
Степан | Stepan | m
Тимофей | Timofei; Timofey | m
Тимур | Timur | m
Фёдор | Fyodor; Fedor | m
Федор | Fyodor; Fedor | m
Филипп | Filipp; Philipp | m
Эдуард | Eduard | m
Юрий | Yury; Yuri; Yuriy | m
Ярослав | Yaroslav | m
Алла | Alla | f
Алина | Alina | f
Алёна | Alyona; Alena | f
Алена | Alyona; Alena | f
Алиса | Alisa | f
Анастасия | Anastasia; Anastasiya | f
Ангелина | Angelina | f
Анна | Anna | f
Антонина | Antonina | f
Валентина | Valentina | f
Валерия | Valeria; Valeriya | f
Вера | Vera | f
Вероника | Veronika | f
Виктория | Viktoria; Victoria; Viktoriya | f
Галина | Galina | f
Дарья | Darya; Daria | f
Диана | Diana | f
Евгения | Yevgenia; Evgenia; Evgeniya | f
Екатерина | Yekaterina; Ekaterina | f
Елена | Yelena; Elena | f
Елизавета | Yelizaveta; Elizaveta | f
Жанна | Zhanna | f
Зоя | Zoya | f
Инна | Inna | f
Ирина | Irina | f
Кристина | Kristina | f
Ксения | Ksenia; Kseniya | f
Лариса | Larisa | f
Лидия | Lidia; Lidiya | f
Любовь | Lyubov | f
Людмила | Lyudmila; Ludmila | f
Маргарита | Margarita | f
Марина | Marina | f
Мария | Maria; Mariya | f
Надежда | Nadezhda | f
Наталья | Natalia; Natalya | f
Наталия | Natalia; Nataliya | f
Нина | Nina | f
Оксана | Oksana | f
Ольга | Olga | f
Полина | Polina | f
Светлана | Svetlana | f
София | Sofia; Sofiya | f
Софья | Sofya; Sofia | f
Тамара | Tamara | f
Татьяна | Tatiana; Tatyana | f
Ульяна | Ulyana | f
Эльвира | Elvira | f
Юлия | Yulia; Yuliya; Julia | f
Яна | Yana | f
"""

CENTRAL_ASIAN = r"""
Абай | Abai; Abay | m | kz
Айбек | Aibek; Aybek | m | kz
Айгерим | Aigerim; Aygerim | f | kz
Айдар | Aidar; Aydar | m | kz
Айжан | Aizhan; Ayzhan | f | kz
Айнур | Ainur; Aynur | f | kz
Акылбек | Akylbek | m | kg
Алибек | Alibek | m | kz
Алихан | Alikhan | m | kz
Алмаз | Almaz | m | kz
Алмазбек | Almazbek | m | kg
Асель | Assel; Asel | f | kz
Аскар | Askar | m | kz
Асхат | Askhat | m | kz
Ахмет | Akhmet; Ahmet | m | kz
Бакытжан | Bakytzhan; Bakhytzhan | m | kz
Бахтияр | Bakhtiyar | m | kz
Бауыржан | Bauyrzhan; Baurzhan | m | kz
Бауржан | Baurzhan | m | kz
Гульнара | Gulnara | f | kz
Гульмира | Gulmira | f | kz
Дамир | Damir | m | kz
Данияр | Daniyar | m | kz
Дархан | Darkhan | m | kz
Динара | Dinara | f | kz
Ерлан | Yerlan; Erlan | m | kz
Ержан | Yerzhan; Erzhan | m | kz
Ерболат | Yerbolat; Erbolat | m | kz
Жанар | Zhanar | f | kz
Жанна | Zhanna | f | kz
Кайрат | Kairat; Kayrat | m | kz
Канат | Kanat | m | kz
Касым-Жомарт | Kassym-Jomart; Kassym-Zhomart; Kasym-Zhomart | m | kz
Мади | Madi | m | kz
Мадина | Madina | f | kz
Маржан | Marzhan | f | kz
Мурат | Murat | m | kz
Нурлан | Nurlan | m | kz
Нурсултан | Nursultan | m | kz
Олжас | Olzhas | m | kz
Сапар | Sapar | m | tm
Серик | Serik | m | kz
Талгат | Talgat | m | kz
Ержан | Yerzhan | m | kz
Алтынбек | Altynbek | m | kg
Адылбек | Adylbek | m | kg
Садыр | Sadyr | m | kg
Сооронбай | Sooronbay; Sooronbai | m | kg
Таалатбек | Taalatbek | m | kg
Улукбек | Ulukbek | m | kg
Чолпон | Cholpon | f | kg
Жээнбек | Jeenbek; Zheenbek | m | kg
Азиз | Aziz | m | uz
Азизбек | Azizbek | m | uz
Акмал | Akmal | m | uz
Алишер | Alisher | m | uz
Бахтиёр | Bakhtiyor; Baxtiyor | m | uz
Бахром | Bakhrom; Bahrom | m | uz
Ботир | Botir | m | uz
Гулнора | Gulnora | f | uz
Дильноза | Dilnoza | f | uz
Дилшод | Dilshod | m | uz
Жамшид | Jamshid; Zhamshid | m | uz
Зиёдулла | Ziyodulla | m | uz
Ислам | Islam | m | uz
Жахонгир | Jakhongir; Jahongir | m | uz
Лазиз | Laziz | m | uz
Мухаммад | Muhammad; Mukhammad | m | uz
Нодир | Nodir | m | uz
Одил | Odil | m | uz
Отабек | Otabek | m | uz
Рустам | Rustam | m | uz
Санжар | Sanjar; Sanzhar | m | uz
Сардор | Sardor | m | uz
Сарвар | Sarvar | m | uz
Улугбек | Ulugbek | m | uz
Фарход | Farkhod; Farhod | m | uz
Шавкат | Shavkat | m | uz
Шухрат | Shukhrat; Shuhrat | m | uz
Шерзод | Sherzod | m | uz
Эльёр | Elyor | m | uz
Абдулла | Abdulla; Abdullah | m | uz
Абдурахмон | Abdurakhmon | m | tj
Давлат | Davlat | m | tj
Джамшед | Jamshed; Dzhamshed | m | tj
Имомали | Imomali | m | tj
Кохир | Qohir; Kokhir | m | tj
Мехриниссо | Mehrinisso | f | tj
Рустами | Rustami | m | tj
Сухроб | Sukhrob; Suhrob | m | tj
Фаррух | Farrukh | m | tj
Эмомали | Emomali | m | tj
Гурбангулы | Gurbanguly | m | tm
Сердар | Serdar | m | tm
Мерет | Meret | m | tm
Ильхам | Ilham; Ilkham | m | az
Мехрибан | Mehriban | f | az
Эльчин | Elchin | m | az
Эльнур | Elnur | m | az
Анар | Anar | m | az
Джейхун | Jeyhun; Dzheykhun | m | az
Микаил | Mikail | m | az
Никол | Nikol | m | am
Ашот | Ashot | m | am
Арам | Aram | m | am
Армен | Armen | m | am
Арсен | Arsen | m | am
Ваган | Vahagn; Vagan | m | am
Ваге | Vahe; Vage | m | am
Гагик | Gagik | m | am
Карен | Karen | m | am
Нарек | Narek | m | am
Сурен | Suren | m | am
Тигран | Tigran | m | am
Анаит | Anahit; Anait | f | am
Гоар | Gohar; Goar | f | am
Давид | David; Davit | m | ge
Гия | Gia | m | ge
Леван | Levan | m | ge
Ираклий | Irakli; Irakly | m | ge
Нино | Nino | f | ge
Тамар | Tamar | f | ge
Зураб | Zurab | m | ge
Георгий | Giorgi; Georgy | m | ge
Шота | Shota | m | ge
Кахабер | Kakhaber | m | ge
Мамука | Mamuka | m | ge
Бидзина | Bidzina | m | ge
"""

SURNAME_SUFFIXES = r"""
ов | ov | m | ru
ова | ova | f | ru
ев | ev; yev | m | ru
ева | eva; yeva | f | ru
ёв | yov; ev | m | ru
ёва | yova; eva | f | ru
ин | in | m | ru
ина | ina | f | ru
ын | yn | m | ru
ына | yna | f | ru
ский | sky; skiy; ski | m | ru
ская | skaya | f | ru
цкий | tsky; tskiy | m | ru
цкая | tskaya | f | ru
ской | skoy; skoi | m | ru
ых | ykh | mf | ru
их | ikh | mf | ru
енко | enko | mf | ua
ук | uk | mf | ua
юк | yuk | mf | ua
чук | chuk | mf | ua
ич | ich | mf | by
вич | vich | mf | by
ович | ovich | mf | by
евич | evich | mf | by
ёнок | yonok | mf | by
уев | uyev; uev | m | kz
баев | bayev; baev | m | kz
баева | bayeva; baeva | f | kz
улы | uly | m | kz
кызы | kyzy | f | kz
бек | bek | m | kg
беков | bekov | m | kg
бекова | bekova | f | kg
алиев | aliyev; aliev | m | az
заде | zade | mf | az
оглы | oglu; ogly | m | az
кызы | gyzy; kyzy | f | az
ян | yan | mf | am
янц | yants | mf | am
уни | uni | mf | am
швили | shvili | mf | ge
дзе | dze | mf | ge
ава | ava | mf | ge
ия | ia | mf | ge
ани | ani | mf | ge
зода | zoda | mf | tj
ёр | yor | m | tj
"""
