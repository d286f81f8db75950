//! The honesty checks: every quote is the source's own words at the stated
//! place inside the article body, every number follows from its quote or
//! its derivation, every reference resolves.

pub use super::number::{contains_number, numbers_in};
use std::collections::{HashMap, HashSet};
use std::fmt;

use super::model::*;
use super::number::{parse_vietnamese_number, same_number};
use super::seeds::SeedStore;
use super::table_check;

mod amount;
use amount::*;

/// One thing wrong with one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Which record, e.g. `facts[12] "f-egdi-2020"`.
    pub record: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.record, self.message)
    }
}

struct Checker<'a> {
    seeds: &'a SeedStore,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, record: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            record: record.to_string(),
            message: message.into(),
        });
    }
}

/// Runs every check and returns all problems found (empty when valid).
pub fn validate(data: &Dataset, seeds: &SeedStore) -> Vec<Problem> {
    let mut c = Checker {
        seeds,
        problems: Vec::new(),
    };
    if data.schema_version != SCHEMA_VERSION {
        c.report(
            "schema_version",
            format!(
                "phiên bản {} không được hỗ trợ (cần {SCHEMA_VERSION})",
                data.schema_version
            ),
        );
    }
    if let Ok(value) = serde_json::to_value(data) {
        for (place, ch) in super::plain_text::hidden_in(&value) {
            c.report(
                &place,
                format!("có ký tự ẩn hoặc ký tự điều khiển {ch} (không được dùng trong dữ liệu)"),
            );
        }
    }
    let sources = unique_ids(&mut c, "sources", data.sources.iter().map(|s| &s.id));
    let topics = unique_ids(&mut c, "topics", data.topics.iter().map(|t| &t.id));
    let indicators = unique_ids(&mut c, "indicators", data.indicators.iter().map(|i| &i.id));
    let facts = unique_ids(&mut c, "facts", data.facts.iter().map(|f| &f.id));
    unique_ids(&mut c, "conflicts", data.conflicts.iter().map(|x| &x.id));

    for (i, s) in data.sources.iter().enumerate() {
        check_source(&mut c, &format!("sources[{i}] \"{}\"", s.id), s);
    }
    for (i, t) in data.topics.iter().enumerate() {
        if t.name.trim().is_empty() {
            c.report(&format!("topics[{i}] \"{}\"", t.id), "tên chủ đề trống");
        }
        if let Some(h) = &t.headline
            && !data
                .indicators
                .iter()
                .any(|ind| ind.id == *h && ind.topic == t.id)
        {
            c.report(
                &format!("topics[{i}] \"{}\"", t.id),
                format!("chỉ số tiêu điểm (headline) \"{h}\" không phải chỉ số của chủ đề này"),
            );
        }
    }
    for (i, ind) in data.indicators.iter().enumerate() {
        let rec = format!("indicators[{i}] \"{}\"", ind.id);
        if !topics.contains_key(ind.topic.as_str()) {
            c.report(&rec, format!("chủ đề \"{}\" không tồn tại", ind.topic));
        }
        if ind.unit.is_rank() && ind.direction != Direction::LowerIsBetter {
            c.report(&rec, "thứ hạng phải có direction \"lower_is_better\"");
        }
        if let Unit::Count { noun } = &ind.unit
            && noun.trim().is_empty()
        {
            c.report(&rec, "đơn vị đếm cần danh từ (noun)");
        }
        if ind.name.trim().is_empty() || ind.definition.trim().is_empty() {
            c.report(&rec, "chỉ số cần tên và định nghĩa");
        }
    }
    let refs = Refs {
        sources: &sources,
        topics: &topics,
        indicators: &indicators,
        facts: &facts,
        data,
    };
    for (i, f) in data.facts.iter().enumerate() {
        check_fact(&mut c, &format!("facts[{i}] \"{}\"", f.id), f, &refs);
    }
    for (i, x) in data.conflicts.iter().enumerate() {
        let rec = format!("conflicts[{i}] \"{}\"", x.id);
        if x.facts.len() < 2 {
            c.report(&rec, "một mâu thuẫn cần ít nhất hai dữ kiện");
        }
        let mut seen = HashSet::new();
        for id in &x.facts {
            if !facts.contains_key(id.as_str()) {
                c.report(&rec, format!("dữ kiện \"{id}\" không tồn tại"));
            }
            if !seen.insert(id) {
                c.report(&rec, format!("dữ kiện \"{id}\" được nêu hai lần"));
            }
        }
        if x.description.trim().is_empty() {
            c.report(&rec, "thiếu mô tả mâu thuẫn");
        }
    }
    c.problems
}

