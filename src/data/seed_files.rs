//! Reading a user dataset's own source texts: only files inside the
//! dataset's folder (after resolving links), each file once however many
//! names it goes by, and all of them together within a byte budget. A name
//! that points elsewhere is refused by its spelling alone, before anything
//! is opened, so a dataset cannot be used to read or probe other files.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use super::text_file::{TextFileError, read_text_file};

/// Largest source text a user dataset may bring along.
pub const MAX_SEED_BYTES: u64 = 8 * 1024 * 1024;
/// Most bytes all of a dataset's own source texts may hold together
/// (each file counted once, however many sources name it).
pub const MAX_TOTAL_SEED_BYTES: u64 = 64 * 1024 * 1024;

/// Why a source's file name is refused without looking at the disk.
pub fn name_problem(name: &str) -> Option<String> {
    let path = Path::new(name);
    let inside = !name.is_empty()
        && !name.contains('\0')
        && path
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
        && path.components().any(|c| matches!(c, Component::Normal(_)));
    (!inside).then(|| {
        format!(
            "tên tệp nguồn \"{name}\" không được dùng: tệp nguồn phải nằm trong thư mục của bộ dữ liệu, ghi bằng tên tương đối, không có đường dẫn tuyệt đối hay \"..\" (không đọc tệp này)"
        )
    })
}

/// Reads source texts from one dataset folder, in NFC.
pub struct SeedReader {
    folder: PathBuf,
    /// The folder with its links resolved, once it has been looked at.
    real_folder: Option<PathBuf>,
    /// Texts already read, by the file's resolved path.
    read: HashMap<PathBuf, Arc<str>>,
    /// Bytes still allowed for files not read yet.
    budget: u64,
}

impl SeedReader {
    pub fn new(folder: &Path) -> Self {
        Self {
            folder: folder.to_path_buf(),
            real_folder: None,
            read: HashMap::new(),
            budget: MAX_TOTAL_SEED_BYTES,
        }
    }

    /// The text of the source file `name`, or why it cannot be used.
    pub fn read(&mut self, name: &str) -> Result<Arc<str>, String> {
        if let Some(problem) = name_problem(name) {
            return Err(problem);
        }
        let outside = || {
            format!(
                "tệp nguồn \"{name}\" là liên kết ra ngoài thư mục của bộ dữ liệu: hãy chép tệp vào thư mục đó (không đọc tệp này)"
            )
        };
        let missing =
            |e: std::io::Error| format!("tệp nguồn \"{name}\": {}", crate::fsio::describe_io(&e));
        let folder = match &self.real_folder {
            Some(f) => f.clone(),
            None => {
                let f = std::fs::canonicalize(&self.folder).map_err(missing)?;
                self.real_folder = Some(f.clone());
                f
            }
        };
        let real = std::fs::canonicalize(folder.join(name))
            .map_err(|_| format!("tệp nguồn \"{name}\" không có trong thư mục của bộ dữ liệu"))?;
        if !real.starts_with(&folder) {
            return Err(outside());
        }
        if let Some(text) = self.read.get(&real) {
            return Ok(text.clone());
        }
        let max = self.budget.min(MAX_SEED_BYTES);
        let text = read_text_file(&real, max).map_err(|e| match e {
            TextFileError::TooLarge { size, .. } if size <= MAX_SEED_BYTES => format!(
                "tệp nguồn \"{name}\": các tệp nguồn cộng lại vượt quá {MAX_TOTAL_SEED_BYTES} byte"
            ),
            e => format!("tệp nguồn \"{name}\": {e}"),
        })?;
        self.budget -= text.len() as u64;
        let text: Arc<str> = super::plain_text::nfc(&text).into();
        self.read.insert(real, text.clone());
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_leave_the_folder_are_refused_by_their_spelling() {
        for bad in [
            "/etc/passwd",
            "../x.txt",
            "a/../../x",
            "",
            ".",
            "./",
            "a\0b",
        ] {
            assert!(name_problem(bad).is_some(), "{bad:?} accepted");
        }
        for good in ["bai-viet-001.txt", "./a.txt", "nguon/a.txt", "a..b.txt"] {
            assert!(name_problem(good).is_none(), "{good:?} refused");
        }
    }
}
