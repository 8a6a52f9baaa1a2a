//! State bodies named by rule: ministries and governments, embassies, bilateral commissions and working groups, economic zones and trade houses.

use super::*;

/// Ministries, governments and cabinets, named as the contract wants:
/// `Ministry of Health of Kazakhstan`, `Government of Belarus`.
pub(super) fn government_bodies(si: usize, s: &mut Sentence, lang: Lang, main: Option<&str>, table: &mut EntityTable) {
    if lang == Lang::En {
        plural_ministries_en(si, s, table);
        peoples_committees_en(si, s, table);
    }
    health_departments(si, s, lang, table);
    // "По данным пресс-центра Минздрава, ... Иссык-Кульской области передадут": a body named
    // without its country belongs where the sentence's places lie (the donor may be the
    // country the story names most).
    let local = s.places.first().map(|p| p.1.as_str())
        .filter(|&c| s.places.iter().all(|p| p.1 == c) && s.countries.iter().all(|x| x.1 == c))
        .map(str::to_string);
    let main = local.as_deref().or(main);
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
                if norm == "ministry" && s.tokens[i].is_capitalized() && i + 2 < n && s.tokens[i + 1].norm == "of" && country_at(s, i + 2).is_none() && !(s.tokens[i + 2].norm == "the" && country_at(s, i + 3).is_some()) {
                    // "Ministry of Health [of Kazakhstan]"
                    {
                        let mut j = i + 2;
                        let mut field = Vec::new();
                        while j < n {
                            let t = &s.tokens[j];
                            // "Ministry of Economy Dragan Stevanovic": the minister's name ends the field.
                            // ("Ministry of Health and Social Development Zhaparkul Tashiyev": a surname
                            // after an unknown given name ends it too.)
                            let name_starts = !field.is_empty() && s.tokens.get(j + 1).is_some_and(|u| u.is_capitalized())
                                && (persons::is_given_name(&t.norm) || !persons::is_en_field_word(&t.norm) && orgs::english_field(t.text).is_none() && persons::looks_like_surname(&s.tokens[j + 1].norm));
                            if name_starts {
                                break;
                            }
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
                            let field_key = orgs::english_field(&field_text).unwrap_or(&field_text).to_string();
                            let country = country.or_else(|| preceding_country(s, i)).or_else(|| named_before(table, &field_key)).or(main.map(str::to_string));
                            found = Some((i, end, orgs::english_field(&field_text).map(str::to_string).unwrap_or(field_text), country));
                        }
                    }
                } else if norm == "ministry" && i > 0 {
                    // "[Belarusian] Health Ministry"
                    let mut j = i;
                    let mut last_named = None;
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
                        } else if k >= 2 && s.tokens[k - 1].norm == "'s" && s.tokens[k - 2].norm == "country" && orgs::english_field(&field.join(" ")).is_some() {
                            // "... to Mongolia, the country's health ministry": the country just named, or the story's.
                            j = k;
                            last_named = s.countries.iter().filter(|c| c.0 < k).max_by_key(|c| c.0).map(|c| c.1.clone());
                        } else {
                            field.clear();
                        }
                    }
                    if let Some(f) = orgs::english_field(&field.join(" ")) {
                        // "the Industry Ministry of Belarus": the country after the noun.
                        let of_country = (i + 2 < n && s.tokens[i + 1].norm == "of").then(|| if s.tokens[i + 2].norm == "the" { i + 3 } else { i + 2 }).and_then(|k| country_at(s, k).map(|c| (c, k + 1)));
                        let end = of_country.as_ref().map_or(i + 1, |(_, e)| *e);
                        let country = of_country.map(|(c, _)| c).or_else(|| preceding_country(s, j)).or(last_named).or_else(|| named_before(table, f)).or(main.map(str::to_string));
                        let start = if j > 0 && country_at(s, j - 1).is_some() { j - 1 } else { j };
                        found = Some((start, end, f.to_string(), country));
                    }
                } else if matches!(norm.as_ref(), "khokimiyat" | "hokimiyat" | "khokimiat" | "hokimiat" | "akimat" | "akimiat") {
                    // "the khokimiyat of Navoi region", "Samarkand regional khokimiyat", "the
                    // Karaganda region akimat": a region's administration.
                    let head = if norm.starts_with('a') { "Akimat" } else { "Khokimiyat" };
                    let after = (i + 2 < n && s.tokens[i + 1].norm == "of").then(|| if s.tokens[i + 2].norm == "the" { i + 3 } else { i + 2 });
                    let region_word = |k: usize| s.tokens.get(k).is_some_and(|t| matches!(t.norm.as_ref(), "region" | "regional" | "oblast" | "province"));
                    if let Some(k) = after.filter(|&k| k + 1 < n && s.tokens[k].is_capitalized() && s.place_tokens[k] && region_word(k + 1)) {
                        found = Some((i, k + 2, format!("#{head} of {} Region", s.tokens[k].text), place_country(s, k)));
                    } else if i >= 2 && region_word(i - 1) && s.tokens[i - 2].is_capitalized() && s.place_tokens[i - 2] {
                        found = Some((i - 2, i + 1, format!("#{head} of {} Region", s.tokens[i - 2].text), place_country(s, i - 2)));
                    }
                } else if (norm == "government" || norm == "cabinet") && s.tokens[i].is_word
                    // "the Thai Government Pharmaceutical Organization": a word of a longer name.
                    && !(norm == "government" && s.tokens.get(i + 1).is_some_and(|t| t.is_word && t.is_capitalized() && !t.is_cyrillic()))
                    // "the government reserve fund", "government funding": a modifier of what is paid or run, no body acting.
                    && !(norm == "government" && s.tokens.get(i + 1).is_some_and(|t| matches!(t.norm.as_ref(), "reserve" | "reserves" | "fund" | "funds" | "funding" | "budget" | "bonds" | "grant" | "grants" | "procurement" | "subsidies" | "subsidy" | "spending" | "debt" | "securities" | "contracts" | "contract" | "order" | "orders" | "officials" | "agencies" | "institutions" | "employees" | "sector" | "level" | "buildings" | "support" | "financing" | "money" | "loans" | "stake" | "ownership" | "owned" | "backed" | "run"))) {
                    let cabinet = norm == "cabinet";
                    let after = if cabinet { i + 3 } else { i + 1 }; // "Cabinet of Ministers"
                    if cabinet && !(i + 2 < n && s.tokens[i + 1].norm == "of" && s.tokens[i + 2].norm == "ministers") {
                        i += 1;
                        continue;
                    }
                    let mut country = None;
                    let mut end = after;
                    let mut region_owner = None;
                    if after + 1 < n && s.tokens[after].norm == "of" {
                        let k = if s.tokens[after + 1].norm == "the" { after + 2 } else { after + 1 };
                        if !cabinet && moscow_city(s, k) {
                            region_owner = Some("Moscow".to_string());
                            country = Some("RU".to_string());
                            end = k + 1;
                        } else if let Some((owner, c, e)) = following_region(s, k, table) {
                            // "the government of Sakhalin Region": a region's government.
                            region_owner = Some(owner);
                            country = Some(c);
                            end = e;
                        } else if let Some(x) = (k..n.min(k + 3)).find(|&x| country_at(s, x).is_some()) {
                            country = country_at(s, x);
                            end = x + 1;
                        }
                    }
                    let of_follows = after < n && s.tokens[after].norm == "of";
                    // "the Moscow Government" is the city's, not Russia's.
                    if country.is_none() && !cabinet && i > 0 && moscow_city(s, i - 1) {
                        region_owner = Some("Moscow".to_string());
                        country = Some("RU".to_string());
                    }
                    let mut start = if (country.is_none() || region_owner.is_some() && end == after) && i > 0 && country_at(s, i - 1).is_some() { i - 1 } else { i };
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
                    // "the Cabinet of Ministers", capitalized as its name, of a story about one country
                    // is that country's. A bare "the government" inside a sentence is not named: across
                    // the annotated sets it was left out about as often as kept, and it was often the
                    // wrong country's in stories of a donor and a receiver (measured session 9).
                    // ("The Government of the Tula Region" names its owner after "of": not the story's country.)
                    let bare_ok = s.tokens[i].is_capitalized() || main.is_some() && !s.countries.is_empty();
                    // (Opening the sentence, "The government plans ...", it acts, and is named.)
                    let opens_sentence = i == 1 && norm == "government";
                    if country.is_none() && (cabinet && s.tokens[i].is_capitalized() || opens_sentence) && !of_follows && bare_ok && i > 0 && matches!(s.tokens[i - 1].norm.as_ref(), "the" | "its") {
                        country = main.map(str::to_string);
                    }
                    if let Some(owner) = region_owner.filter(|_| !cabinet) {
                        found = Some((start, end, format!("#Government of {owner}"), country));
                    } else if let Some(c) = country {
                        found = Some((start, end, if cabinet { "#Cabinet of Ministers".into() } else { "#Government".into() }, Some(c)));
                    }
                }
            }
            Lang::Ru => {
                if norm.starts_with("министерств") && norm != "министерств" {
                    // "Министерство РФ по делам гражданской обороны ...": the country may come first.
                    let country_first = country_at(s, i + 1);
                    let mut j = if country_first.is_some() { i + 2 } else { i + 1 };
                    let mut field = None;
                    if let Some((f, e)) = orgs::ru_ministry_field(&s.tokens, j) {
                        field = Some(f);
                        j = e;
                    }
                    if let Some(f) = field {
                        if let Some((owner, country, end)) = following_region(s, j, table) {
                            found = Some((i, end, format!("@{f}@{owner}"), Some(country)));
                        } else {
                            let (country, end) = following_country(s, j).map(|(c, e)| (Some(c), e)).or_else(|| the_country_word(s, j, main)).unwrap_or((None, j));
                            let country = country.or(country_first).or_else(|| adjective_country_before(s, i)).or_else(|| named_before(table, &f)).or(main.map(str::to_string));
                            found = Some((i, end, f, country));
                        }
                    }
                } else if let Some((abbr, en)) = orgs::RU_MINISTRY_ABBR.iter().find(|(abbr, _)| norm.starts_with(abbr) && norm.len() <= abbr.len() + 4) {
                    if let Some((owner, country, end)) = following_region(s, i + 1, table) {
                        found = Some((i, end, format!("@{en}@{owner}"), Some(country)));
                    } else {
                        let (country, end) = following_country(s, i + 1).map(|(c, e)| (Some(c), e)).or_else(|| the_country_word(s, i + 1, main)).unwrap_or((None, i + 1));
                        // Russia's own ministries go by these short names ("Минпромторг"); other
                        // countries' are named with the country ("Минпромторг Татарстана").
                        let russian_name = matches!(*abbr, "минпромторг" | "минэкономразвития" | "минцифры" | "минспорт");
                        let country = country.or_else(|| adjective_country_before(s, i)).or_else(|| named_before(table, en)).or_else(|| russian_name.then(|| "RU".to_string())).or(main.map(str::to_string));
                        found = Some((i, end, en.to_string(), country));
                    }
                } else if norm == "мид" || norm == "мон" {
                    let (country, end) = following_country(s, i + 1).map(|(c, e)| (Some(c), e)).unwrap_or((None, i + 1));
                    let f = if norm == "мид" { "Foreign Affairs" } else { "Education and Science" };
                    let country = country.or_else(|| named_before(table, f)).or(main.map(str::to_string));
                    found = Some((i, end, f.to_string(), country));
                } else if norm.starts_with("правительств") && norm != "правительств" {
                    // "заместитель председателя правительства РФ", "Глава белорусского Правительства",
                    // "Дом правительства": part of a title or a building, no body acting.
                    let title_part = (i.saturating_sub(3)..i).any(|k| {
                        let w = s.tokens[k].norm.as_ref();
                        ["председател", "глав", "премьер", "заместител", "вице", "дом", "здани", "аппарат"].iter().any(|p| w.starts_with(p))
                    });
                    if title_part {
                        i += 1;
                        continue;
                    }
                    if moscow_city(s, i + 1) {
                        // "Правительство Москвы" is the city's, not Russia's.
                        found = Some((i, i + 2, "#Government of Moscow".into(), Some("RU".into())));
                    } else if let Some((owner, country, end)) = following_region(s, i + 1, table) {
                        // "Правительство Архангельской области": a region's government.
                        found = Some((i, end, format!("#Government of {owner}"), Some(country)));
                    } else if let Some((c, end)) = following_country(s, i + 1) {
                        found = Some((i, end, "#Government".into(), Some(c)));
                    } else if let Some(c) = (i > 0).then(|| country_at(s, i - 1)).flatten() {
                        // "казахстанское правительство"
                        found = Some((i - 1, i + 1, "#Government".into(), Some(c)));
                    } else if let Some((owner, country, end)) = story_region_named(s, i, table) {
                        // "правительство области", "краевое правительство": the government of the
                        // region the story is about.
                        found = Some((i, end, format!("#Government of {owner}"), Some(country)));
                    } else if s.tokens.get(i + 1).is_none_or(|t| !t.is_capitalized() || t.is_all_caps() && t.text.chars().count() <= 2) {
                        // "правительство одобрило": the government of the country the story is about
                        // (not "правительство Москвы" or "правительства Ленобласти").
                        // Lower-case and with no country in the sentence it is too loose to name a body.
                        let bare_ok = s.tokens[i].is_capitalized() || main.is_some() && !s.countries.is_empty();
                        if bare_ok && !s.tokens.get(i + 1).is_some_and(|t| t.is_capitalized()) {
                            found = main.map(|m| (i, i + 1, "#Government".to_string(), Some(m.to_string())));
                        }
                    }
                } else if matches!(norm.as_ref(), "власти" | "властей" | "властям" | "властями" | "властях") && s.tokens[i].is_capitalized() {
                    // "Власти Липецкой области рассчитывают ...", "Власти Таджикистана": a state's or a
                    // region's government, when it opens the sentence as the actor. (Lower-case "власти"
                    // mid-sentence is as often "the local authorities" of no one in particular.)
                    if let Some((owner, country, end)) = following_region(s, i + 1, table).filter(|(o, _, _)| ["Oblast", "Krai", "Region", "Okrug", "Republic"].iter().any(|h| o.ends_with(h)) || o.starts_with("Republic of ")) {
                        found = Some((i, end, format!("#Government of {owner}"), Some(country)));
                    } else if let Some((c, end)) = following_country(s, i + 1) {
                        found = Some((i, end, "#Government".into(), Some(c)));
                    }
                } else if matches!(norm.as_ref(), "парламент" | "парламента" | "парламенту" | "парламентом" | "парламенте") {
                    // "парламент Ирана": a country's parliament, by its plain name ("верхней палаты
                    // парламента" is a chamber, with a name of its own).
                    let chamber = i > 0 && s.tokens[i - 1].norm.starts_with("палат");
                    if let Some((c, end)) = following_country(s, i + 1).filter(|_| !chamber) {
                        found = Some((i, end, "#Parliament".into(), Some(c)));
                    }
                } else if norm.starts_with("администраци") {
                    // "при поддержке администрации Липецкой области": a region's administration
                    // ("глава администрации", "заместитель главы администрации" are titles).
                    let title_part = (i.saturating_sub(3)..i).any(|k| {
                        let w = s.tokens[k].norm.as_ref();
                        ["председател", "глав", "заместител", "руководител", "вице", "здани"].iter().any(|p| w.starts_with(p))
                    });
                    if !title_part {
                        // (A district's or town's administration is named as its annotators please; an
                        // oblast's or krai's has one name.)
                        if let Some((owner, country, end)) = following_region(s, i + 1, table).filter(|(o, _, _)| ["Oblast", "Krai", "Region", "Okrug"].iter().any(|h| o.ends_with(h))) {
                            found = Some((i, end, format!("#Administration of {owner}"), Some(country)));
                        }
                    }
                } else if norm.starts_with("хокимият") || norm.starts_with("акимат") {
                    // "хокимият Самаркандской области": the region's administration, named as the
                    // English press does (Khokimiyat of Samarkand Region).
                    let head = if norm.starts_with("хокимият") { "Khokimiyat" } else { "Akimat" };
                    // "акимат города Шымкента", "хокимият Ташкента": a city's too.
                    let k = if s.tokens.get(i + 1).is_some_and(|t| t.norm == "города") { i + 2 } else { i + 1 };
                    if let Some((owner, country, end)) = following_region(s, k, table) {
                        let owner = owner.strip_suffix(" Oblast").map_or(owner.clone(), |r| format!("{r} Region"));
                        found = Some((i, end, format!("#{head} of {owner}"), Some(country)));
                    } else if let Some((city, country)) = region_mentioned_at(s, k, table) {
                        found = Some((i, k + 1, format!("#{head} of {city}"), Some(country)));
                    }
                } else if (norm.starts_with("торгово-промышленн") && i + 1 < n && s.tokens[i + 1].norm.starts_with("палат")) || norm == "тпп" {
                    // "торгово-промышленной палаты Узбекистана", "ТПП Кыргызстана": a country's chamber.
                    let after = if norm == "тпп" { i + 1 } else { i + 2 };
                    if let Some((c, end)) = following_country(s, after) {
                        found = Some((i, end, "#Chamber of Commerce and Industry".into(), Some(c)));
                    } else if s.tokens[i].is_capitalized() && norm != "тпп" && s.tokens.get(after).is_none_or(|t| !t.is_capitalized()) {
                        // "сообщили в Торгово-промышленной палате": the chamber of the country the story is about.
                        found = main.map(|m| (i, after, "#Chamber of Commerce and Industry".to_string(), Some(m.to_string())));
                    }
                } else if norm.starts_with("кабинет") && i + 1 < n && s.tokens[i + 1].norm.starts_with("министр") || norm.starts_with("кабмин") {
                    // "Заместитель Председателя Кабинета Министров Туркменистана": a title, as with the government.
                    // "Кабмин Кыргызстана": the short name.
                    let title_part = (i.saturating_sub(3)..i).any(|k| ["председател", "заместител", "вице"].iter().any(|p| s.tokens[k].norm.starts_with(p)));
                    if title_part {
                        i += 1;
                        continue;
                    }
                    let after = if norm.starts_with("кабмин") { i + 1 } else { i + 2 };
                    if let Some((c, end)) = following_country(s, after) {
                        found = Some((i, end, "#Cabinet of Ministers".into(), Some(c)));
                    }
                } else if (norm.starts_with("совет") && i + 1 < n && s.tokens[i + 1].norm.starts_with("министр")) || norm.starts_with("совмин") {
                    // "Совет Министров Республики Беларусь", "сайт Совмина Беларуси".
                    let title_part = (i.saturating_sub(3)..i).any(|k| ["председател", "заместител", "вице"].iter().any(|p| s.tokens[k].norm.starts_with(p)));
                    let after = if norm.starts_with("совмин") { i + 1 } else { i + 2 };
                    if !title_part {
                        if let Some((c, end)) = following_country(s, after) {
                            found = Some((i, end, "#Council of Ministers".into(), Some(c)));
                        }
                    }
                } else if norm.starts_with("таможенн") && i + 1 < n && s.tokens[i + 1].norm.starts_with("служб") {
                    // "Таможенная служба Кыргызстана", "Таможенной службы" in a Kyrgyz story.
                    if let Some((c, end)) = following_country(s, i + 2) {
                        found = Some((i, end, "#Customs Service".into(), Some(c)));
                    } else if s.tokens[i].is_capitalized() {
                        found = main.map(|m| (i, i + 2, "#Customs Service".to_string(), Some(m.to_string())));
                    }
                }
            }
        }
        if let Some((start, end, field, country)) = found {
            // "@Health@Bashkortostan": a regional ministry, named after its region.
            let regional = field.strip_prefix('@').and_then(|r| r.split_once('@')).map(|(f, owner)| format!("Ministry of {f} of {owner}"));
            let ministry = field.strip_prefix('#').is_none() && regional.is_none();
            let name = match (field.strip_prefix('#'), &country) {
                _ if regional.is_some() => regional.unwrap(),
                (Some(body), _) if PLACE_GOVERNMENTS.iter().any(|p| body.starts_with(p)) => body.to_string(),
                (Some(body), Some(c)) => format!("{body} of {}", country_name(c)),
                (Some(body), None) => body.to_string(),
                (None, Some(c)) => ministry_name(c, &field),
                (None, None) => format!("Ministry of {field}"),
            };
            // "Минздрав Таджикистана" after "Министерство здравоохранения и социальной защиты населения
            // Таджикистана": the short name of the ministry the story named in full.
            let name = match (&country, ministry && field == "Health") {
                (Some(c), true) => {
                    let (head, tail) = ("Ministry of Health and ", format!(" of {}", country_name(c)));
                    table.entities.iter().filter(|e| e.kind == EntityKind::Org).filter_map(|e| e.name.as_deref())
                        .find(|n| n.starts_with(head) && n.ends_with(&tail)).map(str::to_string).unwrap_or(name)
                }
                _ => name,
            };
            let surface = s.surface(start, end).to_string();
            let id = table.upsert(org(name, country.clone(), Some(surface)));
            let (a, b) = s.span(start, end);
            table.mention(si, a, b, id);
            s.claim(start, end);
            let mut end = end;
            // "руководители Минпрома Беларуси и Зимбабве", "МИД России и Китая": one field, two
            // countries, two ministries; the second is mentioned by its country's word.
            let noun_country = |k: usize| s.countries.iter().any(|c| c.0 == k && c.2);
            if lang == Lang::Ru && ministry && end > 0 && noun_country(end - 1) && s.tokens.get(end).is_some_and(|t| t.norm == "и") && noun_country(end + 1) {
                if let Some((c2, e2)) = following_country(s, end + 1).filter(|(c2, _)| Some(c2) != country.as_ref()) {
                    let name2 = ministry_name(&c2, &field);
                    let id2 = table.upsert(org(name2, Some(c2), None));
                    let (a2, b2) = s.span(end + 1, e2);
                    table.mention(si, a2, b2, id2);
                    end = e2;
                }
            }
            i = end;
        } else {
            i += 1;
        }
    }
}

