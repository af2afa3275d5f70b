//! Small helpers shared by the hedges, verification and factuality evaluations:
//! argument parsing, printing a report and CSV records.

/// Splits `ARG… [--json]` into the positional arguments and the flag.
pub fn positional_and_json(
    args: &[String],
    count: usize,
    usage: &str,
) -> Result<(Vec<String>, bool), String> {
    let mut json = false;
    let mut positional = Vec::new();
    for arg in args {
        match arg.as_str() {
            "--json" => json = true,
            other if other.starts_with("--") => {
                return Err(format!("unknown flag `{other}`; usage: claimlens {usage}"))
            }
            other => positional.push(other.to_string()),
        }
    }
    if positional.len() != count {
        return Err(format!("usage: claimlens {usage}"));
    }
    Ok((positional, json))
}

/// One path and the `--json` flag.
pub fn path_and_json(args: &[String], usage: &str) -> Result<(String, bool), String> {
    let (mut positional, json) = positional_and_json(args, 1, usage)?;
    Ok((positional.remove(0), json))
}

/// Prints `report` as one line of JSON when `json`, else runs `human` (which
/// prints the readable form).
pub fn print_report<T: serde::Serialize>(
    report: &T,
    json: bool,
    human: impl FnOnce(&T),
) -> Result<(), String> {
    if json {
        outln!(
            "{}",
            serde_json::to_string(report).map_err(|e| e.to_string())?
        );
    } else {
        human(report);
    }
    Ok(())
}

/// Parses CSV text into records of fields (RFC 4180: `"` quoting with `""`
/// escapes; quoted fields may span lines). Blank lines are skipped.
pub fn csv_records(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => quoted = true,
            ',' => record.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                if !(record.len() == 1 && record[0].is_empty()) {
                    records.push(std::mem::take(&mut record));
                }
                record.clear();
            }
            _ => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields() {
        let r = csv_records("1,\"a, \"\"b\"\"\"\n\n-1,c\n");
        assert_eq!(
            r,
            vec![
                vec!["1".to_string(), "a, \"b\"".to_string()],
                vec!["-1".to_string(), "c".to_string()]
            ]
        );
    }
}
