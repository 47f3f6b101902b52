//! Resolution of the tool's own settings: output format, colour, query, pagination, timeouts,
//! retries, endpoint and the config file. Pure functions over the flags, an environment map and
//! the config file's text, so every precedence rule is unit-tested. AWS profiles, regions and
//! credentials are left to `aws-config` (see `context.rs`); nothing here reads `~/.aws`.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::time::Duration;

use serde::Deserialize;

use crate::cli::{ColorChoice, GlobalArgs, OutputFormat, RetryMode};
use crate::error::{Failure, Result};

/// What the process sees of its surroundings; captured once in `main`, faked in tests.
#[derive(Debug, Clone, Default)]
pub struct Environment {
    pub variables: HashMap<String, String>,
    pub stdout_is_terminal: bool,
    pub stderr_is_terminal: bool,
}

impl Environment {
    /// The real environment of this process.
    pub fn capture() -> Self {
        use std::io::IsTerminal;
        Environment {
            variables: std::env::vars().collect(),
            stdout_is_terminal: std::io::stdout().is_terminal(),
            stderr_is_terminal: std::io::stderr().is_terminal(),
        }
    }

    pub fn variable(&self, name: &str) -> Option<&str> {
        self.variables.get(name).map(String::as_str).filter(|value| !value.is_empty())
    }

    /// Where the config file is: `BEDROCK_CONFIG`, else `<config dir>/bedrock/config.toml`.
    pub fn config_file_path(&self) -> Option<PathBuf> {
        if let Some(path) = self.variable("BEDROCK_CONFIG") {
            return Some(PathBuf::from(path));
        }
        if let Some(base) = self.variable("XDG_CONFIG_HOME") {
            return Some(PathBuf::from(base).join("bedrock").join("config.toml"));
        }
        dirs::config_dir().map(|base| base.join("bedrock").join("config.toml"))
    }

    /// Where the tool keeps its data (the `--local` emulator state, chat sessions).
    pub fn data_dir(&self) -> Option<PathBuf> {
        if let Some(path) = self.variable("BEDROCK_DATA_DIR") {
            return Some(PathBuf::from(path));
        }
        if let Some(base) = self.variable("XDG_DATA_HOME") {
            return Some(PathBuf::from(base).join("bedrock"));
        }
        dirs::data_dir().map(|base| base.join("bedrock"))
    }
}

/// The tool's config file (TOML). Unknown keys are an error, so typos do not pass silently.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConfigFile {
    /// Default output format: json, table or text.
    pub output: Option<String>,
    /// Default colour choice: auto, always or never.
    pub color: Option<String>,
    /// Model aliases: `name = "model id"`.
    #[serde(default)]
    pub aliases: BTreeMap<String, String>,
    /// The call log: "full" (default), "metadata" (no prompt or answer) or "off".
    pub log: Option<String>,
    /// A price table for `bedrock usage` (JSON, the layout of the shipped one).
    pub prices: Option<PathBuf>,
    /// The model `converse`, `chat`, `invoke` and `stream` use when no MODEL is given.
    pub model: Option<String>,
}

impl ConfigFile {
    /// Parse the config file's text; `origin` names the file in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Self> {
        toml::from_str(text).map_err(|error| {
            Failure::configuration(format!(
                "invalid config file {origin}: {}",
                crate::error::single_line(error.message())
            ))
        })
    }

    /// Read the config file if it exists.
    pub fn load(environment: &Environment) -> Result<Option<Self>> {
        let Some(path) = environment.config_file_path() else {
            return Ok(None);
        };
        match std::fs::read_to_string(&path) {
            Ok(text) => ConfigFile::parse(&text, &path.display().to_string()).map(Some),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(Failure::configuration(format!(
                "cannot read config file {}: {}",
                path.display(),
                crate::error::io_reason(&error)
            ))),
        }
    }
}

/// How lists are fetched.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Pagination {
    pub max_items: Option<u32>,
    pub page_size: Option<u32>,
    pub starting_token: Option<String>,
    pub no_paginate: bool,
}