/// "The ministries of foreign affairs of Belarus and Uzbekistan": one field, two countries, two
/// ministries, each mentioned by its country's word.
fn plural_ministries_en(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    let n = s.tokens.len();
    for i in 0..n {
        if s.tokens[i].norm != "ministries" || s.tokens.get(i + 1).is_none_or(|t| t.norm != "of") || !s.free(i, i + 1) {
            continue;
        }
        let Some(of2) = (i + 2..n.min(i + 8)).find(|&k| s.tokens[k].norm == "of") else { continue };
        let field_words: Vec<&str> = s.tokens[i + 2..of2].iter().map(|t| t.text).collect();
        let Some(field) = orgs::english_field(&field_words.join(" ")) else { continue };
        let k = if s.tokens.get(of2 + 1).is_some_and(|t| t.norm == "the") { of2 + 2 } else { of2 + 1 };
        let Some(a) = country_at(s, k) else { continue };
        let and = place_end(s, k);
        let second = s.tokens.get(and).filter(|t| t.norm == "and").and_then(|_| {
            let k2 = if s.tokens.get(and + 1).is_some_and(|t| t.norm == "the") { and + 2 } else { and + 1 };
            country_at(s, k2).map(|c| (c, k2))
        });
        let Some((b, k2)) = second.filter(|(b, _)| *b != a) else { continue };
        for (c, at) in [(a, k), (b, k2)] {
            let name = ministry_name(&c, field);
            let id = table.upsert(org(name, Some(c), None));
            let (x, y) = s.span(at, place_end(s, at));
            table.mention(si, x, y, id);
        }
        s.claim(i, place_end(s, k2));
    }
}

