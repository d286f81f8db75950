//! Which kind of fact a sentence states, and which of its figures the
//! fact is about. A ranking target ("nhóm 30", "top 4") or a planning word
//! ("phấn đấu", "mục tiêu đến") makes a target; a level reached (a rank,
//! a percentage, a score, a count that was reached) a measurement; an
//! instrument or an act on a day an event; the rest, and opinions ("cho
//! rằng"), statements.

use serde::Serialize;

use super::cues::{foreign_at, is_definition};
use super::figures::{Figure, Shape};
use super::when;
use super::words::{Word, is_year};
use crate::data::date::Precision;

/// The kind of fact a sentence most likely states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GuessedKind {
    Measurement,
    Target,
    Event,
    Statement,
}

const TARGET_CUES: &[&str] = &[
    "phấn đấu",
    "mục tiêu đến",
    "mục tiêu tới",
    "mục tiêu vào",
    "mục tiêu là",
    "đặt mục tiêu",
    "mục tiêu đặt ra",
    "yêu cầu đến",
    "phải đạt",
    "tối thiểu",
    "ít nhất",
];
/// Planning words that make a target only at the start of a sentence
/// (inside a sentence they are often part of a programme's name).
const TARGET_OPENINGS: &[&str] = &["mục tiêu", "định hướng đến", "dự kiến"];
const OPINION_CUES: &[&str] = &["cho rằng", "nhận định rằng"];
/// Words that say a count was reached rather than merely named.
const REACHED: &[&str] = &[
    "đạt",
    "đã",
    "tổng số",
    "lũy kế",
    "luỹ kế",
    "tính đến",
    "đến nay",
    "hiện có",
];
const ACTS: &[&str] = &[
    "ban hành",
    "đã ký",
    "ký quyết định",
    "phê duyệt",
    "khai trương",
    "ra mắt",
    "tổ chức",
    "khai mạc",
    "công bố",
    "diễn ra",
    "vận hành chính thức",
    "đưa vào vận hành",
    "phát biểu tại",
    "làm việc với",
    "chủ trì",
    "chính thức vận hành",
];

/// A count is a level reached when the sentence says so, or when it is
/// written as an amount ("hơn 50", "6,3 triệu", "117.158", "94/94").
fn count_reached(reached_cue: bool, f: &Figure) -> bool {
    f.qualified || f.out_of.is_some() || f.text.contains(' ') || f.text.contains('.') || reached_cue
}

/// The figure a measurement would record.
/// A change ("tăng 15 bậc") only when the sentence states no level;
/// never another country's figure ("Singapore … thứ 3").
pub fn measured<'a>(s: &str, lower: &str, figures: &'a [Figure]) -> Option<&'a Figure> {
    // Looked for once, not once per figure: a sentence of many counts
    // stays linear.
    let reached_cue = REACHED.iter().any(|c| lower.contains(c));
    // The shape first, the country only of a figure that fits: a
    // sentence of many figures stays linear.
    let ours = |f: &&Figure| !foreign_at(s, f.start);
    figures
        .iter()
        .filter(|f| match f.shape {
            Shape::Rank | Shape::Percent | Shape::Index => true,
            Shape::Count => count_reached(reached_cue, f),
            Shape::Group | Shape::Change => false,
        })
        .find(ours)
        .or_else(|| {
            figures
                .iter()
                .filter(|f| f.shape == Shape::Change)
                .find(ours)
        })
}

/// A target's level: the ranking group, else the first share, else the
/// figure right after "tối thiểu", "ít nhất" or "đạt" ("tối thiểu 0,65").
fn target_level<'a>(
    s: &str,
    figures: &'a [Figure],
    group: Option<&'a Figure>,
) -> Option<&'a Figure> {
    let bound = |f: &&Figure| {
        // The few bytes before the figure: linear in a sentence of many.
        let mut k = f.start.saturating_sub(24);
        while !s.is_char_boundary(k) {
            k += 1;
        }
        let before = s[k..f.start].to_lowercase();
        ["tối thiểu", "ít nhất", "tối đa", "đạt"]
            .iter()
            .any(|c| before.trim_end().ends_with(c))
    };
    group
        .or_else(|| {
            figures
                .iter()
                .filter(|f| f.shape == Shape::Percent)
                .find(|f| !foreign_at(s, f.start))
        })
        .or_else(|| {
            figures
                .iter()
                .filter(|f| f.shape != Shape::Change)
                .find(bound)
        })
}

fn is_day_word(w: &Word) -> bool {
    ["ngày", "sáng", "chiều", "tối", "trưa"].contains(&w.lower.as_str())
}

