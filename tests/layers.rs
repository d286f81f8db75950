//! The rooms of `src/` obey the layer table in README.md ("The code"): a
//! room uses only itself and the rooms above it in the table, and no two
//! files import each other, directly or round a circle.
//!
//! Every path that starts with `crate::`, `super::` or `self::` (or names
//! a child module) is read with `syn`, in `use` lines, in code and inside
//! macro calls, and resolved to the module it reaches. A module's use of
//! its own parent or children (`super::Item`, `mod.rs` re-exporting) is a
//! room's inside and is not a circle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;

type ModPath = Vec<String>;

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// `src/a/b.rs` and `src/a/b/mod.rs` are `a::b`; `src/lib.rs` is the root.
fn module_of(relative: &Path) -> ModPath {
    let mut parts: ModPath = relative
        .iter()
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_string());
    }
    parts
}

fn rust_files(dir: &Path, into: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("src/ is readable")
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, into);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            into.push(path);
        }
    }
}

/// The library's files (`main.rs` is the binary, another crate) with
/// their module paths.
fn library_sources() -> Vec<(ModPath, String)> {
    let src = src_dir();
    let mut paths = Vec::new();
    rust_files(&src, &mut paths);
    paths
        .into_iter()
        .filter(|path| path != &src.join("main.rs"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("a readable source file");
            let relative = path.strip_prefix(&src).expect("under src/");
            (module_of(relative), text)
        })
        .collect()
}

/// Paths met in one file, each with the (possibly inline) module it is in.
#[derive(Default)]
struct PathCollector {
    current: ModPath,
    inline_modules: Vec<ModPath>,
    paths: Vec<(ModPath, Vec<String>)>,
}

impl PathCollector {
    fn push(&mut self, segments: Vec<String>) {
        if !segments.is_empty() {
            self.paths.push((self.current.clone(), segments));
        }
    }

    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(path) => {
                prefix.push(path.ident.to_string());
                self.use_tree(prefix, &path.tree);
                prefix.pop();
            }
            syn::UseTree::Name(name) => self.use_leaf(prefix, name.ident.to_string()),
            syn::UseTree::Rename(rename) => self.use_leaf(prefix, rename.ident.to_string()),
            syn::UseTree::Glob(_) => self.push(prefix.clone()),
            syn::UseTree::Group(group) => {
                for item in &group.items {
                    self.use_tree(prefix, item);
                }
            }
        }
    }

    /// `use a::b::{self}` names `a::b`.
    fn use_leaf(&mut self, prefix: &[String], leaf: String) {
        let mut full = prefix.to_vec();
        if leaf != "self" {
            full.push(leaf);
        }
        self.push(full);
    }

    /// `crate :: a :: b` (or `super`, `self`) inside a macro's tokens.
    fn macro_tokens(&mut self, tokens: TokenStream) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let mut at = 0;
        while at < trees.len() {
            if let TokenTree::Group(group) = &trees[at] {
                self.macro_tokens(group.stream());
            }
            let starts = matches!(&trees[at], TokenTree::Ident(ident)
                if ident == "crate" || ident == "super" || ident == "self");
            if !starts {
                at += 1;
                continue;
            }
            let mut segments = Vec::new();
            let mut next = at;
            while let Some(TokenTree::Ident(ident)) = trees.get(next) {
                segments.push(ident.to_string());
                let colons = matches!(
                    (trees.get(next + 1), trees.get(next + 2)),
                    (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                        if a.as_char() == ':' && b.as_char() == ':'
                );
                if !colons {
                    break;
                }
                next += 3;
            }
            if segments.len() > 1 {
                self.push(segments);
            }
            at = next + 1;
        }
    }
}

impl<'ast> Visit<'ast> for PathCollector {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        if item.content.is_some() {
            self.current.push(item.ident.to_string());
            self.inline_modules.push(self.current.clone());
            syn::visit::visit_item_mod(self, item);
            self.current.pop();
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        self.use_tree(&mut Vec::new(), &item.tree);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        if path.leading_colon.is_none() {
            self.push(
                path.segments
                    .iter()
                    .map(|seg| seg.ident.to_string())
                    .collect(),
            );
        }
        syn::visit::visit_path(self, path);
    }

