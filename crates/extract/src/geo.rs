//! Countries, capitals, regions and cities from the generated gazetteer
//! (`data/gazetteer/`, built by `scripts/gazetteer/build.py` from CLDR,
//! iso-codes and GeoNames; see its LICENSES.md).

use crate::lexicon::Lexicon;
use std::collections::HashMap;
use std::sync::LazyLock;

#[derive(Debug, Clone)]
pub enum Place {
    /// A country by name, abbreviation, adjective or demonym.
    Country { code: &'static str, adjectival: bool },
    /// A capital city: a city that may stand for its state.
    Capital { code: &'static str, city: &'static str },
    /// A sub-national unit or city with its ISO 3166-2 code when it has one.
    Region { code: Option<&'static str>, country: &'static str, name: &'static str },
}

static COUNTRIES_TSV: &str = include_str!("../../../data/gazetteer/countries.tsv");
static REGIONS_TSV: &str = include_str!("../../../data/gazetteer/regions.tsv");
static CITIES_TSV: &str = include_str!("../../../data/gazetteer/cities.tsv");
static PERSON_NAMES_TSV: &str = include_str!("../../../data/gazetteer/person_names.tsv");

/// Given names in both scripts, lower case: a city spelled like one (`Виктория`,
/// `Vladimir`) is more often a person.
static GIVEN_NAME_FORMS: LazyLock<std::collections::HashSet<String>> = LazyLock::new(|| {
    let mut set = std::collections::HashSet::new();
    for line in PERSON_NAMES_TSV.lines().skip(1) {
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() >= 2 {
            set.insert(c[0].to_lowercase());
            set.insert(c[1].to_lowercase());
        }
    }
    set
});

/// ISO 3166-2 codes of cities that are subdivisions themselves (Minsk BY-HM, Tashkent UZ-TK).
static CITY_CODES: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for line in CITIES_TSV.lines().skip(1) {
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() >= 5 && !c[4].is_empty() {
            m.entry(c[2]).or_insert(c[4]);
        }
    }
    m
});

pub fn city_code(name_en: &str) -> Option<&'static str> {
    // New Delhi lies in the Delhi territory, whose code the press's capital carries.
    if name_en == "New Delhi" {
        return Some("IN-DL");
    }
    CITY_CODES.get(name_en).copied().map(current_code)
}

/// Kazakhstan's subdivisions carry numeric ISO 3166-2 codes since 2020 (`KZ-35`
/// Karaganda); the gazetteer's iso-codes release still has the letter codes, which the
/// press and annotators no longer use. Other codes pass through.
pub fn current_code(code: &'static str) -> &'static str {
    match code {
        "KZ-AKM" => "KZ-11",
        "KZ-AKT" => "KZ-15",
        "KZ-ALM" => "KZ-19",
        "KZ-ATY" => "KZ-23",
        "KZ-ZAP" => "KZ-27",
        "KZ-ZHA" => "KZ-31",
        "KZ-KAR" => "KZ-35",
        "KZ-KUS" => "KZ-39",
        "KZ-KZY" => "KZ-43",
        "KZ-MAN" => "KZ-47",
        "KZ-PAV" => "KZ-55",
        "KZ-SEV" => "KZ-59",
        "KZ-YUZ" => "KZ-61",
        "KZ-VOS" => "KZ-63",
        "KZ-AST" => "KZ-71",
        "KZ-ALA" => "KZ-75",
        "KZ-SHY" => "KZ-79",
        // Iran's provinces were renumbered in ISO 3166-2 (2020: IR-03 is now East
        // Azerbaijan); the gazetteer's release has the old numbers beside two new ones
        // (IR-00 Markazi, IR-09 Razavi Khorasan), which did not exist before and stay.
        "IR-01" => "IR-03",
        "IR-02" => "IR-04",
        "IR-03" => "IR-24",
        "IR-04" => "IR-10",
        "IR-05" => "IR-16",
        "IR-06" => "IR-18",
        "IR-07" => "IR-23",
        "IR-08" => "IR-14",
        "IR-10" => "IR-06",
        "IR-11" => "IR-19",
        "IR-12" => "IR-20",
        "IR-13" => "IR-11",
        "IR-14" => "IR-07",
        "IR-15" => "IR-08",
        "IR-16" => "IR-12",
        "IR-17" => "IR-05",
        "IR-18" => "IR-17",
        "IR-19" => "IR-01",
        "IR-20" => "IR-15",
        "IR-21" => "IR-02",
        "IR-22" => "IR-00",
        "IR-23" => "IR-22",
        "IR-24" => "IR-13",
        "IR-25" => "IR-21",
        "IR-26" => "IR-25",
        "IR-27" => "IR-27",
        "IR-28" => "IR-26",
        "IR-30" => "IR-09",
        "IR-31" => "IR-28",
        "IR-32" => "IR-30",
        other => other,
    }
}

/// English short names of countries by ISO code.
pub static COUNTRY_NAMES: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for line in COUNTRIES_TSV.lines().skip(1) {
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() >= 2 {
            m.entry(c[0]).or_insert(c[1]);
        }
    }
    // The press names a few states differently from ISO's long forms.
    for (code, name) in [("RU", "Russia"), ("IR", "Iran"), ("KR", "South Korea"), ("KP", "North Korea"), ("VN", "Vietnam"), ("SY", "Syria"), ("TR", "Turkey"), ("MD", "Moldova"), ("LA", "Laos"), ("TZ", "Tanzania"), ("VE", "Venezuela"), ("BO", "Bolivia"), ("US", "United States"), ("GB", "United Kingdom")] {
        m.insert(code, name);
    }
    m
});

