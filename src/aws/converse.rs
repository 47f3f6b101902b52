//! The Converse API as JSON: requests are assembled as the API's own JSON document (the shape of
//! `--messages FILE`, `--tools FILE` and `--dry-run`), converted here once into SDK input types;
//! stream events are turned back into the wire's JSON for NDJSON output.

use std::collections::HashMap;

use aws_sdk_bedrockruntime::types::{
    AnyToolChoice, AutoToolChoice, CachePointBlock, CachePointType, Citation, CitationGeneratedContent,
    CitationLocation, CitationSourceContent, CitationsConfig, CitationsContentBlock, CitationsDelta,
    ContentBlock, ContentBlockDelta, ContentBlockStart, ConversationRole, ConverseStreamOutput,
    DocumentBlock, DocumentCharLocation, DocumentChunkLocation, DocumentFormat, DocumentPageLocation,
    DocumentSource, GuardrailConfiguration, GuardrailStreamConfiguration, GuardrailTrace, ImageBlock,
    ImageFormat, ImageSource, InferenceConfiguration, Message, PerformanceConfigLatency,
    PerformanceConfiguration, ReasoningContentBlock, ReasoningContentBlockDelta, ReasoningTextBlock,
    SearchResultLocation, ServiceTier, ServiceTierType, SpecificToolChoice, SystemContentBlock, Tool,
    ToolChoice, ToolConfiguration, ToolInputSchema, ToolResultBlock, ToolResultContentBlock,
    ToolResultStatus, ToolSpecification, ToolUseBlock, WebLocation,
};
use aws_smithy_types::{Blob, Document, Number};
use serde_json::{Map, Value, json};

use crate::error::{Failure, Result};

/// The SDK input of one Converse or ConverseStream call.
#[derive(Debug, Default)]
pub struct ConverseInput {
    pub messages: Vec<Message>,
    pub system: Vec<SystemContentBlock>,
    pub inference: Option<InferenceConfiguration>,
    pub tool_config: Option<ToolConfiguration>,
    pub additional_fields: Option<Document>,
    pub guardrail: Option<(String, String, bool)>,
    pub performance: Option<PerformanceConfiguration>,
    pub service_tier: Option<ServiceTier>,
    pub request_metadata: Option<HashMap<String, String>>,
}

impl ConverseInput {
    pub fn guardrail_config(&self) -> Option<GuardrailConfiguration> {
        self.guardrail.as_ref().map(|(identifier, version, trace)| {
            GuardrailConfiguration::builder()
                .guardrail_identifier(identifier)
                .guardrail_version(version)
                .trace(if *trace { GuardrailTrace::Enabled } else { GuardrailTrace::Disabled })
                .build()
        })
    }

    pub fn guardrail_stream_config(&self) -> Option<GuardrailStreamConfiguration> {
        self.guardrail.as_ref().map(|(identifier, version, trace)| {
            GuardrailStreamConfiguration::builder()
                .guardrail_identifier(identifier)
                .guardrail_version(version)
                .trace(if *trace { GuardrailTrace::Enabled } else { GuardrailTrace::Disabled })
                .build()
        })
    }
}

fn invalid(path: &str, reason: &str) -> Failure {
    Failure::usage(format!("converse request: {path}: {reason}"))
}

fn field<'a>(object: &'a Value, key: &str, path: &str) -> Result<&'a Value> {
    object.get(key).ok_or_else(|| invalid(path, &format!("the field `{key}` is missing")))
}

fn text_field(object: &Value, key: &str, path: &str) -> Result<String> {
    field(object, key, path)?
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| invalid(&format!("{path}.{key}"), "expected a string"))
}

fn array<'a>(value: &'a Value, path: &str) -> Result<&'a Vec<Value>> {
    value.as_array().ok_or_else(|| invalid(path, "expected an array"))
}

fn blob(value: &Value, path: &str) -> Result<Blob> {
    let text = value.as_str().ok_or_else(|| invalid(path, "expected base64 bytes"))?;
    aws_smithy_types::base64::decode(text).map(Blob::new).map_err(|_| invalid(path, "not valid base64"))
}