/// Everything resolved from flags, environment and config file.
#[derive(Debug, Clone)]
pub struct Settings {
    pub output_format: OutputFormat,
    /// Whether the format was chosen (flag, BEDROCK_OUTPUT or config file) rather than defaulted.
    pub output_format_chosen: bool,
    /// Whether the format was chosen for this run (flag or BEDROCK_OUTPUT): runtime commands
    /// print generated text unless json was chosen so (the config file's `output` is for
    /// control-plane documents) or `--query` asks for the document.
    pub output_format_chosen_for_text: bool,
    pub stdout_color: bool,
    pub stderr_color: bool,
    pub stdout_is_terminal: bool,
    pub stderr_is_terminal: bool,
    pub query: Option<String>,
    pub pagination: Pagination,
    pub profile: Option<String>,
    pub region: Option<String>,
    pub endpoint_url: Option<String>,
    pub read_timeout: Option<Duration>,
    pub connect_timeout: Option<Duration>,
    pub max_attempts: Option<u32>,
    pub retry_mode: Option<RetryMode>,
    pub debug: bool,
    pub quiet: bool,
    pub local: bool,
    pub aliases: BTreeMap<String, String>,
    pub data_dir: Option<PathBuf>,
    /// What the call log keeps (`--no-log`, the config file's `log`).
    pub log_mode: crate::calllog::LogMode,
    /// The config file's `prices`.
    pub prices_file: Option<PathBuf>,
    /// The model of `converse`, `chat`, `invoke` and `stream` when none is given:
    /// `BEDROCK_MODEL`, else the config file's `model`.
    pub default_model: Option<String>,
}

/// Resolve the settings: flag > environment > config file > built-in default.
pub fn resolve(
    global: &GlobalArgs,
    environment: &Environment,
    config: Option<&ConfigFile>,
) -> Result<Settings> {
    let output_format = match global.output {
        Some(format) => format,
        None => match environment.variable("BEDROCK_OUTPUT") {
            Some(value) => parse_output_format(value, "BEDROCK_OUTPUT")?,
            None => match config.and_then(|config| config.output.as_deref()) {
                Some(value) => parse_output_format(value, "the config file's `output`")?,
                None if environment.stdout_is_terminal => OutputFormat::Table,
                None => OutputFormat::Json,
            },
        },
    };

    let output_format_chosen_for_text =
        global.output.is_some() || environment.variable("BEDROCK_OUTPUT").is_some();
    let output_format_chosen =
        output_format_chosen_for_text || config.is_some_and(|config| config.output.is_some());

    let color_choice = match global.color {
        Some(choice) => choice,
        None => match config.and_then(|config| config.color.as_deref()) {
            Some(value) => parse_color(value)?,
            None => ColorChoice::Auto,
        },
    };
    let color_allowed =
        environment.variable("NO_COLOR").is_none() && environment.variable("TERM") != Some("dumb");
    let color_for = |is_terminal: bool| match color_choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => is_terminal && color_allowed,
    };

    if let Some(query) = &global.query
        && query.trim().is_empty()
    {
        return Err(Failure::usage("--query: the JMESPath expression is empty"));
    }
    if global.max_items == Some(0) {
        return Err(Failure::usage("--max-items must be at least 1"));
    }
    if global.page_size == Some(0) {
        return Err(Failure::usage("--page-size must be at least 1"));
    }
    if global.max_attempts == Some(0) {
        return Err(Failure::usage("--max-attempts must be at least 1"));
    }

    let endpoint_url = match &global.endpoint_url {
        Some(url) => Some(validate_endpoint_url(url)?),
        None => None,
    };
    if global.local && endpoint_url.is_some() {
        return Err(Failure::usage(
            "--local and --endpoint-url cannot be used together: --local starts its own endpoint",
        ));
    }

    let region = match &global.region {
        Some(region) => Some(validate_region(region)?),
        None => None,
    };

    let log_mode = match config.and_then(|config| config.log.as_deref()) {
        _ if global.no_log => crate::calllog::LogMode::Off,
        None => crate::calllog::LogMode::Full,
        Some(value) => crate::calllog::LogMode::parse(value).ok_or_else(|| {
            Failure::configuration(format!(
                "the config file's `log`: invalid value '{value}' (expected full, metadata or off)"
            ))
        })?,
    };
    Ok(Settings {
        output_format,
        output_format_chosen,
        output_format_chosen_for_text,
        stdout_color: color_for(environment.stdout_is_terminal),
        stderr_color: color_for(environment.stderr_is_terminal),
        stdout_is_terminal: environment.stdout_is_terminal,
        stderr_is_terminal: environment.stderr_is_terminal,
        query: global.query.clone(),
        pagination: Pagination {
            max_items: global.max_items,
            page_size: global.page_size,
            starting_token: global.starting_token.clone(),
            no_paginate: global.no_paginate,
        },
        profile: global.profile.clone(),
        region,
        endpoint_url,
        read_timeout: seconds(global.read_timeout, "--read-timeout")?,
        connect_timeout: seconds(global.connect_timeout, "--connect-timeout")?,
        max_attempts: global.max_attempts,
        retry_mode: global.retry_mode,
        debug: global.debug,
        quiet: global.quiet,
        local: global.local,
        aliases: config.map(|config| config.aliases.clone()).unwrap_or_default(),
        data_dir: environment.data_dir(),
        log_mode,
        prices_file: config.and_then(|config| config.prices.clone()),
        default_model: default_model(environment, config)?,
    })
}

