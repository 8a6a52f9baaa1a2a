//! Chinese names written in Russian (the Palladius system) back to pinyin, the
//! way English press writes them: `Чжан Вэньчуань` → `Zhang Wenchuan`.
//!
//! A word converts only if it splits completely into Palladius syllables, so
//! Russian words (which almost never do) pass through untouched.

use std::collections::HashMap;
use std::sync::LazyLock;

pub mod vietnamese;

const INITIALS: &[(&str, &str)] = &[
    ("чж", "zh"), ("цз", "z"), ("ч", "ch"), ("ш", "sh"), ("ж", "r"), ("ц", "c"), ("с", "s"),
    ("б", "b"), ("п", "p"), ("м", "m"), ("ф", "f"), ("д", "d"), ("т", "t"), ("н", "n"), ("л", "l"),
    ("г", "g"), ("к", "k"), ("х", "h"),
];

/// Finals after a consonant: Palladius → pinyin (`ü` marks the front-rounded finals).
const FINALS: &[(&str, &str)] = &[
    ("а", "a"), ("ай", "ai"), ("ань", "an"), ("ан", "ang"), ("ао", "ao"), ("э", "e"), ("эй", "ei"),
    ("энь", "en"), ("эн", "eng"), ("оу", "ou"), ("ун", "ong"), ("у", "u"), ("уа", "ua"), ("уай", "uai"),
    ("уань", "uan"), ("уан", "uang"), ("уй", "ui"), ("унь", "un"), ("о", "o"), ("и", "i"), ("я", "ia"),
    ("яо", "iao"), ("е", "ie"), ("ю", "iu"), ("янь", "ian"), ("ян", "iang"), ("инь", "in"), ("ин", "ing"),
    ("юн", "iong"), ("юй", "ü"), ("юэ", "üe"), ("юань", "üan"), ("юнь", "ün"), ("ы", "i"),
];

/// Syllables with no initial consonant.
const BARE: &[(&str, &str)] = &[
    ("а", "a"), ("ай", "ai"), ("ань", "an"), ("ан", "ang"), ("ао", "ao"), ("э", "e"), ("эй", "ei"),
    ("энь", "en"), ("эн", "eng"), ("эр", "er"), ("оу", "ou"), ("и", "yi"), ("я", "ya"), ("яо", "yao"),
    ("е", "ye"), ("ю", "you"), ("янь", "yan"), ("ян", "yang"), ("инь", "yin"), ("ин", "ying"),
    ("юн", "yong"), ("у", "wu"), ("ва", "wa"), ("вай", "wai"), ("вань", "wan"), ("ван", "wang"),
    ("вэй", "wei"), ("вэнь", "wen"), ("вэн", "weng"), ("во", "wo"), ("юй", "yu"), ("юэ", "yue"),
    ("юань", "yuan"), ("юнь", "yun"),
];

static SYLLABLES: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let mut m: HashMap<String, String> = BARE.iter().map(|(c, p)| (c.to_string(), p.to_string())).collect();
    for (ci, pi) in INITIALS {
        for (cf, pf) in FINALS {
            let palatal = pf.starts_with('i') || pf.starts_with('ü');
            // The "empty" vowel ы follows only the dental initials (цы ci, сы si, цзы zi);
            // и follows every initial (after ц/с/цз it is the palatal qi/xi/ji).
            if *cf == "ы" && !matches!(*ci, "ц" | "с" | "цз") {
                continue;
            }
            let initial = match (*ci, palatal) {
                ("цз", true) => "j",
                ("ц", true) => "q",
                ("с", true) => "x",
                (_, _) => pi,
            };
            if matches!(*ci, "чж" | "ч" | "ш" | "ж") && palatal && *cf != "и" {
                continue;
            }
            let mut fin = pf.to_string();
            if matches!(initial, "j" | "q" | "x") {
                fin = fin.replace('ü', "u");
            } else {
                fin = fin.replace('ü', "u");
            }
            // After most consonants Palladius "о" is pinyin "uo" (до = duo); after labials it is "o".
            if *cf == "о" && !matches!(*ci, "б" | "п" | "м" | "ф") {
                fin = "uo".into();
            }
            if *cf == "и" && matches!(*ci, "чж" | "ч" | "ш" | "ж") {
                fin = "i".into();
            }
            m.entry(format!("{ci}{cf}")).or_insert(format!("{initial}{fin}"));
        }
    }
    m
});

