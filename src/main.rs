use std::process::ExitCode;

use clap::Parser;

use ai_usage::cli::{Cli, Command, KeysCommand, UserCommand};
use ai_usage::{app, graphql, operator, telemetry};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Schema) => {
            print!("{}", graphql::sdl());
            return ExitCode::SUCCESS;
        }
        Some(Command::Keys(KeysCommand::Generate)) => {
            operator::generate_key();
            return ExitCode::SUCCESS;
        }
        _ => {}
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
            Some(Command::Migrate) => app::migrate(&cli.storage).await.map_err(|e| e.to_string()),
            Some(Command::Serve) | None => {
                app::serve(&cli.storage, &cli.keys, &cli.serve).await.map_err(|e| e.to_string())
            }
            Some(Command::User(UserCommand::Create { email, admin, password_stdin })) => {
                operator::create_user(&cli.storage, &email, admin, password_stdin)
                    .await
                    .map_err(|e| e.to_string())
            }
            Some(Command::User(UserCommand::ResetPassword { email, password_stdin })) => {
                operator::reset_password(&cli.storage, &email, password_stdin)
                    .await
                    .map_err(|e| e.to_string())
            }
            Some(Command::Keys(KeysCommand::Rotate)) => {
                operator::rotate_keys(&cli.storage, &cli.keys).await.map_err(|e| e.to_string())
            }
            Some(Command::Sync(ref args)) => {
                app::sync(&cli.storage, &cli.keys, cli.serve.engine(), args).await.map_err(|e| e.to_string())
            }
            Some(Command::Schema | Command::Keys(KeysCommand::Generate)) => {
                unreachable!("handled before the runtime starts")
            }
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
