//! The `BigInt` scalar: GraphQL's `Int` is 32-bit by specification, and a year of a team's tokens
//! or cost overflows it. Clients generated from the schema (Apollo Kotlin/iOS, graphql-codegen)
//! would otherwise decode measures into 32-bit integers.

use async_graphql::{InputValueError, InputValueResult, Scalar, ScalarType, Value};

/// A measure's value (see the scalar's description).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct BigInt(pub i64);

/// A whole number from −2⁶³ to 2⁶³−1, sent as a JSON number (JavaScript reads it exactly up to
/// 2⁵³, far above any measure here). Every summed measure (tokens, cost, interactions, lines…)
/// has this type; counts of days and people stay `Int`.
#[Scalar(name = "BigInt")]
impl ScalarType for BigInt {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::Number(n) => n.as_i64().map(BigInt).ok_or_else(|| InputValueError::expected_type(value)),
            Value::String(s) => s.parse().map(BigInt).map_err(|_| InputValueError::expected_type(value)),
            _ => Err(InputValueError::expected_type(value)),
        }
    }

    fn to_value(&self) -> Value {
        Value::Number(self.0.into())
    }
}

impl From<i64> for BigInt {
    fn from(n: i64) -> Self {
        BigInt(n)
    }
}
