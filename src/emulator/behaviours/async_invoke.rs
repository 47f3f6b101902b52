//! Asynchronous invocation (StartAsyncInvoke, GetAsyncInvoke, ListAsyncInvokes) for the models
//! the catalog offers with VIDEO output (Nova Reel). Start checks the model and its input as the
//! service does and stores an `async-invoke/` record; the record is `InProgress` until the
//! emulator's clock says the run is over, and the first read after that (a Get, a List, or any
//! S3 request) settles it: the video (`output.mp4`, a real MP4 file) and `manifest.json` are
//! written under `<s3Uri>/<invocation id>/` in the emulator's S3 (`--s3-root`), and the record
//! becomes `Completed`, or `Failed` with a failure message when the output cannot be written.

use serde_json::{Map, Value, json};

use super::Answer;
use crate::api::model::Service;
use crate::emulator::catalog::foundation_model_arn;
use crate::emulator::errors::ServiceError;
use crate::emulator::faults::mix;
use crate::emulator::runtime::generation::hash_text;
use crate::emulator::runtime::schema::{Checked, malformed};
use crate::emulator::runtime::video::{VideoSpec, render_mp4};
use crate::emulator::s3::{ObjectStore, parse_uri};
use crate::emulator::store::{Call, OWN_ARN, OWN_ID, STATUS_OVERRIDE, collection};
use crate::emulator::{ACCOUNT_ID, Emulator, clock};

/// Private members of a stored invocation.
const CREATED: &str = "_createdMillis";
const ENDED: &str = "_endMillis";
const FAILURE: &str = "_failureMessage";
const VIDEO: &str = "_video";
const TOKEN: &str = "_clientToken";

fn invocations() -> String {
    collection(Service::BedrockRuntime, "AsyncInvoke")
}

fn text<'a>(object: &'a Map<String, Value>, key: &str) -> &'a str {
    object.get(key).and_then(Value::as_str).unwrap_or_default()
}

/// The catalog id of a model that can be invoked asynchronously, from an id or foundation-model
/// ARN; the service's errors for an unknown model and for one without asynchronous invocation.
fn async_model(emulator: &Emulator, identifier: &str) -> Result<String, ServiceError> {
    let model = emulator
        .catalog
        .model(identifier)
        .ok_or_else(|| ServiceError::validation("The provided model identifier is invalid."))?;
    let video = model
        .get("outputModalities")
        .and_then(Value::as_array)
        .is_some_and(|modalities| modalities.iter().any(|modality| modality.as_str() == Some("VIDEO")));
    if !video {
        return Err(ServiceError::validation("The provided request is not valid"));
    }
    Ok(text(model, "modelId").to_string())
}

/// A string member within `[minimum, maximum]` characters, in the validator's wording.
fn bounded_text<'a>(
    checked: &Checked<'a>,
    key: &str,
    minimum: usize,
    maximum: usize,
) -> Result<&'a str, ServiceError> {
    let value = checked.required_string(key)?;
    let length = value.chars().count();
    let pointer = format!("{}/{key}", checked.pointer);
    if length < minimum {
        return Err(malformed(&pointer, &format!("expected minLength: {minimum}, actual: {length}")));
    }
    if length > maximum {
        return Err(malformed(&pointer, &format!("expected maxLength: {maximum}, actual: {length}")));
    }
    Ok(value)
}

/// A shot's optional images (at most `maximum`): objects with a format and a source.
fn check_images(checked: &Checked, key: &str, maximum: usize) -> Result<(), ServiceError> {
    let Some(images) = checked.optional_array(key)? else { return Ok(()) };
    if images.len() > maximum {
        return Err(malformed(
            &format!("{}/{key}", checked.pointer),
            &format!("expected maximum item count: {maximum}, found: {}", images.len()),
        ));
    }
    for (index, image) in images.iter().enumerate() {
        let pointer = format!("{}/{key}/{index}", checked.pointer);
        let Value::Object(object) = image else {
            return Err(malformed(&pointer, "expected type: JSONObject, found: String"));
        };
        let image = Checked { object, pointer: &pointer };
        image.no_extra_keys(&["format", "source"])?;
        image.required_string("format")?;
        image.optional_enum("format", &["png", "jpeg"])?;
        if image.optional_object("source")?.is_none() {
            return Err(malformed(&pointer, "required key [source] not found"));
        }
    }
    Ok(())
}

