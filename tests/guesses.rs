//! The workbench's first guesses measured against hand labels: for every
//! candidate sentence of seven articles (the five bundled ones and two
//! news pages written for the test), is the guessed kind, value, date and
//! indicator right, left blank for the user, or wrong? The labels in
//! `tests/fixtures/guesses/` were written by reading the articles, not by
//! running the program. `GUESS_TABLE=<file>` writes the table as Markdown.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use egov_brief::curate::GuessedKind;
use egov_brief::curate::draft::{
    ArticleDraft, FactForm, IndicatorChoice, SourceForm, parse_date_input,
};
use egov_brief::curate::guard::refusals;
use egov_brief::curate::read_article;
use egov_brief::data::{Catalog, PartialDate};

use crate::support::catalog;

const ARTICLES: &[&str] = &[
    "seeds/000_d42efc25331d3bd5.txt",
    "seeds/001_cf1c2a43a6eace24.txt",
    "seeds/002_f5cce74d7b1a0e9d.txt",
    "seeds/003_f5b3ba6a35f28226.txt",
    "seeds/004_927a02598e7b56f5.txt",
    "tests/fixtures/articles/tin-mau-1.html",
    "tests/fixtures/articles/tin-mau-2.html",
    // Held out: written and labelled after the guesses were tuned.
    "tests/fixtures/articles/tin-mau-3.html",
    "tests/fixtures/articles/tin-mau-4.html",
];

/// Held out for issue 31: six pages written for testing and labelled by
/// hand before the guesser ran on them.
const HELD_OUT: &[&str] = &[
    "tests/fixtures/articles/tin-mau-5.html",
    "tests/fixtures/articles/tin-mau-6.html",
    "tests/fixtures/articles/tin-mau-7.html",
    "tests/fixtures/articles/tin-mau-8.html",
    "tests/fixtures/articles/tin-mau-9.html",
    "tests/fixtures/articles/tin-mau-10.html",
];

/// A second held-out set, written and labelled after the fixes for the
/// first one, before the guesser ran on it.
const FRESH: &[&str] = &[
    "tests/fixtures/articles/tin-mau-11.html",
    "tests/fixtures/articles/tin-mau-12.html",
];

/// One hand-labelled sentence.
struct Label {
    snippet: String,
    kind: String,
    /// Acceptable (value, indicator id or "new") pairs.
    values: Vec<(String, String)>,
    date: Option<PartialDate>,
}

/// How one guessed field compares with the label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Right,
    /// Left for the user to fill.
    Blank,
    /// Taken from the page and said to be (the form shows why).
    Flagged,
    Wrong,
    /// Wrong, but the form refuses to save it as filled.
    Refused,
    /// Not asked for this kind of fact.
    NotApplicable,
}

impl Mark {
    fn sign(self) -> &'static str {
        match self {
            Mark::Right => "✓",
            Mark::Blank => "–",
            Mark::Flagged => "~",
            Mark::Wrong => "✗",
            Mark::Refused => "⊘",
            Mark::NotApplicable => "",
        }
    }
}

struct Row {
    article: String,
    sentence: String,
    /// `None`: a sentence the labels do not hold (chrome taken as body).
    marks: Option<[(Mark, String); 4]>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn labels(article: &str) -> Vec<Label> {
    let stem = Path::new(article).file_stem().unwrap().to_str().unwrap();
    let path = root().join(format!("tests/fixtures/guesses/{stem}.tsv"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert!(cols.len() >= 4, "{stem}: {l}");
            let values = cols[2]
                .split(" ; ")
                .filter(|v| v.trim() != "-")
                .map(|v| {
                    let (value, ind) = v.rsplit_once('=').unwrap_or((v, "new"));
                    (value.trim().to_string(), ind.trim().to_string())
                })
                .collect();
            Label {
                snippet: cols[0].to_string(),
                kind: cols[1].trim().to_string(),
                values,
                date: (cols[3].trim() != "-").then(|| cols[3].trim().parse().unwrap()),
            }
        })
        .collect()
}

fn kind_word(k: GuessedKind) -> &'static str {
    match k {
        GuessedKind::Measurement => "measurement",
        GuessedKind::Target => "target",
        GuessedKind::Event => "event",
        GuessedKind::Statement => "statement",
    }
}

