//! The left panel: topics, period, length and print, the header fields,
//! the official's own sections and the facts left out.

use egui::{DragValue, RichText, TextEdit};

use crate::app::style::error_color;
use crate::brief::selection::{ASSESSMENT, Day, MAX_YEAR, MIN_YEAR, PROPOSALS};
use crate::brief::{Length, Selection};
use crate::data::Catalog;

/// Named periods offered as presets.
pub const PRESETS: &[(&str, i32, i32)] = &[
    ("2016–2020", 2016, 2020),
    ("2021–2025", 2021, 2025),
    ("Toàn bộ (2014–2030)", 2014, 2030),
];

/// The selection panel; edits go straight into the selection it is given.
#[derive(Debug, Default)]
pub struct SelectionPanel {
    /// Drawn once: egui remembers scroll offsets between runs, but the
    /// topic list starts at its top.
    shown: bool,
}

impl SelectionPanel {
    pub fn ui(&mut self, ui: &mut egui::Ui, catalog: &Catalog, sel: &mut Selection) {
        let mut area = egui::ScrollArea::vertical()
            .id_salt("selection-scroll")
            .auto_shrink([false, false]);
        if !std::mem::replace(&mut self.shown, true) {
            area = area.vertical_scroll_offset(0.0);
        }
        area.show(ui, |ui| {
            ui.add_space(6.0);
            topics(ui, catalog, sel);
            left_out(ui, catalog, sel);
            untrustworthy(ui, catalog, sel);
            ui.add_space(6.0);
            ui.separator();
            period(ui, sel);
            ui.add_space(6.0);
            edition(ui, sel);
            ui.add_space(6.0);
            ui.separator();
            header(ui, sel);
            ui.add_space(6.0);
            ui.separator();
            own_text(ui, sel);
            ui.add_space(10.0);
        });
    }
}

fn topics(ui: &mut egui::Ui, catalog: &Catalog, sel: &mut Selection) {
    ui.heading("Chủ đề");
    ui.horizontal(|ui| {
        if ui
            .button("Chọn tất cả")
            .on_hover_text("Đưa tất cả chủ đề vào báo cáo")
            .clicked()
        {
            sel.topics = catalog.topic_ids();
        }
        if ui
            .button("Bỏ chọn")
            .on_hover_text("Bỏ chọn mọi chủ đề")
            .clicked()
        {
            sel.topics.clear();
        }
        ui.weak(format!(
            "{}/{} chủ đề",
            sel.topics.len(),
            catalog.topics().len()
        ));
    });
    ui.add_space(2.0);
    for topic in catalog.topics() {
        let mut on = sel.topics.contains(&topic.id);
        let mut response = ui.checkbox(&mut on, topic.name.as_str());
        if !topic.description.is_empty() {
            response = response.on_hover_text(topic.description.as_str());
        }
        if response.changed() {
            let mut wanted = std::mem::take(&mut sel.topics);
            if on {
                wanted.push(topic.id.clone());
            } else {
                wanted.retain(|t| *t != topic.id);
            }
            sel.topics = catalog.ids_in_dataset_order(&wanted);
        }
    }
    if sel.topics.is_empty() {
        ui.label(
            RichText::new("Chưa chọn chủ đề nào: hãy chọn ít nhất một chủ đề.")
                .color(error_color(ui)),
        );
    }
}

