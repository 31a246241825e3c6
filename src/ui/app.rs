//! The application shell: owns the state and runs a frame. `app_layout.rs`
//! lays out the panels (or the presentation); panels read the document and
//! push actions; `app_actions.rs` applies them after drawing, document
//! changes through the history. Derived data (scores, findings) is cached by
//! revision in `derived`.

use std::path::PathBuf;

use super::actions::Action;
use super::autosave::Autosave;
use super::candidate_tabs::TabsState;
use super::canvas::{CanvasState, Selection};
use super::catalog_panel::CatalogBrowser;
use super::commands::{Command, CommandState, Mode};
use super::comparison::ComparisonState;
use super::context_panel::ContextDraft;
use super::dialogs::Notices;
use super::export_dialog::ExportDialog;
use super::fields::Fields;
use super::files::FileDialogs;
use super::present::Presentation;
use super::screenshot::{Screenshot, ScreenshotOutcome};
use super::settings::{Settings, ThemeChoice};
use super::theme;
use crate::catalog::Catalog;
use crate::design::Finding;
use crate::scoring::Ranking;
use crate::session::prefetch::Prefetch;
use crate::session::{Document, Flow, Intent, Request, Session};

/// How the app was started.
#[derive(Debug, Clone, Default)]
pub struct AppOptions {
    /// `--catalog` folders.
    pub catalog_dirs: Vec<PathBuf>,
    /// Leave out the per-user pattern folder.
    pub no_user_catalog: bool,
    /// `--allow-unrated`: an unrated pattern may replace a rated built-in.
    pub allow_unrated: bool,
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
    /// Start in presentation mode.
    pub present: bool,
}

use super::finding_focus::FindingKey;

/// Everything the window shows between frames.
pub struct PlinthApp {
    pub(super) options: AppOptions,
    pub(super) catalog: Catalog,
    /// The document and the file flow (egui-free, `crate::session`).
    pub(super) session: Session,
    pub(super) canvas: CanvasState,
    pub(super) browser: CatalogBrowser,
    pub(super) fields: Fields,
    pub(super) settings: Settings,
    pub(super) notices: Notices,
    pub(super) files: FileDialogs,
    pub(super) autosave: Autosave,
    /// Counts catalog loads, to key derived data.
    pub(super) catalog_serial: u64,
    pub(super) tabs: TabsState,
    pub(super) context_draft: ContextDraft,
    pub(super) comparison: ComparisonState,
    pub(super) finding: Option<FindingKey>,
    pub(super) export: ExportDialog,
    /// Set while presenting: the editing view to go back to.
    pub(super) presenting: Option<Presentation>,
    pub(super) screenshot: Option<Screenshot>,
    pub(super) pending: Vec<Action>,
    /// Window effects asked for before there was a frame to carry them out.
    pub(super) later: Vec<crate::session::Effect>,
    /// Commands held back one frame so that the text field being edited
    /// commits first (they run after that frame's panels).
    pub(super) deferred: Vec<Action>,
    applied_title: String,
    applied_theme: Option<(ThemeChoice, bool)>,
    applied_zoom: Option<f32>,
    fonts_installed: bool,
}

impl PlinthApp {
    /// A window with `settings` restored; opens `options.open` if given,
    /// and offers recovery of autosaved work.
    pub fn new(options: AppOptions, settings: Settings) -> Self {
        Self::with_prefetch(options, settings, None)
    }

