//! Local objects behind `s3://` URIs: `s3://bucket/key` is the file `ROOT/bucket/key` of the
//! directory given with `bedrock emulator --s3-root DIR`. Knowledge-base ingestion reads data
//! sources through it; the same type is meant to back an S3 API emulation over the same tree.
//! Only regular files are objects (a FIFO or a device would block the reader), and symbolic
//! links are followed only while they stay inside the root.

use std::collections::HashSet;
use std::fs::File;
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

/// Why S3 would refuse `name` for a new bucket (its general-purpose bucket naming rules), or None.
pub fn bucket_name_problem(name: &str) -> Option<&'static str> {
    const RESERVED_PREFIXES: [&str; 3] = ["xn--", "sthree-", "amzn-s3-demo-"];
    const RESERVED_SUFFIXES: [&str; 5] = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"];
    let edge_ok = |c: Option<char>| c.is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    if !(3..=63).contains(&name.len()) {
        Some("bucket names are 3 to 63 characters long")
    } else if !name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.') {
        Some("bucket names use only lower-case letters, digits, dots and hyphens")
    } else if !edge_ok(name.chars().next()) || !edge_ok(name.chars().last()) {
        Some("bucket names begin and end with a letter or a digit")
    } else if name.contains("..") {
        Some("bucket names do not have two dots in a row")
    } else if name.split('.').count() == 4 && name.parse::<std::net::Ipv4Addr>().is_ok() {
        Some("bucket names are not IP addresses")
    } else if RESERVED_PREFIXES.iter().any(|prefix| name.starts_with(prefix)) {
        Some("bucket names do not begin with xn--, sthree- or amzn-s3-demo-")
    } else if RESERVED_SUFFIXES.iter().any(|suffix| name.ends_with(suffix)) {
        Some("bucket names do not end with -s3alias, --ol-s3, .mrap, --x-s3 or --table-s3")
    } else {
        None
    }
}

/// Open a file for reading only if it is a regular file: opened without blocking (a FIFO would
/// wait for a writer), then checked on the open descriptor so that it cannot be swapped.
pub fn open_regular(path: &Path) -> std::io::Result<(File, std::fs::Metadata)> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a regular file"));
    }
    Ok((file, metadata))
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

    /// Where `path` really is, if it exists and stays inside the root (symbolic links resolved).
    fn resolve_inside(&self, path: &Path) -> Option<PathBuf> {
        let root = self.root.as_ref()?.canonicalize().ok()?;
        path.canonicalize().ok().filter(|resolved| resolved.starts_with(&root))
    }

    /// The directory of a bucket, if it exists, is a directory, and is inside the root.
    pub fn bucket_directory(&self, bucket: &str) -> Option<PathBuf> {
        if !valid_bucket(bucket) {
            return None;
        }
        let directory = self.root.as_ref()?.join(bucket);
        self.resolve_inside(&directory).filter(|resolved| resolved.is_dir()).map(|_| directory)
    }

    /// The file of an existing object: a regular file inside the root, reached through links
    /// that stay inside it. None for a missing key, a directory, a FIFO or a link leaving the root.
    pub fn existing_object(&self, bucket: &str, key: &str) -> Option<PathBuf> {
        let path = self.object_path(bucket, key)?;
        let name = path.file_name()?.to_string_lossy();
        if crate::files::is_temporary(&name) || super::s3_stream::is_tag_file(&name) {
            return None;
        }
        self.bucket_directory(bucket)?;
        let resolved = self.resolve_inside(&path)?;
        std::fs::metadata(&resolved).ok().filter(|metadata| metadata.is_file()).map(|_| resolved)
    }

    /// The file a new object of `key` goes to, its directories created: None when the key
    /// is not valid here, or when its directory would be outside the root (through a link).
    pub fn writable_object(&self, bucket: &str, key: &str) -> Option<PathBuf> {
        let path = self.object_path(bucket, key)?;
        let parent = path.parent()?;
        // Check the deepest directory that exists before creating any, then the created one.
        let existing = parent.ancestors().find(|ancestor| ancestor.exists())?;
        self.resolve_inside(existing)?;
        std::fs::create_dir_all(parent).ok()?;
        self.resolve_inside(parent)?;
        Some(path)
    }

    /// Every object of a bucket whose key starts with `prefix`, in key order: regular files,
    /// through directories and links that stay inside the root.
    pub fn list(&self, bucket: &str, prefix: &str) -> Result<Vec<Object>, ListError> {
        self.root.as_ref().ok_or(ListError::NoRoot)?;
        let Some(bucket_directory) = self.bucket_directory(bucket) else {
            return Err(ListError::NoSuchBucket(bucket.to_string()));
        };
        let mut objects = Vec::new();
        let mut pending = vec![bucket_directory.clone()];
        // Directories reached through links, by where they are (a link may point back up).
        let mut visited: HashSet<PathBuf> = bucket_directory.canonicalize().into_iter().collect();
        while let Some(directory) = pending.pop() {
            let entries = std::fs::read_dir(&directory)
                .map_err(|error| ListError::Unreadable(crate::error::io_reason(&error)))?;
            for entry in entries.flatten() {
                let path = entry.path();
                let Ok(file_type) = entry.file_type() else { continue };
                let metadata = if file_type.is_symlink() {
                    let Some(resolved) = self.resolve_inside(&path) else { continue };
                    let Ok(metadata) = std::fs::metadata(&resolved) else { continue };
                    if metadata.is_dir() && !visited.insert(resolved) {
                        continue;
                    }
                    metadata
                } else {
                    let Ok(metadata) = entry.metadata() else { continue };
                    metadata
                };
                if metadata.is_dir() {
                    pending.push(path);
                    continue;
                }
                // FIFOs, sockets and devices are not objects.
                if !metadata.is_file() {
                    continue;
                }
                // An object being written (a temporary file of crate::files) is not there yet,
                // and the file keeping an object's ETag is not an object.
                let name = entry.file_name().to_string_lossy().into_owned();
                if crate::files::is_temporary(&name) || super::s3_stream::is_tag_file(&name) {
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
