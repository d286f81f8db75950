//! The right panel: the briefing's references, and one citation with its
//! verbatim quote, its source and the source text opened at the quote.

use egui::text::{CCursor, LayoutJob, TextFormat};
use egui::{Align, Color32, FontId, Label, RichText};

use crate::app::style::{QUOTE_FILL, error_color};
use crate::brief::compose::reference_text;
use crate::brief::document::{Citation, Reference};
use crate::brief::wording;
use crate::data::{Catalog, DateRole, Fact, Source};

/// What the user asked the panel for.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Action {
    None,
    Close,
    /// Back to the reference list.
    List,
    Open(Citation),
    /// Leave the fact out of the brief.
    Exclude(usize),
}

/// What the panel shows.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Side {
    Closed,
    References,
    Citation {
        citation: Citation,
        /// The source text still has to be scrolled to the quote.
        scroll_pending: bool,
    },
}

/// The citation panel: closed, the reference list, or one citation.
#[derive(Debug)]
pub struct CitationPanel {
    side: Side,
}

impl Default for CitationPanel {
    fn default() -> Self {
        Self { side: Side::Closed }
    }
}

impl CitationPanel {
    /// Shows a citation, its source text scrolled to the quote.
    pub fn open(&mut self, citation: Citation) {
        self.side = Side::Citation {
            citation,
            scroll_pending: true,
        };
    }

    pub fn close(&mut self) {
        self.side = Side::Closed;
    }

    /// The citation shown, if any.
    pub fn citation(&self) -> Option<Citation> {
        match self.side {
            Side::Citation { citation, .. } => Some(citation),
            _ => None,
        }
    }

    /// Whether the panel takes room at the right.
    pub fn is_open(&self) -> bool {
        self.side != Side::Closed
    }

    pub fn shows_references(&self) -> bool {
        self.side == Side::References
    }

    /// Opens the reference list, or closes it when it is open.
    pub fn toggle_references(&mut self) {
        self.side = if self.shows_references() {
            Side::Closed
        } else {
            Side::References
        };
    }

    /// Draws the panel at the right of the window, when open; returns the
    /// id of a fact the user chose to leave out of the brief.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        catalog: &Catalog,
        refs: &[Reference],
    ) -> Option<String> {
        if self.side == Side::Closed {
            return None;
        }
        let mut action = Action::None;
        egui::Panel::right("citation")
            .resizable(true)
            .default_size(380.0)
            .size_range(280.0..=640.0)
            .show(ui, |ui| match &mut self.side {
                Side::Closed => {}
                Side::References => action = references(ui, catalog, refs),
                Side::Citation {
                    citation,
                    scroll_pending,
                } => {
                    // Numbers follow the current briefing: after a change of
                    // selection the same source may carry another number, or
                    // the fact may have left the briefing.
                    let entry = refs.iter().find(|r| r.facts.contains(&citation.fact));
                    if let Some(r) = entry {
                        citation.number = r.number;
                    }
                    let reference = entry.map(|r| r.text.as_str());
                    action = details(ui, catalog, *citation, reference, scroll_pending);
                }
            });
        match action {
            Action::None => {}
            Action::Close => self.close(),
            Action::List => self.side = Side::References,
            Action::Open(c) => self.open(c),
            Action::Exclude(fact) => {
                self.close();
                return catalog.facts().get(fact).map(|f| f.id.clone());
            }
        }
        None
    }
}

fn header_row(ui: &mut egui::Ui, title: &str, with_list: bool) -> Action {
    let mut action = Action::None;
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.heading(title);
        ui.with_layout(egui::Layout::right_to_left(Align::Center), |ui| {
            if ui.button("Đóng").on_hover_text("Đóng khung này").clicked() {
                action = Action::Close;
            }
            if with_list
                && ui
                    .button("Danh sách nguồn")
                    .on_hover_text("Xem mọi nguồn được trích dẫn trong báo cáo")
                    .clicked()
            {
                action = Action::List;
            }
        });
    });
    ui.separator();
    action
}

/// Shortens a summary for a list entry.
fn short(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(max_chars).collect();
    let cut = cut.rsplit_once(' ').map(|(a, _)| a).unwrap_or(&cut);
    format!("{cut}…")
}