pub fn country_name(code: &str) -> String {
    COUNTRY_NAMES.get(code).map(|s| s.to_string()).unwrap_or_else(|| code.to_string())
}

/// Cities of the region whose GeoNames English name is the local spelling (Andijon) and whose
/// Russian-derived spelling is dated (Andizhan), with the name English news uses and the
/// forms it writes: GeoNames name, press name, extra English forms.
const PRESS_CITY_NAMES: &[(&str, &str, &str)] = &[
    ("Andijon", "Andijan", "Andijan|Andizhan"),
    ("Jizzax", "Jizzakh", "Jizzakh|Jizzak|Djizak"),
    ("Khŭjand", "Khujand", "Khujand|Khudzhand"),
    ("Khujand", "Khujand", "Khujand|Khudzhand"),
    ("Qyzylorda", "Kyzylorda", "Kyzylorda|Kzyl-Orda"),
    ("Kyzylorda", "Kyzylorda", "Kyzylorda|Kzyl-Orda"),
    ("Kostanay", "Kostanay", "Kostanay|Kustanay|Qostanay"),
    ("Aktau", "Aktau", "Aktau|Aqtau"),
    ("Oskemen", "Ust-Kamenogorsk", "Ust-Kamenogorsk|Oskemen"),
    ("Semey", "Semey", "Semey|Semei|Semipalatinsk"),
    ("Ganja", "Ganja", "Ganja|Gyandzha"),
    ("Sumqayit", "Sumgait", "Sumgait|Sumqayit"),
];

