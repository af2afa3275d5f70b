//! Conditional hedges: `if … is confirmed`, `if true`, `unless the reports prove
//! accurate` — a condition on the claim being verified.

/// Words that state a claim has been checked, inside a condition.
const VERIFIED: &[&str] = &[
    "confirmed",
    "true",
    "verified",
    "accurate",
    "correct",
    "proven",
    "substantiated",
    "authentic",
    "genuine",
    "corroborated",
    "accurate",
    "borne",
];

/// Verbs that link the condition's subject to the verification word.
const LINKS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "proves",
    "prove",
    "proved",
    "turns",
    "turned",
    "out",
    "to",
    "it's",
    "they're",
    "indeed",
    "ultimately",
    "officially",
    "later",
    "independently",
];

/// How far the verification word may sit after `if` (in tokens).
const WINDOW: usize = 16;

/// If token `at` of the lower-cased sentence opens a verification condition,
/// its pieces as token ranges relative to the sentence: the `if` and the
/// `is confirmed` part.
pub fn at(words: &[&str], at: usize) -> Option<Vec<(usize, usize)>> {
    if !matches!(*words.get(at)?, "if" | "unless") {
        return None;
    }
    let last = (at + WINDOW).min(words.len());
    for j in at + 1..last {
        let w = words[j];
        if matches!(w, ";" | "?" | "!" | "if" | "unless") {
            return None;
        }
        if !VERIFIED.contains(&w) {
            continue;
        }
        let mut k = j;
        while k > at + 1 && LINKS.contains(&words[k - 1]) {
            k -= 1;
        }
        // `if true`, `if confirmed` — or a linking verb before the word.
        if j == at + 1 || k < j {
            let piece = if j == at + 1 {
                vec![(at, j + 1)]
            } else {
                vec![(at, at + 1), (k, j + 1)]
            };
            return Some(piece);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> Option<Vec<(usize, usize)>> {
        let w: Vec<&str> = s.split(' ').collect();
        at(&w, 0)
    }

    #[test]
    fn verification_conditions() {
        assert_eq!(
            run("if his death is confirmed , it would"),
            Some(vec![(0, 1), (3, 5)])
        );
        assert_eq!(run("if true , the report"), Some(vec![(0, 2)]));
        assert_eq!(run("if it rains , the match"), None);
        assert_eq!(run("if the plan is approved , officials"), None);
    }
}
