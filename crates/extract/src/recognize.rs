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
use std::collections::HashSet;

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

fn org(name: String, country: Option<String>, alias: Option<String>) -> Entity {
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

    // Pass 1: dictionaries.
    for (si, s) in sentences.iter_mut().enumerate() {
        for h in orgs::AGENCIES.find(&s.tokens) {
            // Agencies are only ever credited as sources: claim them so they become nothing.
            s.claim(h.start, h.end);
        }
        for h in KNOWN_ORGS.find(&s.tokens) {
            if !s.free(h.start, h.end) {
                continue;
            }
            let surface = s.surface(h.start, h.end).to_string();
            let e = org(h.value.name.to_string(), h.value.country.map(str::to_string), Some(surface));
            let id = table.upsert(e);
            let (a, b) = s.span(h.start, h.end);
            table.mention(si, a, b, id);
            s.claim(h.start, h.end);
        }
        for h in PLACES.find(&s.tokens) {
            // A country's name is rarely a person's ("Ирана М. Зафарганди" is Iran, not a woman named Irana).
            // "Орловским областным Советом": an adjective agreeing with "областной" names the
            // region's body, not a town spelled like the adjective.
            let town_adjective = matches!(h.value, Place::Region { code: None, .. })
                && s.tokens.get(h.end).is_some_and(|t| ["областн", "районн", "городск", "краев"].iter().any(|p| t.norm.starts_with(p)));
            if town_adjective {
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
            if !s.free(h.start, h.end) || (!country && part_of_person_name(&s.tokens, h.start, h.end)) || surname || in_currency_name(&s.tokens, h.start, h.end) {
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
                    if is_dateline(&s.tokens, h.start, h.end) {
                        s.claim(h.start, h.end);
                        continue;
                    }
                    // "in Minsk" is a place; "Minsk and Sinopharm are discussing" is the state speaking.
                    let located = (h.start > 0 && matches!(s.tokens[h.start - 1].norm.as_ref(), "in" | "at" | "to" | "from" | "near" | "в" | "во" | "из" | "под" | "до"))
                        || s.tokens.get(h.end).is_some_and(|t| matches!(t.norm.as_ref(), "hosted" | "hosts" | "will" | "принял" | "приняла" | "принимает" | "примет"));
                    if located {
                        let region = Entity { kind: EntityKind::Region, id: crate::geo::city_code(city).map(str::to_string), name: Some(city.to_string()), role: None, country: Some(code.to_string()), aliases: vec![] };
                        let rid = table.upsert(region);
                        table.mention(si, a, b, rid);
                    }
                    let cid = table.upsert(Entity::country(code));
                    table.mention(si, a, b, cid);
                    s.countries.push((h.start, code.to_string(), false));
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
    let main_country = main_country(&sentences);

    // Pass 2: rules that need context.
    for (si, s) in sentences.iter_mut().enumerate() {
        government_bodies(si, s, lang, main_country.as_deref(), &mut table);
        embassies(si, s, lang, &mut table);
        // Title-case headlines and menus capitalize every word: patterns would read them as names.
        if is_title_case(s) {
            continue;
        }
        pattern_orgs(si, s, lang, &mut table);
        if !is_byline(s.text) {
            find_persons(si, s, lang, &mut table);
        }
    }

    // Pass 3: events.
    let reference_year = published.and_then(|p| p.get(..4)).and_then(|y| y.parse().ok());
    let mut events: Vec<Event> = Vec::new();
    // People and places are parties too, but two projects are told apart by the organizations
    // behind them: a headline naming only the region and the story naming the company tell one plant.
    let bystanders: HashSet<String> = table
        .entities
        .iter()
        .filter(|e| matches!(e.kind, EntityKind::Person | EntityKind::Region))
        .flat_map(|e| [Some(e.party_key()), e.name.clone()])
        .flatten()
        .collect();
    let mut last_event_sentence: Option<usize> = None;
    let mut story_host: Option<String> = None;
    for (si, s) in sentences.iter().enumerate() {
        let lower = events::fold_lookalikes(crate::text::normalize(s.text));
        // Trigger words inside names ("Russian Direct Investment Fund", "Trade Center") say nothing.
        // A gathering's name still says a gathering took place ("during the Azerbaijan
        // International Investment Forum"): it is masked down to its head word.
        let mut org_spans: Vec<(usize, usize, &'static str)> = table
            .mentions_in(si)
            .filter(|m| table.entities[m.entity].kind == EntityKind::Org && m.start >= s.offset && m.end <= s.offset + s.text.len())
            .map(|m| (m.start - s.offset, m.end - s.offset, gathering_head(table.entities[m.entity].name.as_deref().unwrap_or(""))))
            .collect();
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
                for q in onshore_analyze::find_quantities(s.text, lang) {
                    let q = Quantity { value: q.value, unit: q.unit };
                    // "Last time it was 400,000 doses": another amount of the goods of a supply
                    // just told, which already has its own amount, is another shipment.
                    let n = events.len();
                    // "Количество бесплатных доз составило 300 тыс.", "of which 100,000 free": a
                    // part of that supply measured, not another one.
                    if !is_money(&q.unit) && !lower.contains("capacit") && !lower.contains("мощност") && !measures_part(&lower) {
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
        let mut parties = sentence_parties(si, &table, main_country.as_deref());
        // "В этот проект планируется инвестировать ...", "Then 23 agreements were signed": a
        // sentence that names no one goes on about the sides of the event just told.
        if parties.is_empty() && previous_event_sentence.is_some_and(|l| si - l <= 2) {
            if let Some(x) = events.last() {
                parties = x.parties.clone();
            }
        }
        let (sectors, products) = sectors_and_products(s);
        let mentions = onshore_analyze::find_quantities(s.text, lang);
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
                e.host = host_country(s, &lower, lang, main_country.as_deref(), &mut story_host);
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
    Analysis { entities: table.into_entities(), events }
}

/// "Khatlon and Sughd regions", "the Samarkand, Bukhara and Navoi regions", "Туркестанской и
/// Алматинской областях": a plural region noun shared by several names. Each name is looked up
/// as a region of its own ("Khatlon region", "Туркестанской области"); a name first read as a
/// city ("Almaty") is the region here.
fn coordinated_regions(si: usize, s: &mut Sentence, lang: Lang, table: &mut EntityTable) {
    let n = s.tokens.len();
    for noun in 0..n {
        let norm = s.tokens[noun].norm.as_ref();
        let (suffixes, plural): (&[&str], bool) = match lang {
            Lang::En => (&["region", "oblast", "province"], matches!(norm, "regions" | "oblasts" | "provinces")),
            Lang::Ru => (&["области", "область", "края", "край"], matches!(norm, "областей" | "областях" | "области" | "областям" | "областями" | "краев" | "краях" | "края")),
        };
        if !plural || noun < 3 {
            continue;
        }
        // Walk back over "Name (, Name)* and/и Name".
        let mut names = Vec::new();
        let mut k = noun;
        let mut saw_and = false;
        while k > 0 {
            let t = &s.tokens[k - 1];
            if t.is_word && t.is_capitalized() && (lang == Lang::Ru) == t.is_cyrillic() {
                names.push(k - 1);
                k -= 1;
                if k > 0 && matches!(s.tokens[k - 1].norm.as_ref(), "and" | "и" | ",") {
                    saw_and |= s.tokens[k - 1].norm != ",";
                    k -= 1;
                    continue;
                }
            }
            break;
        }
        if names.len() < 2 || !saw_and {
            continue;
        }
        for &w in &names {
            let found = suffixes.iter().find_map(|suf| {
                let probe = format!("{} {suf}", s.tokens[w].text);
                let toks = tokenize(&probe);
                PLACES.find(&toks).into_iter().find(|h| h.start == 0 && h.end == toks.len()).and_then(|h| match h.value {
                    Place::Region { code: Some(code), country, name } => Some((code, country, name)),
                    _ => None,
                })
            });
            let Some((code, country, name)) = found else { continue };
            let (a, b) = s.span(w, w + 1);
            table.retract_regions_within(a, b);
            let region = Entity { kind: EntityKind::Region, id: Some(code.to_string()), name: Some(name.to_string()), role: None, country: Some(country.to_string()), aliases: vec![] };
            let rid = table.upsert(region);
            table.mention(si, a, b, rid);
            if !s.places.iter().any(|p| p.0 == w) {
                s.places.push((w, country.to_string()));
            }
            s.claim(w, w + 1);
            s.place_tokens[w] = true;
        }
    }
}

/// A city whose name several cities share is the one in a country the story names
/// (Brest in a story about Belarus), else the largest.
fn resolve_namesake_cities(sentences: &[Sentence], table: &mut EntityTable) {
    let named: HashSet<&str> = sentences.iter().flat_map(|s| s.countries.iter().map(|c| c.1.as_str())).collect();
    let mut fixes: Vec<(usize, &'static str, &'static str, Option<&'static str>)> = Vec::new();
    for s in sentences {
        for m in table.mentions.iter().filter(|m| m.start >= s.offset && m.end <= s.offset + s.text.len()) {
            let e = &table.entities[m.entity];
            if e.kind != EntityKind::Region {
                continue;
            }
            let surface = s.text[m.start - s.offset..m.end - s.offset].to_lowercase();
            let Some(cands) = crate::geo::CITY_NAMESAKES.get(&surface) else { continue };
            // A small namesake (Paris, Texas) only wins when it is the only candidate the story allows.
            let pick = cands.iter().find(|c| named.contains(c.0) && c.3 >= 100_000).or(cands.first());
            if let Some(&(country, name, code, _)) = pick {
                if e.country.as_deref() != Some(country) {
                    fixes.push((m.entity, country, name, code));
                }
            }
        }
    }
    for (i, country, name, code) in fixes {
        let e = &mut table.entities[i];
        e.country = Some(country.to_string());
        e.name = Some(name.to_string());
        e.id = code.map(str::to_string);
    }
}

/// Districts: "Kordai district", "в Андижанском районе" → region `Kordai District`,
/// `Andijan District` (no ISO code; the country of the town it is named after, if known).
fn districts(si: usize, s: &mut Sentence, lang: Lang, table: &mut EntityTable) {
    let n = s.tokens.len();
    for d in 1..n {
        let norm = s.tokens[d].norm.as_ref();
        let is_district = match lang {
            Lang::En => norm == "district",
            Lang::Ru => matches!(norm, "район" | "района" | "районе" | "районом" | "району"),
        };
        let p = d - 1;
        let t = &s.tokens[p];
        if !is_district || !t.is_word || !t.is_capitalized() || (lang == Lang::Ru) != t.is_cyrillic() {
            continue;
        }
        // The name: the town it is named after when the gazetteer knows it, else the word itself.
        let (base, country) = match lang {
            Lang::En => {
                if !(s.free(p, d) || s.place_tokens[p]) || persons::en_not_name(&t.norm) || is_org_head(&t.norm) || persons::is_en_role_word(&t.norm) {
                    continue;
                }
                (t.text.to_string(), s.places.iter().find(|x| x.0 == p).map(|x| x.1.clone()))
            }
            Lang::Ru => {
                if !s.free(p, d) || !crate::ru_orgs::is_adjective(&t.norm) {
                    continue;
                }
                // The oblast of the same name first ("Андижанский" → Андижанская область → Andijan):
                // its English name is the press spelling more often than a town's.
                let oblast = crate::ru_orgs::place_bases(t.text).into_iter().next().and_then(|b| {
                    let probe = format!("{b}ая область");
                    let toks = tokenize(&probe);
                    PLACES.find(&toks).into_iter().find(|x| x.start == 0 && x.end == toks.len()).and_then(|x| match x.value {
                        Place::Region { name, country, .. } => Some((name.to_string(), Some(country.to_string()))),
                        _ => None,
                    })
                });
                let place = oblast.or_else(|| crate::ru_orgs::place_bases(t.text).into_iter().find_map(|b| {
                    let toks = tokenize(&b);
                    PLACES.find(&toks).into_iter().find(|x| x.start == 0 && x.end == toks.len()).and_then(|x| match x.value {
                        Place::Region { name, country, .. } => Some((name.to_string(), Some(country.to_string()))),
                        Place::Capital { city, code } => Some((city.to_string(), Some(code.to_string()))),
                        Place::Country { .. } => None,
                    })
                }));
                match place {
                    Some(p) => p,
                    None => {
                        let Some(b) = crate::ru_orgs::place_bases(t.text).into_iter().next() else { continue };
                        // "Кордайский" → Кордай: the adjective's -ск- is the suffix, not the name.
                        let b = b.strip_suffix("ск").unwrap_or(&b).to_string();
                        (translit::word(&b), None)
                    }
                }
            }
        };
        let name = format!("{} District", base.trim_end_matches(" Oblast").trim_end_matches(" Region"));
        let (a, b) = s.span(p, d + 1);
        table.retract_regions_within(a, b);
        let region = Entity { kind: EntityKind::Region, id: None, name: Some(name), role: None, country: country.clone(), aliases: vec![] };
        let rid = table.upsert(region);
        table.mention(si, a, b, rid);
        if let Some(c) = country {
            s.places.push((p, c));
        }
        s.claim(p, d + 1);
        for x in &mut s.place_tokens[p..d + 1] {
            *x = true;
        }
    }
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
    static PART: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(^|[^\p{L}])(количество|число|из них|в том числе|часть|частью)(?:[^\p{L}]|$)|(?-u:\b)(of which|of them|the number of|including|part of)(?-u:\b)").expect("pattern compiles")
    });
    PART.is_match(lower)
}

fn opens_background(lower: &str) -> bool {
    static OPENER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^\W*(earlier|previously|in (january|february|march|april|may|june|july|august|september|october|november|december)( this| last)?( year)?|last (year|month|week)|recall that|ранее|напомним|как сообщалось|в прошлом году|в (январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре))(?:[^\p{L}]|$)").expect("pattern compiles")
    });
    OPENER.is_match(lower)
}

/// "долларов США", "US$", "U.S. dollars": the country names the currency, not a party.
fn in_currency_name(toks: &[Token], start: usize, end: usize) -> bool {
    let prev = start.checked_sub(1).map(|i| toks[i].norm.as_ref()).unwrap_or("");
    let next = toks.get(end).map(|t| t.norm.as_ref()).unwrap_or("");
    prev.starts_with("доллар") || prev == "долл" || prev == "." && start >= 2 && toks[start - 2].norm == "долл"
        || next == "$" || next.starts_with("dollar")
}

/// A one-word place next to a given name is a surname or a given name
/// (`Vladimir Makei`, `Дениса Мантурова`), not the city.
fn part_of_person_name(toks: &[Token], start: usize, end: usize) -> bool {
    if end != start + 1 || !toks[start].is_capitalized() {
        return false;
    }
    let given = |t: &Token| t.is_word && t.is_capitalized() && (persons::GIVEN_NAMES.contains(t.norm.as_ref() as &str) || (t.is_cyrillic() && persons::ru_given_nominative(t.text).is_some()));
    let next_cap = toks.get(end).is_some_and(|t| t.is_word && t.is_capitalized());
    (given(&toks[start]) && next_cap) || (start > 0 && given(&toks[start - 1]))
}

fn is_title_case(s: &Sentence) -> bool {
    // A headline capitalizes even its verbs and prepositions: no long lower-case word at all.
    let mut long_words = 0;
    for t in &s.tokens {
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
fn is_dateline(tokens: &[Token], start: usize, end: usize) -> bool {
    let lead = tokens[..start].iter().all(|t| t.norm.as_ref() == "date" || t.text.chars().all(|c| c.is_ascii_digit() || c == '-'));
    if !lead || start > 6 {
        return false;
    }
    let caps = tokens[start].is_all_caps() && tokens[start].text.chars().count() > 3;
    let next = tokens.get(end).map(|t| t.text.as_ref() as &str);
    caps || next == Some(":")
}

/// A credit line: "By Jane Roe", "Photos by Jane Roe", "Фото: Иван Петров", or a
/// name alone on its line (an author's signature). Its person wrote or
/// photographed the story and is no party to it.
fn is_byline(text: &str) -> bool {
    static CREDIT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?:^|\s)(?:By|BY|[Pp]hotos? by|[Pp]hoto(?: credit)?:|Фото:?|Автор:?|Текст:?)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}(?:\s*/\s*[\p{L} .-]+)?\s*$",
        )
        .expect("byline pattern")
    });
    // A name alone, or with the agency it shot for: "Александр Кряжев/РИА Новости".
    static NAME_ALONE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}(?:\s*/\s*[\p{L} .-]+)?$").expect("name line pattern")
    });
    let t = text.trim();
    CREDIT.is_match(t) || NAME_ALONE.is_match(t)
}

