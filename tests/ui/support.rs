//! Building the app in a harness, and small helpers shared by the tests.

use std::path::Path;

use egui::{Pos2, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use plinth::design::{Candidate, Node, Point};
use plinth::ui::{Action, AppOptions, PlinthApp, Settings};

pub type App = Harness<'static, PlinthApp>;

/// Options for a test: no user catalog, no native dialogs, autosaves in `dir`.
pub fn options(dir: &Path) -> AppOptions {
    AppOptions {
        no_user_catalog: true,
        data_dir: Some(dir.join("data")),
        native_dialogs: false,
        ..AppOptions::default()
    }
}

/// The real app in a 1280x800 harness: `PlinthApp::show` is the whole of
/// its `eframe::App::ui`. (egui_kittest's `eframe` feature would pull winit
/// and Wayland into every test build, including the CLI-only ones.)
pub fn harness_with(options: AppOptions) -> App {
    harness_sized(options, Settings::default(), egui::vec2(1280.0, 800.0))
}

/// The real app with `settings` restored, in a harness of `size` points.
pub fn harness_sized(options: AppOptions, settings: Settings, size: egui::Vec2) -> App {
    // Short steps, so that two clicks make a double click (egui wants them
    // within 0.3 s; the default step is 0.25 s).
    let mut harness = Harness::builder()
        .with_size(size)
        .with_step_dt(0.04)
        .with_max_steps(24)
        .build_ui_state(
            |ui, app: &mut PlinthApp| app.show(ui),
            PlinthApp::new(options, settings),
        );
    harness.run();
    harness
}

pub fn harness(dir: &Path) -> App {
    harness_with(options(dir))
}

/// The app with a built-in example open.
pub fn with_example(dir: &Path, name: &'static str) -> App {
    let mut harness = harness(dir);
    harness.state_mut().push(Action::OpenExample(name));
    harness.run();
    harness
}

pub fn candidate(harness: &App) -> &Candidate {
    harness
        .state()
        .document()
        .current()
        .expect("a candidate is shown")
}

pub fn node_named<'a>(harness: &'a App, label: &str) -> &'a Node {
    candidate(harness)
        .nodes()
        .find(|n| n.label == label)
        .unwrap_or_else(|| panic!("no node called {label}"))
}

/// The canvas node with this label (the catalog on the left may show a
/// button of the same name).
pub fn canvas_node<'h>(harness: &'h App, label: &'h str) -> egui_kittest::Node<'h> {
    harness
        .get_all_by_role_and_label(egui::Role::Button, label)
        .find(|n| n.rect().min.x > 300.0)
        .unwrap_or_else(|| panic!("node {label} is not on the canvas"))
}

/// The on-screen rectangle of the canvas node with this label.
pub fn node_rect(harness: &App, label: &str) -> Rect {
    canvas_node(harness, label).rect()
}

/// Canvas point under a screen position.
pub fn canvas_of(harness: &App, p: Pos2) -> Point {
    harness
        .state()
        .canvas()
        .transform()
        .expect("the canvas was drawn")
        .to_canvas(p)
}

/// Presses, moves in steps and releases the primary button.
pub fn drag(harness: &mut App, from: Pos2, to: Pos2) {
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for i in 1..=4 {
        let t = i as f32 / 4.0;
        harness.hover_at(from + (to - from) * t);
        harness.run();
    }
    harness.drop_at(to);
    harness.run();
}

/// Presses a key with the command modifier (Ctrl here).
pub fn ctrl(harness: &mut App, key: egui::Key) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, key);
    harness.run();
}

pub fn ctrl_shift(harness: &mut App, key: egui::Key) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, key);
    harness.run();
}

/// Clicks the candidate tab called `name` (not a node or a comparison
/// column of the same name: tabs sit above the canvas).
pub fn click_tab(harness: &mut App, name: &str) {
    let top = harness
        .state()
        .canvas()
        .area()
        .map_or(f32::MAX, |a| a.min.y);
    harness
        .get_all_by_label(name)
        .find(|n| n.rect().max.y <= top)
        .unwrap_or_else(|| panic!("no tab called {name}"))
        .click();
    harness.run();
}

/// Types `path` into the in-app path prompt and confirms.
pub fn answer_prompt(h: &mut App, path: &Path) {
    let field = h.get_by_label("Path");
    assert!(field.is_focused(), "the prompt focuses its path field");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_label("Path")
        .type_text(&path.display().to_string());
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
}

/// Clicks `entry` in the menu bar's menu called `menu`.
pub fn menu(h: &mut App, menu: &str, entry: &str) {
    h.get_by_label(menu).click();
    h.run();
    h.get_by_label(entry).click();
    h.run();
}

/// The texts of the messages the window lists.
pub fn notice_texts(h: &App) -> Vec<String> {
    h.state()
        .notices()
        .list()
        .iter()
        .map(|n| n.text.clone())
        .collect()
}

/// The window still works after whatever `what` did: "Dismiss all" clears
/// the messages, a click and Delete remove a node of the checkout example,
/// and Ctrl+Z brings back the same workspace.
pub fn still_works(h: &mut App, what: &str) {
    if !h.state().notices().is_empty() {
        h.get_by_label("Dismiss all").click();
        h.run();
    }
    assert!(h.state().notices().is_empty(), "{what}: messages stay");
    let before = h.state().document().workspace().clone();
    let nodes = candidate(h).node_count();
    canvas_node(h, "Payment service").click();
    h.run();
    h.key_press(egui::Key::Delete);
    h.run();
    assert_eq!(
        candidate(h).node_count(),
        nodes - 1,
        "{what}: a click and Delete no longer remove a node"
    );
    ctrl(h, egui::Key::Z);
    assert_eq!(
        *h.state().document().workspace(),
        before,
        "{what}: undo no longer restores the node"
    );
}

/// Replaces the text of the field called `label` and leaves it (Tab).
pub fn set_field(h: &mut App, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
    h.key_press(egui::Key::Tab);
    h.run();
}