/// `strict`: a date the label gives is wrong when the form's differs,
/// even when the form says it took the page's day (the held-out pages).
/// `refused`: the form will not save the fields as filled.
fn marks(form: &FactForm, label: &Label, strict: bool, refused: bool) -> [(Mark, String); 4] {
    let kind = kind_word(form.kind);
    let kind_mark = if kind == label.kind {
        Mark::Right
    } else {
        Mark::Wrong
    };
    let figure = matches!(form.kind, GuessedKind::Measurement | GuessedKind::Target);
    let value = form.value.trim();
    let value_mark = if !figure {
        if label.values.is_empty() {
            Mark::NotApplicable
        } else {
            Mark::Blank
        }
    } else if value.is_empty() {
        Mark::Blank
    } else if label.values.iter().any(|(v, _)| v == value) {
        Mark::Right
    } else {
        Mark::Wrong
    };
    let guessed_indicator = match &form.indicator {
        IndicatorChoice::Existing(id) => Some(id.as_str()),
        _ => None,
    };
    let indicator_mark = match guessed_indicator {
        _ if !figure => Mark::NotApplicable,
        None => Mark::Blank,
        Some(id)
            if label
                .values
                .iter()
                .any(|(v, i)| i == id && (v == value || value.is_empty())) =>
        {
            Mark::Right
        }
        Some(_) => Mark::Wrong,
    };
    let date = parse_date_input(&form.date).ok().flatten();
    let date_mark = match (date, label.date) {
        (None, _) => Mark::Blank,
        (Some(d), Some(l)) if d == l => Mark::Right,
        (_, None) if !form.inferred.is_empty() => Mark::Flagged,
        _ if !form.inferred.is_empty() && !strict => Mark::Flagged,
        _ => Mark::Wrong,
    };
    let refuse = |m: Mark| {
        if m == Mark::Wrong && refused {
            Mark::Refused
        } else {
            m
        }
    };
    let (kind_mark, value_mark, date_mark, indicator_mark) = (
        refuse(kind_mark),
        refuse(value_mark),
        refuse(date_mark),
        refuse(indicator_mark),
    );
    [
        (kind_mark, kind.to_string()),
        (value_mark, value.to_string()),
        (date_mark, date.map(|d| d.to_string()).unwrap_or_default()),
        (
            indicator_mark,
            guessed_indicator.unwrap_or_default().to_string(),
        ),
    ]
}

fn rows_of(article: &str, catalog: &Catalog, strict: bool) -> (Vec<Row>, Vec<String>) {
    let text = read_article(&root().join(article)).unwrap().text;
    let draft = ArticleDraft::new(&text);
    let published = parse_date_input(&SourceForm::from_meta(&draft.meta).published)
        .ok()
        .flatten();
    let labels = labels(article);
    let name = Path::new(article).file_stem().unwrap().to_str().unwrap();
    let mut seen = vec![false; labels.len()];
    let rows = draft
        .candidates
        .iter()
        .map(|c| {
            let at = labels.iter().position(|l| c.text.contains(&l.snippet));
            let form = FactForm::from_candidate(c, published, catalog);
            Row {
                article: name.chars().take(10).collect(),
                sentence: c.text.chars().take(60).collect(),
                marks: at.map(|i| {
                    seen[i] = true;
                    let refused = !refusals(&form, catalog).is_empty();
                    marks(&form, &labels[i], strict, refused)
                }),
            }
        })
        .collect();
    let missed = labels
        .iter()
        .zip(seen)
        .filter(|(_, s)| !s)
        .map(|(l, _)| format!("{name}: {}", l.snippet))
        .collect();
    (rows, missed)
}

fn table(rows: &[Row]) -> String {
    let mut out =
        String::from("| bài | câu | loại | giá trị | ngày | chỉ số |\n|---|---|---|---|---|---|\n");
    for r in rows {
        let cells = match &r.marks {
            Some(m) => m
                .iter()
                .map(|(mark, g)| format!("{} {g}", mark.sign()))
                .collect::<Vec<_>>()
                .join(" | "),
            None => "✗ không phải thân bài | | |".to_string(),
        };
        writeln!(
            out,
            "| {} | {} | {cells} |",
            r.article,
            r.sentence.replace('|', "/")
        )
        .unwrap();
    }
    out
}

fn count(rows: &[Row], field: usize, mark: Mark) -> usize {
    rows.iter()
        .filter(|r| r.marks.as_ref().is_some_and(|m| m[field].0 == mark))
        .count()
}

/// The table and the counts per field.
fn report(rows: &[Row], missed: &[String]) -> String {
    let mut report = table(rows);
    for (i, name) in ["loại", "giá trị", "ngày", "chỉ số"].iter().enumerate() {
        writeln!(
            report,
            "{name}: {} đúng, {} để trống, {} suy ra có ghi rõ, {} sai nhưng biểu mẫu từ chối, {} sai mà lưu được",
            count(rows, i, Mark::Right),
            count(rows, i, Mark::Blank),
            count(rows, i, Mark::Flagged),
            count(rows, i, Mark::Refused),
            count(rows, i, Mark::Wrong),
        )
        .unwrap();
    }
    let chrome = rows.iter().filter(|r| r.marks.is_none()).count();
    writeln!(
        report,
        "câu ngoài thân bài: {chrome}; câu bị bỏ sót: {missed:#?}"
    )
    .unwrap();
    report
}

