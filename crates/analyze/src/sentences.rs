//! Sentence splitting for news prose in English and Russian.
//!
//! Generic Unicode segmentation splits after every period followed by a
//! capital, which cuts "Gov. Smith", "А. А. Иванов" and "в 2021 г. Минздрав"
//! in half; an evidence sentence cut that way loses its subject. So a period
//! ends a sentence only when the word before it is not an abbreviation or an
//! initial, and the text after it looks like a sentence start.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

/// Abbreviations after which a period never ends a sentence: titles and
/// words that always precede a name or number ("Dr. Smith", "г. Минск",
/// "ул. Ленина", "No. 5", "U.S. President"). Compared case-sensitively for
/// Latin titles, lower-cased for Russian.
const NEVER_END: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gov", "Sen", "Rep", "St", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj",
    "Adm", "Cmdr", "Rev", "Hon", "Pres", "Amb", "Mt", "Ft", "No", "Nos", "Nr", "Art", "Vol", "pp", "vs",
    "e.g", "i.e", "cf", "approx", "U.S", "U.K", "U.N", "E.U", "U.S.A",
    // Legal forms that stand inside a name ("Adipson Ind. Srl.", "Avantika Medex Pvt. Ltd.").
    "Ind", "Pvt",
    // Russian
    "г", "гг", "им", "ул", "д", "проф", "акад", "пр", "просп", "пер", "пл", "обл", "р-н", "ст", "корп",
    "стр", "т.е", "т.н", "т.к", "напр", "см", "ср", "ген", "зам", "мин", "чл", "о", "оз", "пос", "с", "корр",
    // The two-letter initial of foreign names: "Дерек Дж. Хоган".
    "дж",
];

/// Abbreviations that often end a sentence too ("...35 млн.", "...Ltd.",
/// "...и т.д."): a period after them ends one only when the next word
/// starts with a capital letter.
const MAYBE_END: &[&str] = &[
    "Inc", "Co", "Ltd", "Corp", "LLC", "Srl", "GmbH", "Jr", "Sr", "etc", "a.m", "p.m", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "bn", "mln", "mn", "m",
    // Russian
    "млн", "млрд", "трлн", "тыс", "руб", "долл", "коп", "т.д", "т.п", "др", "пр", "кв", "км", "куб",
];

static NEVER: LazyLock<HashSet<&'static str>> = LazyLock::new(|| NEVER_END.iter().copied().collect());
static MAYBE: LazyLock<HashSet<&'static str>> = LazyLock::new(|| MAYBE_END.iter().copied().collect());

const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '“'];

/// Byte spans of the sentences of `text`, in order, trimmed of surrounding
/// whitespace. A line break ends a sentence unless it is a soft wrap: the
/// line stops without closing punctuation and the next goes on in lower
/// case, or the whole text is hard-wrapped at a fixed width (newswire copies
/// are) and the line reaches that width.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let width = wrap_width(text);
    let mut out = Vec::new();
    let mut block_start = 0;
    let mut line_start = 0;
    for (i, ch) in text.char_indices() {
        if ch == '\r' && text[i + 1..].starts_with('\n') {
            continue;
        }
        if ch == '\n' || ch == '\r' {
            let next_start = i + ch.len_utf8();
            if !(ch == '\n' && soft_break(&text[line_start..i], &text[next_start..], width)) {
                split_line(text, block_start..i, &mut out);
                block_start = next_start;
            }
            line_start = next_start;
        }
    }
    split_line(text, block_start..text.len(), &mut out);
    out
}

/// The width a hard-wrapped text is wrapped at, or `None` for text whose
/// line breaks are paragraph breaks: at least three lines, none longer than
/// 120 characters, and most ending mid-sentence.
fn wrap_width(text: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().map(str::trim_end).filter(|l| !l.trim().is_empty()).collect();
    if lines.len() < 3 {
        return None;
    }
    let longest = lines.iter().map(|l| l.chars().count()).max()?;
    if longest > 120 || longest < 40 {
        return None;
    }
    let open = lines.iter().filter(|l| !ends_closed(l)).count();
    (open * 2 >= lines.len()).then_some(longest)
}

/// The line ends with sentence-closing punctuation (or a colon or semicolon).
fn ends_closed(line: &str) -> bool {
    line.trim_end().trim_end_matches(CLOSERS).ends_with(['.', '!', '?', '…', ':', ';'])
}

fn soft_break(line: &str, rest: &str, width: Option<usize>) -> bool {
    let line = line.trim_end_matches('\r');
    let next_line = rest.split('\n').next().unwrap_or("").trim_start();
    let Some(next) = next_line.chars().next() else { return false };
    // "направлено 100 тыс." + "доз вакцины": an abbreviation's period, the line going on.
    if let Some(before) = line.trim_end().strip_suffix('.') {
        if next.is_lowercase() && !period_ends(before, next_line) {
            return true;
        }
    }
    if line.trim().is_empty() || ends_closed(line) {
        return false;
    }
    if next.is_lowercase() {
        return true;
    }
    // A wrapped line fills most of the width; a title or list item does not.
    width.is_some_and(|w| line.chars().count() * 10 >= w * 7 && (next.is_alphanumeric() || matches!(next, '$' | '€' | '«' | '"' | '(')))
}

