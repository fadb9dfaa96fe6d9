//! Folds Claude Code report rows into one [`ActorDay`] per actor: every row of an actor (they are
//! split by `is_remote` and terminal) and every `model_breakdown` element are summed.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate};

use super::payload::{Actor, Record};
use crate::domain::{ActorDay, ActorKey, ActorKind, Breakdown, Dimension, Measures, Provider};
use crate::providers::ProviderError;

/// Running totals of one actor across rows and pages.
#[derive(Default)]
pub(super) struct ActorTotals {
    measures: Measures,
    by_model: BTreeMap<String, Measures>,
}

/// Totals per actor for one day, filled page by page.
#[derive(Default)]
pub(super) struct DayTotals {
    actors: BTreeMap<ActorKey, ActorTotals>,
}

impl DayTotals {
    /// Adds one row; `index` is its position on the page, used in error messages.
    pub fn add(&mut self, day: NaiveDate, index: usize, record: Record) -> Result<(), ProviderError> {
        check_date(day, index, &record.date)?;
        let totals = self.actors.entry(actor_key(record.actor)).or_default();
        let mut row = Measures::default();
        if let Some(core) = record.core_metrics {
            row.sessions = core.num_sessions;
            row.commits = core.commits_by_claude_code;
            row.pull_requests = core.pull_requests_by_claude_code;
            if let Some(lines) = core.lines_of_code {
                row.lines_added = lines.added;
                row.lines_removed = lines.removed;
            }
        }
        // Unknown tool keys are counted too: acceptance is acceptance, whatever the tool.
        for action in record.tool_actions.unwrap_or_default().values() {
            row.tool_accepted += action.accepted;
            row.tool_rejected += action.rejected;
        }
        for usage in record.model_breakdown.unwrap_or_default() {
            let tokens = usage.tokens.unwrap_or_default();
            let cents = usage.estimated_cost.unwrap_or_default().amount;
            let model = Measures {
                input_tokens: tokens.input,
                output_tokens: tokens.output,
                cache_read_tokens: tokens.cache_read,
                cache_write_tokens: tokens.cache_creation,
                cost_millicents: cents * 1000,
                ..Measures::default()
            };
            row += model;
            *totals.by_model.entry(usage.model).or_default() += model;
        }
        totals.measures += row;
        Ok(())
    }

    /// The finished actor-days, in actor order.
    pub fn into_actor_days(self) -> Vec<ActorDay> {
        self.actors
            .into_iter()
            .map(|(actor, totals)| ActorDay {
                actor,
                // The report lists only actors who used Claude Code that day.
                active: true,
                measures: totals.measures,
                breakdowns: totals
                    .by_model
                    .into_iter()
                    .map(|(value, measures)| Breakdown { dimension: Dimension::Model, value, measures })
                    .collect(),
                teams: Vec::new(),
            })
            .collect()
    }
}

fn actor_key(actor: Actor) -> ActorKey {
    match actor {
        Actor::UserActor { email_address } => ActorKey {
            kind: ActorKind::Email,
            identifier: email_address.trim().to_lowercase(),
            external_id: None,
        },
        Actor::ApiActor { api_key_name } => {
            ActorKey { kind: ActorKind::ApiKey, identifier: api_key_name, external_id: None }
        }
    }
}

/// The row's `date` is an RFC 3339 timestamp; its UTC date must be the day asked for.
fn check_date(day: NaiveDate, index: usize, date: &str) -> Result<(), ProviderError> {
    let malformed = |detail: String| ProviderError::Malformed { provider: Provider::ClaudeCode, day, detail };
    let parsed = DateTime::parse_from_rfc3339(date).map_err(|e| {
        malformed(format!("field `data[{index}].date`: {date:?} is not an RFC 3339 timestamp ({e})"))
    })?;
    let row_day = parsed.to_utc().date_naive();
    if row_day != day {
        return Err(malformed(format!(
            "field `data[{index}].date`: row is for {row_day}, not the day asked for"
        )));
    }
    Ok(())
}