/// serde_json → smithy Document (tool inputs, schemas, additional fields).
pub fn document_from_json(value: &Value) -> Document {
    match value {
        Value::Null => Document::Null,
        Value::Bool(flag) => Document::Bool(*flag),
        Value::Number(number) => {
            if let Some(unsigned) = number.as_u64() {
                Document::Number(Number::PosInt(unsigned))
            } else if let Some(signed) = number.as_i64() {
                Document::Number(Number::NegInt(signed))
            } else {
                Document::Number(Number::Float(number.as_f64().unwrap_or_default()))
            }
        }
        Value::String(text) => Document::String(text.clone()),
        Value::Array(items) => Document::Array(items.iter().map(document_from_json).collect()),
        Value::Object(object) => Document::Object(
            object.iter().map(|(key, value)| (key.clone(), document_from_json(value))).collect(),
        ),
    }
}

/// smithy Document → serde_json (keys sorted, as a Document keeps no order).
pub fn json_from_document(document: &Document) -> Value {
    match document {
        Document::Null => Value::Null,
        Document::Bool(flag) => Value::Bool(*flag),
        Document::Number(Number::PosInt(number)) => json!(number),
        Document::Number(Number::NegInt(number)) => json!(number),
        Document::Number(Number::Float(number)) => json!(number),
        Document::String(text) => Value::String(text.clone()),
        Document::Array(items) => Value::Array(items.iter().map(json_from_document).collect()),
        Document::Object(object) => {
            let mut keys: Vec<&String> = object.keys().collect();
            keys.sort();
            let mut map = Map::new();
            for key in keys {
                if let Some(value) = object.get(key) {
                    map.insert(key.clone(), json_from_document(value));
                }
            }
            Value::Object(map)
        }
    }
}

fn cache_point() -> Result<CachePointBlock> {
    CachePointBlock::builder()
        .r#type(CachePointType::Default)
        .build()
        .map_err(|error| Failure::other("request", error.to_string()))
}

/// A citation's location from the wire's JSON (`{"documentChar": {…}}` and the other kinds).
fn citation_location(location: &Value, path: &str) -> Result<CitationLocation> {
    let number =
        |detail: &Value, key: &str| detail.get(key).and_then(Value::as_i64).map(|value| value as i32);
    let Some((kind, detail)) = location.as_object().and_then(|object| object.iter().next()) else {
        return Err(invalid(path, "expected a location such as {\"documentChar\": {…}}"));
    };
    let (index, start, end) =
        (number(detail, "documentIndex"), number(detail, "start"), number(detail, "end"));
    Ok(match kind.as_str() {
        "documentChar" => CitationLocation::DocumentChar(
            DocumentCharLocation::builder().set_document_index(index).set_start(start).set_end(end).build(),
        ),
        "documentPage" => CitationLocation::DocumentPage(
            DocumentPageLocation::builder().set_document_index(index).set_start(start).set_end(end).build(),
        ),
        "documentChunk" => CitationLocation::DocumentChunk(
            DocumentChunkLocation::builder().set_document_index(index).set_start(start).set_end(end).build(),
        ),
        "searchResultLocation" => CitationLocation::SearchResultLocation(
            SearchResultLocation::builder()
                .set_search_result_index(number(detail, "searchResultIndex"))
                .set_start(start)
                .set_end(end)
                .build(),
        ),
        "web" => CitationLocation::Web(
            WebLocation::builder()
                .set_url(detail.get("url").and_then(Value::as_str).map(str::to_string))
                .set_domain(detail.get("domain").and_then(Value::as_str).map(str::to_string))
                .build(),
        ),
        other => return Err(invalid(path, &format!("unknown location `{other}`"))),
    })
}

/// A `citationsContent` block (an earlier answer sent back in `--messages`) from the wire's JSON.
fn citations_content(cited: &Value, path: &str) -> Result<CitationsContentBlock> {
    let texts = |value: Option<&Value>, path: &str| -> Result<Vec<String>> {
        let Some(value) = value else { return Ok(Vec::new()) };
        array(value, path)?
            .iter()
            .enumerate()
            .map(|(index, item)| text_field(item, "text", &format!("{path}[{index}]")))
            .collect()
    };
    let mut block = CitationsContentBlock::builder();
    for text in texts(cited.get("content"), &format!("{path}.content"))? {
        block = block.content(CitationGeneratedContent::Text(text));
    }
    let citations = match cited.get("citations") {
        Some(citations) => array(citations, &format!("{path}.citations"))?.as_slice(),
        None => &[],
    };
    for (index, citation) in citations.iter().enumerate() {
        let path = format!("{path}.citations[{index}]");
        let mut built = Citation::builder()
            .set_title(citation.get("title").and_then(Value::as_str).map(str::to_string))
            .set_source(citation.get("source").and_then(Value::as_str).map(str::to_string));
        for text in texts(citation.get("sourceContent"), &format!("{path}.sourceContent"))? {
            built = built.source_content(CitationSourceContent::Text(text));
        }
        if let Some(location) = citation.get("location") {
            built = built.location(citation_location(location, &format!("{path}.location"))?);
        }
        block = block.citations(built.build());
    }
    Ok(block.build())
}

