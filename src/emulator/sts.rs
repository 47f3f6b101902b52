//! A minimal STS in the emulator: GetCallerIdentity over the query protocol (a form-encoded POST
//! to `/`, answered in XML), so that commands that need the account id (`iam-policy`) work
//! offline. The caller is always the emulator's fixed test account.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
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

/// The form field `name` of a query-protocol request body.
fn form_field(body: &[u8], name: &str) -> Option<String> {
    String::from_utf8_lossy(body).split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == name).then(|| value.replace('+', " "))
    })
}

/// POST / (Action=GetCallerIdentity)
pub async fn query(State(emulator): State<Shared>, body: Bytes) -> Response {
    let request_id = emulator.next_request_id();
    match form_field(&body, "Action").as_deref() {
        Some("GetCallerIdentity") => xml(
            StatusCode::OK,
            format!(
                "<GetCallerIdentityResponse xmlns=\"{NAMESPACE}\">\n  <GetCallerIdentityResult>\n    <Arn>{CALLER_ARN}</Arn>\n    <UserId>{CALLER_USER_ID}</UserId>\n    <Account>{ACCOUNT_ID}</Account>\n  </GetCallerIdentityResult>\n  <ResponseMetadata>\n    <RequestId>{request_id}</RequestId>\n  </ResponseMetadata>\n</GetCallerIdentityResponse>\n"
            ),
        ),
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
}
