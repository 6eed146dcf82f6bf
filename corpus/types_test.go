package corpus

import (
	"slices"
	"strings"
	"testing"
)

func TestParseTypes(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []Type
		err  string
	}{
		{"quote, date", []Type{Date, Quote}, ""},
		{"TROOPS,troops,,official", []Type{Official, Troops}, ""},
		{"DATE,PLACE", nil, `unknown type "PLACE"`},
		{" , ", nil, "no type given"},
	} {
		got, err := ParseTypes(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseTypes(%q) error = %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("ParseTypes(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}