/// A Latin place name without its diacritics, as English news prints it ("Zürich" → "Zurich",
/// "Chișinău" → "Chisinau"); names with none are returned as they are, without a copy.
fn fold_diacritics(name: &'static str) -> &'static str {
    if name.is_ascii() || name.chars().any(crate::text::is_cyrillic) {
        return name;
    }
    // GeoNames marks the soft sign with an apostrophe (Ural’skiy); the press drops it.
    let folded: String = any_ascii::any_ascii(name).chars().filter(|c| *c != '\'').collect();
    if folded == name {
        return name;
    }
    Box::leak(folded.into_boxed_str())
}

/// Large cities whose English name is also a word or a given name (Shanghai, Perm, Astrakhan,
/// Alexandria, Florence): [`PLACES`] leaves them out, and the recognizer takes them only where
/// the sentence places something there ("in Perm", "from Alexandria").
pub static CUED_CITIES: LazyLock<Lexicon<Place>> = LazyLock::new(|| {
    // Countries the news follows; elsewhere such names are more often the word.
    const COVERED: &[&str] = &[
        "RU", "BY", "KZ", "UZ", "KG", "TJ", "TM", "AM", "AZ", "GE", "MD", "UA", "MN", "CN", "IN", "TR", "IR", "VN", "EG", "RS", "PK", "KR", "JP",
        "AE", "SA", "OM", "IT", "FR", "DE", "BG", "CU",
    ];
    // Words first, cities a distant second even after "in": "in Pest control", "in Mango season".
    const WORDS_FIRST: &[&str] = &["Pest", "Mango", "Erode", "Saga"];
    let mut lex = Lexicon::default();
    for line in CITIES_TSV.lines().skip(1) {
        let c: Vec<&'static str> = line.split('\t').collect();
        if c.len() < 9 || c[8] != "1" || c[6] != "en" || !COVERED.contains(&c[1]) || WORDS_FIRST.contains(&c[7]) || c[7].chars().count() < 4 {
            continue;
        }
        if c[3].parse::<u64>().unwrap_or(0) < 300_000 {
            continue;
        }
        let code = (!c[4].is_empty()).then(|| current_code(c[4]));
        lex.insert_exact(c[7], Place::Region { code, country: c[1], name: c[2] });
    }
    lex
});

pub static PLACES: LazyLock<Lexicon<Place>> = LazyLock::new(|| {
    let mut lex = Lexicon::default();
    for line in COUNTRIES_TSV.lines().skip(1) {
        let c: Vec<&'static str> = line.split('\t').collect();
        if c.len() < 6 {
            continue;
        }
        let (code, kind, lang, form, ambiguous) = (c[0], c[2], c[3], c[4], c[5] == "1");
        // In the Eurasian press "РК" is Kazakhstan; Korea is spelled out.
        if code == "KR" && form == "РК" {
            continue;
        }
        // Ambiguous English capitals (Victoria, Kingston, Male) and demonym plurals that are
        // ordinary words are left out; ambiguous Russian forms are inflections, kept.
        if ambiguous && lang == "en" && (kind == "capital" || kind == "demonym") {
            continue;
        }
        let place = match kind {
            "capital" => Place::Capital { code, city: capital_english(code) },
            "adj" | "demonym" => Place::Country { code, adjectival: true },
            _ => Place::Country { code, adjectival: false },
        };
        lex.insert(form, place);
    }
    // Macro-regions the press treats as places (the contract keeps them when they have
    // administrative or economic meaning, unlike "the West").
    for (forms, name) in [
        ("Siberia|Сибирь|Сибири|Сибирью", "Siberia"),
        ("Russian Far East|Far East|Дальний Восток|Дальнего Востока|Дальнем Востоке|Дальнему Востоку", "Russian Far East"),
        ("Urals|Урал|Урала|Урале", "Urals"),
        ("North Caucasus|Северный Кавказ|Северного Кавказа|Северном Кавказе", "North Caucasus"),
        // Federal districts: multi-word, so the Russian forms' stems meet every case.
        ("Central Federal District|Центральный федеральный округ|ЦФО", "Central Federal District"),
        ("Northwestern Federal District|North-Western Federal District|Северо-Западный федеральный округ|СЗФО", "Northwestern Federal District"),
        ("Southern Federal District|Южный федеральный округ|ЮФО", "Southern Federal District"),
        ("North Caucasian Federal District|Северо-Кавказский федеральный округ|СКФО", "North Caucasian Federal District"),
        ("Volga Federal District|Приволжский федеральный округ|ПФО", "Volga Federal District"),
        ("Ural Federal District|Уральский федеральный округ|УрФО", "Ural Federal District"),
        ("Siberian Federal District|Сибирский федеральный округ|СФО", "Siberian Federal District"),
        ("Far Eastern Federal District|Дальневосточный федеральный округ|ДФО", "Far Eastern Federal District"),
    ] {
        for f in forms.split('|') {
            lex.insert(f, Place::Region { code: None, country: "RU", name });
        }
    }
    // English news writes Zurich and Urumqi, not Zürich and Ürümqi: each name is folded once,
    // however many forms its rows list.
    let mut folded: HashMap<&'static str, &'static str> = HashMap::new();
    // A province named bare after its chief town ("Самарканд", "Samarqand" for Samarkand
    // Oblast) is the town when named bare: the press says "область"/"region" for the province.
    let city_forms: std::collections::HashSet<(&'static str, String)> = CITIES_TSV
        .lines()
        .skip(1)
        .filter_map(|l| {
            let c: Vec<&'static str> = l.split('\t').collect();
            (c.len() >= 9 && c[4].is_empty()).then(|| (c[1], c[7].to_lowercase()))
        })
        .collect();
    // Regions: code, country, name_en, kind, lang, form, ambiguous.
    for line in REGIONS_TSV.lines().skip(1) {
        let c: Vec<&'static str> = line.split('\t').collect();
        if c.len() < 7 || (c[6] == "1" && c[4] == "en") {
            continue;
        }
        if !c[5].contains(' ') && city_forms.contains(&(c[1], c[5].to_lowercase())) {
            continue;
        }
        // A bare three-letter name of a distant province (Ван, Van in Turkey) is far more
        // often a person's name (Ле Ван Тхань, Ван И); "провинция Ван" stays.
        if c[4] == "ru" && !POST_SOVIET.contains(&c[1]) && !c[5].contains(' ') && c[5].chars().count() <= 4 {
            continue;
        }
        // Region names are multi-word or distinctive: Russian stems are safe here.
        let place = Place::Region { code: Some(current_code(c[0])), country: c[1], name: *folded.entry(c[2]).or_insert_with(|| fold_diacritics(c[2])) };
        lex.insert(c[5], place.clone());
        // The English press calls one province a region, an oblast or a province as it
        // pleases ("Kotayk Province" for Kotayk Oblast, "Sughd Province" for Sughd Region),
        // a Mongolian one an aimag, and spells some names two ways (Ferghana, Omnogobi).
        if c[4] == "en" {
            const HEADS: &[&str] = &["Region", "region", "Oblast", "oblast", "Province", "province", "Aimag", "aimag"];
            let spellings = [c[5].to_string(), c[5].replace("Fergana", "Ferghana"), c[5].replace("govi", "gobi").replace("Govi", "Gobi")];
            for form in spellings.iter().skip(1).filter(|f| *f != c[5]) {
                lex.insert(form, place.clone());
            }
            for form in &spellings {
                if let Some(stem) = HEADS.iter().find_map(|h| form.strip_suffix(h).and_then(|r| r.strip_suffix(' '))) {
                    for h in HEADS {
                        lex.insert(&format!("{stem} {h}"), place.clone());
                    }
                }
            }
        }
    }
    // Colloquial names of oblasts the press uses as often as the official ones
    // ("глава Могилевщины", "инвесторы Кузбасса"); stems meet the case forms.
    for (code, name, forms) in [
        ("BY-MA", "Mogilev Oblast", "Могилевщина|Могилёвщина"),
        ("BY-HO", "Gomel Oblast", "Гомельщина"),
        ("BY-VI", "Vitebsk Oblast", "Витебщина"),
        ("BY-BR", "Brest Oblast", "Брестчина|Брестщина"),
        ("BY-HR", "Grodno Oblast", "Гродненщина"),
        ("BY-MI", "Minsk Oblast", "Минщина"),
        ("RU-SMO", "Smolensk Oblast", "Смоленщина"),
        ("RU-BRY", "Bryansk Oblast", "Брянщина"),
        ("RU-PSK", "Pskov Oblast", "Псковщина"),
        ("RU-RYA", "Ryazan Oblast", "Рязанщина"),
        ("RU-TAM", "Tambov Oblast", "Тамбовщина"),
        ("RU-BEL", "Belgorod Oblast", "Белгородчина|Белгородщина"),
        ("RU-ORL", "Oryol Oblast", "Орловщина"),
        ("RU-SAR", "Saratov Oblast", "Саратовщина"),
        ("RU-PNZ", "Penza Oblast", "Пензенщина"),
        ("RU-NIZ", "Nizhny Novgorod Oblast", "Нижегородчина"),
        ("RU-VLG", "Vologda Oblast", "Вологодчина"),
        ("RU-NGR", "Novgorod Oblast", "Новгородчина"),
        ("RU-YAR", "Yaroslavl Oblast", "Ярославщина"),
        ("RU-ULY", "Ulyanovsk Oblast", "Ульяновщина"),
        ("RU-ORE", "Orenburg Oblast", "Оренбуржье"),
        ("RU-KEM", "Kemerovo Oblast", "Кузбасс|Kuzbass"),
        ("RU-OMS", "Omsk Oblast", "Прииртышье"),
        ("RU-IRK", "Irkutsk Oblast", "Приангарье"),
        ("RU-KGN", "Kurgan Oblast", "Зауралье"),
        // Georgia's regions by their short names ("the region of Samegrelo").
        ("GE-SZ", "Samegrelo-Zemo Svaneti", "Samegrelo|Samegrelo and Upper Svaneti|Самегрело|Самегрело-Земо Сванети"),
        ("GE-RL", "Racha-Lechkhumi and Kvemo Svaneti", "Racha-Lechkhumi|Рача-Лечхуми"),
        // Serbia's and Bosnia's entities, frequent partners of Belarus and Russia (the gazetteer
        // covers the post-Soviet states and the largest partners only).
        ("BA-SRP", "Republika Srpska", "Republika Srpska|Republic of Srpska|Республика Сербская|Республики Сербской|Республике Сербской|Республикой Сербской|Республику Сербскую"),
        ("RS-VO", "Vojvodina", "Vojvodina|Autonomous Province of Vojvodina|Воеводина|Воеводины|Воеводине|Воеводиной|Воеводину"),
    ] {
        for f in forms.split('|') {
            lex.insert(f, Place::Region { code: Some(code), country: code.split('-').next().unwrap_or(""), name });
        }
    }
    // Kazakhstan's three regions of 2022 are not in the gazetteer's iso-codes release.
    for (code, name, forms) in [
        ("KZ-10", "Abai Region", "Abai Region|Abai region|Abay Region|Abay region|Abai Oblast|область Абай|области Абай|Абайская область|Абайской области"),
        ("KZ-33", "Zhetysu Region", "Zhetysu Region|Zhetysu region|Jetisu Region|Jetisu region|Zhetisu region|Zhetysu Oblast|область Жетісу|области Жетісу|область Жетысу|области Жетысу|Жетысуская область|Жетысуской области"),
        ("KZ-62", "Ulytau Region", "Ulytau Region|Ulytau region|Ulytau Oblast|область Ұлытау|области Ұлытау|область Улытау|области Улытау|Улытауская область|Улытауской области"),
    ] {
        for f in forms.split('|') {
            lex.insert(f, Place::Region { code: Some(code), country: "KZ", name });
        }
    }
    // Cities: geonameid, country, name_en, population, subdivision, kind, lang, form, ambiguous.
    // GeoNames' English name is sometimes the local spelling (Tirmiz); the press spelling
    // made from the Russian name (Termez), where the table has one, is the canonical name.
    let press = press_spellings();
    // Cities whose only Russian row is one form (no case forms listed).
    let mut ru_forms: HashMap<&'static str, usize> = HashMap::new();
    for line in CITIES_TSV.lines().skip(1) {
        let c: Vec<&'static str> = line.split('\t').collect();
        if c.len() >= 9 && c[6] == "ru" {
            *ru_forms.entry(c[0]).or_insert(0) += 1;
        }
    }
    let only_nominative: std::collections::HashSet<&'static str> = ru_forms.into_iter().filter(|(_, n)| *n == 1).map(|(id, _)| id).collect();
    // GeoNames sometimes files one Chinese city's Russian name under another (Цзинань, Jinan,
    // under Xinyang): a Palladius form whose pinyin is another Chinese city's name is dropped.
    let cn_names: std::collections::HashSet<String> = CITIES_TSV
        .lines()
        .skip(1)
        .filter_map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            (c.len() >= 9 && c[1] == "CN" && c[6] == "en").then(|| pinyin_key(c[2]))
        })
        .collect();
    for line in CITIES_TSV.lines().skip(1) {
        let c: Vec<&'static str> = line.split('\t').collect();
        if c.len() < 9 || (c[8] == "1" && c[6] == "en") {
            continue;
        }
        if c[1] == "CN" && c[6] == "ru" {
            let misfiled = crate::palladius::word(c[7]).map(|p| pinyin_key(&p)).is_some_and(|p| p != pinyin_key(c[2]) && cn_names.contains(&p));
            if misfiled {
                continue;
            }
        }
        let form = c[7];
        // The given-name list lends some cities' names to people by mistake (Атырау, Актау, Лида).
        const NOT_PEOPLE: &[&str] = &["Aktau", "Atyrau", "Lida", "Samara", "Guliston", "Feodosiya", "Lerik", "Bender", "Odesa", "Tula", "Saran"];
        // Three letters are too few to tell a town from a word or an abbreviation, except for
        // the few large cities of the region so named (Уфа, Ош, Qom, Niš).
        const SHORT_NAMED: &[&str] = &["Ufa", "Osh", "Qom", "Niš"];
        // Towns named with a common word ("площадь Свободы", "Центрального банка", "Южного
        // федерального округа") are read as the word in Russian text.
        const WORD_NAMED: &[&str] = &["Svobody", "Yuzhnyy", "Sovetskiy", "Sovetsk", "Severnyy", "Rodniki", "Kommunar", "Lesnoy", "Zarya", "Centralniy", "Oktyabrsky", "Promyshlennaya"];
        if c[6] == "ru" && WORD_NAMED.contains(&c[2]) {
            continue;
        }
        let too_short = form.chars().count() < 4 && !(SHORT_NAMED.contains(&c[2]) && form.chars().count() >= 2);
        if too_short || GIVEN_NAME_FORMS.contains(&form.to_lowercase()) && !NOT_PEOPLE.contains(&c[2]) {
            continue;
        }
        let code = (!c[4].is_empty()).then(|| current_code(c[4]));
        let name = press.get(c[0]).copied().unwrap_or(c[2]);
        let name = *folded.entry(name).or_insert_with(|| fold_diacritics(name));
        let (name, aliases) = PRESS_CITY_NAMES.iter().find(|(g, _, _)| *g == c[2]).map_or((name, ""), |(_, press, aliases)| (*press, *aliases));
        lex.insert_exact(form, Place::Region { code, country: c[1], name });
        // The press spelling itself is a form of the city ("Andijan", not only GeoNames' "Andijon").
        if c[6] == "en" {
            for alias in aliases.split('|').filter(|a| !a.is_empty()) {
                lex.insert_exact(alias, Place::Region { code, country: c[1], name });
            }
        }
        // Small towns of the region often come with their nominative only ("Несвиж"): the
        // press writes "в Несвиже", "из Несвижа". A hard-consonant ending declines regularly.
        if c[6] == "ru" && only_nominative.contains(c[0]) && POST_SOVIET.contains(&c[1]) {
            let last = form.chars().last().unwrap_or(' ');
            if crate::text::is_cyrillic(last) && !"аеёиоуыэюяйь".contains(last) && !form.contains(' ') {
                for ending in ["е", "а", "у", "ом"] {
                    let declined = format!("{form}{ending}");
                    if !GIVEN_NAME_FORMS.contains(&declined.to_lowercase()) {
                        lex.insert_exact(&declined, Place::Region { code, country: c[1], name });
                    }
                }
            }
            // "в Сморгони", "под Гомелем": a soft sign declines as either gender does.
            if last == 'ь' && !form.contains(' ') && form.chars().count() >= 5 {
                let stem: String = form.chars().take(form.chars().count() - 1).collect();
                for ending in ["и", "ью", "я", "ю", "ем", "е"] {
                    let declined = format!("{stem}{ending}");
                    if !GIVEN_NAME_FORMS.contains(&declined.to_lowercase()) {
                        lex.insert_exact(&declined, Place::Region { code, country: c[1], name });
                    }
                }
            }
        }
    }
    // Chinese cities the table names only in pinyin (Wuxi, Weifang): Russian writes them in
    // Palladius (Уси, Вэйфан), which the pinyin gives back syllable by syllable.
    let mut has_ru: std::collections::HashSet<&'static str> = std::collections::HashSet::new();
    for line in CITIES_TSV.lines().skip(1) {
        let c: Vec<&'static str> = line.split('\t').collect();
        if c.len() >= 9 && c[6] == "ru" {
            has_ru.insert(c[0]);
        }
    }
    let mut done: std::collections::HashSet<&'static str> = std::collections::HashSet::new();
    // Largest first: where two names read the same in Cyrillic (Jinan, Jing'an), the
    // larger city takes the form.
    let mut chinese: Vec<Vec<&'static str>> = CITIES_TSV.lines().skip(1).map(|l| l.split('\t').collect::<Vec<_>>()).filter(|c| c.len() >= 9 && c[1] == "CN").collect();
    chinese.sort_by_key(|c| std::cmp::Reverse(c[3].parse::<u64>().unwrap_or(0)));
    let mut taken: std::collections::HashSet<String> = std::collections::HashSet::new();
    for c in chinese {
        if has_ru.contains(c[0]) || !done.insert(c[0]) {
            continue;
        }
        let population: u64 = c[3].parse().unwrap_or(0);
        let Some((cyr, syllables)) = crate::palladius::from_pinyin(c[2]) else { continue };
        if syllables < 2 || (cyr.chars().count() < 4 && population < 1_000_000) || GIVEN_NAME_FORMS.contains(&cyr.to_lowercase()) {
            continue;
        }
        if !taken.insert(cyr.clone()) {
            continue;
        }
        let place = Place::Region { code: None, country: "CN", name: c[2] };
        for form in palladius_case_forms(&cyr) {
            lex.insert_exact(&form, place.clone());
        }
    }
    lex
});