/// The country the document is mostly about: the most often named one.
fn main_country(sentences: &[Sentence]) -> Option<String> {
    let mut counts: Vec<(String, usize, usize)> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        for (_, code, _) in &s.countries {
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

/// Ministries, governments and cabinets, named as the contract wants:
/// `Ministry of Health of Kazakhstan`, `Government of Belarus`.
fn government_bodies(si: usize, s: &mut Sentence, lang: Lang, main: Option<&str>, table: &mut EntityTable) {
    let n = s.tokens.len();
    let mut i = 0;
    while i < n {
        if !s.free(i, i + 1) {
            i += 1;
            continue;
        }
        let norm = s.tokens[i].norm.clone();
        let mut found: Option<(usize, usize, String, Option<String>)> = None; // start, end, field/kind, country
        match lang {
            Lang::En => {
                if norm == "ministry" && s.tokens[i].is_capitalized() && i + 2 < n && s.tokens[i + 1].norm == "of" {
                    // "Ministry of Health [of Kazakhstan]"
                    {
                        let mut j = i + 2;
                        let mut field = Vec::new();
                        while j < n {
                            let t = &s.tokens[j];
                            if t.is_word && (t.is_capitalized() || (t.norm == "and" && !field.is_empty())) && country_at(s, j).is_none() {
                                field.push(t.text);
                                j += 1;
                            } else if t.text == "," && j + 1 < n && s.tokens[j + 1].is_capitalized() {
                                field.push(",");
                                j += 1;
                            } else {
                                break;
                            }
                        }
                        while field.last().is_some_and(|w| *w == "and" || *w == ",") {
                            field.pop();
                            j -= 1;
                        }
                        // "Ministry of Health and Social Protection of the Population (of Tajikistan)".
                        if j + 2 < n && s.tokens[j].norm == "of" && s.tokens[j + 1].norm == "the" && s.tokens[j + 2].norm == "population" {
                            field.extend(["of", "the", "Population"]);
                            j += 3;
                        }
                        if !field.is_empty() {
                            let field_text = field.join(" ").replace(" ,", ",");
                            let mut country = None;
                            let mut end = j;
                            if j + 1 < n && s.tokens[j].norm == "of" {
                                let k = if s.tokens[j + 1].norm == "the" { j + 2 } else { j + 1 };
                                if let Some(c) = (k..n.min(k + 3)).find_map(|x| country_at(s, x)) {
                                    country = Some(c);
                                    end = (k..n).find(|&x| country_at(s, x).is_some()).map(|x| x + 1).unwrap_or(j);
                                }
                            }
                            let country = country.or_else(|| preceding_country(s, i)).or(main.map(str::to_string));
                            found = Some((i, end, orgs::english_field(&field_text).map(str::to_string).unwrap_or(field_text), country));
                        }
                    }
                } else if norm == "ministry" && i > 0 {
                    // "[Belarusian] Health Ministry"
                    let mut j = i;
                    let mut field = Vec::new();
                    while j > 0 && s.tokens[j - 1].is_capitalized() && s.free(j - 1, j) && country_at(s, j - 1).is_none() && field.len() < 4 {
                        field.insert(0, s.tokens[j - 1].text);
                        j -= 1;
                    }
                    // Lower-case "health ministry" counts when a country owns it ("Turkmenistan's health ministry").
                    if field.is_empty() {
                        let mut k = i;
                        while k > 0 && s.tokens[k - 1].is_word && !s.tokens[k - 1].is_capitalized() && s.free(k - 1, k) && field.len() < 3 {
                            field.insert(0, s.tokens[k - 1].text);
                            k -= 1;
                        }
                        if k > 0 && s.tokens[k - 1].text == "The" && !field.is_empty() && orgs::english_field(&field.join(" ")).is_some() {
                            j = k;
                        } else if let Some(the) = field.iter().rposition(|w| w.eq_ignore_ascii_case("the")) {
                            // "the health ministry said": the ministry of the country the story is about.
                            field.drain(..=the);
                            j = k + the + 1;
                            if orgs::english_field(&field.join(" ")).is_none() {
                                field.clear();
                            }
                        } else if preceding_country(s, k).is_some() {
                            j = k;
                        } else {
                            field.clear();
                        }
                    }
                    if let Some(f) = orgs::english_field(&field.join(" ")) {
                        let country = preceding_country(s, j).or(main.map(str::to_string));
                        let start = if j > 0 && country_at(s, j - 1).is_some() { j - 1 } else { j };
                        found = Some((start, i + 1, f.to_string(), country));
                    }
                } else if (norm == "government" || norm == "cabinet") && s.tokens[i].is_word {
                    let cabinet = norm == "cabinet";
                    let after = if cabinet { i + 3 } else { i + 1 }; // "Cabinet of Ministers"
                    if cabinet && !(i + 2 < n && s.tokens[i + 1].norm == "of" && s.tokens[i + 2].norm == "ministers") {
                        i += 1;
                        continue;
                    }
                    let mut country = None;
                    let mut end = after;
                    if after + 1 < n && s.tokens[after].norm == "of" {
                        let k = if s.tokens[after + 1].norm == "the" { after + 2 } else { after + 1 };
                        if let Some(x) = (k..n.min(k + 3)).find(|&x| country_at(s, x).is_some()) {
                            country = country_at(s, x);
                            end = x + 1;
                        }
                    }
                    let mut start = if country.is_none() && i > 0 && country_at(s, i - 1).is_some() { i - 1 } else { i };
                    if country.is_none() {
                        country = if start < i { country_at(s, i - 1) } else { None };
                    }
                    // "the Russian federal government".
                    if country.is_none() && i > 1 && matches!(s.tokens[i - 1].norm.as_ref(), "federal" | "central" | "national" | "new") {
                        if let Some(c) = country_at(s, i - 2) {
                            country = Some(c);
                            start = i - 2;
                        }
                    }
                    // "the government" of a story about one country is that country's.
                    if country.is_none() && !cabinet && i > 0 && matches!(s.tokens[i - 1].norm.as_ref(), "the" | "its") && norm == "government" {
                        country = main.map(str::to_string);
                    }
                    if let Some(c) = country {
                        found = Some((start, end, if cabinet { "#Cabinet of Ministers".into() } else { "#Government".into() }, Some(c)));
                    }
                }
            }
            Lang::Ru => {
                if norm.starts_with("министерств") && norm != "министерств" {
                    let mut j = i + 1;
                    let mut field = None;
                    for (phrase, en) in orgs::RU_MINISTRY_FIELDS {
                        let words: Vec<&str> = phrase.split(' ').collect();
                        if j + words.len() <= n && words.iter().enumerate().all(|(k, w)| s.tokens[j + k].norm == *w) {
                            field = Some(en.to_string());
                            j += words.len();
                            break;
                        }
                    }
                    if let Some(f) = field {
                        if let Some((owner, country, end)) = following_region(s, j, table) {
                            found = Some((i, end, format!("@{f}@{owner}"), Some(country)));
                        } else {
                            let (country, end) = following_country(s, j).map(|(c, e)| (Some(c), e)).unwrap_or((None, j));
                            let country = country.or_else(|| preceding_country(s, i)).or(main.map(str::to_string));
                            found = Some((i, end, f, country));
                        }
                    }
                } else if let Some((_, en)) = orgs::RU_MINISTRY_ABBR.iter().find(|(abbr, _)| norm.starts_with(abbr) && norm.len() <= abbr.len() + 4) {
                    if let Some((owner, country, end)) = following_region(s, i + 1, table) {
                        found = Some((i, end, format!("@{en}@{owner}"), Some(country)));
                    } else {
                        let (country, end) = following_country(s, i + 1).map(|(c, e)| (Some(c), e)).unwrap_or((None, i + 1));
                        let country = country.or(main.map(str::to_string));
                        found = Some((i, end, en.to_string(), country));
                    }
                } else if norm == "мид" || norm == "мон" {
                    let (country, end) = following_country(s, i + 1).map(|(c, e)| (Some(c), e)).unwrap_or((None, i + 1));
                    let country = country.or(main.map(str::to_string));
                    let f = if norm == "мид" { "Foreign Affairs" } else { "Education and Science" };
                    found = Some((i, end, f.to_string(), country));
                } else if norm.starts_with("правительств") && norm != "правительств" {
                    if let Some((owner, country, end)) = following_region(s, i + 1, table) {
                        // "Правительство Архангельской области": a region's government.
                        found = Some((i, end, format!("#Government of {owner}"), Some(country)));
                    } else if let Some((c, end)) = following_country(s, i + 1) {
                        found = Some((i, end, "#Government".into(), Some(c)));
                    } else if let Some(c) = (i > 0).then(|| country_at(s, i - 1)).flatten() {
                        // "казахстанское правительство"
                        found = Some((i - 1, i + 1, "#Government".into(), Some(c)));
                    } else if s.tokens.get(i + 1).is_none_or(|t| !t.is_capitalized() || t.is_all_caps() && t.text.chars().count() <= 2) {
                        // "правительство одобрило": the government of the country the story is about
                        // (not "правительство Москвы" or "правительства Ленобласти").
                        if !s.tokens.get(i + 1).is_some_and(|t| t.is_capitalized()) {
                            found = main.map(|m| (i, i + 1, "#Government".to_string(), Some(m.to_string())));
                        }
                    }
                } else if norm.starts_with("кабинет") && i + 1 < n && s.tokens[i + 1].norm.starts_with("министр") {
                    if let Some((c, end)) = following_country(s, i + 2) {
                        found = Some((i, end, "#Cabinet of Ministers".into(), Some(c)));
                    }
                }
            }
        }
        if let Some((start, end, field, country)) = found {
            // "@Health@Bashkortostan": a regional ministry, named after its region.
            let regional = field.strip_prefix('@').and_then(|r| r.split_once('@')).map(|(f, owner)| format!("Ministry of {f} of {owner}"));
            let name = match (field.strip_prefix('#'), &country) {
                _ if regional.is_some() => regional.unwrap(),
                (Some(body), _) if body.starts_with("Government of ") => body.to_string(),
                (Some(body), Some(c)) => format!("{body} of {}", country_name(c)),
                (Some(body), None) => body.to_string(),
                (None, Some(c)) => format!("Ministry of {field} of {}", country_name(c)),
                (None, None) => format!("Ministry of {field}"),
            };
            let surface = s.surface(start, end).to_string();
            let id = table.upsert(org(name, country, Some(surface)));
            let (a, b) = s.span(start, end);
            table.mention(si, a, b, id);
            s.claim(start, end);
            i = end;
        } else {
            i += 1;
        }
    }
}

/// The token after a place mention that starts at `k` (places may span several tokens).
fn place_end(s: &Sentence, k: usize) -> usize {
    let mut end = k + 1;
    while end < s.tokens.len() && s.place_tokens[end] && country_at(s, end).is_none() && !s.places.iter().any(|p| p.0 == end) {
        end += 1;
    }
    end
}

/// The country of a place named at token `k`: a country itself, or the country a
/// capital, city or region lies in.
fn place_country(s: &Sentence, k: usize) -> Option<String> {
    country_at(s, k).or_else(|| s.places.iter().find(|p| p.0 == k).map(|p| p.1.clone()))
}

/// Embassies, named the way registries name them: `Embassy of Japan in Tajikistan`
/// (from "Embassy of Japan in Dushanbe", "the Japanese Embassy in Tajikistan",
/// "посольство Японии в Таджикистане", "японское посольство в Душанбе").
fn embassies(si: usize, s: &mut Sentence, lang: Lang, table: &mut EntityTable) {
    let n = s.tokens.len();
    let mut i = 0;
    while i < n {
        let norm = s.tokens[i].norm.as_ref();
        let is_embassy = match lang {
            Lang::En => norm == "embassy",
            Lang::Ru => norm.starts_with("посольств"),
        };
        if !is_embassy || !s.free(i, i + 1) {
            i += 1;
            continue;
        }
        // Whose embassy: "of (the Republic of) X" / genitive after, or an adjective before.
        let mut start = i;
        let mut end = i + 1;
        let mut home = None;
        let after = match lang {
            Lang::En if i + 1 < n && s.tokens[i + 1].norm == "of" => Some(i + 2),
            Lang::Ru => Some(i + 1),
            _ => None,
        };
        if let Some(j) = after {
            if let Some(k) = (j..n.min(j + 4)).find(|&k| country_at(s, k).is_some()) {
                let between_ok = (j..k).all(|x| matches!(s.tokens[x].norm.as_ref(), "the" | "republic" | "of" | "республики" | "республика"));
                if between_ok {
                    home = country_at(s, k);
                    end = place_end(s, k);
                }
            }
        }
        if home.is_none() && i > 0 {
            if let Some(c) = country_at(s, i - 1) {
                home = Some(c);
                start = i - 1;
            }
        }
        let Some(home) = home else {
            i += 1;
            continue;
        };
        // Where: "in Dushanbe", "в Китае".
        let mut host = None;
        if end + 1 < n && matches!(s.tokens[end].norm.as_ref(), "in" | "в" | "во") {
            let k = if matches!(s.tokens[end + 1].norm.as_ref(), "the" | "республике") { end + 2 } else { end + 1 };
            if k < n {
                if let Some(c) = place_country(s, k) {
                    host = Some(c);
                    end = place_end(s, k);
                }
            }
        }
        let name = match &host {
            Some(h) if *h != home => format!("Embassy of {} in {}", country_name(&home), country_name(h)),
            _ => format!("Embassy of {}", country_name(&home)),
        };
        let surface = s.surface(start, end).to_string();
        let (a, b) = s.span(start, end);
        table.retract_regions_within(a, b);
        let id = table.upsert(org(name, Some(home), Some(surface)));
        table.mention(si, a, b, id);
        s.claim(start, end);
        i = end;
    }
}

/// A country named right before token `i` ("Belarusian Health Ministry", "Kazakhstan's government").
fn preceding_country(s: &Sentence, i: usize) -> Option<String> {
    let mut k = i;
    while k > 0 {
        k -= 1;
        let t = &s.tokens[k];
        if let Some(c) = country_at(s, k) {
            return Some(c);
        }
        if t.norm == "'s" || t.norm == "s" || t.norm == "'" || t.norm == "(" || t.norm == ")" || t.norm == "the" {
            continue;
        }
        return None;
    }
    None
}

/// A region named right at token `j` (`Татарстана`, `Республики Башкортостан`, `Самаркандской
/// области`): its short English name (`Bashkortostan`), its country and the end token.
fn following_region(s: &Sentence, j: usize, table: &EntityTable) -> Option<(String, String, usize)> {
    let n = s.tokens.len();
    if j >= n {
        return None;
    }
    let k = if s.tokens[j].norm.starts_with("республик") && j + 1 < n && s.places.iter().any(|p| p.0 == j + 1) { j + 1 } else { j };
    let country = s.places.iter().find(|p| p.0 == k || p.0 == j).map(|p| p.1.clone())?;
    let at = s.offset + s.tokens[j].span.start;
    let m = table.mentions.iter().find(|m| m.start == at || m.start == s.offset + s.tokens[k].span.start)?;
    let e = &table.entities[m.entity];
    if e.kind != EntityKind::Region {
        return None;
    }
    let name = e.name.clone()?;
    let short = name.strip_prefix("Republic of ").unwrap_or(&name).to_string();
    let end = (k + 1..=n).find(|&x| x == n || !s.place_tokens[x]).unwrap_or(n);
    Some((short, country, end))
}

/// A country named right at token `j` (`РК`, `России`, `Республики Казахстан`): (code, end token).
fn following_country(s: &Sentence, j: usize) -> Option<(String, usize)> {
    let n = s.tokens.len();
    // "Республики Беларусь" may be one country mention, or "Республики" before one.
    if let Some(c) = country_at(s, j) {
        return Some((c, place_end(s, j)));
    }
    let k = if j < n && s.tokens[j].norm.starts_with("республик") { j + 1 } else { j };
    let c = country_at(s, k)?;
    Some((c, k + 1))
}

fn is_org_head(norm: &str) -> bool {
    orgs::EN_ORG_HEADS.contains(&norm)
}

fn is_connector(norm: &str) -> bool {
    matches!(norm, "of" | "for" | "and" | "the" | "&" | "on" | "de" | "ve")
}

/// Organizations by pattern: quoted names after a company noun, capitalized
/// phrases ending in a head word, and Latin-script names inside Russian text.
fn pattern_orgs(si: usize, s: &mut Sentence, lang: Lang, table: &mut EntityTable) {
    let n = s.tokens.len();
    if lang == Lang::En {
        bilateral_bodies_en(si, s, table);
        zones_en(si, s, table);
    }
    trade_houses(si, s, lang, table);
    // Quoted names after a company noun, in both languages: «m-3 Group», "Integral".
    let mut i = 0;
    while i + 2 < n {
        let q = s.tokens[i + 1].text;
        let opens = matches!(q, "«" | "\"" | "“" | "„");
        let noun = &s.tokens[i].norm;
        let after_noun = match lang {
            // "группа компаний «ФармЭко»": the group's name follows "компаний".
            Lang::Ru => orgs::RU_ORG_NOUNS.contains(&noun.as_ref()) || noun == "компаний" && i > 0 && s.tokens[i - 1].norm.starts_with("групп"),
            Lang::En => orgs::EN_ORG_NOUNS.iter().any(|w| w.eq_ignore_ascii_case(noun)),
        };
        if opens && after_noun {
            if let Some(close) = (i + 2..n.min(i + 10)).find(|&k| matches!(s.tokens[k].text, "»" | "\"" | "”" | "“")) {
                // A place's name in quotes after a company noun is the company's ("зона «Тараз»").
                let quoted_free = (i + 2..close).all(|k| s.free(k, k + 1) || s.place_tokens[k] && country_at(s, k).is_none());
                if close > i + 2 && quoted_free {
                    let (qa, qb) = s.span(i + 2, close);
                    table.retract_regions_within(qa, qb);
                    let raw = s.surface(i + 2, close).to_string();
                    if raw.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c.is_alphabetic()) {
                        let name = if raw.chars().any(crate::text::is_cyrillic) { crate::ru_orgs::company_name(&raw) } else { raw.clone() };
                        // "специальной экономической зоне «Алатау»" is the Alatau Special Economic Zone.
                        let name = match zone_kind(s, i) {
                            Some(kind) => format!("{name} {kind}"),
                            None => name,
                        };
                        let id = table.upsert(org(name, None, Some(raw)));
                        let (a, b) = s.span(i + 1, close + 1);
                        table.mention(si, a, b, id);
                        s.claim(i + 1, close + 1);
                        i = close + 1;
                        continue;
                    }
                }
            }
        }
        i += 1;
    }
    if lang == Lang::En {
        quoted_orgs_en(si, s, table);
        introduced_orgs_en(si, s, table);
        named_before_noun_en(si, s, table);
        appositive_orgs_en(si, s, table);
    } else {
        descriptive_orgs_ru(si, s, table);
        introduced_orgs_ru(si, s, table);
    }
    // A name right after a nationality is a company ("Swiss Sylex", "Turkish Gen Ilac"):
    // not a title, not a person, not a place.
    if lang == Lang::En {
        // "China's Sinopharm" reads like "Chinese Sinopharm".
        let possessive = |k: usize| s.tokens.get(k + 1).is_some_and(|x| x.norm == "'s");
        let adjectives: Vec<(usize, usize)> = s.countries.iter().filter(|c| !c.2 || possessive(c.0)).map(|c| (c.0, if possessive(c.0) { c.0 + 2 } else { c.0 + 1 })).collect();
        for (t, start) in adjectives {
            let mut end = start;
            while end < n && end - start < 3 {
                let tok = &s.tokens[end];
                let plain = tok.is_word && tok.is_capitalized() && !tok.is_cyrillic() && s.free(end, end + 1)
                    && !persons::is_en_role_word(&tok.norm) && !persons::en_not_name(&tok.norm) && !is_org_head(&tok.norm);
                if !plain {
                    break;
                }
                end += 1;
            }
            let given = (start..end).any(|k| persons::GIVEN_NAMES.contains(s.tokens[k].norm.as_ref() as &str));
            // "Saudi Food and Drug Authority": a name going on past "and" is not "Food".
            let continues = s.tokens.get(end).is_some_and(|x| x.is_word && x.is_capitalized())
                || s.tokens.get(end).is_some_and(|x| matches!(x.norm.as_ref(), "and" | "&")) && s.tokens.get(end + 1).is_some_and(|x| x.is_word && x.is_capitalized() && !x.is_cyrillic() && country_at(s, end + 1).is_none());
            // After a possessive ("Serbia's Novak Djokovic", "Kazakhstan's Tokayev", "Delhi's Saket")
            // persons and places are as common as companies: a company must show it, by a head word
            // or by what follows ("China's Sinopharm vaccine").
            let shows_company = end > start && (is_org_head(&s.tokens[end - 1].norm)
                || s.tokens.get(end).is_some_and(|x| matches!(x.norm.as_ref(), "vaccine" | "vaccines" | "drug" | "drugs" | "medicines" | "plant" | "factory" | "company" | "group" | "shares" | "subsidiary")));
            let possessive_ok = start == t + 1 || shows_company;
            if end > start && !given && !continues && possessive_ok {
                let raw = s.surface(start, end).to_string();
                let (a, b) = s.span(start, end);
                let id = table.upsert(org(raw, s.countries.iter().find(|c| c.0 == t).map(|c| c.1.clone()), None));
                table.mention(si, a, b, id);
                s.claim(start, end);
            }
        }
    }
    // Capitalized Latin runs.
    let open = |s: &Sentence, k: usize| s.free(k, k + 1) || (s.place_tokens[k] && !s.tokens[k].is_cyrillic());
    let mut i = 0;
    while i < n {
        let t = &s.tokens[i];
        if !(t.is_word && t.is_capitalized() && !t.is_cyrillic() && open(s, i)) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < n {
            let tj = &s.tokens[j];
            // "Agency for the Development of ...": a connector may be followed by "the" before the next name word.
            // Not across a date or a person ("Center on July 22", "Security and Alex Azar", "X and The Y Group").
            let calendar = |w: &str| matches!(w, "january" | "february" | "march" | "april" | "may" | "june" | "july" | "august" | "september" | "october" | "november" | "december" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday");
            let next_ok = |k: usize| k < n && s.tokens[k].is_capitalized() && !calendar(&s.tokens[k].norm)
                && !(tj.norm == "and" && (s.tokens[k].norm == "the" || persons::GIVEN_NAMES.contains(s.tokens[k].norm.as_ref() as &str)));
            let connects = is_connector(&tj.norm) && j + 1 < n && (next_ok(j + 1) || (s.tokens[j + 1].norm == "the" && matches!(tj.norm.as_ref(), "of" | "for" | "on") && next_ok(j + 2)));
            if tj.is_word && !tj.is_cyrillic() && open(s, j) && (tj.is_capitalized() || tj.text.chars().next().is_some_and(|c| c.is_ascii_digit()) || connects) {
                j += 1;
            } else if tj.text == "." && j + 1 < n && matches!(s.tokens[j + 1].norm.as_ref(), "ltd" | "inc" | "co") {
                j += 1;
            } else {
                break;
            }
        }
        while j > i + 1 && is_connector(&s.tokens[j - 1].norm) {
            j -= 1;
        }
        let mut start = i;
        while start < j && (matches!(s.tokens[start].norm.as_ref(), "the" | "a" | "an") || persons::is_en_role_word(&s.tokens[start].norm) && start + 1 < j && !is_org_head(&s.tokens[j - 1].norm)) {
            start += 1;
        }
        // "Officials of the X Center" opening a sentence: the people are not part of the name.
        if start + 2 < j && s.tokens[start + 1].norm == "of" && matches!(s.tokens[start].norm.as_ref(),
            "officials" | "representatives" | "members" | "employees" | "delegates" | "experts" | "students" | "participants"
            | "staff" | "heads" | "leaders" | "specialists" | "workers" | "scientists" | "doctors" | "graduates" | "delegation"
            | "delegations" | "management" | "guests" | "residents" | "citizens" | "partners" | "shareholders") {
            start += 2;
            while start < j && s.tokens[start].norm == "the" {
                start += 1;
            }
        }
        // "Head of the Department of ...", "USA-based GE Healthcare": what is left of a title, or
        // where the company is from, is not part of the name.
        while start + 1 < j && (is_connector(&s.tokens[start].norm) || s.tokens[start].norm.ends_with("-based")) {
            start += 1;
        }
        // A run ending in "of <place>" is weighed without it; the "of Country" rule below adds it back.
        while j > start + 1 && (s.place_tokens[j - 1] || is_connector(&s.tokens[j - 1].norm)) && !s.free(j - 1, j) || (j > start + 1 && is_connector(&s.tokens[j - 1].norm)) {
            j -= 1;
        }
        // "CEO of New Media Investment Group", "Philippe Jay of the Institute for ...": a person or a
        // title before "of" is not part of the organization after it.
        if let Some(of) = (start + 1..j.saturating_sub(1)).find(|&k| s.tokens[k].norm == "of") {
            let before = start..of;
            let head_before = before.clone().any(|k| is_org_head(&s.tokens[k].norm));
            let person_before = before.clone().any(|k| persons::is_en_role_word(&s.tokens[k].norm) || persons::GIVEN_NAMES.contains(s.tokens[k].norm.as_ref() as &str));
            if !head_before && person_before {
                start = of + 1;
                while start < j && s.tokens[start].norm == "the" {
                    start += 1;
                }
            }
        }
        // "MVIRDC World Trade Center and All India Association of Industries": two names joined by
        // "and" when the left one is already complete (ends in a head word) and the right one ends in its own.
        if let Some(a) = (start + 2..j.saturating_sub(2)).find(|&a| matches!(s.tokens[a].norm.as_ref(), "and" | "&") && is_org_head(&s.tokens[a - 1].norm) && (a + 2..=j).any(|e| is_org_head(&s.tokens[e - 1].norm))) {
            j = a;
        }
        // Trimming may have left nothing ("head of the").
        if start >= j {
            i = j.max(i + 1);
            continue;
        }
        // Through places only when the run ends as an organization: a run that is just
        // places and generic words ("Kazakhstan and China", "Chinese Company") is none.
        // "Federation of Saudi Chambers", "Bangladesh Association of Pharmaceutical Industries":
        // generic words alone, but whose body it is the country says.
        let heads_of_nation = (start..j).filter(|&k| is_org_head(&s.tokens[k].norm)).count() >= 2
            && (start..j).any(|k| country_at(s, k).is_some())
            && (start + 1..j).any(|k| s.tokens[k].norm == "of" && is_org_head(&s.tokens[k - 1].norm));
        let names_something = heads_of_nation || (start..j).any(|k| country_at(s, k).is_none() && !is_org_head(&s.tokens[k].norm) && !is_connector(&s.tokens[k].norm) && !persons::is_en_role_word(&s.tokens[k].norm));
        let through_place = (start..j).any(|k| !s.free(k, k + 1));
        // "Academy of Sciences", "Chamber of Commerce and Industry": the head word may come
        // before an "of" phrase that completes the name.
        let head_then_of = (start..j.saturating_sub(2)).any(|k| is_org_head(&s.tokens[k].norm) && matches!(s.tokens[k + 1].norm.as_ref(), "of" | "for" | "on"));
        let ends_as_org = is_org_head(&s.tokens[j - 1].norm) || head_then_of;
        if through_place && (!ends_as_org || !names_something) {
            // Fall back to the free part after the last place, if any.
            let after = (start..j).rev().find(|&k| !s.free(k, k + 1)).map(|k| k + 1).unwrap_or(j);
            if after >= j || after == i {
                i = j.max(i + 1);
                continue;
            }
            i = after;
            continue;
        }
        // "The Minister of Healthcare of the Republic of ...": a title's field, not a body.
        let title_field = lang == Lang::En && start >= 2 && s.tokens[start - 1].norm == "of" && persons::is_en_role_word(&s.tokens[start - 2].norm)
            && orgs::english_field(&s.tokens[start].norm).is_some();
        if title_field {
            i = j.max(i + 1);
            continue;
        }
        let len = j - start;
        let last = s.tokens[j - 1].norm.clone();
        let of_country = j + 1 < n && s.tokens[j].norm == "of" && {
            let k = if s.tokens[j + 1].norm == "the" { j + 2 } else { j + 1 };
            k < n && country_at(s, k).is_some() && s.tokens[k].is_capitalized()
        };
        let is_org = match lang {
            Lang::En => (len >= 2 && (is_org_head(&last) || head_then_of) && !(len == 2 && persons::en_not_name(&s.tokens[start].norm)) && !all_generic(s, start, j))
                || (of_country && is_org_head(&last) && !matches!(last.as_ref(), "union" | "federation" | "republic")),
            // Latin names inside Russian text are nearly always companies or products.
            Lang::Ru => !is_product_name(s, start, j) && !(len == 1 && s.tokens[start].text.chars().count() < 3),
        };
        let mut j = j;
        // "Joint Commission on Economic Cooperation between the Islamic Republic of Iran and the
        // Republic of Belarus" is the Iran-Belarus Joint Commission on Economic Cooperation; so is
        // "Joint Intergovernmental Commission of Uzbekistan and Egypt" named by its pair.
        let mut pair_name = None;
        if is_org && lang == Lang::En && s.tokens.get(j).is_some_and(|t| matches!(t.norm.as_ref(), "between" | "of")) && country_at(s, start).is_none()
            && (start..j).any(|k| matches!(s.tokens[k].norm.as_ref(), "commission" | "committee" | "council")) {
            let country_phrase = |k: usize| -> Option<(String, usize)> {
                let x = (k..n.min(k + 5)).take_while(|&x| s.tokens[x].is_capitalized() || matches!(s.tokens[x].norm.as_ref(), "the" | "of")).find(|&x| country_at(s, x).is_some())?;
                Some((country_at(s, x)?, place_end(s, x)))
            };
            if let Some((a, e)) = country_phrase(j + 1) {
                if s.tokens.get(e).is_some_and(|t| t.norm == "and") {
                    if let Some((b, e2)) = country_phrase(e + 1) {
                        if a != b {
                            pair_name = Some(format!("{}-{} {}", country_name(&a), country_name(&b), s.surface(start, j)));
                            j = e2;
                        }
                    }
                }
            }
        }
        // "National Academy of Sciences of Tajikistan", "Embassy of Uzbekistan": the country belongs to the name.
        if is_org && pair_name.is_none() && j + 1 < n && s.tokens[j].norm == "of" {
            let k = if s.tokens[j + 1].norm == "the" { j + 2 } else { j + 1 };
            if k < n && country_at(s, k).is_some() && s.tokens[k].is_capitalized() {
                j = k + 1;
            }
        }
        if is_org && start < j {
            let raw = s.surface(start, j).to_string();
            let (a, b) = s.span(start, j);
            // Cities and regions inside the name were the name's, not places of the story.
            table.retract_regions_within(a, b);
            let id = match pair_name {
                Some(name) => table.upsert(org(name, None, Some(raw.clone()))),
                None => table.upsert(org(raw.clone(), None, None)),
            };
            table.mention(si, a, b, id);
            s.claim(start, j);
        }
        i = j.max(i + 1);
    }
    listed_orgs(si, s, table);
}

/// Title case for a body's formal name ("economic cooperation" → "Economic Cooperation"),
/// leaving the small words small.
fn title_word(w: &str) -> String {
    if matches!(w, "and" | "on" | "for" | "of" | "in") {
        return w.to_string();
    }
    let mut cs = w.chars();
    cs.next().map(|f| f.to_uppercase().chain(cs).collect()).unwrap_or_default()
}

/// Bodies two countries keep together, named by the pair even when written in lower case:
/// "the intergovernmental Belarusian-Serbian commission on trade and economic cooperation" →
/// Belarusian-Serbian Intergovernmental Commission on Trade and Economic Cooperation,
/// "the Kyrgyz-Indian working group on textile cooperation". The pair of nationalities is what
/// makes a generic noun a name; without it ("the commission", "a working group") nothing is named.
fn bilateral_bodies_en(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    let n = s.tokens.len();
    // The pair: one hyphenated token ("Belarusian-Serbian"), or two countries around a spaced
    // dash ("Kazakhstan – Bangladesh"); with the token after it.
    let pair_at = |s: &Sentence, k: usize| -> Option<(String, usize)> {
        if s.countries.iter().filter(|c| c.0 == k).count() >= 2 {
            return Some((s.tokens[k].text.to_string(), k + 1));
        }
        let dash = s.tokens.get(k + 1).is_some_and(|t| matches!(t.norm.as_ref(), "-" | "–" | "—"));
        let single = |x: usize| x < n && s.tokens[x].is_capitalized() && s.countries.iter().filter(|c| c.0 == x).count() == 1;
        (dash && single(k) && single(k + 2)).then(|| (format!("{}-{}", s.tokens[k].text, s.tokens[k + 2].text), k + 3))
    };
    let mut c = 0;
    while c < n {
        let Some((pair, pair_end)) = pair_at(s, c) else {
            c += 1;
            continue;
        };
        // "intergovernmental", "joint" before the pair belong after it in the name.
        let mut start = c;
        let mut pre: Vec<String> = Vec::new();
        while start > 0 && pre.len() < 2 && matches!(s.tokens[start - 1].norm.as_ref(), "intergovernmental" | "inter-governmental" | "joint") && s.free(start - 1, start) {
            start -= 1;
            pre.insert(0, s.tokens[start].norm.to_string());
        }
        // The words between the pair and the head noun: a few plain words, a list with "and".
        let mut k = pair_end;
        let mut head: Option<(usize, &'static str)> = None;
        while k < n && k <= pair_end + 6 {
            let t = &s.tokens[k];
            if !s.free(k, k + 1) {
                break;
            }
            let w = t.norm.as_ref();
            if w == "working" && s.tokens.get(k + 1).is_some_and(|x| x.norm == "group") {
                head = Some((k + 2, "working group"));
                break;
            }
            if let Some(h) = ["commission", "committee", "council", "subcommission", "sub-commission"].iter().find(|h| **h == w) {
                head = Some((k + 1, h));
                break;
            }
            let plain = t.is_word && t.text.chars().all(|ch| ch.is_alphabetic() || ch == '-')
                && !w.ends_with("ed")
                && !matches!(w, "the" | "a" | "an" | "of" | "in" | "on" | "for" | "to" | "with" | "at" | "by" | "from" | "is" | "was" | "are" | "were" | "has" | "have" | "will" | "which" | "that" | "this" | "its" | "their" | "as" | "between");
            let list = t.text == "," && (k + 1..n.min(pair_end + 7)).any(|x| s.tokens[x].norm == "and");
            if !(plain || list) {
                break;
            }
            k += 1;
        }
        let Some((mut end, head_word)) = head else {
            c += 1;
            continue;
        };
        let middle: Vec<&str> = s.tokens[pair_end..end - if head_word == "working group" { 2 } else { 1 }].iter().map(|t| t.text).collect();
        // What the body is for: "on trade and economic cooperation" — taken only when it ends as
        // such a field does, so a sentence going on ("commission on Tuesday") is not swallowed.
        let mut compl: Vec<&str> = Vec::new();
        if end + 1 < n && matches!(s.tokens[end].norm.as_ref(), "on" | "for") {
            let mut x = end + 1;
            let mut words = Vec::new();
            while x < n && x <= end + 8 && (s.tokens[x].is_word && !s.tokens[x].is_cyrillic() || s.tokens[x].text == ",") && s.free(x, x + 1) {
                words.push(s.tokens[x].text);
                x += 1;
                if s.tokens[x - 1].norm == "cooperation" {
                    compl = words.clone();
                    compl.insert(0, s.tokens[end].text);
                    end = x;
                    break;
                }
            }
        }
        let formal = head_word != "working group";
        let mut words: Vec<String> = pre.iter().map(|w| w.to_string()).collect();
        words.extend(middle.iter().map(|w| w.to_string()));
        words.push(head_word.to_string());
        // A commission is known by its pair alone, the field is often left out when it is named
        // again; a working group is known by its field.
        if !formal {
            words.extend(compl.iter().map(|w| w.to_string()));
        }
        let mut name = pair;
        for w in words {
            if w != "," {
                name.push(' ');
            }
            name.push_str(&if formal { title_word(&w) } else { w });
        }
        let raw = s.surface(start, end).to_string();
        let (a, b) = s.span(start, end);
        let id = table.upsert(org(name, None, Some(raw)));
        table.mention(si, a, b, id);
        s.claim(start, end);
        c = end;
    }
}

/// Economic zones named by their place, in any case: "the Nukus free economic zone" and "the
/// Jizzakh Free Economic Zone" → Nukus Free Economic Zone; "the Kokand-Pharm FEZ" → Kokand-Pharm
/// Free Economic Zone. The place word belongs to the zone's name, not to the story's places.
fn zones_en(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    let n = s.tokens.len();
    let mut k = 0;
    while k < n {
        let w = s.tokens[k].norm.as_ref();
        let (kind, kind_end) = if matches!(w, "free" | "special") && s.tokens.get(k + 1).is_some_and(|t| t.norm == "economic") && s.tokens.get(k + 2).is_some_and(|t| t.norm == "zone") {
            (if w == "free" { "Free Economic Zone" } else { "Special Economic Zone" }, k + 3)
        } else if s.tokens[k].text == "FEZ" || s.tokens[k].text == "SEZ" {
            (if w == "fez" { "Free Economic Zone" } else { "Special Economic Zone" }, k + 1)
        } else {
            k += 1;
            continue;
        };
        if !s.free(k, kind_end) {
            k = kind_end;
            continue;
        }
        // The name: one to three capitalized words right before, places allowed but not countries
        // ("the Uzbek free economic zones" name no one zone).
        let mut start = k;
        while start > 0 && k - start < 3 {
            let t = &s.tokens[start - 1];
            let ok = t.is_word && !t.is_cyrillic() && t.is_capitalized() && country_at(s, start - 1).is_none()
                && (s.free(start - 1, start) || s.place_tokens[start - 1])
                && !matches!(t.norm.as_ref(), "the" | "a" | "an") && !persons::is_en_role_word(&t.norm);
            if !ok {
                break;
            }
            start -= 1;
        }
        if start == k || start == 0 && k - start == 1 && s.tokens[start].norm == "the" {
            k = kind_end;
            continue;
        }
        let raw = s.surface(start, kind_end).to_string();
        let name = format!("{} {kind}", s.surface(start, k));
        let (a, b) = s.span(start, kind_end);
        table.retract_regions_within(a, b);
        let id = table.upsert(org(name, None, Some(raw)));
        table.mention(si, a, b, id);
        s.claim(start, kind_end);
        k = kind_end;
    }
}

/// A country's trade center or trading house abroad, named like an embassy: "Iran's trade center
/// in Yerevan" → Trade Center of Iran in Yerevan, "торгового дома Узбекистана" → Trade House of
/// Uzbekistan. Without the country the words name nothing.
fn trade_houses(si: usize, s: &mut Sentence, lang: Lang, table: &mut EntityTable) {
    let n = s.tokens.len();
    let mut k = 0;
    while k + 1 < n {
        let (a, b) = (s.tokens[k].norm.as_ref(), s.tokens[k + 1].norm.as_ref());
        let kind = match lang {
            Lang::En if matches!(a, "trade" | "trading") && matches!(b, "center" | "centre" | "house") => Some(if b == "house" { "Trade House" } else { "Trade Center" }),
            Lang::Ru if a.starts_with("торгов") && !a.contains('-') && matches!(b, "дом" | "дома" | "доме" | "домом" | "дому") => Some("Trade House"),
            _ => None,
        };
        let Some(kind) = kind else {
            k += 1;
            continue;
        };
        if !s.free(k, k + 2) {
            k += 2;
            continue;
        }
        let mut start = k;
        let mut end = k + 2;
        // Whose: a nationality or possessive before, or a country after ("of Iran", "Узбекистана").
        let before = match lang {
            Lang::En => preceding_country(s, k),
            // "Узбекский торговый дом"; not "в Минске торгового дома", where a capital stands for its country.
            Lang::Ru => s.countries.iter().find(|c| k > 0 && c.0 == k - 1 && !c.2 && crate::ru_orgs::is_adjective(&s.tokens[k - 1].norm)).map(|c| c.1.clone()),
        };
        let country = if let Some(c) = before {
            start = (0..k).rev().find(|&x| country_at(s, x).is_some()).unwrap_or(k);
            Some(c)
        } else {
            let at = if lang == Lang::En && s.tokens.get(end).is_some_and(|t| t.norm == "of") { end + 1 } else { end };
            let at = if s.tokens.get(at).is_some_and(|t| t.norm == "the") { at + 1 } else { at };
            following_country(s, at).map(|(c, e)| {
                end = e;
                c
            })
        };
        let Some(country) = country else {
            k += 2;
            continue;
        };
        // Where: "in Yerevan", "в Минске".
        let mut name = format!("{kind} of {}", country_name(&country));
        if end + 1 < n && matches!(s.tokens[end].norm.as_ref(), "in" | "в" | "во") {
            let at = s.offset + s.tokens[end + 1].span.start;
            let capital = PLACES.find(&s.tokens[end + 1..]).into_iter().find(|h| h.start == 0).and_then(|h| match h.value {
                Place::Capital { city, .. } => Some((city.to_string(), end + 1 + h.end)),
                _ => None,
            });
            let city = capital.or_else(|| {
                let m = table.mentions.iter().find(|m| m.start == at && table.entities[m.entity].kind == EntityKind::Region)?;
                Some((table.entities[m.entity].name.clone()?, place_end(s, end + 1)))
            });
            if let Some((city, e)) = city {
                name.push_str(" in ");
                name.push_str(&city);
                end = e;
            }
        }
        let raw = s.surface(start, end).to_string();
        let (x, y) = s.span(start, end);
        let id = table.upsert(org(name, Some(country), Some(raw)));
        table.mention(si, x, y, id);
        s.claim(k, k + 2);
        k = end;
    }
}

/// "Sotex, Nanolek, Valenta Farm, Dalhimfarm and others": an unknown name listed among at
/// least two known organizations is one too.
fn listed_orgs(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    let n = s.tokens.len();
    let org_end_at: Vec<(usize, usize)> = table
        .mentions_in(si)
        .filter(|m| table.entities[m.entity].kind == EntityKind::Org)
        .filter_map(|m| {
            let a = s.tokens.iter().position(|t| s.offset + t.span.start == m.start)?;
            let b = s.tokens.iter().rposition(|t| s.offset + t.span.end == m.end)? + 1;
            Some((a, b))
        })
        .collect();
    if org_end_at.len() < 2 {
        return;
    }
    // Walk the list items left to right.
    let mut k = 0;
    while k < n {
        let mut items: Vec<(usize, usize, bool)> = Vec::new(); // start, end, known
        let mut p = k;
        loop {
            if let Some(&(a, b)) = org_end_at.iter().find(|(a, _)| *a == p) {
                items.push((a, b, true));
                p = b;
            } else {
                let e = name_run_en(s, p);
                if e == p || e - p > 3 || persons::GIVEN_NAMES.contains(s.tokens[p].norm.as_ref() as &str) {
                    break;
                }
                items.push((p, e, false));
                p = e;
            }
            match s.tokens.get(p).map(|t| t.norm.as_ref()) {
                Some(",") | Some("and") | Some("и") => p += 1,
                _ => break,
            }
            if s.tokens.get(p).is_some_and(|t| t.norm == "and" || t.norm == "и") {
                p += 1;
            }
        }
        let known = items.iter().filter(|x| x.2).count();
        if known >= 2 && items.len() > known {
            for &(a, b, kn) in &items {
                if !kn && s.free(a, b) && !is_product_name(s, a, b) {
                    let raw = s.surface(a, b).to_string();
                    let (x, y) = s.span(a, b);
                    let id = table.upsert(org(raw, None, None));
                    table.mention(si, x, y, id);
                    s.claim(a, b);
                }
            }
        }
        k = if items.is_empty() { k + 1 } else { p.max(k + 1) };
    }
}

/// A capitalized run of up to four words from token `start` that can be a company's name:
/// Latin, unclaimed, neither a title nor a stop word. Returns its end.
fn name_run_en(s: &Sentence, start: usize) -> usize {
    let n = s.tokens.len();
    let mut end = start;
    while end < n && end - start < 4 {
        let t = &s.tokens[end];
        let word = t.is_word && !t.is_cyrillic() && s.free(end, end + 1) && !persons::en_not_name(&t.norm) && !persons::is_en_role_word(&t.norm);
        let starts_upper = t.text.chars().next().is_some_and(|c| c.is_uppercase() || (c.is_ascii_digit() && end > start));
        // "Dr. Reddy's", "m3Group": a lower-case first letter with capitals inside still names something.
        let camel = end == start && t.text.chars().skip(1).any(char::is_uppercase);
        if word && (starts_upper || camel) {
            end += 1;
        } else if (t.text == "&" || t.text == "-") && end > start && s.tokens.get(end + 1).is_some_and(|x| x.is_capitalized()) {
            end += 1;
        } else {
            break;
        }
    }
    end
}

/// "the Biokhimik plant", "the Nobel company": a name between "the" and a lower-case company noun.
fn named_before_noun_en(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    const NOUNS: &[&str] = &["company", "plant", "factory", "holding", "concern", "corporation", "enterprise", "group", "firm", "laboratory", "laboratories"];
    let n = s.tokens.len();
    for k in 2..n {
        let t = &s.tokens[k];
        if !(t.is_word && !t.is_capitalized() && NOUNS.contains(&t.norm.as_ref())) {
            continue;
        }
        let mut start = k;
        while start > 0 && k - start < 3 {
            let p = &s.tokens[start - 1];
            let ok = p.is_word && p.is_capitalized() && !p.is_cyrillic() && s.free(start - 1, start) && !persons::en_not_name(&p.norm) && !persons::is_en_role_word(&p.norm) && !is_org_head(&p.norm);
            if !ok {
                break;
            }
            start -= 1;
        }
        if start == k || start == 0 || s.tokens[start - 1].norm != "the" {
            continue;
        }
        // "the Dushanbe-based Smart City company": where it is based is not its name.
        while start < k && s.tokens[start].norm.ends_with("-based") {
            start += 1;
        }
        if start == k || is_product_name(s, start, k) {
            continue;
        }
        if persons::GIVEN_NAMES.contains(s.tokens[start].norm.as_ref() as &str) && k - start >= 2 {
            continue;
        }
        let raw = s.surface(start, k).to_string();
        let (a, b) = s.span(start, k);
        let id = table.upsert(org(raw, None, None));
        table.mention(si, a, b, id);
        s.claim(start, k);
    }
}

/// Quoted names that a nationality or a company noun vouches for: "Swiss “Sylex” and
/// “Clinerion” companies", "the “Pharmtech” plant".
fn quoted_orgs_en(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    let n = s.tokens.len();
    let is_open = |t: &str| matches!(t, "\"" | "“" | "«");
    let is_close = |t: &str| matches!(t, "\"" | "”" | "»");
    // Quoted spans: (open, close).
    let mut spans = Vec::new();
    let mut k = 0;
    while k < n {
        if is_open(s.tokens[k].text) {
            if let Some(c) = (k + 2..n.min(k + 7)).find(|&c| is_close(s.tokens[c].text)) {
                spans.push((k, c));
                k = c + 1;
                continue;
            }
        }
        k += 1;
    }
    const NOUNS: &[&str] = &["company", "companies", "group", "plant", "plants", "holding", "firm", "firms", "enterprise", "enterprises", "llc", "jsc", "factory", "concern", "corporation", "brand"];
    let mut accepted_prev: Option<usize> = None;
    let mut prev_country: Option<String> = None;
    for (idx, &(o, c)) in spans.iter().enumerate() {
        let name_ok = s.tokens[o + 1].is_capitalized() && !s.tokens[o + 1].is_cyrillic() && s.free(o + 1, c) && (o + 1..c).all(|x| s.tokens[x].is_word || matches!(s.tokens[x].text, "-" | "&" | "."));
        if !name_ok {
            continue;
        }
        let nationality = o > 0 && s.countries.iter().any(|x| x.0 == o - 1 && !x.2);
        // The noun may follow this name or the last of a coordinated list of quoted names.
        let mut last = idx;
        while last + 1 < spans.len() && spans[last + 1].0 == spans[last].1 + 2 && matches!(s.tokens[spans[last].1 + 1].norm.as_ref(), "and" | ",") {
            last += 1;
        }
        let noun_after = s.tokens.get(spans[last].1 + 1).is_some_and(|t| NOUNS.contains(&t.norm.as_ref()));
        let listed = o >= 1 && accepted_prev.is_some_and(|p| p + 2 == o) && matches!(s.tokens[o - 1].norm.as_ref(), "and" | ",");
        if !(nationality || noun_after || listed) || is_product_name(s, o + 1, c) {
            continue;
        }
        let raw = s.surface(o + 1, c).to_string();
        let country = if nationality { country_at(s, o - 1) } else if listed { prev_country.clone() } else { None };
        let (a, b) = s.span(o, c + 1);
        let id = table.upsert(org(raw, country.clone(), None));
        table.mention(si, a, b, id);
        s.claim(o, c + 1);
        accepted_prev = Some(c);
        prev_country = country;
    }
}

/// Companies introduced by what they are ("the company Lekhim", "drugmaker Biocad",
/// "Indian manufacturer Hetero Labs"): the noun vouches for the name that follows, even a
/// single unknown word, which the head-word rule cannot see.
fn introduced_orgs_en(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    const NOUNS: &[&str] = &[
        "company", "companies", "firm", "firms", "manufacturer", "manufacturers", "producer", "producers", "drugmaker",
        "drugmakers", "startup", "start-up", "distributor", "developer", "maker", "holding", "concern",
        "corporation", "supplier", "vaccine-maker", "automaker", "carmaker", "giant", "conglomerate", "venture",
    ];
    // Legal forms written before the name, as CIS registries do ("OJSC Kyrgyzindustriya", "LLC Promservice").
    const FORMS: &[&str] = &["JSC", "OJSC", "CJSC", "PJSC", "LLC", "LLP", "SJSC", "JV"];
    let n = s.tokens.len();
    let mut i = 0;
    while i + 1 < n {
        let t = &s.tokens[i];
        // "Tatneft PJSC Nail Maganov": a form after a name ends that name; what follows is not the company.
        let form_first = FORMS.contains(&t.text) && s.free(i, i + 1) && !(i > 0 && s.tokens[i - 1].is_word && s.tokens[i - 1].is_capitalized());
        if !(t.is_word && (!t.is_capitalized() && NOUNS.contains(&t.norm.as_ref()) || form_first)) {
            i += 1;
            continue;
        }
        let mut k = i + 1;
        loop {
            let start = k;
            let end = name_run_en(s, start);
            if end == start {
                break;
            }
            let first = &s.tokens[start].norm;
            let person_like = end - start >= 2 && persons::GIVEN_NAMES.contains(first.as_ref() as &str) && !is_org_head(&s.tokens[end - 1].norm);
            // Generic abbreviations ("a company JV", "the firm LLC") name no one.
            let generic = end == start + 1 && matches!(first.as_ref(), "jv" | "llc" | "jsc" | "ltd" | "sez" | "fez" | "gmp" | "ceo" | "ppp" | "mou" | "ipo");
            let product = generic || is_product_name(s, start, end)
                || s.tokens.get(end).is_some_and(|x| matches!(x.norm.as_ref(), "vaccine" | "vaccines" | "doses" | "tablets" | "drug" | "drugs"));
            if person_like || product {
                break;
            }
            let raw = s.surface(start, end).to_string();
            let country = s.countries.iter().filter(|c| c.0 < i && i - c.0 <= 3 && !c.2).map(|c| c.1.clone()).last();
            let (a, b) = s.span(start, end);
            let id = table.upsert(org(raw, country, None));
            table.mention(si, a, b, id);
            s.claim(start, end);
            // "companies Biocad and Generium": a plural noun introduces a list.
            let plural = s.tokens[i].norm.ends_with('s');
            let sep = s.tokens.get(end).map(|x| x.norm.as_ref()).unwrap_or("");
            if plural && matches!(sep, "and" | ",") {
                k = end + 1;
                continue;
            }
            k = end;
            break;
        }
        i = k.max(i + 1);
    }
}

static COUNTRY_NAMES_SET: std::sync::LazyLock<HashSet<String>> =
    std::sync::LazyLock::new(|| crate::geo::COUNTRY_NAMES.keys().map(|c| country_name(c)).collect());

/// The English name of what is named at token `k`: a country (`России` → Russia), a region
/// or city, or an organization already found there; with the token after it.
fn owner_at(s: &Sentence, k: usize, table: &EntityTable) -> Option<(String, usize)> {
    if k >= s.tokens.len() || !s.tokens[k].is_capitalized() {
        return None;
    }
    if let Some(c) = s.countries.iter().find(|c| c.0 == k && c.2).map(|c| c.1.clone()) {
        return Some((country_name(&c), place_end(s, k)));
    }
    // A capital ("Медицинский университет Астаны") names its city here, not its state.
    if let Some(h) = PLACES.find(&s.tokens[k..]).into_iter().find(|h| h.start == 0) {
        if let Place::Capital { city, .. } = h.value {
            return Some((city.to_string(), k + h.end));
        }
    }
    let at = s.offset + s.tokens[k].span.start;
    let m = table.mentions.iter().find(|m| m.start == at && matches!(table.entities[m.entity].kind, EntityKind::Region | EntityKind::Org))?;
    let e = &table.entities[m.entity];
    let name = e.name.clone()?;
    let end = (k + 1..=s.tokens.len()).find(|&x| x == s.tokens.len() || s.offset + s.tokens[x].span.start >= m.end).unwrap_or(s.tokens.len());
    Some((name.strip_prefix("Republic of ").map(str::to_string).unwrap_or(name), end))
}

/// Russian institutions named by description: "Витебский государственный медицинский
/// университет" → Vitebsk State Medical University, "Жилищным комитетом Санкт-Петербурга" →
/// Housing Committee of Saint Petersburg, "Торговое представительство России в Таджикистане" →
/// Trade Representation of Russia in Tajikistan. The capital letter says it is a name; every
/// word must be in the vocabulary (`ru_orgs`), or the phrase is left alone.
fn descriptive_orgs_ru(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    use crate::ru_orgs;
    let n = s.tokens.len();
    let mut h = 0;
    while h < n {
        let t = &s.tokens[h];
        let Some(head_en) = (t.is_word && t.is_cyrillic() && s.free(h, h + 1)).then(|| ru_orgs::head(&t.norm, t.is_all_caps() && t.text.chars().count() >= 3)).flatten() else {
            h += 1;
            continue;
        };
        // Modifiers before the head: adjectives from the vocabulary, place and country adjectives.
        let mut front: Vec<String> = Vec::new();
        let mut mods: Vec<&str> = Vec::new();
        let mut k = h;
        while k > 0 {
            let p = &s.tokens[k - 1];
            if !(p.is_word && p.is_cyrillic()) {
                break;
            }
            // A vocabulary adjective may have been read as a place ("Центрального" as a town).
            let open = s.free(k - 1, k) || s.place_tokens[k - 1] && ru_orgs::word(&p.norm).is_some() && country_at(s, k - 1).is_none();
            if open && ru_orgs::is_adjective(&p.norm) {
                if let Some(en) = ru_orgs::word(&p.norm) {
                    // "Межправительственной российско-кубинской комиссии": the pair comes first in English.
                    if front.is_empty() || matches!(en, "Intergovernmental" | "Joint") {
                        mods.insert(0, en);
                        k -= 1;
                        continue;
                    }
                }
                if p.is_capitalized() {
                    let place = ru_orgs::place_bases(p.text).into_iter().find_map(|b| {
                        let toks = tokenize(&b);
                        PLACES.find(&toks).into_iter().find(|x| x.start == 0 && x.end == toks.len()).and_then(|x| match x.value {
                            Place::Region { name, .. } => Some(name.to_string()),
                            Place::Capital { city, .. } => Some(city.to_string()),
                            Place::Country { .. } => None,
                        })
                    });
                    if let Some(pl) = place {
                        front.insert(0, pl);
                        k -= 1;
                        continue;
                    }
                }
            }
            let codes: Vec<String> = s.countries.iter().filter(|c| c.0 == k - 1 && !c.2).map(|c| c.1.clone()).collect();
            if !codes.is_empty() && ru_orgs::is_adjective(&p.norm) {
                front.insert(0, codes.iter().map(|c| crate::geo::country_adjective(c)).collect::<Vec<_>>().join("-"));
                k -= 1;
                continue;
            }
            break;
        }
        let start = k;
        // The complement: genitive words from the vocabulary, "и" between them, hyphenated nationalities.
        let mut compl: Vec<String> = Vec::new();
        let mut j = h + 1;
        while j < n && compl.len() < 6 {
            let x = &s.tokens[j];
            let codes: Vec<String> = s.countries.iter().filter(|c| c.0 == j && !c.2).map(|c| c.1.clone()).collect();
            if x.norm == "и" && !compl.is_empty() && s.tokens.get(j + 1).is_some_and(|y| !y.is_capitalized() && ru_orgs::word(&y.norm).is_some()) {
                compl.push("and".into());
            } else if !codes.is_empty() && x.is_cyrillic() && !x.is_capitalized() && ru_orgs::is_adjective(&x.norm) {
                compl.push(codes.iter().map(|c| crate::geo::country_adjective(c)).collect::<Vec<_>>().join("-"));
            } else if x.is_word && x.is_cyrillic() && !x.is_capitalized() && s.free(j, j + 1) && ru_orgs::word(&x.norm).is_some() {
                compl.push(ru_orgs::word(&x.norm).unwrap().to_string());
            } else {
                break;
            }
            j += 1;
        }
        // "комиссии по торгово-экономическому и научно-техническому сотрудничеству": a bilateral
        // body's field, left out of the name as English reports do.
        let pair = front.iter().any(|f| f.contains('-')) || mods.iter().any(|m| *m == "Intergovernmental");
        if compl.is_empty() && pair && matches!(head_en, "Commission" | "Committee" | "Council" | "Intergovernmental Commission") && s.tokens.get(j).is_some_and(|x| x.norm == "по") {
            if let Some(e) = (j + 1..n.min(j + 10)).take_while(|&x| s.tokens[x].is_cyrillic() && !s.tokens[x].is_capitalized() || s.tokens[x].text == ",").find(|&x| s.tokens[x].norm.starts_with("сотрудничеств")) {
                j = e + 1;
            }
        }
        // "Ассоциация турецких бизнесменов, работающих в Кыргызстане": who its members are.
        let mut working_in = None;
        if s.tokens.get(j).is_some_and(|x| x.text == ",") && s.tokens.get(j + 1).is_some_and(|x| x.norm == "работающих") && s.tokens.get(j + 2).is_some_and(|x| x.norm == "в") {
            if let Some(c) = s.countries.iter().find(|c| c.0 == j + 3 && c.2).map(|c| c.1.clone()) {
                working_in = Some(country_name(&c));
                j = place_end(s, j + 3);
            }
        }
        // "Торговая палата" is a Chamber of Commerce.
        let mut head_en = head_en.to_string();
        if head_en == "Chamber" {
            if let Some(p) = mods.iter().position(|m| *m == "Trade" || *m == "Commerce and Industry") {
                head_en = if mods[p] == "Trade" { "Chamber of Commerce".into() } else { "Chamber of Commerce and Industry".into() };
                mods.remove(p);
            }
        }
        if head_en == "Representation" {
            if let Some(p) = mods.iter().position(|m| *m == "Trade") {
                head_en = "Trade Representation".into();
                mods.remove(p);
            }
        }
        // The name goes on past the vocabulary ("палаты по импорту", "отрасли региона",
        // "бизнесменов, работающих в ..."): a truncated name would be a wrong one.
        let next = s.tokens.get(j);
        let verb_like = |w: &str| ["л", "ла", "ло", "ли", "ет", "ит", "ют", "ят", "ут", "ат", "ся", "сь", "ть", "ти", "ем", "им", "ано", "ено", "ыто", "ито", "ято"].iter().any(|e| w.ends_with(e));
        let goes_on = working_in.is_none() && next.is_some_and(|x| x.is_word && x.is_cyrillic() && !x.is_capitalized() && (x.norm == "по" || x.norm == "имени" || !verb_like(&x.norm) && !matches!(x.norm.as_ref(), "и" | "в" | "во" | "на" | "с" | "со" | "о" | "об" | "для" | "при" | "к" | "за" | "из" | "от" | "у" | "а" | "не" | "также" | "уже" | "будет" | "было" | "был" | "была" | "были")))
            || next.is_some_and(|x| x.text == ",") && s.tokens.get(j + 1).is_some_and(|x| ["щих", "щим", "щими", "вших", "вшим"].iter().any(|e| x.norm.ends_with(e)))
            || next.is_some_and(|x| matches!(x.text, "«" | "\"" | "“") || x.is_word && !x.is_cyrillic() && x.is_capitalized())
            || compl.last().is_some_and(|w| w == "and");
        if goes_on {
            h += 1;
            continue;
        }
        let mut owner = owner_at(s, j, table);
        // "Совета делового сотрудничества РБ и Санкт-Петербурга": two owners.
        if let Some((o, e)) = owner.clone() {
            if e + 1 < n && s.tokens[e].norm == "и" {
                if let Some((o2, e2)) = owner_at(s, e + 1, table) {
                    owner = Some((format!("{o} and {o2}"), e2));
                }
            }
        }
        // A company's office ("Представительство China Sinopharm в Беларуси") is the company's business.
        if head_en.ends_with("Representation") && owner.as_ref().is_some_and(|(o, _)| !COUNTRY_NAMES_SET.contains(o.as_str())) {
            h += 1;
            continue;
        }
        let mut end = owner.as_ref().map(|o| o.1).unwrap_or(j);
        let mut location = None;
        if head_en.ends_with("Representation") && end + 1 < n && matches!(s.tokens[end].norm.as_ref(), "в" | "во") {
            if let Some(c) = place_country(s, end + 1) {
                location = Some(country_name(&c));
                end = place_end(s, end + 1);
            }
        }
        // "с кубинским Центром генной инженерии": lower-case modifiers before a capitalized head
        // describe the body; the name starts at the head.
        let mut start = start;
        if !s.tokens[start].is_capitalized() && s.tokens[h].is_capitalized() && h > 0 && !compl.is_empty() {
            start = h;
            front.clear();
            mods.clear();
        }
        let first = &s.tokens[start];
        let named = first.is_capitalized() && (start > 0 || !front.is_empty() || owner.is_some());
        let described = !(front.is_empty() && mods.is_empty() && compl.is_empty() && owner.is_none());
        // A trailing "и" or a lone complement word that is not a name's ("центр развития"): still a name
        // only with a capital at its start.
        if !named || !described || compl.last().is_some_and(|w| w == "and") {
            h += 1;
            continue;
        }
        // "Совет делового сотрудничества" is a Business Cooperation Council in English.
        let mut before_head: Vec<String> = mods.iter().map(|m| m.to_string()).collect();
        if matches!(head_en.as_str(), "Council" | "Commission" | "Committee") && compl.last().is_some_and(|w| w == "Cooperation") && !compl.iter().any(|w| w == "and") {
            before_head.append(&mut compl);
        }
        let mut name = front.join(" ");
        for w in before_head.into_iter().chain(std::iter::once(head_en.clone())) {
            if !name.is_empty() {
                name.push(' ');
            }
            name.push_str(&w);
        }
        if !compl.is_empty() {
            name.push_str(" of ");
            name.push_str(&compl.join(" "));
        }
        if let Some((o, _)) = &owner {
            name.push_str(" of ");
            name.push_str(o);
        }
        if let Some(l) = location {
            name.push_str(" in ");
            name.push_str(&l);
        }
        if let Some(w) = working_in {
            name.push_str(" Working in ");
            name.push_str(&w);
        }
        let raw = s.surface(start, end).to_string();
        let (a, b) = s.span(start, end);
        // Words before the head read as places were the name's; an owner ("of Saint Petersburg") stays a place.
        table.retract_regions_within(a, s.span(h, h + 1).1);
        let id = table.upsert(org(name, None, Some(raw)));
        table.mention(si, a, b, id);
        s.claim(start, end);
        h = end.max(h + 1);
    }
}

/// The kind of site a quoted name follows, as English registries append it: "свободной
/// экономической зоны «X»" → Free Economic Zone, "индустриальный парк «X»" → Industrial Park.
fn zone_kind(s: &Sentence, noun: usize) -> Option<&'static str> {
    let n = &s.tokens[noun].norm;
    let before: Vec<&str> = s.tokens[noun.saturating_sub(2)..noun].iter().map(|t| t.norm.as_ref()).collect();
    let has = |stem: &str| before.iter().any(|w| w.starts_with(stem));
    if n.starts_with("зон") && has("экономическ") {
        Some(if has("свободн") || has("свободно-экономическ") { "Free Economic Zone" } else { "Special Economic Zone" })
    } else if n.starts_with("зон") && has("свободно-экономическ") {
        Some("Free Economic Zone")
    } else if matches!(n.as_ref(), "сэз" | "оэз") {
        Some(if n == "сэз" { "Free Economic Zone" } else { "Special Economic Zone" })
    } else if n.starts_with("парк") && has("индустриальн") {
        Some("Industrial Park")
    } else if n.starts_with("технопарк") {
        Some("Technopark")
    } else {
        None
    }
}

/// Russian companies named without quotes after what they are ("производитель Озон",
/// "компании Фармасинтез-Тюмень"): one to three capitalized words that are not a place or a person.
fn introduced_orgs_ru(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    const STEMS: &[&str] = &["компани", "фармкомпани", "производител", "холдинг", "концерн", "корпораци", "дистрибьютор", "фирм", "фармпроизводител", "госкорпораци"];
    let n = s.tokens.len();
    let mut i = 0;
    while i + 1 < n {
        let t = &s.tokens[i];
        // Legal forms before an unquoted name: "ООО Фармтех", "ТОО Медисал".
        const FORMS: &[&str] = &["ООО", "ОАО", "ЗАО", "ПАО", "АО", "ТОО", "ОДО", "СООО", "ИООО", "РУП", "УП", "ОсОО"];
        let noun = t.is_word && (!t.is_capitalized() && STEMS.iter().any(|st| t.norm.starts_with(st) && t.norm.len() <= st.len() + 8) || FORMS.contains(&t.text));
        if !noun {
            i += 1;
            continue;
        }
        let start = i + 1;
        let mut end = start;
        while end < n && end - start < 3 {
            let x = &s.tokens[end];
            let ok = x.is_word && x.is_cyrillic() && x.is_capitalized() && !x.is_all_caps() && s.free(end, end + 1)
                && persons::ru_given_nominative(x.text).is_none();
            if !ok {
                break;
            }
            end += 1;
        }
        // A two-word run with a known surname shape is as likely a person ("компании Иван Петров"): leave it.
        // So is any two-word run after a title: "глава компании Атилла Алтынкая" is its head.
        const TITLES: &[&str] = &["глав", "директор", "гендиректор", "руководител", "президент", "председател", "основател", "владел", "представител", "вице-президент"];
        let after_title = i > 0 && TITLES.iter().any(|r| s.tokens[i - 1].norm.starts_with(r));
        if end == start || (end - start >= 2 && (after_title || persons::ru_given_nominative(s.tokens[start].text).is_some())) {
            i += 1;
            continue;
        }
        let raw = s.surface(start, end).to_string();
        let (a, b) = s.span(start, end);
        let id = table.upsert(org(crate::ru_orgs::company_name(&raw), None, Some(raw)));
        table.mention(si, a, b, id);
        s.claim(start, end);
        i = end;
    }
}

/// Companies described right after their name: "Alfa Vita, a Kazakh pharmaceutical company",
/// "SK-Pharmacy, Kazakhstan's distributor of medicines".
fn appositive_orgs_en(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    const NOUNS: &[&str] = &[
        "company", "manufacturer", "producer", "drugmaker", "distributor", "firm", "holding", "developer", "maker",
        "startup", "supplier", "subsidiary", "enterprise", "corporation", "conglomerate", "operator", "exporter", "importer",
    ];
    let n = s.tokens.len();
    for c in 1..n.saturating_sub(2) {
        if s.tokens[c].text != "," {
            continue;
        }
        // The description: an article or a possessive country, then a few modifiers, then the noun.
        let mut k = c + 1;
        let mut described = false;
        let opener = matches!(s.tokens[k].norm.as_ref(), "a" | "an" | "the") || country_at(s, k).is_some();
        if !opener {
            continue;
        }
        k += 1;
        while k < n && k <= c + 7 {
            let t = &s.tokens[k];
            if NOUNS.contains(&t.norm.as_ref()) {
                described = true;
                break;
            }
            let modifier = t.is_word && (!t.is_capitalized() || country_at(s, k).is_some()) || matches!(t.norm.as_ref(), "'s" | "-");
            if !modifier {
                break;
            }
            k += 1;
        }
        if !described {
            continue;
        }
        let end = c;
        let mut start = c;
        while start > 0 && end - start < 4 {
            let t = &s.tokens[start - 1];
            let ok = t.is_word && !t.is_cyrillic() && s.free(start - 1, start) && (t.is_capitalized() || t.text.chars().next().is_some_and(|ch| ch.is_ascii_digit()))
                && !persons::en_not_name(&t.norm) && !persons::is_en_role_word(&t.norm);
            if !ok {
                break;
            }
            start -= 1;
        }
        if start == end || is_product_name(s, start, end) {
            continue;
        }
        // A person described by a company ("John Smith, a company spokesman") ends in a role word, not the noun.
        if persons::GIVEN_NAMES.contains(s.tokens[start].norm.as_ref() as &str) && end - start >= 2 {
            continue;
        }
        let country = (c + 1..=k).find_map(|x| country_at(s, x));
        let raw = s.surface(start, end).to_string();
        let (a, b) = s.span(start, end);
        let id = table.upsert(org(raw, country, None));
        table.mention(si, a, b, id);
        s.claim(start, end);
    }
}

/// A capitalized run made only of generic words ("The Company", "Joint Venture").
fn all_generic(s: &Sentence, start: usize, end: usize) -> bool {
    s.tokens[start..end].iter().all(|t| is_org_head(&t.norm) || is_connector(&t.norm) || persons::en_not_name(&t.norm) || persons::is_en_role_word(&t.norm))
}

/// Latin words inside Russian text that are not organizations: products, standards,
/// currency and time codes, site furniture.
fn is_product_name(s: &Sentence, start: usize, end: usize) -> bool {
    let text = s.surface(start, end).to_lowercase();
    const NOT_ORGS: &[&str] = &[
        "sputnik", "covid", "qazvac", "vero cell", "sars", "grippol", "gmp", "who", "it", "iso", "api", "utc", "gmt",
        "coronavac", "epivaccorona", "covivac", "abdala", "soberana", "covaxin", "covishield", "comirnaty", "vaxzevria",
        "sinopharm bibp", "convidecia", "zf2001", "hayat-vax",
        "post views", "views", "facebook", "twitter", "telegram", "instagram", "youtube", "whatsapp", "vk", "tiktok",
        "copyright", "read more", "share", "online", "pdf", "html", "www", "http", "https", "ok", "tv",
        "english", "arabic", "oʻzbek", "o'zbek", "ozbek", "русский", "deutsch", "français", "español", "türkçe", "қазақ",
        "chinese", "max", "menu", "search", "login", "co.ltd", "ltd", "inc", "rss", "in-bulk", "bulk", "ok.ru", "email", "e-mail",
    ];
    let first = &s.tokens[start];
    // Site names and addresses ("UzDaily.uz", "kun.uz") are outlets, not parties.
    let site = [".uz", ".ru", ".kz", ".by", ".kg", ".com", ".org", ".net", ".az", ".am", ".tj"].iter().any(|tld| text.ends_with(tld));
    // Share-button rows run social network names together ("TwitterFacebookYoutube").
    let social = ["facebook", "twitter", "youtube", "instagram", "telegram", "whatsapp"].iter().any(|w| text.contains(w));
    site || social || NOT_ORGS.iter().any(|p| text == *p || text.starts_with(&format!("{p} ")))
        || first.text.chars().any(|c| c.is_ascii_digit())
        || (end == start + 1 && first.text.len() == 3 && first.is_all_caps() && crate::geo::is_currency(first.text))
}

fn push_person(si: usize, s: &mut Sentence, start: usize, end: usize, name: String, role: Option<String>, table: &mut EntityTable) {
    // A later mention by surname alone belongs to the person already named.
    let surname = name.split_whitespace().last().unwrap_or("").to_string();
    let existing = table.entities.iter().position(|e| {
        e.kind == EntityKind::Person && e.name.as_deref().and_then(|n| n.split_whitespace().last()) == Some(surname.as_str())
    });
    let id = match existing {
        Some(i) if name.split_whitespace().count() < 2 || name.contains('.') => i,
        _ if name.split_whitespace().count() < 2 => return,
        _ => {
            let country = person_country(s, start, end, table);
            table.upsert(Entity { kind: EntityKind::Person, id: None, name: Some(name), role, country, aliases: vec![] })
        }
    };
    let (a, b) = s.span(start, end);
    table.mention(si, a, b, id);
    s.claim(start, end);
}

/// The country a person serves: a country named in the title right before the name
/// ("Belarusian Health Minister", "министра здравоохранения РК") or just after it
/// ("..., Minister of Health of Iran"), else the home country of an organization in the title.
fn person_country(s: &Sentence, start: usize, end: usize, table: &EntityTable) -> Option<String> {
    let before = s.countries.iter().filter(|(t, _, _)| *t < start && start - *t <= 6).max_by_key(|(t, _, _)| *t).map(|c| c.1.clone());
    if before.is_some() {
        return before;
    }
    let after = s.countries.iter().filter(|(t, _, _)| *t >= end && *t - end <= 6).min_by_key(|(t, _, _)| *t).map(|c| c.1.clone());
    if after.is_some() {
        return after;
    }
    let name_start = s.offset + s.tokens[start].span.start;
    table
        .mentions
        .iter()
        .filter(|m| m.end <= name_start && name_start - m.end <= 40 && table.entities[m.entity].kind == EntityKind::Org)
        .filter_map(|m| table.entities[m.entity].country.clone())
        .last()
}

/// Persons next to a role, or starting with a known given name.
fn find_persons(si: usize, s: &mut Sentence, lang: Lang, table: &mut EntityTable) {
    let n = s.tokens.len();
    let mut i = 0;
    while i < n {
        let t = &s.tokens[i];
        let cyr = lang == Lang::Ru && t.is_cyrillic();
        if !(t.is_word && t.is_capitalized() && s.free(i, i + 1)) || (lang == Lang::Ru && !cyr) {
            i += 1;
            continue;
        }
        // Collect a run of capitalized words and initials ("А." / "L.").
        let mut j = i;
        let mut words: Vec<usize> = Vec::new();
        while j < n && words.len() < 7 {
            let tj = &s.tokens[j];
            // "Санкт-Петербургского НИИ": an abbreviation is an organization's, never a name's.
            if lang == Lang::Ru && tj.is_all_caps() && tj.text.chars().count() >= 2 {
                break;
            }
            // "U23 Greco-Roman Wrestling": names have no digits.
            if tj.text.chars().any(|c| c.is_ascii_digit()) {
                break;
            }
            if tj.is_word && tj.is_capitalized() && s.free(j, j + 1) && (lang == Lang::En || tj.is_cyrillic()) {
                // Titles may lead the run ("Health Minister Bakyt Asanov"); after a name word they end it.
                let leading_titles = words.iter().all(|&w| persons::is_en_role_word(&s.tokens[w].norm));
                if lang == Lang::En && (persons::en_not_name(&tj.norm) || (persons::is_en_role_word(&tj.norm) && !leading_titles)) && !words.is_empty() {
                    break;
                }
                words.push(j);
                // An initial: one letter followed by a dot; or an honorific ("Mr. Toshihiro Aiki").
                let honorific = lang == Lang::En && matches!(tj.norm.as_ref(), "mr" | "mrs" | "ms" | "dr" | "prof");
                if (tj.text.chars().count() == 1 || honorific) && j + 1 < n && s.tokens[j + 1].text == "." {
                    j += 2;
                    continue;
                }
                j += 1;
            } else {
                break;
            }
        }
        if words.is_empty() {
            i += 1;
            continue;
        }
        let end = j;
        match lang {
            Lang::En => {
                // Drop leading role/stop words inside the run.
                let mut k = 0;
                while k < words.len() && (persons::is_en_role_word(&s.tokens[words[k]].norm) || persons::en_not_name(&s.tokens[words[k]].norm)) {
                    k += 1;
                }
                // "Minister of Foreign Affairs Khusrav Noziri": the field's last word is the title's.
                while k < words.len() && words.len() - k > 2 && persons::is_en_field_word(&s.tokens[words[k]].norm) {
                    k += 1;
                }
                let mut name_words = &words[k..];
                // "L.Khaltar": an initial glued to the surname.
                if name_words.len() == 1 {
                    let t = s.tokens[name_words[0]].text;
                    let glued = t.len() > 3 && t.as_bytes()[1] == b'.' && t.as_bytes()[0].is_ascii_uppercase() && t.as_bytes()[2].is_ascii_uppercase();
                    // "..., informs B.Battsetseg, Minister of Foreign Affairs": the title may follow.
                    let role_follows = end + 1 < n && s.tokens[end].text == "," && (end + 1..n.min(end + 4)).any(|x| persons::is_en_role_word(&s.tokens[x].norm));
                    if glued && (k > 0 || title_chain_before(s, name_words[0]) || role_follows) {
                        let name = format!("{}. {}", &t[..1], &t[2..]);
                        let role = role_phrase_en(s, name_words[0]);
                        push_person(si, s, name_words[0], end, name, role, table);
                    }
                    i = end.max(i + 1);
                    continue;
                }
                if name_words.len() < 2 {
                    i = end.max(i + 1);
                    continue;
                }
                let mut role_before = words[..k].iter().any(|&w| persons::is_en_role_word(&s.tokens[w].norm)) || (name_words[0] > 0 && role_context_en(s, name_words[0]));
                // A long title ("Minister of Economy and Commerce Bakyt Sydykov") leaves its last
                // field words in the run: the name starts at a known given name, or is the last two words.
                let surname_first = name_words.len() == 3 && persons::is_patronymic(&s.tokens[name_words[2]].norm);
                if !role_before && surname_first && title_chain_before(s, words[0]) {
                    role_before = true;
                } else if !role_before && title_chain_before(s, words[0]) {
                    let given_at = name_words.iter().position(|&w| persons::GIVEN_NAMES.contains(s.tokens[w].norm.as_ref() as &str));
                    // Mongolian names lead with the father's name in the genitive (Khaltmaagiin Battulga).
                    let mongolian = name_words.len() >= 2 && {
                        let f = &s.tokens[name_words[name_words.len() - 2]].norm;
                        f.len() > 5 && (f.ends_with("iin") || f.ends_with("yn") || f.ends_with("giin"))
                    };
                    let surname_like = mongolian || name_words.last().is_some_and(|&w| persons::looks_like_surname(&s.tokens[w].norm));
                    if given_at.is_some() || surname_like {
                        role_before = true;
                        name_words = &name_words[given_at.unwrap_or(name_words.len().saturating_sub(2))..];
                    }
                }
                // Patronymics: "Parkhomchik Petr Aleksandrovich" is Petr Parkhomchik; a given name
                // with only a patronymic ("Vladimir Vladimirovich") names nobody new.
                let patronymic = |w: usize| persons::is_patronymic(&s.tokens[w].norm);
                let reordered: Vec<usize>;
                if name_words.len() == 3 && patronymic(name_words[2]) && persons::GIVEN_NAMES.contains(s.tokens[name_words[1]].norm.as_ref() as &str) {
                    reordered = vec![name_words[1], name_words[0]];
                    name_words = &reordered;
                } else if name_words.iter().any(|&w| patronymic(w)) {
                    let kept: Vec<usize> = name_words.iter().copied().filter(|&w| !patronymic(w)).collect();
                    if kept.len() < 2 {
                        i = end.max(i + 1);
                        continue;
                    }
                    reordered = kept;
                    name_words = &reordered;
                }
                if name_words.len() < 2 {
                    i = end.max(i + 1);
                    continue;
                }
                let first = &s.tokens[name_words[0]];
                let role_after = end + 1 < n && s.tokens[end].text == "," && (end + 1..n.min(end + 4)).any(|x| persons::is_en_role_word(&s.tokens[x].norm));
                let initial = first.text.chars().count() == 1 && s.tokens.get(name_words[0] + 1).is_some_and(|t| t.text == ".");
                let chinese = name_words.len() == 2 && crate::palladius::pinyin_person(first.text, s.tokens[name_words[1]].text);
                let known_given = persons::GIVEN_NAMES.contains(first.norm.as_ref() as &str) || initial || chinese;
                let last_norm = &s.tokens[*name_words.last().unwrap()].norm;
                // A brand before its product ("Vero Cell COVID-19 vaccine") is not a person.
                let product_follows = s.tokens.get(end).is_some_and(|t| matches!(t.norm.as_ref(), "covid-19" | "covid" | "vaccine" | "vaccines" | "doses" | "tablets" | "drug" | "tractors" | "trucks"));
                let any_place = product_follows || name_words.iter().any(|&w| !s.free(w, w + 1))
                    || is_org_head(last_norm)
                    || matches!(last_norm.as_ref(), "region" | "oblast" | "krai" | "province" | "city" | "republic" | "district" | "county" | "okrug" | "territory" | "valley" | "zone");
                if (known_given || role_before || role_after) && !any_place {
                    let name = name_words.iter().map(|&w| {
                        let tx = s.tokens[w].text;
                        if tx.chars().count() == 1 { format!("{tx}.") } else { tx.to_string() }
                    }).collect::<Vec<_>>().join(" ");
                    let role = role_phrase_en(s, name_words[0]);
                    push_person(si, s, name_words[0], end, name, role, table);
                }
            }
            Lang::Ru => {
                // A capital letter with no dot after it is a preposition opening the sentence
                // ("В Кордайском районе", "С Казахстаном"), not an initial.
                let is_initial = |w: usize| s.tokens[w].text.chars().count() == 1 && s.tokens.get(w + 1).is_some_and(|t| t.text == ".");
                let lead = words.iter().take_while(|&&w| s.tokens[w].text.chars().count() == 1 && !is_initial(w)).count();
                if lead > 0 {
                    if lead == words.len() {
                        i = end.max(i + 1);
                        continue;
                    }
                    i = words[lead];
                }
                let words: Vec<usize> = words[lead..].to_vec();
                let toks: Vec<&Token> = words.iter().map(|&w| &s.tokens[w]).collect();
                // Chinese names in Palladius spelling (Чжан Вэньчуань): surname first, no case endings.
                if toks.len() >= 2 {
                    let texts: Vec<&str> = toks.iter().take(2).map(|t| t.text).collect();
                    // "Цзюнь Чжоу": the given name first, as Russian press sometimes writes it.
                    let swapped = [texts[1], texts[0]];
                    let chinese = crate::palladius::person(&texts).or_else(|| {
                        (persons::ru_given_nominative(texts[0]).is_none()).then(|| crate::palladius::person(&swapped)).flatten()
                    });
                    if let Some(name) = chinese {
                        let stop = words[1] + 1;
                        push_person(si, s, i, stop, name, role_phrase_ru(s, i), table);
                        i = stop;
                        continue;
                    }
                }
                // "руководитель Роспотребнадзора Анна Попова": the name starts at the given name.
                let (words, toks) = match toks.iter().position(|t| persons::ru_given_nominative(t.text).is_some()) {
                    Some(k) if k > 0 && toks.len() - k >= 2 => {
                        i = words[k];
                        (words[k..].to_vec(), toks[k..].to_vec())
                    }
                    _ => (words.clone(), toks),
                };
                let given = persons::ru_given_nominative(toks[0].text).is_some();
                let initial = toks[0].text.chars().count() == 1;
                let role_before = i > 0 && persons::is_ru_role_word(&s.tokens[i - 1].norm)
                    || (i > 1 && (persons::is_ru_role_word(&s.tokens[i - 2].norm) || country_at(s, i - 1).is_some() && persons::is_ru_role_word(&s.tokens[i - 2].norm)))
                    || ru_title_chain(s, i);
                if toks.len() >= 2 && (given || initial || role_before) {
                    // Surname-first with initials ("Иванов А. А.") is rare in news; take Name Surname.
                    // "Алексея Владимировича Цоя": a patronymic in the middle; the surname comes third.
                    let ru_patronymic = |t: &Token| ["ович", "евич", "ьич", "ична", "овн", "евн", "инич"].iter().any(|e| t.norm.contains(e));
                    let take: Vec<&Token> = if initial {
                        toks.clone()
                    } else if toks.len() >= 3 && ru_patronymic(toks[1]) {
                        toks[..3].to_vec()
                    } else {
                        toks[..2.min(toks.len())].to_vec()
                    };
                    if let Some(name) = persons::ru_person_name(&take) {
                        let role = role_phrase_ru(s, i);
                        let stop = if initial { end } else { words[take.len() - 1] + 1 };
                        push_person(si, s, i, stop, name, role, table);
                        i = stop;
                        continue;
                    }
                } else if toks.len() == 1 && (role_before || given) {
                    // A surname alone after a role, or an earlier-named person.
                    let nom = persons::ru_surname_nominative(toks[0].text, false);
                    let en = translit::word(&nom);
                    push_person(si, s, i, i + 1, en, None, table);
                }
            }
        }
        i = end.max(i + 1);
    }
}

/// Whether a title chain ("Minister of Economy and Commerce", "Chairman of the Board of X")
/// runs up to token `i`: role word, then only field words, connectors and places.
fn title_chain_before(s: &Sentence, i: usize) -> bool {
    let mut k = i;
    let mut steps = 0;
    while k > 0 && steps < 10 {
        k -= 1;
        steps += 1;
        let t = &s.tokens[k];
        if persons::is_en_role_word(&t.norm) {
            return true;
        }
        let connector = matches!(t.norm.as_ref(), "of" | "and" | "the" | "for" | "'s" | "," | "&" | "to" | "in");
        if !(connector || t.is_capitalized()) {
            return false;
        }
    }
    false
}

/// A Russian title chain up to token `i`: a role word followed only by lower-case
/// genitives, countries and abbreviations ("министр здравоохранения Таджикистана").
fn ru_title_chain(s: &Sentence, i: usize) -> bool {
    let mut k = i;
    while k > 0 && i - k < 6 {
        k -= 1;
        let t = &s.tokens[k];
        if persons::is_ru_role_word(&t.norm) {
            return true;
        }
        let ok = t.is_word && (!t.is_capitalized() || country_at(s, k).is_some() || t.is_all_caps() || !s.free(k, k + 1));
        if !ok {
            return false;
        }
    }
    false
}

fn role_context_en(s: &Sentence, i: usize) -> bool {
    let prev = &s.tokens[i - 1];
    persons::is_en_role_word(&prev.norm)
        || (i > 1 && (prev.text == "," || country_at(s, i - 1).is_some() || !s.free(i - 1, i)) && persons::is_en_role_word(&s.tokens[i - 2].norm))
}

fn role_phrase_en(s: &Sentence, name_start: usize) -> Option<String> {
    let mut k = name_start;
    let mut words = Vec::new();
    while k > 0 {
        let t = &s.tokens[k - 1];
        if persons::is_en_role_word(&t.norm) || (t.norm == "of" && !words.is_empty()) {
            words.insert(0, t.text);
            k -= 1;
        } else {
            break;
        }
    }
    while words.first() == Some(&"of") {
        words.remove(0);
    }
    (!words.is_empty()).then(|| words.join(" "))
}

fn role_phrase_ru(s: &Sentence, name_start: usize) -> Option<String> {
    let t = s.tokens.get(name_start.checked_sub(1)?)?;
    let role = match t.norm.as_ref() {
        r if r.starts_with("президент") => "President",
        r if r.starts_with("премьер") => "Prime Minister",
        r if r.starts_with("вице-премьер") => "Deputy Prime Minister",
        r if r.starts_with("министр") => "Minister",
        r if r.starts_with("замминистр") || r.starts_with("заместител") => "Deputy Minister",
        r if r.starts_with("посол") || r.starts_with("посл") => "Ambassador",
        r if r.starts_with("губернатор") => "Governor",
        r if r.starts_with("директор") || r.starts_with("гендиректор") => "Director",
        r if r.starts_with("глав") => "Head",
        r if r.starts_with("председател") => "Chairman",
        _ => return None,
    };
    Some(role.to_string())
}

/// Party keys of a sentence: everything mentioned in it (cities by name and, when they
/// are subdivisions, by code too); the document's main country when the sentence names
/// no country; and the organizations of the sentence before when this one names none
/// ("A license agreement has been signed" after a sentence about the company).
fn sentence_parties(si: usize, table: &EntityTable, main: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let push = |k: String, out: &mut Vec<String>| {
        if !k.is_empty() && !out.contains(&k) {
            out.push(k);
        }
    };
    let mut has_country = false;
    let mut has_actor = false;
    for m in table.mentions_in(si) {
        let e = &table.entities[m.entity];
        match e.kind {
            EntityKind::Country => has_country = true,
            EntityKind::Org | EntityKind::Person => has_actor = true,
            EntityKind::Region => {}
        }
        push(e.party_key(), &mut out);
        if e.kind == EntityKind::Region && e.id.is_some() {
            if let Some(n) = &e.name {
                push(n.clone(), &mut out);
            }
        }
    }
    if !has_actor && si > 0 {
        for m in table.mentions_in(si - 1) {
            let e = &table.entities[m.entity];
            if e.kind == EntityKind::Org {
                push(e.party_key(), &mut out);
            }
        }
    }
    if !has_country {
        if let Some(c) = main {
            push(c.to_string(), &mut out);
        }
    }
    out
}

fn sectors_and_products(s: &Sentence) -> (Vec<Sector>, Vec<String>) {
    let mut sectors = Vec::new();
    let mut products = Vec::new();
    for h in PRODUCTS.find(&s.tokens) {
        if !sectors.contains(&h.value.sector) {
            sectors.push(h.value.sector);
        }
        if let Some(p) = h.value.name {
            if !products.iter().any(|x: &String| x == p) {
                products.push(p.to_string());
            }
        }
    }
    (sectors, products)
}

/// Where production is set up: a country after "in"/"в", else the only country named, else the main one.
/// A sentence that names no site of its own continues the story's site, the first one a
/// localization of the document named ("Russia and Cuba will produce vaccines in Nicaragua"),
/// before the country the story mentions most.
fn host_country(s: &Sentence, lower: &str, lang: Lang, main: Option<&str>, story_host: &mut Option<String>) -> Option<String> {
    let named = located_host(s, lower, lang, main);
    if story_host.is_none() {
        if let Some(h) = &named {
            *story_host = Some(h.clone());
        }
    }
    named.or_else(|| story_host.clone()).or_else(|| main.map(str::to_string))
}

fn located_host(s: &Sentence, lower: &str, lang: Lang, main: Option<&str>) -> Option<String> {
    for (tok, code) in s.countries.iter().map(|(t, c, _)| (t, c)).chain(s.places.iter().map(|(t, c)| (t, c))) {
        if *tok == 0 {
            continue;
        }
        let prev = &s.tokens[tok - 1].norm;
        let located = match lang {
            // "in the Chui region"
            Lang::En => matches!(prev.as_ref(), "in" | "to") || prev == "the" && *tok >= 2 && matches!(s.tokens[tok - 2].norm.as_ref(), "in" | "to"),
            Lang::Ru => matches!(prev.as_ref(), "в" | "во" | "территории"),
        };
        // "during the president's visit to the US", "в рамках визита в США": where someone
        // travelled to, not where production is set up.
        let travelled = (tok.saturating_sub(5)..tok - 1).any(|k| {
            let w = s.tokens[k].norm.as_ref();
            w.starts_with("visit") || w == "trip" || w.starts_with("визит") || w.starts_with("поездк")
        });
        // "officials said in Moscow", "сообщили в Москве": where it was said.
        let said = *tok >= 2 && {
            let w = s.tokens[tok - 2].norm.as_ref();
            matches!(w, "said" | "told" | "announced" | "stated" | "reported") || ["сообщил", "заявил", "рассказал", "отметил", "говорится"].iter().any(|v| w.starts_with(v))
        };
        // "a memorandum was signed in China", "переговоры прошли в Пекине": where the
        // paper was signed or the talks held, not the site.
        let signed_there = *tok >= 2 && {
            let w = s.tokens[tok - 2].norm.as_ref();
            matches!(w, "signed" | "held" | "met" | "talks" | "negotiations" | "concluded" | "inked")
                || ["подписан", "прошл", "состоял", "встретил", "переговор"].iter().any(|v| w.starts_with(v))
        };
        // "according to the Belarusian Embassy", "по данным посольства в Минске": who told it, not where.
        let source = (tok.saturating_sub(3)..*tok).any(|k| matches!(s.tokens[k].norm.as_ref(), "according" | "thanks" | "due" | "данным" | "словам" | "благодаря"));
        // "в китайско-белорусском индустриальном парке": a joint name says two countries, not
        // which one the site is in.
        let joint_name = s.countries.iter().filter(|c| c.0 == *tok).count() > 1;
        // "посол в КНР", "the embassy in Minsk": a post abroad, not a site.
        let posted = (tok.saturating_sub(3)..*tok).any(|k| {
            let w = s.tokens[k].norm.as_ref();
            w.starts_with("посол") || w.starts_with("консул") || w.starts_with("ambassador") || w.starts_with("embass") || w.starts_with("consul")
        });
        let joint_name = joint_name || posted;
        let travelled = travelled || said || signed_there || source;
        if located && !travelled && !joint_name {
            return Some(code.clone());
        }
    }
    if ["in our country", "in the country", "в нашей стране", "в стране", "в республике"].iter().any(|p| lower.contains(p)) {
        return main.map(str::to_string);
    }
    // A nationality ("Chinese company", "российской вакцины") says whose technology, not where.
    // So does an owner ("Russia's Gamaleya Center").
    let possessive = |tok: usize| s.tokens.get(tok + 1).is_some_and(|t| t.text.starts_with('\'') || t.text.starts_with('’')) || s.tokens[tok].text.ends_with("'s") || s.tokens[tok].text.ends_with("’s");
    // "a company from China", "компания из КНР": where a firm comes from.
    // "partners from Russia and Slovakia": every country of the list after "from".
    let origin = |tok: usize| {
        let mut k = tok;
        while k >= 2 && matches!(s.tokens[k - 1].norm.as_ref(), "and" | "и" | ",") && s.countries.iter().any(|c| c.0 == k - 2) {
            k -= 2;
        }
        k > 0 && matches!(s.tokens[k - 1].norm.as_ref(), "from" | "из")
    };
    let distinct: HashSet<&String> = s.countries.iter().filter(|c| c.2 && !possessive(c.0) && !origin(c.0)).map(|c| &c.1).collect();
    if distinct.len() == 1 {
        return distinct.into_iter().next().cloned();
    }
    None
}

fn is_document_unit(unit: &str) -> bool {
    matches!(unit, "agreements" | "memorandums" | "memoranda" | "contracts" | "documents" | "deals" | "roadmaps" | "protocols" | "treaties")
}

fn is_money(unit: &str) -> bool {
    unit.len() == 3 && unit.chars().all(|c| c.is_ascii_uppercase())
}

/// Which quantities belong on an event of this type.
fn quantity_fits(kind: EventType, unit: &str) -> bool {
    // "three manufacturers", "4 plants", "117 enterprises": how many actors or sites a
    // story counts is background, not the size of a deal.
    if matches!(unit, "companies" | "company" | "enterprises" | "enterprise" | "manufacturers" | "producers" | "firms" | "pharmacies" | "projects" | "plants" | "plant" | "factories" | "factory") {
        return false;
    }
    match kind {
        EventType::Trade => is_money(unit),
        EventType::Investment => is_money(unit) || unit == "jobs",
        _ => true,
    }
}

/// The companies and institutions among an event's parties: no codes, no people or places, and no
/// state side (a government or ministry takes part in many projects: it does not make two one).
fn undertakers<'a>(e: &'a Event, bystanders: &HashSet<String>) -> Vec<&'a String> {
    e.parties.iter().filter(|p| !crate::lexicon::is_code(p) && !is_state_body(p) && !bystanders.contains(*p)).collect()
}

