package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// progressBar draws one line of progress on a terminal, redrawn in place
// after a carriage return: a description, then, once the total is known,
// the percentage, a bar of barWidth cells, bytes done of the total, the
// rate and the time elapsed and left; before, bytes done, the rate and the
// time elapsed. It is not safe for concurrent use (console holds its lock
// around every call).
//
// It replaces github.com/schollz/progressbar/v3, whose dependencies
// (a color package that compiles a regular expression at start-up, the
// net/http tree, Unicode width tables) ran their package initialisation
// at every start of the program, bar or no bar.
type progressBar struct {
	w        io.Writer
	desc     string
	total    int64 // 0: not known
	done     int64
	start    time.Time
	drawn    time.Time // the last drawing
	widest   int       // the widest line drawn, for clear
	throttle time.Duration
}

// barWidth is the number of cells of the bar.
const barWidth = 30

func newProgressBar(w io.Writer, desc string) *progressBar {
	return &progressBar{w: w, desc: desc, start: time.Now(), throttle: 100 * time.Millisecond}
}

// setTotal sets the number of bytes that make 100%.
func (b *progressBar) setTotal(n int64) { b.total = n }

// describe sets the description, shown at the next drawing.
func (b *progressBar) describe(s string) { b.desc = s }

// add counts n more bytes done and redraws the line, at most once per
// throttle.
func (b *progressBar) add(n int64) {
	b.done += n
	if now := time.Now(); now.Sub(b.drawn) >= b.throttle {
		b.draw(now)
	}
}

// redraw draws the line now (after clear, to put it back).
func (b *progressBar) redraw() { b.draw(time.Now()) }

// clear blanks the line and puts the cursor at its start.
func (b *progressBar) clear() {
	if b.widest > 0 {
		io.WriteString(b.w, "\r"+strings.Repeat(" ", b.widest)+"\r")
	}
}

func (b *progressBar) draw(now time.Time) {
	b.drawn = now
	line := b.line(now.Sub(b.start))
	pad := ""
	if n := len([]rune(line)); n > b.widest {
		b.widest = n
	} else {
		pad = strings.Repeat(" ", b.widest-n)
	}
	io.WriteString(b.w, "\r"+line+pad)
}

// line is the text of the bar after elapsed time.
func (b *progressBar) line(elapsed time.Duration) string {
	secs := elapsed.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(b.done) / secs
	}
	if b.total <= 0 {
		return fmt.Sprintf("%s (%s, %s/s) [%s]", b.desc, sizeText(float64(b.done)), sizeText(rate), roundSeconds(elapsed))
	}
	frac := min(float64(b.done)/float64(b.total), 1)
	cells := int(frac * barWidth)
	left := time.Duration(0)
	if b.done > 0 && b.done < b.total {
		left = time.Duration(float64(elapsed) * float64(b.total-b.done) / float64(b.done))
	}
	return fmt.Sprintf("%s %3d%% |%s%s| (%s/%s, %s/s) [%s:%s]", b.desc, int(frac*100),
		strings.Repeat("█", cells), strings.Repeat(" ", barWidth-cells),
		sizeText(float64(b.done)), sizeText(float64(b.total)), sizeText(rate),
		roundSeconds(elapsed), roundSeconds(left))
}

// sizeText writes a number of bytes in decimal units: 512 B, 3.4 MB.
func sizeText(n float64) string {
	units := []string{"B", "kB", "MB", "GB", "TB"}
	u := 0
	for n >= 1000 && u < len(units)-1 {
		n /= 1000
		u++
	}
	if u == 0 {
		return fmt.Sprintf("%.0f %s", n, units[u])
	}
	return fmt.Sprintf("%.1f %s", n, units[u])
}

// roundSeconds writes d to the second: 0s, 42s, 1m5s.
func roundSeconds(d time.Duration) string { return d.Round(time.Second).String() }
