// Command dispatch-bench measures dispatch's annotation throughput against
// prose v2 in one process, on the same documents. It is a tool for the
// project's developers, kept out of the dispatch binary so that dispatch
// does not carry prose and its model.
//
// Usage:
//
//	go run ./cmd/dispatch-bench [flags] [PATH ...]
//
// Exit codes: 0 measured; 2 usage error or no readable document.
package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// Exit codes.
const (
	exitOK    = 0
	exitFatal = 2
)

// env is what the command may touch of the outside world; tests fill it
// with buffers.
type env struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(&env{ctx: ctx, stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}, os.Args[1:])
	stop()
	os.Exit(code)
}
