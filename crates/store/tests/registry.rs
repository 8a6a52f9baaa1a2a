//! The storage suite, written once and run on every backend `backends()`
//! yields (SQLite always, PostgreSQL with `ONSHORE_TEST_PG`).

mod common;

use common::*;
use onshore_core::{EventType, Sector, Stage};
use onshore_store::{Outcome, ProjectFilter, SearchQuery, Store};

fn kinds(outcomes: &[Outcome]) -> Vec<&'static str> {
    outcomes
        .iter()
        .map(|o| match o {
            Outcome::New { .. } => "new",
            Outcome::NearDuplicate { .. } => "near",
            Outcome::Duplicate { .. } => "dup",
            Outcome::Failed { .. } => "failed",
        })
        .collect()
}

fn roche_kz(id: &str) -> onshore_store::NewDoc {
    doc(
        id,
        "en",
        Some("2023-05-16"),
        "The Ministry of Health of Kazakhstan and Roche signed a framework agreement on Tuesday to localize the production of oncology drugs at a plant near Almaty. The deal is worth 12 million dollars.",
        vec![country("KZ"), org("Roche", Some("CH"), &[]), org("Ministry of Health of Kazakhstan", Some("KZ"), &["Minzdrav"])],
        vec![Ev::new(EventType::Agreement, &["Ministry of Health of Kazakhstan", "Roche"], "The Ministry of Health of Kazakhstan and Roche signed a framework agreement.")
            .stage(Stage::Agreed)
            .sector(Sector::Pharma)
            .product("oncology drugs")
            .qty(12e6, "USD")],
    )
}

#[test]
fn reingesting_the_same_content_adds_nothing() {
    for mut b in backends("idem") {
        let s = &mut b.store;
        let batch = vec![
            roche_kz("a"),
            doc("b", "en", Some("2023-01-02"), "Belarus delivered twenty tractors to Uzbekistan last week.", vec![country("BY"), country("UZ")], vec![]),
        ];
        assert_eq!(kinds(&s.ingest_batch(&batch).unwrap()), ["new", "new"], "{}", b.name);
        let before = s.stats().unwrap();
        let again = s.ingest_batch(&batch).unwrap();
        assert_eq!(kinds(&again), ["dup", "dup"], "{}", b.name);
        // Case, punctuation and spacing do not make new content either.
        let mut shouty = batch[1].clone();
        shouty.document.id = "b-copy".into();
        shouty.document.text = "BELARUS delivered   twenty tractors to Uzbekistan, last week".into();
        assert_eq!(kinds(&s.ingest_batch(&[shouty]).unwrap()), ["dup"], "{}", b.name);
        assert_eq!(s.stats().unwrap(), before, "{}", b.name);
        assert_eq!(s.document_ids().unwrap(), ["a", "b"]);
        s.check_integrity().unwrap();
    }
}

#[test]
fn a_bad_document_is_reported_and_the_batch_goes_on() {
    for mut b in backends("bad") {
        let s = &mut b.store;
        let batch = vec![
            doc("ok1", "en", None, "Uzbekistan plans to build a vaccine plant.", vec![], vec![]),
            doc("empty", "en", None, "   \n ", vec![], vec![]),
            doc("ok2", "ru", None, "Узбекистан планирует построить завод вакцин в Ташкенте.", vec![], vec![]),
        ];
        let out = s.ingest_batch(&batch).unwrap();
        assert_eq!(kinds(&out), ["new", "failed", "new"], "{}", b.name);
        match &out[1] {
            Outcome::Failed { doc, reason } => {
                assert_eq!(doc, "empty");
                assert!(reason.contains("no text"), "{reason}");
            }
            o => panic!("{o:?}"),
        }
        assert_eq!(s.stats().unwrap().documents, 2);
    }
}

