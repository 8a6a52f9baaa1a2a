//! Calendar dates written the ways news pages write them, in English and
//! Russian: `2021-03-15T10:00`, `15.03.2021`, `March 15, 2021`,
//! `15 Mar 2021`, `15 марта 2021 года`. Values are checked against the
//! calendar and returned as `YYYY-MM-DD`.

use chrono::NaiveDate;
use regex::{Captures, Regex};
use std::sync::LazyLock;

const EN_MONTH: &str = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?";
const RU_MONTH: &str = concat!(
    r"(январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|",
    r"октябр[ья]|ноябр[ья]|декабр[ья]|янв|фев|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\.?"
);

/// One way of writing a date and how to read its captures.
struct Form {
    regex: Regex,
    read: fn(&Captures) -> Option<(i32, u32, u32)>,
}

static FORMS: LazyLock<Vec<Form>> = LazyLock::new(|| {
    let form = |pattern: String, read: fn(&Captures) -> Option<(i32, u32, u32)>| Form {
        regex: Regex::new(&pattern).expect("date regex"),
        read,
    };
    vec![
        // 2021-03-15, 2021/03/15, 2021.03.15 (ISO first: metadata mostly uses it)
        form(
            r"\b((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?:\b|T)".into(),
            |c| Some((num(c, 1)?, num(c, 2)?, num(c, 3)?)),
        ),
        // 15.03.2021 (day first), 03/15/2021 (US, month first when it must be)
        form(r"\b(\d{1,2})([./])(\d{1,2})[./]((?:19|20)\d\d)\b".into(), |c| {
            let (a, b, year) = (num(c, 1)?, num(c, 3)?, num(c, 4)?);
            if &c[2] == "/" && a <= 12 && b > 12 {
                Some((year, a, b))
            } else {
                Some((year, b, a))
            }
        }),
        // March 15, 2021 / Mar. 15th 2021
        form(
            format!(r"(?i)\b{EN_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b"),
            |c| Some((num(c, 3)?, en_month(&c[1])?, num(c, 2)?)),
        ),
        // 15 March 2021 / 15th of March, 2021
        form(
            format!(r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{EN_MONTH},?\s+((?:19|20)\d\d)\b"),
            |c| Some((num(c, 3)?, en_month(&c[2])?, num(c, 1)?)),
        ),
        // 15 марта 2021
        form(
            format!(r"(?i)(?:^|[^\d])(\d{{1,2}})\s+{RU_MONTH}\s+((?:19|20)\d\d)(?:[^\d]|$)"),
            |c| Some((num(c, 3)?, ru_month(&c[2])?, num(c, 1)?)),
        ),
    ]
});

fn num<T: std::str::FromStr>(c: &Captures, i: usize) -> Option<T> {
    c.get(i)?.as_str().parse().ok()
}

fn en_month(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    months.iter().position(|m| w.starts_with(m)).map(|i| i as u32 + 1)
}

fn ru_month(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    let stems = ["янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];
    stems.iter().position(|m| w.starts_with(m)).map(|i| i as u32 + 1)
}

fn valid(ymd: (i32, u32, u32)) -> Option<String> {
    let (y, m, d) = ymd;
    if !(1990..=2100).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d).map(|date| date.format("%Y-%m-%d").to_string())
}

/// The earliest valid date written anywhere in `text`.
pub(crate) fn find_date(text: &str) -> Option<String> {
    earliest(text).map(|(_, date)| date)
}

/// Where in `text` the earliest valid date is written.
pub(crate) fn find_date_span(text: &str) -> Option<std::ops::Range<usize>> {
    earliest(text).map(|(span, _)| span)
}

fn earliest(text: &str) -> Option<(std::ops::Range<usize>, String)> {
    let mut best: Option<(std::ops::Range<usize>, String)> = None;
    for form in FORMS.iter() {
        for caps in form.regex.captures_iter(text) {
            let Some(whole) = caps.get(0) else { continue };
            if best.as_ref().is_some_and(|(at, _)| at.start <= whole.start()) {
                break;
            }
            if let Some(date) = (form.read)(&caps).and_then(valid) {
                best = Some((whole.range(), date));
                break;
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::find_date;

    #[test]
    fn reads_the_common_forms() {
        let cases = [
            ("2019-11-20T05:27:00Z", "2019-11-20"),
            ("Updated 5:27 am CST, Wednesday, November 20, 2019", "2019-11-20"),
            ("PUBLISHED: 10:48, Tue, Nov 19, 2019", "2019-11-19"),
            ("Posted on 3rd of March, 2021 by staff", "2021-03-03"),
            ("15 Mar 2021", "2021-03-15"),
            ("Опубликовано 15 марта 2021 года в 10:00", "2021-03-15"),
            ("1 сент. 2020", "2020-09-01"),
            ("12:30, 07.02.2022", "2022-02-07"),
            ("11/20/2019", "2019-11-20"),
            ("2020/1/5", "2020-01-05"),
        ];
        for (text, want) in cases {
            assert_eq!(find_date(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn rejects_impossible_and_absent_dates() {
        for text in ["31.02.2021", "2021-13-01", "call 555-1234", "в 2021 году", "March 2021"] {
            assert_eq!(find_date(text), None, "{text}");
        }
    }

    #[test]
    fn earliest_mention_wins() {
        assert_eq!(find_date("5 мая 2020, обновлено 2021-01-01").as_deref(), Some("2020-05-05"));
    }
}
