package lexicon

import (
	"crypto/sha256"
	"encoding/hex"
)

// FileID names a user lexicon file for a run's header record: its name,
// "@" and the first 12 hex digits of the SHA-256 of its content
// ("extra.lex@3f1c0a9b2e7d"). A file changed between runs gets another
// id, so a run with it is another setting.
func FileID(name string, data []byte) string {
	sum := sha256.Sum256(data)
	return name + "@" + hex.EncodeToString(sum[:6])
}
