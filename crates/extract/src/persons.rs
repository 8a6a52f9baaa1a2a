//! Persons: names found next to a role (`Health Minister Dmitry Pinevich`,
//! `министра здравоохранения РК Алексея Цоя`) or starting with a known given
//! name; Russian names are brought to the nominative and transliterated the way
//! English press spells them.

use crate::text::{normalize, Token};
use crate::translit;
use std::collections::HashMap;
use std::sync::LazyLock;

/// English role words: a capitalized run starting with these is a title, not a name.
pub const EN_ROLE_WORDS: &[&str] = &[
    "president", "minister", "prime", "deputy", "vice", "ambassador", "governor", "chairman", "chairwoman",
    "chair", "director", "general", "secretary", "state", "ceo", "head", "mr", "mrs", "ms", "dr",
    "professor", "prof", "chief", "executive", "spokesman", "spokeswoman", "spokesperson", "king", "sheikh",
    "emir", "crown", "prince", "mayor", "speaker", "senator", "envoy", "consul", "commissioner",
    "chancellor", "premier", "founder", "co-founder", "manager", "officer", "rector", "academician",
    "adviser", "advisor", "assistant", "representative", "member", "board", "managing", "first",
    "foreign", "health", "healthcare", "economy", "industry", "trade", "finance", "agriculture", "energy",
    "education", "defense", "defence", "hokim", "akim", "governor-general", "undersecretary", "sultan",
    "counselor", "leader", "delegation", "administrator", "partner", "owner", "coordinator", "chargé",
];

/// Russian role stems: a lower-case word starting with one of these before a name marks a person.
pub const RU_ROLE_STEMS: &[&str] = &[
    "министр", "замминистр", "президент", "глав", "директор", "гендиректор", "посол", "посл", "губернатор",
    "заместител", "председател", "вице-премьер", "премьер", "госсекретар", "секретар", "помощник",
    "руководител", "советник", "мэр", "аким", "хоким", "спикер", "сопредседател", "торгпред", "представител",
    "основател", "генеральн", "ректор", "академик", "профессор", "начальник", "депутат", "сенатор",
    "уполномоченн", "эксперт", "врач", "управляющ", "партнер", "владел", "вице-президент", "лидер",
    "координатор", "главврач", "атташе", "консул", "коммерческ", "исполнительн",
];

/// Words that are never part of a person's name even when capitalized.
const EN_NOT_NAME: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "of", "and", "for", "with", "by", "to", "from", "as", "this", "that",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "apr", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "covid-19", "covid", "coronavirus", "he", "she", "they", "it", "we", "i", "his", "her", "their", "our",
    "according", "earlier", "later", "also", "however", "meanwhile", "during", "after", "before", "last",
    "next", "today", "yesterday", "but", "if", "when", "while", "there", "these", "those", "both", "all",
    "ministry", "government", "republic", "federation", "kingdom", "union", "state", "states", "council",
    "commission", "committee", "agency", "company", "group", "bank", "university", "institute", "center",
    "centre", "forum", "summit", "expo", "week", "day", "news", "eurasian", "economic", "national",
    "international", "joint", "sputnik", "vaccine", "pharma", "cabinet", "parliament", "assembly",
];

