//! The README describes the project as it is: every pass of the registry with its summary, and every
//! crate of the workspace in the layout table.

mod common;

use common::root;

fn readme() -> String {
    std::fs::read_to_string(root().join("README.md")).unwrap()
}

#[test]
fn the_readme_lists_every_pass_of_the_registry_in_order() {
    let readme = readme();
    let mut last = 0;
    for pass in flexc_passes::PASSES {
        let name = if pass.options.is_empty() { pass.name.to_string() } else { format!("{}{{", pass.name) };
        let row =
            readme.find(&format!("| `{name}")).unwrap_or_else(|| panic!("README: no row for pass `{}`", pass.name));
        assert!(row > last, "README: pass `{}` is out of pipeline order", pass.name);
        last = row;
        let line = readme[row..].lines().next().unwrap();
        assert!(line.contains(pass.summary), "README: the row of `{}` is not its summary:\n{line}", pass.name);
    }
}

#[test]
fn the_readme_layout_names_every_crate() {
    let readme = readme();
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let members = manifest.lines().find(|l| l.starts_with("members")).unwrap();
    for member in members.split('"').skip(1).step_by(2).filter(|m| *m != ".") {
        assert!(readme.contains(&format!("| `{member}/` |")), "README layout: no row for `{member}/`");
    }
}
