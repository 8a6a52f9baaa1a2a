//! Title, canonical URL and publication date from a page's markup, read
//! before any pruning (the dateline often sits in the furniture).
//!
//! Publishers state the date in many places with different reliability;
//! the order below goes from machine-written metadata (`article:published_time`,
//! JSON-LD `datePublished`) to `<time>` elements and finally visible text.

use super::date::find_date;
use dom_query::{Document, NodeRef};
use regex::Regex;
use serde_json::Value;
use std::sync::LazyLock;

#[derive(Debug, Default)]
pub(crate) struct PageMeta {
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
}

/// `<meta>` names and properties that carry the publication date, best first.
const DATE_META: &[&str] = &[
    "article:published_time",
    "article:published",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
    "citation_publication_date",
    "article:modified_time",
    "og:updated_time",
];

const TITLE_META: &[&str] = &["og:title", "twitter:title", "headline", "title"];

static DATE_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)date|time|publish|posted|dateline|byline|meta").expect("date class regex")
});

pub(crate) fn read(doc: &Document) -> PageMeta {
    let mut metas: Vec<(String, String)> = Vec::new();
    for node in doc.select("meta").nodes() {
        let Some(content) = node.attr("content") else { continue };
        let content = content.trim();
        if content.is_empty() {
            continue;
        }
        for key in ["property", "name", "itemprop"] {
            if let Some(k) = node.attr(key) {
                // `itemprop="datePublished dateCreated"` names two properties.
                for k in k.split_whitespace() {
                    metas.push((k.to_ascii_lowercase(), content.to_string()));
                }
            }
        }
    }
    let meta = |names: &[&str]| -> Option<String> {
        names.iter().find_map(|n| metas.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone()))
    };
    let json_ld = JsonLd::read(doc);

    let site_name = meta(&["og:site_name", "application-name"]);
    // The page's headline element: the first sizeable <h1>, or on pages
    // without one (old templates) the first <h2>.
    let heading = |tag: &str| {
        doc.select(tag).nodes().iter().map(|h| squeeze(&h.text())).find(|t| t.chars().count() >= 8)
    };
    let h1 = heading("h1").or_else(|| heading("h2"));
    let stated_title = meta(&TITLE_META[..2])
        .or_else(|| json_ld.headline.clone())
        .or_else(|| meta(&TITLE_META[2..]))
        .or_else(|| doc.select("title").nodes().first().map(|t| t.text().to_string()));
    let title = choose_title(stated_title.as_deref(), h1.as_deref(), site_name.as_deref());

    let url = doc
        .select(r#"link[rel="canonical"]"#)
        .nodes()
        .iter()
        .find_map(|l| l.attr("href").map(|h| h.trim().to_string()))
        .or_else(|| meta(&["og:url"]))
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));

    let published = DATE_META
        .iter()
        .filter_map(|n| metas.iter().find(|(k, _)| k == n))
        .find_map(|(_, v)| find_date(v))
        .or_else(|| json_ld.date_published.as_deref().and_then(find_date))
        .or_else(|| time_elements(doc))
        .or_else(|| url.as_deref().and_then(url_date))
        .or_else(|| dateline_elements(doc));

    PageMeta { title, url, published }
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The headline without the site's name glued to it ("Title | Site").
fn choose_title(stated: Option<&str>, h1: Option<&str>, site: Option<&str>) -> Option<String> {
    let stated = stated.map(squeeze).filter(|t| !t.is_empty());
    if let (Some(s), Some(h)) = (&stated, h1) {
        if s.contains(h) {
            return Some(h.to_string());
        }
    }
    let stated = stated.or_else(|| h1.map(str::to_string))?;
    let title = strip_site_name(stated, site);
    // A title of a few words ("Ministry :: News") names the section, not
    // the story, when the page has a proper headline.
    let longest_part = title
        .split([' ', '|', ':', '-', '—', '–', '»', '·'])
        .collect::<Vec<_>>()
        .split(|w| w.is_empty() || !w.chars().any(char::is_alphanumeric))
        .map(<[&str]>::len)
        .max()
        .unwrap_or(0);
    match h1 {
        Some(h) if longest_part <= 3 && h.split_whitespace().count() >= 4 => Some(h.to_string()),
        _ => Some(title),
    }
}

