//! InvokeModel for the embedding families (Titan Embeddings G1 and V2, Titan Multimodal
//! Embeddings, Cohere Embed): fixed dimensions per model and deterministic vectors.
//!
//! A vector is the sum, over the text's words (lower-cased, without surrounding punctuation, at
//! most 4096), of a pseudo-random vector seeded by the word's hash: texts sharing words point the
//! same way, so similarity search over the emulator's embeddings behaves sensibly. Normalised
//! vectors have unit length; values are rounded to eight decimals.

use serde_json::{Map, Value, json};

use super::super::errors::ServiceError;
use super::super::faults::mix;
use super::family::Family;
use super::generation::{count_words, hash_bytes, hash_text};
use super::schema::{Checked, malformed};
use super::text_models::{Outcome, uuid_from};

/// Words of a text that shape its vector.
const MAXIMUM_EMBEDDED_WORDS: usize = 4096;

fn round(value: f64) -> f64 {
    (value * 1e8).round() / 1e8
}

/// The raw (unnormalised) vector of a text.
fn raw_vector(text: &str, dimensions: usize) -> Vec<f64> {
    let mut words: Vec<String> = text
        .split_whitespace()
        .map(|word| word.trim_matches(|character: char| !character.is_alphanumeric()).to_lowercase())
        .filter(|word| !word.is_empty())
        .take(MAXIMUM_EMBEDDED_WORDS)
        .collect();
    if words.is_empty() {
        words.push(String::new());
    }
    let mut vector = vec![0.0; dimensions];
    for word in &words {
        let seed = hash_text(word);
        for (index, value) in vector.iter_mut().enumerate() {
            let bits = mix(seed ^ (index as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
            *value += (bits >> 11) as f64 / (1u64 << 52) as f64 - 1.0;
        }
    }
    let scale = 1.0 / (words.len() as f64).sqrt();
    vector.iter_mut().for_each(|value| *value *= scale);
    vector
}

fn normalise(vector: &mut [f64]) {
    let length = vector.iter().map(|value| value * value).sum::<f64>().sqrt();
    if length > 0.0 {
        vector.iter_mut().for_each(|value| *value /= length);
    }
}

/// The embedding of a text: `dimensions` values, of unit length when `normalised`.
pub fn embed(text: &str, dimensions: usize, normalised: bool) -> Vec<f64> {
    let mut vector = raw_vector(text, dimensions);
    if normalised {
        normalise(&mut vector);
    }
    vector.into_iter().map(round).collect()
}

/// The embedding of an image's bytes, optionally averaged with a text's.
fn embed_image(image: &[u8], text: Option<&str>, dimensions: usize) -> Vec<f64> {
    let seed = format!("image:{:016x}", hash_bytes(image));
    let mut vector = raw_vector(&seed, dimensions);
    normalise(&mut vector);
    if let Some(text) = text {
        let mut text_vector = raw_vector(text, dimensions);
        normalise(&mut text_vector);
        vector
            .iter_mut()
            .zip(text_vector)
            .for_each(|(value, text_value)| *value = (*value + text_value) / 2.0);
        normalise(&mut vector);
    }
    vector.into_iter().map(round).collect()
}

/// Invoke an embedding model.
pub fn invoke(family: Family, body: &Map<String, Value>) -> Result<Outcome, ServiceError> {
    match family {
        Family::TitanEmbedTextV1 => titan_v1(body),
        Family::TitanEmbedTextV2 => titan_v2(body),
        Family::TitanEmbedImage => titan_multimodal(body),
        Family::CohereEmbed => cohere(body),
        _ => Err(ServiceError::validation("The provided model identifier is invalid.")),
    }
}

fn outcome(body: Value, input_tokens: u64) -> Outcome {
    Outcome { body, chunks: Default::default(), input_tokens, output_tokens: 0 }
}

fn titan_v1(body: &Map<String, Value>) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    root.no_extra_keys(&["inputText"])?;
    let text = root.required_string("inputText")?;
    let tokens = count_words(text);
    Ok(outcome(json!({"embedding": embed(text, 1536, false), "inputTextTokenCount": tokens}), tokens))
}

fn titan_v2(body: &Map<String, Value>) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    root.no_extra_keys(&["inputText", "dimensions", "normalize", "embeddingTypes"])?;
    let text = root.required_string("inputText")?;
    let dimensions = match root.optional_integer("dimensions", 0.0, 1e9)? {
        None => 1024,
        Some(value @ (256 | 512 | 1024)) => value as usize,
        Some(other) => return Err(malformed("#/dimensions", &format!("{other} is not a valid enum value"))),
    };
    let normalised = root.optional_bool("normalize")?.unwrap_or(true);
    let types = root.string_array("embeddingTypes", 2)?;
    if let Some(bad) = types.iter().find(|kind| *kind != "float" && *kind != "binary") {
        return Err(malformed("#/embeddingTypes", &format!("{bad} is not a valid enum value")));
    }
    let vector = embed(text, dimensions, normalised);
    let tokens = count_words(text);
    let mut document = json!({"embedding": vector, "inputTextTokenCount": tokens});
    if !types.is_empty() {
        let mut by_type = Map::new();
        for kind in &types {
            let values = if kind == "float" {
                json!(vector)
            } else {
                json!(vector.iter().map(|value| u8::from(*value > 0.0)).collect::<Vec<_>>())
            };
            by_type.insert(kind.clone(), values);
        }
        document["embeddingsByType"] = Value::Object(by_type);
    }
    Ok(outcome(document, tokens))
}

