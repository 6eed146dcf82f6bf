package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// Where 'dispatch annotate -o' writes, and the one rule for every way a
// run can end:
//
//   - -o names a regular file, or nothing yet: the output goes to a
//     temporary file beside it (.NAME.tmp-*, locked while written) that is
//     renamed over NAME only when the run is complete and wrote at least
//     one document. A run stopped early (Ctrl-C, SIGTERM, a failed write
//     or rename) leaves NAME as it was and renames its temporary file to
//     NAME.partial, where --resume finds it; a run killed outright leaves
//     the temporary file, which the next run finds (its lock is free),
//     keeps as NAME.partial or removes.
//   - -o names anything else (a device, a FIFO, a pipe, /dev/fd/N) or is
//     "-": the output is written straight through, never renamed over.
//   - A symbolic link is followed: the file it names is the output.

// outputKind is how an output is written.
type outputKind int

const (
	toStdout  outputKind = iota // standard output
	toStream                    // a device, FIFO or pipe, opened and written straight through
	toRegular                   // a regular file (or none yet), replaced atomically
)

// outputPlan is what -o names, found before anything is read or written.
type outputPlan struct {
	flag string // the flag that named it (-o, --docs-out), for messages
	name string // as given, for messages
	path string // symlinks followed
	// file is the regular file behind a descriptor name (/dev/stdin,
	// /dev/fd/N, /proc/self/fd/N) that is written straight through; the
	// same-file checks compare it with the inputs. Empty otherwise.
	file   string
	kind   outputKind
	exists os.FileInfo // the current file at path, nil if none
	// reached counts the bytes writeOutput passed on to standard output
	// or a stream (toStdout, toStream), which stay there when the run
	// stops: an interrupted run says so rather than "nothing written"
	reached int64
}

// arg is the flag and its value as given ("-o out.jsonl"), for messages.
func (p *outputPlan) arg() string { return p.flag + " " + p.name }

// partialPath is where an unfinished run's output is kept.
func (p *outputPlan) partialPath() string { return p.path + ".partial" }

// tempPattern is the os.CreateTemp pattern of the temporary files.
func (p *outputPlan) tempPattern() string { return "." + filepath.Base(p.path) + ".tmp-*" }

// planOutput checks the -o argument: it fails, before the run starts, on
// a folder, a missing folder or a path that cannot be created.
func planOutput(name string) (*outputPlan, error) { return planOutputFlag("-o", name) }

// planOutputFlag is planOutput for the output named by flag (-o,
// --docs-out); messages name that flag.
func planOutputFlag(flag, name string) (*outputPlan, error) {
	switch name {
	case "", "-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1":
		return &outputPlan{flag: flag, name: "standard output", kind: toStdout}, nil
	case "=":
		// "-o=" with nothing after it: the flag parser gives "=" as the
		// name of a one-letter flag's value
		return nil, fmt.Errorf("%s=: no file name after the =: give %s FILE (a file named = is ./=)", flag, flag)
	}
	// A descriptor the shell opened (/dev/fd/N) and anything that is not
	// a regular file or a folder is written straight through, by its name.
	// A descriptor that resolves to a regular file (os.Stat follows the
	// /proc magic link) is still written through (it is never renamed
	// over), but it is that file: sameFileInputs checks it like any
	// regular output.
	if info, err := os.Stat(name); err == nil && !info.IsDir() &&
		(!info.Mode().IsRegular() || isDescriptorPath(name)) {
		p := &outputPlan{flag: flag, name: name, path: name, kind: toStream, exists: info}
		if info.Mode().IsRegular() {
			p.file = name
			if real, err := filepath.EvalSymlinks(name); err == nil {
				if ri, err := os.Stat(real); err == nil && os.SameFile(ri, info) {
					p.file = real
				}
			}
			p.name = name + " (the file " + p.file + ")"
		}
		return p, nil
	}
	path, err := resolveLinks(name)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", flag, name, err)
	}
	p := &outputPlan{flag: flag, name: name, path: path, kind: toRegular}
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return nil, fmt.Errorf("%s %s: is a folder; give a file name", flag, name)
	case err == nil && !info.Mode().IsRegular():
		p.kind = toStream
		p.exists = info
		return p, nil
	case err == nil:
		p.exists = info
	case !errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("%s %s: %w", flag, name, unwrapPath(err))
	}
	dir := filepath.Dir(path)
	if info, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("%s %s: folder %s: %w", flag, name, dir, unwrapPath(err))
	} else if !info.IsDir() {
		return nil, fmt.Errorf("%s %s: %s is not a folder", flag, name, dir)
	}
	return p, nil
}