/// Common Chinese surnames in Palladius spelling: a capitalized pair starting with one
/// of these, both words splitting into syllables, is a Chinese person's name.
pub const SURNAMES: &[&str] = &[
    "ли", "ван", "чжан", "лю", "чэнь", "ян", "хуан", "чжао", "у", "чжоу", "сюй", "сунь", "ма", "чжу", "ху",
    "го", "хэ", "гао", "линь", "ло", "чжэн", "лян", "се", "сун", "тан", "хань", "фэн", "дэн", "цао", "пэн",
    "цзэн", "сяо", "тянь", "дун", "пань", "юань", "цай", "цзян", "юй", "ду", "е", "чэн", "вэй", "су", "люй",
    "дин", "жэнь", "шэнь", "яо", "лу", "цзинь", "чай", "хоу", "мэн", "цинь", "бай", "фу", "ци", "шао", "си",
    "цзи", "цзя", "цуй", "ся", "гу", "мао", "хао", "гун", "цянь", "янь", "тань", "дай", "кун", "сян", "цю", "инь",
    "сюэ", "дуань", "лэй", "лун", "ши", "цзоу", "сюн", "фань", "ляо", "фан", "тао", "вань", "чжун", "чу",
];

/// Pinyin of a Cyrillic word if it splits wholly into Palladius syllables.
pub fn word(w: &str) -> Option<String> {
    let lower: Vec<char> = w.to_lowercase().chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < lower.len() {
        let mut matched = None;
        for len in (1..=5.min(lower.len() - i)).rev() {
            let piece: String = lower[i..i + len].iter().collect();
            if let Some(p) = SYLLABLES.get(&piece) {
                // Do not end a syllable where the next letter could only continue it (нь, нг).
                if lower.get(i + len) == Some(&'ь') {
                    continue;
                }
                matched = Some((len, p));
                break;
            }
        }
        let (len, p) = matched?;
        out.push_str(p);
        i += len;
    }
    let mut cs = out.chars();
    cs.next().map(|f| f.to_uppercase().chain(cs).collect())
}

/// A Chinese person's name in English, if the tokens read as one.
pub fn person(tokens: &[&str]) -> Option<String> {
    if tokens.len() < 2 || tokens.len() > 3 || !SURNAMES.contains(&tokens[0].to_lowercase().as_str()) {
        return None;
    }
    // "Ле Ван Тхань" read backwards is no "Wang Lie": a Vietnamese family name after the
    // surname means the words are Vietnamese.
    if tokens[1..].iter().any(|t| vietnamese::is_surname(t)) {
        return None;
    }
    // Russian declines some Chinese names like its own (Лю Бином): try without a case ending.
    let parts: Option<Vec<String>> = tokens
        .iter()
        .map(|t| {
            word(t).or_else(|| {
                // A soft -нь declines to -нем/-ня/-ню (Цзюнем ← Цзюнь), a hard -н to -ном/-на/-ну.
                [("ем", "ь"), ("ом", ""), ("я", "ь"), ("ю", "ь"), ("у", ""), ("а", ""), ("е", ""), ("е", "ь"), ("ем", "")]
                    .iter()
                    .find_map(|(suf, add)| t.strip_suffix(suf).filter(|r| r.chars().count() >= 2).and_then(|r| word(&format!("{r}{add}"))))
            })
        })
        .collect();
    Some(parts?.join(" "))
}

/// An East Asian person's name at the start of a run of capitalized Russian words, with
/// the number of words it takes: Chinese (Palladius, two words, either order unless the
/// first is a known given name) or Vietnamese (Kontsevich, two or three words).
pub fn east_asian_person(words: &[&str]) -> Option<(usize, String)> {
    if let Some(hit) = vietnamese::person(words) {
        return Some(hit);
    }
    let two = words.get(..2)?;
    person(two)
        .or_else(|| crate::persons::ru_given_nominative(two[0]).is_none().then(|| person(&[two[1], two[0]])).flatten())
        .map(|name| (2, name))
}

/// Palladius syllables by their pinyin (the inverse of the table, shortest spelling first).
static PALLADIUS_OF: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let mut m: HashMap<String, String> = HashMap::new();
    let mut pairs: Vec<(&String, &String)> = SYLLABLES.iter().collect();
    pairs.sort_by_key(|(c, p)| (c.chars().count(), c.to_string(), p.to_string()));
    for (c, p) in pairs {
        m.entry(p.clone()).or_insert_with(|| c.clone());
    }
    m
});