fn strip_site_name(stated: String, site: Option<&str>) -> String {
    for sep in [" | ", " — ", " – ", " - ", " :: ", " » ", " · "] {
        let parts: Vec<&str> = stated.split(sep).collect();
        if parts.len() < 2 {
            continue;
        }
        let named_site = |p: &str| site.is_some_and(|s| p.trim().eq_ignore_ascii_case(s.trim()));
        let words = |p: &str| p.split_whitespace().count();
        let (first, last) = (parts[0], parts[parts.len() - 1]);
        // A short tail after a long head is the site's name; a head is only
        // taken for the site's name when the page says so.
        if named_site(last) || (words(last) <= 3 && words(first) >= 4) {
            return parts[..parts.len() - 1].join(sep);
        }
        if named_site(first) {
            return parts[1..].join(sep);
        }
    }
    stated
}

/// What JSON-LD says about the article.
#[derive(Default)]
struct JsonLd {
    headline: Option<String>,
    date_published: Option<String>,
}

impl JsonLd {
    fn read(doc: &Document) -> Self {
        let mut found = JsonLd::default();
        for script in doc.select(r#"script[type="application/ld+json"]"#).nodes() {
            let text = script.text();
            // Some sites end the block with a stray `;` or wrap it in CDATA.
            let text = text.trim().trim_start_matches("//<![CDATA[").trim_end_matches("//]]>");
            let text = text.trim().trim_end_matches(';');
            if let Ok(value) = serde_json::from_str::<Value>(text) {
                found.visit(&value, 0);
            }
            if found.headline.is_some() && found.date_published.is_some() {
                break;
            }
        }
        found
    }

    fn visit(&mut self, value: &Value, depth: usize) {
        if depth > 8 {
            return;
        }
        match value {
            Value::Array(items) => items.iter().for_each(|v| self.visit(v, depth + 1)),
            Value::Object(map) => {
                let string = |k: &str| map.get(k).and_then(Value::as_str).map(str::to_string);
                if self.date_published.is_none() {
                    self.date_published = string("datePublished").or_else(|| string("dateCreated"));
                }
                if self.headline.is_none() {
                    self.headline = string("headline");
                }
                for key in ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement"] {
                    if let Some(inner) = map.get(key) {
                        self.visit(inner, depth + 1);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The date in a permalink such as `/2021/03/15/slug`.
fn url_date(url: &str) -> Option<String> {
    static URL_DATE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/").expect("url date regex"));
    let caps = URL_DATE.captures(url)?;
    find_date(&format!("{}-{}-{}", &caps[1], &caps[2], &caps[3]))
}

/// `<time datetime>` and `itemprop="datePublished"` elements; one marked as
/// the publication time beats the first one on the page.
fn time_elements(doc: &Document) -> Option<String> {
    let read = |n: &NodeRef| -> Option<String> {
        ["datetime", "content"]
            .iter()
            .find_map(|a| n.attr(a).and_then(|v| find_date(&v)))
            .or_else(|| find_date(&n.text()))
    };
    let marked = doc.select(r#"[itemprop="datePublished"], time[pubdate], time.published, time.entry-date"#);
    if let Some(date) = marked.nodes().iter().find_map(read) {
        return Some(date);
    }
    doc.select("time").nodes().iter().find_map(read)
}

/// Visible datelines in elements whose class or id speaks of dates.
fn dateline_elements(doc: &Document) -> Option<String> {
    let body = doc.body()?;
    let found = body
        .descendants_it()
        .filter(|n| n.is_element())
        .filter(|n| {
            [n.class(), n.id_attr()].into_iter().flatten().any(|a| DATE_CLASS.is_match(&a))
        })
        .take(50)
        .find_map(|n| {
            let text = n.text();
            (text.len() < 300).then(|| find_date(&text)).flatten()
        });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_permalinks() {
        assert_eq!(url_date("https://x.example/2019/11/18/business/a.html").as_deref(), Some("2019-11-18"));
        assert_eq!(url_date("https://x.example/2019/13/18/a"), None);
        assert_eq!(url_date("https://x.example/news/12345"), None);
    }

    #[test]
    fn site_names_come_off_titles() {
        let t = |s: &str, site: Option<&str>| choose_title(Some(s), None, site);
        assert_eq!(t("Plant opens in Kaluga | Pharma News", None).as_deref(), Some("Plant opens in Kaluga"));
        assert_eq!(t("ФармВестник — Завод открыт в Калуге", Some("ФармВестник")).as_deref(), Some("Завод открыт в Калуге"));
        assert_eq!(t("Import - substitution goes on", None).as_deref(), Some("Import - substitution goes on"));
        assert_eq!(
            choose_title(Some("A new plant opens | Site"), Some("A new plant opens"), None).as_deref(),
            Some("A new plant opens")
        );
        assert_eq!(
            choose_title(Some("Минпромторг РТ :: Новости"), Some("В Елабуге построят завод"), None).as_deref(),
            Some("В Елабуге построят завод")
        );
    }
}
