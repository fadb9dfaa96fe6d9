//! The input guard: one async-graphql extension that every request passes (HTTP and both
//! WebSocket protocols), so a value no resolver can store never reaches one.
//!
//! - No string anywhere in a request (variables, literals, block strings) may hold a NUL
//!   character: PostgreSQL cannot store one in `text`, and nothing legitimate needs it.
//! - Every `NaiveDate` argument (also inside input objects and lists) lies within
//!   [`FIRST_DAY`]..=[`LAST_DAY`]: usage data starts after 2000, arithmetic on dates near the
//!   ends of chrono's range overflows, and PostgreSQL has no year 0.
//!
//! Both are refused with `BAD_USER_INPUT`.

use std::sync::{Arc, Mutex};

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextParseQuery, NextPrepareRequest, NextResolve,
    ResolveInfo,
};
use async_graphql::parser::types::{ExecutableDocument, Field};
use async_graphql::registry::{MetaType, Registry};
use async_graphql::{Name, Positioned, Request, ServerError, ServerResult, Value, Variables};
use chrono::NaiveDate;

use super::ApiError;

pub use crate::analytics::range::{FIRST_DAY, LAST_DAY};

/// `BAD_USER_INPUT` unless `day` is within [`FIRST_DAY`]..=[`LAST_DAY`].
pub fn check_day(day: NaiveDate) -> Result<NaiveDate, ApiError> {
    Ok(crate::analytics::range::check_day(day)?)
}

/// Registers the guard on a schema (`.extension(InputGuard)`).
pub struct InputGuard;

impl ExtensionFactory for InputGuard {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(InputGuardRequest::default())
    }
}

/// A request's variables with the operation's defaults filled in, captured once its document is
/// parsed; the extensions that read arguments in `resolve` (this guard, the audit trail) keep one.
#[derive(Default)]
pub(crate) struct CapturedVariables(Mutex<Arc<Variables>>);

impl CapturedVariables {
    pub(crate) fn capture(&self, document: &ExecutableDocument, variables: &Variables) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Arc::new(with_defaults(document, variables));
    }

    pub(crate) fn get(&self) -> Arc<Variables> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

/// The guard's state for one request: its variables, with the operation's defaults filled in.
#[derive(Default)]
struct InputGuardRequest {
    variables: CapturedVariables,
}

#[async_graphql::async_trait::async_trait]
impl Extension for InputGuardRequest {
    async fn prepare_request(
        &self,
        ctx: &ExtensionContext<'_>,
        request: Request,
        next: NextPrepareRequest<'_>,
    ) -> ServerResult<Request> {
        if text_holds_nul(&request.query)
            || request.variables.iter().any(|(k, v)| k.contains('\0') || value_holds_nul(v))
        {
            return Err(bad_input("strings must not contain NUL characters".into()));
        }
        next.run(ctx, request).await
    }

    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let document = next.run(ctx, query, variables).await?;
        self.variables.capture(&document, variables);
        Ok(document)
    }

    async fn resolve(
        &self,
        ctx: &ExtensionContext<'_>,
        info: ResolveInfo<'_>,
        next: NextResolve<'_>,
    ) -> ServerResult<Option<Value>> {
        if !info.field.arguments.is_empty() {
            let registry = &ctx.schema_env.registry;
            let definitions = registry.types.get(info.parent_type).and_then(|t| t.field_by_name(info.name));
            if let Some(definitions) = definitions {
                let variables = self.variables.get();
                for (name, value) in &info.field.arguments {
                    let Some(definition) = definitions.args.get(name.node.as_str()) else { continue };
                    // Only arguments whose type can hold a date are materialised and walked, so
                    // a large variable passed to many aliases costs nothing here.
                    if !holds_dates(registry, &definition.ty, &mut Vec::new()) {
                        continue;
                    }
                    let resolved = value
                        .node
                        .clone()
                        .into_const_with(|var: Name| variables.get(&var).cloned().ok_or(()));
                    let Ok(value) = resolved else { continue };
                    check_dates(registry, &definition.ty, &value)
                        .map_err(|e| async_graphql::Error::from(e).into_server_error(name.pos))?;
                }
            }
        }
        next.run(ctx, info).await
    }
}

/// The request's variables plus the default values its operations declare for the others.
fn with_defaults(document: &ExecutableDocument, variables: &Variables) -> Variables {
    let mut known = variables.clone();
    for (_, operation) in document.operations.iter() {
        for definition in &operation.node.variable_definitions {
            let definition = &definition.node;
            if let Some(default) = &definition.default_value
                && !known.contains_key(&definition.name.node)
            {
                known.insert(definition.name.node.clone(), default.node.clone());
            }
        }
    }
    known
}

