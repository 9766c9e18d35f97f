//! Tokens of Go source text, as produced by [`crate::lexer::Lexer`].
//!
//! The token classes follow gc's `cmd/compile/internal/syntax` scanner: all
//! binary and unary operators except `*` share the class
//! [`TokenKind::Operator`] (the concrete operator is in [`Token::op`]),
//! `op=` is [`TokenKind::AssignOp`] and `++`/`--` is [`TokenKind::IncOp`].
//! This keeps the parser's error messages identical to gc's.

use crate::ast::BinOp;
use crate::pos::Pos;

/// The class of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// End of input.
    Eof,
    /// An identifier.
    Name,
    /// A basic literal (number, rune or string).
    Literal,
    /// An operator other than `*`; see [`Token::op`].
    Operator,
    /// `op=`; see [`Token::op`].
    AssignOp,
    /// `++` or `--`; [`Token::op`] is `Add` or `Sub`.
    IncOp,
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `<-`
    Arrow,
    /// `*`
    Star,
    /// `(`
    Lparen,
    /// `[`
    Lbrack,
    /// `{`
    Lbrace,
    /// `)`
    Rparen,
    /// `]`
    Rbrack,
    /// `}`
    Rbrace,
    /// `,`
    Comma,
    /// `;`, or an automatically inserted semicolon (see [`Token::lit`]).
    Semi,
    /// `:`
    Colon,
    /// `.`
    Dot,
    /// `...`
    DotDotDot,
    /// `break`
    Break,
    /// `case`
    Case,
    /// `chan`
    Chan,
    /// `const`
    Const,
    /// `continue`
    Continue,
    /// `default`
    Default,
    /// `defer`
    Defer,
    /// `else`
    Else,
    /// `fallthrough`
    Fallthrough,
    /// `for`
    For,
    /// `func`
    Func,
    /// `go`
    Go,
    /// `goto`
    Goto,
    /// `if`
    If,
    /// `import`
    Import,
    /// `interface`
    Interface,
    /// `map`
    Map,
    /// `package`
    Package,
    /// `range`
    Range,
    /// `return`
    Return,
    /// `select`
    Select,
    /// `struct`
    Struct,
    /// `switch`
    Switch,
    /// `type`
    Type,
    /// `var`
    Var,
}

impl TokenKind {
    /// gc's debug name of the token class (`name`, `literal`, `op`, `(`,
    /// `break`, ...).
    pub fn as_str(self) -> &'static str {
        use TokenKind::*;
        match self {
            Eof => "EOF",
            Name => "name",
            Literal => "literal",
            Operator => "op",
            AssignOp => "op=",
            IncOp => "opop",
            Assign => "=",
            Define => ":=",
            Arrow => "<-",
            Star => "*",
            Lparen => "(",
            Lbrack => "[",
            Lbrace => "{",
            Rparen => ")",
            Rbrack => "]",
            Rbrace => "}",
            Comma => ",",
            Semi => ";",
            Colon => ":",
            Dot => ".",
            DotDotDot => "...",
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
        }
    }

    /// Whether this is a keyword.
    pub fn is_keyword(self) -> bool {
        (self as u8) >= (TokenKind::Break as u8)
    }

    /// The keyword spelled `s`, if any.
    pub fn keyword(s: &str) -> Option<TokenKind> {
        use TokenKind::*;
        Some(match s {
            "break" => Break,
            "case" => Case,
            "chan" => Chan,
            "const" => Const,
            "continue" => Continue,
            "default" => Default,
            "defer" => Defer,
            "else" => Else,
            "fallthrough" => Fallthrough,
            "for" => For,
            "func" => Func,
            "go" => Go,
            "goto" => Goto,
            "if" => If,
            "import" => Import,
            "interface" => Interface,
            "map" => Map,
            "package" => Package,
            "range" => Range,
            "return" => Return,
            "select" => Select,
            "struct" => Struct,
            "switch" => Switch,
            "type" => Type,
            "var" => Var,
            _ => return None,
        })
    }

    /// The token as gc names it in syntax errors (`comma`, `semicolon or
    /// newline`, `keyword func`, `)`, ...).
    pub fn describe(self) -> String {
        match self {
            TokenKind::Comma => "comma".to_string(),
            TokenKind::Semi => "semicolon or newline".to_string(),
            k if k.is_keyword() => format!("keyword {}", k.as_str()),
            k => k.as_str().to_string(),
        }
    }
}

/// The kind of a [`TokenKind::Literal`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum LitKind {
    /// Integer literal.
    #[default]
    Int,
    /// Floating-point literal.
    Float,
    /// Imaginary literal.
    Imag,
    /// Rune literal.
    Rune,
    /// String literal (interpreted or raw).
    String,
}

