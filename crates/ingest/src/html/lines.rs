//! Line-level cleanup of extracted text: what survives DOM pruning because it
//! has no telling markup ("Continue Reading Below", "Photo: AP", a dateline,
//! a shouted teaser link) is recognised by its wording.

use regex::Regex;
use std::sync::LazyLock;

/// Whole lines that are interface, not article (English and Russian).
static FURNITURE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:",
        r"advertisement|advert|ad|sponsored( content)?|continue reading( below)?|read more|read next|",
        r"see more|show more|load more|more|related|related (?:articles|stories|news|content|coverage)|",
        r"(?:read|see|watch|also read|related|more|don't miss|must read)\s*:.*|don't miss|",
        r"more (?:on this|from|stories|news)\b.*|you (?:may|might) also like.*|recommended|",
        r"share( this)?( article| story)?|share on \w+|tweet|email|print|comments?|\d+ comments?|",
        r"leave a (?:comment|reply)|click here.*|subscribe.*|sign up.*|follow us.*|",
        r"image \d+ (?:of )?/? ?\d+|caption|close|expand|enlarge|photo|video|watch|listen|",
        r"tags?:?.*|topics?:|filed under:?.*|(?:photo|image|picture|credit|source)s?: .{0,80}|",
        r"©.*|copyright .*|all rights reserved.*|",
        r"реклама|читайте также.*|читать также.*|смотрите также.*|по теме:?.*|подробнее.*|",
        r"поделиться|комментари[йи]|\d+ комментари\w*|подписывайтесь.*|фото:.{0,80}|",
        r"источник:.{0,80}|теги:?.*|все права защищены.*|новости партнеров|популярное|",
        r"(?:добавить|оставить|написать) (?:отзыв|комментарий)|версия для печати|нашли ошибку\?.*",
        r")[.:!]?$"
    ))
    .expect("furniture line regex")
});

/// A short line announcing when the piece was published or updated.
static TIMESTAMP_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:\|\s*)?(?:published|updated|posted|last updated|last modified|modified|",
        r"опубликовано|обновлено|дата публикации|изменено)\b"
    ))
    .expect("timestamp line regex")
});

static BYLINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:By|BY|Автор:?|Текст:)\s+\p{Lu}").expect("byline regex"));

/// Headings that open the boxes sites put after an article ("Related
/// stories", "Читайте также"): when one appears in the second half of the
/// text, nothing after it is the article any more.
static END_OF_ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:related(?: articles| stories| news| posts| content| coverage| reading)?|",
        r"more (?:stories|news|articles|from [\w .]+|on this(?: story| topic)?)|",
        r"you (?:may|might) (?:also )?(?:like|be interested in|have missed)|",
        r"recommended(?: for you| stories| reading)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|",
        r"want more stories like this\?|top stories|latest news|",
        r"читайте также|читайте еще|другие новости|похожие (?:новости|статьи|материалы|публикации)|",
        r"(?:сам(?:ое|ые) )?(?:популярн|читаем|обсуждаем)\w*(?: \w+)?|новости партн[её]ров|по теме|ещ[её] по теме|",
        r"(?:другие|последние|похожие) (?:статьи|материалы|записи|публикации)|",
        r"лента новостей|последние новости|(?:\d+ )?comments?|(?:\d+ )?комментари[йяи]\w*|tags|теги|метки",
        r")[.:!]?$"
    ))
    .expect("end-of-article regex")
});

/// Cleans `text` (paragraphs separated by blank or single newlines) into
/// paragraphs joined by `\n`.
pub(crate) fn clean_lines(text: &str) -> String {
    let text = cut_trailing_boxes(text);
    let mut previous: Option<String> = None;
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = squeeze_spaces(line);
        if line.is_empty() || is_furniture(&line) {
            continue;
        }
        // A line straight after itself is markup duplicated for another
        // screen size; repeats further apart can be real (a recipe's headings).
        if previous.as_deref() == Some(line.as_str()) {
            continue;
        }
        previous = Some(line.clone());
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&line);
    }
    out
}

