//! A real GraphQL-over-WebSocket client for tests (graphql-transport-ws or legacy graphql-ws).

use std::net::SocketAddr;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

pub struct GqlSocket {
    socket: WebSocketStream<MaybeTlsStream<TcpStream>>,
    protocol: &'static str,
}

/// How a connection attempt ended when it was not acknowledged.
#[derive(Debug, PartialEq, Eq)]
pub struct Closed {
    pub code: u16,
    pub reason: String,
}

impl GqlSocket {
    /// Opens a socket speaking `protocol` and sends nothing yet.
    pub async fn open(addr: SocketAddr, protocol: &'static str) -> GqlSocket {
        let mut request = format!("ws://{addr}/graphql/ws").into_client_request().unwrap();
        request.headers_mut().insert("Sec-WebSocket-Protocol", protocol.parse().unwrap());
        let (socket, response) =
            tokio_tungstenite::connect_async(request).await.expect("websocket handshake");
        assert_eq!(response.headers()["sec-websocket-protocol"], protocol);
        GqlSocket { socket, protocol }
    }

    /// Sends raw text, which need not be a valid protocol message.
    pub async fn send_text(&mut self, text: &str) {
        self.socket.send(Message::Text(text.to_owned().into())).await.expect("send");
    }

    /// Reads until the server's close frame and returns it; panics if the connection ends without
    /// one (a 1006 abnormal closure) or nothing arrives within 10 s.
    pub async fn closed(&mut self) -> Closed {
        loop {
            match self.next().await {
                Err(closed) => return closed,
                Ok(_) => continue,
            }
        }
    }

    /// Connects and sends `connection_init` with `token` as a bearer authorization (if any).
    /// `Err` carries the close frame when the server refuses the connection.
    pub async fn connect(
        addr: SocketAddr,
        protocol: &'static str,
        token: Option<&str>,
    ) -> Result<GqlSocket, Closed> {
        let mut client = GqlSocket::open(addr, protocol).await;
        let payload = match token {
            Some(token) => json!({ "authorization": format!("Bearer {token}") }),
            None => json!({}),
        };
        client.send(json!({ "type": "connection_init", "payload": payload })).await;
        match client.next().await {
            Ok(ack) if ack["type"] == "connection_ack" => Ok(client),
            Ok(other) => panic!("expected connection_ack, got {other}"),
            Err(closed) => Err(closed),
        }
    }

    pub async fn send(&mut self, message: Value) {
        self.socket.send(Message::Text(message.to_string().into())).await.expect("send");
    }

    /// Starts subscription `id`.
    pub async fn subscribe(&mut self, id: &str, query: &str, variables: Value) {
        let kind = if self.protocol == "graphql-transport-ws" { "subscribe" } else { "start" };
        self.send(json!({ "id": id, "type": kind, "payload": { "query": query, "variables": variables } }))
            .await;
    }

    /// The next protocol message (pings skipped), or the close frame; panics after 10 s of silence.
    pub async fn next(&mut self) -> Result<Value, Closed> {
        self.next_within(Duration::from_secs(10)).await.expect("no websocket message within 10 s")
    }

    /// Like [`GqlSocket::next`], but `None` when nothing arrives within `wait`.
    pub async fn next_within(&mut self, wait: Duration) -> Option<Result<Value, Closed>> {
        loop {
            let message = tokio::time::timeout(wait, self.socket.next()).await.ok()?;
            return Some(match message {
                Some(Ok(Message::Text(text))) => Ok(serde_json::from_str(&text).unwrap()),
                Some(Ok(Message::Close(frame))) => {
                    let frame = frame.expect("close frame");
                    Err(Closed { code: frame.code.into(), reason: frame.reason.to_string() })
                }
                Some(Ok(_)) => continue,
                other => panic!("websocket ended: {other:?}"),
            });
        }
    }

    /// The `data` of the next result of a subscription, whichever protocol.
    pub async fn next_data(&mut self) -> Value {
        let message = self.next().await.expect("socket closed");
        assert!(message["type"] == "next" || message["type"] == "data", "not a result: {message}");
        message["payload"]["data"].clone()
    }
}
