package corpus

import (
	"strings"
	"testing"
)

// TestNotObject: a line that is not a JSON object is named by its type
// only when it really parses as that type (issue 8, 13a).
func TestNotObject(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"not json", "not valid JSON"},
		{"noodle", "not valid JSON"},
		{"nullx", "not valid JSON"},
		{"xyz", "not valid JSON"},
		{"[1, 2", "not valid JSON"},
		{"null", "not null"},
		{"42", "not a number"},
		{"-1.5e3", "not a number"},
		{"[1]", "not an array"},
		{`"s"`, "not a string"},
		{" true", "not a boolean"},
		{`{"id": 1`, ""}, // starts as an object: the decoder says what is wrong
	} {
		err := notObject([]byte(tc.line))
		got := ""
		if err != nil {
			got = err.Error()
		}
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("notObject(%q) = %q; want %q", tc.line, got, tc.want)
		}
		if tc.want == "not valid JSON" && strings.Contains(got, "null") {
			t.Errorf("notObject(%q) = %q: guesses a type", tc.line, got)
		}
	}
}
