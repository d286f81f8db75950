//! Why a file could not be written or read, in words a user can act on:
//! the one place that turns an io error into a message.

use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("Thư mục \"{0}\" không tồn tại: hãy chọn một thư mục có thật.")]
    NoFolder(PathBuf),
    #[error("\"{0}\" là một thư mục: hãy đặt tên tệp, ví dụ bao-cao.pdf.")]
    IsFolder(PathBuf),
    #[error("Không có quyền ghi vào \"{0}\": hãy chọn thư mục khác (ví dụ Tài liệu của bạn).")]
    Denied(PathBuf),
    #[error("Ổ đĩa chứa \"{0}\" đã đầy: hãy giải phóng dung lượng hoặc lưu sang ổ khác.")]
    DiskFull(PathBuf),
    #[error(
        "Tệp \"{0}\" đang được mở trong chương trình khác: hãy đóng nó rồi thử lại, hoặc lưu với tên khác."
    )]
    InUse(PathBuf),
    #[error(
        "Ổ đĩa chứa \"{0}\" chỉ cho đọc (không có quyền ghi), ví dụ USB bị khoá ghi hay đĩa CD: hãy lưu sang thư mục khác."
    )]
    ReadOnly(PathBuf),
    #[error(
        "Thư mục \"{0}\" không cho tạo tệp mới (thư mục của hệ thống): hãy chọn thư mục khác, ví dụ Tài liệu của bạn."
    )]
    CannotCreate(PathBuf),
    #[error(
        "\"{path}\" là {kind}, không phải một tệp: không ghi đè lên nó. Hãy chọn một tên tệp, ví dụ bao-cao.pdf."
    )]
    NotAFile { path: PathBuf, kind: &'static str },
    #[error(
        "Tệp \"{0}\" chỉ cho đọc: không ghi đè lên nó. Hãy lưu với tên khác, hoặc bỏ thuộc tính chỉ đọc của tệp rồi thử lại."
    )]
    ReadOnlyFile(PathBuf),
    #[error(
        "\"{0}\" là một chuỗi liên kết (symlink) vòng hoặc quá dài: hãy chọn một tên tệp khác."
    )]
    LinkLoop(PathBuf),
    #[error(
        "\"{0}\" là liên kết (symlink) do người dùng khác tạo trong thư mục dùng chung: \
         không ghi theo nó. Hãy chọn một tên tệp khác."
    )]
    ForeignLink(PathBuf),
    #[error(
        "\"{path}\" là {what} của chính lệnh này: không ghi đè lên nó. Hãy chọn một tên tệp khác."
    )]
    IsInput { path: PathBuf, what: &'static str },
    #[error("Không ghi được \"{path}\": {source}. Tệp cũ (nếu có) vẫn nguyên vẹn.")]
    Other { path: PathBuf, source: io::Error },
}

impl WriteError {
    pub(crate) fn from_io(e: io::Error, path: &Path) -> Self {
        let folder = folder_of(path);
        // ENOSPC / EDQUOT on Unix, ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL
        // on Windows; sharing and lock violations on Windows.
        let raw = e.raw_os_error();
        if matches!(
            e.kind(),
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded
        ) || (cfg!(unix) && matches!(raw, Some(28) | Some(122)))
            || (cfg!(windows) && matches!(raw, Some(112) | Some(39)))
        {
            return WriteError::DiskFull(folder);
        }
        if cfg!(windows) && matches!(raw, Some(32) | Some(33)) {
            return WriteError::InUse(path.to_path_buf());
        }
        // EROFS on Unix, ERROR_WRITE_PROTECT on Windows.
        if e.kind() == io::ErrorKind::ReadOnlyFilesystem
            || (cfg!(unix) && raw == Some(30))
            || (cfg!(windows) && raw == Some(19))
        {
            return WriteError::ReadOnly(folder);
        }
        match e.kind() {
            // The folder is there but a file cannot be made in it (/proc,
            // /sys): "not found" names the file, not the folder.
            io::ErrorKind::NotFound if folder.is_dir() => WriteError::CannotCreate(folder),
            io::ErrorKind::NotFound => WriteError::NoFolder(folder),
            io::ErrorKind::PermissionDenied if path.exists() && cfg!(windows) => {
                WriteError::InUse(path.to_path_buf())
            }
            io::ErrorKind::PermissionDenied => WriteError::Denied(folder),
            io::ErrorKind::IsADirectory => WriteError::IsFolder(path.to_path_buf()),
            _ => WriteError::Other {
                path: path.to_path_buf(),
                source: e,
            },
        }
    }
}

/// An io error in words a user can act on, without a path: for messages
/// that name the path themselves.
pub fn describe_io(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "không tồn tại".into(),
        io::ErrorKind::PermissionDenied => "không có quyền truy cập".into(),
        io::ErrorKind::NotADirectory => "không phải là thư mục".into(),
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => "ổ đĩa đã đầy".into(),
        _ if cfg!(unix) && e.raw_os_error() == Some(28) => "ổ đĩa đã đầy".into(),
        io::ErrorKind::IsADirectory => "là một thư mục".into(),
        io::ErrorKind::InvalidData => "dữ liệu không hợp lệ".into(),
        io::ErrorKind::ReadOnlyFilesystem => "ổ đĩa chỉ cho đọc".into(),
        _ => e.to_string(),
    }
}

/// The folder a path is in ("." for a bare name).
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}
