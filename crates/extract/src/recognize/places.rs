//! Places: regions listed together, cities that share a name, districts, and the country a place or name belongs to.

use super::*;

/// "Khatlon and Sughd regions", "the Samarkand, Bukhara and Navoi regions", "Туркестанской и
/// Алматинской областях": a plural region noun shared by several names. Each name is looked up
/// as a region of its own ("Khatlon region", "Туркестанской области"); a name first read as a
/// city ("Almaty") is the region here.
pub(super) fn coordinated_regions(si: usize, s: &mut Sentence, lang: Lang, table: &mut EntityTable) {
    let n = s.tokens.len();
    for noun in 0..n {
        let norm = s.tokens[noun].norm.as_ref();
        let (suffixes, plural): (&[&str], bool) = match lang {
            Lang::En => (&["region", "oblast", "province"], matches!(norm, "regions" | "oblasts" | "provinces")),
            // (Turkmenistan's велаяты and Uzbekistan's вилояты decline like a masculine noun: the
            // names before "велаятах" stand in the case of "велаяте".)
            Lang::Ru => (
                &["области", "область", "края", "край", "велаят", "велаята", "велаяте", "велаяту", "велаятом", "вилоят", "вилоята", "вилояте", "вилояту", "вилоятом"],
                matches!(norm, "областей" | "областях" | "области" | "областям" | "областями" | "краев" | "краях" | "края")
                    || ["велаят", "вилоят"].iter().any(|h| norm.strip_prefix(h).is_some_and(|e| matches!(e, "ы" | "ов" | "ах" | "ам" | "ами"))),
            ),
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
        // Russian agrees a plural noun only with a list: "Оренбургская, Челябинская области".
        if names.len() < 2 || !saw_and && lang != Lang::Ru {
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

/// "Воронежский губернатор", "тульского губернатора": a governor named by his region's
/// adjective governs that region (Voronezh Oblast), which the story is about.
pub(super) fn governed_regions(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    for k in 0..s.tokens.len().saturating_sub(1) {
        let (t, next) = (&s.tokens[k], &s.tokens[k + 1]);
        if !(t.is_word && t.is_cyrillic() && next.norm.starts_with("губернатор") && s.free(k, k + 1)) {
            continue;
        }
        let Some(stem) = ["ский", "ского", "скому", "ским", "ском"].iter().find_map(|e| t.text.strip_suffix(e)) else { continue };
        // (The table's forms are capitalized: "Воронежская область".)
        let mut letters = stem.chars();
        let stem: String = letters.next().map(|f| f.to_uppercase().chain(letters).collect()).unwrap_or_default();
        let probe = format!("{stem}ская область");
        let toks = tokenize(&probe);
        let Some((code, country, name)) = PLACES.find(&toks).into_iter().find(|h| h.start == 0 && h.end == toks.len()).and_then(|h| match h.value {
            Place::Region { code: Some(code), country, name } => Some((code, country, name)),
            _ => None,
        }) else {
            continue;
        };
        let (a, b) = s.span(k, k + 1);
        let region = Entity { kind: EntityKind::Region, id: Some(code.to_string()), name: Some(name.to_string()), role: None, country: Some(country.to_string()), aliases: vec![] };
        let rid = table.upsert(region);
        table.mention(si, a, b, rid);
        s.places.push((k, country.to_string()));
        s.claim(k, k + 1);
        s.place_tokens[k] = true;
    }
}

/// A city whose name several cities share is the one in a country the story names
/// (Brest in a story about Belarus), else the largest.
pub(super) fn resolve_namesake_cities(sentences: &[Sentence], table: &mut EntityTable) {
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
pub(super) fn districts(si: usize, s: &mut Sentence, lang: Lang, table: &mut EntityTable) {
    let n = s.tokens.len();
    for d in 1..n {
        let norm = s.tokens[d].norm.as_ref();
        let head = if norm == "commune" {
            "Commune"
        } else if norm.starts_with("municipalit") || norm.starts_with("муниципалитет") {
            "Municipality"
        } else {
            "District"
        };
        let is_district = match lang {
            Lang::En => norm == "district" || norm == "commune" || norm == "municipality",
            Lang::Ru => matches!(norm, "район" | "района" | "районе" | "районом" | "району" | "муниципалитет" | "муниципалитета" | "муниципалитете" | "муниципалитетом" | "муниципалитету"),
        };
        let mut p = d - 1;
        // "Trieu Phong District", "Tran Yen District": Vietnamese and Chinese names run to
        // several short capitalized syllables; the district is all of them.
        if lang == Lang::En {
            let syllable = |k: usize| {
                let w = &s.tokens[k];
                w.is_word && w.is_capitalized() && !w.is_all_caps() && w.text.chars().count() <= 6 && s.free(k, k + 1)
                    && !persons::en_not_name(&w.norm) && !is_org_head(&w.norm) && !persons::is_en_role_word(&w.norm)
            };
            while p >= 2 && d - p < 3 && syllable(p) && syllable(p - 1) {
                p -= 1;
            }
        }
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
                (s.surface(p, d).to_string(), s.places.iter().find(|x| x.0 == p).map(|x| x.1.clone()))
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
        let name = format!("{} {head}", base.trim_end_matches(" Oblast").trim_end_matches(" Region"));
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

/// The token after a place mention that starts at `k` (places may span several tokens).
pub(super) fn place_end(s: &Sentence, k: usize) -> usize {
    let mut end = k + 1;
    while end < s.tokens.len() && s.place_tokens[end] && country_at(s, end).is_none() && !s.places.iter().any(|p| p.0 == end) {
        end += 1;
    }
    end
}

/// The country of a place named at token `k`: a country itself, or the country a
/// capital, city or region lies in.
pub(super) fn place_country(s: &Sentence, k: usize) -> Option<String> {
    country_at(s, k).or_else(|| s.places.iter().find(|p| p.0 == k).map(|p| p.1.clone()))
}

/// A country named right before token `i` ("Belarusian Health Ministry", "Kazakhstan's government").
pub(super) fn preceding_country(s: &Sentence, i: usize) -> Option<String> {
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
pub(super) fn following_region(s: &Sentence, j: usize, table: &EntityTable) -> Option<(String, String, usize)> {
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
pub(super) fn following_country(s: &Sentence, j: usize) -> Option<(String, usize)> {
    let n = s.tokens.len();
    // "Республики Беларусь" may be one country mention, or "Республики" before one.
    if let Some(c) = country_at(s, j) {
        return Some((c, place_end(s, j)));
    }
    let k = if j < n && s.tokens[j].norm.starts_with("республик") { j + 1 } else { j };
    let c = country_at(s, k)?;
    Some((c, k + 1))
}