#[test]
fn same_name_different_text_gets_a_distinct_id() {
    for mut b in backends("ids") {
        let s = &mut b.store;
        s.ingest_batch(&[doc("report", "en", None, "First report about tractors.", vec![], vec![])]).unwrap();
        let out = s.ingest_batch(&[doc("report", "en", None, "Second report, about combines and seeders.", vec![], vec![])]).unwrap();
        assert_eq!(out, [Outcome::New { doc: "report~2".into() }], "{}", b.name);
    }
}

#[test]
fn entities_resolve_across_documents_and_languages_with_all_aliases() {
    for mut b in backends("ent") {
        let s = &mut b.store;
        s.ingest_batch(&[
            doc("e1", "en", None, "Pharmstandard JSC will expand its plant in Ufa.", vec![org("Pharmstandard JSC", Some("RU"), &[]), country("RU")], vec![]),
            doc("e2", "ru", None, "Фармстандарт расширит завод в Уфе.", vec![org("Pharmstandard", Some("RU"), &["Фармстандарт"]), country("RU")], vec![]),
            doc("e3", "en", None, "Pharmstandart opened a new line for insulin.", vec![org("Pharmstandart", None, &[])], vec![]),
            doc("e4", "ru", None, "АО «Фармстандарт» подписало контракт.", vec![org("АО «Фармстандарт»", Some("RU"), &[])], vec![]),
            // Same name, another home country: another entity.
            doc("e5", "en", None, "Pharmstandard of Kazakhstan is a different firm.", vec![org("Pharmstandard", Some("KZ"), &[])], vec![]),
        ])
        .unwrap();
        let e = s.entity("Pharmstandard").unwrap().expect("entity");
        assert_eq!(e.kind, "org");
        for alias in ["Pharmstandard JSC", "Pharmstandard", "Фармстандарт", "Pharmstandart", "АО «Фармстандарт»"] {
            assert!(e.aliases.iter().any(|a| a == alias), "{}: {alias} missing from {:?}", b.name, e.aliases);
        }
        assert_eq!(e.documents, ["e1", "e2", "e3", "e4"], "{}", b.name);
        let ru = s.entity("RU").unwrap().unwrap();
        assert_eq!((ru.kind.as_str(), ru.documents.len()), ("country", 2));
        assert_eq!(s.stats().unwrap().entities, 3, "{}: RU, Pharmstandard (RU), Pharmstandard (KZ)", b.name);
    }
}

#[test]
fn reprints_are_linked_as_extra_sources_not_new_events() {
    for mut b in backends("near") {
        let s = &mut b.store;
        s.ingest_batch(&[roche_kz("orig")]).unwrap();
        // Same language, reprinted with a dateline and a footer.
        let mut reprint = roche_kz("reprint");
        reprint.document.text = format!("ALMATY, May 16. {} Subscribe to our channel for more news.", reprint.document.text);
        reprint.extraction.published = Some("2023-05-17".into());
        // Other language, other words, same facts.
        let ru = doc(
            "ru-version",
            "ru",
            Some("2023-05-18"),
            "Минздрав Казахстана и компания Рош подписали рамочное соглашение о локализации онкологических препаратов под Алматы стоимостью 12 млн долларов.",
            vec![country("KZ"), org("Roche", Some("CH"), &["Рош"]), org("Ministry of Health of Kazakhstan", Some("KZ"), &["Минздрав РК"])],
            vec![Ev::new(EventType::Agreement, &["Roche", "Ministry of Health of Kazakhstan"], "Минздрав Казахстана и компания Рош подписали рамочное соглашение.")
                .stage(Stage::Agreed)
                .product("oncology drugs")
                .qty(12e6, "USD")],
        );
        // Same parties a year later: a new event.
        let later = doc(
            "later",
            "en",
            Some("2024-06-01"),
            "A year on, Roche and the Kazakh ministry signed a second agreement, on diagnostics training.",
            vec![org("Roche", Some("CH"), &[]), org("Ministry of Health of Kazakhstan", Some("KZ"), &[])],
            vec![Ev::new(EventType::Agreement, &["Roche", "Ministry of Health of Kazakhstan"], "Roche and the Kazakh ministry signed a second agreement.").stage(Stage::Agreed)],
        );
        let out = s.ingest_batch(&[reprint, ru, later]).unwrap();
        assert_eq!(kinds(&out), ["near", "near", "new"], "{}: {out:?}", b.name);
        assert!(matches!(&out[0], Outcome::NearDuplicate { linked: 1, .. }), "{out:?}");
        let st = s.stats().unwrap();
        assert_eq!((st.documents, st.events, st.extra_sources), (4, 2, 2), "{}", b.name);
        let orig = s.document("orig").unwrap().unwrap();
        assert_eq!(orig.events.len(), 1);
        assert_eq!(orig.events[0].sources, ["reprint", "ru-version"], "{}", b.name);
        let ru = s.document("ru-version").unwrap().unwrap();
        assert!(ru.events.is_empty());
        assert_eq!(ru.also_reports[0].doc, "orig");
    }
}

