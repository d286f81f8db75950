//! The "new fact" form: fields prefilled from the clicked sentence, the
//! problems the loader's checks find listed beside it, "Lưu" enabled only
//! when there are none.

use egui::RichText;

use super::{Workbench, WorkbenchAction};
use crate::app::style::error_color;
use crate::curate::draft::{FactForm, IndicatorChoice, UnitKind, roles_for};
use crate::curate::kind::GuessedKind;
use crate::data::Catalog;
use crate::data::model::{Comparison, DateRole, Qualifier};

/// Label of the save button.
pub const SAVE: &str = "Lưu";

fn kind_name(k: GuessedKind) -> &'static str {
    match k {
        GuessedKind::Measurement => "Số đo",
        GuessedKind::Target => "Mục tiêu",
        GuessedKind::Event => "Sự kiện",
        GuessedKind::Statement => "Nhận định",
    }
}

fn role_name(r: DateRole) -> &'static str {
    match r {
        DateRole::Measured => "số liệu của kỳ này",
        DateRole::AsOf => "tính đến ngày này",
        DateRole::Stated => "ngày phát biểu",
        DateRole::Deadline => "hạn của mục tiêu",
        DateRole::Occurred => "ngày diễn ra",
    }
}

/// A labelled one-line (or multi-line) text field.
fn field(ui: &mut egui::Ui, name: &str, value: &mut String, rows: usize) {
    let label = ui.label(name);
    let edit = if rows > 1 {
        egui::TextEdit::multiline(value).desired_rows(rows)
    } else {
        egui::TextEdit::singleline(value)
    };
    ui.add(edit.desired_width(f32::INFINITY))
        .labelled_by(label.id);
}

impl Workbench {
    /// The form, when a sentence was chosen; the save, when clicked.
    pub(super) fn form_ui(&mut self, ui: &mut egui::Ui) -> Option<WorkbenchAction> {
        self.session.catalog()?;
        let Some((form, catalog)) = self.session.form_and_catalog() else {
            ui.label("Bấm vào một câu nền vàng bên trái để tạo thông tin mới từ câu đó.");
            return None;
        };
        let mut save = false;
        // The fields scroll; the check and "Lưu" stay in view below them.
        egui::ScrollArea::vertical()
            .id_salt("wb-form")
            .max_height((ui.available_height() - 190.0).max(160.0))
            .show(ui, |ui| {
                ui.strong(if form.editing.is_some() {
                    "Sửa thông tin"
                } else {
                    "Thông tin mới"
                });
                fields(ui, form, catalog);
            });
        let result = self.session.assessment()?.clone();
        let (form, catalog) = self.session.form_and_catalog()?;
        conflict_ui(ui, form, &result.disagreeing, catalog);
        if result.problems.is_empty() {
            ui.label(RichText::new("Hợp lệ: có thể lưu.").color(egui::Color32::DARK_GREEN));
        } else {
            ui.label(RichText::new("Chưa lưu được:").color(error_color(ui)));
            egui::ScrollArea::vertical()
                .id_salt("wb-problems")
                .max_height(90.0)
                .show(ui, |ui| {
                    for p in &result.problems {
                        ui.label(RichText::new(format!("• {p}")).color(error_color(ui)));
                    }
                });
        }
        ui.horizontal(|ui| {
            save = ui
                .add_enabled(result.next.is_some(), egui::Button::new(SAVE))
                .on_disabled_hover_text("Sửa các lỗi ở trên trước khi lưu")
                .clicked();
            if ui.button("Bỏ").clicked() {
                self.session.form = None;
            }
        });
        save.then(|| WorkbenchAction::from_saved(self.session.save()))
    }
}

fn fields(ui: &mut egui::Ui, form: &mut FactForm, catalog: &Catalog) {
    ui.horizontal_wrapped(|ui| {
        ui.label("Loại:");
        for k in [
            GuessedKind::Measurement,
            GuessedKind::Target,
            GuessedKind::Event,
            GuessedKind::Statement,
        ] {
            if ui.selectable_label(form.kind == k, kind_name(k)).clicked() && form.kind != k {
                form.kind = k;
                form.role = roles_for(k)[0];
            }
        }
    });
    field(
        ui,
        "Trích dẫn (nguyên văn, có thể thu hẹp)",
        &mut form.quote,
        3,
    );
    if matches!(form.kind, GuessedKind::Measurement | GuessedKind::Target) {
        ui.horizontal(|ui| {
            let label = ui.label("Giá trị (như trong bài)");
            ui.add(egui::TextEdit::singleline(&mut form.value).desired_width(120.0))
                .labelled_by(label.id);
            egui::ComboBox::from_label("độ chính xác")
                .selected_text(form.qualifier.word().unwrap_or("chính xác"))
                .show_ui(ui, |ui| {
                    for q in [
                        Qualifier::Exact,
                        Qualifier::MoreThan,
                        Qualifier::Nearly,
                        Qualifier::About,
                    ] {
                        ui.selectable_value(
                            &mut form.qualifier,
                            q,
                            q.word().unwrap_or("chính xác"),
                        );
                    }
                });
            if form.kind == GuessedKind::Target {
                ui.selectable_value(&mut form.comparison, Comparison::AtMost, "tối đa");
                ui.selectable_value(&mut form.comparison, Comparison::AtLeast, "tối thiểu");
            }
        });
    }
    field(ui, "Ngày", &mut form.date, 1);
    ui.horizontal_wrapped(|ui| {
        ui.label("Ngày là:");
        for &r in roles_for(form.kind) {
            ui.selectable_value(&mut form.role, r, role_name(r));
        }
    });
    field(
        ui,
        "Lý do suy ra ngày (để trống nếu câu ghi ngày)",
        &mut form.inferred,
        1,
    );
    topic_and_indicator(ui, form, catalog);
    if form.kind == GuessedKind::Event {
        field(
            ui,
            "Loại văn bản (Quyết định, Nghị định…)",
            &mut form.instrument_form,
            1,
        );
        field(ui, "Số, ký hiệu văn bản", &mut form.instrument_number, 1);
    }
    field(
        ui,
        "Tóm tắt (một câu, không thêm số ngoài trích dẫn)",
        &mut form.summary,
        2,
    );
}

