//! Organizations: a curated list of firms and bodies, government bodies by rule,
//! and names by pattern (quoted names after a company noun, capitalized phrases
//! ending in an organization head word, legal forms).

use crate::lexicon::Lexicon;
use std::sync::LazyLock;

#[derive(Debug, Clone)]
pub struct KnownOrg {
    pub name: &'static str,
    pub country: Option<&'static str>,
}

/// The curated lists: `orgs.tsv` (firms and bodies named in the project's
/// first stories) and `orgs_region.tsv` (a wider survey of the region's
/// industry), in one format.
static ORGS_TSV: &[&str] = &[include_str!("../data/orgs.tsv"), include_str!("../data/orgs_region.tsv")];
static AGENCIES_TXT: &str = include_str!("../data/agencies.txt");

pub static KNOWN_ORGS: LazyLock<Lexicon<KnownOrg>> = LazyLock::new(|| {
    let mut lex = Lexicon::default();
    let rows = ORGS_TSV.iter().flat_map(|tsv| tsv.lines().skip_while(|l| l.starts_with('#')).skip(1));
    for line in rows {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 {
            continue;
        }
        let org = KnownOrg { name: cols[0], country: (cols[1] != "-").then_some(cols[1]) };
        lex.insert(cols[0], org.clone());
        for form in cols[2].split('|') {
            lex.insert(form, org.clone());
        }
    }
    lex
});

/// News agencies and outlets, matched so they can be kept out of the entities.
pub static AGENCIES: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    let mut lex = Lexicon::default();
    for line in AGENCIES_TXT.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        lex.insert(line.trim(), ());
    }
    lex
});

/// Ministry fields: Russian genitive phrase (as a normalized token key) → English field.
pub const RU_MINISTRY_FIELDS: &[(&str, &str)] = &[
    ("здравоохранения и медицинской промышленности", "Health and Medical Industry"),
    ("энергетики и природных ресурсов", "Energy and Natural Resources"),
    ("внешней торговли и иностранных инвестиций", "Foreign Trade and Foreign Investment"),
    ("торговли и внешнеэкономических связей", "Trade and Foreign Economic Relations"),
    ("экономики и устойчивого развития", "Economy and Sustainable Development"),
    ("иностранных дел и торговли", "Foreign Affairs and Trade"),
    ("антимонопольного регулирования и торговли", "Antimonopoly Regulation and Trade"),
    ("инвестиций и промышленности", "Investment and Industry"),
    ("по чрезвычайным ситуациям", "Emergency Situations"),
    ("природных ресурсов и экологии", "Natural Resources and Ecology"),
    ("экологии и природных ресурсов", "Ecology and Natural Resources"),
    ("сельского и водного хозяйства", "Agriculture and Water Resources"),
    ("строительства и жилищно-коммунального хозяйства", "Construction and Housing and Utilities"),
    ("юстиции", "Justice"),
    ("культуры", "Culture"),
    ("связи и информатизации", "Communications and Informatization"),
    ("цифрового развития , связи и массовых коммуникаций", "Digital Development, Communications and Mass Media"),
    ("здравоохранения и социального развития", "Health and Social Development"),
    ("здравоохранения и социальной защиты населения", "Health and Social Protection of the Population"),
    ("здравоохранения и фармацевтической промышленности", "Health and Pharmaceutical Industry"),
    ("труда , занятости и социальной защиты населения", "Labor, Employment and Social Protection of the Population"),
    ("инновационного развития", "Innovative Development"),
    ("инвестиций , промышленности и торговли", "Investment, Industry and Trade"),
    ("здравоохранения", "Health"),
    ("промышленности и торговли", "Industry and Trade"),
    ("экономического развития и торговли", "Economic Development and Trade"),
    ("экономического развития", "Economic Development"),
    ("экономики и финансов", "Economy and Finance"),
    ("экономики и планирования", "Economy and Planning"),
    ("экономики", "Economy"),
    ("иностранных дел", "Foreign Affairs"),
    ("финансов", "Finance"),
    ("сельского хозяйства", "Agriculture"),
    ("энергетики", "Energy"),
    ("образования и науки", "Education and Science"),
    ("науки и высшего образования", "Science and Higher Education"),
    ("просвещения", "Education"),
    ("образования", "Education"),
    ("промышленности", "Industry"),
    ("торговли и интеграции", "Trade and Integration"),
    ("торговли", "Trade"),
    ("индустрии и инфраструктурного развития", "Industry and Infrastructure Development"),
    ("инвестиций , промышленности и торговли", "Investment, Industry and Trade"),
    ("инвестиций и внешней торговли", "Investment and Foreign Trade"),
    ("инвестиций и внешнеэкономических связей", "Investment and Foreign Economic Relations"),
    ("цифрового развития", "Digital Development"),
    ("транспорта", "Transport"),
    ("обороны", "Defense"),
    ("труда и социальной защиты", "Labor and Social Protection"),
    ("национальной экономики", "National Economy"),
    ("антимонопольного регулирования", "Antimonopoly Regulation"),
    ("внешнеэкономических связей", "Foreign Economic Relations"),
    // Single words last: the table is read in order, and a longer field starting with one wins.
    ("природных ресурсов", "Natural Resources"),
    ("строительства", "Construction"),
    ("инвестиций", "Investment"),
];

