package lexicon

import (
	"strings"
	"testing"
)

// TestUserValuesChecked loads user files with one bad line each: the
// error names the file, the line and what is wrong.
func TestUserValuesChecked(t *testing.T) {
	tests := []struct {
		name, file string
		want       []string // substrings of the error; none: no error
	}{
		{"good", "[modifiers]\nwell over\tover\n[numbers]\nscore\t20\n[places]\nnarnia\tcountry\n[officials]\nJane Doe\tMayor\n", nil},
		{"unknown mod", "# mine\n[modifiers]\nroughly\tapprx\n", []string{"my.txt:3:", `unknown mod "apprx"`, "approx"}},
		{"space for a TAB", "[modifiers]\nroughly approx\n", []string{"my.txt:2:", "missing the mod field", `space where a TAB belongs, before "approx"`}},
		{"space for a TAB, date words", "[date_words]\n\nyesteryear past\n", []string{"my.txt:3:", "space where a TAB belongs"}},
		{"field on a phrase-only list", "[titles]\nenvoy\textraordinary\n", []string{"my.txt:2:", "phrase only"}},
		{"too many fields", "[bodies]\nsenate\tgov\tus\n", []string{"my.txt:2:", "at most 1"}},
		{"number not a number", "[numbers]\nscore\ttwenty\n", []string{"my.txt:2:", `value "twenty"`}},
		{"weekday out of range", "[calendar]\nfunday\tweekday\t9\n", []string{"my.txt:2:", "weekday number 9"}},
		{"bad kind", "[unit_nouns]\nsquadron\tforces\n", []string{"my.txt:2:", `unknown kind "forces"`}},
		{"removal needs no fields", "[modifiers]\n-up to\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(NamedReader{Name: "my.txt", R: strings.NewReader(tt.file)})
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

// TestFormatsMatchData checks that every list with fields has a format
// and that every built-in entry passes it (Load checks them all).
func TestFormatsMatchData(t *testing.T) {
	if _, err := Load(); err != nil {
		t.Fatal(err)
	}
	for name := range formats {
		found := false
		for _, n := range Names() {
			found = found || n == name
		}
		if !found {
			t.Errorf("format for unknown list %q", name)
		}
	}
}