fn content_block(block: &Value, path: &str) -> Result<ContentBlock> {
    if let Some(text) = block.get("text") {
        return text
            .as_str()
            .map(|text| ContentBlock::Text(text.to_string()))
            .ok_or_else(|| invalid(path, "text must be a string"));
    }
    if let Some(image) = block.get("image") {
        let path = format!("{path}.image");
        let format = text_field(image, "format", &path)?;
        let bytes = blob(
            field(field(image, "source", &path)?, "bytes", &format!("{path}.source"))?,
            &format!("{path}.source.bytes"),
        )?;
        let built = ImageBlock::builder()
            .format(ImageFormat::from(format.as_str()))
            .source(ImageSource::Bytes(bytes))
            .build()
            .map_err(|error| invalid(&path, &error.to_string()))?;
        return Ok(ContentBlock::Image(built));
    }
    if let Some(document) = block.get("document") {
        let path = format!("{path}.document");
        let format = text_field(document, "format", &path)?;
        let name = text_field(document, "name", &path)?;
        let bytes = blob(
            field(field(document, "source", &path)?, "bytes", &format!("{path}.source"))?,
            &format!("{path}.source.bytes"),
        )?;
        let citations = match document.get("citations") {
            None | Some(Value::Null) => None,
            Some(config) => {
                let path = format!("{path}.citations");
                let enabled = field(config, "enabled", &path)?
                    .as_bool()
                    .ok_or_else(|| invalid(&format!("{path}.enabled"), "must be true or false"))?;
                Some(
                    CitationsConfig::builder()
                        .enabled(enabled)
                        .build()
                        .map_err(|error| invalid(&path, &error.to_string()))?,
                )
            }
        };
        let built = DocumentBlock::builder()
            .format(DocumentFormat::from(format.as_str()))
            .name(name)
            .source(DocumentSource::Bytes(bytes))
            .set_citations(citations)
            .build()
            .map_err(|error| invalid(&path, &error.to_string()))?;
        return Ok(ContentBlock::Document(built));
    }
    if let Some(tool_use) = block.get("toolUse") {
        let path = format!("{path}.toolUse");
        let built = ToolUseBlock::builder()
            .tool_use_id(text_field(tool_use, "toolUseId", &path)?)
            .name(text_field(tool_use, "name", &path)?)
            .input(document_from_json(field(tool_use, "input", &path)?))
            .build()
            .map_err(|error| invalid(&path, &error.to_string()))?;
        return Ok(ContentBlock::ToolUse(built));
    }
    if let Some(result) = block.get("toolResult") {
        let path = format!("{path}.toolResult");
        let mut content = Vec::new();
        for (index, item) in
            array(field(result, "content", &path)?, &format!("{path}.content"))?.iter().enumerate()
        {
            let item_path = format!("{path}.content[{index}]");
            if let Some(text) = item.get("text").and_then(Value::as_str) {
                content.push(ToolResultContentBlock::Text(text.to_string()));
            } else if let Some(json) = item.get("json") {
                content.push(ToolResultContentBlock::Json(document_from_json(json)));
            } else {
                return Err(invalid(&item_path, "expected {\"text\": …} or {\"json\": …}"));
            }
        }
        let mut builder = ToolResultBlock::builder()
            .tool_use_id(text_field(result, "toolUseId", &path)?)
            .set_content(Some(content));
        if let Some(status) = result.get("status").and_then(Value::as_str) {
            builder = builder.status(ToolResultStatus::from(status));
        }
        let built = builder.build().map_err(|error| invalid(&path, &error.to_string()))?;
        return Ok(ContentBlock::ToolResult(built));
    }
    if block.get("cachePoint").is_some() {
        return Ok(ContentBlock::CachePoint(cache_point()?));
    }
    if let Some(cited) = block.get("citationsContent") {
        return Ok(ContentBlock::CitationsContent(citations_content(
            cited,
            &format!("{path}.citationsContent"),
        )?));
    }
    if let Some(reasoning) = block.get("reasoningContent") {
        let path = format!("{path}.reasoningContent");
        if let Some(text) = reasoning.get("reasoningText") {
            let path = format!("{path}.reasoningText");
            let mut builder = ReasoningTextBlock::builder().text(text_field(text, "text", &path)?);
            if let Some(signature) = text.get("signature").and_then(Value::as_str) {
                builder = builder.signature(signature);
            }
            let built = builder.build().map_err(|error| invalid(&path, &error.to_string()))?;
            return Ok(ContentBlock::ReasoningContent(ReasoningContentBlock::ReasoningText(built)));
        }
        if let Some(redacted) = reasoning.get("redactedContent") {
            let bytes = blob(redacted, &format!("{path}.redactedContent"))?;
            return Ok(ContentBlock::ReasoningContent(ReasoningContentBlock::RedactedContent(bytes)));
        }
        return Err(invalid(&path, "expected reasoningText or redactedContent"));
    }
    Err(invalid(
        path,
        "unknown content block (expected text, image, document, toolUse, toolResult, cachePoint, reasoningContent or citationsContent)",
    ))
}

