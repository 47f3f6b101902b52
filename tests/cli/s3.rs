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
    // A bound, not a timing: an emulator that hangs fails the test instead of blocking it.
    stream.set_read_timeout(Some(std::time::Duration::from_secs(60))).unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap_or_else(|error| panic!("no answer to {method} {path}: {error}"));
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

#[cfg(unix)]
#[test]
fn a_fifo_in_the_root_is_not_an_object_and_does_not_hang_the_emulator() {
    let sandbox = Sandbox::new();
    let (emulator, root) = emulator_with_bucket(&sandbox, "pipes");
    std::fs::write(root.join("pipes/a.txt"), "a").unwrap();
    let made = std::process::Command::new("mkfifo").arg(root.join("pipes/pipe")).status().unwrap();
    assert!(made.success());
    let address = address(&emulator);
    let fetched = s3_request(&address, "GET", "/pipes/pipe", b"");
    assert_eq!(fetched.status, 404, "{}", fetched.text());
    assert!(fetched.text().contains("NoSuchKey"));
    assert_eq!(s3_request(&address, "HEAD", "/pipes/pipe", b"").status, 404);
    let listed = s3_request(&address, "GET", "/pipes?list-type=2", b"");
    assert_eq!(listed.status, 200);
    assert!(listed.text().contains("<Key>a.txt</Key>"), "{}", listed.text());
    assert!(!listed.text().contains("pipe</Key>"), "{}", listed.text());
    // The emulator still answers everything else.
    assert_eq!(s3_request(&address, "GET", "/pipes/a.txt", b"").body, b"a");
}

#[cfg(unix)]
#[test]
fn links_that_leave_the_root_are_not_followed() {
    use std::os::unix::fs::symlink;
    let sandbox = Sandbox::new();
    let (emulator, root) = emulator_with_bucket(&sandbox, "linked");
    let outside = sandbox.path().join("outside");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(outside.join("secret.txt"), "secret").unwrap();
    std::fs::write(root.join("linked/a.txt"), "a").unwrap();
    symlink(outside.join("secret.txt"), root.join("linked/secret-link")).unwrap();
    symlink(&outside, root.join("linked/outside-dir")).unwrap();
    symlink(root.join("linked/a.txt"), root.join("linked/inner-link")).unwrap();
    symlink(root.join("linked"), root.join("linked/loop")).unwrap();
    symlink(&outside, root.join("escape-bucket")).unwrap();
    let address = address(&emulator);

    for key in ["/linked/secret-link", "/linked/outside-dir/secret.txt"] {
        let fetched = s3_request(&address, "GET", key, b"");
        assert_eq!(fetched.status, 404, "{key} was served: {}", fetched.text());
        assert!(!fetched.text().contains("secret</"), "{}", fetched.text());
    }
    assert_eq!(
        s3_request(&address, "GET", "/linked/inner-link", b"").body,
        b"a",
        "a link inside the root works"
    );
    let listed = s3_request(&address, "GET", "/linked?list-type=2", b"").text();
    let keys: Vec<&str> =
        listed.split("<Key>").skip(1).map(|rest| rest.split("</Key>").next().unwrap()).collect();
    assert_eq!(keys, ["a.txt", "inner-link"], "{listed}");

    let written = s3_request(&address, "PUT", "/linked/outside-dir/planted.txt", b"planted");
    assert_eq!(written.status, 403, "{}", written.text());
    let deeper = s3_request(&address, "PUT", "/linked/outside-dir/new/planted.txt", b"planted");
    assert_eq!(deeper.status, 403, "{}", deeper.text());
    assert!(
        !outside.join("planted.txt").exists() && !outside.join("new").exists(),
        "written outside the root"
    );
    assert_eq!(s3_request(&address, "PUT", "/linked/inside/new.txt", b"ok").status, 200);

    assert_eq!(s3_request(&address, "HEAD", "/escape-bucket", b"").status, 404);
    assert_eq!(s3_request(&address, "GET", "/escape-bucket/secret.txt", b"").status, 404);
    assert_eq!(s3_request(&address, "GET", "/escape-bucket?list-type=2", b"").status, 404);
    assert_eq!(s3_request(&address, "PUT", "/escape-bucket/x.txt", b"x").status, 404);
    assert!(!outside.join("x.txt").exists());
}

#[test]
fn create_bucket_checks_names_as_s3_does() {
    let sandbox = Sandbox::new();
    let (emulator, root) = emulator_with_bucket(&sandbox, "existing");
    let address = address(&emulator);
    const REFUSED: &[&str] = &[
        "Upper-Case",
        "a..b",
        "bad!name",
        "ab",
        "-starts-with-hyphen",
        "ends-with-dot.",
        "192.168.1.1",
        "xn--punycode",
        "name-s3alias",
        "under_score",
    ];
    for name in REFUSED {
        let answer = s3_request(&address, "PUT", &format!("/{name}"), b"");
        assert_eq!(answer.status, 400, "{name}: {}", answer.text());
        assert!(answer.text().contains("InvalidBucketName"), "{name}: {}", answer.text());
        assert!(!root.join(name).exists(), "{name} was created");
    }
    for name in ["my-bucket", "logs.example.com", "abc", "a1-b2.c3"] {
        let answer = s3_request(&address, "PUT", &format!("/{name}"), b"");
        assert_eq!(answer.status, 200, "{name}: {}", answer.text());
        assert!(root.join(name).is_dir());
    }
}

