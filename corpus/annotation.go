package corpus

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// Type is an annotation type.
type Type string

// The four annotation types of the guidelines.
const (
	Official Type = "OFFICIAL"
	Date     Type = "DATE"
	Troops   Type = "TROOPS"
	Quote    Type = "QUOTE"
)

// Types lists every annotation type in report order.
var Types = []Type{Official, Date, Troops, Quote}

// Known reports whether t is one of the four types.
func (t Type) Known() bool {
	switch t {
	case Official, Date, Troops, Quote:
		return true
	}
	return false
}

// ParseTypes reads a comma-separated list of types, in any case and with
// spaces around the names allowed, and returns the known types in the
// order of [Types], once each. An unknown name, or a list naming no type,
// is an error.
func ParseTypes(list string) ([]Type, error) {
	want := map[Type]bool{}
	for _, f := range strings.Split(list, ",") {
		t := Type(strings.ToUpper(strings.TrimSpace(f)))
		if t == "" {
			continue
		}
		if !t.Known() {
			return nil, fmt.Errorf("unknown type %q (known: OFFICIAL, DATE, TROOPS, QUOTE)", f)
		}
		want[t] = true
	}
	var ts []Type
	for _, t := range Types {
		if want[t] {
			ts = append(ts, t)
		}
	}
	if len(ts) == 0 {
		return nil, fmt.Errorf("no type given")
	}
	return ts, nil
}

// TROOPS modifiers.
const (
	ModExact   = "exact"
	ModApprox  = "approx"
	ModUpTo    = "up_to"
	ModOver    = "over"
	ModAtLeast = "at_least"
	ModUnder   = "under"
	ModVague   = "vague"
)

// Mods lists every TROOPS modifier.
var Mods = []string{ModExact, ModApprox, ModUpTo, ModOver, ModAtLeast, ModUnder, ModVague}

// Annotation is one labelled span. Start and End are code-point offsets
// (End exclusive) into the document text; Text is that slice. Which of the
// other fields are meaningful depends on Type.
type Annotation struct {
	Type  Type
	Start int
	End   int
	Text  string

	// OFFICIAL
	Name  string // fullest form of the person's name in the document
	Title string // fullest statement of the role, "" when never stated

	// DATE: ISO 8601 value ("" when relative and the document has no date).
	Value string

	// TROOPS
	Count int    // the integer value
	Mod   string // one of Mods

	// QUOTE
	Speaker      string // person's name or the source phrase; "" when none
	Cue          string // reporting verb or phrase as written
	SpeakerStart int    // mention the attribution uses; meaningful when Speaker != ""
	SpeakerEnd   int

	// Rule names the extraction rule (pass) that produced the annotation or,
	// for a QUOTE, attributed its speaker. An extra field of the contract:
	// written when set, read back, ignored by scoring.
	Rule string
}

// MarshalJSON writes the annotation with the fields of its type, in the
// order of the guidelines (see [Annotation.AppendJSON]).
func (a Annotation) MarshalJSON() ([]byte, error) {
	return a.AppendJSON(make([]byte, 0, 128)), nil
}

// rawAnnotation is the permissive shape read from files; pointer fields tell
// a missing attribute from an empty one.
type rawAnnotation struct {
	Type         Type            `json:"type"`
	Start        *int            `json:"start"`
	End          *int            `json:"end"`
	Text         *string         `json:"text"`
	Name         string          `json:"name"`
	Title        string          `json:"title"`
	Value        json.RawMessage `json:"value"`
	Mod          string          `json:"mod"`
	Speaker      string          `json:"speaker"`
	Cue          string          `json:"cue"`
	SpeakerStart *int            `json:"speaker_start"`
	SpeakerEnd   *int            `json:"speaker_end"`
	Rule         string          `json:"rule"`
}

// UnmarshalJSON reads an annotation. "value" is a string for DATE and an
// integer for TROOPS; a value of the wrong kind is an error. Missing
// speaker offsets read as -1. Unknown fields are ignored.
func (a *Annotation) UnmarshalJSON(data []byte) error {
	var r rawAnnotation
	if err := json.Unmarshal(data, &r); err != nil {
		return err
	}
	if r.Start == nil || r.End == nil {
		return fmt.Errorf("annotation without start/end")
	}
	if r.Text == nil {
		return fmt.Errorf("annotation without text")
	}
	*a = Annotation{
		Type: r.Type, Start: *r.Start, End: *r.End, Text: *r.Text,
		Name: r.Name, Title: r.Title, Mod: r.Mod,
		Speaker: r.Speaker, Cue: r.Cue, SpeakerStart: -1, SpeakerEnd: -1,
		Rule: r.Rule,
	}
	if r.SpeakerStart != nil {
		a.SpeakerStart = *r.SpeakerStart
	}
	if r.SpeakerEnd != nil {
		a.SpeakerEnd = *r.SpeakerEnd
	}
	if len(r.Value) > 0 && string(r.Value) != "null" {
		switch r.Type {
		case Date:
			if err := json.Unmarshal(r.Value, &a.Value); err != nil {
				return fmt.Errorf("DATE value must be a string: %s", r.Value)
			}
		case Troops:
			if err := json.Unmarshal(r.Value, &a.Count); err != nil {
				return fmt.Errorf("TROOPS value must be an integer: %s", r.Value)
			}
		}
	}
	return nil
}

// SortAnnotations orders annotations by start, then end, then type.
func SortAnnotations(as []Annotation) {
	slices.SortStableFunc(as, func(a, b Annotation) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		if c := cmp.Compare(a.End, b.End); c != 0 {
			return c
		}
		return strings.Compare(string(a.Type), string(b.Type))
	})
}

// Annotated is one document's annotations: a gold file, or one line of
// annotator output.
type Annotated struct {
	ID   string `json:"id"`
	Date string `json:"date,omitempty"`
	// TextSHA256 is the hex SHA-256 of the document's text, set by the
	// annotator so that --resume can tell a document that changed since
	// (an extra field: the contract allows them and scoring ignores it).
	TextSHA256  string       `json:"text_sha256,omitempty"`
	Annotations []Annotation `json:"annotations"`
	// Error is set on annotator output for a document that failed; such a
	// record has no annotations.
	Error string `json:"error,omitempty"`
}
