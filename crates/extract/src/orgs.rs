//! Organizations: a curated list of firms and bodies, government bodies by rule,
//! and names by pattern (quoted names after a company noun, capitalized phrases
//! ending in an organization head word, legal forms).

use crate::lexicon::Lexicon;
use crate::text::Token;
use std::sync::LazyLock;

#[derive(Debug, Clone)]
pub struct KnownOrg {
    pub name: &'static str,
    pub country: Option<&'static str>,
}

/// The curated lists: `orgs.tsv` (firms and bodies named in the project's
/// first stories) and `orgs_region.tsv` (a wider survey of the region's
/// industry), in one format.
static ORGS_TSV: &[&str] = &[
    include_str!("../data/orgs.tsv"),
    include_str!("../data/orgs_region.tsv"),
    include_str!("../data/orgs_health_world.tsv"),
    include_str!("../data/orgs_industry_world.tsv"),
    include_str!("../data/orgs_public_world.tsv"),
];
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

/// States that no longer exist, named as history ("built in Soviet times", "со времён СССР"):
/// no party to anything told now, and neither an organization nor a country of the story.
pub static FORMER_STATES: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    let mut lex = Lexicon::default();
    for name in [
        "Soviet Union", "USSR", "U.S.S.R.", "СССР",
        "Советский Союз", "Советского Союза", "Советском Союзе", "Советскому Союзу", "Советским Союзом",
    ] {
        lex.insert(name, ());
    }
    lex
});

/// Ministry fields: Russian genitive phrase (as a normalized token key) → English field.
pub const RU_MINISTRY_FIELDS: &[(&str, &str)] = &[
    ("промышленности и новых технологий", "Industry and New Technologies"),
    ("промышленности , рудников и торговли", "Industry, Mine and Trade"),
    ("сельского хозяйства и продовольствия", "Agriculture and Food"),
    ("сельского хозяйства и мелиорации", "Agriculture and Land Reclamation"),
    ("энергетики и водных ресурсов", "Energy and Water Resources"),
    ("горнодобывающей промышленности и геологии", "Mining Industry and Geology"),
    ("высшего образования , науки и инноваций", "Higher Education, Science and Innovation"),
    ("экономики и коммерции", "Economy and Commerce"),
    ("промышленности и строительства", "Industry and Construction"),
    ("территориального управления и инфраструктуры", "Territorial Administration and Infrastructure"),
    ("иностранных дел и международного сотрудничества", "Foreign Affairs and International Cooperation"),
    ("высшего и среднего специального образования", "Higher and Secondary Specialized Education"),
    ("инвестиций , промышленности и торговли", "Investment, Industry and Trade"),
    ("здравоохранения и медицинского образования", "Health and Medical Education"),
    ("здравоохранения и медицинской промышленности", "Health and Medical Industry"),
    ("энергетики и природных ресурсов", "Energy and Natural Resources"),
    ("внешней торговли и иностранных инвестиций", "Foreign Trade and Foreign Investment"),
    ("торговли и внешнеэкономических связей", "Trade and Foreign Economic Relations"),
    ("экономики и устойчивого развития", "Economy and Sustainable Development"),
    ("иностранных дел и торговли", "Foreign Affairs and Trade"),
    ("антимонопольного регулирования и торговли", "Antimonopoly Regulation and Trade"),
    ("инвестиций и промышленности", "Investment and Industry"),
    ("по чрезвычайным ситуациям", "Emergency Situations"),
    ("по делам гражданской обороны , чрезвычайным ситуациям и ликвидации последствий стихийных бедствий", "Emergency Situations"),
    ("по делам гражданской обороны , чс и ликвидации последствий стихийных бедствий", "Emergency Situations"),
    ("транспорта и коммуникаций", "Transport and Communications"),
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
    ("спорта и туризма", "Sport and Tourism"),
    ("спорта", "Sport"),
    ("туризма", "Tourism"),
    ("внутренних дел", "Internal Affairs"),
    ("строительства", "Construction"),
    ("инвестиций", "Investment"),
    ("фармацевтической промышленности", "Pharmaceutical Industry"),
    ("коммерции", "Commerce"),
    ("водного хозяйства", "Water Resources"),
    ("чрезвычайных ситуаций", "Emergency Situations"),
];

