//! What the user guide documents about customising each base model: its hyperparameters with
//! their ranges ("custom model hyperparameters"), its dataset line format and its dataset
//! quotas. Shared by `customization-jobs create`, `validate-data` and the emulator.

use serde_json::Value;

/// Whether a model is trained on labelled pairs or continues pre-training on raw text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CustomizationType {
    FineTuning,
    ContinuedPreTraining,
}

impl CustomizationType {
    pub fn wire_name(self) -> &'static str {
        match self {
            CustomizationType::FineTuning => "FINE_TUNING",
            CustomizationType::ContinuedPreTraining => "CONTINUED_PRE_TRAINING",
        }
    }

    pub fn from_wire(text: &str) -> Option<Self> {
        match text {
            "FINE_TUNING" => Some(CustomizationType::FineTuning),
            "CONTINUED_PRE_TRAINING" => Some(CustomizationType::ContinuedPreTraining),
            _ => None,
        }
    }
}

/// The value type of a hyperparameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Number {
    Integer,
    Float,
}

/// One documented hyperparameter.
#[derive(Debug, Clone, Copy)]
pub struct HyperParameter {
    pub name: &'static str,
    pub kind: Number,
    pub minimum: f64,
    pub maximum: f64,
    /// The value `auto` is accepted too.
    pub auto: bool,
}

const fn integer(name: &'static str, minimum: f64, maximum: f64) -> HyperParameter {
    HyperParameter { name, kind: Number::Integer, minimum, maximum, auto: false }
}

const fn float(name: &'static str, minimum: f64, maximum: f64) -> HyperParameter {
    HyperParameter { name, kind: Number::Float, minimum, maximum, auto: false }
}

const fn auto_integer(name: &'static str, minimum: f64, maximum: f64) -> HyperParameter {
    HyperParameter { name, kind: Number::Integer, minimum, maximum, auto: true }
}

/// The shape of one dataset line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineFormat {
    /// `{"prompt": "…", "completion": "…"}`
    PromptCompletion,
    /// `{"input": "…"}`
    Input,
    /// `{"image-ref": "s3://…", "caption": "…"}`
    ImageCaption,
}

/// The documented customisation rules of a model family.
#[derive(Debug, Clone, Copy)]
pub struct Family {
    pub name: &'static str,
    pub hyper_parameters: &'static [HyperParameter],
    pub continued_pre_training: bool,
    /// Characters per record (token quota x 6), for text families.
    pub max_record_characters: Option<usize>,
    /// Caption length in characters (minimum, maximum), for image families.
    pub caption_characters: Option<(usize, usize)>,
    /// Records in a training file (minimum, maximum) for fine-tuning.
    pub training_records: (u64, u64),
    /// Records in a training file for continued pre-training.
    pub pre_training_records: u64,
    /// Records in a validation file.
    pub validation_records: u64,
    /// Whether a validation dataset is accepted at all.
    pub validation_supported: bool,
    /// File size limits in bytes (training fine-tuning, training continued pre-training, validation).
    pub training_bytes: u64,
    pub pre_training_bytes: u64,
    pub validation_bytes: u64,
}

const GB: u64 = 1024 * 1024 * 1024;
const MB: u64 = 1024 * 1024;

const TITAN_TEXT: Family = Family {
    name: "Amazon Titan Text (Lite, Express)",
    hyper_parameters: &[
        integer("epochCount", 1.0, 10.0),
        integer("batchSize", 1.0, 64.0),
        float("learningRate", 0.0, 1.0),
        integer("learningRateWarmupSteps", 0.0, 250.0),
    ],
    continued_pre_training: true,
    max_record_characters: Some(4096 * 6),
    caption_characters: None,
    training_records: (1, 10_000),
    pre_training_records: 100_000,
    validation_records: 1_000,
    validation_supported: true,
    training_bytes: GB,
    pre_training_bytes: 10 * GB,
    validation_bytes: 100 * MB,
};

