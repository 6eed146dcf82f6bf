package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isTerminal reports whether f is a terminal (a character device).
func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// safeMessage returns a message fit to print on a terminal: control
// characters (ESC of terminal escape sequences, C1, DEL) and invisible
// format characters (bidirectional overrides) that a hostile file name,
// id or text brought into it are written as Go escapes (\x1b, \u202e),
// bytes that are not UTF-8 as \xNN. Line breaks and tabs are kept.
func safeMessage(s string) string {
	clean := true
	for _, r := range s {
		if r != '\n' && r != '\t' && unsafeRune(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n' || r == '\t' || !unsafeRune(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
		i += size
	}
	return b.String()
}

func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError
}

// safeWriter writes what it is given through safeMessage: the messages
// of eval, export and validate (one Write per message).
type safeWriter struct{ w io.Writer }

func (s safeWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(s.w, safeMessage(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// stickyWriter writes to w and keeps the first write error, after
// which it writes nothing: a report printed in many writes checks once,
// at its end.
type stickyWriter struct {
	w   io.Writer
	err error
}

func (s *stickyWriter) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(p)
	if err != nil {
		s.err = err
	}
	return n, err
}

// safeMessages returns a copy of e whose stderr escapes what safeMessage
// escapes (for commands without a progress bar, which draws with escape
// sequences of its own).
func (e *env) safeMessages() *env {
	c := *e
	c.stderr = safeWriter{e.stderr}
	return &c
}
