//! The ADR half of the export dialog: dialect, folder (the number the ADR
//! will get, and what the doctor finds there), date, what it supersedes, and
//! the generated Markdown previewed rendered or raw. The preview is
//! `render_adr` of the same source `plinth export adr` builds, and saving is
//! the same `write_adr`, so the file is byte-for-byte what the CLI writes.

use std::path::{Path, PathBuf};

use egui::RichText;
use egui_commonmark::CommonMarkCache;

use super::{ExportAction, ExportInput};
use crate::evaluate::DatumChoice;
use crate::export::adr::{
    AdrSource, Dialect, DoctorReport, FolderScan, WrittenAdr, default_folder, doctor, file_name,
    render_adr, scan_folder, write_adr,
};
use crate::export::mermaid::{MermaidOptions, candidate_to_mermaid};
use crate::ui::actions::Action;
use crate::ui::derived::Revision;
use crate::ui::theme;

/// How the preview is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PreviewMode {
    #[default]
    Rendered,
    Markdown,
}

/// What the folder holds, read when its path changes (not every frame).
struct Scanned {
    dir: PathBuf,
    scan: Result<FolderScan, String>,
    /// `None` while the folder does not exist (it is created on save).
    doctor: Option<DoctorReport>,
}

/// What a preview was rendered from.
#[derive(Debug, Clone, PartialEq)]
struct PreviewKey {
    revision: Revision,
    dialect: Dialect,
    number: u32,
    date: String,
    supersedes: Option<u32>,
    datum: DatumChoice,
}

/// The ADR tab's state (UI state: nothing here is in the document).
pub struct AdrExport {
    pub dialect: Dialect,
    /// The folder as typed; relative paths start at the workspace's folder.
    pub folder: String,
    folder_is_default: bool,
    pub date: String,
    pub supersedes: Option<u32>,
    pub mode: PreviewMode,
    scanned: Option<Scanned>,
    preview: Option<(PreviewKey, String)>,
    markdown: CommonMarkCache,
    /// What the last status change in the folder's index said.
    index_note: Option<Result<String, String>>,
}

impl Default for AdrExport {
    fn default() -> Self {
        Self {
            dialect: Dialect::Madr,
            folder: String::new(),
            folder_is_default: true,
            date: String::new(),
            supersedes: None,
            mode: PreviewMode::default(),
            scanned: None,
            preview: None,
            markdown: CommonMarkCache::default(),
            index_note: None,
        }
    }
}

/// The folder a relative path starts from: the workspace's, else the
/// current one.
pub fn base_folder(workspace_path: Option<&Path>) -> PathBuf {
    workspace_path
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_default()
}

/// `text` as a path, relative ones from `base`.
pub fn resolve(text: &str, base: &Path) -> PathBuf {
    let path = PathBuf::from(text.trim());
    if path.is_absolute() {
        path
    } else {
        base.join(path)
    }
}

impl AdrExport {
    /// Fills in the defaults when the dialog opens: the dialect's folder
    /// beside the workspace (unless one was typed) and the decision's date
    /// (else today), as the CLI does.
    pub fn prepare(&mut self, input: &ExportInput<'_>) {
        if self.folder_is_default || self.folder.trim().is_empty() {
            self.set_default_folder(input.workspace_path);
        }
        let decided = &input.workspace.decision.date;
        self.date = if crate::cli::date::is_iso_date(decided) {
            decided.clone()
        } else {
            crate::cli::date::today()
        };
        self.scanned = None;
    }

    fn set_default_folder(&mut self, workspace_path: Option<&Path>) {
        let dir = base_folder(workspace_path).join(default_folder(self.dialect));
        self.folder = dir.display().to_string();
        self.folder_is_default = true;
    }

    /// The folder the ADR goes to.
    pub fn dir(&self, input: &ExportInput<'_>) -> PathBuf {
        resolve(&self.folder, &base_folder(input.workspace_path))
    }

    /// A folder picked with "Browse…".
    pub fn choose_folder(&mut self, dir: &Path) {
        self.folder = dir.display().to_string();
        self.folder_is_default = false;
        self.supersedes = None;
    }

    /// Reads the folder again (after a save, or when its path changed).
    pub fn rescan(&mut self) {
        self.scanned = None;
    }

    fn refresh_scan(&mut self, dir: PathBuf) {
        if self.scanned.as_ref().is_some_and(|s| s.dir == dir) {
            return;
        }
        let scan = scan_folder(&dir).map_err(|e| e.to_string());
        let doctor = dir.is_dir().then(|| doctor(&dir).ok()).flatten();
        self.scanned = Some(Scanned { dir, scan, doctor });
    }

    /// The number the next ADR gets, once the folder could be read.
    pub fn number(&self) -> Option<u32> {
        self.scanned
            .as_ref()
            .and_then(|s| s.scan.as_ref().ok())
            .map(|scan| scan.next_number)
    }

