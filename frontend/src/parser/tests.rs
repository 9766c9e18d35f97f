//! Parser tests: the corpus parses, each construct builds the expected
//! tree, syntax errors match gc's wording and positions, and no input
//! (prefixes, random mutations, deep nesting) makes the parser panic.

use super::*;
use std::path::{Path, PathBuf};

fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            go_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "go") {
            out.push(p);
        }
    }
}

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../conformance/programs");
    let mut files = Vec::new();
    go_files(&dir, &mut files);
    files
}

/// Whether gc rejects the program: its expected stderr is
/// `line:col: message` lines and its status 1.
fn expects_compile_error(p: &Path) -> bool {
    let read = |ext| std::fs::read_to_string(p.with_extension(ext)).unwrap_or_default();
    read("code").trim() == "1" && read("err").starts_with(|c: char| c.is_ascii_digit())
}

#[test]
fn conformance_programs_parse() {
    let files = corpus();
    assert!(files.len() >= 100, "corpus not found");
    let mut failures = Vec::new();
    for path in files.iter().filter(|p| !expects_compile_error(p)) {
        let text = std::fs::read_to_string(path).unwrap();
        let src = SourceFile::new(path.display().to_string(), text);
        if let Err(errs) = parse_file(&src) {
            for e in errs {
                let (l, c) = src.line_col(e.pos);
                failures.push(format!("{}:{l}:{c}: {}", path.display(), e.msg));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A compact S-expression rendering of an expression.
fn sx(e: &Expr) -> String {
    let o = |x: &Option<Box<Expr>>| x.as_ref().map_or("_".to_string(), |x| sx(x));
    match &e.kind {
        ExprKind::Ident(n) => n.clone(),
        ExprKind::IntLit(t) | ExprKind::FloatLit(t) | ExprKind::ImagLit(t) => t.clone(),
        ExprKind::RuneLit(r) => format!("rune({r})"),
        ExprKind::StringLit(b) => format!("{:?}", String::from_utf8_lossy(b)),
        ExprKind::Composite { ty, elts, .. } => {
            let mut s = format!("(lit {}", o(ty));
            for el in elts {
                match &el.key {
                    Some(k) => s += &format!(" {}:{}", sx(k), sx(&el.value)),
                    None => s += &format!(" {}", sx(&el.value)),
                }
            }
            s + ")"
        }
        ExprKind::FuncLit { sig, body } => {
            format!("(funclit {} {})", sig_sx(sig), body.stmts.len())
        }
        ExprKind::Paren(x) => format!("(paren {})", sx(x)),
        ExprKind::Selector(x, s) => format!("(. {} {})", sx(x), s.name),
        ExprKind::Index(x, i, _) => format!("(index {} {})", sx(x), sx(i)),
        ExprKind::Slice { x, lo, hi, max } => {
            format!("(slice {} {} {} {})", sx(x), o(lo), o(hi), o(max))
        }
        ExprKind::TypeAssert(x, t) => format!("(assert {} {})", sx(x), o(t)),
        ExprKind::Call {
            func,
            args,
            ellipsis,
            ..
        } => {
            let mut s = format!("(call {}", sx(func));
            for a in args {
                s += &format!(" {}", sx(a));
            }
            if *ellipsis {
                s += " ...";
            }
            s + ")"
        }
        ExprKind::Star(x) => format!("(* {})", sx(x)),
        ExprKind::Unary(op, x) => format!("({op:?} {})", sx(x)),
        ExprKind::Binary(op, x, y) => format!("({} {} {})", op.as_str(), sx(x), sx(y)),
        ExprKind::ArrayType {
            len,
            ellipsis,
            elem,
        } => match (len, ellipsis) {
            (Some(l), _) => format!("[{}]{}", sx(l), sx(elem)),
            (None, true) => format!("[...]{}", sx(elem)),
            (None, false) => format!("[]{}", sx(elem)),
        },
        ExprKind::MapType(k, v) => format!("map[{}]{}", sx(k), sx(v)),
        ExprKind::ChanType(x) => format!("(chan {})", sx(x)),
        ExprKind::FuncType(sig) => format!("(func {})", sig_sx(sig)),
        ExprKind::StructType(fs) => format!("(struct {})", fields_sx(fs)),
        ExprKind::InterfaceType(fs) => format!("(interface {})", fields_sx(fs)),
        ExprKind::Ellipsis(x) => format!("...{}", sx(x)),
        ExprKind::Bad => "BAD".to_string(),
    }
}

fn fields_sx(fs: &[Field]) -> String {
    let v: Vec<String> = fs
        .iter()
        .map(|f| {
            let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
            let mut s = if names.is_empty() {
                sx(&f.ty)
            } else {
                format!("{} {}", names.join(","), sx(&f.ty))
            };
            if let Some(t) = &f.tag {
                s += &format!(" tag={:?}", t.value);
            }
            s
        })
        .collect();
    format!("[{}]", v.join("; "))
}

fn sig_sx(sig: &FuncType) -> String {
    format!("{} -> {}", fields_sx(&sig.params), fields_sx(&sig.results))
}

fn opt_stmt(s: &Option<Box<Stmt>>) -> String {
    s.as_ref().map_or("_".to_string(), |s| stmt_sx(s))
}

fn list_sx(l: &[Expr]) -> String {
    let v: Vec<String> = l.iter().map(sx).collect();
    format!("[{}]", v.join(" "))
}

fn block_sx(b: &Block) -> String {
    let v: Vec<String> = b.stmts.iter().map(stmt_sx).collect();
    format!("{{{}}}", v.join("; "))
}

fn clauses_sx(cs: &[CaseClause]) -> String {
    let v: Vec<String> = cs
        .iter()
        .map(|c| {
            let body: Vec<String> = c.body.iter().map(stmt_sx).collect();
            if c.default {
                format!("default: {}", body.join("; "))
            } else {
                format!("case {}: {}", list_sx(&c.exprs), body.join("; "))
            }
        })
        .collect();
    v.join(" | ")
}

/// A compact rendering of a statement.
fn stmt_sx(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Empty => "empty".into(),
        StmtKind::Expr(e) => sx(e),
        StmtKind::Decl(d) => format!("(decl {})", gen_sx(d)),
        StmtKind::Assign { lhs, op, rhs } => {
            let op = match op {
                AssignOp::Assign => "=".to_string(),
                AssignOp::Define => ":=".to_string(),
                AssignOp::Op(b) => format!("{}=", b.as_str()),
            };
            format!("({op} {} {})", list_sx(lhs), list_sx(rhs))
        }
        StmtKind::IncDec(x, inc) => format!("({} {})", if *inc { "++" } else { "--" }, sx(x)),
        StmtKind::Go(x) => format!("(go {})", sx(x)),
        StmtKind::Defer(x) => format!("(defer {})", sx(x)),
        StmtKind::Return(l) => format!("(return {})", list_sx(l)),
        StmtKind::Break(l) => format!("(break {})", l.as_ref().map_or("_", |l| &l.name)),
        StmtKind::Continue(l) => {
            format!("(continue {})", l.as_ref().map_or("_", |l| &l.name))
        }
        StmtKind::Goto(l) => format!("(goto {})", l.name),
        StmtKind::Fallthrough => "fallthrough".into(),
        StmtKind::Block(b) => block_sx(b),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => format!(
            "(if {} {} {} {})",
            opt_stmt(init),
            sx(cond),
            block_sx(then),
            opt_stmt(els)
        ),
        StmtKind::Switch {
            init, tag, clauses, ..
        } => format!(
            "(switch {} {} {})",
            opt_stmt(init),
            tag.as_ref().map_or("_".to_string(), sx),
            clauses_sx(clauses)
        ),
        StmtKind::TypeSwitch {
            init,
            bind,
            x,
            clauses,
            ..
        } => format!(
            "(typeswitch {} {} {} {})",
            opt_stmt(init),
            bind.as_ref().map_or("_", |b| &b.name),
            sx(x),
            clauses_sx(clauses)
        ),
        StmtKind::Select => "select".into(),
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => format!(
            "(for {} {} {} {})",
            opt_stmt(init),
            cond.as_ref().map_or("_".to_string(), sx),
            opt_stmt(post),
            block_sx(body)
        ),
        StmtKind::Range {
            key,
            value,
            define,
            x,
            body,
        } => format!(
            "(range {} {} {} {} {})",
            key.as_ref().map_or("_".to_string(), sx),
            value.as_ref().map_or("_".to_string(), sx),
            if *define { ":=" } else { "=" },
            sx(x),
            block_sx(body)
        ),
        StmtKind::Labeled(l, s) => format!("({}: {})", l.name, stmt_sx(s)),
    }
}

fn gen_sx(d: &GenDecl) -> String {
    let v: Vec<String> = d
        .specs
        .iter()
        .map(|s| match s {
            Spec::Value(v) => {
                let names: Vec<&str> = v.names.iter().map(|n| n.name.as_str()).collect();
                format!(
                    "{} {} = {} iota={}",
                    names.join(","),
                    v.ty.as_ref().map_or("_".to_string(), sx),
                    list_sx(&v.values),
                    v.iota
                )
            }
            Spec::Type(t) => format!(
                "{}{} {}{}",
                t.name.name,
                if t.type_params.is_empty() {
                    String::new()
                } else {
                    fields_sx(&t.type_params)
                },
                if t.alias { "= " } else { "" },
                sx(&t.ty)
            ),
        })
        .collect();
    format!("{:?} {}", d.kind, v.join(" | "))
}

fn parse_ok(text: &str) -> File {
    let src = SourceFile::new("x.go", text);
    match parse_file(&src) {
        Ok(f) => f,
        Err(errs) => {
            let e = &errs[0];
            let (l, c) = src.line_col(e.pos);
            panic!("{text}\n{l}:{c}: {}", e.msg)
        }
    }
}

/// The statements of `func f() { <body> }`.
fn stmts(body: &str) -> Vec<String> {
    let f = parse_ok(&format!("package p\nfunc f() {{\n{body}\n}}\n"));
    let Decl::Func(fd) = &f.decls[0] else {
        panic!("not a func")
    };
    fd.body
        .as_ref()
        .unwrap()
        .stmts
        .iter()
        .map(stmt_sx)
        .collect()
}

/// One expression, parsed as the value of a `var`.
fn ex(text: &str) -> String {
    let f = parse_ok(&format!("package p\nvar _ = {text}\n"));
    let Decl::Gen(g) = &f.decls[0] else {
        panic!("not a var")
    };
    let Spec::Value(v) = &g.specs[0] else {
        panic!("not a value spec")
    };
    sx(&v.values[0])
}

/// The first error of `text` as `line:col: msg`.
fn first_err(text: &str) -> String {
    let src = SourceFile::new("x.go", text);
    match parse_file(&src) {
        Ok(_) => "OK".to_string(),
        Err(errs) => {
            let e = &errs[0];
            let (l, c) = src.line_col(e.pos);
            format!("{l}:{c}: {}", e.msg)
        }
    }
}

#[test]
fn precedence_and_associativity() {
    assert_eq!(ex("a + b * c"), "(+ a (* b c))");
    assert_eq!(ex("a * b + c"), "(+ (* a b) c)");
    assert_eq!(ex("a - b - c"), "(- (- a b) c)");
    assert_eq!(
        ex("a || b && c == d + e * f"),
        "(|| a (&& b (== c (+ d (* e f)))))"
    );
    assert_eq!(ex("a << b & c &^ d % e"), "(% (&^ (& (<< a b) c) d) e)");
    assert_eq!(ex("a | b ^ c + d"), "(+ (^ (| a b) c) d)");
    assert_eq!(ex("a < b != (c >= d)"), "(!= (< a b) (paren (>= c d)))");
    assert_eq!(ex("-a * ^b"), "(* (Neg a) (BitNot b))");
    assert_eq!(ex("!*p && &x != nil"), "(&& (Not (* p)) (!= (Addr x) nil))");
    assert_eq!(ex("+x - -y"), "(- (Pos x) (Neg y))");
    assert_eq!(ex("<-ch"), "(Recv ch)");
    assert_eq!(ex("&(T{1})"), "(Addr (lit T 1))");
    assert_eq!(ex("x >> 1 << 2"), "(<< (>> x 1) 2)");
}

#[test]
fn primary_expressions() {
    assert_eq!(ex("a.b.c(d)[e]"), "(index (call (. (. a b) c) d) e)");
    assert_eq!(ex("s[1:]"), "(slice s 1 _ _)");
    assert_eq!(ex("s[:n]"), "(slice s _ n _)");
    assert_eq!(ex("s[:]"), "(slice s _ _ _)");
    assert_eq!(ex("s[i:j:k]"), "(slice s i j k)");
    assert_eq!(ex("s[:j:k]"), "(slice s _ j k)");
    assert_eq!(ex("x.(T)"), "(assert x T)");
    assert_eq!(ex("x.(*pkg.T)"), "(assert x (* (. pkg T)))");
    assert_eq!(ex("f(a, b...)"), "(call f a b ...)");
    assert_eq!(ex("f(a, b,)"), "(call f a b)");
    assert_eq!(ex("[]byte(s)"), "(call []byte s)");
    assert_eq!(ex("(*T)(p)"), "(call (paren (* T)) p)");
    assert_eq!(ex("func(int) int(f)"), "(call (func [int] -> [int]) f)");
    assert_eq!(ex("map[string]int(m)"), "(call map[string]int m)");
    assert_eq!(ex("interface{}(x)"), "(call (interface []) x)");
    assert_eq!(
        ex("func(x int) int { return x }"),
        "(funclit [x int] -> [int] 1)"
    );
    assert_eq!(ex("func() {}()"), "(call (funclit [] -> [] 0))");
    assert_eq!(ex("m[k]"), "(index m k)");
    assert_eq!(ex("F[int, string]"), "(index F int)");
}

#[test]
fn literals_are_decoded() {
    assert_eq!(ex("0x1F"), "0x1F");
    assert_eq!(ex("1_000"), "1_000");
    assert_eq!(ex("0o17"), "0o17");
    assert_eq!(ex("1.5e3"), "1.5e3");
    assert_eq!(ex("2i"), "2i");
    assert_eq!(ex("'a'"), "rune(97)");
    assert_eq!(ex(r"'\n'"), "rune(10)");
    assert_eq!(ex(r"'\x41'"), "rune(65)");
    assert_eq!(ex("'世'"), "rune(19990)");
    assert_eq!(ex(r#""a\tb\u00e9""#), r#""a\tbé""#);
    assert_eq!(ex("`raw\\n`"), r#""raw\\n""#);
    let f = parse_ok("package p\nvar s = \"\\xff\\000\"\n");
    let Decl::Gen(g) = &f.decls[0] else { panic!() };
    let Spec::Value(v) = &g.specs[0] else {
        panic!()
    };
    assert!(matches!(&v.values[0].kind, ExprKind::StringLit(b) if b == &[0xff, 0]));
}

#[test]
fn composite_literals() {
    assert_eq!(ex("Point{1, 2}"), "(lit Point 1 2)");
    assert_eq!(ex("Point{X: 1, Y: 2,}"), "(lit Point X:1 Y:2)");
    assert_eq!(ex("pkg.T{}"), "(lit (. pkg T))");
    assert_eq!(
        ex("[]Point{{1, 2}, {3, 4}}"),
        "(lit []Point (lit _ 1 2) (lit _ 3 4))"
    );
    assert_eq!(ex("[]*Point{{1, 2}}"), "(lit [](* Point) (lit _ 1 2))");
    assert_eq!(
        ex(r#"map[string]Point{"a": {1, 2}}"#),
        r#"(lit map[string]Point "a":(lit _ 1 2))"#
    );
    assert_eq!(
        ex("map[Point]string{{1, 2}: \"x\"}"),
        "(lit map[Point]string (lit _ 1 2):\"x\")"
    );
    assert_eq!(ex("[...]int{1, 2, 3}"), "(lit [...]int 1 2 3)");
    assert_eq!(
        ex("[2][2]int{{1, 2}, {3}}"),
        "(lit [2][2]int (lit _ 1 2) (lit _ 3))"
    );
    assert_eq!(ex("struct{ a int }{1}"), "(lit (struct [a int]) 1)");
    assert_eq!(ex("[]int{5: 1}"), "(lit []int 5:1)");
    assert_eq!(ex("&T{}"), "(Addr (lit T))");
}

#[test]
fn composite_literal_ambiguity_in_headers() {
    // a bare type name at the top level of a header is not a literal
    assert_eq!(stmts("if x == y {}"), vec!["(if _ (== x y) {} _)"]);
    assert_eq!(
        stmts("for _, p := range pts { use(p) }"),
        vec!["(range _ p := pts {(call use p)})"]
    );
    assert_eq!(
        stmts("switch x { case 1: }"),
        vec!["(switch _ x case [1]: )"]
    );
    // parenthesized, or inside calls or brackets, it is
    assert_eq!(
        stmts("if x == (T{}) {}"),
        vec!["(if _ (== x (paren (lit T))) {} _)"]
    );
    assert_eq!(
        stmts("if f(T{1}) {}"),
        vec!["(if _ (call f (lit T 1)) {} _)"]
    );
    assert_eq!(
        stmts("for _, v := range []T{{1}} {}"),
        vec!["(range _ v := (lit []T (lit _ 1)) {})"]
    );
    assert_eq!(
        stmts("if v := m[T{}]; v {}"),
        vec!["(if (:= [v] [(index m (lit T))]) v {} _)"]
    );
    assert_eq!(
        stmts("if func() bool { return T{} == x }() {}"),
        vec!["(if _ (call (funclit [] -> [bool] 1)) {} _)"]
    );
    // outside headers it is a literal
    assert_eq!(stmts("x := T{}"), vec!["(:= [x] [(lit T)])"]);
}

#[test]
fn semicolon_insertion() {
    let f = parse_ok(
        "package p\n\nfunc f() int {\n\tx := 1\n\tx++\n\treturn x\n}\n\nfunc g() { f(); f() }\n",
    );
    assert_eq!(f.decls.len(), 2);
    assert_eq!(
        stmts("x := []int{\n\t1,\n\t2,\n}\nf(\n\ta,\n\tb,\n)"),
        vec!["(:= [x] [(lit []int 1 2)])", "(call f a b)"]
    );
    assert_eq!(
        stmts("a := b /* c\n */ d()"),
        vec!["(:= [a] [b])", "(call d)"]
    );
    assert_eq!(stmts("return\n"), vec!["(return [])"]);
    assert_eq!(stmts("for {\nbreak\n}"), vec!["(for _ _ _ {(break _)})"]);
    assert_eq!(stmts(";;"), vec!["empty", "empty"]);
}

#[test]
fn statements() {
    assert_eq!(
        stmts("a, b = b, a\nx += 2\ny <<= 1\nz &^= m\ni--\nv := f()\n_ = v"),
        vec![
            "(= [a b] [b a])",
            "(+= [x] [2])",
            "(<<= [y] [1])",
            "(&^= [z] [m])",
            "(-- i)",
            "(:= [v] [(call f)])",
            "(= [_] [v])"
        ]
    );
    assert_eq!(
        stmts("var x, y int = 1, 2\nconst c = 3\ntype T struct{}"),
        vec![
            "(decl Var x,y int = [1 2] iota=0)",
            "(decl Const c _ = [3] iota=0)",
            "(decl Type T (struct []))"
        ]
    );
    assert_eq!(
        stmts("if a := f(); a > 0 {\n} else if b {\n} else {\nx()\n}"),
        vec!["(if (:= [a] [(call f)]) (> a 0) {} (if _ b {} {(call x)}))"]
    );
    assert_eq!(
        stmts("for i := 0; i < n; i++ {}\nfor i < n {}\nfor {}\nfor ;; {}\nfor i := 0; ; {}"),
        vec![
            "(for (:= [i] [0]) (< i n) (++ i) {})",
            "(for _ (< i n) _ {})",
            "(for _ _ _ {})",
            "(for _ _ _ {})",
            "(for (:= [i] [0]) _ _ {})"
        ]
    );
    assert_eq!(
        stmts("for range x {}\nfor k := range m {}\nfor k, v = range m {}\nfor range 10 {}"),
        vec![
            "(range _ _ = x {})",
            "(range k _ := m {})",
            "(range k v = m {})",
            "(range _ _ = 10 {})"
        ]
    );
    assert_eq!(
        stmts("switch x := f(); x {\ncase 1, 2:\n\tg()\n\tfallthrough\ncase 3:\ndefault:\n}"),
        vec!["(switch (:= [x] [(call f)]) x case [1 2]: (call g); fallthrough | case [3]:  | default: )"]
    );
    assert_eq!(
        stmts("switch {\ncase a > b:\n\treturn\n}"),
        vec!["(switch _ _ case [(> a b)]: (return []))"]
    );
    assert_eq!(
        stmts("switch v := x.(type) {\ncase int, nil:\ncase *T:\n}\nswitch x.(type) {}\nswitch y := 1; t := y.(type) {}"),
        vec![
            "(typeswitch _ v x case [int nil]:  | case [(* T)]: )",
            "(typeswitch _ _ x )",
            "(typeswitch (:= [y] [1]) t y )"
        ]
    );
    assert_eq!(
        stmts("outer:\nfor {\n\tcontinue outer\n}\nbreak outer\ngoto L\nL:\n}\nfunc g() {"),
        vec![
            "(outer: (for _ _ _ {(continue outer)}))",
            "(break outer)",
            "(goto L)",
            "(L: empty)"
        ]
    );
    assert_eq!(
        stmts("defer f()\ngo g(x)\ndefer func() { recover() }()"),
        vec![
            "(defer (call f))",
            "(go (call g x))",
            "(defer (call (funclit [] -> [] 1)))"
        ]
    );
    assert_eq!(
        stmts("select {\ncase v := <-ch:\n\t_ = v\ndefault:\n}\nch <- 1\n<-ch"),
        vec!["select", "(Recv ch)", "(Recv ch)"]
    );
    assert_eq!(
        stmts("{\n\tx := 1\n\t_ = x\n}"),
        vec!["{(:= [x] [1]); (= [_] [x])}"]
    );
    assert_eq!(stmts("return a, b"), vec!["(return [a b])"]);
}

#[test]
fn declarations() {
    let f = parse_ok(
        "package main\n\nimport \"fmt\"\nimport (\n\t\"strings\"\n\tm \"math\"\n\t_ \"os\"\n)\n\
         const (\n\tA = iota\n\tB\n\tC int = 5\n)\n\
         var (\n\tx int\n\ty = 2\n)\n\
         type (\n\tP struct {\n\t\tX, Y int `json:\"x\"`\n\t\tT\n\t\t*U\n\t\tpkg.V\n\t}\n\tI interface {\n\t\tM(int) string\n\t\tfmt.Stringer\n\t}\n\tA = P\n\tN [4]int\n)\n\
         func (p *P) M(a, b int, s ...string) (n int, err error) { return }\n\
         func F[T any, K comparable](x T) {}\n\
         type G[T any] struct{ v T }\n\
         type H[K comparable, V any] map[K]V\n\
         func native(x int) int\n",
    );
    assert_eq!(f.package.name, "main");
    let imps: Vec<String> = f
        .imports
        .iter()
        .map(|i| format!("{}{}", i.alias.as_ref().map_or("", |a| &a.name), i.path))
        .collect();
    assert_eq!(imps, vec!["fmt", "strings", "mmath", "_os"]);
    let decls: Vec<String> = f
        .decls
        .iter()
        .map(|d| match d {
            Decl::Gen(g) => gen_sx(g),
            Decl::Func(fd) => format!(
                "func {}{}{} {} {}",
                fd.recv
                    .as_ref()
                    .map_or(String::new(), |r| fields_sx(std::slice::from_ref(r))),
                fd.name.name,
                fields_sx(&fd.type_params),
                sig_sx(&fd.sig),
                fd.body.as_ref().map_or("nobody".to_string(), block_sx)
            ),
        })
        .collect();
    assert_eq!(
        decls,
        vec![
            "Const A _ = [iota] iota=0 | B _ = [] iota=1 | C int = [5] iota=2",
            "Var x int = [] iota=0 | y _ = [2] iota=1",
            "Type P (struct [X,Y int tag=\"json:\\\"x\\\"\"; T; (* U); (. pkg V)]) \
             | I (interface [M (func [int] -> [string]); (. fmt Stringer)]) \
             | A = P | N [4]int",
            "func [p (* P)]M[] [a,b int; s ...string] -> [n int; err error] {(return [])}",
            "func F[T any; K comparable] [x T] -> [] {}",
            "Type G[T any] (struct [v T])",
            "Type H[K comparable; V any] map[K]V",
            "func native[] [x int] -> [int] nobody",
        ]
    );
}

#[test]
fn types() {
    let ty = |t: &str| sx(&parse_type(t).unwrap_or_else(|e| panic!("{t}: {e:?}")));
    assert_eq!(
        ty("func(s string, n int) (string, error)"),
        "(func [s string; n int] -> [string; error])"
    );
    assert_eq!(ty("func(int, ...string)"), "(func [int; ...string] -> [])");
    assert_eq!(ty("func(a, b int) bool"), "(func [a,b int] -> [bool])");
    assert_eq!(
        ty("func(f func(int) int) func() error"),
        "(func [f (func [int] -> [int])] -> [(func [] -> [error])])"
    );
    assert_eq!(ty("[]map[string]*[3]int"), "[]map[string](* [3]int)");
    assert_eq!(ty("[N*2]T"), "[(* N 2)]T");
    assert_eq!(ty("chan int"), "(chan int)");
    assert_eq!(ty("<-chan int"), "(chan int)");
    assert_eq!(ty("chan<- int"), "(chan int)");
    assert_eq!(ty("(int)"), "int");
    assert_eq!(
        ty("interface{ ~int | string }"),
        "(interface [(| (BitNot int) string)])"
    );
    assert_eq!(
        ty("struct{ a, b int; c string \"tag\" }"),
        "(struct [a,b int; c string tag=\"tag\"])"
    );
    assert_eq!(ty("pkg.List[int]"), "(index (. pkg List) int)");
    assert_eq!(
        parse_type("[]int x").unwrap_err().msg,
        "syntax error: unexpected name x after type"
    );
    assert_eq!(parse_type("func(").unwrap_err().pos, Pos(5));
}

#[test]
fn type_declarations_vs_type_parameters() {
    let td = |src: &str| {
        let f = parse_ok(&format!("package p\ntype {src}\n"));
        let Decl::Gen(g) = &f.decls[0] else { panic!() };
        gen_sx(g)
    };
    assert_eq!(td("A [N]int"), "Type A [N]int");
    assert_eq!(td("A [N * M]int"), "Type A [(* N M)]int");
    assert_eq!(td("A [2]int"), "Type A [2]int");
    assert_eq!(td("A []int"), "Type A []int");
    assert_eq!(td("A [...]int"), "Type A [...]int");
    assert_eq!(td("A[T any] []T"), "Type A[T any] []T");
    // the famous ambiguity: an array type (a trailing comma disambiguates)
    assert_eq!(td("A[P *C] struct{}"), "Type A [(* P C)](struct [])");
    assert_eq!(td("A[P *C,] struct{}"), "Type A[P (* C)] (struct [])");
    assert_eq!(
        td("A[T interface{ M() }] int"),
        "Type A[T (interface [M (func [] -> [])])] int"
    );
    assert_eq!(
        td("A[T ~int | ~string] int"),
        "Type A[T (| (BitNot int) (BitNot string))] int"
    );
    assert_eq!(
        td("A[K comparable, V any] map[K]V"),
        "Type A[K comparable; V any] map[K]V"
    );
    assert_eq!(
        td("A[P *C | ~int] int"),
        "Type A[P (| (* C) (BitNot int))] int"
    );
    assert_eq!(
        td("A[P *struct{} | int] int"),
        "Type A[P (| (* (struct [])) int)] int"
    );
    assert_eq!(td("A[P *C | int] int"), "Type A [(| (* P C) int)]int");
}

#[test]
fn positions() {
    let text = "package p\n\nfunc f() {\n\tx := a + b*c\n\tfmt.Println(x, T{1}.y)\n\tp.q[i]++\n}\n";
    let src = SourceFile::new("x.go", text);
    let f = parse_file(&src).unwrap();
    let Decl::Func(fd) = &f.decls[0] else {
        panic!()
    };
    assert_eq!(src.line_col(fd.pos), (3, 1));
    assert_eq!(src.line_col(fd.name.pos), (3, 6));
    let body = fd.body.as_ref().unwrap();
    assert_eq!(src.line_col(body.lbrace), (3, 10));
    assert_eq!(src.line_col(body.rbrace), (7, 1));
    let lc = |p: Pos| src.line_col(p);
    // x := a + b*c
    let s = &body.stmts[0];
    assert_eq!(lc(s.pos), (4, 2));
    let StmtKind::Assign { rhs, .. } = &s.kind else {
        panic!()
    };
    assert_eq!(lc(rhs[0].pos), (4, 9), "binary: operator position");
    let ExprKind::Binary(_, l, r) = &rhs[0].kind else {
        panic!()
    };
    assert_eq!(lc(l.pos), (4, 7));
    assert_eq!(lc(r.pos), (4, 12));
    // fmt.Println(x, T{1}.y)
    let s = &body.stmts[1];
    assert_eq!(lc(s.pos), (5, 2));
    let StmtKind::Expr(call) = &s.kind else {
        panic!()
    };
    assert_eq!(lc(call.pos), (5, 2));
    let ExprKind::Call {
        func, args, rparen, ..
    } = &call.kind
    else {
        panic!()
    };
    assert_eq!(lc(func.pos), (5, 2));
    assert_eq!(lc(*rparen), (5, 23));
    assert_eq!(lc(args[1].pos), (5, 17));
    let ExprKind::Selector(lit, sel) = &args[1].kind else {
        panic!()
    };
    assert_eq!(lc(sel.pos), (5, 22));
    let ExprKind::Composite { rbrace, .. } = &lit.kind else {
        panic!()
    };
    assert_eq!(lc(*rbrace), (5, 20));
    // p.q[i]++
    let s = &body.stmts[2];
    assert_eq!(lc(s.pos), (6, 2));
    let StmtKind::IncDec(x, true) = &s.kind else {
        panic!()
    };
    // An index expression is at its `[`, as gc's syntax.IndexExpr.
    assert_eq!(lc(x.pos), (6, 5));
}

#[test]
fn expression_ids_are_unique() {
    fn collect(e: &Expr, ids: &mut Vec<u32>) {
        ids.push(e.id.0);
        match &e.kind {
            ExprKind::Binary(_, a, b) | ExprKind::Index(a, b, _) | ExprKind::MapType(a, b) => {
                collect(a, ids);
                collect(b, ids);
            }
            ExprKind::Call { func, args, .. } => {
                collect(func, ids);
                args.iter().for_each(|a| collect(a, ids));
            }
            ExprKind::Composite { ty, elts, .. } => {
                ty.iter().for_each(|t| collect(t, ids));
                for el in elts {
                    el.key.iter().for_each(|k| collect(k, ids));
                    collect(&el.value, ids);
                }
            }
            ExprKind::Selector(x, _)
            | ExprKind::Paren(x)
            | ExprKind::Star(x)
            | ExprKind::Unary(_, x) => collect(x, ids),
            _ => {}
        }
    }
    let mut ids = Vec::new();
    for e in ["f(a + b, T{x: {1}}, *p, m[k])", "a.b.c", "(x)"] {
        let f = parse_ok(&format!("package p\nvar _ = {e}\n"));
        let Decl::Gen(g) = &f.decls[0] else { panic!() };
        let Spec::Value(v) = &g.specs[0] else {
            panic!()
        };
        let mut these = Vec::new();
        collect(&v.values[0], &mut these);
        let n = these.len();
        these.sort();
        these.dedup();
        assert_eq!(these.len(), n, "{e}");
        ids.extend(these);
    }
    assert!(!ids.is_empty());
}

/// (source, first error as gc reports it); generated with
/// `go tool compile` (Go 1.27.3). `OK` where gc's first error is a
/// type error (the file parses).
const GC_ERRORS: &[(&str, &str)] = &[
    (
        "package main\n\nfunc main() {\n\tx := \n\n}\n",
        "6:1: syntax error: unexpected }, expected expression",
    ),
    (
        "package main\n\nx := 1\n",
        "3:1: syntax error: non-declaration statement outside function body",
    ),
    (
        "package main\n\nvar x = []int{\n\t1,\n\t2\n}\n",
        "5:3: syntax error: unexpected newline in composite literal; possibly missing comma or }",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = \"abc\n\n}\n",
        "4:10: newline in string",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = `abc\n\n}\n",
        "4:6: string not terminated",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = 1 $ 2\n}\n",
        "4:8: invalid character U+0024 '$'",
    ),
    (
        "package main\n\nfunc main() {\n\tif true {\n\t} else for {\n\t}\n}\n",
        "5:9: syntax error: else must be followed by if or statement block",
    ),
    (
        "package main\n\nfunc main() {\n\tif true\n\t{\n\t}\n}\n",
        "4:9: syntax error: unexpected newline, expected { after if clause",
    ),
    (
        "func main() {}\n",
        "1:1: syntax error: package statement must be first",
    ),
    (
        "package main\n\nfunc main()\n{\n}\n",
        "4:1: syntax error: unexpected semicolon or newline before {",
    ),
    (
        "package main\n\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
        "4:7: syntax error: cannot use x := 1 as value",
    ),
    (
        "package main\n\nfunc main() {\n\tx := 1\n\tif x = 2 {\n\t}\n}\n",
        "5:7: syntax error: cannot use assignment x = 2 as value",
    ),
    (
        "package main\n\nfunc main() {\n\tif a, b = 1, 2 {\n\t}\n}\n",
        "4:10: syntax error: cannot use assignment a, b = 1, 2 as value",
    ),
    (
        "package main\n\nfunc main() {\n\tif x == 1 || y = 2 {\n\t}\n}\n",
        "4:17: syntax error: cannot use assignment (x == 1 || y) = 2 as value",
    ),
    (
        "package main\n\nfunc main() {\n\tfor i := 0; i < 10; i := i + 1 {\n\t}\n}\n",
        "4:24: syntax error: cannot declare in post statement of for loop",
    ),
    (
        "package main\n\nfunc main() {\n\tfor i := 0; i < 10 {\n\t}\n}\n",
        "4:21: syntax error: unexpected {, expected semicolon or newline",
    ),
    (
        "package main\n\nfunc main() {\n\tfor i := 0; {\n\t}\n}\n",
        "4:14: syntax error: unexpected {, expected for loop condition",
    ),
    (
        "package main\n\nfunc main() {\n\tprintln(a b)\n}\n",
        "4:12: syntax error: unexpected name b in argument list; possibly missing comma or )",
    ),
    (
        "package main\n\nfunc f(a int, string) {}\n",
        "3:21: syntax error: missing parameter type",
    ),
    (
        "package main\n\nfunc f(a, b) {}\n",
        "OK",
    ),
    (
        "package main\n\nfunc f(a ...int, b int) {}\n",
        "3:10: can only use ... with final parameter",
    ),
    (
        "package main\n\nfunc f() (a ...int) {}\n",
        "3:13: invalid use of ...",
    ),
    (
        "package main\n\nfunc main() {\n\ts := []int{}\n\t_ = s[1:2:]\n}\n",
        "5:12: final index required in 3-index slice",
    ),
    (
        "package main\n\nfunc main() {\n\ts := []int{}\n\t_ = s[::2]\n}\n",
        "5:9: middle index required in 3-index slice",
    ),
    (
        "package main\n\nfunc main() {\n\tdefer (recover())\n}\n",
        "4:8: expression in defer must not be parenthesized",
    ),
    (
        "package main\n\nfunc main() {\n\tgo (println())\n}\n",
        "4:5: expression in go must not be parenthesized",
    ),
    (
        "package main\n\nfunc main() {}\n\nimport \"fmt\"\n",
        "5:1: syntax error: imports must appear before other declarations",
    ),
    (
        "package main\n\nfunc main() {\n\tswitch 1 {\n\tcase 1\n\t}\n}\n",
        "5:8: syntax error: unexpected newline, expected :",
    ),
    (
        "package main\n\nfunc main() {\n\tvar x int = 1 2\n}\n",
        "4:16: syntax error: unexpected literal 2 at end of statement",
    ),
    (
        "package main\n\nfunc main() {\n\ts := []int{}\n\t_ = s[]\n}\n",
        "5:8: syntax error: unexpected ], expected operand",
    ),
    (
        "package main\n\ntype T struct {\n\ta int, b int\n}\n",
        "4:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = 'ab'\n}\n",
        "4:6: more than one character in rune literal",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = 09\n}\n",
        "4:7: invalid digit '9' in octal literal",
    ),
    (
        "package main\n\n/* abc\n",
        "3:1: comment not terminated",
    ),
    (
        "package main\n\nvar x = 1 +\n",
        "4:1: syntax error: unexpected EOF, expected expression",
    ),
    (
        "package main\n\nfunc main() {\n",
        "4:1: syntax error: unexpected EOF, expected }",
    ),
    (
        "package main\n\nvar x\n",
        "3:6: syntax error: unexpected newline, expected type",
    ),
    (
        "package main\n\ntype T int\n\nfunc (a, b T) m() {}\n",
        "5:15: method has multiple receivers",
    ),
    (
        "package main\n\nfunc () m() {}\n",
        "3:9: method has no receiver",
    ),
    (
        "package main\n\nfunc f[]() {}\n",
        "3:8: syntax error: empty type parameter list",
    ),
    (
        "package main\n\nfunc main() {\n\tvar v any = 1\n\tif v.(type) == 1 {\n\t}\n}\n",
        "5:5: invalid syntax tree: use of .(type) outside type switch",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = ~1\n}\n",
        "4:6: cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)",
    ),
    (
        "package main\n\nfunc main() {\n\tfor a, b, c := range []int{} {\n\t\t_, _, _ = a, b, c\n\t}\n}\n",
        "4:12: range clause permits at most two iteration variables",
    ),
    (
        "package main\n\nfunc main() {\n\tif {\n\t}\n}\n",
        "4:5: syntax error: missing condition in if statement",
    ),
    (
        "package main\n\nfunc main() {\n\tif x := 1; {\n\t\t_ = x\n\t}\n}\n",
        "4:11: syntax error: missing condition in if statement",
    ),
    (
        "package main\n\nfunc main() {\n\tswitch x := 1 {\n\t}\n}\n",
        "4:11: syntax error: cannot use x := 1 as value",
    ),
    (
        "package main\n\nfunc main() {\n\tx := 1\n\tx++ = 2\n}\n",
        "5:6: syntax error: unexpected = at end of statement",
    ),
    (
        "package main\n\nfunc main() {\n\telse {\n\t}\n}\n",
        "4:2: syntax error: unexpected keyword else, expected }",
    ),
    (
        "package main\n\nfunc main() {\n\tm := map[string]int{\"a\": 1 \"b\": 2}\n}\n",
        "4:29: syntax error: unexpected literal \"b\" in composite literal; possibly missing comma or }",
    ),
    (
        "package main\n\nfunc f() (int, string\n",
        "3:22: syntax error: unexpected newline in parameter list; possibly missing comma or )",
    ),
    (
        "package main\n\nfunc main() {\n\tswitch {\n\tcase true:\n\tL:\n\tcase false:\n\t}\n}\n",
        "6:3: syntax error: missing statement after label",
    ),
    (
        "package main\n\nfunc main() {\n\tgoto 1\n}\n",
        "4:7: syntax error: unexpected literal 1, expected name",
    ),
    (
        "package main\n\nfunc main() {\n\ts := []int{1, 2, 3}[0:1:2:3]\n}\n",
        "4:27: syntax error: unexpected :, expected ]",
    ),
    (
        "package main\n\nfunc main() {\n\tprintln(a..., b)\n}\n",
        "4:16: syntax error: unexpected name b, expected )",
    ),
    (
        "package main\n\ntype T struct {\n\t*(int)\n}\n",
        "4:3: syntax error: cannot parenthesize embedded type",
    ),
    (
        "package main\n\ntype I interface {\n\tm[T any]()\n}\n",
        "4:3: interface method must have no type parameters",
    ),
    (
        "package main\n\nfunc main() {\n\ttype T struct{}\n\t_ = (T){}\n}\n",
        "5:9: syntax error: cannot parenthesize type in composite literal",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = func[T any]() {}\n}\n",
        "4:10: syntax error: function type must have no type parameters",
    ),
    (
        "package main\n\nimport fmt\n",
        "3:11: syntax error: missing import path",
    ),
    (
        "package main\n\nimport 5\n",
        "3:8: syntax error: import path must be a string",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = '\\q'\n}\n",
        "4:8: unknown escape",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = 1.5e\n}\n",
        "4:10: exponent has no digits",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = 0x\n}\n",
        "4:8: hexadecimal literal has no digits",
    ),
    (
        "package main\n\nfunc main() {\n\tfor {\n\t} else {\n\t}\n}\n",
        "5:4: syntax error: unexpected keyword else at end of statement",
    ),
    (
        "package main\n\nvar c chan\n",
        "4:1: syntax error: missing channel element type",
    ),
    (
        "package main\n\nfunc f(a int...) {}\n",
        "3:13: syntax error: unexpected ... in parameter list; possibly missing comma or )",
    ),
    (
        "package main\n\nfunc main() {\n\tvar x int\n\tx := = 1\n}\n",
        "5:7: syntax error: unexpected =, expected expression",
    ),
    (
        "package main\n\nfunc main() {\n\tx, y := 1\n\tx y\n}\n",
        "5:4: syntax error: unexpected name y at end of statement",
    ),
    (
        "package main\n\nfunc main() {\n\tfor range {\n\t}\n}\n",
        "4:12: syntax error: unexpected {, expected expression",
    ),
    (
        "package main\n\nfunc main() {\n\tvar ch chan int\n\tselect {\n\tcase <-ch:\n\tfoo\n\t}\n}\n",
        "OK",
    ),
    (
        "package main\n\nfunc main() {\n\tselect x {\n\t}\n}\n",
        "4:9: syntax error: missing { after select clause",
    ),
    (
        "package main\n\nfunc main() {\n\tswitch x {\n\tfoo: \n\t}\n}\n",
        "5:2: syntax error: unexpected name foo, expected case or default or }",
    ),
    (
        "package main\n\nfunc main() {\n\tif x {\n\t}\n\telse {\n\t}\n}\n",
        "6:2: syntax error: unexpected keyword else, expected }",
    ),
    (
        "package main\n\nfunc main() {\n\tfor var i = 0; i < 3; i++ {\n\t}\n}\n",
        "4:10: syntax error: var declaration not allowed in for initializer",
    ),
    (
        "package main\n\nfunc main() {\n\tx = [3]int{1, 2, 3,}\n\ty = x[1,2]\n}\n",
        "5:10: syntax error: unexpected literal 2, expected ]",
    ),
    (
        "package main\n\nconst (\n\ta = iota\n\tb :=\n)\n",
        "5:4: syntax error: unexpected :=, expected =",
    ),
    (
        "package main\n\nvar a, b := 1, 2\n",
        "3:10: syntax error: unexpected :=, expected =",
    ),
    (
        "package main\n\nfunc main() {\n\ta.b.(c).d = 3\n\tf(\n\t\t1,\n\t\t2\n\t)\n}\n",
        "7:4: syntax error: unexpected newline in argument list; possibly missing comma or )",
    ),
    (
        "package main\n\ntype T[P *C] struct{}\n",
        "OK",
    ),
    (
        "package main\n\ntype T[P] int\n",
        "OK",
    ),
    (
        "package main\n\ntype T[P any, Q] int\n",
        "3:16: syntax error: missing type constraint",
    ),
    (
        "package main\n\nfunc main() {\n\tx := struct{a int}{1}.a.\n\n}\n",
        "6:1: syntax error: unexpected }, expected name or (",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = x.(1)\n}\n",
        "4:9: syntax error: unexpected literal 1, expected type",
    ),
    (
        "package main\n\nfunc f() {\n\treturn 1,\n}\n",
        "5:1: syntax error: unexpected }, expected expression",
    ),
    (
        "package main\n\nfunc main() {\n\tvar _ = [...]int\n}\n",
        "OK",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = map[int]\n}\n",
        "4:14: syntax error: unexpected newline, expected type",
    ),
    (
        "package main\n\nfunc\n",
        "4:1: syntax error: unexpected EOF, expected name or (",
    ),
    (
        "package\n",
        "2:1: syntax error: unexpected EOF, expected name",
    ),
    (
        "package main; import \"fmt\"; func main() { fmt.Println(1) } }\n",
        "1:60: syntax error: unexpected } after top level declaration",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = \"\\400\"\n}\n",
        "4:11: octal escape value 256 > 255",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = \"\\uD800\"\n}\n",
        "4:13: escape is invalid Unicode code point U+D800",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = 1__0\n}\n",
        "4:8: '_' must separate successive digits",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = 0b102\n}\n",
        "4:10: invalid digit '2' in binary literal",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = 0o8\n}\n",
        "4:8: invalid digit '8' in octal literal",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = 1p2\n}\n",
        "4:7: 'p' exponent requires hexadecimal mantissa",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = 0x1.0\n}\n",
        "4:11: hexadecimal mantissa requires a 'p' exponent",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = ''\n}\n",
        "4:7: empty rune literal or unescaped '",
    ),
    (
        "package main\n\nfunc main() {\n\t_ = '\n'\n}\n",
        "4:7: newline in rune literal",
    ),
    (
        "package main\n\ntype T struct {\n\ta int\n\tb\n}\n",
        "OK",
    ),
    (
        "package main\n\nfunc main() {\n\tvar x = T{\n\t\ta: 1,\n\t\tb: 2\n\t}\n}\n",
        "6:7: syntax error: unexpected newline in composite literal; possibly missing comma or }",
    ),
    (
        "package main\n\nfunc main() {\n\tfmt.Println(\"a\"\n\t)\n}\n",
        "4:17: syntax error: unexpected newline in argument list; possibly missing comma or )",
    ),
    (
        "package main\n\nfunc main() {\n\tif x == y {\n\t} else if {\n\t}\n}\n",
        "5:12: syntax error: missing condition in if statement",
    ),
    (
        "package main\n\nfunc main() {\n\tx := [2]int{1, 2}\n\tfor i := range x; i < 2; i++ {\n\t}\n}\n",
        "5:18: syntax error: unexpected semicolon, expected { after for clause",
    ),
    (
        "package main\n\nfunc main() {\n\tx.y := 1\n}\n",
        "OK",
    ),
    (
        "package main\n\nfunc main() {\n\t1 := x\n}\n",
        "OK",
    ),
    (
        "package main\n\nfunc main() {\n\tf(x) = 1\n\t*p++\n}\n",
        "OK",
    ),
];

#[test]
fn errors_match_gc() {
    let mut bad = Vec::new();
    for (src, want) in GC_ERRORS {
        let got = first_err(src);
        if got != *want {
            bad.push(format!("{src:?}\n  want {want}\n   got {got}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn valid_forms_parse() {
    // each checked to be accepted by gc's parser
    for body in [
        "import ( \"fmt\"; m \"math\" )\nvar _ = fmt.Sprint(m.Pi)\n",
        "import . \"fmt\"\nimport _ \"os\"\n",
        "var ( )\nconst ( )\ntype ( )\n",
        "func f() (a, b int, c string) { return }\n",
        "var _ = T.M\nvar _ = (*T).M\nvar _ = struct{}{}\n",
        "type L struct { List[int]; *pkg.T; x, y float64 \"tag\"; f func(int) (int, error) }\n",
        "type I interface { M(); N(a, b int) (bool); fmt.Stringer; comparable }\n",
        "func f() { L: for { select { case <-c: continue L; default: break L } } }\n",
        "func f() { x := [...]string{2: \"b\", 0: \"a\"}; _ = x[:]; _ = x[1:2]; _ = len(x) }\n",
        "func f() { var m = map[[2]int]struct{ a []int }{{1, 2}: {a: []int{1}}}; _ = m }\n",
        "func f() { if x, ok := m[k]; !ok { } else if y := x; y > 0 { } else { } }\n",
        "func f() { switch { case x < 0, x > 10: fallthrough; default: } }\n",
        "func f() { for i, j := 0, 10; i < j; i, j = i+1, j-1 { } }\n",
        "func f() { defer func() { if r := recover(); r != nil { panic(r) } }() }\n",
        "func f() { var a, b = 1, 2; a, b = b, a; a += b; a <<= 2; a &^= b; a %= 3 }\n",
        "func f() { p := &Point{1, 2}; p.x++; (*p).y--; *p = Point{} }\n",
        "func f() { go func(x int) {}(1); ch <- 1; v, ok := <-ch; _, _ = v, ok }\n",
        "func f(xs ...int) int { return g(xs...) + h(1, xs...) }\n",
        "func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }\n",
        "func Map[T, U any](xs []T, f func(T) U) []U { return nil }\n",
        "type Num interface { ~int | ~int64 | float64 }\n",
        "type Pair[K comparable, V any] struct { k K; v V }\nvar _ = Pair[string, int]{\"a\", 1}\n",
        "var f = func(a, b int) (sum int) { sum = a + b; return }\n",
        "var x = 1 +\n\t2 *\n\t3\n",
        "var s = `multi\nline` + \"\\u00e9\\t\"\n",
        "func f() { type T int; const c T = 1; var _ T = c }\n",
        "func f() { for range 10 { } ; for i := range 3 { _ = i } }\n",
        "func f() { switch x := y.(type) { case nil: case func(int) int, []string: case map[string]any: } }\n",
        "func f() { if (T{}) == x { } ; for x := (T{}); x.ok; { } }\n",
        "func f() { goto end; end: }\n",
        "func f() { var _ = []func() int{func() int { return 1 }} }\n",
        "func f() { _ = x.(interface{ M() }) }\n",
        "func f() { var a [2][3]int; a[1][2] = 3; _ = a[0][:2:3] }\n",
        "var _ = -1 + ^2 - +3 * !true\n",
        "var _ = 0x_1F + 0b1010 + 0o17 + 017 + 1_000_000 + 1e3 + .5 + 0x1p-2 + 3i\n",
        "var _ = '\\'' + '\\x00' + '\\u12e4' + '\\U00101234'\n",
        "func f() {\n\t{\n\t\t;\n\t}\n}\n",
        "type A = map[string][]*struct{ x int }\n",
        "func f() (int, error)\nfunc g()\n",
        "func f() { x := struct {\n\ta int\n}{\n\ta: 1,\n}; _ = x }\n",
    ] {
        parse_ok(&format!("package p\n\n{body}"));
    }
}

#[test]
fn type_switch_guards() {
    assert_eq!(
        stmts("switch x := a.(type) {\ncase int:\n\tswitch b.(type) {\n\t}\n}"),
        vec!["(typeswitch _ x a case [int]: (typeswitch _ _ b ))"]
    );
    for bad in [
        "switch (a.(type)) {\n}",
        "switch f(a.(type)) {\n}",
        "x := a.(type)",
        "switch a.(type).(type) {\n}",
        "switch x := a.(type); x {\n}",
    ] {
        let text = format!("package p\n\nfunc f() {{\n\t{bad}\n}}\n");
        let got = first_err(&text);
        assert!(
            got.starts_with("4:") && got.ends_with("use of .(type) outside type switch"),
            "{bad}: {got}"
        );
    }
}

#[test]
fn all_errors_are_returned_sorted() {
    let src = SourceFile::new("x.go", "package p\n\nvar x = 1 $ 2 '\\q'\n");
    let errs = parse_file(&src).unwrap_err();
    let got: Vec<String> = errs
        .iter()
        .map(|e| {
            let (l, c) = src.line_col(e.pos);
            format!("{l}:{c}: {}", e.msg)
        })
        .collect();
    assert_eq!(
        got,
        vec![
            "3:11: invalid character U+0024 '$'",
            "3:13: syntax error: unexpected literal 2 after top level declaration",
        ]
    );
}

/// Parses `text` on a thread with a small stack: any panic or stack
/// overflow fails the test.
fn must_not_panic(text: &str) {
    let src = SourceFile::new("x.go", text);
    let _ = parse_file(&src);
}

#[test]
fn every_prefix_of_sample_programs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../conformance/programs");
    for name in [
        "types/embedded.go",
        "types/composite_literals.go",
        "control/switch.go",
        "control/labels.go",
        "funcs/closures.go",
        "interfaces/type_switch.go",
        "unsupported/select_stmt.go",
    ] {
        let path = dir.join(name);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            parse_file(&SourceFile::new(name, text.clone())).is_ok(),
            "{name}"
        );
        for (i, _) in text.char_indices() {
            must_not_panic(&text[..i]);
        }
    }
}

#[test]
fn random_mutations_do_not_panic() {
    // deterministic xorshift
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut rand = move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    const PIECES: &[&str] = &[
        "{",
        "}",
        "(",
        ")",
        "[",
        "]",
        ",",
        ";",
        ":",
        ":=",
        "=",
        ".",
        "...",
        "*",
        "&",
        "<-",
        "~",
        "|",
        "\n",
        "\"",
        "'",
        "`",
        "/*",
        "func",
        "if",
        "else",
        "for",
        "range",
        "var",
        "type",
        "struct",
        "interface",
        "map",
        "chan",
        "go",
        "defer",
        "switch",
        "case",
        "default",
        "select",
        "return",
        "break",
        "goto",
        "import",
        "package",
        ".(type)",
        "x",
        "1",
        "0x",
        "1e",
        "++",
        "+=",
        "$",
        "\u{0}",
        "\u{feff}",
        "€",
    ];
    let files = corpus();
    for round in 0..1500 {
        let text = std::fs::read_to_string(&files[round % files.len()]).unwrap();
        let mut chars: Vec<char> = text.chars().collect();
        for _ in 0..1 + rand(3) {
            let at = rand(chars.len() + 1);
            match rand(3) {
                0 if at < chars.len() => {
                    let end = (at + 1 + rand(8)).min(chars.len());
                    chars.drain(at..end);
                }
                1 => chars.truncate(at),
                _ => {
                    let piece = PIECES[rand(PIECES.len())];
                    chars.splice(at..at, piece.chars());
                }
            }
        }
        must_not_panic(&chars.into_iter().collect::<String>());
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let n = 100_000;
    for text in [
        format!("package p\nvar x = {}1{}\n", "(".repeat(n), ")".repeat(n)),
        format!("package p\nvar x {}int\n", "[]".repeat(n)),
        format!(
            "package p\nfunc f() {{{}{}}}\n",
            "{".repeat(n),
            "}".repeat(n)
        ),
        format!(
            "package p\nvar x = T{{{}{}}}\n",
            "{".repeat(n),
            "}".repeat(n)
        ),
        format!("package p\nvar x = 1{}\n", " + 1".repeat(n)),
        format!("package p\nvar x = {}1\n", "- ".repeat(n)),
        format!(
            "package p\nfunc f() {{ if a {{}}{} }}\n",
            " else if a {}".repeat(n)
        ),
        format!("package p\nfunc f() {{ {} }}\n", "L: ".repeat(n)),
        format!("package p\nvar x = y{}\n", ".f".repeat(n)),
        format!("package p\nvar x = f{}\n", "()".repeat(n)),
        format!("package p\nvar x = a{}\n", "[0]".repeat(n)),
    ] {
        let errs = parse_file(&SourceFile::new("x.go", text)).unwrap_err();
        assert_eq!(errs[0].msg, "exceeded max nesting depth");
    }
    // moderate nesting is fine
    let text = format!(
        "package p\nvar x = {}1{}\n",
        "(".repeat(300),
        ")".repeat(300)
    );
    assert!(parse_file(&SourceFile::new("x.go", text)).is_ok());
}

#[test]
fn large_files_parse() {
    let mut text = String::from("package p\n\nimport \"fmt\"\n\n");
    for i in 0..5000 {
        text += &format!(
            "func f{i}(a, b int) (int, error) {{\n\tif a > b {{\n\t\treturn a - b, nil\n\t}}\n\
             \tfor i := range []int{{1, 2, 3}} {{\n\t\tfmt.Println(i, T{{x: {i}}})\n\t}}\n\
             \treturn a + b*{i}, fmt.Errorf(\"%d\", a)\n}}\n\n"
        );
    }
    let f = parse_file(&SourceFile::new("big.go", text)).unwrap();
    assert_eq!(f.decls.len(), 5000);
}

/// Differential-testing hook: `GUST_PARSE_LIST` names a file listing
/// Go files, one per line; prints each one's first error (or `OK`) to
/// the file named by `GUST_PARSE_OUT`.
#[test]
#[ignore]
fn dump_first_errors() {
    let (Ok(list), Ok(out)) = (
        std::env::var("GUST_PARSE_LIST"),
        std::env::var("GUST_PARSE_OUT"),
    ) else {
        return;
    };
    let mut res = String::new();
    for path in std::fs::read_to_string(list).unwrap().lines() {
        let Ok(text) = std::fs::read_to_string(path) else {
            res.push_str(&format!("{path}\tSKIP\n"));
            continue;
        };
        let src = SourceFile::new(path, text);
        match parse_file(&src) {
            Ok(_) => res.push_str(&format!("{path}\tOK\n")),
            Err(errs) => {
                let e = &errs[0];
                let (l, c) = src.line_col(e.pos);
                res.push_str(&format!("{path}\t{l}:{c}: {}\n", e.msg));
            }
        }
    }
    std::fs::write(out, res).unwrap();
}
