//! A bounded load test: the demo registry served on a free port, hit by
//! `CONCURRENCY` clients for `REQUESTS` requests in all (plain HTTP/1.1 over
//! std `TcpStream`, one connection per request), then p50/p95/p99 per route.
//!
//! `cargo run -p onshore-serve --release --example load -- [REQUESTS] [CONCURRENCY] [--db PATH] [--connections N]`
//! With `--db`, an existing registry is served instead of the samples; `--only PREFIX`
//! keeps the routes starting with PREFIX (e.g. `--only /api/search` on a 100k-document store,
//! where the whole-registry routes are not what is being measured).

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

const ROUTES: &[&str] = &[
    "/api/search?q=vaccine",
    "/api/search?q=%D0%B2%D0%B0%D0%BA%D1%86%D0%B8%D0%BD%D0%B0&lang=ru",
    "/api/search?type=localization&per_page=50",
    "/api/projects",
    "/api/stats",
    "/",
    "/search?q=agreement",
    "/documents/demo-01",
];

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let db_flag = args.iter().position(|a| a == "--db").and_then(|i| args.get(i + 1).cloned());
    let connections = args.iter().position(|a| a == "--connections").and_then(|i| args.get(i + 1)?.parse().ok());
    let only = args.iter().position(|a| a == "--only").and_then(|i| args.get(i + 1).cloned()).unwrap_or_default();
    let routes: Vec<&'static str> = ROUTES.iter().copied().filter(|r| r.starts_with(only.as_str())).collect();
    anyhow::ensure!(!routes.is_empty(), "no route starts with {only:?}");
    let flag_values: Vec<usize> = ["--db", "--only", "--connections"]
        .iter()
        .filter_map(|f| args.iter().position(|a| a == f).map(|i| i + 1))
        .collect();
    let nums: Vec<usize> =
        args.iter().enumerate().filter(|(i, _)| !flag_values.contains(i)).filter_map(|(_, a)| a.parse().ok()).collect();
    let requests = nums.first().copied().unwrap_or(2000);
    let concurrency = nums.get(1).copied().unwrap_or(8).max(1);

    let dir = tempfile::tempdir()?;
    let db = match db_flag {
        Some(d) => d,
        None => {
            let p = dir.path().join("load.db").to_string_lossy().into_owned();
            let mut store = onshore_store::Store::open(&p)?;
            onshore_serve::demo::load_samples(&mut store)?;
            p
        }
    };
    let state = onshore_serve::AppState::open(&db, connections.unwrap_or(concurrency.min(8)), None)?;
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let listener = rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))?;
    let addr = listener.local_addr()?;
    rt.spawn(onshore_serve::serve_on(listener, state));

    let started = Instant::now();
    let per_client = requests.div_ceil(concurrency);
    let handles: Vec<_> = (0..concurrency)
        .map(|c| {
            let routes = routes.clone();
            std::thread::spawn(move || {
                (0..per_client)
                    .map(|i| {
                        let route = routes[(c + i) % routes.len()];
                        let t = Instant::now();
                        let ok = fetch(addr, route).map(|s| s == 200).unwrap_or(false);
                        (route, t.elapsed(), ok)
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut samples = Vec::new();
    for h in handles {
        samples.extend(h.join().expect("client thread"));
    }
    let wall = started.elapsed();
    let failed = samples.iter().filter(|s| !s.2).count();
    println!("{} requests, {concurrency} clients, {:.2} s, {:.0} req/s, {failed} failed", samples.len(), wall.as_secs_f64(), samples.len() as f64 / wall.as_secs_f64());
    println!("{:<70} {:>6} {:>9} {:>9} {:>9}", "route", "n", "p50 ms", "p95 ms", "p99 ms");
    let mut all: Vec<Duration> = samples.iter().map(|s| s.1).collect();
    for route in &routes {
        let mut d: Vec<Duration> = samples.iter().filter(|s| s.0 == *route).map(|s| s.1).collect();
        report(route, &mut d);
    }
    report("all", &mut all);
    Ok(())
}

fn report(name: &str, d: &mut [Duration]) {
    if d.is_empty() {
        return;
    }
    d.sort();
    let q = |p: f64| d[((d.len() as f64 * p).ceil() as usize).clamp(1, d.len()) - 1].as_secs_f64() * 1000.0;
    println!("{name:<70} {:>6} {:>9.2} {:>9.2} {:>9.2}", d.len(), q(0.50), q(0.95), q(0.99));
}

/// GET `path`, read the whole response, return the status code.
fn fetch(addr: SocketAddr, path: &str) -> std::io::Result<u16> {
    let mut s = TcpStream::connect(addr)?;
    s.set_read_timeout(Some(Duration::from_secs(30)))?;
    write!(s, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n")?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf)?;
    let head = String::from_utf8_lossy(&buf[..buf.len().min(16)]);
    Ok(head.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0))
}
