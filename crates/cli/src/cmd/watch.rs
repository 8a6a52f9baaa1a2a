//! `onshore watch FEED_URL...`: poll RSS/Atom feeds politely and ingest new items.
//!
//! Politeness, because feeds belong to newsrooms that did not ask for us:
//! robots.txt is read once per host and obeyed (its `Crawl-delay` too);
//! requests to one host are spaced by at least `--min-host-interval`;
//! polls are conditional (`If-None-Match` / `If-Modified-Since` from the
//! last answer, kept in the store), so an unchanged feed costs a 304. The
//! run is bounded by `--max-polls`. Items already stored are recognized by
//! their content hash, so re-seeing an item adds nothing.

use super::ingest::{open_store, Ingester};
use onshore_ingest::feed;
use onshore_ingest::files::InputItem;
use onshore_store::FeedState;
use std::collections::HashMap;
use std::io::Read;
use std::process::ExitCode;
use std::time::{Duration, Instant};

const USER_AGENT: &str = concat!("onshore/", env!("CARGO_PKG_VERSION"), " (+feed reader; polite)");
const MAX_FEED_BYTES: u64 = 20 * 1024 * 1024;

#[derive(clap::Args)]
pub struct Args {
    /// RSS or Atom feed URLs (http or https)
    #[arg(required = true)]
    pub urls: Vec<String>,
    /// Polls of every feed before stopping (0: until interrupted)
    #[arg(long, default_value_t = 1)]
    pub max_polls: u64,
    /// Seconds between polls of the same feed
    #[arg(long, default_value_t = 900.0)]
    pub interval: f64,
    /// Least seconds between two requests to one host (robots.txt Crawl-delay raises it)
    #[arg(long, default_value_t = 5.0)]
    pub min_host_interval: f64,
    /// Seconds before a request is given up
    #[arg(long, default_value_t = 30.0)]
    pub timeout: f64,
    /// The store: a SQLite file or a postgres:// URL (default: $ONSHORE_DB, else ./onshore.db)
    #[arg(long)]
    pub db: Option<String>,
    #[arg(long, short)]
    pub verbose: bool,
}

/// What robots.txt says about one host.
enum Robots {
    Rules(texting_robots::Robot),
    AllowAll,
    /// The server failed (5xx, network): crawl nothing there this run.
    DisallowAll(String),
}

struct Host {
    last_request: Option<Instant>,
    robots: Option<Robots>,
    min_interval: Duration,
}

struct Politeness {
    agent: ureq::Agent,
    hosts: HashMap<String, Host>,
    min_interval: Duration,
}