/// Send a PUT whose body comes from a reader, a piece at a time (never held whole here).
fn put_streamed(address: &str, path: &str, length: u64, mut body: impl Read) -> Answer {
    let mut stream = TcpStream::connect(address).unwrap();
    write!(
        stream,
        "PUT {path} HTTP/1.1\r\nHost: {address}\r\nAuthorization: {S3_AUTHORIZATION}\r\nx-amz-content-sha256: UNSIGNED-PAYLOAD\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    std::io::copy(&mut body, &mut stream).unwrap();
    stream.set_read_timeout(Some(std::time::Duration::from_secs(120))).unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    parse_answer(&raw)
}

/// A ranged GET: the status and the body.
fn get_range(address: &str, path: &str, range: &str) -> Answer {
    let mut stream = TcpStream::connect(address).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nAuthorization: {S3_AUTHORIZATION}\r\nRange: bytes={range}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    stream.set_read_timeout(Some(std::time::Duration::from_secs(120))).unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    parse_answer(&raw)
}

/// The byte at `offset` of the test object: a pattern that differs between any two ranges.
fn pattern_byte(offset: u64) -> u8 {
    (offset.wrapping_mul(2_654_435_761) >> 13) as u8
}

struct Pattern {
    offset: u64,
    length: u64,
}

impl Read for Pattern {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let count = (self.length - self.offset).min(buffer.len() as u64) as usize;
        for (index, byte) in buffer[..count].iter_mut().enumerate() {
            *byte = pattern_byte(self.offset + index as u64);
        }
        self.offset += count as u64;
        Ok(count)
    }
}

#[test]
fn a_large_object_streams_up_and_down_and_ranges_read_only_their_part() {
    // 96 MiB here (completes); the memory target for 1 GiB is measured by benches/s3_memory.py.
    const LENGTH: u64 = 96 * 1024 * 1024;
    let sandbox = Sandbox::new();
    let (emulator, root) = emulator_with_bucket(&sandbox, "large");
    let address = address(&emulator);
    let put = put_streamed(&address, "/large/big.bin", LENGTH, Pattern { offset: 0, length: LENGTH });
    assert_eq!(put.status, 200, "{}", put.text());
    let stored = root.join("large/big.bin");
    assert_eq!(std::fs::metadata(&stored).unwrap().len(), LENGTH);

    // Eight ranged GETs at once, each answered with exactly its part.
    let ranges: Vec<(u64, u64)> =
        (0..8).map(|index| (index * 11 * 1024 * 1024 + 7, 3 * 1024 * 1024)).collect();
    std::thread::scope(|scope| {
        for &(start, length) in &ranges {
            let address = &address;
            scope.spawn(move || {
                let answer = get_range(address, "/large/big.bin", &format!("{start}-{}", start + length - 1));
                assert_eq!(answer.status, 206);
                assert_eq!(answer.body.len() as u64, length);
                assert!(
                    answer
                        .body
                        .iter()
                        .enumerate()
                        .all(|(index, byte)| *byte == pattern_byte(start + index as u64))
                );
                assert_eq!(
                    answer.header("content-range"),
                    Some(format!("bytes {start}-{}/{LENGTH}", start + length - 1).as_str())
                );
            });
        }
    });
    let whole = s3_request(&address, "GET", "/large/big.bin", b"");
    assert_eq!(whole.body.len() as u64, LENGTH);
    assert!(whole.body.iter().enumerate().all(|(index, byte)| *byte == pattern_byte(index as u64)));
    // The ETag is kept beside the object: listings and GETs agree with the PUT's.
    let tag = put.header("etag").unwrap().to_string();
    assert_eq!(whole.header("etag"), Some(tag.as_str()));
    let listed = s3_request(&address, "GET", "/large?list-type=2", b"").text();
    assert!(listed.contains(&format!("<ETag>{}</ETag>", tag.replace('"', "&quot;"))), "{listed}");
    assert!(listed.contains("<Key>big.bin</Key>") && !listed.contains(".etag"), "{listed}");
}

/// ListBuckets: the root's directories that are buckets, by name; a file, a badly named
/// directory and a link out of the root are not buckets. The AWS CLI reads the answer.
#[test]
fn list_buckets_names_the_roots_buckets() {
    let sandbox = Sandbox::new();
    let (emulator, root) = emulator_with_bucket(&sandbox, "models-out");
    std::fs::create_dir_all(root.join("alpha.data")).unwrap();
    std::fs::create_dir_all(root.join("Not_A_Bucket")).unwrap();
    std::fs::write(root.join("loose-file"), b"x").unwrap();
    let outside = sandbox.path().join("outside");
    std::fs::create_dir_all(&outside).unwrap();
    std::os::unix::fs::symlink(&outside, root.join("linked-bucket")).unwrap();
    let answer = s3_request(&address(&emulator), "GET", "/", b"");
    assert_eq!(answer.status, 200, "{}", answer.text());
    let text = answer.text();
    let alpha = text.find("<Name>alpha.data</Name>").unwrap_or_else(|| panic!("{text}"));
    let models = text.find("<Name>models-out</Name>").unwrap_or_else(|| panic!("{text}"));
    assert!(alpha < models, "{text}");
    for absent in ["Not_A_Bucket", "loose-file", "linked-bucket"] {
        assert!(!text.contains(absent), "{absent}: {text}");
    }
    assert_eq!(s3_request(&address(&emulator), "DELETE", "/", b"").status, 405);
    if crate::awscli::aws_cli().is_some() {
        let listed = crate::awscli::aws(&sandbox, &emulator, &["s3api", "list-buckets"]);
        listed.expect_code(0);
        let names: Vec<String> = listed.json()["Buckets"]
            .as_array()
            .unwrap()
            .iter()
            .map(|bucket| bucket["Name"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(names, ["alpha.data", "models-out"]);
        assert!(listed.json()["Buckets"][0]["CreationDate"].is_string());
    }
}
