//! Turning a selection into a briefing: per topic the key figures with
//! their change, a chart where there is a series, the developments in date
//! order, the targets against the latest status and the disagreements
//! between sources, every statement with its `[n]`.

use std::collections::{BTreeSet, HashMap};

use super::document::*;
use super::format;
use super::selection::{MAX_YEAR, MIN_YEAR, Selection};
use crate::data::*;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ComposeError {
    #[error("Chưa chọn chủ đề nào: hãy chọn ít nhất một chủ đề.")]
    NoTopics,
    #[error("Không có chủ đề \"{0}\" (xem danh sách bằng lệnh `egov-brief topics`).")]
    UnknownTopic(String),
    #[error(
        "Giai đoạn không hợp lệ: từ năm {from} đến năm {to} (năm đầu phải ≤ năm cuối, trong khoảng {MIN_YEAR}–{MAX_YEAR})."
    )]
    BadPeriod { from: i32, to: i32 },
    #[error("Ngày trên văn bản không hợp lệ: {0}.")]
    BadDate(String),
    #[error(
        "Không có thông tin nào của các chủ đề đã chọn trong {0}: hãy chọn giai đoạn hoặc chủ đề khác."
    )]
    NoData(String),
}

/// Composes the briefing for a selection.
pub fn compose(catalog: &Catalog, sel: &Selection) -> Result<Document, ComposeError> {
    if sel.from > sel.to || sel.from < MIN_YEAR || sel.to > MAX_YEAR {
        return Err(ComposeError::BadPeriod {
            from: sel.from,
            to: sel.to,
        });
    }
    if sel.topics.is_empty() {
        return Err(ComposeError::NoTopics);
    }
    for t in &sel.topics {
        if catalog.topic(t).is_none() {
            return Err(ComposeError::UnknownTopic(t.clone()));
        }
    }
    let h = &sel.header;
    let date = h.date.to_partial_date().ok_or_else(|| {
        ComposeError::BadDate(format!("{}/{}/{}", h.date.day, h.date.month, h.date.year))
    })?;
    let topics: Vec<&Topic> = catalog
        .topics()
        .iter()
        .filter(|t| sel.topics.contains(&t.id))
        .collect();

    let mut c = Composer {
        catalog,
        from: sel.from,
        to: sel.to,
        numbers: HashMap::new(),
        order: Vec::new(),
        blocks: Vec::new(),
        dated_facts: 0,
    };
    for (i, topic) in topics.iter().enumerate() {
        c.topic_section(i + 1, topic);
    }
    let period = format::period(sel.from, sel.to);
    if c.dated_facts == 0 {
        return Err(ComposeError::NoData(period));
    }

    let names: Vec<&str> = topics.iter().map(|t| t.name.as_str()).collect();
    let summary = if names.len() <= 3 {
        format!("{} – {}", names.join("; "), period)
    } else {
        format!(
            "Chính phủ điện tử, Chính phủ số ({} chủ đề), {}",
            names.len(),
            period
        )
    };
    let intro = Paragraph {
        style: ParagraphStyle::Body,
        inlines: vec![Inline::plain(format!(
            "Báo cáo tổng hợp thông tin về {} chủ đề trong {}, trích từ {} bài viết nêu tại mục \
             Nguồn tham khảo. Mỗi thông tin có số chỉ dẫn [n] tới nguồn; giá trị và thời điểm \
             suy ra được ghi rõ cách suy ra; những điểm các nguồn chưa thống nhất được nêu riêng.",
            topics.len(),
            period,
            c.order.len()
        ))],
    };
    let mut blocks = vec![Block::Paragraph(intro)];
    blocks.append(&mut c.blocks);

    let references = c
        .order
        .iter()
        .enumerate()
        .filter_map(|(i, id)| {
            catalog.source(id).map(|s| Reference {
                number: i as u32 + 1,
                source_id: s.id.clone(),
                text: reference_text(s),
            })
        })
        .collect();

    let issuer_lines: Vec<String> = h
        .issuer
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect();
    let title = if h.title.trim().is_empty() {
        "Báo cáo tóm tắt".to_string()
    } else {
        h.title.trim().to_string()
    };
    let signer =
        (!h.signer_title.trim().is_empty() || !h.signer_name.trim().is_empty()).then(|| Signer {
            title: h.signer_title.trim().to_string(),
            name: h.signer_name.trim().to_string(),
        });
    Ok(Document {
        metadata: Metadata {
            title: format!("{title}: {summary}"),
            author: issuer_lines.last().cloned().unwrap_or_default(),
            subject: summary.clone(),
            keywords: names.iter().map(|s| s.to_string()).collect(),
            date,
        },
        header: Header {
            issuer_lines,
            place_date: format::place_date(&h.place, h.date.day, h.date.month, h.date.year),
        },
        title,
        summary,
        blocks,
        references,
        recipients: h
            .recipients
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect(),
        signer,
    })
}

