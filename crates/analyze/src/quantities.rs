//! Money amounts and counts of things in a sentence.
//!
//! A quantity is a number (digits or words, with a scale such as "million" or
//! "млрд") bound to a unit: a currency (ISO 4217, from a symbol, code or
//! word before or after the number) or a counted noun, given as an English
//! plural ("doses", "agreements"; Russian nouns are mapped through their
//! lemma). A number with no unit, a percentage, a year or an ordinal is not a
//! quantity: those are what make naive number extraction noisy.

use crate::morph::ru_morphology;
use crate::numbers::{lone_scale, Kind, Number, Toks};
use onshore_core::Lang;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// A quantity: `value` of `unit`, where unit is an ISO 4217 code for money or
/// an English plural lower-case noun for counts ("doses", "agreements").
#[derive(Debug, Clone, PartialEq)]
pub struct QuantityMention {
    pub span: Range<usize>,
    pub value: f64,
    pub unit: String,
}

impl QuantityMention {
    /// Money, as opposed to a count of things.
    pub fn is_money(&self) -> bool {
        self.unit.len() == 3 && self.unit.chars().all(|c| c.is_ascii_uppercase())
    }
}

/// All quantities of `sentence`, in order. `lang` selects the decimal
/// convention ("1,200" is 1200 in English, 1.2 in Russian) and how nouns are
/// read.
pub fn find_quantities(sentence: &str, lang: Lang) -> Vec<QuantityMention> {
    find_quantities_continuing(sentence, lang, None)
}

/// The quantities of a sentence that goes on from a sum told just before it in the
/// currency `carried` (an ISO code): "…130 млн рублей. Ещё 30 млн – субсидия фонда", "…$2
/// million in loans. Another 1.5 million came as a grant." A scaled number with no unit
/// that adds to it ("ещё", "another", "further") is in that currency.
pub fn find_quantities_continuing(sentence: &str, lang: Lang, carried: Option<&str>) -> Vec<QuantityMention> {
    let toks = Toks::new(sentence);
    let mut out: Vec<QuantityMention> = Vec::new();
    let mut i = 0;
    while i < toks.toks.len() {
        let last_count = out.iter().rev().find(|q| !q.is_money()).map(|q| q.unit.as_str());
        let last_money = out.last().filter(|q| q.is_money()).map(|q| q.unit.as_str());
        let carried = carried.filter(|_| out.is_empty());
        match parse_at(&toks, i, lang, Elided { count: last_count, money: last_money, carried }) {
            Parse::Found(q, next) => {
                out.push(q);
                i = next;
            }
            Parse::Both(lower, upper, next) => {
                out.push(lower);
                out.push(upper);
                i = next;
            }
            Parse::Skip(next) => i = next.max(i + 1),
        }
    }
    out
}

enum Parse {
    Found(QuantityMention, usize),
    /// The two bounds of a range whose currency only the first carries ("US$5-6 million").
    Both(QuantityMention, QuantityMention, usize),
    /// Nothing here; resume at this token (past a whole number that was rejected).
    Skip(usize),
}

/// Units told earlier in the sentence that a later number may leave out.
#[derive(Clone, Copy, Default)]
struct Elided<'a> {
    /// The previous count's unit: "4.9 million doses were donated, with another 4.6
    /// million purchased", "8 insulins, and another 8 will be made".
    count: Option<&'a str>,
    /// The currency of the sentence's previous quantity, if a sum: "10 млрд рублей, 1,5 млрд из которых", "$1.5 billion,
    /// of which $600 million".
    money: Option<&'a str>,
    /// The currency of the sum the previous sentence ended on, before any quantity of this one.
    carried: Option<&'a str>,
}

fn parse_at(t: &Toks, i: usize, lang: Lang, elided: Elided) -> Parse {
    let elided_unit = elided.count;
    let start = t.toks[i].start;
    // 1. A currency before the number: "$", "US$", "€", "Br", "USD ".
    let (prefix_currency, num_at) = match currency_prefix(t, i) {
        Some((code, next)) => (Some(code), next),
        None => (None, i),
    };
    // 2. The number.
    let number = if prefix_currency.is_some() {
        t.digits(num_at, lang).or_else(|| t.number_word(num_at))
    } else {
        number_here(t, num_at, lang)
    };
    let Some(mut number) = number else {
        return Parse::Skip(i + 1);
    };
    let reject = Parse::Skip(number.next);
    if prefix_currency.is_none() && t.kind(num_at) == Some(Kind::Num) && !standalone_digits(t, num_at) {
        return reject;
    }
    if is_ordinal(t, number.next) {
        return reject;
    }
    // 3. Scale words, possibly two ("five hundred thousand").
    let mut scaled = false;
    let mut j = number.next;
    let one_comma_group = t.kind(num_at) == Some(Kind::Num)
        && t.str(num_at).len() <= 3
        && t.is_sym(num_at + 1, ",")
        && number.next == num_at + 3
        && !number.mantissa.contains('.');
    // "1.2m doses", "500k syringes": a one-letter scale glued to the digits, before a
    // catalogued noun or currency (alone, "10m" is as often metres).
    let letter_scale = prefix_currency.is_some() || {
        let after = crate::numbers::lower(t.str(j + 1));
        t.glued(j) && t.near(j + 1) && (EN_UNITS.contains_key(after.as_ref()) || EN_CURRENCY.contains_key(after.as_ref()))
    };
    while let Some((exp, next)) = t.scale(j, letter_scale) {
        if scaled && exp == 2 {
            break;
        }
        number.exp += exp;
        scaled = true;
        j = next;
        if exp != 2 {
            break;
        }
    }
    number.next = j;
    // "1,416 billion soms" in the region's English press is 1.416 billion: a writer meaning
    // 1,416 billion would say 1.4 trillion. ("1,500 million" stays 1.5 billion either way.)
    if one_comma_group && number.exp >= 9 {
        let (int, frac) = number.mantissa.split_at(t.str(num_at).len());
        number.mantissa = format!("{int}.{frac}");
    }
    // "53 тысячи 836 доз", "38 млрд 607,6 млн долларов", "7 миллионов 440 тысяч": the rest
    // of the number after its scale word.
    let mut rest_value = 0.0;
    if scaled && number.exp >= 3 {
        if let Some((rest, next)) = compound_rest(t, j, number.exp, lang) {
            rest_value = rest;
            j = next;
            number.next = j;
        }
    }
    // A range shares its scale and unit: "$10-20 million", "3–4 million doses",
    // "от 10 до 20 млн рублей". Both bounds are quantities.
    if !scaled {
        if let Some(found) = range_lower_bound(t, i, &number, j, lang, prefix_currency) {
            return found;
        }
    }
    // A digit run glued to letters that are no scale: "5G", "3D", "10mg".
    if t.kind(j) == Some(Kind::Word) && t.glued(j) && t.kind(j - 1) == Some(Kind::Num) {
        return reject;
    }
    if is_percent(t, j) || t.is_sym(j, ":") && t.glued(j) {
        return reject;
    }
    let value = number.value() + rest_value;
    if !value.is_finite() || value <= 0.0 {
        return reject;
    }
    // "one of", "одной дозы": the word one is an article or pronoun far more
    // often than a count.
    if value == 1.0 && !scaled && t.kind(num_at) == Some(Kind::Word) && prefix_currency.is_none() {
        return reject;
    }
    let quantity = |unit: String, end_tok: usize| {
        let end = t.toks[end_tok - 1].end;
        Parse::Found(QuantityMention { span: start..end, value, unit }, end_tok)
    };
    // 4. Money: the prefix, or a currency after the number.
    if let Some(code) = prefix_currency {
        // "$5 million dollars" happens; swallow a redundant suffix.
        let end = currency_suffix(t, j, lang).map_or(j, |(_, next)| next);
        return quantity(code.to_string(), end);
    }
    if let Some((code, next)) = currency_suffix(t, j, lang) {
        return quantity(code.to_string(), next);
    }
    // 5. A counted noun.
    if !scaled && number.plain_integer && is_year_context(t, num_at, &number) {
        return reject;
    }
    // "10 ml syringes", "500 мг таблеток": a size of the thing, not how many.
    if t.kind(j) == Some(Kind::Word) && t.near(j) && SIZE_UNITS.contains(&crate::numbers::lower(t.str(j)).as_ref()) {
        return reject;
    }
    let counted = counted_noun(t, j, lang, value).or_else(|| counted_after_model_names(t, j, lang, value));
    if let Some((unit, next)) = counted {
        // "the Soberana 2 vaccine", "a 5 ton truck": an English noun left singular after a
        // number above one is named or sized by it, not counted.
        // A plural after it is the head ("400 new job opportunities").
        if lang == Lang::En && !scaled && value > 1.0 && singular_head(t.str(next - 1)) && !matches!(t.str(j), "pieces" | "units" | "pcs") && !EN_KIND_OF.contains(&t.str(j)) {
            if unit == "jobs" && t.near(next) && matches!(t.str(next), "opportunities" | "places" | "positions" | "openings") {
                return quantity(unit, next + 1);
            }
            return reject;
        }
        // "one of two components": the whole a single thing is picked from, not an amount;
        // but "one of 55 projects" counts a program's projects or a batch's documents.
        if one_of(t, num_at) && !(unit == "projects" || is_document_count(&unit)) {
            return reject;
        }
        // "28.12 Фармацевтический завод" is a date before a headline: things are counted
        // whole unless measured ("2.5 tons") or scaled ("1,5 тысячи").
        if !scaled && value.fract() != 0.0 && !MEASURE_UNITS.contains(&unit.as_str()) {
            return reject;
        }
        // "all three projects", "все три проекта", "these two plants", "в эти два проекта":
        // the ones just told, counted again.
        if num_at > 0 && prefix_currency.is_none() {
            let prev = t.str(num_at - 1).to_lowercase();
            let all = matches!(prev.as_str(), "all" | "все" | "всех" | "всеми" | "both" | "оба" | "обе" | "обоих");
            let these = matches!(prev.as_str(), "these" | "those" | "эти" | "этих" | "этим" | "этими" | "те" | "тех" | "данные" | "данных" | "указанные" | "указанных");
            if these || all && t.kind(num_at) == Some(Kind::Word) {
                return reject;
            }
        }
        // "подписали два проекта": what is signed is an agreement on a project.
        if unit == "projects" && num_at > 0 && signed_before(t, num_at) {
            return quantity("agreements".to_string(), next);
        }
        return quantity(unit, next);
    }
    if let Some(code) = elided.money {
        if scaled && number.exp >= 6 && share_of_previous(t, num_at, j) {
            return quantity(code.to_string(), j);
        }
    }
    if let Some(code) = elided.carried {
        if scaled && number.exp >= 3 && follows_another(t, num_at) && !names_another_noun(t, j, lang) {
            return quantity(code.to_string(), j);
        }
    }
    if let Some(unit) = elided_unit {
        if (scaled || follows_another(t, num_at)) && !names_another_noun(t, j, lang) {
            return quantity(unit.to_string(), j);
        }
        // "23 agreements, 14 of them on investment", "100 units this year, more than 900
        // in five years", "в том числе 14 инвестиционных": a part or a bound of the count.
        // "1,000 vehicles, increasing the number to 5,000 in five years": the same count, later.
        if num_at >= 2 && t.str(num_at - 1) == "to" && t.str(num_at - 2) == "number" && !names_another_noun(t, j, lang) {
            return quantity(unit.to_string(), j);
        }
        if part_of_previous(t, num_at) {
            if let Some(end) = bare_number_end(t, j) {
                return quantity(unit.to_string(), end);
            }
        }
    }
    // "jobs for 268 people", "рабочие места для 120 человек": the people are the jobs. So
    // are Russian people given work with no jobs named ("трудоустроят 950 человек", "50
    // человек получили работу"); English counts people ("will employ up to 2,000 people").
    // One adjective may stand before the people: "450 local residents", "450 местных жителей".
    let people_at = if t.kind(j + 1) == Some(Kind::Word) && t.near(j + 1) && matches!(t.str(j).to_lowercase().as_str(), "local" | "new" | "additional" | "skilled" | "местных" | "новых" | "дополнительных") { j + 1 } else { j };
    if matches!(t.str(people_at).to_lowercase().as_str(), "people" | "persons" | "residents" | "locals" | "человек" | "жителей") && t.near(j) {
        // English keeps the text's own noun ("will employ 700 people"); Russian "человек" is
        // rendered as the jobs the people get, as the annotated Russian stories have it.
        let russian = t.str(people_at).chars().any(|c| ('а'..='я').contains(&c));
        match gives_work_before(t, num_at) {
            Some(Work::Jobs) => return quantity("jobs".to_string(), people_at + 1),
            Some(Work::Employs) => return quantity(if russian { "jobs" } else { "people" }.to_string(), people_at + 1),
            None if russian && given_work_after(t, people_at + 1) => return quantity("jobs".to_string(), people_at + 1),
            None => {}
        }
    }
    // A vaccine batch measured in the people it covers: "объём партии – 100 тысяч человек",
    // "доз хватит на 50 тысяч человек", "enough to vaccinate 100,000 people".
    if matches!(t.str(people_at).to_lowercase().as_str(), "people" | "человек") && t.near(j) && vaccinates_before(t, num_at) {
        return quantity("people".to_string(), people_at + 1);
    }
    // "the number of free doses was 300 thousand", "количество доз составило 300 тыс.":
    // the counted noun comes first.
    if let Some(unit) = counted_before(t, num_at, lang, value) {
        if let Some(end) = bare_number_end(t, j) {
            return quantity(unit, end);
        }
    }
    reject
}

