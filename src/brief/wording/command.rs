//! Words that name what the user typed: a field as the window labels it
//! and as the command line's option spells it.

/// The fields a block taller than a page is blamed on, as the window and
/// the command line call them.
pub const ISSUER_FIELD: (&str, &str) = ("Cơ quan ban hành", "--issuer");
pub const RECIPIENTS_FIELD: (&str, &str) = ("Nơi nhận", "--recipient");
pub const SIGNER_FIELD: (&str, &str) = ("Chức vụ người ký", "--signer-title");