/// One field of a ministry whose name lists several ("министерства труда, здравоохранения и
/// социальной защиты"): Russian genitive words → English. Longer phrases first.
const RU_FIELD_ITEMS: &[(&str, &str)] = &[
    ("социальной защиты населения", "Social Protection of the Population"),
    ("жилищно-коммунального хозяйства", "Housing and Utilities"),
    ("охраны окружающей среды", "Environmental Protection"),
    ("окружающей среды", "Environment"),
    ("горнодобывающей промышленности", "Mining Industry"),
    ("медицинской промышленности", "Medical Industry"),
    ("фармацевтической промышленности", "Pharmaceutical Industry"),
    ("внешнеэкономических связей", "Foreign Economic Relations"),
    ("экономического развития", "Economic Development"),
    ("регионального развития", "Regional Development"),
    ("инновационного развития", "Innovative Development"),
    ("устойчивого развития", "Sustainable Development"),
    ("цифрового развития", "Digital Development"),
    ("сельского хозяйства", "Agriculture"),
    ("водного хозяйства", "Water Resources"),
    ("водных ресурсов", "Water Resources"),
    ("природных ресурсов", "Natural Resources"),
    ("социальной защиты", "Social Protection"),
    ("социального развития", "Social Development"),
    ("иностранных дел", "Foreign Affairs"),
    ("внутренних дел", "Internal Affairs"),
    ("внешней торговли", "Foreign Trade"),
    ("иностранных инвестиций", "Foreign Investment"),
    ("высшего образования", "Higher Education"),
    ("массовых коммуникаций", "Mass Media"),
    ("здравоохранения", "Health"),
    ("труда", "Labor"),
    ("занятости", "Employment"),
    ("экономики", "Economy"),
    ("финансов", "Finance"),
    ("промышленности", "Industry"),
    ("торговли", "Trade"),
    ("энергетики", "Energy"),
    ("образования", "Education"),
    ("науки", "Science"),
    ("культуры", "Culture"),
    ("спорта", "Sports"),
    ("туризма", "Tourism"),
    ("транспорта", "Transport"),
    ("коммуникаций", "Communications"),
    ("связи", "Communications"),
    ("информатизации", "Informatization"),
    ("юстиции", "Justice"),
    ("обороны", "Defense"),
    ("строительства", "Construction"),
    ("архитектуры", "Architecture"),
    ("экологии", "Ecology"),
    ("инвестиций", "Investment"),
    ("инноваций", "Innovation"),
    ("технологий", "Technology"),
    ("высоких технологий", "High Technologies"),
    ("информационных технологий", "Information Technologies"),
    ("инфраструктуры", "Infrastructure"),
    ("планирования", "Planning"),
    ("интеграции", "Integration"),
    ("молодежи", "Youth"),
    ("молодёжи", "Youth"),
    ("приватизации", "Privatization"),
    ("аэрокосмической промышленности", "Aerospace Industry"),
    ("чрезвычайных ситуаций", "Emergency Situations"),
    ("рыбного хозяйства", "Fisheries"),
    ("лесного хозяйства", "Forestry"),
    ("цифровых технологий", "Digital Technologies"),
    ("высоких технологий", "High Technologies"),
    ("молодежной политики", "Youth Policy"),
    ("национальной экономики", "National Economy"),
    ("благосостояния", "Welfare"),
    ("соцзащиты", "Social Protection"),
    ("социального обеспечения", "Social Security"),
    ("семьи", "Family"),
    ("информации", "Information"),
    ("ирригации", "Irrigation"),
    ("мелиорации", "Land Reclamation"),
    ("продовольствия", "Food"),
    ("геологии", "Geology"),
    ("недропользования", "Subsoil Use"),
    ("коммерции", "Commerce"),
    ("бюджета", "Budget"),
];

/// The field of a ministry named at token `j`: a known phrase from [`RU_MINISTRY_FIELDS`], or a
/// list of fields joined by commas and "и" ("труда, здравоохранения и социальной защиты" →
/// "Labor, Health and Social Protection"), whichever reads further. Returns the English field
/// and the end token.
pub fn ru_ministry_field(tokens: &[Token], j: usize) -> Option<(String, usize)> {
    let n = tokens.len();
    let phrase_at = |table: &[(&'static str, &'static str)], at: usize| -> Option<(&'static str, usize)> {
        table.iter().find_map(|(phrase, en)| {
            let words: Vec<&str> = phrase.split(' ').collect();
            (at + words.len() <= n && words.iter().enumerate().all(|(k, w)| tokens[at + k].norm == *w)).then_some((*en, at + words.len()))
        })
    };
    let fixed = phrase_at(RU_MINISTRY_FIELDS, j);
    // The list: items, with "," between them and "и" before the last.
    let mut items: Vec<&str> = Vec::new();
    let mut k = j;
    let mut end = j;
    while let Some((en, e)) = phrase_at(RU_FIELD_ITEMS, k) {
        items.push(en);
        end = e;
        match tokens.get(e).map(|t| t.norm.as_ref()) {
            Some(",") | Some("и") if phrase_at(RU_FIELD_ITEMS, e + 1).is_some() => k = e + 1,
            _ => break,
        }
    }
    let listed = (items.len() >= 2).then(|| {
        let (last, rest) = items.split_last().unwrap();
        (format!("{} and {last}", rest.join(", ")), end)
    });
    // A list going on past the vocabulary ("здравоохранения, труда и благосостояния" with the last
    // word unknown) names a field we cannot read: a ministry named by part of it would be wrong.
    // A field word is a genitive noun or adjective ("благосостояния", "аэрокосмической"), not "а
    // также", "других ведомств".
    let field_like = |w: &str| {
        w.chars().count() >= 5
            && !matches!(w, "также" | "этого" | "того" | "всего" | "своего" | "нашей" | "вашей" | "другой" | "иной" | "прочей" | "одного" | "одной")
            && ["ния", "ства", "ики", "ции", "сти", "ли", "ры", "ма", "та", "ты", "зи", "ой", "ей", "ого", "его"].iter().any(|e| w.ends_with(e))
    };
    let goes_on = |e: usize| {
        matches!(tokens.get(e).map(|t| t.norm.as_ref()), Some(",") | Some("и"))
            && tokens.get(e + 1).is_some_and(|t| t.is_word && t.is_cyrillic() && !t.is_capitalized() && field_like(&t.norm))
    };
    let fixed = fixed.filter(|&(_, e)| !goes_on(e));
    let listed = listed.filter(|&(_, e)| !goes_on(e));
    match (fixed, listed) {
        (Some((f, fe)), Some((l, le))) => Some(if le > fe { (l, le) } else { (f.to_string(), fe) }),
        (Some((f, fe)), None) => Some((f.to_string(), fe)),
        (None, l) => l,
    }
}

