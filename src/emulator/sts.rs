//! STS in the emulator, over the query protocol (a form-encoded POST to `/`, answered in XML):
//! GetCallerIdentity, so that commands that need the account id (`iam-policy`) work offline, and
//! AssumeRole / AssumeRoleWithWebIdentity, so that role profiles (`role_arn` with
//! `source_profile`, `web_identity_token_file`) can be tested end to end. The credentials a role
//! hands out are remembered by their access key id (never their secret, which is derived), and
//! GetCallerIdentity signed with them answers the assumed role: a test can see which identity
//! signed a request.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::{ACCOUNT_ID, Shared};

const NAMESPACE: &str = "https://sts.amazonaws.com/doc/2011-06-15/";

/// The caller the emulator reports.
pub const CALLER_ARN: &str = "arn:aws:iam::123456789012:user/bedrock-emulator";
const CALLER_USER_ID: &str = "AIDAEMULATORUSER00001";

fn xml(status: StatusCode, body: String) -> Response {
    let mut response = (status, body).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/xml"));
    response
}

/// The form field `name` of a query-protocol request body, percent-decoded.
fn form_field(body: &[u8], name: &str) -> Option<String> {
    String::from_utf8_lossy(body).split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == name).then(|| super::percent_decode(value, true))
    })
}

/// Where the sessions of assumed roles are kept: access key id → the assumed role.
const SESSIONS: &str = "sts:Session";

/// The access key id a request was signed with (SigV4's `Credential=AKID/…`).
fn signing_key(headers: &HeaderMap) -> Option<String> {
    let authorization = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let credential = authorization.split("Credential=").nth(1)?;
    credential.split('/').next().map(str::to_string)
}

