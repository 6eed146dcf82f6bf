package main

import (
	"fmt"
	"sync"
)

// maxPerKind is how many messages of one kind (a document's error or a
// warning, by reason: "malformed JSON", "not UTF-8") a run prints; the
// rest are counted and said in one line at the end, so that a million
// bad records print no more than a few screens (they are all counted in
// the summary).
const maxPerKind = 20

// floodGuard counts messages by kind and tells which to print.
type floodGuard struct {
	mu     sync.Mutex
	shown  map[string]int
	hidden map[string]int
	order  []string // kinds with hidden messages, in the order first hidden
}

// allow counts one message of kind and reports whether to print it.
func (g *floodGuard) allow(kind string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.shown == nil {
		g.shown, g.hidden = make(map[string]int), make(map[string]int)
	}
	if g.shown[kind] < maxPerKind {
		g.shown[kind]++
		return true
	}
	if g.hidden[kind] == 0 {
		g.order = append(g.order, kind)
	}
	g.hidden[kind]++
	return false
}

// notShown returns one line per kind with messages left out, and
// forgets them.
func (g *floodGuard) notShown() []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	var lines []string
	for _, k := range g.order {
		lines = append(lines, fmt.Sprintf("… and %d more messages of this kind not shown (%d in all): %s", g.hidden[k], g.hidden[k]+g.shown[k], k))
	}
	g.order, g.hidden = nil, make(map[string]int)
	return lines
}

// printKind prints a message of kind on the console, unless maxPerKind
// of that kind have been printed (see flushHidden).
func (c *console) printKind(kind, format string, a ...any) {
	if c.flood.allow(kind) {
		c.printf(format, a...)
	}
}

// flushHidden prints, for each kind of message that printKind left out,
// how many.
func (c *console) flushHidden() {
	for _, l := range c.flood.notShown() {
		c.printf("%s", l)
	}
}
