package extract

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// referenceAnnotations is how annotate built its result before Spans: every
// record as a corpus.Annotation, sorted by corpus.SortAnnotations, same-type
// overlaps dropped (the earlier, then longer, span wins).
func referenceAnnotations(text string, res stageResults) []corpus.Annotation {
	ix := corpus.NewIndex(text)
	var out []corpus.Annotation
	for _, m := range res.officials {
		x := res.officialNames[m.who]
		out = append(out, span{Type: corpus.Official, Start: int(m.start), End: int(m.end), Name: x.name, Title: x.title})
	}
	for _, c := range res.dates {
		for _, x := range c {
			if representable(x.val) {
				out = append(out, span{Type: corpus.Date, Start: int(x.start), End: int(x.end), Value: x.val, Rule: x.rule})
			}
		}
	}
	for _, ss := range res.spans {
		out = append(out, ss...)
	}
	for _, q := range res.quotes {
		out = append(out, span{Type: corpus.Quote, Start: int(q.start), End: int(q.end), Speaker: q.speaker, Cue: q.cue,
			Rule: q.rule, SpeakerStart: int(q.speakerStart), SpeakerEnd: int(q.speakerEnd)})
	}
	for i := range out {
		a := &out[i]
		a.Text = text[a.Start:a.End]
		a.Start, a.End = ix.Rune(a.Start), ix.Rune(a.End)
		if a.Type == corpus.Quote && a.Speaker != "" {
			a.SpeakerStart, a.SpeakerEnd = ix.Rune(a.SpeakerStart), ix.Rune(a.SpeakerEnd)
		}
	}
	corpus.SortAnnotations(out)
	kept := out[:0]
	lastEnd := map[corpus.Type]int{}
	for _, a := range out {
		if end, ok := lastEnd[a.Type]; ok && a.Start < end {
			continue
		}
		lastEnd[a.Type] = a.End
		kept = append(kept, a)
	}
	return kept
}

// TestSpansMatchSortedAnnotations: Spans yield what sorting every record as
// a corpus.Annotation yields: the same order (ties of offsets broken by
// type, then by the stage's order), the same overlaps dropped, the same
// code-point offsets.
func TestSpansMatchSortedAnnotations(t *testing.T) {
	text := "“Á” é " + strings.Repeat("abcdé ", 20)
	res := func() stageResults {
		return stageResults{
			officials: []officialSpan{
				{start: 20, end: 30, who: 1}, {start: 9, end: 14, who: 0},
				{start: 9, end: 14, who: 2}, {start: 12, end: 25, who: 3},
				{start: 40, end: 45, who: 4},
			},
			officialNames: []officialName{{"a", "t", ""}, {"b", "", ""}, {"a2", "", ""}, {"overlaps a", "", ""}, {"c", "x", ""}},
			dates: [][]dateSpan{
				{{start: 40, end: 45, val: "2022-01-01", rule: "r"}, {start: 9, end: 14, val: "2022"}},
				{{start: 50, end: 60, val: "0000-01-01"}, {start: 20, end: 26, val: "2023"}, {start: 20, end: 30, val: "2024"}},
			},
			spans: [][]span{{{Type: corpus.Troops, Start: 9, End: 14, Count: 3, Mod: "exact"}, {Type: corpus.Troops, Start: 3, End: 8, Count: 5}}},
			quotes: []quoteSpan{
				{start: 3, end: 4, speaker: "a", cue: "said", rule: "tail-cue", speakerStart: 9, speakerEnd: 14},
				{start: 0, end: 44, rule: "none"},
				{start: 40, end: 45, speaker: "x", speakerStart: 20, speakerEnd: 26},
			},
		}
	}
	want := referenceAnnotations(text, res())
	r := res()
	d := &doc{tokens: tokens{text: text}}
	got := d.spans(&r).Slice()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Spans:\n%+v\nsorted annotations:\n%+v", got, want)
	}
	if r.officials != nil || r.officialNames != nil || r.dates != nil || r.quotes != nil || r.spans != nil {
		t.Errorf("the stage records are still referenced: %+v", r)
	}
}
