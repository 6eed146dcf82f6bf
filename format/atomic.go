package format

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// stageFile writes one file of [WriteBratDir] through write: to a
// temporary file in the same folder, which commit renames over path, so
// that path never holds half an output; discard removes it instead. The
// file gets mode 0644, or the mode of the file it replaces. A path that
// names anything but a regular file (a device, a FIFO, a symbolic link, a
// folder) is refused: it is not ours to replace. Both files of a pair are
// staged before either is committed: a full disk leaves neither, never a
// new .ann beside an old .txt.
//
// cmd/dispatch has its own writer for -o (locked temporary files kept as
// NAME.partial for --resume); this one is the brat folder's, kept
// unexported so that format's API stays reading and writing formats.
func stageFile(path string, write func(io.Writer) error) (s staged, err error) {
	if err := replaceable(path); err != nil {
		return staged{}, err
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return staged{}, fmt.Errorf("creating %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	mode := os.FileMode(0o644)
	if info, serr := os.Stat(path); serr == nil {
		mode = info.Mode().Perm()
	}
	if err = f.Chmod(mode); err != nil {
		return staged{}, fmt.Errorf("creating %s: %w", path, err)
	}
	if err = write(f); err != nil {
		return staged{}, fmt.Errorf("writing %s: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return staged{}, fmt.Errorf("writing %s: %w", path, err)
	}
	return staged{tmp: f.Name(), path: path}, nil
}

// staged is a file written under a temporary name, for its path.
type staged struct{ tmp, path string }

// commit renames the file to its path.
func (s staged) commit() error {
	if err := os.Rename(s.tmp, s.path); err != nil {
		os.Remove(s.tmp)
		return fmt.Errorf("writing %s: %w", s.path, err)
	}
	return nil
}

// discard removes the file.
func (s staged) discard() {
	if s.tmp != "" {
		os.Remove(s.tmp)
	}
}

// replaceable refuses a path that exists and is not a regular file (a
// symbolic link, a folder, a FIFO): it is never replaced.
func replaceable(path string) error {
	info, err := os.Lstat(path)
	if err != nil || info.Mode().IsRegular() {
		return nil
	}
	what := "a symbolic link"
	if info.Mode()&fs.ModeSymlink == 0 {
		what = corpus.FileKind(info.Mode())
	}
	return fmt.Errorf("%s exists and is %s, not a regular file: not replacing it", path, what)
}
