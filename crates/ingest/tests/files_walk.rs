//! `read_inputs` over real paths: directory order, ignored and refused files,
//! size limit, missing paths, HTML pages, symlink loops.

use onshore_ingest::files::{read_inputs, read_inputs_with_source, InputItem, MAX_INPUT_BYTES};
use std::fs;
use std::path::{Path, PathBuf};

fn write(dir: &Path, rel: &str, data: &[u8]) -> PathBuf {
    let p = dir.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(&p, data).unwrap();
    p
}

/// `id` for documents, `!reason` for errors.
fn summary(items: impl Iterator<Item = InputItem>) -> Vec<String> {
    items
        .map(|i| match i {
            InputItem::Doc(d) => d.id,
            InputItem::Error(e) => format!("!{}", e.reason),
        })
        .collect()
}

#[test]
fn directories_are_walked_recursively_in_sorted_order() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    write(d, "b.txt", b"Second file.");
    write(d, "a.txt", b"First file.");
    write(d, "sub/c.txt", b"In a subfolder.");
    write(d, "sub/notes.md", b"ignored in a walk");
    write(d, ".hidden/x.txt", b"hidden folders are skipped");
    write(
        d,
        "z.jsonl",
        b"{\"id\":\"z-1\",\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n",
    );
    assert_eq!(
        summary(read_inputs(&[d.to_path_buf()])),
        ["a", "b", "c", "z-1", "z:2"]
    );
}

#[test]
fn explicit_paths_keep_the_given_order_and_report_problems() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let good = write(d, "good.txt", b"Fine text.");
    let md = write(d, "notes.md", b"# not a supported type");
    let missing = d.join("missing.txt");
    let big = d.join("big.txt");
    fs::File::create(&big)
        .unwrap()
        .set_len(MAX_INPUT_BYTES + 1)
        .unwrap(); // sparse: never read
    let items: Vec<(String, InputItem)> =
        read_inputs_with_source(&[md.clone(), good, missing.clone(), big.clone()]).collect();
    assert_eq!(items.len(), 4);
    let reasons: Vec<String> = items
        .iter()
        .map(|(source, i)| match i {
            InputItem::Doc(doc) => format!("{source} doc {}", doc.id),
            InputItem::Error(e) => format!("{} {}", e.source, e.reason),
        })
        .collect();
    assert!(
        reasons[0].starts_with(&format!("{} unsupported file type", md.display())),
        "{reasons:?}"
    );
    assert!(reasons[1].ends_with("good.txt doc good"), "{reasons:?}");
    assert_eq!(
        reasons[2],
        format!(
            "{} cannot read: no such file or directory",
            missing.display()
        )
    );
    assert!(
        reasons[3].starts_with(&format!("{} file too large", big.display())),
        "{reasons:?}"
    );
}

#[test]
fn html_pages_become_documents() {
    let tmp = tempfile::tempdir().unwrap();
    let page = write(
        tmp.path(),
        "page.html",
        "<html><head><title>Plant opens</title></head><body><article><p>A new plant for insulin opened in Tula on Monday, the company said in a statement to reporters.</p><p>Производство инсулина начнётся в следующем году, сообщили в компании.</p></article></body></html>"
            .as_bytes(),
    );
    let items = summary(read_inputs(&[page]));
    assert_eq!(items, ["page"]);
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_walked_once() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    write(d, "a/doc.txt", b"Only once.");
    std::os::unix::fs::symlink(d.join("a"), d.join("a/loop")).unwrap();
    assert_eq!(summary(read_inputs(&[d.to_path_buf()])), ["doc"]);
}
