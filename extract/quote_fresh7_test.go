package extract

import (
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestQuoteFresh7Speakers covers the classes of wrong speakers found on
// the code-blind sets of the fifth session (heldout6, dev14, dev15),
// each on sentences of our own making, with the pass and resolution
// that must fire. Only the quotes whose row is listed are checked.
func TestQuoteFresh7Speakers(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []struct {
		name, text string
		want       []string // text|speaker|cue|mention|rule
	}{
		{"a trade of two words before a private person after an introductory phrase",
			"Premier Ana Costa said more help would follow.\n\nAt Dorrow, dairy farmer Lena Voss, 51, said soldiers had cleared her road. “We were just glad to see them,” she said.",
			[]string{"We were just glad to see them,|Lena Voss|said|she|tail-cue+pronoun-salience"}},
		{"a bare trade noun before a private person",
			"The press secretary, Tom Berry, said the mayor had decided. “He thinks the panel did well,” Berry said.\n\nAt a diner outside the main gate, owner Frank Delano, 63, said half his customers wore uniforms. “If the base goes, I go,” he said. “Those men are my lunch trade.”",
			[]string{"He thinks the panel did well,|Tom Berry|said|Berry|tail-cue",
				"If the base goes, I go,|Frank Delano|said|he|tail-cue+pronoun-salience",
				"Those men are my lunch trade.|Frank Delano|said|he|chain+pronoun-salience"}},
		{"a one-word name with an age is a private antecedent",
			"Mayor Hidayat asked residents to return home. “The water will not come again,” Hidayat said.\n\nIn the Petobo district, where the ground gave way, Santoso, 45, a fisherman, searched for his brother. “I have looked every day since Saturday,” he said. “There is only mud.”",
			[]string{"The water will not come again,|Hidayat|said|Hidayat|tail-cue",
				"I have looked every day since Saturday,|Santoso|said|he|tail-cue+pronoun-private",
				"There is only mud.|Santoso|said|he|chain+pronoun-private"}},
		{"a description with a private person in apposition, past a second apposition",
			"Tomas Brandt, the incoming minister, signed for the government. “This is the end of the war,” Mr. Brandt said.\n\nThe rebels' military commander, Israel Ortiz, known by his nom de guerre Comandante Rayo, insisted that his men were not surrendering. “We are handing our rifles to the United Nations,” he said.",
			[]string{"This is the end of the war,|Tomas Brandt|said|Brandt|tail-cue",
				"We are handing our rifles to the United Nations,|Israel Ortiz|said|he|tail-cue+pronoun-description"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, a := range p.Annotate(corpus.Document{ID: "t", Text: tc.text}) {
				got = append(got, quoteRow(tc.text, a)+"|"+a.Rule)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}