fn astrazeneca(s: &mut Store) {
    let az = || org("AstraZeneca", Some("GB"), &["АстраЗенека"]);
    let mh = || org("Ministry of Health of Kazakhstan", Some("KZ"), &[]);
    let steps = vec![
        doc("az-2024-contract", "en", Some("2024-10-02"),
            "AstraZeneca signed a long-term offtake contract with SK-Pharmacy for medicines made in Kazakhstan.",
            vec![az(), country("KZ"), org("SK-Pharmacy", Some("KZ"), &[])],
            vec![Ev::new(EventType::Agreement, &["AstraZeneca", "SK-Pharmacy", "KZ"], "AstraZeneca signed a long-term offtake contract with SK-Pharmacy.").stage(Stage::InProgress).sector(Sector::Pharma)]),
        doc("az-2021-memo", "en", Some("2021-03-10"),
            "AstraZeneca and the Kazakh health ministry signed a memorandum on local production of medicines.",
            vec![az(), mh(), country("KZ")],
            vec![Ev::new(EventType::Agreement, &["AstraZeneca", "Ministry of Health of Kazakhstan", "KZ"], "AstraZeneca and the Kazakh health ministry signed a memorandum.").stage(Stage::Agreed).sector(Sector::Pharma)]),
        doc("az-2023-plan", "ru", Some("2023-06-20"),
            "АстраЗенека представила план локализации лекарств в Казахстане.",
            vec![az(), country("KZ")],
            vec![Ev::new(EventType::Localization, &["AstraZeneca", "KZ"], "АстраЗенека представила план локализации лекарств в Казахстане.").stage(Stage::Discussed).host("KZ").sector(Sector::Pharma).product("medicines")]),
        doc("az-2022-memo", "en", Some("2022-09-14"),
            "A second memorandum between AstraZeneca and the ministry extended the cooperation on medicines to oncology.",
            vec![az(), mh(), country("KZ")],
            vec![Ev::new(EventType::Agreement, &["AstraZeneca", "Ministry of Health of Kazakhstan", "KZ"], "A second memorandum between AstraZeneca and the ministry extended the cooperation.").stage(Stage::Agreed).sector(Sector::Pharma)]),
        doc("az-2024-action", "en", Some("2024-02-05"),
            "The ministry approved an action plan with AstraZeneca for producing medicines in Kazakhstan.",
            vec![az(), mh(), country("KZ")],
            vec![Ev::new(EventType::Agreement, &["AstraZeneca", "Ministry of Health of Kazakhstan", "KZ"], "The ministry approved an action plan with AstraZeneca.").stage(Stage::Agreed).sector(Sector::Pharma).product("medicines")]),
        // Other undertakings: the same company elsewhere, another company in the same country.
        doc("az-russia", "en", Some("2023-01-01"),
            "AstraZeneca expanded its plant in Kaluga region in Russia.",
            vec![az(), country("RU")],
            vec![Ev::new(EventType::Localization, &["AstraZeneca", "RU"], "AstraZeneca expanded its plant in Kaluga region.").stage(Stage::Done).host("RU").sector(Sector::Pharma)]),
        roche_kz("roche"),
    ];
    let out = s.ingest_batch(&steps).unwrap();
    assert!(out.iter().all(|o| matches!(o, Outcome::New { .. })), "{out:?}");
}