/// A region's or city's health department, named as English reports name it: "областной отдел
/// здравоохранения Хатлонской области" is the Khatlon Regional Health Department, "the Astana
/// healthcare department" the Astana Healthcare Department.
fn health_departments(si: usize, s: &mut Sentence, lang: Lang, table: &mut EntityTable) {
    let n = s.tokens.len();
    for h in 0..n.saturating_sub(2) {
        // The Russian head and field are free words; the English place before them is a place already.
        let free = match lang {
            Lang::Ru => s.free(h, h + 2),
            Lang::En => s.free(h + 1, h + 3),
        };
        if !free {
            continue;
        }
        let found = match lang {
            Lang::Ru => {
                let head = ["отдел", "управлени", "департамент"].iter().any(|p| s.tokens[h].norm.starts_with(p));
                if !head || s.tokens[h + 1].norm != "здравоохранения" {
                    continue;
                }
                let level = h.checked_sub(1).and_then(|k| {
                    let w = s.tokens[k].norm.as_ref();
                    [("областн", "Regional"), ("городск", "City"), ("районн", "District")].iter().find(|(p, _)| w.starts_with(p)).map(|(_, en)| (k, *en))
                });
                let Some((owner, country, end)) = following_region(s, h + 2, table) else { continue };
                let base = ["Region", "Oblast", "Province"].iter().find_map(|w| owner.strip_suffix(&format!(" {w}"))).unwrap_or(&owner).to_string();
                let name = match level {
                    Some((_, en)) => format!("{base} {en} Health Department"),
                    None => format!("{base} Health Department"),
                };
                (level.map_or(h, |(k, _)| k), end, name, Some(country))
            }
            Lang::En => {
                let field = match s.tokens[h + 1].norm.as_ref() {
                    "healthcare" => "Healthcare",
                    "health" => "Health",
                    _ => continue,
                };
                let place = s.tokens[h].is_capitalized() && s.place_tokens[h] && (country_at(s, h).is_none() || crate::geo::city_code(s.tokens[h].text).is_some());
                if !place || s.tokens[h + 2].norm != "department" || h == 0 || s.tokens[h - 1].norm != "the" || s.tokens[h + 2].is_capitalized() {
                    continue;
                }
                (h, h + 3, format!("{} {field} Department", s.tokens[h].text), None)
            }
        };
        let (start, end, name, country) = found;
        let surface = s.surface(start, end).to_string();
        let id = table.upsert(org(name, country, Some(surface)));
        let (a, b) = s.span(start, end);
        table.mention(si, a, b, id);
        s.claim(start, end);
    }
}

