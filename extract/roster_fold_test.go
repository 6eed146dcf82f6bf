package extract

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// naiveFoldTargets is foldTargets as a loop over every pair of people
// (quadratic: a document of thousands of distinct titled names took
// minutes), the reference for the indexed version.
func naiveFoldTargets(people []*person) map[*person]*person {
	into := map[*person]*person{}
	for _, pe := range people {
		if pe.first != "" {
			continue
		}
		for _, o := range people {
			if o == pe || len(o.surname) <= len(pe.surname) && o.surname+"s" != pe.surname {
				continue
			}
			if o.surname+"s" == pe.surname || len(pe.surname) >= 4 && pe.surname+"s" != o.surname && strings.HasPrefix(o.surname, pe.surname) {
				into[pe] = o
				break
			}
		}
	}
	return into
}

// TestFoldTargetsMatchesNaive: the surname index picks the same person
// as the pairwise loop, roster order deciding between candidates.
func TestFoldTargetsMatchesNaive(t *testing.T) {
	for _, names := range [][]string{
		{"Shermans", "Sherm", "Sherman"},
		{"Sherman", "Shermans", "Sherm", "Shermanson", "Sher"},
		{"Blinkens", "Blinken", "Blinkenss", "Blink", "Blinkensen"},
		{"Abcd", "Abcdef", "Abcde", "Abcds", "Abc", "Ab", "Abs", "A", "As", ""},
		{"Qov", "Qovs", "Qo", "Qovx", "Qovxy", "Qovxs"},
	} {
		for _, firsts := range []string{"", "every other"} {
			var people []*person
			for i, n := range names {
				pe := &person{surname: n}
				if firsts != "" && i%2 == 1 {
					pe.first = "Joe"
				}
				people = append(people, pe)
			}
			got, want := foldTargets(people), naiveFoldTargets(people)
			if fmt.Sprint(renderFolds(got)) != fmt.Sprint(renderFolds(want)) {
				t.Errorf("%v (%s first names): got %v, want %v", names, firsts, renderFolds(got), renderFolds(want))
			}
		}
	}
}

// TestFoldTargetsMatchesNaiveRandom: the same on random rosters of
// surnames over a small alphabet ("s" among it: run-on forms, prefixes
// and equal surnames are common).
func TestFoldTargetsMatchesNaiveRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 13))
	for trial := 0; trial < 2000; trial++ {
		people := make([]*person, rng.IntN(12)+1)
		for i := range people {
			b := make([]byte, rng.IntN(7))
			for k := range b {
				b[k] = "abs"[rng.IntN(3)]
			}
			people[i] = &person{surname: string(b)}
			if rng.IntN(3) == 0 {
				people[i].first = "joe"
			}
		}
		got, want := foldTargets(people), naiveFoldTargets(people)
		for _, pe := range people {
			if got[pe] != want[pe] {
				t.Fatalf("trial %d, %q: got %v, want %v", trial, pe.surname, got[pe], want[pe])
			}
		}
		if len(got) != len(want) {
			t.Fatalf("trial %d: %d folds, want %d", trial, len(got), len(want))
		}
	}
}

func renderFolds(m map[*person]*person) map[string]string {
	out := map[string]string{}
	for a, b := range m {
		out[a.surname+"/"+a.first] = b.surname + "/" + b.first
	}
	return out
}

// TestDistinctTitledNamesFinish: 1 MB of distinct titled names ("Minister
// Q3fa9c1ov arrived today.", red team 12) took 45 s of CPU when merge
// compared every pair of people; with a quotation each ("Minister Q…ov
// said "x1".") the time still grew faster than the text (the surname
// sort chased the people's pointers). The hostile deadline is the hang
// guard.
func TestDistinctTitledNamesFinish(t *testing.T) {
	if testing.Short() {
		t.Skip("1 MB input: skipped in -short mode")
	}
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, form := range []string{"Minister Q%[1]xov arrived today. ", "Minister Q%[1]xov said \"x%[2]d\". "} {
		var b strings.Builder
		for i := 0; b.Len() < *hostileSize; i++ {
			fmt.Fprintf(&b, form, uint64(i)*0x9e3779b97f4a7c15>>24, i)
		}
		timer := time.AfterFunc(*hostileDeadline, func() {
			panic(fmt.Sprintf("hang: Annotate did not return within %v on %d bytes of distinct titled names (%q)", *hostileDeadline, b.Len(), form))
		})
		if as := p.Annotate(corpus.Document{ID: "names", Text: b.String()}); len(as) == 0 {
			t.Errorf("%q: no annotations", form)
		}
		timer.Stop()
	}
}
