//! Dates: the publication date an article states about itself, and the date
//! mentions of a sentence with the precision the text gives.
//!
//! `dateparser`-style crates fail on "15 марта 2021 года" and on partial
//! dates ("in April 2022"), which are the ones event dates are made of, so the
//! grammar is written here: one regex of alternatives (tried leftmost-first,
//! longest forms first) over English and Russian month names.

use regex::{Captures, Regex};
use std::ops::Range;
use std::sync::LazyLock;

/// A date mentioned in a sentence, with the precision the text gives:
/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub span: Range<usize>,
    pub value: String,
}

/// Years outside this range are not taken for dates (they are amounts, codes...).
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// English months (full and abbreviated, capitalised: "may" is a verb) and
/// Russian months in every case form, capitalised or not.
const MONTHS_EN: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";
const MONTHS_RU: &str = r"(?i:январ[ьяеюё]м?|феврал[ьяеюё]м?|март[аеуом]?|апрел[ьяеюё]м?|ма[йяею]|маем|июн[ьяеюё]м?|июл[ьяеюё]м?|август[аеуом]?|сентябр[ьяеюё]м?|октябр[ьяеюё]м?|ноябр[ьяеюё]м?|декабр[ьяеюё]м?|(?:янв|фев|мар|апр|июн|июл|авг|сент|сен|окт|ноя|дек)\.?)";

/// Words that place a year relative to the reference year: "last year",
/// "в этом году", "в июне прошлого года".
const RELATIVE_EN: &str = r"(?i:last|past|previous|next|coming|this|current)";
const RELATIVE_RU: &str = r"(?i:прошлом|прошлого|прошлый|следующем|следующего|следующий|будущем|будущего|этом|этого|текущем|текущего|нынешнем|нынешнего|предстоящем|предстоящего)";

/// The grammar avoids Unicode `\b`: it makes the regex crate leave its DFA on
/// non-ASCII text (170x slower here). ASCII boundaries (`B`) stand at digit
/// and English-word edges, where they are exact; edges of Russian words are
/// checked after matching ([`word_edges`]).
static DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    let months = format!("(?:{MONTHS_EN}|{MONTHS_RU})");
    let relative = format!(r"(?:\s+(?:of\s+)?(?P<{{}}_en>{RELATIVE_EN})\s+year%B|\s+(?P<{{}}_ru>{RELATIVE_RU})\s+(?:года|году|год))");
    let rel = |name: &str| relative.replace("{}", name);
    let pattern = format!(
        r"(?x)
        %B(?P<iso_y>\d{{4}})(?:-(?P<iso_m>\d{{2}})-(?P<iso_d>\d{{2}})|/(?P<ymd_m>\d{{1,2}})/(?P<ymd_d>\d{{1,2}})|\.(?P<ymd_m2>\d{{1,2}})\.(?P<ymd_d2>\d{{1,2}}))%B
      | %B(?P<num_d>\d{{1,2}})[./](?P<num_m>\d{{1,2}})[./](?P<num_y>\d{{4}})%B
      | %B(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th|-?го)?(?:\s+of)?[\s\u00a0]+(?P<dm_m>{months})
            (?:,?[\s\u00a0]+(?P<dm_y>\d{{4}})%B|{dm_rel})?
      | %B(?P<md_m>{MONTHS_EN})[\s\u00a0]+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?%B(?:,?[\s\u00a0]+(?P<md_y>\d{{4}})%B)?
      | (?P<mr_a>{months})\s*[-–—]\s*(?P<mr_b>{months})[\s\u00a0]+(?P<mr_y>\d{{4}})%B
      | (?P<my_m>{months})[\s\u00a0]+(?P<my_y>\d{{4}})%B
      | (?P<mrel_m>{months}){mrel}
      | (?P<y>%B(?:1[89]|20|21)\d{{2}}%B)
      | (?:%B(?P<rel_en>{RELATIVE_EN})\s+year%B|(?:в\s+|во\s+)?(?P<rel_ru>{RELATIVE_RU})\s+(?:года|году|год))
      | (?P<mo>{months})
    ",
        dm_rel = rel("dmrel"),
        mrel = rel("mrel"),
    )
    .replace("%B", r"(?-u:\b)");
    Regex::new(&pattern).expect("date grammar compiles")
});

