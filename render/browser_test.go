package render

// Tests in a real browser: headless Chromium driven by chromedp over the
// DevTools protocol. They are skipped where Chromium is absent, except in
// CI (CI set), where .ci/run installs it and a missing browser fails.

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/dispatch-nlp/dispatch/corpus"
)

// chromium returns the path of the browser: $DISPATCH_CHROMIUM, else
// chromium or chromium-browser on PATH.
func chromium() string {
	if p := os.Getenv("DISPATCH_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser is one headless Chromium with one tab, and the errors written
// to its console.
type browser struct {
	t    *testing.T
	ctx  context.Context
	mu   sync.Mutex
	errs []string
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	path := chromium()
	if path == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("Chromium not found: CI must run the browser tests (.ci/run installs Debian's chromium package)")
		}
		t.Skip("Chromium not found: skipping the browser tests (apt-get install chromium, or set DISPATCH_CHROMIUM to its path)")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-component-update", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1100, 800),
		// Chromium puts its singleton socket in a fresh folder of TMPDIR
		// and leaves it there: give it the test's own
		chromedp.Env("TMPDIR="+t.TempDir()))
	// A hang guard, not a timing check.
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(func() { bcancel(); acancel(); cancel() })
	// Start the browser and its tab. Focus emulation makes the page act as
	// the focused window, as it is for a person using it: focus events fire.
	focus := chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true})
		return err
	})
	if err := chromedp.Do(bctx, focus); err != nil {
		t.Fatalf("starting Chromium (%s): %v", path, err)
	}
	b := &browser{t: t, ctx: bctx}
	msgs := chromedp.Console(bctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				b.mu.Lock()
				b.errs = append(b.errs, m.String())
				b.mu.Unlock()
			}
		}
	}()
	return b
}

// do runs the actions, failing the test on an error.
func (b *browser) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
}

// waitFor evaluates a JavaScript predicate until it holds, for up to 30
// seconds. Errors count as false: during a navigation the page being left
// and the one loading refuse evaluations for a moment.
func (b *browser) waitFor(what, predicate string) {
	b.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if ok, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](predicate)); err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			b.t.Fatalf("waiting for %s: %s never held", what, predicate)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// js evaluates a JavaScript expression.
func js[T any](b *browser, expr string) T {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		b.t.Fatalf("evaluating %.80s: %v", expr, err)
	}
	return v
}

// open loads a file.
func (b *browser) open(path string) {
	b.t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		b.t.Fatal(err)
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	b.do("opening "+path, chromedp.Navigate(u.String()), chromedp.WaitVisible(chromedp.CSS("body")))
}

// noErrors fails the test if the console had errors.
func (b *browser) noErrors() {
	b.t.Helper()
	b.do("settling", chromedp.Sleep(200*time.Millisecond)) // let late messages arrive
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, e := range b.errs {
		b.t.Errorf("console: %s", e)
	}
	b.errs = nil
}

// center scrolls the element with id into view and returns the middle of
// its first line box, in viewport coordinates.
func (b *browser) center(id string) (float64, float64) {
	b.t.Helper()
	xy := js[[]float64](b, fmt.Sprintf(`(function () {
		var e = document.getElementById(%q);
		e.scrollIntoView({block: 'center'});
		var r = e.getClientRects()[0];
		return [r.left + r.width / 2, r.top + r.height / 2];
	})()`, id))
	return xy[0], xy[1]
}

func (b *browser) click(id string) {
	b.t.Helper()
	x, y := b.center(id)
	b.do("clicking "+id, chromedp.MouseClickXY(x, y))
}

// linked returns the keys of the lit-up highlights.
func (b *browser) linked() []string {
	keys := js[[]string](b, `Array.from(new Set(Array.from(document.querySelectorAll('.text .linked'), function (e) { return e.getAttribute('data-k'); })))`)
	slices.Sort(keys)
	return keys
}

// tipText returns the text of the tip, "" when hidden.
func (b *browser) tipText() string {
	return js[string](b, `(function () { var t = document.getElementById('tip'); return t.hidden ? '' : t.textContent; })()`)
}

