//! One integration-test crate (one binary builds faster than many).

mod app;
mod cli;
mod compose;
mod dataset;
mod layout;
mod pdf;
