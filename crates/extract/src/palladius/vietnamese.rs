//! Vietnamese names written in Russian (Kontsevich's system, the one Russian press and
//! the Vietnamese agencies' Russian services use) back to the Vietnamese alphabet without
//! tone marks, as English press writes them: `Нгуен Суан Фук` → `Nguyen Xuan Phuc`,
//! `Ле Ван Тханя` (genitive) → `Le Van Thanh`.
//!
//! A name is read only when it starts with a common Vietnamese family name and every
//! word is one Vietnamese syllable in Cyrillic (onset, one to three vowels, one of the
//! few finals Vietnamese allows), so Russian words, which almost never have that shape,
//! pass through. Only the last word may carry a Russian case ending ("Фуком", "Тханя").

/// Common family names (Нгуен, Чан, Ле, Фам, Хоанг, ...), lower case.
const SURNAMES: &[&str] = &[
    "нгуен", "чан", "ле", "фам", "хоанг", "хуинь", "фан", "ву", "во", "данг", "буй", "до", "хо", "нго",
    "зыонг", "дао", "доан", "выонг", "чинь", "чыонг", "лыонг", "лам", "май", "то", "ха", "тхай", "нгием",
    "динь", "куах", "чьеу", "кхонг", "нонг",
];

/// Onsets, longest first, with their Vietnamese spelling.
const ONSETS: &[(&str, &str)] = &[
    ("нг", "ng"), ("нь", "nh"), ("кх", "kh"), ("тх", "th"), ("ть", "ch"), ("ф", "ph"), ("ч", "tr"), ("с", "x"),
    ("ш", "s"), ("з", "d"), ("ж", "r"), ("х", "h"), ("к", "c"), ("г", "g"), ("б", "b"), ("в", "v"), ("д", "d"),
    ("л", "l"), ("м", "m"), ("н", "n"), ("п", "p"), ("т", "t"),
];

/// Finals, longest first.
const FINALS: &[(&str, &str)] = &[("нг", "ng"), ("нь", "nh"), ("ть", "ch"), ("н", "n"), ("м", "m"), ("к", "c"), ("т", "t"), ("п", "p"), ("й", "i"), ("", "")];

const VOWELS: &str = "аоуыиеэяюё";

/// Whether a word is one of the common Vietnamese family names.
pub fn is_surname(word: &str) -> bool {
    SURNAMES.contains(&word.to_lowercase().as_str())
}

/// One Cyrillic syllable in Vietnamese spelling, if the word has a syllable's shape.
pub fn syllable(word: &str) -> Option<String> {
    // Туйен is the press's Туен (Tuyen), with the glide written out.
    let w: String = word.to_lowercase().replace("уйе", "уе");
    let (onset_cyr, onset) = ONSETS.iter().find(|(c, _)| w.starts_with(c)).map(|(c, l)| (*c, *l)).unwrap_or(("", ""));
    let rest = &w[onset_cyr.len()..];
    let vowels: String = rest.chars().take_while(|c| VOWELS.contains(*c)).collect();
    let n_vowels = vowels.chars().count();
    if n_vowels == 0 || n_vowels > 3 {
        return None;
    }
    let tail = &rest[vowels.len()..];
    let &(_, fin) = FINALS.iter().find(|(c, _)| *c == tail)?;
    let first_vowel = vowels.chars().next()?;
    let front = matches!(first_vowel, 'и' | 'е' | 'э');
    let onset = match onset {
        "ng" if front => "ngh",
        "g" if front => "gh",
        "c" if front => "k",
        // куа-, куо-, куе- are qu-: Куанг Quang, Куок Quoc.
        "c" if vowels.starts_with('у') && n_vowels > 1 => "q",
        // зя- is gi-: Зяп Giap, Зянг Giang.
        "d" if first_vowel == 'я' => "gi",
        o => o,
    };
    let mut nucleus = String::new();
    for (i, c) in vowels.chars().enumerate() {
        nucleus.push_str(match c {
            'а' => "a",
            'о' => "o",
            'у' => "u",
            'ы' => "u",
            'и' => "i",
            'е' | 'э' => "e",
            'я' if i == 0 && onset == "gi" => "a",
            'я' => "ia",
            'ю' => "u",
            'ё' => "o",
            _ => return None,
        });
    }
    // -уен is -uyen (Нгуен Nguyen, Туен Tuyen), -ует -uyet.
    if nucleus == "ue" && matches!(fin, "n" | "t") {
        nucleus = "uye".into();
    }
    // -уй is -ui after labials and н (Буй Bui), -uy elsewhere (Хуй Huy, Тхуй Thuy).
    let fin = if fin == "i" && nucleus == "u" && !matches!(onset, "b" | "v" | "m" | "n") { "y" } else { fin };
    let mut out = format!("{onset}{nucleus}{fin}");
    if let Some(f) = out.get(..1) {
        out = f.to_uppercase() + &out[1..];
    }
    Some(out)
}

