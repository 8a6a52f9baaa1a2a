//! Import-substitution matching: who, in another country, could make what a
//! country's program asks for, and how much of it.
//!
//! Every distinct product text (with its declared code, if any) becomes a
//! [`Profile`]: HS codes (declared, or from [`crate::classify_codes`]) and a
//! set of interned stems. Producer profiles are indexed by HS4 and by stem,
//! and each distinct demand profile is scored once against the producer
//! profiles its index buckets reach; rows then only expand those scores into
//! producers and capacities. That keeps 10^4 x 10^5 rows far from 10^9 pairs.
//!
//! Score in [0, 1]: `0.7 * code + 0.3 * name`, where `code` is the best HS
//! agreement between the two profiles (depth-weighted, times the codes'
//! confidences) and `name` the Dice overlap of stems; names in different
//! languages cannot overlap, so there the code agreement stands for both.
//! When one side has no code at all, the names decide: `0.8 * name`.

use crate::classify::classify_stems;
use crate::facts::ProducerFact;
use crate::table::normalize_code;
use crate::text::{content_stems, script_of, Script};
use crate::units::parse_unit;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// One line of a demand list (an import-substitution program's needs).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DemandRow {
    /// ISO 3166-1 alpha-2 of the country that needs the product.
    pub country: String,
    pub program: Option<String>,
    /// In English or Russian.
    pub product: String,
    /// HS or TN VED code, digits only, when the row gives one.
    pub code: Option<String>,
    pub quantity: Option<f64>,
    pub unit: Option<String>,
    /// Where the row came from (`file:row`).
    pub source: String,
}

/// One producer: an enterprise in a country that makes a product.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProducerRow {
    pub enterprise: String,
    pub country: String,
    pub product: String,
    pub code: Option<String>,
    pub capacity: Option<f64>,
    pub unit: Option<String>,
    /// `file:row`, or `registry:<doc id>` for producers from extracted events.
    pub source: String,
}

impl ProducerRow {
    /// A registry producer as a row; a producer known only by its country
    /// (the text named no firm) is listed as "(unnamed, XX)". The fact's
    /// codes were classified, not declared, so the row leaves matching to
    /// classify its product again rather than pass them off as declared.
    pub fn from_fact(f: &ProducerFact) -> ProducerRow {
        ProducerRow {
            enterprise: f.enterprise.clone().unwrap_or_else(|| format!("(unnamed, {})", f.country)),
            country: f.country.clone(),
            product: f.product.clone(),
            code: None,
            capacity: f.capacity,
            unit: f.unit.clone(),
            source: format!("registry:{}", f.doc),
        }
    }
}

#[derive(Debug, Clone)]
pub struct MatchOptions {
    /// Candidates scoring below this are neither listed nor counted in coverage.
    pub min_score: f32,
    /// Candidates listed per demand row (coverage counts all of them).
    pub top: usize,
    /// Partner countries always reported in coverage, even with no producer.
    pub partners: Vec<String>,
}

impl Default for MatchOptions {
    fn default() -> Self {
        MatchOptions { min_score: 0.5, top: 5, partners: vec![] }
    }
}

/// A producer proposed for a demand row, with why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    /// Index into the producer rows given to [`match_rows`].
    pub producer: usize,
    pub enterprise: String,
    pub country: String,
    pub product: String,
    pub score: f32,
    /// Digits the demand and producer codes agree on (0, 2, 4 or 6).
    pub code_depth: u8,
    pub code: Option<String>,
    pub name_similarity: f32,
    /// `en-en`, `ru-en`, ...: demand language, then producer language.
    pub languages: String,
    pub reason: String,
    pub capacity: Option<f64>,
    pub unit: Option<String>,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Coverage {
    /// Matched capacity in the country reaches the demanded quantity.
    Full,
    /// Some matched capacity, less than demanded.
    Partial,
    /// No matched capacity in a compatible unit.
    None,
    /// The demand row states no quantity, so coverage cannot be judged.
    Unquantified,
}

impl Coverage {
    pub fn as_str(self) -> &'static str {
        match self {
            Coverage::Full => "full",
            Coverage::Partial => "partial",
            Coverage::None => "none",
            Coverage::Unquantified => "unquantified",
        }
    }
}

