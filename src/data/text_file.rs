//! Reading a user's file with a size limit that holds for any kind of
//! file, and UTF-8 required for text: datasets, their source texts, notes
//! and new articles all go through here, each caller wording the error
//! for its own case. Only regular files are opened: a FIFO would block
//! and a device such as `/dev/zero` never ends, whatever its metadata says.

use std::io::Read;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum TextFileError {
    #[error("{}", crate::fsio::describe_io(.0))]
    Io(#[from] std::io::Error),
    #[error("không phải một tệp thông thường (thư mục, thiết bị hay đường ống): không đọc")]
    NotAFile,
    #[error("quá lớn ({size} byte, tối đa {max} byte)")]
    TooLarge { size: u64, max: u64 },
    #[error("quá lớn (hơn {max} byte)")]
    LongerThan { max: u64 },
    #[error("không phải văn bản UTF-8 (byte lỗi ở vị trí {at})")]
    NotUtf8 { at: usize },
}

/// The bytes of a regular file of at most `max` bytes. The size is checked
/// before reading and again while reading (a file can grow, and some
/// report no size at all).
pub fn read_bounded(path: &Path, max: u64) -> Result<Vec<u8>, TextFileError> {
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
    let file = std::fs::File::open(path)?;
    // Replaced by something else between the two looks.
    if !file.metadata()?.is_file() {
        return Err(TextFileError::NotAFile);
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(TextFileError::LongerThan { max });
    }
    Ok(bytes)
}

/// The text of a file of at most `max` bytes.
pub fn read_text_file(path: &Path, max: u64) -> Result<String, TextFileError> {
    text_from_bytes(read_bounded(path, max)?, max)
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