/// A pinyin name compared without case, spaces, hyphens or apostrophes.
fn pinyin_key(name: &str) -> String {
    name.chars().filter(|c| c.is_ascii_alphabetic()).map(|c| c.to_ascii_lowercase()).collect()
}

/// A Palladius name and its Russian case forms: names ending in -н/-нь decline like
/// nouns (в Вэйфане, из Шэньчжэня), vowel-final ones do not (в Уси).
fn palladius_case_forms(name: &str) -> Vec<String> {
    let mut out = vec![name.to_string()];
    if let Some(stem) = name.strip_suffix('ь') {
        out.extend(["е", "я", "ю", "ем"].iter().map(|e| format!("{stem}{e}")));
    } else if name.ends_with('н') {
        out.extend(["е", "а", "у", "ом"].iter().map(|e| format!("{name}{e}")));
    }
    out
}

/// English press spelling of a romanized Russian city name: ё after a consonant is
/// written e (Mogilev, Korolev, Shchelkovo), as BelTA, TASS and Reuters write them.
fn press_spelling(translit: &'static str) -> &'static str {
    if !translit.contains("yo") {
        return translit;
    }
    let b = translit.as_bytes();
    let mut out = String::with_capacity(translit.len());
    let mut i = 0;
    while i < b.len() {
        if i > 0 && b[i] == b'y' && b.get(i + 1) == Some(&b'o') && b[i - 1].is_ascii_alphabetic() && !b"aeiouy".contains(&b[i - 1].to_ascii_lowercase()) {
            out.push('e');
            i += 2;
            continue;
        }
        out.push(b[i] as char);
        i += 1;
    }
    // The table lives for the program's life; the few respelled names are leaked once.
    Box::leak(out.into_boxed_str())
}

const POST_SOVIET: &[&str] = &["RU", "BY", "KZ", "UZ", "KG", "TJ", "TM", "AM", "AZ", "GE", "MD", "UA"];

/// English capital names, from the gazetteer's own English rows.
fn capital_english(code: &'static str) -> &'static str {
    static CAPS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
        let mut m = HashMap::new();
        for line in COUNTRIES_TSV.lines().skip(1) {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() >= 6 && c[2] == "capital" && c[3] == "en" {
                m.entry(c[0]).or_insert(c[4]);
            }
        }
        m
    });
    // India's capital is New Delhi in the press; the table lists the territory first.
    if code == "IN" {
        return "New Delhi";
    }
    CAPS.get(code).copied().unwrap_or(code)
}

