package render

import (
	"fmt"
	"html/template"
	"strings"
)

// Text from input files reaches the page in many places besides a
// document's text: ids, names, titles, speakers, quotes, dates, notes,
// the mistakes list, the page title and the tooltips. A bidirectional
// override left open there (U+202E) reverses what follows it on the line:
// a quote's document id, the next link (redteam14 F5, Trojan Source
// style). Everywhere, each control and bidirectional formatting character
// (see controlSymbol) is drawn as the document text view draws it: a
// visible label, never the raw character.

// hasControl tells whether s holds a character controlSymbol names.
func hasControl(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { _, ok := controlSymbol(r); return ok }) >= 0
}

// visibleHTML returns s escaped for HTML element content, each control
// or bidirectional formatting character as a labelled span (class ctl,
// as in the document text).
func visibleHTML(s string) template.HTML {
	if !hasControl(s) {
		return template.HTML(template.HTMLEscapeString(s))
	}
	var b strings.Builder
	from := 0
	for i, r := range s {
		sym, ok := controlSymbol(r)
		if !ok {
			continue
		}
		b.WriteString(template.HTMLEscapeString(s[from:i]))
		fmt.Fprintf(&b, `<span class="ctl" title="U+%04X">%s</span>`, r, template.HTMLEscapeString(sym))
		from = i + len(string(r))
	}
	b.WriteString(template.HTMLEscapeString(s[from:]))
	return template.HTML(b.String())
}

// visibleText returns s with each control or bidirectional formatting
// character replaced by its label between brackets ([U+202E], [ESC]),
// for places that hold text only: the page title, attribute values, the
// tooltips.
func visibleText(s string) string {
	if !hasControl(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if sym, ok := controlSymbol(r); ok {
			b.WriteString("[" + sym + "]")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// visibleTip returns t with its text and fields made visible.
func visibleTip(t tip) tip {
	t.Type, t.Text, t.Outcome = visibleText(t.Type), visibleText(t.Text), visibleText(t.Outcome)
	if len(t.Fields) > 0 {
		fs := make([][2]string, len(t.Fields))
		for i, f := range t.Fields {
			fs[i] = [2]string{visibleText(f[0]), visibleText(f[1])}
		}
		t.Fields = fs
	}
	return t
}

// templateFuncs are the page template's functions: vis for element
// content, plain for text-only places.
var templateFuncs = template.FuncMap{"vis": visibleHTML, "plain": visibleText}