/// Nova Reel's `modelInput`, checked as the service checks it, as the video to render.
fn nova_reel_video(model_id: &str, input: &Value) -> Result<VideoSpec, ServiceError> {
    let Value::Object(object) = input else {
        return Err(malformed(
            "#",
            &format!(
                "expected type: JSONObject, found: {}",
                crate::emulator::runtime::schema::type_name(input)
            ),
        ));
    };
    let root = Checked::root(object);
    root.no_extra_keys(&[
        "taskType",
        "textToVideoParams",
        "multiShotAutomatedParams",
        "multiShotManualParams",
        "videoGenerationConfig",
    ])?;
    let tasks: &[&str] = if model_id.ends_with("v1:0") {
        &["TEXT_VIDEO"]
    } else {
        &["TEXT_VIDEO", "MULTI_SHOT_AUTOMATED", "MULTI_SHOT_MANUAL"]
    };
    root.required_string("taskType")?;
    let task = root.optional_enum("taskType", tasks)?.unwrap_or("TEXT_VIDEO");
    let required_object = |key: &str| -> Result<(&Map<String, Value>, String), ServiceError> {
        root.optional_object(key)?.ok_or_else(|| malformed("#", &format!("required key [{key}] not found")))
    };
    let config = root.optional_object("videoGenerationConfig")?;
    let config_checked = config.as_ref().map(|(object, pointer)| Checked { object, pointer });
    let (prompt, shots) = match task {
        "TEXT_VIDEO" => {
            let (params, pointer) = required_object("textToVideoParams")?;
            let params = Checked { object: params, pointer: &pointer };
            params.no_extra_keys(&["text", "images"])?;
            let text = bounded_text(&params, "text", 1, 512)?;
            check_images(&params, "images", 1)?;
            (text.to_string(), None)
        }
        "MULTI_SHOT_AUTOMATED" => {
            let (params, pointer) = required_object("multiShotAutomatedParams")?;
            let params = Checked { object: params, pointer: &pointer };
            params.no_extra_keys(&["text"])?;
            (bounded_text(&params, "text", 1, 4000)?.to_string(), None)
        }
        _ => {
            let (params, pointer) = required_object("multiShotManualParams")?;
            let params = Checked { object: params, pointer: &pointer };
            params.no_extra_keys(&["shots"])?;
            let shots = params.required_array("shots")?;
            if shots.len() < 2 || shots.len() > 20 {
                let bound = if shots.len() < 2 { "minimum item count: 2" } else { "maximum item count: 20" };
                return Err(malformed(
                    &format!("{pointer}/shots"),
                    &format!("expected {bound}, found: {}", shots.len()),
                ));
            }
            let mut texts = Vec::new();
            for (index, shot) in shots.iter().enumerate() {
                let shot_pointer = format!("{pointer}/shots/{index}");
                let Value::Object(shot) = shot else {
                    return Err(malformed(&shot_pointer, "expected type: JSONObject, found: String"));
                };
                let shot = Checked { object: shot, pointer: &shot_pointer };
                shot.no_extra_keys(&["text", "image"])?;
                texts.push(bounded_text(&shot, "text", 1, 512)?.to_string());
            }
            (texts.join("\n"), Some(shots.len() as u32))
        }
    };
    let mut duration = 6;
    let mut seed = 42;
    let (mut width, mut height, mut rate) = (1280, 720, 24);
    match &config_checked {
        Some(config) => {
            config.no_extra_keys(&["durationSeconds", "fps", "dimension", "seed"])?;
            let pointer = format!("{}/durationSeconds", config.pointer);
            match (task, config.optional_integer("durationSeconds", 0.0, f64::from(u32::MAX))?) {
                ("TEXT_VIDEO", Some(6)) => {}
                ("TEXT_VIDEO", Some(other)) => {
                    return Err(malformed(&pointer, &format!("{other} is not a valid enum value")));
                }
                ("MULTI_SHOT_AUTOMATED", Some(seconds)) => {
                    if !(12..=120).contains(&seconds) || !seconds.is_multiple_of(6) {
                        return Err(malformed(
                            &pointer,
                            &format!("{seconds} is not a multiple of 6 between 12 and 120"),
                        ));
                    }
                    duration = seconds as u32;
                }
                ("MULTI_SHOT_MANUAL", Some(_)) => {
                    return Err(malformed(
                        config.pointer,
                        "extraneous key [durationSeconds] is not permitted",
                    ));
                }
                (_, None) if task != "MULTI_SHOT_MANUAL" => {
                    return Err(malformed(config.pointer, "required key [durationSeconds] not found"));
                }
                _ => {}
            }
            if let Some(fps) = config.optional_integer("fps", 0.0, f64::from(u32::MAX))? {
                if fps != 24 {
                    return Err(malformed(
                        &format!("{}/fps", config.pointer),
                        &format!("{fps} is not a valid enum value"),
                    ));
                }
                rate = 24;
            }
            if let Some(dimension) = config.optional_enum("dimension", &["1280x720"])? {
                let (w, h) = dimension.split_once('x').unwrap_or(("1280", "720"));
                width = w.parse().unwrap_or(1280);
                height = h.parse().unwrap_or(720);
            }
            if let Some(value) = config.optional_integer("seed", 0.0, 2_147_483_646.0)? {
                seed = value;
            }
        }
        None if task != "MULTI_SHOT_MANUAL" => {
            return Err(malformed("#", "required key [videoGenerationConfig] not found"));
        }
        None => {}
    }
    if let Some(count) = shots {
        duration = 6 * count;
    }
    Ok(VideoSpec { text: prompt, seed, width, height, frames_per_second: rate, duration_seconds: duration })
}

