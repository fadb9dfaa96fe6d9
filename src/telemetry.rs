//! Logging: plain-text lines on stderr, filtered by RUST_LOG (default `info`). Colour only when
//! stderr is a terminal and `NO_COLOR` is unset (<https://no-color.org>), so a log file or a pipe
//! never holds escape codes.

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

/// Installs the log subscriber (see the module doc); a second call keeps the first.
pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    // A second init (tests start several apps in one process) is harmless: keep the first.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(colour_wanted(std::io::stderr().is_terminal(), std::env::var_os("NO_COLOR")))
        .try_init();
}

/// Whether log lines get ANSI colours: on a terminal, unless `NO_COLOR` is set to anything but "".
fn colour_wanted(terminal: bool, no_color: Option<std::ffi::OsString>) -> bool {
    terminal && no_color.is_none_or(|v| v.is_empty())
}
