package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// quoteRow renders a QUOTE annotation as "text|speaker|cue|speaker mention".
func quoteRow(text string, a corpus.Annotation) string {
	mention := ""
	if a.Speaker != "" {
		r := []rune(text)
		mention = string(r[a.SpeakerStart:a.SpeakerEnd])
	}
	return fmt.Sprintf("%s|%s|%s|%s", a.Text, a.Speaker, a.Cue, mention)
}

func TestQuotes(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"cue after, inverted, with title",
			"“We are ready,” said NATO Secretary General Jens Stoltenberg.",
			[]string{"We are ready,|Jens Stoltenberg|said|Jens Stoltenberg"}},
		{"cue after, name first",
			"“Diplomacy is not dead,” Kuleba told reporters in Kyiv.",
			[]string{"Diplomacy is not dead,|Kuleba|told reporters|Kuleba"}},
		{"pronoun resolves to the last person named outside quotes",
			"Ukrainian Foreign Minister Dmytro Kuleba spoke in Kyiv. “We will not give in,” he said.",
			[]string{"We will not give in,|Dmytro Kuleba|said|he"}},
		{"description resolves through the title",
			"Kremlin spokesman Dmitry Peskov was asked about the talks. “Nothing has changed,” the spokesman added.",
			[]string{"Nothing has changed,|Dmitry Peskov|added|the spokesman"}},
		{"colon introduction",
			"President Joe Biden told reporters at the White House: “Putin has a choice.”",
			[]string{"Putin has a choice.|Joe Biden|told reporters|Joe Biden"}},
		{"quote cut by its attribution",
			"“We are ready,” Polish President Andrzej Duda said, “and we will defend every inch.”",
			[]string{"We are ready,|Andrzej Duda|said|Andrzej Duda", "and we will defend every inch.|Andrzej Duda|said|Andrzej Duda"}},
		{"partial quote in reported speech",
			"Moscow accused the West of “hysteria” over the troop movements.",
			[]string{"hysteria|Moscow|accused|Moscow"}},
		{"straight quotes",
			`"There will be no war," Lavrov said.`,
			[]string{"There will be no war,|Lavrov|said|Lavrov"}},
		{"single quotes in a headline",
			"'We will respond': Kremlin warns the West",
			[]string{"We will respond|Kremlin|warns|Kremlin"}},
		{"according to",
			"The troops were “on high alert,” according to the Pentagon.",
			[]string{"on high alert,|the Pentagon|according to|the Pentagon"}},
		{"non-person source as written",
			"The United States said the offer was “unacceptable”.",
			[]string{"unacceptable|The United States|said|The United States"}},
		{"indefinite description stays a phrase",
			"A spokesman for the foreign ministry said the talks were “useful”.",
			[]string{"useful|a spokesman for the foreign ministry|said|A spokesman for the foreign ministry"}},
		{"unclosed quote runs to the paragraph end",
			"Stoltenberg said: “We are ready to talk\n\nThe meeting ended.",
			[]string{"We are ready to talk|Stoltenberg|said|Stoltenberg"}},
		{"continuation takes the same speaker",
			"“We are ready,” Stoltenberg said. “We have always been ready to talk to Russia.”",
			[]string{"We are ready,|Stoltenberg|said|Stoltenberg", "We have always been ready to talk to Russia.|Stoltenberg|said|Stoltenberg"}},
		{"scare quotes stay out",
			"The so-called “peacekeepers” arrived in the region.",
			nil},
		{"nested quote is not annotated",
			"“They keep saying ‘war, war’ every day,” Putin said.",
			[]string{"They keep saying ‘war, war’ every day,|Putin|said|Putin"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, a := range p.Annotate(corpus.Document{ID: "t", Text: tc.text}) {
				got = append(got, quoteRow(tc.text, a))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}