/// "Thời Đại, “Các chỉ số …”, 12/11/2021, tệp seeds/000_….txt."
pub fn reference_text(s: &Source) -> String {
    let publisher = s
        .publisher
        .clone()
        .unwrap_or_else(|| "Không rõ đơn vị đăng".to_string());
    let title = match &s.title {
        Some(t) => format!("“{t}”"),
        None => "[bài không có tiêu đề]".to_string(),
    };
    let date = match &s.published {
        Some(d) => d.to_short(),
        None => "không rõ ngày".to_string(),
    };
    format!("{publisher}, {title}, {date}, tệp seeds/{}.", s.seed_file)
}

struct Composer<'a> {
    catalog: &'a Catalog,
    from: i32,
    to: i32,
    /// Reference number of each cited source.
    numbers: HashMap<String, u32>,
    /// Sources in order of first citation.
    order: Vec<String>,
    blocks: Vec<Block>,
    /// Dated facts used, to tell an empty period.
    dated_facts: usize,
}

fn in_period(d: &FactDate, from: i32, to: i32) -> bool {
    d.when
        .is_some_and(|w| (from..=to).contains(&w.year_value()))
}

/// A measurement of an indicator, with its fact index.
struct Point<'a> {
    index: usize,
    fact: &'a Fact,
    when: PartialDate,
    value: &'a Amount,
    derived: Option<&'a Derivation>,
}

/// Position of a date on the chart's time axis, in years: the middle of
/// the period the date names (a year at its middle, a month at its middle).
fn time_x(d: &PartialDate) -> f64 {
    let y = d.year_value() as f64;
    match (d.month_value(), d.day_value()) {
        (Some(m), Some(day)) => y + (m as f64 - 1.0) / 12.0 + (day as f64 - 0.5) / 365.0,
        (Some(m), None) => y + (m as f64 - 0.5) / 12.0,
        _ => y + 0.5,
    }
}

/// The dash that opens a list item, tied to the first word by a
/// non-breaking space so justification never widens the gap after it.
const DASH: &str = "-\u{a0}";

fn sentence(s: &str) -> String {
    s.trim().trim_end_matches(['.', ';']).to_string()
}

