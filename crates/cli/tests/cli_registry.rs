//! The registry commands end to end: ingest (files, JSONL, feeds, WARC),
//! idempotence, crash safety under SIGKILL, search/projects/show/export
//! output shapes, and `watch` against a local HTTP server on 127.0.0.1.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn onshore() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_onshore"));
    c.env_remove("ONSHORE_DB").env_remove("ONSHORE_TEST_INGEST_DELAY_MS");
    c
}

fn run(args: &[&str], db: &Path) -> Output {
    onshore().args(args).arg("--db").arg(db).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test</title><link>http://127.0.0.1/</link>
<item><title>Insulin plant</title><link>http://127.0.0.1/news/insulin-plant</link><pubDate>Wed, 01 Mar 2023 08:00:00 GMT</pubDate>
<description>Biocad will build an insulin plant in Tashkent, the company said on Wednesday.</description></item>
<item><title>Тракторы</title><link>http://127.0.0.1/news/traktory</link><pubDate>Thu, 02 Mar 2023 08:00:00 GMT</pubDate>
<description>Белоруссия поставит в Узбекистан партию тракторов до конца года.</description></item>
</channel></rss>"#;

fn corpus(dir: &Path) {
    std::fs::create_dir_all(dir.join("more")).unwrap();
    std::fs::write(dir.join("roche.txt"), "Roche and the Ministry of Health of Kazakhstan signed a memorandum on localizing the production of oncology drugs in Kazakhstan.\n").unwrap();
    std::fs::write(dir.join("vaccines.txt"), "Россия и Казахстан обсудили совместный выпуск вакцин на заводе в Караганде.\n").unwrap();
    std::fs::write(
        dir.join("more/batch.jsonl"),
        "{\"id\":\"j1\",\"text\":\"Uzbekistan and China agreed to build a pharmaceutical plant in Samarkand.\",\"published\":\"2024-01-10\"}\n\
         this line is not json\n\
         {\"id\":\"j2\",\"text\":\"Kazakhstan will buy ventilators from Germany under a new supply contract.\",\"published\":\"2024-02-11\"}\n",
    )
    .unwrap();
    std::fs::write(dir.join("more/feed.rss"), RSS).unwrap();
    let page = "<html><head><title>Syringe plant</title></head><body><article><h1>Syringe plant</h1>\
        <p>A syringe factory opened in Kyrgyzstan this spring with equipment from a Belarusian partner, the regional government said.</p>\
        <p>The factory will supply hospitals across the country and export part of its output to neighbouring states next year.</p></article></body></html>";
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{page}", page.len());
    let warc = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://news.test/syringes\r\nWARC-Date: 2024-03-01T00:00:00Z\r\n\
         WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\nContent-Type: application/http; msgtype=response\r\n\
         Content-Length: {}\r\n\r\n{http}\r\n\r\n",
        http.len()
    );
    std::fs::write(dir.join("more/crawl.warc"), warc).unwrap();
}