/// Given names common in the region and in the press, in Latin script.
const EN_GIVEN_NAMES: &str = "Aleksandr Alexander Alexandr Alexei Alexey Aleksei Andrei Andrey Anatoly Anton Arkady Boris Denis Dmitry Dmitri Dmitriy Evgeny Yevgeny Fyodor Gennady Georgy Grigory Igor Ilya Ivan Kirill Konstantin Leonid Maxim Maksim Mikhail Nikolai Nikolay Oleg Pavel Pyotr Petr Roman Ruslan Sergei Sergey Stanislav Valentin Valery Vasily Viktor Victor Vitaly Vladimir Vladislav Vyacheslav Yuri Yury Anna Elena Yelena Irina Natalia Natalya Olga Svetlana Tatiana Tatyana Veronika Viktoria Victoria Yulia Marina Maria Galina Lyudmila Valentina Tamara Kassym-Jomart Kassym Nursultan Askar Alikhan Erlan Yerlan Marat Nurlan Bakhyt Beibut Serik Kairat Daniyar Dauren Azamat Timur Temur Shavkat Sardor Jamshid Ulugbek Bakhtiyor Sadyr Akylbek Emomali Rustam Gurbanguly Serdar Ilham Nikol Ara Armen Ararat Tigran Irakli Mamuka Ali Mohammad Mohammed Muhammad Masoud Hassan Ebrahim Abbas Recep Mevlut Xi Li Wang Zhang Liu Chen Narendra Nguyen Pham Miguel Carlos Luis Jose Juan Kamala Joe Donald Emmanuel Olaf Angela Ursula Boris Rishi Fumio Shinzo Abdallah Abdulla Rebecca John James Robert Michael David Richard Thomas Mark Paul Peter Seyed Seyyed Sayed Reza Alireza Mohammadreza Hossein Hamid Mehdi Javad Hassan Mahmoud Kazem Bahram Saeed Majid Masoud Abdolnaser Einollah Ahmet Mehmet Mustafa Hakan Murat Yusuf Emre Fatih Ibrahim Ahmed Khalid Omar Rajesh Suresh Ramesh Amit Anil Sunil Vijay Piyush Subrahmanyam Jaishankar Nirmala Vo Tran Le Hoang Dang Bui Ngo Duong Nguyen";

static PERSON_NAMES_TSV: &str = include_str!("../../../data/gazetteer/person_names.tsv");

/// Latin-script given names: the hand list above plus the gazetteer's unambiguous ones.
pub static GIVEN_NAMES: LazyLock<std::collections::HashSet<String>> = LazyLock::new(|| {
    let mut set: std::collections::HashSet<String> = EN_GIVEN_NAMES.split_whitespace().map(|s| s.to_lowercase()).collect();
    for line in PERSON_NAMES_TSV.lines().skip(1) {
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() >= 7 && c[2] == "en" && c[6] == "0" && c[0].chars().count() > 2 {
            set.insert(c[0].to_lowercase());
        }
    }
    set
});

/// A Russian given-name form: its nominative, whether feminine, and its Latin spelling if the gazetteer gives one.
pub struct RuGiven {
    pub lemma: String,
    pub feminine: bool,
    pub latin: Option<String>,
}

static RU_FORMS: LazyLock<HashMap<String, RuGiven>> = LazyLock::new(|| {
    let mut latin_of: HashMap<String, String> = HashMap::new();
    let rows: Vec<Vec<&str>> = PERSON_NAMES_TSV.lines().skip(1).map(|l| l.split('\t').collect::<Vec<_>>()).filter(|c| c.len() >= 7).collect();
    for c in &rows {
        if c[2] == "ru" && !c[4].is_empty() {
            // The gazetteer writes дж as "dzh"; the press writes the region's names with "j"
            // (Majid, Alijon, Bobojon), as translit.rs does.
            latin_of.entry(normalize(c[1])).or_insert_with(|| c[4].split(';').next().unwrap_or("").replace("dzh", "j").replace("Dzh", "J"));
        }
    }
    let mut m = HashMap::new();
    for c in &rows {
        if c[2] == "ru" && c[6] == "0" {
            let lemma = normalize(c[1]);
            let latin = latin_of.get(&lemma).cloned();
            m.entry(normalize(c[0])).or_insert(RuGiven { feminine: c[3] == "f", latin, lemma });
        }
    }
    m
});

