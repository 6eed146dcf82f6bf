//go:build !unix

package format

import "errors"

func syscallMkfifo(string) error { return errors.New("not supported") }
