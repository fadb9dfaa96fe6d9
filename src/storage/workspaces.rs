//! Workspaces and who belongs to them with which role.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::memberships::{MembershipUpsert, upsert as upsert_membership};
use super::schema::{memberships, users, workspaces};
use super::users::User;
use super::{DbConn, StorageError};
use crate::db_run;
use crate::domain::Role;
pub use crate::domain::WorkspaceKind;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = workspaces, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
/// One row of `workspaces`: a team's or a person's space.
pub struct Workspace {
    /// Row id.
    pub id: i64,
    /// The name shown on the dashboard.
    pub name: String,
    /// Personal or team.
    pub kind: WorkspaceKind,
    /// The smallest group a team figure may single out below admin (1: off).
    pub min_group_size: i32,
    /// When it was made.
    pub created_at: NaiveDateTime,
    /// Whether its members' share cards may be served to anyone holding the link.
    pub public_share_cards: bool,
}

/// Creates a workspace and makes `owner_id` its owner, in one transaction.
pub async fn create_with_owner(
    db: impl Into<DbConn<'_>>,
    name: &str,
    kind: WorkspaceKind,
    owner_id: i64,
    now: NaiveDateTime,
) -> Result<Workspace, StorageError> {
    db.into()
        .transaction(async |mut tx| {
            let workspace = db_run!(&mut tx, |conn| {
                Ok::<_, StorageError>(
                    diesel::insert_into(workspaces::table)
                        .values((
                            workspaces::name.eq(name),
                            workspaces::kind.eq(kind),
                            workspaces::created_at.eq(now),
                        ))
                        .returning(Workspace::as_returning())
                        .get_result(conn)
                        .await?,
                )
            })?;
            let owner = MembershipUpsert {
                workspace_id: workspace.id,
                user_id: owner_id,
                role: Role::Owner,
                verified_email: None,
                now,
            };
            upsert_membership(&mut tx, &owner).await?;
            Ok(workspace)
        })
        .await
}

/// One workspace by id; [`StorageError::NotFound`] when there is none.
pub async fn get(db: impl Into<DbConn<'_>>, id: i64) -> Result<Workspace, StorageError> {
    db_run!(db, |conn| Ok(workspaces::table.find(id).select(Workspace::as_select()).first(conn).await?))
}

/// Adds a member or changes the role of an existing one.
pub async fn set_member_role(
    db: impl Into<DbConn<'_>>,
    workspace_id: i64,
    user_id: i64,
    role: Role,
    now: NaiveDateTime,
) -> Result<(), StorageError> {
    let member = MembershipUpsert { workspace_id, user_id, role, verified_email: None, now };
    upsert_membership(db, &member).await
}

/// The caller's role in a workspace, or `None` when they are not a member.
pub async fn role_of(
    db: impl Into<DbConn<'_>>,
    workspace_id: i64,
    user_id: i64,
) -> Result<Option<Role>, StorageError> {
    db_run!(db, |conn| {
        Ok(memberships::table
            .filter(memberships::workspace_id.eq(workspace_id))
            .filter(memberships::user_id.eq(user_id))
            .select(memberships::role)
            .first(conn)
            .await
            .optional()?)
    })
}

/// Every workspace the user belongs to, with their role there, oldest first.
pub async fn list_for_user(
    db: impl Into<DbConn<'_>>,
    user_id: i64,
) -> Result<Vec<(Workspace, Role)>, StorageError> {
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

/// Members of a workspace with their role, in joining order.
pub async fn members(
    db: impl Into<DbConn<'_>>,
    workspace_id: i64,
) -> Result<Vec<(User, Role)>, StorageError> {
    db_run!(db, |conn| {
        Ok(memberships::table
            .inner_join(users::table)
            .filter(memberships::workspace_id.eq(workspace_id))
            .order(memberships::id)
            .select((User::as_select(), memberships::role))
            .load(conn)
            .await?)
    })
}

/// Removes a member; `NotFound` when they were not one.
pub async fn remove_member(
    db: impl Into<DbConn<'_>>,
    workspace_id: i64,
    user_id: i64,
) -> Result<(), StorageError> {
    let removed = db_run!(db, |conn| {
        Ok::<_, StorageError>(
            diesel::delete(
                memberships::table
                    .filter(memberships::workspace_id.eq(workspace_id))
                    .filter(memberships::user_id.eq(user_id)),
            )
            .execute(conn)
            .await?,
        )
    })?;
    if removed == 0 { Err(StorageError::NotFound) } else { Ok(()) }
}

/// How many owners a workspace has: the last one cannot leave or be demoted.
pub async fn owner_count(db: impl Into<DbConn<'_>>, workspace_id: i64) -> Result<i64, StorageError> {
    db_run!(db, |conn| {
        Ok(memberships::table
            .filter(memberships::workspace_id.eq(workspace_id))
            .filter(memberships::role.eq(Role::Owner))
            .count()
            .get_result(conn)
            .await?)
    })
}

/// Sets the minimum group size (see [`Workspace::min_group_size`]) and returns the new row.
pub async fn set_min_group_size(
    db: impl Into<DbConn<'_>>,
    workspace_id: i64,
    size: i32,
) -> Result<Workspace, StorageError> {
    db_run!(db, |conn| {
        Ok(diesel::update(workspaces::table.find(workspace_id))
            .set(workspaces::min_group_size.eq(size))
            .returning(Workspace::as_returning())
            .get_result(conn)
            .await?)
    })
}

/// Deletes a workspace and, by cascade, everything in it.
pub async fn delete(db: impl Into<DbConn<'_>>, workspace_id: i64) -> Result<(), StorageError> {
    let deleted = db_run!(db, |conn| {
        Ok::<_, StorageError>(diesel::delete(workspaces::table.find(workspace_id)).execute(conn).await?)
    })?;
    if deleted == 0 { Err(StorageError::NotFound) } else { Ok(()) }
}

/// The address a member's invitation vouched for in a workspace (their "own rows" email), if any.
pub async fn verified_email_of(
    db: impl Into<DbConn<'_>>,
    workspace_id: i64,
    user_id: i64,
) -> Result<Option<String>, StorageError> {
    let found: Option<Option<String>> = db_run!(db, |conn| {
        Ok::<_, StorageError>(
            memberships::table
                .filter(memberships::workspace_id.eq(workspace_id))
                .filter(memberships::user_id.eq(user_id))
                .select(memberships::verified_email)
                .first(conn)
                .await
                .optional()?,
        )
    })?;
    Ok(found.flatten())
}
