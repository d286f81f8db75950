//! Which existing indicator a figure is about: among the indicators whose
//! unit fits the figure (a percentage, a rank out of the same total, a
//! 0–1 score, a count), the one whose name and definition the words
//! around the figure cover best, rare words weighing more than common
//! ones. When no indicator stands out the guess is left blank for the
//! user: a wrong indicator would put a figure in the wrong row of a brief.

use std::collections::{HashMap, HashSet};

use super::cues::names_another_indicator;
use crate::data::Catalog;
use crate::data::model::{Indicator, Unit};
use crate::data::number::parse_vietnamese_number;

/// Score below which no indicator is offered.
const ENOUGH: f64 = 0.4;
/// How much of an indicator's name the words must cover for it to count.
const NAMED: f64 = 0.3;
/// How far ahead of the next one the best indicator must be.
const MARGIN: f64 = 0.06;

/// Abbreviations news writes, spelled out as the indicators are.
const SPELLED_OUT: &[(&str, &str)] = &[
    ("cpđt", "chính phủ điện tử"),
    ("lhq", "liên hợp quốc"),
    ("tt&tt", "thông tin và truyền thông"),
    ("csdl", "cơ sở dữ liệu"),
    ("tỉ lệ", "tỷ lệ"),
];
const COMMON: &[&str] = &[
    "của", "và", "các", "những", "được", "là", "theo", "với", "cho", "trên", "trong",
];

/// The words and word pairs of a text, lower case, abbreviations spelled
/// out; pairs do not cross punctuation.
fn terms(text: &str) -> HashSet<String> {
    let mut t = text.to_lowercase();
    for (short, long) in SPELLED_OUT {
        t = t.replace(short, long);
    }
    let mut out = HashSet::new();
    for run in t.split(|c: char| !(c.is_alphanumeric() || c == ' ')) {
        let syllables: Vec<&str> = run.split_whitespace().collect();
        for (k, s) in syllables.iter().enumerate() {
            if !COMMON.contains(s) {
                out.insert(s.to_string());
            }
            if let Some(next) = syllables.get(k + 1) {
                out.insert(format!("{s} {next}"));
            }
        }
    }
    out
}

/// Does the indicator's unit fit the figure as written?
fn unit_fits(unit: &Unit, value: &str, out_of: Option<u32>, group: bool) -> bool {
    let Some(w) = parse_vietnamese_number(value) else {
        return false;
    };
    let total = out_of.or(w.out_of.map(|o| o as u32));
    match unit {
        Unit::Percent => w.percent,
        Unit::Rank { out_of: n } => {
            !w.percent
                && (group || total.is_some() || w.value.fract() == 0.0)
                && (total.is_none() || n.is_none() || total == *n)
        }
        Unit::Count { .. } => !w.percent && !group && !value.starts_with("0,"),
        Unit::Index => !w.percent && w.out_of.is_none() && (0.0..=1.0).contains(&w.value),
    }
}

/// How well the context covers a text, each term weighted by its rarity.
fn coverage(text: &HashSet<String>, context: &HashSet<String>, weight: &HashMap<&str, f64>) -> f64 {
    let total: f64 = text
        .iter()
        .map(|t| weight.get(t.as_str()).copied().unwrap_or(1.0))
        .sum();
    let found: f64 = text
        .iter()
        .filter(|t| context.contains(*t))
        .map(|t| weight.get(t.as_str()).copied().unwrap_or(1.0))
        .sum();
    if total > 0.0 { found / total } else { 0.0 }
}

/// The figure to place: as written, with its total if the words give one.
pub struct FigureToPlace<'a> {
    pub value: &'a str,
    pub out_of: Option<u32>,
    /// A ranking target's level ("nhóm 30").
    pub group: bool,
    /// The words around the figure.
    pub context: &'a str,
    /// The words right after it ("lượt truy cập"), for a count's noun.
    pub after: &'a str,
    /// What a share measures, as written ("tỷ lệ hồ sơ trực tuyến toàn
    /// trình … đạt"); empty when the clause does not say "tỷ lệ".
    pub measured: &'a str,
    /// The sentence counts within a period ("9 tháng đầu năm").
    pub within_period: bool,
    /// The whole sentence, for the system it names.
    pub sentence: &'a str,
}

