//! From the workbench's forms to records: the source, the new indicator
//! if any, the fact and a conflict if asked for, added to the user's data;
//! then the loader's own checks decide. Problems come back in Vietnamese,
//! ready to show next to the form.

use super::draft::{
    ArticleDraft, FactForm, IndicatorChoice, SourceForm, UnitKind, parse_date_input,
};
use super::kind::GuessedKind;
use super::user_data::{Snapshot, UserData};
use crate::data::load::LoadError;
use crate::data::model::*;
use crate::data::number::parse_vietnamese_number;
use crate::data::{Catalog, PartialDate};

/// What the forms would add, checked.
#[derive(Debug, Clone)]
pub struct Assessment {
    /// The user's data with the fact, when it passes every check.
    pub next: Option<Snapshot>,
    /// What is wrong, in Vietnamese (empty when `next` is set).
    pub problems: Vec<String>,
    /// The new (or edited) fact's id and its source's id.
    pub fact_id: String,
    pub source_id: String,
    /// Existing facts of the same indicator and date with another value.
    pub disagreeing: Vec<String>,
}

/// An id `prefix-n` not yet taken.
fn fresh_id(prefix: &str, taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|n| format!("{prefix}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_default()
}

/// A written number as an amount; `None` when it is not one.
fn amount(text: &str, qualifier: Qualifier) -> Option<Amount> {
    let w = parse_vietnamese_number(text)?;
    Some(Amount {
        value: w.value,
        text: text.trim().to_string(),
        qualifier,
        out_of: w.out_of.map(|o| o as u32),
    })
}

/// Where the quote sits: in the clicked sentence first, else anywhere in
/// the body.
fn locate(article: &ArticleDraft, quote: &str, near: usize) -> Option<(usize, usize)> {
    if quote.is_empty() {
        return None;
    }
    let within = |start: usize| {
        let end = start + quote.len();
        article
            .body
            .iter()
            .any(|r| r.start <= start && end <= r.end)
    };
    let hits: Vec<usize> = article
        .text
        .match_indices(quote)
        .map(|(at, _)| at)
        .filter(|&at| within(at))
        .collect();
    let best = hits.iter().copied().min_by_key(|&at| at.abs_diff(near))?;
    Some((best, best + quote.len()))
}

fn source_record(form: &SourceForm, article: &ArticleDraft, id: &str, seed: &str) -> Source {
    let some = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
    Source {
        id: id.to_string(),
        seed_file: seed.to_string(),
        publisher: some(&form.publisher),
        title: some(&form.title),
        published: parse_date_input(&form.published).ok().flatten(),
        not_before: None,
        note: some(&form.note),
        descriptive_title: None,
        origin: Origin::Own,
        standing: form.standing.map(|kind| SourceStanding {
            kind,
            reason: form.standing_reason.trim().to_string(),
        }),
        body: article
            .body
            .iter()
            .map(|r| Span {
                start: r.start,
                end: r.end,
            })
            .collect(),
        table: None,
    }
}

fn new_indicator(form: &FactForm, id: &str) -> Indicator {
    let f = &form.new_indicator;
    let unit = match f.unit {
        UnitKind::Percent => Unit::Percent,
        UnitKind::Rank => Unit::Rank {
            out_of: f.out_of.trim().parse().ok(),
        },
        UnitKind::Count => Unit::Count {
            noun: f.noun.trim().to_string(),
        },
    };
    Indicator {
        id: id.to_string(),
        topic: form.topic.clone(),
        name: f.name.trim().to_string(),
        definition: f.definition.trim().to_string(),
        direction: if f.higher_is_better && !unit.is_rank() {
            Direction::HigherIsBetter
        } else {
            Direction::LowerIsBetter
        },
        unit,
        detail: false,
        ranked_among: None,
        un_groups: false,
    }
}

/// The kind of the fact; form problems are pushed to `problems`.
fn kind(form: &FactForm, indicator: Option<&str>, problems: &mut Vec<String>) -> FactKind {
    if form.topic.trim().is_empty() {
        problems.push("Chọn chủ đề cho thông tin này.".into());
    }
    let mut value = || {
        let a = amount(&form.value, form.qualifier);
        if a.is_none() {
            problems.push(format!(
                "Giá trị \"{}\" không phải một số viết kiểu Việt Nam (ví dụ 45,5%, 71/193, 6,3 triệu).",
                form.value
            ));
        }
        a
    };
    match form.kind {
        GuessedKind::Measurement => {
            let v = value();
            if indicator.is_none() {
                problems.push("Số đo cần một chỉ số: chọn chỉ số có sẵn hoặc tạo mới.".into());
            }
            FactKind::Measurement {
                indicator: indicator.unwrap_or_default().to_string(),
                value: v.unwrap_or(Amount {
                    value: 0.0,
                    text: String::new(),
                    qualifier: Qualifier::Exact,
                    out_of: None,
                }),
                derived: None,
                cell: None,
                ranked: None,
            }
        }
        GuessedKind::Target => {
            let goal = if form.value.trim().is_empty() {
                None
            } else {
                value().map(|value| Goal {
                    comparison: form.comparison,
                    value,
                })
            };
            FactKind::Target {
                indicator: indicator.map(str::to_string),
                goal,
            }
        }
        GuessedKind::Event => FactKind::Event {
            instrument: (!form.instrument_form.trim().is_empty()).then(|| Instrument {
                form: form.instrument_form.trim().to_string(),
                number: Some(form.instrument_number.trim().to_string()).filter(|n| !n.is_empty()),
                issuer: None,
            }),
        },
        GuessedKind::Statement => FactKind::Statement,
    }
}

/// Existing measurements of `indicator` on `date` whose value differs.
pub fn disagreeing(
    catalog: &Catalog,
    indicator: &str,
    date: Option<PartialDate>,
    value: f64,
    except: Option<&str>,
) -> Vec<String> {
    catalog
        .facts()
        .iter()
        .filter(|f| Some(f.id.as_str()) != except && f.date.when == date && date.is_some())
        .filter(|f| match &f.kind {
            FactKind::Measurement {
                indicator: i,
                value: v,
                ..
            } => i == indicator && (v.value - value).abs() > 1e-9,
            _ => false,
        })
        .map(|f| f.id.clone())
        .collect()
}

/// Builds the user's data with the form's fact and checks it as loading
/// the file would. `catalog` is the user's current data merged with the
/// bundled data (for ids and conflicts).
pub fn assess(
    article: &ArticleDraft,
    source: &SourceForm,
    form: &FactForm,
    user: &UserData,
    catalog: &Catalog,
) -> Assessment {
    let mut problems = Vec::new();
    let mut next = user.now.clone();
    let source_id = put_source(article, source, user, catalog, &mut next, &mut problems);
    let indicator = put_indicator(form, catalog, &mut next);
    let fact_id = form.editing.clone().unwrap_or_else(|| {
        let base = indicator.as_deref().unwrap_or("nd");
        fresh_id(base, |id| catalog.fact(id).is_some())
    });
    let fact = fact_record(
        form,
        article,
        &fact_id,
        &source_id,
        indicator,
        &mut problems,
    );
    // What the sentence's own words contradict, whatever the user picked.
    problems.extend(super::guard::refusals(form, catalog));
    let disagreeing = match &fact.kind {
        FactKind::Measurement {
            indicator, value, ..
        } => disagreeing(
            catalog,
            indicator,
            fact.date.when,
            value.value,
            form.editing.as_deref(),
        ),
        _ => Vec::new(),
    };
    upsert(&mut next.data.facts, fact, |f| &f.id);
    if form.record_conflict && !disagreeing.is_empty() {
        next.data.conflicts.push(Conflict {
            id: fresh_id("nd-mau-thuan", |id| {
                catalog.conflicts().iter().any(|c| c.id == id)
            }),
            facts: std::iter::once(fact_id.clone())
                .chain(disagreeing.iter().cloned())
                .collect(),
            description: form.conflict_note.trim().to_string(),
        });
    }
    if problems.is_empty() {
        match user.check(&next) {
            Ok(_) => {}
            Err(LoadError::Invalid { problems: p, .. }) => {
                problems.extend(p.iter().map(|p| explain(p, &fact_id)))
            }
            Err(e) => problems.push(e.to_string()),
        }
    }
    Assessment {
        next: problems.is_empty().then_some(next),
        problems,
        fact_id,
        source_id,
        disagreeing,
    }
}

/// Replaces the record with the same id, or adds it.
fn upsert<T>(records: &mut Vec<T>, record: T, id: impl Fn(&T) -> &String) {
    match records.iter().position(|r| id(r) == id(&record)) {
        Some(i) => records[i] = record,
        None => records.push(record),
    }
}

/// Puts the article's source record and text into `next`; its id.
fn put_source(
    article: &ArticleDraft,
    source: &SourceForm,
    user: &UserData,
    catalog: &Catalog,
    next: &mut Snapshot,
    problems: &mut Vec<String>,
) -> String {
    let source_id = article
        .source_id
        .clone()
        .unwrap_or_else(|| fresh_id("ND", |id| catalog.source(id).is_some()));
    let seed = article
        .seed_file
        .clone()
        .unwrap_or_else(|| user.free_seed_name());
    if let Err(e) = parse_date_input(&source.published) {
        problems.push(format!("Ngày đăng: {e}."));
    }
    let record = source_record(source, article, &source_id, &seed);
    upsert(&mut next.data.sources, record, |s| &s.id);
    next.texts.insert(seed, article.text.clone());
    source_id
}

/// The form's indicator id; a new indicator is added to `next`.
fn put_indicator(form: &FactForm, catalog: &Catalog, next: &mut Snapshot) -> Option<String> {
    match &form.indicator {
        IndicatorChoice::None => None,
        IndicatorChoice::Existing(id) => Some(id.clone()),
        IndicatorChoice::New => {
            let id = fresh_id("nd-chi-so", |id| catalog.indicator(id).is_some());
            next.data.indicators.push(new_indicator(form, &id));
            Some(id)
        }
    }
}

/// The fact the form describes; what cannot be read goes to `problems`.
fn fact_record(
    form: &FactForm,
    article: &ArticleDraft,
    fact_id: &str,
    source_id: &str,
    indicator: Option<String>,
    problems: &mut Vec<String>,
) -> Fact {
    let date = parse_date_input(&form.date).unwrap_or_else(|e| {
        problems.push(format!("Ngày: {e}."));
        None
    });
    let (start, end) = locate(article, &form.quote, form.near).unwrap_or_else(|| {
        problems.push(
            "Trích dẫn phải là nguyên văn một đoạn trong thân bài (có thể thu hẹp câu, không sửa chữ)."
                .into(),
        );
        (0, 0)
    });
    Fact {
        id: fact_id.to_string(),
        topic: form.topic.clone(),
        source: source_id.to_string(),
        quote: Quote {
            text: form.quote.clone(),
            start,
            end,
        },
        date: FactDate {
            when: date,
            role: form.role,
            inferred: Some(form.inferred.trim().to_string()).filter(|s| !s.is_empty()),
            basis: None,
        },
        summary: form.summary.trim().to_string(),
        kind: kind(form, indicator.as_deref(), problems),
        set_by: None,
        vendor: None,
    }
}

/// A validator problem in the form's words: the record named as the
/// user knows it.
fn explain(p: &crate::data::validate::Problem, fact_id: &str) -> String {
    let what = if p.record.contains(&format!("\"{fact_id}\"")) {
        "Thông tin mới"
    } else if p.record.starts_with("sources") {
        "Nguồn"
    } else if p.record.starts_with("indicators") {
        "Chỉ số"
    } else if p.record.starts_with("conflicts") {
        "Mâu thuẫn"
    } else {
        return p.to_string();
    };
    let message = p
        .message
        .replace("goal.value: ", "mức mục tiêu ")
        .replace("derived.operand: ", "số tương đối ")
        .replace("value: ", "giá trị ");
    format!("{what}: {message}.")
}