#[test]
fn ingest_is_idempotent_and_the_registry_answers() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("reg.db");
    let input = tmp.path().join("in");
    corpus(&input);

    let o = run(&["ingest", input.to_str().unwrap()], &db);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(stdout(&o).trim(), "ingested 7 new, 0 duplicate, 1 failed", "{err}");
    assert!(err.contains("batch.jsonl:2"), "the bad line is named: {err}");
    assert_eq!(o.status.code(), Some(1));

    let o = run(&["ingest", input.to_str().unwrap()], &db);
    assert_eq!(stdout(&o).trim(), "ingested 0 new, 7 duplicate, 1 failed");

    let mut store = onshore_store::Store::open(db.to_str().unwrap()).unwrap();
    assert_eq!(store.stats().unwrap().documents, 7);
    store.check_integrity().unwrap();
    let mut ids = store.document_ids().unwrap();
    ids.sort();
    assert_eq!(ids, ["crawl#1", "insulin-plant", "j1", "j2", "roche", "traktory", "vaccines"]);

    // The store named by ONSHORE_DB when --db is not given.
    let o = onshore().args(["search", "syringe", "--format", "json"]).env("ONSHORE_DB", &db).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["hits"][0]["doc"], "crawl#1");

    // Search: JSON shape, a Russian word form, facets.
    let o = run(&["search", "вакцина", "--format", "json"], &db);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["total"], 1);
    assert_eq!(v["hits"][0]["doc"], "vaccines");
    assert!(v["facets"]["lang"].is_array());
    let o = run(&["search", "--lang", "ru", "--format", "csv"], &db);
    let text = stdout(&o);
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("doc,date,lang,title,url,events,snippet"));
    assert_eq!(lines.count(), 2, "{text}");
    let o = run(&["search", "--since", "2024", "--until", "2024-01"], &db);
    assert!(stdout(&o).starts_with("1 documents"), "{}", stdout(&o));

    // Projects print the contract fields, whatever the extractor found.
    let o = run(&["projects", "--format", "json"], &db);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    for p in v.as_array().unwrap() {
        for k in ["id", "type", "host", "parties", "sectors", "products", "stage", "documents", "history"] {
            assert!(p.get(k).is_some(), "{k} in {p}");
        }
        for d in p["documents"].as_array().unwrap() {
            assert!(ids.iter().any(|i| i == d.as_str().unwrap()), "documents are extract ids: {d}");
        }
    }

    let o = run(&["show", "doc", "roche", "--format", "json"], &db);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["id"], "roche");
    assert!(v["text"].as_str().unwrap().starts_with("Roche and the Ministry"));
    let o = run(&["show", "doc", "no-such-doc"], &db);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no-such-doc"));

    for format in ["json", "csv", "graphml"] {
        let o = run(&["export", "--format", format], &db);
        assert!(o.status.success(), "{format}");
        let out = stdout(&o);
        match format {
            "json" => {
                let v: serde_json::Value = serde_json::from_str(&out).unwrap();
                assert!(v["nodes"].is_array() && v["edges"].is_array());
            }
            "csv" => assert!(out.starts_with("source,source_name,target,target_name,weight")),
            _ => assert!(out.contains("<graphml") && out.trim_end().ends_with("</graphml>")),
        }
    }
}

fn generated_docs(path: &Path, n: usize) {
    let mut f = std::fs::File::create(path).unwrap();
    for i in 0..n {
        let text = format!(
            "Report number {i}: the plant number {} in region {} shipped {} boxes of medicine number {} to partner {}.",
            i * 7 + 3,
            i % 13,
            i * 11 + 5,
            i * 17 + 1,
            i * 29 + 2
        );
        writeln!(f, "{}", serde_json::json!({"id": format!("g{i:04}"), "text": text})).unwrap();
    }
}

#[test]
fn sigkill_mid_ingest_loses_nothing_and_duplicates_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("crash.db");
    let input = tmp.path().join("docs.jsonl");
    let n = 300;
    generated_docs(&input, n);

    let mut child = onshore()
        .args(["ingest", input.to_str().unwrap(), "--batch", "20", "--db", db.to_str().unwrap()])
        .env("ONSHORE_TEST_INGEST_DELAY_MS", "15")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill once at least one batch is committed, so the kill lands mid-run.
    let deadline = Instant::now() + Duration::from_secs(60);
    let committed = loop {
        std::thread::sleep(Duration::from_millis(50));
        if db.exists() {
            if let Ok(mut s) = onshore_store::Store::open(db.to_str().unwrap()) {
                let c = s.stats().map(|s| s.documents).unwrap_or(0);
                if c >= 20 {
                    break c;
                }
            }
        }
        assert!(Instant::now() < deadline, "ingest made no progress");
    };
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    let after_kill = onshore_store::Store::open(db.to_str().unwrap()).unwrap().stats().unwrap().documents;
    assert!(after_kill >= committed && after_kill < n as u64, "killed mid-run: {after_kill} of {n}");

    let o = run(&["ingest", input.to_str().unwrap(), "--batch", "20"], &db);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(stdout(&o).trim(), format!("ingested {} new, {} duplicate, 0 failed", n as u64 - after_kill, after_kill));

    let mut s = onshore_store::Store::open(db.to_str().unwrap()).unwrap();
    s.check_integrity().unwrap();
    let ids = s.document_ids().unwrap();
    assert_eq!(ids.len(), n);
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), n, "no document stored twice");
    assert!(unique.iter().all(|id| id.starts_with('g') && !id.contains('~')));
}