/// "đến năm 2030 hoàn thành …": a deadline followed by what is to be done.
fn deadline_then_duty(words: &[Word]) -> bool {
    words.windows(4).any(|w| {
        ["đến", "tới"].contains(&w[0].lower.as_str())
            && (is_year(w[1].clean) || (w[1].lower == "năm" && is_year(w[2].clean)))
            && {
                let after = if is_year(w[1].clean) { &w[2] } else { &w[3] };
                let year = if is_year(w[1].clean) { &w[1] } else { &w[2] };
                !year.pause_after && ["hoàn", "cơ", "sẽ", "phải"].contains(&after.lower.as_str())
            }
    })
}

/// "Đến năm 2030, kinh tế số chiếm 30% …" in an article of 2024: a
/// deadline after the article was written.
fn future_deadline(words: &[Word], published_year: Option<i32>) -> bool {
    let Some(published) = published_year else {
        return false;
    };
    // Opening the sentence or a clause ("…; đến năm 2030, …"), not inside
    // a programme's name ("Chiến lược … đến năm 2025, định hướng …").
    (0..words.len().saturating_sub(2)).any(|i| {
        let w = &words[i..i + 3];
        let opens = i == 0 || words[i - 1].pause_after;
        let deadline = ["đến", "tới", "vào"].contains(&w[0].lower.as_str());
        let year = if w[1].lower == "năm" { &w[2] } else { &w[1] };
        opens
            && deadline
            && !year.quoted
            && is_year(year.clean)
            && year.clean.parse::<i32>().is_ok_and(|y| y > published)
    })
}

/// The kind of fact, and the figure it is about.
pub fn guess<'a>(
    s: &str,
    words: &[Word],
    figures: &'a [Figure],
    published_year: Option<i32>,
    goal_item: bool,
) -> (GuessedKind, Option<&'a Figure>) {
    let lower = s.to_lowercase();
    // "Rất cao: Chỉ số lớn hơn 0,75; …", "thang điểm từ 0 đến 1":
    // levels defined, nothing measured.
    if is_definition(s) {
        return (GuessedKind::Statement, None);
    }
    let has = |cues: &[&str]| cues.iter().any(|c| lower.contains(c));
    let opening: String = words
        .iter()
        .take(4)
        .map(|w| w.lower.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let group = figures.iter().find(|f| f.shape == Shape::Group);
    // "Năm 2022, sẽ tập trung …": the year's plan.
    let plan_for_year = words.len() > 3
        && words[0].lower == "năm"
        && is_year(words[1].clean)
        && words[2..4].iter().any(|w| w.lower == "sẽ");
    // "đạt 71,5%; … phấn đấu đến năm 2025 đạt 90%": the level reached
    // comes first, the plan is for later.
    let cue_at = TARGET_CUES.iter().filter_map(|c| lower.find(c)).min();
    let reached_first = measured(s, &lower, figures).filter(|f| {
        cue_at.is_some_and(|at| f.start < at) && group.is_none_or(|g| g.start > f.start)
    });
    if let Some(f) = reached_first {
        return (GuessedKind::Measurement, Some(f));
    }
    if group.is_some()
        || goal_item
        || has(TARGET_CUES)
        || plan_for_year
        || deadline_then_duty(words)
        || (measured(s, &lower, figures).is_some() && future_deadline(words, published_year))
        || TARGET_OPENINGS.iter().any(|c| opening.starts_with(c))
    {
        return (GuessedKind::Target, target_level(s, figures, group));
    }
    if has(OPINION_CUES) {
        return (GuessedKind::Statement, None);
    }
    if let Some(f) = measured(s, &lower, figures) {
        return (GuessedKind::Measurement, Some(f));
    }
    let day = when::for_event(words)
        .date
        .is_some_and(|d| d.precision() == Precision::Day);
    // "ngày 17/9", "chiều 22-12": a day, even without its year.
    let dated = day
        || words
            .windows(2)
            .any(|w| is_day_word(&w[0]) && w[1].clean.contains(['/', '-']));
    // "Ngày 15/3, Cổng sẽ chính thức vận hành …": a planned act on a day
    // is still dated by it.
    let opens_with_day = words.len() > 1 && is_day_word(&words[0]) && words[1].clean.contains('/');
    let act = ACTS.iter().any(|a| {
        lower.contains(a)
            && (opens_with_day
                || (!lower.contains(&format!("dự kiến {a}"))
                    && !lower.contains(&format!("sẽ {a}"))))
    });
    // A full day with no figure: something happened that day ("Tại Ngày
    // Chuyển đổi số quốc gia 10/10/2022, …", a caption "… ngày 2/10/2024").
    if day || (act && dated) {
        return (GuessedKind::Event, None);
    }
    (GuessedKind::Statement, None)
}
