//! Tokens and number grammar shared by the quantity finder: digits with
//! thousands separators and decimals in English and Russian conventions,
//! number words up to twenty (and tens) in English and in every Russian case,
//! and scale words ("million", "млрд", "$32mn").

use onshore_core::Lang;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// ASCII digits.
    Num,
    /// Letters (any script).
    Word,
    /// Any other single non-space character.
    Sym,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

/// `s` in lower case, borrowed when it already is (most words are): the number
/// grammar asks this of every word of every sentence.
pub(crate) fn lower(s: &str) -> std::borrow::Cow<'_, str> {
    // `char::is_uppercase`, with ASCII and the Russian alphabet answered without the tables.
    let upper = |c: char| match c {
        'A'..='Z' | 'А'..='Я' | 'Ё' => true,
        'a'..='z' | 'а'..='я' | 'ё' => false,
        c => !c.is_ascii() && c.is_uppercase(),
    };
    if s.chars().any(upper) {
        std::borrow::Cow::Owned(s.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        let kind = if c.is_ascii_digit() {
            Kind::Num
        } else if crate::text::is_letter(c) {
            Kind::Word
        } else {
            toks.push(Tok { kind: Kind::Sym, start, end: start + c.len_utf8() });
            continue;
        };
        let mut end = start + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            let same = match kind {
                Kind::Num => d.is_ascii_digit(),
                _ => crate::text::is_letter(d),
            };
            if !same {
                break;
            }
            end = j + d.len_utf8();
            iter.next();
        }
        toks.push(Tok { kind, start, end });
    }
    toks
}

/// Characters that separate thousands groups in "20 000", "1 500".
pub(crate) fn is_group_space(gap: &str) -> bool {
    matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
}

/// A parsed number: decimal mantissa text and power of ten, so that the
/// final value is parsed once (`"4.9e6"` is exactly 4 900 000.0).
#[derive(Debug, Clone)]
pub(crate) struct Number {
    pub mantissa: String,
    pub exp: i32,
    /// Index of the first token after the number.
    pub next: usize,
    /// Written in digits (not words), without separators or decimals.
    pub plain_integer: bool,
}

impl Number {
    pub fn value(&self) -> f64 {
        format!("{}e{}", self.mantissa, self.exp).parse().unwrap_or(f64::NAN)
    }
}

pub(crate) struct Toks<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok>,
}

impl<'a> Toks<'a> {
    pub fn new(text: &'a str) -> Self {
        Toks { text, toks: tokenize(text) }
    }

    pub fn str(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Text between token `i - 1` and token `i`.
    pub fn gap(&self, i: usize) -> &'a str {
        match (i.checked_sub(1).and_then(|p| self.toks.get(p)), self.toks.get(i)) {
            (Some(p), Some(t)) => &self.text[p.end..t.start],
            _ => " ",
        }
    }

    pub fn glued(&self, i: usize) -> bool {
        self.gap(i).is_empty()
    }

    /// Token `i` follows the previous one after at most whitespace.
    pub fn near(&self, i: usize) -> bool {
        let gap = self.gap(i);
        gap.len() <= 4 && gap.chars().all(char::is_whitespace)
    }

    pub fn is_sym(&self, i: usize, s: &str) -> bool {
        self.kind(i) == Some(Kind::Sym) && self.str(i) == s
    }

    /// Digits at token `i`, with thousands groups and a decimal part.
    pub fn digits(&self, i: usize, lang: Lang) -> Option<Number> {
        if self.kind(i) != Some(Kind::Num) {
            return None;
        }
        let first = self.str(i);
        let mut int = first.to_string();
        let mut j = i + 1;
        let mut grouped = false;
        let is_group = |k: usize| self.kind(k) == Some(Kind::Num) && self.str(k).len() == 3;
        if first.len() <= 3 {
            // "20 000", "1 500 000"
            while is_group(j) && is_group_space(self.gap(j)) {
                int.push_str(self.str(j));
                j += 1;
                grouped = true;
            }
            // "100,000" (English), "1,200,000" or "1.200.000" (any)
            if !grouped {
                for sep in [",", "."] {
                    let mut groups = 0;
                    while self.is_sym(j + 2 * groups, sep)
                        && self.glued(j + 2 * groups)
                        && is_group(j + 2 * groups + 1)
                        && self.glued(j + 2 * groups + 1)
                    {
                        groups += 1;
                    }
                    let thousands = match (sep, lang) {
                        (",", Lang::En) => groups >= 1,
                        _ => groups >= 2,
                    };
                    if thousands {
                        for g in 0..groups {
                            int.push_str(self.str(j + 2 * g + 1));
                        }
                        j += 2 * groups;
                        grouped = true;
                        break;
                    }
                }
            }
        }
        let mut mantissa = int;
        if self.decimal_follows(j) {
            mantissa.push('.');
            mantissa.push_str(self.str(j + 1));
            j += 2;
        }
        let plain_integer = !grouped && !mantissa.contains('.');
        Some(Number { mantissa, exp: 0, next: j, plain_integer })
    }