func writePage(t *testing.T, v *View) string {
	t.Helper()
	var buf bytes.Buffer
	if err := v.WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "view.html")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// sample reads the sample corpus and its gold annotations, or skips.
func sample(t *testing.T) ([]corpus.Document, []corpus.Annotated) {
	t.Helper()
	var docs []corpus.Document
	for d, err := range new(corpus.Reader).Read("../../shared/corpus") {
		if err != nil {
			t.Skipf("no sample corpus: %v", err)
		}
		docs = append(docs, d)
	}
	var gold []corpus.Annotated
	for a, err := range corpus.ReadAnnotated(nil, "../corpus/gold") {
		if err != nil {
			t.Fatal(err)
		}
		gold = append(gold, a)
	}
	return docs, gold
}

func TestBrowserArticles(t *testing.T) {
	docs, gold := sample(t)
	v, err := Articles(context.Background(), docs, gold, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := newBrowser(t)
	b.open(writePage(t, v))
	b.noErrors()

	// Each highlight's text, its fragments joined, is its annotation's text.
	shown := js[map[string]string](b, `(function () {
		var m = {};
		document.querySelectorAll('.text [data-k]').forEach(function (e) {
			var k = e.getAttribute('data-k');
			m[k] = (m[k] || '') + e.textContent;
		});
		return m;
	})()`)
	n := 0
	var quote, date string // a quote with a speaker and a date, in the first document
	for i, a := range gold {
		for j, an := range a.Annotations {
			key := fmt.Sprintf("d%d-a%d", i, j)
			n++
			if shown[key] != an.Text {
				t.Errorf("%s (%s %d-%d): shown %q, want %q", key, an.Type, an.Start, an.End, shown[key], an.Text)
			}
			if i == 0 && an.Type == corpus.Quote && an.Speaker != "" && quote == "" {
				quote = key
			}
			if i == 0 && an.Type == corpus.Date && date == "" {
				date = key
			}
		}
	}
	if n == 0 || quote == "" || date == "" {
		t.Fatal("the sample gold has no annotations, quotes or dates")
	}

	// A click on a quote lights up its speaker mention; a click on the
	// mention lights up its quotes.
	q := builtTips(t, v, 0)[quote]
	b.click(quote)
	if got, want := b.linked(), sorted(quote, q.Speaker[0]); !slices.Equal(got, want) {
		t.Errorf("after a click on quote %s: lit %q, want %q", quote, got, want)
	}
	sp := builtTips(t, v, 0)[q.Speaker[0]]
	b.click(q.Speaker[0])
	if got, want := b.linked(), sorted(append([]string{q.Speaker[0]}, sp.Quotes...)...); !slices.Equal(got, want) {
		t.Errorf("after a click on speaker %s: lit %q, want %q", q.Speaker[0], got, want)
	}
	b.do("Escape", chromedp.KeyEvent(kb.Escape))
	if got := b.linked(); len(got) != 0 {
		t.Errorf("after Escape: lit %q", got)
	}

	// The keyboard: focus shows the tip, Enter lights up the speaker.
	b.do("focusing a quote", chromedp.Focus(chromedp.ID(quote)))
	if tip := b.tipText(); !strings.Contains(tip, "speaker"+q.Fields[0][1]) {
		t.Errorf("tip on focus: %q, want the speaker %q", tip, q.Fields[0][1])
	}
	b.do("Enter", chromedp.KeyEvent(kb.Enter))
	if got := b.linked(); !slices.Contains(got, q.Speaker[0]) {
		t.Errorf("after Enter on quote %s: lit %q", quote, got)
	}
	b.do("blur", chromedp.Evaluate[chromedp.Void](`document.activeElement.blur()`))

	// Hovering a date shows its value.
	x, y := b.center(date)
	b.do("hovering a date", chromedp.MouseEvent(chromedp.MouseMoved, x, y))
	if tip, want := b.tipText(), "value"+builtTips(t, v, 0)[date].Fields[0][1]; !strings.Contains(tip, want) {
		t.Errorf("tip on hover: %q, want %q", tip, want)
	}

	// Hovering a quote outlines its speaker mention.
	x, y = b.center(quote)
	b.do("hovering a quote", chromedp.MouseEvent(chromedp.MouseMoved, x, y))
	near := js[[]string](b, `Array.from(document.querySelectorAll('.text .near'), function (e) { return e.getAttribute('data-k'); })`)
	if !slices.Contains(near, q.Speaker[0]) {
		t.Errorf("hovering quote %s outlines %q, want its speaker %s", quote, near, q.Speaker[0])
	}

	// The type filter takes the highlight off and puts it back.
	style := func(id string) string {
		return js[string](b, fmt.Sprintf(`(function () { var s = getComputedStyle(document.getElementById(%q)); return s.backgroundColor + ' ' + s.borderBottomColor; })()`, id))
	}
	on := style("d0-a0")
	b.do("hiding OFFICIAL", chromedp.Click(chromedp.CSS(`input[data-filter="t-OFFICIAL"]`)))
	if off := style("d0-a0"); off != "rgba(0, 0, 0, 0) rgba(0, 0, 0, 0)" {
		t.Errorf("hidden OFFICIAL drawn as %q", off)
	}
	if dateStyle := style(date); strings.HasPrefix(dateStyle, "rgba(0, 0, 0, 0)") {
		t.Errorf("hiding OFFICIAL hid a DATE: %q", dateStyle)
	}
	b.do("showing OFFICIAL", chromedp.Click(chromedp.CSS(`input[data-filter="t-OFFICIAL"]`)))
	if again := style("d0-a0"); again != on {
		t.Errorf("shown again as %q, want %q", again, on)
	}
	b.noErrors()
}

func sorted(s ...string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return slices.Compact(s)
}

// TestBrowserHostile checks that markup in documents, ids and annotation
// attributes stays text.
func TestBrowserHostile(t *testing.T) {
	va, err := Articles(context.Background(), fixtureDocs(t), fixtureGold(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	ve, err := Evaluation(context.Background(), fixtureDocs(t), fixtureGold(t), fixturePred(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := newBrowser(t)
	for name, v := range map[string]*View{"articles": va, "evaluation": ve} {
		b.open(writePage(t, v))
		b.noErrors()
		check := func(when string) {
			if got := js[string](b, `String(window.pwned)`); got != "undefined" {
				t.Errorf("%s, %s: injected script ran: window.pwned = %s", name, when, got)
			}
			// (each document's own data block is a script element in main;
			// TestEscaping counts them)
			if got := js[int](b, `document.querySelectorAll('main img, main svg, main b, main script:not(script.dispatch-data)').length`); got != 0 {
				t.Errorf("%s, %s: %d injected elements", name, when, got)
			}
		}
		check("on load")
		text := js[string](b, `document.querySelector('#d1 .text').textContent`)
		for _, want := range []string{`<img src=x onerror="window.pwned=2">`, "</script><script>window.pwned=1</script>", "javascript:alert(1)", "ESC", "U+202E"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: the text lacks %q: %q", name, want, text)
			}
		}
		if got := js[string](b, `document.querySelector('#d1-h').textContent`); got != hostileID {
			t.Errorf("%s: heading %q, want the id %q", name, got, hostileID)
		}
		// Tips show hostile attributes as text.
		key := map[string]string{"articles": "d1-a0", "evaluation": "d1-p0"}[name]
		b.do("focusing", chromedp.Focus(chromedp.ID(key)))
		if tip := b.tipText(); !strings.Contains(tip, "</title><script>window.pwned=5</script>") {
			t.Errorf("%s: tip %q", name, tip)
		}
		check("after the tip")
		b.noErrors()
	}
}

func TestBrowserEvaluation(t *testing.T) {
	docs, gold := sample(t)
	// A prediction with every kind of mistake: the gold with its first
	// annotation dropped, its second shifted and a false hit added.
	var pred []corpus.Annotated
	for _, a := range gold {
		as := slices.Clone(a.Annotations[1:])
		as[0].End--
		as[0].Text = string([]rune(as[0].Text)[:len([]rune(as[0].Text))-1])
		pred = append(pred, corpus.Annotated{ID: a.ID, Date: a.Date, Annotations: as})
	}
	v, err := Evaluation(context.Background(), docs, gold, pred, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := newBrowser(t)
	b.open(writePage(t, v))
	b.noErrors()
	counts := js[map[string]int](b, `(function () {
		var m = {};
		['hit', 'miss', 'boundary', 'wrong', 'false'].forEach(function (o) { m[o] = document.querySelectorAll('.text [id].o-' + o).length; });
		return m;
	})()`)
	if counts["miss"] != len(gold) || counts["boundary"]+counts["wrong"] != len(gold) || counts["hit"] == 0 {
		t.Errorf("outcomes %v: want %d misses, %d changed spans and some hits", counts, len(gold), len(gold))
	}
	// The error list links to the place in the text.
	b.do("following the first error link", chromedp.Click(chromedp.CSS(`.errors a`)))
	if got := js[string](b, `location.hash + ' ' + (document.querySelector(':target') || {}).className`); !strings.HasPrefix(got, "#d0-g0 a t-") || !strings.Contains(got, "o-miss") {
		t.Errorf("after the error link: %q, want the missed gold span #d0-g0", got)
	}
	b.noErrors()
}

// TestBrowserPages checks the split view: the script and style sheet
// beside the pages load under the pages' Content Security Policy.
func TestBrowserPages(t *testing.T) {
	v, err := Articles(context.Background(), fixtureDocs(t), fixtureGold(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, p := range v.Pages() {
		var buf bytes.Buffer
		if err := p.Write(&buf); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, p.Name), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b := newBrowser(t)
	b.open(filepath.Join(dir, IndexFile))
	b.noErrors()
	b.do("following a summary link", chromedp.Click(chromedp.CSS(`.officials a`)))
	// The click starts a navigation: wait until the new document has
	// loaded, or a later query can find a node of the page being left.
	b.waitFor("the summary link's page", `location.pathname.endsWith('doc-0001-briefing.html') && document.readyState === 'complete'`)
	b.do("waiting for the text", chromedp.WaitVisible(chromedp.CSS(".text")))
	if got := js[string](b, `location.pathname.split('/').pop() + location.hash`); got != "doc-0001-briefing.html#d0-a0" {
		t.Errorf("the link led to %q", got)
	}
	b.do("hiding QUOTE", chromedp.Click(chromedp.CSS(`input[data-filter="t-QUOTE"]`)))
	if !js[bool](b, `document.body.classList.contains('hide-t-QUOTE')`) {
		t.Error("the filter did nothing: the script beside the page did not run")
	}
	if got := js[string](b, `getComputedStyle(document.querySelector('.bar')).position`); got != "sticky" {
		t.Errorf("the style sheet beside the page did not load (bar position %q)", got)
	}
	b.noErrors()
}

// TestScreenshot writes a screenshot of the page $DISPATCH_SCREENSHOT_PAGE
// to $DISPATCH_SCREENSHOT, with a quote lit up and a tip shown. It makes
// the README's picture (see scripts/screenshot.sh).
func TestScreenshot(t *testing.T) {
	page, out := os.Getenv("DISPATCH_SCREENSHOT_PAGE"), os.Getenv("DISPATCH_SCREENSHOT")
	if page == "" || out == "" {
		t.Skip("set DISPATCH_SCREENSHOT_PAGE and DISPATCH_SCREENSHOT to take a screenshot")
	}
	b := newBrowser(t)
	b.do("sizing", chromedp.EmulateViewport(1000, 720))
	b.open(page)
	quote := os.Getenv("DISPATCH_SCREENSHOT_QUOTE")
	hover := os.Getenv("DISPATCH_SCREENSHOT_HOVER")
	if quote != "" {
		b.click(quote)
	}
	if hover != "" {
		x, y := b.center(hover)
		b.do("hovering", chromedp.MouseEvent(chromedp.MouseMoved, x, y))
	}
	png, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, png, 0o644); err != nil {
		t.Fatal(err)
	}
	b.noErrors()
}
