//! `onshore classify`, `match` and `dependence` on fixture files written for
//! these tests (crates/coordinate/tests/fixtures), in English and Russian.

use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Output};

fn fixture(name: &str) -> String {
    let p: PathBuf = [env!("CARGO_MANIFEST_DIR"), "..", "coordinate", "tests", "fixtures", name].iter().collect();
    p.to_string_lossy().into_owned()
}

fn onshore(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_onshore")).args(args).output().expect("run onshore")
}

fn json_of(out: &Output) -> Value {
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

#[test]
fn classify_json_keeps_input_order_and_finds_codes_in_both_languages() {
    let inputs = ["oncology drugs", "вакцина QazVac", "low-power tractors", "transformers", "диагностические наборы"];
    let mut args = vec!["classify", "--format", "json"];
    args.extend(inputs);
    let v = json_of(&onshore(&args));
    let list = v.as_array().unwrap();
    assert_eq!(list.len(), inputs.len());
    let expected = ["3004", "3002", "8701", "8504", "3822"];
    for ((item, input), code) in list.iter().zip(inputs).zip(expected) {
        assert_eq!(item["input"], input);
        let best = &item["codes"][0];
        assert!(best["code"].as_str().unwrap().starts_with(code), "{input}: {best}");
        let score = best["score"].as_f64().unwrap();
        assert!(score > 0.5 && score <= 1.0, "{input}: {score}");
        assert!(!best["description"].as_str().unwrap().is_empty());
    }
}

#[test]
fn classify_table_prints_each_input_with_codes() {
    let out = onshore(&["classify", "тракторы", "qwzx flibber"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("тракторы\n  8701"), "{text}");
    assert!(text.contains("qwzx flibber\n  (no code found)"), "{text}");
}

fn match_json(extra: &[&str]) -> Vec<Value> {
    let demand = fixture("demand.csv");
    let producers = fixture("producers.csv");
    let mut args = vec!["match", "--demand", &demand, "--producers", &producers, "--format", "json"];
    args.extend(extra);
    json_of(&onshore(&args)).as_array().unwrap().clone()
}

fn coverage_of<'a>(m: &'a Value, country: &str) -> Option<&'a Value> {
    m["coverage"].as_array().unwrap().iter().find(|c| c["country"] == country)
}

#[test]
fn russian_demand_finds_producers_in_other_countries_only() {
    let matches = match_json(&[]);
    assert_eq!(matches.len(), 7, "one result per demand row, in order");
    let tractors = &matches[0];
    assert_eq!(tractors["demand"]["product"], "тракторы");
    let names: Vec<&str> = tractors["candidates"].as_array().unwrap().iter().map(|c| c["enterprise"].as_str().unwrap()).collect();
    assert!(names.contains(&"Kirov Plant") && names.contains(&"Steppe Tractors"), "{names:?}");
    assert!(!names.contains(&"Minsk Tractor Works"), "same-country producer must be excluded");
    let steppe = tractors["candidates"].as_array().unwrap().iter().find(|c| c["enterprise"] == "Steppe Tractors").unwrap();
    assert_eq!(steppe["languages"], "ru-en");
    assert!(steppe["reason"].as_str().unwrap().contains("8701"));
    assert_eq!(coverage_of(tractors, "RU").unwrap()["status"], "partial");
    assert!(!names.iter().any(|n| n.contains("Pumps") || n.contains("Oil")));
}

#[test]
fn coverage_adds_unit_compatible_capacity_per_country() {
    let matches = match_json(&["--partners", "TJ"]);
    let insulin = &matches[1];
    let kz = coverage_of(insulin, "KZ").expect("KZ has an insulin producer");
    // Astana Bio: 2 t = 2000 kg against 2000 kg demanded.
    assert_eq!((kz["status"].as_str(), kz["capacity"].as_f64()), (Some("full"), Some(2000.0)));
    let uz = coverage_of(insulin, "UZ").unwrap();
    assert_eq!(uz["status"], "none", "vials are not kilograms");
    assert_eq!(coverage_of(insulin, "TJ").unwrap()["producers"], 0);
    let vaccines = &matches[2];
    assert_eq!(vaccines["candidates"][0]["code_depth"], 6, "declared 3002.41 meets vaccines at HS6");
    assert_eq!(coverage_of(vaccines, "BY").unwrap()["status"], "full");
}

#[test]
fn registry_extractions_add_producers_and_bad_lines_are_skipped() {
    let demand = fixture("demand.csv");
    let x = fixture("extractions.jsonl");
    let out = onshore(&["match", "--demand", &demand, "--extractions", &x, "--format", "json"]);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(stderr.contains("extractions.jsonl:3"), "{stderr}");
    let v = json_of(&out);
    let insulin = &v[1];
    assert_eq!(insulin["candidates"][0]["enterprise"], "Anatolia Pharma");
    assert_eq!(insulin["candidates"][0]["country"], "KZ");
    assert!(insulin["candidates"][0]["source"].as_str().unwrap().starts_with("registry:"));
}

