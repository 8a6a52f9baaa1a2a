//! Safe HTML fragments from untrusted text: escaping, `<mark>` highlighting
//! of query words and entity names, and percent-encoding for links.
//!
//! Every function here escapes every character of input text it emits; the
//! only markup in the output is the `<mark>`/`<a>` tags built here, whose
//! attribute values are escaped too.

/// Escape text for an HTML element body or a quoted attribute value.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Percent-encode a path segment or query value (RFC 3986 unreserved kept).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// What to find in a text and how to wrap it.
#[derive(Debug, Clone)]
pub struct Needle {
    /// Lower-cased characters to look for.
    chars: Vec<char>,
    /// Matches may run on to the end of the word (inflected forms:
    /// `Минздрав` finds `Минздрава`); short needles must end at a word boundary.
    prefix: bool,
    /// Link target for the match, if any (unescaped; escaped on output).
    href: Option<String>,
}

impl Needle {
    pub fn word(text: &str, prefix: bool, href: Option<String>) -> Option<Needle> {
        let chars: Vec<char> = text.trim().chars().map(lower).collect();
        (chars.len() >= 2).then_some(Needle { chars, prefix, href })
    }
}

fn lower(c: char) -> char {
    // One char in, one char out, so positions in the lowered text match the original.
    let l = c.to_lowercase().next().unwrap_or(c);
    if l == 'ё' {
        'е'
    } else {
        l
    }
}

/// Needles for the words of a search query: stems (the first ⅔ of each word,
/// at least 4 letters) matched as word prefixes, as the store's stemmed search does.
pub fn query_needles(query: &str) -> Vec<Needle> {
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .filter_map(|w| {
            let n = w.chars().count();
            let keep = n.min(4.max(n * 2 / 3 + 1));
            Needle::word(&w.chars().take(keep).collect::<String>(), true, None)
        })
        .collect()
}

/// Escape `text`, wrapping the longest needle found at each word start in
/// `<mark>` (and `<a href>` when the needle has a link).
pub fn highlight(text: &str, needles: &[Needle]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let lowered: Vec<char> = chars.iter().map(|&c| lower(c)).collect();
    let mut out = String::with_capacity(text.len() + 64);
    let mut i = 0;
    let mut plain_start = 0;
    while i < chars.len() {
        let at_word_start = chars[i].is_alphanumeric() && (i == 0 || !chars[i - 1].is_alphanumeric());
        let found = if at_word_start { longest_match(&lowered, i, needles) } else { None };
        match found {
            Some((end, needle)) => {
                out.push_str(&escape(&chars[plain_start..i].iter().collect::<String>()));
                let matched = escape(&chars[i..end].iter().collect::<String>());
                match &needle.href {
                    Some(h) => out.push_str(&format!("<a class=\"ent\" href=\"{}\"><mark>{matched}</mark></a>", escape(h))),
                    None => out.push_str(&format!("<mark>{matched}</mark>")),
                }
                i = end;
                plain_start = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&escape(&chars[plain_start..].iter().collect::<String>()));
    out
}

fn longest_match<'a>(text: &[char], start: usize, needles: &'a [Needle]) -> Option<(usize, &'a Needle)> {
    let mut best: Option<(usize, &Needle)> = None;
    for n in needles {
        let end = start + n.chars.len();
        if end > text.len() || text[start..end] != n.chars[..] {
            continue;
        }
        let mut stop = end;
        if n.prefix {
            while stop < text.len() && text[stop].is_alphanumeric() {
                stop += 1;
            }
        } else if stop < text.len() && text[stop].is_alphanumeric() {
            continue;
        }
        if best.map_or(true, |(e, _)| stop > e) {
            best = Some((stop, n));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(escape("<script>alert('x')</script> & \"q\""), "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    }

    #[test]
    fn highlights_query_stems_case_blind_in_both_scripts() {
        let html = highlight("Vaccines <b>and</b> ВАКЦИНЫ; vaccination", &query_needles("vaccine вакцина"));
        assert_eq!(html, "<mark>Vaccines</mark> &lt;b&gt;and&lt;/b&gt; <mark>ВАКЦИНЫ</mark>; <mark>vaccination</mark>");
    }

    #[test]
    fn entity_needles_link_and_respect_word_boundaries() {
        let needles = vec![
            Needle::word("Минздрав", true, Some("/entities/1?a=<x>".into())).unwrap(),
            Needle::word("RF", false, None).unwrap(),
        ];
        let html = highlight("Минздрава и RFID, RF.", &needles);
        assert_eq!(
            html,
            "<a class=\"ent\" href=\"/entities/1?a=&lt;x&gt;\"><mark>Минздрава</mark></a> и RFID, <mark>RF</mark>."
        );
    }

    #[test]
    fn highlight_never_lets_markup_through() {
        let needles = query_needles("script alert");
        let html = highlight("<script>alert(1)</script><img src=x onerror=alert(2)>", &needles);
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;<mark>script</mark>&gt;"), "{html}");
    }

    #[test]
    fn encodes_path_segments() {
        assert_eq!(encode("Минздрав России/x?"), "%D0%9C%D0%B8%D0%BD%D0%B7%D0%B4%D1%80%D0%B0%D0%B2%20%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D0%B8%2Fx%3F");
    }
}
