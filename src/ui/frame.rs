//! What every panel reads in a frame, borrowed once ([`FrameCtx`]): the
//! document, the catalog, the derived results, the settings and which
//! commands are enabled. The canvas's and the inspector's inputs are built
//! from it here, in one place, instead of at each call.

use super::canvas::{CanvasInput, Selection};
use super::commands::CommandState;
use super::export_dialog::ExportInput;
use super::inspector::InspectorInput;
use super::settings::Settings;
use crate::catalog::Catalog;
use crate::evaluate::DatumChoice;
use crate::session::Document;
use crate::session::derived::{Derived, Revision};

/// The frame's context of a `PlinthApp`, borrowed field by field so that
/// the panels' own state (canvas, fields) can still be borrowed mutably.
macro_rules! frame_ctx {
    ($app:expr) => {
        $crate::ui::frame::FrameCtx {
            commands: $app.command_state(),
            doc: $app.session.document(),
            catalog: &$app.catalog,
            derived: $app.session.derived(),
            settings: &$app.settings,
            presenting: $app.presenting.is_some(),
            datum: $app.comparison.datum,
            revision: $app.session.revision($app.catalog_serial),
        }
    };
}
pub(super) use frame_ctx;

/// The frame's read-only view of the window's state.
#[derive(Clone, Copy)]
pub struct FrameCtx<'a> {
    pub doc: &'a Document,
    pub catalog: &'a Catalog,
    pub derived: &'a Derived,
    pub settings: &'a Settings,
    pub commands: CommandState,
    /// Presenting: black on white, looking only.
    pub presenting: bool,
    /// What derived results depend on this frame.
    pub revision: Revision,
    /// The datum chosen in the comparison; the exports compare with it too.
    pub datum: DatumChoice,
}

impl<'a> FrameCtx<'a> {
    /// What the canvas reads, for the candidate on it (if any).
    pub fn canvas_input(&self) -> Option<CanvasInput<'a>> {
        let candidate = self.doc.current()?;
        Some(CanvasInput {
            candidate,
            catalog: self.catalog,
            findings: self.derived.findings(candidate.id),
            snap: self.settings.snap_to_grid,
            legend: self.settings.show_legend,
            next_id: self.doc.workspace().fresh_id(),
            revision: self.doc.history().revision(),
            geometry_ahead: self.doc.geometry_ahead(candidate.id),
            high_contrast: self.presenting,
            catalog_serial: self.revision.catalog,
        })
    }

    /// What the export dialog reads.
    pub fn export_input(&self) -> ExportInput<'a> {
        ExportInput {
            workspace: self.doc.workspace(),
            catalog: self.catalog,
            ranking: self.derived.ranking(),
            revision: self.revision,
            current: self.doc.current(),
            workspace_path: self.doc.path(),
            datum: self.datum,
        }
    }

    /// What the inspector reads about `selection` (if a candidate is shown).
    pub fn inspector_input(&self, selection: &'a Selection) -> Option<InspectorInput<'a>> {
        let candidate = self.doc.current()?;
        Some(InspectorInput {
            candidate,
            selection,
            catalog: self.catalog,
            findings: self.derived.findings(candidate.id),
            next_id: self.doc.workspace().fresh_id(),
            commands: self.commands,
        })
    }
}
