//! Derived data: the ranking of every candidate (each score carrying its
//! candidate's review findings), the fixes offered for the findings of the
//! candidate on the canvas, and the sensitivity analysis. All are pure
//! functions of (workspace, catalog), recomputed only when the document's
//! revision or the catalog changes, never every frame; the fixes and the
//! sensitivity only when a view asks for them.

use std::time::{Duration, Instant};

use crate::catalog::Catalog;
use crate::design::{CandidateId, Finding};
use crate::evaluate::{Sensitivity, analyse, evaluate};
use crate::scoring::Ranking;
use crate::workspace::fix::fix_edit;
use crate::workspace::{Edit, Workspace};

/// What derived data depends on: which document, its history revision, and
/// which catalog (reloaded when a folder is added).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Revision {
    pub document: u64,
    pub revision: u64,
    pub catalog: u64,
}

/// The fix of each finding of one candidate (`None`: no fix resolves it).
struct Fixes {
    key: (Revision, CandidateId),
    edits: Vec<Option<Edit>>,
}

/// The cache.
pub struct Derived {
    key: Option<Revision>,
    ranking: Ranking,
    fixes: Option<Fixes>,
    sensitivity: Option<(Revision, Sensitivity)>,
    evaluation_time: Duration,
}

impl Default for Derived {
    fn default() -> Self {
        Self {
            key: None,
            ranking: Ranking { scores: Vec::new() },
            fixes: None,
            sensitivity: None,
            evaluation_time: Duration::ZERO,
        }
    }
}

impl Derived {
    /// Re-evaluates the workspace if `key` moved; returns whether it did.
    pub fn refresh(&mut self, key: Revision, ws: &Workspace, catalog: &Catalog) -> bool {
        if self.key == Some(key) {
            return false;
        }
        let started = Instant::now();
        self.ranking = evaluate(ws, catalog);
        self.evaluation_time = started.elapsed();
        self.key = Some(key);
        true
    }

    /// Every candidate, best first (as `evaluate` ranks them).
    pub fn ranking(&self) -> &Ranking {
        &self.ranking
    }

    /// The review findings of one candidate.
    pub fn findings(&self, candidate: CandidateId) -> &[Finding] {
        self.ranking
            .score_of(candidate)
            .map_or(&[], |s| s.findings.as_slice())
    }

    /// How long the last re-evaluation took.
    pub fn evaluation_time(&self) -> Duration {
        self.evaluation_time
    }

    /// The edit that fixes each finding of `candidate`, in the order of
    /// [`Derived::findings`]; computed once per revision (each one tries the
    /// fix on a copy and reviews again).
    pub fn fixes(
        &mut self,
        key: Revision,
        ws: &Workspace,
        catalog: &Catalog,
        candidate: CandidateId,
    ) -> &[Option<Edit>] {
        let wanted = (key, candidate);
        if self.fixes.as_ref().is_some_and(|f| f.key != wanted) {
            self.fixes = None;
        }
        if self.fixes.is_none() {
            let edits = self
                .findings(candidate)
                .iter()
                .map(|f| fix_edit(ws, candidate, f, catalog))
                .collect();
            self.fixes = Some(Fixes { key: wanted, edits });
        }
        self.fixes.as_ref().map_or(&[], |f| f.edits.as_slice())
    }

    /// The team-size sweep and weight flips; computed once per revision,
    /// when the view that shows them is open.
    pub fn sensitivity(
        &mut self,
        key: Revision,
        ws: &Workspace,
        catalog: &Catalog,
    ) -> &Sensitivity {
        if self.sensitivity.as_ref().is_some_and(|(k, _)| *k != key) {
            self.sensitivity = None;
        }
        &self
            .sensitivity
            .get_or_insert_with(|| (key, analyse(ws.candidates(), catalog, &ws.context)))
            .1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::CatalogLoader;
    use crate::workspace::examples::example_text;
    use crate::workspace::file;

    fn startup() -> Workspace {
        file::from_str("startup", example_text("startup").unwrap()).unwrap()
    }

    #[test]
    fn the_ranking_is_recomputed_only_when_the_revision_moves() {
        let catalog = CatalogLoader::embedded().load().catalog;
        let mut ws = startup();
        let mut derived = Derived::default();
        let key = Revision::default();
        assert!(derived.refresh(key, &ws, &catalog));
        assert_eq!(*derived.ranking(), evaluate(&ws, &catalog));
        ws.context.team_size = 60;
        assert!(
            !derived.refresh(key, &ws, &catalog),
            "same revision, cached"
        );
        let next = Revision { revision: 1, ..key };
        assert!(derived.refresh(next, &ws, &catalog));
        assert_eq!(*derived.ranking(), evaluate(&ws, &catalog));
    }

    #[test]
    fn fixes_line_up_with_findings() {
        let catalog = CatalogLoader::embedded().load().catalog;
        let ws = startup();
        let mut derived = Derived::default();
        let key = Revision::default();
        derived.refresh(key, &ws, &catalog);
        let id = ws.candidates()[0].id;
        let count = derived.findings(id).len();
        assert_eq!(derived.fixes(key, &ws, &catalog, id).len(), count);
    }
}
