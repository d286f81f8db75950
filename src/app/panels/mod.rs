//! The window's panels, each a struct with its own state and a `ui`
//! method; what a panel cannot do itself it returns as an action.

mod backdrop;
pub mod citation;
pub mod dataset;
pub mod preview;
pub mod selection;
pub mod status_bar;
pub mod toolbar;

pub use citation::CitationPanel;
pub use dataset::{DatasetAction, DatasetPanel};
pub use preview::{PreviewPanel, UPDATING_MARK};
pub use selection::SelectionPanel;
pub use status_bar::{StatusAction, StatusBar};
pub use toolbar::{Toolbar, ToolbarClick};