fn titan_multimodal(body: &Map<String, Value>) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    root.no_extra_keys(&["inputText", "inputImage", "embeddingConfig"])?;
    let text = root.optional_string("inputText")?;
    let image = root.optional_string("inputImage")?;
    let mut dimensions = 1024;
    if let Some((config, pointer)) = root.optional_object("embeddingConfig")? {
        let config = Checked { object: config, pointer: &pointer };
        match config.optional_integer("outputEmbeddingLength", 0.0, 1e9)? {
            None => {}
            Some(value @ (256 | 384 | 1024)) => dimensions = value as usize,
            Some(other) => {
                return Err(malformed(
                    &format!("{pointer}/outputEmbeddingLength"),
                    &format!("{other} is not a valid enum value"),
                ));
            }
        }
    }
    let vector = match (text, image) {
        (None, None) => {
            return Err(malformed("#", "required key [inputText] or [inputImage] not found"));
        }
        (text, Some(image)) => {
            let bytes = aws_smithy_types::base64::decode(image)
                .map_err(|_| malformed("#/inputImage", "the image is not valid base64"))?;
            embed_image(&bytes, text, dimensions)
        }
        (Some(text), None) => embed(text, dimensions, true),
    };
    let tokens = text.map(count_words).unwrap_or(0);
    Ok(outcome(json!({"embedding": vector, "inputTextTokenCount": tokens}), tokens))
}

const COHERE_DIMENSIONS: usize = 1024;

fn cohere(body: &Map<String, Value>) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    let texts = root.required_array("texts")?;
    if texts.len() > 128 {
        return Err(malformed(
            "#/texts",
            &format!("expected maximum item count: 128, found: {}", texts.len()),
        ));
    }
    let texts = root.string_array("texts", 128)?;
    root.optional_enum(
        "input_type",
        &["search_document", "search_query", "classification", "clustering", "image"],
    )?;
    root.optional_enum("truncate", &["NONE", "START", "END"])?;
    let types = root.string_array("embedding_types", 5)?;
    let allowed = ["float", "int8", "uint8", "binary", "ubinary"];
    if let Some(bad) = types.iter().find(|kind| !allowed.contains(&kind.as_str())) {
        return Err(malformed("#/embedding_types", &format!("{bad} is not a valid enum value")));
    }
    let vectors: Vec<Vec<f64>> = texts.iter().map(|text| embed(text, COHERE_DIMENSIONS, true)).collect();
    let tokens = texts.iter().map(|text| count_words(text)).sum();
    let id = uuid_from(hash_text(&texts.join("\n")));
    let document = if types.is_empty() {
        json!({"embeddings": vectors, "id": id, "response_type": "embeddings_floats", "texts": texts})
    } else {
        let mut by_type = Map::new();
        for kind in &types {
            let converted: Vec<Value> = vectors.iter().map(|vector| cohere_values(vector, kind)).collect();
            by_type.insert(kind.clone(), Value::Array(converted));
        }
        json!({"embeddings": by_type, "id": id, "response_type": "embeddings_by_type", "texts": texts})
    };
    Ok(outcome(document, tokens))
}