/// A project announced with several companies, then one company's part told on its own
/// at another stage or with its own money: each company's part is its own undertaking.
fn part_of_several(a: &Event, b: &Event, bystanders: &HashSet<String>) -> bool {
    let (oa, ob) = (undertakers(a, bystanders), undertakers(b, bystanders));
    let own_money = b.quantities.iter().any(|q| is_money(&q.unit) && !a.quantities.contains(q));
    oa.len() >= 2 && !ob.is_empty() && ob.len() < oa.len() && ob.iter().all(|x| oa.contains(x)) && (a.stage != b.stage || own_money)
}

/// Two localizations in one host country are one project unless each names its own,
/// different organizations.
fn same_undertaking(a: &Event, b: &Event, bystanders: &HashSet<String>) -> bool {
    let (oa, ob) = (undertakers(a, bystanders), undertakers(b, bystanders));
    // Each naming a company the other does not (Pharmasintez with Yangtze, then Eskom with
    // Yangtze's subsidiary) is two projects with one partner.
    let nested = oa.iter().all(|x| ob.contains(x)) || ob.iter().all(|x| oa.contains(x));
    oa.is_empty() || ob.is_empty() || (nested && !part_of_several(a, b, bystanders))
}

/// Add an event unless the document already has it: "the same event told twice
/// is one event". A retelling names a subset of the parties, products and amounts
/// of the first telling ("At the end of the meeting, ..." after "X met Y").
fn push_event(events: &mut Vec<Event>, e: Event, bystanders: &HashSet<String>) {
    let subset = |a: &[String], b: &[String]| a.iter().all(|x| b.contains(x));
    let retold = events.iter().any(|x| {
        x.kind == e.kind
            // Intents are many in a story; one is told again only with the very same parties.
            && (e.kind != EventType::Intent || subset(&x.parties, &e.parties))
            // "The agreement on scientific cooperation was signed ...": a document of its own subject.
            && (e.kind != EventType::Agreement || !other_subject(x, &e))
            && subset(&e.parties, &x.parties)
            && subset(&e.products, &x.products)
            && e.quantities.iter().all(|q| x.quantities.contains(q))
            && (e.host.is_none() || e.host == x.host)
            && (e.kind != EventType::Supply || e.quantities.is_empty())
            && (e.kind != EventType::Localization || !part_of_several(x, &e, bystanders))
            && (e.kind != EventType::Meeting || !other_meeting_form(x, &e))
    }) || events.iter().any(|x| x.kind == e.kind && x.evidence == e.evidence && x.parties == e.parties && x.quantities == e.quantities);
    if retold {
        return;
    }
    // "The delivery of this cargo was made possible by ...", "Из них часть будет передана ...":
    // the shipment just told, told again with more names.
    // "The batch is part of 300,000 doses donated by China": the whole of a shipment told, with
    // its figure, is the supply already told too.
    if e.kind == EventType::Supply && (e.quantities.is_empty() && refers_to_shipment(&e.evidence) || part_of_shipment(&e.evidence)) {
        if let Some(x) = events.iter_mut().rev().find(|x| x.kind == EventType::Supply) {
            add_new(&mut x.parties, &e.parties);
            add_new(&mut x.quantities, &e.quantities);
            return;
        }
    }
    // "Вакцины прибыли в аэропорт", "The donation was delivered as part of ...", "Общая стоимость
    // помощи составит ...": a shipment already told, told again without a new amount of goods
    // and without a new country. ("also", "ещё", "очередная" announce another one.)
    if e.kind == EventType::Supply && !announces_another(&e.evidence) {
        let countries = |x: &Event| x.parties.iter().filter(|p| p.len() == 2 && crate::lexicon::is_code(p)).cloned().collect::<Vec<_>>();
        let goods = e.quantities.iter().filter(|q| !is_money(&q.unit)).count();
        let told = events.iter_mut().rev().find(|x| {
            let (cx, ce) = (countries(x), countries(&e));
            x.kind == EventType::Supply
                && !cx.is_empty()
                && ce.iter().all(|c| cx.contains(c))
                && (refers_to_shipment(&e.evidence) || names_shipment(&e.evidence) || goods == 0 && matches!(e.stage, Some(Stage::Done | Stage::InProgress)))
                && !e.quantities.iter().any(|q| x.quantities.iter().any(|xq| xq.unit == q.unit && xq != q))
        });
        if let Some(x) = told {
            add_new(&mut x.parties, &e.parties);
            add_new(&mut x.products, &e.products);
            add_new(&mut x.quantities, &e.quantities);
            return;
        }
    }
    // "From the Chinese side the agreement was signed by ...": who signed the agreement just told.
    if e.kind == EventType::Agreement && names_signatory(&e.evidence) {
        if let Some(x) = events.iter_mut().rev().find(|x| x.kind == EventType::Agreement).filter(|x| !other_subject(x, &e)) {
            add_new(&mut x.parties, &e.parties);
            return;
        }
    }
    // "Trade increased by $674 million compared to 2018", "вырос на 12% по сравнению с": the
    // change of the volume just told, the same trade.
    if e.kind == EventType::Trade && tells_change(&e.evidence) {
        if let Some(x) = events.iter_mut().rev().find(|x| x.kind == EventType::Trade && x.parties.iter().any(|p| e.parties.contains(p))) {
            add_new(&mut x.parties, &e.parties);
            add_new(&mut x.quantities, &e.quantities);
            return;
        }
    }
    // "The joint venture should be called ...", "The plant will assemble ...", "Этот проект
    // реализуем ...": the project just told, told again.
    if e.kind == EventType::Localization && refers_to_project(&e.evidence) {
        if let Some(x) = events.iter_mut().rev().find(|x| x.kind == EventType::Localization && (e.host.is_none() || x.host == e.host)) {
            add_new(&mut x.parties, &e.parties);
            add_new(&mut x.products, &e.products);
            add_new(&mut x.quantities, &e.quantities);
            return;
        }
    }
    // "During the meeting, ...", "По итогам встречи ...": the meeting just told, not another one.
    if e.kind == EventType::Meeting && refers_to_meeting(&e.evidence) {
        if let Some(x) = events.iter_mut().rev().find(|x| x.kind == EventType::Meeting) {
            add_new(&mut x.parties, &e.parties);
            return;
        }
    }
    // A meeting or a project told again with more names: the same one, now better known.
    let same = events.iter().position(|x| {
        x.kind == e.kind
            && match e.kind {
                // "The ceremony was attended by ..." after "a ceremony took place": one ceremony.
                // A body's session and a one-to-one meeting told after it ("the working group
                // met ..., then the president met the governor") are two meetings.
                EventType::Meeting => same_session(x, &e) || !other_meeting_form(x, &e)
                    && (shares_named_party(x, &e) || (speaks_of_ceremony(&x.evidence) && speaks_of_ceremony(&e.evidence))),
                // The same amount of the same kind of thing is the same deal, told again.
                EventType::Supply | EventType::Investment | EventType::Trade | EventType::Agreement => {
                    !e.quantities.is_empty() && e.quantities == x.quantities && e.parties.iter().any(|p| x.parties.contains(p))
                }
                EventType::Localization => x.host == e.host && same_undertaking(x, &e, bystanders),
                _ => false,
            }
    });
    if let Some(i) = same {
        let x = &mut events[i];
        add_new(&mut x.parties, &e.parties);
        add_new(&mut x.products, &e.products);
        add_new(&mut x.quantities, &e.quantities);
        return;
    }
    // Several delivered amounts of the same thing in one sentence are separate supplies.
    // (Sums of money are values: "production worth $400 million and exports worth $160
    // million" are two figures of one plan, not two shipments.)
    if e.kind == EventType::Supply && e.quantities.len() > 1 && !is_money(&e.quantities[0].unit) && e.quantities.iter().all(|q| q.unit == e.quantities[0].unit) {
        for q in &e.quantities {
            let mut one = e.clone();
            one.quantities = vec![q.clone()];
            // Each amount may be one told already ("1 млн доз" in the headline, then "1 млн и
            // ещё 300 тыс. доз" in the lead).
            push_event(events, one, bystanders);
        }
        return;
    }
    events.push(e);
}