/// The reference list; each cited fact opens its citation.
fn references(ui: &mut egui::Ui, catalog: &Catalog, refs: &[Reference]) -> Action {
    let mut action = header_row(ui, "Nguồn tham khảo", false);
    if refs.is_empty() {
        ui.label("Báo cáo hiện chưa trích dẫn nguồn nào.");
        return action;
    }
    ui.label(
        RichText::new("Bấm vào một thông tin để xem trích dẫn nguyên văn trong bài nguồn.").weak(),
    );
    egui::ScrollArea::vertical()
        .id_salt("references-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for r in refs {
                ui.add_space(6.0);
                ui.label(RichText::new(format!("[{}] {}", r.number, r.text)).strong());
                ui.indent(("ref", r.number), |ui| {
                    for &f in &r.facts {
                        let Some(fact) = catalog.facts().get(f) else {
                            continue;
                        };
                        let text = format!(
                            "{}: {}",
                            wording::fact_date(&fact.date),
                            short(&fact.summary, 90)
                        );
                        if ui.link(text).on_hover_text(fact.summary.as_str()).clicked() {
                            action = Action::Open(Citation {
                                number: r.number,
                                fact: f,
                            });
                        }
                    }
                });
            }
        });
    action
}

fn role_word(role: DateRole) -> &'static str {
    match role {
        DateRole::Measured => "thời kỳ của số liệu",
        DateRole::AsOf => "số liệu tính đến thời điểm này",
        DateRole::Stated => "thời điểm phát biểu",
        DateRole::Deadline => "thời hạn của mục tiêu",
        DateRole::Occurred => "thời điểm diễn ra",
    }
}

fn field(ui: &mut egui::Ui, name: &str, value: &str) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        ui.label(RichText::new(format!("{name}:")).strong());
        ui.label(value);
    });
}

/// One citation: the quote, the fact, the source and the source text.
fn details(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    citation: Citation,
    reference: Option<&str>,
    scroll_pending: &mut bool,
) -> Action {
    let mut action = header_row(ui, &format!("Trích dẫn [{}]", citation.number), true);
    let Some(fact) = catalog.facts().get(citation.fact) else {
        ui.label("Không tìm thấy thông tin được trích dẫn trong dữ liệu.");
        return action;
    };
    if ui
        .button("Bỏ khỏi báo cáo")
        .on_hover_text("Không dùng thông tin này trong báo cáo (khôi phục được ở khung bên trái)")
        .clicked()
    {
        action = Action::Exclude(citation.fact);
    }
    let Some(source) = catalog.source(&fact.source) else {
        ui.label(format!(
            "Không tìm thấy nguồn \"{}\" trong dữ liệu.",
            fact.source
        ));
        return action;
    };
    let mut jump = false;
    let details_height = (ui.available_height() * 0.56).max(160.0);
    egui::ScrollArea::vertical()
        .id_salt("citation-details")
        .max_height(details_height)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            fact_and_source(ui, catalog, fact, source, reference);
        });
    ui.separator();
    ui.horizontal(|ui| {
        ui.label(RichText::new("Văn bản nguồn").strong());
        ui.with_layout(egui::Layout::right_to_left(Align::Center), |ui| {
            if ui
                .button("Về đoạn trích")
                .on_hover_text("Cuộn văn bản nguồn tới đoạn được trích (tô vàng)")
                .clicked()
            {
                jump = true;
            }
        });
    });
    ui.label(
        RichText::new(format!(
            "Tệp {} — đoạn trích được tô vàng.",
            source.seed_file
        ))
        .small()
        .weak(),
    );
    egui::ScrollArea::vertical()
        .id_salt(("source-text", citation.fact))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            source_text(ui, catalog, fact, source, *scroll_pending || jump);
        });
    *scroll_pending = false;
    action
}

fn fact_and_source(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    fact: &Fact,
    source: &Source,
    reference: Option<&str>,
) {
    if let Some(trust) = catalog.pack_trust(&source.id) {
        ui.label(RichText::new(wording::pack_warning(trust)).color(error_color(ui)));
    }
    quote_block(ui, catalog, fact, source);
    fact_fields(ui, fact);
    source_fields(ui, catalog, fact, source, reference);
}

/// The verbatim quote, selectable, and the button that copies it with
/// its source line.
fn quote_block(ui: &mut egui::Ui, catalog: &Catalog, fact: &Fact, source: &Source) {
    ui.label(RichText::new("Trích nguyên văn").strong());
    egui::Frame::new()
        .fill(QUOTE_FILL.gamma_multiply(0.6))
        .inner_margin(8.0)
        .corner_radius(3.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(
                Label::new(RichText::new(fact.quote.text.as_str()).color(Color32::from_gray(20)))
                    .wrap()
                    .selectable(true),
            );
        });
    if ui
        .button("Sao chép trích dẫn")
        .on_hover_text("Chép đoạn trích nguyên văn kèm dòng nguồn để dán vào văn bản khác")
        .clicked()
    {
        // The source as the reference list names it, whether or not the
        // fact is still in the brief.
        ui.ctx().copy_text(wording::window::quote_with_source(
            &fact.quote.text,
            &reference_text(source, catalog.pack_trust(&source.id)),
        ));
    }
}