/// Russian ministry abbreviations (lower-case stems; case endings may follow) → English field.
pub const RU_MINISTRY_ABBR: &[(&str, &str)] = &[
    ("минздрав", "Health"),
    ("мчс", "Emergency Situations"),
    ("минпромторг", "Industry and Trade"),
    ("минпром", "Industry"),
    ("минэкономразвития", "Economic Development"),
    ("минэкономики", "Economy"),
    ("минфин", "Finance"),
    ("минсельхозпрод", "Agriculture and Food"),
    ("минсельхоз", "Agriculture"),
    ("минэнерго", "Energy"),
    ("минобрнауки", "Education and Science"),
    ("минпромэнерго", "Industry and Energy"),
    ("минторг", "Trade"),
    ("минюст", "Justice"),
    ("минтранс", "Transport"),
    ("минцифры", "Digital Development"),
    ("минспорт", "Sport"),
    ("минкультуры", "Culture"),
    ("минобороны", "Defense"),
    ("минтруд", "Labor"),
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
    "federation", "confederation", "chambers", "union", "alliance", "congress", "forum", "exchange", "network", "hospital", "clinic", "concern",
    "embassy", "office", "board", "representation", "mission", "department", "directorate", "administration",
    "pvt", "limited", "co", "llp", "gmbh", "s.a", "a.s", "bv", "nv", "spa", "kgaa", "ilac", "sanayi",
    // Central Asian and Turkish forms written in Latin letters: Turkmen "klasteri" (cluster), Uzbek
    // "MChJ" (LLC), Turkish "A.Ş." (joint-stock company).
    "klasteri", "mchj", "a.ş", "ticaret", "cooperative",
    "farm", "pharm", "biological", "biopharmaceutical", "biopharma", "bio", "healthcare", "therapeutics", "vaccines", "diagnostics",
];

/// Russian nouns after which a quoted name is an organization.
pub const RU_ORG_NOUNS: &[&str] = &[
    "компания", "компании", "компанией", "компанию", "холдинг", "холдинга", "холдингом", "холдингу",
    "предприятие", "предприятия", "предприятием", "предприятии", "завод", "завода", "заводом", "заводе",
    "корпорация", "корпорации", "корпорацией", "группа", "группы", "группой", "группу", "фирма", "фирмы",
    "ооо", "ао", "оао", "зао", "пао", "тоо", "сп", "гк", "одо", "уп", "руп", "чуп", "сооо", "иооо", "чтуп", "ргп", "гкп", "осоо", "нао", "фгуп", "гуп", "нпп", "нпк", "нпф", "мчж",
    "ассоциацией", "ассоциацию", "союз", "союза", "союзом", "концерн", "концерна", "объединение",
    "объединения", "фармкомпания", "фармкомпании", "фармкомпанией", "фармкорпорация", "фармкорпорацией",
    "фабрика", "фабрики", "комбинат", "комбината", "центр", "центра", "центром", "нтц", "нпо", "нии",
    "госкорпорация", "госкорпорации", "банк", "банка", "фонд", "фонда", "агентство", "агентства",
    "производитель", "производителя", "производителем", "дистрибьютор", "кластер", "кластера", "технопарк",
    "авиакомпания", "авиакомпании", "авиакомпанией", "авиакомпанию", "фармацевтической компании", "зона", "зоны", "зоне", "зону", "зоной", "сэз", "оэз", "парк", "парка", "парке", "парком", "технопарка", "технопарке", "ассоциация", "ассоциации", "институт", "института", "университет",
];

/// A company or institution noun in any case ("больнице", "заводу", "резидента", "банком"),
/// where [`RU_ORG_NOUNS`] lists exact forms: a quoted name after it is the body's.
pub fn ru_org_noun_any_case(noun: &str) -> bool {
    const STEMS: &[&str] = &[
        "компани", "холдинг", "предприяти", "завод", "корпораци", "концерн", "фабрик", "комбинат", "банк", "фонд",
        "производител", "промпарк", "агропарк", "больниц", "клиник", "госпитал", "поликлиник", "медцентр", "резидент", "лаборатори", "фармкомпани",
    ];
    STEMS.iter().any(|st| noun.starts_with(st) && noun.chars().count() <= st.chars().count() + 3)
}

/// Whether token `i` ends a legal form spelled out in full, in any case: "Обществом с
/// ограниченной ответственностью", "Открытое акционерное общество", "Товарищество с
/// ограниченной ответственностью" (Kazakhstan), "Республиканское унитарное предприятие"
/// (Belarus), "Федеральное государственное унитарное предприятие", "государственное
/// учреждение". A quoted name after it is the organization's. A sole trader
/// ("индивидуальный предприниматель") is a person and is no form here.
pub fn ru_legal_form_ends_at(tokens: &[Token], i: usize) -> bool {
    let w = |k: usize| tokens.get(k).map(|t| t.norm.as_ref()).unwrap_or("");
    let stem = |k: usize, st: &str| w(k).starts_with(st) && w(k).chars().count() <= st.chars().count() + 3;
    let prev = |st: &str| i > 0 && stem(i - 1, st);
    // "с ограниченной/дополнительной ответственностью"
    (stem(i, "ответственност") && (prev("ограниченн") || prev("дополнительн")))
        // "акционерное общество", "хозяйственное общество"
        || (stem(i, "обществ") && (prev("акционерн") || prev("хозяйственн")))
        // "унитарное предприятие", "казённое/казенное предприятие", "частное предприятие"
        || (stem(i, "предприяти") && (prev("унитарн") || prev("казённ") || prev("казенн") || prev("частн") || prev("коммунальн")))
        // "государственное учреждение", "некоммерческое партнерство"
        || (stem(i, "учреждени") && (prev("государственн") || prev("бюджетн") || prev("казённ") || prev("казенн")))
        || (stem(i, "партнерств") && prev("некоммерческ"))
        || (stem(i, "товариществ") && i > 0 && !prev("с"))
}

