//! `onshore clean` end to end: pages of our own in three charsets, gzip, a bad
//! file among good ones, output fields and order.

use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::Command;

fn fixtures() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../ingest/tests/fixtures/html"))
}

#[test]
fn cleans_pages_in_every_charset_and_reports_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    // A gzipped copy of the UTF-8 Russian page, and a file that is not gzip at all.
    let gz = dir.path().join("ru_utf8_copy.html.gz");
    let mut enc = flate2::write::GzEncoder::new(std::fs::File::create(&gz).unwrap(), flate2::Compression::default());
    enc.write_all(&std::fs::read(fixtures().join("ru_utf8.html")).unwrap()).unwrap();
    enc.finish().unwrap();
    let bad = dir.path().join("broken.html.gz");
    std::fs::write(&bad, b"this is not gzip").unwrap();

    let out = Command::new(env!("CARGO_BIN_EXE_onshore"))
        .arg("clean")
        .arg(fixtures().join("ru_cp1251.html"))
        .arg(fixtures().join("ru_koi8r.html"))
        .arg(fixtures().join("en_utf8.html"))
        .arg(&bad)
        .arg(&gz)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "a bad file makes the exit code 1");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("broken.html.gz"), "the error names the file: {stderr}");
    let pages: Vec<Value> = String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let docs: Vec<&str> = pages.iter().map(|p| p["doc"].as_str().unwrap()).collect();
    assert_eq!(docs, ["ru_cp1251", "ru_koi8r", "en_utf8", "ru_utf8_copy"], "input order, .html/.html.gz stripped");
    for p in &pages {
        for field in ["doc", "url", "title", "published", "lang", "text"] {
            assert!(p.get(field).is_some(), "{field} missing in {p}");
        }
        let text = p["text"].as_str().unwrap();
        assert!(text.contains('\n'), "paragraph breaks survive: {text}");
        assert!(!text.contains('\u{FFFD}'), "decoded without replacement characters: {text}");
    }
    assert_eq!(pages[0]["lang"], "ru");
    assert_eq!(pages[1]["lang"], "ru");
    assert_eq!(pages[2]["lang"], "en");
    assert!(pages[0]["text"].as_str().unwrap().chars().any(|c| ('а'..='я').contains(&c)));
}
