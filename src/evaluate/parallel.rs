//! Evaluating many candidates on every core. Candidates are independent,
//! so a large set is cut into one contiguous run per core and the results
//! are joined in input order: the ranking is the same as one core gives.
//! Small sets (the usual workspace of two to five candidates) stay on the
//! calling thread, where starting threads would cost more than it saves.

use std::num::NonZeroUsize;
use std::thread;

/// Below this many nodes in all, one thread does the work: evaluating a
/// node costs a few microseconds, starting a thread some tens.
pub const PARALLEL_FROM_NODES: usize = 1_000;

/// `f` applied to every item, in order; spread over the machine's cores
/// when `size` (the work the items stand for) reaches `PARALLEL_FROM_NODES`.
pub fn map_in_order<T: Sync, R: Send>(
    items: &[T],
    size: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let cores = thread::available_parallelism().map_or(1, NonZeroUsize::get);
    if cores < 2 || items.len() < 2 || size < PARALLEL_FROM_NODES {
        return items.iter().map(f).collect();
    }
    let run = items.len().div_ceil(cores);
    let f = &f;
    thread::scope(|scope| {
        let workers: Vec<_> = items
            .chunks(run)
            .map(|chunk| scope.spawn(move || chunk.iter().map(f).collect::<Vec<R>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| match worker.join() {
                Ok(results) => results,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_input_order_on_one_thread_and_on_many() {
        let items: Vec<u32> = (0..97).collect();
        let doubled: Vec<u32> = items.iter().map(|i| i * 2).collect();
        assert_eq!(map_in_order(&items, 0, |i| i * 2), doubled);
        assert_eq!(
            map_in_order(&items, PARALLEL_FROM_NODES, |i| i * 2),
            doubled
        );
    }
}
