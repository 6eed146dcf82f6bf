//go:build linux

package main

import (
	"errors"

	"golang.org/x/sys/unix"
)

// exchangeFolders swaps the folders a and b in one step
// (renameat2(2) RENAME_EXCHANGE): there is no moment when b is missing,
// nor a third name that a kill could leave behind. It returns
// errNoExchange where the kernel or file system cannot (the caller then
// renames twice).
func exchangeFolders(a, b string) error {
	err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
	if errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.EINVAL) || errors.Is(err, unix.EOPNOTSUPP) {
		return errNoExchange
	}
	return err
}
