//! The trust store of HTTPS connections, as the AWS CLI chooses it: a CA bundle (`AWS_CA_BUNDLE`,
//! else the profile's `ca_bundle`) replaces the system's certificates; else the system's
//! (`SSL_CERT_FILE`/`SSL_CERT_DIR` honoured, the loader the SDK itself uses); else, on images
//! without any (scratch, distroless), Mozilla's roots compiled into the binary. The SDK's rustls
//! client is built with that store, with the SDK's defaults otherwise (aws-lc, proxy from the
//! environment).

use std::path::{Path, PathBuf};

use aws_smithy_http_client::proxy::ProxyConfig;
use aws_smithy_http_client::tls::{self, TlsContext};
use aws_smithy_runtime_api::client::http::SharedHttpClient;
use rustls_pki_types::CertificateDer;
use rustls_pki_types::pem::PemObject;

use crate::error::{Failure, Result};
use crate::settings::Environment;

/// The certificates HTTPS connections trust, and where they came from.
#[derive(Debug, Clone)]
pub struct TrustStore {
    /// For `doctor` and error messages: "AWS_CA_BUNDLE (/etc/corp.pem, 1 certificate)".
    pub description: String,
    context: TlsContext,
}

impl TrustStore {
    /// Choose the trust store. `profile_ca_bundle` is the selected profile's `ca_bundle` with the
    /// profile's name.
    pub fn resolve(environment: &Environment, profile_ca_bundle: Option<(&str, &str)>) -> Result<TrustStore> {
        if let Some(path) = environment.variable("AWS_CA_BUNDLE") {
            return TrustStore::from_bundle(&expand_home(path, environment), "AWS_CA_BUNDLE");
        }
        if let Some((profile, path)) = profile_ca_bundle {
            return TrustStore::from_bundle(
                &expand_home(path, environment),
                &format!("ca_bundle of profile {profile}"),
            );
        }
        let loaded = rustls_native_certs::load_native_certs();
        let system = usable(loaded.certs);
        if !system.is_empty() {
            let origin = ["SSL_CERT_FILE", "SSL_CERT_DIR"]
                .into_iter()
                .find_map(|name| environment.variable(name).map(|value| format!("{name}={value}, ")))
                .unwrap_or_default();
            let description = format!("system ({origin}{})", count(system.len()));
            return Ok(TrustStore::from_certificates(description, &system));
        }
        let bundled = usable(webpki_root_certs::TLS_SERVER_ROOT_CERTS.to_vec());
        let description =
            format!("bundled Mozilla roots ({}; the system has no CA certificates)", count(bundled.len()));
        Ok(TrustStore::from_certificates(description, &bundled))
    }

    /// A PEM bundle that replaces the system's certificates; unreadable or empty is a
    /// configuration error (the SDK would panic on a bad certificate).
    fn from_bundle(path: &Path, origin: &str) -> Result<TrustStore> {
        let shown = path.display();
        let bytes = std::fs::read(path).map_err(|error| {
            Failure::configuration(format!(
                "{origin}: cannot read the CA bundle {shown}: {}",
                crate::error::io_reason(&error)
            ))
        })?;
        let certificates = CertificateDer::pem_slice_iter(&bytes)
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|error| {
                Failure::configuration(format!("{origin}: {shown} is not a PEM certificate bundle: {error}"))
            })?;
        let total = certificates.len();
        let valid = usable(certificates);
        if valid.is_empty() || valid.len() != total {
            let reason =
                if total == 0 { "holds no certificate" } else { "holds a certificate that cannot be a root" };
            return Err(Failure::configuration(format!("{origin}: the CA bundle {shown} {reason}")));
        }
        Ok(TrustStore::from_certificates(format!("{origin} ({shown}, {})", count(valid.len())), &valid))
    }

    fn from_certificates(description: String, certificates: &[CertificateDer<'static>]) -> TrustStore {
        let mut store = tls::TrustStore::empty().with_native_roots(false);
        for certificate in certificates {
            store.add_pem_certificate(pem(certificate));
        }
        let context = TlsContext::builder().with_trust_store(store).build().unwrap_or_default();
        TrustStore { description, context }
    }

    /// The SDK's default HTTPS client (rustls with aws-lc, proxies from the environment) with
    /// this trust store.
    pub fn https_client(&self) -> SharedHttpClient {
        let context = self.context.clone();
        aws_smithy_http_client::Builder::new().build_with_connector_fn(move |settings, components| {
            let mut builder = aws_smithy_http_client::ConnectorBuilder::default()
                .tls_provider(tls::Provider::Rustls(tls::rustls_provider::CryptoMode::AwsLc));
            builder.set_connector_settings(settings.cloned());
            if let Some(components) = components {
                builder.set_sleep_impl(components.sleep_impl());
            }
            builder.set_proxy_config(Some(ProxyConfig::from_env()));
            builder.tls_context(context.clone()).build()
        })
    }
}

/// The certificates a root store accepts (the SDK panics on any other).
fn usable(certificates: Vec<CertificateDer<'static>>) -> Vec<CertificateDer<'static>> {
    certificates
        .into_iter()
        .filter(|certificate| rustls::RootCertStore::empty().add(certificate.clone()).is_ok())
        .collect()
}

fn count(number: usize) -> String {
    if number == 1 { "1 certificate".to_string() } else { format!("{number} certificates") }
}

/// A DER certificate as PEM, the only form the SDK's trust store takes.
fn pem(certificate: &CertificateDer<'_>) -> Vec<u8> {
    let encoded = base64_simd::STANDARD.encode_to_string(certificate.as_ref());
    let mut text = String::with_capacity(encoded.len() + encoded.len() / 64 + 64);
    text.push_str("-----BEGIN CERTIFICATE-----\n");
    for line in encoded.as_bytes().chunks(64) {
        text.push_str(&String::from_utf8_lossy(line));
        text.push('\n');
    }
    text.push_str("-----END CERTIFICATE-----\n");
    text.into_bytes()
}

/// `~/x` relative to HOME, as botocore expands a `ca_bundle` path.
fn expand_home(path: &str, environment: &Environment) -> PathBuf {
    match (path.strip_prefix("~/"), environment.variable("HOME")) {
        (Some(rest), Some(home)) => Path::new(home).join(rest),
        _ => PathBuf::from(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_roots_are_usable_and_round_trip_through_pem() {
        let roots = usable(webpki_root_certs::TLS_SERVER_ROOT_CERTS.to_vec());
        assert!(roots.len() > 100);
        let text = pem(&roots[0]);
        let back: Vec<_> =
            CertificateDer::pem_slice_iter(&text).collect::<std::result::Result<_, _>>().unwrap();
        assert_eq!(back, vec![roots[0].clone()]);
    }

    #[test]
    fn a_bad_bundle_is_a_configuration_error() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("bundle.pem");
        std::fs::write(&path, "not a certificate\n").unwrap();
        let environment = Environment {
            variables: [("AWS_CA_BUNDLE".to_string(), path.display().to_string())].into(),
            ..Environment::default()
        };
        let error = TrustStore::resolve(&environment, None).unwrap_err();
        assert_eq!(error.exit_code(), 253);
        assert!(error.message.contains("holds no certificate"), "{}", error.message);
        let missing = Environment {
            variables: [("AWS_CA_BUNDLE".to_string(), "/nonexistent/ca.pem".to_string())].into(),
            ..Environment::default()
        };
        assert!(TrustStore::resolve(&missing, None).unwrap_err().message.contains("cannot read"));
    }
}
