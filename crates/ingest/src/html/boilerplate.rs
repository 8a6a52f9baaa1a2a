//! Pruning page furniture from the DOM before the readability pass.
//!
//! Readability picks the right container on almost every news page, but keeps
//! what sits inside it: captions, bylines, share bars, "related news" boxes,
//! newsletter prompts. Those become false entities downstream, so they go
//! first, by tag, by hidden state and by the class/id words sites use for them.
//! A node holding a large share of the page's prose is never pruned by its
//! class alone: one careless class name must not cost the article.

use dom_query::{Document, NodeId, NodeRef};
use std::collections::HashMap;
use regex::Regex;
use std::sync::LazyLock;

/// Elements that never carry article prose.
const FURNITURE_TAGS: &[&str] = &[
    "nav", "aside", "footer", "header", "form", "button", "figcaption", "select", "textarea",
    "iframe", "svg", "template", "dialog", "noscript", "label", "input", "menu",
];

/// Class and id words of furniture. Most match at the start of a word
/// (`related-posts`, `shareBar`); the short ones only as a whole word, so
/// `adaptive` or `header-tags-wrapper` parts don't trip them accidentally.
static FURNITURE_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:^|[^a-z0-9])(?:",
        r"related|share|sharing|social|newsletter|subscri|signup|sign-up|cookie|consent|gdpr|",
        r"breadcrumb|disqus|outbrain|taboola|promo|advert|sponsor|popup|modal|recommend|",
        r"trending|most-?popular|most-?read|more-?stories|read-?more|readmore|also-?read|see-?also|",
        r"byline|caption|sidebar|toolbar|navbar|pagination|pager|author-?bio|author-?info|",
        r"visually-?hidden|sr-only|screen-reader|skip-?link|rubric|meta-?data|post-?meta|",
        r"article-?meta|entry-?meta|timestamp|dateline|more-?news|other-?news|next-?article|",
        r"prev-?article|teaser|link-?list|tooltip|popover|hover-?card|rollover|comments?(?:$|[^a-z0-9])|comment-?(?:list|form|section|area)|",
        r"(?:ad|ads|nav|menu|footer|tags|tag-?list|credit|credits|print|rating|jump|",
        r"subscribe|banner|login|paywall-?prompt|bottom-?bar|top-?bar|photo-?credit|reactions?)",
        r"(?:$|[^a-z0-9])",
        r")"
    ))
    .expect("furniture class regex")
});

static HIDDEN_STYLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden").expect("hidden style regex")
});

/// Whole class tokens that hide an element (`field-label-hidden` does not).
const HIDDEN_CLASSES: &[&str] = &["hidden", "is-hidden", "d-none", "hide", "invisible"];

/// Removes furniture from `doc` in place.
pub(crate) fn prune(doc: &Document) {
    doc.select("script, style, noscript, link, template").remove();
    let Some(body) = doc.body() else { return };
    // Tags and hidden state first: what is left is where prose is measured,
    // so that teaser text in mega-menus does not count as the page's prose.
    // Some sites wrap the whole page in a <form> or hide half the article
    // behind a "read more" toggle: those still hold the prose and stay.
    let prose = Prose::measure(&body);
    let mut doomed = Vec::new();
    for node in body.descendants_it().filter(NodeRef::is_element) {
        let Some(name) = node.node_name() else { continue };
        if (FURNITURE_TAGS.contains(&name.as_ref()) || is_hidden(&node)) && !prose.is_main(&node) {
            doomed.push(node);
        }
    }
    remove_all(doomed);

    let prose = Prose::measure(&body);
    let mut doomed = Vec::new();
    for node in body.descendants_it().filter(NodeRef::is_element) {
        let Some(name) = node.node_name() else { continue };
        if matches!(name.as_ref(), "html" | "body" | "main" | "article") {
            continue;
        }
        let is_list = matches!(name.as_ref(), "ul" | "ol");
        if (has_furniture_class(&node) || (is_list && is_link_list(&node))) && !prose.is_main(&node) {
            doomed.push(node);
        }
    }
    remove_all(doomed);
    remove_shouted_links(&body);
}

/// Teaser links written in capitals ("GET THE NEWS ON THE GO BY CLICKING
/// HERE") go with the block they fill. Capital subheads that are not links
/// (wire-agency style) stay.
fn remove_shouted_links(body: &NodeRef) {
    let mut doomed = Vec::new();
    for link in body.descendants_it().filter(|n| n.node_name().is_some_and(|name| name.as_ref() == "a")) {
        let text = link.text();
        let text = text.trim();
        if !is_shouting(text) {
            continue;
        }
        let block = link.ancestors_it(None).find(|a| {
            a.node_name().is_some_and(|name| !INLINE_TAGS.contains(&name.as_ref()))
        });
        if let Some(block) = block {
            let block_len = block.text().trim().len();
            if block_len * 2 <= text.len() * 3 && !matches!(block.node_name().as_deref(), Some("body" | "article" | "main")) {
                doomed.push(block);
            }
        }
    }
    remove_all(doomed);
}