/// Russian ministry abbreviations (lower-case stems; case endings may follow) → English field.
pub const RU_MINISTRY_ABBR: &[(&str, &str)] = &[
    ("минздрав", "Health"),
    ("минпромторг", "Industry and Trade"),
    ("минэкономразвития", "Economic Development"),
    ("минэкономики", "Economy"),
    ("минфин", "Finance"),
    ("минсельхоз", "Agriculture"),
    ("минэнерго", "Energy"),
    ("минобрнауки", "Education and Science"),
    ("минпромэнерго", "Industry and Energy"),
    ("минторг", "Trade"),
    ("минюст", "Justice"),
    ("минтранс", "Transport"),
    ("минцифры", "Digital Development"),
];

/// English ministry fields as written in "Ministry of X" or "X Ministry" → canonical field.
pub fn english_field(words: &str) -> Option<&'static str> {
    let w = words.to_lowercase();
    let w = w.trim();
    Some(match w {
        "health" | "healthcare" | "public health" | "health care" => "Health",
        "health and medical industry" | "healthcare and medical industry" => "Health and Medical Industry",
        "health and pharmaceutical industry" => "Health and Pharmaceutical Industry",
        "health and social development" => "Health and Social Development",
        "health and social protection of the population" | "health and social protection" => "Health and Social Protection of the Population",
        "innovative development" => "Innovative Development",
        "health and medical education" => "Health and Medical Education",
        "industry and trade" => "Industry and Trade",
        "economy" | "economic" | "economics" => "Economy",
        "economic development" => "Economic Development",
        "economic development and trade" => "Economic Development and Trade",
        "foreign affairs" | "foreign" | "external affairs" => "Foreign Affairs",
        "finance" | "finances" => "Finance",
        "agriculture" | "agricultural" => "Agriculture",
        "energy" => "Energy",
        "education and science" => "Education and Science",
        "education" => "Education",
        "industry" | "industrial" => "Industry",
        "trade" => "Trade",
        "trade and integration" => "Trade and Integration",
        "industry and infrastructural development" | "industry and infrastructure development" => "Industry and Infrastructure Development",
        "investment, industry and trade" | "investments, industry and trade" => "Investment, Industry and Trade",
        "investment and foreign trade" => "Investment and Foreign Trade",
        "digital development" => "Digital Development",
        "transport" => "Transport",
        "defense" | "defence" => "Defense",
        "national economy" => "National Economy",
        "emergency situations" | "emergencies" => "Emergency Situations",
        "labor" | "labour" => "Labor",
        "economy and sustainable development" => "Economy and Sustainable Development",
        "trade and foreign economic relations" => "Trade and Foreign Economic Relations",
        "energy and natural resources" => "Energy and Natural Resources",
        "foreign trade and foreign investment" => "Foreign Trade and Foreign Investment",
        "foreign affairs and trade" => "Foreign Affairs and Trade",
        "antimonopoly regulation and trade" => "Antimonopoly Regulation and Trade",
        "investment" | "investments" => "Investment",
        "investment and industry" => "Investment and Industry",
        "natural resources" => "Natural Resources",
        "justice" => "Justice",
        "culture" => "Culture",
        "construction" => "Construction",
        _ => return None,
    })
}

