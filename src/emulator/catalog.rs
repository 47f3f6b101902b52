//! The emulator's catalog: every foundation model of the user guide plus current Nova/Claude/Llama
//! ids, and the system-defined cross-region inference profiles. The data lives in `data/*.json`
//! in wire shape; ARNs are added per request region.

use serde_json::{Map, Value, json};

use super::ACCOUNT_ID;
use crate::error::{Failure, Result};

const FOUNDATION_MODELS: &str = include_str!("data/foundation_models.json");
const INFERENCE_PROFILES: &str = include_str!("data/inference_profiles.json");

/// The parsed catalog.
pub struct Catalog {
    pub models: Vec<Map<String, Value>>,
    pub profiles: Vec<Map<String, Value>>,
}

fn objects(text: &str, name: &str) -> Result<Vec<Map<String, Value>>> {
    let broken = |reason: String| {
        Failure::other("emulator", format!("the built-in {name} catalog is broken: {reason}"))
    };
    let value: Value = serde_json::from_str(text).map_err(|error| broken(error.to_string()))?;
    let Value::Array(items) = value else { return Err(broken("not an array".into())) };
    items
        .into_iter()
        .map(|item| match item {
            Value::Object(object) => Ok(object),
            _ => Err(broken("an entry is not an object".into())),
        })
        .collect()
}

fn text<'a>(object: &'a Map<String, Value>, key: &str) -> &'a str {
    object.get(key).and_then(Value::as_str).unwrap_or_default()
}

fn contains(object: &Map<String, Value>, key: &str, wanted: &str) -> bool {
    object
        .get(key)
        .and_then(Value::as_array)
        .is_some_and(|values| values.iter().any(|value| value.as_str() == Some(wanted)))
}

/// The ARN of a foundation model in a region.
pub fn foundation_model_arn(region: &str, model_id: &str) -> String {
    format!("arn:aws:bedrock:{region}::foundation-model/{model_id}")
}

impl Catalog {
    pub fn load() -> Result<Self> {
        Ok(Catalog {
            models: objects(FOUNDATION_MODELS, "foundation model")?,
            profiles: objects(INFERENCE_PROFILES, "inference profile")?,
        })
    }

    /// Find a model by id or foundation-model ARN.
    pub fn model(&self, identifier: &str) -> Option<&Map<String, Value>> {
        let id = identifier.rsplit_once(":foundation-model/").map(|(_, id)| id).unwrap_or(identifier);
        self.models.iter().find(|model| text(model, "modelId") == id)
    }

    /// A model in wire shape, with its ARN first as the service sends it.
    pub fn model_document(&self, model: &Map<String, Value>, region: &str) -> Value {
        let mut document = Map::new();
        document.insert("modelArn".into(), json!(foundation_model_arn(region, text(model, "modelId"))));
        for (key, value) in model {
            document.insert(key.clone(), value.clone());
        }
        Value::Object(document)
    }

