//! What an event sentence says besides its type: the parties, sectors and products, the host country of a production site, and which figures fit which kind of event.

use super::*;

/// Party keys of a sentence: everything mentioned in it (cities by name and, when they
/// are subdivisions, by code too); the document's main country when the sentence names
/// no country; and the organizations of the sentence before when this one names none
/// ("A license agreement has been signed" after a sentence about the company).
pub(super) fn sentence_parties(si: usize, table: &EntityTable, main: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let push = |k: String, out: &mut Vec<String>| {
        if !k.is_empty() && !out.contains(&k) {
            out.push(k);
        }
    };
    let mut has_country = false;
    let mut has_actor = false;
    for m in table.mentions_in(si).filter(|m| !table.sources.contains(&(m.start, m.end))) {
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
        for m in table.mentions_in(si - 1).filter(|m| !table.sources.contains(&(m.start, m.end))) {
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

pub(super) fn sectors_and_products(s: &Sentence) -> (Vec<Sector>, Vec<String>) {
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
pub(super) fn host_country(s: &Sentence, lower: &str, lang: Lang, main: Option<&str>, region_country: Option<&str>, names: &[(usize, usize)], story_host: &mut Option<String>) -> Option<String> {
    // "совместное сборочное производство в нашем регионе", "региону нужен кластер": the
    // region the story is about is where production goes.
    static OUR_REGION: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)(в нашем регионе|в нашей области|в нашем крае|нашему региону|региону нужн|на территории (нашего )?региона|in our region|in our province)"));
    let named = located_host(s, lower, lang, main, names).or_else(|| region_country.filter(|_| OUR_REGION.is_match(lower)).map(str::to_string));
    if story_host.is_none() {
        if let Some(h) = &named {
            *story_host = Some(h.clone());
        }
    }
    named.or_else(|| story_host.clone()).or_else(|| main.map(str::to_string))
}

/// `names` are the byte spans (within the sentence) of the organizations it names.
pub(super) fn located_host(s: &Sentence, lower: &str, lang: Lang, main: Option<&str>, names: &[(usize, usize)]) -> Option<String> {
    let adjective_at: HashSet<usize> = s.countries.iter().filter(|c| !c.2).map(|c| c.0).collect();
    // Countries named only as where someone went, spoke or signed: no site, here or below.
    let mut elsewhere: HashSet<usize> = HashSet::new();
    for (tok, code) in s.countries.iter().map(|(t, c, _)| (t, c)).chain(s.places.iter().map(|(t, c)| (t, c))) {
        if *tok == 0 {
            continue;
        }
        let prev = &s.tokens[tok - 1].norm;
        // "production at Belarusian enterprises", "на казахстанских предприятиях": the plants of
        // a nationality are where production is.
        let next = s.tokens.get(tok + 1).map(|t| t.norm.as_ref()).unwrap_or("");
        let at_plants = adjective_at.contains(tok)
            && match lang {
                Lang::En => prev == "at" && matches!(next, "enterprises" | "enterprise" | "plants" | "plant" | "facilities" | "facility" | "factories" | "factory" | "sites" | "production"),
                Lang::Ru => prev == "на" && ["предприяти", "завод", "мощност", "площадк", "производств"].iter().any(|w| next.starts_with(w)),
            };
        let located = at_plants
            || match lang {
                // "in the Chui region", "a plant near Sumgait"
                // ("assistance to Belarusian companies": "to" before a nationality is no destination.)
                Lang::En => prev == "in" || prev == "near" || prev == "to" && !adjective_at.contains(tok) || prev == "the" && *tok >= 2 && matches!(s.tokens[tok - 2].norm.as_ref(), "in" | "to" | "at"),
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
        if travelled || posted {
            elsewhere.insert(*tok);
        }
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
    let distinct: HashSet<&String> = s.countries.iter().filter(|c| c.2 && !possessive(c.0) && !origin(c.0) && !elsewhere.contains(&c.0)).map(|c| &c.1).collect();
    if distinct.len() == 1 {
        return distinct.into_iter().next().cloned();
    }
    // "Власти Липецкой области рассчитывают на строительство китайского автозавода": a place
    // the sentence names, not after "in", still says where the plant goes when it is of one
    // country and no country named as such says otherwise.
    // (Not a place inside a name: "China Hubei Zhuoyue Group" is no site in Hubei.)
    let in_name = |tok: usize| names.iter().any(|&(a, b)| a <= s.tokens[tok].span.start && s.tokens[tok].span.end <= b);
    let place_countries: HashSet<&String> = s.places.iter().filter(|p| !elsewhere.contains(&p.0) && !in_name(p.0)).map(|p| &p.1).collect();
    if place_countries.len() == 1 && (distinct.is_empty() || distinct.is_superset(&place_countries)) {
        return place_countries.into_iter().next().cloned();
    }
    None
}

pub(super) fn is_document_unit(unit: &str) -> bool {
    matches!(unit, "agreements" | "memorandums" | "memoranda" | "contracts" | "documents" | "deals" | "roadmaps" | "protocols" | "treaties")
}

pub(super) fn is_money(unit: &str) -> bool {
    unit.len() == 3 && unit.chars().all(|c| c.is_ascii_uppercase())
}

/// Which quantities belong on an event of this type.
pub(super) fn quantity_fits(kind: EventType, unit: &str) -> bool {
    // "three manufacturers", "4 plants", "117 enterprises": how many actors or sites a
    // story counts is background, not the size of a deal.
    if matches!(unit, "companies" | "company" | "enterprises" | "enterprise" | "manufacturers" | "producers" | "firms" | "pharmacies" | "plants" | "plant" | "factories" | "factory" | "hectares") {
        return false;
    }
    // "перевозку двух партий медикаментов", "three flights": how many deliveries, not how much.
    if matches!(unit, "batches" | "shipments" | "flights") {
        return false;
    }
    // "in three phases", "в два этапа", "5 areas of cooperation": how a plan is cut, not its size.
    if matches!(unit, "phases" | "stages" | "steps" | "rounds" | "areas" | "directions" | "times" | "sessions" | "meetings") {
        return false;
    }
    // "15 joint projects planned", "nine industrial projects worth $386 million": how many
    // projects a deal, plan or fund covers is its size; a supply or trade has no projects.
    if unit == "projects" {
        return !matches!(kind, EventType::Supply | EventType::Trade);
    }
    match kind {
        EventType::Trade => is_money(unit),
        // People employed ("will employ 500 people") are the jobs an investment creates, told so.
        EventType::Investment => is_money(unit) || unit == "jobs" || unit == "people" || unit == "projects" || is_document_unit(unit),
        _ => true,
    }
}

/// A figure in a sentence of no event of its own that sets the scene rather than details
/// the event told before: a stock held ("hospitals have 966 ventilators"), a need ("another
/// 5,000 will be needed", "потребуется"), the size of a market or a demand, what a business
/// already makes ("the company produces 900 machines a month", "производится более 1050
/// видов"), products registered. `before` is the sentence up to the figure.
pub(super) fn background_figure(lower: &str, before: &str, money: bool) -> bool {
    static SCENE: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?-u:\b)(needed|will need|required|registered)(?-u:\b)|(^|[^\p{L}])(потребу|необходим|нужн|требуется|зарегистрир)"));
    static MAKES_NOW: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?-u:\b)(produces|manufactures|is producing)(?-u:\b)|(^|[^\p{L}])(производит|производится|производят|выпускает|выпускается|выпускают)([^\p{L}]|$)"));
    static PLANNED: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?-u:\b)(will|plan|plans|planned|expected)(?-u:\b)|(^|[^\p{L}])(будет|будут|планир|сможет|ожида)"));
    static MARKET: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?-u:\b)(market|demand)(?-u:\b)|(^|[^\p{L}])(рын[оке]|спрос|потребност)"));
    let last = before.split_whitespace().next_back().unwrap_or("").to_lowercase();
    let held = matches!(last.as_str(), "have" | "has" | "имеет" | "имеется" | "имеются" | "располагает" | "располагают");
    held || of_other_makers(lower) || SCENE.is_match(lower) || money && MARKET.is_match(lower) || MAKES_NOW.is_match(lower) && !PLANNED.is_match(lower)
}

/// "Два других завода с мощностью 180 млн систем", "two other plants make 5 million": the
/// sentence's figures are of other makers, told to compare.
pub(super) fn of_other_makers(lower: &str) -> bool {
    static OTHERS: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?-u:\b)other (plants|factories|companies|manufacturers|producers)(?-u:\b)|(^|[^\p{L}])(други[ех]|другие) (завод|фабрик|предприяти|компани|производител)"));
    OTHERS.is_match(lower)
}