/// After a number and its scale (power of ten `exp`) at `j`: digits below that scale,
/// with a smaller scale of their own or, after thousands, none ("тысячи 836 доз").
/// Returns the value they add and the token after them. A day of a month or a year
/// after a scale ("5 тысяч 20 апреля", "2 млн 2021 года") is no part of the number.
fn compound_rest(t: &Toks, j: usize, exp: i32, lang: Lang) -> Option<(f64, usize)> {
    if !t.near(j) {
        return None;
    }
    let rest = t.digits(j, lang)?;
    let value = rest.value();
    if !(value > 0.0 && value < 1000.0) {
        return None;
    }
    if let Some((smaller, next)) = t.scale(rest.next, false) {
        if !(smaller < exp && smaller >= 3) {
            return None;
        }
        // "21 миллионов 188 тысяч 509 долларов": the rest has a rest of its own.
        let (below, end) = compound_rest(t, next, smaller, lang).unwrap_or((0.0, next));
        return Some((value * 10f64.powi(smaller) + below, end));
    }
    if exp != 3 || !rest.plain_integer || crate::dates::is_month_word(t.str(rest.next)) {
        return None;
    }
    // The thousands' remainder is the last part: a unit or a currency follows it.
    (t.kind(rest.next) == Some(Kind::Word) && t.near(rest.next)).then_some((value, rest.next))
}

/// Words before a number that make it a part or a bound of a count just made.
fn part_of_previous(t: &Toks, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let prev = t.str(i - 1).to_lowercase();
    let before = if i >= 2 { t.str(i - 2).to_lowercase() } else { String::new() };
    matches!(prev.as_str(), "более" | "свыше" | "около" | "including" | "almost" | "nearly")
        || (prev == "числе" && before == "том")
        || (prev == "них" && before == "из")
        || (prev == "than" && before == "more")
        || (prev == "to" && before == "up")
}

/// Counts of signed documents, which a batch is told by.
fn is_document_count(unit: &str) -> bool {
    matches!(unit, "agreements" | "documents" | "contracts" | "memorandums" | "memoranda" | "deals")
}

/// Sizes written after a number: volume, mass, length, power.
const SIZE_UNITS: &[&str] = &["ml", "mg", "mcg", "mm", "cm", "kw", "mw", "kv", "мл", "мг", "мкг", "мм", "см", "квт", "мвт"];

/// A catalogued English noun in the singular ("vaccine", "ton"), whose plural differs.
fn singular_head(word: &str) -> bool {
    let lower = word.to_lowercase();
    !lower.ends_with('s') && lower != "mou" && EN_UNITS.get(lower.as_str()).is_some_and(|u| *u != lower)
}

/// Units of measure, which may be fractional unscaled ("2.5 tons").
const MEASURE_UNITS: &[&str] = &["tons", "tonnes", "liters", "litres", "hectares", "centners", "kilograms"];

/// A count whose noun comes after model or brand names: "1,000 Dena and Dena+ vehicles",
/// "50 Belarus-80.1 and Belarus-80.2 tractors". English only, and only a catalogued noun
/// ends the run: a capitalised run before anything else is a name, not a count.
fn counted_after_model_names(t: &Toks, j: usize, lang: Lang, value: f64) -> Option<(String, usize)> {
    if lang != Lang::En {
        return None;
    }
    let capitalised = |k: usize| t.kind(k) == Some(Kind::Word) && t.str(k).chars().next().is_some_and(|c| c.is_ascii_uppercase());
    if !capitalised(j) || !t.near(j) {
        return None;
    }
    let mut k = j;
    let mut names = 0;
    while k < j + 12 {
        if capitalised(k) && (k == j || t.near(k) || t.glued(k)) {
            names += 1;
            k += 1;
            // "-80.1", "+", ".2": the rest of a model name, glued.
            while t.glued(k) && (t.kind(k) == Some(Kind::Num) || matches!(t.str(k), "-" | "+" | ".")) && (t.str(k) != "." || t.glued(k + 1)) {
                k += 1;
            }
            continue;
        }
        if names > 0 && matches!(t.str(k), "and" | ",") && capitalised(k + 1) {
            k += 1;
            continue;
        }
        break;
    }
    let word = t.str(k);
    if names == 0 || names > 4 || word != word.to_lowercase() || !EN_UNITS.contains_key(word) {
        return None;
    }
    counted_noun(t, k, lang, value)
}

/// A scaled number with no unit told as a share of the sum before it: "1,5 млрд из
/// которых", "из них 2 млрд", "в том числе 300 млн", "including 600 million", "600 million
/// of which".
fn share_of_previous(t: &Toks, i: usize, j: usize) -> bool {
    let word = |k: usize| t.str(k).to_lowercase();
    let after = (word(j) == "из" && matches!(word(j + 1).as_str(), "которых" | "них")) || (word(j) == "of" && word(j + 1) == "which");
    let before = i >= 2 && matches!((word(i - 2).as_str(), word(i - 1).as_str()), ("из", "них") | ("из", "которых") | ("том", "числе") | ("of", "which"))
        || i >= 1 && word(i - 1) == "including";
    after || before
}

/// Where a number with no noun of its own ends: at punctuation or the end of
/// the sentence, past one Russian adjective ("14 инвестиционных,") at most.
fn bare_number_end(t: &Toks, j: usize) -> Option<usize> {
    match t.kind(j) {
        None | Some(Kind::Sym) => Some(j),
        Some(Kind::Word) => {
            let w = t.str(j).to_lowercase();
            let adjective = is_cyrillic(&w) && ["ых", "их", "ые", "ие", "ой", "ый", "ий", "ая", "ое"].iter().any(|e| w.ends_with(e));
            (adjective && !matches!(t.kind(j + 1), Some(Kind::Word))).then_some(j + 1)
        }
        Some(Kind::Num) => None,
    }
}

/// "number of X" / "количество X" / "число X" shortly before the number, X a counted noun.
fn counted_before(t: &Toks, i: usize, lang: Lang, value: f64) -> Option<String> {
    let from = i.saturating_sub(6);
    for k in from..i {
        let w = t.str(k).to_lowercase();
        let head = match w.as_str() {
            "number" if t.str(k + 1) == "of" => k + 2,
            "количество" | "число" => k + 1,
            _ => continue,
        };
        // The noun may follow one modifier ("количество бесплатных доз").
        for n in head..(head + 2).min(i) {
            if let Some((unit, _)) = counted_noun(t, n, lang, value) {
                return Some(unit);
            }
        }
    }
    None
}

/// At `j`, after an unscaled number starting at token `i`: a range connector
/// and an upper bound with a scale or unit. Returns the lower bound with the
/// upper bound's scale and unit; parsing resumes at the connector.
fn range_lower_bound(t: &Toks, i: usize, lower: &Number, j: usize, lang: Lang, currency: Option<&str>) -> Option<Parse> {
    let connector = t.str(j);
    let dash = matches!(connector, "-" | "–" | "—") && t.kind(j) == Some(Kind::Sym);
    if !(dash || matches!(connector.to_lowercase().as_str(), "to" | "до")) || !(t.near(j) || t.glued(j)) {
        return None;
    }
    // "COVID-19" and "2019-2021" are not ranges; digits on both sides are.
    if t.kind(i) != Some(Kind::Num) && currency.is_none() {
        return None;
    }
    let upper_at = match currency_prefix(t, j + 1) {
        Some((_, k)) => k,
        None => j + 1,
    };
    let upper = t.digits(upper_at, lang)?;
    let lower_value = lower.value();
    if !(lower_value > 0.0 && lower_value < upper.value()) {
        return None;
    }
    let lower_span = t.toks[i].start..t.toks[j - 1].end;
    match parse_at(t, j + 1, lang, Elided::default()) {
        Parse::Found(q, _) => {
            let mut factor = q.value / upper.value();
            if !(factor >= 1.0 && factor.is_finite()) {
                return None;
            }
            // "500-600,000 doses": the lower bound leaves out the thousands the upper one writes.
            let grouped = !upper.plain_integer && !upper.mantissa.contains('.');
            if factor == 1.0 && grouped && lower.plain_integer && lower_value < 1000.0 && upper.value() >= 1000.0 && lower_value * 1000.0 < upper.value() && lower_value * 10000.0 >= upper.value() {
                factor = 1000.0;
            }
            // The upper bound is read next, on its own.
            Some(Parse::Found(QuantityMention { span: lower_span, value: lower_value * factor, unit: q.unit }, j))
        }
        _ => {
            // "US$5-6 million": the upper bound has the scale, the lower the currency.
            let code = currency?;
            let (exp, next) = t.scale(upper.next, true)?;
            let factor = 10f64.powi(exp);
            let unit = code.to_string();
            let upper_span = t.toks[upper_at].start..t.toks[next - 1].end;
            Some(Parse::Both(
                QuantityMention { span: lower_span, value: lower_value * factor, unit: unit.clone() },
                QuantityMention { span: upper_span, value: upper.value() * factor, unit },
                next,
            ))
        }
    }
}

/// After a scaled number at `j`, the start of a noun phrase of its own: the number counts
/// something else than the sentence's previous count, named by a noun we do not know
/// ("150 тысяч масок, 2 тысячи защитных козырьков", "100 new jobs ... 20 million infusion
/// and dialysis products"). A verb or a full stop there leaves the unit elided ("another 4.6
/// million purchased", "ещё 1,5 млн ожидается").
fn names_another_noun(t: &Toks, j: usize, lang: Lang) -> bool {
    if t.kind(j) != Some(Kind::Word) || !t.near(j) {
        return false;
    }
    let w = t.str(j).to_lowercase();
    if STOP_WORDS.contains(&w.as_str()) {
        return false;
    }
    if is_cyrillic(&w) || lang == Lang::Ru {
        // A Russian adjective in the genitive plural before a word ("защитных козырьков"), or a
        // noun in the genitive plural ("4 млн картриджей", "2 млн пакетов").
        let adjective = (w.ends_with("ых") || w.ends_with("их")) && w.chars().count() >= 4 && t.kind(j + 1) == Some(Kind::Word) && t.near(j + 1);
        let noun = ["ов", "ев", "ей"].iter().any(|e| w.ends_with(e)) && w.chars().count() >= 5 && ru_morphology().lemmas(t.str(j)).iter().all(|l| l.as_str() != w);
        let people = matches!(w.as_str(), "человек" | "жителей" | "граждан" | "россиян" | "детей" | "пациентов" | "людей");
        return adjective || noun || people;
    }
    // English: a plural noun within the next three words, before any verb-like word or stop word.
    for k in j..j + 4 {
        if t.kind(k) != Some(Kind::Word) || !(k == j || t.near(k)) {
            return false;
        }
        let w = t.str(k).to_lowercase();
        if STOP_WORDS.contains(&w.as_str()) && w != "and" || w.ends_with("ed") {
            return false;
        }
        if EN_VERBS_AFTER_AMOUNT.contains(&w.as_str()) {
            return false;
        }
        if looks_like_plural_noun(&w) || EN_UNITS.contains_key(w.as_str()) || matches!(w.as_str(), "people" | "children" | "staff" | "personnel") {
            return true;
        }
    }
    false
}

