//! `EGOV_BRIEF_FRAME_LOG=path`: the window appends one line per frame (its
//! number), so `scripts/gl-check.sh` can count repaints and divide the
//! process's CPU time by them. Off (no file, no cost) without the variable.

use std::fs::File;
use std::io::Write;

#[derive(Default)]
pub struct FrameLog(Option<File>);

impl FrameLog {
    /// The log named by the environment, if any; a file that cannot be
    /// opened is said once on stderr and the window runs without it.
    pub fn from_env() -> Self {
        let Some(path) = std::env::var_os("EGOV_BRIEF_FRAME_LOG") else {
            return Self(None);
        };
        let file = File::options().create(true).append(true).open(&path);
        match file {
            Ok(f) => Self(Some(f)),
            Err(e) => {
                eprintln!("EGOV_BRIEF_FRAME_LOG: {}: {e}", path.to_string_lossy());
                Self(None)
            }
        }
    }

    /// Notes one frame: a single small write, unbuffered so a script sees
    /// it at once.
    pub fn frame(&mut self, ctx: &egui::Context) {
        if let Some(f) = &mut self.0 {
            let line = format!("{}\n", ctx.cumulative_frame_nr());
            if f.write_all(line.as_bytes()).is_err() {
                self.0 = None;
            }
        }
    }
}