    fn decimal_follows(&self, j: usize) -> bool {
        (self.is_sym(j, ".") || self.is_sym(j, ","))
            && self.glued(j)
            && self.kind(j + 1) == Some(Kind::Num)
            && self.glued(j + 1)
    }

    /// A number in words at token `i` ("two", "двумя", "twenty-five", "двадцать пять", "полтора").
    pub fn number_word(&self, i: usize) -> Option<Number> {
        if self.kind(i) != Some(Kind::Word) {
            return None;
        }
        let w = lower(self.str(i));
        let value = *NUMBER_WORDS.get(w.as_ref())?;
        let mut next = i + 1;
        let mut total = value;
        // "twenty-five", "двадцать пять", "двести пятьдесят три": each word adds a
        // smaller order of magnitude than the one before.
        let mut order = value;
        while order.fract() == 0.0 && order >= 20.0 {
            let k = if self.is_sym(next, "-") && self.glued(next) { next + 1 } else { next };
            if !(self.kind(k) == Some(Kind::Word) && self.near(k) || (k != next && self.glued(k))) {
                break;
            }
            let u = self.str(k).to_lowercase();
            let Some(&part) = NUMBER_WORDS.get(u.as_str()) else { break };
            let fits = if order >= 100.0 { part < 100.0 } else { part < 10.0 };
            if !(fits && part >= 1.0 && part.fract() == 0.0 && order % if order >= 100.0 { 100.0 } else { 10.0 } == 0.0) {
                break;
            }
            total += part;
            order = part;
            next = k + 1;
        }
        // "one and a half million", "две с половиной тысячи"
        if total.fract() == 0.0
            && self.str(next).eq_ignore_ascii_case("and")
            && self.str(next + 1).eq_ignore_ascii_case("a")
            && self.str(next + 2).eq_ignore_ascii_case("half")
        {
            total += 0.5;
            next += 3;
        }
        if total.fract() == 0.0 && self.str(next) == "с" && self.str(next + 1) == "половиной" {
            total += 0.5;
            next += 2;
        }
        // "two dozen", "полтора десятка", "два десятка": a count of dozens or tens.
        if self.kind(next) == Some(Kind::Word) && self.near(next) {
            let unit = match lower(self.str(next)).as_ref() {
                "dozen" | "dozens" if value != 12.0 => 12.0,
                "десяток" | "десятка" | "десятков" | "десятки" => 10.0,
                _ => 1.0,
            };
            if unit > 1.0 {
                total *= unit;
                next += 1;
            }
        }
        Some(Number { mantissa: format!("{total}"), exp: 0, next, plain_integer: false })
    }

    /// Scale words after a number: returns the power of ten and the next
    /// token. `allow_letter` admits the one-letter money scales of "$10m",
    /// "€2b", "$5k" when glued to the digits.
    pub fn scale(&self, i: usize, allow_letter: bool) -> Option<(i32, usize)> {
        let mut j = i;
        // "4.9-million"
        if self.is_sym(j, "-") && self.glued(j) && self.kind(j + 1) == Some(Kind::Word) && self.glued(j + 1) {
            j += 1;
        }
        if self.kind(j) != Some(Kind::Word) || !(self.near(j) || self.glued(j)) {
            return None;
        }
        let w = self.str(j).to_lowercase();
        let exp = match SCALES.iter().find(|(word, _)| *word == w) {
            Some((_, e)) => *e,
            None => scale_stem(&w)?,
        };
        if w.chars().count() == 1 && !(allow_letter && self.glued(j)) {
            return None;
        }
        let mut next = j + 1;
        if self.is_sym(next, ".") && self.glued(next) && ABBREVIATED_SCALES.contains(&w.as_str()) {
            next += 1;
        }
        Some((exp, next))
    }
}

