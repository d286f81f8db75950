//! Programs run for the user after an export (open the file, open its
//! folder, print), each watched to its end on a thread of its own.
//!
//! Success is only ever reported from a success signal: the program's exit
//! status 0, or — for a viewer that stays open with the file — the program
//! still running after a short grace time (`xdg-open` answers "no method"
//! with exit 3 within milliseconds). The thread waits for the child to the
//! end, so no finished process stays behind as a zombie, and the window
//! never waits for a printer or a viewer.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use super::status::Status;

/// Which programs open and print, and how long a still-running opener
/// takes to count as started. Tests put small shell scripts here.
#[derive(Debug, Clone)]
pub struct Launcher {
    /// Opens a file or folder: the path is appended (`xdg-open`).
    pub open: Vec<OsString>,
    /// Sends a PDF to the default printer: the path is appended
    /// (`lp --`); `None` when the machine has no such program.
    pub print: Option<Vec<OsString>>,
    /// An opener still running after this long has started a viewer.
    pub grace: Duration,
}

impl Default for Launcher {
    fn default() -> Self {
        let opener = if cfg!(target_os = "macos") {
            "open"
        } else {
            "xdg-open"
        };
        let print = super::native_probe::on_path("lp").then(|| vec!["lp".into(), "--".into()]);
        Self {
            open: vec![opener.into()],
            print,
            grace: Duration::from_millis(2500),
        }
    }
}

/// What a finished (or still running) program meant for the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    OpenFile,
    OpenFolder,
    /// Printing through `lp`.
    Print,
    /// No `lp`: the PDF to print is opened in the viewer.
    PrintInViewer,
}

/// The programs started and not yet reported on.
pub struct Launches {
    pub launcher: Launcher,
    tx: Sender<Status>,
    rx: Receiver<Status>,
    pending: usize,
}

impl Default for Launches {
    fn default() -> Self {
        let (tx, rx) = channel();
        Self {
            launcher: Launcher::default(),
            tx,
            rx,
            pending: 0,
        }
    }
}

impl Launches {
    /// Starts `job` on `path`; the status to show meanwhile (or at once, if
    /// the program could not even start). `shown` is the exported file the
    /// status line keeps offering its buttons for.
    pub fn start(
        &mut self,
        job: Job,
        path: &Path,
        shown: Option<PathBuf>,
        ctx: &egui::Context,
    ) -> Status {
        let command = match job {
            Job::Print => self.launcher.print.clone(),
            _ => Some(self.launcher.open.clone()),
        };
        let Some(command) = command.filter(|c| !c.is_empty()) else {
            return failed(job, path, shown, "máy không có lệnh in".into());
        };
        let child = match spawn(&command, path, job == Job::Print) {
            Ok(c) => c,
            Err(e) => {
                let program = command[0].to_string_lossy().into_owned();
                return failed(job, path, shown, not_started(&program, &e));
            }
        };
        let tx = self.tx.clone();
        let ctx = ctx.clone();
        let grace = self.launcher.grace;
        let (path, shown2) = (path.to_path_buf(), shown.clone());
        std::thread::spawn(move || watch(child, job, path, shown2, grace, &tx, &ctx));
        self.pending += 1;
        with_file(Status::info(meanwhile(job)), shown)
    }

    /// The statuses of programs that finished or started since last asked.
    pub fn poll(&mut self) -> Option<Status> {
        let mut last = None;
        while let Ok(s) = self.rx.try_recv() {
            self.pending = self.pending.saturating_sub(1);
            last = Some(s);
        }
        last
    }

    /// True while a program has not been reported on yet.
    pub fn busy(&self) -> bool {
        self.pending > 0
    }
}

