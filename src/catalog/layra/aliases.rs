//! Aliases an import must not bring: a name another pattern already has.
//! The Layra catalog gives "Outbox Pattern" to change data capture as well
//! as to the transactional outbox; written as it is, the imported folder
//! would load with a problem naming both, and a box labelled "Outbox
//! Pattern" would depend on load order. Such an alias is left out of the
//! imported pattern, and the import says so.

use std::collections::BTreeMap;

use crate::catalog::{Catalog, Pattern, name_key};

/// Removes from `patterns` every alias that names another pattern: one of
/// `catalog` (other than the pattern being replaced) or an earlier imported
/// one. Returns one note per alias left out.
pub fn drop_taken_aliases(patterns: &mut [Pattern], catalog: &Catalog) -> Vec<String> {
    let mut claimed: BTreeMap<String, String> = BTreeMap::new();
    for p in patterns.iter() {
        for text in [&p.id, &p.name] {
            claimed
                .entry(name_key(text))
                .or_insert_with(|| p.id.clone());
        }
    }
    let mut notes = Vec::new();
    for p in patterns.iter_mut() {
        let id = p.id.clone();
        p.aliases.retain(|alias| {
            let key = name_key(alias);
            let in_catalog = catalog
                .find_by_name(alias)
                .map(|o| o.id.clone())
                .filter(|o| *o != id);
            let in_import = claimed.get(&key).filter(|o| **o != id).cloned();
            match in_import.or(in_catalog) {
                Some(owner) => {
                    notes.push(format!(
                        "{id}: alias \"{alias}\" left out: it already names `{owner}`"
                    ));
                    false
                }
                None => {
                    claimed.insert(key, id.clone());
                    true
                }
            }
        });
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pattern(id: &str, aliases: &[&str]) -> Pattern {
        let mut p = Catalog::embedded().pattern("saga").unwrap().clone();
        p.id = id.to_owned();
        p.name = id.to_owned();
        p.aliases = aliases.iter().map(|a| (*a).to_owned()).collect();
        p
    }

    #[test]
    fn an_alias_of_another_pattern_is_left_out_and_said() {
        let mut patterns = vec![
            pattern("change-data-capture", &["CDC", "Outbox Pattern"]),
            pattern("queue-worker", &["Job runner", "job-runner"]),
            pattern("job-worker", &["Job Runner", "Background jobs"]),
        ];
        let notes = drop_taken_aliases(&mut patterns, &Catalog::embedded());
        assert_eq!(patterns[0].aliases, ["CDC"]);
        assert_eq!(
            patterns[1].aliases,
            ["Job runner", "job-runner"],
            "its own twice is fine"
        );
        assert_eq!(patterns[2].aliases, ["Background jobs"]);
        assert_eq!(
            notes,
            [
                "change-data-capture: alias \"Outbox Pattern\" left out: it already names `transactional-outbox`",
                "job-worker: alias \"Job Runner\" left out: it already names `queue-worker`",
            ]
        );
    }
}
