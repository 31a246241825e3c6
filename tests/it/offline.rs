//! No network, ever: every CLI command runs inside a Linux network
//! namespace that has no interface but a downed loopback (`unshare -n`, or
//! `unshare -rn` without root), and must still work. Where `strace` is
//! installed, the commands must not even open an internet socket.
//!
//! Needs util-linux's `unshare` and either root or unprivileged user
//! namespaces; on a machine that has neither, set
//! `PLINTH_SKIP_OFFLINE_TEST=1` to skip this one test (it says so).
#![cfg(target_os = "linux")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The `unshare` arguments that give this user a namespace without a network.
fn namespace_args() -> Option<Vec<&'static str>> {
    [vec!["-n"], vec!["-r", "-n"]].into_iter().find(|args| {
        Command::new("unshare")
            .args(args)
            .arg("true")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

fn has_strace() -> bool {
    Command::new("strace")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs `plinth --no-user-catalog ARGS` without a network, under strace
/// (logging socket and connect calls to `trace`) when it is installed.
fn offline(namespace: &[&str], trace: Option<&Path>, args: &[String]) -> Output {
    let mut plinth = vec!["--no-user-catalog".to_owned()];
    plinth.extend(args.iter().cloned());
    offline_program(namespace, trace, env!("CARGO_BIN_EXE_plinth"), &plinth)
}

fn offline_program(
    namespace: &[&str],
    trace: Option<&Path>,
    program: &str,
    args: &[String],
) -> Output {
    let mut command = Command::new("unshare");
    command.args(namespace);
    if let Some(trace) = trace {
        command
            .args(["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o"])
            .arg(trace);
    }
    command
        .arg(program)
        .args(args)
        .env("HOME", std::env::temp_dir())
        .output()
        .unwrap()
}

/// The calls in a strace log that touch the internet.
fn internet_calls(trace: &Path) -> Vec<String> {
    std::fs::read_to_string(trace)
        .unwrap()
        .lines()
        .filter(|l| l.contains("AF_INET") || l.contains("connect("))
        .map(str::to_owned)
        .collect()
}

fn commands(work: &Path) -> Vec<Vec<String>> {
    let example = crate::fixture("../../assets/examples/checkout.ron");
    let example = example.display().to_string();
    let flowchart = work.join("checkout.mmd").display().to_string();
    let adr = ["export", "adr", "--stdout", "--date", "2026-01-01"];
    let mut list: Vec<Vec<String>> = vec![
        vec!["catalog".into(), "list".into()],
        vec!["catalog".into(), "show".into(), "saga".into()],
        vec!["catalog".into(), "validate".into()],
        vec!["score".into(), example.clone()],
        vec!["check".into(), example.clone()],
        vec!["check".into(), flowchart.clone()],
        vec!["export".into(), "mermaid".into(), example.clone()],
        vec!["export".into(), "table".into(), example.clone()],
        vec!["import".into(), "mermaid".into(), flowchart],
        vec![
            "new".into(),
            "--example".into(),
            "startup".into(),
            work.join("new.ron").display().to_string(),
        ],
        vec!["adr".into(), "doctor".into(), work.display().to_string()],
    ];
    for (kind, file) in [
        ("report", "report.html"),
        ("svg", "c.svg"),
        ("png", "c.png"),
    ] {
        let out = work.join(file).display().to_string();
        list.push(vec![
            "export".into(),
            kind.into(),
            example.clone(),
            "-o".into(),
            out,
        ]);
    }
    for dialect in ["madr", "log4brains", "nygard"] {
        let mut args: Vec<String> = adr.iter().map(|s| (*s).to_owned()).collect();
        args.extend(["--dialect".to_owned(), dialect.to_owned(), example.clone()]);
        list.push(args);
    }
    list
}

/// The file a command writes: `new`'s last argument, or what follows `-o`.
fn written_file(args: &[String]) -> Option<&str> {
    if args[0] == "new" {
        return args.last().map(String::as_str);
    }
    let o = args.iter().position(|a| a == "-o")?;
    args.get(o + 1).map(String::as_str)
}

#[test]
fn every_cli_command_works_without_a_network_and_opens_no_internet_socket() {
    if std::env::var_os("PLINTH_SKIP_OFFLINE_TEST").is_some() {
        eprintln!("SKIPPED: PLINTH_SKIP_OFFLINE_TEST is set; the offline check did not run");
        return;
    }
    let namespace = namespace_args().expect(
        "cannot create a network namespace with `unshare -n` or `unshare -rn`; \
         install util-linux, run as root or enable user namespaces, \
         or set PLINTH_SKIP_OFFLINE_TEST=1",
    );
    let work = tempfile::tempdir().unwrap();
    let mermaid = Command::new(env!("CARGO_BIN_EXE_plinth"))
        .args(["--no-user-catalog", "export", "mermaid"])
        .arg(crate::fixture("../../assets/examples/checkout.ron"))
        .output()
        .unwrap();
    std::fs::write(work.path().join("checkout.mmd"), &mermaid.stdout).unwrap();
    let trace: Option<PathBuf> = has_strace().then(|| work.path().join("trace"));

    let all = commands(work.path());
    for args in &all {
        let output = offline(&namespace, trace.as_deref(), args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success(),
            "plinth {args:?} failed offline: {stderr}"
        );
        let wrote =
            written_file(args).is_some_and(|f| std::fs::metadata(f).is_ok_and(|m| m.len() > 0));
        assert!(
            !output.stdout.is_empty() || wrote,
            "plinth {args:?} printed nothing and wrote nothing"
        );
        if let Some(trace) = &trace {
            let internet = internet_calls(trace);
            assert!(
                internet.is_empty(),
                "plinth {args:?} used the network: {internet:?}"
            );
        }
    }
    assert!(all.len() >= 17);
}

#[test]
fn the_namespace_really_has_no_network() {
    if std::env::var_os("PLINTH_SKIP_OFFLINE_TEST").is_some() {
        return;
    }
    let namespace = namespace_args().unwrap();
    let links = Command::new("unshare")
        .args(&namespace)
        .args(["cat", "/proc/net/dev"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&links.stdout);
    let interfaces: Vec<&str> = text
        .lines()
        .skip(2)
        .filter_map(|l| l.split(':').next())
        .map(str::trim)
        .collect();
    assert_eq!(interfaces, ["lo"], "only a loopback inside: {text}");
    let route = Command::new("unshare")
        .args(&namespace)
        .args(["cat", "/proc/net/route"])
        .output()
        .unwrap();
    let routes = String::from_utf8_lossy(&route.stdout)
        .lines()
        .filter(|l| !l.starts_with("Iface"))
        .count();
    assert_eq!(routes, 0, "no route inside");
}

/// The check is not blind: a program that does try the network fails in
/// the namespace, and strace sees its attempt.
#[test]
fn a_program_that_tries_the_network_is_caught() {
    if std::env::var_os("PLINTH_SKIP_OFFLINE_TEST").is_some() {
        return;
    }
    let namespace = namespace_args().unwrap();
    let work = tempfile::tempdir().unwrap();
    let trace = has_strace().then(|| work.path().join("trace"));
    let connect = "exec 3<>/dev/tcp/127.0.0.1/80".to_owned();
    let output = offline_program(
        &namespace,
        trace.as_deref(),
        "bash",
        &["-c".into(), connect],
    );
    assert!(
        !output.status.success(),
        "a connection worked without a network"
    );
    if let Some(trace) = &trace {
        assert!(
            !internet_calls(trace).is_empty(),
            "strace saw no connection attempt"
        );
    }
}