/// "another 8", "ещё 4,6 млн": a number that continues a count already made.
fn follows_another(t: &Toks, i: usize) -> bool {
    i > 0 && matches!(t.str(i - 1).to_lowercase().as_str(), "another" | "further" | "additional" | "ещё" | "еще" | "другие" | "других")
}

/// A number at token `i`: digits, a number word, "a million", or a lone
/// Russian scale word ("более миллиона доз").
fn number_here(t: &Toks, i: usize, lang: Lang) -> Option<Number> {
    if let Some(n) = t.digits(i, lang) {
        return Some(n);
    }
    // Number words are short; most words are not ("полумиллиарда" is 26 bytes).
    if t.kind(i) != Some(Kind::Word) || t.str(i).len() > 30 {
        return None;
    }
    let w = crate::numbers::lower(t.str(i));
    if (w == "a" || w == "an") && t.scale(i + 1, false).is_some_and(|(e, _)| e >= 3) {
        return Some(Number { mantissa: "1".into(), exp: 0, next: i + 1, plain_integer: false });
    }
    // "a quarter of a million"
    if w == "quarter" && t.str(i + 1) == "of" && matches!(t.str(i + 2), "a" | "an") {
        if let Some((exp, next)) = t.scale(i + 3, false).filter(|(e, _)| *e >= 3) {
            return Some(Number { mantissa: "0.25".into(), exp, next, plain_integer: false });
        }
    }
    // "half a million", "полмиллиона", "полтысячи"
    if w == "half" && matches!(t.str(i + 1), "a" | "an") {
        if let Some((exp, next)) = t.scale(i + 2, false).filter(|(e, _)| *e >= 3) {
            return Some(Number { mantissa: "0.5".into(), exp, next, plain_integer: false });
        }
    }
    // "полумиллиарда" is the genitive of "полмиллиарда"
    if let Some(rest) = w.strip_prefix("полу").or_else(|| w.strip_prefix("пол")).filter(|r| r.chars().count() >= 4) {
        if let Some(exp) = lone_scale(rest) {
            return Some(Number { mantissa: "0.5".into(), exp, next: i + 1, plain_integer: false });
        }
    }
    if let Some(exp) = lone_scale(&w) {
        let mut next = i + 1;
        if t.is_sym(next, ".") && t.glued(next) {
            next += 1;
        }
        return Some(Number { mantissa: "1".into(), exp, next, plain_integer: false });
    }
    t.number_word(i)
}

/// Digits not glued to a word before them ("COVID-19", "A320", "H1N1") and
/// not after "No."/"№".
fn standalone_digits(t: &Toks, i: usize) -> bool {
    // "02", "08": a leading zero writes a month or a day, never an amount.
    let digits = t.str(i);
    if digits.len() >= 2 && digits.starts_with('0') {
        return false;
    }
    if i == 0 {
        return true;
    }
    let prev = i - 1;
    if t.glued(i) {
        match t.kind(prev) {
            Some(Kind::Word) => return false,
            // "2021-08-25": the day of an ISO date (its month has a leading zero or is
            // followed by the day the same way).
            Some(Kind::Sym) if t.str(prev) == "-" && prev >= 2 && t.glued(prev) && t.kind(prev - 1) == Some(Kind::Num) && t.is_sym(prev - 2, "-") && t.glued(prev - 1) => return false,
            Some(Kind::Sym) if t.str(prev) == "-" && prev >= 1 && t.glued(prev) && t.kind(prev - 1) == Some(Kind::Num) && t.str(prev - 1).len() == 4 && t.is_sym(i + 1, "-") && t.glued(i + 1) && t.kind(i + 2) == Some(Kind::Num) => return false,
            Some(Kind::Sym) if t.str(prev) == "-" => {
                // "3-4 million" is a range; "COVID-19" is a name.
                return !(prev > 0 && t.glued(prev) && t.kind(prev - 1) == Some(Kind::Word));
            }
            Some(Kind::Sym) if matches!(t.str(prev), "." | "," | "/" | "#" | "№" | ":") => return false,
            _ => {}
        }
    }
    if matches!(t.str(prev), "№" | "#") {
        return false;
    }
    // A model number after a brand in capitals: "TORUM 750", "MAZ 5440", "BELAZ 75710".
    let brand = t.str(prev);
    if t.kind(prev) == Some(Kind::Word)
        && brand.chars().count() >= 3
        && brand.chars().all(|c| c.is_uppercase())
        && iso_code(brand).is_none()
        && !matches!(brand, "USD" | "EUR" | "RUB")
    {
        return false;
    }
    // "Nov. 12 meeting", "March 5 talks": a day of a date.
    let month_word = if t.is_sym(prev, ".") && prev > 0 { prev - 1 } else { prev };
    if t.kind(month_word) == Some(Kind::Word) && t.str(month_word).chars().next().is_some_and(char::is_uppercase) && crate::dates::is_month_word(t.str(month_word)) {
        return false;
    }
    if t.is_sym(prev, ".") && prev > 0 && matches!(t.str(prev - 1), "No" | "no" | "Nr") {
        return false;
    }
    true
}

/// "one of two components", "один из двух компонентов": the number names the whole a
/// single thing is picked from, not an amount of anything.
fn one_of(t: &Toks, i: usize) -> bool {
    i >= 2
        && matches!(t.str(i - 1), "of" | "из")
        && matches!(t.str(i - 2).to_lowercase().as_str(), "one" | "один" | "одна" | "одно" | "одного" | "одной" | "одним" | "одну")
}

/// How work is given to the people counted next.
enum Work {
    /// Jobs named: "jobs for", "рабочие места для".
    Jobs,
    /// People employed: "employ about", "трудоустроят", "обеспечит работой около".
    Employs,
}

/// Work given to the people counted next, said in the four words before the number.
fn gives_work_before(t: &Toks, i: usize) -> Option<Work> {
    let words: Vec<String> = (i.saturating_sub(4)..i).map(|k| t.str(k).to_lowercase()).collect();
    let has = |w: &str| words.iter().any(|x| x == w);
    if (has("for") || has("для")) && words.iter().any(|w| matches!(w.as_str(), "jobs" | "employment" | "workplaces" | "места" | "мест" | "работу")) {
        return Some(Work::Jobs);
    }
    // "will employ", "трудоустроят", "обеспечит работой", and a staff told by its size ("the
    // workforce will be", "штат составит", "численность персонала — ").
    let employs = words.iter().any(|w| {
        matches!(w.as_str(), "employ" | "employs" | "employing" | "workforce" | "staff" | "работой" | "штат" | "персонал" | "персонала" | "численность")
            || w.starts_with("трудоустро")
            // "будут трудиться 200 человек", "will hire 150 people"
            || matches!(w.as_str(), "hire" | "hires" | "hired" | "hiring" | "трудиться" | "трудятся" | "трудится")
    });
    // "приняла на работу 65 человек", "будут работать 200 человек"
    let hires = words.windows(2).any(|p| p[0] == "на" && p[1] == "работу")
        || words.iter().any(|w| matches!(w.as_str(), "работать" | "работают" | "работает" | "работало"));
    let employs = employs || hires;
    employs.then_some(Work::Employs)
}

/// Work given to the people just counted, said in the three words after them: "50 человек
/// получили работу", "200 people will be employed", "350 жителей трудоустроены".
fn given_work_after(t: &Toks, i: usize) -> bool {
    let words: Vec<String> = (i..i + 3).map(|k| t.str(k).to_lowercase()).collect();
    words.iter().any(|w| w.starts_with("трудоустро") || matches!(w.as_str(), "employed" | "hired"))
        || words.windows(2).any(|p| matches!(p[0].as_str(), "получили" | "получат" | "получит") && matches!(p[1].as_str(), "работу" | "работы" | "рабочие"))
}

/// A batch or doses told in the six words before the number, or vaccinating (how many were
/// vaccinated at large is no amount of a supply: "вакцинацию прошли 2 млн человек").
fn vaccinates_before(t: &Toks, i: usize) -> bool {
    // "на 50 тысяч человек", "партии – 100 тысяч", "vaccinate 70,000", "doses for 70,000": the
    // people are what the batch is measured in, not a tally of who was vaccinated.
    let measured = i > 0 && matches!(t.str(i - 1).to_lowercase().as_str(), "на" | "–" | "—" | "-" | "for" | "vaccinate" | "inoculate" | "immunize");
    measured && (i.saturating_sub(6)..i).any(|k| {
        let w = t.str(k).to_lowercase();
        matches!(w.as_str(), "партии" | "партия" | "доз" | "дозы" | "doses" | "vaccinate" | "inoculate" | "immunize")
    })
}

/// A signing verb just before the number: "signed 2 projects", "подписали два проекта".
fn signed_before(t: &Toks, i: usize) -> bool {
    (i.saturating_sub(2)..i).any(|k| {
        let w = t.str(k).to_lowercase();
        w.starts_with("подписа") || w == "signed"
    })
}

/// "6th", "1st", "6-й", "2-го".
fn is_ordinal(t: &Toks, j: usize) -> bool {
    if t.kind(j) == Some(Kind::Word) && t.glued(j) && matches!(t.str(j), "st" | "nd" | "rd" | "th") {
        return true;
    }
    t.is_sym(j, "-")
        && t.glued(j)
        && t.glued(j + 1)
        && matches!(
            t.str(j + 1),
            "й" | "го" | "м" | "я" | "х" | "е" | "ю" | "ой" | "ый" | "ий" | "ая" | "ое" | "ом" | "ого" | "ей" | "ти" | "ми"
        )
}

fn is_percent(t: &Toks, j: usize) -> bool {
    if t.is_sym(j, "%") || t.is_sym(j, "‰") {
        return true;
    }
    if t.kind(j) != Some(Kind::Word) || !t.near(j) {
        return false;
    }
    let w = t.str(j).to_lowercase();
    w == "percent"
        || w == "pct"
        || w.starts_with("процент")
        || (w == "per" && t.str(j + 1).eq_ignore_ascii_case("cent"))
        || (w == "percentage" && t.str(j + 1).starts_with("point"))
        || (w == "п" && t.is_sym(j + 1, "."))
        || w == "pp"
}

/// A bare four-digit year: "in 2022", "в 2021 году", "2019-2021".
fn is_year_context(t: &Toks, i: usize, number: &Number) -> bool {
    let Ok(y) = number.mantissa.parse::<i32>() else { return false };
    if !(1900..=2100).contains(&y) || number.mantissa.len() != 4 {
        return false;
    }
    let next = t.str(number.next).to_lowercase();
    if next.starts_with("год") || next.starts_with("year") || next == "г" || next == "гг" || t.is_sym(number.next, "-") {
        return true;
    }
    if i == 0 {
        return false;
    }
    let prev = t.str(i - 1).to_lowercase();
    matches!(
        prev.as_str(),
        "in" | "since" | "by" | "until" | "till" | "of" | "from" | "for" | "to" | "during" | "the" | "и" | "в"
            | "во" | "с" | "до" | "по" | "к" | "от" | "за" | "and" | "-" | "–" | "—"
    ) || crate::dates::is_month_word(t.str(i - 1))
}

// ---------------------------------------------------------------- currency

/// ISO 4217 codes recognised when written as codes.
const ISO_CODES: &[&str] = &[
    "USD", "EUR", "RUB", "BYN", "BYR", "KZT", "CNY", "RMB", "UZS", "KGS", "TJS", "AMD", "AZN", "GEL", "MNT",
    "INR", "IRR", "TRY", "TMT", "GBP", "JPY", "CHF", "VND", "UAH", "KRW", "AED", "SAR", "PKR", "CAD",
    "AUD", "HKD", "SGD", "MDL", "BRL", "EGP", "IDR", "MYR", "THB", "ZAR", "SEK", "NOK", "PLN", "CZK",
    "HUF", "QAR", "KWD", "ILS", "MXN", "NGN", "KPW", "LAK", "AFN", "BDT",
];

fn iso_code(w: &str) -> Option<&'static str> {
    if w.len() != 3 || !w.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    match w {
        "RMB" => Some("CNY"),
        _ => ISO_CODES.iter().copied().find(|c| *c == w),
    }
}

fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "CNY",
        "₽" => "RUB",
        "₸" => "KZT",
        "₴" => "UAH",
        "₹" => "INR",
        "₺" => "TRY",
        "₼" => "AZN",
        "₾" => "GEL",
        "₮" => "MNT",
        "֏" => "AMD",
        "₫" => "VND",
        "₩" => "KRW",
        _ => return None,
    })
}

/// A currency written before a number; returns the code and the number's token.
fn currency_prefix(t: &Toks, i: usize) -> Option<(&'static str, usize)> {
    let s = t.str(i);
    let number_at = |k: usize| (t.kind(k) == Some(Kind::Num) && (t.glued(k) || t.near(k))).then_some(k);
    match t.kind(i)? {
        Kind::Sym => {
            let code = currency_symbol(s)?;
            // "US$", "C$": the letters before were already passed over; the symbol alone decides
            number_at(i + 1).map(|k| (code, k))
        }
        Kind::Word => {
            // "US$5", "HK$2", "C$1"
            if t.is_sym(i + 1, "$") && t.glued(i + 1) {
                let code = match s {
                    "US" => "USD",
                    "C" | "CA" => "CAD",
                    "A" | "AU" => "AUD",
                    "HK" => "HKD",
                    "S" => "SGD",
                    _ => return None,
                };
                return number_at(i + 2).map(|k| (code, k));
            }
            let code = match s {
                "Br" => "BYN",
                "Dh" | "Dhs" => "AED",
                "Rs" => "INR",
                "RM" => "MYR",
                "Tk" => "BDT",
                _ => iso_code(s)?,
            };
            let k = if t.is_sym(i + 1, ".") && t.glued(i + 1) { i + 2 } else { i + 1 };
            number_at(k).map(|k| (code, k))
        }
        Kind::Num => None,
    }
}

/// A currency after the number (and scale): "dollars", "US dollars",
/// "Belarusian rubles", "USD", "₽", "рублей", "белорусских рублей", "долл. США".
fn currency_suffix(t: &Toks, j: usize, lang: Lang) -> Option<(&'static str, usize)> {
    if !t.near(j) && !t.glued(j) {
        return None;
    }
    // "4.9-million-dollar"
    if t.is_sym(j, "-") && t.glued(j) && t.kind(j + 1) == Some(Kind::Word) && t.glued(j + 1) {
        return currency_suffix(t, j + 1, lang);
    }
    if t.kind(j) == Some(Kind::Sym) {
        return currency_symbol(t.str(j)).map(|c| (c, j + 1));
    }
    if t.kind(j) != Some(Kind::Word) {
        return None;
    }
    if let Some(code) = iso_code(t.str(j)) {
        return Some((code, j + 1));
    }
    // Up to two qualifiers ("US", "U.S.", "Belarusian", "белорусских") before the noun.
    let mut k = j;
    let mut qualifier: Option<&'static str> = None;
    for _ in 0..3 {
        if t.kind(k) != Some(Kind::Word) || !(k == j || t.near(k) || t.glued(k)) {
            return None;
        }
        if let Some((noun, next)) = currency_noun(t, k, lang) {
            let code = qualified_currency(noun, qualifier);
            return Some((code, swallow_currency_tail(t, next, code)));
        }
        let q = currency_qualifier(t, k)?;
        qualifier = Some(q.0);
        k = q.1;
    }
    None
}

/// After "долл." comes "США" often: part of the amount.
fn swallow_currency_tail(t: &Toks, next: usize, code: &str) -> usize {
    if code == "USD" && t.near(next) && t.str(next) == "США" {
        return next + 1;
    }
    next
}

/// Currency nouns: returns the base code and the next token (past an abbreviation's period).
fn currency_noun(t: &Toks, k: usize, lang: Lang) -> Option<(&'static str, usize)> {
    let w = t.str(k).to_lowercase();
    let abbreviated = |code| {
        let next = if t.is_sym(k + 1, ".") && t.glued(k + 1) { k + 2 } else { k + 1 };
        Some((code, next))
    };
    match w.as_str() {
        "руб" | "р" => return abbreviated("RUB"),
        "долл" | "дол" => return abbreviated("USD"),
        "тг" => return abbreviated("KZT"),
        "сум" if t.is_sym(k + 1, ".") => return abbreviated("UZS"),
        // Indeclinable, and a homonym of "ларь" to the morphology.
        "лари" => return Some(("GEL", k + 1)),
        _ => {}
    }
    if let Some(code) = EN_CURRENCY.get(w.as_str()) {
        return Some((code, k + 1));
    }
    if lang == Lang::Ru || is_cyrillic(&w) {
        for lemma in ru_morphology().lemmas(t.str(k)) {
            if let Some(code) = RU_CURRENCY.get(lemma.as_str()) {
                return Some((code, k + 1));
            }
        }
    }
    None
}

static EN_CURRENCY: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let pairs: &[(&[&str], &str)] = &[
        (&["dollar", "dollars", "usd"], "USD"),
        (&["euro", "euros"], "EUR"),
        (&["ruble", "rubles", "rouble", "roubles"], "RUB"),
        (&["yuan", "renminbi"], "CNY"),
        (&["tenge"], "KZT"),
        (&["soum", "soums", "sum", "sums"], "UZS"),
        (&["som", "soms"], "KGS"),
        (&["somoni"], "TJS"),
        (&["dram", "drams"], "AMD"),
        (&["manat", "manats"], "AZN"),
        (&["lari"], "GEL"),
        (&["tugrik", "tugriks", "tugrug", "tugrugs", "togrog", "togrogs"], "MNT"),
        (&["rupee", "rupees"], "INR"),
        (&["rial", "rials"], "IRR"),
        (&["lira", "liras", "lire"], "TRY"),
        (&["sterling"], "GBP"),
        (&["yen"], "JPY"),
        (&["franc", "francs"], "CHF"),
        (&["dong"], "VND"),
        (&["hryvnia", "hryvnias", "hryvnas"], "UAH"),
        (&["won"], "KRW"),
        (&["dirham", "dirhams"], "AED"),
        (&["riyal", "riyals"], "SAR"),
        (&["taka"], "BDT"),
        (&["ringgit"], "MYR"),
        (&["rupiah"], "IDR"),
        (&["baht"], "THB"),
        (&["naira"], "NGN"),
        (&["afghani", "afghanis"], "AFN"),
        (&["zloty", "zlotys"], "PLN"),
    ];
    pairs.iter().flat_map(|(ws, c)| ws.iter().map(move |w| (*w, *c))).collect()
});

static RU_CURRENCY: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    [
        ("доллар", "USD"), ("евро", "EUR"), ("рубль", "RUB"), ("юань", "CNY"), ("тенге", "KZT"), ("сум", "UZS"),
        ("сом", "KGS"), ("сомони", "TJS"), ("драм", "AMD"), ("манат", "AZN"), ("лари", "GEL"), ("тугрик", "MNT"),
        ("рупия", "INR"), ("риал", "IRR"), ("лира", "TRY"), ("фунт", "GBP"), ("иена", "JPY"), ("йена", "JPY"),
        ("франк", "CHF"), ("донг", "VND"), ("гривна", "UAH"), ("вона", "KRW"), ("дирхам", "AED"),
    ]
    .into_iter()
    .collect()
});

/// A word that narrows a currency noun ("Belarusian rubles", "US dollars");
/// returns the qualifier key and the next token.
fn currency_qualifier(t: &Toks, k: usize) -> Option<(&'static str, usize)> {
    let w = t.str(k);
    // "U.S." is tokenised as U . S .
    if w == "U" && t.is_sym(k + 1, ".") && t.str(k + 2) == "S" {
        let next = if t.is_sym(k + 3, ".") { k + 4 } else { k + 3 };
        return Some(("us", next));
    }
    let lower = w.to_lowercase();
    let key = match lower.as_str() {
        "us" | "american" => "us",
        "belarusian" | "belarussian" | "belarus" => "by",
        "russian" => "ru",
        "turkmen" | "turkmenistan" => "tm",
        "azerbaijani" | "azerbaijan" => "az",
        "kyrgyz" | "kyrgyzstan" => "kg",
        "uzbek" | "uzbekistan" => "uz",
        "canadian" => "ca",
        "australian" => "au",
        "singapore" => "sg",
        "hong" | "kong" => "hk",
        "swiss" => "ch",
        "pakistani" => "pk",
        "chinese" | "kazakh" | "kazakhstani" | "indian" | "iranian" | "turkish" | "japanese" | "mongolian"
        | "armenian" | "georgian" | "tajik" | "vietnamese" | "british" | "new" => "",
        _ if !is_cyrillic(w) => return None,
        _ => {
            let lemma = ru_morphology().lemma(w);
            match lemma.as_str() {
                "американский" => "us",
                "белорусский" => "by",
                "российский" => "ru",
                "туркменский" => "tm",
                "азербайджанский" => "az",
                "киргизский" | "кыргызский" => "kg",
                "узбекский" => "uz",
                "канадский" => "ca",
                "австралийский" => "au",
                "сингапурский" => "sg",
                "швейцарский" => "ch",
                "бел" => "by",
                "китайский" | "казахстанский" | "индийский" | "иранский" | "турецкий" | "японский"
                | "монгольский" | "армянский" | "грузинский" | "таджикский" | "вьетнамский" | "британский" => "",
                _ => return None,
            }
        }
    };
    let next = if t.is_sym(k + 1, ".") && t.glued(k + 1) && lower == "бел" { k + 2 } else { k + 1 };
    Some((key, next))
}