    /// [`PlinthApp::new`], taking the file `options.open` names from
    /// `prefetch` when it was read ahead and has not changed since.
    pub fn with_prefetch(
        options: AppOptions,
        settings: Settings,
        prefetch: Option<Prefetch>,
    ) -> Self {
        let screenshot = options
            .screenshot
            .clone()
            .map(|path| Screenshot::new(path, options.screenshot_outcome.clone()));
        let mut app = Self {
            catalog: Catalog::default(),
            session: Session::default(),
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
            catalog_serial: 0,
            tabs: TabsState::default(),
            context_draft: ContextDraft::default(),
            comparison: ComparisonState::default(),
            finding: None,
            export: ExportDialog::default(),
            presenting: None,
            screenshot,
            pending: Vec::new(),
            later: Vec::new(),
            deferred: Vec::new(),
            applied_title: String::new(),
            applied_theme: None,
            applied_zoom: None,
            fonts_installed: false,
            settings,
            options,
        };
        app.catalog_home().reload();
        if let Some(prefetch) = prefetch {
            app.session.expect_open(prefetch);
        }
        match app.options.open.clone() {
            Some(path) if is_flowchart(&path) => {
                app.request(None, Request::Leave(Intent::Import(path)));
            }
            Some(path) => app.request(None, Request::Leave(Intent::Open(path))),
            None => {
                let files = super::app_files::recovery_at_start(&app.autosave, &app.settings);
                super::app_files::offer_recovery(files, &mut app.session, &mut app.notices);
            }
        }
        if app.screenshot.is_some() {
            // No question may stop a screenshot run (nor its closing).
            app.session.close_without_asking();
        }
        if app.options.present {
            app.presenting = Some(Presentation::start(
                &mut app.canvas,
                app.session.document().current_id(),
            ));
            app.session.start_presenting();
        }
        app
    }

    pub fn document(&self) -> &Document {
        self.session.document()
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

    /// Every candidate ranked, as `evaluate` ranks them (cached by revision).
    pub fn ranking(&self) -> &Ranking {
        self.session.derived().ranking()
    }

    /// The review findings of the candidate on the canvas.
    pub fn findings(&self) -> &[Finding] {
        self.session
            .document()
            .current_id()
            .map_or(&[], |id| self.session.derived().findings(id))
    }

    /// Whether Ctrl+V has nodes to paste.
    pub fn can_paste(&self) -> bool {
        self.session.can_paste()
    }

    /// What decides which commands are enabled, for this frame.
    pub fn command_state(&self) -> CommandState {
        let history = self.session.document().history();
        let selection = &self.canvas.selection;
        let list = self.session.document().workspace().candidates();
        let index = self
            .session
            .document()
            .current_id()
            .and_then(|id| list.iter().position(|c| c.id == id));
        CommandState {
            can_undo: history.can_undo(),
            can_redo: history.can_redo(),
            selected_nodes: selection.nodes.len(),
            anything_selected: !selection.is_empty(),
            can_paste: self.can_paste(),
            candidate: index.map(|i| (i, list.len())),
        }
    }

    /// Whether the window is in presentation mode.
    pub fn is_presenting(&self) -> bool {
        self.presenting.is_some()
    }

    /// Where the presentation stands (`None` when not presenting).
    pub fn presentation_status(&self) -> Option<super::present::PresentStatus> {
        let presentation = self.presenting.as_ref()?;
        let state = self.session.presenting()?;
        let stops = presentation.walk.len();
        Some(super::present::PresentStatus {
            stop: state.stop_of(stops),
            stops,
            focus: state.focus,
            laser: presentation.laser.is_visible(),
            all_findings: presentation.all_findings,
        })
    }

    /// Whether autosaved work is being offered back (after a crash).
    pub fn offers_recovery(&self) -> bool {
        matches!(self.session.flow(), Flow::Recovery { .. })
    }

    /// Whether the window is closing (after Quit or the close button,
    /// unsaved work dealt with).
    pub fn is_closing(&self) -> bool {
        matches!(self.session.flow(), Flow::Closing)
    }

    /// Whether the export dialog is open.
    pub fn is_exporting(&self) -> bool {
        self.export.is_open()
    }

    /// How long the last re-evaluation of the scores took.
    pub fn evaluation_time(&self) -> std::time::Duration {
        self.session.derived().evaluation_time()
    }

    /// The catalog and what loading it reads and changes.
    pub(super) fn catalog_home(&mut self) -> super::app_files::CatalogHome<'_> {
        super::app_files::CatalogHome {
            options: &self.options,
            settings: &mut self.settings,
            notices: &mut self.notices,
            catalog: &mut self.catalog,
            serial: &mut self.catalog_serial,
        }
    }