/// What a retelling adds to the event already told: the items it lacks, in order.
fn add_new<T: Clone + PartialEq>(told: &mut Vec<T>, retold: &[T]) {
    for item in retold {
        if !told.contains(item) {
            told.push(item.clone());
        }
    }
}

/// The head word of a gathering's name ("Saudi-Azerbaijani Business Forum" -> "forum"), or
/// "" for any other organization.
fn gathering_head(name: &str) -> &'static str {
    match name.rsplit(' ').next().unwrap_or("") {
        "Forum" => "forum",
        "Summit" => "summit",
        "Commission" => "commission",
        "Conference" => "conference",
        "Congress" => "congress",
        _ => "",
    }
}

/// What a document is about: "agreement on scientific cooperation" -> "scientific cooperation",
/// "соглашение о сотрудничестве в сфере здравоохранения" -> "сотрудничестве в сфере".
fn document_subject(evidence: &str) -> Option<String> {
    static SUBJECT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)(?-u:\b)(agreements?|memorand\w*|protocols?|contracts?|road ?maps?|programs?|programmes?|joint statement|declarations?|treaty) (on|for|of|in the field of|in the sphere of) (the )?([a-z\-]+(?: [a-z\-]+){0,2})|(соглашени|меморандум|договор|протокол|контракт|дорожн[а-я]* карт|программ)[а-я]* (о|об|по|в сфере|в области) ([а-я\-]+(?: [а-я\-]+){0,2})").expect("pattern compiles")
    });
    SUBJECT.captures(evidence).and_then(|c| c.get(4).or_else(|| c.get(7))).map(|m| m.as_str().to_lowercase())
}

