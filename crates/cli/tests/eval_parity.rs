//! `onshore eval` against the reference scorer (`shared/tools/score.py`).
//!
//! Prediction sets are made by perturbing the gold files (entities dropped,
//! names retyped in Cyrillic or with typos, kinds and event types changed,
//! quantities moved by 0.5% and 2%, units re-cased and pluralized, parties
//! and hosts altered, documents emptied or left out), then both scorers run on
//! them with and without `--english-names`. Their output must be identical:
//! the same tp/pred/gold in every row, and in fact the same bytes.
//! Skipped when python3 or `../shared` is not there.

use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    let python = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    (dir.join("tools/score.py").is_file() && python).then_some(dir)
}

/// SplitMix64: a deterministic stream, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Latin letters spelled in Cyrillic, as a Russian text would write a name.
fn cyrillic(s: &str) -> String {
    s.chars()
        .map(|c| {
            let lower = c.to_ascii_lowercase();
            let t = match lower {
                'a' => "а",
                'b' => "б",
                'c' => "к",
                'd' => "д",
                'e' => "е",
                'f' => "ф",
                'g' => "г",
                'h' => "х",
                'i' => "и",
                'j' => "дж",
                'k' => "к",
                'l' => "л",
                'm' => "м",
                'n' => "н",
                'o' => "о",
                'p' => "п",
                'q' => "к",
                'r' => "р",
                's' => "с",
                't' => "т",
                'u' => "у",
                'v' => "в",
                'w' => "в",
                'x' => "кс",
                'y' => "й",
                'z' => "з",
                _ => return c.to_string(),
            };
            if c.is_uppercase() {
                t.to_uppercase()
            } else {
                t.to_string()
            }
        })
        .collect()
}

fn typo(rng: &mut Rng, s: &str) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    for _ in 0..1 + rng.below(3) {
        if chars.len() < 2 {
            break;
        }
        let i = rng.below(chars.len() - 1);
        match rng.below(4) {
            0 => {
                chars.remove(i);
            }
            1 => chars.swap(i, i + 1),
            2 => chars.insert(i, (b'a' + rng.below(26) as u8) as char),
            _ => chars[i] = (b'a' + rng.below(26) as u8) as char,
        }
    }
    chars.into_iter().collect()
}

/// A name as some extractor might have written it.
fn variant(rng: &mut Rng, ent: &Value, english_only: bool) -> Option<Value> {
    let name = ent.get("name")?.as_str()?;
    let aliases: Vec<&str> = ent
        .get("aliases")
        .and_then(Value::as_array)
        .map_or(vec![], |a| a.iter().filter_map(Value::as_str).collect());
    Some(Value::String(match rng.below(7) {
        0 => typo(rng, name),
        1 if !english_only => cyrillic(name),
        2 if !aliases.is_empty() => aliases[rng.below(aliases.len())].to_string(),
        3 => format!("The {name} Ltd."),
        4 => name.to_uppercase(),
        5 => name.split_whitespace().next().unwrap_or(name).to_string(),
        _ => name.to_string(),
    }))
}

fn perturb_entity(rng: &mut Rng, e: &Value, level: u64) -> Vec<Value> {
    if rng.chance(level / 2) {
        return vec![]; // dropped
    }
    let mut e = e.clone();
    let obj = e.as_object_mut().unwrap();
    obj.remove("source_only");
    if rng.chance(level) {
        if let Some(v) = variant(rng, &Value::Object(obj.clone()), false) {
            obj.insert("name".into(), v);
        }
    }
    if rng.chance(level / 3) {
        let kinds = ["country", "region", "org", "person"];
        obj.insert("kind".into(), json!(kinds[rng.below(4)]));
    }
    if rng.chance(level / 3) && obj.contains_key("id") {
        if rng.chance(50) {
            obj.remove("id");
        } else {
            obj.insert("id".into(), json!("KZ"));
        }
    }
    let mut out = vec![e.clone()];
    if rng.chance(level / 3) {
        let mut extra = e;
        extra["name"] = json!(format!("Invented Holding {}", rng.below(1000)));
        out.push(extra);
    }
    out
}