const TITAN_PREMIER: Family = Family {
    name: "Amazon Titan Text Premier",
    hyper_parameters: &[
        integer("epochCount", 1.0, 5.0),
        integer("batchSize", 1.0, 1.0),
        float("learningRate", 1e-7, 0.1),
        integer("learningRateWarmupSteps", 0.0, 250.0),
    ],
    continued_pre_training: false,
    max_record_characters: Some(4096 * 6),
    caption_characters: None,
    training_records: (1, 20_000),
    pre_training_records: 0,
    validation_records: 1_000,
    validation_supported: true,
    training_bytes: GB,
    pre_training_bytes: 0,
    validation_bytes: 100 * MB,
};

const TITAN_IMAGE: Family = Family {
    name: "Amazon Titan Image Generator G1",
    hyper_parameters: &[
        integer("batchSize", 8.0, 192.0),
        auto_integer("stepCount", 10.0, 40_000.0),
        float("learningRate", 1e-7, 1.0),
    ],
    continued_pre_training: false,
    max_record_characters: None,
    caption_characters: Some((3, 1024)),
    training_records: (5, 10_000),
    pre_training_records: 0,
    validation_records: 0,
    validation_supported: false,
    training_bytes: GB,
    pre_training_bytes: 0,
    validation_bytes: 0,
};

const TITAN_MULTIMODAL_EMBEDDINGS: Family = Family {
    name: "Amazon Titan Multimodal Embeddings G1",
    hyper_parameters: &[
        auto_integer("epochCount", 1.0, 100.0),
        integer("batchSize", 256.0, 9216.0),
        float("learningRate", 5e-8, 1.0),
    ],
    continued_pre_training: false,
    max_record_characters: None,
    caption_characters: Some((0, 2560)),
    training_records: (1_000, 500_000),
    pre_training_records: 0,
    validation_records: 50_000,
    validation_supported: true,
    training_bytes: GB,
    pre_training_bytes: 0,
    validation_bytes: 100 * MB,
};

const COHERE_COMMAND: Family = Family {
    name: "Cohere Command",
    hyper_parameters: &[
        integer("epochCount", 1.0, 100.0),
        integer("batchSize", 8.0, 8.0),
        float("learningRate", 5e-6, 0.1),
        float("earlyStoppingThreshold", 0.0, 0.1),
        integer("earlyStoppingPatience", 1.0, 10.0),
        float("evalPercentage", 5.0, 50.0),
    ],
    continued_pre_training: false,
    max_record_characters: Some((4096 + 2048) * 6),
    caption_characters: None,
    training_records: (1, 10_000),
    pre_training_records: 0,
    validation_records: 1_000,
    validation_supported: true,
    training_bytes: GB,
    pre_training_bytes: 0,
    validation_bytes: 100 * MB,
};

const COHERE_COMMAND_LIGHT: Family = Family {
    name: "Cohere Command Light",
    hyper_parameters: &[
        integer("epochCount", 1.0, 100.0),
        integer("batchSize", 8.0, 32.0),
        float("learningRate", 5e-6, 0.1),
        float("earlyStoppingThreshold", 0.0, 0.1),
        integer("earlyStoppingPatience", 1.0, 10.0),
        float("evalPercentage", 5.0, 50.0),
    ],
    ..COHERE_COMMAND
};

const META_LLAMA: Family = Family {
    name: "Meta Llama",
    hyper_parameters: &[
        integer("epochCount", 1.0, 10.0),
        integer("batchSize", 1.0, 1.0),
        float("learningRate", 5e-6, 0.1),
    ],
    continued_pre_training: false,
    max_record_characters: Some((4096 + 2048) * 6),
    caption_characters: None,
    training_records: (1, 10_000),
    pre_training_records: 0,
    validation_records: 1_000,
    validation_supported: true,
    training_bytes: GB,
    pre_training_bytes: 0,
    validation_bytes: 100 * MB,
};

