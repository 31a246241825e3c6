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
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Self; 20] = [
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
            Self::ToggleInspector => "Show or hide the inspector on the right",
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
            Self::AddCatalogFolder
            | Self::ImportMermaid
            | Self::ToggleSnap
            | Self::ToggleCatalog
            | Self::ToggleInspector => return None,
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
        match self {
            Self::Redo => &REDO,
            Self::Delete => &DELETE,
            Self::ZoomIn => &ZOOM_IN,
            _ => &[],
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
        )
    }

    /// Every shortcut of this command.
    pub fn shortcuts(self) -> impl Iterator<Item = KeyboardShortcut> {
        self.shortcut()
            .into_iter()
            .chain(self.extra_shortcuts().iter().copied())
    }

    /// The commands whose shortcuts were pressed this frame, consumed from
    /// the input so that no widget acts on them too.
    pub fn pressed(ctx: &egui::Context) -> Vec<Self> {
        let typing = ctx.egui_wants_keyboard_input();
        let mut order: Vec<(Self, KeyboardShortcut)> = Self::ALL
            .into_iter()
            .filter(|c| !(typing && c.yields_to_text()))
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
    fn every_command_has_words() {
        for command in Command::ALL {
            assert!(!command.label().is_empty());
            assert!(!command.tooltip().is_empty());
        }
    }
}