/// Day words that need the publication date to resolve: weekdays (the last
/// such day on or before publication, as news reports what has happened),
/// "yesterday", "today", "tomorrow".
static DAY_WORD_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?-u:\b)(?:on\s+|last\s+|this\s+)?(?P<en>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)
      | (?-u:\b)(?P<en_rel>(?i:yesterday|today|tomorrow))(?-u:\b)
      | (?:(?:в|во)\s+)?(?:прошл(?:ый|ую|ое)\s+)?(?P<ru>(?i:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))
      | (?P<ru_rel>(?i:вчера|сегодня|завтра))
    ",
    )
    .expect("compiles")
});

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
fn days_from_civil(y: i32, m: i32, d: i32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i32, i32, i32) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as i32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as i32;
    let y = (yoe + era * 400) as i32 + i32::from(m <= 2);
    (y, m, d)
}

/// 0 = Monday .. 6 = Sunday.
fn weekday(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

fn weekday_index(word: &str) -> Option<i64> {
    let w = word.to_lowercase();
    const DAYS: &[(&str, i64)] = &[
        ("monday", 0), ("tuesday", 1), ("wednesday", 2), ("thursday", 3), ("friday", 4), ("saturday", 5), ("sunday", 6),
        ("понедельник", 0), ("вторник", 1), ("среду", 2), ("четверг", 3), ("пятницу", 4), ("субботу", 5), ("воскресенье", 6),
    ];
    DAYS.iter().find(|(d, _)| *d == w).map(|(_, i)| *i)
}

/// Like [`find_dates`], with the article's publication date (`YYYY-MM-DD`)
/// as reference: years and months without a year take its year, and
/// weekdays ("on Monday", "во вторник"), "yesterday"/"вчера",
/// "today"/"сегодня" and "tomorrow"/"завтра" become full dates. A weekday is
/// taken as the last such day on or before publication.
pub fn find_dates_relative(sentence: &str, published: &str) -> Vec<DateMention> {
    let Some((y, m, d)) = parse_ymd(published) else {
        return find_dates(sentence, None);
    };
    let mut out = find_dates(sentence, Some(y));
    let today = days_from_civil(y, m, d);
    for caps in DAY_WORD_RE.captures_iter(sentence) {
        let Some(whole) = caps.get(0) else { continue };
        let span = whole.range();
        if !word_edges(sentence, &span) || out.iter().any(|o| o.span.start < span.end && span.start < o.span.end) {
            continue;
        }
        let day = if let Some(w) = caps.name("en").or_else(|| caps.name("ru")) {
            let Some(target) = weekday_index(w.as_str()) else { continue };
            today - (weekday(today) - target).rem_euclid(7)
        } else if let Some(w) = caps.name("en_rel").or_else(|| caps.name("ru_rel")) {
            match w.as_str().to_lowercase().as_str() {
                "yesterday" | "вчера" => today - 1,
                "tomorrow" | "завтра" => today + 1,
                _ => today,
            }
        } else {
            continue;
        };
        let (yy, mm, dd) = civil_from_days(day);
        out.push(DateMention { span, value: format!("{yy:04}-{mm:02}-{dd:02}") });
    }
    out.sort_by_key(|d| d.span.start);
    out
}

fn parse_ymd(s: &str) -> Option<(i32, i32, i32)> {
    let mut parts = s.get(..10)?.split('-').map(|p| p.parse::<i32>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    ymd(y, m, d).map(|_| (y, m, d))
}

/// "2021 года", "2021 г.", "2019-2021 гг.": words after a year that belong to the mention.
static YEAR_TAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\s\u00a0]*(?:года|году|год|гг\.|г\.)").expect("compiles"));

/// The match is a whole word run: no letter or digit glued on either side.
fn word_edges(text: &str, span: &Range<usize>) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Extend a mention ending in a year over "года"/"г." when a whole word follows.
fn with_year_tail(text: &str, span: Range<usize>) -> Range<usize> {
    if !text[..span.end].ends_with(|c: char| c.is_ascii_digit()) {
        return span;
    }
    match YEAR_TAIL.find(&text[span.end..]) {
        Some(m) if word_edges(text, &(span.start..span.end + m.end())) || m.as_str().ends_with('.') => {
            span.start..span.end + m.end()
        }
        _ => span,
    }
}

/// All date mentions of `sentence`. A day or month without a year is resolved
/// with `reference_year` when given and dropped otherwise.
pub fn find_dates(sentence: &str, reference_year: Option<i32>) -> Vec<DateMention> {
    DATE_RE
        .captures_iter(sentence)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            let span = trim_span(sentence, whole.range());
            if !standalone(sentence, span.clone()) || !word_edges(sentence, &span) {
                return None;
            }
            let value = mention_value(&caps, reference_year)?;
            Some(DateMention { span: with_year_tail(sentence, span), value })
        })
        .collect()
}

