//! The document pipeline: sentences → mentions → entities → events.

use crate::entities::EntityTable;
use crate::events;
use crate::geo::{country_name, Place, PLACES};
use crate::orgs::{self, KNOWN_ORGS};
use crate::persons;
use crate::products::PRODUCTS;
use crate::text::{tokenize, Token};
use crate::translit;
use onshore_core::{Entity, EntityKind, Event, EventType, Lang, Quantity, Sector, Stage};
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

mod bodies;
mod event_facts;
mod org_patterns;
mod people;
mod places;
mod retelling;

use bodies::*;
use event_facts::*;
use org_patterns::*;
use people::*;
use places::*;
use retelling::*;

/// A rule's pattern, compiled once into its `LazyLock`; the patterns are fixed text, so one
/// that does not compile is a bug caught by the first test that runs the rule.
fn pattern(re: &str) -> Regex {
    Regex::new(re).expect("rule pattern compiles")
}

pub struct Analysis {
    pub entities: Vec<Entity>,
    pub events: Vec<Event>,
}

struct Sentence<'a> {
    text: &'a str,
    offset: usize,
    tokens: Vec<Token<'a>>,
    /// Tokens already claimed by an entity or agency.
    claimed: Vec<bool>,
    /// Country codes named here, in order (with whether the mention was a plain name).
    countries: Vec<(usize, String, bool)>,
    /// Regions and cities named here, with the country they lie in: where things happen.
    places: Vec<(usize, String)>,
    /// Tokens claimed by a place (not by an organization): an organization's name may
    /// still run through them ("Xinjiang Medical University", "China Chamber of Commerce").
    place_tokens: Vec<bool>,
}

impl Sentence<'_> {
    fn claim(&mut self, start: usize, end: usize) {
        for c in &mut self.claimed[start..end] {
            *c = true;
        }
    }
    fn free(&self, start: usize, end: usize) -> bool {
        !self.claimed[start..end].iter().any(|&c| c)
    }
    fn span(&self, start: usize, end: usize) -> (usize, usize) {
        (self.offset + self.tokens[start].span.start, self.offset + self.tokens[end - 1].span.end)
    }
    fn surface(&self, start: usize, end: usize) -> &str {
        &self.text[self.tokens[start].span.start..self.tokens[end - 1].span.end]
    }
}

/// How the names of a place's own government begin ("Government of Lipetsk Oblast", "Akimat of
/// Mangystau Region"): the name already holds its owner, and the place still says where the
/// story happens.
const PLACE_GOVERNMENTS: &[&str] = &["Government of ", "Administration of ", "Khokimiyat of ", "Akimat of ", "People's Committee of "];

fn org(name: String, country: Option<String>, alias: Option<String>) -> Entity {
    // "Board of Directors of Orzax Group", "Press Service of Biocad": a company's organ speaks
    // for the company.
    const ORGANS: &[&str] = &["Board of Directors of ", "Board of directors of ", "Board of ", "Supervisory Board of ", "Management Board of ", "Executive Board of ", "Board of Trustees of ", "Press Service of ", "Press service of ", "Management of "];
    let name = match ORGANS.iter().find_map(|o| name.strip_prefix(o)) {
        Some(rest) if rest.chars().next().is_some_and(char::is_uppercase) && !rest.starts_with("the ") => rest.to_string(),
        _ => name,
    };
    Entity {
        kind: EntityKind::Org,
        id: None,
        aliases: alias.into_iter().filter(|a| *a != name).collect(),
        name: Some(name),
        role: None,
        country,
    }
}

