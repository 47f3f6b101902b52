//! The model-driven operation core (DESIGN.md §9): every operation of the four Bedrock services,
//! from the bundled service models: the model index, the AWS CLI's names, member flags and
//! shorthand, request building and signing, paginators and event-stream printing.

pub mod arguments;
pub mod call;
#[cfg(test)]
mod cases;
pub mod complete;
pub mod events;
pub mod help;
pub mod model;
pub mod names;
pub mod request;
pub mod response;
pub mod send;
pub mod validate;
