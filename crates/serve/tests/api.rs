//! The JSON API over the demo registry: shapes, pagination, errors, auth, limits.

mod common;
use axum::http::StatusCode;
use common::*;
use serde_json::{json, Value};

#[tokio::test]
async fn stats_count_the_samples() {
    let s = server();
    let r = get(&s.router, "/api/stats").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.content_type.starts_with("application/json"));
    let v = r.json();
    let n = onshore_serve::demo::sample_documents().unwrap().len() as u64;
    assert_eq!(v["totals"]["documents"], n);
    for key in ["events_by_type", "events_by_stage", "documents_by_country", "documents_by_sector", "events_per_month"] {
        assert!(v[key].is_array(), "{key} missing: {v}");
    }
    let events: u64 = v["events_by_type"].as_array().unwrap().iter().map(|c| c["count"].as_u64().unwrap()).sum();
    assert_eq!(events, v["totals"]["events"].as_u64().unwrap(), "every event counted once by type");
    let months = v["events_per_month"].as_array().unwrap();
    assert!(!months.is_empty(), "samples are dated");
    let keys: Vec<&str> = months.iter().map(|m| m["value"].as_str().unwrap()).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "months oldest first");
}

#[tokio::test]
async fn search_pages_through_all_documents() {
    let s = server();
    let all = get(&s.router, "/api/search?per_page=100").await.json();
    let total = all["total"].as_u64().unwrap();
    assert_eq!(total as usize, onshore_serve::demo::sample_documents().unwrap().len());
    let mut seen = Vec::new();
    for page in 1..=4 {
        let v = get(&s.router, &format!("/api/search?per_page=3&page={page}")).await.json();
        assert_eq!(v["total"], total);
        assert_eq!(v["page"], page);
        assert_eq!(v["per_page"], 3);
        assert_eq!(v["pages"], total.div_ceil(3));
        for h in v["hits"].as_array().unwrap() {
            seen.push(h["doc"].as_str().unwrap().to_string());
        }
    }
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), seen.len(), "pages do not overlap");
    assert_eq!(seen.len() as u64, total, "pages cover every document");
}

#[tokio::test]
async fn search_finds_text_and_filters_by_facet() {
    let s = server();
    let v = get(&s.router, "/api/search?q=vaccine").await.json();
    assert!(v["total"].as_u64().unwrap() >= 2, "{v}");
    let hit = &v["hits"][0];
    for key in ["doc", "title", "snippet", "events"] {
        assert!(hit.get(key).is_some(), "hit lacks {key}: {hit}");
    }
    assert!(v["facets"].is_object());
    let langs = get(&s.router, "/api/search?lang=ru&per_page=100").await.json();
    let ru_total = langs["total"].as_u64().unwrap();
    assert!(ru_total >= 3 && ru_total < 10, "{ru_total} Russian documents");
    assert!(langs["hits"].as_array().unwrap().iter().all(|h| h["lang"] == "ru"));
}

#[tokio::test]
async fn bad_paging_is_a_json_400() {
    let s = server();
    for uri in ["/api/search?page=0", "/api/search?per_page=1000", "/api/search?page=abc", "/api/projects?per_page=0"] {
        let r = get(&s.router, uri).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{uri}");
        assert!(r.json()["error"].as_str().unwrap().contains("page"), "{uri}: {}", r.body);
    }
}