/// A 12-character invocation id (lower-case letters and digits), as the ARN pattern wants.
fn new_id(count: u64, token: &str) -> String {
    let alphabet = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut value = mix(count ^ hash_text(token));
    (0..12)
        .map(|_| {
            let character = alphabet[(value % alphabet.len() as u64) as usize] as char;
            value = (value / alphabet.len() as u64) ^ mix(value);
            character
        })
        .collect()
}

/// StartAsyncInvoke.
pub fn start(call: &Call) -> Result<Answer, ServiceError> {
    let input = &call.input;
    let model_id = async_model(call.emulator, text(input, "modelId"))?;
    let video = nova_reel_video(&model_id, input.get("modelInput").unwrap_or(&Value::Null))?;
    let output = input.get("outputDataConfig").cloned().unwrap_or(Value::Null);
    let output_uri =
        output.pointer("/s3OutputDataConfig/s3Uri").and_then(Value::as_str).unwrap_or_default().to_string();
    if parse_uri(&output_uri).is_none() {
        return Err(ServiceError::validation(format!("The provided S3 URI {output_uri} is not valid.")));
    }
    let token = text(input, "clientRequestToken").to_string();
    let region = call.region.clone();
    let stored = call.emulator.store.update(|state| -> Result<Value, ServiceError> {
        let collection = invocations();
        if !token.is_empty()
            && let Some((_, existing)) = state
                .documents(&collection)
                .find(|(_, document)| document.get(TOKEN).and_then(Value::as_str) == Some(token.as_str()))
        {
            return Ok(existing.clone());
        }
        // Ids come from the state's counter, so no two invocations get the same one.
        let mut id = new_id(state.next_counter(&collection), &token);
        while state.contains(&collection, &id) {
            id = new_id(state.next_counter(&collection), &token);
        }
        let arn = format!("arn:aws:bedrock:{region}:{ACCOUNT_ID}:async-invoke/{id}");
        let now = clock::now_millis();
        let mut document = json!({
            "invocationArn": arn,
            "modelArn": foundation_model_arn(&region, &model_id),
            "submitTime": clock::timestamp(now),
            "outputDataConfig": output,
            OWN_ID: id,
            OWN_ARN: arn,
            CREATED: now,
            VIDEO: {
                "text": video.text,
                "seed": video.seed,
                "width": video.width,
                "height": video.height,
                "fps": video.frames_per_second,
                "durationSeconds": video.duration_seconds,
            },
        });
        if !token.is_empty() {
            document["clientRequestToken"] = json!(token);
            document[TOKEN] = json!(token);
        }
        if let Some(Value::Array(tags)) = input.get("tags") {
            let mut map = Map::new();
            for tag in tags {
                if let (Some(key), Some(value)) =
                    (tag.get("key").and_then(Value::as_str), tag.get("value").and_then(Value::as_str))
                {
                    map.insert(key.to_string(), json!(value));
                }
            }
            if !map.is_empty() {
                state.insert(crate::emulator::control::TAGS, &arn, Value::Object(map));
            }
        }
        state.insert(&collection, &id, document.clone());
        Ok(document)
    });
    let document = stored.map_err(|_| ServiceError::internal())??;
    Ok(Answer::Document(json!({"invocationArn": document.get("invocationArn")})))
}