/// A running total ("Tổng số …", "tính từ khi triển khai"): a count
/// within a period is another measure.
fn is_running_total(definition: &str) -> bool {
    let d = definition.to_lowercase();
    ["tổng số", "tính từ", "lũy kế", "luỹ kế"]
        .iter()
        .any(|w| d.contains(w))
}

/// Words of where, when and how a share is said, not what it measures.
const FRAME: &[&str] = &[
    "trên", "cả", "nước", "toàn", "quốc", "địa", "bàn", "trong", "tháng", "đầu", "năm", "ngày",
    "đến", "tính", "hết", "nay", "hiện", "đạt", "là", "ở", "mức", "của", "các", "được", "đã", "có",
    "khoảng", "gần", "hơn", "chung", "và", "thì", "những", "với", "cho", "theo",
];

/// A definition without its brackets, where it says what it is not
/// ("(không phải trên số dịch vụ đủ điều kiện)").
fn without_brackets(s: &str) -> String {
    let mut depth = 0;
    s.chars()
        .filter(|c| {
            match c {
                '(' => depth += 1,
                ')' => depth = (depth - 1).max(0),
                _ => return depth == 0,
            }
            false
        })
        .collect()
}

/// Words of what a share measures that neither the indicator's name nor
/// its definition (outside brackets) covers:
/// "tỷ lệ hồ sơ trực tuyến toàn trình" is not "tỷ lệ hồ sơ xử lý trực
/// tuyến", "mức độ 3, 4" is not "mức độ 4".
fn unexplained(measured: &str, indicator: &HashSet<String>) -> bool {
    let lower = measured.to_lowercase().replace("tỉ lệ", "tỷ lệ");
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(k, w)| {
        let duration = words
            .get(k + 1)
            .is_some_and(|n| *n == "tháng" || *n == "năm");
        let number = w.bytes().all(|b| b.is_ascii_digit());
        let level = number && w.len() == 1 && !duration;
        !FRAME.contains(w) && (!number || level) && !indicator.contains(*w)
    })
}

/// The first two syllables of a count's noun ("lượt truy", "dịch vụ").
fn noun_head(i: &Indicator) -> Option<String> {
    match &i.unit {
        Unit::Count { noun } => {
            let head: Vec<&str> = noun.split_whitespace().take(2).collect();
            Some(head.join(" ").trim_end_matches(',').to_lowercase())
        }
        _ => None,
    }
}

/// "95 triệu lượt truy cập" counts visits: not a count of services,
/// whatever else the sentence names.
fn counts_another_noun(all: &[Indicator], i: &Indicator, after: &str) -> bool {
    let after = after.to_lowercase();
    let Some(own) = noun_head(i) else {
        return false;
    };
    !after.starts_with(&own)
        && all
            .iter()
            .filter_map(noun_head)
            .any(|other| other != own && after.starts_with(&other))
}

/// An indicator of one national system ("… trên Cổng Dịch vụ công quốc
/// gia", "… Nền tảng tích hợp …", "… Trục liên thông …") only when the
/// words name that system: "bộ cung cấp 785 dịch vụ công trực tuyến" is
/// one ministry's count, not the portal's.
fn system_named(i: &Indicator, context: &str) -> bool {
    // Capitalised in the name: the system's proper name, not a common
    // noun ("bồi dưỡng trên nền tảng học trực tuyến").
    let context = context.to_lowercase();
    ["Cổng", "Nền tảng", "Trục"]
        .iter()
        .all(|s| !i.name.contains(s) || context.contains(&s.to_lowercase()))
}