/// The default model: `BEDROCK_MODEL`, else the config file's `model`; a blank one is refused.
fn default_model(environment: &Environment, config: Option<&ConfigFile>) -> Result<Option<String>> {
    if let Some(model) = environment.variable("BEDROCK_MODEL") {
        return Ok(Some(model.trim().to_string()).filter(|model| !model.is_empty()));
    }
    match config.and_then(|config| config.model.as_deref()) {
        Some(model) if model.trim().is_empty() => {
            Err(Failure::configuration("the config file's `model` is empty: give a model id or alias"))
        }
        model => Ok(model.map(|model| model.trim().to_string())),
    }
}

fn parse_output_format(value: &str, origin: &str) -> Result<OutputFormat> {
    match value.trim().to_ascii_lowercase().as_str() {
        "json" => Ok(OutputFormat::Json),
        "table" => Ok(OutputFormat::Table),
        "text" => Ok(OutputFormat::Text),
        "yaml" => Ok(OutputFormat::Yaml),
        "yaml-stream" => Ok(OutputFormat::YamlStream),
        other => Err(Failure::usage(format!(
            "{origin}: invalid output format '{other}' (expected json, table, text, yaml or yaml-stream)"
        ))),
    }
}

fn parse_color(value: &str) -> Result<ColorChoice> {
    match value.trim().to_ascii_lowercase().as_str() {
        "auto" => Ok(ColorChoice::Auto),
        "always" => Ok(ColorChoice::Always),
        "never" => Ok(ColorChoice::Never),
        other => Err(Failure::configuration(format!(
            "the config file's `color`: invalid value '{other}' (expected auto, always or never)"
        ))),
    }
}

fn seconds(value: Option<f64>, flag: &str) -> Result<Option<Duration>> {
    match value {
        None => Ok(None),
        Some(seconds) if seconds.is_finite() && seconds > 0.0 && seconds <= 86_400.0 => {
            Ok(Some(Duration::from_secs_f64(seconds)))
        }
        Some(seconds) => {
            Err(Failure::usage(format!("{flag}: {seconds} is not a number of seconds between 0 and 86400")))
        }
    }
}