pub fn analyze(text: &str, lang: Lang, published: Option<&str>) -> Analysis {
    let mut sentences: Vec<Sentence> = onshore_analyze::split_sentences(text)
        .into_iter()
        .map(|r| {
            let s = &text[r.clone()];
            let tokens = tokenize(s);
            let n = tokens.len();
            Sentence { text: s, offset: r.start, tokens, claimed: vec![false; n], countries: vec![], places: vec![], place_tokens: vec![false; n] }
        })
        .collect();
    let mut table = EntityTable::default();
    let republic_abbreviations = republic_abbreviations(text, lang);
    // "Ulaanbaatar /MONTSAME/.": where the story was filed from, the home of the bodies it
    // names without a country ("presented to the Ministry of Health").
    let mut dateline_country: Option<String> = None;

    // Pass 1: dictionaries.
    for (si, s) in sentences.iter_mut().enumerate() {
        for h in orgs::AGENCIES.find(&s.tokens) {
            // Agencies are only ever credited as sources: claim them so they become nothing.
            s.claim(h.start, h.end);
        }
        for h in orgs::FORMER_STATES.find(&s.tokens) {
            s.claim(h.start, h.end);
        }
        // "Бишкек - 23 апреля /KGinform/.", "Ulaanbaatar /MONTSAME/": an outlet named between
        // slashes in a dateline credits the source.
        for k in 1..s.tokens.len().saturating_sub(1) {
            let (open, name, close) = (&s.tokens[k - 1], &s.tokens[k], &s.tokens[k + 1]);
            let spaced_before = open.span.start == 0 || s.text[..open.span.start].ends_with(char::is_whitespace);
            if open.text == "/" && close.text == "/" && name.is_word && open.span.end == name.span.start && name.span.end == close.span.start && spaced_before {
                s.claim(k, k + 1);
            }
        }
        for h in KNOWN_ORGS.find(&s.tokens) {
            if !s.free(h.start, h.end) {
                continue;
            }
            // «Хикма СНГ», "Acme CIS": an abbreviation closing a quoted name is the name's.
            let closes_quoted_name = h.end == h.start + 1 && s.tokens[h.start].is_all_caps() && h.start >= 2
                && s.tokens.get(h.end).is_some_and(|t| matches!(t.text, "»" | "\"" | "”"))
                && s.tokens[h.start - 1].is_word && s.tokens[h.start - 1].is_capitalized()
                && (h.start.saturating_sub(4)..h.start - 1).any(|k| matches!(s.tokens[k].text, "«" | "\"" | "“"));
            if closes_quoted_name {
                continue;
            }
            let surface = s.surface(h.start, h.end).to_string();
            let e = org(h.value.name.to_string(), h.value.country.map(str::to_string), Some(surface));
            let id = table.upsert(e);
            let (a, b) = s.span(h.start, h.end);
            table.mention(si, a, b, id);
            s.claim(h.start, h.end);
        }
        let mut place_hits = PLACES.find(&s.tokens);
        if lang == Lang::En && !is_title_case(s) {
            place_hits.extend(cued_cities(s));
        }
        // "Москва, Санкт-Петербург, Оренбургская ...": a capital listed with other places is one of them.
        let listed_region = |at: usize| place_hits.iter().any(|x| x.start == at && matches!(x.value, Place::Region { .. }));
        let listed_region_before = |at: usize| place_hits.iter().any(|x| x.end == at && matches!(x.value, Place::Region { .. }));
        for mut h in place_hits.iter().cloned() {
            // "Chelyabinsk Governor Boris Dubrovsky", "the governor of Samarkand": a governor's
            // place is the region named after the city.
            if lang == Lang::En && matches!(h.value, Place::Region { code: None, .. }) {
                let governor = |k: usize| s.tokens.get(k).is_some_and(|t| matches!(t.norm.as_ref(), "governor" | "governor's" | "khokim" | "hokim" | "akim"));
                let titled = governor(h.end) || h.start >= 2 && s.tokens[h.start - 1].norm == "of" && governor(h.start - 2);
                if let Some(region) = titled.then(|| crate::geo::region_named_after(s.surface(h.start, h.end))).flatten() {
                    h.value = region;
                }
            }
            // "Минздрав РТ" in a story about Tatarstan is Tatarstan's ministry, not Tajikistan's.
            if h.end == h.start + 1 {
                if let Some((_, region)) = republic_abbreviations.iter().find(|(abbr, _)| s.tokens[h.start].text == *abbr) {
                    h.value = region.clone();
                }
            }
            // A country's name is rarely a person's ("Ирана М. Зафарганди" is Iran, not a woman named Irana).
            // "Орловским областным Советом": an adjective agreeing with "областной" names the
            // region's body, not a town spelled like the adjective.
            let town_adjective = matches!(h.value, Place::Region { code: None, .. })
                && s.tokens.get(h.end).is_some_and(|t| ["областн", "районн", "городск", "краев"].iter().any(|p| t.norm.starts_with(p)));
            // "Южный Кавказ", "Южным Синаем": a town named like an adjective, here heading a longer name.
            let adjective_heading_name = matches!(h.value, Place::Region { code: None, .. })
                && h.end == h.start + 1
                && s.tokens[h.start].is_cyrillic()
                && ["ый", "ий", "ой", "ого", "ому", "ым", "ом", "ая", "ую"].iter().any(|e| s.tokens[h.start].norm.ends_with(e))
                && s.tokens.get(h.end).is_some_and(|t| t.is_word && t.is_capitalized());
            // "Агентство по инвестициям и развитию (KADI)": a Russian text writes its towns in
            // Cyrillic; a Latin word matching a town is a name's or an acronym.
            let latin_town_in_russian = lang == Lang::Ru && matches!(h.value, Place::Region { code: None, .. }) && !s.tokens[h.start].is_cyrillic();
            if town_adjective || adjective_heading_name || latin_town_in_russian {
                continue;
            }
            let country = matches!(h.value, Place::Country { .. });
            // Language menus ("Chinese", "Turkish", "Русский" one to a line) name no country.
            let menu_word = matches!(h.value, Place::Country { adjectival: true, .. })
                && (s.tokens.iter().filter(|t| t.is_word).count() <= 2 || (lang == Lang::Ru && !s.tokens[h.start].is_cyrillic()));
            if menu_word {
                s.claim(h.start, h.end);
                continue;
            }
            let stem_only_name = country && h.end == h.start + 1 && s.tokens[h.start].is_cyrillic() && s.tokens[h.start].is_capitalized()
                && !crate::geo::RU_COUNTRY_FORMS.contains(s.tokens[h.start].norm.as_ref() as &str);
            if stem_only_name {
                continue;
            }
            // A surname spelled like a nationality follows its given name: "Алексей Русских".
            let surname = country && s.tokens[h.start].is_cyrillic() && h.start > 0 && part_of_person_name(&s.tokens, h.start - 1, h.start)
                && part_of_person_name(&s.tokens, h.start, h.end);
            // "Finance Minister Siniša Mali": a title, a given name, then a country's name is a surname.
            let surname = surname || country && h.end == h.start + 1 && !s.tokens[h.start].is_cyrillic() && h.start >= 2
                && s.tokens[h.start - 1].is_capitalized() && persons::is_given_name(&s.tokens[h.start - 1].norm)
                && persons::is_en_role_word(&s.tokens[h.start - 2].norm);
            // No one is surnamed after a -stan ("Раис Татарстана" is Tatarstan's head, not a man).
            let stan = s.tokens[h.start].norm.contains("стан");
            if !s.free(h.start, h.end) || (!country && !stan && part_of_person_name(&s.tokens, h.start, h.end)) || surname || in_currency_name(&s.tokens, h.start, h.end) {
                continue;
            }
            // "BAKU, Azerbaijan, July 25": the country of a dateline's city says where the
            // agency filed from, not what the story is about. So does "Азербайджан, Баку, 25 марта".
            let country_then_capital = country && h.start == 0 && s.tokens.get(h.end).is_some_and(|t| t.text == ",")
                && place_hits.iter().any(|x| x.start == h.end + 1 && matches!(x.value, Place::Capital { .. }) && s.tokens.get(x.end).is_some_and(|t| t.text == ","));
            if country && in_dateline_after_city(&s.tokens, h.start, h.end) || country_then_capital {
                s.claim(h.start, h.end);
                continue;
            }
            let (a, b) = s.span(h.start, h.end);
            match h.value {
                Place::Country { code, adjectival } => {
                    let id = table.upsert(Entity::country(code));
                    table.mention(si, a, b, id);
                    s.countries.push((h.start, code.to_string(), !adjectival));
                }
                Place::Capital { code, city } => {
                    // "Азербайджан, Баку, 25 марта": the capital after a dateline's country.
                    let after_dateline_country = h.start == 2 && s.tokens[1].text == "," && place_hits.iter().any(|x| x.start == 0 && x.end == 1 && matches!(x.value, Place::Country { .. }))
                        && s.tokens.get(h.end).is_some_and(|t| t.text == ",");
                    if is_dateline(&s.tokens, h.start, h.end) || after_dateline_country {
                        if si < 4 && dateline_country.is_none() {
                            dateline_country = Some(code.to_string());
                        }
                        s.claim(h.start, h.end);
                        continue;
                    }
                    // "in Minsk" is a place; "Minsk and Sinopharm are discussing" is the state speaking.
                    // "visited Beijing", "Minsk played host to": somewhere gone to or a host city.
                    // "the Turkish capital Ankara", "the city of Dushanbe", "город Бишкек": named as a city.
                    let word_before = |k: usize| (h.start >= k).then(|| s.tokens[h.start - k].norm.as_ref()).unwrap_or("");
                    let named_as_city = matches!(word_before(1), "capital" | "city" | "town" | "город" | "города" | "городе" | "городом" | "столица" | "столицы" | "столице" | "столицей" | "г")
                        || word_before(1) == "," && matches!(word_before(2), "capital" | "city")
                        // "в столице Казахстана Астане", "the Kazakh capital's ..."
                        || h.start >= 2 && s.countries.iter().any(|c| c.0 == h.start - 1) && matches!(word_before(2), "capital" | "столица" | "столицы" | "столице" | "столицей" | "столицу")
                        || word_before(1) == "of" && matches!(word_before(2), "city" | "town" | "capital" | "outskirts" | "suburbs" | "mayor" | "residents" | "streets" | "centre" | "center" | "airport")
                        // "аэропорт Ташкента", "мэрии Бишкека": a place in the city.
                        || ["аэропорт", "мэри", "мэр", "жител", "улиц", "окрестност", "пригород", "акимат", "хокимият"].iter().any(|p| word_before(1).starts_with(p))
                        // "in Tashkent and Islamabad": listed with a city just placed.
                        || matches!(word_before(1), "and" | "и") && h.start >= 3 && s.place_tokens[h.start - 2] && matches!(word_before(3), "in" | "в" | "во" | "to" | "from" | "из");
                    let comma_after = s.tokens.get(h.end).is_some_and(|t| t.text == ",");
                    let comma_before = h.start >= 1 && s.tokens[h.start - 1].text == ",";
                    let in_list = comma_after && listed_region(h.end + 1) || comma_before && h.start >= 2 && listed_region_before(h.start - 1);
                    // "в Алжире", "in Kuwait": where the capital shares the state's name, a place
                    // named without "city" is the state.
                    let homonym = match lang {
                        Lang::Ru => matches!(code, "DZ" | "KW" | "TN" | "SG" | "LU" | "DJ" | "PA" | "GT" | "MC" | "SM"),
                        Lang::En => matches!(code, "KW" | "SG" | "LU" | "DJ" | "PA" | "GT" | "MC" | "SM"),
                    };
                    let located = named_as_city || in_list || !homonym && (h.start > 0 && matches!(s.tokens[h.start - 1].norm.as_ref(), "in" | "at" | "to" | "from" | "near" | "via" | "outside" | "visited" | "visiting" | "visits" | "toured" | "в" | "во" | "из" | "под" | "до" | "посетил" | "посетила" | "посетили" | "посетит" | "посетят"))
                        || s.tokens.get(h.end).is_some_and(|t| matches!(t.norm.as_ref(), "hosted" | "hosts" | "played" | "plays" | "will" | "принял" | "приняла" | "принимает" | "примет" | "стал" | "станет"));
                    if located {
                        let region = Entity { kind: EntityKind::Region, id: crate::geo::city_code(city).map(str::to_string), name: Some(city.to_string()), role: None, country: Some(code.to_string()), aliases: vec![] };
                        let rid = table.upsert(region);
                        table.mention(si, a, b, rid);
                    }
                    if !in_list {
                        let cid = table.upsert(Entity::country(code));
                        table.mention(si, a, b, cid);
                        s.countries.push((h.start, code.to_string(), false));
                    }
                }
                Place::Region { code, country, name } => {
                    if is_dateline(&s.tokens, h.start, h.end) {
                        s.claim(h.start, h.end);
                        continue;
                    }
                    let region = Entity { kind: EntityKind::Region, id: code.map(str::to_string), name: Some(name.to_string()), role: None, country: Some(country.to_string()), aliases: vec![] };
                    let rid = table.upsert(region);
                    table.mention(si, a, b, rid);
                    s.places.push((h.start, country.to_string()));
                }
            }
            s.claim(h.start, h.end);
            for p in &mut s.place_tokens[h.start..h.end] {
                *p = true;
            }
        }
        coordinated_regions(si, s, lang, &mut table);
        if lang == Lang::Ru {
            governed_regions(si, s, &mut table);
        }
        districts(si, s, lang, &mut table);
    }

    // "Kazakh-Chinese", "узбекско-белорусский": each half of a hyphenated pair of nationalities.
    for (si, s) in sentences.iter_mut().enumerate() {
        for ti in 0..s.tokens.len() {
            let t = &s.tokens[ti];
            if !t.is_word || !t.text.contains('-') || !s.free(ti, ti + 1) {
                continue;
            }
            let codes: Vec<&'static str> = t
                .text
                .split('-')
                .filter_map(|part| {
                    let toks = tokenize(part);
                    let hits = PLACES.find(&toks);
                    match hits.as_slice() {
                        [h] if h.end == toks.len() => match h.value {
                            Place::Country { code, .. } => Some(code),
                            _ => None,
                        },
                        _ => crate::geo::combining_form(part),
                    }
                })
                .collect();
            // "USA-based", "Moscow-based": where a company is from.
            let based = t.text.to_lowercase().ends_with("-based") && codes.len() == 1;
            if codes.len() >= 2 || based {
                let (a, b) = s.span(ti, ti + 1);
                for code in codes {
                    let id = table.upsert(Entity::country(code));
                    table.mention(si, a, b, id);
                    s.countries.push((ti, code.to_string(), false));
                }
                s.claim(ti, ti + 1);
                s.place_tokens[ti] = true;
            }
        }
    }

    resolve_namesake_cities(&sentences, &mut table);
    let home_country = main_country(&sentences, true);
    let main_country = main_country(&sentences, false);

    // Pass 2: rules that need context.
    for (si, s) in sentences.iter_mut().enumerate() {
        government_bodies(si, s, lang, dateline_country.as_deref().or(main_country.as_deref()), &mut table);
        embassies(si, s, lang, &mut table);
        if lang == Lang::En {
            coined_names_en(si, s, &mut table);
        }
        // Title-case headlines and menus capitalize every word: patterns would read them as names.
        if is_title_case(s) {
            continue;
        }
        pattern_orgs(si, s, lang, &mut table);
        if !is_byline(s.text) {
            find_persons(si, s, lang, &mut table);
            public_figures(si, s, &mut table);
        }
        context_orgs(si, s, lang, &mut table);
    }

    // A country word inside an organization's name ("China Hubei Zhuoyue Group") names the
    // organization, not a place: it says nothing of where a plant stands.
    for (si, s) in sentences.iter_mut().enumerate() {
        let inside: Vec<(usize, usize)> = table
            .mentions_in(si)
            .filter(|m| table.entities[m.entity].kind == EntityKind::Org)
            .map(|m| (m.start, m.end))
            .collect();
        if !inside.is_empty() {
            let (offset, tokens) = (s.offset, &s.tokens);
            s.countries.retain(|c| {
                let at = offset + tokens[c.0].span.start;
                !inside.iter().any(|&(a, b)| a <= at && at < b)
            });
        }
    }

    table.absorb_short_org_names();
    // (Russian names the town and the region in different words, "в Самарканде" and
    // "Самаркандская область", and its annotations keep both: measured, merging them loses.)
    if lang == Lang::En {
        table.absorb_cities_into_namesake_regions();
    }
    table.absorb_bare_ministries();
    table.retract_places_named_like_people();
    table.mark_sources(text);

    // Pass 3: events.
    let reference_year = published.and_then(|p| p.get(..4)).and_then(|y| y.parse().ok());
    let mut events: Vec<Event> = Vec::new();
    // People and places are parties too, but two projects are told apart by the organizations
    // behind them: a headline naming only the region and the story naming the company tell one plant.
    let bystanders: HashSet<String> = table
        .entities
        .iter()
        // Parks and zones are sites too: "a plant will be built in Tashkent Pharma Park" is the
        // plant a company was said to build, not another one.
        .filter(|e| matches!(e.kind, EntityKind::Person | EntityKind::Region) || e.kind == EntityKind::Org && e.name.as_deref().is_some_and(is_site_name))
        .flat_map(|e| [Some(e.party_key()), e.name.clone()])
        .flatten()
        .collect();
    fn is_site_name(name: &str) -> bool {
        let last = name.rsplit(' ').next().unwrap_or("").to_lowercase();
        matches!(last.as_str(), "park" | "zone" | "cluster" | "technopark" | "sez" | "fez" | "estate")
    }
    // "in the Alabuga special economic zone", "at Navoi FEZ": a zone or park the tables place in a
    // country is a place where things happen, as a town is.
    for (si, s) in sentences.iter_mut().enumerate() {
        for m in table.mentions_in(si) {
            let e = &table.entities[m.entity];
            let (Some(name), Some(country)) = (e.name.as_deref(), e.country.as_deref()) else { continue };
            if e.kind != EntityKind::Org || !is_site_name(name) || m.start < s.offset {
                continue;
            }
            if let Some(tok) = s.tokens.iter().position(|t| s.offset + t.span.start == m.start) {
                if !s.places.iter().any(|p| p.0 == tok) {
                    s.places.push((tok, country.to_string()));
                }
            }
        }
    }
    let mut last_event_sentence: Option<usize> = None;
    let mut story_host: Option<String> = None;
    // The country of the story's first region with a code ("Белгородская область" → RU).
    let region_country: Option<String> = table.entities.iter().find(|e| e.kind == EntityKind::Region && e.id.as_deref().is_some_and(|c| c.len() > 3)).and_then(|e| e.id.as_deref()).and_then(|c| c.split('-').next()).map(str::to_string);
    // The currency of the sum the previous sentence ended on: "…130 млн рублей. Ещё 30 млн –
    // субсидия фонда" goes on in it.
    let mut carried_currency: Option<String> = None;
    for (si, s) in sentences.iter().enumerate() {
        let carried = carried_currency.take();
        let lower = events::fold_lookalikes(crate::text::normalize(s.text));
        // Trigger words inside names ("Russian Direct Investment Fund", "Trade Center") say nothing.
        // A gathering's name still says a gathering took place ("during the Azerbaijan
        // International Investment Forum"): it is masked down to its head word.
        let mut org_spans: Vec<(usize, usize, &'static str)> = table
            .mentions_in(si)
            .filter(|m| table.entities[m.entity].kind == EntityKind::Org && m.start >= s.offset && m.end <= s.offset + s.text.len())
            .map(|m| (m.start - s.offset, m.end - s.offset, gathering_head(table.entities[m.entity].name.as_deref().unwrap_or(""))))
            .collect();
        // Places inside a name say nothing of where things happen, except inside the name of the
        // place's own government ("Власти Тульской области" still set the story in Tula Oblast).
        let governs_place = |a: usize, b: usize| {
            table.mentions_in(si).any(|m| m.start == a + s.offset && m.end == b + s.offset && table.entities[m.entity].name.as_deref()
                .is_some_and(|n| PLACE_GOVERNMENTS.iter().any(|p| n.starts_with(p))))
        };
        let name_spans: Vec<(usize, usize)> = org_spans.iter().map(|&(a, b, _)| (a, b)).filter(|&(a, b)| !governs_place(a, b)).collect();
        let kinds = if org_spans.is_empty() {
            events::event_types(&lower, lang)
        } else {
            let mut masked = s.text.to_string();
            // From the end, so that the spans still to replace keep their offsets.
            org_spans.sort_by(|x, y| y.0.cmp(&x.0));
            let mut before = usize::MAX;
            for (a, b, head) in org_spans {
                if b <= before {
                    // A stand-in word keeps the words around the name apart by one word, as the
                    // name did ("результатом посещения МТЗ стало соглашение").
                    let stand_in = match lang {
                        Lang::En => "org",
                        Lang::Ru => "орг",
                    };
                    masked.replace_range(a..b, if head.is_empty() { stand_in } else { head });
                    before = a;
                }
            }
            events::event_types(&events::fold_lookalikes(crate::text::normalize(&masked)), lang)
        };
        if kinds.is_empty() {
            // A figure right after an event usually details it ("The total value of the
            // contract amounts to $5 million"): it joins the latest event of the last two sentences.
            // "Earlier, ...", "In April this year, ...", "Напомним, ...": the story turns to
            // background, and figures from here on detail no event told before.
            if opens_background(&lower) {
                last_event_sentence = None;
            }
            if last_event_sentence.is_some_and(|l| si - l <= 3) {
                let found = onshore_analyze::find_quantities_continuing(s.text, lang, carried.as_deref());
                carried_currency = found.last().filter(|q| q.is_money()).map(|q| q.unit.clone());
                for q in found {
                    if background_figure(&lower, &s.text[..q.span.start], q.is_money()) {
                        continue;
                    }
                    let q = Quantity { value: q.value, unit: q.unit };
                    // "Last time it was 400,000 doses": another amount of the goods of a supply
                    // just told, which already has its own amount, is another shipment.
                    let n = events.len();
                    // "Количество бесплатных доз составило 300 тыс.", "of which 100,000 free": a
                    // part of that supply measured, not another one.
                    // "В состав груза войдут: 9 тысяч упаковок X, 3 тысячи упаковок Y": the contents of one.
                    if !is_money(&q.unit) && !lower.contains("capacit") && !lower.contains("мощност") && !measures_part(&lower) && !lists_contents(&lower) {
                        if let Some(x) = events[n.saturating_sub(3)..].iter().rev().find(|e| e.kind == EventType::Supply && e.quantities.iter().any(|x| x.unit == q.unit)) {
                            if !x.quantities.contains(&q) {
                                let mut another = x.clone();
                                another.evidence = s.text.trim().to_string();
                                another.quantities = vec![q];
                                another.date = None;
                                events.push(another);
                                continue;
                            }
                        }
                    }
                    // The latest of the last three events that can carry this kind of figure.
                    if let Some(e) = events[n.saturating_sub(3)..].iter_mut().rev().find(|e| !matches!(e.kind, EventType::Meeting | EventType::Intent) && quantity_fits(e.kind, &q.unit)) {
                        if !e.quantities.contains(&q) {
                            e.quantities.push(q);
                        }
                    }
                }
            }
            continue;
        }
        let previous_event_sentence = last_event_sentence.replace(si);
        let mut parties = sentence_parties(si, &table, home_country.as_deref());
        // "В этот проект планируется инвестировать ...", "Then 23 agreements were signed": a
        // sentence that names no one goes on about the sides of the event just told.
        if parties.is_empty() && previous_event_sentence.is_some_and(|l| si - l <= 2) {
            if let Some(x) = events.last() {
                parties = x.parties.clone();
            }
        }
        let (sectors, products) = sectors_and_products(s);
        let mentions = onshore_analyze::find_quantities_continuing(s.text, lang, carried.as_deref());
        carried_currency = mentions.last().filter(|q| q.is_money()).map(|q| q.unit.clone());
        // "в России нужно 260 млн штук", "while the market needs 5 million": a need set beside
        // the event's figure is no amount of it.
        let others = !mentions.is_empty() && of_other_makers(&lower);
        let mentions: Vec<_> = mentions.into_iter().filter(|q| !others && !(needed_figure(&s.text[..q.span.start]) && market_need(&lower))).collect();
        // "Investment has reached $700 million, while trade grew by $220 million": with both
        // kinds in one sentence, each sum belongs to the nearer of the two triggers.
        let nearer_kind: Vec<Option<EventType>> = if kinds.contains(&EventType::Trade) && kinds.contains(&EventType::Investment) {
            let lowered = s.text.to_lowercase();
            let trade = events::trigger_starts(EventType::Trade, &lowered, lang);
            let invest = events::trigger_starts(EventType::Investment, &lowered, lang);
            // A sum follows the word it measures ("investment ... reached $700 million"): the
            // nearest trigger before it counts first, one after it only when none precedes.
            let dist = |at: &[usize], q: usize| {
                at.iter().filter(|&&t| t <= q).map(|&t| q - t).min().unwrap_or_else(|| at.iter().map(|&t| usize::MAX / 2 + t.abs_diff(q)).min().unwrap_or(usize::MAX))
            };
            mentions.iter().map(|m| match is_money(&m.unit) {
                true if dist(&trade, m.span.start) < dist(&invest, m.span.start) => Some(EventType::Trade),
                true => Some(EventType::Investment),
                false => None,
            }).collect()
        } else {
            vec![None; mentions.len()]
        };
        let quantities: Vec<Quantity> = mentions
            .into_iter()
            .map(|q| Quantity { value: q.value, unit: q.unit })
            .collect();
        // "Investment" as a word is everywhere; an investment event has money or someone investing.
        let has_money = quantities.iter().any(|q| is_money(&q.unit));
        let kinds: Vec<EventType> = kinds
            .into_iter()
            .filter(|k| *k != EventType::Investment || has_money || events::invests(&lower, lang))
            .collect();
        if kinds.is_empty() {
            continue;
        }
        // With a publication date, relative dates ("on Monday", "вчера") resolve too.
        let mentions = match published {
            Some(p) if p.len() == 10 => onshore_analyze::find_dates_relative(s.text, p),
            _ => onshore_analyze::find_dates(s.text, reference_year),
        };
        let date = mentions
            .into_iter()
            .map(|d| d.value)
            .find(|d| Some(d.as_str()) != published && !published.is_some_and(|p| p.starts_with(d.as_str())));
        for kind in kinds {
            let mut e = Event::new(kind, s.text.trim());
            e.parties = parties.clone();
            e.stage = events::stage(kind, &lower, lang);
            if !matches!(kind, EventType::Meeting | EventType::Intent) {
                e.sectors = sectors.clone();
                e.products = products.clone();
            } else {
                e.sectors = sectors.clone();
            }
            if kind == EventType::Agreement {
                e.instrument = Some(events::instrument(&lower, lang));
                e.count = quantities.iter().find(|q| is_document_unit(&q.unit)).map(|q| q.value as u32).filter(|&c| c > 1);
            }
            if kind == EventType::Localization {
                e.host = host_country(s, &lower, lang, home_country.as_deref(), region_country.as_deref(), &name_spans, &mut story_host);
            }
            if !matches!(kind, EventType::Meeting | EventType::Intent) {
                e.quantities = quantities
                    .iter()
                    .zip(&nearer_kind)
                    .filter(|(q, near)| quantity_fits(kind, &q.unit) && near.is_none_or(|k| k == kind || !matches!(kind, EventType::Trade | EventType::Investment)))
                    .map(|(q, _)| q.clone())
                    .collect();
            }
            e.date = date.clone();
            e.hs_codes = crate::products::hs_codes(&e.products);
            push_event(&mut events, e, &bystanders);
        }
    }

    drop_umbrella_supplies(&mut events);
    fold_repeated_events(&mut events, lang);
    belarusian_rubles(&mut events, &table.entities);
    headline_rounding(&mut events, text.lines().next().unwrap_or(""));
    Analysis { entities: table.into_entities(), events }
}

/// A story tells its main events first and then tells them again in other words ("обсудили
/// перспективы", "в планах – развивать сотрудничество"; the investment's sum, then what it buys).
/// Past the first few of a type, more are nearly always the same one again, so they fold into
/// the last one kept. Measured over the dev set and fifteen annotated sets (share of events
/// past the cap that were separate ones): Russian intents after the first 1 of 22, investments
/// 2 of 13; English intents after the second 3 of 10, investments 5 of 22, meetings 0 of 6;
/// trades after the second 1 of 9.
fn fold_repeated_events(events: &mut Vec<Event>, lang: Lang) {
    let cap = |kind: EventType| match (kind, lang) {
        (EventType::Intent | EventType::Investment, Lang::Ru) => Some(1),
        (EventType::Intent | EventType::Investment | EventType::Meeting | EventType::Trade, Lang::En) => Some(2),
        (EventType::Trade, Lang::Ru) => Some(2),
        _ => None,
    };
    let mut kept: Vec<Event> = Vec::with_capacity(events.len());
    for e in events.drain(..) {
        let Some(max) = cap(e.kind) else {
            kept.push(e);
            continue;
        };
        if kept.iter().filter(|x| x.kind == e.kind).count() < max {
            kept.push(e);
            continue;
        }
        if let Some(x) = kept.iter_mut().rev().find(|x| x.kind == e.kind) {
            add_new(&mut x.parties, &e.parties);
            add_new(&mut x.products, &e.products);
            add_new(&mut x.quantities, &e.quantities);
        }
    }
    *events = kept;
}

/// A headline supply with no amount ("Oxygen concentrators delivered from China and Turkey")
/// sums up the shipments told after it with their amounts: when those name all its
/// parties, it is no shipment of its own. The story's first event does so even over one.
fn drop_umbrella_supplies(events: &mut Vec<Event>) {
    let umbrella = |i: usize, events: &[Event]| {
        let e = &events[i];
        let detailed: Vec<&Event> = events[i + 1..].iter().filter(|x| x.kind == EventType::Supply && !x.quantities.is_empty()).collect();
        // The story's first event (its headline) sums up even a single detailed shipment.
        let enough = if i == 0 { 1 } else { 2 };
        e.kind == EventType::Supply && e.quantities.is_empty() && detailed.len() >= enough && e.parties.iter().all(|p| detailed.iter().any(|x| x.parties.contains(p)))
    };
    let drop: Vec<bool> = (0..events.len()).map(|i| umbrella(i, events)).collect();
    let mut i = 0;
    events.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
}

fn measures_part(lower: &str) -> bool {
    static PART: LazyLock<Regex> = LazyLock::new(|| pattern(r"(^|[^\p{L}])(количество|число|из них|в том числе|часть|частью)(?:[^\p{L}]|$)|(?-u:\b)(of which|of them|the number of|including|part of)(?-u:\b)"));
    PART.is_match(lower)
}

fn opens_background(lower: &str) -> bool {
    static OPENER: LazyLock<Regex> = LazyLock::new(|| pattern(r"^\W*(earlier|previously|in (january|february|march|april|may|june|july|august|september|october|november|december)( this| last)?( year)?|last (year|month|week)|recall that|ранее|напомним|как сообщалось|в прошлом году|в (январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре))(?:[^\p{L}]|$)"));
    OPENER.is_match(lower)
}

/// "долларов США", "US$", "U.S. dollars": the country names the currency, not a party.
fn in_currency_name(toks: &[Token], start: usize, end: usize) -> bool {
    let prev = start.checked_sub(1).map(|i| toks[i].norm.as_ref()).unwrap_or("");
    let next = toks.get(end).map(|t| t.norm.as_ref()).unwrap_or("");
    prev.starts_with("доллар") || prev == "долл" || prev == "." && start >= 2 && toks[start - 2].norm == "долл"
        || next == "$" || next.starts_with("dollar")
}

/// Russian republics abbreviated like states: "РТ" is Tajikistan and "РБ" Belarus, except in a
/// story about Tatarstan or Bashkortostan that never names the state.
fn republic_abbreviations(text: &str, lang: Lang) -> Vec<(&'static str, Place)> {
    const REPUBLICS: &[(&str, &[&str], &[&str], &str, &str)] = &[
        ("РТ", &["Татарстан"], &["Таджикистан", "таджикск"], "RU-TA", "Republic of Tatarstan"),
        ("РБ", &["Башкортостан", "Башкири"], &["Беларус", "Белорус", "белорус"], "RU-BA", "Republic of Bashkortostan"),
    ];
    if lang != Lang::Ru {
        return vec![];
    }
    REPUBLICS
        .iter()
        .filter(|(_, region, state, _, _)| region.iter().any(|r| text.contains(r)) && !state.iter().any(|c| text.contains(c)))
        .map(|&(abbr, _, _, code, name)| (abbr, Place::Region { code: Some(code), country: "RU", name }))
        .collect()
}

/// A one-word place next to a given name is a surname or a given name
/// (`Vladimir Makei`, `Дениса Мантурова`), not the city.
fn part_of_person_name(toks: &[Token], start: usize, end: usize) -> bool {
    // "Pham Binh Minh", "Nguyen Thanh Long": Vietnamese given names are often also towns'.
    const VIETNAMESE_FAMILY_NAMES: &[&str] = &[
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong",
        "ly", "truong", "dinh", "dao", "doan", "luong", "trinh", "lam", "mai", "ha",
    ];
    if end <= start + 2 && start > 0 && toks[start - 1].is_capitalized() && !toks[start - 1].is_cyrillic()
        && VIETNAMESE_FAMILY_NAMES.contains(&toks[start - 1].norm.as_ref())
    {
        return true;
    }
    if end != start + 1 || !toks[start].is_capitalized() {
        return false;
    }
    // ("On 30 January Minsk hosted": a month is no given name, though census lists have January.)
    let given = |t: &Token| t.is_word && t.is_capitalized() && !persons::en_not_name(&t.norm) && (persons::is_given_name(&t.norm) || (t.is_cyrillic() && persons::ru_given_nominative(t.text).is_some()));
    let next_cap = toks.get(end).is_some_and(|t| t.is_word && t.is_capitalized());
    // "Министр Иванов Петр Сергеевич": a surname first, then the given name and the patronymic.
    if toks[start].is_cyrillic() && toks.get(end).is_some_and(&given) && toks.get(end + 1).is_some_and(|t| t.is_capitalized() && t.is_cyrillic() && persons::is_ru_patronymic(&t.norm)) {
        return true;
    }
    // "Sergey Yefimovich Donskoy": a patronymic comes before a surname only.
    let patronymic = |t: &Token| t.is_word && t.is_capitalized() && !t.is_cyrillic() && persons::is_patronymic(&t.norm);
    (given(&toks[start]) && next_cap) || (start > 0 && (given(&toks[start - 1]) || patronymic(&toks[start - 1])))
}

/// Cities named like a word or a person, where the sentence places something there: "in Perm",
/// "from Alexandria", "the city of Florence"; not "Sofia Petrova", "Perm hair", "Nice to see".
fn cued_cities(s: &Sentence) -> Vec<crate::lexicon::Hit<Place>> {
    let mut hits = crate::geo::CUED_CITIES.find(&s.tokens);
    hits.retain(|h| {
        let before = h.start.checked_sub(1).map(|k| s.tokens[k].text);
        let cue = matches!(before, Some("in" | "from" | "to" | "near" | "at" | "outside" | "via" | "visited" | "visit"))
            || h.start >= 2 && s.tokens[h.start - 1].text == "of" && matches!(s.tokens[h.start - 2].norm.as_ref(), "city" | "town" | "port");
        let name_goes_on = s.tokens.get(h.end).is_some_and(|t| t.is_word && t.is_capitalized());
        cue && !name_goes_on && s.tokens[h.start].is_capitalized()
    });
    hits
}

fn is_title_case(s: &Sentence) -> bool {
    // A headline capitalizes even its verbs and prepositions: no long lower-case word at all.
    // Short words a headline leaves in lower case; any other lower-case word ("met", "won")
    // is a sentence's verb.
    const HEADLINE_LOWER: &[&str] = &["a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "as", "up", "via", "per", "vs", "with", "from", "into", "over", "de", "da", "do", "dos", "von", "der", "van", "bin", "al", "el", "la", "le", "du", "di", "ibn"];
    let mut long_words = 0;
    for t in &s.tokens {
        if t.is_word && !t.is_capitalized() && t.text.chars().all(|c| c.is_ascii_lowercase()) && !HEADLINE_LOWER.contains(&t.text) {
            return false;
        }
        if t.is_word && t.text.len() > 3 && t.text.chars().nth(3).is_some() {
            if !t.is_capitalized() && t.text.chars().all(char::is_alphabetic) {
                return false;
            }
            long_words += 1;
        }
    }
    long_words >= 4
}

/// A dateline places the newsroom, not the story: "MINSK, 2 February (BelTA)",
/// "АЛМАТЫ, 28 фев - Sputnik", "Dubai: Saudi Arabia plans ...", at the head of a
/// sentence (after the ` date YYYY-MM-DD` prefix of a stored document, if any).
/// A country between a dateline's city and its date: "BAKU, Azerbaijan, July 25",
/// "Tashkent, Uzbekistan, Sept. 13".
fn in_dateline_after_city(tokens: &[Token], start: usize, end: usize) -> bool {
    const MONTHS: &[&str] = &["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"];
    let date_follows = tokens.get(end).is_some_and(|t| t.text == ",")
        && tokens.get(end + 1).is_some_and(|t| MONTHS.contains(&t.norm.as_ref()) || t.text.chars().all(|c| c.is_ascii_digit()));
    let city_before = start >= 2 && tokens[start - 1].text == "," && start - 1 <= 4
        && tokens[..start - 1].iter().all(|t| t.is_word && t.is_capitalized());
    date_follows && city_before
}

fn is_dateline(tokens: &[Token], start: usize, end: usize) -> bool {
    let lead = tokens[..start].iter().all(|t| t.norm.as_ref() == "date" || t.text.chars().all(|c| c.is_ascii_digit() || c == '-'));
    if !lead || start > 6 {
        return false;
    }
    let caps = tokens[start].is_all_caps() && tokens[start].text.chars().count() > 3;
    let next = tokens.get(end).map(|t| t.text.as_ref() as &str);
    // "Ulaanbaatar /MONTSAME/.", "Bishkek (Kabar) –": the city, then its agency in slashes or brackets.
    let agency_follows = matches!(next, Some("/" | "("))
        && tokens.get(end + 1).is_some_and(|t| t.is_word && t.is_capitalized())
        && tokens.get(end + 2).is_some_and(|t| matches!(t.text, "/" | ")"));
    caps || next == Some(":") || agency_follows
}

/// A credit line: "By Jane Roe", "Photos by Jane Roe", "Фото: Иван Петров", or a
/// name alone on its line (an author's signature). Its person wrote or
/// photographed the story and is no party to it.
fn is_byline(text: &str) -> bool {
    static CREDIT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?:^|\s)(?:By|BY|[Pp]hotos? by|[Pp]hoto(?: credit)?:|Фото:?|Автор:?|Текст:?)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}(?:\s*[/–—-]\s*[\p{L} .-]+:?)?\s*$",
        )
        .expect("byline pattern")
    });
    // A name alone, or with the agency it shot for: "Александр Кряжев/РИА Новости".
    static NAME_ALONE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}(?:\s*/\s*[\p{L} .-]+)?$").expect("name line pattern")
    });
    let t = text.trim();
    // Every credit names its kind in one of these words: without them the (slow, Unicode,
    // end-anchored) pattern need not run.
    let credit_word = ["By", "BY", "hoto", "Фото", "Автор", "Текст"].iter().any(|w| t.contains(w));
    (credit_word && CREDIT.is_match(t)) || NAME_ALONE.is_match(t)
}