const SCALES: &[(&str, i32)] = &[
    ("hundred", 2), ("hundreds", 2), ("thousand", 3), ("thousands", 3), ("k", 3), ("lakh", 5), ("lakhs", 5),
    ("million", 6), ("millions", 6), ("mln", 6), ("mn", 6), ("mil", 6), ("m", 6), ("crore", 7), ("crores", 7),
    ("billion", 9), ("billions", 9), ("bn", 9), ("bln", 9), ("b", 9), ("trillion", 12), ("trillions", 12),
    ("tn", 12), ("trn", 12),
    ("тыс", 3), ("млн", 6), ("млрд", 9), ("трлн", 12), ("сотни", 2),
];

const ABBREVIATED_SCALES: &[&str] = &["тыс", "млн", "млрд", "трлн", "mln", "mn", "bn", "bln", "tn", "trn", "k", "m", "b"];

/// Russian scale words in any case: "тысячи", "миллионов", "миллиардами".
fn scale_stem(w: &str) -> Option<i32> {
    [("тысяч", 3), ("миллион", 6), ("миллиард", 9), ("триллион", 12)]
        .iter()
        .find(|(stem, _)| w.starts_with(stem) && w.chars().count() <= stem.chars().count() + 3)
        .map(|(_, e)| *e)
}

/// Number words -> value. English to twenty and the tens;
/// Russian in every gender and case.
static NUMBER_WORDS: LazyLock<FxHashMap<&'static str, f64>> = LazyLock::new(|| {
    let mut m = FxHashMap::default();
    let en = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];
    for (i, w) in en.iter().enumerate() {
        m.insert(*w, (i + 1) as f64);
    }
    for (w, v) in [("thirty", 30.0), ("forty", 40.0), ("fifty", 50.0), ("sixty", 60.0), ("seventy", 70.0), ("eighty", 80.0), ("ninety", 90.0), ("dozen", 12.0)] {
        m.insert(w, v);
    }
    let ru: &[(&[&str], f64)] = &[
        (&["один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну", "одною"], 1.0),
        (&["два", "две", "двух", "двум", "двумя"], 2.0),
        (&["три", "трех", "трёх", "трем", "трём", "тремя"], 3.0),
        (&["четыре", "четырех", "четырёх", "четырем", "четырём", "четырьмя"], 4.0),
        (&["полтора", "полторы", "полутора"], 1.5),
        (&["сорок", "сорока"], 40.0),
        (&["полсотни", "полусотни", "полсотне", "полусотней"], 50.0),
        (&["девяносто", "девяноста"], 90.0),
        (&["сто", "ста"], 100.0),
        (&["двести", "двухсот", "двумстам", "двумястами"], 200.0),
        (&["триста", "трехсот", "трёхсот", "тремстам"], 300.0),
        (&["четыреста", "четырехсот", "четырёхсот"], 400.0),
        (&["пятьсот", "пятисот", "пятистам"], 500.0),
        (&["шестьсот", "шестисот"], 600.0),
        (&["семьсот", "семисот"], 700.0),
        (&["восемьсот", "восьмисот"], 800.0),
        (&["девятьсот", "девятисот"], 900.0),
        (&["hundred"], 100.0),
    ];
    for (forms, v) in ru {
        for f in *forms {
            m.insert(*f, *v);
        }
    }
    // 5..20 and 30 decline alike: пять, пяти, пятью.
    let soft: &[(&'static str, &'static str, &'static str, f64)] = &[
        ("пять", "пяти", "пятью", 5.0), ("шесть", "шести", "шестью", 6.0), ("семь", "семи", "семью", 7.0),
        ("восемь", "восьми", "восемью", 8.0), ("девять", "девяти", "девятью", 9.0), ("десять", "десяти", "десятью", 10.0),
        ("одиннадцать", "одиннадцати", "одиннадцатью", 11.0), ("двенадцать", "двенадцати", "двенадцатью", 12.0),
        ("тринадцать", "тринадцати", "тринадцатью", 13.0), ("четырнадцать", "четырнадцати", "четырнадцатью", 14.0),
        ("пятнадцать", "пятнадцати", "пятнадцатью", 15.0), ("шестнадцать", "шестнадцати", "шестнадцатью", 16.0),
        ("семнадцать", "семнадцати", "семнадцатью", 17.0), ("восемнадцать", "восемнадцати", "восемнадцатью", 18.0),
        ("девятнадцать", "девятнадцати", "девятнадцатью", 19.0), ("двадцать", "двадцати", "двадцатью", 20.0),
        ("тридцать", "тридцати", "тридцатью", 30.0), ("пятьдесят", "пятидесяти", "пятьюдесятью", 50.0),
        ("шестьдесят", "шестидесяти", "шестьюдесятью", 60.0), ("семьдесят", "семидесяти", "семьюдесятью", 70.0),
        ("восемьдесят", "восьмидесяти", "восемьюдесятью", 80.0),
    ];
    for (a, b, c, v) in soft {
        for f in [*a, *b, *c] {
            m.insert(f, *v);
        }
    }
    m
});

