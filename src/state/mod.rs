//! What the window keeps between runs, without the window: the state file
//! (atomic writes, a previous good copy, damaged files set aside) and the
//! reading back of a damaged saved selection field by field. Here rather
//! than in `app` so the command-line build and the fuzz targets reach it.

pub mod file;
pub mod salvage;
