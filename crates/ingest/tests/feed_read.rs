//! RSS and Atom items as documents.

use onshore_ingest::feed::{is_feed_path, parse_feed, read_feed_file};
use onshore_ingest::files::InputItem;

const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test news</title><link>http://news.test/</link>
<item><title>Roche &amp; Kazakhstan sign deal</title><link>http://news.test/en/roche-deal.html</link>
<guid>http://news.test/en/roche-deal.html</guid><pubDate>Tue, 16 May 2023 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Roche and the health ministry signed a memorandum.&lt;/p&gt;&lt;p&gt;Production starts in 2025.&lt;/p&gt;</description></item>
<item><title>Без текста</title><link>http://news.test/ru/empty</link><description></description></item>
<item><title></title><description></description></item>
</channel></rss>"#;

const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Лента</title><id>urn:test</id><updated>2024-02-01T00:00:00Z</updated>
<entry><title>Вакцины из Караганды</title><id>urn:1</id><link href="http://news.test/ru/vaccines-karaganda"/>
<published>2024-01-31T12:00:00Z</published><updated>2024-02-01T00:00:00Z</updated>
<content type="html">&lt;p&gt;В Караганде начнут выпуск вакцин.&lt;/p&gt;</content></entry>
</feed>"#;

#[test]
fn rss_items_become_documents() {
    let items = parse_feed(RSS.as_bytes(), "news").unwrap();
    assert_eq!(items.len(), 3);
    let d = items[0].as_ref().unwrap();
    assert_eq!(d.id, "roche-deal");
    assert_eq!(d.title.as_deref(), Some("Roche & Kazakhstan sign deal"));
    assert_eq!(d.published.as_deref(), Some("2023-05-16"));
    assert_eq!(d.text, "Roche and the health ministry signed a memorandum.\nProduction starts in 2025.");
    // An item with only a title keeps the title as its text; one with nothing is an error.
    assert_eq!(items[1].as_ref().unwrap().text, "Без текста");
    assert!(items[2].is_err());
}

#[test]
fn atom_entries_become_documents() {
    let items = parse_feed(ATOM.as_bytes(), "lenta").unwrap();
    let d = items[0].as_ref().unwrap();
    assert_eq!((d.id.as_str(), d.published.as_deref()), ("vaccines-karaganda", Some("2024-01-31")));
    assert_eq!(d.text, "В Караганде начнут выпуск вакцин.");
}

#[test]
fn feed_files_are_recognized_and_bad_ones_reported() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("news.xml");
    std::fs::write(&good, ATOM).unwrap();
    let plain = dir.path().join("data.xml");
    std::fs::write(&plain, "<catalog><item/></catalog>").unwrap();
    assert!(is_feed_path(&good) && !is_feed_path(&plain));
    let bad = dir.path().join("bad.rss");
    std::fs::write(&bad, "this is not xml").unwrap();
    let items = read_feed_file(&bad);
    match &items[0].1 {
        InputItem::Error(e) => assert!(e.source.ends_with("bad.rss") && e.reason.contains("not an RSS/Atom feed"), "{e}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(read_feed_file(&good).len(), 1);
}