fn cut_trailing_boxes(text: &str) -> &str {
    let half = text.len() / 2;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if at >= half && !trimmed.is_empty() && END_OF_ARTICLE.is_match(trimmed) {
            return &text[..at];
        }
        at += line.len();
    }
    text
}

fn squeeze_spaces(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for word in line.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A teaser link to another story, tagged the tabloid way: "... [VIDEO]".
static TEASER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[[A-Z ]{3,}\]\s*\|?$").expect("teaser regex"));

/// Calls to subscribe or follow, in one sentence or two.
static PROMPT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:sign up|subscribe|newsletter|follow (?:us|@)|in your inbox|have a tip\?|",
        r"affiliate links?|join the (?:conversation|discussion)|",
        r"подпис(?:ыва)?йтесь|наш (?:телеграм|telegram)|рассылк)"
    ))
    .expect("prompt regex")
});

/// A line that is only a place and a date ("Казань, 12 апреля 2022 г.",
/// "WASHINGTON, Nov. 19, 2019"): the date is kept as `published`, the line
/// carries no fact.
fn is_dateline(line: &str, words: usize) -> bool {
    if words > 8 {
        return false;
    }
    let Some(date) = super::date::find_date_span(line) else { return false };
    let rest = format!("{} {}", &line[..date.start], &line[date.end..]);
    rest.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().any(char::is_alphabetic)).count() <= 3
}

fn is_furniture(line: &str) -> bool {
    let words = line.split_whitespace().count();
    if is_dateline(line, words) {
        return true;
    }
    if words <= 30 && (TEASER.is_match(line) || PROMPT.is_match(line)) {
        return true;
    }
    if words <= 12 && FURNITURE_LINE.is_match(line) {
        return true;
    }
    if words <= 16 && (TIMESTAMP_LINE.is_match(line) || BYLINE.is_match(line)) {
        return true;
    }
    // Short capital kickers ("DON'T MISS", "RANDY ANDY"); longer capital
    // lines can be wire-style subheads and are judged in the DOM instead.
    words <= 3 && !line.ends_with('?') && super::boilerplate::is_shouting(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_furniture_keeps_prose() {
        let text = "Published 1 day ago\n\nThe plant will make insulin.\n\nContinue Reading Below\n\n\
                    DON'T MISS\n\nФото: ТАСС\n\nЗавод выпустит инсулин.\n\n\
                    The plant will make insulin.\n\nBy Jane Roe\nЧитайте также: новости";
        assert_eq!(
            clean_lines(text),
            "The plant will make insulin.\nЗавод выпустит инсулин.\nThe plant will make insulin."
        );
        assert_eq!(clean_lines("Same line.\n\nSame line.\nOther."), "Same line.\nOther.");
        assert_eq!(clean_lines("Казань, 12 апреля 2022 г.\nWASHINGTON, Nov. 19, 2019\nText."), "Text.");
        let dated = "On 12 April 2022 the plant opened.";
        assert_eq!(clean_lines(dated), dated);
    }

    #[test]
    fn boxes_after_the_article_are_cut() {
        let article = "Завод открыт.\n\nОн будет выпускать шприцы для больниц региона.\n\n";
        let text = format!("{article}Читайте также\n\nДругой завод открыт\n\nЕщё одна новость");
        assert_eq!(clean_lines(&text), "Завод открыт.\nОн будет выпускать шприцы для больниц региона.");
        // In the first half such a heading is a heading of the article.
        let text = format!("Related\n\n{article}");
        assert!(clean_lines(&text).contains("шприцы"));
    }

    #[test]
    fn keeps_long_lines_that_start_like_furniture() {
        let line = "Tags on imported drugs will change next year, the ministry said on Tuesday, \
                    after talks with producers in three regions of the country.";
        assert_eq!(clean_lines(line), line);
    }
}