fn qualified_currency(base: &'static str, qualifier: Option<&str>) -> &'static str {
    match (base, qualifier.unwrap_or("")) {
        ("USD", "ca") => "CAD",
        ("USD", "au") => "AUD",
        ("USD", "sg") => "SGD",
        ("USD", "hk") => "HKD",
        ("RUB", "by") => "BYN",
        ("AZN", "tm") => "TMT",
        ("KGS", "uz") | ("UZS", "uz") => "UZS",
        ("UZS", "kg") => "KGS",
        ("INR", "pk") => "PKR",
        (base, _) => base,
    }
}

fn is_cyrillic(w: &str) -> bool {
    w.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

// ---------------------------------------------------------------- counted nouns

/// English count nouns (singular and plural spellings) -> unit.
static EN_UNITS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let groups: &[(&[&str], &str)] = &[
        // "dozes" is a common misspelling in the region's English press.
        (&["dose", "doses", "dozes"], "doses"),
        // "1 million jabs", "500,000 vaccine shots": doses, as the annotations name them.
        (&["jab", "jabs", "shot", "shots"], "doses"),
        (&["agreement", "agreements"], "agreements"),
        (&["memorandum", "memorandums", "mou", "mous"], "memorandums"),
        // The text's own plural is kept: readers and annotators copy it.
        (&["memoranda"], "memoranda"),
        (&["contract", "contracts"], "contracts"),
        (&["deal", "deals"], "deals"),
        (&["document", "documents"], "documents"),
        (&["passport", "passports"], "passports"),
        (&["program", "programs", "programme", "programmes"], "programs"),
        (&["project", "projects"], "projects"),
        (&["job", "jobs", "workplace", "workplaces"], "jobs"),
        (&["medicine", "medicines", "medication", "medications"], "medicines"),
        (&["drug", "drugs"], "drugs"),
        (&["pharmaceutical", "pharmaceuticals"], "pharmaceuticals"),
        (&["ton", "tons"], "tons"),
        (&["tonne", "tonnes"], "tonnes"),
        (&["unit", "units", "pieces", "pcs"], "units"),
        (&["tractor", "tractors"], "tractors"),
        (&["vehicle", "vehicles"], "vehicles"),
        (&["car", "cars"], "cars"),
        (&["truck", "trucks", "lorry", "lorries"], "trucks"),
        (&["bus", "buses"], "buses"),
        (&["plant", "plants"], "plants"),
        (&["factory", "factories"], "factories"),
        (&["enterprise", "enterprises"], "enterprises"),
        (&["company", "companies", "firm", "firms"], "companies"),
        (&["bed", "beds"], "beds"),
        (&["hospital", "hospitals"], "hospitals"),
        (&["clinic", "clinics"], "clinics"),
        (&["ventilator", "ventilators"], "ventilators"),
        (&["test", "tests"], "tests"),
        (&["kit", "kits"], "kits"),
        (&["mask", "masks"], "masks"),
        (&["syringe", "syringes"], "syringes"),
        (&["package", "packages"], "packages"),
        (&["pack", "packs"], "packs"),
        (&["item", "items"], "items"),
        (&["product", "products"], "products"),
        (&["device", "devices"], "devices"),
        (&["machine", "machines"], "machines"),
        (&["combine", "combines", "harvester", "harvesters"], "combines"),
        (&["locomotive", "locomotives"], "locomotives"),
        (&["wagon", "wagons", "railcar", "railcars"], "wagons"),
        (&["aircraft", "airplane", "airplanes", "plane", "planes"], "aircraft"),
        (&["helicopter", "helicopters"], "helicopters"),
        (&["insulin", "insulins"], "insulins"),
        (&["tyre", "tyres"], "tyres"),
        (&["tire", "tires"], "tires"),
        (&["model", "models"], "models"),
        (&["vaccine", "vaccines"], "vaccines"),
        (&["roadmap", "roadmaps"], "roadmaps"),
        (&["protocol", "protocols"], "protocols"),
        (&["treaty", "treaties"], "treaties"),
        (&["elevator", "elevators", "lift", "lifts"], "elevators"),
        (&["ambulance", "ambulances"], "ambulances"),
        (&["scanner", "scanners"], "scanners"),
        (&["tablet", "tablets", "pill", "pills"], "tablets"),
        (&["ampoule", "ampoules"], "ampoules"),
        (&["vial", "vials", "flacon", "flacons"], "vials"),
        (&["batch", "batches"], "batches"),
        (&["shipment", "shipments", "consignment", "consignments"], "shipments"),
        (&["specialist", "specialists"], "specialists"),
        (&["employee", "employees", "worker", "workers"], "employees"),
        (&["meeting", "meetings"], "meetings"),
        (&["hectare", "hectares"], "hectares"),
        (&["concentrator", "concentrators"], "concentrators"),
        (&["monitor", "monitors"], "monitors"),
        (&["defibrillator", "defibrillators"], "defibrillators"),
        (&["respirator", "respirators"], "respirators"),
        (&["glove", "gloves"], "gloves"),
        (&["gown", "gowns"], "gowns"),
        (&["thermometer", "thermometers"], "thermometers"),
        (&["analyzer", "analyzers", "analyser", "analysers"], "analyzers"),
        (&["reagent", "reagents"], "reagents"),
        (&["capsule", "capsules"], "capsules"),
        (&["pharmacy", "pharmacies"], "pharmacies"),
        (&["laboratory", "laboratories", "lab", "labs"], "laboratories"),
        (&["tomograph", "tomographs"], "tomographs"),
        (&["tube", "tubes"], "tubes"),
        (&["goggle", "goggles"], "goggles"),
        (&["shield", "shields"], "shields"),
        (&["cover", "covers"], "covers"),
        (&["ventilation"], "ventilators"),
        (&["stretcher", "stretchers"], "stretchers"),
        (&["oximeter", "oximeters"], "oximeters"),
        (&["cylinder", "cylinders"], "cylinders"),
        // Goods counted in supply and production news that follow a noun modifier ("solar
        // panels", "food bags"), where an uncatalogued plural would not be taken.
        (&["bag", "bags"], "bags"),
        // "can" alone is the verb far more often ("300 can be assembled").
        (&["cans"], "cans"),
        (&["box", "boxes"], "boxes"),
        (&["bottle", "bottles"], "bottles"),
        (&["container", "containers"], "containers"),
        (&["liter", "liters"], "liters"),
        (&["litre", "litres"], "litres"),
        (&["kilogram", "kilograms"], "kilograms"),
        (&["panel", "panels"], "panels"),
        (&["turbine", "turbines"], "turbines"),
        (&["pump", "pumps"], "pumps"),
        (&["drone", "drones"], "drones"),
        (&["computer", "computers", "laptop", "laptops"], "computers"),
        (&["trolleybus", "trolleybuses"], "trolleybuses"),
        (&["tram", "trams"], "trams"),
        (&["crane", "cranes"], "cranes"),
        (&["excavator", "excavators"], "excavators"),
        (&["loader", "loaders"], "loaders"),
        (&["seeder", "seeders"], "seeders"),
        (&["incubator", "incubators"], "incubators"),
        (&["catheter", "catheters"], "catheters"),
        (&["needle", "needles"], "needles"),
        (&["stent", "stents"], "stents"),
        (&["cartridge", "cartridges"], "cartridges"),
        (&["pen", "pens"], "pens"),
    ];
    groups.iter().flat_map(|(ws, u)| ws.iter().map(move |w| (*w, *u))).collect()
});

/// Russian noun lemmas -> unit.
static RU_UNITS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    [
        ("доза", "doses"), ("вакцина", "vaccines"), ("соглашение", "agreements"), ("меморандум", "memorandums"),
        ("контракт", "contracts"), ("договор", "contracts"), ("сделка", "deals"), ("документ", "documents"),
        ("паспорт", "passports"), ("программа", "programs"), ("проект", "projects"), ("препарат", "medicines"),
        ("лекарство", "medicines"), ("медикамент", "medicines"), ("тонна", "tonnes"), ("единица", "units"),
        ("штука", "units"), ("трактор", "tractors"), ("автомобиль", "cars"), ("машина", "vehicles"),
        ("грузовик", "trucks"), ("автобус", "buses"), ("завод", "plants"), ("фабрика", "factories"),
        ("предприятие", "enterprises"), ("компания", "companies"), ("фирма", "companies"), ("койка", "beds"),
        ("больница", "hospitals"), ("клиника", "clinics"), ("аппарат", "devices"), ("устройство", "devices"),
        ("изделие", "items"), ("продукт", "products"), ("товар", "goods"), ("тест", "tests"), ("набор", "kits"),
        ("тест-система", "test systems"), ("система", "systems"), ("комплект", "kits"), ("шприц", "syringes"), ("маска", "masks"), ("упаковка", "packages"),
        ("инсулин", "insulins"), ("шина", "tyres"), ("модель", "models"), ("комбайн", "combines"),
        ("вагон", "wagons"), ("локомотив", "locomotives"), ("самолет", "aircraft"), ("вертолет", "helicopters"),
        ("станок", "machine tools"), ("лифт", "elevators"), ("дорожный карта", "roadmaps"), ("протокол", "protocols"),
        ("договоренность", "agreements"), ("ампула", "ampoules"), ("таблетка", "tablets"), ("партия", "batches"),
        ("специалист", "specialists"), ("сотрудник", "employees"), ("работник", "employees"), ("встреча", "meetings"),
        ("гектар", "hectares"), ("концентратор", "concentrators"), ("монитор", "monitors"),
        ("дефибриллятор", "defibrillators"), ("респиратор", "respirators"), ("перчатка", "gloves"),
        ("халат", "gowns"), ("термометр", "thermometers"), ("анализатор", "analyzers"), ("реагент", "reagents"),
        ("капсула", "capsules"), ("флакон", "vials"), ("аптека", "pharmacies"), ("лаборатория", "laboratories"),
        ("томограф", "tomographs"), ("поликлиника", "clinics"), ("анализ", "tests"), ("исследование", "tests"), ("койко-место", "beds"),
        ("вентилятор", "ventilators"), ("пробирка", "tubes"), ("компонент", "components"),
        // Goods counted in supply, aid and production news, named as an English reader would.
        ("мешок", "bags"), ("банка", "cans"), ("бутылка", "bottles"), ("коробка", "boxes"), ("ящик", "boxes"),
        ("контейнер", "containers"), ("рулон", "rolls"), ("пачка", "packs"), ("экземпляр", "copies"),
        ("литр", "liters"), ("центнер", "centners"), ("саженец", "seedlings"), ("яйцо", "eggs"),
        ("холодильник", "refrigerators"), ("кондиционер", "air conditioners"), ("телевизор", "televisions"),
        ("компьютер", "computers"), ("ноутбук", "laptops"), ("смартфон", "smartphones"), ("телефон", "phones"),
        ("игла", "needles"), ("катетер", "catheters"), ("стент", "stents"), ("имплантат", "implants"),
        ("имплант", "implants"), ("протез", "prostheses"), ("эндопротез", "endoprostheses"), ("глюкометр", "glucometers"),
        ("маммограф", "mammographs"), ("ангиограф", "angiographs"), ("инкубатор", "incubators"), ("автоклав", "autoclaves"),
        ("стерилизатор", "sterilizers"), ("облучатель", "irradiators"), ("насос", "pumps"), ("аптечка", "first aid kits"),
        ("бинт", "bandages"), ("костюм", "suits"), ("комбинезон", "coveralls"), ("трубка", "tubes"),
        ("троллейбус", "trolleybuses"), ("электробус", "electric buses"), ("трамвай", "trams"), ("самосвал", "dump trucks"),
        ("экскаватор", "excavators"), ("погрузчик", "loaders"), ("бульдозер", "bulldozers"), ("кран", "cranes"),
        ("прицеп", "trailers"), ("полуприцеп", "semi-trailers"), ("сеялка", "seeders"), ("опрыскиватель", "sprayers"),
        ("мотоцикл", "motorcycles"), ("велосипед", "bicycles"), ("судно", "vessels"), ("корабль", "ships"),
        ("поезд", "trains"), ("цистерна", "tanks"), ("двигатель", "engines"), ("турбина", "turbines"),
        ("трансформатор", "transformers"), ("генератор", "generators"), ("цех", "workshops"), ("теплица", "greenhouses"),
        ("склад", "warehouses"), ("школа", "schools"), ("лицензия", "licenses"), ("сертификат", "certificates"),
        ("патент", "patents"), ("объект", "facilities"),
        // Protective and hospital supplies in aid lists, named literally as the English press does.
        ("козырек", "face shields"), ("щиток", "face shields"), ("очки", "glasses"), ("бахилы", "shoe covers"),
        ("противогаз", "gas masks"), ("кровать", "beds"), ("носилки", "stretchers"), ("пирометр", "pyrometers"), ("облучатель", "irradiators"), ("рециркулятор", "recirculators"), ("пульсоксиметр", "pulse oximeters"),
        ("палатка", "tents"), ("одеяло", "blankets"), ("матрас", "mattresses"), ("посылка", "parcels"),
        ("блистер", "blisters"), ("тест-полоска", "test strips"), ("реанимобиль", "ambulances"), ("рейс", "flights"),
        ("фура", "trucks"), ("модуль", "modules"), ("продукция", "products"),
        // "94 позиций медицинских изделий": the annotated unit is the positions themselves.
        ("позиция", "positions"),
        ("экран", "screens"), ("пара", "pairs"), ("кардиограф", "cardiographs"), ("электрокардиограф", "electrocardiographs"),
        ("кресло", "chairs"), ("морозильник", "freezers"), ("культиватор", "cultivators"), ("плуг", "ploughs"),
        ("борона", "harrows"), ("косилка", "mowers"), ("пресс-подборщик", "balers"), ("тягач", "tractor units"),
        ("автокран", "truck cranes"), ("электровоз", "electric locomotives"), ("тепловоз", "diesel locomotives"),
        ("беспилотник", "drones"), ("дрон", "drones"), ("планшет", "tablets"), ("сервер", "servers"), ("принтер", "printers"),
        ("панель", "panels"), ("ветрогенератор", "wind turbines"), ("счетчик", "meters"), ("буханка", "loaves"), ("электромобиль", "electric vehicles"), ("автомашина", "vehicles"), ("картридж", "cartridges"), ("шприц-ручка", "syringe pens"),
        ("килограмм", "kilograms"), ("баллон", "cylinders"),
        ("пластырь", "plasters"), ("салфетка", "wipes"), ("повязка", "dressings"), ("рециркулятор", "recirculators"),
        ("ингалятор", "inhalers"), ("небулайзер", "nebulizers"), ("тонометр", "tonometers"),
        // "36 МНН": drugs counted by their international nonproprietary names.
        ("мнн", "INN"),
    ]
    .into_iter()
    .collect()
});

