//! Our one walk over a parsed document, before async-graphql validates it.
//!
//! async-graphql's validation (and its depth and complexity visitors) inline every fragment spread
//! where it occurs, so fragments that each spread the next twice cost 2^n. This walk computes each
//! fragment's size once (memoised) and combines sizes arithmetically, saturating: the whole
//! document costs O(its length), whatever it would expand to. It refuses fragment cycles, chains of
//! fragments spread too deep, selections nested too deep (introspection, under `__schema` and
//! `__type`, has a bound of its own) and documents that expand to too many fields. What passes is
//! small once expanded, so async-graphql's own validation that follows is cheap too.

use std::collections::HashMap;

use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};

/// Why a parsed document was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckError {
    FragmentCycle(String),
    UnknownFragment(String),
    FragmentsTooDeep { max: usize },
    TooDeep { max: usize },
    IntrospectionTooDeep { max: usize },
    TooManyFields { max: u64 },
}

impl CheckError {
    /// The code a client reads: a malformed document or one too big to run.
    pub fn code(&self) -> &'static str {
        match self {
            CheckError::FragmentCycle(_) | CheckError::UnknownFragment(_) => "GRAPHQL_VALIDATION_FAILED",
            _ => "QUERY_TOO_COMPLEX",
        }
    }

    pub fn message(&self) -> String {
        match self {
            CheckError::FragmentCycle(name) => format!("fragment \"{name}\" spreads itself"),
            CheckError::UnknownFragment(name) => format!("unknown fragment \"{name}\""),
            CheckError::FragmentsTooDeep { max } => {
                format!("fragments spread one another more than {max} deep")
            }
            CheckError::TooDeep { max } => format!("the query nests fields more than {max} deep"),
            CheckError::IntrospectionTooDeep { max } => {
                format!("the introspection query nests fields more than {max} deep")
            }
            CheckError::TooManyFields { max } => {
                format!("the query selects more than {max} fields once its fragments are expanded")
            }
        }
    }
}

/// The bounds a parsed document must respect.
#[derive(Debug, Clone, Copy)]
pub struct DocumentLimits {
    /// Field depth outside introspection; a root field is at depth 1.
    pub max_depth: usize,
    /// Field depth of a `__schema` or `__type` subtree, counted from that field.
    pub max_introspection_depth: usize,
    /// Fields (aliases included) once every fragment spread is expanded where it occurs.
    pub max_fields: u64,
    /// Fragments being expanded inside one another at once.
    pub max_fragment_nesting: usize,
}

/// What a selection set amounts to once expanded.
#[derive(Debug, Clone, Copy, Default)]
struct Size {
    /// Depth without descending into introspection subtrees (each counts as one field).
    depth: usize,
    /// Deepest introspection subtree, measured from its `__schema`/`__type` field.
    introspection_depth: usize,
    fields: u64,
}

impl Size {
    fn add(&mut self, other: Size) {
        self.depth = self.depth.max(other.depth);
        self.introspection_depth = self.introspection_depth.max(other.introspection_depth);
        self.fields = self.fields.saturating_add(other.fields);
    }
}

enum Memo {
    Expanding,
    Done(Size),
}

struct Walk<'a> {
    doc: &'a ExecutableDocument,
    limits: &'a DocumentLimits,
    memo: HashMap<&'a str, Memo>,
    /// Fragments being expanded right now (the spread chain).
    nesting: usize,
}

/// Checks every operation and every fragment of `doc` against `limits`; the fields the operations
/// select once expanded.
pub fn check(doc: &ExecutableDocument, limits: &DocumentLimits) -> Result<u64, CheckError> {
    let mut walk = Walk { doc, limits, memo: HashMap::new(), nesting: 0 };
    let mut total = Size::default();
    for (_, operation) in doc.operations.iter() {
        total.add(walk.selection_set(&operation.node.selection_set.node)?);
        walk.verify(total)?;
        if total.depth > limits.max_depth {
            return Err(CheckError::TooDeep { max: limits.max_depth });
        }
    }
    // Unused fragments too: a cycle among them is an error, and async-graphql walks them.
    for name in doc.fragments.keys() {
        walk.fragment(name.as_str())?;
    }
    Ok(total.fields)
}

impl<'a> Walk<'a> {
    /// What can be checked of a part: its field count and its introspection depth are final.
    /// Its ordinary depth is not (under `__schema` it counts as introspection), so that is checked
    /// on whole operations only; the lexical scan already bounds it.
    fn verify(&self, size: Size) -> Result<(), CheckError> {
        let limits = self.limits;
        if size.introspection_depth > limits.max_introspection_depth {
            return Err(CheckError::IntrospectionTooDeep { max: limits.max_introspection_depth });
        }
        if size.fields > limits.max_fields {
            return Err(CheckError::TooManyFields { max: limits.max_fields });
        }
        Ok(())
    }

