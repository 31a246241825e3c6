//! `plinth rules [--json]`: the design review's rules, as `check` applies
//! them: id, severity, what each catches and the pattern that usually fixes
//! it (docs/review-rules.md explains each one).

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Args;
use serde_json::json;

use super::output::{OutputArgs, deliver};
use crate::review::rules;

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Print a JSON array: `[{"id", "severity", "summary", "fix"}]`.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

pub fn run(args: &RulesArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<ExitCode> {
    deliver(&args.output, out, err, |out, _| {
        if args.json {
            let items: Vec<_> = rules()
                .iter()
                .map(|r| {
                    json!({
                        "id": r.id,
                        "severity": r.severity.key(),
                        "summary": r.summary,
                        "fix": r.fix.map(|f| f.pattern),
                        "fix_goes_on": r.fix.map(|f| f.at.phrase()),
                    })
                })
                .collect();
            let text = serde_json::to_string_pretty(&items).unwrap_or_default();
            writeln!(out, "{text}")?;
            return Ok(ExitCode::SUCCESS);
        }
        let width = rules().iter().map(|r| r.id.len()).max().unwrap_or(4);
        writeln!(out, "{:<width$}  {:<7}  what it catches", "rule", "level")?;
        for rule in rules() {
            let fix = rule
                .fix
                .map(|f| format!(" Usual fix: {} on {}.", f.pattern, f.at.phrase()))
                .unwrap_or_default();
            writeln!(
                out,
                "{:<width$}  {:<7}  {}{fix}",
                rule.id,
                rule.severity.key(),
                rule.summary
            )?;
        }
        writeln!(out, "{} rules; see docs/review-rules.md", rules().len())?;
        Ok(ExitCode::SUCCESS)
    })
}