/// The existing indicator the figure is about, or `None` when none
/// stands out.
pub fn guess_indicator(catalog: &Catalog, figure: &FigureToPlace) -> Option<String> {
    let indicators = catalog.indicators();
    let texts: Vec<(HashSet<String>, HashSet<String>)> = indicators
        .iter()
        .map(|i| (terms(&i.name), terms(&i.definition)))
        .collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (name, definition) in &texts {
        for t in name.union(definition) {
            *seen.entry(t.as_str()).or_default() += 1;
        }
    }
    let n = indicators.len() as f64;
    let weight: HashMap<&str, f64> = seen
        .iter()
        .map(|(t, d)| (*t, (1.0 + n / *d as f64).ln()))
        .collect();
    // "xếp thứ", "nhóm 30", "71/193" speak of a ranking ("thứ hạng").
    let ranked = figure.group || figure.out_of.is_some() || figure.value.contains('/');
    let context = terms(&if ranked {
        format!("{} thứ hạng", figure.context)
    } else {
        figure.context.to_string()
    });
    let mut scored: Vec<(f64, &Indicator)> = indicators
        .iter()
        .zip(&texts)
        .filter(|(i, _)| unit_fits(&i.unit, figure.value, figure.out_of, figure.group))
        // "Chỉ số tham gia điện tử (EPI) … xếp thứ 72": not the EGDI rank.
        .filter(|(i, _)| !names_another_indicator(figure.context, &i.id))
        .filter(|(i, _)| !counts_another_noun(indicators, i, figure.after))
        .filter(|(i, _)| system_named(i, figure.sentence))
        .filter(|(i, _)| {
            let count = matches!(i.unit, Unit::Count { .. });
            !(figure.within_period && count && is_running_total(&i.definition))
        })
        .filter(|(i, (name, _))| {
            figure.measured.is_empty()
                || !unexplained(
                    figure.measured,
                    &name
                        .union(&terms(&without_brackets(&i.definition)))
                        .cloned()
                        .collect(),
                )
        })
        .map(|(i, (name, definition))| {
            // "15 bộ, cơ quan, …" names the counted "bộ, cơ quan, tập đoàn".
            let noun = match &i.unit {
                Unit::Count { noun } => {
                    let head = noun
                        .split(',')
                        .next()
                        .unwrap_or_default()
                        .trim()
                        .to_lowercase();
                    let after = figure.after.to_lowercase();
                    if !head.is_empty() && after.starts_with(&head) {
                        0.15 * (1.0 + (after.starts_with(&noun.to_lowercase()) as u8) as f64)
                    } else {
                        0.0
                    }
                }
                _ => 0.0,
            };
            // The counted noun alone ("giao dịch") does not make the
            // indicator: its name must be spoken of too.
            let named = coverage(name, &context, &weight);
            let s = if named < NAMED {
                0.0
            } else {
                0.7 * named + 0.3 * coverage(definition, &context, &weight) + noun
            };
            (s, i)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let best = scored.first()?;
    let second = scored.get(1).map_or(0.0, |s| s.0);
    (best.0 >= ENOUGH && best.0 - second >= MARGIN).then(|| best.1.id.clone())
}

/// The topic a sentence most likely belongs to, when no indicator says
/// it: the topic whose name, description and indicators cover the most of
/// the sentence's rarer words; `None` (the user chooses) when none
/// stands out.
pub fn guess_topic(catalog: &Catalog, sentence: &str) -> Option<String> {
    let vocabularies: Vec<(String, HashSet<String>)> = catalog
        .topics()
        .iter()
        .map(|t| {
            let mut text = format!("{} {}", t.name, t.description);
            for i in catalog.indicators().iter().filter(|i| i.topic == t.id) {
                text.push(' ');
                text.push_str(&i.name);
            }
            (t.id.clone(), terms(&text))
        })
        .collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (_, v) in &vocabularies {
        for t in v {
            *seen.entry(t.as_str()).or_default() += 1;
        }
    }
    let n = vocabularies.len() as f64;
    let context: HashSet<String> = terms(sentence)
        .into_iter()
        .filter(|t| seen.contains_key(t.as_str()))
        .collect();
    let weight = |t: &String| (1.0 + n / seen[t.as_str()] as f64).ln();
    let total: f64 = context.iter().map(weight).sum();
    if total == 0.0 {
        return None;
    }
    let mut scored: Vec<(f64, &str)> = vocabularies
        .iter()
        .map(|(id, v)| {
            let found: f64 = context.iter().filter(|t| v.contains(*t)).map(weight).sum();
            (found / total, id.as_str())
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (best, id) = scored[0];
    let second = scored.get(1).map_or(0.0, |s| s.0);
    (best >= 0.45 && best - second >= 0.15).then(|| id.to_string())
}
