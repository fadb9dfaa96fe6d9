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
    db_run!(db, |conn| {
        Ok(users::table
            .find(id)
            .select(User::as_select())
            .first(conn)
            .await?)
    })
}

pub async fn count(db: &Db) -> Result<i64, StorageError> {
    db_run!(db, |conn| Ok(users::table.count().get_result(conn).await?))
}
