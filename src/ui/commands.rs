//! The one list of user commands (rerun's `UICommand`): each has a label, a
//! tooltip, its shortcuts, the mode its keys work in, what it does while a
//! text field is being edited and what it needs to be enabled, all in one
//! table (`commands/table.rs`). Menus, keyboard handling and the UI tests
//! all read it, so a shortcut shown in a menu is the one that works and a
//! greyed-out entry is greyed out everywhere.

mod table;

use egui::{KeyboardShortcut, Modifiers};

/// Declares the commands and [`Command::ALL`] from one list of variants, so
/// the list cannot miss a command.
macro_rules! commands {
    ($($variant:ident,)*) => {
        /// Something the user can ask for from a menu or a key.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
        pub enum Command {
            $($variant,)*
        }

        impl Command {
            /// Every command, in menu order.
            pub const ALL: &[Self] = &[$(Self::$variant,)*];
        }
    };
}

commands! {
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
    Arrange,
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
    ExportPicture,
    ExportReport,
    Present,
    LeavePresentation,
    NextCandidate,
    PreviousCandidate,
    LargerText,
    SmallerText,
    AllFindings,
    Quit,
}

/// Where a command's shortcut works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Editing,
    Presenting,
}

/// The modes a command's keys work in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modes {
    Editing,
    Presenting,
    Both,
}

/// What a command does while a text field has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typing {
    /// Runs as usual (toggling a panel does not touch the text).
    Acts,
    /// The text field gets the key instead (Delete in the search box must
    /// not delete nodes).
    YieldsToText,
    /// Leaves the document (save, open, present): the text field commits
    /// first, then the command runs a frame later.
    CommitsTextFirst,
}

/// Undo or redo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Undo,
    Redo,
}

/// Towards the first or the last candidate tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

/// What a command needs to be enabled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    Nothing,
    /// A step to undo or to redo.
    History(Step),
    /// At least one selected node.
    NodeSelection,
    /// At least one selected node, connection or group.
    AnySelection,
    /// Exactly one selected node.
    OneNode,
    /// Copied nodes to paste.
    Clipboard,
    /// A candidate on the canvas.
    Candidate,
    /// A candidate with a neighbour on that side.
    Neighbour(Side),
}

/// A command's row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    /// The menu text (sentence case, `…` when a dialog follows).
    pub label: &'static str,
    /// One line on what the command does.
    pub tooltip: &'static str,
    /// The shortcuts; the first is shown in menus.
    pub keys: &'static [KeyboardShortcut],
    pub modes: Modes,
    pub typing: Typing,
    pub needs: Needs,
}

/// What enablement depends on, gathered once per frame.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CommandState {
    pub can_undo: bool,
    pub can_redo: bool,
    /// How many nodes are selected.
    pub selected_nodes: usize,
    /// Whether anything (node, connection, group) is selected.
    pub anything_selected: bool,
    pub can_paste: bool,
    /// The candidate the commands act on: its tab index and the number of
    /// candidates.
    pub candidate: Option<(usize, usize)>,
}

impl CommandState {
    /// The same state, the commands acting on the candidate at `index`.
    #[must_use]
    pub fn for_candidate(self, index: usize, count: usize) -> Self {
        Self {
            candidate: Some((index, count)),
            ..self
        }
    }
}

