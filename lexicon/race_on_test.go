//go:build race

package lexicon

// hangScale multiplies this package's hang guards: the race detector makes
// a run 5-10 times slower, more on a loaded machine (CI once tripped a
// 3-minute guard that a plain run passes in seconds). A guard is against a
// hang, never a timing.
const hangScale = 6
