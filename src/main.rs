//! `plinth`: opens the workbench window, or runs a subcommand of the CLI.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use plinth::cli::{Cli, run};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match &cli.command {
        Some(command) => run(
            &cli,
            command,
            &mut std::io::stdout().lock(),
            &mut std::io::stderr().lock(),
        ),
        None => match cli.window_file_problem() {
            Some(problem) => {
                let _ = writeln!(std::io::stderr(), "error: {problem}");
                ExitCode::from(2)
            }
            None => open_window(&cli),
        },
    }
}

#[cfg(feature = "gui")]
fn open_window(cli: &Cli) -> ExitCode {
    plinth::ui::run(cli)
}

#[cfg(not(feature = "gui"))]
#[expect(
    clippy::print_stderr,
    reason = "the CLI-only build explains why no window opens"
)]
fn open_window(_cli: &Cli) -> ExitCode {
    eprintln!(
        "this build of plinth has no window (built without the `gui` feature); run `plinth --help`"
    );
    ExitCode::FAILURE
}
