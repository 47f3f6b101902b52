//! Real, playable MP4 files for the video models (Nova Reel's `output.mp4`): an ISO BMFF file
//! (`ftyp`, `moov`, `mdat`) holding one H.264 (Constrained Baseline) track of the requested size,
//! frame rate and duration. The first frame is an IDR picture: one I_PCM macroblock whose samples
//! are coloured by the prompt and the seed, and intra 16x16 DC-predicted macroblocks without
//! residual that spread its colour over the picture; every later frame is a P picture of skipped
//! macroblocks (a copy of the one before). So the file is small, decodes with any player, and is
//! the same bytes for the same prompt, seed, size, rate and duration.

use super::super::faults::mix;
use super::generation::hash_text;

/// What to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VideoSpec {
    /// The prompt (or the shots' prompts joined), which colours the picture.
    pub text: String,
    pub seed: u64,
    pub width: u32,
    pub height: u32,
    pub frames_per_second: u32,
    pub duration_seconds: u32,
}

impl VideoSpec {
    pub fn frame_count(&self) -> u32 {
        self.frames_per_second * self.duration_seconds
    }
}

/// An MSB-first bit writer for H.264 syntax elements.
#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    current: u8,
    filled: u8,
}

impl Bits {
    fn bit(&mut self, bit: bool) {
        self.current = (self.current << 1) | u8::from(bit);
        self.filled += 1;
        if self.filled == 8 {
            self.bytes.push(self.current);
            self.current = 0;
            self.filled = 0;
        }
    }

    /// `count` low bits of `value`, most significant first (u(n)).
    fn bits(&mut self, value: u32, count: u32) {
        for shift in (0..count).rev() {
            self.bit((value >> shift) & 1 == 1);
        }
    }

    /// Unsigned Exp-Golomb (ue(v)).
    fn unsigned(&mut self, value: u32) {
        let coded = u64::from(value) + 1;
        let length = 64 - coded.leading_zeros();
        self.bits(0, length - 1);
        for shift in (0..length).rev() {
            self.bit((coded >> shift) & 1 == 1);
        }
    }

    /// Signed Exp-Golomb (se(v)).
    fn signed(&mut self, value: i32) {
        let mapped = if value > 0 { 2 * value.unsigned_abs() - 1 } else { 2 * value.unsigned_abs() };
        self.unsigned(mapped);
    }

    fn aligned(&self) -> bool {
        self.filled == 0
    }

    /// Zero bits up to the next byte boundary.
    fn align_with_zeros(&mut self) {
        while !self.aligned() {
            self.bit(false);
        }
    }

    fn byte(&mut self, byte: u8) {
        if self.aligned() {
            self.bytes.push(byte);
        } else {
            self.bits(u32::from(byte), 8);
        }
    }

    /// rbsp_trailing_bits: a one, then zeros to the byte boundary.
    fn finish(mut self) -> Vec<u8> {
        self.bit(true);
        self.align_with_zeros();
        self.bytes
    }
}

/// A NAL unit: its header and the RBSP with emulation prevention bytes inserted.
fn nal_unit(reference: u8, kind: u8, payload: &[u8]) -> Vec<u8> {
    let mut unit = Vec::with_capacity(payload.len() + 8);
    unit.push((reference << 5) | kind);
    let mut zeros = 0;
    for &byte in payload {
        if zeros >= 2 && byte <= 3 {
            unit.push(3);
            zeros = 0;
        }
        unit.push(byte);
        zeros = if byte == 0 { zeros + 1 } else { 0 };
    }
    unit
}

const NAL_SLICE: u8 = 1;
const NAL_IDR_SLICE: u8 = 5;
const NAL_SPS: u8 = 7;
const NAL_PPS: u8 = 8;
/// log2_max_frame_num: frame numbers are 16 bits (a two-minute video has 2880 frames).
const FRAME_NUMBER_BITS: u32 = 16;
/// Constrained Baseline profile, level 3.1 (1280x720 at 30 frames a second).
const PROFILE: u8 = 66;
const CONSTRAINTS: u8 = 0b1100_0000;
const LEVEL: u8 = 31;

fn macroblocks(spec: &VideoSpec) -> (u32, u32) {
    (spec.width.div_ceil(16), spec.height.div_ceil(16))
}

