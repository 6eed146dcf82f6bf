//go:build !linux

package main

// exchangeFolders cannot swap folders in one step here: the caller
// renames twice.
func exchangeFolders(a, b string) error { return errNoExchange }
