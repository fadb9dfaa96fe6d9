//! Accounts.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::schema::users;
use super::{Db, StorageError};
use crate::db_run;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct User {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub password_hash: Option<String>,
    pub is_instance_admin: bool,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = users)]
pub struct NewUser<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: Option<&'a str>,
    pub is_instance_admin: bool,
    pub created_at: NaiveDateTime,
}

/// Creates an account; [`StorageError::Conflict`] when the email is taken.
pub async fn create(db: &Db, new: &NewUser<'_>) -> Result<User, StorageError> {
    db_run!(db, |conn| {
        Ok(diesel::insert_into(users::table)
            .values(new)
            .returning(User::as_returning())
            .get_result(conn)
            .await?)
    })
}

pub async fn find_by_email(db: &Db, email: &str) -> Result<Option<User>, StorageError> {
    db_run!(db, |conn| {
        Ok(users::table
            .filter(users::email.eq(email))
            .select(User::as_select())
            .first(conn)
            .await
            .optional()?)
    })
}

pub async fn get(db: &Db, id: i64) -> Result<User, StorageError> {
    db_run!(db, |conn| Ok(users::table.find(id).select(User::as_select()).first(conn).await?))
}

pub async fn count(db: &Db) -> Result<i64, StorageError> {
    db_run!(db, |conn| Ok(users::table.count().get_result(conn).await?))
}

/// Replaces a user's password hash; `NotFound` when there is no such user.
pub async fn set_password_hash(db: &Db, user_id: i64, hash: &str) -> Result<(), StorageError> {
    let updated = db_run!(db, |conn| {
        Ok::<_, StorageError>(
            diesel::update(users::table.find(user_id))
                .set(users::password_hash.eq(hash))
                .execute(conn)
                .await?,
        )
    })?;
    if updated == 0 { Err(StorageError::NotFound) } else { Ok(()) }
}

/// Creates an account together with its personal workspace (owned by it), in one transaction.
pub async fn create_with_personal_workspace(
    db: &Db,
    new: &NewUser<'_>,
) -> Result<(User, super::workspaces::Workspace), StorageError> {
    use super::schema::{memberships, workspaces};
    use super::workspaces::Workspace;
    use diesel_async::AsyncConnection;
    db_run!(db, |conn| {
        conn.transaction::<_, StorageError, _>(async |conn| {
            let user = diesel::insert_into(users::table)
                .values(new)
                .returning(User::as_returning())
                .get_result(conn)
                .await?;
            let workspace = diesel::insert_into(workspaces::table)
                .values((
                    workspaces::name.eq(format!("{}'s workspace", new.display_name)),
                    workspaces::kind.eq("personal"),
                    workspaces::created_at.eq(new.created_at),
                ))
                .returning(Workspace::as_returning())
                .get_result(conn)
                .await?;
            diesel::insert_into(memberships::table)
                .values((
                    memberships::workspace_id.eq(workspace.id),
                    memberships::user_id.eq(user.id),
                    memberships::role.eq(crate::domain::Role::Owner.as_str()),
                    memberships::created_at.eq(new.created_at),
                ))
                .execute(conn)
                .await?;
            Ok((user, workspace))
        })
        .await
    })
}
