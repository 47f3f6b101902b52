//! `bedrock doctor`: what the profile, region, endpoints and credentials resolve to (never a
//! secret), and whether the control-plane endpoint answers a signed request.

use std::time::Instant;

use aws_credential_types::credential_feature::AwsCredentialFeature;
use aws_credential_types::provider::ProvideCredentials;
use clap::Args;
use serde_json::{Map, Value, json};

use crate::api::send::BEARER_TOKEN_VARIABLE;
use crate::context::{Ctx, RegionSource, Service};
use crate::error::{Failure, Result};
use crate::output::{Column, View};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  bedrock doctor\n  bedrock --profile prod --region eu-central-1 doctor -o json\n  bedrock doctor --no-check"
)]
pub struct DoctorArgs {
    /// Only show the resolved settings; do not call the endpoint.
    #[arg(long)]
    pub no_check: bool,
}

const FIELDS: &[Column] = &[
    Column { header: "version", path: "version" },
    Column { header: "profile", path: "profile.name" },
    Column { header: "profile source", path: "profile.source" },
    Column { header: "profile error", path: "profile.error" },
    Column { header: "region", path: "region.name" },
    Column { header: "region source", path: "region.source" },
    Column { header: "credentials", path: "credentials.source" },
    Column { header: "access key", path: "credentials.accessKeyId" },
    Column { header: "credentials expire", path: "credentials.expiration" },
    Column { header: "credentials error", path: "credentials.error" },
    Column { header: "credentials note", path: "credentials.note" },
    Column { header: "bearer token", path: "bearerToken" },
    Column { header: "endpoint bedrock", path: "endpoints.bedrock" },
    Column { header: "endpoint bedrock-runtime", path: "endpoints.bedrock-runtime" },
    Column { header: "endpoint bedrock-agent", path: "endpoints.bedrock-agent" },
    Column { header: "endpoint bedrock-agent-runtime", path: "endpoints.bedrock-agent-runtime" },
    Column { header: "trust store", path: "trustStore" },
    Column { header: "config file", path: "configFile" },
    Column { header: "check", path: "check.result" },
    Column { header: "check latency (ms)", path: "check.latencyMs" },
    Column { header: "models visible", path: "check.foundationModels" },
];

