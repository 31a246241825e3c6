//! `plinth completions SHELL` and `plinth man`: the shell completion script
//! (clap_complete) and the manual page (clap_mangen), both generated from
//! the same clap definition as `--help`.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::Cli;
use super::output::{OutputArgs, deliver};

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, elvish or powershell.
    #[arg(value_name = "SHELL")]
    pub shell: Shell,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    #[command(flatten)]
    pub output: OutputArgs,
}

pub fn completions(
    args: &CompletionsArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    deliver(&args.output, out, err, |out, _| {
        let mut command = Cli::command();
        let mut buffer = Vec::new();
        clap_complete::generate(args.shell, &mut command, "plinth", &mut buffer);
        out.write_all(&buffer)?;
        Ok(ExitCode::SUCCESS)
    })
}

pub fn man(args: &ManArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<ExitCode> {
    deliver(&args.output, out, err, |out, _| {
        let mut buffer = Vec::new();
        clap_mangen::Man::new(Cli::command()).render(&mut buffer)?;
        out.write_all(&buffer)?;
        Ok(ExitCode::SUCCESS)
    })
}
