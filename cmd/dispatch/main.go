// Command dispatch annotates news articles with officials, dates, troop
// counts and quotes, validates annotation files and scores them against
// gold files.
//
// Usage:
//
//	dispatch annotate [flags] [PATH ...]
//	dispatch eval --gold DIR --pred FILE|DIR [flags]
//	dispatch validate [flags] PATH ...
//	dispatch bench [flags] [PATH ...]
//
// Exit codes: 0 success; 1 some documents failed (the others were written)
// or a check failed (validate found problems, eval fell below --min-f1);
// 2 usage or fatal error.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
)

// Exit codes.
const (
	exitOK      = 0
	exitPartial = 1
	exitFatal   = 2
)

// env is what a subcommand may touch of the outside world; tests fill it
// with buffers.
type env struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// stderrIsTerminal enables the progress bar.
	stderrIsTerminal bool
}

type command struct {
	name    string
	summary string
	run     func(e *env, args []string) int
}

func commands() []command {
	return []command{
		{"annotate", "annotate documents, writing JSON Lines", runAnnotate},
		{"eval", "score annotations against gold files", runEval},
		{"validate", "check annotation and gold files", runValidate},
		{"bench", "measure throughput against prose v2", runBench},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	e := &env{ctx: ctx, stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		stderrIsTerminal: isTerminal(os.Stderr)}
	code := run(e, os.Args[1:])
	stop()
	os.Exit(code)
}

func run(e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stderr)
		if len(args) == 0 {
			return exitFatal
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(e, args[1:])
		}
	}
	fmt.Fprintf(e.stderr, "dispatch: unknown command %q\n\n", args[0])
	usage(e.stderr)
	return exitFatal
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "dispatch: extract officials, dates, troop counts and quotes from news articles")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage: dispatch COMMAND [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'dispatch COMMAND --help' for a command's flags.")
	fmt.Fprintln(w, "Exit codes: 0 success; 1 some documents failed or a check failed; 2 usage or fatal error.")
}
