package format

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"iter"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// Mapping tells the brat reader how brat annotations become this
// project's. It is read from a small text file, one rule a line, '#'
// starting a comment:
//
//	type Person OFFICIAL      # textbounds of brat type Person are OFFICIAL
//	ignore Organization       # textbounds of this type are not annotations
//	attribute Val value       # brat attribute (A line) or note key Val is the value
//	speaker Said-by           # relation joining a QUOTE to its speaker mention
//
// The fields an attribute may fill are value (DATE value, TROOPS count),
// mod, name, title, speaker and cue. A rule of the file adds to
// [DefaultMapping] or replaces the rule for the same brat name.
//
// Attribute values come from A lines ("A3\tmod T2 approx") or from
// AnnotatorNotes of the form key=value, one per note ("#3\tAnnotatorNotes
// T2\tname=Lloyd Austin"), since brat's A values cannot hold spaces. A
// QUOTE's speaker is the speaker attribute when given, else the text of
// the mention the speaker relation points to; the mention gives
// speaker_start and speaker_end. A textbound whose type the mapping does
// not name is an error (add a type or ignore rule); relations and
// attributes that it does not name are skipped.
type Mapping struct {
	Types      map[string]corpus.Type // brat type -> type; "" means ignore
	Attributes map[string]string      // brat attribute or note key -> field
	Speaker    map[string]bool        // relation types giving a QUOTE's speaker
}

// Fields an attribute may fill.
var mappingFields = []string{"value", "mod", "name", "title", "speaker", "cue"}

// DefaultMapping is the mapping of the brat files that 'dispatch export
// --format brat' writes: types OFFICIAL, DATE, TROOPS and QUOTE as they
// are, textbounds of type Speaker as speaker mentions, notes and
// attributes named after the fields, and Speaker relations.
func DefaultMapping() Mapping {
	m := Mapping{Types: map[string]corpus.Type{}, Attributes: map[string]string{}, Speaker: map[string]bool{"Speaker": true}}
	for _, t := range corpus.Types {
		m.Types[string(t)] = t
	}
	m.Types[speakerType] = ""
	for _, f := range mappingFields {
		m.Attributes[f] = f
	}
	return m
}

// speakerType is the brat type of speaker mentions written by WriteBrat.
const speakerType = "Speaker"

// ReadMapping reads a mapping file over [DefaultMapping].
func ReadMapping(r io.Reader, source string) (Mapping, error) {
	m := DefaultMapping()
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		s, _, _ := strings.Cut(sc.Text(), "#")
		f := strings.Fields(s)
		if len(f) == 0 {
			continue
		}
		fail := func(format string, args ...any) (Mapping, error) {
			return Mapping{}, &corpus.Error{File: source, Line: line, Err: fmt.Errorf(format, args...)}
		}
		switch {
		case f[0] == "type" && len(f) == 3:
			t := corpus.Type(strings.ToUpper(f[2]))
			if !t.Known() {
				return fail("unknown type %q: want OFFICIAL, DATE, TROOPS or QUOTE", f[2])
			}
			m.Types[f[1]] = t
		case f[0] == "ignore" && len(f) == 2:
			m.Types[f[1]] = ""
		case f[0] == "attribute" && len(f) == 3:
			field := strings.ToLower(f[2])
			if !slices.Contains(mappingFields, field) {
				return fail("unknown field %q: want one of %s", f[2], strings.Join(mappingFields, ", "))
			}
			m.Attributes[f[1]] = field
		case f[0] == "speaker" && len(f) == 2:
			m.Speaker[f[1]] = true
		default:
			return fail("want 'type BRAT TYPE', 'ignore BRAT', 'attribute BRAT FIELD' or 'speaker RELATION', got %q", strings.TrimSpace(s))
		}
	}
	if err := sc.Err(); err != nil {
		return Mapping{}, &corpus.Error{File: source, Err: err}
	}
	return m, nil
}

// readBratGold reads brat standoff: every .ann file with the .txt of the
// same name beside it. The id is the file name; the document date is the
// text's date header, if any.
func readBratGold(opts GoldOptions, paths []string) iter.Seq2[Gold, error] {
	return func(yield func(Gold, error) bool) {
		m := DefaultMapping()
		if opts.Mapping != "" {
			f, err := openInput(opts.Mapping)
			if err != nil {
				// named as the mapping, not as gold (red team 3 L3)
				yield(Gold{}, fmt.Errorf("mapping file %w", err))
				return
			}
			m, err = ReadMapping(f, opts.Mapping)
			f.Close()
			if err != nil {
				yield(Gold{}, err)
				return
			}
		}
		walk(paths, []string{".ann"}, func(path string, err error) bool {
			if err != nil {
				return yield(Gold{}, err)
			}
			g, err := readBratFile(path, m)
			return yield(g, err)
		})
	}
}

