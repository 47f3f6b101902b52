//! Model families and model names: built-in aliases (`claude-3-haiku`), aliases from the config
//! file, and the ids they stand for.

use crate::settings::Settings;

/// Built-in aliases: short names for the model ids people type most.
pub const BUILTIN_ALIASES: &[(&str, &str)] = &[
    ("titan-text-express", "amazon.titan-text-express-v1"),
    ("titan-text-lite", "amazon.titan-text-lite-v1"),
    ("titan-text-premier", "amazon.titan-text-premier-v1:0"),
    ("titan-embed-text", "amazon.titan-embed-text-v2:0"),
    ("titan-embed-text-v1", "amazon.titan-embed-text-v1"),
    ("titan-embed-text-v2", "amazon.titan-embed-text-v2:0"),
    ("titan-embed-image", "amazon.titan-embed-image-v1"),
    ("titan-image", "amazon.titan-image-generator-v1"),
    ("titan-image-v2", "amazon.titan-image-generator-v2:0"),
    ("nova-micro", "amazon.nova-micro-v1:0"),
    ("nova-lite", "amazon.nova-lite-v1:0"),
    ("nova-pro", "amazon.nova-pro-v1:0"),
    ("claude-v2", "anthropic.claude-v2"),
    ("claude-v2.1", "anthropic.claude-v2:1"),
    ("claude-instant", "anthropic.claude-instant-v1"),
    ("claude-3-haiku", "anthropic.claude-3-haiku-20240307-v1:0"),
    ("claude-3-sonnet", "anthropic.claude-3-sonnet-20240229-v1:0"),
    ("claude-3-opus", "anthropic.claude-3-opus-20240229-v1:0"),
    ("claude-3.5-sonnet", "anthropic.claude-3-5-sonnet-20240620-v1:0"),
    ("claude-3.5-sonnet-v2", "anthropic.claude-3-5-sonnet-20241022-v2:0"),
    ("claude-3.5-haiku", "anthropic.claude-3-5-haiku-20241022-v1:0"),
    ("j2-mid", "ai21.j2-mid-v1"),
    ("j2-ultra", "ai21.j2-ultra-v1"),
    ("command", "cohere.command-text-v14"),
    ("command-light", "cohere.command-light-text-v14"),
    ("command-r", "cohere.command-r-v1:0"),
    ("command-r-plus", "cohere.command-r-plus-v1:0"),
    ("cohere-embed-english", "cohere.embed-english-v3"),
    ("cohere-embed-multilingual", "cohere.embed-multilingual-v3"),
    ("llama2-13b", "meta.llama2-13b-chat-v1"),
    ("llama2-70b", "meta.llama2-70b-chat-v1"),
    ("llama3-8b", "meta.llama3-8b-instruct-v1:0"),
    ("llama3-70b", "meta.llama3-70b-instruct-v1:0"),
    ("mistral-7b", "mistral.mistral-7b-instruct-v0:2"),
    ("mixtral-8x7b", "mistral.mixtral-8x7b-instruct-v0:1"),
    ("mistral-large", "mistral.mistral-large-2402-v1:0"),
    ("mistral-small", "mistral.mistral-small-2402-v1:0"),
    ("sdxl", "stability.stable-diffusion-xl-v1"),
];

/// Resolve a model name: a user alias from the config file wins over a built-in alias; anything
/// else (ids, ARNs, profile ids) is returned unchanged.
pub fn resolve_model(settings: &Settings, name: &str) -> String {
    if let Some(id) = settings.aliases.get(name) {
        return id.clone();
    }
    BUILTIN_ALIASES
        .iter()
        .find(|(alias, _)| *alias == name)
        .map(|(_, id)| id.to_string())
        .unwrap_or_else(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::GlobalArgs;
    use crate::settings::{ConfigFile, Environment, resolve};

    #[test]
    fn aliases_resolve_with_user_aliases_first() {
        let config =
            ConfigFile::parse("[aliases]\nclaude-3-haiku = \"custom.model\"\nmine = \"x.y\"\n", "t").unwrap();
        let settings = resolve(&GlobalArgs::default(), &Environment::default(), Some(&config)).unwrap();
        assert_eq!(resolve_model(&settings, "claude-3-haiku"), "custom.model");
        assert_eq!(resolve_model(&settings, "mine"), "x.y");
        assert_eq!(resolve_model(&settings, "llama3-8b"), "meta.llama3-8b-instruct-v1:0");
        assert_eq!(resolve_model(&settings, "anthropic.claude-v2"), "anthropic.claude-v2");
    }

    #[test]
    fn builtin_aliases_are_unique() {
        let mut names: Vec<&str> = BUILTIN_ALIASES.iter().map(|(alias, _)| *alias).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), BUILTIN_ALIASES.len());
    }
}
