//! Generators of hostile documents, one family per class of attack.

/// A value kind to nest.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    List,
    Object,
    /// Lists and objects alternating.
    Mixed,
}

pub const KINDS: [Kind; 3] = [Kind::List, Kind::Object, Kind::Mixed];

/// A value literal nested `depth` deep.
pub fn nested_value(kind: Kind, depth: usize) -> String {
    let mut open = String::with_capacity(depth * 4);
    let mut close = String::with_capacity(depth);
    for level in 0..depth {
        let list = match kind {
            Kind::List => true,
            Kind::Object => false,
            Kind::Mixed => level % 2 == 0,
        };
        if list {
            open.push('[');
            close.insert(0, ']');
        } else {
            open.push_str("{a:");
            close.insert(0, '}');
        }
    }
    format!("{open}1{close}")
}

/// Where a nested value is put.
#[derive(Debug, Clone, Copy)]
pub enum Position {
    /// An argument the field does not have: the parser still reads it.
    FieldArgument,
    Directive,
    VariableDefault,
    /// Inside a real input object argument.
    InputObject,
}

pub const POSITIONS: [Position; 4] =
    [Position::FieldArgument, Position::Directive, Position::VariableDefault, Position::InputObject];

/// A whole document with `value` at `position`.
pub fn document(position: Position, value: &str) -> String {
    match position {
        Position::FieldArgument => format!("{{ health(x: {value}) }}"),
        Position::Directive => format!("{{ health @skip(if: {value}) }}"),
        Position::VariableDefault => format!("query($v: [Int] = {value}) {{ health }}"),
        Position::InputObject => format!(
            "{{ usageSeries(workspaceId: \"1\", granularity: DAY, metrics: [], filter: {{teams: {value}}}) {{ metrics }} }}"
        ),
    }
}

/// `depth` fragments, each selecting `health` and spreading the next `width` times: it expands to
/// width^depth fields.
pub fn fragment_dag(width: usize, depth: usize) -> String {
    let mut doc = String::from("query { ...F0 }\n");
    for i in 0..depth {
        let spreads = format!("...F{} ", i + 1).repeat(width);
        doc += &format!("fragment F{i} on QueryRoot {{ health {spreads}}}\n");
    }
    doc += &format!("fragment F{depth} on QueryRoot {{ health }}\n");
    doc
}

/// Fields `fragment_dag` expands to, saturating.
pub fn fragment_dag_fields(width: usize, depth: usize) -> u64 {
    let mut total: u64 = 0;
    let mut level: u64 = 1;
    for _ in 0..=depth {
        total = total.saturating_add(level);
        level = level.saturating_mul(width as u64);
    }
    total
}

/// `count` aliases of `field` (a selection with `$ws` for the workspace) in one query.
pub fn aliases(field: &str, count: usize) -> String {
    let fields: String = (0..count).map(|i| format!("a{i}: {field}\n")).collect();
    format!("query($ws: ID!) {{\n{fields}}}")
}
