//! The emulator's HTTP/1.1 server, with the limits a server anyone can reach needs: a request's
//! headers must arrive within a time (hyper's header read timeout, which also closes a
//! connection that stays idle before its next request), a request body that stops arriving is
//! cut, a connection idle between requests is closed, and no more than so many connections are
//! served at once (the next ones are answered 503 and closed). Built on hyper's own connection,
//! since `axum::serve` has no timeouts.

use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use bytes::Bytes;
use http_body::Frame;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::TcpListener;
use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc, oneshot, watch};
use tokio::time::{Instant, Sleep};

use super::faults::{Connection, FaultStream, Peer};

/// The limits of the server.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// A request's headers must arrive within this, counted from when the connection is ready
    /// for a request.
    pub header_timeout: Duration,
    /// A request body that sends nothing for this long is cut (the request fails).
    pub body_timeout: Duration,
    /// A connection with no request in flight and no byte in either direction for this long
    /// is closed.
    pub idle_timeout: Duration,
    /// Connections served at once; more are answered 503 and closed.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header_timeout: Duration::from_secs(30),
            body_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(15),
            max_connections: 512,
        }
    }
}

/// The answer to a connection over the limit.
const BUSY: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\ncontent-length: 74\r\nconnection: close\r\n\r\n{\"message\":\"The emulator serves its maximum number of connections already\"}";

/// Serve `app` on `listener` until `shutdown`, then finish the connections in flight.
pub async fn serve(listener: TcpListener, app: Router, limits: Limits, mut shutdown: oneshot::Receiver<()>) {
    let permits = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let (stop_sender, stop_receiver) = watch::channel(false);
    // Every connection task holds a sender; when all are gone, every connection has finished.
    let (finished_sender, mut finished) = mpsc::channel::<()>(1);
    loop {
        let (stream, address) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // Out of file descriptors and the like: wait a little, as axum's own listener does.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let Ok(permit) = permits.clone().try_acquire_owned() else {
            tokio::spawn(async move {
                // Answered, then the request read and dropped for a moment: closing with unread
                // bytes would reset the connection and lose the answer.
                let mut stream = stream;
                let _ = tokio::time::timeout(Duration::from_secs(1), async {
                    stream.write_all(BUSY).await?;
                    stream.shutdown().await?;
                    let mut discard = [0u8; 4096];
                    while stream.read(&mut discard).await? > 0 {}
                    Ok::<_, io::Error>(())
                })
                .await;
            });
            continue;
        };
        let _ = stream.set_nodelay(true);
        let connection = Connection::default();
        let peer = Peer { address, connection: connection.clone() };
        let io =
            TokioIo::new(LimitedStream::new(FaultStream::new(stream, connection.clone()), limits, permit));
        let router = app.clone();
        let service = hyper::service::service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
            let mut request = request.map(|body| Body::new(BodyTimeout::new(body, limits.body_timeout)));
            request.extensions_mut().insert(ConnectInfo(peer.clone()));
            let in_flight = InFlight::start(&peer.connection);
            let router = router.clone();
            async move {
                let response = tower::ServiceExt::oneshot(router, request).await;
                // The request is in flight until its response body is dropped (written or cut).
                Ok::<_, Infallible>(match response {
                    Ok(response) => response.map(|body| Body::new(Tracked { body, _in_flight: in_flight })),
                    Err(never) => match never {},
                })
            }
        });
        let mut stop = stop_receiver.clone();
        let finished_sender = finished_sender.clone();
        tokio::spawn(async move {
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder.timer(TokioTimer::new()).header_read_timeout(limits.header_timeout);
            let connection = builder.serve_connection(io, service).with_upgrades();
            tokio::pin!(connection);
            tokio::select! {
                _ = connection.as_mut() => {}
                _ = stopping(&mut stop) => {
                    connection.as_mut().graceful_shutdown();
                    let _ = connection.await;
                }
            }
            drop(finished_sender);
        });
    }
    drop(listener);
    let _ = stop_sender.send(true);
    drop(finished_sender);
    let _ = finished.recv().await;
}

/// Completes once the server is stopping.
async fn stopping(stop: &mut watch::Receiver<bool>) {
    loop {
        let stopped = *stop.borrow_and_update();
        if stopped || stop.changed().await.is_err() {
            return;
        }
    }
}

