//! The article as the workbench shows it: page chrome greyed out, the
//! detected body in full colour, candidate sentences on a yellow ground
//! (the chosen one orange), each clickable; a button before each line
//! puts it into the body or takes it out.

use std::ops::Range;

use egui::{Color32, RichText, Sense};

use crate::curate::draft::ArticleDraft;

const CANDIDATE: Color32 = Color32::from_rgb(255, 240, 150);
/// Every other candidate a shade deeper, so two sentences side by side
/// read as two.
const CANDIDATE_ALT: Color32 = Color32::from_rgb(255, 226, 120);
const CHOSEN: Color32 = Color32::from_rgb(255, 190, 110);

/// What was clicked in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clicked {
    Candidate(usize),
    /// Put this line into the body, or take it out.
    ToggleLine(Range<usize>),
}

/// Shows the article; returns what was clicked.
pub fn show(ui: &mut egui::Ui, a: &ArticleDraft, chosen: Option<usize>) -> Option<Clicked> {
    let mut clicked = None;
    ui.add_space(6.0);
    ui.strong(format!(
        "Bài viết ({} câu có số liệu trong thân bài)",
        a.candidates.len()
    ));
    egui::ScrollArea::vertical()
        .id_salt("wb-article")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let mut start = 0;
            for line in a.text.split('\n') {
                let range = start..start + line.len();
                start += line.len() + 1;
                if line.trim().is_empty() {
                    continue;
                }
                let in_body = a
                    .body
                    .iter()
                    .any(|b| b.start < range.end && range.start < b.end);
                if !in_body {
                    ui.horizontal_wrapped(|ui| {
                        if ui
                            .small_button("+")
                            .on_hover_text("Đưa dòng này vào thân bài")
                            .clicked()
                        {
                            clicked = Some(Clicked::ToggleLine(a.line_at(range.clone())));
                        }
                        ui.label(RichText::new(line).weak().small())
                            .on_hover_text("Ngoài thân bài: không trích dẫn được");
                    });
                    continue;
                }
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .small_button("−")
                        .on_hover_text("Bỏ dòng này khỏi thân bài")
                        .clicked()
                    {
                        clicked = Some(Clicked::ToggleLine(a.line_at(range.clone())));
                    }
                    ui.spacing_mut().item_spacing.x = 0.0;
                    let mut at = range.start;
                    let inside = a
                        .candidates
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| range.start <= c.start && c.end <= range.end);
                    for (i, c) in inside {
                        if c.start > at {
                            ui.label(&a.text[at..c.start]);
                        }
                        let color = if chosen == Some(c.start) {
                            CHOSEN
                        } else if i % 2 == 0 {
                            CANDIDATE
                        } else {
                            CANDIDATE_ALT
                        };
                        let label = egui::Label::new(
                            RichText::new(&c.text)
                                .background_color(color)
                                .color(Color32::BLACK),
                        )
                        .sense(Sense::click());
                        if ui
                            .add(label)
                            .on_hover_text("Bấm để tạo thông tin từ câu này")
                            .clicked()
                        {
                            clicked = Some(Clicked::Candidate(i));
                        }
                        at = c.end;
                    }
                    if at < range.end {
                        ui.label(&a.text[at..range.end]);
                    }
                });
                ui.add_space(4.0);
            }
        });
    clicked
}
