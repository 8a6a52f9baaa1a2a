//! Malformed, truncated and mutated HTML never panics and never hangs.
//!
//! Seeds are this crate's fixtures plus, when `../shared` is present, a few
//! real pages of the article-extraction benchmark; proptest mutates their
//! bytes (flips, cuts, splices of markup characters) a bounded number of times.

use onshore_ingest::html::{clean_html, read_html_file};
use proptest::prelude::*;
use std::path::PathBuf;
use std::sync::LazyLock;
use std::time::{Duration, Instant};

const FIXTURES: &[&str] =
    &["ru_cp1251.html", "ru_koi8r.html", "ru_utf8.html", "ru_old_cp1251.html", "en_utf8.html"];

/// Real pages used as seeds when the shared benchmark is around.
const REAL_PAGES: usize = 6;

static SEEDS: LazyLock<Vec<Vec<u8>>> = LazyLock::new(|| {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut seeds: Vec<Vec<u8>> = FIXTURES
        .iter()
        .map(|f| std::fs::read(root.join("tests/fixtures/html").join(f)).expect("fixture"))
        .collect();
    let bench = root.join("../../../shared/bench/article-extraction/html");
    if let Ok(dir) = std::fs::read_dir(&bench) {
        let mut paths: Vec<PathBuf> = dir.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        let step = (paths.len() / REAL_PAGES).max(1);
        seeds.extend(paths.iter().step_by(step).take(REAL_PAGES).filter_map(|p| read_html_file(p).ok()));
    }
    seeds
});

#[derive(Debug, Clone)]
enum Mutation {
    /// Overwrite one byte.
    Set(prop::sample::Index, u8),
    /// Insert a markup-significant snippet.
    Insert(prop::sample::Index, &'static str),
    /// Delete a run of bytes.
    Delete(prop::sample::Index, usize),
    /// Cut the page off.
    Truncate(prop::sample::Index),
}

const SNIPPETS: &[&str] = &[
    "<", ">", "</", "\"", "'", "<!--", "-->", "<script>", "</div>", "<div>", "<table><tr><td>",
    "&#", "&amp", "<![CDATA[", "<meta charset=koi8-r>", "\u{0}", "\u{FFFD}", "\u{301}",
    "<p>15 марта 2021", "<time datetime=\"9999-99-99\">",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<prop::sample::Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::Set(i, b)),
        4 => (any::<prop::sample::Index>(), prop::sample::select(SNIPPETS)).prop_map(|(i, s)| Mutation::Insert(i, s)),
        2 => (any::<prop::sample::Index>(), 1usize..2000).prop_map(|(i, n)| Mutation::Delete(i, n)),
        1 => any::<prop::sample::Index>().prop_map(Mutation::Truncate),
    ]
}

fn apply(mut bytes: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for m in mutations {
        let len = bytes.len().max(1);
        match m {
            Mutation::Set(i, b) if !bytes.is_empty() => {
                let at = i.index(len);
                bytes[at] = *b;
            }
            Mutation::Insert(i, s) => {
                let at = i.index(len + 1).min(bytes.len());
                bytes.splice(at..at, s.bytes());
            }
            Mutation::Delete(i, n) if !bytes.is_empty() => {
                let at = i.index(len);
                let end = (at + n).min(bytes.len());
                bytes.drain(at..end);
            }
            Mutation::Truncate(i) => bytes.truncate(i.index(len + 1)),
            _ => {}
        }
    }
    bytes
}

/// Far above the few milliseconds a page takes; catches runaway cases.
const PAGE_TIME_LIMIT: Duration = Duration::from_secs(5);

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn mutated_pages_clean_without_panic(
        seed in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..24),
    ) {
        let page = apply(SEEDS[seed.index(SEEDS.len())].clone(), &mutations);
        let started = Instant::now();
        let clean = clean_html(&page, None);
        prop_assert!(started.elapsed() < PAGE_TIME_LIMIT, "took {:?}", started.elapsed());
        if let Some(date) = &clean.published {
            prop_assert!(date.len() == 10 && date.as_bytes()[4] == b'-', "bad date {date}");
        }
        prop_assert!(!clean.text.contains("\n\n"), "blank line in text");
    }

    #[test]
    fn arbitrary_bytes_clean_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..4000)) {
        let _ = clean_html(&bytes, None);
        let _ = clean_html(&bytes, Some("windows-1251"));
    }
}

#[test]
fn hostile_structures_finish_quickly() {
    let cases = [
        "<div>".repeat(200_000),
        "<table><tr><td>".repeat(50_000),
        "<b><i><u>".repeat(50_000) + "text",
        "<p>".repeat(100_000),
        "<!--".repeat(10_000),
        format!("<p>{}</p>", "слово ".repeat(200_000)),
        format!("<script>{}</script>", "<div>".repeat(100_000)),
        // Just under the nesting limit: parsed as a tree, must not overflow.
        format!("{}<p>{}</p>", "<div><span>".repeat(195), "text ".repeat(100)),
    ];
    for html in &cases {
        let started = Instant::now();
        let _ = clean_html(html.as_bytes(), None);
        assert!(started.elapsed() < PAGE_TIME_LIMIT * 2, "{}... took {:?}", &html[..20], started.elapsed());
    }
}

#[test]
fn truncated_pages_keep_text() {
    for (i, page) in SEEDS.iter().enumerate() {
        let full = clean_html(page, None);
        for tenths in [1, 5, 9] {
            let cut = clean_html(&page[..page.len() * tenths / 10], None);
            // Our fixtures end with furniture only; real pages may put the
            // article anywhere, so for them only "no panic" is checked.
            if i < FIXTURES.len() && tenths == 9 {
                // Most of a page still yields most of its article.
                assert!(
                    cut.text.len() * 3 > full.text.len(),
                    "90% of a page kept {} of {} bytes:\n{}\n---\n{}",
                    cut.text.len(),
                    full.text.len(),
                    cut.text,
                    full.text
                );
            }
        }
    }
}
