//! The user's own facts and sources: listed, deleted, edited (in the
//! workbench's form), and the last change undone.

use super::{Workbench, WorkbenchAction};
use crate::brief::wording::window::record_name;
use crate::curate::draft::{ArticleDraft, FactForm, SourceForm};
use crate::curate::user_data::Snapshot;

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
        let Some(user) = &self.user else {
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
            self.edit_fact(&id);
        }
        let Some(user) = &self.user else {
            return WorkbenchAction::None;
        };
        let (next, what): (Option<Snapshot>, String) =
            if let Some(Delete::Fact(id, name)) = m.confirmed {
                (
                    Some(user.without_fact(&id)),
                    format!("Đã xoá thông tin {name} (có thể hoàn tác)."),
                )
            } else if let Some(Delete::Source(id, name)) = m.confirmed {
                (
                    Some(user.without_source(&id)),
                    format!("Đã xoá nguồn {name} và các thông tin của nó (có thể hoàn tác)."),
                )
            } else if m.undo {
                (None, "Đã hoàn tác thay đổi cuối.".to_string())
            } else {
                return WorkbenchAction::None;
            };
        let Some(user) = self.user.as_mut() else {
            return WorkbenchAction::None;
        };
        let done = match next {
            Some(next) => user.change(next).map(|_| ()),
            None => user.undo(),
        };
        match done.and_then(|_| user.catalog().map_err(Into::into)) {
            Ok(c) => {
                self.user_catalog = Some(c);
                self.checked = None;
                self.message = Some(what.clone());
                WorkbenchAction::Saved {
                    path: user.path.clone(),
                    message: what,
                    topic: None,
                }
            }
            Err(e) => {
                self.error = Some(e.to_string());
                WorkbenchAction::None
            }
        }
    }

    /// Opens a saved fact's article and the form to edit the fact.
    fn edit_fact(&mut self, id: &str) {
        let Some(user) = &self.user else { return };
        let Some(fact) = user.now.data.facts.iter().find(|f| f.id == id) else {
            return;
        };
        let Some(source) = user.now.data.sources.iter().find(|s| s.id == fact.source) else {
            return;
        };
        let Some(text) = user.now.texts.get(&source.seed_file) else {
            self.error =
                Some("Thông tin này trích từ bài đi kèm chương trình: không sửa ở đây.".into());
            return;
        };
        let mut article = ArticleDraft::new(text);
        article.source_id = Some(source.id.clone());
        article.seed_file = Some(source.seed_file.clone());
        // The saved body, not a new guess: the offsets were checked on it.
        article.body = source.body.iter().map(|s| s.start..s.end).collect();
        self.source = SourceForm::from_source(source);
        self.form = Some(FactForm::from_fact(fact));
        self.article = Some(article);
        self.checked = None;
        self.message = None;
    }
}
