//! The application shell: owns the state and lays out the panels. Panels
//! read the document and push actions; `app_actions.rs` applies them after
//! drawing, document changes through the history.

use std::path::PathBuf;

use super::actions::Action;
use super::autosave::Autosave;
use super::canvas::{self, CanvasInput, CanvasState, Selection};
use super::catalog_panel::{self, CatalogBrowser};
use super::commands::Command;
use super::dialogs::{self, Intent, Notices};
use super::document::Document;
use super::fields::Fields;
use super::files::FileDialogs;
use super::inspector::{self, InspectorInput};
use super::screenshot::{Screenshot, ScreenshotOutcome};
use super::settings::{Settings, ThemeChoice};
use super::{menu, pattern_page, theme};
use crate::catalog::Catalog;
use crate::design::{CandidateId, Finding};
use crate::workspace::Workspace;

/// How the app was started.
#[derive(Debug, Clone, Default)]
pub struct AppOptions {
    /// `--catalog` folders.
    pub catalog_dirs: Vec<PathBuf>,
    /// Leave out the per-user pattern folder.
    pub no_user_catalog: bool,
    /// Where autosaves of never-saved work go (`None`: not autosaved).
    pub data_dir: Option<PathBuf>,
    /// Try the system's file dialogs (off in tests: the in-app prompt only).
    pub native_dialogs: bool,
    /// A workspace to open at start.
    pub open: Option<PathBuf>,
    /// How long unsaved work waits before it is autosaved (`None`: 30 s).
    pub autosave_after: Option<std::time::Duration>,
    /// Write a PNG of the first complete frame here, then quit.
    pub screenshot: Option<PathBuf>,
    /// Filled in when the screenshot was written (or failed).
    pub screenshot_outcome: ScreenshotOutcome,
}

/// Findings of the shown candidate, recomputed when the document changes.
#[derive(Default)]
pub(super) struct FindingsCache {
    key: Option<(u64, u64, CandidateId)>,
    pub(super) findings: Vec<Finding>,
}

/// Everything the window shows between frames.
pub struct PlinthApp {
    pub(super) options: AppOptions,
    pub(super) catalog: Catalog,
    pub(super) doc: Document,
    /// Counts opened documents, to key caches and the autosave.
    pub(super) doc_serial: u64,
    pub(super) canvas: CanvasState,
    pub(super) browser: CatalogBrowser,
    pub(super) fields: Fields,
    pub(super) settings: Settings,
    pub(super) notices: Notices,
    pub(super) files: FileDialogs,
    pub(super) autosave: Autosave,
    pub(super) findings: FindingsCache,
    /// A question waiting for "save changes first?".
    pub(super) confirming: Option<Intent>,
    /// What to do once a Save As (asked by that question) succeeded.
    pub(super) after_save: Option<Intent>,
    /// Autosaved work offered back, and whose it is.
    pub(super) recovery: Option<(Workspace, Option<PathBuf>)>,
    pub(super) close_confirmed: bool,
    pub(super) screenshot: Option<Screenshot>,
    pub(super) pending: Vec<Action>,
    /// Commands held back one frame so that the text field being edited
    /// commits first (they run after that frame's panels).
    pub(super) deferred: Vec<Action>,
    applied_title: String,
    applied_theme: Option<ThemeChoice>,
}

impl PlinthApp {
    /// A window with `settings` restored; opens `options.open` if given,
    /// and offers recovery of autosaved work.
    pub fn new(options: AppOptions, settings: Settings) -> Self {
        let screenshot = options
            .screenshot
            .clone()
            .map(|path| Screenshot::new(path, options.screenshot_outcome.clone()));
        let close_confirmed = screenshot.is_some();
        let mut app = Self {
            catalog: Catalog::default(),
            doc: Document::empty(),
            doc_serial: 0,
            canvas: CanvasState::default(),
            browser: CatalogBrowser::default(),
            fields: Fields::default(),
            notices: Notices::default(),
            files: FileDialogs::new(options.native_dialogs),
            autosave: Autosave::new(
                options.data_dir.clone(),
                options
                    .autosave_after
                    .unwrap_or(super::autosave::AUTOSAVE_AFTER),
            ),
            findings: FindingsCache::default(),
            confirming: None,
            after_save: None,
            recovery: None,
            close_confirmed,
            screenshot,
            pending: Vec::new(),
            deferred: Vec::new(),
            applied_title: String::new(),
            applied_theme: None,
            settings,
            options,
        };
        app.reload_catalog();
        match app.options.open.clone() {
            Some(path) => app.open_now(&path),
            None => app.offer_recovery(None),
        }
        if app.screenshot.is_some() {
            app.recovery = None;
        }
        app
    }