/// ISO 4217 codes that show up in the region's news ("$", "UZS", "KZT").
pub fn is_currency(code: &str) -> bool {
    matches!(code, "USD" | "EUR" | "RUB" | "BYN" | "KZT" | "UZS" | "KGS" | "TJS" | "AMD" | "AZN" | "GEL" | "MNT" | "CNY" | "INR" | "IRR" | "TRY" | "TMT" | "GBP" | "JPY" | "CHF" | "VND" | "AED" | "MDL" | "UAH")
}

/// The English adjective of a country (`CN` → Chinese), else its name.
pub fn country_adjective(code: &str) -> String {
    static ADJ: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
        let mut m = HashMap::new();
        for line in COUNTRIES_TSV.lines().skip(1) {
            let c: Vec<&'static str> = line.split('\t').collect();
            if c.len() >= 6 && c[2] == "adj" && c[3] == "en" && c[5] == "0" {
                m.entry(c[0]).or_insert(c[4]);
            }
        }
        m
    });
    let press = match code {
        "KG" => Some("Kyrgyz"),
        "KZ" => Some("Kazakh"),
        "UZ" => Some("Uzbek"),
        "TJ" => Some("Tajik"),
        "TM" => Some("Turkmen"),
        "BY" => Some("Belarusian"),
        "AZ" => Some("Azerbaijani"),
        _ => None,
    };
    press.or_else(|| ADJ.get(code).copied()).map(str::to_string).unwrap_or_else(|| country_name(code))
}