    fn date_is_valid(&self) -> bool {
        crate::cli::date::is_iso_date(self.date.trim())
    }

    /// Writes the ADR (never overwriting; `write_adr` picks the next number).
    pub fn save(&mut self, input: &ExportInput<'_>) -> Result<WrittenAdr, String> {
        if !self.date_is_valid() {
            return Err(format!("the date `{}` is not YYYY-MM-DD", self.date.trim()));
        }
        let dir = self.dir(input);
        let diagram = winner_diagram(input);
        let date = self.date.trim().to_owned();
        let source = source(input, &date, diagram.as_deref());
        let written = write_adr(&dir, &source, self.dialect, self.supersedes);
        self.rescan();
        self.supersedes = None;
        written.map_err(|e| e.to_string())
    }

    /// The title of the ADR a save would mark superseded, if any.
    pub fn superseded_title(&self) -> Option<String> {
        let number = self.supersedes?;
        let scan = self.scanned.as_ref()?.scan.as_ref().ok()?;
        scan.adrs
            .iter()
            .find(|a| a.number == Some(number))
            .map(|a| format!("ADR {number} ({})", a.file_name()))
    }

    /// The Markdown the ADR will have, rendered again only when its inputs change.
    pub fn preview(&mut self, input: &ExportInput<'_>) -> Option<&str> {
        self.refresh_preview(input);
        self.preview.as_ref().map(|(_, text)| text.as_str())
    }

    fn refresh_preview(&mut self, input: &ExportInput<'_>) {
        let Some(number) = self.number() else {
            self.preview = None;
            return;
        };
        let key = PreviewKey {
            revision: input.revision,
            dialect: self.dialect,
            number,
            date: self.date.trim().to_owned(),
            supersedes: self.supersedes,
            datum: input.datum,
        };
        if self.preview.as_ref().map(|(k, _)| k) != Some(&key) {
            let diagram = winner_diagram(input);
            let source = source(input, &key.date, diagram.as_deref());
            let old = self.superseded_adr();
            let text = render_adr(&source.numbered(number, old.as_ref()), self.dialect);
            self.preview = Some((key, text));
        }
    }

    fn superseded_adr(&self) -> Option<crate::export::adr::ExistingAdr> {
        let number = self.supersedes?;
        let scan = self.scanned.as_ref()?.scan.as_ref().ok()?;
        scan.adrs.iter().find(|a| a.number == Some(number)).cloned()
    }

    /// The tab's contents.
    pub fn ui(&mut self, ui: &mut egui::Ui, input: &ExportInput<'_>, actions: &mut Vec<Action>) {
        self.refresh_scan(self.dir(input));
        self.choices_ui(ui, input, actions);
        self.folder_report_ui(ui, input);
        self.index_ui(ui);
        ui.add_space(theme::SECTION_GAP);
        self.buttons_ui(ui, input, actions);
        ui.separator();
        self.preview_ui(ui, input);
    }

