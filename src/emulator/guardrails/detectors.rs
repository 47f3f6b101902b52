//! Detectors for the sensitive-information (PII) entity types of a guardrail: a pattern per type,
//! a checksum or range check where the format has one (Luhn, SSN areas, IPv4 octets, IBAN mod 97,
//! VIN check digit, ABA routing checksum, NHS mod 11), and a cue word for formats that are only
//! recognisable in context ("password: …", "routing number …").

use std::net::Ipv6Addr;
use std::sync::OnceLock;

use regex_lite::Regex;

/// Words between a cue and its value: separators and "is", "number", "no." and the like.
const GLUE: &str = r"(?i:[\s:=#.'-]|\bis\b|\bwas\b|\bnumber\b|\bno\b|\bnum\b|\bof\b|\bcode\b)*";

/// How one entity type is found: a pattern, whether the value is its first capture group (after a
/// cue), and a check that returns the span of the entity inside the matched value.
struct Detector {
    kind: &'static str,
    pattern: Pattern,
    check: fn(&str) -> Option<(usize, usize)>,
}

enum Pattern {
    /// The whole match is the entity.
    Plain(&'static str),
    /// A case-insensitive cue, then `GLUE`, then the value pattern (the entity).
    Cue(&'static str, &'static str),
    /// A case-insensitive label, then `:`, `=` or "is", then the value pattern (the entity).
    Labelled(&'static str, &'static str),
}

impl Pattern {
    fn source(&self) -> String {
        match self {
            Pattern::Plain(pattern) => (*pattern).to_string(),
            Pattern::Cue(cue, value) => format!(r"(?i:\b(?:{cue}))\b{GLUE}({value})"),
            Pattern::Labelled(label, value) => {
                format!(r"(?i:\b(?:{label})\s*(?:[:=]|\bis\b))\s*({value})")
            }
        }
    }
}

const fn plain(
    kind: &'static str,
    pattern: &'static str,
    check: fn(&str) -> Option<(usize, usize)>,
) -> Detector {
    Detector { kind, pattern: Pattern::Plain(pattern), check }
}

const fn labelled(
    kind: &'static str,
    label: &'static str,
    value: &'static str,
    check: fn(&str) -> Option<(usize, usize)>,
) -> Detector {
    Detector { kind, pattern: Pattern::Labelled(label, value), check }
}

const fn cued(
    kind: &'static str,
    cue: &'static str,
    value: &'static str,
    check: fn(&str) -> Option<(usize, usize)>,
) -> Detector {
    Detector { kind, pattern: Pattern::Cue(cue, value), check }
}

/// The whole matched text.
fn whole(text: &str) -> Option<(usize, usize)> {
    Some((0, text.len()))
}

/// The matched text without trailing punctuation.
fn trimmed(text: &str) -> Option<(usize, usize)> {
    let end = text.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '}', '\'', '"']).len();
    (end > 0).then_some((0, end))
}

fn with_digit(text: &str) -> Option<(usize, usize)> {
    text.chars().any(|character| character.is_ascii_digit()).then_some((0, text.len()))
}

fn digits(text: &str) -> Vec<u32> {
    text.chars().filter_map(|character| character.to_digit(10)).collect()
}