struct Refs<'a> {
    sources: &'a HashMap<&'a str, usize>,
    topics: &'a HashMap<&'a str, usize>,
    indicators: &'a HashMap<&'a str, usize>,
    facts: &'a HashMap<&'a str, usize>,
    data: &'a Dataset,
}

fn unique_ids<'a>(
    c: &mut Checker,
    collection: &str,
    ids: impl Iterator<Item = &'a String>,
) -> HashMap<&'a str, usize> {
    let mut map = HashMap::new();
    for (i, id) in ids.enumerate() {
        let rec = format!("{collection}[{i}]");
        if id.trim().is_empty() {
            c.report(&rec, "thiếu id");
        } else if let Some(first) = map.insert(id.as_str(), i) {
            c.report(
                &format!("{rec} \"{id}\""),
                format!("id trùng với {collection}[{first}]"),
            );
            map.insert(id.as_str(), first);
        }
    }
    map
}

fn check_source(c: &mut Checker, rec: &str, s: &Source) {
    for e in super::standing_check::source(s) {
        c.report(rec, e);
    }
    let Some(text) = c.seeds.get(&s.seed_file) else {
        c.report(rec, format!("không có tệp nguồn \"{}\"", s.seed_file));
        return;
    };
    if s.body.is_empty() {
        c.report(rec, "cần ít nhất một đoạn thân bài (body)");
    }
    if let Some(meta) = &s.table {
        for e in table_check::source(text, s, meta) {
            c.report(rec, e);
        }
    }
    let mut last_end = 0;
    for (k, span) in s.body.iter().enumerate() {
        if let Err(e) = check_span(text, *span) {
            c.report(rec, format!("body[{k}]: {e}"));
        } else if span.start < last_end {
            c.report(
                rec,
                format!("body[{k}] chồng lên hoặc đứng trước đoạn trước"),
            );
        }
        last_end = span.end;
    }
}

fn check_span(text: &str, span: Span) -> Result<(), String> {
    if span.start >= span.end {
        return Err(format!("khoảng {}..{} rỗng", span.start, span.end));
    }
    if span.end > text.len() {
        return Err(format!(
            "khoảng {}..{} vượt quá độ dài tệp ({} byte sau chuẩn hoá Unicode NFC)",
            span.start,
            span.end,
            text.len()
        ));
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Err(format!(
            "khoảng {}..{} cắt giữa một ký tự UTF-8",
            span.start, span.end
        ));
    }
    Ok(())
}

fn check_fact(c: &mut Checker, rec: &str, f: &Fact, r: &Refs) {
    if !r.topics.contains_key(f.topic.as_str()) {
        c.report(rec, format!("chủ đề \"{}\" không tồn tại", f.topic));
    }
    if f.summary.trim().is_empty() {
        c.report(rec, "thiếu câu tóm tắt (summary)");
    }
    match r.sources.get(f.source.as_str()) {
        None => c.report(rec, format!("nguồn \"{}\" không tồn tại", f.source)),
        Some(&si) => {
            let source = &r.data.sources[si];
            check_quote(c, rec, &f.quote, source);
            if let Some(problem) = super::known::after_publication(f, source) {
                c.report(rec, problem);
            }
        }
    }
    check_date(c, rec, f);
    for e in super::standing_check::fact(f) {
        c.report(rec, e);
    }

    let mut allowed_numbers = f.quote.text.clone();
    match &f.kind {
        FactKind::Measurement { .. } => check_measurement(c, rec, f, r, &mut allowed_numbers),
        FactKind::Target { indicator, goal } => {
            let ind = indicator.as_ref().map(|id| {
                let found = r
                    .indicators
                    .get(id.as_str())
                    .map(|&i| &r.data.indicators[i]);
                if found.is_none() {
                    c.report(rec, format!("chỉ số \"{id}\" không tồn tại"));
                }
                found
            });
            if let Some(goal) = goal {
                check_amount_in_quote(c, rec, "goal.value", &goal.value, &f.quote.text);
                match ind {
                    None => c.report(rec, "mục tiêu có mức (goal) phải gắn với một chỉ số"),
                    Some(Some(ind)) => check_unit(c, rec, &goal.value, &ind.unit),
                    Some(None) => {}
                }
            }
        }
        FactKind::Event { instrument } => {
            if let Some(ins) = instrument {
                if ins.form.trim().is_empty() {
                    c.report(rec, "văn bản cần loại (form)");
                }
                if let Some(n) = &ins.number
                    && !f.quote.text.contains(n.as_str())
                {
                    c.report(rec, format!("số hiệu \"{n}\" không có trong trích dẫn"));
                }
            }
        }
        FactKind::Statement => {}
    }
    for number in numbers_in(&f.summary) {
        if !contains_number(&allowed_numbers, number) {
            c.report(
                rec,
                format!("tóm tắt có số \"{number}\" không có trong trích dẫn"),
            );
        }
    }
}