/// A field's arguments with variables substituted; arguments naming an unknown variable are
/// left out.
pub(crate) fn arguments(field: &Field, variables: &Variables) -> Vec<(Positioned<Name>, Value)> {
    field
        .arguments
        .iter()
        .filter_map(|(name, value)| {
            let value = value
                .node
                .clone()
                .into_const_with(|var: Name| variables.get(&var).cloned().ok_or(()))
                .ok()?;
            Some((name.clone(), value))
        })
        .collect()
}

fn bad_input(message: String) -> ServerError {
    async_graphql::Error::from(ApiError::BadInput(message)).into_server_error(Default::default())
}

/// A raw NUL, or an escape that decodes to one (`\u0000`, `\u{0}`), in a document. Textual, so
/// it also refuses such an escape inside a block string or comment, where it would be harmless.
fn text_holds_nul(text: &str) -> bool {
    if text.contains('\0') {
        return true;
    }
    let bytes = text.as_bytes();
    text.match_indices("\\u").any(|(at, _)| {
        let rest = &bytes[at + 2..];
        match rest.first() {
            Some(b'{') => {
                let digits: Vec<u8> = rest[1..].iter().copied().take_while(|b| *b != b'}').collect();
                !digits.is_empty() && digits.iter().all(|b| *b == b'0')
            }
            _ => rest.len() >= 4 && rest[..4].iter().all(|b| *b == b'0'),
        }
    })
}

fn value_holds_nul(value: &Value) -> bool {
    match value {
        Value::String(s) => s.contains('\0'),
        Value::Enum(name) => name.contains('\0'),
        Value::List(items) => items.iter().any(value_holds_nul),
        Value::Object(fields) => fields.iter().any(|(k, v)| k.contains('\0') || value_holds_nul(v)),
        _ => false,
    }
}

/// Whether input type `ty` is or (through input objects and lists) contains a `NaiveDate`.
fn holds_dates<'r>(registry: &'r Registry, ty: &'r str, seen: &mut Vec<&'r str>) -> bool {
    let name = ty.trim_start_matches('[').trim_end_matches(['!', ']']);
    if name == "NaiveDate" {
        return true;
    }
    if seen.contains(&name) {
        return false;
    }
    seen.push(name);
    match registry.types.get(name) {
        Some(MetaType::InputObject { input_fields, .. }) => {
            input_fields.values().any(|field| holds_dates(registry, &field.ty, seen))
        }
        _ => false,
    }
}

/// Checks every `NaiveDate` in `value`, an input of GraphQL type `ty` (e.g. `[DateRange!]!`).
fn check_dates(registry: &Registry, ty: &str, value: &Value) -> Result<(), ApiError> {
    let ty = ty.strip_suffix('!').unwrap_or(ty);
    if let Some(inner) = ty.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
        return match value {
            Value::List(items) => items.iter().try_for_each(|item| check_dates(registry, inner, item)),
            single => check_dates(registry, inner, single),
        };
    }
    match (ty, value) {
        ("NaiveDate", Value::String(text)) => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(day) => check_day(day).map(|_| ()),
            // Not a date at all: the scalar reports that itself.
            Err(_) => Ok(()),
        },
        (_, Value::Object(fields)) => match registry.types.get(ty) {
            Some(MetaType::InputObject { input_fields, .. }) => {
                input_fields.iter().try_for_each(|(name, field)| match fields.get(name.as_str()) {
                    Some(value) => check_dates(registry, &field.ty, value),
                    None => Ok(()),
                })
            }
            _ => Ok(()),
        },
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_in_documents() {
        assert!(text_holds_nul("{ a(x: \"\\u0000\") }"));
        assert!(text_holds_nul("{ a(x: \"\\u{0}\") }"));
        assert!(text_holds_nul("{ a(x: \"\0\") }"));
        assert!(!text_holds_nul("{ a(x: \"\\u0041\") }"));
        assert!(!text_holds_nul("{ a(x: \"\\u{100}\") }"));
    }

    #[test]
    fn day_bounds() {
        assert!(check_day(FIRST_DAY).is_ok());
        assert!(check_day(LAST_DAY).is_ok());
        assert!(check_day(NaiveDate::MIN).is_err());
        assert!(check_day(NaiveDate::from_ymd_opt(0, 1, 1).unwrap()).is_err());
    }
}