#[test]
fn events_about_one_undertaking_form_one_project_with_an_ordered_history() {
    for mut b in backends("proj") {
        let s = &mut b.store;
        astrazeneca(s);
        let all = s.projects(&ProjectFilter::default()).unwrap();
        assert_eq!(all.len(), 3, "{}: {:#?}", b.name, all);
        let kz = s.projects(&ProjectFilter { party: Some("AstraZeneca".into()), country: Some("KZ".into()), ..Default::default() }).unwrap();
        assert_eq!(kz.len(), 1, "{}: {kz:#?}", b.name);
        let p = &kz[0];
        assert_eq!(p.host.as_deref(), Some("KZ"));
        assert_eq!(p.kind, "localization");
        let order: Vec<&str> = p.history.iter().map(|h| h.doc.as_str()).collect();
        assert_eq!(order, ["az-2021-memo", "az-2022-memo", "az-2023-plan", "az-2024-action", "az-2024-contract"], "{}", b.name);
        let dates: Vec<&str> = p.history.iter().map(|h| h.date.as_deref().unwrap()).collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(p.stage.as_deref(), Some("in_progress"), "latest step's stage");
        assert_eq!(p.history[2].evidence, "АстраЗенека представила план локализации лекарств в Казахстане.");
        assert_eq!(p.documents.len(), 5);
        assert!(p.parties.contains(&"AstraZeneca".to_string()) && p.parties.contains(&"KZ".to_string()));
        assert_eq!(p.sectors, ["pharma"]);
        assert_eq!(p.products, ["medicines"]);
        // Filters.
        let f = |s: &mut Store, f: ProjectFilter| s.projects(&f).unwrap().len();
        assert_eq!(f(s, ProjectFilter { stage: Some("done".into()), ..Default::default() }), 1);
        assert_eq!(f(s, ProjectFilter { country: Some("RU".into()), ..Default::default() }), 1);
        assert_eq!(f(s, ProjectFilter { country: Some("Россия".into()), ..Default::default() }), 1);
        assert_eq!(f(s, ProjectFilter { since: Some("2024".into()), ..Default::default() }), 1);
        assert_eq!(f(s, ProjectFilter { since: Some("2023".into()), until: Some("2023".into()), ..Default::default() }), 3);
        assert_eq!(f(s, ProjectFilter { product: Some("oncology drug".into()), ..Default::default() }), 1);
        // "Moved from talks to implementation in 2024": the KZ project (plan 2023, contract 2024).
        let moved = |s: &mut Store, from: &str, to: &str, year: &str| {
            let f = ProjectFilter { since: Some(year.into()), until: Some(year.into()), ..Default::default() };
            s.projects_that_moved(&f, Some(from), to).unwrap().len()
        };
        assert_eq!(moved(s, "discussed", "in_progress", "2024"), 1, "{}", b.name);
        assert_eq!(moved(s, "discussed", "in_progress", "2023"), 0);
        assert_eq!(moved(s, "agreed", "done", "2023"), 0, "the Russian project has one step only");
        assert!(s.projects_that_moved(&ProjectFilter::default(), None, "nonsense").is_err());
        let json = serde_json::to_value(p).unwrap();
        for k in ["id", "type", "host", "parties", "sectors", "products", "stage", "documents", "history"] {
            assert!(json.get(k).is_some(), "{k}");
        }
        for k in ["date", "stage", "doc", "evidence"] {
            assert!(json["history"][0].get(k).is_some(), "{k}");
        }
    }
}