/// How far one partner country's matched producers cover a demand row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CountryCoverage {
    pub country: String,
    pub status: Coverage,
    pub producers: usize,
    /// Matched capacity in the demand's unit (only unit-compatible rows).
    pub capacity: f64,
    /// `capacity / quantity`, when the demand has a quantity.
    pub share: Option<f64>,
}

/// The result for one demand row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DemandMatch {
    pub demand: DemandRow,
    /// The demand's codes (declared first, then classified).
    pub codes: Vec<String>,
    pub candidates: Vec<Candidate>,
    pub coverage: Vec<CountryCoverage>,
}

/// A product text reduced to what matching compares.
#[derive(Debug, Clone)]
struct Profile {
    /// (digits, confidence, declared)
    codes: Vec<(String, f32, bool)>,
    /// Profiles with equal `codes` share this id, so code agreement is
    /// computed once per pair of code sets, not per pair of products.
    code_set: u32,
    stems: Vec<u32>,
    script: Script,
}

#[derive(Default)]
struct Profiler {
    stem_ids: HashMap<String, u32>,
    by_key: HashMap<(String, Option<String>, Script), u32>,
    code_sets: HashMap<String, u32>,
    profiles: Vec<Profile>,
    /// Classification results by content stems, shared by demand and producers.
    classified: HashMap<String, Vec<(String, f32)>>,
}

impl Profiler {
    /// The profile of a product text and declared code. Texts with the same
    /// content stems ("tractors M-120", "Tractors, M-300") share a profile:
    /// classification and scoring see nothing else of them.
    fn profile_id(&mut self, product: &str, code: Option<&str>) -> u32 {
        let script = script_of(product);
        let stem_words = content_stems(product);
        let declared = code.and_then(normalize_code).map(|c| c[..c.len().min(6)].to_string());
        let key = (stem_words.join(" "), declared, script);
        if let Some(&id) = self.by_key.get(&key) {
            return id;
        }
        let mut codes: Vec<(String, f32, bool)> = Vec::new();
        if let Some(c) = &key.1 {
            codes.push((c.clone(), 1.0, true));
        }
        let classified = self.classified.entry(key.0.clone()).or_insert_with(|| classify_stems(&stem_words));
        let best = classified.first().map(|c| c.1).unwrap_or(0.0);
        for (c, s) in classified.iter() {
            if *s >= 0.3 && *s >= best * 0.5 && !codes.iter().any(|d| &d.0 == c) {
                codes.push((c.clone(), *s, false));
            }
        }
        let mut stems: Vec<u32> = stem_words
            .into_iter()
            .map(|s| {
                let next = self.stem_ids.len() as u32;
                *self.stem_ids.entry(s).or_insert(next)
            })
            .collect();
        stems.sort_unstable();
        stems.dedup();
        let code_key: String = codes.iter().map(|(c, s, d)| format!("{c}:{s}:{d};")).collect();
        let next = self.code_sets.len() as u32;
        let code_set = *self.code_sets.entry(code_key).or_insert(next);
        let id = self.profiles.len() as u32;
        self.profiles.push(Profile { codes, code_set, stems, script });
        self.by_key.insert(key, id);
        id
    }
}

/// How well two codes agree: (weight, digits agreed). When one code is a
/// prefix of the other the finer one is *within* the coarser, which is full
/// agreement at the coarser precision.
fn code_agreement(a: &str, b: &str) -> (f32, u8) {
    let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let depth = if common >= 6 { 6 } else if common >= 4 { 4 } else if common >= 2 { 2 } else { 0 };
    let contained = common == a.len().min(b.len());
    let weight = match (depth, contained) {
        (6, _) => 1.0,
        (4, true) => 0.9,
        (4, false) => 0.7,
        (2, true) => 0.45,
        (2, false) => 0.3,
        _ => 0.0,
    };
    (weight, depth as u8)
}

fn dice(a: &[u32], b: &[u32]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f32 / (a.len() + b.len()) as f32
}

#[derive(Debug, Clone)]
struct PairScore {
    score: f32,
    code: f32,
    depth: u8,
    code_pair: Option<(usize, usize)>,
    name: f32,
    cross_language: bool,
}

/// Best agreement between two code sets: (value, depth, indices of the pair).
type CodeMatch = (f32, u8, Option<(usize, usize)>);