/// A Russian or English scale word that stands for "one <scale>" on its own:
/// "a million doses" (after "a"), "более миллиона доз", "тысячу тонн".
pub(crate) fn lone_scale(word: &str) -> Option<i32> {
    match word {
        "тысяча" | "тысячу" | "тысячи" | "тысяче" | "тысячей" => Some(3),
        "миллион" | "миллиона" | "миллиону" | "миллионом" | "миллионе" => Some(6),
        "миллиард" | "миллиарда" | "миллиарду" | "миллиардом" | "миллиарде" => Some(9),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_agrees_with_the_unicode_case_tables() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let s = c.to_string();
            let general = if c.is_uppercase() { s.to_lowercase() } else { s.clone() };
            assert_eq!(lower(&s), general, "{c:?}");
        }
    }

    fn parse(s: &str, lang: Lang) -> Option<f64> {
        let t = Toks::new(s);
        t.digits(0, lang).or_else(|| t.number_word(0)).map(|n| n.value())
    }

    #[test]
    fn digits_in_both_conventions() {
        let cases: &[(&str, Lang, f64)] = &[
            ("1.5", Lang::En, 1.5),
            ("1,5", Lang::Ru, 1.5),
            ("1,5", Lang::En, 1.5),
            ("100,000", Lang::En, 100000.0),
            ("1,200", Lang::Ru, 1.2),
            ("1,200,000", Lang::Ru, 1200000.0),
            ("1.200.000", Lang::Ru, 1200000.0),
            ("20 000", Lang::Ru, 20000.0),
            ("20\u{a0}000", Lang::Ru, 20000.0),
            ("1\u{202f}500\u{202f}000,5", Lang::Ru, 1500000.5),
            ("2021 150", Lang::Ru, 2021.0),
            ("1,234.5", Lang::En, 1234.5),
        ];
        for (s, lang, want) in cases {
            assert_eq!(parse(s, *lang), Some(*want), "{s}");
        }
    }

    #[test]
    fn number_words() {
        let cases: &[(&str, f64)] = &[
            ("two", 2.0), ("Eleven", 11.0), ("twenty-five", 25.0), ("двумя", 2.0), ("две", 2.0),
            ("пятнадцати", 15.0), ("двадцать пять", 25.0), ("полтора", 1.5), ("трёх", 3.0),
            ("двести", 200.0), ("двести пятьдесят три", 253.0), ("трехсот двадцати", 320.0), ("девяносто девять", 99.0),
            ("one and a half", 1.5), ("twenty-five and a half", 25.5), ("сто сто", 100.0), ("пять два", 5.0),
            ("two dozen", 24.0), ("полтора десятка", 15.0), ("двух десятков", 20.0), ("две с половиной", 2.5),
        ];
        for (s, want) in cases {
            assert_eq!(parse(s, Lang::Ru), Some(*want), "{s}");
        }
        assert_eq!(parse("twelfth", Lang::En), None);
    }

    #[test]
    fn tokens_split_letters_from_digits() {
        let t = Toks::new("Br1.2bn");
        let kinds: Vec<Kind> = t.toks.iter().map(|t| t.kind).collect();
        assert_eq!(kinds, vec![Kind::Word, Kind::Num, Kind::Sym, Kind::Num, Kind::Word]);
    }
}