fn message(value: &Value, path: &str) -> Result<Message> {
    let role = text_field(value, "role", path)?;
    let role = match role.as_str() {
        "user" => ConversationRole::User,
        "assistant" => ConversationRole::Assistant,
        other => {
            return Err(invalid(&format!("{path}.role"), &format!("'{other}' is not user or assistant")));
        }
    };
    let blocks = array(field(value, "content", path)?, &format!("{path}.content"))?
        .iter()
        .enumerate()
        .map(|(index, block)| content_block(block, &format!("{path}.content[{index}]")))
        .collect::<Result<Vec<_>>>()?;
    Message::builder()
        .role(role)
        .set_content(Some(blocks))
        .build()
        .map_err(|error| invalid(path, &error.to_string()))
}

fn tool_config(value: &Value) -> Result<ToolConfiguration> {
    let path = "toolConfig";
    let mut tools = Vec::new();
    for (index, tool) in array(field(value, "tools", path)?, "toolConfig.tools")?.iter().enumerate() {
        let tool_path = format!("toolConfig.tools[{index}]");
        if tool.get("cachePoint").is_some() {
            tools.push(Tool::CachePoint(cache_point()?));
            continue;
        }
        let spec = field(tool, "toolSpec", &tool_path)?;
        let spec_path = format!("{tool_path}.toolSpec");
        let schema =
            field(field(spec, "inputSchema", &spec_path)?, "json", &format!("{spec_path}.inputSchema"))?;
        let mut builder = ToolSpecification::builder()
            .name(text_field(spec, "name", &spec_path)?)
            .input_schema(ToolInputSchema::Json(document_from_json(schema)));
        if let Some(description) = spec.get("description").and_then(Value::as_str) {
            builder = builder.description(description);
        }
        tools.push(Tool::ToolSpec(builder.build().map_err(|error| invalid(&spec_path, &error.to_string()))?));
    }
    let mut builder = ToolConfiguration::builder().set_tools(Some(tools));
    if let Some(choice) = value.get("toolChoice") {
        let choice = if choice.get("auto").is_some() {
            ToolChoice::Auto(AutoToolChoice::builder().build())
        } else if choice.get("any").is_some() {
            ToolChoice::Any(AnyToolChoice::builder().build())
        } else if let Some(tool) = choice.get("tool") {
            let name = text_field(tool, "name", "toolConfig.toolChoice.tool")?;
            ToolChoice::Tool(
                SpecificToolChoice::builder()
                    .name(name)
                    .build()
                    .map_err(|error| invalid("toolConfig.toolChoice", &error.to_string()))?,
            )
        } else {
            return Err(invalid("toolConfig.toolChoice", "expected auto, any or tool"));
        };
        builder = builder.tool_choice(choice);
    }
    builder.build().map_err(|error| invalid(path, &error.to_string()))
}