/// A measurement: its indicator and unit, and its value from the quote,
/// a table's cell or rows, or a derivation; what the summary may then
/// say is added to `allowed`.
fn check_measurement(c: &mut Checker, rec: &str, f: &Fact, r: &Refs, allowed_numbers: &mut String) {
    let FactKind::Measurement {
        indicator,
        value,
        derived,
        cell,
        ranked,
    } = &f.kind
    else {
        return;
    };
    let ind = r
        .indicators
        .get(indicator.as_str())
        .map(|&i| &r.data.indicators[i]);
    match ind {
        None => c.report(rec, format!("chỉ số \"{indicator}\" không tồn tại")),
        Some(ind) => {
            if ind.topic != f.topic {
                c.report(
                    rec,
                    format!(
                        "chỉ số \"{}\" thuộc chủ đề \"{}\", không phải \"{}\"",
                        ind.id, ind.topic, f.topic
                    ),
                );
            }
            check_unit(c, rec, value, &ind.unit);
        }
    }
    let source = r
        .sources
        .get(f.source.as_str())
        .map(|&i| &r.data.sources[i]);
    let table = source.and_then(|s| Some((s, s.table.as_ref()?)));
    match (derived, table) {
        (_, Some((s, meta))) => {
            check_amount_text(c, rec, "value", value);
            check_table_value(c, rec, f, s, meta, (cell.as_ref(), ranked.as_deref()));
            if derived.is_some() {
                c.report(
                    rec,
                    "giá trị lấy từ bảng không dùng derived (dùng cell hoặc ranked)",
                );
            }
            allowed_numbers.push('\n');
            allowed_numbers.push_str(&value.text);
            if let Some(n) = value.out_of {
                allowed_numbers.push_str(&format!(" {n}"));
            }
            if let Some(rk) = ranked {
                allowed_numbers.push('\n');
                allowed_numbers.push_str(&rk.explanation);
            }
        }
        _ if cell.is_some() || ranked.is_some() => {
            c.report(rec, "chỉ dữ kiện lấy từ bảng mới có cell hoặc ranked");
        }
        (None, None) => check_amount_in_quote(c, rec, "value", value, &f.quote.text),
        (Some(d), None) => {
            check_amount_text(c, rec, "value", value);
            check_derivation(c, rec, f, indicator, value, d, r);
            allowed_numbers.push('\n');
            allowed_numbers.push_str(&d.explanation);
        }
    }
}

fn check_quote(c: &mut Checker, rec: &str, q: &Quote, source: &Source) {
    let Some(text) = c.seeds.get(&source.seed_file) else {
        return; // reported on the source
    };
    if q.text.is_empty() {
        c.report(rec, "trích dẫn trống");
        return;
    }
    if let Err(e) = check_span(text, q.span()) {
        c.report(rec, format!("trích dẫn: {e}"));
        return;
    }
    if text[q.start..q.end] != q.text {
        let hint = match text.find(q.text.as_str()) {
            Some(at) => format!(
                "; câu này nằm ở {at}..{} trong \"{}\"",
                at + q.text.len(),
                source.seed_file
            ),
            None => format!("; không tìm thấy nguyên văn trong \"{}\"", source.seed_file),
        };
        c.report(
            rec,
            format!(
                "trích dẫn không khớp với nguồn tại {}..{}{hint}",
                q.start, q.end
            ),
        );
        return;
    }
    if !source.body.iter().any(|b| b.contains(&q.span())) {
        c.report(
            rec,
            format!(
                "trích dẫn {}..{} nằm ngoài thân bài của nguồn \"{}\"",
                q.start, q.end, source.id
            ),
        );
    }
}

