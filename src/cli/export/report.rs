//! `plinth export report WORKSPACE [-o FILE.html]`: the decision report, one
//! self-contained HTML file, printed or written to a file.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Args;

use crate::catalog::Catalog;
use crate::cli::date::{is_iso_date, record_date};
use crate::cli::input::DatumArgs;
use crate::cli::output::{OutputArgs, deliver};
use crate::evaluate::evaluate;
use crate::export::report::{Report, ReportOptions};
use crate::workspace::Workspace;

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub source: super::Source,
    /// The report's date, YYYY-MM-DD (default: the decision's date, else today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    #[command(flatten)]
    pub datum: DatumArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

pub fn run(
    args: &ReportArgs,
    ws: &Workspace,
    catalog: &Catalog,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let date = record_date(args.date.as_deref(), &ws.decision.date);
    if !is_iso_date(&date) {
        writeln!(err, "error: the date `{date}` is not YYYY-MM-DD")?;
        return Ok(ExitCode::FAILURE);
    }
    let ranking = evaluate(ws, catalog);
    let datum = match args.datum.choice(&ranking) {
        Ok(choice) => choice,
        Err(message) => {
            writeln!(err, "error: {message}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let options = ReportOptions { date: &date, datum };
    let html = Report::build(ws, catalog, ranking, &options).to_html();
    deliver(&args.output, out, err, |out, _| {
        write!(out, "{html}")?;
        Ok(ExitCode::SUCCESS)
    })
}
