package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/schollz/progressbar/v3"
)

// console prints a command's messages on stderr, above the progress bar
// when there is one: the bar is cleared, the line printed, the bar drawn
// again below it. It is safe for concurrent use.
type console struct {
	mu     sync.Mutex
	w      io.Writer
	prefix string
	bar    *progressbar.ProgressBar // nil without a bar
	docs   int
	flood  floodGuard // messages of one kind printed (printKind)
}

func (c *console) printf(format string, a ...any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bar != nil {
		c.bar.Clear()
	}
	// one message, one line: a line break from a file name or an error
	// is written as \n, so that no input can forge a line of the log
	msg := strings.ReplaceAll(safeMessage(fmt.Sprintf(c.prefix+format, a...)), "\n", `\n`)
	io.WriteString(c.w, msg+"\n")
	if c.bar != nil {
		c.bar.RenderBlank()
	}
}

// startBar shows a progress bar on the console, counting bytes of text:
// with a total, percentage and time left once sizeOf(paths) has counted
// the input (in the background), else a count and a rate.
func (c *console) startBar(ctx context.Context, paths []string) {
	c.bar = progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(c.w),
		progressbar.OptionSetDescription("annotating"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		// no spinner goroutine: every drawing happens under c.mu, so a
		// message is never written in the middle of the bar
		progressbar.OptionSetSpinnerChangeInterval(0),
		progressbar.OptionSetWidth(30),
		progressbar.OptionClearOnFinish(),
	)
	setMax := func() {
		if total, ok := sizeOf(ctx, paths); ok && total > 0 {
			c.mu.Lock()
			if c.bar != nil { // the run may have ended meanwhile
				c.bar.ChangeMax64(total)
			}
			c.mu.Unlock()
		}
	}
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			go setMax() // a folder walk may take a while: the run starts meanwhile
			return
		}
	}
	setMax() // named files: one stat each
}

// doc counts one document of n bytes on the bar.
func (c *console) doc(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bar == nil {
		return
	}
	c.docs++
	if c.docs%16 == 1 {
		c.bar.Describe(fmt.Sprintf("%d docs", c.docs))
	}
	c.bar.Add64(int64(n))
}

// finish removes the bar.
func (c *console) finish() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bar != nil {
		c.bar.Finish()
		c.bar.Clear()
		c.bar = nil
	}
}

// sizeOf adds up the sizes of the files the reader will read at paths:
// named files, and the .txt, .jsonl and .ndjson files of folders (hidden
// folders skipped, as the reader does). It reports false when a size
// cannot be known (standard input, a device or FIFO).
func sizeOf(ctx context.Context, paths []string) (int64, bool) {
	var total int64
	for _, p := range paths {
		if p == "-" {
			return 0, false
		}
		info, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !info.IsDir() {
			if !info.Mode().IsRegular() {
				return 0, false
			}
			total += info.Size()
			continue
		}
		p := corpus.WalkRoot(p)
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if ctx.Err() != nil {
				return fs.SkipAll
			}
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir
				}
				return nil
			}
			switch strings.ToLower(filepath.Ext(path)) {
			case ".txt", ".jsonl", ".ndjson":
				if info, err := d.Info(); err == nil && info.Mode().IsRegular() {
					total += info.Size()
				}
			}
			return nil
		})
	}
	return total, ctx.Err() == nil
}