/// Two agreements whose documents name different subjects: two documents.
fn other_subject(told: &Event, retold: &Event) -> bool {
    match (document_subject(&told.evidence), document_subject(&retold.evidence)) {
        (Some(a), Some(b)) => a != b,
        // "16 documents were signed", then "The agreement on science was signed": one of the batch.
        (None, Some(_)) => told.count.is_some_and(|c| c > 1),
        _ => false,
    }
}

/// A government, ministry or embassy: a party to many projects at once.
fn is_state_body(name: &str) -> bool {
    ["Government of", "Ministry of", "Embassy of", "Cabinet of", "Office of"].iter().any(|h| name.starts_with(h))
}

fn part_of_shipment(evidence: &str) -> bool {
    static PART: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)^\W*(the|this|that) (batch|shipment|consignment|cargo|delivery) (is|was) (a )?part of(?-u:\b)|^\W*(эта |данная )?(партия|поставка|груз) (является частью|стала частью|входит в)").expect("pattern compiles")
    });
    PART.is_match(evidence)
}

fn refers_to_shipment(evidence: &str) -> bool {
    static BACK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)(?-u:\b)(this|that|the same) (shipment|batch|consignment|cargo|delivery|donation)(?-u:\b)|(?-u:\b)these (medicines|drugs|vaccines|doses|goods|supplies|medical supplies)(?-u:\b)|(^|[^\p{L}])(данн|эт|указанн)\w* (груз|парти|поставк|лекарств|препарат|вакцин|доз)|(^|[^\p{L}])из них(?:[^\p{L}]|$)").expect("pattern compiles")
    });
    BACK.is_match(evidence)
}