/// Counts a request as in flight on its connection while alive.
struct InFlight {
    requests: Arc<AtomicUsize>,
}

impl InFlight {
    fn start(connection: &Connection) -> Self {
        let requests = connection.in_flight();
        requests.fetch_add(1, Ordering::SeqCst);
        InFlight { requests }
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.requests.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A response body that keeps its request in flight.
struct Tracked {
    body: Body,
    _in_flight: InFlight,
}

impl http_body::Body for Tracked {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        Pin::new(&mut self.body).poll_frame(context)
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.body.size_hint()
    }
}

/// A request body that fails when nothing arrives for `timeout`.
struct BodyTimeout {
    body: hyper::body::Incoming,
    timeout: Duration,
    deadline: Pin<Box<Sleep>>,
}

impl BodyTimeout {
    fn new(body: hyper::body::Incoming, timeout: Duration) -> Self {
        BodyTimeout { body, timeout, deadline: Box::pin(tokio::time::sleep(timeout)) }
    }
}

impl http_body::Body for BodyTimeout {
    type Data = Bytes;
    type Error = Box<dyn std::error::Error + Send + Sync>;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let this = &mut *self;
        match Pin::new(&mut this.body).poll_frame(context) {
            Poll::Ready(frame) => {
                let next = Instant::now() + this.timeout;
                this.deadline.as_mut().reset(next);
                Poll::Ready(frame.map(|frame| frame.map_err(Into::into)))
            }
            Poll::Pending => match this.deadline.as_mut().poll(context) {
                Poll::Ready(()) => Poll::Ready(Some(Err(Box::new(io::Error::new(
                    io::ErrorKind::TimedOut,
                    format!("the request body sent nothing for {} s", this.timeout.as_secs()),
                ))))),
                Poll::Pending => Poll::Pending,
            },
        }
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.body.size_hint()
    }
}

/// A served connection that holds its place among the connections and is closed after
/// `idle_timeout` without a byte either way while no request is in flight.
struct LimitedStream {
    stream: FaultStream,
    requests: Arc<AtomicUsize>,
    idle_timeout: Duration,
    idle: Pin<Box<Sleep>>,
    _permit: OwnedSemaphorePermit,
}

impl LimitedStream {
    fn new(stream: FaultStream, limits: Limits, permit: OwnedSemaphorePermit) -> Self {
        let requests = stream.connection().in_flight();
        LimitedStream {
            stream,
            requests,
            idle_timeout: limits.idle_timeout,
            idle: Box::pin(tokio::time::sleep(limits.idle_timeout)),
            _permit: permit,
        }
    }

    fn active(&mut self) {
        let next = Instant::now() + self.idle_timeout;
        self.idle.as_mut().reset(next);
    }

    /// Whether the idle time is over (registering a wake-up when it is not).
    fn idle_expired(&mut self, context: &mut Context<'_>) -> bool {
        loop {
            match self.idle.as_mut().poll(context) {
                Poll::Pending => return false,
                Poll::Ready(()) if self.requests.load(Ordering::SeqCst) == 0 => return true,
                // A request is in flight: it is not idle; look again later.
                Poll::Ready(()) => self.active(),
            }
        }
    }
}

impl AsyncRead for LimitedStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
        buffer: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buffer.filled().len();
        match Pin::new(&mut self.stream).poll_read(context, buffer) {
            Poll::Ready(result) => {
                if buffer.filled().len() > before {
                    self.active();
                }
                Poll::Ready(result)
            }
            Poll::Pending if self.idle_expired(context) => {
                Poll::Ready(Err(io::Error::new(io::ErrorKind::TimedOut, "idle connection closed")))
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

impl AsyncWrite for LimitedStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        let written = Pin::new(&mut self.stream).poll_write(context, data);
        if matches!(written, Poll::Ready(Ok(count)) if count > 0) {
            self.active();
        }
        written
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
        buffers: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let written = Pin::new(&mut self.stream).poll_write_vectored(context, buffers);
        if matches!(written, Poll::Ready(Ok(count)) if count > 0) {
            self.active();
        }
        written
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(context)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(context)
    }
}
