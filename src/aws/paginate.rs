//! Auto-pagination over raw response documents: pages are fetched in turn, their result lists
//! concatenated, and `--max-items`, `--page-size`, `--starting-token` and `--no-paginate`
//! applied the way the AWS CLI applies them. A list cut by `--max-items` ends with a
//! `nextToken` that resumes exactly where it stopped, even inside a page.

use std::future::Future;

use serde_json::{Map, Value};

use crate::context::Ctx;
use crate::error::{Failure, Result};

/// A resume point: the service token of a page and how many of its items were already shown.
#[derive(Debug, Clone, PartialEq, Default)]
struct Resume {
    token: Option<String>,
    skip: usize,
}

/// The AWS CLI's own token format (botocore's: base64 of `{"nextToken": …, "boto_truncate_amount":
/// N}` as Python writes JSON), so a token from either tool resumes in the other.
fn encode(resume: &Resume) -> String {
    let token = serde_json::to_string(&resume.token).unwrap_or_else(|_| "null".to_string());
    let document = match resume.skip {
        0 => format!("{{\"nextToken\": {token}}}"),
        skip => format!("{{\"nextToken\": {token}, \"boto_truncate_amount\": {skip}}}"),
    };
    aws_smithy_types::base64::encode(document)
}

/// Our (and the AWS CLI's) tokens decode to a Resume; anything else is passed to the service
/// as is.
fn decode(token: &str) -> Resume {
    let parsed = aws_smithy_types::base64::decode(token)
        .ok()
        .and_then(|bytes| serde_json::from_slice::<Value>(&bytes).ok());
    if let Some(Value::Object(object)) = parsed
        && let Some(inner) = object.get("nextToken")
    {
        let skip = ["boto_truncate_amount", "skip"]
            .iter()
            .find_map(|key| object.get(*key).and_then(Value::as_u64))
            .unwrap_or(0);
        return Resume { token: inner.as_str().map(str::to_string), skip: skip as usize };
    }
    Resume { token: Some(token.to_string()), skip: 0 }
}

/// Fetch all pages of a list operation and merge them into one document.
///
/// `fetch(token, page_size)` sends one request and returns the service's next token; the page's
/// raw body is read from the context's capture. `list_key` names the result list.
pub async fn collect<F, Fut>(ctx: &Ctx, list_key: &str, mut fetch: F) -> Result<Value>
where
    F: FnMut(Option<String>, Option<i32>) -> Fut,
    Fut: Future<Output = Result<Option<String>>>,
{
    collect_documents(ctx, list_key, "nextToken", |token, page_size| {
        let page = fetch(token, page_size);
        async move {
            let next = page.await?;
            Ok((ctx.capture.take_json()?, next))
        }
    })
    .await
}

/// Fetch all pages and merge them, for a `fetch(token, page_size)` that returns each page's
/// document and the service's next token; `token_key` is the output member holding the token.
pub async fn collect_documents<F, Fut>(
    ctx: &Ctx,
    list_key: &str,
    token_key: &str,
    mut fetch: F,
) -> Result<Value>
where
    F: FnMut(Option<String>, Option<i32>) -> Fut,
    Fut: Future<Output = Result<(Value, Option<String>)>>,
{
    let pagination = &ctx.settings.pagination;
    let page_size = pagination.page_size.map(|size| size.min(i32::MAX as u32) as i32);
    let max_items = pagination.max_items.map(|items| items as usize);
    let mut resume = pagination.starting_token.as_deref().map(decode).unwrap_or_default();
    let mut merged: Option<Map<String, Value>> = None;
    let mut items: Vec<Value> = Vec::new();
    let mut continuation: Option<String> = None;

    loop {
        let (page, next) = fetch(resume.token.clone(), page_size).await?;
        let Value::Object(mut page) = page else {
            return Err(Failure::other("invalid-response", "a list response is not a JSON object"));
        };
        let page_items = match page.remove(list_key) {
            Some(Value::Array(page_items)) => page_items,
            _ => Vec::new(),
        };
        page.remove(token_key);
        if merged.is_none() {
            merged = Some(page);
        }
        let available = page_items.len();
        let mut taken = resume.skip.min(available);
        for item in page_items.into_iter().skip(resume.skip) {
            if max_items.is_some_and(|limit| items.len() >= limit) {
                break;
            }
            items.push(item);
            taken += 1;
        }
        let full = max_items.is_some_and(|limit| items.len() >= limit);
        if full && taken < available {
            continuation = Some(encode(&Resume { token: resume.token.clone(), skip: taken }));
            break;
        }
        match next {
            Some(token) if pagination.no_paginate => {
                continuation = Some(token);
                break;
            }
            Some(token) if full => {
                continuation = Some(encode(&Resume { token: Some(token), skip: 0 }));
                break;
            }
            Some(token) => resume = Resume { token: Some(token), skip: 0 },
            None => break,
        }
    }

    let mut document = merged.unwrap_or_default();
    document.insert(list_key.to_string(), Value::Array(items));
    if let Some(token) = continuation {
        document.insert(token_key.to_string(), Value::String(token));
    }
    Ok(Value::Object(document))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip() {
        let resume = Resume { token: Some("abc".into()), skip: 3 };
        assert_eq!(decode(&encode(&resume)), resume);
        let first_page = Resume { token: None, skip: 2 };
        assert_eq!(decode(&encode(&first_page)), first_page);
        let boundary = Resume { token: Some("page-2".into()), skip: 0 };
        assert_eq!(decode(&encode(&boundary)), boundary);
    }

    #[test]
    fn tokens_are_the_aws_clis() {
        // What `aws bedrock list-inference-profiles --max-items 2` prints as its NextToken.
        let aws = "eyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAyfQ==";
        assert_eq!(encode(&Resume { token: None, skip: 2 }), aws);
        assert_eq!(decode(aws), Resume { token: None, skip: 2 });
        // Tokens from before the change still resume.
        let old = aws_smithy_types::base64::encode(r#"{"nextToken":"t","skip":4}"#);
        assert_eq!(decode(&old), Resume { token: Some("t".into()), skip: 4 });
    }

    #[test]
    fn foreign_tokens_pass_through() {
        assert_eq!(decode("service-token"), Resume { token: Some("service-token".into()), skip: 0 });
    }
}
