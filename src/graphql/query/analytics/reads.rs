//! The analytics reads of one GraphQL request: through the request's memo, so fields asking for
//! the same scope share one statement (subscriptions have no memo and read the database).

use std::sync::Arc;

use async_graphql::Context;
use futures_util::future::BoxFuture;

use crate::analytics::Reads;
use crate::analytics::reads::tools_in_scope;
use crate::domain::ProviderSet;
use crate::graphql::RequestMemo;
use crate::storage::analytics::{DayTotals, Scope};
use crate::storage::{Db, StorageError};

/// The database, with the request's memo in front when there is one.
#[derive(Clone, Copy)]
pub struct RequestReads<'a> {
    db: &'a Db,
    memo: Option<&'a RequestMemo>,
}

impl<'a> RequestReads<'a> {
    /// The reads of the request `ctx` belongs to.
    pub fn of(ctx: &Context<'a>) -> Self {
        RequestReads { db: ctx.data_unchecked::<Db>(), memo: ctx.data_opt::<RequestMemo>() }
    }
}

impl Reads for RequestReads<'_> {
    fn db(&self) -> &Db {
        self.db
    }

    fn day_totals<'a>(
        &'a self,
        scope: &'a Scope,
    ) -> BoxFuture<'a, Result<Arc<Vec<DayTotals>>, StorageError>> {
        Box::pin(async move {
            match self.memo {
                Some(memo) => memo.day_totals.get_or_try_init(scope.clone(), self.db.day_totals(scope)).await,
                None => self.db.day_totals(scope).await,
            }
        })
    }

    fn tools<'a>(&'a self, scope: &'a Scope) -> BoxFuture<'a, Result<ProviderSet, StorageError>> {
        Box::pin(async move {
            let read = tools_in_scope(self.db, scope);
            match self.memo {
                Some(memo) => memo.tools.get_or_try_init(scope.clone(), read).await,
                None => read.await,
            }
        })
    }
}