/// A pinyin place name in Palladius Cyrillic with its syllable count, if it splits wholly
/// into pinyin syllables: `Weifang` → (`Вэйфан`, 2), `Wuxi` → (`Уси`, 2). Fewest
/// syllables win (xian is one syllable, not xi + an); an apostrophe marks a break.
pub fn from_pinyin(name: &str) -> Option<(String, usize)> {
    let lower = name.to_lowercase();
    if lower.is_empty() || !lower.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'') {
        return None;
    }
    let letters: Vec<u8> = lower.bytes().collect();
    let n = letters.len();
    // best[i]: fewest syllables for the first i letters, with the last syllable's start.
    let mut best: Vec<Option<(usize, usize)>> = vec![None; n + 1];
    best[0] = Some((0, 0));
    for i in 0..n {
        let Some((count, _)) = best[i] else { continue };
        if letters[i] == b'\'' {
            if best[i + 1].is_none_or(|(c, _)| count < c) {
                best[i + 1] = Some((count, i));
            }
            continue;
        }
        for len in 1..=6.min(n - i) {
            let piece = &lower[i..i + len];
            if PALLADIUS_OF.contains_key(piece) && best[i + len].is_none_or(|(c, _)| count + 1 < c) {
                best[i + len] = Some((count + 1, i));
            }
        }
    }
    let (count, _) = best[n]?;
    let mut pieces = Vec::new();
    let mut end = n;
    while end > 0 {
        let (_, start) = best[end]?;
        if letters[start] != b'\'' {
            pieces.push(PALLADIUS_OF.get(&lower[start..end])?.clone());
        }
        end = start;
    }
    pieces.reverse();
    let joined: String = pieces.concat();
    let mut cs = joined.chars();
    let cyr = cs.next().map(|f| f.to_uppercase().chain(cs).collect::<String>())?;
    Some((cyr, count))
}

/// Pinyin syllables (the values of the Palladius table) and the pinyin of the common surnames.
static PINYIN: LazyLock<std::collections::HashSet<String>> = LazyLock::new(|| SYLLABLES.values().cloned().collect());
static PINYIN_SURNAMES: LazyLock<std::collections::HashSet<String>> =
    LazyLock::new(|| SURNAMES.iter().filter_map(|s| word(s)).map(|p| p.to_lowercase()).filter(|p| !matches!(p.as_str(), "he" | "ye" | "ma" | "hu")).collect());

/// Whether a word splits wholly into pinyin syllables ("Wenrui" = wen + rui).
fn splits_into_pinyin(w: &str) -> bool {
    let lower = w.to_lowercase();
    let n = lower.len();
    if !lower.is_ascii() || n == 0 {
        return false;
    }
    // ok[i]: the first i letters split.
    let mut ok = vec![false; n + 1];
    ok[0] = true;
    for i in 0..n {
        if !ok[i] {
            continue;
        }
        for len in 1..=6.min(n - i) {
            if PINYIN.contains(&lower[i..i + len]) {
                ok[i + len] = true;
            }
        }
    }
    ok[n]
}

/// A Chinese person's name written in pinyin ("Chai Wenrui", "Zhou Jun"): a common surname
/// and a given name of one or two syllables.
pub fn pinyin_person(surname: &str, given: &str) -> bool {
    PINYIN_SURNAMES.contains(&surname.to_lowercase()) && given.len() >= 2 && given.len() <= 12 && splits_into_pinyin(given)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn palladius_names_to_pinyin() {
        assert_eq!(person(&["Чжан", "Вэньчуань"]).as_deref(), Some("Zhang Wenchuan"));
        assert_eq!(person(&["Чжан", "Хаоцзи"]).as_deref(), Some("Zhang Haoji"));
        assert_eq!(person(&["Ду", "Дэвэнь"]).as_deref(), Some("Du Dewen"));
        assert_eq!(person(&["Хоу", "Янь"]).as_deref(), Some("Hou Yan"));
        assert_eq!(word("Си").as_deref(), Some("Xi"));
        assert_eq!(word("Цзиньпин").as_deref(), Some("Jinping"));
        assert_eq!(person(&["Си", "Цзиньпин"]).as_deref(), Some("Xi Jinping"));
        assert_eq!(person(&["Лю", "Бином"]).as_deref(), Some("Liu Bing"));
        assert_eq!(person(&["Ли", "Цзюнем"]).as_deref(), Some("Li Jun"));
    }

    #[test]
    fn pinyin_names() {
        assert!(pinyin_person("Chai", "Wenrui"));
        assert!(pinyin_person("Zhou", "Jun"));
        assert!(!pinyin_person("Chai", "Tuesday"));
        assert!(!pinyin_person("Smith", "Wen"));
    }

    #[test]
    fn pinyin_places_to_palladius() {
        assert_eq!(from_pinyin("Wuxi"), Some(("Уси".into(), 2)));
        assert_eq!(from_pinyin("Weifang"), Some(("Вэйфан".into(), 2)));
        assert_eq!(from_pinyin("Shenzhen"), Some(("Шэньчжэнь".into(), 2)));
        assert_eq!(from_pinyin("Xi'an"), Some(("Сиань".into(), 2)));
        assert_eq!(from_pinyin("Moscow"), None);
    }

    #[test]
    fn russian_words_do_not_convert() {
        assert_eq!(word("Иванов"), None);
        assert_eq!(person(&["Сергей", "Лавров"]), None);
    }
}
