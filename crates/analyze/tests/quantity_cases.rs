//! Quantity phrasings as data (`quantity_cases.txt`): each line a sentence in our
//! own words modelled on a phrasing seen in the press, with every quantity it holds.
//! All cases must hold; the failures are listed together so one run shows them all.

use onshore_analyze::find_quantities_continuing;
use onshore_core::Lang;

fn parse_expected(s: &str) -> Vec<(f64, String)> {
    if s.trim() == "-" {
        return Vec::new();
    }
    s.split(';')
        .map(|item| {
            let item = item.trim();
            let (value, unit) = item.split_once(' ').unwrap_or_else(|| panic!("`{item}`: want `VALUE UNIT`"));
            (value.parse().unwrap_or_else(|_| panic!("`{item}`: bad value")), unit.trim().to_string())
        })
        .collect()
}

#[test]
fn every_case_holds() {
    let data = include_str!("quantity_cases.txt");
    let mut failures = Vec::new();
    let mut count = 0;
    for (n, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let parts: Vec<&str> = line.split(" | ").collect();
        assert_eq!(parts.len(), 3, "line {}: want `LANG | sentence | expected`", n + 1);
        // `ru after RUB`: the sentence goes on from a sum in that currency told before it.
        let (lang, carried) = match parts[0].split_once(" after ") {
            Some((lang, code)) => (lang, Some(code)),
            None => (parts[0], None),
        };
        let lang = match lang {
            "en" => Lang::En,
            "ru" => Lang::Ru,
            other => panic!("line {}: unknown language `{other}`", n + 1),
        };
        let want = parse_expected(parts[2]);
        let got: Vec<(f64, String)> = find_quantities_continuing(parts[1], lang, carried).into_iter().map(|q| (q.value, q.unit)).collect();
        let same = got.len() == want.len()
            && got.iter().zip(&want).all(|((gv, gu), (wv, wu))| gu == wu && (gv - wv).abs() <= wv.abs() * 1e-3);
        if !same {
            failures.push(format!("line {}: {}\n    want {want:?}\n    got  {got:?}", n + 1, parts[1]));
        }
        count += 1;
    }
    assert!(count > 0, "no cases read");
    assert!(failures.is_empty(), "{} of {count} cases fail:\n{}", failures.len(), failures.join("\n"));
}
