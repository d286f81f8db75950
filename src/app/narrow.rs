//! On a narrow window both side panels leave the page a thumbnail (at
//! 960 points: 19 %). When the citation panel opens there, the selection
//! panel folds away, and comes back when the citation panel closes, unless
//! the user changed it meanwhile.

/// Narrower than this, the preview is too small to read a page.
pub const MIN_PREVIEW: f32 = 420.0;
/// The side panels' usual widths.
const SELECTION: f32 = 330.0;
const CITATION: f32 = 380.0;

/// Remembers whether the selection panel was folded for the citation.
#[derive(Debug, Default)]
pub struct NarrowFold {
    citation_was_open: bool,
    folded: bool,
}

impl NarrowFold {
    /// Called each frame before the panels are drawn, with the window's
    /// width and whether the citation panel is open.
    pub fn update(&mut self, width: f32, citation_open: bool, show_selection: &mut bool) {
        let opened = citation_open && !self.citation_was_open;
        let closed = !citation_open && self.citation_was_open;
        if opened && *show_selection && width - SELECTION - CITATION < MIN_PREVIEW {
            *show_selection = false;
            self.folded = true;
        } else if closed && self.folded {
            *show_selection = true;
            self.folded = false;
        } else if citation_open && *show_selection {
            // The user unfolded it by hand: not ours to restore any more.
            self.folded = false;
        }
        self.citation_was_open = citation_open;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_selection_folds_for_a_citation_only_when_the_page_would_be_too_small() {
        let mut fold = NarrowFold::default();
        let mut shown = true;
        fold.update(960.0, false, &mut shown);
        fold.update(960.0, true, &mut shown);
        assert!(!shown, "folded at 960");
        fold.update(960.0, true, &mut shown);
        assert!(!shown);
        fold.update(960.0, false, &mut shown);
        assert!(shown, "back when the citation closes");

        let mut wide = NarrowFold::default();
        let mut shown = true;
        wide.update(1400.0, true, &mut shown);
        assert!(shown, "a wide window keeps both");
    }
}