fn best_code_match(d: &Profile, p: &Profile) -> CodeMatch {
    let mut best: CodeMatch = (0.0, 0, None);
    for (i, (dc, dconf, _)) in d.codes.iter().enumerate() {
        for (j, (pc, pconf, _)) in p.codes.iter().enumerate() {
            let (w, depth) = code_agreement(dc, pc);
            let v = w * (dconf * pconf).sqrt();
            if v > best.0 {
                best = (v, depth, Some((i, j)));
            }
        }
    }
    best
}

fn score_pair(d: &Profile, p: &Profile, code: CodeMatch) -> PairScore {
    let cross_language = d.script != p.script;
    let name = dice(&d.stems, &p.stems);
    let name_part = if cross_language { code.0.max(name) } else { name };
    let mut score = 0.7 * code.0 + 0.3 * name_part;
    if d.codes.is_empty() || p.codes.is_empty() {
        // Nothing to compare codes on (a brand name, an unknown product):
        // the names alone decide. When both have codes that disagree, shared
        // words ("high-capacity ...") must not make a match.
        score = score.max(0.8 * name);
    }
    let score = score.min(1.0);
    PairScore { score, code: code.0, depth: code.1, code_pair: code.2, name, cross_language }
}

/// What the per-row coverage loop needs of a producer, as numbers, stored
/// contiguously per profile so the loop reads memory in order.
#[derive(Clone, Copy)]
struct SlimProducer {
    country: u32,
    dimension: u32,
    /// Capacity in the base unit of its dimension (0 when unknown).
    base_capacity: f64,
    row: u32,
}

#[derive(Default)]
struct Interner<'a> {
    countries: Vec<&'a str>,
    country_ids: HashMap<&'a str, u32>,
    dimension_ids: HashMap<String, u32>,
}

impl<'a> Interner<'a> {
    fn country(&mut self, c: &'a str) -> u32 {
        let next = self.countries.len() as u32;
        *self.country_ids.entry(c).or_insert_with(|| {
            self.countries.push(c);
            next
        })
    }

    fn dimension(&mut self, d: &str) -> u32 {
        let next = self.dimension_ids.len() as u32;
        *self.dimension_ids.entry(d.to_string()).or_insert(next)
    }
}

/// Producer profiles indexed for candidate lookup.
struct ProducerIndex {
    by_hs4: HashMap<String, Vec<u32>>,
    by_stem: HashMap<u32, Vec<u32>>,
    /// Stems on more profiles than this do not generate candidates: a name
    /// match alone must share most stems to pass, so its rarest ones suffice.
    max_stem_bucket: usize,
}

impl ProducerIndex {
    fn build(profiles: &[Profile], ids: &[u32]) -> ProducerIndex {
        let mut by_hs4: HashMap<String, Vec<u32>> = HashMap::new();
        let mut by_stem: HashMap<u32, Vec<u32>> = HashMap::new();
        for &id in ids {
            let p = &profiles[id as usize];
            for (c, _, _) in &p.codes {
                if c.len() >= 4 {
                    let list = by_hs4.entry(c[..4].to_string()).or_default();
                    if list.last() != Some(&id) {
                        list.push(id);
                    }
                }
            }
            for &s in &p.stems {
                by_stem.entry(s).or_default().push(id);
            }
        }
        let max_stem_bucket = (ids.len() / 20).max(50);
        ProducerIndex { by_hs4, by_stem, max_stem_bucket }
    }
}

/// Ranks producers in *other* countries for each demand row and sums their
/// capacity per partner country. Output order follows the demand rows.
pub fn match_rows(demand: &[DemandRow], producers: &[ProducerRow], opts: &MatchOptions) -> Vec<DemandMatch> {
    match_rows_with(demand, producers, opts, false)
}

