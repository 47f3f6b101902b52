//! HTTPS through a private CA: the emulator behind a local TLS front whose certificate is
//! signed by a CA of the test's own (made with the `openssl` command). Untrusted is 255 naming
//! the certificate; trusted through `AWS_CA_BUNDLE`, the profile's `ca_bundle`, and
//! `SSL_CERT_FILE`; `doctor` names the trust store; a proxy that is down is named.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};

use crate::support::{Emulator, Sandbox, run};

/// A TLS server on 127.0.0.1 (`https://localhost:PORT`) that forwards each request to the
/// emulator, one request per connection.
struct TlsFront {
    url: String,
    ca: PathBuf,
    _directory: tempfile::TempDir,
}

fn openssl(directory: &Path, args: &[&str]) {
    let output = Command::new("openssl").current_dir(directory).args(args).output().unwrap();
    assert!(output.status.success(), "openssl {args:?}: {}", String::from_utf8_lossy(&output.stderr));
}

impl TlsFront {
    fn start(emulator: &Emulator) -> TlsFront {
        let directory = tempfile::tempdir().unwrap();
        let dir = directory.path();
        let curve = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
        let ca_args = [
            &["req", "-x509"][..],
            &curve[..],
            &["-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=bedrock test CA"],
            &[
                "-addext",
                "basicConstraints=critical,CA:TRUE",
                "-addext",
                "keyUsage=critical,keyCertSign,cRLSign",
            ],
        ]
        .concat();
        openssl(dir, &ca_args);
        let request_args = [
            &["req"][..],
            &curve[..],
            &["-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost"],
        ]
        .concat();
        openssl(dir, &request_args);
        std::fs::write(
            dir.join("server.ext"),
            "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n",
        )
        .unwrap();
        openssl(
            dir,
            &[
                "x509",
                "-req",
                "-in",
                "server.csr",
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-out",
                "server.pem",
                "-days",
                "2",
                "-extfile",
                "server.ext",
            ],
        );
        let certificates: Vec<CertificateDer<'static>> =
            CertificateDer::pem_file_iter(dir.join("server.pem")).unwrap().map(|c| c.unwrap()).collect();
        let key = PrivateKeyDer::from_pem_file(dir.join("server.key")).unwrap();
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let config = Arc::new(
            rustls::ServerConfig::builder_with_provider(provider)
                .with_safe_default_protocol_versions()
                .unwrap()
                .with_no_client_auth()
                .with_single_cert(certificates, key)
                .unwrap(),
        );
        let upstream = emulator.url.trim_start_matches("http://").to_string();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let config = config.clone();
                let upstream = upstream.clone();
                std::thread::spawn(move || forward(stream, config, &upstream));
            }
        });
        TlsFront { url: format!("https://localhost:{port}"), ca: dir.join("ca.pem"), _directory: directory }
    }
}

/// One request: decrypt, send to the emulator with `connection: close`, return its answer.
fn forward(stream: TcpStream, config: Arc<rustls::ServerConfig>, upstream: &str) {
    let Ok(connection) = rustls::ServerConnection::new(config) else { return };
    let mut tls = rustls::StreamOwned::new(connection, stream);
    let Some((head, body)) = crate::support::read_request(&mut tls) else { return };
    let kept: Vec<&str> =
        head.lines().filter(|line| !line.to_ascii_lowercase().starts_with("connection:")).collect();
    let mut request = format!("{}\r\nconnection: close\r\n\r\n", kept.join("\r\n")).into_bytes();
    request.extend_from_slice(&body);
    let Ok(mut emulator) = TcpStream::connect(upstream) else { return };
    if emulator.write_all(&request).is_err() {
        return;
    }
    let mut response = Vec::new();
    let _ = emulator.read_to_end(&mut response);
    // Tell the client not to reuse the connection.
    if let Some(line_end) = response.windows(2).position(|window| window == b"\r\n") {
        response.splice(line_end + 2..line_end + 2, b"connection: close\r\n".iter().copied());
    }
    let _ = tls.write_all(&response);
    tls.conn.send_close_notify();
    let _ = tls.flush();
}

