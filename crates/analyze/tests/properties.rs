//! Property tests for the number and date grammars: a value written in one of
//! the styles the press uses must read back as the same value, and arbitrary
//! input must never panic or yield spans outside the text.

use onshore_analyze::*;
use onshore_core::Lang;
use proptest::prelude::*;

const EN_MONTHS: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
];
const RU_MONTHS_GEN: [&str; 12] = [
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
];
const RU_MONTHS_LOC: [&str; 12] = [
    "январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре",
];

/// Integer part with English commas: 1234567 -> "1,234,567".
fn en_grouped(n: u64) -> String {
    group(n, ",")
}

fn group(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= b.abs() * 1e-9
}

fn days_in(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn date_strategy() -> impl Strategy<Value = (i32, u32, u32)> {
    (1950i32..2090, 1u32..=12).prop_flat_map(|(y, m)| (Just(y), Just(m), 1..=days_in(y, m)))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn counts_read_back_in_every_style(n in 1u64..100_000_000, style in 0usize..5) {
        let (sentence, lang) = match style {
            0 => (format!("They delivered {} doses last week.", en_grouped(n)), Lang::En),
            1 => (format!("Поставлено {} доз вакцины.", group(n, " ")), Lang::Ru),
            2 => (format!("Поставлено {} доз вакцины.", group(n, "\u{a0}")), Lang::Ru),
            3 => (format!("Поставлено {} доз вакцины.", group(n, "\u{202f}")), Lang::Ru),
            _ => (format!("They delivered {n} doses."), Lang::En),
        };
        let found = find_quantities(&sentence, lang);
        prop_assert_eq!(found.len(), 1, "{}", sentence);
        prop_assert!(close(found[0].value, n as f64), "{} -> {}", sentence, found[0].value);
        prop_assert_eq!(found[0].unit.as_str(), "doses");
    }

    #[test]
    fn scaled_money_reads_back(units in 1u32..1000, tenths in 0u32..10, scale in 0usize..3, style in 0usize..6) {
        let (en_scale, ru_scale, exp) = [("million", "млн", 6), ("billion", "млрд", 9), ("thousand", "тыс.", 3)][scale];
        let want = (units as f64 + tenths as f64 / 10.0) * 10f64.powi(exp);
        let (sentence, lang, unit) = match style {
            0 => (format!("The loan is ${units}.{tenths} {en_scale} in total."), Lang::En, "USD"),
            1 => (format!("Инвестиции составят {units},{tenths} {ru_scale} рублей."), Lang::Ru, "RUB"),
            2 => (format!("The budget is {units}.{tenths} {en_scale} US dollars."), Lang::En, "USD"),
            3 => (format!("Объём — {units},{tenths} {ru_scale} долл. США."), Lang::Ru, "USD"),
            4 => (format!("Trade reached Br{units}.{tenths} {en_scale} last year."), Lang::En, "BYN"),
            _ => (format!("Выделено {units},{tenths} {ru_scale} тенге."), Lang::Ru, "KZT"),
        };
        let found = find_quantities(&sentence, lang);
        prop_assert_eq!(found.len(), 1, "{}", sentence);
        prop_assert!(close(found[0].value, want), "{} -> {} want {}", sentence, found[0].value, want);
        prop_assert_eq!(found[0].unit.as_str(), unit);
    }

    #[test]
    fn compound_numbers_read_back(high in 1u32..1000, low in 1u32..1000, style in 0usize..4) {
        let (sentence, want, unit) = match style {
            0 => (format!("В больницах осталось {high} тысяч {low} доз."), high as f64 * 1e3 + low as f64, "doses"),
            1 => (format!("Товарооборот составил {high} млрд {low} млн долларов."), high as f64 * 1e9 + low as f64 * 1e6, "USD"),
            2 => (format!("Запасы достигли {high} миллионов {low} тысяч доз."), high as f64 * 1e6 + low as f64 * 1e3, "doses"),
            _ => (format!("Оборот достиг {high} млрд {low},5 млн рублей."), high as f64 * 1e9 + (low as f64 + 0.5) * 1e6, "RUB"),
        };
        let found = find_quantities(&sentence, Lang::Ru);
        prop_assert_eq!(found.len(), 1, "{}", sentence);
        prop_assert!(close(found[0].value, want), "{} -> {} want {}", sentence, found[0].value, want);
        prop_assert_eq!(found[0].unit.as_str(), unit);
    }

    #[test]
    fn percentages_are_never_quantities(n in 0u32..1000, frac in 0u32..100, style in 0usize..4) {
        let sentence = match style {
            0 => format!("Exports grew by {n}.{frac}% this year."),
            1 => format!("Exports grew by {n} percent this year."),
            2 => format!("Экспорт вырос на {n},{frac} процента."),
            _ => format!("Экспорт вырос на {n}%."),
        };
        let lang = if style < 2 { Lang::En } else { Lang::Ru };
        prop_assert!(find_quantities(&sentence, lang).is_empty(), "{}", sentence);
    }

    #[test]
    fn full_dates_read_back_in_every_style((y, m, d) in date_strategy(), style in 0usize..6) {
        let mi = (m - 1) as usize;
        let sentence = match style {
            0 => format!("It was signed on {d} {} {y} in Minsk.", EN_MONTHS[mi]),
            1 => format!("It was signed on {} {d}, {y}, in Minsk.", EN_MONTHS[mi]),
            2 => format!("Report dated {y}-{m:02}-{d:02} was released."),
            3 => format!("Документ от {d:02}.{m:02}.{y} вступил в силу."),
            4 => format!("Соглашение подписано {d} {} {y} года.", RU_MONTHS_GEN[mi]),
            _ => format!("Updated 18:14, {d:02} {} {y}.", EN_MONTHS[mi]),
        };
        let want = format!("{y:04}-{m:02}-{d:02}");
        let found = find_dates(&sentence, None);
        prop_assert_eq!(found.len(), 1, "{}", sentence);
        prop_assert_eq!(&found[0].value, &want);
        prop_assert_eq!(publication_date(&sentence), Some(want));
    }

    #[test]
    fn month_dates_read_back((y, m, _d) in date_strategy(), ru in any::<bool>()) {
        let mi = (m - 1) as usize;
        let sentence = if ru {
            format!("Завод запустили в {} {y} года.", RU_MONTHS_LOC[mi])
        } else {
            format!("The plant opened in {} {y}.", EN_MONTHS[mi])
        };
        let found = find_dates(&sentence, None);
        prop_assert_eq!(found.len(), 1, "{}", sentence);
        prop_assert_eq!(found[0].value.clone(), format!("{y:04}-{m:02}"));
    }

    #[test]
    fn day_month_without_year_needs_a_reference((y, m, d) in date_strategy()) {
        let sentence = format!("Встреча прошла {d} {}.", RU_MONTHS_GEN[(m - 1) as usize]);
        prop_assert!(find_dates(&sentence, None).is_empty());
        let found = find_dates(&sentence, Some(y));
        prop_assert_eq!(found.len(), 1);
        prop_assert_eq!(found[0].value.clone(), format!("{y:04}-{m:02}-{d:02}"));
    }

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
        check_everything(&s)?;
    }

    #[test]
    fn number_like_noise_never_panics(s in "[0-9 ,.$€₽%\\-:/a-zA-Zа-яА-Я\u{a0}\u{202f}]{0,80}") {
        check_everything(&s)?;
    }
}

fn check_everything(s: &str) -> Result<(), TestCaseError> {
    let _ = detect_language(s);
    let _ = publication_date(s);
    let mut last = 0;
    for r in split_sentences(s) {
        prop_assert!(r.start >= last && r.start < r.end && s.get(r.clone()).is_some());
        prop_assert_eq!(s[r.clone()].trim(), &s[r.clone()]);
        last = r.end;
        let sentence = &s[r];
        for lang in [Lang::En, Lang::Ru] {
            for q in find_quantities(sentence, lang) {
                prop_assert!(sentence.get(q.span.clone()).is_some());
                prop_assert!(q.value.is_finite() && q.value > 0.0);
            }
        }
        for d in find_dates(sentence, Some(2023)) {
            prop_assert!(sentence.get(d.span.clone()).is_some());
            prop_assert!(matches!(d.value.len(), 4 | 7 | 10));
        }
    }
    let words: Vec<&str> = s.split_whitespace().take(4).collect();
    let _ = ru_name_nominative(&words);
    if let Some(w) = words.first() {
        let _ = ru_lemma(w);
    }
    Ok(())
}