fn host_of(url: &str) -> Option<(String, String)> {
    let (scheme, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    (!authority.is_empty()).then(|| (scheme.to_ascii_lowercase(), authority.to_ascii_lowercase()))
}

impl Politeness {
    fn host(&mut self, key: &str) -> &mut Host {
        let min = self.min_interval;
        self.hosts.entry(key.to_string()).or_insert(Host { last_request: None, robots: None, min_interval: min })
    }

    /// Wait until the host may be asked again, then mark the request.
    fn wait_turn(&mut self, host: &str) {
        let h = self.host(host);
        if let Some(last) = h.last_request {
            let ready = last + h.min_interval;
            let now = Instant::now();
            if ready > now {
                std::thread::sleep(ready - now);
            }
        }
        h.last_request = Some(Instant::now());
    }

    fn get(&mut self, host: &str, url: &str, state: Option<&FeedState>) -> Result<ureq::http::Response<ureq::Body>, String> {
        self.wait_turn(host);
        let mut req = self.agent.get(url).header("User-Agent", USER_AGENT);
        if let Some(s) = state {
            if let Some(e) = &s.etag {
                req = req.header("If-None-Match", e);
            }
            if let Some(m) = &s.last_modified {
                req = req.header("If-Modified-Since", m);
            }
        }
        req.call().map_err(|e| e.to_string())
    }

    /// May `url` be fetched, by its host's robots.txt (fetched once per run)?
    fn allowed(&mut self, scheme: &str, host: &str, url: &str) -> Result<(), String> {
        if self.host(host).robots.is_none() {
            let robots_url = format!("{scheme}://{host}/robots.txt");
            let robots = match self.get(host, &robots_url, None) {
                Ok(mut resp) => {
                    let status = resp.status().as_u16();
                    if (200..300).contains(&status) {
                        let mut body = Vec::new();
                        let _ = resp.body_mut().as_reader().take(512 * 1024).read_to_end(&mut body);
                        match texting_robots::Robot::new("onshore", &body) {
                            Ok(r) => Robots::Rules(r),
                            Err(_) => Robots::AllowAll,
                        }
                    } else if (400..500).contains(&status) {
                        Robots::AllowAll
                    } else {
                        Robots::DisallowAll(format!("robots.txt answered {status}"))
                    }
                }
                Err(e) => Robots::DisallowAll(format!("robots.txt unreachable: {e}")),
            };
            let h = self.host(host);
            if let Robots::Rules(r) = &robots {
                if let Some(delay) = r.delay {
                    h.min_interval = h.min_interval.max(Duration::from_secs_f32(delay.clamp(0.0, 3600.0)));
                }
            }
            h.robots = Some(robots);
        }
        match self.host(host).robots.as_ref() {
            Some(Robots::Rules(r)) if !r.allowed(url) => Err("robots.txt disallows it".into()),
            Some(Robots::DisallowAll(why)) => Err(why.clone()),
            _ => Ok(()),
        }
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = open_store(args.db.as_deref())?;
    let config = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs_f64(args.timeout.max(0.1))))
        .build();
    let mut polite = Politeness {
        agent: config.into(),
        hosts: HashMap::new(),
        min_interval: Duration::from_secs_f64(args.min_host_interval.max(0.0)),
    };
    let mut errors = 0u64;
    let mut poll = 0u64;
    let mut ing_tally = super::ingest::Tally::default();
    loop {
        poll += 1;
        let started = Instant::now();
        for url in &args.urls {
            let Some((scheme, host)) = host_of(url).filter(|(s, _)| s == "http" || s == "https") else {
                eprintln!("onshore: {url}: not an http(s) URL");
                errors += 1;
                continue;
            };
            if let Err(why) = polite.allowed(&scheme, &host, url) {
                eprintln!("onshore: {url}: not fetched: {why}");
                errors += 1;
                continue;
            }
            let state = store.feed_state(url)?;
            let mut resp = match polite.get(&host, url, Some(&state)) {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("onshore: {url}: {e}");
                    errors += 1;
                    continue;
                }
            };
            let status = resp.status().as_u16();
            let now = onshore_store::text::utc_now();
            if status == 304 {
                if args.verbose {
                    eprintln!("{url}: not modified");
                }
                store.set_feed_state(url, &FeedState { last_polled: Some(now), ..state })?;
                continue;
            }
            if !(200..300).contains(&status) {
                eprintln!("onshore: {url}: HTTP {status}");
                errors += 1;
                continue;
            }
            let header = |name: &str| resp.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
            let new_state = FeedState { etag: header("etag"), last_modified: header("last-modified"), last_polled: Some(now) };
            let mut body = Vec::new();
            if let Err(e) = resp.body_mut().as_reader().take(MAX_FEED_BYTES).read_to_end(&mut body) {
                eprintln!("onshore: {url}: {e}");
                errors += 1;
                continue;
            }
            let prefix = host.replace([':', '.'], "-");
            let items = match feed::parse_feed(&body, &prefix) {
                Ok(items) => items,
                Err(e) => {
                    eprintln!("onshore: {url}: {e}");
                    errors += 1;
                    continue;
                }
            };
            let mut ing = Ingester::new(&mut store, 256, args.verbose);
            for (i, item) in items.into_iter().enumerate() {
                let source = format!("{url}#{}", i + 1);
                let item = match item {
                    Ok(doc) => InputItem::Doc(doc),
                    Err(reason) => InputItem::Error(onshore_core::InputError { source: source.clone(), reason }),
                };
                ing.push(source, item)?;
            }
            ing.flush()?;
            let t = ing.tally;
            ing_tally.new += t.new;
            ing_tally.near += t.near;
            ing_tally.duplicate += t.duplicate;
            ing_tally.failed += t.failed;
            if args.verbose {
                eprintln!("{url}: {}", t.summary());
            }
            // The validators are saved only after the items are stored: a crash
            // in between means the next poll fetches the feed again.
            store.set_feed_state(url, &new_state)?;
        }
        if args.max_polls != 0 && poll >= args.max_polls {
            break;
        }
        let wait = Duration::from_secs_f64(args.interval.max(0.0));
        if let Some(rest) = wait.checked_sub(started.elapsed()) {
            std::thread::sleep(rest);
        }
    }
    println!("{} ({} polls, {} feed errors)", ing_tally.summary(), poll, errors);
    Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