#[tokio::test]
async fn projects_list_and_detail() {
    let s = server();
    let v = get(&s.router, "/api/projects").await.json();
    let items = v["items"].as_array().unwrap();
    assert!(v["total"].as_u64().unwrap() as usize >= items.len());
    assert!(!items.is_empty(), "the samples form at least one project: {v}");
    let id = items[0]["id"].as_i64().unwrap();
    let p = get(&s.router, &format!("/api/projects/{id}")).await;
    assert_eq!(p.status, StatusCode::OK);
    let p = p.json();
    assert_eq!(p["id"], id);
    assert!(!p["history"].as_array().unwrap().is_empty());
    assert!(p["history"][0]["evidence"].as_str().is_some());

    let missing = get(&s.router, "/api/projects/999999").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.json()["error"].is_string());
    assert_eq!(get(&s.router, "/api/projects/abc").await.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn entities_and_documents_by_id() {
    let s = server();
    let d = get(&s.router, "/api/documents/demo-01").await;
    assert_eq!(d.status, StatusCode::OK);
    let d = d.json();
    assert_eq!(d["id"], "demo-01");
    assert!(d["text"].as_str().unwrap().contains("oncology"));
    let name = d["extraction"]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|e| e["name"].as_str())
        .expect("demo-01 names an entity")
        .to_string();
    let e = get(&s.router, &format!("/api/entities/{}", onshore_serve::markup::encode(&name))).await;
    assert_eq!(e.status, StatusCode::OK, "{name}: {}", e.body);
    let e = e.json();
    assert!(e["entity"]["id"].is_i64());
    assert!(e["events"].is_array());
    assert!(e["network"]["nodes"].is_array() && e["network"]["edges"].is_array());

    assert_eq!(get(&s.router, "/api/documents/no-such-doc").await.status, StatusCode::NOT_FOUND);
    assert_eq!(get(&s.router, "/api/entities/no%20such%20entity%20zzzq").await.status, StatusCode::NOT_FOUND);
    let r = get(&s.router, "/api/no-such-route").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.json()["error"].is_string());
}

#[tokio::test]
async fn openapi_lists_every_api_route() {
    let s = server();
    let v = get(&s.router, "/api/openapi.json").await.json();
    assert!(v["openapi"].as_str().unwrap().starts_with("3."));
    for path in ["/api/search", "/api/projects", "/api/projects/{id}", "/api/entities/{id}", "/api/documents/{id}", "/api/documents", "/api/stats"] {
        assert!(v["paths"].get(path).is_some(), "{path} missing");
    }
}

fn doc_body(id: &str) -> String {
    json!({
        "id": id,
        "title": "Posted sample",
        "published": "2025-01-10",
        "text": "The Ministry of Health of Serbia signed an agreement with the company Balkan Vaccines Sample on the production of rabies vaccines in Belgrade."
    })
    .to_string()
}

#[tokio::test]
async fn posting_is_forbidden_on_a_read_only_server() {
    let s = server();
    let r = post_json(&s.router, "/api/documents", Some("Bearer anything"), doc_body("p1")).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(r.json()["error"].is_string());
}

#[tokio::test]
async fn posting_needs_the_right_token() {
    let s = server_with(Some("s3cret"), &[]);
    let r = post_json(&s.router, "/api/documents", None, doc_body("p1")).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let r = post_json(&s.router, "/api/documents", Some("Bearer wrong"), doc_body("p1")).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(get(&s.router, "/api/documents/p1").await.status, StatusCode::NOT_FOUND);

    let before = get(&s.router, "/api/stats").await.json()["totals"]["documents"].as_u64().unwrap();
    let r = post_json(&s.router, "/api/documents", Some("Bearer s3cret"), doc_body("p1")).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(r.json()["doc"], "p1");
    let d = get(&s.router, "/api/documents/p1").await;
    assert_eq!(d.status, StatusCode::OK);
    let after = get(&s.router, "/api/stats").await.json()["totals"]["documents"].as_u64().unwrap();
    assert_eq!(after, before + 1, "stats are recomputed after a write");

    let again = post_json(&s.router, "/api/documents", Some("Bearer s3cret"), doc_body("p1-again")).await;
    assert_eq!(again.status, StatusCode::OK, "same text is a duplicate: {}", again.body);
    assert_eq!(again.json()["outcome"], "duplicate");
}

#[tokio::test]
async fn posting_rejects_bad_bodies() {
    let s = server_with(Some("t"), &[]);
    let auth = Some("Bearer t");
    let r = post_json(&s.router, "/api/documents", auth, "{not json".into()).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.json()["error"].is_string());
    let r = post_json(&s.router, "/api/documents", auth, json!({"title": "no text"}).to_string()).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = post_json(&s.router, "/api/documents", auth, json!({"text": "   "}).to_string()).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let big = json!({"text": "vaccine ".repeat(400_000)}).to_string();
    assert!(big.len() > onshore_serve::BODY_LIMIT);
    let r = post_json(&s.router, "/api/documents", auth, big).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    let _: Value = r.json();
}
