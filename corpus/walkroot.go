package corpus

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// WalkRoot returns the path to give filepath.WalkDir to walk the folder
// named p: p itself, or, when p is a symbolic link to a folder, p with a
// trailing separator, so the walk reads the folder the link names (as
// "p/" does) instead of seeing one entry that is not a folder. Links to
// folders met inside the walk are not followed (see Reader.Read).
func WalkRoot(p string) string {
	if strings.HasSuffix(p, string(filepath.Separator)) {
		return p
	}
	li, err := os.Lstat(p)
	if err != nil || li.Mode()&fs.ModeSymlink == 0 {
		return p
	}
	if info, err := os.Stat(p); err == nil && info.IsDir() {
		return p + string(filepath.Separator)
	}
	return p
}
