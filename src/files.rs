//! Files the tool and the emulator write (images, chat sessions, the emulator's state, S3
//! objects, batch results): written to a temporary file beside the target, flushed to disk and
//! renamed over it, so that an interrupted write never leaves a partial file; optionally readable
//! by the owner only.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

/// The suffix of temporary files, which listings of written directories skip.
pub const TEMPORARY_SUFFIX: &str = ".tmp";

/// Whether a file name is one of our temporary files (`.NAME.PID.tmp`).
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
    let temporary = directory.join(format!(".{file_name}.{}{TEMPORARY_SUFFIX}", std::process::id()));
    let result = (|| {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        if private {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        #[cfg(not(unix))]
        let _ = private;
        let mut out = BufWriter::new(options.open(&temporary)?);
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
    }
}