/// A sentence opening on the project already told: "The joint venture ...", "This plant ...",
/// "Проект по созданию завода ...", "Это предприятие ...". ("The company also ..." is a company
/// doing something more, not the project again.)
fn refers_to_project(evidence: &str) -> bool {
    static BACK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)^\W*(the|this|that) (new |future |planned )?([a-z\-]+ ){0,3}(joint venture|jv|plant|factory|facility|enterprise|project|production site)(?-u:\b)|^\W*((этот|это|данный|данное|указанный|указанное|новый|новое) (завод|предприятие|проект|производство|цех|комплекс)|проект по (созданию|строительству|организации))(?:[^\p{L}]|$)").expect("pattern compiles")
    });
    BACK.is_match(evidence) && !evidence.to_lowercase().contains(" also ") && !evidence.to_lowercase().contains(" также ")
}

/// A sentence about the shipment as such: "The donation included ...", "В состав груза войдут
/// ...", "Вакцины прибыли ...".
fn names_shipment(evidence: &str) -> bool {
    static NAMED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)^\W*(the|this) (donation|aid|humanitarian aid|assistance|cargo|shipment|consignment|batch|delivery|vaccines|doses)(?-u:\b)|(^|[^\p{L}])(в состав|в составе) (груза|помощи|партии|поставки)|^\W*(вакцины|груз|гуманитарная помощь|помощь|партия|поставка|доставка) ").expect("pattern compiles")
    });
    NAMED.is_match(evidence)
}