// isDescriptorPath reports whether name opens a file descriptor of the
// process (/dev/fd/N, /dev/stdin, /proc/self/fd/N).
func isDescriptorPath(name string) bool {
	name = filepath.Clean(name)
	return strings.HasPrefix(name, "/dev/fd/") || strings.HasPrefix(name, "/proc/self/fd/") ||
		name == "/dev/stderr" || name == "/dev/stdin"
}

// resolveLinks follows symbolic links from name, also when the last one
// names a file that does not exist yet.
func resolveLinks(name string) (string, error) {
	path := name
	for range 64 {
		info, err := os.Lstat(path)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		link, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(path), link)
		}
		path = link
	}
	return "", errors.New("too many levels of symbolic links")
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// regularFile is an output written to a locked temporary file and renamed
// into place when done.
type regularFile struct {
	plan   *outputPlan
	f      *os.File
	lock   func() // releases the lock
	closed bool   // synced and closed
	done   bool   // renamed or removed
}

// createTemp makes the temporary file beside the target, locked, with the
// mode of the existing target (else 0644, as the shell creates files).
func createTemp(p *outputPlan) (*regularFile, error) {
	f, err := os.CreateTemp(filepath.Dir(p.path), p.tempPattern())
	if err != nil {
		return nil, fmt.Errorf("%s: cannot create a file there: %w", p.arg(), unwrapPath(err))
	}
	mode := os.FileMode(0o644)
	if p.exists != nil {
		mode = p.exists.Mode().Perm()
	}
	if err := f.Chmod(mode); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, fmt.Errorf("%s: %w", p.arg(), err)
	}
	unlock, _ := lockFile(f)
	return &regularFile{plan: p, f: f, lock: unlock}, nil
}

// commitTo syncs and closes the file, then renames it to path. After a
// failed rename it may be called again with another path.
func (r *regularFile) commitTo(path string) error {
	if !r.closed {
		err := r.f.Sync()
		r.lock()
		if cerr := r.f.Close(); err == nil {
			err = cerr
		}
		r.closed = true
		if err != nil {
			return err
		}
	}
	if err := os.Rename(r.f.Name(), path); err != nil {
		return err
	}
	r.done = true
	return nil
}

// discard removes the temporary file.
func (r *regularFile) discard() {
	if r.done {
		return
	}
	if !r.closed {
		r.lock()
		r.f.Close()
		r.closed = true
	}
	os.Remove(r.f.Name())
	r.done = true
}

