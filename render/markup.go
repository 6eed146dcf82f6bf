package render

import (
	"bufio"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
)

// The drawn text and the data block of a document are its bulk (a 1.6 MB
// document has some 300,000 tokens and 100,000 tips): they are written
// here, piece by piece, rather than by the template, which would hold the
// data block whole (marshalled, then escaped) and evaluate every field of
// every token by reflection. The output is byte for byte what the
// template wrote (the golden files hold it): texts are escaped as
// html/template escapes them, and the only markup is the view's own
// elements, whose keys and classes the view makes.

// htmlEscaper escapes text for an element's content or a quoted
// attribute value exactly as html/template does.
var htmlEscaper = strings.NewReplacer(
	"\x00", "\uFFFD",
	`"`, "&#34;",
	"&", "&amp;",
	"'", "&#39;",
	"+", "&#43;",
	"<", "&lt;",
	">", "&gt;",
)

// writeTokens writes the drawn text: the highlights as nested elements,
// the text escaped, control characters as labelled symbols.
func writeTokens(w *bufio.Writer, toks []token) error {
	for i := range toks {
		t := &toks[i]
		switch {
		case t.Close:
			w.WriteString("</span>")
		case t.Open:
			w.WriteString("<span")
			if t.Key() != "" {
				if t.First {
					w.WriteString(` id="`)
					htmlEscaper.WriteString(w, t.Key())
					w.WriteString(`" tabindex="0"`)
				}
				w.WriteString(` data-k="`)
				htmlEscaper.WriteString(w, t.Key())
				w.WriteString(`"`)
			}
			w.WriteString(` class="`)
			htmlEscaper.WriteString(w, t.Class())
			w.WriteString(" lv")
			w.WriteString(strconv.Itoa(min(int(t.Level), 5)))
			if t.Last {
				w.WriteString(" last")
			}
			w.WriteString(`">`)
		case t.Control() != "":
			w.WriteString(`<span class="ctl" title="`)
			htmlEscaper.WriteString(w, t.Text())
			w.WriteString(`">`)
			htmlEscaper.WriteString(w, t.Control())
			w.WriteString("</span>")
		default:
			if _, err := htmlEscaper.WriteString(w, t.Text()); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeData writes the document's data block: its tips as one JSON
// object, keys sorted (each key is unique), each entry marshalled on its
// own. encoding/json escapes <, > and & (and U+2028, U+2029), so that
// nothing in it can end the script element.
func writeData(w *bufio.Writer, tips []keyedTip) error {
	slices.SortFunc(tips, func(a, b keyedTip) int { return strings.Compare(a.key, b.key) })
	w.WriteString(`<script type="application/json" class="dispatch-data">{`)
	for i, kt := range tips {
		if i > 0 {
			w.WriteByte(',')
		}
		key, err := json.Marshal(kt.key)
		if err != nil {
			return err
		}
		val, err := json.Marshal(visibleTip(kt.tip))
		if err != nil {
			return err
		}
		w.Write(key)
		w.WriteByte(':')
		if _, err := w.Write(val); err != nil {
			return err
		}
	}
	w.WriteString("}</script>\n")
	return nil
}
