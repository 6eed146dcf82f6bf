package format

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// writeFileAtomic writes one file of [WriteBratDir] through write: to a
// temporary file in the same folder, renamed over path only when write
// and the close succeed, so that path never holds half an output. The
// file gets mode 0644, or the mode of the file it replaces. A path that
// names anything but a regular file (a device, a FIFO, a symbolic link, a
// folder) is refused: it is not ours to replace.
//
// cmd/dispatch has its own writer for -o (locked temporary files kept as
// NAME.partial for --resume); this one is the brat folder's, kept
// unexported so that format's API stays reading and writing formats.
func writeFileAtomic(path string, write func(io.Writer) error) (err error) {
	if err := replaceable(path); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("creating %s: %w", path, err)
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
		return fmt.Errorf("creating %s: %w", path, err)
	}
	if err = write(f); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
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