/// The video a stored invocation renders.
fn stored_video(document: &Value) -> VideoSpec {
    let video = document.get(VIDEO).cloned().unwrap_or(Value::Null);
    let number = |key: &str, default: u64| video.get(key).and_then(Value::as_u64).unwrap_or(default);
    VideoSpec {
        text: video.get("text").and_then(Value::as_str).unwrap_or_default().to_string(),
        seed: number("seed", 42),
        width: number("width", 1280) as u32,
        height: number("height", 720) as u32,
        frames_per_second: number("fps", 24) as u32,
        duration_seconds: number("durationSeconds", 6) as u32,
    }
}

/// Write an invocation's output under `<s3Uri>/<id>/`; the failure message when it cannot be.
fn write_output(store: &ObjectStore, document: &Value) -> Result<(), String> {
    let uri =
        document.pointer("/outputDataConfig/s3OutputDataConfig/s3Uri").and_then(Value::as_str).unwrap_or("");
    let id = document.get(OWN_ID).and_then(Value::as_str).unwrap_or_default();
    let location = parse_uri(uri).ok_or_else(|| format!("The provided S3 URI {uri} is not valid."))?;
    let inaccessible = || {
        format!(
            "Unable to write to the output S3 bucket {}: it does not exist or is not accessible.",
            location.bucket
        )
    };
    if store.bucket_directory(&location.bucket).is_none() {
        return Err(inaccessible());
    }
    let prefix = location.key.trim_end_matches('/');
    let key =
        |name: &str| if prefix.is_empty() { format!("{id}/{name}") } else { format!("{prefix}/{id}/{name}") };
    let video = stored_video(document);
    let manifest = json!({
        "schemaVersion": "1.0",
        "invocationArn": document.get("invocationArn"),
        "modelArn": document.get("modelArn"),
        "outputs": [{
            "uri": format!("s3://{}/{}", location.bucket, key("output.mp4")),
            "durationSeconds": video.duration_seconds,
            "fps": video.frames_per_second,
            "dimension": format!("{}x{}", video.width, video.height),
        }],
    });
    let files = [("output.mp4", render_mp4(&video)), ("manifest.json", manifest.to_string().into_bytes())];
    for (name, bytes) in files {
        let path = store.writable_object(&location.bucket, &key(name)).ok_or_else(inaccessible)?;
        crate::files::write_bytes_atomically(&path, &bytes, false).map_err(|_| inaccessible())?;
    }
    Ok(())
}

