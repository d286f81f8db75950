//! Fitting the window into the screen it opens on.
//!
//! The window asks for 1280×672 (a 1366×768 laptop with a task bar). On a
//! smaller screen (1280×720 with a title bar and a task bar, 960×600…)
//! that would push the status line and the page navigation below the
//! screen's edge until the window is maximised. Once the monitor's size
//! is known (the first frames), a window taller or wider than the screen
//! minus room for a task bar is resized to fit and moved to the top left.

use egui::{Vec2, ViewportCommand, vec2};

/// Room left for a task bar or panel of the desktop.
pub const TASK_BAR: f32 = 48.0;
/// Title bar and borders when the window manager does not say.
pub const DECORATION: Vec2 = vec2(8.0, 36.0);
/// The smallest window the panels still work in.
pub const MIN_INNER: Vec2 = vec2(760.0, 420.0);

/// The inner size that fits `window` (inner, and outer when known) on a
/// `monitor`; `None` when it fits already.
pub fn fitted(monitor: Vec2, inner: Vec2, outer: Option<Vec2>) -> Option<Vec2> {
    let decoration = outer
        .map(|o| o - inner)
        .filter(|d| d.x >= 0.0 && d.y >= 0.0 && (d.x > 0.0 || d.y > 0.0))
        .unwrap_or(DECORATION);
    let room = vec2(monitor.x, monitor.y - TASK_BAR) - decoration;
    let fits = inner.x <= room.x + 0.5 && inner.y <= room.y + 0.5;
    (!fits).then(|| inner.min(room).max(MIN_INNER))
}

/// Checks once (when the monitor size is first known) and resizes.
#[derive(Debug, Default)]
pub struct FitOnce {
    done: bool,
}

impl FitOnce {
    pub fn check(&mut self, ctx: &egui::Context) {
        if self.done {
            return;
        }
        let (monitor, inner, outer) = ctx.input(|i| {
            let v = i.viewport();
            (
                v.monitor_size,
                v.inner_rect.map(|r| r.size()),
                v.outer_rect.map(|r| r.size()),
            )
        });
        let (Some(monitor), Some(inner)) = (monitor, inner) else {
            return;
        };
        self.done = true;
        if let Some(size) = fitted(monitor, inner, outer) {
            ctx.send_viewport_cmd(ViewportCommand::InnerSize(size));
            ctx.send_viewport_cmd(ViewportCommand::OuterPosition(egui::pos2(0.0, 0.0)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_1366_by_768_screen_keeps_the_asked_size() {
        let inner = vec2(1280.0, 672.0);
        let outer = vec2(1280.0, 672.0 + 30.0);
        assert_eq!(fitted(vec2(1366.0, 768.0), inner, Some(outer)), None);
    }

    #[test]
    fn smaller_screens_get_a_window_that_fits_above_the_task_bar() {
        let inner = vec2(1280.0, 672.0);
        let outer = vec2(1280.0, 702.0);
        // 1280×672 screen: 672 − 48 task bar − 30 title bar.
        assert_eq!(
            fitted(vec2(1280.0, 672.0), inner, Some(outer)),
            Some(vec2(1280.0, 594.0))
        );
        // 960×560, title bar unknown: 36 assumed, 8 for the borders.
        assert_eq!(
            fitted(vec2(960.0, 560.0), inner, None),
            Some(vec2(952.0, 476.0))
        );
    }
}