/// Head words that end an English organization name.
pub const EN_ORG_HEADS: &[&str] = &[
    "company", "corporation", "corp", "group", "holding", "holdings", "pharma", "pharmaceuticals",
    "pharmaceutical", "laboratories", "labs", "institute", "center", "centre", "university", "agency",
    "bank", "fund", "commission", "council", "chamber", "association", "committee", "plant", "works",
    "factory", "cluster", "park", "organization", "organisation", "authority", "service", "foundation",
    "academy", "llc", "jsc", "ojsc", "cjsc", "pjsc", "ltd", "inc", "ag", "gmbh", "plc", "sa", "biotech",
    "biologics", "biotechnology", "medical", "technologies", "industries", "enterprise", "consortium",
    "federation", "confederation", "chambers", "union", "alliance", "forum", "exchange", "network", "hospital", "clinic", "concern",
    "embassy", "office", "board", "representation", "mission", "department", "directorate", "administration",
    "pvt", "limited", "co", "llp", "gmbh", "s.a", "a.s", "bv", "nv", "spa", "kgaa", "ilac", "sanayi",
    "farm", "pharm", "biological", "biopharmaceutical", "biopharma", "bio", "healthcare", "therapeutics", "vaccines", "diagnostics",
];

/// Russian nouns after which a quoted name is an organization.
pub const RU_ORG_NOUNS: &[&str] = &[
    "компания", "компании", "компанией", "компанию", "холдинг", "холдинга", "холдингом", "холдингу",
    "предприятие", "предприятия", "предприятием", "предприятии", "завод", "завода", "заводом", "заводе",
    "корпорация", "корпорации", "корпорацией", "группа", "группы", "группой", "группу", "фирма", "фирмы",
    "ооо", "ао", "оао", "зао", "пао", "тоо", "ип", "сп", "гк", "одо", "уп", "руп", "чуп", "сооо", "иооо", "чтуп", "ргп", "гкп", "осоо", "нао", "фгуп", "гуп", "нпп", "нпк", "нпф", "мчж",
    "ассоциацией", "ассоциацию", "союз", "союза", "союзом", "концерн", "концерна", "объединение",
    "объединения", "фармкомпания", "фармкомпании", "фармкомпанией", "фармкорпорация", "фармкорпорацией",
    "фабрика", "фабрики", "комбинат", "комбината", "центр", "центра", "центром", "нтц", "нпо", "нии",
    "госкорпорация", "госкорпорации", "банк", "банка", "фонд", "фонда", "агентство", "агентства",
    "производитель", "производителя", "производителем", "дистрибьютор", "кластер", "кластера", "технопарк",
    "фармацевтической компании", "зона", "зоны", "зоне", "зону", "зоной", "сэз", "оэз", "парк", "парка", "парке", "парком", "технопарка", "технопарке", "ассоциация", "ассоциации", "институт", "института", "университет",
];

/// English nouns after which a capitalized name is a company ("company Sinopharm").
pub const EN_ORG_NOUNS: &[&str] = &["company", "companies", "firm", "holding", "manufacturer", "producer", "corporation", "group", "enterprise", "plant", "concern", "drugmaker", "pharmaceutical", "startup", "venture", "JSC", "LLC", "OJSC", "CJSC", "PJSC"];