/// A date glued to more digits or number punctuation ("12.2021.5", "1,2021")
/// is part of something else.
fn standalone(text: &str, span: Range<usize>) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    let before_ok = match before {
        Some(c) if c.is_ascii_digit() => false,
        Some(',' | '.') => !text[..span.start - 1].ends_with(|c: char| c.is_ascii_digit()),
        _ => true,
    };
    let after_ok = match after {
        Some(c) if c.is_ascii_digit() => false,
        Some(',' | '.') => !text[span.end + 1..].starts_with(|c: char| c.is_ascii_digit()),
        Some('%') => false,
        _ => true,
    };
    before_ok && after_ok
}

fn trim_span(text: &str, span: Range<usize>) -> Range<usize> {
    let s = &text[span.clone()];
    let trimmed = s.trim_end();
    span.start..span.start + trimmed.len()
}

fn mention_value(caps: &Captures, reference_year: Option<i32>) -> Option<String> {
    let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<i32>().ok());
    let month = |name: &str| caps.name(name).and_then(|m| month_number(m.as_str()));
    if let Some(y) = num("iso_y") {
        let m = num("iso_m").or_else(|| num("ymd_m")).or_else(|| num("ymd_m2"))?;
        let d = num("iso_d").or_else(|| num("ymd_d")).or_else(|| num("ymd_d2"))?;
        return ymd(y, m, d);
    }
    if let Some(y) = num("num_y") {
        let (d, m) = (num("num_d")?, num("num_m")?);
        // Day first (Russian and British usage); fall back to the US order when only that is valid.
        return ymd(y, m, d).or_else(|| ymd(y, d, m));
    }
    let relative_year = |prefix: &str| {
        let word = caps.name(&format!("{prefix}_en")).or_else(|| caps.name(&format!("{prefix}_ru")))?;
        Some(reference_year? + relative_offset(word.as_str()))
    };
    if let Some(m) = month("dm_m") {
        let year = num("dm_y").or_else(|| relative_year("dmrel")).or(reference_year)?;
        return ymd(year, m, num("dm_d")?).or_else(|| ym(year, m));
    }
    if let Some(m) = month("md_m") {
        let year = num("md_y").or(reference_year)?;
        return ymd(year, m, num("md_d")?).or_else(|| ym(year, m));
    }
    if caps.name("mr_a").is_some() {
        // "January-May 2020": the span of months belongs to the year.
        let y = num("mr_y")?;
        return YEARS.contains(&y).then(|| format!("{y:04}"));
    }
    if let Some(m) = month("mrel_m") {
        return ym(relative_year("mrel")?, m);
    }
    if caps.name("rel_en").is_some() || caps.name("rel_ru").is_some() {
        let y = relative_year("rel")?;
        return YEARS.contains(&y).then(|| format!("{y:04}"));
    }
    if let Some(m) = month("my_m") {
        return ym(num("my_y")?, m);
    }
    if let Some(y) = num("y") {
        return YEARS.contains(&y).then(|| format!("{y:04}"));
    }
    if let Some(m) = month("mo") {
        return ym(reference_year?, m);
    }
    None
}

/// Years from the reference year that a relative word means.
fn relative_offset(word: &str) -> i32 {
    let w = word.to_lowercase();
    if ["last", "past", "previous", "прошл"].iter().any(|p| w.starts_with(p)) {
        -1
    } else if ["next", "coming", "следующ", "будущ", "предстоящ"].iter().any(|p| w.starts_with(p)) {
        1
    } else {
        0
    }
}

fn ym(y: i32, m: i32) -> Option<String> {
    (YEARS.contains(&y) && (1..=12).contains(&m)).then(|| format!("{y:04}-{m:02}"))
}

