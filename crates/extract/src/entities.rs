//! The per-document entity table: one entry per real-world entity, however many
//! mentions and spellings it has, plus the mentions that events read parties from.

use crate::lexicon::name_key;
use onshore_core::{Entity, EntityKind};
use std::collections::HashMap;

/// Where in the document an entity was mentioned.
#[derive(Debug, Clone)]
pub struct Mention {
    pub sentence: usize,
    /// Byte span within the whole text.
    pub start: usize,
    pub end: usize,
    pub entity: usize,
}

#[derive(Debug, Default)]
pub struct EntityTable {
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
    index: HashMap<(EntityKind, String), usize>,
    /// Entities folded into a fuller name of the same organization: kept so indices stay
    /// valid, left out of the output.
    absorbed: Vec<bool>,
    /// Spans of organizations named only as the source of the news ("со ссылкой на X",
    /// "according to X"): they tell the story, they take no part in it.
    pub sources: std::collections::HashSet<(usize, usize)>,
}

fn key_of(e: &Entity) -> (EntityKind, String) {
    match (&e.id, &e.name) {
        (Some(id), _) => (e.kind, id.clone()),
        (None, Some(n)) => (e.kind, name_key(n)),
        _ => (e.kind, String::new()),
    }
}

impl EntityTable {
    /// Add (or find) an entity and return its index. A later sighting may fill
    /// in a role or country the first one lacked, and adds its spelling as an alias.
    pub fn upsert(&mut self, e: Entity) -> usize {
        let key = key_of(&e);
        if let Some(&i) = self.index.get(&key) {
            let cur = &mut self.entities[i];
            if cur.role.is_none() {
                cur.role = e.role;
            }
            if cur.country.is_none() {
                cur.country = e.country;
            }
            if cur.name.is_none() {
                cur.name = e.name;
            }
            for a in e.aliases {
                if Some(&a) != cur.name.as_ref() && !cur.aliases.contains(&a) {
                    cur.aliases.push(a);
                }
            }
            return i;
        }
        // Regions found by name only may meet the same region with a code (or the reverse).
        if e.kind == EntityKind::Region {
            if let Some(n) = &e.name {
                let nk = name_key(n);
                if let Some(i) = self.entities.iter().position(|x| x.kind == EntityKind::Region && x.name.as_deref().map(name_key).as_deref() == Some(nk.as_str())) {
                    if self.entities[i].id.is_none() && e.id.is_some() {
                        self.entities[i].id = e.id.clone();
                        self.index.insert(key, i);
                    }
                    return i;
                }
            }
        }
        self.entities.push(e);
        let i = self.entities.len() - 1;
        self.index.insert(key, i);
        i
    }

    pub fn mention(&mut self, sentence: usize, start: usize, end: usize, entity: usize) {
        self.mentions.push(Mention { sentence, start, end, entity });
    }


    pub fn mentions_in(&self, sentence: usize) -> impl Iterator<Item = &Mention> {
        self.mentions.iter().filter(move |m| m.sentence == sentence)
    }


    /// Forget region mentions inside a span that turned out to be an organization's name.
    pub fn retract_regions_within(&mut self, start: usize, end: usize) {
        let entities = &self.entities;
        self.mentions.retain(|m| !(m.start >= start && m.end <= end && entities[m.entity].kind == EntityKind::Region));
    }

    /// A town named like a person of the story is that person ("Minister Donskoy" is Sergey
    /// Donskoy, not the town of Donskoy; "Pham Binh Minh" holds no Binh Minh city): its
    /// mentions go. Only towns without a code: provinces and capitals are not surnamed after.
    pub fn retract_places_named_like_people(&mut self) {
        let people: Vec<Vec<String>> = self
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .filter_map(|e| e.name.as_deref())
            .map(|n| n.split_whitespace().map(name_key).collect())
            .collect();
        if people.is_empty() {
            return;
        }
        let named_like_someone = |e: &Entity| {
            e.kind == EntityKind::Region && e.id.is_none() && e.name.as_deref().is_some_and(|n| {
                let words: Vec<String> = n.split_whitespace().map(name_key).collect();
                people.iter().any(|p| p.len() > words.len() && p.windows(words.len()).any(|w| w == words.as_slice()))
            })
        };
        let gone: Vec<bool> = self.entities.iter().map(named_like_someone).collect();
        self.mentions.retain(|m| !gone[m.entity]);
    }

