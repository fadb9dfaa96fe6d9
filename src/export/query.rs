//! The parameters every export takes, in the dashboard's own URL vocabulary so the web app can
//! hand its view over as it is:
//!
//! | parameter | meaning | default |
//! |---|---|---|
//! | `workspace` | the workspace's id (required) | — |
//! | `from`, `to` | UTC days, `YYYY-MM-DD`, both included | the last 90 days ([`range::days`]) |
//! | `granularity` | `DAY`, `WEEK` or `MONTH` | `DAY` |
//! | `tool` | comma-separated `CLAUDE_CODE`, `COPILOT`, `CURSOR` | all |
//! | `integration`, `person` | comma-separated ids | all |
//! | `team` | comma-separated team names (repeat the parameter for a name holding a comma) | all |
//! | `identities` | `HUMANS`, `SERVICES` or `ALL` | `HUMANS` |
//! | `breakdown` | a `BreakdownDimension` (`MODEL`, `PERSON`, …): rows per value instead of per tool | none |
//! | `bom` | `1`: start the CSV with a UTF-8 byte-order mark (Excel) | off |
//! | `paper` | `a4` or `letter` (PDF only) | `a4` |
//!
//! Enum values are spelled as in the GraphQL schema. Unknown parameters are refused, so a typo
//! does not silently export everything.

use async_graphql::{InputType, Name, Value};
use chrono::NaiveDate;
use serde::Deserialize;

use super::ExportError;
use crate::analytics::breakdown::BreakdownDimension;
use crate::analytics::{self, Audience, Filter, Request, Rows, Selection, range};
use crate::auth::Caller;
use crate::auth::policy;
use crate::domain::Identities;
use crate::domain::analytics::Granularity;
use crate::storage::Db;

/// The most values a list parameter may hold (more is abuse, not a dashboard view).
const MAX_LIST: usize = 200;
/// The longest query string accepted, in bytes.
const MAX_QUERY_BYTES: usize = 8 * 1024;

/// A paper size for the PDF report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

/// An export's parameters, parsed and bounded (not yet checked against who asks).
#[derive(Debug, Clone)]
pub struct ExportQuery {
    /// The workspace, days, restrictions and identities, as analytics takes them.
    pub request: Request,
    /// How the usage rows group days.
    pub granularity: Granularity,
    /// Rows per value of this dimension instead of per tool.
    pub breakdown: Option<BreakdownDimension>,
    /// Start CSV output with a UTF-8 byte-order mark.
    pub bom: bool,
    /// The PDF's paper size.
    pub paper: Paper,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    workspace: Option<String>,
    from: Option<String>,
    to: Option<String>,
    granularity: Option<String>,
    #[serde(default)]
    tool: Vec<String>,
    #[serde(default)]
    integration: Vec<String>,
    #[serde(default)]
    person: Vec<String>,
    #[serde(default)]
    team: Vec<String>,
    identities: Option<String>,
    breakdown: Option<String>,
    bom: Option<String>,
    paper: Option<String>,
}

impl ExportQuery {
    /// Parses a request's query string; `BadInput` names the first bad parameter.
    pub fn parse(query: Option<&str>) -> Result<ExportQuery, ExportError> {
        let query = query.unwrap_or("");
        if query.len() > MAX_QUERY_BYTES {
            return Err(bad("the query string is longer than 8 KiB"));
        }
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query)
            .map_err(|e| bad(&format!("the query string is malformed: {e}")))?;
        let raw = collect(pairs)?;
        let workspace_id = match raw.workspace.as_deref() {
            Some(id) => id.parse::<i64>().map_err(|_| bad("workspace is not a valid id"))?,
            None => return Err(bad("workspace is required")),
        };
        let (from, to) = range::days(day(&raw.from, "from")?, day(&raw.to, "to")?)?;
        let teams = raw.team.iter().flat_map(|t| split_teams(t, raw.team.len())).collect::<Vec<_>>();
        let filter = Filter {
            providers: list(&raw.tool, "tool", |s| graphql_enum(s, "tool"))?,
            integration_ids: list(&raw.integration, "integration", |s| id(s, "integration"))?,
            person_ids: list(&raw.person, "person", |s| id(s, "person"))?,
            actor_ids: Vec::new(),
            teams: bounded(teams, "team")?,
        };
        let identities = match raw.identities.as_deref() {
            Some(s) => graphql_enum(s, "identities")?,
            None => Identities::default(),
        };
        Ok(ExportQuery {
            request: Request { workspace_id, from, to, filter, identities },
            granularity: match raw.granularity.as_deref() {
                Some(s) => graphql_enum(s, "granularity")?,
                None => Granularity::Day,
            },
            breakdown: raw.breakdown.as_deref().map(|s| graphql_enum(s, "breakdown")).transpose()?,
            bom: match raw.bom.as_deref() {
                None | Some("0") | Some("false") => false,
                Some("1") | Some("true") => true,
                Some(_) => return Err(bad("bom is 1 or 0")),
            },
            paper: match raw.paper.as_deref().map(str::to_ascii_lowercase).as_deref() {
                None | Some("a4") => Paper::A4,
                Some("letter") => Paper::Letter,
                Some(_) => return Err(bad("paper is a4 or letter")),
            },
        })
    }

    /// Checks the query against `caller`'s access for `rows` (the policy first: a caller who
    /// may not read the workspace learns nothing of the parameters), then the privacy rules.
    pub async fn select(&self, db: &Db, caller: &Caller, rows: Rows) -> Result<Selection, ExportError> {
        let role = policy::authorize(db, Some(caller), self.request.workspace_id, rows.action()).await?;
        let audience = Audience { role, user_id: caller.user_id, email: caller.email.clone() };
        Ok(analytics::scope::select(db, audience, self.request.clone(), rows).await?)
    }
}

