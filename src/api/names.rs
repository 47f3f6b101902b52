//! Names as the AWS CLI spells them: `CreateFlow` → `create-flow`, `modelARN` → `model-arn`
//! (botocore's `xform_name`, with its rules for acronyms), and the way back to the model's name.

use std::sync::OnceLock;

use regex_lite::Regex;

use super::model::ServiceModel;

/// The AWS CLI's spelling of a model name (operations and members).
pub fn cli_name(name: &str) -> String {
    static FIRST_CAP: OnceLock<Option<Regex>> = OnceLock::new();
    static END_CAP: OnceLock<Option<Regex>> = OnceLock::new();
    static PLURAL_ACRONYM: OnceLock<Option<Regex>> = OnceLock::new();
    if name.contains('-') {
        return name.to_string();
    }
    let (Some(first_cap), Some(end_cap), Some(plural_acronym)) = (
        FIRST_CAP.get_or_init(|| Regex::new("(.)([A-Z][a-z]+)").ok()),
        END_CAP.get_or_init(|| Regex::new("([a-z0-9])([A-Z])").ok()),
        PLURAL_ACRONYM.get_or_init(|| Regex::new("[A-Z]{2,}s$").ok()),
    ) else {
        return name.to_lowercase();
    };
    let mut name = name.to_string();
    // `GatewayARNs` → `Gateway-arns`, not `Gateway-ar-ns`.
    if let Some(found) = plural_acronym.find(&name) {
        let start = found.start();
        name = format!("{}-{}", &name[..start], name[start..].to_lowercase());
    }
    let spaced = first_cap.replace_all(&name, "$1-$2");
    end_cap.replace_all(&spaced, "$1-$2").to_lowercase()
}

/// The model's name of an operation given as the AWS CLI spells it (or as the model does).
pub fn operation_by_cli_name(model: &ServiceModel, name: &str) -> Option<&'static str> {
    model.operation_names().find(|operation| *operation == name || cli_name(operation) == name)
}

/// The names closest to `wanted` (for "did you mean"), best first.
pub fn nearest<'a>(wanted: &str, candidates: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut scored: Vec<(usize, &str)> = candidates
        .map(|candidate| (distance(wanted, candidate), candidate))
        .filter(|(score, candidate)| *score <= (wanted.len().max(candidate.len()) / 3).max(2))
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, candidate)| candidate).collect()
}

/// Levenshtein distance over characters.
pub fn distance(left: &str, right: &str) -> usize {
    let right: Vec<char> = right.chars().collect();
    let mut previous: Vec<usize> = (0..=right.len()).collect();
    for (row, left_character) in left.chars().enumerate() {
        let mut current = vec![row + 1; right.len() + 1];
        for (column, right_character) in right.iter().enumerate() {
            let substitution = previous[column] + usize::from(left_character != *right_character);
            current[column + 1] = substitution.min(previous[column + 1] + 1).min(current[column] + 1);
        }
        previous = current;
    }
    previous[right.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spells_names_as_the_aws_cli() {
        for (model, cli) in [
            ("CreateFlow", "create-flow"),
            ("ListFoundationModels", "list-foundation-models"),
            ("modelId", "model-id"),
            ("roleArn", "role-arn"),
            ("modelARN", "model-arn"),
            ("GatewayARNs", "gateway-arns"),
            ("InvokeModelWithResponseStream", "invoke-model-with-response-stream"),
            ("byCustomizationType", "by-customization-type"),
            ("s3Uri", "s3-uri"),
            ("kmsKeyId", "kms-key-id"),
            ("maxResults", "max-results"),
            ("already-spelt", "already-spelt"),
        ] {
            assert_eq!(cli_name(model), cli, "{model}");
        }
    }

    #[test]
    fn finds_operations_by_either_name() {
        let model = super::super::model::Service::BedrockAgent.model();
        assert_eq!(operation_by_cli_name(model, "create-flow"), Some("CreateFlow"));
        assert_eq!(operation_by_cli_name(model, "CreateFlow"), Some("CreateFlow"));
        assert_eq!(operation_by_cli_name(model, "create-flows"), None);
        let names: Vec<String> = model.operation_names().map(cli_name).collect();
        assert_eq!(nearest("create-flwo", names.iter().map(String::as_str))[0], "create-flow");
    }
}
