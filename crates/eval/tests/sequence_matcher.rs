//! `difflib::SequenceMatcher` against values Python's difflib gave for the same
//! inputs (`data/sequence_matcher.jsonl`, made by `data/gen_sequence_matcher.py`):
//! ratio (as Python's repr) and matching blocks, including strings of 200+
//! characters where the autojunk heuristic drops popular characters.

use onshore_eval::difflib::{ratio, SequenceMatcher};

#[test]
fn matches_python_difflib() {
    let data = include_str!("data/sequence_matcher.jsonl");
    let mut checked = 0;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let a = v[0].as_str().unwrap();
        let b = v[1].as_str().unwrap();
        let want_ratio: f64 = v[2].as_str().unwrap().parse().unwrap();
        let want_blocks: Vec<(usize, usize, usize)> = v[3]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                (
                    m[0].as_u64().unwrap() as usize,
                    m[1].as_u64().unwrap() as usize,
                    m[2].as_u64().unwrap() as usize,
                )
            })
            .collect();
        let (ac, bc): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let got_blocks: Vec<(usize, usize, usize)> = SequenceMatcher::new(&ac, &bc)
            .matching_blocks()
            .iter()
            .map(|m| (m.i, m.j, m.size))
            .collect();
        assert_eq!(got_blocks, want_blocks, "blocks for {a:?} / {b:?}");
        assert_eq!(
            ratio(a, b).to_bits(),
            want_ratio.to_bits(),
            "ratio for {a:?} / {b:?}"
        );
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} cases read");
}

#[test]
fn autojunk_changes_long_ratios() {
    // With 200+ elements, 'a' (far more frequent than 1% + 1) leaves the index:
    // a naive longest-common-substring would match the whole run.
    let a = "a".repeat(300);
    let b = "a".repeat(300);
    // The edge-extension loops still absorb the equal run: identical strings match fully.
    assert_eq!(ratio(&a, &b), 1.0);
    let c = format!("{}b", "a".repeat(250));
    let d = format!("b{}", "a".repeat(250));
    // Only 'b' is indexed; the match grows from it, giving a small ratio.
    assert!(ratio(&c, &d) < 0.1, "{}", ratio(&c, &d));
}
