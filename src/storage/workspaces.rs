//! Workspaces and who belongs to them with which role.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};

use super::schema::{memberships, workspaces};
use super::{Db, StorageError};
use crate::db_run;
use crate::domain::Role;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = workspaces, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct Workspace {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub min_group_size: i32,
    pub created_at: NaiveDateTime,
}

/// A personal workspace belongs to one account; a team workspace has members.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkspaceKind {
    Personal,
    Team,
}

impl WorkspaceKind {
    fn as_str(self) -> &'static str {
        match self {
            WorkspaceKind::Personal => "personal",
            WorkspaceKind::Team => "team",
        }
    }
}

/// Creates a workspace and makes `owner_id` its owner, in one transaction.
pub async fn create_with_owner(
    db: &Db,
    name: &str,
    kind: WorkspaceKind,
    owner_id: i64,
    now: NaiveDateTime,
) -> Result<Workspace, StorageError> {
    db_run!(db, |conn| {
        conn.transaction::<_, StorageError, _>(async |conn| {
            let workspace = diesel::insert_into(workspaces::table)
                .values((
                    workspaces::name.eq(name),
                    workspaces::kind.eq(kind.as_str()),
                    workspaces::created_at.eq(now),
                ))
                .returning(Workspace::as_returning())
                .get_result(conn)
                .await?;
            diesel::insert_into(memberships::table)
                .values((
                    memberships::workspace_id.eq(workspace.id),
                    memberships::user_id.eq(owner_id),
                    memberships::role.eq(Role::Owner.as_str()),
                    memberships::created_at.eq(now),
                ))
                .execute(conn)
                .await?;
            Ok(workspace)
        })
        .await
    })
}

pub async fn get(db: &Db, id: i64) -> Result<Workspace, StorageError> {
    db_run!(db, |conn| {
        Ok(workspaces::table
            .find(id)
            .select(Workspace::as_select())
            .first(conn)
            .await?)
    })
}

/// Adds a member or changes the role of an existing one.
pub async fn set_member_role(
    db: &Db,
    workspace_id: i64,
    user_id: i64,
    role: Role,
    now: NaiveDateTime,
) -> Result<(), StorageError> {
    db_run!(db, |conn| {
        diesel::insert_into(memberships::table)
            .values((
                memberships::workspace_id.eq(workspace_id),
                memberships::user_id.eq(user_id),
                memberships::role.eq(role.as_str()),
                memberships::created_at.eq(now),
            ))
            .on_conflict((memberships::workspace_id, memberships::user_id))
            .do_update()
            .set(memberships::role.eq(role.as_str()))
            .execute(conn)
            .await?;
        Ok(())
    })
}

/// The caller's role in a workspace, or `None` when they are not a member.
pub async fn role_of(
    db: &Db,
    workspace_id: i64,
    user_id: i64,
) -> Result<Option<Role>, StorageError> {
    let role: Option<String> = db_run!(db, |conn| {
        Ok::<_, StorageError>(
            memberships::table
                .filter(memberships::workspace_id.eq(workspace_id))
                .filter(memberships::user_id.eq(user_id))
                .select(memberships::role)
                .first(conn)
                .await
                .optional()?,
        )
    })?;
    role.map(|r| {
        r.parse()
            .map_err(|e: crate::domain::UnknownValue| StorageError::Corrupt(e.to_string()))
    })
    .transpose()
}

/// Every workspace the user belongs to, with their role there, oldest first.
pub async fn list_for_user(
    db: &Db,
    user_id: i64,
) -> Result<Vec<(Workspace, String)>, StorageError> {
    db_run!(db, |conn| {
        Ok(workspaces::table
            .inner_join(memberships::table)
            .filter(memberships::user_id.eq(user_id))
            .order(workspaces::id)
            .select((Workspace::as_select(), memberships::role))
            .load(conn)
            .await?)
    })
}
