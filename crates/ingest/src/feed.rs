//! RSS and Atom items as documents (`feed-rs` parses every dialect: RSS
//! 0.9x/1.0/2.0, Atom, JSON Feed). An item's text is its full content when
//! the feed carries it, else its summary, with HTML markup reduced to text.

use crate::files::InputItem;
use onshore_core::{Document, InputError};
use std::path::Path;

/// `.rss` and `.atom` by name; `.xml` when the first bytes look like a feed.
pub fn is_feed_path(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    if name.ends_with(".rss") || name.ends_with(".atom") {
        return true;
    }
    if name.ends_with(".xml") {
        let mut head = [0u8; 1024];
        let n = std::fs::File::open(path).and_then(|mut f| std::io::Read::read(&mut f, &mut head)).unwrap_or(0);
        let s = String::from_utf8_lossy(&head[..n]).to_ascii_lowercase();
        return s.contains("<rss") || s.contains("<feed") || s.contains("<rdf:rdf");
    }
    false
}

/// Items of a feed file, each paired with `file#n`.
pub fn read_feed_file(path: &Path) -> Vec<(String, InputItem)> {
    let source = path.display().to_string();
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    match std::fs::read(path) {
        Err(e) => vec![(source.clone(), InputItem::Error(InputError { source, reason: format!("cannot read: {e}") }))],
        Ok(bytes) => match parse_feed(&bytes, &stem) {
            Err(reason) => vec![(source.clone(), InputItem::Error(InputError { source, reason }))],
            Ok(items) => items
                .into_iter()
                .enumerate()
                .map(|(i, item)| {
                    let at = format!("{source}#{}", i + 1);
                    match item {
                        Ok(doc) => (at, InputItem::Doc(doc)),
                        Err(reason) => (at.clone(), InputItem::Error(InputError { source: at, reason })),
                    }
                })
                .collect(),
        },
    }
}

/// One feed's items in feed order. `prefix` names documents whose item has
/// no usable link (`prefix-3`). The outer error is a feed that does not
/// parse; an inner error an item with no text.
pub fn parse_feed(bytes: &[u8], prefix: &str) -> Result<Vec<Result<Document, String>>, String> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| format!("not an RSS/Atom feed: {e}"))?;
    Ok(feed
        .entries
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            let link = e.links.first().map(|l| l.href.clone());
            let title = e.title.map(|t| html_to_text(&t.content)).filter(|t| !t.is_empty());
            let content = e.content.and_then(|c| c.body).map(|b| html_to_text(&b)).unwrap_or_default();
            let summary = e.summary.map(|s| html_to_text(&s.content)).unwrap_or_default();
            let text = if content.len() >= summary.len() { content } else { summary };
            let text = match (&title, text.is_empty()) {
                (Some(t), true) => t.clone(),
                _ => text,
            };
            if text.trim().is_empty() {
                return Err("feed item has no text".to_string());
            }
            let published = e.published.or(e.updated).map(|d| d.format("%Y-%m-%d").to_string());
            let id = link.as_deref().and_then(slug).unwrap_or_else(|| format!("{prefix}-{}", i + 1));
            Ok(Document { id, url: link, title, published, text })
        })
        .collect())
}

/// A document id from an item link: its last path segment without extension
/// (`https://x.kz/news/roche-signs.html` → `roche-signs`).
fn slug(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next()?;
    let path = match path.split_once("://") {
        Some((_, rest)) => rest.split_once('/')?.1,
        None => path,
    };
    let seg = path.trim_end_matches('/').rsplit('/').next()?;
    if seg.is_empty() || seg.contains(':') {
        return None;
    }
    let seg = seg.rsplit_once('.').map(|(a, _)| a).unwrap_or(seg);
    let clean: String = seg.chars().filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_')).collect();
    (!clean.is_empty()).then_some(clean)
}

/// Markup of a feed fragment to plain text: block elements become line
/// breaks, tags go, entities are decoded. (Readability-style cleaning is for
/// whole pages; a fragment is all content.)
pub fn html_to_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt..];
        let Some(gt) = after.find('>') else {
            out.push_str(after);
            rest = "";
            break;
        };
        let tag = after[1..gt].trim_start_matches('/').to_ascii_lowercase();
        let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if matches!(name.as_str(), "p" | "br" | "div" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "tr" | "blockquote") {
            out.push('\n');
        }
        rest = &after[gt + 1..];
    }
    out.push_str(rest);
    let decoded = decode_entities(&out);
    decoded
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let ent = &after[1..e];
            let c = match ent {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                "laquo" => Some('«'),
                "raquo" => Some('»'),
                "mdash" => Some('—'),
                "ndash" => Some('–'),
                _ if ent.starts_with("#x") || ent.starts_with("#X") => u32::from_str_radix(&ent[2..], 16).ok().and_then(char::from_u32),
                _ if ent.starts_with('#') => ent[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_become_text() {
        assert_eq!(html_to_text("<p>Roche &amp; Kazakhstan</p><p>signed&nbsp;a deal</p>"), "Roche & Kazakhstan\nsigned a deal");
        assert_eq!(html_to_text("&laquo;Фарм&raquo; &#1040;"), "«Фарм» А");
    }

    #[test]
    fn slugs_from_links() {
        assert_eq!(slug("https://example.kz/news/roche-signs.html?x=1").as_deref(), Some("roche-signs"));
        assert_eq!(slug("https://example.kz/"), None);
        assert_eq!(slug("https://example.kz/ru/новости/2024/"), Some("2024".into()));
    }
}
