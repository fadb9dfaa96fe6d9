//! Ids travel as GraphQL `ID` strings (an `Int` is 32-bit and our ids are 64-bit).

use async_graphql::ID;

use super::ApiError;

pub fn parse_id(id: &ID, what: &str) -> Result<i64, ApiError> {
    id.parse::<i64>().map_err(|_| ApiError::BadInput(format!("{what} is not a valid id")))
}

pub fn to_id(id: i64) -> ID {
    ID(id.to_string())
}