/// Countries whose towns the English press spells from their Russian names (Termez, Karshi,
/// Zhodino). Moldova, Mongolia, the Caucasus and Ukraine are spelled from the local language
/// (Edinet, Khovd, Lankaran, Dilijan, Kharkiv), as GeoNames' English names are.
const RUSSIAN_SPELLED: &[&str] = &["RU", "BY", "KZ", "UZ", "KG", "TJ", "TM"];

/// A city spelling several cities share (`Brest` in Belarus and France, `Hyderabad` in India
/// and Pakistan): lower-case form → (country, English name, subdivision code, population),
/// largest first. Which one a story means depends on the countries it names.
pub static CITY_NAMESAKES: LazyLock<HashMap<String, Vec<(&'static str, &'static str, Option<&'static str>, u64)>>> = LazyLock::new(|| {
    let press = press_spellings();
    let mut all: HashMap<String, Vec<(&'static str, &'static str, &'static str, Option<&'static str>, u64)>> = HashMap::new();
    for line in CITIES_TSV.lines().skip(1) {
        let c: Vec<&'static str> = line.split('\t').collect();
        if c.len() < 9 {
            continue;
        }
        let v = all.entry(c[7].to_lowercase()).or_default();
        if !v.iter().any(|x| x.0 == c[0]) {
            let name = press.get(c[0]).copied().unwrap_or(c[2]);
            v.push((c[0], c[1], name, (!c[4].is_empty()).then(|| current_code(c[4])), c[3].parse().unwrap_or(0)));
        }
    }
    all.into_iter()
        .filter(|(_, v)| v.iter().map(|x| x.1).collect::<std::collections::HashSet<_>>().len() > 1)
        .map(|(k, mut v)| {
            v.sort_by(|a, b| b.4.cmp(&a.4));
            (k, v.into_iter().map(|x| (x.1, x.2, x.3, x.4)).collect())
        })
        .collect()
});