fn perturb_event(rng: &mut Rng, ev: &Value, entities: &[Value], level: u64) -> Vec<Value> {
    if rng.chance(level / 2) {
        return vec![];
    }
    let mut ev = ev.clone();
    if rng.chance(level / 3) {
        let types = [
            "meeting",
            "agreement",
            "intent",
            "localization",
            "supply",
            "trade",
            "investment",
            "program",
        ];
        ev["type"] = json!(types[rng.below(types.len())]);
    }
    if let Some(parties) = ev.get_mut("parties").and_then(Value::as_array_mut) {
        for p in parties.iter_mut() {
            if !rng.chance(level) {
                continue;
            }
            let key = p.as_str().unwrap_or("").to_string();
            let ent = entities
                .iter()
                .find(|e| e.get("name").and_then(Value::as_str) == Some(&key));
            *p = match (rng.below(4), ent) {
                (0, Some(e)) => variant(rng, e, false).unwrap_or(p.clone()),
                (1, _) => json!(typo(rng, &key)),
                (2, _) => json!(cyrillic(&key)),
                _ => json!(key.to_lowercase()),
            };
        }
        if rng.chance(level / 3) {
            parties.clear();
        }
    }
    if ev.get("host").is_some_and(|h| !h.is_null()) && rng.chance(level / 2) {
        ev["host"] = if rng.chance(50) {
            Value::Null
        } else {
            json!("CN")
        };
    }
    if let Some(qs) = ev.get_mut("quantities").and_then(Value::as_array_mut) {
        for q in qs.iter_mut() {
            if rng.chance(level) {
                let v = q["value"].as_f64().unwrap_or(0.0);
                q["value"] = json!(v * [1.005, 0.995, 1.02, 0.98][rng.below(4)]);
            }
            if rng.chance(level) {
                let u = q["unit"].as_str().unwrap_or("").to_string();
                q["unit"] = json!(match rng.below(4) {
                    0 => u.to_uppercase(),
                    1 => format!("{u}s"),
                    2 => u.trim_end_matches('s').to_string(),
                    _ => format!(" {u} "),
                });
            }
        }
        if rng.chance(level / 2) {
            qs.push(json!({"value": "1_500", "unit": "jobs"}));
        }
    }
    let mut out = vec![ev.clone()];
    if rng.chance(level / 4) {
        out.push(ev); // told twice
    }
    out
}

fn perturb_doc(rng: &mut Rng, gold: &Value, level: u64) -> Option<Value> {
    if rng.chance(level / 5) {
        return None; // missing from the predictions
    }
    let mut doc = gold.clone();
    if rng.chance(level / 5) {
        doc["entities"] = json!([]);
        doc["events"] = json!([]);
        return Some(doc);
    }
    let ents: Vec<Value> = gold["entities"].as_array().cloned().unwrap_or_default();
    let mut new_ents: Vec<Value> = ents
        .iter()
        .flat_map(|e| perturb_entity(rng, e, level))
        .collect();
    // Different order: greedy matching is order-sensitive.
    if rng.chance(50) {
        new_ents.reverse();
    }
    doc["entities"] = Value::Array(new_ents);
    let evs: Vec<Value> = gold["events"].as_array().cloned().unwrap_or_default();
    doc["events"] = Value::Array(
        evs.iter()
            .flat_map(|e| perturb_event(rng, e, &ents, level))
            .collect(),
    );
    Some(doc)
}

fn gold_docs(dir: &Path) -> Vec<(String, Value)> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                serde_json::from_str(&fs::read_to_string(&p).unwrap()).unwrap(),
            )
        })
        .collect()
}