/// Convert a Converse request document into SDK input.
pub fn input_from_json(request: &Value) -> Result<ConverseInput> {
    let mut input = ConverseInput::default();
    for (index, value) in array(field(request, "messages", "request")?, "messages")?.iter().enumerate() {
        input.messages.push(message(value, &format!("messages[{index}]"))?);
    }
    if let Some(system) = request.get("system") {
        for (index, block) in array(system, "system")?.iter().enumerate() {
            if let Some(text) = block.get("text").and_then(Value::as_str) {
                input.system.push(SystemContentBlock::Text(text.to_string()));
            } else if block.get("cachePoint").is_some() {
                input.system.push(SystemContentBlock::CachePoint(cache_point()?));
            } else {
                return Err(invalid(
                    &format!("system[{index}]"),
                    "expected {\"text\": …} or {\"cachePoint\": …}",
                ));
            }
        }
    }
    if let Some(config) = request.get("inferenceConfig") {
        let number = |key: &str| config.get(key).and_then(Value::as_f64);
        let stops = config
            .get("stopSequences")
            .and_then(Value::as_array)
            .map(|items| items.iter().filter_map(Value::as_str).map(str::to_string).collect());
        input.inference = Some(
            InferenceConfiguration::builder()
                .set_max_tokens(number("maxTokens").map(|value| value as i32))
                .set_temperature(number("temperature").map(|value| value as f32))
                .set_top_p(number("topP").map(|value| value as f32))
                .set_stop_sequences(stops)
                .build(),
        );
    }
    if let Some(config) = request.get("toolConfig") {
        input.tool_config = Some(tool_config(config)?);
    }
    if let Some(fields) = request.get("additionalModelRequestFields") {
        input.additional_fields = Some(document_from_json(fields));
    }
    if let Some(guardrail) = request.get("guardrailConfig") {
        let identifier = text_field(guardrail, "guardrailIdentifier", "guardrailConfig")?;
        let version = text_field(guardrail, "guardrailVersion", "guardrailConfig")?;
        let trace = guardrail.get("trace").and_then(Value::as_str) == Some("enabled");
        input.guardrail = Some((identifier, version, trace));
    }
    if let Some(latency) =
        request.get("performanceConfig").and_then(|config| config.get("latency")).and_then(Value::as_str)
    {
        input.performance = Some(
            PerformanceConfiguration::builder().latency(PerformanceConfigLatency::from(latency)).build(),
        );
    }
    if let Some(tier) = request.get("serviceTier").and_then(|tier| tier.get("type")).and_then(Value::as_str) {
        input.service_tier = Some(
            ServiceTier::builder()
                .r#type(ServiceTierType::from(tier))
                .build()
                .map_err(|error| invalid("serviceTier", &error.to_string()))?,
        );
    }
    if let Some(metadata) = request.get("requestMetadata").and_then(Value::as_object) {
        input.request_metadata = Some(
            metadata
                .iter()
                .map(|(key, value)| (key.clone(), value.as_str().unwrap_or_default().to_string()))
                .collect(),
        );
    }
    Ok(input)
}

/// A reasoning delta as the wire's JSON: `{"text"}`, `{"signature"}` or `{"redactedContent"}`.
pub fn reasoning_delta_json(delta: &ReasoningContentBlockDelta) -> Value {
    match delta {
        ReasoningContentBlockDelta::Text(text) => json!({"text": text}),
        ReasoningContentBlockDelta::Signature(signature) => json!({"signature": signature}),
        ReasoningContentBlockDelta::RedactedContent(bytes) => {
            json!({"redactedContent": aws_smithy_types::base64::encode(bytes.as_ref())})
        }
        _ => json!({}),
    }
}

/// A citation's location as the wire's JSON (`{"documentChar": {…}}` and the other kinds).
pub fn citation_location_json(location: &CitationLocation) -> Value {
    let range = |kind: &str, index: Option<i32>, start: Option<i32>, end: Option<i32>| {
        let mut detail = Map::new();
        for (key, value) in [("documentIndex", index), ("start", start), ("end", end)] {
            if let Some(value) = value {
                detail.insert(key.into(), json!(value));
            }
        }
        json!({kind: detail})
    };
    match location {
        CitationLocation::DocumentChar(at) => {
            range("documentChar", at.document_index(), at.start(), at.end())
        }
        CitationLocation::DocumentPage(at) => {
            range("documentPage", at.document_index(), at.start(), at.end())
        }
        CitationLocation::DocumentChunk(at) => {
            range("documentChunk", at.document_index(), at.start(), at.end())
        }
        CitationLocation::SearchResultLocation(at) => {
            let mut detail = range("searchResultLocation", None, at.start(), at.end());
            if let Some(index) = at.search_result_index() {
                detail["searchResultLocation"]["searchResultIndex"] = json!(index);
            }
            detail
        }
        CitationLocation::Web(at) => {
            let mut detail = Map::new();
            if let Some(url) = at.url() {
                detail.insert("url".into(), json!(url));
            }
            if let Some(domain) = at.domain() {
                detail.insert("domain".into(), json!(domain));
            }
            json!({"web": detail})
        }
        _ => json!({}),
    }
}

