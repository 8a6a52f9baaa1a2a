//! Classification of product names written for these tests, English and
//! Russian, each with the code its best result must fall under.

use onshore_coordinate::classify;

fn cases() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/products.tsv")).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (name, code) = l.split_once('\t').expect("name<TAB>code");
            (name.to_string(), code.to_string())
        })
        .collect()
}

#[test]
fn best_code_falls_under_the_expected_one() {
    let cases = cases();
    assert!(cases.len() >= 40);
    let mut wrong = Vec::new();
    for (name, expected) in &cases {
        let codes = classify(name);
        match codes.first() {
            Some(best) if best.code.starts_with(expected.as_str()) || expected.starts_with(best.code.as_str()) && best.code.len() >= 4 => {}
            other => wrong.push(format!("{name}: expected {expected}, got {:?}", other.map(|c| (&c.code, c.score)))),
        }
    }
    assert!(wrong.is_empty(), "{} of {} wrong:\n{}", wrong.len(), cases.len(), wrong.join("\n"));
}

#[test]
fn both_languages_of_one_product_reach_the_same_heading() {
    for (en, ru) in [("tractors", "тракторы"), ("vaccines", "вакцины"), ("syringes", "шприцы"), ("tyres", "шины")] {
        let (e, r) = (classify(en), classify(ru));
        assert_eq!(e[0].code[..4], r[0].code[..4], "{en} / {ru}");
        assert!(r[0].description.chars().any(|c| ('а'..='я').contains(&c)), "Russian text for {ru}");
        assert!(e[0].description.is_ascii(), "English text for {en}");
    }
}

#[test]
fn confident_names_score_high_and_vague_ones_lower() {
    let sure = classify("insulin")[0].score;
    let vague = classify("wind turbines").first().map_or(0.0, |c| c.score);
    assert!(sure >= 0.9, "{sure}");
    assert!(vague < 0.5, "{vague}");
}

/// Product names as annotators wrote them in the shared gold files (read at
/// test time, never copied): most must get a confident code. Skips when
/// `../shared` is not beside the repository.
#[test]
fn most_annotated_product_names_get_a_confident_code() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    let mut names: Vec<String> = Vec::new();
    for dir in ["gold", "dev/gold"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
        for e in entries.flatten() {
            let Ok(text) = std::fs::read_to_string(e.path()) else { continue };
            let Ok(x) = serde_json::from_str::<onshore_core::Extraction>(&text) else { continue };
            names.extend(x.events.into_iter().flat_map(|ev| ev.products));
        }
    }
    names.sort();
    names.dedup();
    if names.len() < 10 {
        eprintln!("skipped: no shared gold files found under {}", root.display());
        return;
    }
    let confident = names.iter().filter(|n| classify(n).first().is_some_and(|c| c.score >= 0.5)).count();
    let rate = confident as f64 / names.len() as f64;
    assert!(rate >= 0.85, "{confident} of {} names got a code scoring 0.5 or more", names.len());
}
