//! TEMPORARY (not committed).
use super::model::{Operation, ServiceModel};
pub fn service_help(_m: &ServiceModel) -> String {
    String::new()
}
pub fn operation_help(_m: &ServiceModel, o: &Operation) -> String {
    o.documentation.clone()
}
pub fn first_sentence(t: &str) -> String {
    t.chars().take(80).collect()
}
