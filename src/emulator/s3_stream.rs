//! Object bytes of the emulator's S3 API moved in bounded pieces: a PUT body (plain or
//! aws-chunked) streamed into a temporary file beside the object and renamed over it, a GET
//! (or one range of it) streamed from the file, and ETags kept beside the objects (`.NAME.etag`)
//! so that listings need not read every object. Memory per request stays at a piece or a chunk,
//! whatever the object's size.

use std::io::{self, Read, SeekFrom};
use std::path::{Path, PathBuf};

use axum::body::{Body, Bytes};
use futures_util::StreamExt;
use tokio::io::{AsyncReadExt, AsyncSeekExt, AsyncWriteExt};

use super::faults::mix;

/// Bytes read or written at a time.
const PIECE: usize = 64 * 1024;
/// The largest aws-chunked chunk accepted (the SDKs send 64 KiB to 8 MiB).
const MAXIMUM_CHUNK: usize = 64 * 1024 * 1024;

/// An object's entity tag, computed over its bytes as they pass: a quoted FNV-1a hash
/// (finished with SplitMix64) and the length.
#[derive(Debug, Clone)]
pub struct EntityTag {
    hash: u64,
    length: u64,
}

impl Default for EntityTag {
    fn default() -> Self {
        EntityTag { hash: 0xcbf2_9ce4_8422_2325, length: 0 }
    }
}

impl EntityTag {
    pub fn update(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.hash ^= u64::from(*byte);
            self.hash = self.hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.length += bytes.len() as u64;
    }

    pub fn finish(&self) -> String {
        format!("\"{:016x}{:016x}\"", mix(self.hash), self.length)
    }

    /// The tag of bytes in memory.
    pub fn of(bytes: &[u8]) -> String {
        let mut tag = EntityTag::default();
        tag.update(bytes);
        tag.finish()
    }
}

/// An `aws-chunked` body decoded as it arrives (`SIZE[;chunk-signature=…]\r\nDATA\r\n…0\r\n…`).
#[derive(Debug, Default)]
pub struct ChunkedDecoder {
    pending: Vec<u8>,
    finished: bool,
}

impl ChunkedDecoder {
    /// Take in bytes of the body; the decoded data that is complete so far.
    pub fn feed(&mut self, bytes: &[u8]) -> Result<Vec<u8>, &'static str> {
        let mut decoded = Vec::new();
        if self.finished {
            return Ok(decoded);
        }
        self.pending.extend_from_slice(bytes);
        let mut start = 0;
        loop {
            let rest = &self.pending[start..];
            let Some(line_end) = rest.windows(2).position(|window| window == b"\r\n") else {
                if rest.len() > 4096 {
                    return Err("a chunk header has no end");
                }
                break;
            };
            let line = std::str::from_utf8(&rest[..line_end]).map_err(|_| "a chunk header is not text")?;
            let size_text = line.split(';').next().unwrap_or("").trim();
            let size = usize::from_str_radix(size_text, 16).map_err(|_| "a chunk size is not hexadecimal")?;
            if size > MAXIMUM_CHUNK {
                return Err("a chunk is larger than the emulator takes");
            }
            if size == 0 {
                self.finished = true;
                self.pending.clear();
                return Ok(decoded);
            }
            if rest.len() < line_end + 2 + size + 2 {
                break;
            }
            decoded.extend_from_slice(&rest[line_end + 2..line_end + 2 + size]);
            start += line_end + 2 + size + 2;
        }
        self.pending.drain(..start);
        Ok(decoded)
    }

    /// Whether the final (empty) chunk came.
    pub fn is_finished(&self) -> bool {
        self.finished
    }
}

