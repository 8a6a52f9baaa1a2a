//! Dates: publication date of an article and date mentions in a sentence.
use std::ops::Range;

/// A date mentioned in a sentence, with the precision the text gives:
/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub span: Range<usize>,
    pub value: String,
}

pub fn publication_date(text: &str) -> Option<String> {
    find_dates(text, None).into_iter().find(|d| d.value.len() == 10).map(|d| d.value)
}

pub fn find_dates(sentence: &str, _reference_year: Option<i32>) -> Vec<DateMention> {
    let mut out = Vec::new();
    let b = sentence.as_bytes();
    let mut i = 0;
    while i + 10 <= b.len() {
        let s = &b[i..i + 10];
        if s[4] == b'-' && s[7] == b'-' && s.iter().enumerate().all(|(k, c)| k == 4 || k == 7 || c.is_ascii_digit()) {
            out.push(DateMention { span: i..i + 10, value: sentence[i..i + 10].to_string() });
            i += 10;
        } else {
            i += 1;
        }
    }
    out
}
