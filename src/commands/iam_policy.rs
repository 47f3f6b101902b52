//! `bedrock iam-policy invoke|customize`: the least-privilege IAM policy for a Step Functions
//! state machine (or any role) that invokes models or creates customization jobs, as the Step
//! Functions guide writes them, with the resolved region and the account from `--account` or
//! STS GetCallerIdentity.

use clap::{Args, Subcommand};

use crate::context::Ctx;
use crate::error::{Failure, Result};
use crate::stepfunctions::{self, ModelResource};

#[derive(Debug, Subcommand)]
pub enum IamPolicyCommand {
    /// The policy for InvokeModel on the given models.
    #[command(
        after_help = "Examples:\n  bedrock iam-policy invoke --model titan-text-express\n  bedrock iam-policy invoke --model claude-3-haiku --model arn:aws:bedrock:us-east-1:123456789012:provisioned-model/c2oi931ulksx\n  bedrock iam-policy invoke --model '*' --account 123456789012     # every foundation and provisioned model\n  bedrock iam-policy invoke --model us.anthropic.claude-3-haiku-20240307-v1:0 --stream"
    )]
    Invoke(InvokeArgs),

    /// The policy for CreateModelCustomizationJob from a base model, passing a service role.
    #[command(
        after_help = "Examples:\n  bedrock iam-policy customize --model titan-text-express --role-arn arn:aws:iam::123456789012:role/myRole\n  bedrock iam-policy customize --model '*' --role-arn myRole --sync   # for createModelCustomizationJob.sync"
    )]
    Customize(CustomizeArgs),
}

#[derive(Debug, Args)]
pub struct InvokeArgs {
    /// A model id, alias, inference profile id or ARN the role may invoke (repeatable; '*' for all).
    #[arg(long, value_name = "MODEL", required = true)]
    pub model: Vec<String>,

    /// Also allow InvokeModelWithResponseStream.
    #[arg(long)]
    pub stream: bool,

    /// The account id for ARNs (default: the caller's, from STS GetCallerIdentity).
    #[arg(long, value_name = "ID")]
    pub account: Option<String>,
}

#[derive(Debug, Args)]
pub struct CustomizeArgs {
    /// The base model: a foundation model id or alias, a custom model ARN, or '*'.
    #[arg(long, value_name = "MODEL")]
    pub model: String,

    /// The service role the job runs as: an ARN, or a role name in the account.
    #[arg(long, value_name = "ARN|NAME")]
    pub role_arn: String,

    /// Add what `createModelCustomizationJob.sync` needs to follow the job (Get, Stop).
    #[arg(long)]
    pub sync: bool,

    /// The account id for ARNs (default: the caller's, from STS GetCallerIdentity).
    #[arg(long, value_name = "ID")]
    pub account: Option<String>,
}

/// The account: `--account`, or the caller's from STS.
pub(crate) async fn account(ctx: &Ctx, flag: Option<&str>) -> Result<String> {
    if let Some(account) = flag {
        if account.len() != 12 || !account.chars().all(|c| c.is_ascii_digit()) {
            return Err(Failure::usage(format!("--account '{account}' is not a 12-digit account id")));
        }
        return Ok(account.to_string());
    }
    let config = ctx.sdk_config().await?;
    let mut builder = aws_sdk_sts::config::Builder::from(config);
    if ctx.settings.debug {
        builder = builder.interceptor(crate::aws::debug::DebugTrace);
    }
    let client = aws_sdk_sts::Client::from_conf(builder.build());
    match client.get_caller_identity().send().await {
        Ok(identity) => identity
            .account()
            .map(str::to_string)
            .ok_or_else(|| Failure::other("invalid-response", "STS GetCallerIdentity returned no account")),
        Err(error) => Err(crate::aws::errors::classify(error, "STS")
            .with_hint("pass --account ID to build the policy without calling STS")),
    }
}

fn resource(ctx: &Ctx, model: &str) -> Result<ModelResource> {
    if model.trim().is_empty() {
        return Err(Failure::usage("--model is empty"));
    }
    Ok(stepfunctions::model_resource(&crate::models::resolve_model(&ctx.settings, model)))
}

/// A role ARN, from an ARN or a role name.
fn role_arn(role: &str, account: &str) -> Result<String> {
    if role.starts_with("arn:") {
        let valid = role.starts_with("arn:aws") && role.contains(":iam::") && role.contains(":role/");
        return if valid {
            Ok(role.to_string())
        } else {
            Err(Failure::usage(format!("--role-arn '{role}' is not an IAM role ARN")))
        };
    }
    let name_ok = !role.is_empty()
        && role.len() <= 64
        && role.chars().all(|c| c.is_ascii_alphanumeric() || "+=,.@_-/".contains(c));
    if !name_ok {
        return Err(Failure::usage(format!("--role-arn '{role}' is neither a role ARN nor a role name")));
    }
    Ok(format!("arn:aws:iam::{account}:role/{role}"))
}

pub async fn run(ctx: &Ctx, command: IamPolicyCommand) -> Result<()> {
    ctx.output.validate_query()?;
    let document = match command {
        IamPolicyCommand::Invoke(args) => {
            let models = args.model.iter().map(|model| resource(ctx, model)).collect::<Result<Vec<_>>>()?;
            let region = ctx.region().await?;
            let account = account(ctx, args.account.as_deref()).await?;
            stepfunctions::invoke_policy(&models, &region, &account, args.stream)
        }
        IamPolicyCommand::Customize(args) => {
            let base = resource(ctx, &args.model)?;
            if let ModelResource::Profile { profile_id, .. } = &base {
                return Err(Failure::usage(format!(
                    "--model {profile_id}: an inference profile cannot be customized; give the foundation model"
                )));
            }
            let region = ctx.region().await?;
            let account = account(ctx, args.account.as_deref()).await?;
            let role = role_arn(&args.role_arn, &account)?;
            stepfunctions::customize_policy(&base, &region, &account, &role, args.sync)
        }
    };
    ctx.output.json_document(&document)
}