/// Latin capitals with hardly a lowercase letter.
pub(crate) fn is_shouting(text: &str) -> bool {
    let (mut upper, mut lower) = (0usize, 0usize);
    for c in text.chars() {
        if c.is_ascii_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    upper >= 4 && lower * 10 <= upper
}

fn remove_all(doomed: Vec<NodeRef>) {
    for node in doomed {
        node.remove_from_parent();
    }
}

/// A list whose text is nearly all links: a menu or a "more stories" box.
fn is_link_list(node: &NodeRef) -> bool {
    let text_len = node.text().trim().len();
    if text_len == 0 {
        return false;
    }
    let link_len: usize = node
        .descendants_it()
        .filter(|d| d.node_name().is_some_and(|n| n.as_ref() == "a"))
        .map(|a| a.text().trim().len())
        .sum();
    link_len * 10 >= text_len * 7
}

fn is_hidden(node: &NodeRef) -> bool {
    let hidden_class = node
        .class()
        .is_some_and(|c| c.split_whitespace().any(|t| HIDDEN_CLASSES.contains(&t)));
    hidden_class
        || node.has_attr("hidden")
        || node.attr("aria-hidden").is_some_and(|v| v.as_ref() == "true")
        || node.attr("style").is_some_and(|s| HIDDEN_STYLE.is_match(&s))
}

fn has_furniture_class(node: &NodeRef) -> bool {
    let mut words = String::new();
    for attr in [node.class(), node.id_attr()].into_iter().flatten() {
        words.push(' ');
        // camelCase parts are words too: `newsCaption` -> `news-caption`.
        let mut prev_lower = false;
        for c in attr.chars() {
            if c.is_ascii_uppercase() && prev_lower {
                words.push('-');
            }
            prev_lower = c.is_ascii_lowercase();
            words.push(c.to_ascii_lowercase());
        }
    }
    // A role tells more than a class.
    if let Some(role) = node.attr("role") {
        if matches!(role.as_ref(), "navigation" | "banner" | "contentinfo" | "complementary" | "dialog") {
            return true;
        }
    }
    !words.is_empty() && FURNITURE_CLASS.is_match(&words)
}

/// Where the page's prose is: blocks with some text that is mostly not link
/// text, whether written as `<p>`s or as text broken by `<br>`s. A node
/// holding a good share of it is the article (or wraps it), whatever its
/// class says.
struct Prose {
    total: usize,
    within: HashMap<NodeId, usize>,
}

impl Prose {
    const MIN_BLOCK: usize = 80;
    const MAIN_SHARE: usize = 30; // percent

    fn measure(body: &NodeRef) -> Self {
        // Text and link text per nearest block-level ancestor.
        let mut blocks: HashMap<NodeId, (usize, usize)> = HashMap::new();
        for text in body.descendants_it().filter(NodeRef::is_text) {
            let len = text.text().trim().len();
            if len == 0 {
                continue;
            }
            let mut in_link = false;
            let mut block = None;
            for ancestor in text.ancestors_it(None) {
                let Some(name) = ancestor.node_name() else { continue };
                if name.as_ref() == "a" {
                    in_link = true;
                } else if !INLINE_TAGS.contains(&name.as_ref()) {
                    block = Some(ancestor.id);
                    break;
                }
            }
            if let Some(block) = block {
                let entry = blocks.entry(block).or_default();
                entry.0 += len;
                if in_link {
                    entry.1 += len;
                }
            }
        }
        let mut within: HashMap<NodeId, usize> = HashMap::new();
        let mut total = 0;
        for (id, (len, link_len)) in blocks {
            if len < Self::MIN_BLOCK || link_len * 2 > len {
                continue;
            }
            total += len;
            let block = NodeRef::new(id, body.tree);
            for node in std::iter::once(block).chain(block.ancestors_it(None)) {
                *within.entry(node.id).or_default() += len;
            }
        }
        Prose { total, within }
    }

    fn is_main(&self, node: &NodeRef) -> bool {
        let len = self.within.get(&node.id).copied().unwrap_or(0);
        self.total > 0 && len * 100 >= self.total * Self::MAIN_SHARE
    }
}

/// Elements that continue a block of text rather than start one.
const INLINE_TAGS: &[&str] = &[
    "a", "span", "b", "strong", "i", "em", "u", "font", "small", "big", "sup", "sub", "abbr",
    "cite", "q", "mark", "time", "code", "s", "strike", "br", "wbr", "ins", "del", "bdi", "bdo",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn pruned(html: &str) -> String {
        let doc = Document::from(html);
        prune(&doc);
        let text = doc.body().map(|b| b.formatted_text().to_string()).unwrap_or_default();
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    const PROSE: &str = "The ministry said the new plant in Kaluga will make insulin and vaccines for the domestic market from next year.";

    #[test]
    fn removes_link_lists_and_furniture_classes() {
        let html = format!(
            r#"<div><p>{PROSE}</p><h4>More:</h4><ul><li><h4><a href="/x">Another story about plants</a></h4></li></ul>
            <div class="share-bar">Share on X</div><div class="newsCaption">A photo of the plant</div>
            <nav>Home News</nav><span style="display:none">hidden tooltip</span></div>"#
        );
        assert_eq!(pruned(&html), format!("{PROSE} More:"));
    }

    #[test]
    fn shouted_links_go_capital_subheads_stay() {
        let html = format!(
            r#"<div><p>{PROSE}</p><p><strong><a href="/app">GET THE NEWS ON THE GO BY CLICKING HERE</a></strong></p>
            <h3>WHO PAYS FOR THE PLANT?</h3><p>{PROSE}</p></div>"#
        );
        assert_eq!(pruned(&html), format!("{PROSE} WHO PAYS FOR THE PLANT? {PROSE}"));
    }

    #[test]
    fn never_prunes_the_article_for_its_class() {
        let html = format!(
            r#"<form><div class="page has-sidebar"><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>
            <div class="sidebar"><p>{PROSE}</p></div></form>"#
        );
        assert_eq!(pruned(&html), format!("{PROSE} {PROSE} {PROSE}"));
    }
}
