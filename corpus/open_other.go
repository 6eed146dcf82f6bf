//go:build !unix

package corpus

import "os"

// openNonBlocking opens path; systems other than Unix have no FIFO that
// blocks an open, and no O_NONBLOCK.
func openNonBlocking(path string, flag int) (*os.File, error) {
	return os.OpenFile(path, flag, 0)
}

func setBlocking(*os.File) error { return nil }
