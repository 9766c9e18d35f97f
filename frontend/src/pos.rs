//! Source positions and the files they point into.

/// A byte offset into a [`SourceFile`]'s text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pos(pub u32);

/// A named source text with a line table, for `file:line:col` reports.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The name used in diagnostics (as given on the command line).
    pub name: String,
    /// The whole text.
    pub text: String,
    /// Byte offset of the start of each line.
    line_starts: Vec<u32>,
}

impl SourceFile {
    /// Wraps `text` under `name` and builds its line table.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let mut line_starts = vec![0];
        line_starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i as u32 + 1),
        );
        SourceFile {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and 1-based byte column of `pos`, as gc reports them.
    pub fn line_col(&self, pos: Pos) -> (u32, u32) {
        let line = self.line_starts.partition_point(|&s| s <= pos.0) - 1;
        (line as u32 + 1, pos.0 - self.line_starts[line] + 1)
    }
}

/// A compile-time error: position and gc-style message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where it is.
    pub pos: Pos,
    /// What it says, e.g. `declared and not used: x`.
    pub msg: String,
}

impl Diagnostic {
    /// A diagnostic at `pos`.
    pub fn new(pos: Pos, msg: impl Into<String>) -> Self {
        Diagnostic {
            pos,
            msg: msg.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_bytes_from_one() {
        let f = SourceFile::new("a.go", "ab\ncd\n\nx");
        assert_eq!(f.line_col(Pos(0)), (1, 1));
        assert_eq!(f.line_col(Pos(4)), (2, 2));
        assert_eq!(f.line_col(Pos(6)), (3, 1));
        assert_eq!(f.line_col(Pos(7)), (4, 1));
    }
}