/// A national ministry's name: "Ministry of Health of Kazakhstan"; Switzerland's ministries are
/// Federal Departments ("Federal Department of Foreign Affairs of Switzerland").
fn ministry_name(country: &str, field: &str) -> String {
    let kind = if country == "CH" { "Federal Department" } else { "Ministry" };
    format!("{kind} of {} of {}", official_field(country, field), country_name(country))
}

/// A ministry's field as its country officially names it, when that is more than the field
/// reports call it by: Turkmenistan's health ministry is the Ministry of Health and Medical
/// Industry, China's defense ministry the Ministry of National Defense.
fn official_field<'a>(country: &str, field: &'a str) -> &'a str {
    match (country, field) {
        ("TM", "Health") => "Health and Medical Industry",
        ("CN" | "TR" | "KR" | "VN" | "TW", "Defense") => "National Defense",
        _ => field,
    }
}

/// The country of a national ministry of this field named earlier in the story: a ministry
/// named again without its country ("подписан меморандум между Министерством промышленности и
/// ...", "Представитель МИД") is the one the story already named, not the story's main country.
fn named_before(table: &EntityTable, field: &str) -> Option<String> {
    table.entities.iter().rev().filter(|e| e.kind == EntityKind::Org).find_map(|e| {
        let c = e.country.as_ref()?;
        (e.name.as_deref()? == ministry_name(c, field)).then(|| c.clone())
    })
}

