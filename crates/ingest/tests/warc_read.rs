//! WARC input: only HTML responses become documents; the HTTP charset is honoured.

use onshore_ingest::files::InputItem;
use onshore_ingest::warc::{is_warc_path, read_warc};
use std::io::Write;

fn record(kind: &str, uri: &str, payload: &[u8]) -> Vec<u8> {
    let mut r = Vec::new();
    write!(
        r,
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-02-03T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{:08x}-0000-0000-0000-000000000000>\r\nContent-Type: application/http; msgtype={kind}\r\nContent-Length: {}\r\n\r\n",
        payload.len() * 7 + uri.len(),
        payload.len()
    )
    .unwrap();
    r.extend_from_slice(payload);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn http(status: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!("HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n", body.len()).into_bytes();
    r.extend_from_slice(body);
    r
}

const EN_PAGE: &str = "<html><head><title>Vaccine plant opens</title></head><body><article><h1>Vaccine plant opens</h1>\
<p>A new vaccine plant opened near Almaty on Monday, the regional government said in a statement published this week.</p>\
<p>The plant will fill and finish vaccines for the domestic market and employ three hundred people when it reaches full capacity next year.</p>\
</article></body></html>";

const RU_PAGE: &str = "<html><head><title>Завод в Казахстане</title></head><body><article><h1>Завод в Казахстане</h1>\
<p>В Казахстане запустили производство инсулина, сообщили в министерстве здравоохранения республики в понедельник.</p>\
<p>Предприятие будет выпускать препараты для внутреннего рынка и в следующем году выйдет на полную мощность.</p>\
</article></body></html>";

fn records() -> Vec<Vec<u8>> {
    let (ru_1251, _, _) = encoding_rs::WINDOWS_1251.encode(RU_PAGE);
    vec![
        record("request", "http://news.test/en/plant", b"GET /en/plant HTTP/1.1\r\nHost: news.test\r\n\r\n"),
        record("response", "http://news.test/en/plant", &http("200 OK", "text/html; charset=utf-8", EN_PAGE.as_bytes())),
        record("response", "http://news.test/logo.png", &http("200 OK", "image/png", b"\x89PNG\r\n\x1a\n")),
        // The charset is only in the HTTP header, as on many Russian sites.
        record("response", "http://news.test/ru/zavod", &http("200 OK", "text/html; charset=windows-1251", &ru_1251)),
        record("response", "http://news.test/gone", &http("404 Not Found", "text/html", b"<html><body><p>Not found</p></body></html>")),
    ]
}

fn docs(items: Vec<(String, InputItem)>) -> Vec<onshore_core::Document> {
    items
        .into_iter()
        .map(|(src, i)| match i {
            InputItem::Doc(d) => d,
            InputItem::Error(e) => panic!("{src}: {e}"),
        })
        .collect()
}

fn check(docs: &[onshore_core::Document], stem: &str) {
    assert_eq!(docs.len(), 2, "{docs:#?}");
    assert_eq!(docs[0].id, format!("{stem}#2"));
    assert_eq!(docs[0].url.as_deref(), Some("http://news.test/en/plant"));
    assert!(docs[0].text.contains("fill and finish vaccines"), "{}", docs[0].text);
    assert_eq!(docs[1].id, format!("{stem}#4"));
    assert!(docs[1].text.contains("В Казахстане запустили производство инсулина"), "{}", docs[1].text);
}

#[test]
fn plain_warc_yields_html_responses_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crawl.warc");
    std::fs::write(&path, records().concat()).unwrap();
    assert!(is_warc_path(&path));
    check(&docs(read_warc(&path).collect()), "crawl");
}

#[test]
fn gzipped_warc_with_one_member_per_record() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("CC-MAIN-part.warc.gz");
    let mut bytes = Vec::new();
    for r in records() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&r).unwrap();
        bytes.extend(gz.finish().unwrap());
    }
    std::fs::write(&path, bytes).unwrap();
    check(&docs(read_warc(&path).collect()), "CC-MAIN-part");
}

#[test]
fn a_damaged_file_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.warc");
    let mut bytes = records()[1].clone();
    bytes.extend_from_slice(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort");
    std::fs::write(&path, bytes).unwrap();
    let items: Vec<_> = read_warc(&path).collect();
    assert!(matches!(&items[0].1, InputItem::Doc(_)));
    match &items.last().unwrap().1 {
        InputItem::Error(e) => assert!(e.source.contains("broken.warc"), "{e}"),
        other => panic!("{other:?}"),
    }
    let missing = read_warc(&dir.path().join("missing.warc")).collect::<Vec<_>>();
    assert!(matches!(&missing[0].1, InputItem::Error(e) if e.reason.contains("cannot open")));
}
