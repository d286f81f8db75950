//! Whether a native file dialog can be shown at all.
//!
//! On Linux rfd shows the dialog through the XDG desktop portal (D-Bus)
//! and falls back to `zenity`; with neither it returns "no file", which
//! looks exactly like a cancel. This probe tells the two apart before rfd
//! is asked, so the window can open its own dialog instead. On Windows
//! and macOS the system dialog is always there.

use std::path::Path;

/// Set to any value to behave as if no native dialog existed (to try the
/// in-app dialog on a desktop that has one).
pub const NO_NATIVE_ENV: &str = "EGOV_BRIEF_NO_NATIVE_DIALOG";

const PORTAL: &str = "org.freedesktop.portal.Desktop";

/// `Ok` when a native dialog can be shown; otherwise what is missing.
pub fn native_dialog_available() -> Result<(), String> {
    if std::env::var_os(NO_NATIVE_ENV).is_some() {
        return Err(format!("{NO_NATIVE_ENV} được đặt"));
    }
    if !cfg!(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "dragonfly",
        target_os = "netbsd",
        target_os = "openbsd"
    )) {
        return Ok(());
    }
    if on_path("zenity") || portal_present() {
        return Ok(());
    }
    Err("máy không có xdg-desktop-portal và cũng không có zenity".into())
}

/// Whether `program` is an executable file in a folder of `PATH`.
pub fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|dir| is_executable(&dir.join(program)))
    })
}

fn is_executable(p: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        p.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        p.is_file()
    }
}

/// Whether the session bus has the portal running or can start it. Without
/// `dbus-send` the answer is "maybe", taken as yes: rfd will try, and a
/// cancel message still offers the in-app dialog.
fn portal_present() -> bool {
    let has_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|d| Path::new(&d).join("bus").exists());
    if !has_bus {
        return false;
    }
    if !on_path("dbus-send") {
        return true;
    }
    ["ListNames", "ListActivatableNames"].iter().any(|method| {
        std::process::Command::new("dbus-send")
            .args([
                "--session",
                "--print-reply",
                "--reply-timeout=2000",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                &format!("org.freedesktop.DBus.{method}"),
            ])
            .stdin(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .output()
            .is_ok_and(|o| {
                o.status.success() && String::from_utf8_lossy(&o.stdout).contains(PORTAL)
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sh_is_on_the_path_and_a_made_up_name_is_not() {
        if cfg!(unix) {
            assert!(on_path("sh"));
        }
        assert!(!on_path("khong-co-chuong-trinh-nay-0f3a"));
    }
}
