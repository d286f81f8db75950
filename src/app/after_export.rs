//! After an export: open the file, open its folder, print.
//!
//! On Linux (and other Unix systems) the programs run through
//! [`super::launch`]: `xdg-open` opens, `lp` (CUPS) prints to the default
//! printer, or without `lp` the PDF opens in the default viewer to be
//! printed from there; each is watched on its own thread and success is
//! reported only from its exit status. On Windows the shell's answer
//! (`ShellExecuteW`, which returns at once) is the signal: opening goes
//! through `opener`, printing through the "print" verb of the default PDF
//! program.

use std::path::{Path, PathBuf};

use super::launch::{Job, Launches};
use super::panels::StatusAction;
use super::status::Status;
use crate::brief::{ComposeError, Selection};
use crate::briefing::Briefing;

/// The tooltip of "In…".
pub const PRINT_HINT: &str = "In báo cáo hiện tại (Ctrl+P), đã xuất hay chưa: Windows gửi tới máy in qua chương trình PDF \
     mặc định; Linux gửi tới máy in mặc định bằng lp, hoặc mở trong chương trình xem PDF nếu \
     máy không có lp.";

/// What the status line asked for, and what it needs to do it.
pub struct Request<'a> {
    pub action: StatusAction,
    pub briefing: &'a Result<Briefing, ComposeError>,
    pub selection: &'a Selection,
    /// The exported file the status line shows its buttons for.
    pub shown: Option<PathBuf>,
}

/// Carries out what the status line asked for; a status to show (the
/// final answer comes later through `launches` when a program runs).
pub fn run(req: Request<'_>, launches: &mut Launches, ctx: &egui::Context) -> Option<Status> {
    let shown = req.shown;
    match req.action {
        StatusAction::None | StatusAction::Undo => None,
        StatusAction::OpenFile(file) => Some(open(Job::OpenFile, &file, shown, launches, ctx)),
        StatusAction::OpenFolder(file) => {
            let folder = file
                .parent()
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
            Some(open(Job::OpenFolder, &folder, shown, launches, ctx))
        }
        StatusAction::Print => Some(match req.briefing {
            Ok(b) => print(b, req.selection, shown, launches, ctx),
            Err(e) => Status::error(format!("Chưa thể in: {e}")),
        }),
    }
}

#[cfg(not(windows))]
fn open(
    job: Job,
    path: &Path,
    shown: Option<PathBuf>,
    launches: &mut Launches,
    ctx: &egui::Context,
) -> Status {
    launches.start(job, path, shown, ctx)
}

#[cfg(windows)]
fn open(
    job: Job,
    path: &Path,
    shown: Option<PathBuf>,
    _launches: &mut Launches,
    _ctx: &egui::Context,
) -> Status {
    let mut s = match opener::open(path) {
        Ok(()) => Status::success(format!("Đã mở {}.", path.display())),
        Err(e) => {
            let mut s = Status::error(format!(
                "Không mở được: {e}. Hãy mở bằng trình quản lý tệp theo đường dẫn dưới đây."
            ));
            s.path = Some(path.to_path_buf());
            s
        }
    };
    let _ = job;
    s.saved = shown;
    s
}

/// The temporary PDF that is printed: one per day's name, replaced on
/// each print.
fn print_file(selection: &Selection) -> PathBuf {
    std::env::temp_dir()
        .join("egov-brief-in")
        .join(super::default_file_name(&selection.header.date))
}

fn print(
    briefing: &Briefing,
    selection: &Selection,
    shown: Option<PathBuf>,
    launches: &mut Launches,
    ctx: &egui::Context,
) -> Status {
    let file = print_file(selection);
    if let Some(dir) = file.parent()
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        return Status::error(format!("Không tạo được tệp tạm để in: {e}"));
    }
    if let Err(e) = crate::export::export_pdf(briefing, &file) {
        return Status::error(format!("Không tạo được tệp tạm để in: {e}"));
    }
    send_to_printer(&file, shown, launches, ctx)
}

#[cfg(not(windows))]
fn send_to_printer(
    file: &Path,
    shown: Option<PathBuf>,
    launches: &mut Launches,
    ctx: &egui::Context,
) -> Status {
    let job = if launches.launcher.print.is_some() {
        Job::Print
    } else {
        Job::PrintInViewer
    };
    launches.start(job, file, shown, ctx)
}

#[cfg(windows)]
fn send_to_printer(
    file: &Path,
    shown: Option<PathBuf>,
    _launches: &mut Launches,
    _ctx: &egui::Context,
) -> Status {
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
    let mut s = if code > 32 {
        Status::success("Đã gửi báo cáo tới máy in qua chương trình PDF mặc định.")
    } else {
        let mut s = Status::error(format!(
            "Không in được: máy chưa có chương trình PDF nhận lệnh in (mã {code}). Bản PDF để \
             in đã lưu ở đường dẫn dưới đây; hãy mở và in nó bằng chương trình khác."
        ));
        s.path = Some(file.to_path_buf());
        s
    };
    s.saved = shown;
    s
}
