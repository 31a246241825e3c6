//! Running what the export dialog asks for: choosing paths (through the
//! same file dialogs as Open and Save), writing the ADR, the diagram, the
//! picture and the report after asking when a write would change an
//! existing file, and copying the picture. Every outcome
//! becomes a message in the window.

use super::app::PlinthApp;
use super::export_dialog::{ExportAction, Question};
use super::files::Purpose;

impl PlinthApp {
    pub(super) fn export_action(&mut self, ctx: &egui::Context, action: ExportAction) {
        match action {
            ExportAction::Close => {
                self.export.tab = None;
                self.export.question = None;
            }
            ExportAction::BrowseAdrFolder => {
                let dir = self.export.adr.dir(&self.export_input());
                self.files.ask(ctx, Purpose::AdrFolder, Some(dir));
            }
            ExportAction::AdrFolderChosen(dir) => self.export.adr.choose_folder(&dir),
            ExportAction::SaveAdr { confirmed } => self.save_adr(confirmed),
            ExportAction::BrowseMermaidFile => {
                let file = self.export.mermaid.target(&self.export_input());
                self.files.ask(ctx, Purpose::MermaidFile, Some(file));
            }
            ExportAction::MermaidFileChosen(path) => self.export.mermaid.choose_file(&path),
            ExportAction::SaveMermaid { confirmed } => self.save_mermaid(confirmed),
            ExportAction::BrowsePictureFile => {
                let file = self.export.picture.target(&self.export_input());
                self.files.ask(ctx, Purpose::PictureFile, Some(file));
            }
            ExportAction::PictureFileChosen(path) => self.export.picture.choose_file(&path),
            ExportAction::SavePicture { confirmed } => self.save_picture(confirmed),
            ExportAction::CopyPicture => self.copy_picture(ctx),
            ExportAction::BrowseReportFile => {
                let file = self.export.report.target(&self.export_input());
                self.files.ask(ctx, Purpose::ReportFile, Some(file));
            }
            ExportAction::ReportFileChosen(path) => self.export.report.choose_file(&path),
            ExportAction::SaveReport { confirmed } => self.save_report(confirmed),
            ExportAction::CancelQuestion => self.export.question = None,
        }
    }

    /// Writes the ADR; first asks when it would rewrite the status of the
    /// ADR it supersedes.
    fn save_adr(&mut self, confirmed: bool) {
        self.export.question = None;
        if !confirmed && let Some(what) = self.export.adr.superseded_title() {
            self.export.question = Some(Question::Supersede(what));
            return;
        }
        let mut export = std::mem::take(&mut self.export);
        let result = export.adr.save(&self.export_input());
        self.export = export;
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
    fn save_mermaid(&mut self, confirmed: bool) {
        self.export.question = None;
        let target = self.export.mermaid.target(&self.export_input());
        if !confirmed && target.exists() {
            let then = ExportAction::SaveMermaid { confirmed: true };
            self.export.question = Some(Question::Replace(target, then));
            return;
        }
        let mut export = std::mem::take(&mut self.export);
        let result = export.mermaid.save(&self.export_input(), confirmed);
        self.export = export;
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
    fn save_picture(&mut self, confirmed: bool) {
        self.export.question = None;
        let target = self.export.picture.target(&self.export_input());
        if !confirmed && target.exists() {
            let then = ExportAction::SavePicture { confirmed: true };
            self.export.question = Some(Question::Replace(target, then));
            return;
        }
        let mut export = std::mem::take(&mut self.export);
        let result = export.picture.save(&self.export_input(), confirmed);
        self.export = export;
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
    fn copy_picture(&mut self, ctx: &egui::Context) {
        let mut export = std::mem::take(&mut self.export);
        let result = export.picture.pixels(&self.export_input());
        self.export = export;
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
    fn save_report(&mut self, confirmed: bool) {
        self.export.question = None;
        let input = self.export_input();
        let target = self.export.report.target(&input);
        if !confirmed && target.exists() {
            let then = ExportAction::SaveReport { confirmed: true };
            self.export.question = Some(Question::Replace(target, then));
            return;
        }
        match self.export.report.save(&input, confirmed) {
            Ok(path) => self
                .notices
                .info(format!("Wrote the decision report to {}", path.display())),
            Err(problem) => self
                .notices
                .error(format!("Could not write the report: {problem}")),
        }
    }
}