/// The need told is a country's or a market's ("в России нужно", "the market needs"), not a
/// step the event itself must take ("необходимо поставить 5 млн доз").
pub(super) fn market_need(lower: &str) -> bool {
    static WHOSE: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?-u:\b)(market|country|countries|nation)(?-u:\b)|(^|[^\p{L}])(рын[оке]|стран[аеуы]|в россии|в стране|в республике|ежегодн)"));
    WHOSE.is_match(lower)
}

/// A figure told as a need in its own clause: the words since the last comma or dash before
/// it say needed ("тогда как в России нужно 260 млн штук", "while the country needs 5 million").
pub(super) fn needed_figure(before: &str) -> bool {
    static NEED: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?-u:\b)(needs?|needed|demand|requires?|required)(?-u:\b)|(^|[^\p{L}])(нужн|необходим|потребност|потребу|требует)"));
    let clause = before.rsplit([',', ';', '–', '—', '(']).next().unwrap_or(before);
    NEED.is_match(&clause.to_lowercase())
}

/// Rubles told bare in a story of a Belarusian state body that names no Russian place
/// ("гуманитарная помощь на 748,5 тысяч рублей" granted by the Government of Belarus) are
/// Belarusian rubles; a sentence that says Russian keeps them Russian. A Belarusian
/// delegation in a Russian region's story is not enough: the region may go unrecognized,
/// so a body of Belarus must take part.
pub(super) fn belarusian_rubles(events: &mut [Event], entities: &[Entity]) {
    let id_is = |f: &dyn Fn(&str) -> bool| entities.iter().any(|e| e.id.as_deref().is_some_and(f));
    // (A story naming Belarus and not Russia counts in Belarusian rubles too.)
    let belarusian_body = entities.iter().any(|e| e.kind == EntityKind::Org && e.name.as_deref().is_some_and(|n| n.ends_with("of Belarus") || n.ends_with("Executive Committee")))
        || id_is(&|id| id == "BY" || id.starts_with("BY-"));
    if !belarusian_body || id_is(&|id| id == "RU" || id.starts_with("RU-")) {
        return;
    }
    for e in events {
        let lower = e.evidence.to_lowercase();
        if lower.contains("росси") || lower.contains("russia") || e.evidence.contains('₽') || e.evidence.contains("RUB") {
            continue;
        }
        for q in e.quantities.iter_mut().filter(|q| q.unit == "RUB") {
            q.unit = "BYN".to_string();
        }
    }
}