/// The customisation rules for a base model id or foundation-model ARN, when the guide has them.
pub fn family(model: &str) -> Option<&'static Family> {
    let id = model.rsplit_once(":foundation-model/").map(|(_, id)| id).unwrap_or(model);
    if id.starts_with("amazon.titan-text-premier") {
        Some(&TITAN_PREMIER)
    } else if id.starts_with("amazon.titan-text-express") || id.starts_with("amazon.titan-text-lite") {
        Some(&TITAN_TEXT)
    } else if id.starts_with("amazon.titan-image-generator") {
        Some(&TITAN_IMAGE)
    } else if id.starts_with("amazon.titan-embed-image") {
        Some(&TITAN_MULTIMODAL_EMBEDDINGS)
    } else if id.starts_with("cohere.command-light-text") {
        Some(&COHERE_COMMAND_LIGHT)
    } else if id.starts_with("cohere.command-text") {
        Some(&COHERE_COMMAND)
    } else if id.starts_with("meta.llama2") || id.starts_with("meta.llama3") {
        Some(&META_LLAMA)
    } else {
        None
    }
}

impl Family {
    /// The line format of a dataset for a customisation type.
    pub fn line_format(&self, kind: CustomizationType) -> LineFormat {
        if self.caption_characters.is_some() {
            LineFormat::ImageCaption
        } else if kind == CustomizationType::ContinuedPreTraining {
            LineFormat::Input
        } else {
            LineFormat::PromptCompletion
        }
    }

    /// Check one hyperparameter value; the error says what is allowed.
    pub fn check_hyper_parameter(&self, name: &str, value: &str) -> Result<(), String> {
        let Some(parameter) = self.hyper_parameters.iter().find(|parameter| parameter.name == name) else {
            let known: Vec<&str> = self.hyper_parameters.iter().map(|parameter| parameter.name).collect();
            return Err(format!(
                "{name} is not a hyperparameter of {} (known: {})",
                self.name,
                known.join(", ")
            ));
        };
        if parameter.auto && value.eq_ignore_ascii_case("auto") {
            return Ok(());
        }
        let range = format!("{} to {}", show(parameter.minimum), show(parameter.maximum));
        let number: f64 = match parameter.kind {
            Number::Integer => value
                .trim()
                .parse::<i64>()
                .map_err(|_| format!("{name} must be an integer from {range}, not {value:?}"))?
                as f64,
            Number::Float => value
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|number| number.is_finite())
                .ok_or_else(|| format!("{name} must be a number from {range}, not {value:?}"))?,
        };
        if number < parameter.minimum || number > parameter.maximum {
            return Err(format!("{name} = {value} is out of range for {} ({range})", self.name));
        }
        Ok(())
    }
}

fn show(number: f64) -> String {
    if number.fract() == 0.0 && number.abs() < 1e12 {
        format!("{}", number as i64)
    } else {
        format!("{number:e}")
    }
}

/// Check one parsed dataset line against the family's format; the error is the reason.
pub fn check_record(family: &Family, format: LineFormat, record: &Value) -> Result<(), String> {
    let Value::Object(object) = record else {
        return Err("the line is not a JSON object".to_string());
    };
    let expected: &[&str] = match format {
        LineFormat::PromptCompletion => &["prompt", "completion"],
        LineFormat::Input => &["input"],
        LineFormat::ImageCaption => &["image-ref", "caption"],
    };
    for key in expected {
        match object.get(*key) {
            None => return Err(format!("missing \"{key}\" (each line needs {})", field_list(expected))),
            Some(Value::String(_)) => {}
            Some(_) => return Err(format!("\"{key}\" must be a string")),
        }
    }
    if let Some(extra) = object.keys().find(|key| !expected.contains(&key.as_str())) {
        return Err(format!("unexpected field \"{extra}\" (each line has only {})", field_list(expected)));
    }
    let text = |key: &str| object.get(key).and_then(Value::as_str).unwrap_or("");
    match format {
        LineFormat::PromptCompletion | LineFormat::Input => {
            let characters: usize = expected.iter().map(|key| text(key).chars().count()).sum();
            if expected.iter().all(|key| text(key).trim().is_empty()) {
                return Err("the record is empty".to_string());
            }
            if format == LineFormat::PromptCompletion && text("completion").trim().is_empty() {
                return Err("\"completion\" is empty".to_string());
            }
            if let Some(maximum) = family.max_record_characters
                && characters > maximum
            {
                return Err(format!(
                    "the record has {characters} characters; {} allows {maximum} (token quota x 6)",
                    family.name
                ));
            }
        }
        LineFormat::ImageCaption => {
            let reference = text("image-ref");
            if !valid_s3_uri(reference) {
                return Err(format!("\"image-ref\" {reference:?} is not an s3://bucket/key URI"));
            }
            let lower = reference.to_ascii_lowercase();
            if !(lower.ends_with(".png") || lower.ends_with(".jpg") || lower.ends_with(".jpeg")) {
                return Err(format!("\"image-ref\" {reference:?} is not a PNG or JPEG image"));
            }
            if let Some((minimum, maximum)) = family.caption_characters {
                let characters = text("caption").chars().count();
                if characters < minimum || characters > maximum {
                    return Err(format!(
                        "the caption has {characters} characters; {} allows {minimum} to {maximum}",
                        family.name
                    ));
                }
            }
        }
    }
    Ok(())
}