    pub fn document(&self) -> &Document {
        &self.doc
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn selection(&self) -> &Selection {
        &self.canvas.selection
    }

    pub fn canvas(&self) -> &CanvasState {
        &self.canvas
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn notices(&self) -> &Notices {
        &self.notices
    }

    /// The pattern whose page is open.
    pub fn open_pattern(&self) -> Option<&str> {
        self.settings.open_pattern.as_deref()
    }

    /// Queues an action as if a panel had pushed it.
    pub fn push(&mut self, action: Action) {
        self.pending.push(action);
    }

    /// Draws one frame into `ui` (the whole window) and applies what the
    /// user asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.apply_theme(&ctx);
        let deferred = std::mem::take(&mut self.deferred);
        let mut actions = std::mem::take(&mut self.pending);
        actions.extend(Command::pressed(&ctx).into_iter().map(Action::Command));
        actions.extend(self.dropped_files(&ctx));
        if let Some(action) = self.files.poll() {
            actions.push(action);
        }
        self.layout_ui(ui, &mut actions);
        self.overlays_ui(&ctx, &mut actions);
        actions.extend(deferred);
        if !actions.is_empty() {
            // What the actions changed is drawn in the next frame.
            ctx.request_repaint();
        }
        for action in actions {
            self.apply(&ctx, action);
        }
        if !self.files.is_open() {
            // A Save As asked by "save changes first?" was cancelled.
            self.after_save = None;
        }
        self.handle_close_request(&ctx);
        self.tick_autosave(&ctx);
        self.update_title(&ctx);
        if let Some(shot) = self.screenshot.as_mut() {
            shot.tick(&ctx);
        }
    }

    fn layout_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        egui::Panel::top("menu").show(ui, |ui| menu::menu_bar_ui(ui, self, actions));
        if !self.notices.is_empty() {
            egui::Panel::bottom("notices")
                .resizable(true)
                .show(ui, |ui| self.notices.notices_ui(ui));
        }
        if self.settings.show_catalog {
            egui::Panel::left("catalog")
                .default_size(theme::CATALOG_PANEL_WIDTH)
                .min_size(220.0)
                .resizable(true)
                .show(ui, |ui| {
                    let open = self.settings.open_pattern.as_deref();
                    catalog_panel::catalog_panel_ui(
                        ui,
                        &self.catalog,
                        &mut self.browser,
                        open,
                        actions,
                    );
                });
        }
        self.refresh_findings();
        if self.settings.show_inspector {
            egui::Panel::right("inspector")
                .default_size(theme::INSPECTOR_PANEL_WIDTH)
                .min_size(200.0)
                .resizable(true)
                .show(ui, |ui| self.inspector_ui(ui, actions));
        }
        let frame = egui::Frame::central_panel(ui.style()).inner_margin(0);
        egui::CentralPanel::default()
            .frame(frame)
            .show(ui, |ui| self.centre_ui(ui, actions));
    }

    fn inspector_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let Some(candidate) = self.doc.current() else {
            ui.weak("No candidate.");
            return;
        };
        let input = InspectorInput {
            candidate,
            selection: &self.canvas.selection,
            catalog: &self.catalog,
            findings: &self.findings.findings,
            next_id: self.doc.workspace().fresh_id(),
        };
        inspector::inspector_ui(ui, &input, &mut self.fields, actions);
    }

    fn centre_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        menu::candidate_tabs_ui(ui, &self.doc, actions);
        let Some(candidate) = self.doc.current() else {
            ui.centered_and_justified(|ui| {
                if ui.button("Add a candidate design").clicked() {
                    actions.push(Action::AddCandidate);
                }
            });
            return;
        };
        let input = CanvasInput {
            candidate,
            catalog: &self.catalog,
            findings: &self.findings.findings,
            snap: self.settings.snap_to_grid,
            next_id: self.doc.workspace().fresh_id(),
        };
        canvas::canvas_ui(ui, &input, &mut self.canvas, actions);
    }

    fn overlays_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        if let Some(id) = self.settings.open_pattern.clone() {
            pattern_page::pattern_window_ui(ctx, &self.catalog, &id, actions);
        }
        if let Some(action) = self.files.prompt_ui(ctx) {
            actions.push(action);
        }
        if let Some(intent) = self.confirming.clone()
            && let Some(answer) = dialogs::confirm_ui(ctx, &self.doc.display_name(), &intent)
        {
            self.confirming = None;
            self.answer(ctx, intent, answer);
        }
        if let Some((_, path)) = &self.recovery {
            let what = path.as_ref().map_or_else(
                || "an untitled workspace".to_owned(),
                |p| p.display().to_string(),
            );
            dialogs::recovery_ui(ctx, &what, actions);
        }
    }

    fn refresh_findings(&mut self) {
        let Some(candidate) = self.doc.current() else {
            self.findings.findings.clear();
            return;
        };
        let key = (self.doc_serial, self.doc.history().revision(), candidate.id);
        if self.findings.key != Some(key) {
            self.findings.key = Some(key);
            self.findings.findings =
                super::review_findings(candidate, &self.catalog, &self.doc.workspace().context);
        }
    }

    fn apply_theme(&mut self, ctx: &egui::Context) {
        if self.applied_theme != Some(self.settings.theme) {
            self.applied_theme = Some(self.settings.theme);
            ctx.set_theme(self.settings.theme.preference());
            theme::apply_style(ctx);
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.doc.title();
        if title != self.applied_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.applied_title = title;
        }
    }

    fn tick_autosave(&mut self, ctx: &egui::Context) {
        let key = (self.doc_serial, self.doc.history().revision());
        let problem = self.autosave.tick(
            ctx,
            key,
            self.doc.is_dirty(),
            self.doc.path(),
            self.doc.workspace(),
        );
        if let Some(problem) = problem {
            self.notices.error(format!("Autosave failed: {problem}"));
        }
    }

    fn dropped_files(&self, ctx: &egui::Context) -> Vec<Action> {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        dropped
            .into_iter()
            .map(|f| f.path().to_path_buf())
            .filter(|p| !p.as_os_str().is_empty())
            .map(|path| {
                let is_mermaid = path
                    .extension()
                    .is_some_and(|e| e == "mmd" || e == "mermaid");
                if is_mermaid {
                    Action::ImportMermaid(path)
                } else {
                    Action::Open(path)
                }
            })
            .collect()
    }
}

impl eframe::App for PlinthApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.screenshot.is_none() {
            self.remember_view();
            eframe::set_value(storage, eframe::APP_KEY, &self.settings);
        }
    }

    fn persist_egui_memory(&self) -> bool {
        self.screenshot.is_none()
    }
}
