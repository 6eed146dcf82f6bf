package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// A link to a folder named as an input is read as that folder, with or
// without a trailing slash; a link to a folder inside a walked folder is
// skipped with a warning naming it, not counted as a file without
// extension (and a link back to its parent makes no loop).
func TestReadLinkedFolder(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.MkdirAll(filepath.Join(in, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{"a.txt": "Austin said.\n", "sub/b.txt": "Biden said.\n"} {
		if err := os.WriteFile(filepath.Join(in, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := filepath.Join(dir, "insl")
	for _, l := range [][2]string{{"in", link}, {"..", filepath.Join(in, "sub", "up")}, {"../in", filepath.Join(in, "loop")}} {
		if err := os.Symlink(l[0], l[1]); err != nil {
			t.Skip("no symbolic links:", err)
		}
	}
	for _, p := range []string{in, link, link + "/"} {
		var warnings []string
		r := &Reader{Warn: func(e *Error) { warnings = append(warnings, e.Error()) }}
		var ids []string
		for d, err := range r.Read(p) {
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			ids = append(ids, d.ID)
		}
		if !slices.Equal(ids, []string{"a", "sub/b"}) {
			t.Errorf("%s: ids %q, want [a sub/b]", p, ids)
		}
		got := strings.Join(warnings, "\n")
		if len(warnings) != 2 || strings.Contains(got, "without extension") ||
			!strings.Contains(got, "loop: skipped: a link to a folder") || !strings.Contains(got, "up: skipped: a link to a folder") {
			t.Errorf("%s: warnings\n%s\nwant one per linked folder (loop, sub/up)", p, got)
		}
	}
}

func TestWalkRoot(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "f.txt")
	if err := os.WriteFile(f, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "d")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	if err := os.Symlink(f, filepath.Join(dir, "fl")); err != nil {
		t.Fatal(err)
	}
	sep := string(filepath.Separator)
	for _, c := range [][2]string{
		{dir, dir}, {f, f}, {dir + sep + "fl", dir + sep + "fl"},
		{dir + sep + "d", dir + sep + "d" + sep}, {dir + sep + "d" + sep, dir + sep + "d" + sep},
		{dir + sep + "missing", dir + sep + "missing"},
	} {
		if got := WalkRoot(c[0]); got != c[1] {
			t.Errorf("WalkRoot(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}
