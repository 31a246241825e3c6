//! `plinth export report WORKSPACE [-o FILE.html]`: the decision report, one
//! self-contained HTML file, printed or written to a new file.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::date::{is_iso_date, today};
use crate::catalog::Catalog;
use crate::export::report::{ReportOptions, report_html};
use crate::workspace::Workspace;

#[derive(Debug, Args)]
pub struct ReportArgs {
    pub workspace: PathBuf,
    /// Write to this file instead of printing (it must not exist).
    #[arg(short, long, value_name = "FILE.html")]
    pub output: Option<PathBuf>,
    /// The report's date, YYYY-MM-DD (default: the decision's date, else today).
    #[arg(long)]
    pub date: Option<String>,
    /// The candidate to compare the others with (default: the status quo, if named so).
    #[arg(long, value_name = "NAME")]
    pub datum: Option<String>,
}

pub fn run(
    args: &ReportArgs,
    ws: &Workspace,
    catalog: &Catalog,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let date = args
        .date
        .clone()
        .or_else(|| Some(ws.decision.date.clone()).filter(|d| is_iso_date(d)))
        .unwrap_or_else(today);
    if !is_iso_date(&date) {
        writeln!(err, "error: the date `{date}` is not YYYY-MM-DD")?;
        return Ok(ExitCode::FAILURE);
    }
    let options = ReportOptions {
        date: &date,
        datum: args.datum.as_deref(),
    };
    let html = match report_html(ws, catalog, &options) {
        Ok(html) => html,
        Err(message) => {
            writeln!(err, "error: --datum: {message}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let Some(path) = &args.output else {
        write!(out, "{html}")?;
        return Ok(ExitCode::SUCCESS);
    };
    if let Err(e) = crate::storage::atomic::create_new(path, html.as_bytes()) {
        writeln!(err, "error: {}: {e}", path.display())?;
        return Ok(ExitCode::FAILURE);
    }
    writeln!(
        out,
        "wrote the decision report ({} KB) to {}",
        html.len().div_ceil(1024),
        path.display()
    )?;
    Ok(ExitCode::SUCCESS)
}