pub async fn run(ctx: &Ctx, args: DoctorArgs) -> Result<()> {
    ctx.output.validate_query()?;
    let mut report = Map::new();
    report.insert("version".into(), json!(env!("CARGO_PKG_VERSION")));
    let (profile_name, profile_source) =
        match (&ctx.settings.profile, ctx.environment.variable("AWS_PROFILE")) {
            (Some(name), _) => (name.clone(), "--profile"),
            (None, Some(name)) => (name.to_string(), "AWS_PROFILE"),
            (None, None) => ("default".to_string(), "default"),
        };
    let profile_source = if ctx.settings.local { "not used (--local)" } else { profile_source };
    report.insert("profile".into(), json!({"name": profile_name, "source": profile_source}));

    let mut problem: Option<Failure> = None;
    match ctx.sdk_config().await {
        Ok(config) => {
            let region = config.region().map(|region| region.to_string()).unwrap_or_default();
            let source = match ctx.region_source() {
                RegionSource::Flag => "--region".to_string(),
                RegionSource::Environment(name) => name.to_string(),
                RegionSource::ConfigFiles => "AWS config file".to_string(),
                RegionSource::LocalDefault => "--local default".to_string(),
            };
            report.insert("region".into(), json!({"name": region, "source": source}));
            let mut credentials = credentials_report(config, &mut problem).await;
            if let Some(note) = credentials_note(ctx) {
                credentials["note"] = json!(note);
            }
            if ctx.environment.variable(BEARER_TOKEN_VARIABLE).is_some() && !ctx.settings.local {
                let (accepting, refusing): (Vec<Service>, Vec<Service>) =
                    Service::ALL.into_iter().partition(|service| accepts_bearer_tokens(*service));
                let names = |services: &[Service]| {
                    services.iter().map(|service| service.endpoint_prefix()).collect::<Vec<_>>().join(", ")
                };
                report.insert(
                    "bearerToken".into(),
                    json!(format!("set ({BEARER_TOKEN_VARIABLE}): used for {}", names(&accepting))),
                );
                // A Bedrock API key alone is a working setup for the services that take it.
                if problem.is_some() && !accepting.is_empty() {
                    problem = None;
                    credentials["note"] = json!(format!(
                        "not needed for {} (the Bedrock API key is used); {} need AWS credentials",
                        names(&accepting),
                        names(&refusing)
                    ));
                }
            }
            report.insert("credentials".into(), credentials);
            let mut endpoints = Map::new();
            for service in Service::ALL {
                endpoints.insert(
                    service.endpoint_prefix().into(),
                    json!(crate::aws::redact::url_passwords(&ctx.endpoint(service).await?)),
                );
            }
            report.insert("endpoints".into(), Value::Object(endpoints));
            report.insert(
                "trustStore".into(),
                json!(ctx.trust_store().unwrap_or("not used (plain HTTP endpoint)")),
            );
        }
        Err(failure) if failure.message.starts_with("the config profile") => {
            report.insert(
                "profile".into(),
                json!({"name": profile_name, "source": profile_source, "error": failure.message}),
            );
            problem = Some(failure);
        }
        Err(failure) => {
            report.insert("region".into(), json!({"name": null, "source": null, "error": failure.message}));
            problem = Some(failure);
        }
    }
    let config_file = ctx.environment.config_file_path().map(|path| {
        let state = if path.exists() { "" } else { " (not present)" };
        format!("{}{state}", path.display())
    });
    report.insert("configFile".into(), json!(config_file));

    if !args.no_check && problem.is_none() {
        let (check, failure) = check_endpoint(ctx).await;
        report.insert("check".into(), check);
        problem = failure;
    }
    let document = Value::Object(report);
    ctx.output.document(&document, &View::Record { record: "", fields: FIELDS })?;
    match problem {
        Some(failure) => Err(failure),
        None => Ok(()),
    }
}

async fn credentials_report(config: &aws_config::SdkConfig, problem: &mut Option<Failure>) -> Value {
    let Some(provider) = config.credentials_provider() else {
        let failure = crate::aws::errors::no_credentials_failure();
        let report = json!({"source": null, "error": failure.message});
        *problem = Some(failure);
        return report;
    };
    match provider.provide_credentials().await {
        Ok(credentials) => {
            let features =
                credentials.get_property::<Vec<AwsCredentialFeature>>().cloned().unwrap_or_default();
            let mut report = json!({
                "source": describe_source(&features),
                "accessKeyId": mask(credentials.access_key_id()),
                "sessionToken": credentials.session_token().is_some(),
            });
            if let Some(expiry) = credentials.expiry() {
                let seconds = expiry.duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
                let formatted = aws_smithy_types::DateTime::from_secs(seconds as i64)
                    .fmt(aws_smithy_types::date_time::Format::DateTime)
                    .unwrap_or_default();
                report["expiration"] = json!(formatted);
            }
            report
        }
        Err(error) => {
            let failure = crate::aws::errors::credentials_failure(&error);
            let report = json!({"source": null, "error": failure.message});
            *problem = Some(failure);
            report
        }
    }
}

/// Whether a service takes a bearer token (a Bedrock API key), by its model's auth schemes.
fn accepts_bearer_tokens(service: Service) -> bool {
    crate::api::model::Service::from_name(service.endpoint_prefix())
        .is_some_and(|model_service| model_service.model().accepts_bearer_tokens())
}

