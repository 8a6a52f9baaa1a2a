//! The HTML UI: pages render from the demo registry, and nothing a document
//! says can inject markup.

mod common;
use axum::http::StatusCode;
use common::*;
use onshore_core::Document;

#[tokio::test]
async fn dashboard_shows_counts_and_chart() {
    let s = server();
    let r = get(&s.router, "/").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.content_type.starts_with("text/html"));
    let n = onshore_serve::demo::sample_documents().unwrap().len();
    assert!(r.body.contains(&format!("<span class=\"n\">{n}</span> documents")), "{}", r.body);
    assert!(r.body.contains("<svg class=\"chart bars\""), "events-per-month chart");
    assert!(r.body.contains("href=\"/assets/style.css\""));
    let css = get(&s.router, "/assets/style.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.content_type.starts_with("text/css"));
}

#[tokio::test]
async fn search_page_highlights_matches_and_lists_facets() {
    let s = server();
    let r = get(&s.router, "/search?q=vaccine").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.to_lowercase().contains("<mark>vaccin"), "{}", r.body);
    assert!(r.body.contains("class=\"facet\""), "facets are listed");
    let ru = get(&s.router, "/search?q=%D0%B2%D0%B0%D0%BA%D1%86%D0%B8%D0%BD%D0%B0").await; // вакцина
    assert!(ru.body.to_lowercase().contains("<mark>вакцин"), "{}", ru.body);
    assert_eq!(get(&s.router, "/search?page=0").await.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn project_entity_and_document_pages() {
    let s = server();
    let projects = get(&s.router, "/api/projects").await.json();
    let id = projects["items"][0]["id"].as_i64().unwrap();
    let p = get(&s.router, &format!("/projects/{id}")).await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(p.body.contains("class=\"timeline\"") && p.body.contains("class=\"evidence\""));
    assert!(p.body.contains("href=\"/documents/"), "steps link their source");

    // The entity with the most cooperation edges gets a network drawing.
    let net = get(&s.router, "/api/network").await.json();
    let edge = &net["edges"][0];
    assert!(edge.is_object(), "samples produce at least one shared event: {net}");
    let e = get(&s.router, &format!("/entities/{}", edge["source"])).await;
    assert_eq!(e.status, StatusCode::OK);
    assert!(e.body.contains("<svg class=\"chart network\""), "{}", e.body);
    assert!(e.body.contains("<line class=\"edge\""));

    let d = get(&s.router, "/documents/demo-01").await;
    assert_eq!(d.status, StatusCode::OK);
    assert!(d.body.contains("<a class=\"ent\" href=\"/entities/"), "entity mentions are highlighted: {}", d.body);

    let missing = get(&s.router, "/documents/nope").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.content_type.starts_with("text/html"));
}

fn hostile() -> Document {
    Document {
        id: "xss-<script>alert(1)</script>".into(),
        url: Some("javascript:alert(3)".into()),
        title: Some("<script>alert(1)</script> Vaccine <b>news</b>".into()),
        published: Some("2025-02-01".into()),
        text: "<script>alert(1)</script> The Ministry of Health of Serbia <img src=x onerror=alert(2)> signed an agreement \
               with the company \"<script>alert('Vaccines')</script>\" on the production of vaccines in Belgrade.\n\
               <iframe src=\"javascript:alert(4)\"></iframe> The plant will produce 5 million doses of vaccine a year. </p><svg onload=alert(5)>"
            .into(),
    }
}

fn assert_inert(page: &str, what: &str) {
    let lower = page.to_lowercase();
    for bad in ["<script>alert", "<img src=x", "<iframe", "<svg onload", "href=\"javascript:", "<b>news"] {
        assert!(!lower.contains(bad), "{what} contains raw {bad}:\n{page}");
    }
}

#[tokio::test]
async fn hostile_documents_are_escaped_everywhere() {
    let doc = hostile();
    let s = server_with(None, &[doc.clone()]);
    let id = onshore_serve::markup::encode(&doc.id);

    let d = get(&s.router, &format!("/documents/{id}")).await;
    assert_eq!(d.status, StatusCode::OK, "{}", d.body);
    assert_inert(&d.body, "document page");
    assert!(d.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped text shown: {}", d.body);
    assert!(d.body.contains("javascript:alert(3)"), "the bad url is shown as text");

    for q in ["alert", "script", "vaccine", "Serbia"] {
        let r = get(&s.router, &format!("/search?q={q}")).await;
        assert_eq!(r.status, StatusCode::OK);
        assert_inert(&r.body, &format!("search page for {q}"));
        assert!(r.body.contains("&lt;"), "the hostile hit is listed, escaped, for {q}: {}", r.body);
    }
    let alert = get(&s.router, "/search?q=alert").await;
    assert!(alert.body.contains("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;"), "match marked inside escaped text: {}", alert.body);
    let hostile_query = get(&s.router, "/search?q=%3Cscript%3Ealert(9)%3C%2Fscript%3E").await;
    assert_inert(&hostile_query.body, "search page echoing a hostile query");

    for uri in ["/", "/projects"] {
        assert_inert(&get(&s.router, uri).await.body, uri);
    }
    let net = get(&s.router, "/api/network").await.json();
    for n in net["nodes"].as_array().unwrap() {
        let e = get(&s.router, &format!("/entities/{}", n["id"])).await;
        assert_inert(&e.body, &format!("entity page {}", n["id"]));
    }
    let csp = s.router.clone();
    let resp = tower::ServiceExt::oneshot(csp, axum::http::Request::get("/").body(axum::body::Body::empty()).unwrap()).await.unwrap();
    let policy = resp.headers().get("content-security-policy").expect("CSP header").to_str().unwrap();
    assert!(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), "{policy}");
    let missing = get(&s.router, "/documents/%3Cscript%3Ealert(1)%3C%2Fscript%3E-missing").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_inert(&missing.body, "404 page echoing the id");
}
