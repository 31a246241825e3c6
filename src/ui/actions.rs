//! What panels ask for. Panels read the workspace and push [`Action`]s; the
//! app applies them in one place after drawing (`app_actions.rs`), document
//! changes through `History`, so everything is undoable by construction.

use std::path::PathBuf;

use super::commands::Command;
use super::export_dialog::ExportAction;
use super::settings::{AnalysisTab, SideTab, ThemeChoice};
use crate::design::CandidateId;
use crate::evaluate::DatumChoice;
use crate::workspace::Edit;

/// A request from a panel, a menu, a dialog or a key.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Change the document (one undoable step).
    Edit(Edit),
    /// Run a user command (menus and shortcuts).
    Command(Command),
    /// Open a pattern's page.
    ShowPattern(String),
    ClosePattern,
    SelectCandidate(CandidateId),
    AddCandidate,
    /// Open a workspace file (asks first when there are unsaved changes).
    Open(PathBuf),
    /// Open a built-in example as a new, unsaved workspace.
    OpenExample(&'static str),
    /// Import a mermaid flowchart as a new, unsaved workspace.
    ImportMermaid(PathBuf),
    /// Save to this file and remember it as the document's file.
    SaveTo(PathBuf),
    /// A path dialog closed without a path.
    PathCancelled,
    /// Load pattern files from this folder on top of the catalog.
    AddCatalogFolder(PathBuf),
    /// Stop loading pattern files from this added folder.
    RemoveCatalogFolder(PathBuf),
    /// Read every pattern folder again.
    ReloadCatalog,
    SetTheme(ThemeChoice),
    /// The size of the interface while editing (egui's zoom factor).
    SetUiScale(f32),
    /// The size of everything while presenting.
    SetPresentScale(f32),
    /// What the panel on the right shows.
    ShowSideTab(SideTab),
    /// What the panel below the canvas shows (and show it).
    ShowAnalysis(AnalysisTab),
    /// Look at a review finding of the shown candidate (its index): select,
    /// highlight and frame its nodes.
    SelectFinding(usize),
    /// Compare the candidates with this datum (comparison, ADR, report).
    ChooseDatum(DatumChoice),
    /// The export dialog.
    Export(ExportAction),
    /// Take the autosaved work offered after a crash.
    Recover,
    /// Drop the autosaved work offered after a crash.
    DiscardRecovery,
    /// Save over a file that another program changed since it was opened.
    OverwriteChangedFile,
    /// Do not save over a file that another program changed.
    KeepChangedFile,
    /// Save to another file instead of over a file that another program changed.
    SaveChangedFileAs,
    /// Close the window now, without asking again.
    CloseNow,
    /// "Save changes first?": save, then go on.
    SaveFirst,
    /// "Save changes first?": go on without saving.
    DontSave,
    /// "Save changes first?": do nothing.
    KeepEditing,
}