fn ymd(y: i32, m: i32, d: i32) -> Option<String> {
    (YEARS.contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

fn days_in_month(y: i32, m: i32) -> i32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

static MONTH_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^(?:{MONTHS_EN}|{MONTHS_RU})$")).expect("compiles"));

/// Is `word` an English (capitalised) or Russian month name or abbreviation?
pub(crate) fn is_month_word(word: &str) -> bool {
    MONTH_WORD.is_match(word)
}

/// Month number of an English or Russian month name in any form.
pub(crate) fn month_number(word: &str) -> Option<i32> {
    let lower = word.trim_end_matches('.').to_lowercase();
    const PREFIXES: &[(&str, i32)] = &[
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("may", 5), ("jun", 6), ("jul", 7), ("aug", 8),
        ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ("янв", 1), ("фев", 2), ("мар", 3), ("апр", 4), ("ма", 5), ("июн", 6), ("июл", 7), ("авг", 8),
        ("сен", 9), ("окт", 10), ("ноя", 11), ("дек", 12),
    ];
    PREFIXES.iter().find(|(p, _)| lower.starts_with(p)).map(|(_, m)| *m)
}

/// How much of the text's head is searched for its own date: datelines and
/// bylines sit in the first lines.
const HEAD_CHARS: usize = 300;

static DATE_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?i:date)\s*:?\s*(\d{4}-\d{2}-\d{2})\b").expect("compiles"));

/// The publication date the text states about itself (`YYYY-MM-DD`), read
/// from its head: a `date YYYY-MM-DD` prefix, a dateline or byline
/// ("MINSK, 16 May (BelTA)", "18:14, 09 February 2023", "February 27, 2023").
/// A dateline without a year takes the year stated elsewhere in the head,
/// and is `None` when there is none.
pub fn publication_date(text: &str) -> Option<String> {
    if let Some(caps) = DATE_PREFIX.captures(text) {
        if let Some(value) = full_date(&caps[1]) {
            return Some(value);
        }
    }
    let head = head_chars(text, HEAD_CHARS);
    let mentions = find_dates(head, None);
    if let Some(full) = mentions.iter().find(|m| m.value.len() == 10) {
        return Some(full.value.clone());
    }
    // "MINSK, 16 May (BelTA)": a day and month; the year must come from the head.
    let year = mentions.iter().find(|m| m.value.len() >= 4).and_then(|m| m.value[..4].parse::<i32>().ok())?;
    find_dates(head, Some(year)).into_iter().find(|m| m.value.len() == 10).map(|m| m.value)
}

fn full_date(s: &str) -> Option<String> {
    let mut parts = s.split('-').map(|p| p.parse::<i32>().ok());
    ymd(parts.next()??, parts.next()??, parts.next()??)
}

/// The first `n` characters of `text`, extended to the end of the word cut.
fn head_chars(text: &str, n: usize) -> &str {
    let Some((cut, _)) = text.char_indices().nth(n) else {
        return text;
    };
    let end = text[cut..].find(char::is_whitespace).map_or(text.len(), |i| cut + i);
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(s: &str, year: Option<i32>) -> Vec<String> {
        find_dates(s, year).into_iter().map(|d| d.value).collect()
    }

    #[test]
    fn english_mentions_with_precision() {
        let cases: &[(&str, &[&str])] = &[
            ("The plant opened in April 2022 after delays.", &["2022-04"]),
            ("Talks began in 2021 and ended in 2023.", &["2021", "2023"]),
            ("It was signed on 5 March 2021 in Minsk.", &["2021-03-05"]),
            ("It was signed on March 5, 2021, in Minsk.", &["2021-03-05"]),
            ("Deliveries on the 3rd of June 2020 were late.", &["2020-06-03"]),
            ("Updated 18:14, 09 February 2023.", &["2023-02-09"]),
            ("The 2019-2021 programme ended.", &["2019", "2021"]),
            ("Report of 2023-02-27 says so.", &["2023-02-27"]),
            ("Posted 2023/2/7 and 2023.02.08 online.", &["2023-02-07", "2023-02-08"]),
            ("By Sept. 2024 the line will run.", &["2024-09"]),
            ("They may sign 11 agreements.", &[]),
            ("Revenue was 2,021 units and 12.2020.5 codes.", &[]),
        ];
        for (s, want) in cases {
            assert_eq!(values(s, None), *want, "{s}");
        }
    }

    #[test]
    fn russian_mentions_with_precision() {
        let cases: &[(&str, &[&str])] = &[
            ("Завод запустили в апреле 2022 года.", &["2022-04"]),
            ("В 2021 году объём вырос.", &["2021"]),
            ("Соглашение подписано 15 марта 2021 года в Москве.", &["2021-03-15"]),
            ("Документ от 15.03.2021 вступил в силу.", &["2021-03-15"]),
            ("Программа на 2021-2025 гг. утверждена.", &["2021", "2025"]),
            ("В январе-мае 2020 года товарооборот вырос.", &["2020"]),
            ("Встреча прошла 5 марта.", &[]),
            ("В мае поставки выросли.", &[]),
            ("Срок — до 1 января 2030 г.", &["2030-01-01"]),
        ];
        for (s, want) in cases {
            assert_eq!(values(s, None), *want, "{s}");
        }
    }

    #[test]
    fn reference_year_resolves_partial_dates() {
        assert_eq!(values("Встреча прошла 5 марта.", Some(2021)), vec!["2021-03-05"]);
        assert_eq!(values("В мае поставки выросли.", Some(2022)), vec!["2022-05"]);
        assert_eq!(values("The meeting was held on February 25.", Some(2022)), vec!["2022-02-25"]);
        assert_eq!(values("Signed on 31 February.", Some(2022)), vec!["2022-02"]);
        assert_eq!(values("Last year, trade grew; next year it will grow.", Some(2024)), vec!["2023", "2025"]);
        assert_eq!(values("В прошлом году завод открылся.", Some(2024)), vec!["2023"]);
        assert_eq!(values("В июне этого года делегация приехала.", Some(2025)), vec!["2025-06"]);
        assert_eq!(values("In June last year the plant opened.", Some(2025)), vec!["2024-06"]);
        assert_eq!(values("5 марта прошлого года подписали.", Some(2025)), vec!["2024-03-05"]);
        assert_eq!(values("Last year, trade grew.", None), Vec::<String>::new());
    }

    #[test]
    fn weekdays_and_day_words_resolve_against_publication() {
        let rel = |s: &str, p: &str| -> Vec<String> { find_dates_relative(s, p).into_iter().map(|d| d.value).collect() };
        // 2018-01-24 was a Wednesday.
        assert_eq!(rel("They signed it on Tuesday in Tehran.", "2018-01-24"), vec!["2018-01-23"]);
        assert_eq!(rel("They met on Wednesday.", "2018-01-24"), vec!["2018-01-24"]);
        assert_eq!(rel("They met on Thursday.", "2018-01-24"), vec!["2018-01-18"]);
        assert_eq!(rel("Во вторник стороны подписали соглашение.", "2018-01-24"), vec!["2018-01-23"]);
        assert_eq!(rel("Вчера делегация прибыла.", "2021-03-01"), vec!["2021-02-28"]);
        assert_eq!(rel("Today the plant opened; in May 2020 it was planned.", "2021-03-01"), vec!["2021-03-01", "2020-05"]);
        assert_eq!(rel("The meeting on Nov. 12 went well.", "2024-11-13"), vec!["2024-11-12"]);
        assert_eq!(rel("Вторника не было.", "2024-11-13"), Vec::<String>::new());
        assert_eq!(rel("On Monday.", "not a date"), Vec::<String>::new());
    }

    #[test]
    fn civil_day_arithmetic_round_trips() {
        for z in (-800_000..800_000).step_by(997) {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(weekday(days_from_civil(2024, 11, 13)), 2); // a Wednesday
    }

    #[test]
    fn spans_point_at_the_mention() {
        let s = "Signed on 5 March 2021 in Minsk.";
        let d = &find_dates(s, None)[0];
        assert_eq!(&s[d.span.clone()], "5 March 2021");
        let s = "Подписано 15 марта 2021 года в Москве.";
        let d = &find_dates(s, None)[0];
        assert_eq!(&s[d.span.clone()], "15 марта 2021 года");
    }

    #[test]
    fn publication_date_from_the_head() {
        let cases: &[(&str, Option<&str>)] = &[
            (" date 2023-02-27 MINSK (Agency - 27th February, 2023) The ministry said.", Some("2023-02-27")),
            ("MINSK, 16 May (Agency) – The sides met. The 2022 plan was approved.", Some("2022-05-16")),
            ("MINSK, 16 May (Agency) – The sides met.", None),
            ("Moscow. 18:14, 09 February 2023. The minister said.", Some("2023-02-09")),
            ("Headline\n\nFebruary 27, 2023\n\nText of the article.", Some("2023-02-27")),
            ("Заголовок\n15 марта 2021 года\nТекст статьи.", Some("2021-03-15")),
            ("Минск, 15.03.2021. Текст статьи.", Some("2021-03-15")),
            ("Headline\n2022-02-28 12:16:58\nText.", Some("2022-02-28")),
            ("МИНСК, 31 мар — Агентство. В 2015 году начали.", Some("2015-03-31")),
            ("No dates in this text at all.", None),
        ];
        for (text, want) in cases {
            assert_eq!(publication_date(text).as_deref(), *want, "{text}");
        }
    }

    #[test]
    fn publication_date_ignores_the_body_far_below() {
        let text = format!("Headline\n{}\nSigned on 5 March 2021.", "Filler words here. ".repeat(30));
        assert_eq!(publication_date(&text), None);
    }
}