/// `exhaustive` scores every producer profile instead of the index buckets:
/// the reference the index is tested against.
fn match_rows_with(demand: &[DemandRow], producers: &[ProducerRow], opts: &MatchOptions, exhaustive: bool) -> Vec<DemandMatch> {
    let mut profiler = Profiler::default();
    let producer_profile: Vec<u32> =
        producers.iter().map(|p| profiler.profile_id(&p.product, p.code.as_deref())).collect();
    let demand_profile: Vec<u32> = demand.iter().map(|d| profiler.profile_id(&d.product, d.code.as_deref())).collect();

    // The per-row loop below visits every matched producer, so what it reads
    // is interned into plain numbers and grouped by profile first.
    let mut interner = Interner::default();
    let mut slim: Vec<(u32, SlimProducer)> = producers
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let unit = p.unit.as_deref().map(parse_unit);
            let dimension = unit.as_ref().map_or(u32::MAX, |u| interner.dimension(&u.dimension));
            let base_capacity = match (p.capacity, unit) {
                (Some(c), Some(u)) => c * u.factor,
                _ => 0.0,
            };
            let row = i as u32;
            (producer_profile[i], SlimProducer { country: interner.country(&p.country), dimension, base_capacity, row })
        })
        .collect();
    slim.sort_by_key(|(pid, p)| (*pid, p.row));
    let mut producers_of: HashMap<u32, std::ops::Range<usize>> = HashMap::new();
    let mut start = 0;
    while start < slim.len() {
        let pid = slim[start].0;
        let end = start + slim[start..].iter().take_while(|(q, _)| *q == pid).count();
        producers_of.insert(pid, start..end);
        start = end;
    }
    let slim: Vec<SlimProducer> = slim.into_iter().map(|(_, p)| p).collect();
    let mut producer_ids: Vec<u32> = producers_of.keys().copied().collect();
    producer_ids.sort_unstable();
    let index = ProducerIndex::build(&profiler.profiles, &producer_ids);
    let mut per_country: Vec<(usize, f64)> = vec![(0, 0.0); interner.countries.len()];
    let mut touched: Vec<u32> = Vec::new();

    let mut scored_cache: HashMap<u32, Vec<(u32, PairScore)>> = HashMap::new();
    let mut stamp = vec![u32::MAX; profiler.profiles.len()];
    let mut code_cache: HashMap<(u32, u32), CodeMatch> = HashMap::new();
    let mut out = Vec::with_capacity(demand.len());
    for (row_no, row) in demand.iter().enumerate() {
        let dpid = demand_profile[row_no];
        let scored = scored_cache.entry(dpid).or_insert_with(|| {
            let d = &profiler.profiles[dpid as usize];
            let mut candidates: Vec<u32> = Vec::new();
            let mut visit = |list: &Vec<u32>| {
                for &pid in list {
                    if stamp[pid as usize] != dpid {
                        stamp[pid as usize] = dpid;
                        candidates.push(pid);
                    }
                }
            };
            if exhaustive {
                visit(&producer_ids);
            }
            for (c, _, _) in &d.codes {
                if c.len() >= 4 {
                    if let Some(list) = index.by_hs4.get(&c[..4]) {
                        visit(list);
                    }
                }
            }
            let mut stem_lists: Vec<&Vec<u32>> = d.stems.iter().filter_map(|s| index.by_stem.get(s)).collect();
            stem_lists.sort_by_key(|l| l.len());
            for list in stem_lists.into_iter().take(2).filter(|l| l.len() <= index.max_stem_bucket) {
                visit(list);
            }
            let mut scored: Vec<(u32, PairScore)> = candidates
                .into_iter()
                .map(|pid| {
                    let p = &profiler.profiles[pid as usize];
                    let code = *code_cache.entry((d.code_set, p.code_set)).or_insert_with(|| best_code_match(d, p));
                    (pid, score_pair(d, p, code))
                })
                .filter(|(_, s)| s.score >= opts.min_score)
                .collect();
            scored.sort_by(|a, b| b.1.score.total_cmp(&a.1.score).then(a.0.cmp(&b.0)));
            scored
        });
        let d = &profiler.profiles[dpid as usize];
        let demand_country = interner.country_ids.get(row.country.as_str()).copied().unwrap_or(u32::MAX);
        let demand_unit = row.unit.as_deref().map(parse_unit);
        let (demand_dimension, demand_factor) = match &demand_unit {
            Some(u) if row.quantity.is_some() => {
                (interner.dimension_ids.get(u.dimension.as_str()).copied().unwrap_or(u32::MAX - 1), u.factor)
            }
            _ => (u32::MAX - 1, 1.0),
        };

        let mut candidates = Vec::new();
        for (pid, pair) in scored.iter() {
            for p in &slim[producers_of[pid].clone()] {
                if p.country == demand_country {
                    continue;
                }
                let entry = &mut per_country[p.country as usize];
                if entry.0 == 0 {
                    touched.push(p.country);
                }
                entry.0 += 1;
                if p.dimension == demand_dimension {
                    entry.1 += p.base_capacity / demand_factor;
                }
                if candidates.len() < opts.top {
                    let pp = &profiler.profiles[*pid as usize];
                    let pi = p.row as usize;
                    candidates.push(candidate(pi, &producers[pi], pair, d, pp));
                }
            }
        }
        let mut coverage: Vec<CountryCoverage> = touched
            .drain(..)
            .map(|c| {
                let (n, capacity) = std::mem::take(&mut per_country[c as usize]);
                coverage_of(interner.countries[c as usize], n, capacity, row.quantity)
            })
            .collect();
        for partner in &opts.partners {
            if partner != &row.country && !coverage.iter().any(|c| &c.country == partner) {
                coverage.push(coverage_of(partner, 0, 0.0, row.quantity));
            }
        }
        coverage.sort_by(|a, b| {
            b.capacity.total_cmp(&a.capacity).then(b.producers.cmp(&a.producers)).then(a.country.cmp(&b.country))
        });
        out.push(DemandMatch {
            demand: row.clone(),
            codes: d.codes.iter().map(|c| c.0.clone()).collect(),
            candidates,
            coverage,
        });
    }
    out
}