/// English nouns after which a capitalized name is a company ("company Sinopharm").
pub const EN_ORG_NOUNS: &[&str] = &["company", "companies", "firm", "holding", "manufacturer", "producer", "corporation", "group", "enterprise", "plant", "concern", "drugmaker", "pharmaceutical", "startup", "venture", "JSC", "LLC", "OJSC", "CJSC", "PJSC"];


/// Companies the English context vouches for, though their names carry no head word or
/// legal form ("Chairman of Modon", "the leadership of Hansae Mobility", "South Korea's
/// IOTA", "the pharmaceutical complex Eira Med", "between Uzavtosanoat and IOTA").
///
/// Runs after places, the curated lists and persons have claimed their tokens (`claimed`),
/// so what is left of a capitalized run is neither; `countries` are the token ranges of
/// country names and `known` those of organizations already found in the sentence.
/// Returns the token ranges of the names.
pub fn context_orgs_en(tokens: &[Token], claimed: &[bool], countries: &[(usize, usize)], known: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let n = tokens.len();
    let mut out: Vec<(usize, usize)> = Vec::new();
    let taken = |out: &[(usize, usize)], k: usize| out.iter().any(|&(a, b)| a <= k && k < b);
    let push = |out: &mut Vec<(usize, usize)>, a: usize, b: usize| {
        if a < b && !out.iter().any(|&(x, y)| x < b && a < y) {
            out.push((a, b));
        }
    };
    // A Turkish registered name's trade words and legal form are not part of the name it goes by.
    let run_at = |k: usize| name_run(tokens, claimed, k).map(|e| (k + 1..e).find(|&x| turkish_legal_tail(tokens, x).is_some()).unwrap_or(e));
    for i in 0..n {
        let t = &tokens[i];
        // "Chairman of Modon", "the leadership of Hansae Mobility": a business role or part of a firm, then "of".
        if t.is_word && CUE_OF.contains(&t.norm.as_ref()) && tokens.get(i + 1).is_some_and(|x| x.norm == "of") {
            let k = if tokens.get(i + 2).is_some_and(|x| x.norm == "the") { i + 3 } else { i + 2 };
            if let Some(end) = run_at(k).filter(|&e| acceptable(tokens, k, e, false)) {
                // "CEO of Acme Group of Companies" and "head of X Region" end in words the head-word rules own.
                // "the Founder of Peace and national unity": a run coordinated with a common noun is a common phrase.
                let common_phrase = tokens.get(end).is_some_and(|x| x.norm == "and") && tokens.get(end + 1).is_some_and(|x| x.is_word && !x.is_capitalized());
                if !tokens.get(end).is_some_and(|x| x.norm == "of" || x.norm == "'s") && !common_phrase {
                    push(&mut out, k, end);
                }
            }
        }
        // "the pharmaceutical complex Eira Med", "the enterprise Kazecotech": a lower-case noun
        // that says what the name is.
        if t.is_word && !t.is_capitalized() && CUE_NOUNS.contains(&t.norm.as_ref()) && i > 0 {
            if let Some(end) = run_at(i + 1).filter(|&e| acceptable(tokens, i + 1, e, false)) {
                let product = tokens.get(end).is_some_and(|x| matches!(x.norm.as_ref(), "vaccine" | "vaccines" | "doses" | "tablets" | "drug" | "drugs" | "brand"));
                if !product {
                    push(&mut out, i + 1, end);
                }
            }
        }
        // "South Korea's IOTA": a country's possessive before a name shaped like a company's, or
        // before one that goes on to do what companies do ("Korea's Chung Woon Brake plans to produce").
        if t.norm == "'s" && countries.iter().any(|&(_, e)| e == i) {
            // "Uzbekistan's EV market": a name that modifies a noun is no company's.
            let modifies = |e: usize| tokens.get(e).is_some_and(|x| MODIFIED.contains(&x.norm.as_ref()));
            if let Some(end) = run_at(i + 1).filter(|&e| acceptable(tokens, i + 1, e, false) && !modifies(e)) {
                if acceptable(tokens, i + 1, end, true) || does_business(tokens, end) {
                    push(&mut out, i + 1, end);
                }
            }
        }
        // "giants such as CNPC, CITIC and SINOPEC": the examples of a company noun.
        if t.norm == "such" && tokens.get(i + 1).is_some_and(|x| x.norm == "as") && i > 0 && LIST_NOUNS.contains(&tokens[i - 1].norm.as_ref()) {
            let mut k = i + 2;
            while let Some(end) = run_at(k) {
                if acceptable(tokens, k, end, false) {
                    push(&mut out, k, end);
                }
                match tokens.get(end).map(|x| x.norm.as_ref()) {
                    Some(",") | Some("and") => k = end + 1,
                    _ => break,
                }
                if tokens.get(k).is_some_and(|x| x.norm == "and") {
                    k += 1;
                }
            }
        }
    }
    // "between Uzavtosanoat and IOTA", "IOTA and Uzavtosanoat signed": a name coordinated with a
    // known organization, when it is shaped like a company's or the coordination is a partnership.
    for &(a, b) in known {
        if b + 1 < n && matches!(tokens[b].norm.as_ref(), "and" | "&") && !taken(&out, b + 1) {
            let between = a > 0 && matches!(tokens[a - 1].norm.as_ref(), "between" | "with");
            if let Some(end) = run_at(b + 1).filter(|&e| acceptable(tokens, b + 1, e, !between)) {
                push(&mut out, b + 1, end);
            }
        }
        if a >= 2 && matches!(tokens[a - 1].norm.as_ref(), "and" | "&") {
            // Walk back over the run that ends before "and".
            let mut s = a - 1;
            while s > 0 && a - 1 - (s - 1) <= 4 && tokens[s - 1].is_word && tokens[s - 1].is_capitalized() && !claimed[s - 1] {
                s -= 1;
            }
            let between = s > 0 && matches!(tokens[s - 1].norm.as_ref(), "between" | "with");
            if s < a - 1 && run_at(s) == Some(a - 1) && acceptable(tokens, s, a - 1, !between) && !taken(&out, s) {
                push(&mut out, s, a - 1);
            }
        }
    }
    // "MFA International, a respirator and gas mask plant": a name described after a comma as a
    // plant, factory or complex (the appositive rule of the patterns knows the company nouns).
    for c in 1..n.saturating_sub(3) {
        if tokens[c].text != "," || !matches!(tokens[c + 1].norm.as_ref(), "a" | "an" | "the") {
            continue;
        }
        let Some(noun) = (c + 2..n.min(c + 9)).take_while(|&k| tokens[k].is_word && !tokens[k].is_capitalized()).find(|&k| APPOSITIVE_NOUNS.contains(&tokens[k].norm.as_ref())) else {
            continue;
        };
        // The noun must end the description ("a plant manager" describes a person).
        let ends = tokens.get(noun + 1).is_none_or(|x| !x.is_word || matches!(x.norm.as_ref(), "in" | "of" | "that" | "which" | "with" | "based" | "located" | "owned" | "producing" | "specializing" | "and" | "from" | "near" | "for" | "set" | "launched" | "built" | "founded" | "established"));
        let mut start = c;
        while start > 0 && c - start < 4 && tokens[start - 1].is_word && !tokens[start - 1].is_cyrillic() && tokens[start - 1].is_capitalized() && !claimed[start - 1] && !RUN_STOPS.contains(&tokens[start - 1].norm.as_ref()) {
            start -= 1;
        }
        if ends && start < c && run_at(start) == Some(c) && acceptable(tokens, start, c, false) && !taken(&out, start) {
            push(&mut out, start, c);
        }
    }
    // "Hell Energy will invest $60 million", "Green Pipe has launched ...": a sentence that opens on
    // a name of two or more capitalized words (the second capital is the name's, not the
    // sentence's) and goes on to do what companies do.
    if let Some(end) = run_at(0).filter(|&e| e >= 2 && acceptable(tokens, 0, e, false) && does_business(tokens, e)) {
        push(&mut out, 0, end);
    }
    // "in partnership with IOTA", "together with P&G": a partnership cue before a company-shaped name.
    for i in 0..n.saturating_sub(1) {
        if tokens[i].norm == "with" && i > 0 && matches!(tokens[i - 1].norm.as_ref(), "partnership" | "cooperation" | "collaboration" | "jointly" | "together" | "partnering" | "venture") {
            if let Some(end) = run_at(i + 1).filter(|&e| acceptable(tokens, i + 1, e, true)) {
                push(&mut out, i + 1, end);
            }
        }
    }
    out.sort_unstable();
    out
}