fn sequence_parameter_set(spec: &VideoSpec) -> Vec<u8> {
    let (columns, rows) = macroblocks(spec);
    let mut bits = Bits::default();
    bits.bits(u32::from(PROFILE), 8);
    bits.bits(u32::from(CONSTRAINTS), 8);
    bits.bits(u32::from(LEVEL), 8);
    bits.unsigned(0); // seq_parameter_set_id
    bits.unsigned(FRAME_NUMBER_BITS - 4); // log2_max_frame_num_minus4
    bits.unsigned(2); // pic_order_cnt_type: output order is decoding order
    bits.unsigned(1); // max_num_ref_frames
    bits.bit(false); // gaps_in_frame_num_value_allowed_flag
    bits.unsigned(columns - 1);
    bits.unsigned(rows - 1);
    bits.bit(true); // frame_mbs_only_flag
    bits.bit(true); // direct_8x8_inference_flag
    let crop_right = (columns * 16 - spec.width) / 2;
    let crop_bottom = (rows * 16 - spec.height) / 2;
    if crop_right > 0 || crop_bottom > 0 {
        bits.bit(true);
        bits.unsigned(0);
        bits.unsigned(crop_right);
        bits.unsigned(0);
        bits.unsigned(crop_bottom);
    } else {
        bits.bit(false);
    }
    bits.bit(false); // vui_parameters_present_flag
    nal_unit(3, NAL_SPS, &bits.finish())
}

fn picture_parameter_set() -> Vec<u8> {
    let mut bits = Bits::default();
    bits.unsigned(0); // pic_parameter_set_id
    bits.unsigned(0); // seq_parameter_set_id
    bits.bit(false); // entropy_coding_mode_flag: CAVLC
    bits.bit(false); // bottom_field_pic_order_in_frame_present_flag
    bits.unsigned(0); // num_slice_groups_minus1
    bits.unsigned(0); // num_ref_idx_l0_default_active_minus1
    bits.unsigned(0); // num_ref_idx_l1_default_active_minus1
    bits.bit(false); // weighted_pred_flag
    bits.bits(0, 2); // weighted_bipred_idc
    bits.signed(0); // pic_init_qp_minus26
    bits.signed(0); // pic_init_qs_minus26
    bits.signed(0); // chroma_qp_index_offset
    bits.bit(false); // deblocking_filter_control_present_flag
    bits.bit(false); // constrained_intra_pred_flag
    bits.bit(false); // redundant_pic_cnt_present_flag
    nal_unit(3, NAL_PPS, &bits.finish())
}

/// The 384 samples (16x16 luma, 8x8 Cb, 8x8 Cr) of the I_PCM macroblock: a soft diagonal
/// gradient around colours taken from the prompt and the seed, kept within video range.
fn pcm_samples(spec: &VideoSpec) -> Vec<u8> {
    let hash = mix(hash_text(&spec.text) ^ mix(spec.seed));
    let component = |shift: u32, low: u8, high: u8| -> u8 {
        let span = u64::from(high - low);
        low + ((hash >> shift) % span) as u8
    };
    let (luma, blue, red) = (component(0, 40, 200), component(16, 60, 196), component(32, 60, 196));
    let mut samples = Vec::with_capacity(384);
    for y in 0..16u8 {
        for x in 0..16u8 {
            samples.push(luma + (x + y) / 2);
        }
    }
    for plane in [blue, red] {
        for y in 0..8u8 {
            for x in 0..8u8 {
                samples.push(plane + (x + y) / 2);
            }
        }
    }
    samples
}

/// The IDR picture: the I_PCM macroblock first, then I_16x16 DC-predicted macroblocks.
fn idr_slice(spec: &VideoSpec) -> Vec<u8> {
    let (columns, rows) = macroblocks(spec);
    let mut bits = Bits::default();
    bits.unsigned(0); // first_mb_in_slice
    bits.unsigned(7); // slice_type: I (all slices)
    bits.unsigned(0); // pic_parameter_set_id
    bits.bits(0, FRAME_NUMBER_BITS); // frame_num
    bits.unsigned(0); // idr_pic_id
    bits.bit(false); // no_output_of_prior_pics_flag
    bits.bit(false); // long_term_reference_flag
    bits.signed(0); // slice_qp_delta
    let samples = pcm_samples(spec);
    for index in 0..columns * rows {
        if index == 0 {
            bits.unsigned(25); // mb_type I_PCM
            bits.align_with_zeros();
            for &sample in &samples {
                bits.byte(sample);
            }
            continue;
        }
        bits.unsigned(3); // mb_type I_16x16_2_0_0: DC prediction, no coded residual blocks
        bits.unsigned(0); // intra_chroma_pred_mode: DC
        bits.signed(0); // mb_qp_delta
        // The luma DC block's coeff_token for no coefficients: its table depends on nC, which
        // is 16 next to the I_PCM macroblock (right of it, or below it) and 0 elsewhere.
        let (x, y) = (index % columns, index / columns);
        if (x == 1 && y == 0) || (x == 0 && y == 1) {
            bits.bits(0b000011, 6);
        } else {
            bits.bit(true);
        }
    }
    nal_unit(3, NAL_IDR_SLICE, &bits.finish())
}

