//! After an export: open the file, open its folder, print.
//!
//! Opening uses the system's default program (`opener`: `xdg-open` on
//! Linux, the shell on Windows). Printing writes the current briefing to a
//! temporary PDF and hands it to the system's print path: on Windows the
//! shell's "print" verb of the default PDF program; on Linux `lp` (CUPS)
//! to the default printer when it is installed, otherwise the PDF opens in
//! the default viewer to be printed from there.

use std::path::{Path, PathBuf};

use super::panels::StatusAction;
use super::status::Status;
use crate::brief::{ComposeError, Selection};
use crate::briefing::Briefing;

/// The tooltip of "In…".
pub const PRINT_HINT: &str = "In báo cáo hiện tại: Windows gửi tới máy in qua chương trình PDF \
     mặc định; Linux gửi tới máy in mặc định bằng lp, hoặc mở trong chương trình xem PDF nếu \
     máy không có lp.";

/// Carries out what the status line asked for; a status to show.
pub fn run(
    action: StatusAction,
    briefing: &Result<Briefing, ComposeError>,
    selection: &Selection,
) -> Option<Status> {
    match action {
        StatusAction::None => None,
        StatusAction::OpenFile(file) => open(&file).err(),
        StatusAction::OpenFolder(file) => {
            let folder = file
                .parent()
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
            open(&folder).err()
        }
        StatusAction::Print => Some(match briefing {
            Ok(b) => print(b, selection),
            Err(e) => Status::error(format!("Chưa thể in: {e}")),
        }),
    }
}

/// Opens a file or folder with the system's default program.
fn open(path: &Path) -> Result<(), Status> {
    opener::open(path).map_err(|e| {
        Status::error(format!(
            "Không mở được \"{}\": {e}. Hãy mở nó bằng trình quản lý tệp.",
            path.display()
        ))
    })
}

/// The temporary PDF that is printed: one per day's name, replaced on
/// each print.
fn print_file(selection: &Selection) -> PathBuf {
    std::env::temp_dir()
        .join("egov-brief-in")
        .join(super::default_file_name(&selection.header.date))
}

fn print(briefing: &Briefing, selection: &Selection) -> Status {
    let file = print_file(selection);
    if let Some(dir) = file.parent()
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        return Status::error(format!("Không tạo được tệp tạm để in: {e}"));
    }
    if let Err(e) = crate::export::export_pdf(briefing, &file) {
        return Status::error(format!("Không tạo được tệp tạm để in: {e}"));
    }
    match send_to_printer(&file) {
        Ok(how) => Status::success(how),
        Err(e) => Status::error(format!("Không in được: {e}")),
    }
}

#[cfg(windows)]
fn send_to_printer(file: &Path) -> Result<String, String> {
    use std::os::windows::ffi::OsStrExt;
    use windows_sys::Win32::UI::Shell::ShellExecuteW;
    use windows_sys::Win32::UI::WindowsAndMessaging::SW_SHOWNORMAL;
    let wide = |s: &std::ffi::OsStr| s.encode_wide().chain([0]).collect::<Vec<u16>>();
    let verb = wide("print".as_ref());
    let path = wide(file.as_os_str());
    // SAFETY: both strings are NUL-terminated and outlive the call.
    let code = unsafe {
        ShellExecuteW(
            std::ptr::null_mut(),
            verb.as_ptr(),
            path.as_ptr(),
            std::ptr::null(),
            std::ptr::null(),
            SW_SHOWNORMAL,
        )
    } as isize;
    if code > 32 {
        Ok("Đã gửi báo cáo tới máy in qua chương trình PDF mặc định.".into())
    } else {
        Err(format!(
            "máy chưa có chương trình PDF nhận lệnh in (mã {code}); hãy mở tệp {} và in từ đó",
            file.display()
        ))
    }
}

#[cfg(not(windows))]
fn send_to_printer(file: &Path) -> Result<String, String> {
    if super::native_probe::on_path("lp") {
        let out = std::process::Command::new("lp")
            .arg("--")
            .arg(file)
            .stdin(std::process::Stdio::null())
            .output()
            .map_err(|e| format!("không chạy được lp: {e}"))?;
        if out.status.success() {
            return Ok("Đã gửi báo cáo tới máy in mặc định (lp).".into());
        }
        let why = String::from_utf8_lossy(&out.stderr).trim().to_string();
        return Err(format!("lp báo lỗi: {why}"));
    }
    opener::open(file).map_err(|e| format!("không mở được tệp để in: {e}"))?;
    Ok(format!(
        "Máy không có lệnh in lp: đã mở {} trong chương trình xem PDF, hãy in từ đó (Ctrl+P).",
        file.display()
    ))
}
