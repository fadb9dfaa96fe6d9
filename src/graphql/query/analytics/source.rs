//! Where the analytics resolvers read from: the database, through the request's memo when there
//! is one (subscriptions have none).

use std::sync::Arc;

use async_graphql::Context;

use super::tools::tools_in_scope;
use crate::domain::ProviderSet;
use crate::graphql::{ApiError, RequestMemo};
use crate::storage::analytics::{self as store, DayTotals, Scope};
use crate::storage::{Db, StorageError};

#[derive(Clone, Copy)]
pub struct Source<'a> {
    pub db: &'a Db,
    pub memo: Option<&'a RequestMemo>,
}

impl<'a> Source<'a> {
    pub fn of(ctx: &Context<'a>) -> Self {
        Source { db: ctx.data_unchecked::<Db>(), memo: ctx.data_opt::<RequestMemo>() }
    }

    /// Per day and tool over `scope`; fields of one request asking for the same scope share one
    /// statement.
    pub async fn day_totals(self, scope: &Scope) -> Result<Arc<Vec<DayTotals>>, StorageError> {
        let read = async { Ok(Arc::new(store::day_totals(self.db, scope).await?)) };
        match self.memo {
            Some(memo) => memo.day_totals.get_or_try_init(scope.clone(), read).await,
            None => read.await,
        }
    }

    /// The connected tools `scope` covers, read once per request and scope.
    pub async fn tools(self, scope: &Scope) -> Result<ProviderSet, ApiError> {
        let read = tools_in_scope(self.db, scope);
        match self.memo {
            Some(memo) => memo.tools.get_or_try_init(scope.clone(), read).await,
            None => read.await,
        }
    }
}