/// Writes one prediction set; odd seeds as a folder of *.json, even as JSON Lines.
fn write_set(out: &Path, gold: &[(String, Value)], seed: u64, level: u64) -> PathBuf {
    let mut rng = Rng(seed);
    let docs: Vec<(String, Value)> = gold
        .iter()
        .filter_map(|(stem, g)| perturb_doc(&mut rng, g, level).map(|d| (stem.clone(), d)))
        .collect();
    if seed % 2 == 1 {
        let dir = out.join(format!("set{seed}"));
        fs::create_dir_all(&dir).unwrap();
        for (stem, d) in docs {
            fs::write(
                dir.join(format!("{stem}.json")),
                serde_json::to_string_pretty(&d).unwrap(),
            )
            .unwrap();
        }
        dir
    } else {
        let file = out.join(format!("set{seed}.jsonl"));
        let lines: Vec<String> = docs
            .iter()
            .map(|(_, d)| serde_json::to_string(d).unwrap())
            .collect();
        fs::write(&file, lines.join("\n") + "\n").unwrap();
        file
    }
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// (section, row) -> (tp, pred, gold), for a readable first failure.
fn counts(json_out: &str) -> Vec<(String, String, [u64; 3])> {
    let v: Value = serde_json::from_str(json_out).unwrap();
    let mut rows = Vec::new();
    for section in ["entities", "events", "quantities"] {
        for (k, r) in v[section].as_object().unwrap() {
            let get = |f: &str| r[f].as_u64().unwrap();
            rows.push((
                section.to_string(),
                k.clone(),
                [get("tp"), get("pred"), get("gold")],
            ));
        }
    }
    for (doc, rs) in v
        .get("documents")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        for (k, r) in rs.as_object().unwrap() {
            let get = |f: &str| r[f].as_u64().unwrap();
            rows.push((
                doc.clone(),
                k.clone(),
                [get("tp"), get("pred"), get("gold")],
            ));
        }
    }
    rows
}

