//! Russian to English transliteration in the spelling English-language press uses
//! (`Дмитрий` → `Dmitry`, `Цой` → `Tsoi`, `Евгений` → `Yevgeny`), not a
//! reversible scholarly scheme: the registry must meet names as readers spell them.

fn letter(c: char) -> &'static str {
    match c {
        'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'е' => "e", 'ё' => "yo",
        'ж' => "zh", 'з' => "z", 'и' => "i", 'й' => "y", 'к' => "k", 'л' => "l", 'м' => "m",
        'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u",
        'ф' => "f", 'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch", 'ъ' => "",
        'ы' => "y", 'ь' => "", 'э' => "e", 'ю' => "yu", 'я' => "ya",
        // Kazakh, Uzbek, Kyrgyz and Tajik letters seen in Cyrillic names.
        'ә' => "a", 'ғ' => "g", 'қ' => "k", 'ң' => "ng", 'ө' => "o", 'ұ' => "u", 'ү' => "u",
        'һ' => "h", 'і' => "i", 'ў' => "u", 'ҳ' => "h", 'ӣ' => "i", 'ӯ' => "u", 'ҷ' => "j",
        _ => "",
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'ь' | 'ъ')
}

/// Transliterate one word, keeping its capitalization pattern.
pub fn word(w: &str) -> String {
    let lower: Vec<char> = w.chars().flat_map(char::to_lowercase).collect();
    let mut out = String::new();
    for (i, &c) in lower.iter().enumerate() {
        let prev = if i > 0 { Some(lower[i - 1]) } else { None };
        let next = lower.get(i + 1).copied();
        let piece: String = match c {
            // Word-initial or after a vowel, е is "ye" (Yevgeny, Sergeyev); ё likewise "yo".
            'е' if prev.is_none_or(is_vowel) => "ye".into(),
            // -ий / -ый at the end are "y" (Dmitry, Yury, Gorky).
            'и' if next == Some('й') && i + 2 == lower.len() => "".into(),
            'ы' if next == Some('й') && i + 2 == lower.len() => "".into(),
            // -ей- / -ой- before a consonant or at the end read "ei"/"oi" (Alexei, Tsoi).
            'й' if matches!(prev, Some('е') | Some('о')) && next.is_none_or(|n| !is_vowel(n)) => "i".into(),
            // дж is "j" in the region's names (Jamshid, Jamoliddin, Jabbarov).
            'д' if next == Some('ж') => "j".into(),
            'ж' if prev == Some('д') => "".into(),
            // Алекс- is "Alex-" in English press (Alexander, Alexei).
            'к' if next == Some('с') && i == 3 && lower.starts_with(&['а', 'л', 'е', 'к']) => "x".into(),
            'с' if prev == Some('к') && i == 4 && lower.starts_with(&['а', 'л', 'е', 'к']) => "".into(),
            // гх in South Asian names is gh (Рагхаван Raghavan, Сингх Singh).
            'х' if prev == Some('г') => "h".into(),
            c if is_cyrillic_letter(c) => letter(c).into(),
            c => c.to_string(),
        };
        out.push_str(&piece);
    }
    // Final -андр reads -ander in English (Alexander, Leander).
    if lower.ends_with(&['а', 'н', 'д', 'р']) {
        out.insert(out.len() - 1, 'e');
    }
    match_case(w, &out)
}

fn is_cyrillic_letter(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

fn match_case(original: &str, translit: &str) -> String {
    // Hyphenated names keep a capital on each part (Абдель-Латиф → Abdel-Latif).
    if original.contains('-') && translit.matches('-').count() == original.matches('-').count() {
        let parts: Vec<String> = original.split('-').zip(translit.split('-')).map(|(o, t)| match_case_part(o, t)).collect();
        return parts.join("-");
    }
    match_case_part(original, translit)
}

fn match_case_part(original: &str, translit: &str) -> String {
    let letters: Vec<char> = original.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return translit.to_uppercase();
    }
    if original.chars().next().is_some_and(|c| c.is_uppercase()) {
        let mut cs = translit.chars();
        return match cs.next() {
            Some(f) => f.to_uppercase().chain(cs).collect(),
            None => String::new(),
        };
    }
    translit.to_string()
}

/// Transliterate a phrase word by word; non-Cyrillic text passes through.
pub fn phrase(s: &str) -> String {
    let mut out = String::new();
    let mut cur = String::new();
    for c in s.chars() {
        if c.is_alphabetic() {
            cur.push(c);
        } else {
            if !cur.is_empty() {
                out.push_str(&word(&cur));
                cur.clear();
            }
            out.push(c);
        }
    }
    if !cur.is_empty() {
        out.push_str(&word(&cur));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn press_spellings() {
        for (ru, en) in [
            ("Дмитрий", "Dmitry"), ("Цой", "Tsoi"), ("Алексей", "Alexei"), ("Евгений", "Yevgeny"),
            ("Пиневич", "Pinevich"), ("Мезенцев", "Mezentsev"), ("Юрий", "Yury"), ("Шатила", "Shatila"),
            ("Сергей", "Sergei"), ("Гуськов", "Guskov"), ("Александр", "Alexander"), ("МАЗ", "MAZ"),
            ("Хошимов", "Khoshimov"), ("Бердымухамедов", "Berdymukhamedov"), ("Джамшид", "Jamshid"),
            ("Абдель-Латиф", "Abdel-Latif"), ("Аль-Хашими", "Al-Khashimi"), ("Рагхаван", "Raghavan"), ("Сингх", "Singh"),
            ("Р-Фарм", "R-Farm"),
        ] {
            assert_eq!(word(ru), en, "{ru}");
        }
    }

    #[test]
    fn phrases_keep_punctuation_and_latin() {
        assert_eq!(phrase("Р-Фарм и Sandoz"), "R-Farm i Sandoz");
    }
}
