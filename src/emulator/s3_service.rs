//! A minimal S3 REST API in the emulator, path-style, over the same directory tree as
//! `--s3-root` (`ROOT/bucket/key`): CreateBucket, PutObject, GetObject, HeadObject and
//! ListObjectsV2, answered in S3's XML, so that `batch run` uploads and downloads through the SDK
//! and `aws s3 cp --endpoint-url …` works too. Requests are recognised by their SigV4 signing
//! service (`…/s3/aws4_request`), since S3's paths (`/bucket/key`) overlap the other services'.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;

use super::Shared;
use super::clock;
use super::s3::ObjectStore;
use super::s3_stream;

/// The largest object the emulator accepts (S3's limit for one PutObject); objects are streamed
/// to and from disk, so memory does not grow with them.
const MAXIMUM_OBJECT_BYTES: u64 = 5 * 1024 * 1024 * 1024;
/// Keys per ListObjectsV2 page at most.
const MAXIMUM_KEYS: usize = 1000;

/// The signing service of a request, from its SigV4 credential scope.
fn signing_service(headers: &HeaderMap) -> Option<String> {
    let authorization = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let scope = authorization.split("Credential=").nth(1)?.split([',', ' ']).next()?;
    scope.split('/').nth(3).map(str::to_string)
}

/// Route S3-signed requests to this module; everything else goes on to the other services.
pub async fn middleware(State(emulator): State<Shared>, request: Request, next: Next) -> Response {
    if signing_service(request.headers()).as_deref() != Some("s3") {
        return next.run(request).await;
    }
    let request_id = emulator.next_request_id();
    // Asynchronous invocations whose run is over write their output before S3 is read.
    let settling = emulator.clone();
    let _ = tokio::task::spawn_blocking(move || super::behaviours::async_invoke::settle(&settling)).await;
    let mut response = handle(&emulator.s3, request).await;
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        response.headers_mut().insert("x-amz-request-id", value);
    }
    response
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

fn xml_response(status: StatusCode, body: String) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/xml"));
    response
}

/// S3's error document.
fn error(status: StatusCode, code: &str, message: &str, resource: &str) -> Response {
    xml_response(
        status,
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{}</Message><Resource>{}</Resource></Error>",
            escape(message),
            escape(resource)
        ),
    )
}

/// HEAD answers carry no body, only the status and S3's error code header.
fn head_error(status: StatusCode, code: &str) -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = status;
    if let Ok(value) = HeaderValue::from_str(code) {
        response.headers_mut().insert("x-amz-error-code", value);
    }
    response
}

fn query_value(query: &str, name: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (key == name).then(|| super::percent_decode(value, true))
    })
}

fn http_date(millis: u64) -> String {
    aws_smithy_types::DateTime::from_millis(millis as i64)
        .fmt(aws_smithy_types::date_time::Format::HttpDate)
        .unwrap_or_default()
}