/// An endpoint URL must be absolute http(s) with a host; returned without a trailing slash.
pub fn validate_endpoint_url(url: &str) -> Result<String> {
    let invalid = |reason: &str| {
        Failure::usage(format!("--endpoint-url: invalid URL '{url}': {reason}")).with_hint(
            "use a full URL such as http://127.0.0.1:4010 or https://bedrock.us-east-1.amazonaws.com",
        )
    };
    let parsed: http::Uri = url.parse().map_err(|_| invalid("not a URL"))?;
    match parsed.scheme_str() {
        Some("http") | Some("https") => {}
        Some(_) => return Err(invalid("the scheme must be http or https")),
        None => return Err(invalid("the scheme (http:// or https://) is missing")),
    }
    match parsed.host() {
        Some(host) if !host.is_empty() => {}
        _ => return Err(invalid("the host is missing")),
    }
    if parsed.query().is_some() {
        return Err(invalid("a query string is not allowed"));
    }
    Ok(url.trim_end_matches('/').to_string())
}

/// Region names are lowercase letters, digits and dashes (`us-east-1`).
pub fn validate_region(region: &str) -> Result<String> {
    let valid = !region.is_empty()
        && region.len() <= 64
        && region.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !region.starts_with('-')
        && !region.ends_with('-');
    if valid {
        Ok(region.to_string())
    } else {
        Err(Failure::usage(format!("--region: '{region}' is not a region name (for example us-east-1)")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn environment(variables: &[(&str, &str)], terminal: bool) -> Environment {
        Environment {
            variables: variables.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            stdout_is_terminal: terminal,
            stderr_is_terminal: terminal,
        }
    }

    #[test]
    fn output_defaults_to_table_on_terminal_and_json_when_piped() {
        let global = GlobalArgs::default();
        let on_terminal = resolve(&global, &environment(&[], true), None).unwrap();
        assert_eq!(on_terminal.output_format, OutputFormat::Table);
        let piped = resolve(&global, &environment(&[], false), None).unwrap();
        assert_eq!(piped.output_format, OutputFormat::Json);
    }

    #[test]
    fn the_default_model_comes_from_the_environment_then_the_config_file() {
        let config = ConfigFile::parse("model = \"nova-lite\"\n", "t").unwrap();
        let from_config = resolve(&GlobalArgs::default(), &environment(&[], false), Some(&config)).unwrap();
        assert_eq!(from_config.default_model.as_deref(), Some("nova-lite"));
        let env = environment(&[("BEDROCK_MODEL", "claude-3-haiku")], false);
        let from_env = resolve(&GlobalArgs::default(), &env, Some(&config)).unwrap();
        assert_eq!(from_env.default_model.as_deref(), Some("claude-3-haiku"));
        let none = resolve(&GlobalArgs::default(), &environment(&[], false), None).unwrap();
        assert_eq!(none.default_model, None);
        let blank = ConfigFile::parse("model = \" \"\n", "t").unwrap();
        let refused = resolve(&GlobalArgs::default(), &environment(&[], false), Some(&blank)).unwrap_err();
        assert_eq!(refused.exit_code(), 253);
    }

    #[test]
    fn output_precedence_is_flag_then_environment_then_config() {
        let config = ConfigFile { output: Some("text".into()), ..Default::default() };
        let env = environment(&[("BEDROCK_OUTPUT", "table")], false);
        let from_env = resolve(&GlobalArgs::default(), &env, Some(&config)).unwrap();
        assert_eq!(from_env.output_format, OutputFormat::Table);
        let from_config = resolve(&GlobalArgs::default(), &environment(&[], false), Some(&config)).unwrap();
        assert_eq!(from_config.output_format, OutputFormat::Text);
        let flag = GlobalArgs { output: Some(OutputFormat::Json), ..Default::default() };
        assert_eq!(resolve(&flag, &env, Some(&config)).unwrap().output_format, OutputFormat::Json);
    }

    #[test]
    fn invalid_environment_output_is_a_usage_error() {
        let error = resolve(&GlobalArgs::default(), &environment(&[("BEDROCK_OUTPUT", "yml")], false), None)
            .unwrap_err();
        assert_eq!(error.exit_code(), 252);
        assert!(error.message.contains("yml"));
        let yaml =
            resolve(&GlobalArgs::default(), &environment(&[("BEDROCK_OUTPUT", "yaml-stream")], false), None);
        assert_eq!(yaml.unwrap().output_format, OutputFormat::YamlStream);
    }

    #[test]
    fn color_honours_no_color_and_flags() {
        let auto = resolve(&GlobalArgs::default(), &environment(&[], true), None).unwrap();
        assert!(auto.stdout_color);
        let no_color =
            resolve(&GlobalArgs::default(), &environment(&[("NO_COLOR", "1")], true), None).unwrap();
        assert!(!no_color.stdout_color);
        let always = GlobalArgs { color: Some(ColorChoice::Always), ..Default::default() };
        assert!(resolve(&always, &environment(&[("NO_COLOR", "1")], false), None).unwrap().stdout_color);
        let piped = resolve(&GlobalArgs::default(), &environment(&[], false), None).unwrap();
        assert!(!piped.stdout_color);
    }

    #[test]
    fn endpoint_urls_are_validated() {
        assert_eq!(validate_endpoint_url("http://127.0.0.1:4010/").unwrap(), "http://127.0.0.1:4010");
        assert!(validate_endpoint_url("https://bedrock.us-east-1.amazonaws.com").is_ok());
        for bad in ["127.0.0.1:4010", "ftp://host", "http://", "not a url", "http://h/?a=b"] {
            let error = validate_endpoint_url(bad).unwrap_err();
            assert_eq!(error.exit_code(), 252, "{bad}");
        }
    }

    #[test]
    fn regions_are_validated() {
        assert!(validate_region("eu-central-1").is_ok());
        assert!(validate_region("US East").is_err());
        assert!(validate_region("").is_err());
    }

    #[test]
    fn timeouts_must_be_positive() {
        let global = GlobalArgs { read_timeout: Some(-1.0), ..Default::default() };
        assert!(resolve(&global, &environment(&[], false), None).is_err());
        let global = GlobalArgs { read_timeout: Some(2.5), ..Default::default() };
        let settings = resolve(&global, &environment(&[], false), None).unwrap();
        assert_eq!(settings.read_timeout, Some(Duration::from_millis(2500)));
    }

    #[test]
    fn local_and_endpoint_url_conflict() {
        let global =
            GlobalArgs { local: true, endpoint_url: Some("http://localhost:1".into()), ..Default::default() };
        assert_eq!(resolve(&global, &environment(&[], false), None).unwrap_err().exit_code(), 252);
    }

    #[test]
    fn config_file_parses_aliases_and_rejects_unknown_keys() {
        let config = ConfigFile::parse(
            "output = \"json\"\n[aliases]\nfast = \"anthropic.claude-3-haiku-20240307-v1:0\"\n",
            "test.toml",
        )
        .unwrap();
        assert_eq!(config.aliases["fast"], "anthropic.claude-3-haiku-20240307-v1:0");
        let error = ConfigFile::parse("outptu = \"json\"\n", "test.toml").unwrap_err();
        assert_eq!(error.exit_code(), 253);
        assert!(error.message.contains("outptu"), "{}", error.message);
    }

    #[test]
    fn config_and_data_paths_follow_environment() {
        let env = environment(&[("BEDROCK_CONFIG", "/tmp/x.toml"), ("BEDROCK_DATA_DIR", "/tmp/d")], false);
        assert_eq!(env.config_file_path().unwrap(), PathBuf::from("/tmp/x.toml"));
        assert_eq!(env.data_dir().unwrap(), PathBuf::from("/tmp/d"));
        let xdg = environment(&[("XDG_CONFIG_HOME", "/c"), ("XDG_DATA_HOME", "/d")], false);
        assert_eq!(xdg.config_file_path().unwrap(), PathBuf::from("/c/bedrock/config.toml"));
        assert_eq!(xdg.data_dir().unwrap(), PathBuf::from("/d/bedrock"));
    }
}
