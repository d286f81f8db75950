//! The workbench's state and its save/reload/check cycle, without the
//! window: the article being read, the source and fact forms, the user's
//! dataset with the catalog read from it, the last check, and what to tell
//! the user. The window (`app::workbench`) only draws a [`Session`] and
//! calls it, so the cycle is tested without a GUI.

use std::path::{Path, PathBuf};

use super::build::{Assessment, assess};
use super::draft::{ArticleDraft, FactForm, SourceForm, parse_date_input};
use super::user_data::{Snapshot, UserData, UserDataError};
use crate::data::Catalog;

/// Said after "Nạp lại tệp".
pub const RELOADED: &str =
    "Đã nạp lại tệp dữ liệu. Thông tin đang nhập vẫn còn: bấm “Lưu” để lưu lên bản mới.";

/// The user's dataset and the catalog checked from it: one value, so one
/// is never there without the other.
pub struct Opened {
    pub user: UserData,
    pub catalog: Catalog,
}

/// The last check and the forms it was made for.
struct Checked {
    source: SourceForm,
    form: FactForm,
    result: Assessment,
}

/// What went wrong, and whether reading the file again is the way out
/// (the last save was refused because the file changed outside).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub text: String,
    pub reload: bool,
}

/// A change written to the user's dataset: the workspace switches to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub path: PathBuf,
    pub message: String,
    /// The topic of the fact just saved, to show it in the brief.
    pub topic: Option<String>,
}

/// A change to the user's records other than a form's save.
pub enum Change {
    /// The records become this state (a deletion).
    To(Snapshot),
    /// The state before the last change comes back.
    Undo,
}

/// The workbench without its window.
#[derive(Default)]
pub struct Session {
    opened: Option<Opened>,
    pub article: Option<ArticleDraft>,
    pub source: SourceForm,
    pub form: Option<FactForm>,
    checked: Option<Checked>,
    problem: Option<Problem>,
    pub message: Option<String>,
}

impl Session {
    /// Opens the user's dataset at `path`; the same file, unchanged since,
    /// is kept with its undo history. A file that cannot be used is left
    /// as it is and said so.
    pub fn open(&mut self, path: PathBuf) {
        self.problem = None;
        if self
            .opened
            .as_ref()
            .is_some_and(|o| o.user.path == path && o.user.is_current())
        {
            return;
        }
        let opened = UserData::open(&path)
            .map_err(|e| e.to_string())
            .and_then(|user| {
                let catalog = user.catalog().map_err(|e| e.to_string())?;
                Ok(Opened { user, catalog })
            });
        match opened {
            Ok(o) => self.opened = Some(o),
            Err(e) => {
                self.opened = None;
                self.set_error(format!(
                    "{e}. Tệp được giữ nguyên; hãy sửa tệp hoặc chuyển nó đi chỗ khác rồi thử lại."
                ));
            }
        }
    }

    /// The user's dataset, when open.
    pub fn user(&self) -> Option<&UserData> {
        self.opened.as_ref().map(|o| &o.user)
    }

    /// The catalog (bundled data and the user's), when open.
    pub fn catalog(&self) -> Option<&Catalog> {
        self.opened.as_ref().map(|o| &o.catalog)
    }

    /// The user's dataset file.
    pub fn user_path(&self) -> Option<&Path> {
        self.user().map(|u| u.path.as_path())
    }

    /// The form being typed and the catalog it is checked against.
    pub fn form_and_catalog(&mut self) -> Option<(&mut FactForm, &Catalog)> {
        Some((self.form.as_mut()?, &self.opened.as_ref()?.catalog))
    }

    pub fn problem(&self) -> Option<&Problem> {
        self.problem.as_ref()
    }

    /// A problem that reading the file again does not solve.
    pub fn set_error(&mut self, text: String) {
        self.problem = Some(Problem {
            text,
            reload: false,
        });
    }

    pub fn clear_error(&mut self) {
        self.problem = None;
    }

    /// Starts the work on an article's text; its source is the one saved
    /// earlier when the same article was saved before.
    pub fn start_article(&mut self, text: &str) {
        let mut article = ArticleDraft::new(text);
        let saved = self.user().and_then(|u| article.reuse_source(&u.now));
        self.source = saved.unwrap_or_else(|| SourceForm::from_meta(&article.meta));
        self.article = Some(article);
        self.form = None;
        self.checked = None;
        self.message = None;
    }

    /// Back to choosing an article.
    pub fn close_article(&mut self) {
        self.article = None;
        self.form = None;
    }

    /// The user's adjustment of the body. A form open on a sentence that
    /// is no longer in the body stays: the check then says so.
    pub fn toggle_line(&mut self, line: std::ops::Range<usize>) {
        if let Some(a) = &mut self.article {
            a.toggle_line(line);
            self.checked = None;
        }
    }

    /// A candidate sentence was chosen: a new form from it.
    pub fn pick(&mut self, index: usize) {
        let (Some(a), Some(o)) = (&self.article, &self.opened) else {
            return;
        };
        let Some(cand) = a.candidates.get(index) else {
            return;
        };
        let published = parse_date_input(&self.source.published).ok().flatten();
        self.form = Some(FactForm::from_candidate(cand, published, &o.catalog));
        self.message = None;
    }

