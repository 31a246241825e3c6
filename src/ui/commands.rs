//! The one list of user commands (rerun's `UICommand`): each has a label, a
//! tooltip and an optional shortcut. Menus, keyboard handling and the UI
//! tests all read this list, so a shortcut shown in a menu is the one that
//! works.

use egui::{Key, KeyboardShortcut, Modifiers};

/// Something the user can ask for from a menu or a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Command {
    New,
    Open,
    Save,
    SaveAs,
    ImportMermaid,
    AddCatalogFolder,
    Undo,
    Redo,
    Delete,
    Duplicate,
    Rename,
    SelectAll,
    FocusSearch,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    ZoomToFit,
    ToggleSnap,
    ToggleCatalog,
    ToggleInspector,
    ToggleAnalysis,
    ToggleLegend,
    Copy,
    Paste,
    AddCandidate,
    DuplicateCandidate,
    RenameCandidate,
    DeleteCandidate,
    MoveCandidateLeft,
    MoveCandidateRight,
    ExportAdr,
    ExportMermaid,
    Present,
    LeavePresentation,
    NextCandidate,
    PreviousCandidate,
    LargerText,
    SmallerText,
}

/// Where a command's shortcut works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Editing,
    Presenting,
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Self; 38] = [
        Self::New,
        Self::Open,
        Self::Save,
        Self::SaveAs,
        Self::ImportMermaid,
        Self::AddCatalogFolder,
        Self::Undo,
        Self::Redo,
        Self::Delete,
        Self::Duplicate,
        Self::Rename,
        Self::SelectAll,
        Self::FocusSearch,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ZoomReset,
        Self::ZoomToFit,
        Self::ToggleSnap,
        Self::ToggleCatalog,
        Self::ToggleInspector,
        Self::ToggleAnalysis,
        Self::ToggleLegend,
        Self::Copy,
        Self::Paste,
        Self::AddCandidate,
        Self::DuplicateCandidate,
        Self::RenameCandidate,
        Self::DeleteCandidate,
        Self::MoveCandidateLeft,
        Self::MoveCandidateRight,
        Self::ExportAdr,
        Self::ExportMermaid,
        Self::Present,
        Self::LeavePresentation,
        Self::NextCandidate,
        Self::PreviousCandidate,
        Self::LargerText,
        Self::SmallerText,
    ];

    /// The menu text (sentence case, `…` when a dialog follows).
    pub fn label(self) -> &'static str {
        match self {
            Self::New => "New",
            Self::Open => "Open…",
            Self::Save => "Save",
            Self::SaveAs => "Save as…",
            Self::ImportMermaid => "Import mermaid…",
            Self::AddCatalogFolder => "Add catalog folder…",
            Self::Undo => "Undo",
            Self::Redo => "Redo",
            Self::Delete => "Delete",
            Self::Duplicate => "Duplicate",
            Self::Rename => "Rename",
            Self::SelectAll => "Select all",
            Self::FocusSearch => "Find pattern",
            Self::ZoomIn => "Zoom in",
            Self::ZoomOut => "Zoom out",
            Self::ZoomReset => "Actual size",
            Self::ZoomToFit => "Zoom to fit",
            Self::ToggleSnap => "Snap to grid",
            Self::ToggleCatalog => "Catalog panel",
            Self::ToggleInspector => "Inspector panel",
            Self::ToggleAnalysis => "Analysis panel",
            Self::ToggleLegend => "Connection legend",
            Self::Copy => "Copy",
            Self::Paste => "Paste",
            Self::AddCandidate => "New candidate",
            Self::DuplicateCandidate => "Duplicate candidate",
            Self::RenameCandidate => "Rename candidate",
            Self::DeleteCandidate => "Delete candidate",
            Self::MoveCandidateLeft => "Move candidate left",
            Self::MoveCandidateRight => "Move candidate right",
            Self::ExportAdr => "Export ADR…",
            Self::ExportMermaid => "Export diagram…",
            Self::Present => "Present",
            Self::LeavePresentation => "Leave presentation",
            Self::NextCandidate => "Next candidate",
            Self::PreviousCandidate => "Previous candidate",
            Self::LargerText => "Larger text",
            Self::SmallerText => "Smaller text",
        }
    }

    /// One line on what the command does.
    pub fn tooltip(self) -> &'static str {
        match self {
            Self::New => "Start an empty workspace",
            Self::Open => "Open a workspace file",
            Self::Save => "Save the workspace to its file",
            Self::SaveAs => "Save the workspace to another file",
            Self::ImportMermaid => "Read a mermaid flowchart into a new workspace",
            Self::AddCatalogFolder => "Load your own pattern files on top of the built-in catalog",
            Self::Undo => "Undo the last change",
            Self::Redo => "Redo the last undone change",
            Self::Delete => "Delete the selected nodes and connections",
            Self::Duplicate => "Copy the selected nodes and the connections between them",
            Self::Rename => "Rename the selected node in place",
            Self::SelectAll => "Select every node of the candidate",
            Self::FocusSearch => "Jump to the catalog search box",
            Self::ZoomIn => "Magnify the canvas",
            Self::ZoomOut => "Show more of the canvas",
            Self::ZoomReset => "Show the canvas at 100 %",
            Self::ZoomToFit => "Fit the whole candidate in view",
            Self::ToggleSnap => "Snap moved and dropped nodes to the grid",
            Self::ToggleCatalog => "Show or hide the catalog on the left",
            Self::ToggleInspector => "Show or hide the inspector and context on the right",
            Self::ToggleAnalysis => {
                "Show or hide the comparison, sensitivity and review below the canvas"
            }
            Self::ToggleLegend => "Show or hide the key to the connection styles on the canvas",
            Self::Copy => "Copy the selected nodes and the connections between them",
            Self::Paste => "Paste the copied nodes into the candidate on the canvas",
            Self::AddCandidate => "Add an empty candidate design",
            Self::DuplicateCandidate => "Add a copy of this candidate to vary",
            Self::RenameCandidate => "Rename the candidate on the canvas",
            Self::DeleteCandidate => "Delete the candidate on the canvas (undo brings it back)",
            Self::MoveCandidateLeft => "Move the candidate's tab one place to the left",
            Self::MoveCandidateRight => "Move the candidate's tab one place to the right",
            Self::ExportAdr => "Write the decision record, numbered in your ADR folder",
            Self::ExportMermaid => "The mermaid flowchart of the candidate on the canvas",
            Self::Present => "Full-window view for a meeting: large type, high contrast",
            Self::LeavePresentation => "Back to editing",
            Self::NextCandidate => "Show the next candidate",
            Self::PreviousCandidate => "Show the previous candidate",
            Self::LargerText => "Make the presentation larger",
            Self::SmallerText => "Make the presentation smaller",
        }
    }

    /// The main shortcut, shown in menus.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let cmd = Modifiers::COMMAND;
        let cmd_shift = Modifiers::COMMAND.plus(Modifiers::SHIFT);
        let (modifiers, key) = match self {
            Self::New => (cmd, Key::N),
            Self::Open => (cmd, Key::O),
            Self::Save => (cmd, Key::S),
            Self::SaveAs => (cmd_shift, Key::S),
            Self::Undo => (cmd, Key::Z),
            Self::Redo => (cmd_shift, Key::Z),
            Self::Delete => (Modifiers::NONE, Key::Delete),
            Self::Duplicate => (cmd, Key::D),
            Self::Rename => (Modifiers::NONE, Key::F2),
            Self::SelectAll => (cmd, Key::A),
            Self::FocusSearch => (cmd, Key::F),
            Self::ZoomIn => (cmd, Key::Plus),
            Self::ZoomOut => (cmd, Key::Minus),
            Self::ZoomToFit => (cmd, Key::Num0),
            Self::ZoomReset => (cmd, Key::Num1),
            Self::Copy => (cmd, Key::C),
            Self::Paste => (cmd, Key::V),
            Self::AddCandidate => (cmd, Key::T),
            Self::DuplicateCandidate => (cmd_shift, Key::D),
            Self::ExportAdr => (cmd, Key::E),
            Self::ExportMermaid => (cmd_shift, Key::E),
            Self::Present => (Modifiers::NONE, Key::F5),
            Self::LeavePresentation => (Modifiers::NONE, Key::Escape),
            Self::NextCandidate => (Modifiers::NONE, Key::ArrowRight),
            Self::PreviousCandidate => (Modifiers::NONE, Key::ArrowLeft),
            Self::LargerText => (Modifiers::NONE, Key::Plus),
            Self::SmallerText => (Modifiers::NONE, Key::Minus),
            Self::AddCatalogFolder
            | Self::ImportMermaid
            | Self::ToggleSnap
            | Self::ToggleCatalog
            | Self::ToggleInspector
            | Self::ToggleAnalysis
            | Self::ToggleLegend
            | Self::RenameCandidate
            | Self::DeleteCandidate
            | Self::MoveCandidateLeft
            | Self::MoveCandidateRight => return None,
        };
        Some(KeyboardShortcut::new(modifiers, key))
    }

    /// Shortcuts beyond the main one (Ctrl+Y for redo, Backspace for delete).
    fn extra_shortcuts(self) -> &'static [KeyboardShortcut] {
        const REDO: [KeyboardShortcut; 1] = [KeyboardShortcut::new(Modifiers::COMMAND, Key::Y)];
        const DELETE: [KeyboardShortcut; 1] =
            [KeyboardShortcut::new(Modifiers::NONE, Key::Backspace)];
        const ZOOM_IN: [KeyboardShortcut; 1] =
            [KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals)];
        const LARGER: [KeyboardShortcut; 1] = [KeyboardShortcut::new(Modifiers::NONE, Key::Equals)];
        // Presentation clickers send Page Down and Page Up.
        const NEXT: [KeyboardShortcut; 1] = [KeyboardShortcut::new(Modifiers::NONE, Key::PageDown)];
        const PREVIOUS: [KeyboardShortcut; 1] =
            [KeyboardShortcut::new(Modifiers::NONE, Key::PageUp)];
        match self {
            Self::Redo => &REDO,
            Self::Delete => &DELETE,
            Self::ZoomIn => &ZOOM_IN,
            Self::LargerText => &LARGER,
            Self::NextCandidate => &NEXT,
            Self::PreviousCandidate => &PREVIOUS,
            _ => &[],
        }
    }

    /// Where the command's shortcut works: presentation keys (arrows, Esc,
    /// plus and minus) only while presenting, where editing keys do nothing.
    pub fn works_in(self, mode: Mode) -> bool {
        let presenting = matches!(
            self,
            Self::Present
                | Self::LeavePresentation
                | Self::NextCandidate
                | Self::PreviousCandidate
                | Self::LargerText
                | Self::SmallerText
                | Self::ZoomToFit
        );
        let editing = !matches!(
            self,
            Self::LeavePresentation
                | Self::NextCandidate
                | Self::PreviousCandidate
                | Self::LargerText
                | Self::SmallerText
        );
        match mode {
            Mode::Editing => editing,
            Mode::Presenting => presenting,
        }
    }

    /// Whether a focused text field should get the key instead (typing
    /// "Delete" in the search box must not delete nodes).
    fn yields_to_text(self) -> bool {
        matches!(
            self,
            Self::Undo
                | Self::Redo
                | Self::Delete
                | Self::Duplicate
                | Self::Rename
                | Self::SelectAll
                | Self::ZoomIn
                | Self::ZoomOut
                | Self::Copy
                | Self::Paste
        )
    }

    /// Every shortcut of this command.
    pub fn shortcuts(self) -> impl Iterator<Item = KeyboardShortcut> {
        self.shortcut()
            .into_iter()
            .chain(self.extra_shortcuts().iter().copied())
    }

    /// The commands whose shortcuts were pressed this frame in `mode`,
    /// consumed from the input so that no widget acts on them too. The
    /// system's copy and paste (which arrive as events, not keys, in the
    /// native window) count as Ctrl+C and Ctrl+V.
    pub fn pressed(ctx: &egui::Context, mode: Mode) -> Vec<Self> {
        let typing = ctx.egui_wants_keyboard_input();
        let mut order: Vec<(Self, KeyboardShortcut)> = Self::ALL
            .into_iter()
            .filter(|c| c.works_in(mode) && !(typing && c.yields_to_text()))
            .flat_map(|c| c.shortcuts().map(move |s| (c, s)))
            .collect();
        // Ctrl+Shift+S must be tried before Ctrl+S, which would also match it.
        order.sort_by_key(|(_, s)| std::cmp::Reverse(modifier_count(s.modifiers)));
        let mut pressed = Vec::new();
        ctx.input_mut(|input| {
            for (command, shortcut) in order {
                if input.consume_shortcut(&shortcut) && !pressed.contains(&command) {
                    pressed.push(command);
                }
            }
        });
        if mode == Mode::Editing && !typing {
            for command in clipboard_events(ctx) {
                if !pressed.contains(&command) {
                    pressed.push(command);
                }
            }
        }
        pressed
    }

    /// A menu button for this command, with its shortcut and tooltip.
    pub fn menu_button(self, ui: &mut egui::Ui, enabled: bool) -> bool {
        let mut button = egui::Button::new(self.label());
        if let Some(shortcut) = self.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        ui.add_enabled(enabled, button)
            .on_hover_text(self.tooltip())
            .clicked()
    }

    /// A checkable menu entry for an on/off command.
    pub fn menu_toggle(self, ui: &mut egui::Ui, on: bool) -> bool {
        let mut checked = on;
        ui.checkbox(&mut checked, self.label())
            .on_hover_text(self.tooltip())
            .changed()
    }
}

