package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"
)

// errWriteBlocked is the error of a write that the reader of a pipe kept
// waiting after Ctrl-C or SIGTERM (see stoppableWriter).
var errWriteBlocked = errors.New("interrupted while the output was not being read")

// blockedWriteGrace is how long a write may still take once the run is
// interrupted: a reader that reads gets the record whole, one that does
// not no longer holds the run up.
const blockedWriteGrace = time.Second

// stoppableWriter writes to a stream that may block for as long as its
// reader pleases (standard output into a pipe that no one reads, a
// terminal stopped with Ctrl-S): a write goes on in a goroutine of its
// own, and when ctx is done one that has not ended within
// blockedWriteGrace is given up with errWriteBlocked (red team 19: Ctrl-C
// was ignored until the reader went away). The write given up may still
// end later, or never; every write after it fails at once. Writes to a
// file (a FIFO opened with -o) can have a deadline instead, but standard
// output, opened blocking by the shell, cannot.
type stoppableWriter struct {
	ctx   context.Context
	w     io.Writer
	reqs  chan []byte
	dones chan writeDone
	err   error // sticky: a write given up
}

type writeDone struct {
	n   int
	err error
}

func newStoppableWriter(ctx context.Context, w io.Writer) *stoppableWriter {
	return &stoppableWriter{ctx: ctx, w: w}
}

func (s *stoppableWriter) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	if s.reqs == nil {
		s.reqs, s.dones = make(chan []byte), make(chan writeDone, 1)
		go func() {
			for p := range s.reqs {
				n, err := s.w.Write(p)
				s.dones <- writeDone{n, err}
			}
		}()
	}
	s.reqs <- p
	select {
	case d := <-s.dones:
		return d.n, d.err
	case <-s.ctx.Done():
	}
	t := time.NewTimer(blockedWriteGrace)
	defer t.Stop()
	select {
	case d := <-s.dones:
		return d.n, d.err
	case <-t.C:
		// p stays with the goroutine, which may still write it: the
		// caller (a bufio.Writer, now failed) writes no more
		s.err = errWriteBlocked
		return 0, s.err
	}
}

// close ends the goroutine of the writes, unless a write given up still
// holds it.
func (s *stoppableWriter) close() {
	if s.reqs != nil && s.err == nil {
		close(s.reqs)
		s.reqs = nil
		s.err = errors.New("write after close")
	}
}

// stoppableStdout returns standard output to write one command's output
// to, in a stoppableWriter when it is a file (a pipe, a terminal, a
// device), with the function that ends it once the writing is done.
// Every command that writes to standard output writes through it, or
// (annotate) through a stoppableWriter of its own.
func stoppableStdout(e *env) (io.Writer, func()) {
	if _, ok := e.stdout.(*os.File); !ok {
		return e.stdout, func() {}
	}
	s := newStoppableWriter(e.ctx, e.stdout)
	return s, s.close
}

// outputBlocked tells whether err, from writing an output, is a write
// given up after Ctrl-C or SIGTERM because the output's reader read
// nothing (a stoppableWriter's, or a stream's write deadline): the run
// was interrupted, its output did not fail.
func outputBlocked(ctx context.Context, err error) bool {
	return err != nil && ctx.Err() != nil &&
		(errors.Is(err, errWriteBlocked) || errors.Is(err, os.ErrDeadlineExceeded))
}

// notReadNote is the line that says an output was not being read when
// the run was interrupted: where names it ("standard output" or the -o
// path), what is what went into it ("the last record", "the report").
func notReadNote(where, what string) string {
	return fmt.Sprintf("%s was not being read: %s written to it may be cut short", where, what)
}

// where names the output for notReadNote.
func (p *outputPlan) where() string {
	if p.kind == toStdout {
		return "standard output"
	}
	return p.name
}