/// Gathers repeated parameters (`tool=A&tool=B`) and comma lists (`tool=A,B`) into [`Raw`].
fn collect(pairs: Vec<(String, String)>) -> Result<Raw, ExportError> {
    let mut map = serde_json::Map::new();
    for (key, value) in pairs {
        let multi = matches!(key.as_str(), "tool" | "integration" | "person" | "team");
        match map.get_mut(&key) {
            Some(serde_json::Value::Array(values)) if multi => values.push(value.into()),
            Some(_) => return Err(bad(&format!("{key} is given twice"))),
            None if multi => {
                map.insert(key, serde_json::Value::Array(vec![value.into()]));
            }
            None => {
                map.insert(key, value.into());
            }
        }
    }
    serde_json::from_value(serde_json::Value::Object(map))
        .map_err(|e| bad(&format!("unknown parameter: {e}")))
}

/// A team parameter: a comma list when given once, one name per parameter when repeated.
fn split_teams(value: &str, repeated: usize) -> Vec<String> {
    if repeated > 1 {
        return vec![value.to_owned()];
    }
    value.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

fn list<T>(
    values: &[String],
    what: &str,
    parse: impl Fn(&str) -> Result<T, ExportError>,
) -> Result<Vec<T>, ExportError> {
    let parsed = values
        .iter()
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(parse)
        .collect::<Result<Vec<_>, _>>()?;
    bounded(parsed, what)
}

fn bounded<T>(values: Vec<T>, what: &str) -> Result<Vec<T>, ExportError> {
    if values.len() > MAX_LIST {
        return Err(bad(&format!("{what} lists at most {MAX_LIST} values")));
    }
    Ok(values)
}

fn day(value: &Option<String>, what: &str) -> Result<Option<NaiveDate>, ExportError> {
    value
        .as_deref()
        .map(|s| s.parse::<NaiveDate>().map_err(|_| bad(&format!("{what} is not a date (YYYY-MM-DD)"))))
        .transpose()
}

fn id(value: &str, what: &str) -> Result<i64, ExportError> {
    value.parse::<i64>().map_err(|_| bad(&format!("{what} holds an invalid id")))
}

/// An enum value spelled as in the GraphQL schema (`CLAUDE_CODE`, `WEEK`), parsed by the type's
/// own GraphQL input rules so the two spellings cannot drift.
fn graphql_enum<T: InputType>(value: &str, what: &str) -> Result<T, ExportError> {
    let valid = !value.is_empty() && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    valid
        .then(|| T::parse(Some(Value::Enum(Name::new(value)))).ok())
        .flatten()
        .ok_or_else(|| bad(&format!("{what} has no value {value:?}")))
}

fn bad(message: &str) -> ExportError {
    ExportError::BadInput(message.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Provider;

    #[test]
    fn parses_the_dashboard_vocabulary() {
        let q = ExportQuery::parse(Some(
            "workspace=7&from=2026-01-01&to=2026-01-31&granularity=WEEK&tool=CLAUDE_CODE,CURSOR&integration=3&tool=COPILOT&team=a,b&breakdown=MODEL&bom=1&paper=letter",
        ))
        .unwrap();
        assert_eq!(q.request.workspace_id, 7);
        assert_eq!(q.request.from.to_string(), "2026-01-01");
        assert_eq!(q.granularity, Granularity::Week);
        assert_eq!(
            q.request.filter.providers,
            vec![Provider::ClaudeCode, Provider::Cursor, Provider::Copilot]
        );
        assert_eq!(q.request.filter.integration_ids, vec![3]);
        assert_eq!(q.request.filter.teams, vec!["a".to_owned(), "b".to_owned()]);
        assert_eq!(q.breakdown, Some(BreakdownDimension::Model));
        assert!(q.bom);
        assert_eq!(q.paper, Paper::Letter);
    }

    #[test]
    fn repeated_team_parameters_keep_commas() {
        let q = ExportQuery::parse(Some("workspace=1&team=R%26D%2C+Paris&team=Ops")).unwrap();
        assert_eq!(q.request.filter.teams, vec!["R&D, Paris".to_owned(), "Ops".to_owned()]);
    }

    #[test]
    fn refuses_what_a_typo_or_an_attacker_sends() {
        for query in [
            "",
            "workspace=x",
            "workspace=1&frm=2026-01-01",
            "workspace=1&workspace=2",
            "workspace=1&from=2026-13-01",
            "workspace=1&from=0001-01-01",
            "workspace=1&from=2026-01-01&to=2101-01-01",
            "workspace=1&tool=claude_code",
            "workspace=1&tool=__typename",
            "workspace=1&granularity=HOUR",
            "workspace=1&paper=a3",
            "workspace=1&bom=yes",
        ] {
            assert!(
                matches!(ExportQuery::parse(Some(query)), Err(ExportError::BadInput(_))),
                "{query:?} should be refused"
            );
        }
        let long = format!("workspace=1&team={}", "x,".repeat(5_000));
        assert!(matches!(ExportQuery::parse(Some(&long)), Err(ExportError::BadInput(_))));
        let many = format!("workspace=1&integration={}", "1,".repeat(201));
        assert!(matches!(ExportQuery::parse(Some(&many)), Err(ExportError::BadInput(_))));
    }
}