/// English plural nouns that are counted but are never the quantity of an
/// event: time spans, rankings, people at large, places.
const EN_NOT_UNITS: &[&str] = &[
    "years", "months", "weeks", "days", "hours", "minutes", "seconds", "times", "percent", "points", "countries",
    "regions", "cities", "people", "persons", "members", "participants", "delegates", "sides", "parties",
    "ways", "kinds", "types", "steps", "stages", "things", "issues", "questions", "topics", "aspects",
    "reasons", "levels", "places", "positions", "areas", "sessions", "others", "ones", "decades", "centuries",
    "billions", "millions", "thousands", "hundreds", "dozens", "as", "is", "was", "has", "its", "this", "his",
    "us", "yes", "news", "plus", "minus", "less", "thus", "various", "numerous", "previous", "serious",
    "famous", "those", "these", "whereas", "across", "towards", "afterwards", "besides", "deaths", "cases",
    "partners", "states", "nations", "sectors", "directions", "fields", "spheres", "groups", "votes", "seats",
    "goals", "medals", "games", "rounds", "matches", "children", "visitors", "tourists", "students",
    "ministers", "officials", "representatives", "leaders", "heads", "experts", "scientists", "doctors",
    "patients", "residents", "citizens", "workers", "journalists", "guests", "speakers", "presidents",
    "kilometers", "kilometres", "meters", "metres", "miles", "degrees", "dollars", "euros", "rounds",
    // Administrative divisions and gatherings: where and how often, not how much.
    "provinces", "districts", "oblasts", "aimags", "villages", "towns", "municipalities", "counties",
    "events", "exhibitions", "conferences", "forums", "seminars", "workshops", "trainings",
];

/// Verbs that follow an amount as its predicate and look like plural nouns ("of which 800
/// million comes from the state").
const EN_VERBS_AFTER_AMOUNT: &[&str] = &[
    "comes", "goes", "remains", "includes", "means", "accounts", "represents", "belongs", "falls", "stands",
    "exceeds", "reaches", "totals", "amounts", "equals", "makes", "takes", "gives", "provides", "needs",
    "requires", "costs", "seems", "appears", "becomes", "arrives", "lies", "works", "lives", "gets",
];

/// "4,700 varieties of drugs": the count is of what follows "of".
const EN_KIND_OF: &[&str] = &["varieties", "types", "kinds", "sorts", "names", "brands", "categories", "lines"];

/// Words that end a search for the counted noun.
const STOP_WORDS: &[&str] = &[
    "of", "the", "a", "an", "and", "or", "in", "to", "for", "with", "from", "by", "on", "at", "per", "each",
    "than", "that", "which", "who", "is", "are", "was", "were", "be", "been", "will", "would", "has", "have",
    "had", "more", "less", "over", "under", "about", "this", "these", "those", "it", "its",
    "и", "в", "во", "на", "с", "со", "по", "для", "из", "к", "о", "об", "от", "до", "за", "а", "но", "что",
    "как", "это", "его", "их", "ее", "был", "была", "были", "было", "будет", "более", "менее", "около", "чем",
    "свыше", "при", "под", "над", "или", "не",
];

/// The noun counted by a number ending at token `j`, skipping up to two
/// modifiers ("4.9 million vaccine doses", "15 новых рабочих мест").
/// The counted noun of "кровати (440 штук)", "перчатки (150 тыс. штук)": the word before the
/// bracket that opens just before the number starting near token `j`.
fn noun_before_brackets(t: &Toks, j: usize) -> Option<&'static str> {
    let open = (j.saturating_sub(6)..j).rev().find(|&p| t.str(p) == "(")?;
    let numeric = (open + 1..j).all(|p| {
        let w = t.str(p).to_lowercase();
        w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.' || c == ' ') || matches!(w.as_str(), "тыс" | "тысяч" | "тысячи" | "млн" | "более" | "около" | "свыше")
    });
    if !numeric || open == 0 {
        return None;
    }
    ru_morphology().lemmas(t.str(open - 1)).iter().find_map(|l| RU_UNITS.get(l.as_str()).copied()).filter(|u| *u != "units")
}

fn counted_noun(t: &Toks, j: usize, lang: Lang, value: f64) -> Option<(String, usize)> {
    let mut k = j;
    let mut previous_lemmas: Vec<String> = Vec::new();
    // Russian stacks up to three adjectives before the noun ("300 млн готовых заточенных
    // игольных трубок"); every word skipped there must look like one. English skips two.
    let mut coordinated = false;
    // "167 наименований социально значимых лекарственных средств": a word naming the kind
    // of thing counted leaves room for one more modifier.
    let mut extra_steps = 0;
    for step in 0..6 {
        if step >= 4 + extra_steps {
            return None;
        }
        if t.kind(k) != Some(Kind::Word) || !t.near(k) {
            return None;
        }
        let word = t.str(k);
        let lower = word.to_lowercase();
        // "3 more insulins", "two more plants": "more" without "than" only adds to a count.
        if step == 0 && lower == "more" && t.kind(k + 1) == Some(Kind::Word) && !t.str(k + 1).eq_ignore_ascii_case("than") {
            k += 1;
            continue;
        }
        // "30,000 N95 masks", "KN95 respirators", "FFP2 masks": a grade code before the noun.
        if lang == Lang::En && t.kind(k + 1) == Some(Kind::Num) && t.glued(k + 1) && word.len() <= 4 && word.chars().all(|c| c.is_ascii_uppercase()) {
            k += 2;
            continue;
        }
        // "20 million infusion and dialysis products": coordinated modifiers of one noun.
        let lower_word = |k: usize| t.kind(k) == Some(Kind::Word) && t.near(k) && t.str(k).chars().all(|c| c.is_ascii_lowercase());
        if lang == Lang::En && step >= 1 && lower == "and" && lower_word(k - 1) && lower_word(k + 1) && !coordinated {
            coordinated = true;
            k += 1;
            continue;
        }
        if STOP_WORDS.contains(&lower.as_str()) {
            return None;
        }
        // A capitalised word mid-phrase is a name ("5 Pfizer doses" is rare; "3 Minsk plants" rarer).
        let cyrillic = is_cyrillic(&lower);
        // English goes four words deep only to a catalogued noun ("55 China-Kazakhstan
        // production capacity projects"), after lower-case modifiers.
        if step == 3 && !(cyrillic || lang == Lang::Ru || coordinated) && !(EN_UNITS.contains_key(lower.as_str()) && word == lower) {
            return None;
        }
        if cyrillic || lang == Lang::Ru {
            // Hyphenated compounds are read whole: "тест-систем" are test systems, not tests.
            if t.is_sym(k + 1, "-") && t.glued(k + 1) && t.kind(k + 2) == Some(Kind::Word) && t.glued(k + 2) {
                let compound = &t.text[t.toks[k].start..t.toks[k + 2].end];
                if let Some(unit) = ru_morphology().lemmas(compound).iter().find_map(|l| RU_UNITS.get(l.as_str())) {
                    return Some((vaccine_unit(unit, value), k + 3));
                }
                // "рентген-аппаратов", "УЗИ-аппаратов": the last part is the noun counted.
                if let Some(unit) = ru_morphology().lemmas(t.str(k + 2)).iter().find_map(|l| RU_UNITS.get(l.as_str())) {
                    return Some((vaccine_unit(unit, value), k + 3));
                }
            }
            let lemmas = ru_morphology().lemmas(word);
            let after = |l: &str| previous_lemmas.iter().any(|p| p == l);
            // "ЛС" abbreviates лекарственные средства.
            if word == "ЛС" {
                return Some(("medicines".to_string(), k + 1));
            }
            if lemmas.iter().any(|l| l == "место") && after("рабочий") {
                return Some(("jobs".to_string(), k + 1));
            }
            // "лекарственных средств" are medicines; other "средства" (protective, funds) are not counted.
            if lemmas.iter().any(|l| l == "средство") && after("лекарственный") {
                return Some(("medicines".to_string(), k + 1));
            }
            if let Some(unit) = lemmas.iter().find_map(|l| RU_UNITS.get(l.as_str())) {
                // "аппаратов ИВЛ", "аппаратов искусственной вентиляции лёгких": a device named
                // by what it does.
                if matches!(*unit, "devices" | "vehicles" | "cars" | "screens") {
                    if let Some((named, end)) = named_by_purpose(t, k + 1) {
                        return Some((named.to_string(), end));
                    }
                }
                // "170 штук хирургических костюмов", "1000 единиц тракторов": pieces of a thing
                // we can name ("единиц продукции", "единиц техники" stay units).
                if *unit == "units" {
                    if let Some(named) = counted_noun(t, k + 1, lang, value).filter(|(u, _)| !matches!(u.as_str(), "units" | "products" | "goods" | "items" | "systems")) {
                        return Some(named);
                    }
                    // "медицинские кровати (440 штук)": the thing counted stands before the brackets.
                    if let Some(named) = noun_before_brackets(t, j) {
                        return Some((named.to_string(), k + 1));
                    }
                }
                // "400 комплектов аппаратов ИВЛ", "комплектов оборудования": sets of equipment;
                // kits are of supplies ("комплектов средств защиты", "тест-комплектов").
                if *unit == "kits" && sets_of_equipment(t, k + 1) {
                    return Some(("sets".to_string(), k + 1));
                }
                if let Some(qualified) = qualified_unit(unit, &previous_lemmas) {
                    return Some((qualified.to_string(), k + 1));
                }
                return Some((vaccine_unit(unit, value), k + 1));
            }
            // "тракторокомплектов", "монопрепаратов": a compound ending in a counted noun.
            if let Some(unit) = lemmas.iter().find_map(|l| ru_compound_unit(l)) {
                return Some((unit, k + 1));
            }
            // "356 наименований лекарств", "40 видов продукции": the count is of what follows.
            if lemmas.iter().any(|l| matches!(l.as_str(), "наименование" | "вид")) {
                k += 1;
                extra_steps = 1;
                continue;
            }
            // Only adjectives stand between a number and its noun: in "двух компонентов
            // основной вакцины" the count is of components, whatever the vaccine.
            // An adverb before an adjective modifies it: "17 социально значимых препаратов",
            // "жизненно важных".
            let adverb = (lower.ends_with("но") || lower.ends_with("ски")) && t.kind(k + 1) == Some(Kind::Word) && looks_like_ru_adjective(&t.str(k + 1).to_lowercase());
            if !looks_like_ru_adjective(&lower) && !adverb {
                return None;
            }
            previous_lemmas = lemmas;
            // "9 межрегиональных и коммерческих соглашений": coordinated adjectives.
            if matches!(t.str(k + 1), "и" | ",") && t.kind(k + 2) == Some(Kind::Word) && looks_like_ru_adjective(&t.str(k + 2).to_lowercase()) {
                k += 1;
            }
        } else {
            // "24 Minsk Tractor Works": a capitalised singular noun inside a capitalised run is a
            // name (a headline's count is plural: "To Produce 1,000 Electric Buses Annually").
            let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
            if step > 0 && capitalised(word) && !lower.ends_with('s') && capitalised(t.str(k - 1)) && t.kind(k + 1) == Some(Kind::Word) && t.near(k + 1) && capitalised(t.str(k + 1)) && !EN_UNITS.contains_key(t.str(k + 1).to_lowercase().as_str()) && !STOP_WORDS.contains(&t.str(k + 1).to_lowercase().as_str()) {
                return None;
            }
            // "3 million catheter and syringe products": a singular noun coordinated with
            // another is a modifier of the noun after both.
            let coordinated_modifier = !lower.ends_with('s') && EN_UNITS.get(lower.as_str()).is_some_and(|u| *u != lower) && t.str(k + 1) == "and" && t.kind(k + 2) == Some(Kind::Word) && t.kind(k + 3) == Some(Kind::Word) && t.near(k + 3) && !coordinated;
            // "75 pieces of infusion pumps", "4,000 units of ventilators": pieces of a thing we can name.
            // "500 sustainable employment opportunities", "200 new working places": jobs.
            if matches!(lower.as_str(), "employment" | "job" | "working") && matches!(t.str(k + 1).to_lowercase().as_str(), "opportunities" | "places") && t.near(k + 1) {
                return Some(("jobs".to_string(), k + 2));
            }
            if matches!(lower.as_str(), "pieces" | "units" | "pcs" | "picks") && t.str(k + 1) == "of" && t.near(k + 1) {
                if let Some(named) = counted_noun(t, k + 2, lang, value).filter(|(u, _)| !matches!(u.as_str(), "units" | "products" | "items" | "systems")) {
                    return Some(named);
                }
            }
            if let Some(mut unit) = EN_UNITS.get(lower.as_str()).copied().filter(|_| !coordinated_modifier) {
                        // English puts the head noun last: "vaccine doses", "project passports".
                let mut end = k + 1;
                while t.kind(end) == Some(Kind::Word) && t.near(end) {
                    let next = t.str(end).to_lowercase();
                    if unit == "machines" && next == "tools" {
                        return Some(("machine tools".to_string(), end + 1));
                    }
                    if unit == "tests" && (next == "systems" || next == "system") {
                        return Some(("test systems".to_string(), end + 1));
                    }
                    match EN_UNITS.get(next.as_str()) {
                        Some(&"concentrators") if unit == "concentrators" => break,
                        Some(u) => {
                            unit = u;
                            end += 1;
                        }
                        None => break,
                    }
                }
                // "2,400 tubes and hoses": two plural heads joined count as one line of goods
                // (documents are counted as they are: "12 agreements and memoranda").
                if t.str(end) == "and" && t.near(end) && !is_document_count(unit) {
                    let other = t.str(end + 1);
                    let ends = !matches!(t.kind(end + 2), Some(Kind::Word)) || STOP_WORDS.contains(&t.str(end + 2).to_lowercase().as_str());
                    if t.near(end + 1) && other == other.to_lowercase() && looks_like_plural_noun(other) && !EN_NOT_UNITS.contains(&other) && ends {
                        let first = t.str(end - 1).to_lowercase();
                        return Some((format!("{first} and {other}"), end + 2));
                    }
                }
                // "face shields", "shoe covers", "ventilation devices": the word
                // before the head names the thing.
                if end - 1 > j {
                    if let Some(named) = en_named_by_modifier(&t.str(end - 2).to_lowercase(), unit) {
                        return Some((named.to_string(), end));
                    }
                }
                return Some((vaccine_unit(unit, value), end));
            }
            if EN_KIND_OF.contains(&lower.as_str()) && t.str(k + 1) == "of" && t.near(k + 1) {
                k += 2;
                continue;
            }
            if EN_NOT_UNITS.contains(&lower.as_str()) || EN_VERBS_AFTER_AMOUNT.contains(&lower.as_str()) || word.chars().next().is_some_and(char::is_uppercase) && step > 0 {
                return None;
            }
            // Uncatalogued plurals count only right after the number ("14 insulins"),
            // where they are almost surely the counted noun.
            if step == 0 && looks_like_plural_noun(&lower) && word == lower {
                return Some((lower, k + 1));
            }
            // ... or after one adjective ("700 medical facilities", "11 new medical facilities").
            if (step == 1 || step == 2) && looks_like_plural_noun(&lower) && word == lower {
                let modifier = t.str(k - 1);
                let lead_ok = step == 1 || matches!(t.str(j).to_lowercase().as_str(), "new" | "modern" | "more" | "additional" | "large");
                if lead_ok && modifier == modifier.to_lowercase() && looks_like_adjective(modifier) {
                    // "20,000 protective suits", "300 respective applications": an adjective that
                    // only describes leaves the head noun to name the thing.
                    if matches!(modifier, "protective" | "respective" | "various" | "different" | "other" | "additional" | "separate" | "individual" | "several" | "numerous" | "personal") {
                        return Some((lower, k + 1));
                    }
                    return Some((format!("{modifier} {lower}"), k + 1));
                }
            }
        }
        k += 1;
        // Modifiers are joined by hyphens too ("COVID-19 vaccine doses"): step over a glued "-X".
        while t.is_sym(k, "-") && t.glued(k) && t.glued(k + 1) && t.kind(k + 1).is_some() {
            k += 2;
        }
    }
    None
}