/// Operators, as gc's scanner classifies them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operator {
    /// `:` (of `:=`)
    Def,
    /// `!`
    Not,
    /// `<-`
    Recv,
    /// `~`
    Tilde,
    /// `||`
    OrOr,
    /// `&&`
    AndAnd,
    /// `==`
    Eql,
    /// `!=`
    Neq,
    /// `<`
    Lss,
    /// `<=`
    Leq,
    /// `>`
    Gtr,
    /// `>=`
    Geq,
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Rem,
    /// `&`
    And,
    /// `&^`
    AndNot,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
}

impl Operator {
    /// The operator as written.
    pub fn as_str(self) -> &'static str {
        use Operator::*;
        match self {
            Def => ":",
            Not => "!",
            Recv => "<-",
            Tilde => "~",
            OrOr => "||",
            AndAnd => "&&",
            Eql => "==",
            Neq => "!=",
            Lss => "<",
            Leq => "<=",
            Gtr => ">",
            Geq => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            AndNot => "&^",
            Shl => "<<",
            Shr => ">>",
        }
    }

    /// The binary operator, if this is one.
    pub fn to_binop(self) -> Option<BinOp> {
        use Operator::*;
        Some(match self {
            OrOr => BinOp::OrOr,
            AndAnd => BinOp::AndAnd,
            Eql => BinOp::Eq,
            Neq => BinOp::Ne,
            Lss => BinOp::Lt,
            Leq => BinOp::Le,
            Gtr => BinOp::Gt,
            Geq => BinOp::Ge,
            Add => BinOp::Add,
            Sub => BinOp::Sub,
            Or => BinOp::Or,
            Xor => BinOp::Xor,
            Mul => BinOp::Mul,
            Div => BinOp::Div,
            Rem => BinOp::Rem,
            And => BinOp::And,
            AndNot => BinOp::AndNot,
            Shl => BinOp::Shl,
            Shr => BinOp::Shr,
            Def | Not | Recv | Tilde => return None,
        })
    }
}

/// Binary precedence of `||` (lowest).
pub const PREC_OROR: u8 = 1;
/// Binary precedence of `&&`.
pub const PREC_ANDAND: u8 = 2;
/// Binary precedence of comparisons.
pub const PREC_CMP: u8 = 3;
/// Binary precedence of `+ - | ^`.
pub const PREC_ADD: u8 = 4;
/// Binary precedence of `* / % << >> & &^` (highest).
pub const PREC_MUL: u8 = 5;

/// The decoded value of a rune or string literal.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum LitValue {
    /// Not a rune or string literal.
    #[default]
    None,
    /// A rune literal's code point (0 if malformed).
    Rune(u32),
    /// A string literal's bytes (escapes decoded, `\r` dropped from raw
    /// strings).
    Str(Vec<u8>),
}

/// One token with its position.
#[derive(Clone, Debug)]
pub struct Token<'a> {
    /// The token class.
    pub kind: TokenKind,
    /// Byte offset of the token's first byte (for an automatic semicolon,
    /// of the newline, of the comment containing it, or of the end of file).
    pub pos: Pos,
    /// Source text of a name or literal; for [`TokenKind::Semi`] one of
    /// `semicolon`, `newline` or `EOF` (as gc reports it); empty otherwise.
    pub lit: &'a str,
    /// Kind of a literal.
    pub lit_kind: LitKind,
    /// A literal was malformed (an error was reported).
    pub bad: bool,
    /// The operator of [`TokenKind::Operator`], [`TokenKind::Star`],
    /// [`TokenKind::AssignOp`] and [`TokenKind::IncOp`].
    pub op: Option<Operator>,
    /// Binary precedence of the operator (0 for unary-only operators).
    pub prec: u8,
    /// Decoded value of a rune or string literal.
    pub value: LitValue,
}

impl<'a> Token<'a> {
    /// A token of class `kind` at `pos` with no further data.
    pub fn new(kind: TokenKind, pos: Pos) -> Self {
        Token {
            kind,
            pos,
            lit: "",
            lit_kind: LitKind::Int,
            bad: false,
            op: None,
            prec: 0,
            value: LitValue::None,
        }
    }

    /// Whether this is [`TokenKind::Operator`] with operator `op`.
    pub fn is_op(&self, op: Operator) -> bool {
        self.kind == TokenKind::Operator && self.op == Some(op)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_kinds_fit_in_a_u64_set() {
        assert!((TokenKind::Var as u8) < 64);
        assert!(TokenKind::Var.is_keyword());
        assert!(!TokenKind::DotDotDot.is_keyword());
        assert_eq!(
            TokenKind::keyword("fallthrough"),
            Some(TokenKind::Fallthrough)
        );
        assert_eq!(TokenKind::keyword("int"), None);
        assert_eq!(TokenKind::Func.describe(), "keyword func");
        assert_eq!(TokenKind::Semi.describe(), "semicolon or newline");
    }
}
