//! Reading a user's text file with a size limit checked before reading
//! and UTF-8 required: datasets, their source texts and new articles all
//! go through here, each caller wording the error for its own case.

use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum TextFileError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("không phải một tệp")]
    NotAFile,
    #[error("quá lớn ({size} byte, tối đa {max} byte)")]
    TooLarge { size: u64, max: u64 },
    #[error("không phải văn bản UTF-8 (byte lỗi ở vị trí {at})")]
    NotUtf8 { at: usize },
}

/// The text of a file of at most `max` bytes.
pub fn read_text_file(path: &Path, max: u64) -> Result<String, TextFileError> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(TextFileError::NotAFile);
    }
    if meta.len() > max {
        return Err(TextFileError::TooLarge {
            size: meta.len(),
            max,
        });
    }
    text_from_bytes(std::fs::read(path)?, max)
}

/// Bytes as text, under the same limits.
pub fn text_from_bytes(bytes: Vec<u8>, max: u64) -> Result<String, TextFileError> {
    if bytes.len() as u64 > max {
        return Err(TextFileError::TooLarge {
            size: bytes.len() as u64,
            max,
        });
    }
    String::from_utf8(bytes).map_err(|e| TextFileError::NotUtf8 {
        at: e.utf8_error().valid_up_to(),
    })
}