#[test]
fn a_page_of_projects_is_the_same_slice_of_the_whole_list() {
    for mut b in backends("page") {
        let s = &mut b.store;
        astrazeneca(s);
        s.ingest_batch(&[roche_kz("roche")]).unwrap();
        let filters = [
            ProjectFilter::default(),
            ProjectFilter { country: Some("KZ".into()), ..Default::default() },
            ProjectFilter { sector: Some("pharma".into()), ..Default::default() },
            ProjectFilter { sector: Some("machinery".into()), ..Default::default() },
            ProjectFilter { product: Some("oncology".into()), ..Default::default() },
            ProjectFilter { since: Some("2023".into()), until: Some("2023".into()), ..Default::default() },
            ProjectFilter { party: Some("nobody at all".into()), ..Default::default() },
        ];
        for f in &filters {
            let all: Vec<i64> = s.projects(f).unwrap().iter().map(|p| p.id).collect();
            for (offset, limit) in [(0, 1), (1, 2), (0, 100), (3, 10), (50, 5)] {
                let (total, page) = s.projects_page(f, offset, limit).unwrap();
                assert_eq!(total as usize, all.len(), "{}: {f:?}", b.name);
                let ids: Vec<i64> = page.iter().map(|p| p.id).collect();
                let want: Vec<i64> = all.iter().copied().skip(offset).take(limit).collect();
                assert_eq!(ids, want, "{}: {f:?} at {offset}+{limit}", b.name);
            }
        }
        let counted: u64 = s.event_counts().unwrap().iter().map(|c| c.count).sum();
        assert_eq!(counted, s.stats().unwrap().events, "{}", b.name);
        assert!(s.event_counts().unwrap().iter().any(|c| c.kind == "agreement" && c.date.as_deref() == Some("2023-05-16")));
    }
}

#[test]
fn a_repeated_search_sees_documents_added_in_between() {
    for mut b in backends("again") {
        let s = &mut b.store;
        s.ingest_batch(&[roche_kz("roche")]).unwrap();
        let q = SearchQuery { text: Some("oncology".into()), ..Default::default() };
        assert_eq!(s.search(&q).unwrap().total, 1, "{}", b.name);
        assert_eq!(s.search(&q).unwrap().total, 1, "{}: asked again", b.name);
        let more = doc("onco-2", "en", Some("2023-06-01"), "Novartis will localize oncology drugs in Uzbekistan.",
            vec![org("Novartis", Some("CH"), &[]), country("UZ")],
            vec![Ev::new(EventType::Localization, &["Novartis", "UZ"], "Novartis will localize oncology drugs in Uzbekistan.").host("UZ").product("oncology drugs")]);
        s.ingest_batch(&[more]).unwrap();
        let r = s.search(&q).unwrap();
        assert_eq!(r.total, 2, "{}: the new document is found", b.name);
        assert_eq!(r.hits[0].doc, "onco-2", "{}: newest first", b.name);
    }
}

#[test]
fn contradicting_reports_are_kept_and_the_latest_decides() {
    for mut b in backends("contra") {
        let s = &mut b.store;
        let a = doc("plant-built", "en", Some("2023-03-01"), "Biocad says the insulin plant in Tashkent is finished.",
            vec![org("Biocad", Some("RU"), &[]), country("UZ")],
            vec![Ev::new(EventType::Localization, &["Biocad", "UZ"], "Biocad says the insulin plant in Tashkent is finished.").stage(Stage::Done).host("UZ").product("insulin")]);
        let b2 = doc("plant-delayed", "en", Some("2023-03-02"), "Officials in Uzbekistan say the Biocad insulin plant is still under construction.",
            vec![org("Biocad", Some("RU"), &[]), country("UZ")],
            vec![Ev::new(EventType::Localization, &["Biocad", "UZ"], "Officials say the Biocad insulin plant is still under construction.").stage(Stage::InProgress).host("UZ").product("insulin")]);
        s.ingest_batch(&[a, b2]).unwrap();
        let ps = s.projects(&ProjectFilter::default()).unwrap();
        assert_eq!(ps.len(), 1, "{}", b.name);
        let stages: Vec<_> = ps[0].history.iter().map(|h| h.stage.clone().unwrap()).collect();
        assert_eq!(stages, ["done", "in_progress"]);
        assert_eq!(ps[0].stage.as_deref(), Some("in_progress"));
    }
}