fn coverage_of(country: &str, producers: usize, capacity: f64, quantity: Option<f64>) -> CountryCoverage {
    let status = match quantity {
        None => Coverage::Unquantified,
        Some(q) if capacity >= q && capacity > 0.0 => Coverage::Full,
        Some(_) if capacity > 0.0 => Coverage::Partial,
        Some(_) => Coverage::None,
    };
    let share = quantity.filter(|q| *q > 0.0).map(|q| capacity / q);
    CountryCoverage { country: country.to_string(), status, producers, capacity, share }
}

fn candidate(pi: usize, p: &ProducerRow, pair: &PairScore, d: &Profile, pp: &Profile) -> Candidate {
    let languages = format!("{}-{}", d.script.lang_code(), pp.script.lang_code());
    let mut reason = Vec::new();
    let mut code = None;
    if let Some((i, j)) = pair.code_pair {
        let (dc, dconf, ddecl) = &d.codes[i];
        let (pc, pconf, pdecl) = &pp.codes[j];
        let how = |declared: bool, conf: f32| if declared { "declared".to_string() } else { format!("classified {conf:.2}") };
        reason.push(format!(
            "HS{} agree: {} ({}) ~ {} ({})",
            pair.depth,
            dc,
            how(*ddecl, *dconf),
            pc,
            how(*pdecl, *pconf)
        ));
        code = Some(pc.clone());
    }
    if pair.name > 0.0 {
        reason.push(format!("name overlap {:.2}", pair.name));
    }
    if pair.cross_language {
        reason.push(format!("{languages}, matched through codes"));
    }
    let _ = pair.code;
    Candidate {
        producer: pi,
        enterprise: p.enterprise.clone(),
        country: p.country.clone(),
        product: p.product.clone(),
        score: (pair.score * 1000.0).round() / 1000.0,
        code_depth: pair.depth,
        code,
        name_similarity: (pair.name * 1000.0).round() / 1000.0,
        languages,
        reason: reason.join("; "),
        capacity: p.capacity,
        unit: p.unit.clone(),
        source: p.source.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn producer(enterprise: &str, country: &str, product: &str, capacity: f64, unit: &str) -> ProducerRow {
        ProducerRow {
            enterprise: enterprise.into(),
            country: country.into(),
            product: product.into(),
            code: None,
            capacity: Some(capacity),
            unit: Some(unit.into()),
            source: "test".into(),
        }
    }

    fn demand(country: &str, product: &str, quantity: f64, unit: &str) -> DemandRow {
        DemandRow {
            country: country.into(),
            program: None,
            product: product.into(),
            code: None,
            quantity: Some(quantity),
            unit: Some(unit.into()),
            source: "test".into(),
        }
    }

    #[test]
    fn code_agreement_weights_depth_and_containment() {
        assert_eq!(code_agreement("300241", "300241"), (1.0, 6));
        assert_eq!(code_agreement("3002", "300241"), (0.9, 4));
        assert_eq!(code_agreement("300241", "300212"), (0.7, 4));
        assert_eq!(code_agreement("8701", "8704"), (0.3, 2));
        assert_eq!(code_agreement("8701", "3004").1, 0);
    }

    #[test]
    fn russian_demand_meets_english_producer_through_codes() {
        let producers = vec![
            producer("Minsk Tractor Works", "BY", "tractors", 300.0, "pcs"),
            producer("Volga Tractors", "RU", "тракторы", 1000.0, "шт"),
            producer("Astana Insulin", "KZ", "insulin", 5.0, "t"),
        ];
        let m = match_rows(&[demand("RU", "тракторы", 200.0, "шт")], &producers, &MatchOptions::default());
        let c = &m[0].candidates;
        assert_eq!(c.len(), 1, "same-country producer and unrelated product excluded: {c:?}");
        assert_eq!(c[0].enterprise, "Minsk Tractor Works");
        assert_eq!(c[0].languages, "ru-en");
        assert_eq!(c[0].code_depth, 4);
        assert!(c[0].reason.contains("8701"), "{}", c[0].reason);
        assert_eq!(m[0].coverage[0].status, Coverage::Full);
        assert_eq!(m[0].coverage[0].capacity, 300.0);
    }

    #[test]
    fn coverage_sums_compatible_capacity_per_country() {
        let producers = vec![
            producer("A", "KZ", "insulin", 2.0, "t"),
            producer("B", "KZ", "insulin preparations", 1500.0, "kg"),
            producer("C", "UZ", "insulin", 100.0, "vials"),
            producer("D", "CN", "insulin", 10.0, "t"),
        ];
        let opts = MatchOptions { partners: vec!["AM".into()], ..MatchOptions::default() };
        let m = &match_rows(&[demand("BY", "инсулин", 5000.0, "kg")], &producers, &opts)[0];
        let by: HashMap<&str, &CountryCoverage> = m.coverage.iter().map(|c| (c.country.as_str(), c)).collect();
        assert_eq!(by["CN"].status, Coverage::Full);
        assert_eq!((by["KZ"].status, by["KZ"].capacity, by["KZ"].producers), (Coverage::Partial, 3500.0, 2));
        assert_eq!((by["UZ"].status, by["UZ"].producers), (Coverage::None, 1), "vials are not kg");
        assert_eq!((by["AM"].status, by["AM"].producers), (Coverage::None, 0));
        assert_eq!(m.coverage[0].country, "CN", "largest capacity first");
    }

    #[test]
    fn declared_codes_rank_exact_subheadings_first() {
        let mut exact = producer("Exact", "KZ", "biologicals", 1.0, "doses");
        exact.code = Some("300241".into());
        let mut near = producer("Near", "KZ", "biologicals", 1.0, "doses");
        near.code = Some("300212".into());
        let mut d = demand("BY", "immunobiological preparations", 1.0, "doses");
        d.code = Some("3002.41".into());
        let loose = MatchOptions { min_score: 0.3, ..MatchOptions::default() };
        let m = &match_rows(&[d], &[near, exact], &loose)[0];
        assert_eq!(m.candidates.len(), 2);
        assert_eq!(m.candidates[0].enterprise, "Exact");
        assert_eq!(m.candidates[0].code_depth, 6);
        assert!(m.candidates[0].score > m.candidates[1].score);
    }

    #[test]
    fn index_finds_what_exhaustive_scoring_finds() {
        let (demand, producers) = crate::synthetic::rows(300, 3000, 11);
        let opts = MatchOptions { top: 10_000, ..MatchOptions::default() };
        let fast = match_rows_with(&demand, &producers, &opts, false);
        let slow = match_rows_with(&demand, &producers, &opts, true);
        let (mut found, mut total) = (0usize, 0usize);
        for (f, s) in fast.iter().zip(&slow) {
            total += s.candidates.len();
            found += f.candidates.len();
            assert!(f.candidates.iter().all(|c| s.candidates.iter().any(|d| d.producer == c.producer)));

        }
        assert!(total > 1000, "the data must produce matches: {total}");
        assert_eq!(found, total, "the index missed {} of {total} candidates", total - found);
    }

    #[test]
    fn unquantified_demand_is_reported_as_such() {
        let mut d = demand("BY", "transformers", 0.0, "pcs");
        d.quantity = None;
        let m = &match_rows(&[d], &[producer("T", "RU", "power transformers", 10.0, "pcs")], &MatchOptions::default())[0];
        assert_eq!(m.coverage[0].status, Coverage::Unquantified);
        assert_eq!(m.candidates.len(), 1);
    }
}