/// A nationality adjective right before a Russian body ("белорусским Министерством
/// промышленности"). A country noun before it is another phrase's ("груза на Кубу Министерству
/// транспорта"): Russian names a body's owner after it, in the genitive.
fn adjective_country_before(s: &Sentence, i: usize) -> Option<String> {
    let k = i.checked_sub(1)?;
    s.countries.iter().find(|c| c.0 == k && !c.2 && crate::ru_orgs::is_adjective(&s.tokens[k].norm)).map(|c| c.1.clone())
}

/// "страны" after a body's name ("министерства ... социальной защиты страны"): the country the
/// story is about.
fn the_country_word(s: &Sentence, j: usize, main: Option<&str>) -> Option<(Option<String>, usize)> {
    let m = main?;
    s.tokens.get(j).is_some_and(|t| t.norm == "страны").then(|| (Some(m.to_string()), j + 1))
}

/// Embassies, named the way registries name them: `Embassy of Japan in Tajikistan`
/// (from "Embassy of Japan in Dushanbe", "the Japanese Embassy in Tajikistan",
/// "посольство Японии в Таджикистане", "японское посольство в Душанбе").
pub(super) fn embassies(si: usize, s: &mut Sentence, lang: Lang, table: &mut EntityTable) {
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
        // Where: "in Dushanbe", "в Китае". (The city stays a place of its own: "посольство КНР
        // в Ташкенте" names Tashkent too.)
        let mut host = None;
        let home_end = end;
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
        // "the Belarusian Embassy said" after "the Belarusian Embassy in Dushanbe": the embassy the
        // story placed already (when it placed only one of that country's).
        let name = if host.is_none() {
            let prefix = format!("Embassy of {} in ", country_name(&home));
            let placed: Vec<&str> = table.entities.iter().filter(|e| e.kind == EntityKind::Org).filter_map(|e| e.name.as_deref()).filter(|x| x.starts_with(&prefix)).collect();
            match placed.as_slice() {
                [one] => one.to_string(),
                _ => name,
            }
        } else {
            name
        };
        let surface = s.surface(start, end).to_string();
        let (a, b) = s.span(start, end);
        let (_, home_b) = s.span(start, home_end);
        table.retract_regions_within(a, home_b);
        let id = table.upsert(org(name, Some(home), Some(surface)));
        table.mention(si, a, b, id);
        s.claim(start, end);
        i = end;
    }
}