#[test]
fn search_full_text_in_both_languages_with_filters_and_facets() {
    for mut b in backends("search") {
        let s = &mut b.store;
        astrazeneca(s);
        s.ingest_batch(&[
            doc("ru-vaccine", "ru", Some("2023-11-01"), "Россия и Казахстан обсудили совместный выпуск вакцин на заводе в Караганде; объём поставок вырастет.",
                vec![country("RU"), country("KZ"), org("Petrovax", Some("RU"), &["Петровакс"])],
                vec![Ev::new(EventType::Localization, &["Petrovax", "KZ"], "Россия и Казахстан обсудили совместный выпуск вакцин.").stage(Stage::Discussed).host("KZ").sector(Sector::Vaccines).product("vaccines")]),
            doc("en-tractor", "en", Some("2022-05-05"), "Tractors from Minsk arrived in Tashkent.", vec![country("BY"), country("UZ")], vec![]),
        ])
        .unwrap();
        let q = |s: &mut Store, q: SearchQuery| {
            let r = s.search(&q).unwrap();
            (r.total, r.hits.iter().map(|h| h.doc.clone()).collect::<Vec<_>>(), r)
        };
        // Russian morphology: a different case form of the same word.
        let (n, docs, _) = q(s, SearchQuery { text: Some("вакцину".into()), ..Default::default() });
        assert_eq!((n, docs), (1, vec!["ru-vaccine".to_string()]), "{}", b.name);
        // ё and е are one letter.
        assert_eq!(q(s, SearchQuery { text: Some("объем".into()), ..Default::default() }).0, 1);
        // An English query finds the Russian document through its canonical English fields.
        let (_, docs, _) = q(s, SearchQuery { text: Some("vaccine Petrovax".into()), ..Default::default() });
        assert_eq!(docs, ["ru-vaccine"], "{}", b.name);
        // English stemming.
        let (n, _, _) = q(s, SearchQuery { text: Some("memorandum signed".into()), ..Default::default() });
        assert!(n >= 1, "{}", b.name);
        let (n, _, _) = q(s, SearchQuery { text: Some("tractor".into()), ..Default::default() });
        assert_eq!(n, 1);
        // Filters.
        let (n, _, r) = q(s, SearchQuery { country: Some("KZ".into()), ..Default::default() });
        assert_eq!(n, 7, "{}: KZ docs", b.name);
        let type_facet = &r.facets["type"];
        let agreement = type_facet.iter().find(|f| f.value == "agreement").unwrap();
        assert_eq!(agreement.count, 5, "{}: {type_facet:?}", b.name);
        let (n, docs, _) = q(s, SearchQuery { party: Some("Roche".into()), country: Some("Kazakhstan".into()), ..Default::default() });
        assert_eq!((n, docs), (1, vec!["roche".to_string()]), "{}", b.name);
        let (n, _, _) = q(s, SearchQuery { event_type: Some("localization".into()), sector: Some("vaccines".into()), ..Default::default() });
        assert_eq!(n, 1);
        let (n, _, _) = q(s, SearchQuery { since: Some("2024".into()), ..Default::default() });
        assert_eq!(n, 2);
        let (n, _, _) = q(s, SearchQuery { since: Some("2023-01-01".into()), until: Some("2023".into()), ..Default::default() });
        assert_eq!(n, 4, "{}", b.name);
        let (n, _, _) = q(s, SearchQuery { party: Some("nobody at all".into()), ..Default::default() });
        assert_eq!(n, 0);
        let (_, _, r) = q(s, SearchQuery { limit: 2, ..Default::default() });
        assert_eq!((r.total, r.hits.len()), (9, 2));
        assert_eq!(r.hits[0].doc, "az-2024-contract", "newest first");
        assert_eq!(r.facets["lang"].iter().map(|f| f.count).sum::<u64>(), 9);
    }
}

