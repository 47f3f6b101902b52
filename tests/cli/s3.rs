//! The emulator's S3 API as a server any client can reach: concurrent writes of one key, files
//! that are not regular files, symbolic links and bucket names. Requests are sent raw, so that
//! what reaches the emulator is exactly what a test means.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;

use crate::support::{Emulator, Sandbox};

/// An Authorization header whose credential scope routes the request to the S3 API (the
/// emulator does not check the signature).
const S3_AUTHORIZATION: &str = "AWS4-HMAC-SHA256 Credential=AKIDTEST/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=00";

/// One answer: the status code, the headers (lower-case names) and the body.
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// The `host:port` of an emulator.
pub fn address(emulator: &Emulator) -> String {
    emulator.url.trim_start_matches("http://").to_string()
}

/// Send one S3 request on a new connection and read the whole answer.
pub fn s3_request(address: &str, method: &str, path: &str, body: &[u8]) -> Answer {
    let mut stream = TcpStream::connect(address).unwrap();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nAuthorization: {S3_AUTHORIZATION}\r\nx-amz-content-sha256: UNSIGNED-PAYLOAD\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .unwrap();
    stream.write_all(body).unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    parse_answer(&raw)
}

fn parse_answer(raw: &[u8]) -> Answer {
    let split = raw.windows(4).position(|window| window == b"\r\n\r\n").expect("no end of headers");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines.next().unwrap().split(' ').nth(1).unwrap().parse().unwrap();
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_string()))
        .collect();
    Answer { status, headers, body: raw[split + 4..].to_vec() }
}

/// An emulator serving `ROOT/bucket` with the bucket created.
fn emulator_with_bucket(sandbox: &Sandbox, bucket: &str) -> (Emulator, std::path::PathBuf) {
    let root = sandbox.path().join("s3");
    std::fs::create_dir_all(root.join(bucket)).unwrap();
    let emulator = Emulator::with_args(&["--s3-root", root.to_str().unwrap()]);
    (emulator, root)
}

fn temporary_files(directory: &Path) -> Vec<String> {
    std::fs::read_dir(directory)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect()
}

#[test]
fn concurrent_puts_to_one_key_are_all_acknowledged_and_one_of_them_is_stored() {
    let sandbox = Sandbox::new();
    let (emulator, root) = emulator_with_bucket(&sandbox, "race-bucket");
    let address = address(&emulator);
    // Bodies large enough that the writes overlap, each one recognisable.
    let bodies: Vec<Vec<u8>> =
        (0..80).map(|index| format!("body {index:02} ").into_bytes().repeat(16 * 1024)).collect();
    let answers: Vec<(usize, Answer)> = std::thread::scope(|scope| {
        let handles: Vec<_> = bodies
            .iter()
            .enumerate()
            .map(|(index, body)| {
                let address = &address;
                scope.spawn(move || (index, s3_request(address, "PUT", "/race-bucket/the-key", body)))
            })
            .collect();
        handles.into_iter().map(|handle| handle.join().unwrap()).collect()
    });
    for (index, answer) in &answers {
        assert_eq!(answer.status, 200, "PUT {index} was refused: {}", answer.text());
    }
    let stored = std::fs::read(root.join("race-bucket/the-key")).unwrap();
    let kept = bodies.iter().position(|body| *body == stored);
    assert!(
        kept.is_some(),
        "the stored object is not one of the acknowledged bodies ({} bytes)",
        stored.len()
    );
    let fetched = s3_request(&address, "GET", "/race-bucket/the-key", b"");
    assert_eq!(fetched.status, 200);
    assert_eq!(fetched.body, stored);
    let acknowledged_tag = answers[kept.unwrap()].1.header("etag").map(str::to_string);
    assert_eq!(fetched.header("etag").map(str::to_string), acknowledged_tag, "the stored write's own ETag");
    assert_eq!(temporary_files(&root.join("race-bucket")), Vec::<String>::new(), "temporary files left");
}