fn spawn(command: &[OsString], path: &Path, capture: bool) -> std::io::Result<Child> {
    let err = if capture {
        Stdio::piped()
    } else {
        Stdio::null()
    };
    Command::new(&command[0])
        .args(&command[1..])
        .arg(path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(err)
        .spawn()
}

/// Runs on the job's own thread: reports once, then waits for the child
/// to the end (reaping it).
fn watch(
    mut child: Child,
    job: Job,
    path: PathBuf,
    shown: Option<PathBuf>,
    grace: Duration,
    tx: &Sender<Status>,
    ctx: &egui::Context,
) {
    let send = |s: Status| {
        let _ = tx.send(s);
        ctx.request_repaint();
    };
    if job == Job::Print {
        // lp hands the job to CUPS and exits: its status and message are
        // the answer, however long it takes.
        let status = match child.wait_with_output() {
            Ok(out) if out.status.success() => Ok(()),
            Ok(out) => Err(lp_failure(out.status.code(), &out.stderr)),
            Err(e) => Err(format!("không chờ được lệnh in: {e}")),
        };
        send(outcome(job, &path, shown, status));
        return;
    }
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(exit)) => {
                let result = if exit.success() {
                    Ok(())
                } else {
                    Err(opener_failure(exit.code()))
                };
                send(outcome(job, &path, shown, result));
                return;
            }
            Ok(None) if start.elapsed() >= grace => break,
            Ok(None) => std::thread::sleep(Duration::from_millis(25)),
            Err(e) => {
                send(outcome(job, &path, shown, Err(e.to_string())));
                let _ = child.wait();
                return;
            }
        }
    }
    // Still running: a viewer has the file. Wait for it to close so it
    // does not linger as a zombie.
    send(outcome(job, &path, shown, Ok(())));
    let _ = child.wait();
}

/// What `xdg-open`'s exit codes mean (xdg-utils manual).
fn opener_failure(code: Option<i32>) -> String {
    match code {
        Some(2) => "tệp hoặc thư mục không còn ở đó (mã 2)".into(),
        Some(3) => "máy không có chương trình nào mở được (mã 3)".into(),
        Some(4) => "chương trình mở tệp báo lỗi (mã 4)".into(),
        Some(c) => format!("chương trình mở tệp dừng với mã {c}"),
        None => "chương trình mở tệp bị dừng giữa chừng".into(),
    }
}

fn lp_failure(code: Option<i32>, stderr: &[u8]) -> String {
    let why = String::from_utf8_lossy(stderr).trim().to_string();
    match (why.is_empty(), code) {
        (false, _) => format!("lp báo lỗi: {why}"),
        (true, Some(c)) => format!("lp dừng với mã {c}"),
        (true, None) => "lp bị dừng giữa chừng".into(),
    }
}

fn not_started(program: &str, e: &std::io::Error) -> String {
    if e.kind() == std::io::ErrorKind::NotFound {
        format!("máy không có chương trình {program}")
    } else {
        format!("không chạy được {program}: {e}")
    }
}

fn meanwhile(job: Job) -> &'static str {
    match job {
        Job::OpenFile => "Đang mở tệp…",
        Job::OpenFolder => "Đang mở thư mục…",
        Job::Print => "Đang gửi báo cáo tới máy in…",
        Job::PrintInViewer => "Máy không có lệnh in lp: đang mở bản in trong chương trình xem PDF…",
    }
}

fn outcome(job: Job, path: &Path, shown: Option<PathBuf>, result: Result<(), String>) -> Status {
    match result {
        Ok(()) => {
            let text = match job {
                Job::OpenFile => format!("Đã mở {}.", path.display()),
                Job::OpenFolder => format!("Đã mở thư mục {}.", path.display()),
                Job::Print => "Đã gửi báo cáo tới máy in mặc định (lp).".into(),
                Job::PrintInViewer => "Máy không có lệnh in lp: đã mở bản in trong chương \
                                       trình xem PDF, hãy in từ đó (Ctrl+P)."
                    .into(),
            };
            with_file(Status::success(text), shown)
        }
        Err(why) => failed(job, path, shown, why),
    }
}

/// A plain "could not" that says why and what to do, with the path to
/// select or copy.
fn failed(job: Job, path: &Path, shown: Option<PathBuf>, why: String) -> Status {
    let text = match job {
        Job::OpenFile => format!(
            "Không mở được tệp: {why}. Hãy mở tệp bằng chương trình khác theo đường dẫn dưới đây."
        ),
        Job::OpenFolder => {
            format!("Không mở được thư mục: {why}. Hãy tìm thư mục theo đường dẫn dưới đây.")
        }
        Job::Print => {
            format!("Không in được: {why}. Hãy in tệp ở đường dẫn dưới đây bằng chương trình khác.")
        }
        Job::PrintInViewer => format!(
            "Không in được: máy không có lệnh in lp, và mở bản PDF để in cũng không được: {why}. \
             Hãy in tệp ở đường dẫn dưới đây bằng chương trình khác."
        ),
    };
    let mut s = with_file(Status::error(text), shown);
    s.path = Some(path.to_path_buf());
    s
}

fn with_file(mut s: Status, shown: Option<PathBuf>) -> Status {
    s.saved = shown;
    s
}