#[test]
fn rust_scorer_matches_score_py_on_perturbed_gold() {
    let Some(shared) = shared() else {
        eprintln!("skipped: python3 or ../shared not found");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let mut compared = 0;
    let mut imperfect = 0;
    for gold_dir in [shared.join("gold"), shared.join("dev/gold")] {
        let gold = gold_docs(&gold_dir);
        assert!(!gold.is_empty(), "{} has no gold", gold_dir.display());
        let sub = tmp.path().join(gold_dir.strip_prefix(&shared).unwrap());
        fs::create_dir_all(&sub).unwrap();
        for (seed, level) in [
            (1, 0),
            (2, 20),
            (3, 40),
            (4, 60),
            (5, 80),
            (6, 100),
            (7, 50),
            (8, 30),
        ] {
            let pred = write_set(&sub, &gold, seed, level);
            for flags in [
                &["--json", "--per-doc"][..],
                &["--json", "--per-doc", "--english-names"],
                &["--per-doc"],
                &["--english-names"],
            ] {
                let py = run(Command::new("python3")
                    .arg(shared.join("tools/score.py"))
                    .arg(&gold_dir)
                    .arg(&pred)
                    .args(flags));
                let rs = run(Command::new(env!("CARGO_BIN_EXE_onshore"))
                    .arg("eval")
                    .arg(&gold_dir)
                    .arg(&pred)
                    .args(flags));
                let what = format!("{} vs {} {flags:?}", gold_dir.display(), pred.display());
                if flags[0] == "--json" {
                    assert_eq!(counts(&rs), counts(&py), "counts differ: {what}");
                    if counts(&py)
                        .iter()
                        .any(|(_, _, [tp, p, g])| tp != p || tp != g)
                    {
                        imperfect += 1;
                    }
                }
                assert_eq!(rs, py, "output differs: {what}");
                compared += 1;
            }
        }
    }
    assert_eq!(compared, 2 * 8 * 4);
    assert!(
        imperfect > 8,
        "perturbations should make scores imperfect ({imperfect})"
    );
}

#[test]
fn documents_given_to_eval_are_extracted_then_scored_like_score_py() {
    let Some(shared) = shared() else {
        eprintln!("skipped: python3 or ../shared not found");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let corpus = shared.join("dev/corpus");
    let extracted = Command::new(env!("CARGO_BIN_EXE_onshore"))
        .arg("extract")
        .arg(&corpus)
        .output()
        .unwrap();
    let pred = tmp.path().join("pred.jsonl");
    fs::write(&pred, &extracted.stdout).unwrap();
    let gold = shared.join("dev/gold");
    for flags in [&["--json", "--per-doc"][..], &["--english-names"]] {
        let py = run(Command::new("python3")
            .arg(shared.join("tools/score.py"))
            .arg(&gold)
            .arg(&pred)
            .args(flags));
        let rs = run(Command::new(env!("CARGO_BIN_EXE_onshore"))
            .arg("eval")
            .arg(&gold)
            .arg(&corpus)
            .args(flags));
        assert_eq!(rs, py, "{flags:?}");
    }
}

/// Values of the wrong JSON type, where the Rust port follows Python's
/// `str()`, truthiness, iteration and `float()` rather than rejecting them.
#[test]
fn odd_json_values_score_like_python() {
    let Some(shared) = shared() else {
        eprintln!("skipped: python3 or ../shared not found");
        return;
    };
    let gold_dir = shared.join("gold");
    let gold = gold_docs(&gold_dir);
    let tmp = tempfile::tempdir().unwrap();
    let mut lines = Vec::new();
    for (k, (stem, g)) in gold.iter().enumerate() {
        let first_org = g["entities"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|e| e["kind"] == "org")
            .cloned()
            .unwrap_or(json!({"kind": "org", "name": "X"}));
        let first_event = g["events"]
            .as_array()
            .and_then(|a| a.first())
            .cloned()
            .unwrap_or(json!({"type": "meeting"}));
        let ty = first_event["type"].clone();
        let party = first_event["parties"]
            .get(0)
            .cloned()
            .unwrap_or(json!("BY"));
        let doc = json!({
            "doc": stem,
            "entities": [
                {"kind": "org", "name": 42},
                {"kind": "org", "name": "", "id": first_org["name"]},
                {"kind": "org", "name": null},
                {"kind": "country", "id": "by"},
                {"kind": "region", "name": ["Minsk", "region"]},
                {"name": first_org["name"]},
                first_org,
            ],
            "events": [
                {"type": ty, "parties": party},
                {"type": ty, "parties": {"BY": 1}},
                {"type": ty, "parties": [null, 7, true], "host": 0},
                {"type": "trade", "parties": [], "quantities": [
                    {"value": "4_900_000", "unit": "Doses "},
                    {"value": true, "unit": null},
                    {"value": " 1e6 ", "unit": "memoranda"},
                    {"value": "abc", "unit": "USD"},
                    {"value": null},
                    {"unit": "USD"},
                    "12 USD",
                    [1, 2],
                    {"value": 2.5, "unit": "glass"},
                    {"value": 2.5, "unit": "GLASS"},
                    {"value": -0.0, "unit": 5}
                ]}
            ]
        });
        if k % 2 == 0 {
            lines.push(serde_json::to_string(&doc).unwrap());
        }
    }
    // Keys absent from a record: `doc` missing means the key "None".
    lines.push(r#"{"entities": [], "events": []}"#.to_string());
    let pred = tmp.path().join("odd.jsonl");
    fs::write(&pred, lines.join("\r\n")).unwrap();
    for flags in [
        &["--json", "--per-doc"][..],
        &["--json", "--english-names"],
        &[],
    ] {
        let py = run(Command::new("python3")
            .arg(shared.join("tools/score.py"))
            .arg(&gold_dir)
            .arg(&pred)
            .args(flags));
        let rs = run(Command::new(env!("CARGO_BIN_EXE_onshore"))
            .arg("eval")
            .arg(&gold_dir)
            .arg(&pred)
            .args(flags));
        assert_eq!(rs, py, "{flags:?}");
    }
}