/// What the fact says and when.
fn fact_fields(ui: &mut egui::Ui, fact: &Fact) {
    ui.add_space(6.0);
    field(ui, "Nội dung", &fact.summary);
    field(
        ui,
        "Thời điểm",
        &format!(
            "{} ({})",
            wording::fact_date(&fact.date),
            role_word(fact.date.role)
        ),
    );
    if let Some(how) = &fact.date.inferred {
        field(ui, "Cách suy ra thời điểm", how);
    }
}

/// The source: as the reference list names it, its fields, where the
/// quote sits, its notes and standing.
fn source_fields(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    fact: &Fact,
    source: &Source,
    reference: Option<&str>,
) {
    ui.add_space(6.0);
    ui.label(RichText::new("Nguồn").strong());
    match reference {
        Some(r) => ui.label(RichText::new(r).italics()),
        None => ui.label(
            RichText::new("Thông tin này không còn trong báo cáo với lựa chọn hiện tại.").weak(),
        ),
    };
    field(
        ui,
        "Đơn vị đăng",
        source
            .publisher
            .as_deref()
            .unwrap_or(wording::UNKNOWN_PUBLISHER),
    );
    field(
        ui,
        "Tiêu đề",
        source.title.as_deref().unwrap_or(wording::UNKNOWN_TITLE),
    );
    if let Some(st) = &source.standing {
        field(ui, "Mức tin cậy", wording::standing_label(st.kind));
    }
    field(
        ui,
        "Ngày đăng",
        &match (&source.published, &source.not_before) {
            (Some(d), _) => d.to_vietnamese(),
            (None, Some(b)) => wording::not_before(&b.day),
            (None, None) => wording::UNKNOWN_DATE.to_string(),
        },
    );
    // Technical details, folded away.
    egui::CollapsingHeader::new("Chi tiết")
        .id_salt("citation-technical")
        .default_open(false)
        .show(ui, |ui| {
            field(ui, "Tệp nguồn", &format!("seeds/{}", source.seed_file));
            field(
                ui,
                "Vị trí",
                &format!(
                    "byte {}–{}, dòng {}",
                    fact.quote.start,
                    fact.quote.end,
                    catalog.line_of(source, fact.quote.start)
                ),
            );
        });
    if let Some(note) = &source.note {
        ui.add_space(4.0);
        ui.label(RichText::new("Ghi chú về nguồn").strong());
        ui.label(RichText::new(note.as_str()).weak());
    }
    if let Some(st) = &source.standing {
        ui.add_space(4.0);
        ui.label(RichText::new("Lý do mức tin cậy").strong());
        ui.label(RichText::new(st.reason.as_str()).weak());
    }
}

/// The article text with the quote highlighted; scrolls to it on request.
fn source_text(ui: &mut egui::Ui, catalog: &Catalog, fact: &Fact, source: &Source, scroll: bool) {
    let text = catalog.source_text(source);
    let (start, end) = (fact.quote.start, fact.quote.end);
    let font = FontId::proportional(13.5);
    let color = ui.visuals().text_color();
    let plain = TextFormat {
        font_id: font.clone(),
        color,
        ..Default::default()
    };
    let highlighted = TextFormat {
        font_id: font,
        color: Color32::from_gray(10),
        background: QUOTE_FILL,
        ..Default::default()
    };
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    let parts = (text.get(..start), text.get(start..end), text.get(end..));
    let quote_chars = match parts {
        (Some(before), Some(quote), Some(after)) if end > start => {
            job.append(before, 0.0, plain.clone());
            job.append(quote, 0.0, highlighted);
            job.append(after, 0.0, plain);
            Some((
                before.chars().count(),
                before.chars().count() + quote.chars().count(),
            ))
        }
        _ => {
            job.append(text, 0.0, plain);
            None
        }
    };
    let galley = ui.painter().layout_job(job);
    let response = ui.add(Label::new(galley.clone()).selectable(true));
    if scroll && let Some((a, b)) = quote_chars {
        let top = galley.pos_from_cursor(CCursor::new(a));
        let bottom = galley.pos_from_cursor(CCursor::new(b));
        let rect = top.union(bottom).translate(response.rect.min.to_vec2());
        ui.scroll_to_rect(rect, Some(Align::Center));
    }
}

#[cfg(test)]
mod tests {
    use super::short;

    #[test]
    fn long_summaries_are_cut_at_a_word() {
        assert_eq!(short("một hai ba", 20), "một hai ba");
        assert_eq!(short("một hai ba bốn", 9), "một hai…");
    }
}