/// A headline rounds the figure its story gives exactly ("Tajikistan Secures $3 Billion" over
/// "$3.12 billion" in the text): the headline's figure is the same amount, not another one.
pub(super) fn headline_rounding(events: &mut [Event], headline: &str) {
    let headline = headline.trim();
    if headline.is_empty() {
        return;
    }
    let in_headline = |e: &Event| headline.contains(e.evidence.trim()) || e.evidence.trim().starts_with(headline);
    let body: Vec<Quantity> = events.iter().filter(|e| !in_headline(e)).flat_map(|e| e.quantities.iter().cloned()).collect();
    let significant = |v: f64| {
        let digits = format!("{:e}", v.abs());
        digits.split('e').next().unwrap_or("").chars().filter(char::is_ascii_digit).count()
    };
    for e in events.iter_mut().filter(|e| in_headline(e)) {
        e.quantities.retain(|q| {
            !body.iter().any(|b| {
                b.unit == q.unit && b.value != q.value && (b.value - q.value).abs() <= 0.1 * b.value.abs() && significant(q.value) < significant(b.value) && rounded_from(q.value, b.value, significant(q.value))
            })
        });
    }
}

/// `b` told with `digits` significant digits, rounded or cut ("$3 billion" for 3.12, "over
/// $3 billion" for 3.9): "$22 million" is not 21.19 million told short.
fn rounded_from(q: f64, b: f64, digits: usize) -> bool {
    if b <= 0.0 || digits == 0 {
        return false;
    }
    let step = 10f64.powi(b.log10().floor() as i32 + 1 - digits as i32);
    let near = |x: f64| (x - q).abs() <= 1e-9 * q.abs().max(1.0);
    near((b / step).round() * step) || near((b / step).floor() * step)
}

/// The head word of a gathering's name ("Saudi-Azerbaijani Business Forum" -> "forum"), or
/// "" for any other organization.
pub(super) fn gathering_head(name: &str) -> &'static str {
    match name.rsplit(' ').next().unwrap_or("") {
        "Forum" => "forum",
        "Summit" => "summit",
        "Commission" => "commission",
        "Conference" => "conference",
        "Congress" => "congress",
        _ => "",
    }
}
