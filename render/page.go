package render

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"maps"
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
	return template.Must(template.New("page").Parse(pageSource))
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
	AllDocs  []*docView
	Docs     []*docView // the documents whose text the page shows
	Nav      *nav
	Types    []typeKey
	Outcomes []struct{ Class, Name, Mark string }
	Data     map[string]tip
}

type typeKey struct{ Class, Name string }

type nav struct{ Prev, Index, Next string }

func (v *View) data(split bool) pageData {
	p := pageData{Title: v.title, Split: split, Eval: v.eval, Summary: v.summary, AllDocs: v.docs,
		Outcomes: outcomeNames, CSP: cspInline(), CSS: template.CSS(styleSheet), JS: template.JS(script)}
	if split {
		p.CSP, p.CSS, p.JS, p.CSSFile, p.JSFile = cspSplit, "", "", CSSFile, JSFile
	}
	for _, t := range typeOrder {
		p.Types = append(p.Types, typeKey{Class: typeClass(t), Name: string(t)})
	}
	return p
}

// WriteHTML writes the view as one self-contained page: the summary (or
// the scores), then every document.
func (v *View) WriteHTML(w io.Writer) error {
	p := v.data(false)
	p.Docs = v.docs
	p.Data = map[string]tip{}
	for _, d := range v.docs {
		maps.Copy(p.Data, d.tips)
	}
	return pageTemplate().Execute(w, p)
}

// Page is one file of a split view.
type Page struct {
	// Name is the file name, relative to the view's folder.
	Name  string
	write func(io.Writer) error
}

// Write writes the file's content.
func (p Page) Write(w io.Writer) error { return p.write(w) }

// Pages returns the files of the view as a folder: an index page with the
// summary (or the scores) linking to one page per document, and the
// style sheet and script they share. For corpora too big for one page.
func (v *View) Pages() []Page {
	pages := []Page{
		{Name: CSSFile, write: func(w io.Writer) error { _, err := io.WriteString(w, styleSheet); return err }},
		{Name: JSFile, write: func(w io.Writer) error { _, err := io.WriteString(w, script); return err }},
		{Name: IndexFile, write: func(w io.Writer) error {
			p := v.data(true)
			return pageTemplate().Execute(w, p)
		}},
	}
	for i, d := range v.docs {
		pages = append(pages, Page{Name: d.page, write: func(w io.Writer) error {
			p := v.data(true)
			p.Title = d.ID + " · " + v.title
			p.Summary, p.Eval = nil, nil
			p.Index = IndexFile
			p.Docs = []*docView{d}
			p.Data = d.tips
			p.Nav = &nav{Index: IndexFile}
			if i > 0 {
				p.Nav.Prev = v.docs[i-1].page
			}
			if i+1 < len(v.docs) {
				p.Nav.Next = v.docs[i+1].page
			}
			return pageTemplate().Execute(w, p)
		}})
	}
	return pages
}
