// Command dispatch annotates news articles with officials, dates, troop
// counts and quotes, validates annotation files and scores them against
// gold files.
//
// Usage:
//
//	dispatch annotate [flags] PATH ...
//	dispatch eval --gold PATH --pred PATH [flags]
//	dispatch validate [flags] PATH ...
//	dispatch export --format csv|tsv|parquet|brat|conll [flags] PATH ...
//	dispatch render [PATH ...] [--pred PATH --gold PATH --docs PATH] [-o FILE | --split DIR]
//	dispatch help COMMAND
//	dispatch completion bash|zsh|fish|powershell
//
// Flags may come before, between or after the paths; "--" ends them.
//
// Exit codes: 0 success; 1 some documents failed (the others were written)
// or a check failed (validate found problems, eval fell below --min-f1);
// 2 usage or fatal error.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
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
	// machineMemory reads the memory the process may use (nil: the
	// machine's, see machineMemory).
	machineMemory func() (limit int64, source string)
}

// commands lists the subcommands in the order that help shows them. Each
// builds its *cobra.Command in its own file; adding a command is one line
// here.
func commands() []func(*env) *cobra.Command {
	return []func(*env) *cobra.Command{
		newAnnotateCmd,
		newEvalCmd,
		newValidateCmd,
		newExportCmd,
		newRenderCmd,
	}
}

func main() {
	// SIGINT (Ctrl-C) and SIGTERM (timeout, systemd, batch schedulers)
	// cancel the run, which then keeps what it has done; a second signal
	// ends the process at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	e := &env{ctx: ctx, stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		stderrIsTerminal: isTerminal(os.Stderr)}
	code := run(e, os.Args[1:])
	stop()
	os.Exit(code)
}

// exitCode is the error a command returns to end with an exit code other
// than 0, after it has printed its own messages.
type exitCode int

func (c exitCode) Error() string { return fmt.Sprintf("exit code %d", int(c)) }

// status turns an exit code into a command's error: nil for exitOK.
func status(code int) error {
	if code == exitOK {
		return nil
	}
	return exitCode(code)
}

// usageError is a mistake on the command line: printed with a pointer to
// --help, exit code 2.
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

// usagef returns a usageError.
func usagef(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

// run runs the command line args (without the program name) and returns
// the exit code.
func run(e *env, args []string) int {
	root := newRootCmd(e)
	// cobra writes the help through root's output and drops its write
	// errors: kept here, so that help on a full device or a closed pipe
	// is exit 2 with a message, as --version is (red team 17, 8)
	out := &firstErrWriter{w: e.stdout}
	root.SetOut(out)
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(e.ctx)
	var code exitCode
	switch {
	case err == nil && out.err != nil:
		fmt.Fprintf(e.stderr, "%s: cannot write the help to standard output: %v\n", cmd.CommandPath(), out.err)
		return exitFatal
	case err == nil:
		return exitOK
	case errors.As(err, &code):
		return int(code)
	default:
		// Flag and argument errors from cobra, and usageErrors.
		fmt.Fprintf(e.stderr, "%s: %v\n", cmd.CommandPath(), err)
		fmt.Fprintf(e.stderr, "Run '%s --help' for usage.\n", cmd.CommandPath())
		return exitFatal
	}
}

// firstErrWriter writes to w and keeps the first write error; after
// one, it writes nothing more.
type firstErrWriter struct {
	w   io.Writer
	err error
}

func (f *firstErrWriter) Write(p []byte) (int, error) {
	if f.err != nil {
		return 0, f.err
	}
	n, err := f.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	f.err = err
	return n, err
}

const rootLong = `dispatch extracts officials (OFFICIAL), dates (DATE), troop counts
(TROOPS) and quotes (QUOTE) from English news articles, with exact
character offsets, and scores annotations against gold files.

Flags may come before, between or after the paths; "--" ends them.
Exit codes: 0 success; 1 some documents failed (the others were written)
or a check failed; 2 usage or fatal error.`

func newRootCmd(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "dispatch",
		Short: "extract officials, dates, troop counts and quotes from news articles",
		Long:  rootLong,
		Example: `  dispatch annotate ../shared/corpus -o out.jsonl
  dispatch eval --gold corpus/gold --pred out.jsonl
  dispatch help annotate`,
		Version:       version(),
		SilenceErrors: true,
		SilenceUsage:  true,
		// Without a command: the help, on stderr, exit 2.
		RunE: func(cmd *cobra.Command, args []string) error {
			cmd.SetOut(e.stderr)
			cmd.Help()
			return exitCode(exitFatal)
		},
	}
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetVersionTemplate("dispatch {{.Version}}\n")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	for _, c := range commands() {
		root.AddCommand(c(e))
	}
	return root
}
