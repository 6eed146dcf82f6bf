package lexicon

import _ "embed" // the built-in lists as strings

// The built-in lists as strings, read in place: embed.FS.ReadFile copies
// a file (0.25 MB of lists a start-up, garbage once split into entries,
// whose strings are slices of the text). data (embed.FS) still holds
// them for listing and for the tests.
var (
	//go:embed data/stems.tsv
	stemsText string
	//go:embed data/titles.txt
	titlesText string
	//go:embed data/title_words.txt
	titleWordsText string
	//go:embed data/ranks.txt
	ranksText string
	//go:embed data/bodies.txt
	bodiesText string
	//go:embed data/places.txt
	placesText string
	//go:embed data/reporting.txt
	reportingText string
	//go:embed data/personnel.txt
	personnelText string
	//go:embed data/modifiers.txt
	modifiersText string
	//go:embed data/numbers.txt
	numbersText string
	//go:embed data/calendar.txt
	calendarText string
	//go:embed data/given_names.txt
	givenNamesText string
	//go:embed data/officials.txt
	officialsText string
	//go:embed data/descriptions.txt
	descriptionsText string
	//go:embed data/nonofficial.txt
	nonofficialText string
	//go:embed data/stopwords.txt
	stopwordsText string
	//go:embed data/abbreviations.txt
	abbreviationsText string
	//go:embed data/counted_nouns.txt
	countedNounsText string
	//go:embed data/unit_nouns.txt
	unitNounsText string
	//go:embed data/troop_words.txt
	troopWordsText string
	//go:embed data/casualty_words.txt
	casualtyWordsText string
	//go:embed data/date_words.txt
	dateWordsText string
	//go:embed data/holidays.txt
	holidaysText string
	//go:embed data/organisations.txt
	organisationsText string
	//go:embed data/name_genders.txt
	nameGendersText string
	//go:embed data/quote_words.txt
	quoteWordsText string
	//go:embed data/official_words.txt
	officialWordsText string
)

// builtinText returns the text of a built-in list, false for another name.
func builtinText(name string) (string, bool) {
	switch name {
	case Titles:
		return titlesText, true
	case TitleWords:
		return titleWordsText, true
	case Ranks:
		return ranksText, true
	case Bodies:
		return bodiesText, true
	case Places:
		return placesText, true
	case Reporting:
		return reportingText, true
	case Personnel:
		return personnelText, true
	case Modifiers:
		return modifiersText, true
	case Numbers:
		return numbersText, true
	case Calendar:
		return calendarText, true
	case GivenNames:
		return givenNamesText, true
	case Officials:
		return officialsText, true
	case Descriptions:
		return descriptionsText, true
	case NonOfficial:
		return nonofficialText, true
	case Stopwords:
		return stopwordsText, true
	case Abbreviations:
		return abbreviationsText, true
	case CountedNouns:
		return countedNounsText, true
	case UnitNouns:
		return unitNounsText, true
	case TroopWords:
		return troopWordsText, true
	case CasualtyWords:
		return casualtyWordsText, true
	case DateWords:
		return dateWordsText, true
	case Holidays:
		return holidaysText, true
	case Organisations:
		return organisationsText, true
	case NameGenders:
		return nameGendersText, true
	case QuoteWords:
		return quoteWordsText, true
	case OfficialWords:
		return officialWordsText, true
	}
	return "", false
}
