package main

import (
	"fmt"
	"runtime/debug"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// moduleVersion is the version of the dispatch module this binary was
// built from: a tag or pseudo-version with 'go install …@version', else
// "(devel)", with the commit when the build recorded one.
func moduleVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && v == "(devel)" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return v
}

// version is what 'dispatch --version' prints after the name.
func version() string {
	return fmt.Sprintf("%s, lexicon %s", moduleVersion(), lexicon.BuiltinVersion())
}
