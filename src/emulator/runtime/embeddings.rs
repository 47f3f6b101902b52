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
pub fn invoke(family: Family, model_id: &str, body: &Map<String, Value>) -> Result<Outcome, ServiceError> {
    match family {
        Family::TitanEmbedTextV1 => titan_v1(body),
        Family::TitanEmbedTextV2 => titan_v2(body),
        Family::TitanEmbedImage => titan_multimodal(body),
        Family::CohereEmbed if model_id.starts_with("cohere.embed-v4") => cohere_v4(body),
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

/// Cohere Embed v4: `input_type` is required, exactly one of `texts`, `images` (data URIs) or
/// `inputs` (interleaved text and image parts), `output_dimension` 256/512/1024/1536 (1536 by
/// default), and the answer is always by type (`float` unless `embedding_types` says otherwise).
fn cohere_v4(body: &Map<String, Value>) -> Result<Outcome, ServiceError> {
    let root = Checked::root(body);
    root.no_extra_keys(&[
        "input_type",
        "texts",
        "images",
        "inputs",
        "embedding_types",
        "output_dimension",
        "max_tokens",
        "truncate",
    ])?;
    if !body.contains_key("input_type") {
        return Err(malformed("#", "required key [input_type] not found"));
    }
    root.optional_enum("input_type", &["search_document", "search_query", "classification", "clustering"])?;
    root.optional_enum("truncate", &["NONE", "LEFT", "RIGHT"])?;
    root.optional_integer("max_tokens", 1.0, 128_000.0)?;
    let dimensions = match root.optional_integer("output_dimension", 0.0, 1e9)? {
        None => 1536,
        Some(value @ (256 | 512 | 1024 | 1536)) => value as usize,
        Some(other) => {
            return Err(malformed("#/output_dimension", &format!("{other} is not a valid enum value")));
        }
    };
    let given: Vec<&str> =
        ["texts", "images", "inputs"].into_iter().filter(|key| body.contains_key(*key)).collect();
    if given.len() != 1 {
        return Err(ServiceError::validation(
            "Malformed input request: exactly one of [texts], [images] or [inputs] must be given, please reformat your input and try again.",
        ));
    }
    let texts = root.string_array("texts", 96)?;
    let images = root.string_array("images", 96)?;
    let image_bytes = |uri: &str, pointer: &str| {
        let data =
            uri.split_once(";base64,").map(|(_, data)| data).filter(|_| uri.starts_with("data:image/"));
        data.and_then(|data| aws_smithy_types::base64::decode(data).ok())
            .ok_or_else(|| malformed(pointer, "the image is not a base64 data URI (data:image/png;base64,…)"))
    };
    let mut vectors = Vec::new();
    let mut tokens = 0;
    let mut seen = Vec::new();
    for text in &texts {
        vectors.push(embed(text, dimensions, true));
        tokens += count_words(text);
        seen.push(text.clone());
    }
    for (index, image) in images.iter().enumerate() {
        vectors.push(embed_image(&image_bytes(image, &format!("#/images/{index}"))?, None, dimensions));
        seen.push(image.clone());
    }
    let inputs = root.optional_array("inputs")?.map(Vec::as_slice).unwrap_or_default();
    if inputs.len() > 96 {
        return Err(malformed(
            "#/inputs",
            &format!("expected maximum item count: 96, found: {}", inputs.len()),
        ));
    }
    for (index, input) in inputs.iter().enumerate() {
        let pointer = format!("#/inputs/{index}/content");
        let parts = input
            .get("content")
            .and_then(Value::as_array)
            .ok_or_else(|| malformed(&format!("#/inputs/{index}"), "required key [content] not found"))?;
        let mut text = String::new();
        let mut image = Vec::new();
        for (part_index, part) in parts.iter().enumerate() {
            let part_pointer = format!("{pointer}/{part_index}");
            match (part.get("type").and_then(Value::as_str), part) {
                (Some("text"), _) => {
                    let piece = part
                        .get("text")
                        .and_then(Value::as_str)
                        .ok_or_else(|| malformed(&part_pointer, "required key [text] not found"))?;
                    text.push_str(piece);
                    text.push(' ');
                }
                (Some("image_url"), _) => {
                    let uri = part
                        .get("image_url")
                        .and_then(Value::as_str)
                        .ok_or_else(|| malformed(&part_pointer, "required key [image_url] not found"))?;
                    image.extend(image_bytes(uri, &format!("{part_pointer}/image_url"))?);
                }
                _ => {
                    return Err(malformed(
                        &format!("{part_pointer}/type"),
                        "is not one of [text, image_url]",
                    ));
                }
            }
        }
        tokens += count_words(&text);
        vectors.push(if image.is_empty() {
            embed(&text, dimensions, true)
        } else {
            embed_image(&image, Some(text.trim()), dimensions)
        });
        seen.push(text);
    }
    let mut types = root.string_array("embedding_types", 5)?;
    let allowed = ["float", "int8", "uint8", "binary", "ubinary"];
    if let Some(bad) = types.iter().find(|kind| !allowed.contains(&kind.as_str())) {
        return Err(malformed("#/embedding_types", &format!("{bad} is not a valid enum value")));
    }
    if types.is_empty() {
        types.push("float".into());
    }
    let mut by_type = Map::new();
    for kind in &types {
        let converted: Vec<Value> = vectors.iter().map(|vector| cohere_values(vector, kind)).collect();
        by_type.insert(kind.clone(), Value::Array(converted));
    }
    let id = uuid_from(hash_text(&seen.join("\n")));
    let mut document = json!({"id": id, "embeddings": by_type, "response_type": "embeddings_by_type"});
    if !texts.is_empty() {
        document["texts"] = json!(texts);
    }
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
        call_model(family, "", body)
    }

    fn call_model(family: Family, model_id: &str, body: Value) -> Result<Outcome, ServiceError> {
        invoke(family, model_id, body.as_object().unwrap())
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

    #[test]
    fn cohere_embed_v4_answers_by_type_and_checks_its_body() {
        let v4 = |body: Value| call_model(Family::CohereEmbed, "cohere.embed-v4:0", body);
        let outcome = v4(json!({"texts": ["one", "two"], "input_type": "search_document"})).unwrap();
        assert_eq!(outcome.body["response_type"], "embeddings_by_type");
        let floats = outcome.body["embeddings"]["float"].as_array().unwrap();
        assert_eq!(floats.len(), 2);
        assert_eq!(floats[0].as_array().unwrap().len(), 1536);
        let sized = v4(json!({"texts": ["one"], "input_type": "search_query", "output_dimension": 256,
            "embedding_types": ["float", "int8"]}))
        .unwrap();
        assert_eq!(sized.body["embeddings"]["int8"][0].as_array().unwrap().len(), 256);
        let png = aws_smithy_types::base64::encode(b"\x89PNG pixels");
        let image =
            v4(json!({"images": [format!("data:image/png;base64,{png}")], "input_type": "search_document"}))
                .unwrap();
        assert_eq!(image.body["embeddings"]["float"][0].as_array().unwrap().len(), 1536);
        let mixed = v4(json!({"input_type": "search_document", "inputs": [{"content": [
            {"type": "text", "text": "a page"},
            {"type": "image_url", "image_url": format!("data:image/png;base64,{png}")}]}]}))
        .unwrap();
        assert_eq!(mixed.body["embeddings"]["float"].as_array().unwrap().len(), 1);
        let missing = v4(json!({"texts": ["x"]})).unwrap_err();
        assert!(missing.message.contains("required key [input_type] not found"), "{}", missing.message);
        let dimension =
            v4(json!({"texts": ["x"], "input_type": "clustering", "output_dimension": 300})).unwrap_err();
        assert!(
            dimension.message.contains("#/output_dimension: 300 is not a valid enum value"),
            "{}",
            dimension.message
        );
        assert!(v4(json!({"texts": ["x"], "input_type": "clustering", "truncate": "END"})).is_err());
        assert!(v4(json!({"texts": ["x"], "images": [], "input_type": "clustering"})).is_err());
        assert!(v4(json!({"images": ["not a data uri"], "input_type": "clustering"})).is_err());
        // v3 keeps its own format: floats unless types are asked for.
        let v3 = call_model(Family::CohereEmbed, "cohere.embed-english-v3", json!({"texts": ["x"]})).unwrap();
        assert_eq!(v3.body["response_type"], "embeddings_floats");
    }
}