fn period(ui: &mut egui::Ui, sel: &mut Selection) {
    ui.heading("Giai đoạn");
    ui.horizontal_wrapped(|ui| {
        for &(name, from, to) in PRESETS {
            let on = sel.from == from && sel.to == to;
            if ui
                .selectable_label(on, name)
                .on_hover_text(format!("Đặt giai đoạn từ năm {from} đến năm {to}"))
                .clicked()
            {
                sel.from = from;
                sel.to = to;
            }
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("Từ năm");
        ui.add(
            DragValue::new(&mut sel.from)
                .range(MIN_YEAR..=MAX_YEAR)
                .speed(0.1),
        )
        .labelled_by(label.id)
        .on_hover_text(format!(
            "Năm đầu của giai đoạn ({MIN_YEAR}–{MAX_YEAR}); kéo hoặc bấm để gõ"
        ));
        let label = ui.label("đến năm");
        ui.add(
            DragValue::new(&mut sel.to)
                .range(MIN_YEAR..=MAX_YEAR)
                .speed(0.1),
        )
        .labelled_by(label.id)
        .on_hover_text(format!(
            "Năm cuối của giai đoạn ({MIN_YEAR}–{MAX_YEAR}); kéo hoặc bấm để gõ"
        ));
    });
    if sel.from > sel.to {
        ui.label(
            RichText::new(format!(
                "Năm đầu ({}) lớn hơn năm cuối ({}): hãy sửa lại giai đoạn.",
                sel.from, sel.to
            ))
            .color(error_color(ui)),
        );
    }
}

fn text_field(ui: &mut egui::Ui, label: &str, hint: &str, value: &mut String, rows: usize) {
    let label = ui.label(label);
    let edit = if rows > 1 {
        TextEdit::multiline(value).desired_rows(rows)
    } else {
        TextEdit::singleline(value)
    };
    let response = ui
        .add(edit.hint_text(hint).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    // Input methods in "Unicode tổ hợp" mode send decomposed letters.
    if response.changed()
        && let std::borrow::Cow::Owned(composed) = crate::data::plain_text::nfc(value)
    {
        *value = composed;
    }
    ui.add_space(4.0);
}

/// "Độ dài: Tóm tắt / Đầy đủ" and "In màu".
fn edition(ui: &mut egui::Ui, sel: &mut Selection) {
    ui.horizontal(|ui| {
        ui.label("Độ dài:");
        ui.selectable_value(&mut sel.length, Length::Short, "Tóm tắt")
            .on_hover_text(
                "Những điểm chính, số liệu chính và mục tiêu; biểu đồ, diễn biến ở Phụ lục",
            );
        ui.selectable_value(&mut sel.length, Length::Full, "Đầy đủ")
            .on_hover_text("Mọi phần trong thân báo cáo");
    });
    ui.checkbox(&mut sel.color, "In màu")
        .on_hover_text("Số chỉ dẫn và biểu đồ in màu; mặc định in đen trắng");
}

/// The official's own sections, printed after the data, not cited.
fn own_text(ui: &mut egui::Ui, sel: &mut Selection) {
    ui.heading("Ý kiến của đơn vị");
    ui.weak("\"- \" đầu dòng mở một ý; dòng trống ngăn đoạn. Không có số chỉ dẫn.");
    text_field(
        ui,
        "Đoạn mở đầu",
        "Để trống: câu mở đầu soạn từ lựa chọn",
        &mut sel.opening,
        3,
    );
    for title in [ASSESSMENT, PROPOSALS] {
        text_field(
            ui,
            title,
            "Để trống nếu không dùng",
            sel.own_text_mut(title),
            4,
        );
    }
    if sel.own_text_mut(PROPOSALS).trim().is_empty() {
        ui.weak(crate::brief::wording::window::NO_PROPOSALS_NOTICE);
    }
}

/// Facts left out of the brief, each with "Khôi phục".
fn left_out(ui: &mut egui::Ui, catalog: &Catalog, sel: &mut Selection) {
    if sel.excluded.is_empty() {
        return;
    }
    ui.separator();
    ui.heading("Thông tin đã bỏ khỏi báo cáo");
    let mut restore = None;
    for id in &sel.excluded {
        ui.horizontal_wrapped(|ui| {
            let summary = catalog.fact(id).map_or(id.as_str(), |f| f.summary.as_str());
            if ui
                .button("Khôi phục")
                .on_hover_text(format!("Đưa lại vào báo cáo: {id}"))
                .clicked()
            {
                restore = Some(id.clone());
            }
            ui.label(summary);
        });
    }
    if let Some(id) = restore {
        sel.restore(&id);
    }
}

/// Facts left out because they rest on an untrustworthy source, each
/// with the reason and "Vẫn đưa vào" (printed then with a warning), or
/// "Bỏ ra" once brought back.
fn untrustworthy(ui: &mut egui::Ui, catalog: &Catalog, sel: &mut Selection) {
    let facts = crate::brief::compose::untrustworthy_facts(catalog);
    if facts.is_empty() {
        return;
    }
    ui.separator();
    ui.heading("Thông tin từ nguồn không đáng tin cậy");
    ui.weak("Không đưa vào báo cáo, trừ khi chọn \"Vẫn đưa vào\" (khi đó in kèm cảnh báo).");
    let mut change: Option<(String, bool)> = None;
    egui::CollapsingHeader::new(format!("{} thông tin", facts.len()))
        .id_salt("untrustworthy-facts")
        .show(ui, |ui| {
            for (f, reason) in &facts {
                let fact = &catalog.facts()[*f];
                let admitted = sel.admitted_untrustworthy.contains(&fact.id);
                ui.horizontal_wrapped(|ui| {
                    let (label, hint) = if admitted {
                        ("Bỏ ra", "Bỏ lại khỏi báo cáo")
                    } else {
                        ("Vẫn đưa vào", "Đưa vào báo cáo, in kèm cảnh báo")
                    };
                    if ui.button(label).on_hover_text(hint).clicked() {
                        change = Some((fact.id.clone(), !admitted));
                    }
                    ui.label(&fact.summary);
                });
                ui.weak(format!("Lý do: {reason}"));
            }
        });
    match change {
        Some((id, true)) => sel.admit_untrustworthy(&id),
        Some((id, false)) => sel.withdraw_untrustworthy(&id),
        None => {}
    }
}

fn header(ui: &mut egui::Ui, sel: &mut Selection) {
    let h = &mut sel.header;
    ui.heading("Thông tin trên văn bản");
    text_field(
        ui,
        "Cơ quan ban hành",
        "TÊN CƠ QUAN CHỦ QUẢN\nTÊN ĐƠN VỊ BAN HÀNH",
        &mut h.issuer,
        2,
    );
    text_field(
        ui,
        "Số, ký hiệu",
        "Ví dụ: Số:      /BC-CĐSQG (để trống số cho văn thư)",
        &mut h.number,
        1,
    );
    text_field(ui, "Địa danh", "Ví dụ: Hà Nội", &mut h.place, 1);

    let label = ui.label("Ngày ký");
    ui.horizontal(|ui| {
        ui.add(DragValue::new(&mut h.date.day).range(1..=31).speed(0.1))
            .labelled_by(label.id)
            .on_hover_text("Ngày");
        ui.label("/");
        ui.add(DragValue::new(&mut h.date.month).range(1..=12).speed(0.05))
            .labelled_by(label.id)
            .on_hover_text("Tháng");
        ui.label("/");
        ui.add(
            DragValue::new(&mut h.date.year)
                .range(MIN_YEAR..=MAX_YEAR)
                .speed(0.1),
        )
        .labelled_by(label.id)
        .on_hover_text("Năm");
        if ui
            .button("Hôm nay")
            .on_hover_text("Đặt ngày ký là hôm nay (giờ Việt Nam)")
            .clicked()
        {
            h.date = Day::today_in_vietnam();
        }
        ui.checkbox(&mut h.date_pinned, "Giữ ngày này")
            .on_hover_text(
                "Không tự đặt lại ngày ký thành hôm nay khi mở chương trình vào ngày khác",
            );
    });
    if h.date.to_partial_date().is_none() {
        ui.label(
            RichText::new(format!(
                "Ngày {}/{}/{} không có thật: hãy sửa ngày hoặc tháng.",
                h.date.day, h.date.month, h.date.year
            ))
            .color(error_color(ui)),
        );
    }
    ui.add_space(4.0);

    text_field(ui, "Tên văn bản", "Ví dụ: Báo cáo tóm tắt", &mut h.title, 1);
    text_field(
        ui,
        "Nơi nhận",
        "Mỗi dòng một nơi nhận",
        &mut h.recipients,
        3,
    );
    text_field(
        ui,
        "Chức vụ người ký",
        "Ví dụ: KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG",
        &mut h.signer_title,
        2,
    );
    text_field(
        ui,
        "Họ tên người ký",
        "Ví dụ: Nguyễn Văn A",
        &mut h.signer_name,
        1,
    );
}