fn split_line(text: &str, line: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[line.clone()];
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, ch)) = iter.next() {
        if !matches!(ch, '.' | '!' | '?' | '…') {
            continue;
        }
        // Swallow runs of terminal punctuation ("?!", "...") and closing quotes.
        let mut end = i + ch.len_utf8();
        while let Some(&(j, c)) = iter.peek() {
            // A straight quote glued to the next word opens the next sentence.
            let opens_next = c == '"' && s[j + 1..].chars().next().is_some_and(char::is_alphabetic);
            if (matches!(c, '.' | '!' | '?' | '…') || CLOSERS.contains(&c)) && !opens_next {
                end = j + c.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        let rest = &s[end..];
        let after_space = rest.trim_start_matches([' ', '\t', '\u{a0}', '\u{202f}', '\u{2009}', '\n', '\r']);
        if after_space.len() == rest.len() && !rest.is_empty() {
            // "1.5", "U.S.", "example.com": no space, no boundary; but scraped
            // text loses the space between sentences: "the company said.Under the deal".
            if !(ch == '.' && glued_sentence_start(&s[..i], rest)) {
                continue;
            }
        }
        let Some(next) = after_space.chars().next() else {
            continue; // end of line: the line end closes the sentence
        };
        if !starts_sentence(next) {
            continue;
        }
        if ch == '.' && end == i + 1 && !period_ends(&s[..i], after_space) {
            continue;
        }
        push_trimmed(text, line.start + start..line.start + end, out);
        start = end;
    }
    push_trimmed(text, line.start + start..line.end, out);
}

/// A sentence glued to the previous one's period: a lower-case word of three
/// letters or more before it, a capitalised word (capital, then lower case)
/// after it, possibly behind an opening quote.
fn glued_sentence_start(before: &str, rest: &str) -> bool {
    let word: Vec<char> = before.chars().rev().take_while(|c| c.is_alphabetic()).collect();
    if word.len() < 3 || !word.iter().all(|c| c.is_lowercase()) {
        return false;
    }
    let mut next = rest.chars().skip_while(|c| matches!(c, '"' | '“' | '«'));
    matches!((next.next(), next.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase())
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(c, '"' | '“' | '«' | '„' | '\'' | '‘' | '(' | '[' | '—' | '–' | '-' | '•' | '*')
}

/// Does a period directly after `before` end a sentence, given the text
/// `after` that follows it (past the spaces)?
fn period_ends(before: &str, after: &str) -> bool {
    let next = after.chars().next().unwrap_or(' ');
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '.' || *c == '-'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = before[word_start..].trim_start_matches(['.', '-']);
    if word.is_empty() {
        return true;
    }
    // A single letter is an initial: "J. Smith", "А. А. Иванов", "Иванов А.А." ...
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    if chars.next().is_none() && first.is_alphabetic() {
        if first.is_uppercase() || NEVER.contains(word) {
            return false;
        }
        return !MAYBE.contains(word) || next.is_uppercase();
    }
    // ... as are dotted runs of single letters ("А.А", "U.S", "a.m").
    if is_dotted_initials(word) {
        let dotted_lower = word.to_lowercase();
        if NEVER.contains(word) || NEVER.contains(dotted_lower.as_str()) {
            return false;
        }
        return (MAYBE.contains(dotted_lower.as_str()) || word.chars().any(char::is_lowercase)) && next.is_uppercase();
    }
    if word.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    let lower = word.to_lowercase();
    if NEVER.contains(word) || (is_cyrillic(word) && NEVER.contains(lower.as_str())) {
        return false;
    }
    if lower == "долл" && after.starts_with("США") {
        return false;
    }
    if MAYBE.contains(word) || MAYBE.contains(lower.as_str()) {
        return next.is_uppercase();
    }
    true
}

fn is_dotted_initials(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    parts.len() >= 2 && parts.iter().all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

fn is_cyrillic(word: &str) -> bool {
    word.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// List bullets are layout, not part of the sentence they introduce.
const BULLETS: &[char] = &['•', '●', '▪', '■', '◦', '·', '‣', '*', '►', '✓', '✔'];

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let mut trimmed = s.trim();
    while let Some(rest) = trimmed.strip_prefix(BULLETS) {
        if !rest.starts_with(char::is_whitespace) {
            break;
        }
        trimmed = rest.trim_start();
    }
    if trimmed.is_empty() {
        return;
    }
    let lead = trimmed.as_ptr() as usize - s.as_ptr() as usize;
    out.push(r.start + lead..r.start + lead + trimmed.len());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split_sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    /// Each case: the sentences, joined by a single space, must split back into themselves.
    const ROUND_TRIP: &[&[&str]] = &[
        &["Mr. Brown met Dr. Green in St. Petersburg.", "They signed two contracts."],
        &["Gov. Adams visited Acme Inc. on Monday.", "The plant opened in 2021."],
        &["The U.S. Department of Commerce agreed.", "Prices rose by 1.5 percent."],
        &["J. Smith and K. L. Jones spoke at 10 a.m. on Jan. 5.", "Nothing else happened."],
        &["He said: \"We will build it.\"", "The minister agreed."],
        &["Is it ready?", "Yes!", "It opened on 1 May."],
        &["Завод построят в г. Минске к 2025 г. и запустят позже.", "Об этом сообщил министр."],
        &["А. А. Иванов и Петров В.В. подписали соглашение.", "Документ вступит в силу в 2024 году."],
        &["Объём инвестиций составит около 35 млн. долл. США.", "Это первый этап."],
        &["Речь идёт о лекарствах, вакцинах и т.п. вещах.", "Министр (проф. Сидоров) согласился."],
        &["Встреча прошла на ул. Ленина, д. 5.", "Стороны обсудили поставки."],
        &["«Мы запустим производство», — сказал он.", "Работы начнутся весной."],
        &["Выпуск составил 1,5 млн доз.", "В 2023 г. планируется больше."],
        &["Поставки выросли на 12,5%.", "Это рекорд."],
        &["The firm is Acme Ltd.", "Its partner is Beta Co.", "They agreed."],
    ];

    #[test]
    fn round_trips() {
        for case in ROUND_TRIP {
            let text = case.join(" ");
            assert_eq!(sentences(&text), case.to_vec(), "{text}");
        }
    }

    #[test]
    fn newline_ends_a_sentence_unless_the_line_goes_on() {
        let text = "Headline without period\nFirst sentence. Second one\n\n  Third  ";
        assert_eq!(sentences(text), vec!["Headline without period", "First sentence.", "Second one", "Third"]);
        let text = "Trade passed $13\nbillion last year.\r\nIt grows.";
        assert_eq!(sentences(text), vec!["Trade passed $13\nbillion last year.", "It grows."]);
        let text = "Во Вьетнам направлено 100 тыс.\nдоз вакцины. Дальше.\nконец строки";
        assert_eq!(sentences(text), vec!["Во Вьетнам направлено 100 тыс.\nдоз вакцины.", "Дальше.", "конец строки"]);
    }

    #[test]
    fn a_sentence_glued_to_a_period_still_starts() {
        assert_eq!(sentences("The company said.Under the deal it pays."), vec!["The company said.", "Under the deal it pays."]);
        assert_eq!(sentences("It said in a statement.\"As part of it, we build.\""), vec!["It said in a statement.", "\"As part of it, we build.\""]);
        // Not sentence ends: abbreviations, domains, initials, decimals.
        assert_eq!(sentences("See example.com and e.g.Smith or J.Smith at 1.5 mln."), vec!["See example.com and e.g.Smith or J.Smith at 1.5 mln."]);
    }

    #[test]
    fn hard_wrapped_text_is_read_across_line_ends() {
        let text = "Hard-wrapped newswire copy\n\
            ASTANA, May 3. The ministry of health signed an agreement with\n\
            Acme Pharma on the local production of insulin at a plant in the\n\
            Karaganda region. The plant will make ten million vials a year and\n\
            Beta Labs will supply the substance. Talks on a second plant went on\n\
            Later news.\n\
            Another short line";
        let got = sentences(text);
        assert_eq!(got[0], "Hard-wrapped newswire copy");
        assert_eq!(got[1], "ASTANA, May 3.");
        assert_eq!(got[2], "The ministry of health signed an agreement with\nAcme Pharma on the local production of insulin at a plant in the\nKaraganda region.");
        assert_eq!(got[3], "The plant will make ten million vials a year and\nBeta Labs will supply the substance.");
        assert!(got.contains(&"Another short line"), "{got:?}");
        let short = "The agency signed a memorandum with Guoju\nMedical Technology Co. during talks held in\nTianjin, the ministry said.";
        assert_eq!(sentences(short).len(), 1, "{:?}", sentences(short));
        // Short lines of a list are not a wrapped paragraph.
        let list = "Insulin\nHeparin\nAspirin\nParacetamol\nIbuprofen\nMetformin\nAtorvastatin";
        assert_eq!(sentences(list).len(), 7);
    }

    #[test]
    fn lowercase_continuation_does_not_split() {
        assert_eq!(sentences("It costs approx. ten dollars. ok fine"), vec!["It costs approx. ten dollars. ok fine"]);
    }

    #[test]
    fn spans_are_ordered_trimmed_and_inside_text() {
        let text = "  One. Two!  Three?\r\nFour…  Five ";
        let spans = split_sentences(text);
        assert_eq!(sentences(text), vec!["One.", "Two!", "Three?", "Four…", "Five"]);
        for w in spans.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
    }

    #[test]
    fn list_bullets_are_dropped() {
        let text = "Plans include:\n  • Building a plant;\n* Training staff.\n•\n*Bold* text";
        assert_eq!(sentences(text), vec!["Plans include:", "Building a plant;", "Training staff.", "•", "*Bold* text"]);
    }

    #[test]
    fn empty_and_blank() {
        assert!(split_sentences("").is_empty());
        assert!(split_sentences(" \n \n").is_empty());
    }
}