    /// `#[error("{}", crate::fsio::describe_io(.0))]` and the like.
    fn visit_attribute(&mut self, attr: &'ast syn::Attribute) {
        if let syn::Meta::List(list) = &attr.meta {
            self.macro_tokens(list.tokens.clone());
        }
        syn::visit::visit_attribute(self, attr);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.macro_tokens(mac.tokens.clone());
        syn::visit::visit_macro(self, mac);
    }
}

/// The module a path in module `from` reaches, if it is one of ours.
fn resolve(from: &ModPath, segments: &[String], modules: &BTreeSet<ModPath>) -> Option<ModPath> {
    let (mut full, rest) = match segments[0].as_str() {
        "crate" => (ModPath::new(), &segments[1..]),
        "self" => (from.clone(), &segments[1..]),
        "super" => {
            let mut base = from.clone();
            let mut rest = segments;
            while rest.first().is_some_and(|seg| seg == "super") {
                base.pop()?;
                rest = &rest[1..];
            }
            (base, rest)
        }
        first => {
            let mut child = from.clone();
            child.push(first.to_string());
            if !modules.contains(&child) {
                return None;
            }
            (from.clone(), segments)
        }
    };
    let mut reached = full.clone();
    for seg in rest {
        full.push(seg.clone());
        if modules.contains(&full) {
            reached = full.clone();
        } else {
            break;
        }
    }
    (!reached.is_empty()).then_some(reached)
}

/// The file module holding `module` (itself, or the file of an inline one).
fn file_of(module: &ModPath, files: &BTreeSet<ModPath>) -> ModPath {
    let mut path = module.clone();
    while !files.contains(&path) {
        path.pop();
    }
    path
}

type Graph = BTreeMap<ModPath, BTreeSet<ModPath>>;

/// The import graph of `src/`.
fn import_graph() -> Graph {
    graph_of(&library_sources())
}

/// Edges between file modules: who imports whom (a module's ancestors
/// and descendants left out).
fn graph_of(sources: &[(ModPath, String)]) -> Graph {
    let files: BTreeSet<ModPath> = sources.iter().map(|(module, _)| module.clone()).collect();
    let mut modules = files.clone();
    let mut collected = Vec::new();
    for (module, text) in sources {
        let file = syn::parse_file(text)
            .unwrap_or_else(|err| panic!("{} does not parse: {err}", show(module)));
        let mut collector = PathCollector {
            current: module.clone(),
            ..PathCollector::default()
        };
        collector.visit_file(&file);
        modules.extend(collector.inline_modules.iter().cloned());
        collected.push((module.clone(), collector.paths));
    }
    let mut graph = Graph::new();
    for (file, paths) in collected {
        let edges = graph.entry(file.clone()).or_default();
        for (inside, segments) in paths {
            let Some(target) = resolve(&inside, &segments, &modules) else {
                continue;
            };
            let target = file_of(&target, &files);
            let related = target.starts_with(&file) || file.starts_with(&target);
            if !related {
                edges.insert(target);
            }
        }
    }
    graph
}

/// The rooms in README's table, bottom first: `src/data/` is `data`.
fn layer_table() -> Vec<String> {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md is readable");
    let start = readme
        .find("| folder | job |")
        .expect("README.md has the layer table (| folder | job |)");
    readme[start..]
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let cell = line.split('|').nth(1).unwrap_or_default().trim();
            let inner = cell.trim_matches('`').trim_start_matches("src/");
            inner
                .trim_end_matches('/')
                .trim_end_matches(".rs")
                .to_string()
        })
        .collect()
}

fn show(path: &ModPath) -> String {
    if path.is_empty() {
        "crate".to_string()
    } else {
        path.join("::")
    }
}

/// Imports from a room to a room below it in the table (or not in it).
fn upward_imports(graph: &Graph, table: &[String]) -> Vec<String> {
    let rank = |path: &ModPath| {
        path.first()
            .and_then(|room| table.iter().position(|r| r == room))
    };
    let mut found = Vec::new();
    for (from, targets) in graph {
        let Some(from_rank) = rank(from) else {
            if !from.is_empty() {
                found.push(format!("{} is in no row of the table", show(from)));
            }
            continue;
        };
        for target in targets {
            match rank(target) {
                Some(to_rank) if to_rank <= from_rank => {}
                _ => found.push(format!("{} → {}", show(from), show(target))),
            }
        }
    }
    found
}