/// The Luhn checksum of a digit string (credit cards, Canadian SINs).
pub fn luhn_valid(number: &str) -> bool {
    let values = digits(number);
    if values.len() < 2 || values.len() != number.chars().filter(|c| !matches!(c, ' ' | '-')).count() {
        return false;
    }
    let sum: u32 = values
        .iter()
        .rev()
        .enumerate()
        .map(|(index, &digit)| {
            if index % 2 == 1 {
                let doubled = digit * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                digit
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// A card number: 13 to 19 digits passing Luhn. When the whole run fails, the longest prefix
/// ending at a separator that passes wins ("4111 1111 1111 1111 2024" → the first 16 digits).
fn card(text: &str) -> Option<(usize, usize)> {
    let mut ends: Vec<usize> = text
        .char_indices()
        .filter(|(_, character)| matches!(character, ' ' | '-'))
        .map(|(index, _)| index)
        .collect();
    ends.push(text.len());
    ends.into_iter()
        .rev()
        .find(|&end| {
            let candidate = &text[..end];
            (13..=19).contains(&digits(candidate).len()) && luhn_valid(candidate)
        })
        .map(|end| (0, end))
}

/// Split `AAA-GG-SSSS` (or with spaces) into its three numbers; both separators must agree.
fn ssn_parts(text: &str) -> Option<(u32, u32, u32)> {
    let separators: Vec<char> = text.chars().filter(|character| !character.is_ascii_digit()).collect();
    if separators.len() != 2 || separators[0] != separators[1] {
        return None;
    }
    let mut parts = text.split(separators[0]).map(|part| part.parse::<u32>().ok());
    Some((parts.next()??, parts.next()??, parts.next()??))
}

/// A US Social Security number: area 001-899 except 666, group 01-99, serial 0001-9999.
pub fn valid_ssn(text: &str) -> bool {
    match ssn_parts(text) {
        Some((area, group, serial)) => area != 0 && area != 666 && area < 900 && group != 0 && serial != 0,
        None => false,
    }
}

fn ssn(text: &str) -> Option<(usize, usize)> {
    valid_ssn(text).then_some((0, text.len()))
}

/// A US ITIN: area 900-999 with group 50-65, 70-88, 90-92 or 94-99.
fn itin(text: &str) -> Option<(usize, usize)> {
    let (area, group, _) = ssn_parts(text)?;
    let valid_group = matches!(group, 50..=65 | 70..=88 | 90..=92 | 94..=99);
    (area >= 900 && valid_group).then_some((0, text.len()))
}

/// A dotted IPv4 address: four octets of 0-255 without leading zeros.
pub fn valid_ipv4(text: &str) -> bool {
    let octets: Vec<&str> = text.split('.').collect();
    octets.len() == 4
        && octets.iter().all(|octet| {
            !octet.is_empty()
                && octet.len() <= 3
                && octet.chars().all(|c| c.is_ascii_digit())
                && !(octet.len() > 1 && octet.starts_with('0'))
                && octet.parse::<u16>().is_ok_and(|value| value <= 255)
        })
}

fn ipv4(text: &str) -> Option<(usize, usize)> {
    valid_ipv4(text).then_some((0, text.len()))
}

fn ipv6(text: &str) -> Option<(usize, usize)> {
    let colons = text.matches(':').count();
    let shaped = text.contains("::") || colons == 7;
    let hexadecimal = text.chars().any(|c| c.is_ascii_hexdigit());
    (shaped && hexadecimal && text.parse::<Ipv6Addr>().is_ok()).then_some((0, text.len()))
}

/// A phone number in international notation: 8 to 15 digits after the `+`.
fn international_phone(text: &str) -> Option<(usize, usize)> {
    let end = text.trim_end_matches(['(', ' ', '-', '.']).len();
    let count = digits(&text[..end]).len();
    (8..=15).contains(&count).then_some((0, end))
}

/// An AWS secret access key: 40 characters of base64 with upper- and lowercase letters and digits.
fn secret_key(text: &str) -> Option<(usize, usize)> {
    let upper = text.chars().any(|c| c.is_ascii_uppercase());
    let lower = text.chars().any(|c| c.is_ascii_lowercase());
    let digit = text.chars().any(|c| c.is_ascii_digit());
    (upper && lower && digit).then_some((0, text.len()))
}

/// An IBAN: 15 to 34 characters whose rearranged number is 1 modulo 97. When the whole run fails,
/// the longest prefix ending at a space that passes wins.
fn iban(text: &str) -> Option<(usize, usize)> {
    let mut ends: Vec<usize> =
        text.char_indices().filter(|(_, c)| *c == ' ').map(|(index, _)| index).collect();
    ends.push(text.len());
    ends.into_iter().rev().find(|&end| valid_iban(&text[..end])).map(|end| (0, end))
}

/// The ISO 13616 check of an IBAN (spaces ignored).
pub fn valid_iban(text: &str) -> bool {
    let compact: String = text.chars().filter(|c| *c != ' ').collect();
    if !(15..=34).contains(&compact.len()) || !compact.is_ascii() {
        return false;
    }
    let rearranged = format!("{}{}", &compact[4..], &compact[..4]);
    let mut remainder: u64 = 0;
    for character in rearranged.chars() {
        let value = match character.to_digit(36) {
            Some(value) => value as u64,
            None => return false,
        };
        remainder = if value >= 10 { (remainder * 100 + value) % 97 } else { (remainder * 10 + value) % 97 };
    }
    remainder == 1
}

/// A UK National Insurance number: two prefix letters (not BG, GB, NK, KN, TN, NT, ZZ), six digits,
/// a suffix letter A-D.
fn national_insurance(text: &str) -> Option<(usize, usize)> {
    let prefix: String = text.chars().take(2).collect();
    (!matches!(prefix.as_str(), "BG" | "GB" | "NK" | "KN" | "TN" | "NT" | "ZZ")).then_some((0, text.len()))
}

/// A vehicle identification number with a valid check digit (position 9).
pub fn valid_vin(text: &str) -> bool {
    const WEIGHTS: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    let characters: Vec<char> = text.chars().collect();
    if characters.len() != 17 || !characters.iter().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let value = |character: char| -> Option<u32> {
        match character {
            '0'..='9' => character.to_digit(10),
            'A' | 'J' => Some(1),
            'B' | 'K' | 'S' => Some(2),
            'C' | 'L' | 'T' => Some(3),
            'D' | 'M' | 'U' => Some(4),
            'E' | 'N' | 'V' => Some(5),
            'F' | 'W' => Some(6),
            'G' | 'P' | 'X' => Some(7),
            'H' | 'Y' => Some(8),
            'R' | 'Z' => Some(9),
            _ => None,
        }
    };
    let mut sum = 0;
    for (character, weight) in characters.iter().zip(WEIGHTS) {
        match value(*character) {
            Some(number) => sum += number * weight,
            None => return false,
        }
    }
    let expected = match sum % 11 {
        10 => 'X',
        remainder => char::from_digit(remainder, 10).unwrap_or('?'),
    };
    characters[8] == expected
}

fn vin(text: &str) -> Option<(usize, usize)> {
    valid_vin(text).then_some((0, text.len()))
}

/// A Canadian Social Insurance number: `AAA-BBB-CCC` (or spaces), Luhn-valid.
fn social_insurance(text: &str) -> Option<(usize, usize)> {
    let separators: Vec<char> = text.chars().filter(|c| !c.is_ascii_digit()).collect();
    let agree = separators.len() == 2 && separators[0] == separators[1];
    (agree && luhn_valid(text)).then_some((0, text.len()))
}

/// An ABA routing number: nine digits with the 3-7-1 weighted checksum.
pub fn valid_routing_number(text: &str) -> bool {
    let values = digits(text);
    if values.len() != 9 {
        return false;
    }
    let sum = 3 * (values[0] + values[3] + values[6])
        + 7 * (values[1] + values[4] + values[7])
        + (values[2] + values[5] + values[8]);
    sum.is_multiple_of(10) && sum > 0
}

fn routing(text: &str) -> Option<(usize, usize)> {
    valid_routing_number(text).then_some((0, text.len()))
}

/// An NHS number: ten digits with the modulus 11 check digit.
fn nhs(text: &str) -> Option<(usize, usize)> {
    let values = digits(text);
    if values.len() != 10 {
        return None;
    }
    let sum: u32 = values[..9].iter().zip((2..=10).rev()).map(|(digit, weight)| digit * weight).sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        10 => return None,
        check => check,
    };
    (check == values[9]).then_some((0, text.len()))
}

fn age(text: &str) -> Option<(usize, usize)> {
    let years: u32 = digits(text).iter().take(3).fold(0, |total, digit| total * 10 + digit);
    (years <= 130).then_some((0, text.len()))
}

const DETECTORS: &[Detector] = &[
    plain("EMAIL", r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", whole),
    plain("PHONE", r"(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}", whole),
    plain("PHONE", r"\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,6}", international_phone),
    plain("CREDIT_DEBIT_CARD_NUMBER", r"\d(?:[ -]?\d){12,18}", card),
    plain("US_SOCIAL_SECURITY_NUMBER", r"\d{3}[ -]\d{2}[ -]\d{4}", ssn),
    plain("US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", r"9\d{2}[ -]\d{2}[ -]\d{4}", itin),
    plain("IP_ADDRESS", r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}", ipv4),
    plain("IP_ADDRESS", r"[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}", ipv6),
    plain("AWS_ACCESS_KEY", r"(?:AKIA|ASIA)[A-Z0-9]{16}", whole),
    plain("AWS_SECRET_KEY", r"[A-Za-z0-9/+]{40}", secret_key),
    plain("URL", r#"(?:[Hh][Tt][Tt][Pp][Ss]?://|www\.)[^\s<>"']+"#, trimmed),
    plain("MAC_ADDRESS", r"[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}", whole),
    plain(
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?",
        iban,
    ),
    plain(
        "UK_NATIONAL_INSURANCE_NUMBER",
        r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]",
        national_insurance,
    ),
    plain("VEHICLE_IDENTIFICATION_NUMBER", r"[A-HJ-NPR-Z0-9]{17}", vin),
    plain("CA_SOCIAL_INSURANCE_NUMBER", r"\d{3}[ -]\d{3}[ -]\d{3}", social_insurance),
    plain(
        "ADDRESS",
        r"\d{1,6}(?: [A-Z][a-z]+){1,4} (?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Circle|Highway|Hwy|Square|Sq)\b\.?(?:,? (?:Apt|Suite|Unit) ?#?[A-Za-z0-9]+)?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)*)?(?:,? [A-Z]{2}\b)?(?: \d{5}(?:-\d{4})?)?",
        whole,
    ),
    plain("AGE", r"\d{1,3}[ -]years?[ -]old", age),
    cued("AGE", r"age|aged", r"\d{1,3}", age),
    labelled("NAME", r"my name|full name|name", r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}", whole),
    cued(
        "NAME",
        r"my name's|i am called|i'm called|call me|signed",
        r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}",
        whole,
    ),
    plain("NAME", r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? [A-Z][a-z]+(?: [A-Z][a-z]+)?", whole),
    labelled("USERNAME", r"user ?name|login|user id|userid", r"[A-Za-z0-9._@-]{2,}", trimmed),
    labelled("PASSWORD", r"password|passcode|passwd|pwd", r"\S{3,}", trimmed),
    cued("PIN", r"pin code|pin number|pin", r"\d{4,6}", whole),
    cued(
        "CREDIT_DEBIT_CARD_CVV",
        r"cvv2|cvv|cvc2|cvc|security code|card verification code|card verification value",
        r"\d{3,4}",
        whole,
    ),
    cued(
        "CREDIT_DEBIT_CARD_EXPIRY",
        r"expiry date|expiration date|expiry|expiration|expires|exp|valid thru|valid through|valid until",
        r"(?:0[1-9]|1[0-2]) ?/ ?(?:\d{4}|\d{2})",
        whole,
    ),
    cued("US_BANK_ROUTING_NUMBER", r"routing transit|routing|aba|rtn", r"\d{9}", routing),
    cued(
        "US_BANK_ACCOUNT_NUMBER",
        r"bank account|checking account|savings account|account|acct",
        r"\d{8,17}",
        whole,
    ),
    cued("US_PASSPORT_NUMBER", r"passport", r"[A-Z0-9]{6,9}", with_digit),
    cued(
        "DRIVER_ID",
        r"driver's license|drivers license|driver license|driver's licence|driving licence|driving license|license number|licence number",
        r"[A-Z0-9-]{5,20}",
        with_digit,
    ),
    cued(
        "LICENSE_PLATE",
        r"license plate|licence plate|number plate|plate number|registration plate|plate",
        r"[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,4}",
        with_digit,
    ),
    cued("UK_NATIONAL_HEALTH_SERVICE_NUMBER", r"nhs", r"\d{3} ?\d{3} ?\d{4}", nhs),
    cued(
        "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER",
        r"utr|unique taxpayer reference|taxpayer reference",
        r"\d{5} ?\d{5}",
        whole,
    ),
    cued(
        "CA_HEALTH_NUMBER",
        r"health card|health number|health insurance|ohip",
        r"\d{4}[ -]?\d{3}[ -]?\d{3}(?:[ -]?[A-Z]{2})?",
        whole,
    ),
    cued("SWIFT_CODE", r"swift/bic|swift|bic", r"[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?", whole),
];

/// The PII entity types the emulator can detect (every type the service accepts).
#[cfg(test)]
pub fn supported(kind: &str) -> bool {
    DETECTORS.iter().any(|detector| detector.kind == kind)
}

fn compiled() -> &'static [Option<Regex>] {
    static COMPILED: OnceLock<Vec<Option<Regex>>> = OnceLock::new();
    COMPILED.get_or_init(|| {
        DETECTORS.iter().map(|detector| Regex::new(&detector.pattern.source()).ok()).collect()
    })
}

/// Whether the span stands on its own: no letter or digit directly around it, and no number
/// continuing it through a separator ("1.2.3.4.5" is no IPv4 address, "555-123-4567-89" no phone).
fn isolated(text: &str, start: usize, end: usize) -> bool {
    let before: Vec<char> = text[..start].chars().rev().take(2).collect();
    let after: Vec<char> = text[end..].chars().take(2).collect();
    let joins = |pair: &[char]| match pair {
        [first, ..] if first.is_alphanumeric() || *first == '_' => true,
        [first, second] => matches!(first, '.' | '-' | '/' | ':') && second.is_ascii_digit(),
        _ => false,
    };
    !joins(&before) && !joins(&after)
}

/// The byte spans of the entities of `kind` in `text`, in order, without duplicates.
pub fn detect(kind: &str, text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for (detector, regex) in DETECTORS.iter().zip(compiled()) {
        if detector.kind != kind {
            continue;
        }
        let Some(regex) = regex else { continue };
        for captures in regex.captures_iter(text) {
            let found = match detector.pattern {
                Pattern::Plain(_) => captures.get(0),
                Pattern::Cue(..) | Pattern::Labelled(..) => captures.get(1),
            };
            let Some(found) = found else { continue };
            let Some((offset, end)) = (detector.check)(found.as_str()) else { continue };
            let (start, end) = (found.start() + offset, found.start() + end);
            if start < end && isolated(text, start, end) {
                spans.push((start, end));
            }
        }
    }
    spans.sort_by_key(|&(start, end)| (start, std::cmp::Reverse(end)));
    spans.dedup();
    // Two patterns of one type may find the same entity with different extents: keep the longest.
    let mut kept: Vec<(usize, usize)> = Vec::new();
    for span in spans {
        match kept.last() {
            Some(&(_, last_end)) if span.0 < last_end => {}
            _ => kept.push(span),
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(kind: &str, text: &str) -> Vec<String> {
        detect(kind, text).into_iter().map(|(start, end)| text[start..end].to_string()).collect()
    }

    #[test]
    fn every_pattern_compiles() {
        for (detector, regex) in DETECTORS.iter().zip(compiled()) {
            assert!(regex.is_some(), "{}: {}", detector.kind, detector.pattern.source());
        }
    }

    #[test]
    fn luhn() {
        assert!(luhn_valid("4111111111111111"));
        assert!(luhn_valid("4111 1111 1111 1111"));
        assert!(luhn_valid("5500-0000-0000-0004"));
        assert!(luhn_valid("378282246310005"));
        assert!(!luhn_valid("4111111111111112"));
        assert!(!luhn_valid("1234567812345678"));
        assert!(!luhn_valid("41x1"));
    }

    #[test]
    fn card_numbers() {
        assert_eq!(
            found("CREDIT_DEBIT_CARD_NUMBER", "card 4111 1111 1111 1111 please"),
            ["4111 1111 1111 1111"]
        );
        assert_eq!(found("CREDIT_DEBIT_CARD_NUMBER", "amex 378282246310005."), ["378282246310005"]);
        assert!(found("CREDIT_DEBIT_CARD_NUMBER", "ticket 4111 1111 1111 1112").is_empty());
        assert!(found("CREDIT_DEBIT_CARD_NUMBER", "short 4111 1111 1111").is_empty());
        assert_eq!(
            found("CREDIT_DEBIT_CARD_NUMBER", "4111 1111 1111 1111 2024"),
            ["4111 1111 1111 1111"],
            "a trailing group that breaks Luhn is left out"
        );
    }

    #[test]
    fn social_security_numbers_exclude_the_invalid_ranges() {
        assert_eq!(found("US_SOCIAL_SECURITY_NUMBER", "My SSN is 123-45-6789."), ["123-45-6789"]);
        assert_eq!(found("US_SOCIAL_SECURITY_NUMBER", "ssn 219 09 9999"), ["219 09 9999"]);
        for invalid in
            ["000-12-3456", "666-12-3456", "900-12-3456", "999-12-3456", "123-00-4567", "123-45-0000"]
        {
            assert!(!valid_ssn(invalid), "{invalid}");
            assert!(found("US_SOCIAL_SECURITY_NUMBER", invalid).is_empty(), "{invalid}");
        }
        assert!(!valid_ssn("123-45 6789"), "mixed separators");
        assert!(found("US_SOCIAL_SECURITY_NUMBER", "1123-45-6789").is_empty());
        assert_eq!(found("US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", "ITIN 912-70-1234"), ["912-70-1234"]);
        assert!(found("US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", "912-40-1234").is_empty());
    }

    #[test]
    fn ip_addresses_have_octets_up_to_255() {
        assert!(valid_ipv4("0.0.0.0"));
        assert!(valid_ipv4("255.255.255.255"));
        assert!(valid_ipv4("192.168.1.10"));
        assert!(!valid_ipv4("256.1.1.1"));
        assert!(!valid_ipv4("1.2.3.999"));
        assert!(!valid_ipv4("01.2.3.4"));
        assert_eq!(found("IP_ADDRESS", "server at 10.0.0.255, backup 10.0.0.256"), ["10.0.0.255"]);
        assert!(found("IP_ADDRESS", "version 1.2.3.4.5").is_empty());
        assert_eq!(found("IP_ADDRESS", "v6 2001:db8::8a2e:370:7334 ok"), ["2001:db8::8a2e:370:7334"]);
        assert!(found("IP_ADDRESS", "at 12:30:45 today").is_empty());
    }

    #[test]
    fn emails_phones_and_keys() {
        assert_eq!(found("EMAIL", "Mail jane.doe+x@mail.example.com."), ["jane.doe+x@mail.example.com"]);
        assert!(found("EMAIL", "not an @ address").is_empty());
        assert_eq!(found("PHONE", "call (555) 123-4567 now"), ["(555) 123-4567"]);
        assert_eq!(found("PHONE", "call 555-123-4567"), ["555-123-4567"]);
        assert_eq!(found("PHONE", "call +1 555 123 4567"), ["+1 555 123 4567"]);
        assert_eq!(found("PHONE", "London +44 20 7946 0958."), ["+44 20 7946 0958"]);
        assert_eq!(found("PHONE", "Berlin +49-30-901820"), ["+49-30-901820"]);
        assert!(found("PHONE", "order 12345 shipped").is_empty());
        assert!(found("PHONE", "+12 3").is_empty());
        assert_eq!(found("AWS_ACCESS_KEY", "key AKIAIOSFODNN7EXAMPLE here"), ["AKIAIOSFODNN7EXAMPLE"]);
        assert!(found("AWS_ACCESS_KEY", "AKIAIOSFODNN7EXAMPLE1").is_empty(), "too long");
        assert_eq!(
            found("AWS_SECRET_KEY", "secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
            ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]
        );
    }

    #[test]
    fn checksummed_and_cued_types() {
        assert!(valid_iban("GB82 WEST 1234 5698 7654 32"));
        assert!(!valid_iban("GB82 WEST 1234 5698 7654 33"));
        assert_eq!(
            found("INTERNATIONAL_BANK_ACCOUNT_NUMBER", "IBAN GB82 WEST 1234 5698 7654 32 THEN"),
            ["GB82 WEST 1234 5698 7654 32"]
        );
        assert!(valid_vin("1M8GDM9AXKP042788"));
        assert!(!valid_vin("1M8GDM9A1KP042788"));
        assert!(valid_routing_number("011000015"));
        assert!(!valid_routing_number("011000016"));
        assert_eq!(found("US_BANK_ROUTING_NUMBER", "routing number: 011000015"), ["011000015"]);
        assert!(found("US_BANK_ROUTING_NUMBER", "011000015").is_empty(), "needs its cue");
        assert_eq!(found("PASSWORD", "my password is hunter22."), ["hunter22"]);
        assert_eq!(found("NAME", "Hi, my name is Jane Doe and I need help"), ["Jane Doe"]);
        assert_eq!(found("NAME", "Ask Dr. Smith"), ["Dr. Smith"]);
        assert_eq!(found("UK_NATIONAL_INSURANCE_NUMBER", "NI AB 12 34 56 C"), ["AB 12 34 56 C"]);
        assert_eq!(found("MAC_ADDRESS", "mac 00:1A:2B:3C:4D:5E"), ["00:1A:2B:3C:4D:5E"]);
        assert_eq!(found("URL", "see https://example.com/a?b=c."), ["https://example.com/a?b=c"]);
        assert_eq!(found("CREDIT_DEBIT_CARD_EXPIRY", "exp. 09/27"), ["09/27"]);
        assert_eq!(found("CREDIT_DEBIT_CARD_CVV", "CVV: 123"), ["123"]);
        assert_eq!(found("AGE", "I am 42 years old"), ["42 years old"]);
        assert_eq!(
            found("ADDRESS", "ship to 123 Main Street, Springfield, IL 62704 today"),
            ["123 Main Street, Springfield, IL 62704"]
        );
        assert_eq!(found("UK_NATIONAL_HEALTH_SERVICE_NUMBER", "NHS number 943 476 5919"), ["943 476 5919"]);
        assert_eq!(found("CA_SOCIAL_INSURANCE_NUMBER", "SIN 046 454 286"), ["046 454 286"]);
    }

    #[test]
    fn every_service_type_has_a_detector() {
        for kind in super::super::policy::PII_TYPES {
            assert!(supported(kind), "{kind}");
        }
    }
}
