//! Editing an existing ADR line by line without touching anything else:
//! its byte-order mark, its line endings (LF or CRLF) and whether it ends
//! with a newline survive, and so does every line the edit leaves alone.
//! Shared by the status changes and the supersede links.

/// Runs `edit` on the lines of `text` and joins them back as they were.
pub(super) fn edit_lines(
    text: &str,
    edit: impl FnOnce(&mut Vec<String>) -> Result<(), String>,
) -> Result<String, String> {
    let (bom, body) = match text.strip_prefix('\u{FEFF}') {
        Some(rest) => ("\u{FEFF}", rest),
        None => ("", text),
    };
    let eol = if body.contains("\r\n") { "\r\n" } else { "\n" };
    let mut lines: Vec<String> = body.lines().map(str::to_owned).collect();
    edit(&mut lines)?;
    let mut out = format!("{bom}{}", lines.join(eol));
    if body.ends_with('\n') || body.is_empty() {
        out.push_str(eol);
    }
    Ok(out)
}

/// The index of the closing `---` of a leading front matter block.
pub(super) fn front_matter_end(lines: &[String]) -> Option<usize> {
    if lines.first().map(|l| l.trim_end()) != Some("---") {
        return None;
    }
    lines
        .iter()
        .skip(1)
        .position(|l| matches!(l.trim_end(), "---" | "..."))
        .map(|i| i + 1)
}

/// Sets `key: value` in the front matter, adding a front matter (MADR's
/// metadata is optional, so a record may have none) or the key when missing;
/// a new key goes after `after` when that key is there.
pub(super) fn set_front_field(
    lines: &mut Vec<String>,
    key: &str,
    value: &str,
    after: Option<&str>,
) {
    let field = format!("{key}: {value}");
    let Some(end) = front_matter_end(lines) else {
        let block = ["---".to_owned(), field, "---".to_owned(), String::new()];
        lines.splice(0..0, block).for_each(drop);
        return;
    };
    let find = |k: &str| (1..end).find(|&i| lines[i].starts_with(&format!("{k}:")));
    match (find(key), after.and_then(find)) {
        (Some(i), _) => lines[i] = field,
        (None, Some(i)) => lines.insert(i + 1, field),
        (None, None) => lines.insert(1, field),
    }
}

/// The `(start, end)` of the lines under the heading `title` (exact, after
/// trimming), up to the next heading of any level.
pub(super) fn section(lines: &[String], title: &str) -> Option<(usize, usize)> {
    let start = lines.iter().position(|l| l.trim_end() == title)? + 1;
    let end = lines[start..]
        .iter()
        .position(|l| l.starts_with('#'))
        .map_or(lines.len(), |i| i + start);
    Some((start, end))
}

/// Adds `item` as the last line of the section `title` (creating the
/// section at the end of the document when it is missing).
pub(super) fn append_to_section(lines: &mut Vec<String>, title: &str, item: String) {
    match section(lines, title) {
        Some((start, end)) => {
            let mut last = end;
            while last > start && lines[last - 1].trim().is_empty() {
                last -= 1;
            }
            let joins_list = last > start && is_list_item(&lines[last - 1]) && is_list_item(&item);
            let mut insert = vec![item];
            if !joins_list {
                insert.insert(0, String::new());
            }
            if last == end && end < lines.len() {
                insert.push(String::new());
            }
            lines.splice(last..last, insert).for_each(drop);
        }
        None => {
            while lines.last().is_some_and(|l| l.trim().is_empty()) {
                lines.pop();
            }
            lines.extend([String::new(), title.to_owned(), String::new(), item]);
        }
    }
}

fn is_list_item(line: &str) -> bool {
    line.starts_with("- ") || line.starts_with("* ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(text: &str, f: impl FnOnce(&mut Vec<String>)) -> String {
        edit_lines(text, |lines| {
            f(lines);
            Ok(())
        })
        .unwrap()
    }

    #[test]
    fn line_endings_and_the_mark_survive() {
        let text = "\u{FEFF}a\r\nb\r\n";
        assert_eq!(edit(text, |_| {}), text);
        assert_eq!(edit("a\nb", |_| {}), "a\nb");
    }

    #[test]
    fn front_fields_are_replaced_inserted_or_get_a_front_matter() {
        let set = |text: &str| {
            edit(text, |l| {
                set_front_field(l, "date", "2026-01-02", Some("status"));
            })
        };
        assert_eq!(
            set("---\nstatus: x\nparent: D\n---\n# T\n"),
            "---\nstatus: x\ndate: 2026-01-02\nparent: D\n---\n# T\n"
        );
        assert_eq!(
            set("---\ndate: 1\n---\n# T\n"),
            "---\ndate: 2026-01-02\n---\n# T\n"
        );
        assert_eq!(set("# T\n"), "---\ndate: 2026-01-02\n---\n\n# T\n");
    }

    #[test]
    fn items_join_their_section_or_start_one() {
        let add = |text: &str| edit(text, |l| append_to_section(l, "## Links", "- new".into()));
        assert_eq!(
            add("# T\n\n## Links\n\n- old\n\n## After\n"),
            "# T\n\n## Links\n\n- old\n- new\n\n## After\n"
        );
        assert_eq!(
            add("# T\n\nText.\n\n"),
            "# T\n\nText.\n\n## Links\n\n- new\n"
        );
        assert_eq!(
            add("# T\n\n## Links\n\nSome text.\n"),
            "# T\n\n## Links\n\nSome text.\n\n- new\n"
        );
    }
}