/// Why keys in the environment are, or a profile is, not what signs requests.
fn credentials_note(ctx: &Ctx) -> Option<String> {
    if ctx.settings.local || !ctx.has_any_environment_key() {
        return None;
    }
    match (&ctx.settings.profile, ctx.environment.variable("AWS_PROFILE")) {
        (Some(profile), _) => Some(format!(
            "the keys in the environment (AWS_ACCESS_KEY_ID …) are not used: --profile {profile} selects the profile's credentials"
        )),
        (None, Some(profile)) => Some(format!(
            "AWS_PROFILE={profile} is not used for credentials: the keys in the environment win, as in the AWS CLI (pass --profile {profile} to use the profile's)"
        )),
        (None, None) => None,
    }
}

/// A readable name for where credentials came from.
fn describe_source(features: &[AwsCredentialFeature]) -> String {
    let names: Vec<&str> = features
        .iter()
        .filter_map(|feature| match feature {
            AwsCredentialFeature::CredentialsEnvVars => Some("environment variables"),
            AwsCredentialFeature::CredentialsProfile => Some("shared credentials/config file"),
            AwsCredentialFeature::CredentialsProfileSourceProfile => Some("source profile"),
            AwsCredentialFeature::CredentialsProfileNamedProvider => Some("named provider"),
            AwsCredentialFeature::CredentialsProfileSso | AwsCredentialFeature::CredentialsSso => Some("SSO"),
            AwsCredentialFeature::CredentialsProfileProcess | AwsCredentialFeature::CredentialsProcess => {
                Some("credential_process")
            }
            AwsCredentialFeature::CredentialsStsAssumeRole => Some("assume role"),
            AwsCredentialFeature::CredentialsStsAssumeRoleWebId
            | AwsCredentialFeature::CredentialsEnvVarsStsWebIdToken
            | AwsCredentialFeature::CredentialsProfileStsWebIdToken => Some("web identity"),
            AwsCredentialFeature::CredentialsHttp => Some("container credentials endpoint"),
            AwsCredentialFeature::CredentialsImds => Some("EC2 instance metadata"),
            AwsCredentialFeature::CredentialsCode => Some("static"),
            _ => None,
        })
        .collect();
    if names.is_empty() { "static (--local emulator)".to_string() } else { names.join(" → ") }
}

/// Show the start and end of an access key id only.
fn mask(access_key_id: &str) -> String {
    let chars: Vec<char> = access_key_id.chars().collect();
    if chars.len() <= 8 {
        return "****".to_string();
    }
    let head: String = chars[..4].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}****{tail}")
}

/// Call ListFoundationModels: it proves the endpoint answers and the credentials are accepted.
async fn check_endpoint(ctx: &Ctx) -> (Value, Option<Failure>) {
    let started = Instant::now();
    let client = match ctx.bedrock().await {
        Ok(client) => client,
        Err(failure) => return (json!({"result": format!("failed: {}", failure.message)}), Some(failure)),
    };
    match client.list_foundation_models().send().await {
        Ok(output) => {
            let _ = ctx.capture.take();
            let latency = started.elapsed().as_millis() as u64;
            let count = output.model_summaries().len();
            (json!({"result": "ok", "latencyMs": latency, "foundationModels": count}), None)
        }
        Err(error) => {
            let failure = ctx.failure(Service::Bedrock, error).await;
            (json!({"result": format!("failed: {failure}")}), Some(failure))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn access_keys_are_masked() {
        assert_eq!(mask("AKIAIOSFODNN7EXAMPLE"), "AKIA****MPLE");
        assert_eq!(mask("short"), "****");
    }

    #[test]
    fn sources_are_named() {
        assert_eq!(describe_source(&[AwsCredentialFeature::CredentialsEnvVars]), "environment variables");
        assert_eq!(
            describe_source(&[
                AwsCredentialFeature::CredentialsProfile,
                AwsCredentialFeature::CredentialsStsAssumeRole
            ]),
            "shared credentials/config file → assume role"
        );
    }
}
