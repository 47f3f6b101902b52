//! Files the tool and the emulator write (images, chat sessions, the emulator's state, S3
//! objects, batch results): written to a temporary file beside the target, flushed to disk and
//! renamed over it, so that an interrupted write never leaves a partial file; optionally readable
//! by the owner only.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The suffix of temporary files, which listings of written directories skip.
pub const TEMPORARY_SUFFIX: &str = ".tmp";

/// Writes started by this process, so that two writes of one file never share a temporary name.
static WRITE_COUNTER: AtomicU64 = AtomicU64::new(0);

/// A temporary name beside `file_name` in `directory` that no other write uses:
/// `.NAME.PID.COUNTER.RANDOM.tmp` (the process id and a per-process counter make it unique on
/// this machine; the random part keeps it unique across machines sharing the directory).
pub fn temporary_path(directory: &Path, file_name: &str) -> PathBuf {
    directory.join(format!(".{file_name}.{}{TEMPORARY_SUFFIX}", unique_part()))
}

/// `PID.COUNTER.RANDOM`: a part of a file name no other file of this tool uses at the same time.
pub fn unique_part() -> String {
    use std::hash::{BuildHasher, Hasher};
    let count = WRITE_COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(count);
    let random = hasher.finish() as u32;
    format!("{}.{count}.{random:08x}", std::process::id())
}

/// Create a new file readable by the owner only; an existing file (or a link planted at the
/// name) is an error, never opened.
pub fn create_private(path: &Path) -> std::io::Result<File> {
    create_new(path, true)
}

/// Create a new file (an existing one is an error); `private` makes it readable by the owner only.
pub fn create_new(path: &Path, private: bool) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if private {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = private;
    options.open(path)
}

/// Whether a file name is one of our temporary files (`.NAME.PID….tmp`).
pub fn is_temporary(file_name: &str) -> bool {
    file_name.starts_with('.') && file_name.ends_with(TEMPORARY_SUFFIX)
}

/// Write `path` atomically with what `write` produces; `private` makes it readable by the owner
/// only. The directory is created when missing.
pub fn write_atomically(
    path: &Path,
    private: bool,
    write: impl FnOnce(&mut BufWriter<File>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let directory = path.parent().filter(|parent| !parent.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(directory)?;
    let file_name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary = temporary_path(directory, &file_name);
    let result = (|| {
        // A name of our own, created new: never truncate a file another write is filling.
        let mut out = BufWriter::new(create_new(&temporary, private)?);
        write(&mut out)?;
        out.flush()?;
        out.into_inner().map_err(|error| error.into_error())?.sync_all()?;
        std::fs::rename(&temporary, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result
}

/// `write_atomically` for bytes already in memory.
pub fn write_bytes_atomically(path: &Path, bytes: &[u8], private: bool) -> std::io::Result<()> {
    write_atomically(path, private, |out| out.write_all(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_whole_files_and_leaves_nothing_behind_on_failure() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("nested").join("out.json");
        write_bytes_atomically(&path, b"{}", true).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"{}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        let failed = write_atomically(&path, false, |_| Err(std::io::Error::other("disk full")));
        assert!(failed.is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"{}", "the old file is kept");
        let names: Vec<String> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, vec!["out.json".to_string()]);
        assert!(is_temporary(".out.json.42.tmp") && !is_temporary("out.json"));
        let first = temporary_path(directory.path(), "out.json");
        let second = temporary_path(directory.path(), "out.json");
        assert_ne!(first, second, "each write has its own temporary name");
        assert!(is_temporary(&first.file_name().unwrap().to_string_lossy()));
    }

    #[test]
    fn concurrent_writes_of_one_file_all_succeed_and_one_of_them_is_kept() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("object");
        let bodies: Vec<Vec<u8>> =
            (0..32).map(|index| vec![b'a' + (index % 26) as u8; 4096 + index]).collect();
        std::thread::scope(|scope| {
            for body in &bodies {
                let path = &path;
                scope.spawn(move || write_bytes_atomically(path, body, false).unwrap());
            }
        });
        let stored = std::fs::read(&path).unwrap();
        assert!(bodies.contains(&stored), "the stored file is one whole write");
        assert_eq!(std::fs::read_dir(directory.path()).unwrap().count(), 1, "no temporary file is left");
    }
}
