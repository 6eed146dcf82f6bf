package extract

import (
	"strings"
	"sync"
)

// titleCache holds the facts of titles (see titleFacts) for all the
// documents of a Pipeline: the facts depend on the title's text and the
// lexicon only, and documents state the same few hundred titles ("the
// president", "Foreign Minister") again and again; telling them once per
// document was 3% of the officials stage. It holds at most maxTitleCache
// titles (each a copy, so that no document's text is kept), then answers
// from what it holds. Safe for concurrent use.
type titleCache struct {
	mu sync.RWMutex
	m  map[string]uint8
}

// maxTitleCache bounds the titles a titleCache keeps.
const maxTitleCache = 1 << 14

func newTitleCache() *titleCache { return &titleCache{m: make(map[string]uint8)} }

// get returns the facts of title and whether they are known.
func (c *titleCache) get(title string) (uint8, bool) {
	if c == nil {
		return 0, false
	}
	c.mu.RLock()
	f, ok := c.m[title]
	c.mu.RUnlock()
	return f, ok
}

// put records the facts of title while there is room.
func (c *titleCache) put(title string, f uint8) {
	if c == nil {
		return
	}
	c.mu.Lock()
	if len(c.m) < maxTitleCache {
		c.m[strings.Clone(title)] = f
	}
	c.mu.Unlock()
}