/// A P picture whose macroblocks are all skipped: the previous picture again.
fn skipped_slice(spec: &VideoSpec, frame_number: u32) -> Vec<u8> {
    let (columns, rows) = macroblocks(spec);
    let mut bits = Bits::default();
    bits.unsigned(0); // first_mb_in_slice
    bits.unsigned(5); // slice_type: P (all slices)
    bits.unsigned(0); // pic_parameter_set_id
    bits.bits(frame_number % (1 << FRAME_NUMBER_BITS), FRAME_NUMBER_BITS);
    bits.bit(false); // num_ref_idx_active_override_flag
    bits.bit(false); // ref_pic_list_modification_flag_l0
    bits.bit(false); // adaptive_ref_pic_marking_mode_flag
    bits.signed(0); // slice_qp_delta
    bits.unsigned(columns * rows); // mb_skip_run: every macroblock
    nal_unit(2, NAL_SLICE, &bits.finish())
}

fn be16(out: &mut Vec<u8>, value: u16) {
    out.extend_from_slice(&value.to_be_bytes());
}

fn be32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_be_bytes());
}

/// A box: its size, type and content.
fn boxed(kind: &[u8; 4], content: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(content.len() + 8);
    be32(&mut out, (content.len() + 8) as u32);
    out.extend_from_slice(kind);
    out.extend_from_slice(content);
    out
}

/// A full box: version and flags before the content.
fn full_box(kind: &[u8; 4], version: u8, flags: u32, content: &[u8]) -> Vec<u8> {
    let mut inner = Vec::with_capacity(content.len() + 4);
    be32(&mut inner, (u32::from(version) << 24) | (flags & 0x00ff_ffff));
    inner.extend_from_slice(content);
    boxed(kind, &inner)
}

fn concatenated(parts: &[Vec<u8>]) -> Vec<u8> {
    parts.concat()
}

const UNITY_MATRIX: [u32; 9] = [0x0001_0000, 0, 0, 0, 0x0001_0000, 0, 0, 0, 0x4000_0000];
/// The movie's timescale (milliseconds).
const MOVIE_TIMESCALE: u32 = 1000;
/// Media ticks per frame.
const TICKS_PER_FRAME: u32 = 512;

fn movie_header(duration: u32) -> Vec<u8> {
    let mut content = Vec::new();
    be32(&mut content, 0); // creation_time
    be32(&mut content, 0); // modification_time
    be32(&mut content, MOVIE_TIMESCALE);
    be32(&mut content, duration);
    be32(&mut content, 0x0001_0000); // rate 1.0
    be16(&mut content, 0x0100); // volume 1.0
    content.extend_from_slice(&[0; 10]);
    for value in UNITY_MATRIX {
        be32(&mut content, value);
    }
    content.extend_from_slice(&[0; 24]); // pre_defined
    be32(&mut content, 2); // next_track_ID
    full_box(b"mvhd", 0, 0, &content)
}

fn track_header(spec: &VideoSpec, duration: u32) -> Vec<u8> {
    let mut content = Vec::new();
    be32(&mut content, 0);
    be32(&mut content, 0);
    be32(&mut content, 1); // track_ID
    be32(&mut content, 0);
    be32(&mut content, duration);
    content.extend_from_slice(&[0; 8]);
    be16(&mut content, 0); // layer
    be16(&mut content, 0); // alternate_group
    be16(&mut content, 0); // volume (video)
    be16(&mut content, 0);
    for value in UNITY_MATRIX {
        be32(&mut content, value);
    }
    be32(&mut content, spec.width << 16);
    be32(&mut content, spec.height << 16);
    // Flags: enabled, in movie.
    full_box(b"tkhd", 0, 3, &content)
}

fn media_header(timescale: u32, duration: u32) -> Vec<u8> {
    let mut content = Vec::new();
    be32(&mut content, 0);
    be32(&mut content, 0);
    be32(&mut content, timescale);
    be32(&mut content, duration);
    be16(&mut content, 0x55c4); // language: und
    be16(&mut content, 0);
    full_box(b"mdhd", 0, 0, &content)
}

fn handler() -> Vec<u8> {
    let mut content = Vec::new();
    be32(&mut content, 0);
    content.extend_from_slice(b"vide");
    content.extend_from_slice(&[0; 12]);
    content.extend_from_slice(b"VideoHandler\0");
    full_box(b"hdlr", 0, 0, &content)
}