fn error(request_id: &str, status: StatusCode, code: &str, message: &str) -> Response {
    xml(
        status,
        format!(
            "<ErrorResponse xmlns=\"{NAMESPACE}\">\n  <Error>\n    <Type>Sender</Type>\n    <Code>{code}</Code>\n    <Message>{}</Message>\n  </Error>\n  <RequestId>{request_id}</RequestId>\n</ErrorResponse>\n",
            escape(message)
        ),
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Characters of a derived credential, from a seed.
fn derived(seed: u64, alphabet: &[u8], length: usize) -> String {
    let mut state = seed;
    (0..length)
        .map(|_| {
            state = super::faults::mix(state);
            alphabet[(state % alphabet.len() as u64) as usize] as char
        })
        .collect()
}

const UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const SECRET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The checks STS makes of an AssumeRole* request, in its words; (role ARN, session name,
/// duration in seconds).
fn role_request(body: &[u8]) -> Result<(String, String, u64), (&'static str, String)> {
    let role_arn = form_field(body, "RoleArn").unwrap_or_default();
    let session = form_field(body, "RoleSessionName").unwrap_or_default();
    let missing = if role_arn.is_empty() {
        Some("roleArn")
    } else if session.is_empty() {
        Some("roleSessionName")
    } else {
        None
    };
    if let Some(member) = missing {
        return Err((
            "ValidationError",
            format!(
                "1 validation error detected: Value null at '{member}' failed to satisfy constraint: Member must not be null"
            ),
        ));
    }
    let role_name = role_arn.strip_prefix("arn:aws:iam::").and_then(|rest| rest.split_once(":role/")).filter(
        |(account, name)| {
            account.len() == 12 && account.bytes().all(|b| b.is_ascii_digit()) && !name.is_empty()
        },
    );
    if role_name.is_none() {
        return Err(("ValidationError", format!("{role_arn} is invalid")));
    }
    let session_valid = (2..=64).contains(&session.len())
        && session
            .chars()
            .all(|character| character.is_ascii_alphanumeric() || "+=,.@_-".contains(character));
    if !session_valid {
        return Err((
            "ValidationError",
            format!(
                "1 validation error detected: Value '{session}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*"
            ),
        ));
    }
    let duration = match form_field(body, "DurationSeconds") {
        None => 3600,
        Some(text) => match text.parse::<u64>() {
            Ok(seconds) if (900..=43_200).contains(&seconds) => seconds,
            _ => {
                return Err((
                    "ValidationError",
                    format!(
                        "1 validation error detected: Value '{text}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900 and less than or equal to 43200"
                    ),
                ));
            }
        },
    };
    Ok((role_arn, session, duration))
}

/// AssumeRole and AssumeRoleWithWebIdentity: fresh temporary credentials for the role.
fn assume_role(emulator: &super::Emulator, request_id: &str, action: &str, body: &[u8]) -> Response {
    let (role_arn, session, duration) = match role_request(body) {
        Ok(request) => request,
        Err((code, message)) => return error(request_id, StatusCode::BAD_REQUEST, code, &message),
    };
    let web_identity = action == "AssumeRoleWithWebIdentity";
    let token = form_field(body, "WebIdentityToken").unwrap_or_default();
    if web_identity && token.len() < 4 {
        return error(
            request_id,
            StatusCode::BAD_REQUEST,
            "InvalidIdentityToken",
            "The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.",
        );
    }
    let (account, role_name) = role_arn
        .strip_prefix("arn:aws:iam::")
        .and_then(|rest| rest.split_once(":role/"))
        .map(|(account, name)| (account.to_string(), name.rsplit('/').next().unwrap_or(name).to_string()))
        .unwrap_or_default();
    let assumed_arn = format!("arn:aws:sts::{account}:assumed-role/{role_name}/{session}");
    let seed = super::faults::mix(
        request_id.bytes().fold(0u64, |hash, byte| hash.wrapping_mul(131).wrapping_add(u64::from(byte))),
    );
    let access_key = format!("ASIA{}", derived(seed, UPPER, 16));
    let secret = derived(seed ^ 0x5ec7, SECRET, 40);
    let session_token = derived(seed ^ 0x70c3, SECRET, 356);
    let role_id = format!(
        "AROA{}",
        derived(super::faults::mix(role_arn.len() as u64 ^ seed.rotate_left(7)), UPPER, 17)
    );
    let expires = super::clock::now_millis() + duration * 1000;
    let expiration = super::clock::timestamp(expires);
    let remembered = emulator.store.update(|state| {
        // Sessions that have expired are forgotten.
        let now = super::clock::now_millis();
        state.retain(SESSIONS, |_, session| session["expiresMillis"].as_u64().is_some_and(|at| at > now));
        state.insert(
            SESSIONS,
            &access_key,
            serde_json::json!({"arn": assumed_arn, "userId": format!("{role_id}:{session}"), "account": account, "expiresMillis": expires}),
        );
    });
    if remembered.is_err() {
        return error(
            request_id,
            StatusCode::INTERNAL_SERVER_ERROR,
            "InternalFailure",
            "The emulator could not record the session.",
        );
    }
    let extra = if web_identity {
        let subject = jwt_subject(&token).unwrap_or_else(|| "emulator-subject".to_string());
        format!(
            "    <SubjectFromWebIdentityToken>{}</SubjectFromWebIdentityToken>\n    <Audience>sts.amazonaws.com</Audience>\n    <Provider>emulator</Provider>\n",
            escape(&subject)
        )
    } else {
        String::new()
    };
    xml(
        StatusCode::OK,
        format!(
            "<{action}Response xmlns=\"{NAMESPACE}\">\n  <{action}Result>\n{extra}    <AssumedRoleUser>\n      <AssumedRoleId>{role_id}:{}</AssumedRoleId>\n      <Arn>{}</Arn>\n    </AssumedRoleUser>\n    <Credentials>\n      <AccessKeyId>{access_key}</AccessKeyId>\n      <SecretAccessKey>{secret}</SecretAccessKey>\n      <SessionToken>{session_token}</SessionToken>\n      <Expiration>{expiration}</Expiration>\n    </Credentials>\n  </{action}Result>\n  <ResponseMetadata>\n    <RequestId>{request_id}</RequestId>\n  </ResponseMetadata>\n</{action}Response>\n",
            escape(&session),
            escape(&assumed_arn)
        ),
    )
}

/// The `sub` claim of a JWT, when the token is one.
fn jwt_subject(token: &str) -> Option<String> {
    let payload = token.split('.').nth(1)?;
    let bytes = base64_simd::URL_SAFE_NO_PAD.decode_to_vec(payload.trim_end_matches('=')).ok()?;
    let claims: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    claims.get("sub")?.as_str().map(str::to_string)
}

/// POST / (Action=GetCallerIdentity, AssumeRole, AssumeRoleWithWebIdentity)
pub async fn query(State(emulator): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    let request_id = emulator.next_request_id();
    match form_field(&body, "Action").as_deref() {
        Some("GetCallerIdentity") => {
            let session = signing_key(&headers)
                .and_then(|key| emulator.store.read(|state| state.document(SESSIONS, &key).cloned()));
            let (arn, user_id, account) = match &session {
                Some(session) => (
                    session["arn"].as_str().unwrap_or_default().to_string(),
                    session["userId"].as_str().unwrap_or_default().to_string(),
                    session["account"].as_str().unwrap_or_default().to_string(),
                ),
                None => (CALLER_ARN.to_string(), CALLER_USER_ID.to_string(), ACCOUNT_ID.to_string()),
            };
            xml(
                StatusCode::OK,
                format!(
                    "<GetCallerIdentityResponse xmlns=\"{NAMESPACE}\">\n  <GetCallerIdentityResult>\n    <Arn>{}</Arn>\n    <UserId>{}</UserId>\n    <Account>{account}</Account>\n  </GetCallerIdentityResult>\n  <ResponseMetadata>\n    <RequestId>{request_id}</RequestId>\n  </ResponseMetadata>\n</GetCallerIdentityResponse>\n",
                    escape(&arn),
                    escape(&user_id)
                ),
            )
        }
        Some(action @ ("AssumeRole" | "AssumeRoleWithWebIdentity")) => {
            assume_role(&emulator, &request_id, action, &body)
        }
        action => xml(
            StatusCode::BAD_REQUEST,
            format!(
                "<ErrorResponse xmlns=\"{NAMESPACE}\">\n  <Error>\n    <Type>Sender</Type>\n    <Code>InvalidAction</Code>\n    <Message>Could not find operation {} for version 2011-06-15</Message>\n  </Error>\n  <RequestId>{request_id}</RequestId>\n</ErrorResponse>\n",
                action.unwrap_or("(none)")
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_fields_are_read() {
        assert_eq!(
            form_field(b"Action=GetCallerIdentity&Version=2011-06-15", "Action").as_deref(),
            Some("GetCallerIdentity")
        );
        assert_eq!(form_field(b"Version=2011-06-15", "Action"), None);
    }

    #[test]
    fn role_requests_are_checked_as_sts_checks_them() {
        let arn = "RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fprod";
        let ok =
            role_request(format!("{arn}&RoleSessionName=ci-run&DurationSeconds=900").as_bytes()).unwrap();
        assert_eq!(ok, ("arn:aws:iam::123456789012:role/prod".to_string(), "ci-run".to_string(), 900));
        assert_eq!(role_request(format!("{arn}&RoleSessionName=s1").as_bytes()).unwrap().2, 3600);
        for (body, words) in [
            (arn.to_string(), "roleSessionName"),
            ("RoleSessionName=s1".to_string(), "roleArn"),
            (format!("{arn}&RoleSessionName=a%20b"), "regular expression"),
            (format!("{arn}&RoleSessionName=s1&DurationSeconds=60"), "greater than or equal to 900"),
            ("RoleArn=role&RoleSessionName=s1".to_string(), "role is invalid"),
        ] {
            let (code, message) = role_request(body.as_bytes()).unwrap_err();
            assert_eq!(code, "ValidationError");
            assert!(message.contains(words), "{body}: {message}");
        }
    }

    #[test]
    fn subjects_come_from_the_token() {
        assert_eq!(
            jwt_subject("eyJhbGciOiJub25lIn0.eyJzdWIiOiJyZXBvOmFjbWUvYXBwIn0.").as_deref(),
            Some("repo:acme/app")
        );
        assert_eq!(jwt_subject("opaque"), None);
    }
}
