//! Pieces of the ADR tab: the preview (rendered or raw) and what the ADR
//! doctor found in the folder.

use egui::RichText;
use egui_commonmark::{CommonMarkCache, CommonMarkViewer};

use super::PreviewMode;
use crate::export::adr::DoctorReport;
use crate::export::adr::doctor::AdrProblem;
use crate::ui::theme;

/// How many of the doctor's problems are listed.
const PROBLEMS_SHOWN: usize = 5;

/// The ADR as it will be written: rendered (the YAML front matter, which
/// is not Markdown, shown as it is above the rendered body) or raw.
pub fn preview_ui(ui: &mut egui::Ui, text: &str, mode: PreviewMode, cache: &mut CommonMarkCache) {
    egui::ScrollArea::vertical()
        .id_salt("adr-preview")
        .auto_shrink([false, false])
        .show(ui, |ui| match mode {
            PreviewMode::Rendered => {
                let (front, body) = split_front_matter(text);
                if let Some(front) = front {
                    verbatim_ui(ui, front);
                }
                for (index, segment) in segments(body).into_iter().enumerate() {
                    ui.push_id(index, |ui| match segment {
                        Segment::Markdown(text) => {
                            CommonMarkViewer::new().show(ui, cache, text);
                        }
                        Segment::Code(code) => verbatim_ui(ui, code),
                    });
                }
            }
            PreviewMode::Markdown => {
                ui.add(
                    egui::TextEdit::multiline(&mut &*text)
                        .code_editor()
                        .desired_width(f32::INFINITY),
                )
                .accessible_name("ADR Markdown");
            }
        });
}

/// Text shown as it is, in a box.
fn verbatim_ui(ui: &mut egui::Ui, text: &str) {
    egui::Frame::NONE
        .fill(ui.visuals().faint_bg_color)
        .inner_margin(6)
        .corner_radius(4)
        .show(ui, |ui| {
            ui.label(RichText::new(text.trim_end()).monospace());
        });
}

/// A piece of the ADR body.
#[derive(Debug, PartialEq, Eq)]
enum Segment<'t> {
    Markdown(&'t str),
    /// The inside of a fenced block (the mermaid diagram): shown as it is
    /// (the viewer's own code blocks carry a copy icon no bundled font has).
    Code(&'t str),
}

/// Markdown and fenced code blocks, in order.
fn segments(body: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(start) = fence_start(rest) {
        let after = &rest[start..];
        let open_end = after.find('\n').map_or(after.len(), |i| i + 1);
        let inside = &after[open_end..];
        let Some(close) = inside.find("\n```") else {
            break;
        };
        out.push(Segment::Markdown(&rest[..start]));
        out.push(Segment::Code(&inside[..close + 1]));
        let closing = &inside[close + 1..];
        let skip = closing.find('\n').map_or(closing.len(), |i| i + 1);
        rest = &closing[skip..];
    }
    out.push(Segment::Markdown(rest));
    out.retain(|s| !matches!(s, Segment::Markdown(t) if t.trim().is_empty()));
    out
}

/// Where the first line starting with ``` begins.
fn fence_start(text: &str) -> Option<usize> {
    if text.starts_with("```") {
        return Some(0);
    }
    text.find("\n```").map(|i| i + 1)
}

/// `---\nYAML\n---\nbody` as (YAML, body).
fn split_front_matter(text: &str) -> (Option<&str>, &str) {
    let Some(rest) = text.strip_prefix("---\n") else {
        return (None, text);
    };
    match rest.find("\n---\n") {
        Some(end) => (Some(&rest[..end]), &rest[end + 5..]),
        None => (None, text),
    }
}

/// The doctor's findings: a duplicate number once (not once per file),
/// duplicates first.
pub fn doctor_ui(ui: &mut egui::Ui, report: &DoctorReport) {
    let files = report.files.len();
    if report.is_clean() {
        ui.weak(format!(
            "{files} ADR file(s) in the folder, no problem found."
        ));
        return;
    }
    let mut lines: Vec<(bool, String)> = report
        .files
        .iter()
        .flat_map(|f| {
            f.problems.iter().map(move |p| match p {
                AdrProblem::DuplicateNumber { .. } => (false, sentence(&p.to_string())),
                _ => (true, format!("{}: {p}", f.name)),
            })
        })
        .collect();
    lines.sort();
    lines.dedup();
    ui.colored_label(
        theme::WARNING,
        format!("{files} ADR file(s) in the folder; the doctor found:"),
    );
    for (_, line) in lines.iter().take(PROBLEMS_SHOWN) {
        ui.label(format!("• {line}"));
    }
    if lines.len() > PROBLEMS_SHOWN {
        ui.weak(format!(
            "and {} more (`plinth adr doctor` lists them all)",
            lines.len() - PROBLEMS_SHOWN
        ));
    }
}

fn sentence(text: &str) -> String {
    crate::ui::sentence_case(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_split_from_the_body() {
        let (front, body) = split_front_matter("---\nstatus: proposed\n---\n# Title\n");
        assert_eq!(front, Some("status: proposed"));
        assert_eq!(body, "# Title\n");
        assert_eq!(split_front_matter("# Title\n"), (None, "# Title\n"));
    }

    #[test]
    fn fenced_blocks_are_cut_out_of_the_markdown() {
        let body = "# A\n\ntext\n\n```mermaid\nflowchart LR\n  a --> b\n```\n\n## B\n";
        assert_eq!(
            segments(body),
            vec![
                Segment::Markdown("# A\n\ntext\n\n"),
                Segment::Code("flowchart LR\n  a --> b\n"),
                Segment::Markdown("\n## B\n"),
            ]
        );
        assert_eq!(segments("plain"), vec![Segment::Markdown("plain")]);
    }
}