fn sample_entry(spec: &VideoSpec, sps: &[u8], pps: &[u8]) -> Vec<u8> {
    let mut configuration = vec![1, PROFILE, CONSTRAINTS, LEVEL, 0xff, 0xe1];
    be16(&mut configuration, sps.len() as u16);
    configuration.extend_from_slice(sps);
    configuration.push(1);
    be16(&mut configuration, pps.len() as u16);
    configuration.extend_from_slice(pps);
    let mut content = vec![0; 6];
    be16(&mut content, 1); // data_reference_index
    content.extend_from_slice(&[0; 16]); // pre_defined and reserved
    be16(&mut content, spec.width as u16);
    be16(&mut content, spec.height as u16);
    be32(&mut content, 0x0048_0000); // 72 dpi
    be32(&mut content, 0x0048_0000);
    be32(&mut content, 0);
    be16(&mut content, 1); // frame_count
    let mut compressor = [0u8; 32];
    let name = b"bedrock emulator";
    compressor[0] = name.len() as u8;
    compressor[1..=name.len()].copy_from_slice(name);
    content.extend_from_slice(&compressor);
    be16(&mut content, 0x0018); // depth
    be16(&mut content, 0xffff); // pre_defined = -1
    content.extend_from_slice(&boxed(b"avcC", &configuration));
    boxed(b"avc1", &content)
}

fn sample_table(spec: &VideoSpec, sizes: &[u32], data_offset: u32, sps: &[u8], pps: &[u8]) -> Vec<u8> {
    let count = sizes.len() as u32;
    let mut descriptions = Vec::new();
    be32(&mut descriptions, 1);
    descriptions.extend_from_slice(&sample_entry(spec, sps, pps));
    let mut times = Vec::new();
    be32(&mut times, 1);
    be32(&mut times, count);
    be32(&mut times, TICKS_PER_FRAME);
    let mut sync = Vec::new();
    be32(&mut sync, 1);
    be32(&mut sync, 1);
    let mut chunks = Vec::new();
    be32(&mut chunks, 1);
    be32(&mut chunks, 1); // first_chunk
    be32(&mut chunks, count); // samples_per_chunk
    be32(&mut chunks, 1); // sample_description_index
    let mut size_table = Vec::new();
    be32(&mut size_table, 0);
    be32(&mut size_table, count);
    for size in sizes {
        be32(&mut size_table, *size);
    }
    let mut offsets = Vec::new();
    be32(&mut offsets, 1);
    be32(&mut offsets, data_offset);
    boxed(
        b"stbl",
        &concatenated(&[
            full_box(b"stsd", 0, 0, &descriptions),
            full_box(b"stts", 0, 0, &times),
            full_box(b"stss", 0, 0, &sync),
            full_box(b"stsc", 0, 0, &chunks),
            full_box(b"stsz", 0, 0, &size_table),
            full_box(b"stco", 0, 0, &offsets),
        ]),
    )
}

fn movie(spec: &VideoSpec, sizes: &[u32], data_offset: u32, sps: &[u8], pps: &[u8]) -> Vec<u8> {
    let timescale = spec.frames_per_second * TICKS_PER_FRAME;
    let media_duration = sizes.len() as u32 * TICKS_PER_FRAME;
    let movie_duration = spec.duration_seconds * MOVIE_TIMESCALE;
    let video_header = full_box(b"vmhd", 0, 1, &[0; 8]);
    let references =
        full_box(b"dref", 0, 0, &concatenated(&[1u32.to_be_bytes().to_vec(), full_box(b"url ", 0, 1, &[])]));
    let information = boxed(
        b"minf",
        &concatenated(&[
            video_header,
            boxed(b"dinf", &references),
            sample_table(spec, sizes, data_offset, sps, pps),
        ]),
    );
    let media =
        boxed(b"mdia", &concatenated(&[media_header(timescale, media_duration), handler(), information]));
    let track = boxed(b"trak", &concatenated(&[track_header(spec, movie_duration), media]));
    boxed(b"moov", &concatenated(&[movie_header(movie_duration), track]))
}

