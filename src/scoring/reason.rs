//! Why a contribution has its points, in words. Most reasons are written
//! when scoring; the most numerous kind, one pattern's effect on one quality
//! attribute, keeps its parts and is written only when shown (scoring 100
//! candidates wrote some 20,000 of these sentences that nobody read).

use std::fmt;
use std::sync::Arc;

use serde::{Serialize, Serializer};

use crate::catalog::QualityAttribute;

/// The explanation of one contribution; shown through `Display`, and
/// serialised as that text.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    Text(String),
    /// A pattern's effect on a quality attribute, weighted by the priorities.
    Effect {
        attribute: QualityAttribute,
        score: i8,
        weight: u8,
        total_weight: u32,
        /// The catalog's one-line reason for the effect.
        why: Arc<str>,
    },
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Text(text) => f.write_str(text),
            Self::Effect {
                attribute,
                score,
                weight,
                total_weight,
                why,
            } => write!(
                f,
                "{} {score:+} × weight {weight}/{total_weight}: {why}",
                attribute.label()
            ),
        }
    }
}

impl Serialize for Reason {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl From<String> for Reason {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<&str> for Reason {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_effect_reads_as_the_sentence_it_replaces() {
        let reason = Reason::Effect {
            attribute: QualityAttribute::Scalability,
            score: 2,
            weight: 4,
            total_weight: 20,
            why: Arc::from("services scale one by one"),
        };
        assert_eq!(
            reason.to_string(),
            "scalability +2 × weight 4/20: services scale one by one"
        );
        assert_eq!(
            serde_json::to_string(&reason).unwrap(),
            "\"scalability +2 × weight 4/20: services scale one by one\""
        );
        assert_eq!(Reason::from("plain").to_string(), "plain");
    }
}