/// Title case for a body's formal name ("economic cooperation" → "Economic Cooperation"),
/// leaving the small words small.
pub(super) fn title_word(w: &str) -> String {
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
pub(super) fn bilateral_bodies_en(si: usize, s: &mut Sentence, table: &mut EntityTable) {
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
pub(super) fn zones_en(si: usize, s: &mut Sentence, table: &mut EntityTable) {
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
        // "the Chinese FEZ "Kashgar"", "special economic zone «Alabuga»": the name in quotes after the kind.
        if start == k {
            let quote = |x: usize| s.tokens.get(x).is_some_and(|t| matches!(t.text, "\"" | "“" | "”" | "«" | "»"));
            let close = quote(kind_end).then(|| (kind_end + 2..n.min(kind_end + 5)).find(|&x| quote(x))).flatten();
            let inside_ok = |c: usize| (kind_end + 1..c).all(|x| s.tokens[x].is_word && !s.tokens[x].is_cyrillic() && s.tokens[x].is_capitalized() && country_at(s, x).is_none());
            if let Some(c) = close.filter(|&c| inside_ok(c)) {
                // («Taraz Chemical Park» is named in full already.)
                let named_in_full = matches!(s.tokens[c - 1].norm.as_ref(), "park" | "zone" | "cluster" | "technopark" | "city" | "valley");
                let name = if named_in_full { s.surface(kind_end + 1, c).to_string() } else { format!("{} {kind}", s.surface(kind_end + 1, c)) };
                let (a, b) = s.span(k, c + 1);
                table.retract_regions_within(a, b);
                let id = table.upsert(org(name, None, Some(s.surface(k, c + 1).to_string())));
                table.mention(si, a, b, id);
                s.claim(k, c + 1);
                k = c + 1;
                continue;
            }
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
pub(super) fn trade_houses(si: usize, s: &mut Sentence, lang: Lang, table: &mut EntityTable) {
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

/// Moscow the city at token `k` (not "Moscow Region", "Московской области"): its government
/// is the city's own, while the capital elsewhere may stand for Russia.
fn moscow_city(s: &Sentence, k: usize) -> bool {
    let Some(t) = s.tokens.get(k) else { return false };
    let city = matches!(t.norm.as_ref(), "moscow" | "москва" | "москвы" | "москве" | "москвой");
    city && !s.tokens.get(k + 1).is_some_and(|u| matches!(u.norm.as_ref(), "region" | "oblast" | "область" | "области" | "region's"))
}

/// "правительство области", "правительства региона", "краевое правительство" after the story
/// has named its oblast or krai: that region (its name, country, and where the phrase ends).
fn story_region_named(s: &Sentence, i: usize, table: &EntityTable) -> Option<(String, String, usize)> {
    let next = s.tokens.get(i + 1).map(|t| t.norm.as_ref()).unwrap_or("");
    let after_generic = matches!(next, "области" | "региона" | "края") && s.tokens.get(i + 2).is_none_or(|t| !t.is_capitalized());
    let before_adjective = i > 0 && ["областн", "краев", "регионально"].iter().any(|p| s.tokens[i - 1].norm.starts_with(p));
    if !after_generic && !before_adjective {
        return None;
    }
    let wanted = if next.starts_with("кра") || before_adjective && s.tokens[i - 1].norm.starts_with("краев") { "Krai" } else { "Oblast" };
    // ("правительство региона" is any region's.)
    let any = next == "региона";
    let region = table.entities.iter().find(|e| e.kind == EntityKind::Region && e.id.as_deref().is_some_and(|c| c.contains('-')) && e.name.as_deref().is_some_and(|n| n.ends_with(wanted) || n.ends_with("Region") || any && n.ends_with("Krai")))?;
    let name = region.name.clone()?;
    let country = region.id.as_deref()?.split('-').next()?.to_string();
    let end = if after_generic { i + 2 } else { i + 1 };
    Some((name, country, end))
}

/// The region or city the table already holds for token `k` (a capital that is its own
/// subdivision, "Ташкента" as Tashkent): its name and country.
fn region_mentioned_at(s: &Sentence, k: usize, table: &EntityTable) -> Option<(String, String)> {
    let at = s.offset + s.tokens.get(k)?.span.start;
    let m = table.mentions.iter().find(|m| m.start == at)?;
    let e = &table.entities[m.entity];
    if e.kind != EntityKind::Region {
        return None;
    }
    let country = e.country.clone().or_else(|| e.id.as_deref().and_then(|c| c.split('-').next()).map(str::to_string))?;
    Some((e.name.clone()?, country))
}

/// Vietnam's provincial and city governments: "the People's Committee of Long An province",
/// "Quang Ngai provincial People's Committee" → People's Committee of Long An Province. The place
/// is its own entity too.
fn peoples_committees_en(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    let n = s.tokens.len();
    let mut i = 0;
    while i + 2 < n {
        let opens = s.tokens[i].norm == "people" && s.tokens[i].is_capitalized()
            && matches!(s.tokens[i + 1].norm.as_ref(), "'s" | "’s")
            && s.tokens[i + 2].norm == "committee" && s.free(i, i + 3);
        if !opens {
            i += 1;
            continue;
        }
        let place_run = |from: usize, step_back: bool| -> Option<(usize, usize)> {
            let ok = |k: usize| s.place_tokens[k] && s.tokens[k].is_capitalized();
            if step_back {
                let mut a = from;
                while a > 0 && ok(a - 1) {
                    a -= 1;
                }
                (a < from).then_some((a, from))
            } else {
                let mut b = from;
                while b < n && ok(b) {
                    b += 1;
                }
                (b > from).then_some((from, b))
            }
        };
        let kind_word = |k: usize| s.tokens.get(k).map(|t| t.norm.as_ref()).filter(|w| matches!(*w, "province" | "provincial" | "city" | "municipal"));
        let (mut start, mut end, mut place, mut kind) = (i, i + 3, None, None);
        if s.tokens.get(i + 3).is_some_and(|t| t.norm == "of") {
            if let Some((a, b)) = place_run(i + 4, false) {
                place = Some((a, b));
                end = b;
                if let Some(w) = kind_word(b) {
                    kind = Some(w);
                    end = b + 1;
                }
            }
        } else {
            let before = if i > 0 && kind_word(i - 1).is_some() { i - 1 } else { i };
            if let Some((a, b)) = place_run(before, true) {
                place = Some((a, b));
                kind = (before < i).then(|| kind_word(i - 1)).flatten();
                start = a;
            }
        }
        let Some((a, b)) = place else {
            i += 3;
            continue;
        };
        let kind = match kind {
            Some("province" | "provincial") => " Province",
            Some("city" | "municipal") => " City",
            _ => "",
        };
        let country = s.places.iter().find(|p| p.0 == a).map(|p| p.1.clone());
        let name = format!("People's Committee of {}{kind}", s.surface(a, b));
        let raw = s.surface(start, end).to_string();
        let id = table.upsert(org(name, country, Some(raw)));
        let (x, y) = s.span(start, end);
        table.mention(si, x, y, id);
        s.claim(i, i + 3);
        i = end.max(i + 3);
    }
}
