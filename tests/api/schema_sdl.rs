//! `schema.graphql` is the SDL printed from the code; these fail when they drift apart, and when
//! any part of the schema a client can see has no description (GraphiQL's docs pane and the
//! generated client types show them; an undocumented field is a guess for every client).

use async_graphql::parser::types::{FieldDefinition, InputValueDefinition, TypeKind, TypeSystemDefinition};
use async_graphql::parser::{Positioned, parse_schema};

#[test]
fn checked_in_schema_matches_the_code() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema.graphql");
    let checked_in = std::fs::read_to_string(path).unwrap_or_default();
    let generated = ai_usage::graphql::sdl();
    assert!(
        checked_in == generated,
        "schema.graphql is out of date with the code. Regenerate it with:\n\n    cargo run -- schema > schema.graphql\n"
    );
}

/// The directives the GraphQL specification defines: async-graphql prints them with the spec's
/// own wording, and their arguments are the spec's, not ours to describe.
const SPEC_DIRECTIVES: &[&str] = &["include", "skip", "deprecated", "specifiedBy", "oneOf"];

#[test]
fn every_type_field_argument_and_enum_value_has_a_description() {
    // The SDL is printed from async-graphql's registry (built without I/O), descriptions included,
    // so walking its parse is walking the registry.
    let (schema_description, sdl) = split_schema_description(&ai_usage::graphql::sdl());
    let document = parse_schema(&sdl).expect("async-graphql prints a schema its own parser reads");
    let mut missing = Vec::new();
    if schema_description.trim().is_empty() {
        missing.push("the schema itself".to_owned());
    }
    for definition in &document.definitions {
        match definition {
            TypeSystemDefinition::Schema(_) => {}
            TypeSystemDefinition::Directive(directive) => {
                let directive = &directive.node;
                if SPEC_DIRECTIVES.contains(&directive.name.node.as_str()) {
                    continue;
                }
                let at = format!("@{}", directive.name.node);
                check(&mut missing, &at, &directive.description);
                check_arguments(&mut missing, &at, &directive.arguments);
            }
            TypeSystemDefinition::Type(ty) => {
                let ty = &ty.node;
                let name = ty.name.node.as_str();
                check(&mut missing, &format!("type {name}"), &ty.description);
                match &ty.kind {
                    TypeKind::Scalar | TypeKind::Union(_) => {}
                    TypeKind::Object(object) => check_fields(&mut missing, name, &object.fields),
                    TypeKind::Interface(interface) => check_fields(&mut missing, name, &interface.fields),
                    TypeKind::Enum(enumeration) => {
                        for value in &enumeration.values {
                            let at = format!("enum value {name}.{}", value.node.value.node);
                            check(&mut missing, &at, &value.node.description);
                        }
                    }
                    TypeKind::InputObject(input) => {
                        for field in &input.fields {
                            let at = format!("input field {name}.{}", field.node.name.node);
                            check(&mut missing, &at, &field.node.description);
                        }
                    }
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} parts of the schema have no description (write a `///` on the Rust item, or \
         `desc = \"…\"`, then regenerate schema.graphql):\n  {}",
        missing.len(),
        missing.join("\n  ")
    );
}

/// The description above `schema { … }` and the SDL without it: async-graphql's parser predates
/// schema descriptions (GraphQL, October 2021) and refuses them.
fn split_schema_description(sdl: &str) -> (String, String) {
    const QUOTES: &str = "\"\"\"";
    let Some(at) = sdl.rfind("\nschema {") else { return (String::new(), sdl.to_owned()) };
    let head = &sdl[..at];
    let Some(body) = head.strip_suffix(QUOTES) else { return (String::new(), sdl.to_owned()) };
    let Some(open) = body.rfind(QUOTES) else { return (String::new(), sdl.to_owned()) };
    (body[open + QUOTES.len()..].to_owned(), format!("{}{}", &sdl[..open], &sdl[at..]))
}

fn check_fields(missing: &mut Vec<String>, type_name: &str, fields: &[Positioned<FieldDefinition>]) {
    for field in fields {
        let at = format!("{type_name}.{}", field.node.name.node);
        check(missing, &format!("field {at}"), &field.node.description);
        check_arguments(missing, &at, &field.node.arguments);
    }
}

fn check_arguments(missing: &mut Vec<String>, at: &str, arguments: &[Positioned<InputValueDefinition>]) {
    for argument in arguments {
        let at = format!("argument {at}({}:)", argument.node.name.node);
        check(missing, &at, &argument.node.description);
    }
}

fn check(missing: &mut Vec<String>, at: &str, description: &Option<Positioned<String>>) {
    if description.as_ref().is_none_or(|d| d.node.trim().is_empty()) {
        missing.push(at.to_owned());
    }
}