/// A tiny HTTP/1.1 server on 127.0.0.1 that logs requests. It serves
/// robots.txt (disallowing /private/), a feed with an ETag, and 304 when the
/// client presents that ETag.
fn serve(log: Arc<Mutex<Vec<(String, Option<String>, Instant)>>>) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(50) {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            if reader.read_line(&mut line).is_err() {
                continue;
            }
            let path = line.split_whitespace().nth(1).unwrap_or("").to_string();
            let mut inm = None;
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).unwrap_or(0) == 0 || h == "\r\n" {
                    break;
                }
                if let Some((k, v)) = h.split_once(':') {
                    if k.eq_ignore_ascii_case("if-none-match") {
                        inm = Some(v.trim().to_string());
                    }
                }
            }
            log.lock().unwrap().push((path.clone(), inm.clone(), Instant::now()));
            let (status, headers, body) = match path.as_str() {
                "/robots.txt" => ("200 OK", "Content-Type: text/plain\r\n".to_string(), "User-agent: *\nDisallow: /private/\n".to_string()),
                "/feed.xml" if inm.as_deref() == Some("\"v1\"") => ("304 Not Modified", "ETag: \"v1\"\r\n".to_string(), String::new()),
                "/feed.xml" | "/private/feed.xml" => ("200 OK", "Content-Type: application/rss+xml\r\nETag: \"v1\"\r\n".to_string(), RSS.to_string()),
                _ => ("404 Not Found", String::new(), String::new()),
            };
            let _ = write!(stream, "HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
        }
    });
    port
}

#[test]
fn watch_polls_politely_and_ingests_new_items() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let port = serve(log.clone());
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("watch.db");
    let feed = format!("http://127.0.0.1:{port}/feed.xml");
    let private = format!("http://127.0.0.1:{port}/private/feed.xml");
    let o = onshore()
        .args(["watch", &feed, &private, "--max-polls", "2", "--interval", "0", "--min-host-interval", "0.5", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(stdout(&o).starts_with("ingested 2 new, 0 duplicate, 0 failed"), "{} {err}", stdout(&o));
    assert!(err.contains("robots.txt disallows"), "{err}");
    assert_eq!(o.status.code(), Some(1), "a refused feed is reported");

    let log = log.lock().unwrap();
    let paths: Vec<&str> = log.iter().map(|(p, _, _)| p.as_str()).collect();
    assert_eq!(paths, ["/robots.txt", "/feed.xml", "/feed.xml"], "robots once, private never");
    assert_eq!(log[1].1, None);
    assert_eq!(log[2].1.as_deref(), Some("\"v1\""), "second poll is conditional");
    for w in log.windows(2) {
        assert!(w[1].2 - w[0].2 >= Duration::from_millis(400), "per-host interval kept (server-side clock, with slack for a loaded machine): {:?}", w[1].2 - w[0].2);
    }

    // A later run over the same store asks conditionally from the start.
    drop(log);
    let mut s = onshore_store::Store::open(db.to_str().unwrap()).unwrap();
    assert_eq!(s.feed_state(&feed).unwrap().etag.as_deref(), Some("\"v1\""));
    assert_eq!(s.stats().unwrap().documents, 2);
}
