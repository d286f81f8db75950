//! One integration-test crate (one binary builds faster than many).

mod app;