/// `bedrock models list` over HTTPS through the front, with `setup` applied to the command.
fn list_models(front: &TlsFront, sandbox: &Sandbox, setup: impl FnOnce(&mut Command)) -> crate::support::Run {
    let mut command = sandbox.configured();
    setup(&mut command);
    run(command.args(["--endpoint-url", &front.url, "--max-attempts", "1", "models", "list", "-o", "json"]))
}

#[test]
fn an_untrusted_certificate_is_255_naming_it() {
    let emulator = Emulator::start();
    let front = TlsFront::start(&emulator);
    let sandbox = Sandbox::new();
    let result = list_models(&front, &sandbox, |_| {});
    result.expect_one_line_error(255, "the server's TLS certificate is not trusted");
    assert!(result.stderr.to_ascii_lowercase().contains("certificate"), "{}", result.stderr);
    assert!(result.stderr.contains("hint: ") && result.stderr.contains("AWS_CA_BUNDLE"), "{}", result.stderr);
    assert!(!result.stderr.contains("bedrock emulator"), "{}", result.stderr);
}

#[test]
fn the_private_ca_is_trusted_through_aws_ca_bundle_ca_bundle_and_ssl_cert_file() {
    let emulator = Emulator::start();
    let front = TlsFront::start(&emulator);
    let sandbox = Sandbox::new();
    let ca = front.ca.display().to_string();
    let through_variable = list_models(&front, &sandbox, |command| {
        command.env("AWS_CA_BUNDLE", &ca);
    });
    through_variable.expect_code(0);
    assert!(!through_variable.json()["modelSummaries"].as_array().unwrap().is_empty());

    std::fs::write(sandbox.path().join("aws-config"), format!("[default]\nca_bundle = {ca}\n")).unwrap();
    list_models(&front, &sandbox, |_| {}).expect_code(0);
    std::fs::remove_file(sandbox.path().join("aws-config")).unwrap();

    list_models(&front, &sandbox, |command| {
        command.env("SSL_CERT_FILE", &ca);
    })
    .expect_code(0);
}

#[test]
fn doctor_names_the_trust_store_and_falls_back_to_bundled_roots() {
    let emulator = Emulator::start();
    let front = TlsFront::start(&emulator);
    let sandbox = Sandbox::new();
    let ca = front.ca.display().to_string();
    let result = run(sandbox.configured().env("AWS_CA_BUNDLE", &ca).args([
        "--endpoint-url",
        &front.url,
        "doctor",
        "-o",
        "json",
    ]));
    result.expect_code(0);
    assert_eq!(result.json()["trustStore"], format!("AWS_CA_BUNDLE ({ca}, 1 certificate)"));
    assert_eq!(result.json()["check"]["result"], "ok");

    // No CA certificates on the system (a scratch image): Mozilla's roots, compiled in.
    let empty = sandbox.path().join("empty.pem");
    std::fs::write(&empty, "").unwrap();
    let result =
        run(sandbox.configured().env("SSL_CERT_FILE", &empty).args(["doctor", "--no-check", "-o", "json"]));
    result.expect_code(0);
    let store = result.json()["trustStore"].as_str().unwrap().to_string();
    assert!(store.starts_with("bundled Mozilla roots ("), "{store}");

    let missing =
        run(sandbox.configured().env("AWS_CA_BUNDLE", "/nonexistent/corp.pem").args(["models", "list"]));
    missing.expect_one_line_error(253, "AWS_CA_BUNDLE: cannot read the CA bundle /nonexistent/corp.pem");
}

#[test]
fn a_proxy_that_is_down_is_named_and_the_endpoint_hint_needs_an_endpoint() {
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let proxy = format!("http://127.0.0.1:{port}");
    let sandbox = Sandbox::new();
    let result =
        run(sandbox.configured().env("HTTPS_PROXY", &proxy).args(["--max-attempts", "1", "models", "list"]));
    result.expect_one_line_error(255, &format!("cannot reach the proxy {proxy} (HTTPS_PROXY)"));
    assert!(
        !result.stderr.contains("--endpoint-url") && !result.stderr.contains("bedrock emulator"),
        "{}",
        result.stderr
    );
}