/// Settle every invocation whose run is over: write its output once and record the outcome.
pub fn settle(emulator: &Emulator) {
    let due: Vec<(String, Value)> = emulator.store.read(|state| {
        state
            .documents(&invocations())
            .filter(|(_, document)| document.get(STATUS_OVERRIDE).is_none())
            .filter(|(_, document)| {
                let started = document.get(CREATED).and_then(Value::as_u64).unwrap_or(0);
                emulator.clock.progress(started) >= 1.0
            })
            .map(|(id, document)| (id.clone(), document.clone()))
            .collect()
    });
    for (id, document) in due {
        let outcome = write_output(&emulator.s3, &document);
        let started = document.get(CREATED).and_then(Value::as_u64).unwrap_or(0);
        let ended = emulator.clock.end_millis(started);
        let _ = emulator.store.update(|state| {
            if let Some(Value::Object(stored)) = state.document_mut(&invocations(), &id)
                && !stored.contains_key(STATUS_OVERRIDE)
            {
                let status = if outcome.is_ok() { "Completed" } else { "Failed" };
                stored.insert(STATUS_OVERRIDE.into(), json!(status));
                stored.insert(ENDED.into(), json!(ended));
                if let Err(message) = &outcome {
                    stored.insert(FAILURE.into(), json!(message));
                }
            }
        });
    }
}

/// An invocation as the service shows it, with its status now.
fn shown(document: &Value) -> Value {
    let mut shown = Map::new();
    for key in ["invocationArn", "modelArn", "clientRequestToken"] {
        if let Some(value) = document.get(key) {
            shown.insert(key.into(), value.clone());
        }
    }
    let status = document.get(STATUS_OVERRIDE).and_then(Value::as_str).unwrap_or("InProgress");
    shown.insert("status".into(), json!(status));
    if let Some(message) = document.get(FAILURE) {
        shown.insert("failureMessage".into(), message.clone());
    }
    let submitted = document.get("submitTime").cloned().unwrap_or(Value::Null);
    shown.insert("submitTime".into(), submitted.clone());
    match document.get(ENDED).and_then(Value::as_u64) {
        Some(ended) => {
            shown.insert("lastModifiedTime".into(), json!(clock::timestamp(ended)));
            shown.insert("endTime".into(), json!(clock::timestamp(ended)));
        }
        None => {
            shown.insert("lastModifiedTime".into(), submitted);
        }
    }
    shown.insert("outputDataConfig".into(), document.get("outputDataConfig").cloned().unwrap_or(json!({})));
    Value::Object(shown)
}

/// GetAsyncInvoke.
pub fn get(call: &Call) -> Result<Answer, ServiceError> {
    settle(call.emulator);
    let arn = text(&call.input, "invocationArn");
    let id = arn.rsplit_once(":async-invoke/").map(|(_, id)| id).unwrap_or(arn);
    let document = call.emulator.store.read(|state| state.document(&invocations(), id).cloned());
    match document.filter(|document| document.get(OWN_ARN).and_then(Value::as_str) == Some(arn)) {
        Some(document) => Ok(Answer::Document(shown(&document))),
        None => Err(ServiceError::validation(format!("Invocation {arn} does not exist."))),
    }
}