/// Every Russian country form the gazetteer lists, lower case: it lists all case forms, so
/// a capitalized word that meets a country only through its stem (`Францем`, a surname)
/// is not that country.
pub static RU_COUNTRY_FORMS: LazyLock<std::collections::HashSet<String>> = LazyLock::new(|| {
    COUNTRIES_TSV
        .lines()
        .skip(1)
        .filter_map(|line| {
            let c: Vec<&str> = line.split('\t').collect();
            (c.len() >= 6 && c[3] == "ru").then(|| crate::text::normalize(c[4]))
        })
        .collect()
});

/// The first half of a hyphenated pair of nationalities, where it is not an
/// adjective of its own: "армяно-иранский", "грузино-туркменский", "Sino-Kazakh".
pub fn combining_form(part: &str) -> Option<&'static str> {
    Some(match part.to_lowercase().as_str() {
        "армяно" => "AM",
        "ирано" => "IR",
        "грузино" => "GE",
        "туркмено" => "TM",
        "монголо" => "MN",
        "японо" => "JP",
        "франко" => "FR",
        "итало" => "IT",
        "англо" => "GB",
        "американо" => "US",
        "германо" => "DE",
        "афгано" => "AF",
        "пакистано" => "PK",
        "таджико" => "TJ",
        "sino" => "CN",
        "russo" => "RU",
        "indo" => "IN",
        "franco" => "FR",
        "anglo" => "GB",
        "turko" => "TR",
        _ => return None,
    })
}