impl Command {
    /// The menu text (sentence case, `…` when a dialog follows).
    pub fn label(self) -> &'static str {
        self.spec().label
    }

    /// One line on what the command does.
    pub fn tooltip(self) -> &'static str {
        self.spec().tooltip
    }

    /// The main shortcut, shown in menus.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        self.spec().keys.first().copied()
    }

    /// Whether the command can run in `state`: the one place that says so,
    /// for menus, tab menus and buttons alike.
    pub fn enabled(self, state: &CommandState) -> bool {
        match self.spec().needs {
            Needs::Nothing => true,
            Needs::History(Step::Undo) => state.can_undo,
            Needs::History(Step::Redo) => state.can_redo,
            Needs::NodeSelection => state.selected_nodes > 0,
            Needs::AnySelection => state.anything_selected,
            Needs::OneNode => state.selected_nodes == 1,
            Needs::Clipboard => state.can_paste,
            Needs::Candidate => state.candidate.is_some(),
            Needs::Neighbour(Side::Left) => state.candidate.is_some_and(|(i, _)| i > 0),
            Needs::Neighbour(Side::Right) => state.candidate.is_some_and(|(i, n)| i + 1 < n),
        }
    }

    /// Where the command's shortcut works: presentation keys (arrows, Esc,
    /// plus and minus) only while presenting, where editing keys do nothing.
    pub fn works_in(self, mode: Mode) -> bool {
        matches!(
            (self.spec().modes, mode),
            (Modes::Both, _)
                | (Modes::Editing, Mode::Editing)
                | (Modes::Presenting, Mode::Presenting)
        )
    }

    /// What the command does while a text field has the keyboard.
    pub fn typing(self) -> Typing {
        self.spec().typing
    }

    /// Every shortcut of this command.
    pub fn shortcuts(self) -> impl Iterator<Item = KeyboardShortcut> {
        self.spec().keys.iter().copied()
    }

    /// The commands whose shortcuts were pressed this frame in `mode`,
    /// consumed from the input so that no widget acts on them too. The
    /// system's copy and paste (which arrive as events, not keys, in the
    /// native window) count as Ctrl+C and Ctrl+V.
    pub fn pressed(ctx: &egui::Context, mode: Mode) -> Vec<Self> {
        let typing = ctx.egui_wants_keyboard_input();
        let mut order: Vec<(Self, KeyboardShortcut)> = Self::ALL
            .iter()
            .copied()
            .filter(|c| c.works_in(mode) && !(typing && c.typing() == Typing::YieldsToText))
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

    /// A menu button for this command, with its shortcut and tooltip,
    /// greyed out when `state` does not allow it.
    pub fn menu_button(self, ui: &mut egui::Ui, state: &CommandState) -> bool {
        let enabled = self.enabled(state);
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
        for &command in Command::ALL {
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
    fn the_list_holds_every_command_once() {
        for (i, a) in Command::ALL.iter().enumerate() {
            assert!(!Command::ALL[..i].contains(a), "{a:?} is listed twice");
        }
    }

    #[test]
    fn enablement_follows_the_table_row_by_row() {
        let nothing = CommandState::default();
        let first_of_two = nothing.for_candidate(0, 2);
        assert!(Command::New.enabled(&nothing));
        assert!(!Command::Undo.enabled(&nothing));
        assert!(Command::Undo.enabled(&CommandState {
            can_undo: true,
            ..nothing
        }));
        assert!(!Command::Rename.enabled(&CommandState {
            selected_nodes: 2,
            anything_selected: true,
            ..nothing
        }));
        assert!(!Command::Delete.enabled(&nothing));
        assert!(!Command::ExportMermaid.enabled(&nothing));
        assert!(Command::ExportMermaid.enabled(&first_of_two));
        assert!(!Command::MoveCandidateLeft.enabled(&first_of_two));
        assert!(Command::MoveCandidateRight.enabled(&first_of_two));
        assert!(!Command::MoveCandidateRight.enabled(&nothing.for_candidate(1, 2)));
    }

    #[test]
    fn keys_that_edit_text_yield_to_a_text_field() {
        for command in [
            Command::Delete,
            Command::Undo,
            Command::Copy,
            Command::Paste,
        ] {
            assert_eq!(command.typing(), Typing::YieldsToText);
        }
        for command in [Command::Save, Command::Open, Command::Present] {
            assert_eq!(command.typing(), Typing::CommitsTextFirst);
        }
    }

    #[test]
    fn every_command_has_words() {
        for &command in Command::ALL {
            assert!(!command.label().is_empty());
            assert!(!command.tooltip().is_empty());
        }
    }
}
