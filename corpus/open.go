package corpus

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// NotRegularError is the error of OpenRegular for a path that names
// something other than a regular file when it is opened: a FIFO, a device,
// a socket, a folder.
type NotRegularError struct {
	Kind string // what it is (FileKind)
}

func (e *NotRegularError) Error() string {
	return fmt.Sprintf("%s, not a regular file", e.Kind)
}

// OpenRegular opens the regular file at path for reading. It never blocks
// on what path names: a FIFO put in place of a file after the caller
// checked it (opening a FIFO for reading waits for a writer) is opened
// without waiting, found to be one on the opened descriptor, closed and
// refused with a *NotRegularError inside an *fs.PathError. Symbolic links
// are followed.
func OpenRegular(path string) (*os.File, error) {
	return OpenRegularFile(path, os.O_RDONLY)
}

// OpenRegularFile is OpenRegular with the flags of os.OpenFile (O_RDWR to
// append to a file that must stay a regular file); it never creates one.
func OpenRegularFile(path string, flag int) (*os.File, error) {
	f, err := openNonBlocking(path, flag&^os.O_CREATE)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err == nil && !info.Mode().IsRegular() {
		err = &NotRegularError{Kind: FileKind(info.Mode())}
	}
	if err == nil {
		err = setBlocking(f)
	}
	if err != nil {
		f.Close()
		if _, ok := err.(*fs.PathError); ok {
			return nil, err
		}
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	return f, nil
}

// ReadFileLimit reads the whole file at path, failing as soon as more than
// max bytes come: a small input named by the user (a word list), which may
// be a pipe (<(...)) or a FIFO but must not be read to the end of memory
// (/dev/zero, an endless pipe). A regular file is opened as OpenRegular
// opens it; a FIFO without a writer, or a pipe that sends nothing, is
// given up when ctx is done (see OpenContext).
func ReadFileLimit(ctx context.Context, path string, max int64) ([]byte, error) {
	f, err := OpenContext(ctx, path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%s: larger than %d bytes", path, max)
	}
	return data, nil
}