/// Russian given names (nominative, lower case) → English press spelling.
const RU_GIVEN_NAMES: &[(&str, &str)] = &[
    ("александр", "Alexander"), ("алексей", "Alexei"), ("анатолий", "Anatoly"), ("андрей", "Andrei"),
    ("антон", "Anton"), ("аркадий", "Arkady"), ("борис", "Boris"), ("вадим", "Vadim"), ("валентин", "Valentin"),
    ("валерий", "Valery"), ("василий", "Vasily"), ("виктор", "Viktor"), ("виталий", "Vitaly"),
    ("владимир", "Vladimir"), ("владислав", "Vladislav"), ("вячеслав", "Vyacheslav"), ("геннадий", "Gennady"),
    ("георгий", "Georgy"), ("григорий", "Grigory"), ("денис", "Denis"), ("дмитрий", "Dmitry"),
    ("евгений", "Yevgeny"), ("егор", "Yegor"), ("иван", "Ivan"), ("игорь", "Igor"), ("илья", "Ilya"),
    ("кирилл", "Kirill"), ("константин", "Konstantin"), ("леонид", "Leonid"), ("максим", "Maxim"),
    ("михаил", "Mikhail"), ("никита", "Nikita"), ("николай", "Nikolai"), ("олег", "Oleg"), ("павел", "Pavel"),
    ("петр", "Pyotr"), ("роман", "Roman"), ("руслан", "Ruslan"), ("сергей", "Sergei"), ("станислав", "Stanislav"),
    ("юрий", "Yury"), ("ярослав", "Yaroslav"), ("анна", "Anna"), ("елена", "Yelena"), ("ирина", "Irina"),
    ("наталья", "Natalia"), ("наталия", "Natalia"), ("ольга", "Olga"), ("светлана", "Svetlana"),
    ("татьяна", "Tatiana"), ("юлия", "Yulia"), ("мария", "Maria"), ("марина", "Marina"), ("виктория", "Viktoria"),
    ("вероника", "Veronika"), ("галина", "Galina"), ("людмила", "Lyudmila"), ("екатерина", "Yekaterina"),
    ("анастасия", "Anastasia"), ("валентина", "Valentina"), ("тамара", "Tamara"), ("надежда", "Nadezhda"),
    ("касым-жомарт", "Kassym-Jomart"), ("нурсултан", "Nursultan"), ("аскар", "Askar"), ("алихан", "Alikhan"),
    ("ерлан", "Yerlan"), ("марат", "Marat"), ("нурлан", "Nurlan"), ("бахыт", "Bakhyt"), ("серик", "Serik"),
    ("кайрат", "Kairat"), ("данияр", "Daniyar"), ("азамат", "Azamat"), ("тимур", "Timur"), ("темур", "Temur"),
    ("шавкат", "Shavkat"), ("сардор", "Sardor"), ("жамшид", "Jamshid"), ("улугбек", "Ulugbek"),
    ("садыр", "Sadyr"), ("акылбек", "Akylbek"), ("эмомали", "Emomali"), ("рустам", "Rustam"),
    ("гурбангулы", "Gurbanguly"), ("сердар", "Serdar"), ("ильхам", "Ilham"), ("никол", "Nikol"), ("ара", "Ara"),
    ("армен", "Armen"), ("тигран", "Tigran"), ("али", "Ali"), ("масуд", "Masoud"), ("аббас", "Abbas"),
    ("эдиль", "Edil"), ("алымкадыр", "Alymkadyr"), ("абдалла", "Abdallah"), ("ребекка", "Rebecca"),
    ("реджеп", "Recep"), ("си", "Xi"), ("гелани", "Gelani"), ("денис", "Denis"), ("овик", "Hovik"),
];

pub static RU_GIVEN: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| RU_GIVEN_NAMES.iter().copied().collect());