fn check_date(c: &mut Checker, rec: &str, f: &Fact) {
    let role = f.date.role;
    let ok = match &f.kind {
        FactKind::Measurement { .. } => matches!(role, DateRole::Measured | DateRole::AsOf),
        FactKind::Target { .. } => role == DateRole::Deadline,
        FactKind::Event { .. } => role == DateRole::Occurred,
        FactKind::Statement => matches!(role, DateRole::Stated | DateRole::Occurred),
    };
    if !ok {
        c.report(
            rec,
            format!(
                "vai trò ngày {role:?} không hợp với loại dữ kiện \"{}\"",
                f.kind.label()
            ),
        );
    }
    match (&f.date.when, &f.date.inferred) {
        (None, Some(_)) => c.report(rec, "ngày không rõ thì không thể có lý do suy ra"),
        (_, Some(why)) if why.trim().is_empty() => {
            c.report(rec, "ngày suy ra cần nêu lý do (inferred)")
        }
        _ => {}
    }
}

/// A value from a table, by [`table_check::fact`].
fn check_table_value(
    c: &mut Checker,
    rec: &str,
    f: &Fact,
    source: &Source,
    meta: &TableMeta,
    parts: (Option<&Cell>, Option<&TableRank>),
) {
    let Some(text) = c.seeds.get(&source.seed_file) else {
        return; // reported on the source
    };
    for p in table_check::fact(text, f, meta, parts) {
        c.report(rec, p);
    }
}

/// Largest magnitude any amount may have: far above any count of
/// documents or people, far below where a chart's arithmetic breaks down.
pub const MAX_MAGNITUDE: f64 = 1e15;

fn check_derivation(
    c: &mut Checker,
    rec: &str,
    f: &Fact,
    indicator: &str,
    value: &Amount,
    d: &Derivation,
    r: &Refs,
) {
    check_amount_in_quote(c, rec, "derived.operand", &d.operand, &f.quote.text);
    if d.explanation.trim().is_empty() {
        c.report(rec, "giá trị suy ra cần lời giải thích (explanation)");
    }
    if !d.explanation.contains(value.text.as_str()) {
        c.report(
            rec,
            format!("lời giải thích không nêu kết quả \"{}\"", value.text),
        );
    }
    let Some(&bi) = r.facts.get(d.from.as_str()) else {
        c.report(rec, format!("derived.from: \"{}\" không tồn tại", d.from));
        return;
    };
    let base = &r.data.facts[bi];
    let FactKind::Measurement {
        indicator: base_ind,
        value: base_value,
        ..
    } = &base.kind
    else {
        c.report(
            rec,
            format!("derived.from: \"{}\" không phải số đo", d.from),
        );
        return;
    };
    if base_ind != indicator {
        c.report(
            rec,
            format!("derived.from: \"{}\" đo chỉ số khác ({base_ind})", d.from),
        );
    }
    match d.operation.apply(base_value.value, d.operand.value) {
        Some(v) if same_number(v, value.value) => {}
        Some(v) => c.report(
            rec,
            format!(
                "{} {:?} {} = {v}, không phải {}",
                base_value.value, d.operation, d.operand.value, value.value
            ),
        ),
        None => c.report(rec, "phép suy ra không tính được (chia cho 0)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_only() {
        assert!(contains_number("xếp hạng 86/193 quốc gia", "86/193"));
        assert!(contains_number("xếp hạng 86/193 quốc gia", "86"));
        assert!(!contains_number("xếp hạng 86/193 quốc gia", "8"));
        assert!(!contains_number("đạt 30,86%", "86%"));
        assert!(contains_number("đạt 30,86%.", "30,86%"));
        assert!(!contains_number("117.158 lượt", "158"));
    }

    #[test]
    fn finds_number_tokens() {
        assert_eq!(
            numbers_in("đạt 30,86% năm 2020, 117.158 lượt."),
            vec!["30,86", "2020", "117.158"]
        );
    }
}
