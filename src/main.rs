use std::process::ExitCode;

use clap::Parser;

use ai_usage::cli::{Cli, Command};
use ai_usage::{app, graphql, telemetry};

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(Command::Schema) = cli.command {
        print!("{}", graphql::sdl());
        return ExitCode::SUCCESS;
    }
    telemetry::init();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async {
        match cli.command {
            Some(Command::Migrate) => app::migrate(&cli.storage).await,
            Some(Command::Sync(ref args)) => app::sync(&cli.storage, &cli.keys, args).await,
            Some(Command::Serve) | None => app::serve(&cli.storage, &cli.keys, &cli.serve).await,
            Some(Command::Schema) => unreachable!("handled before the runtime starts"),
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
