//! Local objects behind `s3://` URIs: `s3://bucket/key` is the file `ROOT/bucket/key` of the
//! directory given with `bedrock emulator --s3-root DIR`. Knowledge-base ingestion reads data
//! sources through it; the same type is meant to back an S3 API emulation over the same tree.

use std::path::{Component, Path, PathBuf};

/// One object found under a prefix.
#[derive(Debug, Clone, PartialEq)]
pub struct Object {
    pub bucket: String,
    pub key: String,
    pub path: PathBuf,
    /// Last modification, milliseconds since the epoch.
    pub modified_millis: u64,
}

impl Object {
    pub fn uri(&self) -> String {
        format!("s3://{}/{}", self.bucket, self.key)
    }
}

/// A bucket and key parsed from an `s3://` URI or a bucket ARN.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    pub bucket: String,
    pub key: String,
}

/// Parse `s3://bucket/key…` (the key may be empty).
pub fn parse_uri(uri: &str) -> Option<Location> {
    let rest = uri.strip_prefix("s3://")?;
    let (bucket, key) = rest.split_once('/').unwrap_or((rest, ""));
    valid_bucket(bucket).then(|| Location { bucket: bucket.to_string(), key: key.to_string() })
}

/// The bucket of `arn:aws:s3:::bucket`.
pub fn bucket_of_arn(arn: &str) -> Option<String> {
    let bucket = arn.strip_prefix("arn:")?.split(':').nth(4).filter(|_| arn.contains(":s3:::"))?;
    let bucket = bucket.split('/').next().unwrap_or(bucket);
    valid_bucket(bucket).then(|| bucket.to_string())
}

fn valid_bucket(bucket: &str) -> bool {
    (3..=63).contains(&bucket.len())
        && bucket.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
}

/// The directory that holds the buckets, if the emulator was given one.
#[derive(Debug, Clone, Default)]
pub struct ObjectStore {
    pub root: Option<PathBuf>,
}

/// Why objects could not be listed.
#[derive(Debug, Clone, PartialEq)]
pub enum ListError {
    /// The emulator runs without `--s3-root`.
    NoRoot,
    /// The bucket's directory does not exist.
    NoSuchBucket(String),
    /// Reading the directory failed.
    Unreadable(String),
}

impl std::fmt::Display for ListError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ListError::NoRoot => write!(
                formatter,
                "The emulator has no S3 storage: start it with --s3-root DIR (s3://bucket/key is DIR/bucket/key)"
            ),
            ListError::NoSuchBucket(bucket) => {
                write!(formatter, "The specified bucket does not exist: {bucket}")
            }
            ListError::Unreadable(reason) => write!(formatter, "Unable to read objects: {reason}"),
        }
    }
}

impl ObjectStore {
    pub fn new(root: Option<PathBuf>) -> Self {
        ObjectStore { root }
    }

    /// The file of an object; None when the key would leave the bucket's directory.
    pub fn object_path(&self, bucket: &str, key: &str) -> Option<PathBuf> {
        let root = self.root.as_ref()?;
        let relative = Path::new(key);
        if relative.components().any(|part| !matches!(part, Component::Normal(_))) || !valid_bucket(bucket) {
            return None;
        }
        Some(root.join(bucket).join(relative))
    }

    /// Every object of a bucket whose key starts with `prefix`, in key order.
    pub fn list(&self, bucket: &str, prefix: &str) -> Result<Vec<Object>, ListError> {
        let root = self.root.as_ref().ok_or(ListError::NoRoot)?;
        if !valid_bucket(bucket) {
            return Err(ListError::NoSuchBucket(bucket.to_string()));
        }
        let bucket_directory = root.join(bucket);
        if !bucket_directory.is_dir() {
            return Err(ListError::NoSuchBucket(bucket.to_string()));
        }
        let mut objects = Vec::new();
        let mut pending = vec![bucket_directory.clone()];
        while let Some(directory) = pending.pop() {
            let entries = std::fs::read_dir(&directory)
                .map_err(|error| ListError::Unreadable(crate::error::io_reason(&error)))?;
            for entry in entries.flatten() {
                let path = entry.path();
                let Ok(metadata) = entry.metadata() else { continue };
                if metadata.is_dir() {
                    pending.push(path);
                    continue;
                }
                // An object being written (a temporary file of crate::files) is not there yet.
                if crate::files::is_temporary(&entry.file_name().to_string_lossy()) {
                    continue;
                }
                let Ok(relative) = path.strip_prefix(&bucket_directory) else { continue };
                let key = relative
                    .components()
                    .map(|part| part.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/");
                if !key.starts_with(prefix) {
                    continue;
                }
                let modified_millis = metadata
                    .modified()
                    .ok()
                    .and_then(|time| time.duration_since(std::time::UNIX_EPOCH).ok())
                    .map(|elapsed| elapsed.as_millis() as u64)
                    .unwrap_or(0);
                objects.push(Object { bucket: bucket.to_string(), key, path, modified_millis });
            }
        }
        objects.sort_by(|left, right| left.key.cmp(&right.key));
        Ok(objects)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_and_arns_parse() {
        assert_eq!(
            parse_uri("s3://docs-bucket/a/b.txt"),
            Some(Location { bucket: "docs-bucket".into(), key: "a/b.txt".into() })
        );
        assert_eq!(
            parse_uri("s3://docs-bucket"),
            Some(Location { bucket: "docs-bucket".into(), key: "".into() })
        );
        assert_eq!(parse_uri("https://x"), None);
        assert_eq!(bucket_of_arn("arn:aws:s3:::docs-bucket"), Some("docs-bucket".into()));
        assert_eq!(bucket_of_arn("arn:aws:iam::123:role/x"), None);
    }

    #[test]
    fn lists_objects_under_a_prefix_and_refuses_escapes() {
        let directory = tempfile::tempdir().unwrap();
        let bucket = directory.path().join("docs");
        std::fs::create_dir_all(bucket.join("guides/deep")).unwrap();
        std::fs::write(bucket.join("guides/a.txt"), "a").unwrap();
        std::fs::write(bucket.join("guides/deep/b.md"), "b").unwrap();
        std::fs::write(bucket.join("other.txt"), "c").unwrap();
        let store = ObjectStore::new(Some(directory.path().to_path_buf()));
        let keys: Vec<String> = store.list("docs", "guides/").unwrap().into_iter().map(|o| o.key).collect();
        assert_eq!(keys, ["guides/a.txt", "guides/deep/b.md"]);
        assert_eq!(store.list("docs", "").unwrap().len(), 3);
        assert_eq!(store.list("nope", ""), Err(ListError::NoSuchBucket("nope".into())));
        assert!(store.object_path("docs", "../secret").is_none());
        assert_eq!(ObjectStore::default().list("docs", ""), Err(ListError::NoRoot));
    }
}