/// Cohere's quantised forms of a normalised vector.
fn cohere_values(vector: &[f64], kind: &str) -> Value {
    let scaled =
        |value: f64| (value * 127.0 / vector.iter().fold(1e-9, |max, v| f64::max(max, v.abs()))).round();
    match kind {
        "int8" => json!(vector.iter().map(|value| scaled(*value) as i64).collect::<Vec<_>>()),
        "uint8" => json!(vector.iter().map(|value| scaled(*value) as i64 + 128).collect::<Vec<_>>()),
        "binary" | "ubinary" => {
            let packed: Vec<i64> = vector
                .chunks(8)
                .map(|bits| {
                    let byte = bits.iter().fold(0u8, |byte, value| (byte << 1) | u8::from(*value > 0.0));
                    if kind == "binary" { i64::from(byte as i8) } else { i64::from(byte) }
                })
                .collect();
            json!(packed)
        }
        _ => json!(vector),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn length(vector: &Value) -> f64 {
        vector.as_array().unwrap().iter().map(|value| value.as_f64().unwrap().powi(2)).sum::<f64>().sqrt()
    }

    fn call(family: Family, body: Value) -> Result<Outcome, ServiceError> {
        invoke(family, body.as_object().unwrap())
    }

    #[test]
    fn titan_dimensions_and_normalisation() {
        let outcome = call(Family::TitanEmbedTextV1, json!({"inputText": "hello rivers"})).unwrap();
        assert_eq!(outcome.body["embedding"].as_array().unwrap().len(), 1536);
        assert_eq!(outcome.body["inputTextTokenCount"], 2);
        let v2 = call(Family::TitanEmbedTextV2, json!({"inputText": "hello rivers"})).unwrap().body;
        assert_eq!(v2["embedding"].as_array().unwrap().len(), 1024);
        assert!((length(&v2["embedding"]) - 1.0).abs() < 1e-4);
        for dimensions in [256, 512] {
            let body = call(Family::TitanEmbedTextV2, json!({"inputText": "x", "dimensions": dimensions}))
                .unwrap()
                .body;
            assert_eq!(body["embedding"].as_array().unwrap().len(), dimensions);
        }
        let raw = call(Family::TitanEmbedTextV2, json!({"inputText": "hello rivers", "normalize": false}))
            .unwrap()
            .body;
        assert!((length(&raw["embedding"]) - 1.0).abs() > 0.1);
        let error = call(Family::TitanEmbedTextV2, json!({"inputText": "x", "dimensions": 300})).unwrap_err();
        assert!(error.message.contains("#/dimensions: 300 is not a valid enum value"));
        let typed =
            call(Family::TitanEmbedTextV2, json!({"inputText": "x", "embeddingTypes": ["float", "binary"]}))
                .unwrap()
                .body;
        assert_eq!(typed["embeddingsByType"]["binary"].as_array().unwrap().len(), 1024);
    }

    #[test]
    fn vectors_are_deterministic_and_similar_for_shared_words() {
        let cosine = |a: &[f64], b: &[f64]| a.iter().zip(b).map(|(x, y)| x * y).sum::<f64>();
        let first = embed("the river flows to the sea", 1024, true);
        assert_eq!(first, embed("The river flows, to the sea!", 1024, true));
        let related = embed("a river and the sea", 1024, true);
        let unrelated = embed("quantum computing benchmarks", 1024, true);
        assert!(cosine(&first, &related) > cosine(&first, &unrelated) + 0.2);
    }

    #[test]
    fn multimodal_and_cohere() {
        let body = call(
            Family::TitanEmbedImage,
            json!({"inputText": "a cat", "embeddingConfig": {"outputEmbeddingLength": 384}}),
        )
        .unwrap()
        .body;
        assert_eq!(body["embedding"].as_array().unwrap().len(), 384);
        let image = aws_smithy_types::base64::encode(b"fake image bytes");
        let body = call(Family::TitanEmbedImage, json!({"inputImage": image})).unwrap().body;
        assert_eq!(body["embedding"].as_array().unwrap().len(), 1024);
        assert!((length(&body["embedding"]) - 1.0).abs() < 1e-4);
        assert!(call(Family::TitanEmbedImage, json!({})).is_err());
        let body = call(
            Family::CohereEmbed,
            json!({"texts": ["one", "two three"], "input_type": "search_document"}),
        )
        .unwrap()
        .body;
        assert_eq!(body["response_type"], "embeddings_floats");
        assert_eq!(body["embeddings"].as_array().unwrap().len(), 2);
        assert_eq!(body["embeddings"][1].as_array().unwrap().len(), 1024);
        assert_eq!(body["texts"], json!(["one", "two three"]));
        let typed =
            call(Family::CohereEmbed, json!({"texts": ["one"], "embedding_types": ["int8", "ubinary"]}))
                .unwrap()
                .body;
        assert_eq!(typed["response_type"], "embeddings_by_type");
        assert_eq!(typed["embeddings"]["ubinary"][0].as_array().unwrap().len(), 128);
        assert!(call(Family::CohereEmbed, json!({"texts": ["x"], "input_type": "nope"})).is_err());
    }
}