/// A citation's title, source and location members as the wire's JSON.
fn citation_members(
    title: Option<&str>,
    source: Option<&str>,
    location: Option<&CitationLocation>,
) -> Map<String, Value> {
    let mut detail = Map::new();
    if let Some(title) = title {
        detail.insert("title".into(), json!(title));
    }
    if let Some(source) = source {
        detail.insert("source".into(), json!(source));
    }
    if let Some(location) = location {
        detail.insert("location".into(), citation_location_json(location));
    }
    detail
}

/// A `citationsContent` block as the wire's JSON.
pub fn citations_content_json(block: &CitationsContentBlock) -> Value {
    let content: Vec<Value> = block
        .content()
        .iter()
        .filter_map(|generated| generated.as_text().ok())
        .map(|text| json!({"text": text}))
        .collect();
    let citations: Vec<Value> = block
        .citations()
        .iter()
        .map(|citation| {
            let mut detail = citation_members(citation.title(), citation.source(), citation.location());
            let quoted: Vec<Value> = citation
                .source_content()
                .iter()
                .filter_map(|content| content.as_text().ok())
                .map(|text| json!({"text": text}))
                .collect();
            detail.insert("sourceContent".into(), Value::Array(quoted));
            Value::Object(detail)
        })
        .collect();
    json!({"citationsContent": {"content": content, "citations": citations}})
}

/// A streamed citation (a `citation` delta) as the wire's JSON.
pub fn citation_delta_json(delta: &CitationsDelta) -> Value {
    let mut detail = citation_members(delta.title(), delta.source(), delta.location());
    let quoted: Vec<Value> = delta
        .source_content()
        .iter()
        .map(|content| json!({"text": content.text().unwrap_or_default()}))
        .collect();
    detail.insert("sourceContent".into(), Value::Array(quoted));
    Value::Object(detail)
}