/// Render the video as MP4 bytes.
pub fn render_mp4(spec: &VideoSpec) -> Vec<u8> {
    let sps = sequence_parameter_set(spec);
    let pps = picture_parameter_set();
    let frames = spec.frame_count().max(1);
    // Samples are length-prefixed NAL units; the parameter sets are in the sample entry.
    let mut data = Vec::new();
    let mut sizes = Vec::with_capacity(frames as usize);
    for frame in 0..frames {
        let unit = if frame == 0 { idr_slice(spec) } else { skipped_slice(spec, frame) };
        be32(&mut data, unit.len() as u32);
        data.extend_from_slice(&unit);
        sizes.push(unit.len() as u32 + 4);
    }
    let file_type = boxed(
        b"ftyp",
        &concatenated(&[b"isom".to_vec(), 0x200u32.to_be_bytes().to_vec(), b"isomiso2avc1mp41".to_vec()]),
    );
    // The movie box's size does not depend on the offset it records: measure it, then place it.
    let measured = movie(spec, &sizes, 0, &sps, &pps).len();
    let data_offset = (file_type.len() + measured + 8) as u32;
    let moov = movie(spec, &sizes, data_offset, &sps, &pps);
    let mut file = Vec::with_capacity(file_type.len() + moov.len() + data.len() + 8);
    file.extend_from_slice(&file_type);
    file.extend_from_slice(&moov);
    file.extend_from_slice(&boxed(b"mdat", &data));
    file
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(text: &str, seed: u64) -> VideoSpec {
        VideoSpec {
            text: text.into(),
            seed,
            width: 1280,
            height: 720,
            frames_per_second: 24,
            duration_seconds: 6,
        }
    }

    /// The top-level boxes of a file: (type, offset of the content, content length).
    fn boxes(bytes: &[u8]) -> Vec<(String, usize, usize)> {
        let mut found = Vec::new();
        let mut offset = 0;
        while offset + 8 <= bytes.len() {
            let size = u32::from_be_bytes(bytes[offset..offset + 4].try_into().unwrap()) as usize;
            let kind = String::from_utf8_lossy(&bytes[offset + 4..offset + 8]).into_owned();
            assert!(size >= 8 && offset + size <= bytes.len(), "box {kind} overruns the file");
            found.push((kind, offset + 8, size - 8));
            offset += size;
        }
        assert_eq!(offset, bytes.len(), "trailing bytes");
        found
    }

    fn child<'a>(bytes: &'a [u8], path: &[&str]) -> &'a [u8] {
        let mut current = bytes;
        for name in path {
            let (_, start, length) = boxes(current)
                .into_iter()
                .find(|(kind, _, _)| kind == name)
                .unwrap_or_else(|| panic!("{name}"));
            current = &current[start..start + length];
        }
        current
    }

    #[test]
    fn exp_golomb_codes() {
        let mut bits = Bits::default();
        bits.unsigned(0); // 1
        bits.unsigned(3); // 00100
        bits.signed(-1); // 011
        bits.signed(1); // 010
        assert_eq!(bits.finish(), vec![0b1001_0001, 0b1010_1000]);
    }

    #[test]
    fn emulation_prevention() {
        assert_eq!(nal_unit(3, 7, &[0, 0, 1, 0, 0, 0]), vec![0x67, 0, 0, 3, 1, 0, 0, 3, 0]);
    }

    #[test]
    fn files_are_iso_media_of_the_requested_duration() {
        let video = render_mp4(&spec("a dog on a beach", 42));
        let top: Vec<String> = boxes(&video).into_iter().map(|(kind, _, _)| kind).collect();
        assert_eq!(top, ["ftyp", "moov", "mdat"]);
        let header = child(&video, &["moov", "mvhd"]);
        let timescale = u32::from_be_bytes(header[12..16].try_into().unwrap());
        let duration = u32::from_be_bytes(header[16..20].try_into().unwrap());
        assert_eq!(duration / timescale, 6);
        let sizes = child(&video, &["moov", "trak", "mdia", "minf", "stbl", "stsz"]);
        assert_eq!(u32::from_be_bytes(sizes[8..12].try_into().unwrap()), 144);
        // The chunk offset points at the first sample: the IDR slice's length and NAL header.
        let offsets = child(&video, &["moov", "trak", "mdia", "minf", "stbl", "stco"]);
        let offset = u32::from_be_bytes(offsets[8..12].try_into().unwrap()) as usize;
        assert_eq!(video[offset + 4], 0x65);
        assert!(video.len() < 64 * 1024, "{} bytes", video.len());
    }

    #[test]
    fn the_prompt_and_seed_choose_the_picture() {
        assert_eq!(render_mp4(&spec("waves", 1)), render_mp4(&spec("waves", 1)));
        assert_ne!(render_mp4(&spec("waves", 1)), render_mp4(&spec("waves", 2)));
        assert_ne!(render_mp4(&spec("waves", 1)), render_mp4(&spec("forest", 1)));
    }
}
