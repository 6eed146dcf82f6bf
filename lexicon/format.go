package lexicon

import (
	"fmt"
	"strconv"
	"strings"
)

// field describes one TAB-separated field after an entry's phrase, as the
// format line of each data file states it.
type field struct {
	name     string
	values   []string // allowed values; none means any
	integer  bool     // a whole number from min to max
	min, max int
	optional bool // may be left out (only at the end)
	multi    bool // several values joined by commas ("holiday_noun,future_to")
}

// formats are the fields of each list; lists not named take none.
var formats = map[string][]field{
	Ranks:         {{name: "kind", values: []string{"rank", "honorific"}}, {name: "gender", values: []string{"male", "female"}, optional: true}, {name: "address", values: []string{"personal"}, optional: true}},
	Bodies:        {{name: "kind", values: []string{"gov", "intl"}}},
	Places:        {{name: "kind", values: []string{"country", "demonym", "region", "city"}}, {name: "country", optional: true}},
	Reporting:     {{name: "kind", values: []string{"verb", "phrase", "light"}}, {name: "sense", values: []string{"cognitive", "directive"}, optional: true}},
	Modifiers:     {{name: "mod", values: []string{"exact", "approx", "up_to", "over", "at_least", "under", "vague"}}},
	Numbers:       {{name: "value", integer: true, min: 0, max: 1e15}, {name: "vague", values: []string{"vague"}, optional: true}},
	Calendar:      {{name: "kind", values: []string{"month", "weekday"}}, {name: "number", integer: true, min: 1, max: 12}},
	Officials:     {{name: "role", optional: true}, {name: "scope", values: []string{"full"}, optional: true}, {name: "aka", optional: true, multi: true}},
	Descriptions:  {{name: "kind", values: []string{"person", "source", "document"}}, {name: "covers", optional: true}},
	CountedNouns:  {{name: "kind", values: []string{"label", "date_label", "troop_label", "measure", "extent"}, multi: true}},
	UnitNouns:     {{name: "kind", values: []string{"force", "nonperson", "org", "aircraft"}}},
	TroopWords:    {{name: "kind", values: []string{"premodifier", "deploy", "number", "stand", "copula", "change", "over", "tally", "state", "report", "operation", "party", "compound", "people", "collective", "civil_force", "small_unit", "reckon"}, multi: true}},
	CasualtyWords: {{name: "kind", values: []string{"casualty", "loss", "take_lives", "give_lives"}, multi: true}},
	DateWords:     {{name: "kind", values: []string{"past", "future", "future_to", "not_past", "weekday_name", "weekday_not", "holiday_noun", "request", "postpone", "schedule", "participle", "state_verb", "phrasal_particle", "weekday_ahead", "lasting_past"}, multi: true}},
	Organisations: {{name: "kind", values: []string{"company", "group"}}},
	Holidays:      {{name: "rule", values: []string{"fixed", "easter", "orthodox", "nth"}}, {name: "arguments"}},
	NameGenders:   {{name: "gender", values: []string{"f", "m"}}},
	QuoteWords:    {{name: "kind", values: []string{"medium", "audience", "connective", "party", "lead", "past_cue", "source_modifier", "text", "label"}, multi: true}},
	OfficialWords: {{name: "kind", values: []string{"complement_head", "public_head", "body_head", "owner", "armed_group", "appoint", "private_body", "org_suffix", "particle", "office_rank", "generic_modifier", "relation", "seat_modifier", "ship_prefix", "seat_body", "female", "male", "territorial", "hold", "group_role", "peer_style", "same_past", "lead_verb", "place_noun", "kin", "ranked_role", "role_participle", "portfolio_head", "role_end", "relative_hold", "identity"}, multi: true}},
}

// checkFields checks the fields of an entry of list against its format:
// their number and their values. A missing field after a phrase whose
// last word is a valid value gets a hint: a space where a TAB belongs.
func checkFields(list, phrase string, fields []string) error {
	return checkFormat(list, formats[list], phrase, fields)
}

// checkFormat is checkFields with the list's format want (formats[list]),
// looked up once per list by a caller that checks many entries.
func checkFormat(list string, want []field, phrase string, fields []string) error {
	required := 0
	for _, f := range want {
		if !f.optional {
			required++
		}
	}
	if len(fields) > len(want) {
		if len(want) == 0 {
			return fmt.Errorf("[%s] %q: this list takes a phrase only, no TAB-separated field (found %q)", list, phrase, strings.Join(fields, "\t"))
		}
		return fmt.Errorf("[%s] %q: %d fields after the phrase, want at most %d (%s)", list, phrase, len(fields), len(want), fieldNames(want))
	}
	if len(fields) < required {
		f := want[len(fields)]
		hint := ""
		words := strings.Fields(phrase)
		if len(words) > 1 && f.check(words[len(words)-1]) == nil {
			hint = fmt.Sprintf("; is there a space where a TAB belongs, before %q?", words[len(words)-1])
		}
		return fmt.Errorf("[%s] %q: missing the %s field after a TAB (format: phrase, %s)%s", list, phrase, f.name, fieldNames(want), hint)
	}
	for i, v := range fields {
		if v == "" && want[i].optional {
			continue
		}
		if err := want[i].check(v); err != nil {
			return fmt.Errorf("[%s] %q: %w", list, phrase, err)
		}
	}
	if list == Calendar && len(fields) == 2 && fields[0] == "weekday" {
		if n, _ := strconv.Atoi(fields[1]); n > 7 {
			return fmt.Errorf("[%s] %q: weekday number %d: want 1 (Monday) to 7 (Sunday)", list, phrase, n)
		}
	}
	return nil
}

func (f field) check(v string) error {
	switch {
	case f.integer:
		n, err := strconv.Atoi(v)
		if err != nil || n < f.min || n > f.max {
			return fmt.Errorf("%s %q: want a whole number from %d to %d", f.name, v, f.min, f.max)
		}
	case len(f.values) > 0 && f.multi && strings.Contains(v, ","):
		for _, part := range strings.Split(v, ",") {
			if err := (field{name: f.name, values: f.values}).check(part); err != nil {
				return err
			}
		}
	case len(f.values) > 0:
		for _, ok := range f.values {
			if v == ok {
				return nil
			}
		}
		return fmt.Errorf("unknown %s %q (want %s)", f.name, v, strings.Join(f.values, ", "))
	case v == "":
		return fmt.Errorf("empty %s", f.name)
	}
	return nil
}

// fieldNames lists the fields of a format for messages.
func fieldNames(fs []field) string {
	var names []string
	for _, f := range fs {
		n := f.name
		if len(f.values) > 0 {
			n += " (" + strings.Join(f.values, "|") + ")"
		}
		if f.optional {
			n = "[" + n + "]"
		}
		names = append(names, n)
	}
	return strings.Join(names, ", ")
}
