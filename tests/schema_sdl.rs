//! `schema.graphql` is the SDL printed from the code; this fails when they drift apart.

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
