package render

import (
	"bufio"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"sync"
)

var (
	//go:embed assets/page.html.tmpl
	pageSource string
	//go:embed assets/style.css
	styleSheet string
	//go:embed assets/view.js
	script string
)

// CSSFile and JSFile are the names of the style sheet and script beside
// the pages of a split view.
const (
	CSSFile = "dispatch.css"
	JSFile  = "dispatch.js"
	// IndexFile is the first page of a split view.
	IndexFile = "index.html"
)

// pageTemplate is the parsed page template, parsed on first use: every
// dispatch command links this package, few of them draw a page.
var pageTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Funcs(templateFuncs).Parse(pageSource))
})

// cspInline allows the page's own inline style sheet and script (by
// hash), data: icons, and nothing else: no network, no other script.
var cspInline = sync.OnceValue(func() string {
	return fmt.Sprintf("default-src 'none'; style-src '%s'; script-src '%s'; img-src data:; base-uri 'none'; form-action 'none'",
		hash(styleSheet), hash(script))
})

// cspSplit allows the style sheet and script files beside the page.
const cspSplit = "default-src 'none'; style-src 'self' file:; script-src 'self' file:; img-src data:; base-uri 'none'; form-action 'none'"

func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// pageData is what the page template draws.
type pageData struct {
	Title    string
	CSP      string
	CSS      template.CSS
	JS       template.JS
	Split    bool
	CSSFile  string
	JSFile   string
	Index    string // the index page, on a document page of a split view
	Eval     *evalSummary
	Summary  *articleSummary
	First    bool       // the first (or only) index: the corpus summary
	Rows     []*docView // the documents listed in the summary tables
	RowsNote string     // which of them, on an index of many pages
	NDocs    int
	Nav      *nav
	Types    []typeKey
	Outcomes []struct{ Class, Name, Mark string }
}

// docData is what the template draws for one document.
type docData struct {
	P *pageData
	D *docView
}

type typeKey struct{ Class, Name string }

type nav struct{ Prev, Index, Next string }

// IndexRows is the most documents an index page of a split view lists;
// more go on further index pages (index-0002.html, ...), so that no page
// grows with the corpus.
const IndexRows = 1000

func (v *View) data(split bool) pageData {
	p := pageData{Title: v.title, Split: split, Eval: v.eval, Summary: v.summary, First: true,
		Rows: v.docs, NDocs: len(v.docs),
		Outcomes: outcomeNames, CSP: cspInline(), CSS: template.CSS(styleSheet), JS: template.JS(script)}
	if split {
		p.CSP, p.CSS, p.JS, p.CSSFile, p.JSFile = cspSplit, "", "", CSSFile, JSFile
	}
	for _, t := range typeOrder {
		p.Types = append(p.Types, typeKey{Class: typeClass(t), Name: string(t)})
	}
	return p
}

// write writes a page: its head (title, legend, summary), the sections of
// docs, each built just before it is written and dropped after, and its
// foot. It stops with the view's context error when that is done.
func (v *View) write(out io.Writer, p *pageData, docs []*docView) error {
	t := pageTemplate()
	w := bufio.NewWriterSize(out, 64<<10)
	if err := t.ExecuteTemplate(w, "head", p); err != nil {
		return err
	}
	for _, d := range docs {
		if err := v.build(d); err != nil {
			return err
		}
		err := v.writeDoc(w, t, p, d)
		d.release()
		if err != nil {
			return err
		}
	}
	if err := t.ExecuteTemplate(w, "foot", p); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return v.ctx.Err()
}

// writeDoc writes the section of document d, whose markup is built.
func (v *View) writeDoc(w *bufio.Writer, t *template.Template, p *pageData, d *docView) error {
	dd := docData{P: p, D: d}
	if err := t.ExecuteTemplate(w, "doc", dd); err != nil {
		return err
	}
	if err := writeTokens(w, d.Tokens); err != nil {
		return err
	}
	if err := t.ExecuteTemplate(w, "doc-end", dd); err != nil {
		return err
	}
	return writeData(w, d.tips)
}

// WriteHTML writes the view as one self-contained page: the summary (or
// the scores), then every document.
func (v *View) WriteHTML(w io.Writer) error {
	p := v.data(false)
	return v.write(w, &p, v.docs)
}

// Page is one file of a split view.
type Page struct {
	// Name is the file name, relative to the view's folder.
	Name  string
	write func(io.Writer) error
}

// Write writes the file's content.
func (p Page) Write(w io.Writer) error { return p.write(w) }

// indexName is the file name of index page k (from 0) of a split view.
func indexName(k int) string {
	if k == 0 {
		return IndexFile
	}
	return fmt.Sprintf("index-%04d.html", k+1)
}

// Pages returns the files of the view as a folder: index pages with the
// summary (or the scores) linking to one page per document, IndexRows
// documents an index page, and the style sheet and script they share.
// For corpora too big for one page. Each page is built when written.
func (v *View) Pages() []Page {
	pages := []Page{
		{Name: CSSFile, write: func(w io.Writer) error { _, err := io.WriteString(w, styleSheet); return err }},
		{Name: JSFile, write: func(w io.Writer) error { _, err := io.WriteString(w, script); return err }},
	}
	nIndex := max(1, (len(v.docs)+IndexRows-1)/IndexRows)
	for k := range nIndex {
		pages = append(pages, Page{Name: indexName(k), write: func(w io.Writer) error {
			p := v.data(true)
			lo, hi := k*IndexRows, min(len(v.docs), (k+1)*IndexRows)
			p.Rows, p.First = v.docs[lo:hi], k == 0
			if nIndex > 1 {
				p.RowsNote = fmt.Sprintf("documents %d–%d of %d, index page %d of %d", lo+1, hi, len(v.docs), k+1, nIndex)
				p.Nav = &nav{}
				if k > 0 {
					p.Nav.Prev = indexName(k - 1)
				}
				if k+1 < nIndex {
					p.Nav.Next = indexName(k + 1)
				}
			}
			return v.write(w, &p, nil)
		}})
	}
	for i, d := range v.docs {
		pages = append(pages, Page{Name: d.page, write: func(w io.Writer) error {
			p := v.data(true)
			p.Title = d.ID + " · " + v.title
			p.Summary, p.Eval, p.Rows = nil, nil, nil
			p.Index = indexName(i / IndexRows)
			p.Nav = &nav{Index: p.Index}
			if i > 0 {
				p.Nav.Prev = v.docs[i-1].page
			}
			if i+1 < len(v.docs) {
				p.Nav.Next = v.docs[i+1].page
			}
			return v.write(w, &p, []*docView{d})
		}})
	}
	return pages
}