/// Groups of files that import each other round a circle (Tarjan).
fn circles(graph: &Graph) -> Vec<Vec<String>> {
    struct State<'g> {
        graph: &'g Graph,
        index: BTreeMap<&'g ModPath, usize>,
        low: BTreeMap<&'g ModPath, usize>,
        stack: Vec<&'g ModPath>,
        on_stack: BTreeSet<&'g ModPath>,
        found: Vec<Vec<String>>,
    }
    fn visit<'g>(state: &mut State<'g>, node: &'g ModPath) {
        let next = state.index.len();
        state.index.insert(node, next);
        state.low.insert(node, next);
        state.stack.push(node);
        state.on_stack.insert(node);
        let graph = state.graph;
        for target in graph.get(node).into_iter().flatten() {
            let Some(target) = graph.get_key_value(target).map(|(key, _)| key) else {
                continue;
            };
            if !state.index.contains_key(target) {
                visit(state, target);
                let low = state.low[node].min(state.low[target]);
                state.low.insert(node, low);
            } else if state.on_stack.contains(target) {
                let low = state.low[node].min(state.index[target]);
                state.low.insert(node, low);
            }
        }
        if state.low[node] == state.index[node] {
            let mut group = Vec::new();
            while let Some(member) = state.stack.pop() {
                state.on_stack.remove(member);
                group.push(show(member));
                if member == node {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                state.found.push(group);
            }
        }
    }
    let mut state = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for node in graph.keys() {
        if !state.index.contains_key(node) {
            visit(&mut state, node);
        }
    }
    state.found
}

#[test]
fn the_table_names_every_room_of_src_in_order() {
    let table = layer_table();
    // Written by hand: the rooms, bottom first, as README.md must list them.
    let expected = [
        "fsio", "data", "brief", "layout", "briefing", "render", "export", "curate", "state",
        "pack", "app", "cli",
    ];
    assert_eq!(table, expected);
}

#[test]
fn no_room_imports_a_room_below_it_in_the_table() {
    let upward = upward_imports(&import_graph(), &layer_table());
    assert!(
        upward.is_empty(),
        "imports against README's layer table ({}):\n{}",
        upward.len(),
        upward.join("\n")
    );
}

#[test]
fn no_files_import_each_other_round_a_circle() {
    let found = circles(&import_graph());
    let shown: Vec<String> = found.iter().map(|group| group.join(" ↔ ")).collect();
    assert!(
        found.is_empty(),
        "import circles ({}):\n{}",
        found.len(),
        shown.join("\n")
    );
}

fn module(path: &str) -> ModPath {
    path.split("::").map(str::to_string).collect()
}

/// The reader on a made-up crate: a `use` line, a grouped `use` with
/// `super::`, a path in code, one in a macro and one in an attribute are
/// all seen; a child's `super::Item` and an inline test module's
/// `super::*` are a room's inside, not imports.
#[test]
fn the_reader_sees_every_kind_of_path() {
    let sources: Vec<(ModPath, String)> = [
        ("data", "pub mod x; pub mod y; pub struct Shared;"),
        (
            "data::x",
            "use super::Shared; pub fn f() { crate::brief::g(); } \
             #[cfg(test)] mod tests { use super::*; }",
        ),
        (
            "data::y",
            "use super::{x::f, Shared}; \
             #[derive(thiserror::Error)] #[error(\"{}\", crate::fsio::words(.0))] pub struct E;",
        ),
        (
            "brief",
            "pub fn g() { let _ = format!(\"{}\", crate::data::x::f()); }",
        ),
        ("fsio", "pub fn words() {}"),
    ]
    .into_iter()
    .map(|(path, text)| (module(path), text.to_string()))
    .collect();
    let graph = graph_of(&sources);
    let edges: Vec<String> = graph
        .iter()
        .flat_map(|(from, to)| {
            to.iter()
                .map(move |t| format!("{} → {}", show(from), show(t)))
        })
        .collect();
    // Written by hand: what the five files import.
    assert_eq!(
        edges,
        [
            "brief → data::x",
            "data::x → brief",
            "data::y → data::x",
            "data::y → fsio",
        ]
    );
    let table: Vec<String> = ["fsio", "data", "brief"].map(String::from).to_vec();
    assert_eq!(upward_imports(&graph, &table), ["data::x → brief"]);
    assert_eq!(circles(&graph), [vec!["brief", "data::x"]]);
}