/// "also", "ещё", "очередная партия", "another batch": one more of its kind, not the one told.
fn announces_another(evidence: &str) -> bool {
    static MORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)(?-u:\b)(also|another|additional|more|second|next)(?-u:\b)|(^|[^\p{L}])(также|тоже|еще|ещё|очередн[а-я]*|втор[а-я]*|дополнительн[а-я]*|новую|новая|новой)(?:[^\p{L}]|$)").expect("pattern compiles")
    });
    MORE.is_match(evidence)
}

fn refers_to_meeting(evidence: &str) -> bool {
    static BACK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)(?-u:\b)(during|at|after|following|in the course of|on the sidelines of) the (meeting|talks|negotiations|session|visit)(?-u:\b)|^the (meeting|talks) (was|were)|(в ходе|по итогам|в рамках|на|после|во время) (встречи|встрече|переговоров|заседания|заседании|визита)(?:[^\p{L}]|$)").expect("pattern compiles")
    });
    // "в ходе переговоров с президентом холдинга", "held talks with": a meeting with someone new.
    static NEW_PARTNER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)(переговор[а-я]*|встреч[а-я]*|бесед[а-я]*) с |провел[а-я]* (переговоры|встречу)|посетил|побывал|(?-u:\b)((talks|meeting|negotiations) with|met|meets|visited|toured)(?-u:\b)").expect("pattern compiles")
    });
    BACK.is_match(evidence) && !NEW_PARTNER.is_match(evidence)
}