async fn handle(store: &ObjectStore, request: Request) -> Response {
    let method = request.method().clone();
    let path = super::percent_decode(request.uri().path(), false);
    let query = request.uri().query().unwrap_or_default().to_string();
    let headers = request.headers().clone();
    let trimmed = path.trim_start_matches('/');
    let (bucket, key) = trimmed.split_once('/').unwrap_or((trimmed, ""));
    let (bucket, key) = (bucket.to_string(), key.to_string());
    let Some(root) = store.root.as_ref() else {
        return error(
            StatusCode::BAD_REQUEST,
            "InvalidRequest",
            "The emulator has no S3 storage: start it with --s3-root DIR (s3://bucket/key is DIR/bucket/key)",
            &path,
        );
    };
    if bucket.is_empty() {
        return match method {
            Method::GET => list_buckets(root),
            _ => error(
                StatusCode::METHOD_NOT_ALLOWED,
                "MethodNotAllowed",
                "The specified method is not allowed against this resource.",
                &path,
            ),
        };
    }
    let creating_bucket = key.is_empty() && method == Method::PUT;
    let name_problem = if creating_bucket {
        super::s3::bucket_name_problem(&bucket)
    } else {
        super::s3::bucket_name_problem(&bucket).filter(|_| store.object_path(&bucket, "").is_none())
    };
    if let Some(problem) = name_problem {
        return if method == Method::HEAD {
            head_error(StatusCode::BAD_REQUEST, "InvalidBucketName")
        } else {
            error(
                StatusCode::BAD_REQUEST,
                "InvalidBucketName",
                &format!("The specified bucket is not valid: {problem}."),
                &bucket,
            )
        };
    }
    let bucket_directory = store.bucket_directory(&bucket);
    if key.is_empty() {
        return match method {
            Method::PUT => match std::fs::create_dir_all(root.join(&bucket)) {
                Ok(()) if store.bucket_directory(&bucket).is_none() => error(
                    StatusCode::FORBIDDEN,
                    "AccessDenied",
                    "The bucket's directory is a link that leaves the emulator's S3 root.",
                    &path,
                ),
                Ok(()) => {
                    let mut response = Response::new(Body::empty());
                    if let Ok(value) = HeaderValue::from_str(&format!("/{bucket}")) {
                        response.headers_mut().insert(header::LOCATION, value);
                    }
                    response
                }
                Err(failure) => {
                    error(StatusCode::INTERNAL_SERVER_ERROR, "InternalError", &failure.to_string(), &path)
                }
            },
            Method::GET if query_value(&query, "list-type").as_deref() == Some("2") => {
                list_objects(store, &bucket, &query, &path)
            }
            Method::HEAD if bucket_directory.is_some() => Response::new(Body::empty()),
            Method::HEAD => head_error(StatusCode::NOT_FOUND, "NoSuchBucket"),
            _ => error(
                StatusCode::NOT_IMPLEMENTED,
                "NotImplemented",
                "The emulator serves ListObjectsV2 and CreateBucket on buckets.",
                &path,
            ),
        };
    }
    if store.object_path(&bucket, &key).is_none() {
        return error(StatusCode::BAD_REQUEST, "InvalidArgument", "The object key is not valid here.", &path);
    }
    match method {
        Method::PUT => {
            if bucket_directory.is_none() {
                return error(
                    StatusCode::NOT_FOUND,
                    "NoSuchBucket",
                    "The specified bucket does not exist",
                    &bucket,
                );
            }
            let chunked = headers
                .get("x-amz-content-sha256")
                .and_then(|value| value.to_str().ok())
                .is_some_and(|value| value.starts_with("STREAMING-"))
                || headers
                    .get(header::CONTENT_ENCODING)
                    .and_then(|value| value.to_str().ok())
                    .is_some_and(|value| value.contains("aws-chunked"));
            // A directory of the key that is a link leaving the root is not written through.
            let Some(file) = store.writable_object(&bucket, &key) else {
                return error(
                    StatusCode::FORBIDDEN,
                    "AccessDenied",
                    "The object's directory is a link that leaves the emulator's S3 root.",
                    &path,
                );
            };
            let too_large = || {
                error(
                    StatusCode::BAD_REQUEST,
                    "EntityTooLarge",
                    "Your proposed upload exceeds the maximum allowed size",
                    &path,
                )
            };
            let declared = headers
                .get("x-amz-decoded-content-length")
                .or_else(|| headers.get(header::CONTENT_LENGTH))
                .and_then(|value| value.to_str().ok())
                .and_then(|value| value.parse::<u64>().ok());
            if declared.is_some_and(|length| length > MAXIMUM_OBJECT_BYTES) {
                return too_large();
            }
            // Streamed to disk a piece at a time: memory does not grow with the object.
            match s3_stream::receive(request.into_body(), chunked, MAXIMUM_OBJECT_BYTES, &file).await {
                Ok(tag) => {
                    let mut response = Response::new(Body::empty());
                    if let Ok(value) = HeaderValue::from_str(&tag) {
                        response.headers_mut().insert(header::ETAG, value);
                    }
                    response
                }
                Err(s3_stream::ReceiveError::TooLarge) => too_large(),
                Err(s3_stream::ReceiveError::BadChunks(reason)) => error(
                    StatusCode::BAD_REQUEST,
                    "IncompleteBody",
                    &format!("The aws-chunked body could not be read: {reason}."),
                    &path,
                ),
                Err(s3_stream::ReceiveError::Interrupted(reason)) => error(
                    StatusCode::BAD_REQUEST,
                    "IncompleteBody",
                    &format!("The request body did not arrive whole: {reason}."),
                    &path,
                ),
                Err(s3_stream::ReceiveError::Disk(failure)) => {
                    error(StatusCode::INTERNAL_SERVER_ERROR, "InternalError", &failure.to_string(), &path)
                }
            }
        }
        Method::GET | Method::HEAD => {
            let head = method == Method::HEAD;
            if bucket_directory.is_none() {
                return if head {
                    head_error(StatusCode::NOT_FOUND, "NoSuchBucket")
                } else {
                    error(
                        StatusCode::NOT_FOUND,
                        "NoSuchBucket",
                        "The specified bucket does not exist",
                        &bucket,
                    )
                };
            }
            // Regular files inside the root only: a FIFO would block, a link may leave the root.
            let opened = store.existing_object(&bucket, &key).and_then(|file| {
                let (opened, metadata) = super::s3::open_regular(&file).ok()?;
                let tag = s3_stream::entity_tag_of(&file, &metadata).ok()?;
                Some((opened, metadata, tag))
            });
            let Some((opened, metadata, tag)) = opened else {
                return if head {
                    head_error(StatusCode::NOT_FOUND, "NoSuchKey")
                } else {
                    error(StatusCode::NOT_FOUND, "NoSuchKey", "The specified key does not exist.", &key)
                };
            };
            let modified = metadata
                .modified()
                .ok()
                .and_then(|time| time.duration_since(std::time::UNIX_EPOCH).ok())
                .map(|elapsed| elapsed.as_millis() as u64)
                .unwrap_or(0);
            let total = metadata.len() as usize;
            // A ranged GET (the AWS CLI downloads large objects in parts) answers 206 with the
            // part, read from the file alone; every body is streamed a piece at a time.
            let range = headers
                .get(header::RANGE)
                .and_then(|value| value.to_str().ok())
                .and_then(|value| byte_range(value, total))
                .filter(|_| !head);
            let (start, length) = match range {
                Some((start, end)) => (start, end + 1 - start),
                None => (0, total),
            };
            let body =
                if head { Body::empty() } else { s3_stream::file_body(opened, start as u64, length as u64) };
            let mut response = Response::new(body);
            if let Some((start, end)) = range {
                *response.status_mut() = StatusCode::PARTIAL_CONTENT;
                if let Ok(value) = HeaderValue::from_str(&format!("bytes {start}-{end}/{total}")) {
                    response.headers_mut().insert(header::CONTENT_RANGE, value);
                }
            }
            let response_headers = response.headers_mut();
            response_headers
                .insert(header::CONTENT_TYPE, HeaderValue::from_static("application/octet-stream"));
            response_headers.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
            response_headers.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
            if let Ok(value) = HeaderValue::from_str(&tag) {
                response_headers.insert(header::ETAG, value);
            }
            if let Ok(value) = HeaderValue::from_str(&http_date(modified)) {
                response_headers.insert(header::LAST_MODIFIED, value);
            }
            response
        }
        _ => error(
            StatusCode::NOT_IMPLEMENTED,
            "NotImplemented",
            "The emulator serves PutObject, GetObject and HeadObject on objects.",
            &path,
        ),
    }
}