/// A ConverseStream event as the wire's JSON (`{"contentBlockDelta": {…}}`).
pub fn stream_event_json(event: &ConverseStreamOutput) -> Value {
    match event {
        ConverseStreamOutput::MessageStart(start) => json!({"messageStart": {"role": start.role().as_str()}}),
        ConverseStreamOutput::ContentBlockStart(start) => {
            let detail = match start.start() {
                Some(ContentBlockStart::ToolUse(tool)) => {
                    json!({"toolUse": {"toolUseId": tool.tool_use_id(), "name": tool.name()}})
                }
                _ => json!({}),
            };
            json!({"contentBlockStart": {"start": detail, "contentBlockIndex": start.content_block_index()}})
        }
        ConverseStreamOutput::ContentBlockDelta(delta) => {
            let detail = match delta.delta() {
                Some(ContentBlockDelta::Text(text)) => json!({"text": text}),
                Some(ContentBlockDelta::ToolUse(tool)) => json!({"toolUse": {"input": tool.input()}}),
                Some(ContentBlockDelta::ReasoningContent(reasoning)) => {
                    json!({"reasoningContent": reasoning_delta_json(reasoning)})
                }
                Some(ContentBlockDelta::Citation(citation)) => {
                    json!({"citation": citation_delta_json(citation)})
                }
                _ => json!({}),
            };
            json!({"contentBlockDelta": {"delta": detail, "contentBlockIndex": delta.content_block_index()}})
        }
        ConverseStreamOutput::ContentBlockStop(stop) => {
            json!({"contentBlockStop": {"contentBlockIndex": stop.content_block_index()}})
        }
        ConverseStreamOutput::MessageStop(stop) => {
            let mut detail = json!({"stopReason": stop.stop_reason().as_str()});
            if let Some(fields) = stop.additional_model_response_fields() {
                detail["additionalModelResponseFields"] = json_from_document(fields);
            }
            json!({"messageStop": detail})
        }
        ConverseStreamOutput::Metadata(metadata) => {
            let mut detail = Map::new();
            if let Some(usage) = metadata.usage() {
                let mut counts = json!({"inputTokens": usage.input_tokens(), "outputTokens": usage.output_tokens(), "totalTokens": usage.total_tokens()});
                if let Some(read) = usage.cache_read_input_tokens() {
                    counts["cacheReadInputTokens"] = json!(read);
                }
                if let Some(written) = usage.cache_write_input_tokens() {
                    counts["cacheWriteInputTokens"] = json!(written);
                }
                detail.insert("usage".into(), counts);
            }
            if let Some(metrics) = metadata.metrics() {
                detail.insert("metrics".into(), json!({"latencyMs": metrics.latency_ms()}));
            }
            if let Some(latency) = metadata.performance_config().map(|config| config.latency()) {
                detail.insert("performanceConfig".into(), json!({"latency": latency.as_str()}));
            }
            if let Some(tier) = metadata.service_tier() {
                detail.insert("serviceTier".into(), json!({"type": tier.r#type().as_str()}));
            }
            // The model a prompt router chose.
            if let Some(model) = metadata
                .trace()
                .and_then(|trace| trace.prompt_router())
                .and_then(|router| router.invoked_model_id())
            {
                detail.insert("trace".into(), json!({"promptRouter": {"invokedModelId": model}}));
            }
            json!({"metadata": detail})
        }
        _ => json!({"unknown": {}}),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_a_full_request() {
        let request = json!({
            "messages": [
                {"role": "user", "content": [{"text": "hi"}, {"image": {"format": "png", "source": {"bytes": "iVBORw=="}}}]},
                {"role": "assistant", "content": [{"toolUse": {"toolUseId": "t1", "name": "lookup", "input": {"q": 1}}}]},
                {"role": "user", "content": [{"toolResult": {"toolUseId": "t1", "content": [{"json": {"a": [1, 2]}}], "status": "success"}}]}
            ],
            "system": [{"text": "be brief"}, {"cachePoint": {"type": "default"}}],
            "inferenceConfig": {"maxTokens": 10, "temperature": 0.5, "stopSequences": ["x"]},
            "toolConfig": {"tools": [{"toolSpec": {"name": "lookup", "inputSchema": {"json": {"type": "object"}}}}], "toolChoice": {"tool": {"name": "lookup"}}},
            "guardrailConfig": {"guardrailIdentifier": "g", "guardrailVersion": "1", "trace": "enabled"}
        });
        let input = input_from_json(&request).unwrap();
        assert_eq!(input.messages.len(), 3);
        assert_eq!(input.system.len(), 2);
        assert_eq!(input.inference.unwrap().max_tokens(), Some(10));
        assert!(input.tool_config.is_some());
        assert_eq!(input.guardrail, Some(("g".into(), "1".into(), true)));
    }

    #[test]
    fn errors_name_the_path() {
        let error =
            input_from_json(&json!({"messages": [{"role": "user", "content": [{"bogus": 1}]}]})).unwrap_err();
        assert!(error.message.contains("messages[0].content[0]"), "{}", error.message);
        let error = input_from_json(&json!({"messages": [{"role": "robot", "content": []}]})).unwrap_err();
        assert!(error.message.contains("messages[0].role"), "{}", error.message);
    }

    #[test]
    fn cited_answers_round_trip() {
        let block = json!({"citationsContent": {
            "content": [{"text": " Two years."}],
            "citations": [{"title": "manual", "sourceContent": [{"text": "Two years."}],
                           "location": {"documentPage": {"documentIndex": 1, "start": 2, "end": 3}}}]
        }});
        let ContentBlock::CitationsContent(cited) = content_block(&block, "messages[0].content[0]").unwrap()
        else {
            panic!("not a citationsContent block")
        };
        assert_eq!(citations_content_json(&cited), block);
        let bad = json!({"citationsContent": {"citations": [{"location": {"somewhere": {}}}]}});
        let error = content_block(&bad, "m").unwrap_err();
        assert!(error.message.contains("m.citationsContent.citations[0].location"), "{}", error.message);
    }

    #[test]
    fn documents_round_trip() {
        let value = json!({"a": [1, -2, 2.5, "x", true, null], "b": {"c": "d"}});
        assert_eq!(json_from_document(&document_from_json(&value)), value);
    }
}
