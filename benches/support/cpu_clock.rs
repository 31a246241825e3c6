//! The CPU time of the benchmark's own thread, so that other work on a busy
//! machine does not count: the canvas and the pictures benchmarks measure
//! with it. Included by both through `#[path]`.

use std::time::{Duration, Instant};

/// CPU time of this thread from `/proc/thread-self/stat` (user + system,
/// in 10 ms ticks), so that other work on a busy machine does not count;
/// wall time where that file does not exist. Samples last about a second,
/// which keeps the tick rounding near 1 %.
pub enum CpuClock {
    Cpu(u64),
    Wall(Instant),
}

/// Clock ticks per second of `/proc` times (`USER_HZ`, 100 on Linux).
const TICKS_PER_SEC: u64 = 100;

impl CpuClock {
    pub fn now() -> Self {
        thread_cpu_ticks().map_or_else(|| Self::Wall(Instant::now()), Self::Cpu)
    }

    pub fn elapsed(&self) -> Duration {
        match self {
            Self::Cpu(start) => {
                let ticks = thread_cpu_ticks().unwrap_or(*start) - start;
                Duration::from_millis(ticks * 1000 / TICKS_PER_SEC)
            }
            Self::Wall(start) => start.elapsed(),
        }
    }
}

fn thread_cpu_ticks() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the command name (which may hold spaces) in parentheses;
    // utime and stime are the 14th and 15th fields of the line.
    let rest = &text[text.rfind(')')? + 2..];
    let mut fields = rest.split_whitespace().skip(11);
    let user: u64 = fields.next()?.parse().ok()?;
    let system: u64 = fields.next()?.parse().ok()?;
    Some(user + system)
}