#[test]
fn match_csv_has_one_line_per_candidate() {
    let demand = fixture("demand.csv");
    let producers = fixture("producers.csv");
    let out = onshore(&["match", "--demand", &demand, "--producers", &producers, "--format", "csv"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert!(lines.next().unwrap().starts_with("demand_source,demand_country,program,demand_product"));
    let tractor_lines = text.lines().filter(|l| l.contains(",тракторы,")).count();
    assert_eq!(tractor_lines, 2, "{text}");
}

#[test]
fn malformed_csv_names_file_row_and_column_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    let report_s = report.to_string_lossy().to_string();
    let bad = fixture("demand_bad_quantity.csv");
    let producers = fixture("producers.csv");
    let out = onshore(&["match", "--demand", &bad, "--producers", &producers, "--format", "json", "-o", &report_s]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("demand_bad_quantity.csv: row 2 (line 3), column `quantity`"), "{err}");
    assert!(out.stdout.is_empty());
    assert!(!report.exists() && std::fs::read_dir(dir.path()).unwrap().next().is_none());

    let demand = fixture("demand.csv");
    let bad = fixture("producers_bad_fields.csv");
    let out = onshore(&["match", "--demand", &demand, "--producers", &bad]);
    assert!(!out.status.success() && out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("producers_bad_fields.csv: row 2") && err.contains("7 fields"), "{err}");

    let bad = fixture("trade_bad_country.csv");
    let out = onshore(&["dependence", "--country", "BY", "--trade", &bad]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("row 2") && err.contains("column `partner`"), "{err}");
}

#[test]
fn dependence_from_trade_statistics() {
    let trade = fixture("trade.csv");
    let v = json_of(&onshore(&["dependence", "--country", "BY", "--hs", "3002", "--year", "2023", "--trade", &trade, "--format", "json"]));
    assert_eq!(v["basis"], "USD");
    let countries: Vec<(&str, f64)> =
        v["countries"].as_array().unwrap().iter().map(|c| (c["name"].as_str().unwrap(), c["share"].as_f64().unwrap())).collect();
    assert_eq!(countries, [("CN", 0.6), ("RU", 0.3), ("IN", 0.1)], "the KZ line is an export from BY, the 3004 line another product");
    assert!((v["hhi"].as_f64().unwrap() - 4600.0).abs() < 0.5);
    assert_eq!((v["top1"].as_str(), v["single_source"].as_bool()), (Some("CN"), Some(false)));

    let v = json_of(&onshore(&["dependence", "--country", "KZ", "--hs", "300241", "--trade", &trade, "--format", "json"]));
    assert_eq!((v["top1"].as_str(), v["single_source"].as_bool()), (Some("BY"), Some(true)));
}

#[test]
fn dependence_joins_registry_supply_events() {
    let trade = fixture("trade.csv");
    let x = fixture("extractions.jsonl");
    let out = onshore(&["dependence", "--country", "BY", "--hs", "3002", "--year", "2023", "--trade", &trade, "--extractions", &x, "--format", "json"]);
    let v = json_of(&out);
    let cn = v["countries"].as_array().unwrap().iter().find(|c| c["name"] == "CN").unwrap();
    assert_eq!(cn["value"].as_f64(), Some(8_000_000.0), "trade 6M + Lotus Biologics 2M");
    assert_eq!(v["firms"][0]["name"], "Lotus Biologics");
    let table = onshore(&["dependence", "--country", "BY", "--hs", "3002", "--trade", &trade, "--extractions", &x]);
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(text.contains("HHI") && text.contains("supplier firms"), "{text}");
}

#[test]
fn classify_reads_names_from_stdin() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_onshore"))
        .args(["classify", "-", "--format", "json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all("шприцы\n\nCT scanners\n".as_bytes()).unwrap();
    let v = json_of(&child.wait_with_output().unwrap());
    let inputs: Vec<&str> = v.as_array().unwrap().iter().map(|x| x["input"].as_str().unwrap()).collect();
    assert_eq!(inputs, ["шприцы", "CT scanners"]);
    assert_eq!(v[0]["codes"][0]["code"], "901831");
}

#[test]
fn match_without_producers_is_a_clear_error() {
    let demand = fixture("demand.csv");
    let out = onshore(&["match", "--demand", &demand]);
    assert!(!out.status.success() && out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no producers"));
}

/// Facts stored by `ingest` feed `dependence` and `match` through `--db`.
#[test]
fn registry_store_feeds_dependence_and_match() {
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news.jsonl");
    // Our own sample lines: a donation from China to Belarus, and a Belarusian plant making vaccines.
    std::fs::write(
        &news,
        concat!(
            r#"{"id":"n1","text":"China donated 300,000 doses of COVID-19 vaccine to Belarus, the Belarusian Health Ministry said."}"#, "\n",
            r#"{"id":"n2","text":"Belmedpreparaty has launched production of vaccines at its new plant in Belarus."}"#, "\n",
        ),
    )
    .unwrap();
    let db = dir.path().join("registry.db");
    let db = db.to_str().unwrap();
    let ingest = onshore(&["ingest", "--db", db, news.to_str().unwrap()]);
    assert!(ingest.status.success(), "{}", String::from_utf8_lossy(&ingest.stderr));

    let dep = onshore(&["dependence", "--country", "BY", "--db", db, "--format", "json"]);
    assert!(dep.status.success(), "{}", String::from_utf8_lossy(&dep.stderr));
    let report = json_of(&dep);
    assert!(report.to_string().contains("\"CN\""), "China should be a supplier of Belarus: {report}");

    let demand = dir.path().join("demand.csv");
    std::fs::write(&demand, "country,program,product,quantity,unit\nRU,substitution,вакцины,,\n").unwrap();
    let m = onshore(&["match", "--demand", demand.to_str().unwrap(), "--db", db, "--format", "json"]);
    assert!(m.status.success(), "{}", String::from_utf8_lossy(&m.stderr));
    let out = String::from_utf8_lossy(&m.stdout);
    assert!(out.contains("Belmedpreparaty"), "the Belarusian producer should be a candidate: {out}");

    let missing = onshore(&["dependence", "--country", "BY", "--db", dir.path().join("nope/x.db").to_str().unwrap()]);
    assert!(!missing.status.success());
}