fn field_list(fields: &[&str]) -> String {
    fields.iter().map(|field| format!("\"{field}\"")).collect::<Vec<_>>().join(" and ")
}

/// Whether text is an S3 URI the service accepts (`s3://bucket[/key]`).
pub fn valid_s3_uri(text: &str) -> bool {
    crate::api::validate::matches_pattern(
        "s3://[a-z0-9][-.a-z0-9]{1,61}[a-z0-9](?:/[-!_*'().a-z0-9A-Z]+(?:/[-!_*'().a-z0-9A-Z]+)*)?/?",
        text,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn families_by_model() {
        assert_eq!(family("amazon.titan-text-express-v1").unwrap().name, "Amazon Titan Text (Lite, Express)");
        assert_eq!(
            family("arn:aws:bedrock:us-east-1::foundation-model/cohere.command-light-text-v14").unwrap().name,
            "Cohere Command Light"
        );
        assert!(family("anthropic.claude-v2").is_none());
    }

    #[test]
    fn hyper_parameter_ranges() {
        let titan = family("amazon.titan-text-lite-v1").unwrap();
        assert!(titan.check_hyper_parameter("epochCount", "5").is_ok());
        assert!(titan.check_hyper_parameter("epochCount", "11").unwrap_err().contains("1 to 10"));
        assert!(titan.check_hyper_parameter("epochCount", "2.5").unwrap_err().contains("integer"));
        assert!(titan.check_hyper_parameter("learningRate", "0.00001").is_ok());
        assert!(titan.check_hyper_parameter("stepCount", "1").unwrap_err().contains("known:"));
        let image = family("amazon.titan-image-generator-v1").unwrap();
        assert!(image.check_hyper_parameter("stepCount", "auto").is_ok());
    }

    #[test]
    fn records() {
        let titan = family("amazon.titan-text-express-v1").unwrap();
        let format = titan.line_format(CustomizationType::FineTuning);
        assert!(check_record(titan, format, &json!({"prompt": "a", "completion": "b"})).is_ok());
        assert!(
            check_record(titan, format, &json!({"prompt": "a"}))
                .unwrap_err()
                .contains("missing \"completion\"")
        );
        assert!(check_record(titan, format, &json!({"prompt": "a", "completion": "b", "x": 1})).is_err());
        let long = "x".repeat(4096 * 6 + 1);
        assert!(check_record(titan, format, &json!({"prompt": long, "completion": "b"})).is_err());
        let cpt = titan.line_format(CustomizationType::ContinuedPreTraining);
        assert!(check_record(titan, cpt, &json!({"input": "text"})).is_ok());
        let image = family("amazon.titan-image-generator-v1").unwrap();
        let format = image.line_format(CustomizationType::FineTuning);
        assert!(
            check_record(image, format, &json!({"image-ref": "s3://bucket/a.png", "caption": "a cat"}))
                .is_ok()
        );
        assert!(
            check_record(image, format, &json!({"image-ref": "/tmp/a.png", "caption": "a cat"})).is_err()
        );
        assert!(
            check_record(image, format, &json!({"image-ref": "s3://bucket/a.png", "caption": "a"})).is_err()
        );
    }
}