    fn choices_ui(
        &mut self,
        ui: &mut egui::Ui,
        input: &ExportInput<'_>,
        actions: &mut Vec<Action>,
    ) {
        egui::Grid::new("adr-choices")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let label = ui.label("Dialect");
                let before = self.dialect;
                egui::ComboBox::from_id_salt("adr-dialect")
                    .selected_text(dialect_label(self.dialect))
                    .show_ui(ui, |ui| {
                        for d in Dialect::ALL {
                            ui.selectable_value(&mut self.dialect, d, dialect_label(d));
                        }
                    })
                    .response
                    .labelled_by(label.id);
                if self.dialect != before && self.folder_is_default {
                    self.set_default_folder(input.workspace_path);
                }
                ui.end_row();
                let label = ui.label("ADR folder");
                ui.horizontal(|ui| {
                    let field = egui::TextEdit::singleline(&mut self.folder)
                        .desired_width(ui.available_width() - theme::BROWSE_BUTTON_ROOM);
                    if ui.add(field).labelled_by(label.id).changed() {
                        self.folder_is_default = false;
                        self.supersedes = None;
                    }
                    if ui.button("Browse…").clicked() {
                        actions.push(Action::Export(ExportAction::BrowseAdrFolder));
                    }
                });
                ui.end_row();
                let label = ui.label("Date");
                ui.add(
                    egui::TextEdit::singleline(&mut self.date)
                        .desired_width(theme::DATE_FIELD_WIDTH),
                )
                .labelled_by(label.id);
                ui.end_row();
                self.supersedes_ui(ui);
                ui.end_row();
                super::datum_row_ui(ui, input, actions);
            });
    }

    fn supersedes_ui(&mut self, ui: &mut egui::Ui) {
        let label = ui.label("Supersedes");
        let adrs: Vec<(u32, String)> = self
            .scanned
            .as_ref()
            .and_then(|s| s.scan.as_ref().ok())
            .map(|scan| {
                scan.adrs
                    .iter()
                    .filter_map(|a| a.number.map(|n| (n, format!("{n:04} {}", a.title))))
                    .collect()
            })
            .unwrap_or_default();
        let shown = self
            .supersedes
            .and_then(|n| adrs.iter().find(|(m, _)| *m == n))
            .map_or("Nothing", |(_, t)| t.as_str())
            .to_owned();
        egui::ComboBox::from_id_salt("adr-supersedes")
            .selected_text(shown)
            .width(theme::SUPERSEDES_WIDTH)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut self.supersedes, None, "Nothing");
                for (number, title) in &adrs {
                    ui.selectable_value(&mut self.supersedes, Some(*number), title);
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text("An earlier ADR this one replaces: its status will point here");
    }

    /// The folder's decisions, whose status can be changed here.
    fn index_ui(&mut self, ui: &mut egui::Ui) {
        let Some(Scanned {
            dir,
            scan: Ok(scan),
            ..
        }) = &self.scanned
        else {
            return;
        };
        if let Some(result) = super::adr_index::folder_index_ui(ui, dir, scan) {
            self.index_note = Some(result);
            self.rescan();
        }
        if let Some(note) = &self.index_note {
            super::adr_index::note_ui(ui, note);
        }
    }

    /// The number the ADR will get and what the doctor found in the folder.
    fn folder_report_ui(&self, ui: &mut egui::Ui, input: &ExportInput<'_>) {
        let Some(scanned) = &self.scanned else {
            return;
        };
        match &scanned.scan {
            Ok(scan) => {
                let name = file_name(
                    scan.next_number,
                    &input.workspace.decision.title,
                    self.dialect,
                );
                let line = format!("This will be ADR {}: {name}", scan.next_number);
                ui.label(RichText::new(line).strong());
                if !scanned.dir.is_dir() {
                    ui.weak("The folder does not exist yet; saving creates it.");
                }
            }
            Err(problem) => {
                ui.colored_label(theme::ERROR, format!("Cannot read the folder: {problem}"));
            }
        }
        if let Some(report) = &scanned.doctor {
            super::parts::doctor_ui(ui, report);
        }
        if !self.date_is_valid() {
            ui.colored_label(theme::ERROR, "The date must be YYYY-MM-DD.");
        }
    }

    fn buttons_ui(
        &mut self,
        ui: &mut egui::Ui,
        input: &ExportInput<'_>,
        actions: &mut Vec<Action>,
    ) {
        let ready = self.number().is_some() && self.date_is_valid();
        ui.horizontal(|ui| {
            ui.selectable_value(&mut self.mode, PreviewMode::Rendered, "Rendered");
            ui.selectable_value(&mut self.mode, PreviewMode::Markdown, "Markdown");
            ui.separator();
            let copy = ui
                .add_enabled(ready, egui::Button::new("Copy Markdown"))
                .on_hover_text("Put the ADR's Markdown on the clipboard");
            if copy.clicked()
                && let Some(text) = self.preview(input)
            {
                ui.ctx().copy_text(text.to_owned());
            }
            let save = ui
                .add_enabled(ready, egui::Button::new(RichText::new("Save ADR").strong()))
                .on_hover_text("Write the ADR into the folder; nothing is ever overwritten");
            if save.clicked() {
                actions.push(Action::Export(ExportAction::SaveAdr { confirmed: false }));
            }
        });
    }

    fn preview_ui(&mut self, ui: &mut egui::Ui, input: &ExportInput<'_>) {
        self.refresh_preview(input);
        if let Some((_, text)) = &self.preview {
            super::parts::preview_ui(ui, text, self.mode, &mut self.markdown);
        }
    }
}

/// The dialect's name in the window.
pub fn dialect_label(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Madr => "MADR 4",
        Dialect::Log4brains => "log4brains",
        Dialect::Nygard => "Nygard (adr-tools)",
    }
}

/// The winner's flowchart, embedded in the ADR as the CLI embeds it.
fn winner_diagram(input: &ExportInput<'_>) -> Option<String> {
    input
        .ranking
        .winner()
        .and_then(|w| input.workspace.candidate(w.candidate))
        .map(|c| candidate_to_mermaid(c, input.catalog, &MermaidOptions::default()))
}

fn source<'s, 'a: 's>(
    input: &ExportInput<'a>,
    date: &'s str,
    diagram: Option<&'s str>,
) -> AdrSource<'s> {
    AdrSource {
        workspace: input.workspace,
        catalog: input.catalog,
        ranking: input.ranking,
        date,
        diagram,
        datum: input.datum,
    }
}
