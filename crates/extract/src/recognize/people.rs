//! Persons with their role and country, in both languages.

use super::*;

pub(super) fn push_person(si: usize, s: &mut Sentence, start: usize, end: usize, name: String, role: Option<String>, table: &mut EntityTable) {
    // A head of state spelled another way is named as the press names them.
    let name = match persons::public_figure_named(&name) {
        Some(f) if name.split_whitespace().count() >= 2 => f.name.to_string(),
        _ => name,
    };
    // "Photo by Anna Kowalski", "Фото: Алексей Смирнов": a credit, not a party to the news.
    if persons::is_credit_before(&s.tokens[start.saturating_sub(3)..start]) || persons::is_byline(&s.tokens[..start], &s.tokens[end..]) {
        s.claim(start, end);
        return;
    }
    // "Echoing Titova, ...": a participle opening the sentence is no given name.
    let participle = s.tokens[start].text.ends_with("ing") && s.tokens[start].text.len() >= 6 && !s.tokens[start].is_cyrillic() && name.split_whitespace().count() == 2;
    if named_after_someone(s, start) || participle {
        s.claim(start, end);
        return;
    }
    // A later mention by surname alone belongs to the person already named.
    let surname = name.split_whitespace().last().unwrap_or("").to_string();
    let existing = table.entities.iter().position(|e| {
        e.kind == EntityKind::Person && e.name.as_deref().and_then(|n| n.split_whitespace().last()) == Some(surname.as_str())
    });
    // "Tokaev" after "Tokayev": the same surname in another spelling.
    let existing = existing.or_else(|| {
        table.entities.iter().position(|e| {
            e.kind == EntityKind::Person
                && name.split_whitespace().count() >= 2
                && e.name.as_deref().and_then(|n| n.split_whitespace().last()).is_some_and(|last| last.len() > 4 && persons::name_likeness(last, &surname) >= 0.8)
        })
    });
    // "Aleksandr Lukashenko" after "Lukashenko" was read as Alexander Lukashenko: one person
    // spelled two ways.
    let respelled = existing.filter(|&i| {
        let other = table.entities[i].name.as_deref().unwrap_or("");
        name.split_whitespace().count() >= 2 && persons::name_likeness(other.split_whitespace().next().unwrap_or(""), name.split_whitespace().next().unwrap_or("")) >= 0.6
    });
    let id = match existing {
        Some(i) if name.split_whitespace().count() < 2 || name.contains('.') || respelled.is_some() => i,
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

/// "университет имени И.М. Сеченова", "центр им. М. Миррахимова", "центр имени академика
/// Е.Н. Мешалкина", "a school named after Academician Pavlov": the person an institution is
/// named after, at token `start`, takes no part in the news. A title and initials may stand
/// between the cue and the name.
fn named_after_someone(s: &Sentence, start: usize) -> bool {
    let cue_at = |k: usize| match s.tokens[k].norm.as_ref() {
        "имени" => true,
        "им" => s.tokens.get(k + 1).is_some_and(|t| t.text == "."),
        "after" => k > 0 && s.tokens[k - 1].norm == "named",
        _ => false,
    };
    (start.saturating_sub(4)..start).rev().find(|&k| cue_at(k))
        .is_some_and(|k| (k + 1..start).all(|x| s.tokens[x].is_word || s.tokens[x].text == "."))
}

/// Heads of state and government named by surname alone ("Лукашенко направился с визитом",
/// "Tokayev noted"): the person the press means, with country and office.
pub(super) fn public_figures(si: usize, s: &mut Sentence, table: &mut EntityTable) {
    for i in 0..s.tokens.len() {
        let t = &s.tokens[i];
        if !(t.is_word && t.is_capitalized() && s.free(i, i + 1)) {
            continue;
        }
        // A capitalized word before it is a given name or a name of something else.
        if i > 0 && s.tokens[i - 1].is_word && s.tokens[i - 1].is_capitalized() && !persons::is_en_role_word(&s.tokens[i - 1].norm) && !persons::is_ru_role_word(&s.tokens[i - 1].norm) {
            continue;
        }
        if s.tokens.get(i + 1).is_some_and(|n| n.is_word && n.is_capitalized()) {
            continue;
        }
        let Some(f) = persons::public_figure(t.text) else { continue };
        // The story may have named the person in full already, in another spelling
        // ("Aleksandr Lukashenko", "Sooronbai Zheenbekov", "Erdoğan").
        let surname = f.name.rsplit(' ').next().unwrap_or(f.name);
        let existing = table.entities.iter().position(|e| {
            e.kind == EntityKind::Person && e.name.as_deref().is_some_and(|n| n == f.name || persons::name_likeness(n.rsplit(' ').next().unwrap_or(n), surname) >= 0.7)
        });
        let id = match existing {
            Some(id) => id,
            None => table.upsert(Entity { kind: EntityKind::Person, id: None, name: Some(f.name.to_string()), role: Some(f.role.to_string()), country: Some(f.country.to_string()), aliases: vec![] }),
        };
        let (a, b) = s.span(i, i + 1);
        table.mention(si, a, b, id);
        s.claim(i, i + 1);
    }
}

/// The country a person serves: a country named in the title right before the name
/// ("Belarusian Health Minister", "министра здравоохранения РК") or just after it
/// ("..., Minister of Health of Iran"), else the home country of an organization in the title.
pub(super) fn person_country(s: &Sentence, start: usize, end: usize, table: &EntityTable) -> Option<String> {
    // The nearest country or region of the title before the name ("губернатор Приморского края
    // Олег Кожемяко" is Russia's), unless "и"/"and"/"with" stands between: that one is another person's.
    let joined = |t: usize| s.tokens[t + 1..start].iter().any(|x| matches!(x.norm.as_ref(), "и" | "and" | "with" | "с" | "со" | "&"));
    let before = s
        .countries
        .iter()
        .map(|(t, c, _)| (*t, c))
        .chain(s.places.iter().map(|(t, c)| (*t, c)))
        .filter(|(t, _)| *t < start && start - *t <= 6 && !joined(*t))
        .max_by_key(|(t, _)| *t)
        .map(|(_, c)| c.clone());
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
pub(super) fn find_persons(si: usize, s: &mut Sentence, lang: Lang, table: &mut EntityTable) {
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
            // ("В.А.", initials written together, is no abbreviation.)
            let initials = tj.text.split('.').all(|p| p.chars().count() == 1);
            if lang == Lang::Ru && tj.is_all_caps() && tj.text.chars().count() >= 2 && !initials {
                break;
            }
            // "U23 Greco-Roman Wrestling": names have no digits.
            if tj.text.chars().any(|c| c.is_ascii_digit()) {
                break;
            }
            if tj.is_word && tj.is_capitalized() && s.free(j, j + 1) && (lang == Lang::En || tj.is_cyrillic()) {
                // Titles may lead the run ("Health Minister Bakyt Asanov"); after a name word they end it.
                let leading_titles = words.iter().all(|&w| persons::is_en_role_word(&s.tokens[w].norm));
                // ("Vitaly A. Prima": a middle initial is no article.)
                let middle_initial = tj.text.chars().count() == 1 && s.tokens.get(j + 1).is_some_and(|t| t.text == ".");
                if lang == Lang::En && (persons::en_not_name(&tj.norm) && !middle_initial || (persons::is_en_role_word(&tj.norm) && !leading_titles)) && !words.is_empty() {
                    break;
                }
                words.push(j);
                // An initial: one letter followed by a dot; or an honorific ("Mr. Toshihiro Aiki").
                let honorific = lang == Lang::En && matches!(tj.norm.as_ref(), "mr" | "mrs" | "ms" | "dr" | "prof");
                // ("Дерек Дж. Хоган": Дж. is the one Russian initial of two letters.)
                // ("Д.В. Мантуров": initials written together are one token, their last dot another.)
                let glued_initials = tj.text.contains('.') && tj.text.split('.').all(|p| p.chars().count() == 1);
                if (tj.text.chars().count() == 1 || honorific || tj.text == "Дж" || glued_initials) && j + 1 < n && s.tokens[j + 1].text == "." {
                    j += 2;
                    continue;
                }
                j += 1;
            } else if lang == Lang::En && !words.is_empty() && arabic_article_name(tj.text) {
                // "Abdel Fattah el-Sisi": the article keeps its small letter inside the name.
                words.push(j);
                j += 1;
            } else if lang == Lang::En
                && !words.is_empty()
                && matches!(tj.text, "da" | "de" | "do" | "dos" | "das" | "von" | "van" | "der" | "den" | "bin" | "ibn" | "al" | "el" | "du" | "di" | "ben" | "bint")
                && !persons::is_en_role_word(&s.tokens[j - 1].norm)
                && s.tokens.get(j + 1).is_some_and(|t| t.is_word && t.is_capitalized() && !persons::en_not_name(&t.norm))
            {
                // "Lula da Silva", "Ursula von der Leyen", "Khalid bin Salman": a particle inside a name.
                words.push(j);
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
        if named_after_someone(s, i) {
            i = end.max(i + 1);
            continue;
        }
        match lang {
            Lang::En => {

                // Drop leading role/stop words inside the run.
                // ("A. Podkorytov": a capital letter with a dot is an initial, not the article.)
                let initial_at = |w: usize| s.tokens[w].text.chars().count() == 1 && s.tokens.get(w + 1).is_some_and(|t| t.text == ".");
                let mut k = 0;
                while k < words.len() && (persons::is_en_role_word(&s.tokens[words[k]].norm) || persons::en_not_name(&s.tokens[words[k]].norm) && !initial_at(words[k])) {
                    k += 1;
                }
                // "Minister of Foreign Affairs Khusrav Noziri": the field's last word is the title's.
                while k < words.len() && words.len() - k > 2 && persons::is_en_field_word(&s.tokens[words[k]].norm) {
                    k += 1;
                }
                let mut name_words = &words[k..];
                // "the Sputnik V. Production will start": a letter closing a product's name, then
                // a sentence, is no initial.
                let letter_after_name = name_words.first().is_some_and(|&w| {
                    s.tokens[w].text.chars().count() == 1 && w > 0 && {
                        let p = &s.tokens[w - 1];
                        p.is_word && p.is_capitalized() && p.text.chars().count() > 1 && !persons::is_en_role_word(&p.norm) && !persons::is_given_name(&p.norm)
                            && !matches!(p.norm.as_ref(), "mr" | "mrs" | "ms" | "dr" | "prof") && country_at(s, w - 1).is_none() && !s.place_tokens[w - 1]
                            // ("Minister of Trade and Foreign Economic Relations B. Gochmollayev": a title's end.)
                            && !title_chain_before(s, w)
                    }
                });
                if letter_after_name {
                    i = end.max(i + 1);
                    continue;
                }
                // "Minister of Food and Light Industry P.Sergelen": a name written the Mongolian way,
                // an initial glued to the surname, is whole; the capitalized words before it are the title's.
                // ("A.V.Novakov": an initial before it belongs to the name.)
                let glued_last = name_words.len() > 1
                    && name_words.last().is_some_and(|&w| glued_initial(s.tokens[w].text).is_some())
                    && !initial_at(name_words[name_words.len() - 2]);
                if glued_last {
                    name_words = &name_words[name_words.len() - 1..];
                }
                // "L.Khaltar", "Ts.Munkh-Orgil": an initial glued to the surname.
                if name_words.len() == 1 {
                    let t = s.tokens[name_words[0]].text;
                    let glued = glued_initial(t);
                    // "..., informs B.Battsetseg, Minister of Foreign Affairs": the title may follow.
                    let role_follows = end + 1 < n && s.tokens[end].text == "," && (end + 1..n.min(end + 4)).any(|x| persons::is_en_role_word(&s.tokens[x].norm));
                    if let Some((initial, surname)) = glued.filter(|_| k > 0 || glued_last || title_chain_before(s, name_words[0]) || role_follows) {
                        let name = format!("{initial}. {surname}");
                        let role = role_phrase_en(s, name_words[0], end);
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
                    let given_at = name_words.iter().position(|&w| persons::is_given_name(&s.tokens[w].norm));
                    // Mongolian names lead with the father's name in the genitive (Khaltmaagiin Battulga).
                    let mongolian = name_words.len() >= 2 && {
                        let f = &s.tokens[name_words[name_words.len() - 2]].norm;
                        f.len() > 5 && (f.ends_with("iin") || f.ends_with("yn") || f.ends_with("giin"))
                    };
                    let surname_like = mongolian || name_words.last().is_some_and(|&w| persons::looks_like_surname(&s.tokens[w].norm));
                    // "Director General of Pharmexcil Uday Bhaskar": the title ends with a name
                    // already known (an organization or a country), so the two words after it are the person's.
                    // ("the ambassador of Poland in the Republic of Moldova, Tomasz Kobzdej": or after a comma.)
                    let known_at = |k: usize| !s.free(k, k + 1);
                    let after_known = name_words.len() == 2 && name_words[0] == words[0] && words[0] > 0
                        && (known_at(words[0] - 1) || words[0] > 1 && s.tokens[words[0] - 1].text == "," && known_at(words[0] - 2));
                    let surname_like = surname_like || after_known;
                    if given_at.is_some() || surname_like {
                        role_before = true;
                        name_words = &name_words[given_at.unwrap_or(name_words.len().saturating_sub(2))..];
                    }
                }
                // Patronymics: "Parkhomchik Petr Aleksandrovich" is Petr Parkhomchik; a given name
                // with only a patronymic ("Vladimir Vladimirovich") names nobody new.
                let patronymic = |w: usize| persons::is_patronymic(&s.tokens[w].norm);
                let reordered: Vec<usize>;
                if name_words.len() == 3 && patronymic(name_words[2]) && persons::is_given_name(&s.tokens[name_words[1]].norm) {
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
                let known_given = persons::is_given_name(&first.norm) || initial || chinese;
                let last_norm = &s.tokens[*name_words.last().unwrap()].norm;
                // A brand before its product ("Vero Cell COVID-19 vaccine") is not a person.
                let product_follows = s.tokens.get(end).is_some_and(|t| matches!(t.norm.as_ref(), "covid-19" | "covid" | "vaccine" | "vaccines" | "doses" | "tablets" | "drug" | "tractors" | "trucks" | "company" | "plant" | "factory" | "firm" | "holding" | "concern"));
                let any_place = product_follows || name_words.iter().any(|&w| !s.free(w, w + 1))
                    || is_org_head(last_norm)
                    // "Sri Avantika Contractors", "Guang Xi Fukang Investment": a trade closing the run is a firm's.
                    || matches!(last_norm.as_ref(), "contractors" | "motors" | "electronics" | "textiles" | "chemicals" | "logistics" | "trading" | "investment" | "investments" | "engineering" | "solutions" | "systems" | "builders" | "exports" | "imports" | "steel" | "cement" | "devices" | "equipment" | "hospitals" | "clinics" | "centers" | "centres" | "institutes" | "universities" | "companies" | "banks" | "plants" | "factories" | "ministries" | "agencies")
                    || matches!(last_norm.as_ref(), "region" | "oblast" | "krai" | "province" | "city" | "republic" | "district" | "county" | "okrug" | "territory" | "valley" | "zone")
                    // "Gheorghe Asachi St", "Volvo Buses", "Dong Feng Motor": a street or a firm named after someone.
                    || matches!(last_norm.as_ref(), "st" | "street" | "avenue" | "ave" | "boulevard" | "blvd" | "road" | "square" | "lane" | "buses" | "motor" | "trucks" | "airport" | "stadium" | "metro" | "station");
                // "Gap Insaat A. S.": a legal form's letters, not someone's initials.
                let all_initials = name_words.iter().all(|&w| s.tokens[w].text.chars().count() == 1);
                // "director of AIDA MFA": abbreviations, an organization's; a name has lower-case letters.
                let all_abbreviations = name_words.iter().all(|&w| s.tokens[w].text.chars().count() >= 2 && s.tokens[w].is_all_caps());
                // "Alymkadyr Beishenaliev noted": a given name the lists lack, before a surname only
                // a person can carry.
                let regional_surname = name_words.len() == 2 && persons::looks_like_regional_surname(last_norm) && {
                    let f = &s.tokens[name_words[0]];
                    f.text.chars().count() >= 3 && !f.is_all_caps() && f.text.chars().all(|c| c.is_alphabetic() || c == '-')
                        && !persons::en_not_name(&f.norm) && !persons::is_en_role_word(&f.norm)
                        // ("Heydar Aliyev International Airport": a name that names a place after it.)
                        && s.tokens.get(end).is_none_or(|t| !(t.is_word && t.is_capitalized()))
                        // ("in Borg El-Arab", "near Stara Pazova": a town after a preposition of place.)
                        && !(name_words[0] > 0 && matches!(s.tokens[name_words[0] - 1].norm.as_ref(), "in" | "at" | "near" | "to" | "from" | "outside" | "via" | "of"))
                };
                // "Vitaly A. Prima" goes by "Vitaly Prima": a middle initial between a given name and a surname drops.
                let without_middle: Vec<usize>;
                if name_words.len() == 3 && s.tokens[name_words[0]].text.chars().count() > 1 && s.tokens[name_words[1]].text.chars().count() == 1 && s.tokens[name_words[2]].text.chars().count() > 1 {
                    without_middle = vec![name_words[0], name_words[2]];
                    name_words = &without_middle;
                }
                if (known_given || role_before || role_after || regional_surname) && !any_place && !all_initials && !all_abbreviations {
                    let name = name_words.iter().map(|&w| {
                        let tx = s.tokens[w].text;
                        if tx.chars().count() == 1 { format!("{tx}.") } else { tx.to_string() }
                    }).collect::<Vec<_>>().join(" ");
                    let role = role_phrase_en(s, name_words[0], end);
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
                let mut words: Vec<usize> = words[lead..].to_vec();
                // "заместитель Председателя Кабинета Министров Тангрыкули Атахаллыев": a capitalized
                // title and its body lead the run; the name is what follows them.
                let titled = words.iter().take_while(|&&w| persons::is_ru_role_word(&s.tokens[w].norm) || persons::is_ru_title_body_word(&s.tokens[w].norm)).count();
                let mut title_led = false;
                let body_named = words[..titled].iter().any(|&w| persons::is_ru_title_body_word(&s.tokens[w].norm));
                // "заместитель Министра Смирнов В.А.": a capitalized title alone leads the run too.
                // ("Главная Новости": a menu's adjective is no title.)
                let lone_title = titled > 0 && !body_named && titled < words.len() && words[titled..].iter().any(|&w| s.tokens[w].text.chars().count() > 1)
                    && !words[..titled].iter().any(|&w| crate::ru_orgs::is_adjective(&s.tokens[w].norm));
                // "Председателя Правительства" alone: a title and its body, nobody's name.
                if titled == words.len() {
                    i = end.max(i + 1);
                    continue;
                }
                if body_named && words.len() - titled >= 2 && words[titled..].iter().all(|&w| s.tokens[w].text.chars().count() > 1) || lone_title {
                    words.drain(..titled);
                    i = words[0];
                    title_led = true;
                }
                let toks: Vec<&Token> = words.iter().map(|&w| &s.tokens[w]).collect();
                // Mongolian names lead with the father's name in the genitive (Ухнаагийн Хурэлсух):
                // English spells it Ukhnaagiin Khurelsukh.
                if toks.len() >= 2 && persons::is_mongolian_patronymic(toks[0].text) {
                    let father = translit::word(toks[0].text).replace("iyn", "iin");
                    let given = translit::word(&persons::ru_surname_nominative(toks[1].text, false));
                    let stop = words[1] + 1;
                    push_person(si, s, i, stop, format!("{father} {given}"), role_phrase_ru(s, i), table);
                    i = stop;
                    continue;
                }
                // Chinese names in Palladius spelling (Чжан Вэньчуань): surname first, no case endings.
                if toks.len() >= 2 {
                    let texts: Vec<&str> = toks.iter().take(3).map(|t| t.text).collect();
                    if let Some((len, name)) = crate::palladius::east_asian_person(&texts) {
                        let stop = words[len - 1] + 1;
                        push_person(si, s, i, stop, name, role_phrase_ru(s, i), table);
                        i = stop;
                        continue;
                    }
                }
                // Official style puts the surname first: "Министр Иванов Петр Сергеевич",
                // "заместитель Министра Смирнов В.А." (English writes Pyotr Ivanov, V.A. Smirnov).
                // ("первый заместитель Председателя Правительства России Д.В. Мантуров": a title
                // chain with its body and country before the initials.)
                let role_led = title_led || i > 0 && persons::is_ru_role_word(&s.tokens[i - 1].norm) || ru_title_chain(s, i);
                if toks.len() == 3 && persons::ru_given_nominative(toks[0].text).is_none() && persons::ru_given_nominative(toks[1].text).is_some() && persons::is_ru_patronymic(&toks[2].norm) {
                    let case = persons::ru_context_case(&s.tokens[i.saturating_sub(6)..i], s.tokens.get(words[2] + 1));
                    if let Some(name) = persons::ru_person_name_cased(&[toks[1], toks[0]], case) {
                        let stop = words[2] + 1;
                        push_person(si, s, i, stop, name, role_phrase_ru(s, i), table);
                        i = stop;
                        continue;
                    }
                }
                // ("В.А." is one token, "В. А." two.)
                // An initial has its dot ("Новости В Армении" is a preposition).
                let initials_only = |k: usize| {
                    let t = toks[k];
                    t.text.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase)) && s.tokens.get(words[k] + 1).is_some_and(|d| d.text == ".")
                };
                if role_led && toks.len() >= 2 && toks[0].text.chars().count() > 2 && (1..toks.len()).all(initials_only) {
                    let initials: String = toks[1..].iter().flat_map(|t| t.text.split('.')).map(|p| format!("{}.", translit::word(p))).collect();
                    let surname = translit::word(&persons::ru_surname_nominative(toks[0].text, false));
                    let stop = end;
                    push_person(si, s, i, stop, format!("{initials} {surname}"), role_phrase_ru(s, i), table);
                    i = stop;
                    continue;
                }
                // "министр Д.В. Мантуров", "вице-премьер России Д. В. Мантуров": initials before the
                // surname, after a title.
                let initials_at = |k: usize| {
                    let t = toks[k];
                    t.text.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase)) && s.tokens.get(words[k] + 1).is_some_and(|d| d.text == ".")
                };
                let lead_initials = (0..toks.len()).take_while(|&k| initials_at(k)).count();
                if role_led && lead_initials > 0 && toks.len() == lead_initials + 1 && toks[lead_initials].text.chars().count() > 2 {
                    let initials: String = toks[..lead_initials].iter().flat_map(|t| t.text.split('.')).map(|p| format!("{}.", translit::word(p))).collect();
                    let surname = translit::word(&persons::ru_surname_nominative(toks[lead_initials].text, false));
                    push_person(si, s, i, end, format!("{initials} {surname}"), role_phrase_ru(s, i), table);
                    i = end;
                    continue;
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
                let role_before = title_led
                    || i > 0 && persons::is_ru_role_word(&s.tokens[i - 1].norm)
                    || (i > 1 && (persons::is_ru_role_word(&s.tokens[i - 2].norm) || country_at(s, i - 1).is_some() && persons::is_ru_role_word(&s.tokens[i - 2].norm)))
                    || ru_title_chain(s, i);
                // "Глава ОАО «Кыргызиндустрия», Жарасул Абдураимов": a capitalized word and a surname,
                // inside the sentence, name someone even when the title stands far off.
                // "Гочкули Гочмырадов принял делегацию": at the start of a sentence too, when a
                // verb in the past tense follows the pair.
                let verb_follows = s.tokens.get(words[words.len() - 1] + 1).is_some_and(|v| {
                    let n: &str = &v.norm;
                    v.is_word && !v.is_capitalized() && n.chars().count() > 4 && ["ил", "ал", "ел", "ял", "ила", "ала", "ела", "яла", "или", "али"].iter().any(|e| n.ends_with(e))
                });
                let surname_shaped = toks.len() == 2 && (i > 0 && s.tokens[i - 1].text != "." || verb_follows) && persons::ru_name_by_shape(toks[0].text, toks[1].text);
                // "Виктор Каранкевич и Хуррам Дастгир": a pair of words joined to a person named
                // just before is the second person.
                let person_ends_at = |k: usize| table.mentions_in(si).any(|m| m.end == s.offset + s.tokens[k].span.end && table.entities[m.entity].kind == EntityKind::Person);
                // Words that open the name of a state body ("Совет Министров", "Правительство Республики").
                const BODY_STEMS: &[&str] = &["совет", "правительств", "министерств", "администрац", "комитет"];
                let body_word = |t: &Token| BODY_STEMS.iter().any(|b| t.norm.starts_with(b));
                let title_word = |t: &Token| persons::is_ru_role_word(&t.norm) || persons::is_ru_title_body_word(&t.norm) || persons::RU_ROLE_STEMS.iter().any(|r| t.norm.starts_with(r)) || t.norm.starts_with("глав") || body_word(t);
                let paired = toks.len() == 2 && i >= 2 && matches!(s.tokens[i - 1].norm.as_ref(), "и" | ",") && person_ends_at(i - 2)
                    && !toks.iter().any(|t| title_word(t)) && !toks[1].norm.ends_with("ов") && !toks[1].norm.ends_with("ей");
                let surname_shaped = surname_shaped || paired;
                // "представители стран Экваториальной Африки": a place's adjective after a title, no one's name.
                let adjective_led = !given && !initial && persons::ru_adjectival(toks[0].text)
                    // "Совет Министров", "Правительство Республики": a body's name, whatever title stands before it.
                    || !given && body_word(toks[0]);
                if toks.len() >= 2 && (given || initial || role_before || surname_shaped) && !adjective_led {
                    // Surname-first with initials ("Иванов А. А.") is rare in news; take Name Surname.
                    // "Алексея Владимировича Цоя": a patronymic in the middle; the surname comes third.
                    let take: Vec<&Token> = if initial { toks.clone() } else { toks[..persons::ru_name_len(&toks)].to_vec() };
                    let stop = if initial { end } else { words[take.len() - 1] + 1 };
                    let case = persons::ru_context_case(&s.tokens[i.saturating_sub(6)..i], s.tokens.get(stop));
                    if let Some(name) = persons::ru_person_name_cased(&take, case) {
                        let role = role_phrase_ru(s, i);
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
pub(super) fn title_chain_before(s: &Sentence, i: usize) -> bool {
    let mut k = i;
    let mut steps = 0;
    // An organization's name inside the title ("Director of the Silk Road Foundation of the
    // People's Republic of China") is one step, however many words it has.
    while k > 0 && steps < 10 && i - k < 30 {
        k -= 1;
        if !s.free(k, k + 1) && k > 0 && !s.free(k - 1, k) {
            continue;
        }
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
pub(super) fn ru_title_chain(s: &Sentence, i: usize) -> bool {
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

pub(super) fn role_context_en(s: &Sentence, i: usize) -> bool {
    let prev = &s.tokens[i - 1];
    persons::is_en_role_word(&prev.norm)
        || (i > 1 && (prev.text == "," || country_at(s, i - 1).is_some() || !s.free(i - 1, i)) && persons::is_en_role_word(&s.tokens[i - 2].norm))
}

/// The title a person is given in English: the title chain before the name ("Prime
/// Minister of Georgia Irakli Garibashvili" → Prime Minister of Georgia), else an
/// apposition after it ("Irakli Garibashvili, the Prime Minister of Georgia,").
pub(super) fn role_phrase_en(s: &Sentence, name_start: usize, name_end: usize) -> Option<String> {
    let title_word = |t: &Token| persons::is_en_role_word(&t.norm) || matches!(t.norm.as_ref(), "of" | "and" | "for" | "the" | "'s" | "&") || t.is_word && t.is_capitalized();
    // Before the name: back over role words, connectors and capitalized words (fields, countries).
    let mut k = name_start;
    while k > 0 && name_start - k < 10 && title_word(&s.tokens[k - 1]) {
        // "Presidents Tomislav Nikolic and Alexander Lukashenko": another name listed before
        // this one ends the walk; its title is the list's.
        let listed_name = s.tokens[k - 1].norm == "and" && k >= 2 && {
            let p = &s.tokens[k - 2];
            p.is_word && p.is_capitalized() && !persons::is_en_role_word(&p.norm) && !persons::is_en_field_word(&p.norm) && country_at(s, k - 2).is_none() && !s.place_tokens[k - 2]
        };
        if listed_name {
            break;
        }
        k -= 1;
    }
    let mut before: Vec<&Token> = s.tokens[k..name_start].iter().collect();
    // The phrase starts at its first role word ("Georgian Prime Minister" → Prime Minister).
    while before.first().is_some_and(|t| !persons::is_en_role_word(&t.norm)) {
        before.remove(0);
    }
    // (An honorific alone, "Mr", is no title.)
    if before.iter().any(|t| !matches!(t.norm.as_ref(), "mr" | "mrs" | "ms" | "dr" | "prof" | "sir")) {
        return Some(before.iter().map(|t| t.text).collect::<Vec<_>>().join(" ").replace(" 's", "'s"));
    }
    // After the name: ", the Minister of Health of Armenia,".
    let mut j = name_end;
    if s.tokens.get(j).is_none_or(|t| t.text != ",") {
        return None;
    }
    j += 1;
    while s.tokens.get(j).is_some_and(|t| matches!(t.norm.as_ref(), "the" | "a" | "an")) {
        j += 1;
    }
    let start = j;
    while j < s.tokens.len() && j - start < 10 && title_word(&s.tokens[j]) {
        j += 1;
    }
    let mut after: Vec<&Token> = s.tokens[start..j].iter().collect();
    while after.last().is_some_and(|t| matches!(t.norm.as_ref(), "of" | "and" | "for" | "the" | "&")) {
        after.pop();
    }
    (after.first().is_some_and(|t| persons::is_en_role_word(&t.norm))).then(|| after.iter().map(|t| t.text).collect::<Vec<_>>().join(" "))
}

/// The title a person is given in Russian, in English: the role word before the name, over
/// the genitives of its field and country ("министр здравоохранения Таджикистана Джамолиддин
/// Абдуллозода" → Minister of Health), with "заместитель" before it making a deputy.
pub(super) fn role_phrase_ru(s: &Sentence, name_start: usize) -> Option<String> {
    // Longer stems first where one begins another (вице-президент before президент).
    const ROLES: &[(&str, &str)] = &[
        ("вице-президент", "Vice President"),
        ("президент", "President"),
        ("вице-премьер", "Deputy Prime Minister"),
        ("премьер", "Prime Minister"),
        ("замминистр", "Deputy Minister"),
        ("заместител", "Deputy"),
        ("министр", "Minister"),
        ("посол", "Ambassador"),
        ("губернатор", "Governor"),
        ("гендиректор", "Director General"),
        ("генеральн", "Director General"),
        ("директор", "Director"),
        ("глав", "Head"),
        ("руководител", "Head"),
        ("председател", "Chairman"),
        ("аким", "Akim"),
        ("хоким", "Hokim"),
        ("мэр", "Mayor"),
    ];
    // "посол" loses its о in the other cases (посла, послом); "после" is "after".
    const AMBASSADOR_CASES: &[&str] = &["посла", "послу", "послом", "послы", "послов", "послам", "послами", "послах"];
    let role_of = |norm: &str| -> Option<&'static str> {
        if AMBASSADOR_CASES.contains(&norm) {
            return Some("Ambassador");
        }
        ROLES.iter().find(|(stem, _)| norm.starts_with(stem)).map(|(_, role)| *role)
    };
    // Back over lower-case genitives, countries and abbreviations to the role word.
    let mut k = name_start;
    let mut role_at = None;
    while k > 0 && name_start - k < 7 {
        k -= 1;
        let t = &s.tokens[k];
        if role_of(&t.norm).is_some() {
            role_at = Some(k);
            break;
        }
        let ok = t.is_word && (!t.is_capitalized() || country_at(s, k).is_some() || t.is_all_caps() || !s.free(k, k + 1)) || t.text == ",";
        if !ok {
            break;
        }
    }
    let r = role_at?;
    let mut role = role_of(&s.tokens[r].norm)?.to_string();
    // "Председатель Кабинета министров": the chairman of the cabinet, not a minister.
    if s.tokens[r].norm.starts_with("министров") && r >= 2 && ["кабинет", "совет"].iter().any(|b| s.tokens[r - 1].norm.starts_with(b)) {
        role = if s.tokens[r - 2].norm.starts_with("председател") { "Chairman of the Cabinet of Ministers".into() } else { "Minister".into() };
        if r >= 3 && s.tokens[r - 3].norm.starts_with("заместител") {
            role = format!("Deputy {role}");
        }
        return Some(role);
    }
    // "заместитель министра", "первый заместитель председателя".
    if r > 0 && s.tokens[r - 1].norm.starts_with("заместител") && !role.starts_with("Deputy") {
        role = format!("Deputy {role}");
    }
    if role.ends_with("Minister") && !role.contains("Prime") {
        if let Some((field, _)) = orgs::ru_ministry_field(&s.tokens, r + 1) {
            role = format!("{role} of {field}");
        }
    }
    Some(role)
}

/// A name written with its initial glued on, the way Mongolian agencies write them
/// ("L.Khaltar", "Ts.Munkh-Orgil", "Kh.Battulga"): the initial and the surname.
/// Two-letter initials are the digraphs of Mongolian Cyrillic letters (Ц, Х, Ч, Ш, Ж, Я, Ю, Е, Ё).
/// An Arabic surname with its article in small letters: "el-Sisi", "al-Sudani".
fn arabic_article_name(t: &str) -> bool {
    ["el-", "al-"].iter().any(|a| t.strip_prefix(a).is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase) && rest.chars().count() >= 3))
}

fn glued_initial(t: &str) -> Option<(&str, &str)> {
    // "A.V.Novakov": more than one initial may come first.
    let (initials, surname) = t.rsplit_once('.')?;
    let initials_ok = initials.split('.').all(|initial| {
        initial.len() == 1 && initial.as_bytes()[0].is_ascii_uppercase() || matches!(initial, "Ts" | "Kh" | "Ch" | "Sh" | "Zh" | "Ya" | "Yu" | "Ye" | "Yo")
    });
    let surname_ok = surname.chars().count() >= 4
        && surname.split('-').all(|part| part.chars().next().is_some_and(char::is_uppercase) && part.chars().skip(1).all(char::is_lowercase));
    (initials_ok && surname_ok).then_some((initials, surname))
}