/// The first and last byte of a `Range: bytes=…` header for an object of `total` bytes (one
/// range: `a-b`, `a-` or `-suffix`); None when it is absent, unsatisfiable or several ranges.
fn byte_range(header: &str, total: usize) -> Option<(usize, usize)> {
    let spec = header.trim().strip_prefix("bytes=")?;
    if spec.contains(',') || total == 0 {
        return None;
    }
    let (first, last) = spec.split_once('-')?;
    let (start, end) = if first.is_empty() {
        let suffix: usize = last.parse().ok()?;
        (total.saturating_sub(suffix), total - 1)
    } else {
        let start: usize = first.parse().ok()?;
        let end = if last.is_empty() { total - 1 } else { last.parse::<usize>().ok()?.min(total - 1) };
        (start, end)
    };
    (start <= end && start < total).then_some((start, end))
}

/// ListBuckets: the root's directories with a bucket's name (links are not followed), by name,
/// created when their directory was.
fn list_buckets(root: &std::path::Path) -> Response {
    let entries = match std::fs::read_dir(root) {
        Ok(entries) => entries,
        Err(failure) => {
            return error(StatusCode::INTERNAL_SERVER_ERROR, "InternalError", &failure.to_string(), "/");
        }
    };
    let mut buckets: Vec<(String, u64)> = entries
        .flatten()
        .filter(|entry| entry.file_type().is_ok_and(|kind| kind.is_dir()))
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            super::s3::bucket_name_problem(&name).is_none().then_some(())?;
            let created = entry
                .metadata()
                .and_then(|metadata| metadata.modified())
                .ok()
                .and_then(|time| time.duration_since(std::time::UNIX_EPOCH).ok())
                .map(|since| since.as_millis() as u64)
                .unwrap_or_default();
            Some((name, created))
        })
        .collect();
    buckets.sort();
    let listed: String = buckets
        .iter()
        .map(|(name, created)| {
            format!(
                "<Bucket><Name>{}</Name><CreationDate>{}</CreationDate></Bucket>",
                escape(name),
                clock::timestamp(*created)
            )
        })
        .collect();
    xml_response(
        StatusCode::OK,
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListAllMyBucketsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Owner><ID>{OWNER_ID}</ID><DisplayName>bedrock-emulator</DisplayName></Owner><Buckets>{listed}</Buckets></ListAllMyBucketsResult>"
        ),
    )
}