/// Quoted Russian company names the context vouches for, though no company noun stands
/// before them: «ПромСервис» из Димитровграда (a quoted name from a town), минской «КПСР
/// Групп» (a town's adjective before it), «Кыргызбетоностроение» и «Кыргыз топчу» (listed
/// after a known organization). `known` are the token ranges of organizations already found,
/// quotes included. Returns the ranges inside the quotes.
pub fn context_orgs_ru(tokens: &[Token], claimed: &[bool], known: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let n = tokens.len();
    let is_open = |t: &str| matches!(t, "«" | "\"" | "“" | "„");
    let is_close = |t: &str| matches!(t, "»" | "\"" | "”" | "“");
    // Quoted spans (open, close) whose inside is a short capitalized name nobody has claimed.
    let mut quotes: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k + 2 < n {
        if is_open(tokens[k].text) {
            if let Some(c) = (k + 2..n.min(k + 7)).find(|&c| is_close(tokens[c].text)) {
                let inside = &tokens[k + 1..c];
                let name_like = inside[0].is_capitalized() && inside.iter().all(|t| t.is_word || matches!(t.text, "-" | "&" | "." | "+"))
                    && !claimed[k + 1..c].iter().any(|&x| x);
                if name_like {
                    quotes.push((k, c));
                }
                k = c + 1;
                continue;
            }
        }
        k += 1;
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut ends: Vec<usize> = known.iter().map(|&(_, b)| b).collect();
    for &(o, c) in &quotes {
        // «X» из Димитровграда: a quoted name from a place (claimed by the gazetteer) is a firm's.
        let from_place = tokens.get(c + 1).is_some_and(|t| t.norm == "из") && tokens.get(c + 2).is_some_and(|t| t.is_capitalized()) && claimed.get(c + 2) == Some(&true);
        // минской «КПСР Групп»: a town's or region's adjective right before the quotes.
        let town_adjective = o > 0 && is_place_adjective(&tokens[o - 1]);
        // «A» и «B»: listed after an organization already found.
        let listed = o >= 1 && matches!(tokens[o - 1].norm.as_ref(), "и" | ",") && ends.contains(&(o - 1));
        let product = FAMOUS_PRODUCTS.iter().any(|p| tokens[o + 1].norm.starts_with(p));
        if (from_place || town_adjective || listed) && !product {
            out.push((o + 1, c));
            ends.push(c + 1);
        }
    }
    out
}

/// Quoted names that are products or programs whatever stands around them.
const FAMOUS_PRODUCTS: &[&str] = &["спутник", "sputnik", "эпиваккорона", "ковивак", "бетувакс", "конвасэл"];

/// A lower-case adjective made from a town's or region's name ("минской", "ульяновского").
fn is_place_adjective(t: &Token) -> bool {
    if !t.is_word || !t.is_cyrillic() || t.is_capitalized() || !crate::ru_orgs::is_adjective(&t.norm) || !t.norm.contains("ск") {
        return false;
    }
    crate::ru_orgs::place_bases(&t.norm).into_iter().any(|base| {
        let mut cs = base.chars();
        let Some(first) = cs.next() else { return false };
        let capital: String = first.to_uppercase().chain(cs).collect();
        let toks = crate::text::tokenize(&capital);
        crate::geo::PLACES.find(&toks).into_iter().any(|h| h.start == 0 && h.end == toks.len() && !matches!(h.value, crate::geo::Place::Country { .. }))
    })
}

/// Nouns before "of" whose object is a company.
const CUE_OF: &[&str] = &[
    "chairman", "chairwoman", "ceo", "founder", "co-founder", "owner", "owners", "shareholder", "shareholders",
    "leadership", "management", "subsidiary", "subsidiaries", "affiliate", "division", "participation",
    "director-general", "executives", "headquarters", "shares", "stake", "activity", "activities", "products",
    "employees", "engineers", "specialists", "representatives", "plant", "plants", "factory", "factories",
];

/// Lower-case nouns that introduce a company's name, beyond those the head-word rules know.
const CUE_NOUNS: &[&str] = &[
    "enterprise", "enterprises", "complex", "investor", "investors", "contractor", "operator", "partner",
    "subsidiary", "affiliate", "retailer", "exporter", "importer", "integrator", "shipbuilder", "automaker", "carmaker",
];

/// Sites a name is described as after a comma.
const APPOSITIVE_NOUNS: &[&str] = &["plant", "factory", "complex", "venture", "mill", "works", "refinery", "facility", "automaker", "carmaker", "giant"];

/// Nouns a name before them only describes ("the EV market", "the IT sector").
const MODIFIED: &[&str] = &["market", "markets", "sector", "sectors", "industry", "economy", "exports", "imports", "output", "share", "growth", "segment", "cluster", "park", "zone", "program", "programme", "strategy", "project"];

/// Plural nouns whose examples ("such as ...") are companies.
const LIST_NOUNS: &[&str] = &["companies", "giants", "firms", "manufacturers", "producers", "automakers", "carmakers", "corporations", "brands", "drugmakers", "suppliers", "investors"];

/// Whether the words after a name tell what a company does: produce, build, invest, supply.
fn does_business(tokens: &[Token], end: usize) -> bool {
    const STEMS: &[&str] = &["produc", "manufactur", "build", "construct", "invest", "assembl", "export", "suppl", "launch", "localiz", "localis"];
    tokens[end..tokens.len().min(end + 4)].iter().take_while(|t| t.is_word).any(|t| STEMS.iter().any(|s| t.norm.starts_with(s)))
}

/// Words a company's name does not start with or run through.
const RUN_STOPS: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "of", "and", "for", "with", "by", "to", "from", "as", "this", "that", "it",
    "he", "she", "they", "we", "his", "her", "their", "its", "our", "also", "however", "meanwhile", "according",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Capitalized Latin run of up to four words starting at `k` ("Procter & Gamble" keeps its
/// ampersand), unclaimed; `None` when there is none.
fn name_run(tokens: &[Token], claimed: &[bool], k: usize) -> Option<usize> {
    let n = tokens.len();
    let mut end = k;
    while end < n && end - k < 4 {
        let t = &tokens[end];
        let word = t.is_word && !t.is_cyrillic() && !claimed[end] && !RUN_STOPS.contains(&t.norm.as_ref());
        let upper = t.text.chars().next().is_some_and(|c| c.is_uppercase()) || (end == k && !t.text.contains('-') && t.text.chars().skip(1).any(char::is_uppercase));
        if word && upper {
            end += 1;
        } else if t.text == "&" && end > k && tokens.get(end + 1).is_some_and(|x| x.is_capitalized() && !claimed[end + 1]) {
            end += 1;
        } else {
            break;
        }
    }
    (end > k).then_some(end)
}

/// The end of a Turkish company's trade words and legal form starting at `k` ("San ve Tic A.S.",
/// "Yatirim ve Dis Ticaret A. S.", "Ltd. Şti."), if a legal form closes them: what follows
/// the name the firm goes by ("ABC Deterjan", "Gap Insaat").
pub fn turkish_legal_tail(tokens: &[Token], k: usize) -> Option<usize> {
    // Some pages type a Cyrillic "с" inside "Ticaret".
    let word = |x: usize| tokens[x].norm.replace('с', "c");
    const TRADE: &[&str] = &["san", "sanayi", "sanayii", "sanaýi", "tic", "ticaret", "tijaret", "yatirim", "yatırım", "ithalat", "ihracat", "pazarlama", "dış", "dis", "diş", "dıs", "ve", "ltd"];
    const LEGAL: &[&str] = &["a.s", "a.ş", "şti", "sti", "a", "s", "ş"];
    if k >= tokens.len() || !TRADE.contains(&word(k).as_str()) || word(k) == "ve" {
        return None;
    }
    let mut e = k;
    let mut legal = false;
    while e < tokens.len() && e < k + 9 {
        let w = word(e);
        if TRADE.contains(&w.as_str()) || LEGAL.contains(&w.as_str()) {
            legal |= matches!(w.as_str(), "a.s" | "a.ş" | "şti" | "sti") || (w == "a" && tokens.get(e + 2).is_some_and(|x| matches!(x.norm.as_ref(), "s" | "ş")));
            e += 1;
        } else if tokens[e].text == "." && e > k {
            e += 1;
        } else {
            break;
        }
    }
    legal.then_some(e)
}

/// Whether the run `[a, b)` can be a company's name: not a person's, a title's, a field's or
/// a generic body's; with `shaped`, it must also look like a company's on its own.
fn acceptable(tokens: &[Token], a: usize, b: usize, shaped: bool) -> bool {
    let words = &tokens[a..b];
    let first = &words[0].norm;
    if crate::persons::is_given_name(first) || crate::persons::is_en_role_word(first) {
        return false;
    }
    // "Director of Sales", "Chairman of the Board", "head of Department": fields and generic bodies.
    let generic = |w: &str| EN_ORG_HEADS.contains(&w) || crate::persons::is_en_field_word(w) || english_field(w).is_some() || NOT_NAMES.contains(&w);
    if words.iter().all(|w| generic(&w.norm) || w.text == "&") {
        return false;
    }
    // "Khayrullo Bozorov": a surname's ending makes a two-word run a person.
    if b - a >= 2 && looks_like_surname(&words[b - a - 1].norm) {
        return false;
    }
    let first_text = words[0].text;
    if first_text.chars().any(|c| c.is_ascii_digit()) || NOT_NAMES.contains(&first.as_ref()) {
        return false;
    }
    if b - a == 1 && first_text.chars().count() < 2 {
        return false;
    }
    !shaped || company_shaped(words)
}

/// Names a company's by their letters alone: an acronym (IOTA, BYD), capitals inside (UzAuto,
/// PhosAgro), an ampersand (P&G), or a last word companies end in (Hansae Mobility, ACWA Power).
fn company_shaped(words: &[Token]) -> bool {
    let first = words[0].text;
    let is_acronym = |w: &Token| {
        let letters = w.text.chars().filter(|c| c.is_alphabetic()).count();
        w.is_all_caps() && (2..=6).contains(&letters) && !ROMAN.contains(&w.text) && !NOT_NAMES.contains(&w.norm.as_ref())
    };
    // "IOTA", "Erae CS": an acronym anywhere in the name.
    let acronym = words.iter().any(is_acronym);
    // "UzAuto", "PhosAgro", but not "al-Tanf", a place's article before its name.
    let camel = first.starts_with(|c: char| c.is_uppercase()) && first.chars().skip(1).any(char::is_uppercase) && first.chars().any(char::is_lowercase);
    let amp = words.iter().any(|w| w.text == "&") || first.contains('&');
    let tail = words.len() >= 2 && COMPANY_TAILS.contains(&words[words.len() - 1].norm.as_ref());
    acronym || camel || amp || tail
}

const ROMAN: &[&str] = &["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/// Capitalized words and acronyms that are not companies' names.
const NOT_NAMES: &[&str] = &[
    "ev", "evs", "ckd", "skd", "led", "api", "apis", "gmo", "lng", "lpg", "cng", "ppe", "pcr", "icu", "mri", "ct", "it-park",
    "mou", "ceo", "gdp", "sez", "fez", "llc", "jsc", "ojsc", "cjsc", "pjsc", "ltd", "inc", "ict", "gmp", "vat", "fdi", "sme", "smes", "ppp", "usd", "eur", "rub", "cny",
    "it", "ai", "hr", "pr", "r&d", "covid", "covid-19", "un", "eu", "who", "cis", "eaeu", "sco", "brics", "opec", "asean", "nato", "tv", "pm", "ok",
    "state", "republic", "region", "province", "oblast", "city", "district", "president", "government", "parliament",
    "north", "south", "east", "west", "central", "western", "eastern", "northern", "southern",
    "board", "directors", "department", "project", "projects", "program", "programme", "plan", "strategy", "initiative",
];

/// Last words of companies' names ("Hansae Mobility", "ACWA Power", "MFA International").
const COMPANY_TAILS: &[&str] = &[
    "mobility", "motors", "motor", "power", "energy", "electric", "electronics", "international", "med", "medical", "pharm",
    "tech", "technologies", "systems", "solutions", "industries", "industrial", "auto", "automotive", "steel", "metals",
    "chemicals", "textile", "textiles", "foods", "food", "logistics", "engineering", "construction", "capital", "partners",
    "invest", "investments", "trading", "asia", "global", "europe", "eurasia",
];

/// Endings of the region's surnames in Latin spelling.
fn looks_like_surname(norm: &str) -> bool {
    const ENDINGS: &[&str] = &["ov", "ev", "ova", "eva", "yov", "yev", "in", "ina", "enko", "yan", "ian", "dze", "shvili", "uly", "kyzy", "ovich", "evich", "sky", "skiy", "ski", "aev", "iev", "zade", "zada", "oglu"];
    norm.len() > 4 && ENDINGS.iter().any(|e| norm.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    /// The names `context_orgs_en` finds in `text`, with the words in `claimed` taken by
    /// earlier passes (places, persons, known organizations).
    fn found(text: &str, claimed_words: &[&str], countries: &[&str], known: &[&str]) -> Vec<String> {
        let tokens = tokenize(text);
        let claimed: Vec<bool> = tokens.iter().map(|t| claimed_words.contains(&t.text) || countries.contains(&t.text) || known.contains(&t.text)).collect();
        let spans = |words: &[&str]| -> Vec<(usize, usize)> { tokens.iter().enumerate().filter(|(_, t)| words.contains(&t.text)).map(|(i, _)| (i, i + 1)).collect() };
        context_orgs_en(&tokens, &claimed, &spans(countries), &spans(known))
            .into_iter()
            .map(|(a, b)| text[tokens[a].span.start..tokens[b - 1].span.end].to_string())
            .collect()
    }

    #[test]
    fn context_vouches_for_company_names() {
        assert_eq!(found("The governor met the leadership of Daesan Precision in Seoul.", &["Seoul"], &[], &[]), ["Daesan Precision"]);
        assert_eq!(found("The deal was signed by the chairman of Qurilish Invest.", &[], &[], &[]), ["Qurilish Invest"]);
        assert_eq!(found("Japan's KTM will supply the lines.", &[], &["Japan"], &[]), ["KTM"]);
        assert_eq!(found("Turkey's Kolumbus Tekstil plans to build a mill.", &[], &["Turkey"], &[]), ["Kolumbus Tekstil"]);
        assert_eq!(found("Uzavtosanoat signed a contract with Dongsan Hose and Uzavtosanoat and TMK agreed.", &[], &[], &["Uzavtosanoat"]), ["Dongsan Hose", "TMK"]);
        assert_eq!(found("A contract was signed between Uzavtosanoat and Dongsan Hose.", &[], &[], &["Uzavtosanoat"]), ["Dongsan Hose"]);
        assert_eq!(found("The medical complex Shifo Med opened a ward.", &[], &[], &[]), ["Shifo Med"]);
        assert_eq!(found("It is part of P&G, the consumer goods group.", &[], &[], &[]), Vec::<String>::new());
        assert_eq!(found("The plant works in partnership with P&G.", &[], &[], &[]), ["P&G"]);
        assert_eq!(found("The visitors toured Qazaq Kabel, a cable and wire plant in the north.", &[], &[], &[]), ["Qazaq Kabel"]);
        assert!(found("Then Karimbek, a plant manager, spoke.", &[], &[], &[]).is_empty());
        assert_eq!(found("Towns such as Ravon, Chevrolet and Isuzu grow here.", &[], &[], &[]), Vec::<String>::new());
        assert_eq!(found("Giant carmakers such as Ravon, Chevrolet and Isuzu assemble here.", &[], &[], &[]), ["Ravon", "Chevrolet", "Isuzu"]);
    }

    /// The names `context_orgs_ru` finds in `text`; `known` are quoted names already found
    /// (their quotes included), `claimed_words` words taken by places.
    fn found_ru(text: &str, claimed_words: &[&str], known: &[&str]) -> Vec<String> {
        let tokens = tokenize(text);
        let mut claimed: Vec<bool> = tokens.iter().map(|t| claimed_words.contains(&t.text)).collect();
        let mut spans = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            if known.contains(&t.text) && i > 0 && i + 1 < tokens.len() {
                spans.push((i - 1, i + 2));
                claimed[i - 1..i + 2].iter_mut().for_each(|c| *c = true);
            }
        }
        context_orgs_ru(&tokens, &claimed, &spans).into_iter().map(|(a, b)| text[tokens[a].span.start..tokens[b - 1].span.end].to_string()).collect()
    }

    #[test]
    fn russian_context_vouches_for_quoted_names() {
        assert_eq!(found_ru("Клапан выпускает «ТехноАрм» из Тольятти вместе с партнерами.", &["Тольятти"], &[]), ["ТехноАрм"]);
        assert_eq!(found_ru("Контракт получила минская «Электро Групп».", &[], &[]), ["Электро Групп"]);
        assert_eq!(found_ru("В холдинг вошли «Алатоо» и «Бишкек Кабель».", &[], &["Алатоо"]), ["Бишкек Кабель"]);
        // A quoted name with nothing around it that says firm: a product, a program, a slogan.
        assert!(found_ru("Программа «Новая экономика» и «Цифровой регион» стартуют в мае.", &[], &[]).is_empty());
        assert!(found_ru("Вакцину «Спутник V» из Москвы доставили самолетом.", &["Москвы"], &[]).is_empty());
    }

    #[test]
    fn context_leaves_people_titles_and_fields_alone() {
        // A person: given name, or a surname's ending.
        assert!(found("He met the founder of Aziz Karimov on Monday.", &[], &[], &[]).is_empty());
        assert!(found("The chairman of the Board spoke.", &[], &[], &[]).is_empty());
        // Departments are not companies.
        assert!(found("Sales rose, said the head of Sales.", &[], &[], &[]).is_empty());
        // A possessive before a name that neither looks nor acts like a company's.
        assert!(found("Kazakhstan's Tokayev said the plant will open.", &[], &["Kazakhstan"], &[]).is_empty());
        assert!(found("Syria's al-Tanf base remains.", &[], &["Syria"], &[]).is_empty());
        // An acronym describing a market is no company.
        assert!(found("Uzbekistan's EV market will produce more cars.", &[], &["Uzbekistan"], &[]).is_empty());
        assert!(found("Georgia's SMEs plan to export more wine.", &[], &["Georgia"], &[]).is_empty());
        // Coordination with a known company alone does not vouch for a common-looking word.
        assert!(found("Uzavtosanoat and Monday traders met.", &[], &[], &["Uzavtosanoat"]).is_empty());
    }
}