    /// Models matching ListFoundationModels' filters (all optional).
    pub fn filter_models<'a>(
        &'a self,
        provider: Option<&'a str>,
        output_modality: Option<&'a str>,
        inference_type: Option<&'a str>,
        customization_type: Option<&'a str>,
    ) -> impl Iterator<Item = &'a Map<String, Value>> + 'a {
        self.models.iter().filter(move |model| {
            provider.is_none_or(|provider| provider_matches(model, provider))
                && output_modality.is_none_or(|modality| contains(model, "outputModalities", modality))
                && inference_type.is_none_or(|kind| contains(model, "inferenceTypesSupported", kind))
                && customization_type.is_none_or(|kind| contains(model, "customizationsSupported", kind))
        })
    }

    /// Find an inference profile by id or ARN.
    pub fn profile(&self, identifier: &str) -> Option<&Map<String, Value>> {
        let id = identifier.rsplit_once(":inference-profile/").map(|(_, id)| id).unwrap_or(identifier);
        self.profiles.iter().find(|profile| text(profile, "inferenceProfileId") == id)
    }

    /// Whether ListInferenceProfiles shows a system-defined profile to a caller in `region`: the
    /// service lists only the profiles of the caller's geography (us., eu., apac. …) and the
    /// global ones, that is those whose source regions include the caller's.
    pub fn profile_listed_in(&self, profile: &Map<String, Value>, region: &str) -> bool {
        contains(profile, "regions", region)
    }

    /// An inference profile in wire shape for a region.
    pub fn profile_document(&self, profile: &Map<String, Value>, region: &str) -> Value {
        let id = text(profile, "inferenceProfileId");
        let model_id = text(profile, "modelId");
        let regions: Vec<&str> = profile
            .get("regions")
            .and_then(Value::as_array)
            .map(|regions| regions.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let models: Vec<Value> = regions
            .iter()
            .map(|model_region| json!({"modelArn": foundation_model_arn(model_region, model_id)}))
            .collect();
        json!({
            "inferenceProfileName": profile.get("inferenceProfileName"),
            "description": profile.get("description"),
            "createdAt": profile.get("createdAt"),
            "updatedAt": profile.get("updatedAt"),
            "inferenceProfileArn": format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:inference-profile/{id}"),
            "models": models,
            "inferenceProfileId": id,
            "status": profile.get("status"),
            "type": profile.get("type"),
        })
    }
}