/// A device or vehicle named by the genitive after it: "аппаратов ИВЛ", "аппаратов
/// искусственной вентиляции лёгких" are ventilators, "машин скорой помощи" ambulances.
/// Returns the unit and the token after the name.
fn named_by_purpose(t: &Toks, k: usize) -> Option<(&'static str, usize)> {
    if !t.near(k) {
        return None;
    }
    let lower = |i: usize| t.str(i).to_lowercase();
    match t.str(k) {
        "ИВЛ" => return Some(("ventilators", k + 1)),
        "ЭКМО" => return Some(("ECMO machines", k + 1)),
        "УЗИ" => return Some(("ultrasound machines", k + 1)),
        "МРТ" => return Some(("MRI machines", k + 1)),
        "КТ" => return Some(("CT scanners", k + 1)),
        _ => {}
    }
    let first = lower(k);
    if first.starts_with("искусственн") && lower(k + 1).starts_with("вентиляц") {
        let end = if lower(k + 2).starts_with("легк") || lower(k + 2).starts_with("лёгк") { k + 3 } else { k + 2 };
        return Some(("ventilators", end));
    }
    if first.starts_with("гемодиализ") || first.starts_with("диализ") {
        return Some(("dialysis machines", k + 1));
    }
    if first == "для" && lower(k + 1) == "лица" {
        return Some(("face shields", k + 2));
    }
    if first == "скорой" && lower(k + 1).starts_with("помощ") {
        return Some(("ambulances", k + 2));
    }
    None
}

/// A genitive of machines or equipment after "комплектов", past one adjective.
fn sets_of_equipment(t: &Toks, k: usize) -> bool {
    (k..k + 2).take_while(|&i| t.kind(i) == Some(Kind::Word) && t.near(i)).any(|i| {
        let w = t.str(i).to_lowercase();
        ["оборудован", "аппарат", "прибор", "инструмент", "мебел", "техник", "устройств"].iter().any(|stem| w.starts_with(stem))
    })
}

/// A unit narrowed by the adjective before it, as the English press names it: "защитных
/// концентраторов" are oxygen concentrators (a suit stays a suit: units are head nouns).
fn qualified_unit(unit: &str, adjective_lemmas: &[String]) -> Option<&'static str> {
    let after = |l: &str| adjective_lemmas.iter().any(|p| p == l);
    Some(match unit {
        "concentrators" if after("кислородный") => "oxygen concentrators",
        "glasses" if after("защитный") => "goggles",
        "tubes" if after("игольный") => "needle tubes",
        "vehicles" | "cars" if after("грузовой") => "trucks",
        "vehicles" | "cars" if after("пожарный") => "fire trucks",
        "cars" if after("специальный") || after("санитарный") => "vehicles",
        "pumps" if after("инфузионный") => "infusion pumps",
        "cylinders" if after("кислородный") => "oxygen cylinders",
        "panels" if after("солнечный") => "solar panels",
        "screens" if after("защитный") => "face shields",
        _ => return None,
    })
}

/// A Russian compound whose last part is a counted noun of six letters or more
/// ("тракторокомплект", "монопрепарат", "спецмашина"); when its first part is counted
/// too, both are named ("tractor kits"). Shorter heads match too many unrelated words.
fn ru_compound_unit(lemma: &str) -> Option<String> {
    let chars: Vec<(usize, char)> = lemma.char_indices().collect();
    // Try the longest head first: "радиофармпрепарат" ends in "препарат", not "парат".
    for (n, &(at, _)) in chars.iter().enumerate().skip(3) {
        let (prefix, head) = lemma.split_at(at);
        if chars.len() - n < 6 || head.contains(' ') {
            continue;
        }
        let Some(unit) = RU_UNITS.get(head) else { continue };
        // "законопроект" is a bill, not a project; "композиция" and "предпосылка" are no
        // positions or parcels.
        if prefix == "законо" || matches!(head, "позиция" | "посылка") {
            return None;
        }
        let stem = prefix.strip_suffix('о').or_else(|| prefix.strip_suffix('е')).unwrap_or(prefix);
        // Looked up by key, in a fixed order: a map's iteration order must never decide a unit.
        let first = [stem.to_string(), format!("{stem}а"), format!("{stem}я")]
            .iter()
            .find_map(|k| RU_UNITS.get(k.as_str()).filter(|u| !u.contains(' ')));
        return Some(match first {
            Some(u) => format!("{} {unit}", u.strip_suffix('s').unwrap_or(u)),
            None => unit.to_string(),
        });
    }
    None
}

/// An English unit narrowed by the noun before it, as such goods are called.
fn en_named_by_modifier(modifier: &str, unit: &str) -> Option<&'static str> {
    Some(match (modifier, unit) {
        ("oxygen", "concentrators") => "oxygen concentrators",
        ("face", "shields") => "face shields",
        ("shoe", "covers") => "shoe covers",
        ("solar", "panels") => "solar panels",
        ("wind", "turbines") => "wind turbines",
        ("syringe", "pens") => "syringe pens",
        ("insulin", "pens") => "insulin pens",
        ("infusion", "pumps") => "infusion pumps",
        ("pulse", "oximeters") => "pulse oximeters",
        ("oxygen", "cylinders") => "oxygen cylinders",
        ("ventilation", "devices" | "machines" | "units") => "ventilators",
        ("dump", "trucks") => "dump trucks",
        ("electric", "cars") => "electric cars",
        _ => return None,
    })
}

/// "2 vaccines" are products, "2 million vaccines" are doses.
fn vaccine_unit(unit: &str, value: f64) -> String {
    if unit == "vaccines" && value >= 1000.0 {
        "doses".to_string()
    } else {
        unit.to_string()
    }
}

/// Russian adjectives and participles by their endings ("новых", "рабочих", "основной",
/// "поставленные"). Instrumental and prepositional "-ом/-ем" are left out: nouns end so too.
fn looks_like_ru_adjective(w: &str) -> bool {
    w.chars().count() >= 4
        && ["ых", "их", "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ого", "его", "ому", "ему", "ым", "им", "ыми", "ими"]
            .iter()
            .any(|e| w.ends_with(e))
}

/// English adjectives by their endings: "medical", "industrial", "pharmaceutical", "agricultural".
fn looks_like_adjective(w: &str) -> bool {
    w.len() >= 5 && w.chars().all(|c| c.is_ascii_lowercase()) && ["al", "ic", "ive", "ary", "ous"].iter().any(|e| w.ends_with(e))
}