#[test]
fn the_cooperation_network_counts_shared_events() {
    for mut b in backends("net") {
        let s = &mut b.store;
        astrazeneca(s);
        let n = s.network().unwrap();
        let id = |name: &str| n.nodes.iter().find(|x| x.name == name || x.code.as_deref() == Some(name)).unwrap().id;
        let (az, mh) = (id("AstraZeneca"), id("Ministry of Health of Kazakhstan"));
        let w = n.edges.iter().find(|e| (e.source, e.target) == (az.min(mh), az.max(mh))).unwrap().weight;
        assert_eq!(w, 3, "{}", b.name);
        assert!(n.edges.iter().all(|e| e.source < e.target && e.weight >= 1));
    }
}

#[test]
fn feed_state_round_trips() {
    for mut b in backends("feed") {
        let s = &mut b.store;
        assert_eq!(s.feed_state("http://127.0.0.1/x").unwrap(), Default::default());
        let st = onshore_store::FeedState { etag: Some("\"v1\"".into()), last_modified: None, last_polled: Some("2024-01-01T00:00:00Z".into()) };
        s.set_feed_state("http://127.0.0.1/x", &st).unwrap();
        let st2 = onshore_store::FeedState { etag: Some("\"v2\"".into()), ..st.clone() };
        s.set_feed_state("http://127.0.0.1/x", &st2).unwrap();
        assert_eq!(s.feed_state("http://127.0.0.1/x").unwrap(), st2);
    }
}

#[test]
fn search_sees_documents_stored_after_an_earlier_search() {
    for mut b in backends("fresh") {
        let s = &mut b.store;
        s.ingest_batch(&[doc("first", "en", Some("2020-01-01"), "Insulin from Ufa reached Minsk.", vec![country("BY")], vec![])]).unwrap();
        let q = SearchQuery { country: Some("BY".into()), ..Default::default() };
        assert_eq!(s.search(&q).unwrap().total, 1);
        s.ingest_batch(&[doc("second", "en", Some("2021-01-01"), "More insulin reached Minsk.", vec![country("BY")], vec![])]).unwrap();
        let r = s.search(&q).unwrap();
        assert_eq!((r.total, r.hits[0].doc.as_str()), (2, "second"), "{}", b.name);
        assert_eq!(r.facets["country"][0].count, 2);
    }
}

#[test]
fn nul_characters_from_broken_pages_do_not_fail_a_backend() {
    for mut b in backends("nul") {
        let s = &mut b.store;
        let out = s.ingest_batch(&[doc("nul", "en", None, "Broken\0page about insulin exports.", vec![], vec![])]).unwrap();
        assert_eq!(kinds(&out), ["new"], "{}: {out:?}", b.name);
        assert_eq!(s.search(&SearchQuery { text: Some("insulin".into()), ..Default::default() }).unwrap().total, 1);
    }
}

#[test]
fn stored_extractions_come_back_in_ingest_order() {
    for mut b in backends("extractions") {
        let s = &mut b.store;
        let batch = vec![
            roche_kz("a"),
            doc("b", "en", None, "Belarus delivered twenty tractors to Uzbekistan last week.", vec![country("BY"), country("UZ")], vec![]),
        ];
        s.ingest_batch(&batch).unwrap();
        let xs = s.extractions().unwrap();
        assert_eq!(xs.iter().map(|x| x.doc.as_str()).collect::<Vec<_>>(), ["a", "b"], "{}", b.name);
        assert_eq!(xs[0].events.len(), 1, "{}", b.name);
        assert_eq!(xs[0].events[0].quantities[0].unit, "USD", "{}", b.name);
        assert_eq!(xs[1].entities.len(), 2, "{}", b.name);
    }
}