/// The last word of a name may be declined like a Russian noun: try its nominatives.
fn last_syllable(word: &str) -> Option<String> {
    syllable(word).or_else(|| {
        [("ом", ""), ("ем", "ь"), ("ем", ""), ("а", ""), ("я", "ь"), ("у", ""), ("ю", "ь"), ("е", ""), ("е", "ь")]
            .iter()
            .find_map(|(suf, add)| word.strip_suffix(suf).filter(|s| s.chars().count() >= 2).and_then(|s| syllable(&format!("{s}{add}"))))
    })
}

/// A Vietnamese person's name in the first two or three words, with the number of words used.
pub fn person(words: &[&str]) -> Option<(usize, String)> {
    let first = words.first()?;
    if !SURNAMES.contains(&first.to_lowercase().as_str()) || words.len() < 2 {
        return None;
    }
    let first_latin = syllable(first)?;
    // Three words when the third is also a syllable (Нгуен Суан Фук), else two (То Лам).
    for len in [3usize, 2] {
        if words.len() < len {
            continue;
        }
        let middle: Option<Vec<String>> = words[1..len - 1].iter().map(|w| syllable(w)).collect();
        let (Some(middle), Some(last)) = (middle, last_syllable(words[len - 1])) else { continue };
        let mut parts = vec![first_latin.clone()];
        parts.extend(middle);
        parts.push(last);
        return Some((len, parts.join(" ")));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kontsevich_names_back_to_vietnamese() {
        assert_eq!(person(&["Нгуен", "Суан", "Фук"]), Some((3, "Nguyen Xuan Phuc".into())));
        assert_eq!(person(&["Ле", "Ван", "Тханя"]), Some((3, "Le Van Thanh".into())));
        assert_eq!(person(&["Нгуен", "Суан", "Фуком"]), Some((3, "Nguyen Xuan Phuc".into())));
        assert_eq!(person(&["Фам", "Минь", "Тинем"]), Some((3, "Pham Minh Tinh".into())));
        assert_eq!(person(&["То", "Лама"]), Some((2, "To Lam".into())));
        assert_eq!(person(&["Нгуен", "Куок", "Зунг"]), Some((3, "Nguyen Quoc Dung".into())));
        assert_eq!(person(&["Лыонг", "Кыонг"]), Some((2, "Luong Cuong".into())));
        assert_eq!(person(&["Во", "Ван", "Тхыонг"]), Some((3, "Vo Van Thuong".into())));
        assert_eq!(person(&["До", "Суан", "Туйен"]), Some((3, "Do Xuan Tuyen".into())));
    }

    #[test]
    fn russian_words_are_not_vietnamese() {
        assert_eq!(person(&["До", "Нового"]), None);
        assert_eq!(person(&["Иван", "Петров"]), None);
        assert_eq!(person(&["Ле", "Монд"]), None);
    }
}
