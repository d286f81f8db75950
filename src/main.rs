//! eGov Brief: without arguments the window, otherwise the command line.

use std::process::ExitCode;

use egov_brief::cli;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let command = match cli::parse(&args) {
        Ok(cli) => cli.command,
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
            let code = cli::run(command, &mut std::io::stdout(), &mut std::io::stderr());
            ExitCode::from(code as u8)
        }
        None => egov_brief::app::run(),
    }
}
