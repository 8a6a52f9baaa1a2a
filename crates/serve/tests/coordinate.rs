//! Coordination pages and API over the demo registry: supplier shares and
//! producers for a demand come from the stored events.

mod common;
use axum::http::StatusCode;
use common::*;

#[tokio::test]
async fn dependence_shares_come_from_stored_supply_events() {
    let s = server();
    let mut with_facts = 0;
    for country in ["KG", "TJ", "UZ", "AM", "BY", "KZ", "RU", "AZ", "MN", "TM"] {
        let r = get(&s.router, &format!("/api/dependence?country={country}")).await;
        assert_eq!(r.status, StatusCode::OK);
        let v = r.json();
        assert_eq!(v["importer"], country);
        if v["facts"].as_u64().unwrap() > 0 {
            with_facts += 1;
            let shares: f64 = v["countries"].as_array().unwrap().iter().map(|c| c["share"].as_f64().unwrap()).sum();
            assert!((shares - 1.0).abs() < 1e-6, "supplier shares sum to one: {v}");
            assert!(v["countries"].as_array().unwrap().iter().all(|c| c["name"] != country), "a country does not supply itself: {v}");
        }
    }
    assert!(with_facts >= 1, "the samples report at least one delivery");
    let bad = get(&s.router, "/api/dependence?country=Belarus!").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.json()["error"].as_str().unwrap().contains("ISO"));
    assert_eq!(get(&s.router, "/api/dependence").await.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn match_finds_producers_in_other_countries_in_both_languages() {
    let s = server();
    for product in ["vaccines", "%D0%B2%D0%B0%D0%BA%D1%86%D0%B8%D0%BD%D1%8B"] {
        let v = get(&s.router, &format!("/api/match?country=RU&product={product}")).await.json();
        let candidates = v["candidates"].as_array().unwrap();
        assert!(!candidates.is_empty(), "{product}: {v}");
        assert!(candidates.iter().all(|c| c["country"] != "RU"), "import substitution looks abroad: {v}");
        assert!(v["codes"].as_array().unwrap().iter().any(|c| c.as_str().unwrap().starts_with("3002")), "{v}");
    }
}

#[tokio::test]
async fn coordination_pages_render_and_escape_their_inputs() {
    let s = server();
    let r = get(&s.router, "/dependence?country=KG").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Supply dependence"));
    let r = get(&s.router, "/match?country=RU&product=%3Cscript%3Ealert(1)%3C%2Fscript%3E").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(!r.body.contains("<script>alert"), "the product echoed back is escaped");
    assert!(r.body.contains("&lt;script&gt;alert(1)"));
    let r = get(&s.router, "/match").await;
    assert_eq!(r.status, StatusCode::OK, "the empty form renders");
}
