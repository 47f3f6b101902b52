//! Redaction of secrets in debug traces: signatures, session tokens, bearer tokens, secret keys.
//! Nothing the tool prints or writes may carry them.

use std::sync::OnceLock;

use regex_lite::Regex;

/// Headers whose values are secrets and are replaced entirely.
const SECRET_HEADERS: &[&str] =
    &["x-amz-security-token", "cookie", "set-cookie", "x-amz-sso_bearer_token", "proxy-authorization"];

/// The value of a header as it may be shown.
pub fn header(name: &str, value: &str) -> String {
    let lower = name.to_ascii_lowercase();
    if SECRET_HEADERS.contains(&lower.as_str()) {
        return "<redacted>".to_string();
    }
    if lower == "authorization" {
        return authorization(value);
    }
    value.to_string()
}

/// An Authorization header with the signature and most of the access key hidden.
pub fn authorization(value: &str) -> String {
    let trimmed = value.trim();
    if trimmed.len() >= 6 && trimmed[..6].eq_ignore_ascii_case("bearer") {
        return "Bearer <redacted>".to_string();
    }
    if !trimmed.starts_with("AWS4-") {
        return "<redacted>".to_string();
    }
    static SIGNATURE: OnceLock<Option<Regex>> = OnceLock::new();
    static CREDENTIAL: OnceLock<Option<Regex>> = OnceLock::new();
    let signature = SIGNATURE.get_or_init(|| Regex::new(r"Signature=[0-9a-fA-F]+").ok());
    let credential = CREDENTIAL.get_or_init(|| Regex::new(r"Credential=([A-Z0-9]{4})[A-Z0-9]*/").ok());
    match (signature, credential) {
        (Some(signature), Some(credential)) => {
            let without_signature = signature.replace_all(trimmed, "Signature=<redacted>");
            credential.replace_all(&without_signature, "Credential=$1****/").into_owned()
        }
        _ => "<redacted>".to_string(),
    }
}

/// A request or response body with secret-looking fields (JSON or XML) replaced.
pub fn body(text: &str) -> String {
    static JSON_FIELDS: OnceLock<Option<Regex>> = OnceLock::new();
    static XML_FIELDS: OnceLock<Option<Regex>> = OnceLock::new();
    let json = JSON_FIELDS.get_or_init(|| {
        Regex::new(
            r#"(?i)("(?:secretAccessKey|secretKey|sessionToken|accessToken|refreshToken|clientSecret|password|bearerToken|token)"\s*:\s*)"(?:[^"\\]|\\.)*""#,
        )
        .ok()
    });
    let xml = XML_FIELDS.get_or_init(|| {
        Regex::new(r"(?s)<(SecretAccessKey|SessionToken|Token)>.*?</(?:SecretAccessKey|SessionToken|Token)>")
            .ok()
    });
    match (json, xml) {
        (Some(json), Some(xml)) => {
            let first = json.replace_all(text, r#"$1"<redacted>""#);
            xml.replace_all(&first, "<$1><redacted></$1>").into_owned()
        }
        _ => "<body not shown>".to_string(),
    }
}

/// Text with the password of every URL's userinfo hidden (`http://user:<redacted>@host`).
pub fn url_passwords(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("://") || !text.contains('@') {
        return std::borrow::Cow::Borrowed(text);
    }
    static USERINFO: OnceLock<Option<Regex>> = OnceLock::new();
    let userinfo =
        USERINFO.get_or_init(|| Regex::new(r"([A-Za-z][A-Za-z0-9+.-]*://[^/?#\s:@]*):[^/?#\s@]*@").ok());
    match userinfo {
        Some(userinfo) => userinfo.replace_all(text, "$1:<redacted>@"),
        None => std::borrow::Cow::Owned("<not shown>".to_string()),
    }
}

/// Text another program wrote (a failing `credential_process`'s stderr), reduced to a line that
/// may be shown: its first non-blank line, URL passwords, `name=value` secrets and long
/// token-like words hidden, at most 120 characters.
pub fn foreign_line(text: &str) -> String {
    let first = text.lines().map(str::trim).find(|line| !line.is_empty()).unwrap_or("");
    static ASSIGNMENT: OnceLock<Option<Regex>> = OnceLock::new();
    static TOKEN: OnceLock<Option<Regex>> = OnceLock::new();
    let assignment = ASSIGNMENT.get_or_init(|| {
        Regex::new(r"(?i)\b([a-z_-]*(?:password|passwd|secret|token|key|credential)[a-z_-]*)(\s*[=:]\s*)\S+")
            .ok()
    });
    let token = TOKEN.get_or_init(|| Regex::new(r"[A-Za-z0-9/+=_.-]{16,}").ok());
    let (Some(assignment), Some(token)) = (assignment, token) else {
        return "<not shown>".to_string();
    };
    let shown = url_passwords(first);
    let shown = assignment.replace_all(&shown, "$1$2<redacted>");
    let shown = token.replace_all(&shown, "<redacted>");
    let mut shown = shown.into_owned();
    if shown.chars().count() > 120 {
        shown = shown.chars().take(120).collect::<String>() + "…";
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_passwords_are_hidden_and_the_rest_kept() {
        assert_eq!(
            url_passwords("GET http://user:hunter2@127.0.0.1:9/x and https://a:b%40c@proxy:3128"),
            "GET http://user:<redacted>@127.0.0.1:9/x and https://a:<redacted>@proxy:3128"
        );
        assert_eq!(url_passwords("http://user@host/ a@b"), "http://user@host/ a@b");
        assert_eq!(url_passwords("plain text"), "plain text");
    }

    #[test]
    fn foreign_lines_keep_the_first_line_without_secrets() {
        let shown = foreign_line("\n  login failed: token=hunter2 key AKIAIOSFODNN7EXAMPLE\nsecond line");
        assert_eq!(shown, "login failed: token=<redacted> key <redacted>");
        assert!(foreign_line(&"x".repeat(500)).len() < 140);
    }

    #[test]
    fn sigv4_signature_and_key_are_hidden() {
        let value = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20240101/us-east-1/bedrock/aws4_request, SignedHeaders=host;x-amz-date, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024";
        let shown = header("Authorization", value);
        assert!(!shown.contains("fe5f80f77d5fa3"));
        assert!(!shown.contains("IOSFODNN7EXAMPLE"));
        assert!(shown.contains("Credential=AKIA****/20240101/us-east-1/bedrock/aws4_request"));
        assert!(shown.contains("Signature=<redacted>"));
    }

    #[test]
    fn bearer_and_session_tokens_are_hidden() {
        assert_eq!(header("authorization", "Bearer abc.def"), "Bearer <redacted>");
        assert_eq!(header("X-Amz-Security-Token", "IQoJb3JpZ2luX2VjE"), "<redacted>");
        assert_eq!(header("content-type", "application/json"), "application/json");
    }

    #[test]
    fn secret_fields_in_bodies_are_hidden() {
        let json = r#"{"accessKeyId":"AKIA","secretAccessKey":"wJalr\"XUtn","sessionToken":"tok"}"#;
        let shown = body(json);
        assert!(!shown.contains("wJalr") && !shown.contains("tok\""));
        assert!(shown.contains(r#""accessKeyId":"AKIA""#));
        let xml = "<Credentials><SecretAccessKey>wJalr</SecretAccessKey><SessionToken>t</SessionToken></Credentials>";
        assert_eq!(
            body(xml),
            "<Credentials><SecretAccessKey><redacted></SecretAccessKey><SessionToken><redacted></SessionToken></Credentials>"
        );
    }
}