    /// The last check, made again when a form changed.
    pub fn assessment(&mut self) -> Option<&Assessment> {
        let (a, f, o) = (
            self.article.as_ref()?,
            self.form.as_ref()?,
            self.opened.as_ref()?,
        );
        let stale = self
            .checked
            .as_ref()
            .is_none_or(|c| c.source != self.source || c.form != *f);
        if stale {
            let result = assess(a, &self.source, f, &o.user, &o.catalog);
            self.checked = Some(Checked {
                source: self.source.clone(),
                form: f.clone(),
                result,
            });
        }
        self.checked.as_ref().map(|c| &c.result)
    }

    /// Writes the checked form (the file is replaced whole, then read back
    /// and checked); `None` when the check refuses it or the write fails,
    /// with the reason in [`Session::problem`].
    pub fn save(&mut self) -> Option<Saved> {
        let result = self.assessment()?.clone();
        let next = result.next?;
        let form = self.form.as_ref()?;
        let (topic, summary) = (form.topic.clone(), form.summary.clone());
        let seed = next
            .data
            .sources
            .iter()
            .find(|s| s.id == result.source_id)
            .map(|s| s.seed_file.clone());
        let opened = self.opened.as_mut()?;
        match opened.user.change(next) {
            Ok(catalog) => {
                opened.catalog = catalog;
                if let Some(a) = &mut self.article {
                    a.source_id = Some(result.source_id.clone());
                    a.seed_file = seed;
                }
                self.form = None;
                self.checked = None;
                let path = opened.user.path.clone();
                let message = crate::brief::wording::window::fact_saved(&summary, &path);
                self.message = Some(message.clone());
                Some(Saved {
                    path,
                    message,
                    topic: Some(topic),
                })
            }
            Err(e) => {
                self.problem = Some(Problem {
                    reload: matches!(e, UserDataError::ChangedOutside(_)),
                    text: e.to_string(),
                });
                None
            }
        }
    }

    /// Reads the file again after a change made outside; the article and
    /// the form being typed stay, to be saved onto the new state. An
    /// article saved earlier in this session keeps its source only if the
    /// file still has it (else it is saved afresh, under a free name).
    pub fn reload(&mut self) {
        let Some(path) = self.user_path().map(Path::to_path_buf) else {
            return;
        };
        self.opened = None;
        self.open(path);
        if let (Some(a), Some(u)) = (self.article.as_mut(), self.opened.as_ref().map(|o| &o.user)) {
            a.source_id = None;
            a.seed_file = None;
            if let Some(source) = a.reuse_source(&u.now) {
                self.source = source;
            }
        }
        self.checked = None;
        if self.problem.is_none() {
            self.message = Some(RELOADED.to_string());
        }
    }

    /// A deletion or an undo, written; `what` is said when it is done.
    pub fn apply(&mut self, change: Change, what: String) -> Option<Saved> {
        let opened = self.opened.as_mut()?;
        let user = &mut opened.user;
        let done = match change {
            Change::To(next) => user.change(next).map(|_| ()),
            Change::Undo => user.undo(),
        };
        match done.and_then(|_| user.catalog().map_err(Into::into)) {
            Ok(c) => {
                opened.catalog = c;
                self.checked = None;
                self.message = Some(what.clone());
                Some(Saved {
                    path: opened.user.path.clone(),
                    message: what,
                    topic: None,
                })
            }
            Err(e) => {
                self.set_error(e.to_string());
                None
            }
        }
    }

    /// Opens a saved fact's article and the form to edit the fact.
    pub fn edit_fact(&mut self, id: &str) {
        let Some(user) = self.opened.as_ref().map(|o| &o.user) else {
            return;
        };
        let Some(fact) = user.now.data.facts.iter().find(|f| f.id == id) else {
            return;
        };
        let Some(source) = user.now.data.sources.iter().find(|s| s.id == fact.source) else {
            return;
        };
        let Some(text) = user.now.texts.get(&source.seed_file) else {
            self.problem = Some(Problem {
                text: "Thông tin này trích từ bài đi kèm chương trình: không sửa ở đây.".into(),
                reload: false,
            });
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

#[cfg(test)]
mod reopen_tests {
    use super::*;
    use crate::curate::user_data::default_path;

    #[test]
    fn undo_survives_reopening_unless_the_file_changed_outside() {
        let dir = tempfile::tempdir().unwrap();
        let path = default_path(dir.path());
        let mut s = Session::default();
        s.open(path.clone());
        let same = s.user().unwrap().now.clone();
        s.apply(Change::To(same), "x".into()).unwrap();
        assert!(s.user().unwrap().can_undo());

        s.open(path.clone());
        assert!(s.user().unwrap().can_undo(), "undo kept");

        // Another window wrote the file meanwhile: read afresh.
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push('\n');
        std::fs::write(&path, text).unwrap();
        s.open(path);
        assert!(!s.user().unwrap().can_undo());
    }
}
