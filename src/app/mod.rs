//! The desktop window: topic checklist, period and header fields on the
//! left, the page-exact preview in the centre, citations on the right.

/// Opens the window; returns when it is closed.
pub fn run() -> std::process::ExitCode {
    eprintln!("Giao diện cửa sổ chưa có trong bản này.");
    std::process::ExitCode::FAILURE
}
