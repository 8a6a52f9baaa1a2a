//! Domain types of onshore.
//!
//! Every other crate depends on this one and nothing here depends on them, so
//! the types are plain data with serde derives. The JSON shape of
//! [`Extraction`] *is* the interchange contract
//! (`shared/docs/extraction-format.md`): field names and meanings must not
//! drift, because gold files and the reference scorer read the same shape.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A unit of input text after ingest: what analysis and extraction see.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Document {
    /// File stem, JSONL `id`, or an id the store gave it.
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publication date from metadata (`YYYY-MM-DD`), when the source gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// Main text; paragraphs separated by `\n`.
    pub text: String,
}

/// ISO 639-1 language of a document, as far as onshore cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Ru,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Country,
    Region,
    Org,
    Person,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Country => "country",
            EntityKind::Region => "region",
            EntityKind::Org => "org",
            EntityKind::Person => "person",
        }
    }
}

/// One distinct real-world entity mentioned in a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub kind: EntityKind,
    /// ISO 3166-1 alpha-2 for countries, ISO 3166-2 for regions that have one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Canonical English name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Role as stated in the text (persons only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Home country (ISO 3166-1 alpha-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

impl Entity {
    /// The key events use to name this entity in `parties`: the code when it
    /// has one, else the canonical name.
    pub fn party_key(&self) -> String {
        self.id
            .clone()
            .or_else(|| self.name.clone())
            .unwrap_or_default()
    }

    pub fn country(code: &str) -> Self {
        Entity {
            kind: EntityKind::Country,
            id: Some(code.to_string()),
            name: None,
            role: None,
            country: None,
            aliases: vec![],
        }
    }
}

macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident => $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $( #[serde(rename = $s)] $variant ),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str { match self { $($name::$variant => $s),+ } }
            pub fn parse(s: &str) -> Option<Self> { match s { $($s => Some($name::$variant),)+ _ => None } }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }
    };
}

string_enum!(
    /// The eight event types of the contract, most specific first in spirit:
    /// a proposed localization is `Localization`, not `Intent`.
    EventType {
        Meeting => "meeting",
        Agreement => "agreement",
        Intent => "intent",
        Localization => "localization",
        Supply => "supply",
        Trade => "trade",
        Investment => "investment",
        Program => "program",
    }
);

string_enum!(
    /// How far an undertaking has come. Ordered: a later variant is further along.
    Stage {
        Discussed => "discussed",
        Agreed => "agreed",
        InProgress => "in_progress",
        Done => "done",
    }
);

string_enum!(
    /// What kind of document an agreement is.
    Instrument {
        Memorandum => "memorandum",
        Framework => "framework",
        Contract => "contract",
        Investment => "investment",
        Intergovernmental => "intergovernmental",
        Roadmap => "roadmap",
        Other => "other",
    }
);

string_enum!(
    /// Economic sectors an event touches.
    Sector {
        Pharma => "pharma",
        Vaccines => "vaccines",
        MedicalDevices => "medical_devices",
        Diagnostics => "diagnostics",
        Healthcare => "healthcare",
        Microelectronics => "microelectronics",
        MachineTools => "machine_tools",
        Automotive => "automotive",
        Machinery => "machinery",
        Metals => "metals",
        Energy => "energy",
        Agriculture => "agriculture",
        Food => "food",
        Construction => "construction",
        It => "it",
        Logistics => "logistics",
        Finance => "finance",
        Tourism => "tourism",
        Culture => "culture",
        Education => "education",
        Other => "other",
    }
);

/// An amount: money in ISO 4217 codes, counts in the noun counted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub value: f64,
    pub unit: String,
}

/// Something that happened, or was agreed, proposed or reported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    #[serde(rename = "type")]
    pub kind: EventType,
    /// Party keys: ISO codes for countries/regions, canonical names otherwise.
    #[serde(default)]
    pub parties: Vec<String>,
    /// For localization: the country where production is set up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    #[serde(default)]
    pub sectors: Vec<Sector>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub products: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<Stage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instrument: Option<Instrument>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quantities: Vec<Quantity>,
    /// The event's own date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) when it differs from `published`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The sentence the event was read from, verbatim.
    pub evidence: String,
    /// Harmonized System codes of `products` (added by coordination; optional in the contract).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hs_codes: Vec<String>,
}

impl Event {
    pub fn new(kind: EventType, evidence: impl Into<String>) -> Self {
        Event {
            kind,
            parties: vec![],
            host: None,
            sectors: vec![],
            products: vec![],
            stage: None,
            instrument: None,
            count: None,
            quantities: vec![],
            date: None,
            evidence: evidence.into(),
            hs_codes: vec![],
        }
    }
}

/// One document's extraction result: the interchange object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub doc: String,
    pub lang: String,
    pub published: Option<String>,
    #[serde(default)]
    pub entities: Vec<Entity>,
    #[serde(default)]
    pub events: Vec<Event>,
    /// Title, when the input had one (not part of the scored contract).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Why a single input could not be turned into a document.
/// Carries the file (or `file:line`) so the user can find it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub source: String,
    pub reason: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.source, self.reason)
    }
}

impl std::error::Error for InputError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_serializes_with_contract_field_names() {
        let mut e = Event::new(EventType::Localization, "s");
        e.stage = Some(Stage::InProgress);
        e.sectors.push(Sector::MedicalDevices);
        let v = serde_json::to_value(&e).unwrap();
        assert_eq!(v["type"], "localization");
        assert_eq!(v["stage"], "in_progress");
        assert_eq!(v["sectors"][0], "medical_devices");
        assert!(v.get("host").is_none());
    }

    #[test]
    fn gold_shaped_json_parses() {
        let j = r#"{"doc":"d","lang":"ru","published":null,
            "entities":[{"kind":"region","id":"RU-VLA","name":"Vladimir Oblast"}],
            "events":[{"type":"agreement","parties":["BY"],"instrument":"other","count":11,
                       "sectors":[],"stage":"agreed","evidence":"x"}]}"#;
        let x: Extraction = serde_json::from_str(j).unwrap();
        assert_eq!(x.entities[0].party_key(), "RU-VLA");
        assert_eq!(x.events[0].count, Some(11));
        assert_eq!(x.events[0].instrument, Some(Instrument::Other));
    }

    #[test]
    fn stages_order_by_progress() {
        assert!(Stage::Discussed < Stage::Agreed && Stage::Agreed < Stage::InProgress);
        assert!(Stage::InProgress < Stage::Done);
        assert_eq!(Stage::parse("in_progress"), Some(Stage::InProgress));
    }
}
