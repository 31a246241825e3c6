//! `plinth export svg|png`: the picture of one candidate, drawn as the
//! canvas draws it.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Args;

use super::{Source, chosen};
use crate::catalog::Catalog;
use crate::cli::output::{OutputArgs, deliver};
use crate::export::svg::{SvgOptions, candidate_to_svg, png::svg_to_png};
use crate::geometry::colours::Theme;
use crate::workspace::Workspace;

/// What `export svg` and `export png` share.
#[derive(Debug, Args)]
pub struct PictureArgs {
    #[command(flatten)]
    pub source: Source,
    /// The candidate's name (default: the winner).
    #[arg(long, value_name = "NAME")]
    pub candidate: Option<String>,
    /// light (default) or dark.
    #[arg(long, default_value = "light", value_parser = parse_theme)]
    pub theme: Theme,
    /// No background, for pages and slides of any colour.
    #[arg(long)]
    pub transparent: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct PngArgs {
    #[command(flatten)]
    pub picture: PictureArgs,
    /// Pixels per canvas unit (2 for sharp slides).
    #[arg(long, default_value_t = 2.0, value_parser = parse_scale)]
    pub scale: f32,
}

fn parse_theme(text: &str) -> Result<Theme, String> {
    match text.to_ascii_lowercase().as_str() {
        "light" => Ok(Theme::Light),
        "dark" => Ok(Theme::Dark),
        _ => Err(format!("unknown theme `{text}`; use light or dark")),
    }
}

fn parse_scale(text: &str) -> Result<f32, String> {
    match text.parse::<f32>() {
        Ok(v) if (0.1..=8.0).contains(&v) => Ok(v),
        _ => Err(format!("`{text}` is not a scale from 0.1 to 8")),
    }
}

/// `export svg` (`scale` is `None`) and `export png`. A PNG goes to the
/// terminal only when asked for with `-o -`.
pub fn run(
    args: &PictureArgs,
    scale: Option<f32>,
    ws: &Workspace,
    catalog: &Catalog,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    if scale.is_some() && args.output.output.is_none() {
        writeln!(
            err,
            "error: give the PNG file to write with -o FILE (or -o - for standard output)"
        )?;
        return Ok(ExitCode::FAILURE);
    }
    deliver(&args.output, out, err, |out, err| {
        let candidate = match chosen(ws, catalog, args.candidate.as_deref()) {
            Ok(candidate) => candidate,
            Err(message) => {
                writeln!(err, "error: {message}")?;
                return Ok(ExitCode::FAILURE);
            }
        };
        let findings = crate::review::review(candidate, catalog, &ws.context);
        let options = SvgOptions {
            theme: args.theme,
            transparent: args.transparent,
        };
        let svg = candidate_to_svg(candidate, catalog, &findings, options);
        let bytes = match scale.map(|scale| svg_to_png(&svg, scale)) {
            None => svg.into_bytes(),
            Some(Ok(png)) => png,
            Some(Err(e)) => {
                writeln!(err, "error: {e}")?;
                return Ok(ExitCode::FAILURE);
            }
        };
        out.write_all(&bytes)?;
        Ok(ExitCode::SUCCESS)
    })
}