// cleanStaleTemps finds temporary files of earlier runs on the same
// output whose process is gone (their lock is free). Only a file that
// starts with a header record is annotate's (annotate writes it first,
// in one write): the first one becomes NAME.partial when there is none,
// so that --resume continues it; the others are removed. A file that
// only has the name of one (empty, or anything else) is left, and named.
// It returns what it did, for the user.
func cleanStaleTemps(p *outputPlan) []string {
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(p.path), globEscape(p.tempPattern())))
	var notes []string
	for _, m := range matches {
		// only a regular file can be ours: opening a FIFO someone put
		// there would block the run, a link points at a file not ours
		if info, err := os.Lstat(m); err != nil || !info.Mode().IsRegular() {
			continue
		}
		f, err := corpus.OpenRegular(m) // and still one when opened
		if err != nil {
			continue
		}
		unlock, ok := lockFile(f)
		if !ok {
			f.Close() // a run in progress
			continue
		}
		head := make([]byte, 4096)
		n, _ := io.ReadFull(f, head)
		line, _, _ := bytes.Cut(head[:n], []byte("\n"))
		_, perr := os.Stat(p.partialPath())
		switch {
		case !corpus.IsHeaderRecord(line):
			notes = append(notes, fmt.Sprintf("left %s: its name is that of a temporary file of dispatch annotate, but it does not start with the header record annotate writes first, so it is not one; remove it if it is not needed", m))
		case errors.Is(perr, fs.ErrNotExist) && os.Rename(m, p.partialPath()) == nil:
			notes = append(notes, fmt.Sprintf("kept the output of a run that was killed (%s) as %s; continue it with --resume", filepath.Base(m), p.partialPath()))
		case os.Remove(m) == nil:
			notes = append(notes, fmt.Sprintf("removed %s, left by a run that was killed", m))
		}
		unlock()
		f.Close()
	}
	return notes
}

