package lexicon

import "testing"

func TestFileID(t *testing.T) {
	// SHA-256 of "" is e3b0c442 98fc1c14 ...
	if got, want := FileID("x.lex", nil), "x.lex@e3b0c44298fc"; got != want {
		t.Errorf("FileID = %q, want %q", got, want)
	}
	if FileID("x.lex", []byte("a")) == FileID("x.lex", []byte("b")) {
		t.Error("FileID does not tell different contents apart")
	}
}
