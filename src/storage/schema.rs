//! Diesel table definitions, written to match `migrations/{postgres,sqlite}` column for column.
//! Types are the portable subset: `BigInt` ids, `Timestamp` (UTC), `Date`, `Binary`, `Text`.

diesel::table! {
    users (id) {
        id -> BigInt,
        email -> Text,
        display_name -> Text,
        password_hash -> Nullable<Text>,
        is_instance_admin -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    workspaces (id) {
        id -> BigInt,
        name -> Text,
        kind -> Text,
        min_group_size -> Integer,
        created_at -> Timestamp,
        public_share_cards -> Bool,
    }
}

diesel::table! {
    memberships (id) {
        id -> BigInt,
        workspace_id -> BigInt,
        user_id -> BigInt,
        role -> Text,
        created_at -> Timestamp,
        verified_email -> Nullable<Text>,
    }
}

diesel::table! {
    invites (id) {
        id -> BigInt,
        workspace_id -> BigInt,
        email -> Text,
        role -> Text,
        token_hash -> Text,
        invited_by -> Nullable<BigInt>,
        expires_at -> Timestamp,
        accepted_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    auth_tokens (id) {
        id -> BigInt,
        user_id -> BigInt,
        kind -> Text,
        name -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Nullable<Timestamp>,
        last_used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    integrations (id) {
        id -> BigInt,
        workspace_id -> BigInt,
        provider -> Text,
        display_name -> Text,
        scope_kind -> Nullable<Text>,
        scope_slug -> Nullable<Text>,
        base_url -> Nullable<Text>,
        secret_ciphertext -> Binary,
        secret_hint -> Text,
        status -> Text,
        schedule -> Text,
        next_sync_at -> Nullable<Timestamp>,
        last_synced_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        history_horizon -> Nullable<Date>,
    }
}

diesel::table! {
    persons (id) {
        id -> BigInt,
        workspace_id -> BigInt,
        display_name -> Text,
        email -> Nullable<Text>,
        user_id -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    actors (id) {
        id -> BigInt,
        integration_id -> BigInt,
        kind -> Text,
        identifier -> Text,
        external_id -> Nullable<Text>,
        person_id -> Nullable<BigInt>,
        created_at -> Timestamp,
        person_locked -> Bool,
        identity_kind -> Text,
        display_name -> Nullable<Text>,
    }
}

diesel::table! {
    daily_usage (id) {
        id -> BigInt,
        integration_id -> BigInt,
        actor_id -> BigInt,
        day -> Date,
        active -> Bool,
        sessions -> BigInt,
        interactions -> BigInt,
        input_tokens -> BigInt,
        output_tokens -> BigInt,
        cache_read_tokens -> BigInt,
        cache_write_tokens -> BigInt,
        cost_millicents -> BigInt,
        currency -> Text,
        lines_added -> BigInt,
        lines_removed -> BigInt,
        lines_accepted -> BigInt,
        suggestions_shown -> BigInt,
        suggestions_accepted -> BigInt,
        tool_accepted -> BigInt,
        tool_rejected -> BigInt,
        commits -> BigInt,
        pull_requests -> BigInt,
        updated_at -> Timestamp,
        lines_suggested -> BigInt,
    }
}

diesel::table! {
    usage_breakdowns (id) {
        id -> BigInt,
        integration_id -> BigInt,
        actor_id -> BigInt,
        day -> Date,
        dimension -> Text,
        value -> Text,
        interactions -> BigInt,
        input_tokens -> BigInt,
        output_tokens -> BigInt,
        cache_read_tokens -> BigInt,
        cache_write_tokens -> BigInt,
        cost_millicents -> BigInt,
        lines_added -> BigInt,
        lines_removed -> BigInt,
        lines_accepted -> BigInt,
        suggestions_shown -> BigInt,
        suggestions_accepted -> BigInt,
        lines_suggested -> BigInt,
    }
}

diesel::table! {
    actor_teams (id) {
        id -> BigInt,
        integration_id -> BigInt,
        actor_id -> BigInt,
        day -> Date,
        team -> Text,
    }
}

diesel::table! {
    seats (id) {
        id -> BigInt,
        integration_id -> BigInt,
        actor_id -> BigInt,
        plan -> Nullable<Text>,
        assigned_at -> Nullable<Timestamp>,
        last_activity_at -> Nullable<Timestamp>,
        updated_at -> Timestamp,
        pending_cancellation_date -> Nullable<Date>,
    }
}

diesel::table! {
    raw_payloads (id) {
        id -> BigInt,
        integration_id -> BigInt,
        day -> Date,
        endpoint -> Text,
        payload -> Text,
        fetched_at -> Timestamp,
    }
}

diesel::table! {
    sync_runs (id) {
        id -> BigInt,
        integration_id -> BigInt,
        trigger_kind -> Text,
        status -> Text,
        range_from -> Date,
        range_to -> Date,
        days_total -> Integer,
        days_done -> Integer,
        records -> BigInt,
        error -> Nullable<Text>,
        claimed_by -> Nullable<Text>,
        lease_expires_at -> Nullable<Timestamp>,
        started_at -> Timestamp,
        finished_at -> Nullable<Timestamp>,
        days_failed -> Integer,
        retry_days -> Nullable<Text>,
    }
}

diesel::table! {
    sync_day_failures (id) {
        id -> BigInt,
        integration_id -> BigInt,
        day -> Date,
        reason -> Text,
        attempts -> Integer,
        first_failed_at -> Timestamp,
        last_failed_at -> Timestamp,
        next_retry_at -> Nullable<Timestamp>,
        state -> Text,
    }
}

diesel::table! {
    share_links (id) {
        id -> BigInt,
        workspace_id -> BigInt,
        created_by -> BigInt,
        kind -> Text,
        title -> Text,
        options -> Text,
        snapshot -> Text,
        card_png -> Binary,
        token_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    audit_events (id) {
        id -> BigInt,
        workspace_id -> Nullable<BigInt>,
        actor_user_id -> Nullable<BigInt>,
        actor -> Text,
        action -> Text,
        target_kind -> Nullable<Text>,
        target_id -> Nullable<Text>,
        detail -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(memberships -> workspaces (workspace_id));
diesel::joinable!(memberships -> users (user_id));
diesel::joinable!(integrations -> workspaces (workspace_id));
diesel::joinable!(actors -> integrations (integration_id));
diesel::joinable!(actors -> persons (person_id));
diesel::joinable!(daily_usage -> actors (actor_id));
diesel::joinable!(daily_usage -> integrations (integration_id));
diesel::joinable!(usage_breakdowns -> actors (actor_id));
diesel::joinable!(sync_runs -> integrations (integration_id));
diesel::joinable!(sync_day_failures -> integrations (integration_id));
diesel::joinable!(auth_tokens -> users (user_id));
diesel::joinable!(share_links -> workspaces (workspace_id));

diesel::table! {
    instance_setup (id) {
        id -> Integer,
        first_user_id -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::allow_tables_to_appear_in_same_query!(
    users,
    workspaces,
    memberships,
    invites,
    auth_tokens,
    integrations,
    persons,
    actors,
    daily_usage,
    usage_breakdowns,
    actor_teams,
    seats,
    raw_payloads,
    sync_runs,
    sync_day_failures,
    share_links,
    instance_setup,
);
