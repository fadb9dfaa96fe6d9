//! Turns Copilot user records into [`ActorDay`]s.
//!
//! Mapping (github-copilot.md §2.5; the per-measure table is `domain::definitions`):
//! `user_initiated_interaction_count` → interactions, code generation / acceptance activity →
//! suggestions shown / accepted, `loc_added_sum` → lines added (agent edits included),
//! `loc_deleted_sum` → lines removed, `loc_suggested_to_add_sum` → lines suggested, and lines
//! accepted = `loc_added_sum` minus the `agent_edit` feature's `loc_added_sum` (the suggestion
//! fields never count agent edits, so acceptance by lines stays a share of what was suggested),
//! CLI tokens → input / output tokens, CLI and third-party-agent sessions → sessions. Editors,
//! features, languages and models become breakdowns; languages and models are summed over
//! features. Copilot reports no cost.

use std::collections::BTreeMap;

use super::report::{Counters, UserRecord};
use crate::domain::{ActorDay, ActorKey, ActorKind, Breakdown, Dimension, Measures};

/// The feature whose lines are agent edits rather than accepted suggestions.
const AGENT_EDIT: &str = "agent_edit";

/// The measures one set of counters stands for, `agent_edit_lines` of its `loc_added_sum` being
/// agent edits.
fn measures(c: &Counters, agent_edit_lines: i64) -> Measures {
    Measures {
        interactions: c.user_initiated_interaction_count,
        suggestions_shown: c.code_generation_activity_count,
        suggestions_accepted: c.code_acceptance_activity_count,
        lines_added: c.loc_added_sum,
        lines_suggested: c.loc_suggested_to_add_sum,
        lines_accepted: (c.loc_added_sum - agent_edit_lines).max(0),
        lines_removed: c.loc_deleted_sum,
        ..Measures::default()
    }
}

/// The measures of counters that belong to one feature (all of them agent edits or none).
fn feature_measures(feature: Option<&str>, c: &Counters) -> Measures {
    let agent_edit_lines = if feature == Some(AGENT_EDIT) { c.loc_added_sum } else { 0 };
    measures(c, agent_edit_lines)
}

/// Running totals for one user.
struct UserTotals {
    login: String,
    measures: Measures,
    breakdowns: BTreeMap<(Dimension, String), Measures>,
}

/// Totals per GitHub user id for one day.
#[derive(Default)]
pub(super) struct DayTotals {
    users: BTreeMap<i64, UserTotals>,
}

impl DayTotals {
    /// Adds one user record (a user appearing twice is summed).
    pub fn add(&mut self, record: UserRecord) {
        let login =
            record.user_login.clone().filter(|l| !l.is_empty()).unwrap_or_else(|| record.user_id.to_string());
        let totals = self.users.entry(record.user_id).or_insert_with(|| UserTotals {
            login,
            measures: Measures::default(),
            breakdowns: BTreeMap::new(),
        });
        let agent_edit_lines: i64 = record
            .totals_by_feature
            .iter()
            .flatten()
            .filter(|f| f.feature == AGENT_EDIT)
            .map(|f| f.counters().loc_added_sum)
            .sum();
        let mut day = measures(&record.counters(), agent_edit_lines);
        if let Some(cli) = &record.totals_by_cli {
            day.sessions += cli.session_count;
            if let Some(tokens) = &cli.token_usage {
                day.input_tokens += tokens.prompt_tokens_sum;
                day.output_tokens += tokens.output_tokens_sum;
            }
        }
        for agent in record.totals_by_third_party_agent.iter().flatten() {
            day.sessions += agent.session_count;
        }
        totals.measures += day;

        let mut add = |dimension, value: &str, measures: Measures| {
            *totals.breakdowns.entry((dimension, value.to_owned())).or_default() += measures;
        };
        // Editors are not split by feature: their accepted lines cannot leave agent edits out, so
        // they carry none (lines added and suggested are exact).
        for ide in record.totals_by_ide.iter().flatten() {
            let c = ide.counters();
            add(Dimension::Editor, &ide.ide, Measures { lines_accepted: 0, ..measures(&c, 0) });
        }
        for feature in record.totals_by_feature.iter().flatten() {
            add(
                Dimension::Feature,
                &feature.feature,
                feature_measures(Some(&feature.feature), &feature.counters()),
            );
        }
        for language in record.totals_by_language_feature.iter().flatten() {
            let m = feature_measures(language.feature.as_deref(), &language.counters());
            add(Dimension::Language, &language.language, m);
        }
        for model in record.totals_by_model_feature.iter().flatten() {
            add(
                Dimension::Model,
                &model.model,
                feature_measures(model.feature.as_deref(), &model.counters()),
            );
        }
    }

    /// The finished actor-days, with each user's teams from `teams` (user id → slugs).
    pub fn into_actor_days(self, mut teams: BTreeMap<i64, Vec<String>>) -> Vec<ActorDay> {
        self.users
            .into_iter()
            .map(|(user_id, totals)| {
                let mut slugs = teams.remove(&user_id).unwrap_or_default();
                slugs.sort();
                slugs.dedup();
                ActorDay {
                    actor: ActorKey {
                        kind: ActorKind::Login,
                        identifier: totals.login,
                        external_id: Some(user_id.to_string()),
                    },
                    // The report has a record only for users active that day.
                    active: true,
                    measures: totals.measures,
                    breakdowns: totals
                        .breakdowns
                        .into_iter()
                        .map(|((dimension, value), measures)| Breakdown { dimension, value, measures })
                        .collect(),
                    teams: slugs,
                }
            })
            .collect()
    }
}
