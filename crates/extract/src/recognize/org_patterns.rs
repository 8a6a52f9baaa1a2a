//! Companies and institutions found by pattern: the curated lists, legal forms, quotes, a noun that introduces a name, a name described after a comma, and Russian descriptive names.

use super::*;

pub(super) fn is_org_head(norm: &str) -> bool {
    // Asked of nearly every English token, often several times: a set, not a scan of the list.
    static HEADS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> = std::sync::LazyLock::new(|| orgs::EN_ORG_HEADS.iter().copied().collect());
    HEADS.contains(norm)
}

pub(super) fn is_connector(norm: &str) -> bool {
    matches!(norm, "of" | "for" | "and" | "the" | "&" | "on" | "de" | "ve")
}

/// Organizations by pattern: quoted names after a company noun, capitalized
/// phrases ending in a head word, and Latin-script names inside Russian text.
pub(super) fn pattern_orgs(si: usize, s: &mut Sentence, lang: Lang, table: &mut EntityTable) {
    let n = s.tokens.len();
    if lang == Lang::En {
        bilateral_bodies_en(si, s, table);
        zones_en(si, s, table);
    }
    if lang == Lang::Ru {
        bracketed_latin_companies_ru(si, s, table);
    }
    trade_houses(si, s, lang, table);
    // Quoted names after a company noun, in both languages: «m-3 Group», "Integral".
    let mut i = 0;
    while i + 2 < n {
        let q = s.tokens[i + 1].text;
        let opens = matches!(q, "«" | "\"" | "“" | "„");
        let noun = &s.tokens[i].norm;
        let after_noun = opens && match lang {
            // "группа компаний «ФармЭко»": the group's name follows "компаний".
            // "компания-инвестор «Мединтех»": a company noun joined to what the company does.
            Lang::Ru => orgs::RU_ORG_NOUNS.contains(&noun.as_ref()) || noun.split_once('-').is_some_and(|(head, _)| orgs::RU_ORG_NOUNS.contains(&head))
                || noun == "компаний" && i > 0 && s.tokens[i - 1].norm.starts_with("групп")
                || orgs::ru_legal_form_ends_at(&s.tokens, i)
                || orgs::ru_org_noun_any_case(noun)
                || quoted_maker_ru(s, i + 1),
            Lang::En => orgs::EN_ORG_NOUNS.iter().any(|w| w.eq_ignore_ascii_case(noun)),
        };
        if opens && after_noun {
            if let Some(close) = (i + 2..n.min(i + 10)).find(|&k| matches!(s.tokens[k].text, "»" | "\"" | "”" | "“")) {
                // A place's name in quotes after a company noun is the company's ("зона «Тараз»").
                let quoted_free = (i + 2..close).all(|k| s.free(k, k + 1) || s.place_tokens[k] && country_at(s, k).is_none());
                // 'предприятие "Управляющая компания холдинга "Белфармпром""': a straight quote touching
                // the next word opens a nested name; the outer name does not end there.
                let nested = s.tokens.get(close + 1).is_some_and(|t| t.is_word && t.span.start == s.tokens[close].span.end);
                if close > i + 2 && quoted_free && !nested {
                    let (qa, qb) = s.span(i + 2, close);
                    table.retract_regions_within(qa, qb);
                    let raw = s.surface(i + 2, close).to_string();
                    if raw.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c.is_alphabetic()) {
                        let name = quoted_name_ru(s, i + 2, close);
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
    if lang == Lang::Ru {
        self_named_quotes_ru(si, s, table);
        coined_quotes_ru(si, s, table);
    }
    if lang == Lang::En {
        quoted_orgs_en(si, s, table);
        introduced_orgs_en(si, s, table);
        listed_before_plural_en(si, s, table);
        named_before_noun_en(si, s, table);
        appositive_orgs_en(si, s, table);
    } else {
        unquoted_zones_ru(si, s, table);
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
            let given = (start..end).any(|k| persons::is_given_name(&s.tokens[k].norm))
                // "Indian Generics", "Turkish Pharmaceuticals": a kind of goods, not a firm.
                || (end == start + 1 && matches!(s.tokens[start].norm.as_ref(), "generics" | "pharmaceuticals" | "medicines" | "drugs" | "products" | "goods" | "vaccines" | "investors" | "companies" | "manufacturers" | "exporters"))
                // "Companies with Chinese Capital Operating in ...": a title-case headline's common noun.
                || (end > start && matches!(s.tokens[start].norm.as_ref(), "capital" | "investment" | "investments" | "business" | "businesses" | "entrepreneurs" | "experts" | "specialists" | "doctors" | "students" | "workers" | "tourists" | "partners" | "side"))
                // "the Kazakh QazVac vaccine": after a nationality (not a possessive), a name before a product noun is the product's.
                || (start == t + 1 && s.tokens.get(end).is_some_and(|x| matches!(x.norm.as_ref(), "vaccine" | "vaccines" | "drug" | "drugs" | "medicine" | "tablets" | "doses" | "tractor" | "tractors" | "car" | "cars")))
                // "the Mongolian PM", "the Georgian Tea Program": a title, a programme or an event, not a firm.
                || (end > start && matches!(s.tokens[start].norm.as_ref(), "pm" | "fm" | "mp" | "mps" | "ceo" | "vp" | "dpm"))
                || (end > start && matches!(s.tokens[end - 1].norm.as_ref(), "program" | "programme" | "programs" | "strategy" | "initiative" | "project" | "award" | "prize" | "cup" | "championship" | "festival" | "week" | "day" | "year" | "days" | "olympiad" | "games"))
                // "the Indian Kathak dance group": an art or a cuisine, not a firm.
                || s.tokens.get(end).is_some_and(|x| matches!(x.norm.as_ref(), "dance" | "dances" | "music" | "musical" | "folk" | "song" | "songs" | "cuisine" | "dish" | "dishes" | "film" | "films" | "art" | "arts" | "theatre" | "theater" | "festival" | "style" | "language" | "poetry" | "literature" | "carpet" | "carpets" | "tea"));
            // "Saudi Food and Drug Authority": a name going on past "and" is not "Food".
            let continues = s.tokens.get(end).is_some_and(|x| x.is_word && x.is_capitalized())
                || s.tokens.get(end).is_some_and(|x| matches!(x.norm.as_ref(), "and" | "&")) && s.tokens.get(end + 1).is_some_and(|x| x.is_word && x.is_capitalized() && !x.is_cyrillic() && country_at(s, end + 1).is_none());
            // After a possessive ("Serbia's Novak Djokovic", "Kazakhstan's Tokayev", "Delhi's Saket")
            // persons and places are as common as companies: a company must show it, by a head word
            // or by what follows ("China's Sinopharm vaccine").
            // "Egypt's Minapharm": a brand built on an industry word shows a company too.
            let brand = |w: &str| w.len() > 5 && ["pharm", "pharma", "farm", "farma", "biotech", "medica", "chem"].iter().any(|e| w.ends_with(e));
            let shows_company = end > start && (is_org_head(&s.tokens[end - 1].norm) || brand(&s.tokens[end - 1].norm)
                || s.tokens.get(end).is_some_and(|x| matches!(x.norm.as_ref(), "vaccine" | "vaccines" | "drug" | "drugs" | "medicines" | "plant" | "factory" | "company" | "group" | "shares" | "subsidiary")));
            let possessive_ok = start == t + 1 || shows_company;
            let mut end = end;
            let mut continues = continues;
            if let Some((k, _)) = (start + 1..=end).find_map(|k| turkish_legal_tail(s, k).map(|e| (k, e))) {
                end = k;
                continues = false;
            }
            if end > start && !given && !continues && possessive_ok {
                // "Swiss Humanitarian Aid", "Mongolian Armed Forces": a state's own service keeps its nationality.
                let state_service = start == t + 1 && matches!(s.tokens[start].norm.as_ref(), "armed" | "humanitarian" | "red" | "railways" | "airlines" | "navy" | "army" | "air");
                let start = if state_service { t } else { start };
                let raw = s.surface(start, end).to_string();
                // "Swiss Humanitarian AidExternal link": a web page's link label glued to the name.
                let raw = match raw.strip_suffix("External") {
                    Some(name) if s.tokens.get(end).is_some_and(|x| x.norm == "link") => name.to_string(),
                    _ => raw,
                };
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
                && !(tj.norm == "and" && (s.tokens[k].norm == "the" || persons::is_given_name(&s.tokens[k].norm)));
            let connects = is_connector(&tj.norm) && j + 1 < n && (next_ok(j + 1) || (s.tokens[j + 1].norm == "the" && matches!(tj.norm.as_ref(), "of" | "for" | "on") && next_ok(j + 2)));
            // "Chamber of Commerce of Tatarstan Shamil Ageev": a known given name and a surname closing
            // the run are the person the body's title belongs to.
            let cap = |k: usize| k < n && s.tokens[k].is_word && s.tokens[k].is_capitalized();
            if j > i + 1 && persons::is_given_name(&tj.norm) && cap(j + 1) && !is_org_head(&s.tokens[j + 1].norm) && !cap(j + 2) {
                break;
            }
            // "Union of Industrialists and Entrepreneurs Nokergul Ataguliyev": after a complete body
            // name, two words closing the run with a surname's ending are its head, whatever the given name.
            if j > i + 1 && (i..j).any(|k| is_org_head(&s.tokens[k].norm)) && cap(j) && cap(j + 1) && !cap(j + 2) && !is_org_head(&tj.norm) && !is_org_head(&s.tokens[j + 1].norm)
                && persons::looks_like_surname(&s.tokens[j + 1].norm) && !persons::looks_like_surname(&tj.norm) {
                break;
            }
            // "Joint Intergovernmental Commission on Economic, Trade, and Cultural Affairs": a listed
            // field goes on past its commas when "and" closes the list.
            if tj.text == "," && (i..j).any(|k| matches!(s.tokens[k].norm.as_ref(), "on" | "for") && k > i && is_org_head(&s.tokens[k - 1].norm)) && (cap(j + 1) && country_at(s, j + 1).is_none() || s.tokens.get(j + 1).is_some_and(|t| t.norm == "and") && cap(j + 2)) {
                // The list closes with a field's noun ("... and Cultural Affairs"), not a person ("..., and Arcelli").
                let field_noun = |k: usize| cap(k) && matches!(s.tokens[k].norm.as_ref(), "affairs" | "cooperation" | "development" | "relations" | "trade" | "investment" | "investments" | "industry" | "partnership" | "technology" | "technologies" | "sciences" | "research" | "energy" | "health" | "culture" | "education" | "tourism" | "integration" | "issues"
                    // "... of Medicines, Medical Devices and Medical Equipment"
                    | "equipment" | "devices" | "medicines" | "drugs" | "products" | "services");
                let closes = (j + 1..n.min(j + 8)).take_while(|&k| cap(k) || matches!(s.tokens[k].text, "," | "and")).any(|k| s.tokens[k].norm == "and" && (field_noun(k + 1) || cap(k + 1) && field_noun(k + 2)));
                if closes {
                    j += 1;
                    continue;
                }
            }
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
        // "State Committee on Investments ...": a role-like word before a head word is the name's.
        // ("State Trading Corporation of India", "Foreign Trade Bank": a field word that titles
        // use too opens the name when a head word follows in the run.)
        let field_opens_name = |k: usize| {
            matches!(s.tokens[k].norm.as_ref(), "state" | "trade" | "foreign" | "health" | "healthcare" | "economy" | "industry" | "finance" | "agriculture" | "energy" | "education" | "general")
                && (k + 1..j).any(|x| is_org_head(&s.tokens[x].norm))
        };
        while start < j && (matches!(s.tokens[start].norm.as_ref(), "the" | "a" | "an") || persons::is_en_role_word(&s.tokens[start].norm) && start + 1 < j && !is_org_head(&s.tokens[j - 1].norm) && !is_org_head(&s.tokens[start + 1].norm) && !field_opens_name(start)) {
            start += 1;
        }
        // "Creation of Life Sciences Park", "Modernization of the Tajik Aluminum Plant": a heading's
        // action noun is what is done to the body, not part of its name.
        if start + 2 < j && s.tokens[start + 1].norm == "of" && matches!(s.tokens[start].norm.as_ref(),
            "creation" | "modernization" | "modernisation" | "construction" | "reconstruction" | "establishment" | "opening"
            | "launch" | "expansion" | "building" | "renovation" | "upgrade" | "upgrading" | "commissioning" | "privatization" | "privatisation") {
            start += 2;
            while start < j && s.tokens[start].norm == "the" {
                start += 1;
            }
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
        // A Russian text writes its places in Cyrillic: a Latin place word inside a Latin name
        // ("АО Humanity Georgia", "Uzbekistan Airways") is the name's.
        let latin_name_in_ru = |start: usize, j: usize, k: usize| lang == Lang::Ru && s.place_tokens[k] && (start..j).any(|x| !s.place_tokens[x] && s.free(x, x + 1));
        // A run ending in "of <place>" is weighed without it; the "of Country" rule below adds it back.
        while j > start + 1 && (s.place_tokens[j - 1] || is_connector(&s.tokens[j - 1].norm)) && !s.free(j - 1, j) && !latin_name_in_ru(start, j, j - 1) || (j > start + 1 && is_connector(&s.tokens[j - 1].norm)) {
            j -= 1;
        }
        // "CEO of New Media Investment Group", "Philippe Jay of the Institute for ...": a person or a
        // title before "of" is not part of the organization after it.
        if let Some(of) = (start + 1..j.saturating_sub(1)).find(|&k| s.tokens[k].norm == "of") {
            let before = start..of;
            let head_before = before.clone().any(|k| is_org_head(&s.tokens[k].norm));
            let person_before = before.clone().any(|k| persons::is_en_role_word(&s.tokens[k].norm) || persons::is_given_name(&s.tokens[k].norm));
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
        // "Kyrgyz State Medical Academy", "Belarusian State University": a nationality before an
        // institution's generic words names one institution (not "Chinese Company").
        const INSTITUTIONS: &[&str] = &["university", "academy", "institute", "agency", "committee", "council", "chamber", "association", "union", "bank", "fund", "centre", "center", "service", "commission", "hospital", "clinic", "college", "federation", "inspectorate"];
        let national_institution = lang == Lang::En && j >= start + 3 && s.countries.iter().any(|c| c.0 == start && !c.2)
            && INSTITUTIONS.contains(&s.tokens[j - 1].norm.as_ref()) && (start + 1..j).all(|k| country_at(s, k).is_none());
        let names_something = heads_of_nation || national_institution || (start..j).any(|k| country_at(s, k).is_none() && !is_org_head(&s.tokens[k].norm) && !is_connector(&s.tokens[k].norm) && !persons::is_en_role_word(&s.tokens[k].norm));
        let through_place = (start..j).any(|k| !s.free(k, k + 1) && !latin_name_in_ru(start, j, k));
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
        // "Department of Sanitary and Epidemiological Safety, Emergencies and Emergency Medical Aid of
        // the Ministry ...": a department whose listed fields go on past a comma is cut short here.
        let cut_list = lang == Lang::En && (start..j).any(|k| matches!(s.tokens[k].norm.as_ref(), "department" | "directorate" | "division" | "section") && s.tokens.get(k + 1).is_some_and(|x| matches!(x.norm.as_ref(), "of" | "for" | "on")))
            && s.tokens.get(j).is_some_and(|x| x.text == ",") && s.tokens.get(j + 1).is_some_and(|x| x.is_capitalized() && country_at(s, j + 1).is_none() && !s.place_tokens[j + 1])
            && (j + 1..n.min(j + 8)).any(|k| s.tokens[k].norm == "and");
        // 'the Industrial Association "Minsk Tractor Works"': a kind of body before its quoted name.
        let descriptor_before_quote = s.tokens.get(j).is_some_and(|x| matches!(x.text, "\"" | "“" | "«"))
            && (start..j).all(|k| is_org_head(&s.tokens[k].norm) || matches!(s.tokens[k].norm.as_ref(),
                "industrial" | "production" | "scientific" | "research" | "state" | "public" | "joint" | "stock" | "joint-stock" | "manufacturing"
                | "trading" | "commercial" | "republican" | "national" | "federal" | "unitary" | "private" | "limited" | "liability" | "open" | "closed"));
        if cut_list || descriptor_before_quote {
            i = j.max(i + 1);
            continue;
        }
        // "The Minister of Healthcare of the Republic of ...": a title's field, not a body.
        let title_field = lang == Lang::En && start >= 2 && s.tokens[start - 1].norm == "of" && persons::is_en_role_word(&s.tokens[start - 2].norm)
            && orgs::english_field(&s.tokens[start].norm).is_some();
        if title_field {
            i = j.max(i + 1);
            continue;
        }
        // "ABC Deterjan San ve Tic A.S.", "Gap Insaat Yatirim ve Dis Ticaret A.S.": a Turkish
        // registered name's trade words and legal form follow the name the firm goes by.
        let mut legal_tail_end = None;
        if let Some((k, e)) = (start..j).find_map(|k| turkish_legal_tail(s, k).filter(|&e| e >= j).map(|e| (k, e))) {
            // "Tic A.S" left after the name before it was taken: nothing of its own.
            if k == start {
                s.claim(start, e);
                i = e.max(i + 1);
                continue;
            }
            j = k;
            legal_tail_end = Some(e);
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
            Lang::Ru => !is_product_name(s, start, j) && !(len == 1 && s.tokens[start].text.chars().count() < 3) && !latin_phrase_not_name_ru(s, start, j),
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
                // A country's name, not a nationality opening another name ("and the Kyrgyz State Medical Academy").
                let e = place_end(s, x);
                let noun = s.countries.iter().any(|c| c.0 == x && c.2);
                (noun && s.tokens.get(e).is_none_or(|t| !(t.is_word && t.is_capitalized()))).then(|| (country_at(s, x), e)).and_then(|(c, e)| Some((c?, e)))
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
                // The whole country name: "of the Russian Federation", not "of the Russian".
                j = place_end(s, k);
            }
        }
        // "Atabay Kimya Sanayi Ticaret company" with "Atabay" known: the rest of the known firm's
        // registered name, not a second firm.
        let tail_of_known = start == i && i > 0 && s.tokens[i - 1].is_word && !s.tokens[i - 1].is_cyrillic() && s.tokens[i - 1].is_capitalized()
            && !s.free(i - 1, i) && !s.place_tokens[i - 1] && s.tokens[i - 1].span.end < s.tokens[i].span.start
            && table.mentions_in(si).any(|m| m.end == s.offset + s.tokens[i - 1].span.end && table.entities[m.entity].kind == EntityKind::Org);
        if is_org && start < j && !tail_of_known {
            let raw = s.surface(start, j).to_string();
            let (a, b) = s.span(start, j);
            // Cities and regions inside the name were the name's, not places of the story.
            table.retract_regions_within(a, b);
            // "Turkmenistan's Union of Industrialists and Entrepreneurs": a body named by its generic
            // head alone is known as the country's (Union of Industrialists and Entrepreneurs of Turkmenistan).
            let owner = (lang == Lang::En && start >= 2 && s.tokens[start - 1].norm == "'s" && is_org_head(&s.tokens[start].norm)
                && (start..j).all(|k| country_at(s, k).is_none()))
                .then(|| country_at(s, start - 2))
                .flatten();
            let id = match (pair_name, owner) {
                (Some(name), _) => table.upsert(org(name, None, Some(raw.clone()))),
                (None, Some(c)) => table.upsert(org(format!("{raw} of {}", country_name(&c)), Some(c), Some(raw.clone()))),
                (None, None) => match spelled_before(table, &raw).or_else(|| abbreviated_before(table, &raw)) {
                    Some(name) => table.upsert(org(name, None, Some(raw.clone()))),
                    None => table.upsert(org(raw.clone(), None, None)),
                },
            };
            table.mention(si, a, b, id);
            s.claim(start, legal_tail_end.unwrap_or(j));
        }
        i = legal_tail_end.unwrap_or(j).max(i + 1);
    }
    listed_orgs(si, s, table);
}

fn turkish_legal_tail(s: &Sentence, k: usize) -> Option<usize> {
    orgs::turkish_legal_tail(&s.tokens, k)
}

/// "Sotex, Nanolek, Valenta Farm, Dalhimfarm and others": an unknown name listed among at
/// least two known organizations is one too.
pub(super) fn listed_orgs(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    let n = s.tokens.len();
    let org_end_at = org_token_ranges(si, s, table);
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
                if e == p || e - p > 3 || persons::is_given_name(&s.tokens[p].norm) {
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
                    let id = match abbreviated_before(table, &raw) {
                        Some(name) => table.upsert(org(name, None, Some(raw))),
                        None => table.upsert(org(raw, None, None)),
                    };
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
pub(super) fn name_run_en(s: &Sentence, start: usize) -> usize {
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
    // "ABC Deterjan San ve Tic A.S.": the name stops where a Turkish registered name's trade words begin.
    (start + 1..end).find(|&k| turkish_legal_tail(s, k).is_some()).unwrap_or(end)
}

/// "the Biokhimik plant", "the Nobel company": a name between "the" and a lower-case company noun.
pub(super) fn named_before_noun_en(si: usize, s: &mut Sentence, table: &mut EntityTable) {
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
        // ("visited Optima Technic plant", "signed with Edge Glass company": after a lower-case
        // word too; a capitalized word before would be part of a name the run missed.)
        // One word so placed is as often a product or a region's adjective ("human Insulin
        // factory", "a European company").
        if start == k || start == 0 || !(s.tokens[start - 1].norm == "the" || k - start >= 2 && s.tokens[start - 1].is_word && !s.tokens[start - 1].is_capitalized()) {
            continue;
        }
        // "the Dushanbe-based Smart City company": where it is based is not its name.
        while start < k && s.tokens[start].norm.ends_with("-based") {
            start += 1;
        }
        if start == k || is_product_name(s, start, k) {
            continue;
        }
        // "the Ivan Petrov company" is a person's; "the Manas Avto-sanoat company" is not.
        if persons::is_given_name(&s.tokens[start].norm) && k - start >= 2 && persons::looks_like_surname(&s.tokens[k - 1].norm) {
            continue;
        }
        mention_surface_org(si, s, start, k, table);
    }
}

/// Quoted names that a nationality or a company noun vouches for: "Swiss “Sylex” and
/// “Clinerion” companies", "the “Pharmtech” plant".
pub(super) fn quoted_orgs_en(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    let n = s.tokens.len();
    // Single quotes too ("'Glassica' CJSC", the Azerbaijani press's style), though only before a
    // company noun: an apostrophe quotes many other things.
    let is_open = |t: &str| matches!(t, "\"" | "“" | "«" | "'" | "‘");
    let is_close = |t: &str| matches!(t, "\"" | "”" | "»" | "'" | "’");
    let single = |t: &str| matches!(t, "'" | "‘" | "’");
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
    const NOUNS: &[&str] = &["company", "companies", "group", "plant", "plants", "holding", "firm", "firms", "enterprise", "enterprises", "llc", "jsc", "cjsc", "ojsc", "ltd", "llp", "factory", "concern", "corporation", "brand"];
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
        if !(nationality || noun_after || listed) || is_product_name(s, o + 1, c) || single(s.tokens[o].text) && !noun_after {
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
pub(super) fn introduced_orgs_en(si: usize, s: &mut Sentence, table: &mut EntityTable) {
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
        let plural = s.tokens[i].norm.ends_with('s') && !form_first;
        let mut k = i + 1;
        // "South Korean companies, including Hyundae Hospital, With You E&C, Sejong and Seoyon
        // E-HWA": a list the plural noun introduces names companies item by item, whatever
        // words their names are made of.
        if plural {
            let mut j = k;
            if s.tokens.get(j).is_some_and(|x| x.text == "," || x.text == ":") {
                j += 1;
            }
            let introduced = match s.tokens.get(j).map(|x| x.norm.as_ref()) {
                Some("including" | "namely" | "like") => Some(j + 1),
                Some("such") if s.tokens.get(j + 1).is_some_and(|x| x.norm == "as") => Some(j + 2),
                _ => None,
            };
            if let Some(first) = introduced {
                let end = introduced_list_en(si, s, first, table);
                i = end.max(i + 1);
                continue;
            }
        }
        loop {
            let start = k;
            // A listed name already known ("Hyundae Hospital") keeps the list going.
            if plural && !s.free(start, start + 1) {
                let known = table.mentions_in(si).filter(|m| table.entities[m.entity].kind == EntityKind::Org).find(|m| m.start == s.offset + s.tokens[start].span.start).map(|m| m.end);
                if let Some(end_byte) = known {
                    let mut end = start;
                    while end < n && s.offset + s.tokens[end].span.start < end_byte {
                        end += 1;
                    }
                    let sep = s.tokens.get(end).map(|x| x.norm.as_ref()).unwrap_or("");
                    if matches!(sep, "and" | ",") {
                        k = end + 1;
                        if sep == "," && s.tokens.get(k).is_some_and(|x| x.norm == "and") {
                            k += 1;
                        }
                        continue;
                    }
                }
                break;
            }
            let end = name_run_en(s, start);
            // "Nobel Almaty Pharmaceutical Plant": a run cut short by a place's name goes on past it.
            let cut_short = s.tokens.get(end).is_some_and(|x| x.is_word && x.is_capitalized() && !s.free(end, end + 1));
            if end == start || cut_short {
                break;
            }
            let first = &s.tokens[start].norm;
            // "the company Ivan Petrov said": a person named after the noun. ("the Turkish company
            // Manas Savunma AS": a given name may open a company's name too; a person's ends in a surname.)
            let last = &s.tokens[end - 1];
            let person_like = end - start >= 2 && persons::is_given_name(first) && !is_org_head(&last.norm) && !last.is_all_caps()
                && (persons::looks_like_surname(&last.norm) || persons::is_given_name(&last.norm));
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
            let sep = s.tokens.get(end).map(|x| x.norm.as_ref()).unwrap_or("");
            if plural && matches!(sep, "and" | ",") {
                k = end + 1;
                if sep == "," && s.tokens.get(k).is_some_and(|x| x.norm == "and") {
                    k += 1;
                }
                continue;
            }
            k = end;
            break;
        }
        i = k.max(i + 1);
    }
}

/// The items of a list of companies from token `k` ("Hyundae Hospital, With You E&C, Sejong,
/// and Seoyon E-HWA"): each run of capitalized words between commas and "and" is one company,
/// a place's name among them included. Returns where the list ends.
fn introduced_list_en(si: usize, s: &mut Sentence, k: usize, table: &mut EntityTable) -> usize {
    let (items, end) = list_items_en(s, k);
    // A single capitalized run may be the sentence going on ("companies, including Kazakh ones");
    // two or more items make the list.
    if items.len() >= 2 {
        name_listed_companies(si, s, &items, table);
    }
    end
}

/// "the heads of Sejong and Seoyon E-HWA companies", "Biocad, Generium and R-Pharm firms":
/// a list of capitalized names right before a plural company noun.
pub(super) fn listed_before_plural_en(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    const NOUNS: &[&str] = &["companies", "firms", "manufacturers", "producers", "corporations", "enterprises"];
    for noun in 3..s.tokens.len() {
        if !NOUNS.contains(&s.tokens[noun].norm.as_ref()) {
            continue;
        }
        let mut start = noun;
        while start > 0 {
            let t = &s.tokens[start - 1];
            let capital = t.is_word && !t.is_cyrillic() && t.text.chars().next().is_some_and(char::is_uppercase);
            if capital || matches!(t.text, "&" | "-" | ",") || t.norm == "and" {
                start -= 1;
            } else {
                break;
            }
        }
        while start < noun && (s.tokens[start].text == "," || s.tokens[start].norm == "and") {
            start += 1;
        }
        let (items, end) = list_items_en(s, start);
        if items.len() >= 2 && end == noun {
            name_listed_companies(si, s, &items, table);
        }
    }
}

/// The capitalized runs of a list from token `k`, and where it ends.
fn list_items_en(s: &Sentence, mut k: usize) -> (Vec<(usize, usize)>, usize) {
    let n = s.tokens.len();
    let mut items = Vec::new();
    loop {
        let start = k;
        while k < n && k - start < 5 {
            let t = &s.tokens[k];
            let capital = t.is_word && !t.is_cyrillic() && t.text.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() && k > start);
            let joiner = (t.text == "&" || t.text == "-") && k > start;
            if !(capital || joiner) || t.norm == "and" {
                break;
            }
            k += 1;
        }
        let last = !items.is_empty() && s.tokens.get(start.wrapping_sub(1)).is_some_and(|t| t.norm == "and");
        let ends_item = k == n || matches!(s.tokens[k].norm.as_ref(), "," | "and" | "." | ";" | ")") || last;
        if k == start || !ends_item {
            break;
        }
        items.push((start, k));
        if last {
            break;
        }
        match s.tokens.get(k).map(|t| t.norm.as_ref()) {
            Some(",") if s.tokens.get(k + 1).is_some_and(|t| t.norm == "and") => k += 2,
            Some("," | "and") => k += 1,
            _ => break,
        }
    }
    (items, k)
}

/// Name each listed run a company unless it is a country or already one.
fn name_listed_companies(si: usize, s: &mut Sentence, items: &[(usize, usize)], table: &mut EntityTable) {
    for &(a, b) in items {
        let all_country = (a..b).all(|x| country_at(s, x).is_some());
        if all_country || persons::en_not_name(&s.tokens[a].norm) && b == a + 1 {
            continue;
        }
        let (x, y) = s.span(a, b);
        let known = table.mentions_in(si).any(|m| m.start == x && m.end == y && table.entities[m.entity].kind == EntityKind::Org);
        if known {
            continue;
        }
        table.retract_regions_within(x, y);
        mention_surface_org(si, s, a, b, table);
    }
}

/// Companies named in one coined word, in English text: written in camel case (AzerMash,
/// QazTehna, BioNTech) or built Soviet-style from a place and a trade (Kazmedpribor,
/// Belshina, Kazatomprom). Few other words look like that; the vaccines and sites that do
/// are turned away by name. Runs on headlines too: a company named there is named.
pub(super) fn coined_names_en(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    for k in 0..s.tokens.len() {
        let t = &s.tokens[k];
        if !t.is_word || !s.free(k, k + 1) || t.is_cyrillic() || !t.is_capitalized() || t.is_all_caps() {
            continue;
        }
        if !(is_camel_case_name(t.text) || is_coined_trade_name(&t.norm)) || is_product_name(s, k, k + 1) {
            continue;
        }
        // "QazVac vaccine", "the AzerMash-built buses": a product or a word made from the name.
        if s.tokens.get(k + 1).is_some_and(|x| matches!(x.norm.as_ref(), "vaccine" | "vaccines" | "doses" | "dose" | "app" | "platform" | "website" | "channel")) {
            continue;
        }
        mention_surface_org(si, s, k, k + 1, table);
    }
}

/// AzerMash, QazTehna, BioNTech: a lower-case letter, then a capital, inside one word.
/// Not a surname's prefix (McDonald, MacArthur, DeSantis, LeBlanc, VanDyke, O'Neil).
fn is_camel_case_name(word: &str) -> bool {
    const NOT_NAMES: &[&str] = &["iPhone", "PhD", "GmbH", "mRNA", "YouTube", "LinkedIn", "WhatsApp", "TikTok", "PayPal", "WeChat", "PowerPoint", "JavaScript", "WordPress", "GitHub", "LiveJournal", "FaceBook", "McKinsey"];
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 5 || !chars.iter().all(|c| c.is_ascii_alphabetic() || *c == '-') || NOT_NAMES.contains(&word) {
        return false;
    }
    let Some(at) = (1..chars.len()).find(|&i| chars[i].is_ascii_uppercase() && chars[i - 1].is_ascii_lowercase()) else {
        return false;
    };
    let prefix: String = chars[..at].iter().collect();
    // Vaccines are named this way too (CoronaVac, QazVac, TurkoVac, EpiVacCorona).
    let lower = word.to_ascii_lowercase();
    let vaccine = ["vac", "vax", "cov", "corona", "covid"].iter().any(|v| lower.contains(v));
    // "Swiss Humanitarian AidExternal link": a page's link label glued to the word before it.
    let rest: String = chars[at..].iter().collect();
    let link_label = ["External", "Link", "Read", "More", "Share", "Print", "Home", "News", "Photo", "Video"].iter().any(|l| rest.starts_with(l));
    !matches!(prefix.as_str(), "Mc" | "Mac" | "De" | "Di" | "Da" | "Du" | "La" | "Le" | "Van" | "Von" | "Al" | "El" | "O") && !vaccine && !link_label
}

/// Kazmedpribor, Belshina, Kazatomprom, Uzbekneftegaz: a country's or city's short form,
/// then the trades of Soviet-era enterprise names, in one word.
fn is_coined_trade_name(norm: &str) -> bool {
    const PLACES: &[&str] = &["kaz", "qaz", "uz", "bel", "kyrgyz", "kirgiz", "tajik", "tadzhik", "turkmen", "azer", "arm", "ros", "rus", "mos", "gom", "bobruisk", "grodno", "vitebsk", "mogilev", "brest", "minsk", "tash", "alma", "sib", "ural"];
    const TRADES: &[&str] = &["mash", "prom", "pharm", "farm", "med", "pribor", "stroy", "stroi", "khim", "neft", "gaz", "energo", "avto", "agro", "tekh", "sanoat", "zavod", "shina", "lift", "steklo", "kabel", "elektro", "electro", "atom", "selmash", "traktor", "tractor", "vagon", "metall", "les", "tekstil", "textile", "invest", "telecom", "transgaz"];
    if norm.len() < 7 || !norm.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
        return false;
    }
    PLACES.iter().any(|p| norm.strip_prefix(p).is_some_and(|rest| rest.len() >= 3 && TRADES.iter().any(|t| rest.starts_with(t) || rest.contains(t) && rest.len() > t.len())))
}

/// Name tokens `[a, b)` an organization called by its surface.
fn mention_surface_org(si: usize, s: &mut Sentence, a: usize, b: usize, table: &mut EntityTable) {
    let raw = s.surface(a, b).to_string();
    let (x, y) = s.span(a, b);
    let id = table.upsert(org(raw, None, None));
    table.mention(si, x, y, id);
    s.claim(a, b);
}

pub(super) static COUNTRY_NAMES_SET: std::sync::LazyLock<HashSet<String>> =
    std::sync::LazyLock::new(|| crate::geo::COUNTRY_NAMES.keys().map(|c| country_name(c)).collect());

/// The English name of what is named at token `k`: a country (`России` → Russia), a region
/// or city, or an organization already found there; with the token after it.
pub(super) fn owner_at(s: &Sentence, k: usize, table: &EntityTable) -> Option<(String, usize)> {
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
pub(super) fn descriptive_orgs_ru(si: usize, s: &mut Sentence, table: &mut EntityTable) {
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
                    if let Some(pl) = place_of_adjective(p.text) {
                        front.insert(0, pl);
                        k -= 1;
                        continue;
                    }
                }
            }
            // "Каларашская районная больница", "Бишкекской клинической больнице": a region's or
            // town's adjective the gazetteer read as the place itself opens the institution's name.
            if !open && p.is_capitalized() && s.place_tokens[k - 1] && country_at(s, k - 1).is_none() && ru_orgs::is_adjective(&p.norm) && (!mods.is_empty() || !front.is_empty()) {
                let at = s.offset + p.span.start;
                let place = place_of_adjective(p.text).or_else(|| {
                    let m = table.mentions.iter().find(|m| m.start == at && table.entities[m.entity].kind == EntityKind::Region)?;
                    let name = table.entities[m.entity].name.clone()?;
                    Some([" Oblast", " Region", " District", " Province", " Krai"].iter().find_map(|x| name.strip_suffix(x)).map(str::to_string).unwrap_or(name))
                });
                if let Some(pl) = place {
                    front.insert(0, pl);
                    k -= 1;
                    continue;
                }
            }
            let codes: Vec<String> = s.countries.iter().filter(|c| c.0 == k - 1 && !c.2).map(|c| c.1.clone()).collect();
            if !codes.is_empty() && ru_orgs::is_adjective(&p.norm) {
                // "Минского облисполкома": a capital's adjective names the city's body, not the state's.
                let city = p.is_capitalized().then(|| place_of_adjective(p.text)).flatten();
                front.insert(0, city.unwrap_or_else(|| codes.iter().map(|c| crate::geo::country_adjective(c)).collect::<Vec<_>>().join("-")));
                k -= 1;
                continue;
            }
            break;
        }
        let start = k;
        // The complement: genitive words from the vocabulary, "и" between them, hyphenated nationalities.
        let mut compl: Vec<String> = Vec::new();
        let mut j = h + 1;
        // "больница скорой медицинской помощи", "центр экстренной медицинской помощи": an
        // emergency hospital or centre.
        let w = |k: usize| s.tokens.get(k).map(|t| t.norm.as_ref()).unwrap_or("");
        if matches!(w(j), "скорой" | "экстренной" | "неотложной") && (w(j + 1) == "помощи" || w(j + 1) == "медицинской" && w(j + 2) == "помощи") {
            mods.push("Emergency");
            j += if w(j + 1) == "помощи" { 2 } else { 3 };
        }
        while j < n && compl.len() < 6 {
            let x = &s.tokens[j];
            let codes: Vec<String> = s.countries.iter().filter(|c| c.0 == j && !c.2).map(|c| c.1.clone()).collect();
            if x.norm == "и" && !compl.is_empty() && s.tokens.get(j + 1).is_some_and(|y| !y.is_capitalized() && ru_orgs::word(&y.norm).is_some()) {
                compl.push("and".into());
            } else if x.norm == "для" && !compl.is_empty() && s.tokens.get(j + 1).is_some_and(|y| !y.is_capitalized() && ru_orgs::word(&y.norm).is_some()) {
                // "Фонд сотрудничества для экономического развития": what the body is for.
                compl.push("for".into());
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
        // "Совместной постоянной комиссии по сотрудничеству между Беларусью и Зимбабве": a body
        // two countries keep, named by the pair ("Belarus-Zimbabwe Joint Permanent Commission").
        let commission_like = matches!(head_en, "Commission" | "Committee" | "Council" | "Intergovernmental Commission");
        let mut paired_between = false;
        if compl.is_empty() && !front.iter().any(|f| f.contains('-')) && commission_like {
            let mut k = j;
            if s.tokens.get(k).is_some_and(|x| x.norm == "по") {
                if let Some(e) = (k + 1..n.min(k + 10)).take_while(|&x| s.tokens[x].is_cyrillic() && !s.tokens[x].is_capitalized() || s.tokens[x].text == ",").find(|&x| s.tokens[x].norm.starts_with("сотрудничеств")) {
                    k = e + 1;
                }
            }
            let noun_country = |x: usize| s.countries.iter().find(|c| c.0 == x && c.2).map(|c| c.1.clone());
            if s.tokens.get(k).is_some_and(|x| x.norm == "между") {
                if let Some(a) = noun_country(k + 1) {
                    let and = place_end(s, k + 1);
                    if let Some(b) = s.tokens.get(and).filter(|x| x.norm == "и").and_then(|_| noun_country(and + 1)).filter(|b| *b != a) {
                        front.insert(0, format!("{}-{}", country_name(&a), country_name(&b)));
                        j = place_end(s, and + 1);
                        paired_between = true;
                    }
                }
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
        // "Государственный комитет по инвестициям ...", "Департамент по гуманитарной деятельности
        // Управления делами Президента": what the body is for, and whose it is.
        let mut field_for = None;
        let mut parent = None;
        if compl.is_empty() && !pair && s.tokens.get(j).is_some_and(|x| x.norm == "по") {
            let words: Vec<&str> = s.tokens.iter().map(|t| t.norm.as_ref()).collect();
            if let Some((f, e)) = ru_orgs::body_field(&words, j + 1).filter(|&(_, e)| s.free(j, e)) {
                let prep = if head_en.ends_with("Committee") { "on" } else { "for" };
                field_for = Some(format!("{prep} {f}"));
                j = e;
                if let Some((p, e2)) = ru_orgs::parent_body(&words, j).filter(|&(_, e2)| s.free(j, e2)) {
                    parent = Some(p);
                    j = e2;
                }
            }
        }
        // "Совета национальной безопасности": a complement ending in an adjective has lost its noun.
        let genitive_adjective = |w: &str| ["ой", "ого", "его", "ых", "их"].iter().any(|e| w.ends_with(e));
        if j > h + 1 && !compl.is_empty() && s.tokens[j - 1].is_cyrillic() && genitive_adjective(&s.tokens[j - 1].norm) && country_at(s, j - 1).is_none()
            && s.tokens.get(j).is_some_and(|x| x.is_word && x.is_cyrillic() && !x.is_capitalized()) {
            h += 1;
            continue;
        }
        let next = s.tokens.get(j);
        let verb_like = |w: &str| ["л", "ла", "ло", "ли", "ет", "ит", "ют", "ят", "ут", "ат", "ся", "сь", "ть", "ти", "ем", "им", "ано", "ено", "ыто", "ито", "ято"].iter().any(|e| w.ends_with(e));
        // A name closed by its pair of countries is complete whatever follows.
        let goes_on = working_in.is_none() && !paired_between && next.is_some_and(|x| x.is_word && x.is_cyrillic() && !x.is_capitalized() && (x.norm == "по" || x.norm == "имени" || !verb_like(&x.norm) && !matches!(x.norm.as_ref(), "и" | "в" | "во" | "на" | "с" | "со" | "о" | "об" | "для" | "при" | "к" | "за" | "из" | "от" | "у" | "а" | "не" | "также" | "уже" | "будет" | "было" | "был" | "была" | "были") && !is_short_predicate(&x.norm)))
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
        // "Государственный комитет Республики Узбекистан по туризму": the field may follow the owner.
        if owner.is_some() && field_for.is_none() && s.tokens.get(end).is_some_and(|x| x.norm == "по") {
            let words: Vec<&str> = s.tokens.iter().map(|t| t.norm.as_ref()).collect();
            match ru_orgs::body_field(&words, end + 1).filter(|&(_, e)| s.free(end, e)) {
                Some((f, e)) => {
                    let prep = if head_en.ends_with("Committee") { "on" } else { "for" };
                    field_for = Some(format!("{prep} {f}"));
                    end = e;
                }
                // A commission's field of cooperation ("Таджикистана и Туркменистана по торгово-
                // экономическому ... сотрудничеству") is left out, as English reports do.
                None if commission_like => {
                    if let Some(e) = (end + 1..n.min(end + 10)).take_while(|&x| s.tokens[x].is_cyrillic() && !s.tokens[x].is_capitalized() || s.tokens[x].text == ",").find(|&x| s.tokens[x].norm.starts_with("сотрудничеств")) {
                        end = e + 1;
                    }
                }
                // Another field outside the vocabulary: the name goes on, and a cut one would be wrong.
                None => {
                    h += 1;
                    continue;
                }
            }
        }
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
        // "в торговом представительстве России в Душанбе": a country's trade mission is a body in lower case too.
        let trade_mission = head_en == "Trade Representation" && owner.as_ref().is_some_and(|(o, _)| COUNTRY_NAMES_SET.contains(o.as_str()));
        // "больница кыргызско-турецкой дружбы": a body named for two nations' friendship is a name
        // even in lower case.
        let friendship = compl.len() == 2 && compl[0].contains('-') && compl[1] == "Friendship";
        let named = first.is_capitalized() && (start > 0 || !front.is_empty() || owner.is_some()) || trade_mission || friendship;
        let described = !(front.is_empty() && mods.is_empty() && compl.is_empty() && owner.is_none());
        // A trailing "и" or a lone complement word that is not a name's ("центр развития"): still a name
        // only with a capital at its start.
        // "Уральский завод сможет выпускать ...": a plant called by its region alone is a plant
        // of the story told again, not a name ("Бишкекский штамповочный завод" says what it makes).
        let place_only_plant = matches!(head_en.as_str(), "Plant" | "Factory") && mods.is_empty() && compl.is_empty() && owner.is_none() && field_for.is_none();
        if !named || !described || place_only_plant || compl.last().is_some_and(|w| w == "and") {
            h += 1;
            continue;
        }
        // "Совет делового сотрудничества" is a Business Cooperation Council in English.
        let mut before_head: Vec<String> = mods.iter().map(|m| m.to_string()).collect();
        if matches!(head_en.as_str(), "Council" | "Commission" | "Committee") && compl.last().is_some_and(|w| w == "Cooperation") && !compl.iter().any(|w| w == "and") {
            before_head.append(&mut compl);
        }
        // "Национальное агентство по инвестициям" is the National Investment Agency, "Агентство по
        // продвижению экспорта" the Export Promotion Agency: an agency's single field goes before it.
        if head_en == "Agency" {
            if let Some(f) = field_for.as_deref().and_then(|f| f.strip_prefix("for ")).filter(|f| !f.contains(" and ") && !f.contains(',') && !f.starts_with("Attracting") && !f.starts_with("Improving") && !f.contains(" of ")) {
                let words: Vec<String> = f.split(' ').map(|w| if w.len() > 4 && w.ends_with("ments") { w[..w.len() - 1].to_string() } else { w.to_string() }).collect();
                before_head.extend(words);
                field_for = None;
            }
        }
        // "Корпорация развития Приморского края", "Агентство инвестиционного развития Иркутской
        // области": a region's development body is the Primorsky Krai Development Corporation.
        // Any body "развития" is a Development Corporation, Agency or Fund in English.
        let development_body = before_head.is_empty() && field_for.is_none() && parent.is_none()
            && matches!(head_en.as_str(), "Corporation" | "Agency" | "Fund")
            && compl.last().is_some_and(|w| w == "Development") && !compl.iter().any(|w| w == "and" || w == "for");
        if development_body {
            before_head.append(&mut compl);
        }
        let regional_development = development_body && front.is_empty()
            && owner.as_ref().is_some_and(|(o, _)| !COUNTRY_NAMES_SET.contains(o.as_str()) && !o.contains(' ') || ["Oblast", "Krai", "Region", "Republic"].iter().any(|r| o.ends_with(r)));
        if regional_development {
            let (o, _) = owner.take().expect("checked above");
            front.push(o);
        }
        // "Вторая центральная государственная больница" is the Second State Central Hospital.
        if let Some(p) = before_head.windows(2).position(|w| w[0] == "Central" && w[1] == "State") {
            before_head.swap(p, p + 1);
        }
        // English names it the Kyrgyz-Turkish Friendship (State) Hospital.
        if friendship {
            let mut words = std::mem::take(&mut compl);
            words.append(&mut before_head);
            before_head = words;
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
        if let Some(f) = &field_for {
            name.push(' ');
            name.push_str(f);
        }
        if let Some(p) = parent {
            name.push_str(" of ");
            name.push_str(p);
        }
        if let Some((o, _)) = &owner {
            name.push_str(" of ");
            // "Комитет фармации Министерства здравоохранения": of the Ministry of Health.
            if ["Ministry ", "Government ", "Cabinet ", "Committee ", "Administration ", "Agency ", "Council "].iter().any(|p| o.starts_with(p)) {
                name.push_str("the ");
            }
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

/// A quoted name coined from trade words, whatever precedes it: «Трастбанк», «Узавтопром»,
/// «Кыргызфарминвест», «РЖД-Медицина», «Медтехника». Drug and vaccine brands are coined too,
/// but from other stems (Арбидол, КовиВак); the stems here name enterprises.
fn coined_quotes_ru(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    const TRADES: &[&str] = &[
        "банк", "фарм", "пром", "маш", "строй", "хим", "нефт", "газ", "энерг", "авто", "агро", "текстил", "инвест",
        "трейд", "холдинг", "лизинг", "телеком", "транс", "сервис", "снаб", "торг", "медиц", "медтех", "технолог",
        "завод", "комбинат", "приборостро", "металл", "цемент", "стекло", "керамик",
    ];
    let n = s.tokens.len();
    let mut o = 0;
    while o + 2 < n {
        if s.tokens[o].text != "«" {
            o += 1;
            continue;
        }
        // One word, or two joined by a hyphen.
        let c = if s.tokens[o + 2].text == "»" {
            o + 2
        } else if o + 4 < n && s.tokens[o + 2].text == "-" && s.tokens[o + 4].text == "»" {
            o + 4
        } else {
            o += 1;
            continue;
        };
        let words: Vec<&Token> = (o + 1..c).map(|k| &s.tokens[k]).filter(|t| t.is_word).collect();
        let joined: String = words.iter().map(|t| t.norm.as_ref()).collect::<Vec<&str>>().join("");
        let coined = words.iter().all(|t| t.is_cyrillic()) && s.tokens[o + 1].is_capitalized() && joined.chars().count() >= 7
            && TRADES.iter().any(|t| joined.find(t).is_some_and(|at| at > 0 || joined.chars().count() >= t.chars().count() + 4));
        // «Иннопром» is a fair, held and visited: "«Иннопром» проходит", "выставки «Иннопром»".
        let fair = joined.starts_with("иннопром") || o > 0 && ["выставк", "ярмарк", "форум", "салон", "конгресс"].iter().any(|w| s.tokens[o - 1].norm.starts_with(w));
        if coined && !fair && s.free(o, c + 1) && !is_product_name(s, o + 1, c) {
            let raw = s.surface(o + 1, c).to_string();
            // «Трастбанка», «Узавтопрома»: a coined name declines like its last trade noun.
            let lower = raw.to_lowercase();
            let raw = ["банк", "пром", "маш", "холдинг", "завод", "комбинат", "сервис", "трейд", "инвест", "торг", "снаб", "транс", "телеком", "лизинг", "строй", "текстил"]
                .iter()
                .find_map(|stem| {
                    ["а", "у", "ом", "е", "я", "ю", "ем"]
                        .iter()
                        .find(|end| lower.strip_suffix(*end).is_some_and(|rest| rest.ends_with(stem)))
                        .map(|end| raw[..raw.len() - end.len()].to_string())
                })
                .map(|r| if r.ends_with("текстил") { format!("{r}ь") } else { r })
                .unwrap_or(raw);
            let name = crate::ru_orgs::company_name(&raw);
            let (a, b) = s.span(o, c + 1);
            let id = table.upsert(org(name, None, Some(raw)));
            table.mention(si, a, b, id);
            s.claim(o, c + 1);
        }
        o = c + 1;
    }
}

/// A quoted name that says itself what it is, whatever precedes it: "в состав «АЮ Холдинг»",
/// "акционеры «Медсинтез Групп»". The last word is a company word.
fn self_named_quotes_ru(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    const LAST: &[&str] = &["холдинг", "холдинга", "холдингом", "холдингу", "групп", "груп", "group", "holding", "corporation", "ltd"];
    let n = s.tokens.len();
    let mut o = 0;
    while o + 2 < n {
        if s.tokens[o].text != "«" {
            o += 1;
            continue;
        }
        let Some(c) = (o + 2..n.min(o + 7)).find(|&k| s.tokens[k].text == "»") else {
            o += 1;
            continue;
        };
        let name_ok = s.free(o, c + 1) && s.tokens[o + 1].is_capitalized() && c >= o + 3 && LAST.contains(&s.tokens[c - 1].norm.as_ref())
            && (o + 1..c).all(|k| s.tokens[k].is_word || matches!(s.tokens[k].text, "-" | "&"));
        if name_ok {
            let raw = s.surface(o + 1, c).to_string();
            let name = if raw.chars().any(crate::text::is_cyrillic) { crate::ru_orgs::company_name(&raw) } else { raw.clone() };
            let (a, b) = s.span(o, c + 1);
            let id = table.upsert(org(name, None, Some(raw)));
            table.mention(si, a, b, id);
            s.claim(o, c + 1);
        }
        o = c + 1;
    }
}

/// The city or region a Russian place adjective comes from (`Витебского` → Vitebsk,
/// `Алматинская` → Almaty); countries are not places here.
fn place_of_adjective(word: &str) -> Option<String> {
    crate::ru_orgs::place_bases(word).into_iter().find_map(|b| {
        let toks = tokenize(&b);
        PLACES.find(&toks).into_iter().find(|x| x.start == 0 && x.end == toks.len()).and_then(|x| match x.value {
            Place::Region { name, .. } => Some(name.to_string()),
            Place::Capital { city, .. } => Some(city.to_string()),
            Place::Country { .. } => None,
        })
    })
}

/// A quoted Russian name in English: a descriptive tail is translated ("Нобел Алматинская
/// фармацевтическая фабрика" → Nobel Almaty Pharmaceutical Factory), a brand is spelled as the
/// company spells it (`ru_orgs::company_name`). The tail must end in a head noun with at least
/// one modifier from the vocabulary or a place; otherwise the whole name is a brand.
fn quoted_name_ru(s: &Sentence, a: usize, b: usize) -> String {
    use crate::ru_orgs;
    let raw = s.surface(a, b).to_string();
    if !raw.chars().any(crate::text::is_cyrillic) {
        return raw;
    }
    let last = &s.tokens[b - 1];
    let head = (b - a >= 2 && last.is_cyrillic()).then(|| ru_orgs::head(&last.norm, false)).flatten();
    if let Some(head) = head {
        let mut mods: Vec<String> = Vec::new();
        let mut p = b - 1;
        while p > a {
            let t = &s.tokens[p - 1];
            let en = (t.is_cyrillic() && ru_orgs::is_adjective(&t.norm)).then(|| ru_orgs::word(&t.norm).map(str::to_string).or_else(|| t.is_capitalized().then(|| place_of_adjective(t.text)).flatten())).flatten();
            match en {
                Some(w) => {
                    mods.insert(0, w);
                    p -= 1;
                }
                None => break,
            }
        }
        if !mods.is_empty() {
            let brand = if p > a { format!("{} ", ru_orgs::company_name(s.surface(a, p))) } else { String::new() };
            return format!("{brand}{} {head}", mods.join(" "));
        }
    }
    ru_orgs::company_name(&raw)
}

/// The kind of site a quoted name follows, as English registries append it: "свободной
/// экономической зоны «X»" → Free Economic Zone, "индустриальный парк «X»" → Industrial Park.
pub(super) fn zone_kind(s: &Sentence, noun: usize) -> Option<&'static str> {
    let n = &s.tokens[noun].norm;
    let before: Vec<&str> = s.tokens[noun.saturating_sub(2)..noun].iter().map(|t| t.norm.as_ref()).collect();
    let has = |stem: &str| before.iter().any(|w| w.starts_with(stem));
    if n.starts_with("зон") && has("экономическ") {
        Some(if has("свободн") || has("свободно-экономическ") { "Free Economic Zone" } else { "Special Economic Zone" })
    } else if n.starts_with("зон") && has("свободно-экономическ") {
        Some("Free Economic Zone")
    } else if matches!(n.as_ref(), "сэз" | "оэз") {
        Some(if n == "сэз" { "Free Economic Zone" } else { "Special Economic Zone" })
    } else if n.starts_with("парк") && (has("индустриальн") || has("промышленн")) || n.starts_with("промпарк") {
        Some("Industrial Park")
    } else if n.starts_with("технопарк") {
        Some("Technopark")
    } else {
        None
    }
}

/// The end of a company's name written in Latin letters from token `start` in Russian text:
/// capitalized first, up to five words with their legal form ("Mizemez gadam", "Adipson Ind.
/// Srl.", "Teb Darya co."). `None` when no Latin name starts there.
fn latin_name_ru(s: &Sentence, start: usize) -> Option<usize> {
    const FORMS: &[&str] = &["ind", "srl", "co", "ltd", "inc", "llc", "gmbh", "corp", "pvt", "plc", "ag", "sa", "as", "spa", "bv", "jsc"];
    let n = s.tokens.len();
    let first = s.tokens.get(start)?;
    // A place's name may open a company's ("Iran Dialysis Consortium").
    let open = |k: usize| s.free(k, k + 1) || s.place_tokens[k];
    if !(first.is_word && !first.is_cyrillic() && first.text.chars().next().is_some_and(char::is_uppercase) && open(start)) {
        return None;
    }
    let mut end = start;
    let mut words = 0;
    while end < n && words < 5 {
        let x = &s.tokens[end];
        if x.is_word && !x.is_cyrillic() && !x.text.chars().all(|c| c.is_ascii_digit()) && open(end) {
            words += 1;
            end += 1;
            // "Ind.", "Co.": a legal form's dot belongs to the name.
            if FORMS.contains(&x.norm.as_ref()) && s.tokens.get(end).is_some_and(|d| d.text == ".") {
                end += 1;
            }
        } else if matches!(x.text, "&" | "-") && end > start && s.tokens.get(end + 1).is_some_and(|y| y.is_word && !y.is_cyrillic()) {
            end += 1;
        } else {
            break;
        }
    }
    Some(end)
}

/// "(Mehrpooyan Behdasht Co., Iran Dialysis Consortium, Teb Darya co.)": makers listed in Latin
/// letters in brackets after the word for them ("производителей", "компаний"); each is a company.
pub(super) fn bracketed_latin_companies_ru(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    const STEMS: &[&str] = &["компани", "производител", "предприяти", "фирм", "поставщик", "партнер", "участник"];
    let n = s.tokens.len();
    for open in 1..n {
        if s.tokens[open].text != "(" {
            continue;
        }
        let introduced = (open.saturating_sub(5)..open).any(|k| STEMS.iter().any(|st| s.tokens[k].norm.starts_with(st)));
        if !introduced {
            continue;
        }
        // Comma-separated items up to the closing bracket, each all in Latin letters.
        let mut items = Vec::new();
        let mut start = open + 1;
        let mut k = start;
        let mut closed = false;
        while k < n {
            let t = &s.tokens[k];
            if t.text == "," || t.text == ")" {
                if k > start {
                    items.push((start, k));
                }
                if t.text == ")" {
                    closed = true;
                    break;
                }
                start = k + 1;
            } else if !(t.is_word && !t.is_cyrillic() || matches!(t.text, "." | "&" | "-")) {
                break;
            }
            k += 1;
        }
        if !closed || items.len() < 2 {
            continue;
        }
        for (a, b) in items {
            let capital = s.tokens[a].text.chars().next().is_some_and(char::is_uppercase);
            let taken = (a..b).any(|x| !s.free(x, x + 1) && !s.place_tokens[x]);
            if !capital || taken || b - a > 7 {
                continue;
            }
            mention_surface_org(si, s, a, b, table);
        }
    }
}

/// Russian companies named without quotes after what they are ("производитель Озон",
/// "компании Фармасинтез-Тюмень"): one to three capitalized words that are not a place or a person.
pub(super) fn introduced_orgs_ru(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    const STEMS: &[&str] = &["компани", "фармкомпани", "производител", "холдинг", "концерн", "корпораци", "дистрибьютор", "фирм", "фармпроизводител", "госкорпораци", "фармзавод"];
    // Nouns that introduce a name only when it is written in Latin letters ("предприятие Mizemez
    // gadam"): in Cyrillic they head place phrases too ("предприятий Ульяновской области").
    const LATIN_ONLY: &[&str] = &["предприяти", "консорциум"];
    let n = s.tokens.len();
    let mut i = 0;
    while i + 1 < n {
        let t = &s.tokens[i];
        // Legal forms before an unquoted name: "ООО Фармтех", "ТОО Медисал".
        const FORMS: &[&str] = &["ООО", "ОАО", "ЗАО", "ПАО", "АО", "ТОО", "ОДО", "СООО", "ИООО", "РУП", "УП", "ОсОО"];
        let noun = t.is_word && (!t.is_capitalized() && STEMS.iter().any(|st| t.norm.starts_with(st) && t.norm.len() <= st.len() + 8) || FORMS.contains(&t.text));
        let latin_noun = t.is_word && !t.is_capitalized() && LATIN_ONLY.iter().any(|st| t.norm.starts_with(st) && t.norm.len() <= st.len() + 8);
        if !noun && !latin_noun {
            i += 1;
            continue;
        }
        let start = i + 1;
        // "предприятие Mizemez gadam", "компанией Adipson Ind. Srl.": a name in Latin letters.
        if let Some(end) = latin_name_ru(s, start) {
            let raw = s.surface(start, end).trim_end_matches(',').to_string();
            let (a, b) = s.span(start, end);
            let id = table.upsert(org(raw, None, None));
            table.mention(si, a, b, id);
            s.claim(start, end);
            i = end;
            continue;
        }
        if !noun {
            i += 1;
            continue;
        }
        let mut end = start;
        while end < n && end - start < 3 {
            let x = &s.tokens[end];
            // "фармзавода ИСТ-ФАРМ": a name in capitals, if it is longer than a legal form or a country code.
            let caps_name = x.is_all_caps() && x.text.chars().count() >= 4 && !FORMS.contains(&x.text);
            // ("компании ОсОО «Армон Груп»": a legal form is no name, however it is capitalized.)
            let ok = x.is_word && x.is_cyrillic() && x.is_capitalized() && (!x.is_all_caps() || caps_name) && s.free(end, end + 1) && !FORMS.contains(&x.text)
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
        // "компаний Кольского Заполярья": an adjective in the genitive and its noun name a region the firms are in.
        let genitive_place = end - start >= 2 && ["ого", "его"].iter().any(|e| s.tokens[start].norm.ends_with(e));
        if end == start || genitive_place || (end - start >= 2 && (after_title || persons::ru_given_nominative(s.tokens[start].text).is_some())) {
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
pub(super) fn appositive_orgs_en(si: usize, s: &mut Sentence, table: &mut EntityTable) {
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
        if persons::is_given_name(&s.tokens[start].norm) && end - start >= 2 {
            continue;
        }
        let country = (c + 1..=k).find_map(|x| country_at(s, x));
        let raw = s.surface(start, end).to_string();
        // "According to Legezina, the global manufacturer ...": a person met earlier by surname, the
        // source of what follows, not the company described.
        let surname = table.entities.iter().any(|e| e.kind == EntityKind::Person && e.name.as_deref().is_some_and(|n| n.ends_with(&format!(" {raw}"))));
        let source = start >= 2 && s.tokens[start - 2].norm == "according" && s.tokens[start - 1].norm == "to";
        if surname || source {
            continue;
        }
        let (a, b) = s.span(start, end);
        let id = table.upsert(org(raw, country, None));
        table.mention(si, a, b, id);
        s.claim(start, end);
    }
}

/// The spelling the story gave a name before, when it spells it again the other way
/// ("Center for Registration of Medical Products", later "Centre for Registration of Medical
/// Products of Turkmenistan"): one body, so that its short and full names can be joined.
fn spelled_before(table: &EntityTable, raw: &str) -> Option<String> {
    fn swap(w: &str) -> &str {
        match w {
            "Centre" => "Center",
            "Center" => "Centre",
            "Organisation" => "Organization",
            "Organization" => "Organisation",
            other => other,
        }
    }
    let other: String = raw.split(' ').map(swap).collect::<Vec<_>>().join(" ");
    if other == raw {
        return None;
    }
    table.entities.iter().filter(|e| e.kind == EntityKind::Org).filter_map(|e| e.name.as_deref())
        .any(|n| other == n || other.strip_prefix(n).is_some_and(|rest| rest.starts_with(" of ")))
        .then_some(other)
}

/// The organization an acronym abbreviates, when the story named it in full before ("Indian
/// Potash Ltd", later "IPL"): the same organization, not a second one.
fn abbreviated_before(table: &EntityTable, raw: &str) -> Option<String> {
    let letters: Vec<char> = raw.chars().collect();
    if !(2..=6).contains(&letters.len()) || !letters.iter().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    table.entities.iter().filter(|e| e.kind == EntityKind::Org).filter_map(|e| e.name.as_deref()).find(|name| {
        let initials: String = name.split([' ', '-']).filter(|w| !matches!(*w, "of" | "and" | "the" | "for" | "on" | "in" | "&")).filter_map(|w| w.chars().next()).collect();
        initials == raw
    }).map(str::to_string)
}

/// Short-form adjectives that open a predicate ("Омский завод готов предложить", "центр намерен
/// открыть"): the name ended before them, though "-ов" also ends a genitive plural complement.
fn is_short_predicate(norm: &str) -> bool {
    const STEMS: &[&str] = &["готов", "намерен", "должн", "должен", "рад", "заинтересован", "способен", "способн", "вынужден", "уверен", "согласен", "согласн", "открыт", "запущен", "создан", "построен"];
    STEMS.iter().any(|st| norm.strip_prefix(st).is_some_and(|rest| matches!(rest, "" | "а" | "о" | "ы")))
}

/// Latin words in Russian text that are no organization's name: generic words alone
/// ("Pharmaceuticals" left after a known name), Roman numerals ("III"), part of an English
/// phrase going on in lower case ("Made in Russia"), or the name of a forum or exhibition in
/// quotes ("бизнес-форуме «TIME: Россия — Индия»").
fn latin_phrase_not_name_ru(s: &Sentence, start: usize, end: usize) -> bool {
    let lower_latin = |k: usize| s.tokens.get(k).is_some_and(|t| t.is_word && !t.is_cyrillic() && t.text.chars().next().is_some_and(char::is_lowercase));
    let roman = end == start + 1 && s.tokens[start].text.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    let event_name = start >= 2 && matches!(s.tokens[start - 1].text, "«" | "\"" | "“")
        && ["форум", "бизнес-форум", "выставк", "конференци", "саммит", "фестивал", "конкурс", "преми", "ярмарк"].iter().any(|st| s.tokens[start - 2].norm.starts_with(st));
    // "Apteka-Expo Central Asia/TechPharm 2019", «Stomatology Uzbekistan 2019»: a year names an
    // edition of an exhibition or a forum, not an organization. So does a year anywhere inside the
    // quotes around the run.
    let year = |k: usize| s.tokens[k].text.len() == 4 && s.tokens[k].text.chars().all(|c| c.is_ascii_digit()) && matches!(&s.tokens[k].text[..2], "19" | "20");
    let quote = |k: usize| matches!(s.tokens[k].text, "«" | "»" | "\"" | "“" | "”" | "„");
    let opened = (start.saturating_sub(12)..start).rev().take_while(|&k| !matches!(s.tokens[k].text, "»" | "”")).find(|&k| quote(k));
    let closed = (end..s.tokens.len().min(end + 12)).find(|&k| quote(k));
    let edition = (start..end).any(year)
        || opened.zip(closed).is_some_and(|(o, c)| (o + 1..c).any(year));
    // "CentralAsia (MNG) -": a dateline's country code in brackets after the outlet's name.
    let dateline_code = end == start + 1 && start >= 2 && s.tokens[start - 1].text == "(" && s.tokens.get(end).is_some_and(|t| t.text == ")")
        && s.tokens[start].is_all_caps() && s.tokens[start].text.chars().count() <= 3 && !s.free(start - 2, start - 1);
    // "Ltd. Şti.", "San. ve Tic.": Turkish legal abbreviations left over after a company's name.
    let legal_tail = end == start + 1 && matches!(s.tokens[start].norm.as_ref(), "şti" | "sti" | "tic" | "san" | "a.ş" | "aş" | "a.s");
    // "такие модели машин, как Spark, Nexia, Cobalt": models listed after the word for them.
    let product_list = {
        let mut k = start;
        while k > 0 {
            let t = &s.tokens[k - 1];
            let listed = t.is_word && !t.is_cyrillic() || matches!(t.text, "," | "(" | ")" | ":") || matches!(t.norm.as_ref(), "и" | "а" | "также" | "как" | "такие" | "таких" | "машин" | "автомобилей" | "тракторов" | "препаратов" | "вакцин");
            if !listed {
                break;
            }
            k -= 1;
        }
        // "седаны Cobalt и Onix, а также кроссовер Tracker", "модельная линейка завода: Granta, Vesta".
        const KIND_OF_MODEL: &[&str] = &["седан", "кроссовер", "внедорожник", "хэтчбек", "пикап", "минивэн", "линейк", "модельн"];
        (k.saturating_sub(2)..k + 1).filter(|&x| x < start).any(|x| {
            let w = s.tokens[x].norm.as_ref();
            matches!(w, "модели" | "моделей" | "моделями" | "марки" | "марок" | "бренды" | "брендов" | "модификации" | "модификаций" | "models" | "brands")
                || KIND_OF_MODEL.iter().any(|m| w.starts_with(m))
        })
    };
    all_generic(s, start, end) || roman || lower_latin(end) || (start > 0 && lower_latin(start - 1)) || event_name || edition || dateline_code || legal_tail || product_list
}

/// A capitalized run made only of generic words ("The Company", "Joint Venture").
pub(super) fn all_generic(s: &Sentence, start: usize, end: usize) -> bool {
    s.tokens[start..end].iter().all(|t| is_org_head(&t.norm) || is_connector(&t.norm) || persons::en_not_name(&t.norm) || persons::is_en_role_word(&t.norm))
}

/// Latin words inside Russian text that are not organizations: products, standards,
/// currency and time codes, site furniture.
pub(super) fn is_product_name(s: &Sentence, start: usize, end: usize) -> bool {
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
    let site = [".uz", ".ru", ".kz", ".by", ".kg", ".com", ".org", ".net", ".az", ".am", ".tj", ".news", ".info", ".ge", ".tm", ".mn"].iter().any(|tld| text.ends_with(tld));
    // Share-button rows run social network names together ("TwitterFacebookYoutube").
    let social = ["facebook", "twitter", "youtube", "instagram", "telegram", "whatsapp"].iter().any(|w| text.contains(w));
    site || social || NOT_ORGS.iter().any(|p| text.strip_prefix(p).is_some_and(|rest| rest.is_empty() || rest.starts_with(' ')))
        || first.text.chars().any(|c| c.is_ascii_digit())
        || (end == start + 1 && first.text.len() == 3 && first.is_all_caps() && crate::geo::is_currency(first.text))
}

/// Companies the context vouches for (`orgs::context_orgs_en`, `orgs::context_orgs_ru`),
/// after places, lists, patterns and persons have claimed what they know.
pub(super) fn context_orgs(si: usize, s: &mut Sentence, lang: Lang, table: &mut EntityTable) {
    let known = org_token_ranges(si, s, table);
    let found = match lang {
        Lang::En => {
            let countries: Vec<(usize, usize)> = s.countries.iter().map(|c| (c.0, place_end(s, c.0))).collect();
            orgs::context_orgs_en(&s.tokens, &s.claimed, &countries, &known)
        }
        Lang::Ru => orgs::context_orgs_ru(&s.tokens, &s.claimed, &known),
    };
    for (a, b) in found {
        if !s.free(a, b) || is_product_name(s, a, b) {
            continue;
        }
        let raw = s.surface(a, b).to_string();
        let name = abbreviated_before(table, &raw).unwrap_or_else(|| quoted_name_ru(s, a, b));
        // A quoted Russian name's mention takes its quotes along.
        let quoted = lang == Lang::Ru && a > 0 && b < s.tokens.len() && !s.tokens[a - 1].is_word && !s.tokens[b].is_word;
        let (ma, mb) = if quoted { (a - 1, b + 1) } else { (a, b) };
        let (x, y) = s.span(ma, mb);
        let id = table.upsert(org(name, None, Some(raw)));
        table.mention(si, x, y, id);
        s.claim(ma, mb);
    }
}

/// The token ranges of the organizations already found in sentence `si`.
fn org_token_ranges(si: usize, s: &Sentence, table: &EntityTable) -> Vec<(usize, usize)> {
    table
        .mentions_in(si)
        .filter(|m| table.entities[m.entity].kind == EntityKind::Org)
        .filter_map(|m| {
            let a = s.tokens.iter().position(|t| s.offset + t.span.start == m.start)?;
            let b = s.tokens.iter().rposition(|t| s.offset + t.span.end == m.end)? + 1;
            Some((a, b))
        })
        .collect()
}

/// A quoted name opening at token `open` that the sentence goes on to describe as a maker
/// ('"Хирана+", которая выпускает аппараты ИВЛ', '"Мезоформула", занимающийся выпуском'): a company.
fn quoted_maker_ru(s: &Sentence, open: usize) -> bool {
    let n = s.tokens.len();
    let Some(close) = (open + 1..n.min(open + 6)).find(|&k| matches!(s.tokens[k].text, "»" | "\"" | "”" | "“")) else { return false };
    if close + 2 >= n || s.tokens[close + 1].text != "," || !s.tokens.get(open + 1).is_some_and(|t| t.is_capitalized()) {
        return false;
    }
    let w = |k: usize| s.tokens.get(k).map(|t| t.norm.as_ref()).unwrap_or("");
    const MAKES: &[&str] = &["выпуска", "производ", "занима", "специализир", "изготавлива", "разрабатыва"];
    let verb = w(close + 2);
    let verb = verb.strip_suffix("ся").unwrap_or(verb);
    let participle = MAKES.iter().any(|m| verb.starts_with(m)) && ["щий", "щая", "щее", "щего", "щей", "щим", "щую"].iter().any(|e| verb.ends_with(e));
    let which = w(close + 2).starts_with("котор") && MAKES.iter().any(|m| w(close + 3).starts_with(m));
    participle || which
}

/// Zones named by their city without quotes: "в свободной индустриальной зоне Кутаиси" (Kutaisi
/// Free Industrial Zone), "Тбилисская свободная индустриальная зона", "особой экономической
/// зоны Алабуга".
fn unquoted_zones_ru(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    let n = s.tokens.len();
    let mut i = 2;
    while i < n {
        let w = s.tokens[i].norm.clone();
        let zone = w.starts_with("зон") && w.chars().count() <= 5;
        let park = w.starts_with("парк") && w.chars().count() <= 6;
        if !(zone || park) || !s.free(i, i + 1) {
            i += 1;
            continue;
        }
        let before = |k: usize, stem: &str| s.tokens[k].norm.starts_with(stem);
        let mut start = i;
        let mut kind_words = Vec::new();
        while start > 0 && start + 3 > i && s.free(start - 1, start) && ["свободн", "особ", "специальн", "экономическ", "индустриальн", "промышленн", "агропромышленн", "технологическ", "химическ"].iter().any(|st| before(start - 1, st)) {
            start -= 1;
            kind_words.push(s.tokens[start].norm.to_string());
        }
        let has = |st: &str| kind_words.iter().any(|w| w.starts_with(st));
        let kind = if park {
            if has("агропромышленн") {
                "Agro-Industrial Park"
            } else if has("индустриальн") || has("промышленн") {
                "Industrial Park"
            } else if has("технологическ") {
                "Technology Park"
            } else if has("химическ") {
                "Chemical Park"
            } else {
                i += 1;
                continue;
            }
        } else if has("свободн") && (has("индустриальн") || has("промышленн")) {
            "Free Industrial Zone"
        } else if has("свободн") && has("экономическ") {
            "Free Economic Zone"
        } else if (has("особ") || has("специальн")) && has("экономическ") {
            "Special Economic Zone"
        } else if (has("индустриальн") || has("промышленн")) && !has("экономическ") {
            "Industrial Zone"
        } else {
            i += 1;
            continue;
        };
        // The city: an adjective before ("Тбилисская"), or a name after ("зоне Кутаиси").
        let adjective_city = (start > 0 && s.tokens[start - 1].is_capitalized() && s.tokens[start - 1].is_cyrillic() && (s.free(start - 1, start) || s.place_tokens[start - 1]) && country_at(s, start - 1).is_none())
            .then(|| place_of_adjective(s.tokens[start - 1].text))
            .flatten();
        let (city, a, b) = if let Some(city) = adjective_city {
            (city, start - 1, i + 1)
        } else if let Some((owner, _, end)) = (i + 1 < n && s.tokens[i + 1].is_capitalized()).then(|| following_region(s, i + 1, table)).flatten() {
            (owner, start, end)
        } else if i + 1 < n && s.tokens[i + 1].is_capitalized() && s.tokens[i + 1].is_cyrillic() && s.free(i + 1, i + 2) && s.tokens.get(i + 2).is_none_or(|t| !t.is_capitalized()) {
            // "особой экономической зоны Алабуга": a name the gazetteer lacks, in apposition.
            (translit::word(s.tokens[i + 1].text), start, i + 2)
        } else {
            i += 1;
            continue;
        };
        let raw = s.surface(a, b).to_string();
        let (x, y) = s.span(a, b);
        table.retract_regions_within(x, y);
        let id = table.upsert(org(format!("{city} {kind}"), None, Some(raw)));
        table.mention(si, x, y, id);
        s.claim(a, b);
        i = b;
    }
}
