//! Running what the export dialog asks for: choosing paths (through the
//! same file dialogs as Open and Save), writing the ADR, the diagram, the
//! picture and the report after asking when a write would change an
//! existing file, and copying the picture. Every outcome
//! becomes a message in the window.

use super::dialogs::Notices;
use super::export_dialog::{ExportAction, ExportDialog, ExportInput, Question};
use super::files::{FileDialogs, Purpose};

/// What running an export action changes: the dialog, the file dialogs
/// (to choose a path) and the messages.
pub struct ExportRun<'a> {
    pub export: &'a mut ExportDialog,
    pub files: &'a mut FileDialogs,
    pub notices: &'a mut Notices,
}

impl ExportRun<'_> {
    /// Runs `action` on what the dialog reads this frame (`input`).
    pub fn run(&mut self, ctx: &egui::Context, input: &ExportInput<'_>, action: ExportAction) {
        match action {
            ExportAction::Close => {
                self.export.tab = None;
                self.export.question = None;
            }
            ExportAction::BrowseAdrFolder => {
                let dir = self.export.adr.dir(input);
                self.files.ask(ctx, Purpose::AdrFolder, Some(dir));
            }
            ExportAction::AdrFolderChosen(dir) => self.export.adr.choose_folder(&dir),
            ExportAction::SaveAdr { confirmed } => self.save_adr(input, confirmed),
            ExportAction::BrowseMermaidFile => {
                let file = self.export.mermaid.target(input);
                self.files.ask(ctx, Purpose::MermaidFile, Some(file));
            }
            ExportAction::MermaidFileChosen(path) => self.export.mermaid.choose_file(&path),
            ExportAction::SaveMermaid { confirmed } => self.save_mermaid(input, confirmed),
            ExportAction::BrowsePictureFile => {
                let file = self.export.picture.target(input);
                self.files.ask(ctx, Purpose::PictureFile, Some(file));
            }
            ExportAction::PictureFileChosen(path) => self.export.picture.choose_file(&path),
            ExportAction::SavePicture { confirmed } => self.save_picture(input, confirmed),
            ExportAction::CopyPicture => self.copy_picture(ctx, input),
            ExportAction::BrowseReportFile => {
                let file = self.export.report.target(input);
                self.files.ask(ctx, Purpose::ReportFile, Some(file));
            }
            ExportAction::ReportFileChosen(path) => self.export.report.choose_file(&path),
            ExportAction::SaveReport { confirmed } => self.save_report(input, confirmed),
            ExportAction::CancelQuestion => self.export.question = None,
        }
    }

    /// Writes the ADR; first asks when it would rewrite the status of the
    /// ADR it supersedes.
    fn save_adr(&mut self, input: &ExportInput<'_>, confirmed: bool) {
        self.export.question = None;
        if !confirmed && let Some(what) = self.export.adr.superseded_title() {
            self.export.question = Some(Question::Supersede(what));
            return;
        }
        let result = self.export.adr.save(input);
        match result {
            Ok(written) => {
                for (number, files) in &written.duplicates {
                    let names: Vec<String> =
                        files.iter().map(|f| f.display().to_string()).collect();
                    self.notices.error(format!(
                        "ADR number {number} is used by several files: {}",
                        names.join(", ")
                    ));
                }
                let mut text =
                    format!("Wrote ADR {} to {}", written.number, written.path.display());
                if let Some(old) = &written.superseded {
                    text.push_str(&format!("; marked {} as superseded", old.display()));
                }
                self.notices.info(text);
            }
            Err(problem) => self
                .notices
                .error(format!("Could not write the ADR: {problem}")),
        }
    }

    /// Writes the diagram; first asks when the file exists.
    fn save_mermaid(&mut self, input: &ExportInput<'_>, confirmed: bool) {
        self.export.question = None;
        let target = self.export.mermaid.target(input);
        if !confirmed && target.exists() {
            let then = ExportAction::SaveMermaid { confirmed: true };
            self.export.question = Some(Question::Replace(target, then));
            return;
        }
        let result = self.export.mermaid.save(input, confirmed);
        match result {
            Ok(path) => self
                .notices
                .info(format!("Wrote the diagram to {}", path.display())),
            Err(problem) => self
                .notices
                .error(format!("Could not write the diagram: {problem}")),
        }
    }

    /// Writes the picture; first asks when the file exists.
    fn save_picture(&mut self, input: &ExportInput<'_>, confirmed: bool) {
        self.export.question = None;
        let target = self.export.picture.target(input);
        if !confirmed && target.exists() {
            let then = ExportAction::SavePicture { confirmed: true };
            self.export.question = Some(Question::Replace(target, then));
            return;
        }
        let result = self.export.picture.save(input, confirmed);
        match result {
            Ok(path) => self
                .notices
                .info(format!("Wrote the picture to {}", path.display())),
            Err(problem) => self
                .notices
                .error(format!("Could not write the picture: {problem}")),
        }
    }

    /// Puts the picture on the clipboard as an image (PNG pixels).
    fn copy_picture(&mut self, ctx: &egui::Context, input: &ExportInput<'_>) {
        let result = self.export.picture.pixels(input);
        match result {
            Ok(pixels) => {
                let size = [pixels.width as usize, pixels.height as usize];
                let image =
                    egui::ColorImage::from_rgba_premultiplied(size, &pixels.rgba_premultiplied);
                ctx.copy_image(image);
                self.notices.info(format!(
                    "Copied the picture ({} × {} pixels)",
                    pixels.width, pixels.height
                ));
            }
            Err(problem) => self
                .notices
                .error(format!("Could not copy the picture: {problem}")),
        }
    }

    /// Writes the report; first asks when the file exists.
    fn save_report(&mut self, input: &ExportInput<'_>, confirmed: bool) {
        self.export.question = None;
        let target = self.export.report.target(input);
        if !confirmed && target.exists() {
            let then = ExportAction::SaveReport { confirmed: true };
            self.export.question = Some(Question::Replace(target, then));
            return;
        }
        match self.export.report.save(input, confirmed) {
            Ok(path) => self
                .notices
                .info(format!("Wrote the decision report to {}", path.display())),
            Err(problem) => self
                .notices
                .error(format!("Could not write the report: {problem}")),
        }
    }
}