fn measure(articles: &[&str], strict: bool, table_var: &str) -> (Vec<Row>, Vec<String>, String) {
    let catalog = catalog();
    let (mut rows, mut missed) = (Vec::new(), Vec::new());
    for a in articles {
        let (r, m) = rows_of(a, &catalog, strict);
        rows.extend(r);
        missed.extend(m);
    }
    let report = report(&rows, &missed);
    if let Ok(path) = std::env::var(table_var) {
        std::fs::write(path, &report).unwrap();
    }
    (rows, missed, report)
}

#[test]
fn workbench_guesses_are_right_or_left_blank() {
    let (rows, missed, report) = measure(ARTICLES, false, "GUESS_TABLE");
    let chrome = rows.iter().filter(|r| r.marks.is_none()).count();
    let wrong: usize = (0..4)
        .map(|i| count(&rows, i, Mark::Wrong) + count(&rows, i, Mark::Refused))
        .sum();
    assert_eq!(wrong + chrome, 0, "{report}");
    assert!(missed.is_empty(), "{report}");
    // Blanks are allowed, but the guesses must still help: most values
    // and indicators are filled in.
    let filled = count(&rows, 1, Mark::Right);
    let asked = filled + count(&rows, 1, Mark::Blank);
    assert!(
        filled * 4 >= asked * 3,
        "{filled} of {asked} values\n{report}"
    );
}

/// The held-out pages of issue 31: no field is wrong and saveable (a
/// wrong field the form refuses is counted apart), no sentence is missed.
/// `GUESS_TABLE_HELD_OUT=<file>` writes the table.
#[test]
fn held_out_guesses_are_never_wrong_and_saveable() {
    let (rows, missed, report) = measure(HELD_OUT, true, "GUESS_TABLE_HELD_OUT");
    let chrome = rows.iter().filter(|r| r.marks.is_none()).count();
    let wrong: usize = (0..4).map(|i| count(&rows, i, Mark::Wrong)).sum();
    assert_eq!(wrong + chrome, 0, "{report}");
    assert!(missed.is_empty(), "{report}");
    assert!(rows.len() >= 40, "{report}");
}

/// The second held-out set: the same rule. `GUESS_TABLE_FRESH=<file>`
/// writes its table.
#[test]
fn fresh_guesses_are_never_wrong_and_saveable() {
    let (rows, missed, report) = measure(FRESH, true, "GUESS_TABLE_FRESH");
    let chrome = rows.iter().filter(|r| r.marks.is_none()).count();
    let wrong: usize = (0..4).map(|i| count(&rows, i, Mark::Wrong)).sum();
    assert_eq!(wrong + chrome, 0, "{report}");
    assert!(missed.is_empty(), "{report}");
}

/// The topic guessed for a sentence without a known indicator, checked
/// against the topics the curated dataset gives the facts quoted from the
/// same sentence of the five bundled articles. Two sentences need the
/// sentence before them to be placed ("Chỉ số này đã tăng 5 bậc", the "4
/// không" definition); the rest are right or left for the user.
#[test]
fn topics_follow_the_curated_dataset_or_are_left_blank() {
    let catalog = catalog();
    let (mut right, mut blank, mut wrong) = (0, 0, Vec::new());
    for s in catalog
        .sources()
        .iter()
        .filter(|s| s.table.is_none() && s.seed_file != egov_brief::data::register::REGISTER_FILE)
    {
        let draft = ArticleDraft::new(catalog.source_text(s));
        for c in &draft.candidates {
            let curated: Vec<&str> = catalog
                .facts()
                .iter()
                .filter(|f| f.source == s.id && f.quote.start < c.end && c.start < f.quote.end)
                .map(|f| f.topic.as_str())
                .collect();
            if curated.is_empty() {
                continue;
            }
            let form = FactForm::from_candidate(c, None, &catalog);
            if form.topic.is_empty() {
                blank += 1;
            } else if curated.contains(&form.topic.as_str()) {
                right += 1;
            } else {
                wrong.push(format!("{} ≠ {curated:?}: {}", form.topic, c.text));
            }
        }
    }
    // Exactly the two sentences named above are placed wrong, each by the
    // beginning of its own words; counted by hand on 7/12/2026.
    let wrong_starts: Vec<&str> = wrong
        .iter()
        .map(|w| w.split(": ").nth(1).unwrap_or(""))
        .collect();
    assert_eq!(
        wrong_starts,
        [
            "Chính phủ điện tử đặc trưng bởi “4 không”",
            "Chỉ số này đã tăng 5 bậc so với năm 2020."
        ],
        "{wrong:#?}"
    );
    assert_eq!((right, blank), (41, 30), "{right} right, {blank} blank");
}