/// The canonical user id the emulator's buckets belong to.
const OWNER_ID: &str = "75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a";

fn list_objects(store: &ObjectStore, bucket: &str, query: &str, path: &str) -> Response {
    let prefix = query_value(query, "prefix").unwrap_or_default();
    let maximum = query_value(query, "max-keys")
        .and_then(|value| value.parse().ok())
        .unwrap_or(MAXIMUM_KEYS)
        .min(MAXIMUM_KEYS);
    let start_after = query_value(query, "continuation-token")
        .or_else(|| query_value(query, "start-after"))
        .unwrap_or_default();
    let objects = match store.list(bucket, &prefix) {
        Ok(objects) => objects,
        Err(super::s3::ListError::NoSuchBucket(_)) => {
            return error(
                StatusCode::NOT_FOUND,
                "NoSuchBucket",
                "The specified bucket does not exist",
                bucket,
            );
        }
        Err(failure) => {
            return error(StatusCode::INTERNAL_SERVER_ERROR, "InternalError", &failure.to_string(), path);
        }
    };
    let remaining: Vec<_> =
        objects.into_iter().filter(|object| start_after.is_empty() || object.key > start_after).collect();
    let truncated = remaining.len() > maximum;
    let page = &remaining[..remaining.len().min(maximum)];
    let mut contents = String::new();
    for object in page {
        // The ETag kept beside the object (computed a piece at a time the first time).
        let Ok((_, metadata)) = super::s3::open_regular(&object.path) else { continue };
        let size = metadata.len();
        let Ok(tag) = s3_stream::entity_tag_of(&object.path, &metadata) else { continue };
        contents.push_str(&format!(
            "<Contents><Key>{}</Key><LastModified>{}</LastModified><ETag>{}</ETag><Size>{size}</Size><StorageClass>STANDARD</StorageClass></Contents>",
            escape(&object.key),
            clock::timestamp(object.modified_millis),
            escape(&tag)
        ));
    }
    let next = match (truncated, page.last()) {
        (true, Some(last)) => format!("<NextContinuationToken>{}</NextContinuationToken>", escape(&last.key)),
        _ => String::new(),
    };
    xml_response(
        StatusCode::OK,
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>{}</Name><Prefix>{}</Prefix><KeyCount>{}</KeyCount><MaxKeys>{maximum}</MaxKeys><IsTruncated>{truncated}</IsTruncated>{contents}{next}</ListBucketResult>",
            escape(bucket),
            escape(&prefix),
            page.len()
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_ranges() {
        assert_eq!(byte_range("bytes=0-9", 100), Some((0, 9)));
        assert_eq!(byte_range("bytes=90-", 100), Some((90, 99)));
        assert_eq!(byte_range("bytes=-10", 100), Some((90, 99)));
        assert_eq!(byte_range("bytes=50-500", 100), Some((50, 99)));
        assert_eq!(byte_range("bytes=100-", 100), None);
        assert_eq!(byte_range("bytes=0-1,5-6", 100), None);
        assert_eq!(byte_range("items=0-1", 100), None);
    }

    #[test]
    fn the_signing_service_comes_from_the_scope() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::AUTHORIZATION,
            "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=00"
                .parse()
                .unwrap(),
        );
        assert_eq!(signing_service(&headers).as_deref(), Some("s3"));
        assert_eq!(signing_service(&HeaderMap::new()), None);
        assert_eq!(query_value("list-type=2&prefix=a%2Fb", "prefix").as_deref(), Some("a/b"));
    }
}