func readBratFile(path string, m Mapping) (Gold, error) {
	b, doc, err := readBrat(path, strings.TrimSuffix(path, filepath.Ext(path))+".txt", stem(path))
	if b == nil || doc == nil {
		return Gold{}, err
	}
	// what could be read is checked too: every problem in one run
	g, gerr := BratGold(b, doc, m)
	return g, errors.Join(err, gerr)
}

// readBrat parses the brat file ann and reads its text, the file txt, as
// document id. With problems in ann it returns what it could read of it
// (see ParseBrat), the text and the problems.
func readBrat(ann, txt, id string) (*Brat, *corpus.Document, error) {
	f, err := openInput(ann)
	if err != nil {
		return nil, nil, err
	}
	b, perr := ParseBrat(f, ann)
	f.Close()
	doc, err := readText(txt, id)
	if err != nil {
		return nil, nil, errors.Join(perr, fmt.Errorf("text of %s: %w", ann, err))
	}
	return b, doc, perr
}

// BratGold turns parsed brat annotations of doc into gold, as the
// [Mapping] says. It checks everything and returns every problem; with
// problems, the gold holds the annotations that could be made (a
// textbound beyond the text, of an unmapped type or in fragments is left
// out, and so is a relation or note that cannot be applied), for the
// caller to check them too.
func BratGold(b *Brat, doc *corpus.Document, m Mapping) (Gold, error) {
	ix := corpus.NewIndex(doc.Text)
	errs, beyond := b.checkText(ix, doc.Text)
	g := Gold{Annotated: corpus.Annotated{ID: doc.ID, Date: doc.Date}, Doc: doc, Source: b.Source}
	fail := func(line int, format string, args ...any) {
		errs = append(errs, &corpus.Error{File: b.Source, Line: line, Err: fmt.Errorf(format, args...)})
	}
	index := make(map[string]int) // textbound id -> annotation index
	for _, t := range b.Textbounds {
		typ, ok := m.Types[t.Type]
		if !ok {
			fail(t.Line, "textbound %s: brat type %q is not in the mapping (add 'type %s OFFICIAL|DATE|TROOPS|QUOTE' or 'ignore %s')",
				t.ID, t.Type, t.Type, t.Type)
			continue
		}
		if typ == "" || beyond[t.ID] {
			continue
		}
		if len(t.Fragments) > 1 {
			// merging the fragments would score a span the annotator did
			// not mark (the text between them)
			fail(t.Line, "textbound %s: discontinuous span (%d fragments) is not supported: the spans of the contract are contiguous; make one textbound per fragment", t.ID, len(t.Fragments))
			continue
		}
		a := corpus.Annotation{Type: typ, Start: t.Start(), End: t.End(), SpeakerStart: -1, SpeakerEnd: -1}
		a.Text = doc.Text[ix.Byte(a.Start):ix.Byte(a.End)]
		index[t.ID] = len(g.Annotations)
		g.Annotations = append(g.Annotations, a)
		g.Lines = append(g.Lines, t.Line)
	}
	set := func(target, key, value string, line int) {
		field, ok := m.Attributes[key]
		if !ok {
			return
		}
		i, ok := index[target]
		if !ok {
			if _, exists := b.Textbound(target); !exists {
				fail(line, "%s of %s: no such textbound", key, target)
			}
			return // else on an ignored or a bad textbound (reported)
		}
		a := &g.Annotations[i]
		switch field {
		case "value":
			if a.Type == corpus.Troops {
				n, err := strconv.Atoi(strings.ReplaceAll(value, ",", ""))
				if err != nil {
					fail(line, "TROOPS value %q of %s is not an integer", value, target)
					return
				}
				a.Count = n
			} else {
				a.Value = value
			}
		case "mod":
			a.Mod = value
		case "name":
			a.Name = value
		case "title":
			a.Title = value
		case "speaker":
			a.Speaker = value
		case "cue":
			a.Cue = value
		}
	}
	// what is read and not used is said, never passed over in silence
	// (red team 22, 5)
	var warns []error
	warn := func(line int, format string, args ...any) {
		warns = append(warns, &corpus.Error{File: b.Source, Line: line, Err: fmt.Errorf(format, args...)})
	}
	for _, at := range b.Attributes {
		if _, ok := m.Attributes[at.Name]; !ok {
			warn(at.Line, "attribute %s: %q is not in the mapping (add 'attribute %s FIELD' to --mapping); skipped", at.ID, at.Name, at.Name)
			continue
		}
		set(at.Target, at.Name, at.Value, at.Line)
	}
	ids := bratIDs{b: b}
	for _, n := range b.Notes {
		key, value, ok := strings.Cut(n.Text, "=")
		if n.Type == "AnnotatorNotes" && !ids.has(n.Target) && !(ok && m.Attributes[strings.TrimSpace(key)] != "") {
			// (a known key on no textbound is an error: set says it)
			warn(n.Line, "note %s: %s of %s: no such annotation; skipped", n.ID, n.Type, n.Target)
			continue
		}
		if n.Type != "AnnotatorNotes" || !ok {
			continue
		}
		if k := strings.TrimSpace(key); m.Attributes[k] == "" && k != "" && !strings.ContainsFunc(k, unicode.IsSpace) && !strings.Contains(value, "\n") {
			// a key=value note the mapping does not name (free text
			// with a "=" in it has spaces before the "=")
			warn(n.Line, "note %s: key %q is not in the mapping (add 'attribute %s FIELD' to --mapping); skipped", n.ID, k, k)
			continue
		}
		if i := strings.IndexByte(value, '\n'); i >= 0 {
			// a line that is no annotation continues the one before in
			// brat; a key=value note is one line, and the next line is
			// a stray one, not part of the value
			fail(n.Line+strings.Count(value[:i], "\n")+1, "note %s: not a brat annotation line after a key=value note: %q", n.ID, short(value[i+1:]))
			continue
		}
		set(n.Target, strings.TrimSpace(key), value, n.Line)
	}
	for _, r := range b.Relations {
		if !m.Speaker[r.Type] {
			continue
		}
		if len(r.Args) != 2 {
			fail(r.Line, "speaker relation %s: want two arguments", r.ID)
			continue
		}
		qi, mention := -1, ""
		for k, arg := range r.Args {
			if i, ok := index[arg.ID]; ok && g.Annotations[i].Type == corpus.Quote {
				qi, mention = i, r.Args[1-k].ID
				break
			}
		}
		if qi < 0 {
			if !r.argMissing(b) {
				fail(r.Line, "speaker relation %s: neither argument is a QUOTE", r.ID)
			} else {
				for _, arg := range r.Args {
					if _, ok := b.Textbound(arg.ID); !ok {
						fail(r.Line, "speaker relation %s: no textbound %s", r.ID, arg.ID)
					}
				}
			}
			continue
		}
		t, ok := b.Textbound(mention)
		if !ok {
			fail(r.Line, "speaker relation %s: no textbound %s", r.ID, mention)
			continue
		}
		if len(t.Fragments) > 1 {
			fail(t.Line, "textbound %s: discontinuous speaker mention (%d fragments) is not supported; make it one textbound", t.ID, len(t.Fragments))
			continue
		}
		if beyond[t.ID] {
			continue // reported
		}
		a := &g.Annotations[qi]
		if a.SpeakerStart >= 0 {
			fail(r.Line, "speaker relation %s: the QUOTE already has a speaker mention", r.ID)
			continue
		}
		a.SpeakerStart, a.SpeakerEnd = t.Start(), t.End()
		if a.Speaker == "" {
			a.Speaker = oneLine(t.Text)
		}
	}
	slices.SortStableFunc(warns, func(x, y error) int { return x.(*corpus.Error).Line - y.(*corpus.Error).Line })
	if len(warns) > maxReported {
		warns = append(warns[:maxReported:maxReported], &MoreProblems{File: b.Source, N: len(warns) - maxReported})
	}
	g.Warnings = warns
	if len(errs) > 0 {
		return g, joinCapped(b.Source, errs)
	}
	return g, nil
}

// bratIDs tells whether an id names an annotation of b that a note may
// be on: a textbound, a relation, an event or an attribute. The ids other
// than textbounds are gathered on the first question about one.
type bratIDs struct {
	b      *Brat
	others map[string]bool
}

func (ids *bratIDs) has(id string) bool {
	if _, ok := ids.b.Textbound(id); ok {
		return true
	}
	if ids.others == nil {
		ids.others = make(map[string]bool)
		for _, r := range ids.b.Relations {
			ids.others[r.ID] = true
		}
		for _, e := range ids.b.Events {
			ids.others[e.ID] = true
		}
		for _, a := range ids.b.Attributes {
			ids.others[a.ID] = true
		}
	}
	return ids.others[id]
}

// argMissing reports whether an argument of r names no textbound of b.
func (r Relation) argMissing(b *Brat) bool {
	for _, arg := range r.Args {
		if _, ok := b.Textbound(arg.ID); !ok {
			return true
		}
	}
	return false
}