/// ListAsyncInvokes.
pub fn list(call: &Call) -> Result<Answer, ServiceError> {
    settle(call.emulator);
    let input = &call.input;
    let bound = |key: &str| -> Result<Option<u64>, ServiceError> {
        match input.get(key).and_then(Value::as_str) {
            None => Ok(None),
            Some(text) => clock::parse_timestamp(text).map(Some).ok_or_else(|| {
                ServiceError::validation(format!("The {key} value {text} is not a valid timestamp."))
            }),
        }
    };
    let (after, before) = (bound("submitTimeAfter")?, bound("submitTimeBefore")?);
    let status = input.get("statusEquals").and_then(Value::as_str);
    let mut documents: Vec<Value> = call
        .emulator
        .store
        .read(|state| state.documents(&invocations()).map(|(_, document)| document.clone()).collect());
    let submitted = |document: &Value| document.get(CREATED).and_then(Value::as_u64).unwrap_or(0);
    documents.retain(|document| {
        let shown = shown(document);
        status.is_none_or(|status| shown.get("status").and_then(Value::as_str) == Some(status))
            && after.is_none_or(|after| submitted(document) > after)
            && before.is_none_or(|before| submitted(document) < before)
    });
    documents.sort_by_key(|document| {
        (submitted(document), document.get(OWN_ID).and_then(Value::as_str).unwrap_or_default().to_string())
    });
    if input.get("sortOrder").and_then(Value::as_str) != Some("Ascending") {
        documents.reverse();
    }
    let size = input
        .get("maxResults")
        .and_then(Value::as_u64)
        .map(|size| size.max(1) as usize)
        .unwrap_or(crate::emulator::bedrock::DEFAULT_PAGE_SIZE);
    let start = match input.get("nextToken").and_then(Value::as_str) {
        Some(token) => aws_smithy_types::base64::decode(token)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .and_then(|text| text.strip_prefix("async:").and_then(|offset| offset.parse::<usize>().ok()))
            .ok_or_else(|| ServiceError::validation("The nextToken is not valid."))?,
        None => 0,
    };
    let summaries: Vec<Value> = documents.iter().skip(start).take(size).map(shown).collect();
    let mut answer = json!({"asyncInvokeSummaries": summaries});
    if start + size < documents.len() {
        answer["nextToken"] = json!(aws_smithy_types::base64::encode(format!("async:{}", start + size)));
    }
    Ok(Answer::Document(answer))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(model: &str, input: Value) -> String {
        nova_reel_video(model, &input).unwrap_err().message
    }

    #[test]
    fn nova_reel_inputs_are_checked_as_the_service_checks_them() {
        let reel = "amazon.nova-reel-v1:0";
        let good = json!({
            "taskType": "TEXT_VIDEO",
            "textToVideoParams": {"text": "a red fox"},
            "videoGenerationConfig": {"durationSeconds": 6, "fps": 24, "dimension": "1280x720", "seed": 7}
        });
        let video = nova_reel_video(reel, &good).unwrap();
        assert_eq!(
            (video.duration_seconds, video.seed, video.width, video.frames_per_second),
            (6, 7, 1280, 24)
        );
        assert!(
            message(reel, json!({"textToVideoParams": {"text": "x"}}))
                .contains("#: required key [taskType] not found")
        );
        let mut long = good.clone();
        long["videoGenerationConfig"]["durationSeconds"] = json!(7);
        assert!(
            message(reel, long)
                .contains("#/videoGenerationConfig/durationSeconds: 7 is not a valid enum value")
        );
        let mut empty = good.clone();
        empty["textToVideoParams"]["text"] = json!("");
        assert!(message(reel, empty).contains("expected minLength: 1, actual: 0"));
        assert!(message(reel, json!("text")).contains("expected type: JSONObject, found: String"));
        // Multi-shot videos are Nova Reel 1.1's.
        let automated = json!({
            "taskType": "MULTI_SHOT_AUTOMATED",
            "multiShotAutomatedParams": {"text": "a city"},
            "videoGenerationConfig": {"durationSeconds": 18}
        });
        assert!(message(reel, automated.clone()).contains("MULTI_SHOT_AUTOMATED is not a valid enum value"));
        assert_eq!(nova_reel_video("amazon.nova-reel-v1:1", &automated).unwrap().duration_seconds, 18);
        let manual = json!({
            "taskType": "MULTI_SHOT_MANUAL",
            "multiShotManualParams": {"shots": [{"text": "one"}, {"text": "two"}, {"text": "three"}]}
        });
        assert_eq!(nova_reel_video("amazon.nova-reel-v1:1", &manual).unwrap().duration_seconds, 18);
    }

    #[test]
    fn ids_fit_the_arn_pattern() {
        let id = new_id(3, "token");
        assert_eq!(id.len(), 12);
        assert!(id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
    }
}