/// `byProvider` matches the provider name or the model id's prefix, ignoring case and spaces.
fn provider_matches(model: &Map<String, Value>, wanted: &str) -> bool {
    let normalise = |value: &str| value.to_ascii_lowercase().replace([' ', '-'], "");
    let wanted = normalise(wanted);
    let name = normalise(text(model, "providerName"));
    let prefix = text(model, "modelId").split('.').next().unwrap_or_default().to_ascii_lowercase();
    name == wanted || prefix == wanted || name.starts_with(&wanted) && wanted.len() >= 4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_loads_and_covers_the_user_guide() {
        let catalog = Catalog::load().unwrap();
        for id in [
            "amazon.titan-text-express-v1",
            "amazon.titan-embed-text-v2:0",
            "anthropic.claude-v2:1",
            "anthropic.claude-3-haiku-20240307-v1:0",
            "ai21.j2-ultra-v1",
            "cohere.command-r-plus-v1:0",
            "meta.llama3-8b-instruct-v1:0",
            "mistral.mixtral-8x7b-instruct-v0:1",
            "stability.stable-diffusion-xl-v1",
            "amazon.nova-pro-v1:0",
            "deepseek.r1-v1:0",
            "openai.gpt-oss-20b-1:0",
            "openai.gpt-oss-120b-1:0",
        ] {
            assert!(catalog.model(id).is_some(), "{id} missing");
        }
        for profile in &catalog.profiles {
            assert!(catalog.model(text(profile, "modelId")).is_some(), "{profile:?}");
        }
    }

    #[test]
    fn current_models_are_profile_only_with_their_cross_region_profiles() {
        let catalog = Catalog::load().unwrap();
        for (id, geographies) in [
            ("anthropic.claude-sonnet-4-5-20250929-v1:0", &["us", "eu", "global"][..]),
            ("anthropic.claude-haiku-4-5-20251001-v1:0", &["us", "eu", "global"][..]),
            ("anthropic.claude-opus-4-1-20250805-v1:0", &["us"][..]),
            ("anthropic.claude-opus-4-5-20251101-v1:0", &["us", "eu", "global"][..]),
            ("anthropic.claude-opus-4-6-v1", &["us", "eu", "jp", "apac", "global"][..]),
            ("anthropic.claude-sonnet-4-6", &["us", "eu", "jp", "global"][..]),
            ("amazon.nova-2-lite-v1:0", &["us", "global"][..]),
            ("mistral.pixtral-large-2502-v1:0", &["us", "eu"][..]),
            ("meta.llama4-scout-17b-instruct-v1:0", &["us"][..]),
            ("meta.llama4-maverick-17b-instruct-v1:0", &["us"][..]),
        ] {
            let model = catalog.model(id).unwrap();
            assert_eq!(model["inferenceTypesSupported"], json!(["INFERENCE_PROFILE"]), "{id}");
            assert_eq!(model["modelLifecycle"]["status"], "ACTIVE");
            assert!(contains(model, "inputModalities", "IMAGE"), "{id}");
            for geography in geographies {
                assert!(catalog.profile(&format!("{geography}.{id}")).is_some(), "{geography}.{id}");
            }
        }
    }

    #[test]
    fn text_only_newer_models_and_how_they_are_served() {
        let catalog = Catalog::load().unwrap();
        for (id, inference, geographies) in [
            ("openai.gpt-oss-20b-1:0", "ON_DEMAND", &[][..]),
            ("openai.gpt-oss-120b-1:0", "ON_DEMAND", &[][..]),
            ("writer.palmyra-x4-v1:0", "INFERENCE_PROFILE", &["us"][..]),
            ("writer.palmyra-x5-v1:0", "INFERENCE_PROFILE", &["us"][..]),
        ] {
            let model = catalog.model(id).unwrap();
            assert_eq!(model["inferenceTypesSupported"], json!([inference]), "{id}");
            assert_eq!(model["inputModalities"], json!(["TEXT"]), "{id}");
            assert_eq!(model["responseStreamingSupported"], true, "{id}");
            for geography in geographies {
                assert!(catalog.profile(&format!("{geography}.{id}")).is_some(), "{geography}.{id}");
            }
        }
    }

    #[test]
    fn profiles_are_listed_only_in_their_geography() {
        let catalog = Catalog::load().unwrap();
        let listed = |region: &str| -> Vec<String> {
            catalog
                .profiles
                .iter()
                .filter(|profile| catalog.profile_listed_in(profile, region))
                .map(|profile| text(profile, "inferenceProfileId").to_string())
                .collect()
        };
        let us = listed("us-east-1");
        assert!(us.iter().all(|id| id.starts_with("us.") || id.starts_with("global.")), "{us:?}");
        assert!(us.contains(&"global.anthropic.claude-sonnet-4-5-20250929-v1:0".to_string()));
        let eu = listed("eu-west-1");
        assert!(eu.iter().all(|id| id.starts_with("eu.") || id.starts_with("global.")), "{eu:?}");
        assert!(eu.contains(&"eu.anthropic.claude-haiku-4-5-20251001-v1:0".to_string()));
        let apac = listed("ap-southeast-2");
        assert!(apac.iter().all(|id| id.starts_with("apac.") || id.starts_with("global.")), "{apac:?}");
    }

    #[test]
    fn filters_by_provider_and_modality() {
        let catalog = Catalog::load().unwrap();
        let anthropic: Vec<_> = catalog.filter_models(Some("anthropic"), None, None, None).collect();
        assert!(!anthropic.is_empty());
        assert!(anthropic.iter().all(|model| text(model, "providerName") == "Anthropic"));
        let embeddings: Vec<_> = catalog.filter_models(None, Some("EMBEDDING"), None, None).collect();
        assert!(embeddings.iter().all(|model| contains(model, "outputModalities", "EMBEDDING")));
        assert!(catalog.filter_models(Some("ai21"), None, None, None).count() >= 2);
    }

    #[test]
    fn arns_follow_the_region() {
        let catalog = Catalog::load().unwrap();
        let model = catalog.model("arn:aws:bedrock:eu-west-1::foundation-model/anthropic.claude-v2").unwrap();
        let document = catalog.model_document(model, "eu-west-1");
        assert_eq!(document["modelArn"], "arn:aws:bedrock:eu-west-1::foundation-model/anthropic.claude-v2");
    }
}
