//! The user's own facts and sources: listed, deleted, edited (in the
//! workbench's form), and the last change undone.

use super::{Workbench, WorkbenchAction};
use crate::brief::wording::window::record_name;
use crate::curate::session::Change;

/// Label of the undo button.
pub const UNDO: &str = "Hoàn tác thay đổi cuối";
/// The button that confirms a deletion.
pub const CONFIRM_DELETE: &str = "Xoá hẳn";

/// A deletion waiting for the user's yes.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Delete {
    /// The record's id and its name for the user (its own words).
    Fact(String, String),
    Source(String, String),
}

#[derive(Debug, Default)]
pub struct Manage {
    /// Asked, not answered yet: kept from frame to frame.
    asking: Option<Delete>,
    /// Answered this frame.
    confirmed: Option<Delete>,
    edit: Option<String>,
    undo: bool,
}

fn short(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

impl Workbench {
    /// The list of the user's records, with its buttons.
    pub(super) fn manage_ui(&mut self, ui: &mut egui::Ui) -> WorkbenchAction {
        let Some(user) = self.session.user() else {
            return WorkbenchAction::None;
        };
        let data = &user.now.data;
        let title = format!(
            "Dữ liệu của bạn: {} thông tin, {} nguồn ({})",
            data.facts.len(),
            data.sources.len(),
            user.path.display()
        );
        let m = &mut self.manage;
        egui::CollapsingHeader::new(title)
            .id_salt("wb-manage")
            .show(ui, |ui| {
                if ui
                    .add_enabled(user.can_undo(), egui::Button::new(UNDO))
                    .clicked()
                {
                    m.undo = true;
                }
                if let Some(asking) = m.asking.clone() {
                    let question = match &asking {
                        Delete::Fact(_, name) => {
                            format!("Xoá thông tin {name} khỏi tệp dữ liệu của bạn?")
                        }
                        Delete::Source(_, name) => format!(
                            "Xoá nguồn {name}, bài viết của nó và mọi thông tin trích từ nó?"
                        ),
                    };
                    ui.horizontal_wrapped(|ui| {
                        ui.label(question);
                        if ui.button(CONFIRM_DELETE).clicked() {
                            m.confirmed = m.asking.take();
                        }
                        if ui.button("Không xoá").clicked() {
                            m.asking = None;
                        }
                    });
                }
                egui::ScrollArea::vertical()
                    .id_salt("wb-manage-list")
                    .max_height(180.0)
                    .show(ui, |ui| {
                        for f in &data.facts {
                            ui.horizontal(|ui| {
                                if ui.small_button("Sửa").clicked() {
                                    m.edit = Some(f.id.clone());
                                }
                                if ui.small_button("Xoá").clicked() {
                                    m.asking =
                                        Some(Delete::Fact(f.id.clone(), record_name(&f.summary)));
                                }
                                ui.label(short(&f.summary, 90));
                            });
                        }
                        for s in &data.sources {
                            ui.horizontal(|ui| {
                                let title = s
                                    .title
                                    .as_deref()
                                    .unwrap_or(crate::brief::wording::UNKNOWN_TITLE);
                                if ui.small_button("Xoá nguồn").clicked() {
                                    m.asking =
                                        Some(Delete::Source(s.id.clone(), record_name(title)));
                                }
                                ui.label(format!("Nguồn: {}", short(title, 90)));
                            });
                        }
                    });
            });
        self.apply_manage()
    }

    fn apply_manage(&mut self) -> WorkbenchAction {
        let mut m = std::mem::take(&mut self.manage);
        self.manage.asking = m.asking.take();
        if let Some(id) = m.edit {
            self.session.edit_fact(&id);
        }
        let Some(user) = self.session.user() else {
            return WorkbenchAction::None;
        };
        let (change, what) = if let Some(Delete::Fact(id, name)) = m.confirmed {
            (
                Change::To(user.without_fact(&id)),
                format!("Đã xoá thông tin {name} (có thể hoàn tác)."),
            )
        } else if let Some(Delete::Source(id, name)) = m.confirmed {
            (
                Change::To(user.without_source(&id)),
                format!("Đã xoá nguồn {name} và các thông tin của nó (có thể hoàn tác)."),
            )
        } else if m.undo {
            (Change::Undo, "Đã hoàn tác thay đổi cuối.".to_string())
        } else {
            return WorkbenchAction::None;
        };
        WorkbenchAction::from_saved(self.session.apply(change, what))
    }
}