fn topic_and_indicator(ui: &mut egui::Ui, form: &mut FactForm, catalog: &Catalog) {
    let topic_name = catalog
        .topic(&form.topic)
        .map_or("(chọn chủ đề)", |t| t.name.as_str());
    ui.horizontal(|ui| {
        egui::ComboBox::from_label("Chủ đề")
            .selected_text(topic_name)
            .width(380.0)
            .show_ui(ui, |ui| {
                for t in catalog.topics() {
                    ui.selectable_value(&mut form.topic, t.id.clone(), &t.name);
                }
            });
    });
    if !matches!(form.kind, GuessedKind::Measurement | GuessedKind::Target) {
        return;
    }
    let current = match &form.indicator {
        IndicatorChoice::None => "(không gắn chỉ số)".to_string(),
        IndicatorChoice::New => "Chỉ số mới…".to_string(),
        IndicatorChoice::Existing(id) => {
            catalog.indicator(id).map_or(id.clone(), |i| i.name.clone())
        }
    };
    ui.horizontal(|ui| {
        egui::ComboBox::from_label("Chỉ số")
            .selected_text(current)
            .width(380.0)
            .show_ui(ui, |ui| {
                if form.kind == GuessedKind::Target {
                    ui.selectable_value(
                        &mut form.indicator,
                        IndicatorChoice::None,
                        "(không gắn chỉ số)",
                    );
                }
                for i in catalog
                    .indicators()
                    .iter()
                    .filter(|i| i.topic == form.topic)
                {
                    let choice = IndicatorChoice::Existing(i.id.clone());
                    ui.selectable_value(&mut form.indicator, choice, &i.name);
                }
                ui.selectable_value(&mut form.indicator, IndicatorChoice::New, "Chỉ số mới…");
            });
    });
    if form.indicator == IndicatorChoice::New {
        new_indicator_ui(ui, form);
    }
}

fn new_indicator_ui(ui: &mut egui::Ui, form: &mut FactForm) {
    let f = &mut form.new_indicator;
    ui.group(|ui| {
        field(ui, "Tên chỉ số", &mut f.name, 1);
        field(
            ui,
            "Định nghĩa (đếm/đo chính xác cái gì)",
            &mut f.definition,
            2,
        );
        ui.horizontal(|ui| {
            ui.label("Đơn vị:");
            ui.selectable_value(&mut f.unit, UnitKind::Percent, "phần trăm");
            ui.selectable_value(&mut f.unit, UnitKind::Rank, "thứ hạng");
            ui.selectable_value(&mut f.unit, UnitKind::Count, "số lượng");
        });
        match f.unit {
            UnitKind::Rank => field(ui, "Trên tổng số (ví dụ 193)", &mut f.out_of, 1),
            UnitKind::Count => field(ui, "Đếm cái gì (ví dụ hồ sơ)", &mut f.noun, 1),
            UnitKind::Percent => {}
        }
        if f.unit != UnitKind::Rank {
            ui.checkbox(&mut f.higher_is_better, "Càng cao càng tốt");
        }
    });
}

/// Offers to record a disagreement with existing facts.
fn conflict_ui(ui: &mut egui::Ui, form: &mut FactForm, others: &[String], catalog: &Catalog) {
    if others.is_empty() {
        return;
    }
    let values: Vec<String> = others
        .iter()
        .filter_map(|id| catalog.fact(id))
        .map(|f| match &f.kind {
            crate::data::FactKind::Measurement { value, .. } => {
                let source = catalog
                    .source(&f.source)
                    .and_then(|s| s.publisher.as_deref());
                match source {
                    Some(p) => format!("{} ({p})", value.text),
                    None => value.text.clone(),
                }
            }
            _ => crate::brief::wording::window::record_name(&f.summary),
        })
        .collect();
    ui.label(
        RichText::new(format!(
            "Giá trị này khác với thông tin đã có cùng chỉ số và ngày: {}.",
            values.join(", ")
        ))
        .color(egui::Color32::from_rgb(160, 90, 0)),
    );
    if ui
        .checkbox(
            &mut form.record_conflict,
            "Ghi nhận là mâu thuẫn giữa các nguồn",
        )
        .changed()
        && form.conflict_note.is_empty()
    {
        form.conflict_note = format!(
            "Các nguồn ghi khác nhau: bài mới ghi {}, nguồn đã có ghi {}.",
            form.value,
            values.join(", ")
        );
    }
    if form.record_conflict {
        field(ui, "Mô tả mâu thuẫn", &mut form.conflict_note, 2);
    }
}