/// A figure told as the change of one told before: "increased by $5 million compared to",
/// "вырос на 7% по сравнению с".
fn tells_change(evidence: &str) -> bool {
    static CHANGE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)(?-u:\b)(increased|grew|rose|decreased|fell|declined|dropped|was up|was down) by [^;]{0,40}?(compared (to|with)|year[- ]on[- ]year|from the same period|over the same period)|(вырос|вырост|увеличил|сократил|снизил|уменьшил)[а-я]* на [^;]{0,40}?(по сравнению с|к уровню|к аналогичному)").expect("pattern compiles")
    });
    CHANGE.is_match(evidence)
}

fn names_signatory(evidence: &str) -> bool {
    static SIGNER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)(^|[^\p{L}])(от|со) [а-я]+ стороны|(?-u:\b)(on behalf of|from the [a-z]+ side)(?-u:\b)|(?-u:\b)(the|this) (agreement|memorandum|document|contract|deal) was signed by(?-u:\b)|(?-u:\b)signatories(?-u:\b)|подписи под (документом|соглашением)|^\W*(the|this) (agreement|memorandum|document|contract|deal) was signed(?-u:\b)|^\W*(соглашение|меморандум|документ|контракт) (был )?подписан(?:[^\p{L}]|$)|^\W*(the|this|that) (corresponding|relevant|said|same|respective|above) (agreement|memorandum|document|contract|deal|mou) was signed(?-u:\b)|(?-u:\b)the signed (agreements?|memorand\w*|documents?|contracts?) (was|were) exchanged(?-u:\b)|(?-u:\b)the signing was (witnessed|attended)(?-u:\b)|^\W*документ (был )?подписа[лн]").expect("pattern compiles")
    });
    SIGNER.is_match(evidence)
}

/// One meeting told as a body's session, the other as one person meeting another.
fn other_meeting_form(a: &Event, b: &Event) -> bool {
    meeting_form(&a.evidence).zip(meeting_form(&b.evidence)).is_some_and(|(x, y)| x != y)
}

/// How a meeting is told.
#[derive(Clone, Copy, PartialEq)]
enum MeetingForm {
    /// A body's session: "заседание рабочей группы", "a session of the commission".
    Session,
    /// One person meeting another: "встретился с", "met with", "личная встреча".
    OneToOne,
    /// A delegation's visit or a plant toured: "побывали делегации", "посещение МТЗ", "visited".
    Visit,
}

/// The one form a meeting's wording says, or `None` when it says none or several.
fn meeting_form(evidence: &str) -> Option<MeetingForm> {
    static SESSION: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)(^|[^\p{L}])(заседани[а-я]*|сесси[а-я]*|пленарн[а-я]*)(?:[^\p{L}]|$)|(?-u:\b)(session|plenary|sitting) of(?-u:\b)").expect("pattern compiles")
    });
    static ONE_TO_ONE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)встретил[а-я]* с|(провел|провела|провели) (переговоры|встречу) с|личн[а-я]* встреч|(?-u:\b)(met with|met|held talks with|held a meeting with|one-on-one)(?-u:\b)").expect("pattern compiles")
    });
    static VISIT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)побывал|посетил|посещени|визит|(?-u:\b)(visited|visit to|paid a visit|toured)(?-u:\b)").expect("pattern compiles")
    });
    let forms = [(SESSION.is_match(evidence), MeetingForm::Session), (ONE_TO_ONE.is_match(evidence), MeetingForm::OneToOne), (VISIT.is_match(evidence), MeetingForm::Visit)];
    let mut said = forms.iter().filter(|(hit, _)| *hit).map(|(_, form)| *form);
    match (said.next(), said.next()) {
        (Some(form), None) => Some(form),
        _ => None,
    }
}

/// Two sessions of bodies of the same countries in one story: the one session, told twice
/// ("состоялось 11-е заседание комиссии", then "меморандум 11-го заседания подписали").
fn same_session(a: &Event, b: &Event) -> bool {
    let countries = |e: &Event| -> Vec<String> {
        let mut c: Vec<String> = e.parties.iter().filter(|p| p.len() == 2 && crate::lexicon::is_code(p)).cloned().collect();
        c.sort();
        c
    };
    meeting_form(&a.evidence) == Some(MeetingForm::Session) && meeting_form(&b.evidence) == Some(MeetingForm::Session) && !countries(a).is_empty() && countries(a) == countries(b)
}

fn speaks_of_ceremony(evidence: &str) -> bool {
    let lower = evidence.to_lowercase();
    lower.contains("ceremon") || lower.contains("церемони")
}

/// Whether two events name a common person or organization.
fn shares_named_party(a: &Event, b: &Event) -> bool {
    a.parties.iter().any(|p| !crate::lexicon::is_code(p) && b.parties.contains(p))
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
}