/// The native window turns Ctrl+C and Ctrl+V into copy and paste events
/// (and sends paste only when the system clipboard holds text).
fn clipboard_events(ctx: &egui::Context) -> Vec<Command> {
    ctx.input(|i| {
        i.events
            .iter()
            .filter_map(|e| match e {
                egui::Event::Copy => Some(Command::Copy),
                egui::Event::Paste(_) => Some(Command::Paste),
                _ => None,
            })
            .collect()
    })
}

fn modifier_count(m: Modifiers) -> u8 {
    u8::from(m.ctrl || m.command) + u8::from(m.shift) + u8::from(m.alt)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_are_unique() {
        let mut seen = Vec::new();
        for command in Command::ALL {
            for shortcut in command.shortcuts() {
                assert!(
                    !seen.contains(&shortcut),
                    "{shortcut:?} is bound twice ({command:?})"
                );
                seen.push(shortcut);
            }
        }
    }

    #[test]
    fn presentation_keys_do_nothing_while_editing() {
        for command in [Command::NextCandidate, Command::LeavePresentation] {
            assert!(command.works_in(Mode::Presenting));
            assert!(!command.works_in(Mode::Editing));
        }
        assert!(Command::Present.works_in(Mode::Editing));
        assert!(!Command::Delete.works_in(Mode::Presenting));
    }

    #[test]
    fn every_command_has_words() {
        for command in Command::ALL {
            assert!(!command.label().is_empty());
            assert!(!command.tooltip().is_empty());
        }
    }
}