/// Why a PUT body could not be stored.
#[derive(Debug)]
pub enum ReceiveError {
    TooLarge,
    BadChunks(&'static str),
    /// The body stopped arriving (the client went away or a timeout).
    Interrupted(String),
    Disk(io::Error),
}

/// Stream a PUT body into `target` (through a temporary file beside it, renamed over it once
/// complete and flushed); the stored object's entity tag.
pub async fn receive(body: Body, chunked: bool, maximum: u64, target: &Path) -> Result<String, ReceiveError> {
    let directory = target.parent().unwrap_or(Path::new("."));
    let file_name = target.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary = crate::files::temporary_path(directory, &file_name);
    let result = receive_into(body, chunked, maximum, &temporary, target).await;
    if result.is_err() {
        let _ = tokio::fs::remove_file(&temporary).await;
    }
    result
}

async fn receive_into(
    body: Body,
    chunked: bool,
    maximum: u64,
    temporary: &Path,
    target: &Path,
) -> Result<String, ReceiveError> {
    let file = crate::files::create_new(temporary, false).map_err(ReceiveError::Disk)?;
    let mut file = tokio::fs::File::from_std(file);
    let mut tag = EntityTag::default();
    let mut decoder = chunked.then(ChunkedDecoder::default);
    let mut stream = body.into_data_stream();
    while let Some(piece) = stream.next().await {
        let piece = piece.map_err(|error| ReceiveError::Interrupted(error.to_string()))?;
        let data = match decoder.as_mut() {
            Some(decoder) => Bytes::from(decoder.feed(&piece).map_err(ReceiveError::BadChunks)?),
            None => piece,
        };
        tag.update(&data);
        if tag.length > maximum {
            return Err(ReceiveError::TooLarge);
        }
        file.write_all(&data).await.map_err(ReceiveError::Disk)?;
    }
    if decoder.as_ref().is_some_and(|decoder| !decoder.is_finished()) {
        return Err(ReceiveError::BadChunks("the body ended before its last chunk"));
    }
    file.flush().await.map_err(ReceiveError::Disk)?;
    file.sync_all().await.map_err(ReceiveError::Disk)?;
    // The version of this write (its inode, kept by the rename): a concurrent PUT's tag file
    // can then never be taken for this one's.
    let written = file.metadata().await.map_err(ReceiveError::Disk)?;
    drop(file);
    let entity_tag = tag.finish();
    tokio::fs::rename(temporary, target).await.map_err(ReceiveError::Disk)?;
    remember_tag(target, &written, &entity_tag);
    Ok(entity_tag)
}

/// The body of `length` bytes of an open file from `start`, read a piece at a time.
pub fn file_body(file: std::fs::File, start: u64, length: u64) -> Body {
    let file = tokio::fs::File::from_std(file);
    let stream =
        futures_util::stream::unfold((Some(file), start, length), |(file, start, remaining)| async move {
            let mut file = file?;
            if remaining == 0 {
                return None;
            }
            if start > 0
                && let Err(error) = file.seek(SeekFrom::Start(start)).await
            {
                return Some((Err(error), (None, 0, 0)));
            }
            let mut buffer = vec![0u8; PIECE.min(remaining as usize)];
            match file.read(&mut buffer).await {
                Ok(0) => Some((
                    Err(io::Error::new(io::ErrorKind::UnexpectedEof, "the object became shorter")),
                    (None, 0, 0),
                )),
                Ok(count) => {
                    buffer.truncate(count);
                    Some((Ok(Bytes::from(buffer)), (Some(file), 0, remaining - count as u64)))
                }
                Err(error) => Some((Err(error), (None, 0, 0))),
            }
        });
    Body::from_stream(stream)
}

/// The file that keeps an object's entity tag: `.NAME.etag` beside it.
fn tag_path(object: &Path) -> Option<PathBuf> {
    let name = object.file_name()?.to_string_lossy();
    Some(object.with_file_name(format!(".{name}{TAG_SUFFIX}")))
}

/// The suffix of the files that keep entity tags, which listings skip.
pub const TAG_SUFFIX: &str = ".etag";

/// Whether a file name is one that keeps an entity tag.
pub fn is_tag_file(file_name: &str) -> bool {
    file_name.starts_with('.') && file_name.ends_with(TAG_SUFFIX)
}

/// What identifies one version of a file: its length, modification time and (on Unix) inode.
fn version(metadata: &std::fs::Metadata) -> String {
    let modified = metadata
        .modified()
        .ok()
        .and_then(|time| time.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|elapsed| elapsed.as_nanos())
        .unwrap_or(0);
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(metadata);
    #[cfg(not(unix))]
    let inode = 0;
    format!("{} {modified} {inode}", metadata.len())
}

/// Keep `entity_tag` of the file version `metadata` beside the object (best effort: a tag not
/// kept, or kept for another version, is computed again).
fn remember_tag(object: &Path, metadata: &std::fs::Metadata, entity_tag: &str) {
    let Some(path) = tag_path(object) else {
        return;
    };
    let line = format!("{} {entity_tag}\n", version(metadata));
    let _ = crate::files::write_bytes_atomically(&path, line.as_bytes(), false);
}

/// The entity tag of an object file: the one kept beside it when it is of this version of the
/// file, or computed a piece at a time (and kept).
pub fn entity_tag_of(object: &Path, metadata: &std::fs::Metadata) -> io::Result<String> {
    let current = version(metadata);
    if let Some(path) = tag_path(object)
        && let Ok(kept) = std::fs::read_to_string(&path)
        && let Some(tag) = kept.trim_end().strip_prefix(&current).map(str::trim)
        && tag.starts_with('"')
    {
        return Ok(tag.to_string());
    }
    let (mut file, _) = super::s3::open_regular(object)?;
    let mut tag = EntityTag::default();
    let mut buffer = vec![0u8; PIECE];
    loop {
        let count = file.read(&mut buffer)?;
        if count == 0 {
            break;
        }
        tag.update(&buffer[..count]);
    }
    let entity_tag = tag.finish();
    remember_tag(object, metadata, &entity_tag);
    Ok(entity_tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_bodies_decode_in_any_pieces() {
        let body = b"5;chunk-signature=abc\r\nhello\r\n6\r\n world\r\n0\r\nx-amz-checksum-crc32:AAAA\r\n\r\n";
        for piece_size in [1, 2, 7, body.len()] {
            let mut decoder = ChunkedDecoder::default();
            let mut decoded = Vec::new();
            for piece in body.chunks(piece_size) {
                decoded.extend(decoder.feed(piece).unwrap());
            }
            assert_eq!(decoded, b"hello world", "pieces of {piece_size}");
            assert!(decoder.is_finished());
        }
        let mut cut = ChunkedDecoder::default();
        assert_eq!(cut.feed(b"5\r\nhel").unwrap(), b"");
        assert!(!cut.is_finished());
        assert!(ChunkedDecoder::default().feed(b"zz\r\n").is_err());
    }

    #[test]
    fn entity_tags_are_the_same_in_pieces_and_kept_beside_the_object() {
        let mut pieces = EntityTag::default();
        pieces.update(b"hello ");
        pieces.update(b"world");
        assert_eq!(pieces.finish(), EntityTag::of(b"hello world"));
        let directory = tempfile::tempdir().unwrap();
        let object = directory.path().join("object.txt");
        std::fs::write(&object, "hello world").unwrap();
        let metadata = std::fs::metadata(&object).unwrap();
        assert_eq!(entity_tag_of(&object, &metadata).unwrap(), EntityTag::of(b"hello world"));
        assert!(directory.path().join(".object.txt.etag").exists());
        assert_eq!(entity_tag_of(&object, &metadata).unwrap(), EntityTag::of(b"hello world"));
        assert!(is_tag_file(".object.txt.etag") && !is_tag_file("object.txt"));
    }
}