/// The country the document is mostly about: the most often named one. `with_places` counts
/// its regions and towns too: a donor may be named more often than the receiving country, but
/// the story happens in the receiver's provinces (the home country events take).
fn main_country(sentences: &[Sentence], with_places: bool) -> Option<String> {
    let mut counts: Vec<(String, usize, usize)> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let places = s.places.iter().filter(|_| with_places);
        let named = s.countries.iter().map(|c| &c.1).chain(places.map(|p| &p.1));
        for code in named {
            match counts.iter_mut().find(|c| &c.0 == code) {
                Some(c) => c.1 += 1,
                None => counts.push((code.clone(), 1, si)),
            }
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    counts.into_iter().next().map(|c| c.0)
}

fn country_at(s: &Sentence, tok: usize) -> Option<String> {
    s.countries.iter().find(|(i, _, _)| *i == tok).map(|(_, c, _)| c.clone())
}

#[cfg(test)]
mod tests {
    use onshore_core::{Document, EventType, Lang};

    fn meetings(text: &str, lang: Lang) -> usize {
        let doc = Document { id: "t".into(), text: text.into(), ..Default::default() };
        crate::extract_in(&doc, lang).events.iter().filter(|e| e.kind == EventType::Meeting).count()
    }

    #[test]
    fn a_session_and_a_meeting_after_it_are_two_meetings() {
        let ru = "В Минске состоялось заседание рабочей группы по промышленной кооперации с участием губернатора Ивана Петрова. \
                  Затем Александр Лукашенко встретился с губернатором Иваном Петровым.";
        assert_eq!(meetings(ru, Lang::Ru), 2);
        let en = "A session of the working group on industrial cooperation was held in Minsk with Governor Ivan Petrov. \
                  Later Alexander Lukashenko met with Governor Ivan Petrov.";
        assert_eq!(meetings(en, Lang::En), 2);
        let talks = "Губернатор Иван Петров провел переговоры с премьер-министром Беларуси Романом Головченко. \
                     Состоялось заседание рабочей группы по сотрудничеству с участием губернатора Ивана Петрова.";
        assert_eq!(meetings(talks, Lang::Ru), 2);
    }

    fn count(text: &str, lang: Lang, kind: EventType) -> usize {
        let doc = Document { id: "t".into(), text: text.into(), ..Default::default() };
        crate::extract_in(&doc, lang).events.iter().filter(|e| e.kind == kind).count()
    }

    fn amounts(text: &str, lang: Lang) -> Vec<f64> {
        let doc = Document { id: "t".into(), text: text.into(), ..Default::default() };
        crate::extract_in(&doc, lang).events.iter().flat_map(|e| e.quantities.iter().map(|q| q.value)).collect()
    }

    #[test]
    fn a_headline_keeps_a_sum_that_is_no_rounding_of_the_body() {
        // 14.3 million rounds to 14, not 15: the headline's sum is another one (the total).
        let other = "В Киргизию доставлены лекарства на сумму свыше $15 млн\n\nПосольство США передало Минздраву Киргизии медикаменты на сумму 14 миллионов 320 тысяч 100 долларов США.";
        assert!(amounts(other, Lang::Ru).contains(&15e6));
        let rounded = "В Киргизию доставлены лекарства на сумму $14 млн\n\nПосольство США передало Минздраву Киргизии медикаменты на сумму 14 миллионов 320 тысяч 100 долларов США.";
        assert!(!amounts(rounded, Lang::Ru).contains(&14e6));
    }

    #[test]
    fn a_visit_a_session_and_a_personal_meeting_are_three() {
        let ru = "В Минске побывала делегация Псковской области. Состоялось заседание рабочей группы по сотрудничеству Беларуси и Псковской области. \
                  У губернатора также состоялась личная встреча с премьер-министром Беларуси.";
        assert_eq!(meetings(ru, Lang::Ru), 3);
    }

    #[test]
    fn two_sessions_of_one_commission_are_one() {
        let ru = "В Ереване состоялось 12-е заседание армяно-иранской межправительственной комиссии. \
                  Меморандум 12-го заседания комиссии подписали министр экономики Армении Ваган Керобян и министр промышленности Ирана Реза Фатеми.";
        assert_eq!(meetings(ru, Lang::Ru), 1);
    }

    #[test]
    fn a_headline_naming_only_the_region_and_the_story_naming_the_company_are_one_plant() {
        let en = "Construction of a catheter plant begins in Karaganda Region\n\nThe Kazakh company Medline Steppe is building the plant in Temirtau.";
        assert_eq!(count(en, Lang::En, EventType::Localization), 1);
    }

    #[test]
    fn a_park_is_where_a_plant_stands_not_another_plant() {
        let en = "Medora Labs of India will build an insulin plant in Uzbekistan. It is noted that an insulin plant will be built in Navoi Pharma Park.";
        assert_eq!(count(en, Lang::En, EventType::Localization), 1);
    }

    #[test]
    fn projects_with_different_foreign_partners_are_two() {
        let ru = "Минздрав Узбекистана и китайская компания Sinolek договорились о создании завода вакцин в Узбекистане. \
                  Ранее Беларусь предложила Узбекистану создать совместное предприятие по выпуску вакцин.";
        assert_eq!(count(ru, Lang::Ru, EventType::Localization), 2);
    }

    #[test]
    fn an_agreement_told_again_with_its_signatories_is_one() {
        let ru = "В Бишкеке подписано соглашение о строительстве фармацевтического завода. \
                  Инвестиционное соглашение подписано между Правительством Кыргызской Республики и компанией «Алтын Фарм».";
        assert_eq!(count(ru, Lang::Ru, EventType::Agreement), 1);
        let earlier = "Армения и Иран подписали дорожную карту по развитию фармацевтики. \
                       Ранее в Ереване был подписан меморандум о сотрудничестве между министерствами здравоохранения Армении и Ирана.";
        assert_eq!(count(earlier, Lang::Ru, EventType::Agreement), 2);
        let batch = "Kyrgyzstan and Turkey signed documents in Bishkek. Kyrgyzstan and Turkey signed an agreement with Medora Labs.";
        assert_eq!(count(batch, Lang::En, EventType::Agreement), 2);
    }

    #[test]
    fn a_shipments_value_and_contents_are_that_shipment() {
        let ru = "Казахстан окажет Таджикистану гуманитарную помощь. \
                  Общая стоимость гуманитарной помощи составит более 2 млн долларов. \
                  В состав груза войдут: 500 мешков муки, 4 тысячи упаковок препарата «Альфа», 2 тысячи упаковок препарата «Бета».";
        assert_eq!(count(ru, Lang::Ru, EventType::Supply), 1);
    }

    #[test]
    fn an_organization_named_short_and_in_full_is_one() {
        let en = "The Razi Vaccine Institute of Iran signed the deal. Officials of the Razi Vaccine Institute said the plant opens next year.";
        let doc = Document { id: "t".into(), text: en.into(), ..Default::default() };
        let orgs: Vec<String> = crate::extract_in(&doc, Lang::En).entities.iter().filter(|e| e.kind == onshore_core::EntityKind::Org).filter_map(|e| e.name.clone()).collect();
        assert_eq!(orgs, vec!["Razi Vaccine Institute of Iran".to_string()], "{orgs:?}");
    }

    #[test]
    fn a_shipment_announced_then_detailed_is_one_and_a_running_total_is_another() {
        let ru = "Китай в качестве гуманитарной помощи предоставил Таджикистану медицинские средства. \
                  Чартерным рейсом из Китая были доставлены 50 000 тестов и 20 000 масок.";
        assert_eq!(count(ru, Lang::Ru, EventType::Supply), 1);
        let total = "Президенты Китая и Таджикистана встретились в Душанбе. Китай в качестве гуманитарной помощи предоставил Таджикистану медицинские средства. \
                     В общей сложности Китай доставил в Таджикистан 40 тонн медикаментов.";
        assert_eq!(count(total, Lang::Ru, EventType::Supply), 2);
    }

    #[test]
    fn a_shipment_told_again_is_one_supply_and_another_is_two() {
        let told_again = "Turkey donated 50 ventilators to Kyrgyzstan. The donation was delivered to Bishkek on Monday.";
        assert_eq!(count(told_again, Lang::En, EventType::Supply), 1);
        let another = "Turkey donated 50 ventilators to Kyrgyzstan. Turkey also sent 10,000 test kits.";
        assert_eq!(count(another, Lang::En, EventType::Supply), 2);
    }
}
