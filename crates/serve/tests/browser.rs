//! Pages as a real browser renders them: headless Chromium's `--dump-dom`
//! over a server on a free port. Runs only with `ONSHORE_BROWSER_TESTS=1`
//! (it needs a `chromium` binary, or `$CHROMIUM`); otherwise it skips.

mod common;
use std::process::Command;

fn chromium() -> Option<String> {
    if std::env::var("ONSHORE_BROWSER_TESTS").ok().as_deref() != Some("1") {
        eprintln!("skipped: set ONSHORE_BROWSER_TESTS=1 to run browser tests");
        return None;
    }
    let bin = std::env::var("CHROMIUM").unwrap_or_else(|_| "chromium".into());
    let ok = Command::new(&bin).arg("--version").output().map(|o| o.status.success()).unwrap_or(false);
    assert!(ok, "ONSHORE_BROWSER_TESTS=1 but {bin} --version failed; install chromium or set $CHROMIUM");
    Some(bin)
}

fn dump_dom(bin: &str, url: &str) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(bin)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(["--dump-dom", url])
        .output()
        .expect("chromium runs");
    assert!(out.status.success(), "chromium failed on {url}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chromium_renders_dashboard_search_project_and_graph() {
    let Some(bin) = chromium() else { return };
    let s = common::server();
    let state = onshore_serve::AppState::open(&s.db, 2, None).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(onshore_serve::serve_on(listener, state));

    let net: serde_json::Value = serde_json::from_str(&common::get(&s.router, "/api/network").await.body).unwrap();
    let hub = net["edges"][0]["source"].as_i64().expect("samples share events");
    let project = serde_json::from_str::<serde_json::Value>(&common::get(&s.router, "/api/projects").await.body).unwrap()["items"][0]["id"]
        .as_i64()
        .unwrap();
    let n = onshore_serve::demo::sample_documents().unwrap().len();

    let pages = tokio::task::spawn_blocking(move || {
        ["/", "/search?q=vaccine", &format!("/projects/{project}"), &format!("/entities/{hub}"), "/documents/demo-01"]
            .iter()
            .map(|p| dump_dom(&bin, &format!("{base}{p}")))
            .collect::<Vec<_>>()
    })
    .await
    .unwrap();

    let (dash, search, proj, entity, doc) = (&pages[0], &pages[1], &pages[2], &pages[3], &pages[4]);
    assert!(dash.contains(&format!("<span class=\"n\">{n}</span> documents")), "dashboard counts: {dash}");
    assert!(dash.contains("class=\"chart bars\""), "bar chart in the DOM");
    assert!(search.contains("<mark>"), "highlighted result: {search}");
    assert!(search.contains("class=\"hit\""), "at least one result");
    assert!(proj.contains("class=\"timeline\"") && proj.contains("class=\"step\""), "project timeline: {proj}");
    assert!(entity.contains("class=\"chart network\"") && entity.contains("<circle"), "entity graph: {entity}");
    assert!(doc.contains("class=\"ent\""), "entity mentions highlighted: {doc}");
}
