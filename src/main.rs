//! eGov Brief: without arguments the window, otherwise the command line.

// The release build for Windows is a GUI program: no console window opens
// with the app. The command line attaches to the console it was run from.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::process::ExitCode;

use egov_brief::cli;

/// mimalloc instead of the system allocator: a PDF export is mostly small
/// short-lived objects (issue 33, README "Speed").
#[cfg(unix)]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.len() > 1 {
        attach_parent_console();
    }
    let (data, command) = match cli::parse(&args) {
        Ok(cli) => (cli.data, cli.command),
        Err((0, text)) => {
            print!("{text}");
            return ExitCode::SUCCESS;
        }
        Err((code, line)) => {
            eprintln!("{line}");
            return ExitCode::from(code as u8);
        }
    };
    match command {
        Some(command) => {
            let code = cli::run(
                data.as_deref(),
                command,
                &mut std::io::stdout(),
                &mut std::io::stderr(),
            );
            ExitCode::from(code as u8)
        }
        None => open_window(),
    }
}

#[cfg(feature = "gui")]
fn open_window() -> ExitCode {
    egov_brief::app::run()
}

/// A build without the `gui` feature has only the command line.
#[cfg(not(feature = "gui"))]
fn open_window() -> ExitCode {
    eprintln!("Bản này chỉ có dòng lệnh: xem `egov-brief --help`.");
    ExitCode::from(2)
}

/// Lets a GUI-subsystem executable print to the console of the shell that
/// started it (output already redirected to a file or pipe works as is).
#[cfg(windows)]
fn attach_parent_console() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: AttachConsole takes a process id and has no memory effects;
    // failure (no parent console) leaves the process as it was.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

#[cfg(not(windows))]
fn attach_parent_console() {}
