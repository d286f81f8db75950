//! The window's state file (see [`crate::state::file`]) as eframe's
//! storage, so the selection, format and dataset are saved and read back
//! through the same calls as before.

pub use crate::state::file::*;

impl eframe::Storage for StateFile {
    fn get_string(&self, key: &str) -> Option<String> {
        self.get(key).map(str::to_string)
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.set(key, value);
    }

    fn remove_string(&mut self, key: &str) {
        self.remove(key);
    }

    fn flush(&mut self) {
        self.write();
    }
}
