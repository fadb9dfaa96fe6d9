//! The `ai-usage` binary: parses the command line and runs the chosen command (`serve`,
//! `migrate`, the operator commands…) on a multi-threaded runtime. Commands that need no
//! runtime (`schema`, `keys generate`) answer before one is started.

use std::process::ExitCode;

use clap::Parser;

use ai_usage::cli::{Cli, Command, IntegrationsCommand, KeysCommand, UserCommand};
use ai_usage::{app, graphql, operator, telemetry};

fn main() -> ExitCode {
    let command = Cli::parse().into_command();
    match command {
        Command::Schema => {
            print!("{}", graphql::sdl());
            return ExitCode::SUCCESS;
        }
        Command::Keys(KeysCommand::Generate) => {
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
        match command {
            Command::Demo(args) => ai_usage::demo::run(&args).await.map_err(|e| e.to_string()),
            Command::Migrate(args) => app::migrate(&args.storage).await.map_err(|e| e.to_string()),
            Command::Serve(args) => app::serve(&args.storage, &args.keys, &args.serve, &args.sync)
                .await
                .map_err(|e| e.to_string()),
            Command::User(UserCommand::Create { email, admin, password_stdin, storage }) => {
                operator::create_user(&storage, &email, admin, password_stdin)
                    .await
                    .map_err(|e| e.to_string())
            }
            Command::User(UserCommand::ResetPassword { email, password_stdin, storage }) => {
                operator::reset_password(&storage, &email, password_stdin).await.map_err(|e| e.to_string())
            }
            Command::Keys(KeysCommand::Rotate { storage, keys }) => {
                operator::rotate_keys(&storage, &keys).await.map_err(|e| e.to_string())
            }
            Command::Integrations(IntegrationsCommand::List { storage }) => {
                operator::list_integrations(&storage).await.map_err(|e| e.to_string())
            }
            Command::Sync(args) => app::sync(&args.storage, &args.keys, args.sync.engine(), &args)
                .await
                .map_err(|e| e.to_string()),
            Command::Schema | Command::Keys(KeysCommand::Generate) => {
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