    /// Re-evaluates the scores if the document or the catalog changed.
    pub(super) fn refresh_derived(&mut self) {
        self.session.refresh(&self.catalog, self.catalog_serial);
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
        if !self.fonts_installed {
            self.fonts_installed = true;
            theme::install_fonts(&ctx);
        }
        self.apply_theme(&ctx);
        self.apply_zoom(&ctx);
        for effect in std::mem::take(&mut self.later) {
            self.carry_out(Some(&ctx), effect);
        }
        let deferred = std::mem::take(&mut self.deferred);
        let mut actions = std::mem::take(&mut self.pending);
        let mode = if self.presenting.is_some() {
            Mode::Presenting
        } else {
            Mode::Editing
        };
        actions.extend(
            Command::pressed(&ctx, mode)
                .into_iter()
                .map(Action::Command),
        );
        actions.extend(self.dropped_files(&ctx));
        if let Some(action) = self.files.poll() {
            actions.push(action);
        }
        self.refresh_derived();
        if self.presenting.is_some() {
            super::present_layout::presentation_ui(self, ui, &mut actions);
        } else {
            super::app_layout::layout_ui(self, ui, &mut actions);
        }
        super::app_layout::overlays_ui(self, &ctx, &mut actions);
        actions.extend(deferred);
        if !actions.is_empty() {
            // What the actions changed is drawn in the next frame.
            ctx.request_repaint();
        }
        for action in actions {
            self.apply(&ctx, action);
        }
        self.handle_close_request(&ctx);
        self.tick_autosave(&ctx);
        self.update_title(&ctx);
        if let Some(shot) = self.screenshot.as_mut() {
            shot.tick(&ctx);
        }
    }

    /// The chosen theme, or the high-contrast one while presenting.
    fn apply_theme(&mut self, ctx: &egui::Context) {
        let wanted = (self.settings.theme, self.presenting.is_some());
        if self.applied_theme == Some(wanted) {
            return;
        }
        self.applied_theme = Some(wanted);
        if wanted.1 {
            ctx.set_visuals_of(egui::Theme::Light, theme::presentation_visuals());
            ctx.set_theme(egui::ThemePreference::Light);
        } else {
            ctx.set_visuals_of(egui::Theme::Light, egui::Visuals::light());
            ctx.set_theme(self.settings.theme.preference());
        }
        theme::apply_style(ctx);
    }

    /// The interface size: the editing scale, or the presentation scale.
    fn apply_zoom(&mut self, ctx: &egui::Context) {
        let wanted = if self.presenting.is_some() {
            self.settings.present_scale()
        } else {
            self.settings.ui_scale()
        };
        if self.applied_zoom != Some(wanted) {
            self.applied_zoom = Some(wanted);
            ctx.set_zoom_factor(wanted);
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.session.document().title();
        if title != self.applied_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.applied_title = title;
        }
    }

    fn tick_autosave(&mut self, ctx: &egui::Context) {
        let key = (
            self.session.serial(),
            self.session.document().history().revision(),
        );
        let problem = self.autosave.tick(
            ctx,
            key,
            self.session.document().is_dirty(),
            self.session.document().path(),
            self.session.document().workspace(),
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
                if is_flowchart(&path) {
                    Action::ImportMermaid(path)
                } else {
                    Action::Open(path)
                }
            })
            .collect()
    }
}

/// Whether `path` is a mermaid flowchart (imported) rather than a
/// workspace (opened), by its extension.
pub(super) fn is_flowchart(path: &std::path::Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("mmd") || e.eq_ignore_ascii_case("mermaid"))
}

impl eframe::App for PlinthApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    /// The panel colour: the panels paint no background of their own.
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        super::backdrop::clear_colour(visuals)
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.screenshot.is_none() {
            if let Some(path) = self.session.document().path() {
                let current = self.session.document().current_id();
                super::app_files::remember_view_of(&mut self.settings, &self.canvas, path, current);
            }
            eframe::set_value(storage, eframe::APP_KEY, &self.settings);
        }
    }

    fn persist_egui_memory(&self) -> bool {
        self.screenshot.is_none()
    }
}