// globEscape escapes the glob metacharacters of a pattern made by
// tempPattern, except its final "*".
func globEscape(pattern string) string {
	base := strings.TrimSuffix(pattern, "*")
	var b strings.Builder
	for _, r := range base {
		if strings.ContainsRune(`*?[\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String() + "*"
}

// sameFileInputs refuses an output that is one of the inputs, and returns
// the existing output file when it lies inside an input folder, to be
// left out of the reading. An output inside an input folder that a
// reader would read (a document, annotations, gold of any format), and
// that is not dispatch output, is refused as well: it is an input. Files
// are compared by device and inode, so no name, link or hard link slips
// through; standard input ("-" among paths) is compared by the file it
// is, when it is one (annotate - -o X < X).
//
// Every flag that writes a file (annotate -o, eval --docs-out, export -o,
// render -o) comes here, through planOutputOf.
func sameFileInputs(p *outputPlan, e *env, paths []string) (exclude []os.FileInfo, err error) {
	stdin := e.stdin
	path := p.path
	switch {
	case p.kind == toStdout:
		return nil, stdoutIsInput(e, paths)
	case p.kind == toStream && p.file != "":
		path = p.file // a descriptor of a regular file: that file
	case p.kind != toRegular:
		return nil, nil
	}
	for _, in := range paths {
		if in == "-" {
			if f, ok := stdin.(*os.File); ok && p.exists != nil {
				if info, err := f.Stat(); err == nil && os.SameFile(info, p.exists) {
					return nil, fmt.Errorf("%s is standard input: refusing to overwrite an input", p.arg())
				}
			}
			continue
		}
		info, err := os.Stat(in)
		if err != nil {
			continue // the reader reports it
		}
		if p.exists != nil && os.SameFile(info, p.exists) {
			return nil, fmt.Errorf("%s is the input %s: refusing to overwrite an input", p.arg(), in)
		}
		if !info.IsDir() || p.exists == nil {
			continue
		}
		if !insideFolder(path, info) {
			// A hard link (or a link's target) elsewhere may still be a
			// file the folder's reader reads (red team 6, 8a).
			if f := fileInFolder(in, p.exists); f != "" {
				if !corpus.HasHeader(f) {
					return nil, fmt.Errorf("%s is the same file as %s, a document in the input folder %s (a hard link or a link to it): refusing to overwrite an input", p.arg(), f, in)
				}
				exclude = append(exclude, p.exists) // dispatch output: not an input
			}
			continue
		}
		if readableExt(path) && !corpus.HasHeader(path) {
			return nil, fmt.Errorf("%s is a document in the input folder %s: refusing to overwrite an input", p.arg(), in)
		}
		exclude = append(exclude, p.exists)
	}
	return exclude, nil
}

// stdoutIsInput refuses a standard output that is a regular file which
// is also one of the inputs (a file, standard input, or a file a folder's
// reader reads): written while it is read, the input is damaged or read
// back (red team 17, 3: annotate d.jsonl >> d.jsonl, 1<>d.jsonl). As
// GNU cat's "input file is output file", by device and inode.
func stdoutIsInput(e *env, paths []string) error {
	f, ok := e.stdout.(*os.File)
	if !ok {
		return nil
	}
	out, err := f.Stat()
	if err != nil || !out.Mode().IsRegular() {
		return nil
	}
	name := "standard output"
	if real, err := os.Readlink(fmt.Sprintf("/proc/self/fd/%d", f.Fd())); err == nil && filepath.IsAbs(real) {
		name += " (the file " + real + ")"
	}
	refuse := func(in string) error {
		return fmt.Errorf("%s is the input %s: refusing to write over an input while it is read; write to another file (-o FILE)", name, in)
	}
	for _, in := range paths {
		if in == "-" {
			if sf, ok := e.stdin.(*os.File); ok {
				if info, err := sf.Stat(); err == nil && os.SameFile(info, out) {
					return refuse("standard input")
				}
			}
			continue
		}
		info, err := os.Stat(in)
		if err != nil {
			continue // the reader reports it
		}
		if os.SameFile(info, out) {
			return refuse(in)
		}
		if info.IsDir() {
			if f := fileInFolder(in, out); f != "" {
				return refuse(f + ", in the input folder " + in)
			}
		}
	}
	return nil
}

// fileInFolder returns the path of a file under the folder dir that a
// reader may read (by its name, in a folder not hidden) and that is the
// file out, by device and inode (a hard link, or a link to it), or ""
// when there is none.
func fileInFolder(dir string, out os.FileInfo) string {
	found := ""
	walkReadable(dir, func(path string, d fs.DirEntry) error {
		info, err := d.Info()
		if err == nil && d.Type()&fs.ModeSymlink != 0 {
			info, err = os.Stat(path) // the file it names
		}
		if err == nil && os.SameFile(info, out) {
			found = path
			return fs.SkipAll
		}
		return nil
	})
	return found
}

// walkReadable calls f for each file under the folder dir that a reader
// may read: by its name (readableExt), in a folder not hidden; a link to a
// folder named as dir is walked as the folder. Errors are the readers' to
// report: the walk passes over them.
func walkReadable(dir string, f func(path string, d fs.DirEntry) error) {
	dir = corpus.WalkRoot(dir)
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return nil
		case d.IsDir():
			if path != dir && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		case !readableExt(path):
			return nil
		}
		return f(path, d)
	})
}

// readableExt reports whether a reader of dispatch (documents,
// annotations, or gold in any --gold-format: brat .ann, TimeML .tml and
// .xml) may read a file of path's name from a folder.
func readableExt(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".jsonl", ".ndjson", ".json", ".gz", ".zst", ".ann", ".tml", ".xml":
		return true
	}
	return false
}

// insideFolder reports whether path lies somewhere under the folder dir,
// comparing folders by device and inode.
func insideFolder(path string, dir os.FileInfo) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	for d := filepath.Dir(abs); ; d = filepath.Dir(d) {
		if info, err := os.Stat(d); err == nil && os.SameFile(info, dir) {
			return true
		}
		if d == filepath.Dir(d) {
			return false
		}
	}
}

// writeOutput writes one whole output (a page, an export) where plan
// says: standard output, a stream written straight through, or a regular
// file replaced only when write has succeeded. A failed write leaves an
// existing file as it was. A regular file's run first removes the
// temporary file a killed run on it left, when its lock file proves it
// (removeKilledTemp), and names any other file that only looks like one
// (staleTempNotes): note prints each such message.
func writeOutput(e *env, plan *outputPlan, note func(string), write func(io.Writer) error) error {
	var w io.Writer
	var commit func() error
	switch plan.kind {
	case toStdout:
		// a write the reader keeps waiting is given up after Ctrl-C
		// (red team 20: export, render and eval hung until the reader
		// went away)
		out, stop := stoppableStdout(e)
		defer stop()
		w, commit = out, func() error { return nil }
	case toStream:
		f, stop, err := openStream(e.ctx, plan)
		if err != nil {
			return err
		}
		defer stop()
		defer f.Close()
		w, commit = f, f.Close
	default:
		lock, err := lockOutput(plan, "dispatch")
		if err != nil {
			return err
		}
		defer lock.release()
		if lock != nil {
			for _, n := range removeKilledTemp(plan, lock.previous) {
				note(n)
			}
		}
		for _, n := range staleTempNotes(plan) {
			note(n)
		}
		t, err := createTemp(plan)
		if err != nil {
			return err
		}
		defer t.discard()
		lock.recordTemp(t.f)
		w, commit = &startRecorder{f: t.f, lock: lock}, func() error { return t.commitTo(plan.path) }
	}
	if plan.kind != toRegular {
		w = &countingWriter{w: w, n: &plan.reached}
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	err := write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = commit()
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", plan.name, err)
	}
	return nil
}

// openStream opens the stream that plan names (a device, a FIFO, a
// pipe) for writing. Opening a FIFO waits for a reader, and writing to
// one waits while its reader reads nothing: both end when ctx is done
// (Ctrl-C, SIGTERM), with ctx's error, instead of hanging the run. stop
// releases the watch on ctx; call it when done with the file.
func openStream(ctx context.Context, plan *outputPlan) (f *os.File, stop func() bool, err error) {
	type opened struct {
		f   *os.File
		err error
	}
	ch := make(chan opened, 1)
	go func() {
		f, err := os.OpenFile(plan.path, os.O_WRONLY, 0)
		ch <- opened{f, err}
	}()
	select {
	case o := <-ch:
		if o.err != nil {
			return nil, nil, fmt.Errorf("%s: %w", plan.arg(), unwrapPath(o.err))
		}
		f = o.f
	case <-ctx.Done():
		// the open goes on until a reader comes or the process ends;
		// a file it opens then is closed
		go func() {
			if o := <-ch; o.f != nil {
				o.f.Close()
			}
		}()
		return nil, nil, ctx.Err()
	}
	// a write blocked on a FIFO (or pipe) ends at its deadline; files
	// that have none (devices, regular files) do not block
	stop = context.AfterFunc(ctx, func() { f.SetWriteDeadline(time.Now()) })
	return f, stop, nil
}

// planOutputOf plans the -o of a command that reads the files inputs
// (annotation files, documents, gold): the output may not be one of them,
// nor a file inside one of their folders that the command would read.
// An explicitly empty -o is a usage error, not standard output. flag
// names the option in messages (-o, --docs-out).
func planOutputOf(flag, cmdOut string, given bool, e *env, inputs ...[]string) (*outputPlan, error) {
	if given && cmdOut == "" {
		return nil, usageError{fmt.Errorf(`%s "": give a file name, or - for standard output`, flag)}
	}
	plan, err := planOutputFlag(flag, cmdOut)
	if err != nil {
		return nil, err
	}
	var all []string
	for _, in := range inputs {
		all = append(all, in...)
	}
	if _, err := sameFileInputs(plan, e, all); err != nil {
		return nil, err
	}
	return plan, nil
}

// refuseFolderOfInputs refuses an output folder (brat export) that is an
// input, or holds one: files written there could replace the inputs.
func refuseFolderOfInputs(dir string, inputs ...[]string) error {
	out, err := os.Stat(dir)
	if err != nil {
		return nil // not there yet: it holds nothing
	}
	for _, in := range inputs {
		for _, p := range in {
			if p == "-" {
				continue
			}
			info, err := os.Stat(p)
			if err != nil {
				continue // the reader reports it
			}
			if os.SameFile(info, out) || insideFolder(p, out) {
				return fmt.Errorf("-o %s holds the input %s: refusing to write over inputs", dir, p)
			}
		}
	}
	return nil
}

// checkOutputFolder accepts as the output folder dir (render --split,
// export --format brat -o) one that does not exist yet (its parent must),
// or a real folder none of whose entries is refused by keep. A symbolic
// link is refused, never written through nor replaced. arg is the flag
// and its value for messages ("--split view"); why ends the refusal of
// an entry ("which render did not write; give a new or empty folder").
func checkOutputFolder(arg, dir string, keep func(fs.DirEntry) bool, why string) error {
	// Clean first: Lstat("link/") and Lstat("link/.") follow the link
	info, err := os.Lstat(filepath.Clean(dir))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		parent := filepath.Dir(filepath.Clean(dir))
		if info, err := os.Stat(parent); err != nil || !info.IsDir() {
			return fmt.Errorf("%s: folder %s does not exist", arg, parent)
		}
		return nil
	case err != nil:
		return fmt.Errorf("%s: %w", arg, unwrapPath(err))
	case info.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("%s: is a symbolic link: refusing to write through or replace it; give the folder itself", arg)
	case !info.IsDir():
		return fmt.Errorf("%s: is not a folder", arg)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("%s: %w", arg, unwrapPath(err))
	}
	for _, en := range entries {
		if !keep(en) {
			return fmt.Errorf("%s: the folder holds %s, %s", arg, en.Name(), why)
		}
	}
	return nil
}

// nonEmpty returns the names given (single-file flags such as --mapping),
// without the empty ones.
func nonEmpty(names ...string) []string {
	var out []string
	for _, n := range names {
		if n != "" {
			out = append(out, n)
		}
	}
	return out
}

// removeKilledTemp removes the temporary file that a run writing the
// output plan names (render -o, export -o, eval --docs-out) made before
// it was killed outright, as the lock file it left records (previous:
// its text when this run took the lock; see heldLock). The record proves
// the file: the run that held the lock is gone (this run holds it now,
// and a flock ends with its process), it named this file, and the file
// is still the one it made (same device and inode, a regular file,
// unlocked). A file of another name, another inode, or none, is not
// touched. (A file removed and made again under the killed run's random
// name may reuse its inode: only someone who copies that exact name
// could make one.) It returns what it did.
//
// Its content must still be the run's too (red team 18: a file the user
// had since overwritten in place, same inode, was removed): when the
// record says how the file began (startRecorder), its first bytes must
// be those; when it does not (the run was killed before it wrote), the
// file must be empty.
func removeKilledTemp(plan *outputPlan, previous string) []string {
	who, rest, _ := strings.Cut(previous, "\n")
	starts := map[string]string{} // by name, how the file began ("N-HEX")
	for line := range strings.Lines(rest) {
		if name, start, _, ok := parseTempLine(line); ok && start != "" {
			starts[name] = start
		}
	}
	var notes []string
	for line := range strings.Lines(rest) {
		name, start, key, ok := parseTempLine(line)
		if !ok || start != "" || name != filepath.Base(name) {
			continue
		}
		if match, _ := filepath.Match(globEscape(plan.tempPattern()), name); !match {
			continue // not a temporary file of this output
		}
		m := filepath.Join(filepath.Dir(plan.path), name)
		info, err := os.Lstat(m)
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		if k, ok := fileKey(info); !ok || k != key {
			continue // another file of that name now
		}
		f, err := corpus.OpenRegular(m)
		if err != nil {
			continue
		}
		unlock, free := lockFile(f)
		if free && !startsAs(f, starts[name]) {
			notes = append(notes, fmt.Sprintf("warning: %s (%s) was the temporary file of a run on %s that was killed (%s), but it no longer holds what that run wrote: left; remove it (rm %s) if it is not yours",
				m, formatBytes(info.Size()), plan.name, safeLine(who), m))
		} else if free && os.Remove(m) == nil {
			notes = append(notes, fmt.Sprintf("removed %s (%s), the temporary file of a run on %s that was killed before it ended (%s)",
				m, formatBytes(info.Size()), plan.name, safeLine(who)))
		}
		unlock()
		f.Close()
	}
	return notes
}

// parseTempLine reads a lock file's line naming a temporary file
// ("temporary file NAME DEV:INO") or saying how it begins ("temporary
// file NAME begins-N-HEX DEV:INO"; start is then "N-HEX"). NAME may hold
// spaces (an output's name may).
func parseTempLine(line string) (name, start, key string, ok bool) {
	rest, ok := strings.CutPrefix(strings.TrimSuffix(line, "\n"), tempLinePrefix)
	sp := strings.LastIndexByte(rest, ' ')
	if !ok || sp <= 0 {
		return "", "", "", false
	}
	name, key = rest[:sp], rest[sp+1:]
	if i := strings.LastIndex(name, " "+tempStartField); i > 0 {
		if n, hex, ok := strings.Cut(name[i+len(" "+tempStartField):], "-"); ok && allDigits(n) && len(hex) == 16 && !strings.Contains(hex, " ") {
			name, start = name[:i], n+"-"+hex
		}
	}
	return name, start, key, true
}

// startsAs reports whether the file f begins as start ("N-HEX": its first
// N bytes have the SHA-256 whose first 16 hex digits are HEX), or, with
// no start, is empty.
func startsAs(f *os.File, start string) bool {
	if start == "" {
		info, err := f.Stat()
		return err == nil && info.Size() == 0
	}
	ns, _, _ := strings.Cut(start, "-")
	n, err := strconv.Atoi(ns)
	if err != nil || n <= 0 || n > maxTempStart {
		return false
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(f, buf); err != nil {
		return false
	}
	return tempStart(buf) == start
}

// maxTempStart is the most bytes of a temporary file's beginning that
// its record covers.
const maxTempStart = 4096

// tempStart is the record of how a temporary file begins: the length of
// head and its SHA-256, 16 hex digits ("512-3f9c…").
func tempStart(head []byte) string {
	sum := sha256.Sum256(head)
	return fmt.Sprintf("%d-%x", len(head), sum[:8])
}

// startRecorder writes to a temporary file and, after the first bytes
// written, adds to the lock file how the file begins (recordTempStart):
// the proof that a file of that name and inode still holds the run's
// content, for the run after a kill.
type startRecorder struct {
	f    *os.File
	lock *heldLock
	done bool
}

func (w *startRecorder) Write(p []byte) (int, error) {
	n, err := w.f.Write(p)
	if !w.done && n > 0 {
		w.done = true
		w.lock.recordTempStart(w.f, p[:min(n, maxTempStart)])
	}
	return n, err
}

// staleTempNotes names the files beside a regular-file output that look
// like the temporary files of an earlier run on it that was killed
// (.NAME.tmp-*, a regular file whose lock is free) when no lock file
// records them (removeKilledTemp removes those): render -o and export
// -o write HTML, CSV, TSV or Parquet, which carry no mark of dispatch, so
// nothing else proves such a file is a run's and not the user's; each is
// named, with its size, and left (red team 16, 7: a 57 MB temp file was
// neither removed nor named). annotate's own, which carry a header
// record, are recovered by cleanStaleTemps.
func staleTempNotes(p *outputPlan) []string {
	if p == nil || p.kind != toRegular {
		return nil
	}
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(p.path), globEscape(p.tempPattern())))
	var notes []string
	for _, m := range matches {
		info, err := os.Lstat(m)
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		f, err := corpus.OpenRegular(m)
		if err != nil {
			continue
		}
		if unlock, ok := lockFile(f); ok {
			unlock()
			notes = append(notes, fmt.Sprintf("warning: %s (%s) looks like the temporary file of a run on %s that was killed; left, as nothing in it proves it is one: remove it (rm %s) if it is",
				m, formatBytes(info.Size()), p.name, m))
		} // else a run in progress writes it
		f.Close()
	}
	return notes
}

// countingWriter adds the bytes that w took to *n.
type countingWriter struct {
	w io.Writer
	n *int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	k, err := c.w.Write(p)
	*c.n += int64(k)
	return k, err
}
