//! `plinth`: opens the workbench window, or runs a subcommand of the CLI.

use std::io::Write;
use std::process::ExitCode;

use plinth::cli::{Cli, run};

fn main() -> ExitCode {
    let cli = plinth::cli::parse();
    match &cli.command {
        Some(command) => run(
            &cli,
            command,
            &mut std::io::stdout().lock(),
            &mut std::io::stderr().lock(),
        ),
        None => {
            if let Some(problem) = cli.window_file_problem() {
                let _ = writeln!(std::io::stderr(), "error: {problem}");
                return ExitCode::from(2);
            }
            if let Some(problem) = no_display() {
                let _ = writeln!(std::io::stderr(), "error: {problem}");
                return ExitCode::FAILURE;
            }
            open_window(&cli)
        }
    }
}

/// Why no window can open on this desktop, before the windowing library
/// says it in its own terms.
fn no_display() -> Option<String> {
    let unset = |name: &str| std::env::var_os(name).is_none_or(|v| v.is_empty());
    let needs_display = cfg!(all(unix, not(target_os = "macos")));
    (needs_display && unset("DISPLAY") && unset("WAYLAND_DISPLAY")).then(|| {
        "cannot open a window: no display found (DISPLAY and WAYLAND_DISPLAY are unset); the command-line tools work without one (plinth --help)".to_owned()
    })
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