impl<'a> Composer<'a> {
    /// Dated measurements of an indicator whose year passes `keep`, in
    /// date order.
    fn measurements(&self, indicator_id: &str, keep: impl Fn(i32) -> bool) -> Vec<Point<'a>> {
        let catalog = self.catalog;
        let mut points: Vec<Point<'a>> = catalog
            .facts()
            .iter()
            .enumerate()
            .filter_map(|(index, f)| match &f.kind {
                FactKind::Measurement {
                    indicator,
                    value,
                    derived,
                } if indicator == indicator_id => {
                    let when = f.date.when?;
                    keep(when.year_value()).then_some(Point {
                        index,
                        fact: f,
                        when,
                        value,
                        derived: derived.as_ref(),
                    })
                }
                _ => None,
            })
            .collect();
        points.sort_by_key(|p| p.when.sort_key());
        points
    }

    fn cite(&mut self, fact_index: usize) -> Inline {
        let fact = &self.catalog.facts()[fact_index];
        let next = self.order.len() as u32 + 1;
        let number = *self.numbers.entry(fact.source.clone()).or_insert_with(|| {
            self.order.push(fact.source.clone());
            next
        });
        Inline::citation(Citation {
            number,
            fact: fact_index,
        })
    }

    /// "[1], [4]" for several facts, one marker per distinct source.
    fn cite_all(&mut self, facts: &[usize]) -> Vec<Inline> {
        let mut out = Vec::new();
        let mut seen = BTreeSet::new();
        for &f in facts {
            let c = self.cite(f);
            let n = c.cite.map(|c| c.number).unwrap_or_default();
            if seen.insert(n) {
                if !out.is_empty() {
                    out.push(Inline::plain(", "));
                }
                out.push(c);
            }
        }
        out
    }

    fn push_item(&mut self, inlines: Vec<Inline>) {
        self.blocks.push(Block::Paragraph(Paragraph {
            style: ParagraphStyle::Item,
            inlines,
        }));
    }

    fn heading(&mut self, level: HeadingLevel, text: String) {
        self.blocks.push(Block::Heading { level, text });
    }

    fn topic_section(&mut self, number: usize, topic: &Topic) {
        self.heading(
            HeadingLevel::Section,
            format!("{}. {}", format::roman(number), format::upper(&topic.name)),
        );
        let catalog = self.catalog;
        let facts: Vec<(usize, &Fact)> = catalog
            .facts()
            .iter()
            .enumerate()
            .filter(|(_, f)| f.topic == topic.id)
            .collect();
        let start = self.blocks.len();
        let mut sub = 0;
        let mut next_sub = |this: &mut Self, title: &str| {
            sub += 1;
            this.heading(HeadingLevel::Subsection, format!("{sub}. {title}"));
        };

        // 1. Key figures, per indicator in dataset order.
        let indicators: Vec<&Indicator> = catalog
            .indicators()
            .iter()
            .filter(|i| i.topic == topic.id)
            .collect();
        let mut series: Vec<(&Indicator, Vec<Point>)> = Vec::new();
        for ind in indicators {
            let points = self.measurements(&ind.id, |w| (self.from..=self.to).contains(&w));
            if !points.is_empty() {
                series.push((ind, points));
            }
        }
        if !series.is_empty() {
            next_sub(self, "Số liệu chính");
            for (ind, points) in &series {
                self.dated_facts += points.len();
                self.key_figure(ind, points);
            }
        }

        // 2. Developments in date order; undated ones last, said so.
        let mut developments: Vec<(usize, &Fact)> = facts
            .iter()
            .copied()
            .filter(|(_, f)| matches!(f.kind, FactKind::Event { .. } | FactKind::Statement))
            .filter(|(_, f)| f.date.when.is_none() || in_period(&f.date, self.from, self.to))
            .collect();
        developments
            .sort_by_key(|(i, f)| (f.date.when.is_none(), f.date.when.map(|w| w.sort_key()), *i));
        let undated_measurements: Vec<(usize, &Fact)> = facts
            .iter()
            .copied()
            .filter(|(_, f)| {
                matches!(f.kind, FactKind::Measurement { .. }) && f.date.when.is_none()
            })
            .collect();
        developments.extend(undated_measurements);
        if !developments.is_empty() {
            next_sub(self, "Diễn biến và nhận định");
            for (index, f) in developments {
                if f.date.when.is_some() {
                    self.dated_facts += 1;
                }
                let mut inl = vec![Inline::plain(format!(
                    "{DASH}{}: {} ",
                    format::fact_date(&f.date),
                    sentence(&f.summary)
                ))];
                inl.push(self.cite(index));
                inl.push(Inline::plain("."));
                self.push_item(inl);
            }
        }

        // 3. Targets due in the period, against the latest status.
        let targets: Vec<(usize, &Fact)> = facts
            .iter()
            .copied()
            .filter(|(_, f)| matches!(f.kind, FactKind::Target { .. }))
            .filter(|(_, f)| f.date.when.is_none() || in_period(&f.date, self.from, self.to))
            .collect();
        if !targets.is_empty() {
            next_sub(self, "Mục tiêu và hiện trạng");
            let mut sorted = targets.clone();
            // Undated targets last, said so.
            sorted.sort_by_key(|(i, f)| {
                (f.date.when.is_none(), f.date.when.map(|w| w.sort_key()), *i)
            });
            for (index, f) in sorted {
                if f.date.when.is_some() {
                    self.dated_facts += 1;
                }
                self.target_item(index, f);
            }
        }

        // 4. Disagreements touching this topic's facts.
        let mut conflicts: Vec<&Conflict> = Vec::new();
        for (_, f) in &facts {
            for x in catalog.conflicts_of(&f.id) {
                if !conflicts.iter().any(|c| c.id == x.id) {
                    conflicts.push(x);
                }
            }
        }
        let relevant: Vec<&Conflict> = conflicts
            .into_iter()
            .filter(|x| {
                x.facts.iter().any(|id| {
                    catalog.fact(id).is_some_and(|f| {
                        f.date.when.is_none() || in_period(&f.date, self.from, self.to)
                    })
                })
            })
            .collect();
        if !relevant.is_empty() {
            next_sub(self, "Các nguồn chưa thống nhất");
            for x in relevant {
                let idx: Vec<usize> = x
                    .facts
                    .iter()
                    .filter_map(|id| catalog.fact_index(id))
                    .collect();
                let mut inl = vec![Inline::plain(format!(
                    "{DASH}{} ",
                    sentence(&x.description)
                ))];
                inl.extend(self.cite_all(&idx));
                inl.push(Inline::plain("."));
                self.push_item(inl);
            }
        }

        if self.blocks.len() == start {
            self.blocks.push(Block::Paragraph(Paragraph {
                style: ParagraphStyle::Note,
                inlines: vec![Inline::plain(format!(
                    "Không có thông tin của chủ đề này trong {}.",
                    format::period(self.from, self.to)
                ))],
            }));
        }
    }

    /// How a value is printed in the text: "86/193", "30,86%",
    /// "hơn 6,3 triệu văn bản".
    fn value_text(ind: &Indicator, a: &Amount) -> String {
        match &ind.unit {
            Unit::Rank { out_of } => {
                let mut a = a.clone();
                a.out_of = a.out_of.or(*out_of);
                format::rank(&a)
            }
            Unit::Percent => format::amount(a),
            Unit::Count { noun } => format!("{} {noun}", format::amount(a)),
        }
    }

    /// Short label next to a chart point.
    fn chart_label(ind: &Indicator, a: &Amount) -> String {
        match &ind.unit {
            Unit::Rank { .. } => format::number(a.value, 0),
            _ => format::amount(a),
        }
    }

    /// Groups points by date (several sources may report the same date).
    fn by_date<'p>(points: &'p [Point<'a>]) -> Vec<Vec<&'p Point<'a>>> {
        let mut groups: Vec<Vec<&Point>> = Vec::new();
        for p in points {
            match groups.last_mut() {
                Some(g) if g[0].when == p.when => g.push(p),
                _ => groups.push(vec![p]),
            }
        }
        groups
    }

    fn single_value<'p>(group: &[&'p Point<'a>]) -> Option<&'p Point<'a>> {
        let first = group.first()?;
        group
            .iter()
            .all(|p| {
                number::same_number(p.value.value, first.value.value)
                    && p.value.qualifier == first.value.qualifier
            })
            .then_some(*first)
    }

    fn value_with_citations(&mut self, ind: &Indicator, group: &[&Point<'a>]) -> Vec<Inline> {
        let when = format::date_phrase(&group[0].when);
        let inferred = if group.iter().all(|p| p.fact.date.inferred.is_some()) {
            ", suy ra"
        } else {
            ""
        };
        let mut out = Vec::new();
        match Self::single_value(group) {
            Some(p) => {
                let derived = if p.derived.is_some() { ", suy ra" } else { "" };
                out.push(Inline::styled(
                    Self::value_text(ind, p.value),
                    Emphasis::Bold,
                ));
                out.push(Inline::plain(format!(" ({when}{inferred}{derived}) ")));
                let idx: Vec<usize> = group.iter().map(|p| p.index).collect();
                out.extend(self.cite_all(&idx));
            }
            None => {
                out.push(Inline::plain(format!(
                    "các nguồn không thống nhất ({when}{inferred}): "
                )));
                for (k, p) in group.iter().enumerate() {
                    if k > 0 {
                        out.push(Inline::plain(k_sep(k, group.len())));
                    }
                    out.push(Inline::styled(
                        Self::value_text(ind, p.value),
                        Emphasis::Bold,
                    ));
                    out.push(Inline::plain(" theo "));
                    out.push(self.cite(p.index));
                }
            }
        }
        out
    }

    fn key_figure(&mut self, ind: &Indicator, points: &[Point<'a>]) {
        let groups = Self::by_date(points);
        let latest = groups.last().expect("non-empty series");
        let mut inl = vec![Inline::plain(format!("{DASH}{}: ", ind.name))];
        inl.extend(self.value_with_citations(ind, latest));
        if groups.len() >= 2 {
            let prev = &groups[groups.len() - 2];
            inl.push(Inline::plain("; so với "));
            inl.extend(self.value_with_citations(ind, prev));
            if let (Some(a), Some(b)) = (Self::single_value(latest), Self::single_value(prev))
                && format::is_exact(a.value)
                && format::is_exact(b.value)
            {
                inl.push(Inline::plain(format!(
                    ": {}",
                    change_text(ind, b.value.value, a.value.value)
                )));
            }
        }
        inl.push(Inline::plain("."));
        self.push_item(inl);

        // The whole series when it is longer than the two values above.
        if groups.len() > 2 {
            let mut inl = vec![Inline::plain("  Các mốc: ")];
            for (k, g) in groups.iter().enumerate() {
                if k > 0 {
                    inl.push(Inline::plain("; "));
                }
                inl.push(Inline::plain(format!("{}: ", g[0].when.to_short())));
                match Self::single_value(g) {
                    Some(p) => {
                        let d = if p.derived.is_some() { " (suy ra)" } else { "" };
                        inl.push(Inline::plain(format!(
                            "{}{d} ",
                            Self::chart_label(ind, p.value)
                        )));
                        let idx: Vec<usize> = g.iter().map(|p| p.index).collect();
                        inl.extend(self.cite_all(&idx));
                    }
                    None => {
                        for (j, p) in g.iter().enumerate() {
                            if j > 0 {
                                inl.push(Inline::plain(" hoặc "));
                            }
                            inl.push(Inline::plain(format!(
                                "{} ",
                                Self::chart_label(ind, p.value)
                            )));
                            inl.push(self.cite(p.index));
                        }
                    }
                }
            }
            inl.push(Inline::plain("."));
            self.blocks.push(Block::Paragraph(Paragraph {
                style: ParagraphStyle::Note,
                inlines: inl,
            }));
        }

        // How each derived value was obtained.
        for p in points {
            if let Some(d) = p.derived {
                let mut inl = vec![Inline::plain(format!(
                    "Giá trị {} là suy ra: {} ",
                    format::date_phrase(&p.when),
                    sentence(&d.explanation)
                ))];
                inl.push(self.cite(p.index));
                inl.push(Inline::plain("."));
                self.blocks.push(Block::Paragraph(Paragraph {
                    style: ParagraphStyle::Note,
                    inlines: inl,
                }));
            }
        }

        // A chart where there are two or more dates.
        if groups.len() >= 2 {
            let chart = self.chart(ind, points);
            self.blocks.push(Block::Chart(chart));
        }
    }

    fn chart(&mut self, ind: &Indicator, points: &[Point<'a>]) -> ChartSpec {
        let axis_label = match &ind.unit {
            Unit::Rank { out_of: Some(n) } => {
                format!("Thứ hạng trên {n} (trục đảo: hạng tốt hơn ở trên)")
            }
            Unit::Rank { out_of: None } => "Thứ hạng (trục đảo: hạng tốt hơn ở trên)".into(),
            Unit::Percent => "Tỉ lệ (%)".into(),
            Unit::Count { noun } => format!("Số {noun}"),
        };
        // One point per date where the sources agree; every value where
        // they do not (the layout then breaks the line there).
        let mut chart_points: Vec<ChartPoint> = Vec::new();
        for group in Self::by_date(points) {
            let shown: Vec<&Point> = match Self::single_value(&group) {
                Some(p) => vec![p],
                None => group,
            };
            for p in shown {
                chart_points.push(ChartPoint {
                    x: time_x(&p.when),
                    x_label: p.when.to_short(),
                    y: p.value.value,
                    label: Self::chart_label(ind, p.value),
                    derived: p.derived.is_some(),
                });
            }
        }
        let mut cited: Vec<usize> = points.iter().map(|p| p.index).collect();
        let mut targets = Vec::new();
        for (index, f) in self.catalog.facts().iter().enumerate() {
            if let FactKind::Target {
                indicator: Some(i),
                goal: Some(goal),
            } = &f.kind
                && *i == ind.id
                && in_period(&f.date, self.from, self.to)
            {
                let when = f.date.when.map(|w| w.to_short()).unwrap_or_default();
                let level = match (&ind.unit, goal.comparison) {
                    (Unit::Rank { .. }, _) => {
                        format!("nhóm {}", format::number(goal.value.value, 0))
                    }
                    (_, Comparison::AtLeast) => format!("≥ {}", format::amount(&goal.value)),
                    (_, Comparison::AtMost) => format!("≤ {}", format::amount(&goal.value)),
                };
                targets.push(ChartTarget {
                    y: goal.value.value,
                    label: format!("Mục tiêu {when}: {level}"),
                });
                cited.push(index);
            }
        }
        let mut source_line = vec![Inline::plain("Nguồn: ")];
        source_line.extend(self.cite_all(&cited));
        ChartSpec {
            title: ind.name.clone(),
            axis_label,
            axis: match ind.unit {
                Unit::Rank { .. } => ValueAxis::Rank,
                Unit::Percent => ValueAxis::Percent,
                Unit::Count { .. } => ValueAxis::Count,
            },
            points: chart_points,
            targets,
            source_line,
        }
    }

    fn target_item(&mut self, index: usize, f: &Fact) {
        let deadline = f
            .date
            .when
            .map(|w| format::date_phrase(&w))
            .map(|d| format!("Đến {d}"))
            .unwrap_or_else(|| "Thời hạn không rõ".into());
        let mut inl = vec![Inline::plain(format!(
            "{DASH}{deadline}: {} ",
            sentence(&f.summary)
        ))];
        inl.push(self.cite(index));
        inl.push(Inline::plain("."));
        if let FactKind::Target {
            indicator: Some(ind_id),
            goal: Some(goal),
        } = &f.kind
            && let Some(ind) = self.catalog.indicator(ind_id)
        {
            // The latest status up to the end of the period.
            let points = self.measurements(ind_id, |w| w <= self.to);
            let groups = Self::by_date(&points);
            match groups.last() {
                None => inl.push(Inline::plain(" Chưa có số liệu về hiện trạng.")),
                Some(latest) => {
                    inl.push(Inline::plain(format!(" Hiện trạng ({}): ", ind.name)));
                    inl.extend(self.value_with_citations(ind, latest));
                    if let Some(p) = Self::single_value(latest)
                        && format::is_exact(p.value)
                    {
                        inl.push(Inline::plain(format!(
                            ", {}",
                            gap_text(ind, goal, p.value.value)
                        )));
                    }
                    inl.push(Inline::plain("."));
                }
            }
        }
        self.push_item(inl);
    }
}

fn k_sep(k: usize, n: usize) -> &'static str {
    if k + 1 == n { " và " } else { ", " }
}

/// "tăng 2 bậc", "tăng 12,54 điểm phần trăm", "giảm 1.234 văn bản".
pub fn change_text(ind: &Indicator, before: f64, after: f64) -> String {
    let better_if_lower = ind.direction == Direction::LowerIsBetter;
    let delta = after - before;
    if number::same_number(before, after) {
        return "không đổi".to_string();
    }
    match &ind.unit {
        Unit::Rank { .. } => {
            let places = format::number(delta.abs(), 0);
            // A smaller rank number is a better place: "tăng" bậc.
            if (delta < 0.0) == better_if_lower {
                format!("tăng {places} bậc")
            } else {
                format!("giảm {places} bậc")
            }
        }
        Unit::Percent => {
            let word = if delta > 0.0 { "tăng" } else { "giảm" };
            format!("{word} {} điểm phần trăm", format::number(delta.abs(), 2))
        }
        Unit::Count { noun } => {
            let word = if delta > 0.0 { "tăng" } else { "giảm" };
            format!("{word} {} {noun}", format::number(delta.abs(), 2))
        }
    }
}

/// How far the latest value is from a goal.
pub fn gap_text(ind: &Indicator, goal: &Goal, latest: f64) -> String {
    let reached = match goal.comparison {
        Comparison::AtMost => latest <= goal.value.value,
        Comparison::AtLeast => latest >= goal.value.value,
    };
    if reached {
        return "đã đạt mức mục tiêu".to_string();
    }
    let gap = (latest - goal.value.value).abs();
    match &ind.unit {
        Unit::Rank { .. } => format!("còn cách mục tiêu {} bậc", format::number(gap, 0)),
        Unit::Percent => format!(
            "còn cách mục tiêu {} điểm phần trăm",
            format::number(gap, 2)
        ),
        Unit::Count { noun } => format!("còn cách mục tiêu {} {noun}", format::number(gap, 2)),
    }
}
