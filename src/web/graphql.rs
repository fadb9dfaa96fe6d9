//! GraphQL over HTTP (GET and POST) and the GraphiQL page. Each request is authenticated here:
//! a valid bearer token or session cookie puts a `Caller` into the request's data.

use std::net::SocketAddr;

use async_graphql::http::GraphiQLSource;
use async_graphql_axum::{GraphQLRequest, GraphQLResponse};
use axum::extract::{ConnectInfo, State};
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse};

use super::AppState;
use crate::auth::caller;
use crate::graphql::{ApiError, ClientIp, RequestMemo};

pub async fn http(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    request: GraphQLRequest,
) -> GraphQLResponse {
    let mut request = request.into_inner().data(ClientIp(peer.ip())).data(RequestMemo::default());
    if let Some(token) = caller::token_from_headers(&headers) {
        match caller::resolve(&state.db, &token).await {
            Ok(Some(caller)) => request = request.data(caller),
            Ok(None) => {}
            Err(e) => {
                tracing::error!(error = %e, "could not check a bearer token");
                let error: async_graphql::Error = ApiError::Internal.into();
                return async_graphql::Response::from_errors(vec![
                    error.into_server_error(Default::default()),
                ])
                .into();
            }
        }
    }
    state.schema.execute(request).await.into()
}

pub async fn graphiql() -> impl IntoResponse {
    Html(
        GraphiQLSource::build()
            .endpoint("/graphql")
            .subscription_endpoint("/graphql/ws")
            .title("ai-usage GraphiQL")
            .finish(),
    )
}