    /// Mark the organization mentions that only cite a source: the words right before the
    /// mention say who reported it.
    pub fn mark_sources(&mut self, text: &str) {
        static CITED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            regex::Regex::new(r"(?i)((со ссылкой на|сообщили в|(пояснили|рассказали|отметили|заявили|уточнили|подчеркнули|добавили|сообщают) в|сообщает|сообщают|сообщили|сообщил|передает|передаёт|пишет|по данным|по информации|пресс-служб[а-я]*|according to|citing|as reported by|reported by|said the press service of|press service of|, reports?|, said|told)(\s+(the )?(ИА|информационное агентство|информагентство|агентство|портал[а-я]*|издани[а-я]*|интернет-издани[а-я]*|газет[а-я]*|телеканал[а-я]*|сайт[а-я]*|news agency|news portal|newspaper|portal|outlet|website|agency))?|(^|[^\p{L}])(ИА|информационное агентство|информагентство|телеканал|радиостанция|news agency|news portal|newspaper))\s*$").expect("source cue")
        });
        for m in &self.mentions {
            if self.entities[m.entity].kind != EntityKind::Org {
                continue;
            }
            let from = text[..m.start].char_indices().rev().nth(40).map_or(0, |(i, _)| i);
            let before = text[from..m.start].trim_end_matches(|c: char| c == '«' || c == '"' || c == '“' || c.is_whitespace());
            if CITED.is_match(before) {
                self.sources.insert((m.start, m.end));
            }
        }
    }

    /// One organization named short and in full in one document ("Pasteur Institute" and
    /// "Pasteur Institute of Iran", "Humanitarian Aid" and "Swiss Humanitarian Aid") is one
    /// organization: the short name's mentions go to the full one, and the short name becomes its alias.
    pub fn absorb_short_org_names(&mut self) {
        self.absorbed.resize(self.entities.len(), false);
        let orgs: Vec<usize> = (0..self.entities.len()).filter(|&i| self.entities[i].kind == EntityKind::Org && self.entities[i].name.is_some()).collect();
        for &a in &orgs {
            let short = self.entities[a].name.clone().unwrap_or_default();
            if short.split_whitespace().count() < 2 {
                continue;
            }
            let fuller = orgs.iter().copied().filter(|&b| b != a && !self.absorbed[b]).find(|&b| {
                let full = self.entities[b].name.as_deref().unwrap_or("");
                full.strip_prefix(short.as_str()).is_some_and(|rest| rest.starts_with(" of ")) || full.strip_suffix(short.as_str()).is_some_and(|rest| rest.ends_with(' ') && rest.split_whitespace().count() == 1)
            });
            if let Some(b) = fuller {
                self.absorb(a, b, true);
            }
        }
    }

    /// "Syrdarya region" and then "Syrdarya" alone, "Chelyabinsk Governor" after "Chelyabinsk
    /// Oblast": in English text, a place named like a region of the story is that region, not
    /// a town of the same name.
    pub fn absorb_cities_into_namesake_regions(&mut self) {
        self.absorbed.resize(self.entities.len(), false);
        let regions: Vec<usize> = (0..self.entities.len())
            .filter(|&i| self.entities[i].kind == EntityKind::Region && self.entities[i].id.as_deref().is_some_and(|c| c.contains('-')))
            .collect();
        for a in 0..self.entities.len() {
            let e = &self.entities[a];
            if e.kind != EntityKind::Region || e.id.is_some() || self.absorbed[a] {
                continue;
            }
            let Some(city) = e.name.clone() else { continue };
            let namesake = regions.iter().copied().find(|&b| {
                self.entities[b].name.as_deref().is_some_and(|n| {
                    n.strip_prefix(city.as_str()).is_some_and(|rest| matches!(rest, " Oblast" | " Region" | " Province" | " Krai"))
                })
            });
            if let Some(b) = namesake {
                self.absorb(a, b, false);
            }
        }
    }

    /// Fold organization `a` into `b`: its mentions become `b`'s and its spellings `b`'s
    /// aliases (its name too when `keep_name`; a name that says another country does not stay).
    fn absorb(&mut self, a: usize, b: usize, keep_name: bool) {
        self.absorbed[a] = true;
        for m in self.mentions.iter_mut().filter(|m| m.entity == a) {
            m.entity = b;
        }
        let mut aliases = std::mem::take(&mut self.entities[a].aliases);
        if keep_name {
            aliases.extend(self.entities[a].name.clone());
        }
        let cur = &mut self.entities[b];
        for x in aliases {
            if Some(&x) != cur.name.as_ref() && !cur.aliases.contains(&x) {
                cur.aliases.push(x);
            }
        }
    }

    /// A ministry named without its country ("aid to Health Ministry" in a headline) was given the
    /// story's main country; when the story names that ministry with another country in full
    /// ("the Ministry of Health of Kyrgyzstan"), the two are one body.
    pub fn absorb_bare_ministries(&mut self) {
        self.absorbed.resize(self.entities.len(), false);
        let names_country = |surface: &str| {
            let toks = crate::text::tokenize(surface);
            crate::geo::PLACES.find(&toks).iter().any(|h| matches!(h.value, crate::geo::Place::Country { .. } | crate::geo::Place::Capital { .. }))
                || surface.split_whitespace().any(|w| w.len() <= 3 && w.chars().all(|c| c.is_uppercase()) && w.chars().count() >= 2 && !w.starts_with("МИД"))
        };
        let ministries: Vec<usize> = (0..self.entities.len())
            .filter(|&i| self.entities[i].kind == EntityKind::Org && self.entities[i].name.as_deref().is_some_and(|n| n.starts_with("Ministry of ") && n.contains(" of ")))
            .collect();
        // "the Ministry of Industry" after "the Ministry of Industry and Construction of
        // Kazakhstan": the body named by the first words of its field.
        for &a in &ministries {
            let name = self.entities[a].name.clone().unwrap_or_default();
            let Some((field, country)) = name.rsplit_once(" of ") else { continue };
            let fuller = ministries.iter().copied().find(|&b| {
                b != a && !self.absorbed[b] && self.entities[b].name.as_deref().and_then(|n| n.rsplit_once(" of ")).is_some_and(|(f, c)| c == country && f.starts_with(&format!("{field} and ")))
            });
            if let Some(b) = fuller {
                self.absorb(a, b, true);
            }
        }
        for &a in &ministries {
            if self.absorbed[a] || self.entities[a].aliases.is_empty() || self.entities[a].aliases.iter().any(|x| names_country(x)) {
                continue;
            }
            let name = self.entities[a].name.clone().unwrap_or_default();
            let Some((field, _)) = name.rsplit_once(" of ") else { continue };
            let others: Vec<usize> = ministries.iter().copied().filter(|&b| b != a && !self.absorbed[b] && self.entities[b].name.as_deref().and_then(|n| n.rsplit_once(" of ")).is_some_and(|(f, _)| f == field)).collect();
            if let [b] = others[..] {
                self.absorb(a, b, false);
            }
        }
    }

    /// The entities, leaving out regions no mention is left for, names folded into fuller
    /// ones, and outlets only ever cited ("сообщает VladNews", "as reported by Kun.uz"): news
    /// credited as the source is no entity. A public body cited ("said the press service of
    /// the Ministry of Health") still is one: it speaks for itself.
    pub fn into_entities(self) -> Vec<Entity> {
        let mut used = vec![false; self.entities.len()];
        let mut told_otherwise = vec![false; self.entities.len()];
        for m in &self.mentions {
            used[m.entity] = true;
            if !self.sources.contains(&(m.start, m.end)) {
                told_otherwise[m.entity] = true;
            }
        }
        let public_body = |e: &Entity| {
            e.name.as_deref().is_some_and(|n| {
                ["Ministry", "Government", "Embassy", "Consulate", "Representation", "Mission", "Committee", "Agency", "Service", "Administration", "Akimat", "Council", "Commission", "Chamber", "Office", "Cabinet", "Parliament", "Fund", "Bank", "Center", "Centre", "Institute", "Department", "Inspectorate", "Presidential", "President", "Union", "Organization", "Organisation"]
                    .iter()
                    .any(|w| n.split_whitespace().any(|x| x == *w))
            })
        };
        let cited_only: Vec<bool> = self.entities.iter().enumerate().map(|(i, e)| e.kind == EntityKind::Org && used[i] && !told_otherwise[i] && !public_body(e)).collect();
        let absorbed = self.absorbed;
        self.entities
            .into_iter()
            .zip(used)
            .enumerate()
            .filter(|(i, (e, u))| !absorbed.get(*i).copied().unwrap_or(false) && !cited_only[*i] && (*u || e.kind != EntityKind::Region))
            .map(|(_, (e, _))| e)
            .collect()
    }

}