/// GeoNames id → the English press spelling of a city, made from its Russian name (Termez for
/// GeoNames' Tirmiz), for the countries whose towns the press spells from Russian. GeoNames'
/// own "-on-" names stay ("Rostov-on-Don", "Komsomolsk-on-Amur": English translates the
/// river's "на").
fn press_spellings() -> HashMap<&'static str, &'static str> {
    let mut press: HashMap<&'static str, &'static str> = HashMap::new();
    for line in CITIES_TSV.lines().skip(1) {
        let c: Vec<&'static str> = line.split('\t').collect();
        if c.len() >= 9 && c[5] == "translit" && RUSSIAN_SPELLED.contains(&c[1]) && !c[2].contains("-on-") {
            press.entry(c[0]).or_insert(press_spelling(c[7]));
        }
    }
    press
}

/// The region named after a city ("Chelyabinsk" → Chelyabinsk Oblast, "Samarkand" → Samarkand
/// Region), when the gazetteer has one: a governor's or a khokim's place is the region.
pub fn region_named_after(city: &str) -> Option<Place> {
    ["Oblast", "Region", "Province", "Krai"].iter().find_map(|head| {
        let phrase = format!("{city} {head}");
        let toks = crate::text::tokenize(&phrase);
        PLACES.find(&toks).into_iter().find(|x| x.start == 0 && x.end == toks.len()).map(|x| x.value).filter(|p| matches!(p, Place::Region { code: Some(_), .. }))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_names_are_printed_as_english_news_prints_them() {
        assert_eq!(fold_diacritics("Zürich"), "Zurich");
        assert_eq!(fold_diacritics("Ürümqi"), "Urumqi");
        assert_eq!(fold_diacritics("Chișinău"), "Chisinau");
        assert_eq!(fold_diacritics("Kamensk-Ural’skiy"), "Kamensk-Uralskiy");
        assert_eq!(fold_diacritics("Tashkent"), "Tashkent");
        assert_eq!(fold_diacritics("Москва"), "Москва");
    }
}
