//! `onshore extract` end to end: good and bad inputs in one batch, stdin,
//! JSON Lines ids, output order and the three output formats.

use serde_json::Value;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const ENGLISH: &str = "The health ministry of Kazakhstan signed a memorandum with a Swiss company on Monday to localize the production of cancer drugs in Almaty. The plant will start making tablets next year, the minister told reporters.";

fn onshore(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_onshore"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn write(dir: &Path, name: &str, data: &[u8]) -> PathBuf {
    let p = dir.join(name);
    fs::write(&p, data).unwrap();
    p
}

fn docs(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each stdout line is JSON"))
        .collect()
}

fn ids(stdout: &[u8]) -> Vec<String> {
    docs(stdout)
        .iter()
        .map(|d| d["doc"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn bad_inputs_are_reported_and_the_batch_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    write(d, "good.txt", ENGLISH.as_bytes());
    write(
        d,
        "binary.txt",
        b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0",
    );
    write(d, "empty.txt", b"");
    write(d, "latin1.txt", b"Caf\xe9 society met in the capital.");
    write(
        d,
        "lines.jsonl",
        format!("{{\"id\":\"j1\",\"text\":\"{ENGLISH}\"}}\n{{\"text\": oops}}\n").as_bytes(),
    );
    let out = onshore(
        &[
            "extract",
            "good.txt",
            "binary.txt",
            "empty.txt",
            "latin1.txt",
            "lines.jsonl",
        ],
        d,
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(ids(&out.stdout), ["good", "j1"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    let errors: Vec<&str> = stderr.lines().collect();
    assert_eq!(errors.len(), 4, "{stderr}");
    assert!(errors[0].starts_with("binary.txt: binary file"), "{stderr}");
    assert!(errors[1].starts_with("empty.txt: empty file"), "{stderr}");
    assert_eq!(errors[2], "latin1.txt: invalid UTF-8 at byte offset 3");
    assert!(errors[3].starts_with("lines.jsonl:2: bad JSON"), "{stderr}");
}

#[test]
fn all_good_inputs_exit_zero_and_keep_the_contract_shape() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "a.txt", ENGLISH.as_bytes());
    let out = onshore(&["extract", "a.txt"], tmp.path());
    assert_eq!(out.status.code(), Some(0));
    let d = &docs(&out.stdout)[0];
    assert_eq!(d["doc"], "a");
    assert_eq!(d["lang"], "en");
    assert!(d["entities"].is_array() && d["events"].is_array());
    assert!(d.as_object().unwrap().contains_key("published"));
}

#[test]
fn stdin_is_read_for_dash() {
    let tmp = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_onshore"))
        .args(["extract", "-"])
        .current_dir(tmp.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(ENGLISH.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(ids(&out.stdout), ["stdin"]);

    // JSON Lines on stdin: one document a line.
    let mut child = Command::new(env!("CARGO_BIN_EXE_onshore"))
        .args(["extract", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = format!(
        "{{\"id\":\"s1\",\"text\":\"{ENGLISH}\"}}\n{{\"id\":\"s2\",\"text\":\"{ENGLISH}\"}}\n"
    );
    child
        .stdin
        .take()
        .unwrap()
        .write_all(lines.as_bytes())
        .unwrap();
    assert_eq!(ids(&child.wait_with_output().unwrap().stdout), ["s1", "s2"]);
}

#[test]
fn jsonl_ids_default_to_stem_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let body = format!(
        "{{\"id\":\"given\",\"text\":\"{ENGLISH}\",\"url\":\"https://example.org/a\",\"title\":\"Drugs\",\"published\":\"2024-03-01\"}}\n\n{{\"text\":\"{ENGLISH}\"}}\n"
    );
    write(tmp.path(), "batch.jsonl", body.as_bytes());
    let out = onshore(&["extract", "batch.jsonl"], tmp.path());
    assert_eq!(out.status.code(), Some(0));
    let d = docs(&out.stdout);
    assert_eq!(ids(&out.stdout), ["given", "batch:3"]);
    assert_eq!(d[0]["url"], "https://example.org/a");
    assert_eq!(d[0]["published"], "2024-03-01");
}

#[test]
fn output_keeps_input_order_across_parallel_batches() {
    let tmp = tempfile::tempdir().unwrap();
    // More documents than one parallel batch, named so that sorted order differs from the given order.
    let names: Vec<String> = (0..150)
        .map(|i| format!("d{:03}.txt", (i * 37) % 150))
        .collect();
    for n in &names {
        write(tmp.path(), n, ENGLISH.as_bytes());
    }
    let mut args = vec!["extract"];
    args.extend(names.iter().map(String::as_str));
    let out = onshore(&args, tmp.path());
    assert_eq!(out.status.code(), Some(0));
    let want: Vec<String> = names
        .iter()
        .map(|n| n.trim_end_matches(".txt").to_string())
        .collect();
    assert_eq!(ids(&out.stdout), want);

    // A folder comes out sorted.
    let out = onshore(&["extract", "."], tmp.path());
    let mut sorted = want.clone();
    sorted.sort();
    assert_eq!(ids(&out.stdout), sorted);
}

#[test]
fn json_and_table_formats() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "a.txt", ENGLISH.as_bytes());
    write(tmp.path(), "b.txt", ENGLISH.as_bytes());
    let out = onshore(
        &["extract", "--format", "json", "a.txt", "b.txt"],
        tmp.path(),
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("one JSON array");
    let docs: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["doc"].as_str().unwrap())
        .collect();
    assert_eq!(docs, ["a", "b"]);

    let out = onshore(&["extract", "--format", "json", "missing.txt"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        serde_json::from_slice::<Value>(&out.stdout).unwrap(),
        Value::Array(vec![])
    );

    let out = onshore(
        &["extract", "--format", "table", "a.txt", "b.txt"],
        tmp.path(),
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("== a (en,") && text.contains("== b (en,"),
        "{text}"
    );
}
