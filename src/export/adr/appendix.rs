//! The appendix of `--detail full`: what the short ADR leaves out, so that
//! nothing is lost — every pro and con of every pattern the chosen option
//! uses, and every scored point of every option. It follows the record in
//! each dialect's terms: a `###` section under MADR's "More Information", a
//! `## Appendix` section in log4brains, bold paragraphs at the end of
//! Nygard's Consequences (adr-tools' format has no other heading).

use super::consequences::{all_consequences, full_option_detail};
use super::doc::Doc;
use super::madr::because_list;
use super::markdown::{Md, line};
use super::{AdrInput, Dialect};

/// How much the ADR says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Detail {
    /// The points that decide the case (the default).
    #[default]
    Short,
    /// The short record followed by the appendix with every point.
    Full,
}

impl Detail {
    pub fn key(self) -> &'static str {
        match self {
            Self::Short => "short",
            Self::Full => "full",
        }
    }
}

impl std::str::FromStr for Detail {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "short" => Ok(Self::Short),
            "full" => Ok(Self::Full),
            _ => Err(format!("unknown detail `{s}`: use short or full")),
        }
    }
}

/// The appendix as blocks to add after the record.
pub(super) fn render(input: &AdrInput, dialect: Dialect) -> String {
    let mut out = Doc::default();
    let mark = match dialect {
        Dialect::Madr => '*',
        Dialect::Log4brains | Dialect::Nygard => '-',
    };
    let title = "Appendix: every point";
    match dialect {
        Dialect::Madr => out.block(format!("### {title}")),
        Dialect::Log4brains => out.block(format!("## {title}")),
        Dialect::Nygard => out.block(format!("**{title}.**")),
    }
    out.block(
        "The record above keeps the points that decide the case; here is everything the scoring and the catalog say."
            .to_owned(),
    );
    let all = all_consequences(input);
    if let Some(winner) = super::choice::chosen_score(input) {
        let mut intro = Md::lit("**");
        intro
            .push_text(&format!(
                "Every pro and con of the patterns in {}",
                winner.name
            ))
            .push_lit(".**");
        out.block(line(&intro));
        let items = because_list(&all.good, &all.neutral, &all.bad);
        out.list_or(mark, &items, "None recorded.");
    }
    for score in &input.ranking.scores {
        let detail = full_option_detail(input, score);
        let mut label = Md::lit("**Every point of ");
        label
            .push(&detail.name)
            .push_lit(":** ")
            .push(&detail.summary);
        out.block(line(&label));
        let items = because_list(&detail.good, &detail.neutral, &detail.bad);
        out.list_or(mark, &items, "No scored point.");
    }
    out.finish()
}