    /// Recursion here follows the document's nesting, which the lexical scan has bounded, and
    /// fragment chains, which `max_fragment_nesting` bounds.
    fn selection_set(&mut self, set: &'a SelectionSet) -> Result<Size, CheckError> {
        let mut size = Size::default();
        for selection in &set.items {
            let item = match &selection.node {
                Selection::Field(field) => {
                    let field = &field.node;
                    let child = self.selection_set(&field.selection_set.node)?;
                    let name = field.name.node.as_str();
                    if name == "__schema" || name == "__type" {
                        Size {
                            depth: 1,
                            introspection_depth: child.introspection_depth.max(1 + child.depth),
                            fields: child.fields.saturating_add(1),
                        }
                    } else {
                        Size {
                            depth: 1 + child.depth,
                            introspection_depth: child.introspection_depth,
                            fields: child.fields.saturating_add(1),
                        }
                    }
                }
                Selection::InlineFragment(inline) => self.selection_set(&inline.node.selection_set.node)?,
                Selection::FragmentSpread(spread) => {
                    self.fragment(spread.node.fragment_name.node.as_str())?
                }
            };
            size.add(item);
            // Stop as soon as the limit is crossed; saturation keeps the sums finite meanwhile.
            self.verify(size)?;
        }
        Ok(size)
    }

    fn fragment(&mut self, name: &'a str) -> Result<Size, CheckError> {
        match self.memo.get(name) {
            Some(Memo::Done(size)) => return Ok(*size),
            Some(Memo::Expanding) => return Err(CheckError::FragmentCycle(name.to_owned())),
            None => {}
        }
        let Some(definition) = self.doc.fragments.get(name) else {
            return Err(CheckError::UnknownFragment(name.to_owned()));
        };
        if self.nesting >= self.limits.max_fragment_nesting {
            return Err(CheckError::FragmentsTooDeep { max: self.limits.max_fragment_nesting });
        }
        self.memo.insert(name, Memo::Expanding);
        self.nesting += 1;
        let size = self.selection_set(&definition.node.selection_set.node);
        self.nesting -= 1;
        let size = size?;
        self.memo.insert(name, Memo::Done(size));
        Ok(size)
    }
}

#[cfg(test)]
mod tests {
    use async_graphql::parser::parse_query;

    use super::*;

    const LIMITS: DocumentLimits =
        DocumentLimits { max_depth: 3, max_introspection_depth: 5, max_fields: 100, max_fragment_nesting: 4 };

    fn run(doc: &str) -> Result<(), CheckError> {
        check(&parse_query(doc).expect("parses"), &LIMITS).map(|_| ())
    }

    #[test]
    fn counts_expanded_fields() {
        let doc = parse_query("{ a ...F ...F } fragment F on Q { b { c } }").unwrap();
        assert_eq!(check(&doc, &LIMITS), Ok(5));
    }

    #[test]
    fn depth_counts_through_fragments_and_inline_fragments() {
        assert_eq!(run("{ a { b { c } } }"), Ok(()));
        assert_eq!(run("{ a { b { c { d } } } }"), Err(CheckError::TooDeep { max: 3 }));
        assert_eq!(
            run("{ a { ...F } } fragment F on T { b { ... on T { c { d } } } }"),
            Err(CheckError::TooDeep { max: 3 })
        );
    }

    #[test]
    fn introspection_has_its_own_depth() {
        assert_eq!(run("{ __schema { a { b { c { d } } } } }"), Ok(()));
        assert_eq!(
            run("{ __type(name: \"Q\") { a { b { c { d { e } } } } } }"),
            Err(CheckError::IntrospectionTooDeep { max: 5 })
        );
    }

    #[test]
    fn doubling_fragments_are_counted_without_expanding_them() {
        let mut doc = String::from("{ ...F0 }");
        for i in 0..60 {
            doc += &format!(" fragment F{i} on Q {{ a ...F{next} ...F{next} }}", next = i + 1);
        }
        doc += " fragment F60 on Q { a }";
        // A chain of 60 is refused for its nesting; the memo is what keeps this instant.
        assert_eq!(run(&doc), Err(CheckError::FragmentsTooDeep { max: 4 }));
        let wide = "{ ...A } fragment A on Q { ...B ...B ...B } fragment B on Q { ...C ...C ...C ...C } \
                    fragment C on Q { a b c d e f g h i j }";
        assert_eq!(run(wide), Err(CheckError::TooManyFields { max: 100 }));
    }

    #[test]
    fn cycles_and_unknown_fragments_are_refused() {
        assert_eq!(
            run("{ ...A } fragment A on Q { ...B } fragment B on Q { ...A }"),
            Err(CheckError::FragmentCycle("A".into()))
        );
        assert_eq!(run("{ a } fragment U on Q { ...U }"), Err(CheckError::FragmentCycle("U".into())));
        assert_eq!(run("{ ...Nope }"), Err(CheckError::UnknownFragment("Nope".into())));
    }
}