/// Nominative of a Russian given name in any case, if it is a known one.
pub fn ru_given_nominative(word: &str) -> Option<(String, String)> {
    let w = normalize(word);
    let candidates = ru_nominative_candidates(&w);
    if let Some(hit) = candidates.iter().find_map(|c| RU_GIVEN.get_key_value(c.as_str()).map(|(k, v)| (k.to_string(), v.to_string()))) {
        return Some(hit);
    }
    let g = RU_FORMS.get(&w)?;
    let en = RU_GIVEN.get(g.lemma.as_str()).map(|s| s.to_string()).or_else(|| g.latin.clone()).unwrap_or_else(|| translit::word(&g.lemma));
    let lemma = if g.feminine && !(g.lemma.ends_with('а') || g.lemma.ends_with('я')) { format!("{}а", g.lemma) } else { g.lemma.clone() };
    Some((lemma, capitalize(&en)))
}

fn capitalize(s: &str) -> String {
    let mut cs = s.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

/// Possible nominatives of an inflected Russian name word (most likely first).
pub fn ru_nominative_candidates(w: &str) -> Vec<String> {
    let mut out = vec![w.to_string()];
    let strip = |suf: &str, add: &str| w.strip_suffix(suf).map(|s| format!("{s}{add}"));
    for (suf, add) in [
        ("ием", "ий"), ("ия", "ий"), ("ию", "ий"), ("ии", "ий"), ("ем", "й"), ("ея", "ей"), ("ею", "ей"),
        ("ою", "а"), ("ой", "а"), ("ей", "я"), ("ом", ""), ("ым", ""), ("ым", "ый"), ("а", ""), ("у", ""), ("е", ""),
        ("я", "й"), ("ю", "й"), ("е", "й"), ("ю", "ь"), ("я", "ь"), ("ем", "ь"), ("и", "ь"), ("и", "а"),
        ("ы", "а"), ("у", "а"), ("е", "а"), ("и", "я"), ("ю", "я"), ("ей", "ья"),
    ] {
        if let Some(c) = strip(suf, add) {
            if c.chars().count() >= 2 {
                out.push(c);
            }
        }
    }
    out
}

/// Nominative of a Russian surname: undo the common case endings of -ов/-ев/-ин/-ский
/// names and leave indeclinable ones (-енко, -ян, -швили, -дзе) alone.
pub fn ru_surname_nominative(word: &str, feminine: bool) -> String {
    ru_surname_nominative_in(word, feminine, true)
}

/// As [`ru_surname_nominative`]; `bare_vowel` allows reading a final -а/-у/-е as a
/// case ending of a consonant-final surname, which only holds when the given name
/// beside it is itself in that case (Дениса Мантурова, not Абдаллой Шатила).
pub fn ru_surname_nominative_in(word: &str, feminine: bool, bare_vowel: bool) -> String {
    let w = word;
    let lower = normalize(w);
    let keep = ["енко", "ко", "ян", "янц", "швили", "дзе", "уа", "ия", "их", "ых", "аго"];
    if keep.iter().any(|k| lower.ends_with(k)) {
        return w.to_string();
    }
    let rules: &[(&str, &str)] = if feminine {
        &[("ovoy", ""), ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ской", "ская"), ("цкой", "цкая"), ("ову", "ова"), ("еву", "ева"), ("ину", "ина"), ("скую", "ская")]
    } else {
        &[
            ("овым", "ов"), ("евым", "ев"), ("ёвым", "ёв"), ("иным", "ин"), ("ыным", "ын"), ("ского", "ский"),
            ("скому", "ский"), ("ским", "ский"), ("ском", "ский"), ("цкого", "цкий"), ("цким", "цкий"),
            ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын"), ("ову", "ов"), ("еву", "ев"),
            ("ину", "ин"), ("ове", "ов"), ("еве", "ев"), ("ине", "ин"), ("ичем", "ич"), ("ича", "ич"),
            ("ичу", "ич"), ("иче", "ич"), ("цом", "ец"), ("цем", "ец"), ("ца", "ец"), ("цу", "ец"), ("ем", "ь"), ("ом", ""),
            ("оем", "ой"), ("оя", "ой"), ("ою", "ой"), ("ая", "ай"), ("аем", "ай"), ("ая", "ай"),
        ]
    };
    let chars = w.chars().count();
    // Adjectival surnames (Рудой, Толстой, Белый) decline as adjectives: the
    // dictionary knows whether "Рудого" comes from -ой or -ый.
    if !feminine && chars > 5 && ["ого", "его", "ому", "ему"].iter().any(|e| lower.ends_with(e)) {
        if let Some(nominative) = onshore_analyze::ru_name_nominative(&[w]).pop() {
            if ["ой", "ый", "ий"].iter().any(|e| nominative.ends_with(e)) && nominative.chars().count() + 1 == chars {
                return nominative;
            }
        }
    }
    for (suf, rep) in rules {
        let min_stem = if suf.chars().count() >= 2 { 1 } else { 3 };
        if lower.ends_with(suf) && chars >= suf.chars().count() + min_stem {
            let cut = w.char_indices().nth(chars - suf.chars().count()).map(|(i, _)| i).unwrap_or(w.len());
            return format!("{}{}", &w[..cut], rep);
        }
    }
    // A bare -а/-у after a consonant is a masculine genitive/dative of a consonant-final surname.
    if !feminine && bare_vowel && chars > 4 {
        for suf in ["а", "у", "е"] {
            if lower.ends_with(suf) {
                let stem: String = lower.chars().take(chars - 1).collect();
                if stem.chars().last().is_some_and(|c| !"аеёиоуыэюяьй".contains(c)) {
                    let cut = w.char_indices().nth(chars - 1).map(|(i, _)| i).unwrap_or(w.len());
                    return w[..cut].to_string();
                }
            }
        }
    }
    w.to_string()
}

/// A Latin-script word with a surname ending common in the region (Sydykov, Pinevich, Tokayev).
pub fn looks_like_surname(norm: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ov", "ev", "yev", "in", "ova", "eva", "ina", "enko", "yan", "ian", "dze", "shvili", "uly", "uulu", "zoda",
        "zade", "zadeh", "bek", "bekov", "ich", "ski", "sky", "skiy", "aya", "yev", "iyev", "ayev", "ovich", "evich",
    ];
    norm.chars().count() > 4 && ENDINGS.iter().any(|e| norm.ends_with(e))
}

/// A Latin-script patronymic (Aleksandrovich, Vladimirovna).
/// Only a word built on a known given name counts (Vladimir-ovich), so surnames that end
/// the same way (Pinevich, Buinevich) stay surnames.
pub fn is_patronymic(norm: &str) -> bool {
    ["ovich", "evich", "yevich", "ovna", "evna", "yevna"].iter().any(|suf| {
        norm.strip_suffix(suf).is_some_and(|stem| {
            stem.len() > 2 && [stem.to_string(), format!("{stem}y"), format!("{stem}i"), format!("{stem}ai")].iter().any(|g| GIVEN_NAMES.contains(g))
        })
    })
}

/// Words that end a ministry's field ("of Foreign Affairs", "of Social Protection"):
/// when a title runs straight into a name, they belong to the title.
pub fn is_en_field_word(norm: &str) -> bool {
    matches!(
        norm,
        "affairs" | "development" | "protection" | "population" | "relations" | "commerce" | "investment" | "investments"
            | "science" | "sciences" | "technology" | "technologies" | "emergencies" | "cooperation" | "security" | "justice"
            | "culture" | "tourism" | "transport" | "communications" | "labour" | "labor" | "construction" | "ecology"
            | "environment" | "resources" | "situations" | "policy" | "innovation" | "innovations" | "integration"
            | "planning" | "infrastructure" | "welfare" | "care" | "sport" | "sports" | "youth" | "mining" | "trade"
    )
}

pub fn is_en_role_word(norm: &str) -> bool {
    EN_ROLE_WORDS.contains(&norm)
}

pub fn is_ru_role_word(norm: &str) -> bool {
    RU_ROLE_STEMS.iter().any(|s| norm.starts_with(s))
}

pub fn en_not_name(norm: &str) -> bool {
    EN_NOT_NAME.contains(&norm)
}

/// English name of a Russian person given as tokens in any case.
/// Returns (English name, whether the given name was recognized).
pub fn ru_person_name(tokens: &[&Token<'_>]) -> Option<String> {
    let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
    match words.as_slice() {
        // И. Фамилия / И. О. Фамилия (initials arrive as "И" "." tokens stripped by the caller)
        [first, rest @ ..] if !rest.is_empty() => {
            let given = ru_given_nominative(first);
            let given_lemma = given.as_ref().map(|(k, _)| k.clone()).unwrap_or_default();
            // Some men's names end in -а/-я (Ара, Никита, Илья); a masculine case ending on
            // the surname settles it.
            let surname = normalize(rest.last().unwrap());
            let masculine_surname = ["ом", "ым", "ем"].iter().any(|e| surname.ends_with(e) && !surname.ends_with("ой"));
            let feminine = given.as_ref().is_some_and(|(k, _)| (k.ends_with('а') || k.ends_with('я')) && !["ара", "никита", "илья", "абдалла", "гелани"].contains(&k.as_str())) && !masculine_surname;
            let given_known = given.is_some();
            let first_en = match given {
                Some((_, en)) => en,
                None if first.chars().count() == 1 => format!("{}.", translit::word(first)),
                None => translit::word(&ru_surname_nominative(first, false)),
            };
            let mut parts = vec![first_en];
            let last = rest.last().unwrap();
            // The given name shows the case: only an oblique given name lets the surname's -а go.
            let given_inflected = !given_known || normalize(first) != given_lemma;
            // An initial shows no case at all: then the surname's own ending decides.
            let given_ends_like_genitive = first.chars().count() == 1 || ["а", "я", "у", "ю", "е"].iter().any(|e| normalize(first).ends_with(e));
            // Patronymics in the middle are dropped: English press writes Name Surname.
            parts.push(translit::word(&ru_surname_nominative_in(last, feminine, given_inflected && given_ends_like_genitive)));
            Some(parts.join(" "))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_given_names_in_any_case() {
        let en = |w: &str| ru_given_nominative(w).map(|x| x.1);
        assert_eq!(en("Алексея").as_deref(), Some("Alexei"));
        assert_eq!(en("Дмитрием").as_deref(), Some("Dmitry"));
        assert_eq!(en("Ольги").as_deref(), Some("Olga"));
        assert_eq!(en("Игорем").as_deref(), Some("Igor"));
        assert_eq!(en("Виктории").as_deref(), Some("Viktoria"));
        assert_eq!(ru_given_nominative("Завод"), None);
    }

    #[test]
    fn patronymics_are_built_on_given_names() {
        assert!(is_patronymic("aleksandrovich"));
        assert!(is_patronymic("vladimirovna"));
        assert!(!is_patronymic("pinevich"));
        assert!(!is_patronymic("buinevich"));
    }

    #[test]
    fn russian_surnames_to_nominative() {
        assert_eq!(ru_surname_nominative("Цоя", false), "Цой");
        assert_eq!(ru_surname_nominative("Пиневичем", false), "Пиневич");
        assert_eq!(ru_surname_nominative("Гуськовым", false), "Гуськов");
        assert_eq!(ru_surname_nominative("Ивановой", true), "Иванова");
        assert_eq!(ru_surname_nominative("Рудого", false), "Рудой");
        assert_eq!(ru_surname_nominative("Толстого", false), "Толстой");
        assert_eq!(ru_surname_nominative("Заречному", false), "Заречный");
        assert_eq!(ru_surname_nominative("Ткаченко", false), "Ткаченко");
        assert_eq!(ru_surname_nominative("Лукашенко", false), "Лукашенко");
        assert_eq!(ru_surname_nominative("Косинцом", false), "Косинец");
        assert_eq!(ru_surname_nominative("Айвазяном", false), "Айвазян");
    }
}