fn looks_like_plural_noun(w: &str) -> bool {
    w.len() >= 4
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("ous")
        && !w.ends_with("ics")
        && w.chars().all(|c| c.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str, lang: Lang) -> Vec<(f64, String)> {
        find_quantities(s, lang).into_iter().map(|q| (q.value, q.unit)).collect()
    }

    fn one(value: f64, unit: &str) -> Vec<(f64, String)> {
        vec![(value, unit.to_string())]
    }

    #[test]
    fn english_money() {
        let cases: &[(&str, f64, &str)] = &[
            ("The bank lent $1.5 billion to the project.", 1.5e9, "USD"),
            ("It invested $32mn in contract production.", 3.2e7, "USD"),
            ("Revenue reached Br1.2 billion last year.", 1.2e9, "BYN"),
            ("The deal is worth USD 5 million in total.", 5e6, "USD"),
            ("They pledged 5 million US dollars for it.", 5e6, "USD"),
            ("They pledged 5 million U.S. dollars for it.", 5e6, "USD"),
            ("A grant of €10m was approved.", 1e7, "EUR"),
            ("Exports were worth 1.5 bn rubles.", 1.5e9, "RUB"),
            ("The budget is 300 million Belarusian rubles.", 3e8, "BYN"),
            ("Kazakhstan allocated 173 billion tenge to it.", 1.73e11, "KZT"),
            ("The fund holds 2,500,000 euros.", 2.5e6, "EUR"),
            ("A loan of US$40 million was signed.", 4e7, "USD"),
            ("Worth 12 billion yuan, the plant opens soon.", 1.2e10, "CNY"),
            ("It costs 500 GEL per unit.", 500.0, "GEL"),
            ("Trade with the UAE reached Dh49 million.", 4.9e7, "AED"),
            ("Trade hit two billion dollars.", 2e9, "USD"),
            ("A 4.9-million-dollar grant was given.", 4.9e6, "USD"),
        ];
        for (s, v, u) in cases {
            assert_eq!(q(s, Lang::En), one(*v, u), "{s}");
        }
    }

    #[test]
    fn russian_money() {
        let cases: &[(&str, f64, &str)] = &[
            ("Объём инвестиций составит 1,5 млрд рублей.", 1.5e9, "RUB"),
            ("Проект оценивается в 173 млрд тенге.", 1.73e11, "KZT"),
            ("Компания вложит 35 миллионов долларов.", 3.5e7, "USD"),
            ("Стоимость — около 35 млн долл. США.", 3.5e7, "USD"),
            ("Выделено 20 млн белорусских рублей.", 2e7, "BYN"),
            ("Кредит на 100 млн евро одобрен.", 1e8, "EUR"),
            ("Продажи составили 1 500 000 руб. за год.", 1.5e6, "RUB"),
            ("Фонд получил 2,3 млрд юаней.", 2.3e9, "CNY"),
            ("Цена — 500 ₽ за упаковку.", 500.0, "RUB"),
            ("Выделили полтора миллиарда рублей.", 1.5e9, "RUB"),
        ];
        for (s, v, u) in cases {
            assert_eq!(q(s, Lang::Ru), one(*v, u), "{s}");
        }
    }

    #[test]
    fn both_bounds_of_a_range_share_its_scale_and_unit() {
        let two = |a: f64, b: f64, u: &str| vec![(a, u.to_string()), (b, u.to_string())];
        assert_eq!(q("The plant will cost $10.0-$20.0 million.", Lang::En), two(1e7, 2e7, "USD"));
        assert_eq!(q("They expect 3-4 million doses by May.", Lang::En), two(3e6, 4e6, "doses"));
        assert_eq!(q("They expect 3 to 4 million doses by May.", Lang::En), two(3e6, 4e6, "doses"));
        assert_eq!(q("Проект обойдётся в 10–15 млрд рублей.", Lang::Ru), two(1e10, 1.5e10, "RUB"));
        assert_eq!(q("Инвестиции составят от 5 до 7 млн долларов.", Lang::Ru), two(5e6, 7e6, "USD"));
        assert_eq!(q("The deal is worth US$ 5-6 million.", Lang::En), two(5e6, 6e6, "USD"));
        // Not ranges: years, a name with a number, a figure falling.
        assert!(q("Exports grew in 2019-2021 across the region.", Lang::En).is_empty());
        assert_eq!(q("It has 2 COVID-19 vaccines registered.", Lang::En), one(2.0, "vaccines"));
        assert!(q("Prices rose 10 to 15 percent.", Lang::En).is_empty());
    }

    #[test]
    fn english_counts() {
        let cases: &[(&str, f64, &str)] = &[
            ("China donated 4.9 million doses to the country.", 4.9e6, "doses"),
            ("China donated 4.9 million vaccine doses.", 4.9e6, "doses"),
            ("At the end of the talks, 11 agreements were signed.", 11.0, "agreements"),
            ("The sides signed two agreements on trade.", 2.0, "agreements"),
            ("The plant will create 1,200 new jobs.", 1200.0, "jobs"),
            ("They shipped 100,000 doses of the vaccine.", 1e5, "doses"),
            ("Twelve project passports were reconciled.", 12.0, "passports"),
            ("Five memoranda of understanding were signed.", 5.0, "memoranda"),
            ("Five MoUs were signed.", 5.0, "memorandums"),
            ("The firm will supply 500 tractors to Cuba.", 500.0, "tractors"),
            ("It produced 20 000 tonnes of fertiliser.", 20000.0, "tonnes"),
            ("The lab makes 30 machine tools a month.", 30.0, "machine tools"),
            ("They delivered 2 million vaccines.", 2e6, "doses"),
            ("The company launched 14 insulins.", 14.0, "insulins"),
            ("A million doses arrived on Monday.", 1e6, "doses"),
            ("It sells twenty-five models.", 25.0, "models"),
            ("Of the 4,700 varieties of drugs, few remain.", 4700.0, "drugs"),
        ];
        for (s, v, u) in cases {
            assert_eq!(q(s, Lang::En), one(*v, u), "{s}");
        }
    }

    #[test]
    fn russian_counts() {
        let cases: &[(&str, f64, &str)] = &[
            ("Поступило 200 тыс. доз вакцины.", 2e5, "doses"),
            ("Стороны подписали два соглашения.", 2.0, "agreements"),
            ("Подписано 11 соглашений о сотрудничестве.", 11.0, "agreements"),
            ("Будет создано 15 новых рабочих мест.", 15.0, "jobs"),
            ("Согласовано 12 паспортов проектов.", 12.0, "passports"),
            ("Завод выпустит 1,2 млн упаковок препарата.", 1.2e6, "packages"),
            ("Компания производит 40 препаратов.", 40.0, "medicines"),
            ("Область поставила 30 тыс. комплектов защиты.", 3e4, "kits"),
            ("Было поставлено 5 000 тонн зерна.", 5000.0, "tonnes"),
            ("Подписаны три меморандума.", 3.0, "memorandums"),
            ("Больница получила двадцать пять аппаратов ИВЛ.", 25.0, "ventilators"),
            ("Передано 5 тыс. тест-систем.", 5e3, "test systems"),
            ("Количество бесплатных доз составило 300 тыс.", 3e5, "doses"),
            ("Закуплено 40 аппаратов для больницы.", 40.0, "devices"),
            ("Завод собрал более миллиона тракторов.", 1e6, "tractors"),
            ("С двумя контрактами всё ясно.", 2.0, "contracts"),
            ("В перечень включено 120 наименований лекарственных средств.", 120.0, "medicines"),
            ("Больницам передали 300 кислородных концентраторов.", 300.0, "oxygen concentrators"),
            ("Планируется выпуск 400 наименований ЛС.", 400.0, "medicines"),
            ("Закуплено 50 мониторов для больницы.", 50.0, "monitors"),
        ];
        for (s, v, u) in cases {
            assert_eq!(q(s, Lang::Ru), one(*v, u), "{s}");
        }
    }

    #[test]
    fn a_part_or_bound_of_a_count_keeps_its_unit() {
        let s = "Заключено 23 соглашения, в том числе 14 инвестиционных, на 5 млрд рублей.";
        assert_eq!(q(s, Lang::Ru), vec![(23.0, "agreements".into()), (14.0, "agreements".into()), (5e9, "RUB".into())]);
        let s = "В планах сборка 100 единиц техники, за пятилетку – более 900.";
        assert_eq!(q(s, Lang::Ru), vec![(100.0, "units".into()), (900.0, "units".into())]);
        let s = "They will assemble 100 buses this year and more than 900 people will work there.";
        assert_eq!(q(s, Lang::En), one(100.0, "buses"));
        assert_eq!(q("The project will provide jobs for 268 people.", Lang::En), one(268.0, "jobs"));
        assert_eq!(q("The number of donated doses reached 300,000.", Lang::En), one(3e5, "doses"));
        assert!(q("The number of countries reached 12.", Lang::En).is_empty());
        assert_eq!(q("It buys 2 million tonnes of fertiliser.", Lang::En), one(2e6, "tonnes"));
        assert_eq!(q("The lab got 186,000 test systems.", Lang::En), one(186000.0, "test systems"));
    }

    #[test]
    fn halves_and_hundreds_in_words() {
        assert_eq!(q("China donated half a million doses.", Lang::En), one(5e5, "doses"));
        assert_eq!(q("India sent one and a half million doses.", Lang::En), one(1.5e6, "doses"));
        assert_eq!(q("Россия передала полмиллиона доз вакцины.", Lang::Ru), one(5e5, "doses"));
        assert_eq!(q("Товарооборот вырастет до полумиллиарда долларов.", Lang::Ru), one(5e8, "USD"));
        assert_eq!(q("Поставлено двести тысяч доз.", Lang::Ru), one(2e5, "doses"));
        assert_eq!(q("Поставлено двести пятьдесят тысяч доз.", Lang::Ru), one(2.5e5, "doses"));
    }

    #[test]
    fn a_model_number_is_no_count() {
        assert!(q("The plant assembles TORUM 750 combines.", Lang::En).is_empty());
        assert!(q("Завод выпускает самосвалы БЕЛАЗ 75710 для рудников.", Lang::Ru).is_empty());
        assert_eq!(q("Minsk sent 750 combines to Kazakhstan.", Lang::En), one(750.0, "combines"));
        assert_eq!(q("The fund pledged USD 5 million.", Lang::En), one(5e6, "USD"));
    }

    #[test]
    fn an_uncatalogued_plural_after_one_adjective() {
        assert_eq!(q("The city will get 700 medical facilities.", Lang::En), one(700.0, "medical facilities"));
        assert_eq!(q("It plans 3 industrial parks.", Lang::En), one(3.0, "industrial parks"));
        assert!(q("It signed 3 important papers.", Lang::En).is_empty());
        assert_eq!(q("Astana will build 11 new medical facilities.", Lang::En), one(11.0, "medical facilities"));
        assert_eq!(q("China sent 300,000 dozes of vaccine.", Lang::En), one(3e5, "doses"));
        assert_eq!(q("Речь идёт о миллионе доз.", Lang::Ru), one(1e6, "doses"));
        assert_eq!(q("Проведено 20 тысяч исследований.", Lang::Ru), one(2e4, "tests"));
    }

    #[test]
    fn medical_goods_in_english() {
        assert_eq!(q("Japan handed over 400 oxygen concentrators.", Lang::En), one(400.0, "oxygen concentrators"));
        assert_eq!(q("The hospital got 12 patient monitors.", Lang::En), one(12.0, "monitors"));
        assert_eq!(q("They shipped 2 million gloves.", Lang::En), one(2e6, "gloves"));
    }

    #[test]
    fn not_quantities() {
        let cases: &[(&str, Lang)] = &[
            ("Trade grew by 33% in 2022.", Lang::En),
            ("Trade grew by 33 percent in 2022.", Lang::En),
            ("Trade grew by 4.5 per cent over 2019-2021.", Lang::En),
            ("Товарооборот вырос на 33 процента.", Lang::Ru),
            ("Товарооборот вырос на 12,5% в 2021 году.", Lang::Ru),
            ("The commission held its 6th meeting.", Lang::En),
            ("Это 2-й завод в регионе.", Lang::Ru),
            ("He counted 42 and then 17.", Lang::En),
            ("COVID-19 vaccines were discussed.", Lang::En),
            ("The 5G network and A320 aircraft.", Lang::En),
            ("In 2022 tractors sold well.", Lang::En),
            ("Meeting at 10:30 today.", Lang::En),
            ("Resolution No. 5 agreements.", Lang::En),
            ("They met at a Nov. 12 meeting in Baku.", Lang::En),
            ("So far the country recorded 2,723 cases and six deaths.", Lang::En),
            ("He met 3 ministers and 12 new faces.", Lang::En),
            ("It took 3 years and 5 months.", Lang::En),
            ("В 2021 году заводы работали.", Lang::Ru),
            ("Цена одной дозы высока.", Lang::Ru),
            ("One company said so.", Lang::En),
        ];
        for (s, lang) in cases {
            assert_eq!(q(s, *lang), vec![], "{s}");
        }
    }

    #[test]
    fn several_in_one_sentence_with_spans() {
        let s = "They signed 3 contracts worth $2.5 billion and agreed to deliver 100 buses.";
        let found = find_quantities(s, Lang::En);
        let got: Vec<(&str, f64, &str)> = found.iter().map(|q| (&s[q.span.clone()], q.value, q.unit.as_str())).collect();
        assert_eq!(
            got,
            vec![("3 contracts", 3.0, "contracts"), ("$2.5 billion", 2.5e9, "USD"), ("100 buses", 100.0, "buses")]
        );
        assert!(found[1].is_money() && !found[0].is_money());
    }

    #[test]
    fn elided_units_continue_the_previous_count() {
        let s = "In all 4.9 million doses were donated, with another 4.6 million purchased.";
        assert_eq!(q(s, Lang::En), vec![(4.9e6, "doses".to_string()), (4.6e6, "doses".to_string())]);
        let s = "The plant will make 8 insulins, and another 8 will be made elsewhere.";
        assert_eq!(q(s, Lang::En), vec![(8.0, "insulins".to_string()), (8.0, "insulins".to_string())]);
        let s = "Поставлено 2 млн доз, ещё 1,5 млн ожидается.";
        assert_eq!(q(s, Lang::Ru), vec![(2e6, "doses".to_string()), (1.5e6, "doses".to_string())]);
        // A bare number after a count is not the same count.
        assert_eq!(q("They built 3 plants in 12 regions.", Lang::En), vec![(3.0, "plants".to_string())]);
        // Money does not lend its unit.
        assert_eq!(q("It cost $5 million, and 3 more.", Lang::En), vec![(5e6, "USD".to_string())]);
    }
}
