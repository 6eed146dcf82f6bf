// Package lexicon holds dispatch's word lists: titles and roles, government
// bodies and international organisations, places and demonyms, reporting
// verbs, personnel nouns, quantity modifiers, number words, the calendar,
// given names, a gazetteer of well-known officials, and the context words
// of the DATE and TROOPS stages (counted nouns, unit nouns, troop words,
// casualty words, date words), the holidays and named days, and the
// organisations (companies, armed groups) whose names are never persons.
//
// The lists are embedded data files (data/*.txt), one entry per line with
// tab-separated fields. They are loaded, stemmed and indexed once; a
// Lexicon is immutable afterwards and safe for concurrent use. Users extend
// or override the lists with their own file (see [Load] and docs/lexicon.md).
//
// Lists whose words inflect (titles, personnel nouns, reporting verbs,
// descriptions) are matched by Snowball stems, so "soldiers" matches
// "soldier" and "says" matches "say".
package lexicon

import (
	"bufio"
	"cmp"
	"embed"
	"fmt"
	"io"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kljensen/snowball/english"
)

//go:embed data/*.txt data/VERSION data/stems.tsv
var data embed.FS

// List names: the files under data/ without .txt, and the section names of
// a user file.
const (
	Titles        = "titles"
	TitleWords    = "title_words"
	Ranks         = "ranks"
	Bodies        = "bodies"
	Places        = "places"
	Reporting     = "reporting"
	Personnel     = "personnel"
	Modifiers     = "modifiers"
	Numbers       = "numbers"
	Calendar      = "calendar"
	GivenNames    = "given_names"
	Officials     = "officials"
	Descriptions  = "descriptions"
	NonOfficial   = "nonofficial"
	Stopwords     = "stopwords"
	Abbreviations = "abbreviations"
	CountedNouns  = "counted_nouns"
	UnitNouns     = "unit_nouns"
	TroopWords    = "troop_words"
	CasualtyWords = "casualty_words"
	DateWords     = "date_words"
	Holidays      = "holidays"
	Organisations = "organisations"
	NameGenders   = "name_genders"
	QuoteWords    = "quote_words"
	OfficialWords = "official_words"
)

// listIndex is the position of a built-in list's name in Names, -1 for
// another name.
func listIndex(name string) int {
	switch name {
	case Titles:
		return 0
	case TitleWords:
		return 1
	case Ranks:
		return 2
	case Bodies:
		return 3
	case Places:
		return 4
	case Reporting:
		return 5
	case Personnel:
		return 6
	case Modifiers:
		return 7
	case Numbers:
		return 8
	case Calendar:
		return 9
	case GivenNames:
		return 10
	case Officials:
		return 11
	case Descriptions:
		return 12
	case NonOfficial:
		return 13
	case Stopwords:
		return 14
	case Abbreviations:
		return 15
	case CountedNouns:
		return 16
	case UnitNouns:
		return 17
	case TroopWords:
		return 18
	case CasualtyWords:
		return 19
	case DateWords:
		return 20
	case Holidays:
		return 21
	case Organisations:
		return 22
	case NameGenders:
		return 23
	case QuoteWords:
		return 24
	case OfficialWords:
		return 25
	}
	return -1
}

// stemmed lists are matched by stems; the others by lower-cased words.
var stemmed = map[string]bool{
	Titles: true, Personnel: true, Reporting: true, Descriptions: true,
	NonOfficial: true,
}

// Names lists every built-in list.
func Names() []string {
	return []string{Titles, TitleWords, Ranks, Bodies, Places, Reporting, Personnel,
		Modifiers, Numbers, Calendar, GivenNames, Officials,
		Descriptions, NonOfficial, Stopwords, Abbreviations, CountedNouns, UnitNouns,
		TroopWords, CasualtyWords, DateWords, Holidays, Organisations, NameGenders, QuoteWords, OfficialWords}
}

// Entry is one line of a list: its phrase (lower-cased, words separated by
// single spaces) and the fields after it.
type Entry struct {
	Phrase string
	Fields []string
}

// Field returns field i ("" when absent).
func (e Entry) Field(i int) string {
	if i < len(e.Fields) {
		return e.Fields[i]
	}
	return ""
}

// List is one word list, indexed for phrase matching.
type List struct {
	name    string
	stemmed bool
	// entries maps a key (phrase keys joined by spaces) to its entry in
	// items while the lists are read and merged, then nil: keys holds
	// them once the lexicon is loaded
	entries map[string]int32
	keys    strTable
	order   []int32 // the items in the order of Entries (see entriesOrder)
	// shared holds, by phrase, the entries of a stemmed list whose stems
	// are one key ("commander" and "command"): the key names the last
	// one, Exact finds each (nil when no key is shared)
	shared map[string]int32
	items  []Entry           // the entries, one a line added (several keys of a stemmed list share one)
	bit    ListSet           // this list in a ListSet (0 for a list outside the lexicon)
	root   int32             // the list's root node in ix
	ix     *index            // the lexicon's trie over word ids (nil for an empty unknown list)
	memo   map[string]string // word -> stem while the lexicon loads (a word recurs in phrases and their inflections), then nil
	format []field           // formats[name]
	// arena holds room for the fields of the lines read (see read), so
	// that a line's fields are no allocation of their own
	arena []string
}

// Lexicon is a set of lists. It is immutable and safe for concurrent use.
type Lexicon struct {
	version string
	lists   map[string]*List
	byIndex []*List // the lists in the order of Names: see listIndex
	ix      *index
	// snapshot is the checksum of data/index.bin when lx is that snapshot
	// as loaded (no user file merged), 0 otherwise: see Snapshot
	snapshot uint32
}

// Version names the data: the built-in version, plus the user files merged on top.
func (lx *Lexicon) Version() string { return lx.version }

// List returns the named list; an unknown name gives an empty list.
func (lx *Lexicon) List(name string) *List {
	// the stages ask for a list by name at every token: a switch over the
	// names costs a few comparisons, a map look-up a hash of the name
	if k := listIndex(name); k >= 0 && k < len(lx.byIndex) {
		return lx.byIndex[k]
	}
	if l, ok := lx.lists[name]; ok {
		return l
	}
	return &List{name: name}
}

// Default loads the built-in lists.
func Default() (*Lexicon, error) { return Load() }

// MaxPhraseWords bounds the words of one entry. The longest built-in
// entry has 9 (an organisation's name); the stages try multi-word entries
// at every token, so an entry of thousands of words in a user's file made
// annotation cost text × entry length.
const MaxPhraseWords = 24

// MaxFileBytes bounds a user's lexicon file as the commands read it
// (corpus.ReadFileLimit): word lists are small, and /dev/zero or an
// endless pipe named as one must not be read to the end of memory.
const MaxFileBytes = 64 << 20

// Load loads the built-in lists and merges the user files on top, in order.
// A user file has sections headed "[list]" (a list name, see [Names]);
// each line below adds an entry in that list's format, and a line
// "-phrase" removes one. "#" starts a comment line.
//
// The built-in lists are read from their snapshot (data/index.bin, see
// snapshot.go) when it matches them, from their texts otherwise.
func Load(user ...NamedReader) (*Lexicon, error) {
	lx, ok := loadSnapshot(snapshotText, listsChecksum(), BuiltinVersion())
	if !ok {
		return load(stemTable, false, user...)
	}
	if len(user) == 0 {
		lx.snapshot = snapshotSum(snapshotText)
		return lx, nil
	}
	return lx.thaw().merged(user, false)
}

// Snapshot reports the checksum of the built-in snapshot (data/index.bin,
// its last four bytes) when lx is that snapshot as loaded, with no user
// file merged; false for a lexicon loaded otherwise (user files, a stale
// snapshot; a checksum of 0 names none). Two lexicons with the same
// checksum have the same lists and give every word the same WordID, so
// that facts derived from them ahead of time (extract's table of frequent
// words) hold for lx.
func (lx *Lexicon) Snapshot() (uint32, bool) { return lx.snapshot, lx.snapshot != 0 }

// thaw returns the lists of a lexicon read from the snapshot to the state
// load has them in before the user files: their entries by key, to be
// merged and indexed again (the snapshot is the lists as load reads them,
// see TestSnapshotUser). Words of the user files are stemmed without the
// stem table: they are few.
func (lx *Lexicon) thaw() *Lexicon {
	for _, l := range lx.byIndex {
		l.entries = make(map[string]int32, l.keys.n)
		l.keys.all(func(key string, i int32) { l.entries[key] = i })
		l.keys, l.order, l.ix = strTable{}, nil, nil
	}
	lx.ix = nil
	return lx
}

// merged merges the user files over the read lists of lx and indexes them
// (see load for canonical).
func (lx *Lexicon) merged(user []NamedReader, canonical bool) (*Lexicon, error) {
	for _, u := range user {
		if err := lx.merge(u); err != nil {
			return nil, err
		}
		lx.version += "+" + u.Name
	}
	lx.ix = buildIndex(lx, canonical)
	for _, l := range lx.lists {
		l.memo = nil
		l.keys = newStrTable(len(l.entries))
		for key := range keysOf(l.entries, canonical) {
			l.keys.put(key, l.entries[key])
		}
		l.entries = nil
		if canonical {
			l.order = l.entriesOrder()
		}
	}
	return lx, nil
}

// load loads the lists with memo() as the table of known stems (added to).
//
// The built-in lists are read by two goroutines: this one makes the stem
// table and reads the stemmed lists, the only ones that use it, then
// helps with the others, which a second goroutine reads meanwhile (each
// list is read by one goroutine and shares nothing writable with the
// others). Reading is most of a start-up and a one-file run is mostly
// start-up: its wall time is cut without more work.
//
// canonical builds the lexicon the snapshot holds: the index and the
// tables made in the order of the keys (the same lists give the same ids
// and slots), the order of Entries made for every list. Otherwise (a user
// file, a stale snapshot) they are made in any order, and Entries sorts a
// list's entries when asked: sorting every list's keys twice and entries
// once took 28 M instructions, more than the load.
func load(memo func() map[string]string, canonical bool, user ...NamedReader) (*Lexicon, error) {
	ver, err := data.ReadFile("data/VERSION")
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	lx := &Lexicon{version: strings.TrimSpace(string(ver)), lists: map[string]*List{}}
	names := Names()
	lists := make([]*List, len(names))
	errs := make([]error, len(names))
	readList := func(k int, memo map[string]string) {
		name := names[k]
		text, ok := builtinText(name)
		if !ok {
			errs[k] = fmt.Errorf("lexicon: no built-in list %s", name)
			return
		}
		l := newList(name)
		// room for an entry a line (and the inflections of a stemmed
		// list's): the map is not grown and rehashed on the way
		hint := strings.Count(text, "\n")
		l.items = make([]Entry, 0, hint)
		if l.stemmed {
			hint *= 4
		}
		l.entries = make(map[string]int32, hint)
		l.memo = memo
		errs[k] = l.read(text, "data/"+name+".txt")
		lists[k] = l
	}
	var next atomic.Int32 // the next unstemmed list to read, by either goroutine
	others := func() {
		for {
			k := int(next.Add(1)) - 1
			if k >= len(names) {
				return
			}
			if !stemmed[names[k]] {
				readList(k, nil)
			}
		}
	}
	var wg sync.WaitGroup
	wg.Go(others)
	m := memo()
	for k, name := range names {
		if stemmed[name] {
			readList(k, m)
		}
	}
	others()
	wg.Wait()
	for k, l := range lists {
		if errs[k] != nil {
			return nil, errs[k]
		}
		lx.lists[names[k]] = l
		lx.byIndex = append(lx.byIndex, l)
	}
	return lx.merged(user, canonical)
}

// keysOf returns the keys of m, in their order when sorted is set.
func keysOf(m map[string]int32, sorted bool) iter.Seq[string] {
	if sorted {
		return slices.Values(slices.Sorted(maps.Keys(m)))
	}
	return maps.Keys(m)
}

// NamedReader is a user lexicon file: its name for errors and its content.
type NamedReader struct {
	Name string
	R    io.Reader
}

func newList(name string) *List {
	return &List{name: name, stemmed: stemmed[name], entries: map[string]int32{}, format: formats[name]}
}

func (lx *Lexicon) merge(u NamedReader) error {
	sc := bufio.NewScanner(u.R)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var cur *List
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		if strings.HasPrefix(trimmed, "[") && strings.HasSuffix(trimmed, "]") {
			name := strings.TrimSpace(trimmed[1 : len(trimmed)-1])
			l, ok := lx.lists[name]
			if !ok {
				return fmt.Errorf("lexicon: %s:%d: unknown list [%s] (known: %s)", u.Name, n, name, strings.Join(Names(), ", "))
			}
			cur = l
			continue
		}
		if cur == nil {
			return fmt.Errorf("lexicon: %s:%d: entry before any [list] section", u.Name, n)
		}
		if err := cur.addLine(line, true); err != nil {
			return fmt.Errorf("lexicon: %s:%d: %w", u.Name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lexicon: %s: %w", u.Name, err)
	}
	return nil
}

// read adds the lines of a built-in list's text (each entry's strings
// are slices of it: no string is made a line).
func (l *List) read(text, name string) error {
	// every field of the file in one array (a TAB a field), handed out
	// line by line
	l.arena = make([]string, strings.Count(text, "\t"))
	defer func() { l.arena = nil }()
	text = lowerPhrases(text)
	for n := 1; text != ""; n++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		line = strings.TrimRight(line, "\r")
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if err := l.addLine(line, false); err != nil {
			return fmt.Errorf("lexicon: %s:%d: %w", name, n, err)
		}
	}
	return nil
}

// lowerPhrases returns text with the ASCII capitals of each line's phrase
// (the part before its first TAB) lower-cased: in one new string for the
// whole file, where keyForm lower-cased the phrases one string each (the
// given names and places are capitalised). A comment line is left as it
// is. keyForm's result is the same: it lower-cases what remains.
func lowerPhrases(text string) string {
	first := -1
	phrase, comment := true, len(text) > 0 && text[0] == '#'
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '\n':
			phrase, comment = true, false
			if i+1 < len(text) && text[i+1] == '#' {
				comment = true
			}
		case c == '\t':
			phrase = false
		case phrase && !comment && 'A' <= c && c <= 'Z':
			first = i
		}
		if first >= 0 {
			break
		}
	}
	if first < 0 {
		return text
	}
	b := []byte(text)
	phrase, comment = true, len(b) > 0 && b[0] == '#'
	for i, c := range b {
		switch {
		case c == '\n':
			phrase, comment = true, i+1 < len(b) && b[i+1] == '#'
		case c == '\t':
			phrase = false
		case phrase && !comment && 'A' <= c && c <= 'Z':
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// noFields is the fields of an entry without any: empty, not nil (as
// strings.Split left them), and shared (length and capacity 0, so no
// caller can write to it).
var noFields = []string{}

// splitFields splits a line at its TABs: the phrase and the fields after
// it, with one allocation for a line that has fields and none otherwise.
func splitFields(line string) (string, []string) { return splitFieldsIn(line, nil) }

// splitFieldsIn is splitFields that takes the fields' room from *arena
// when it holds enough (see List.read), capped so that an append to an
// entry's fields never writes over the next entry's.
func splitFieldsIn(line string, arena *[]string) (string, []string) {
	phrase, rest, ok := strings.Cut(line, "\t")
	if !ok {
		return phrase, noFields
	}
	n := strings.Count(rest, "\t") + 1
	var fields []string
	if arena != nil && len(*arena) >= n {
		fields, *arena = (*arena)[:0:n], (*arena)[n:]
	} else {
		fields = make([]string, 0, n)
	}
	for {
		f, more, found := strings.Cut(rest, "\t")
		fields = append(fields, strings.TrimSpace(f))
		if !found {
			return phrase, fields
		}
		rest = more
	}
}

func (l *List) addLine(line string, user bool) error {
	phrase, fields := splitFieldsIn(line, &l.arena)
	phrase = keyForm(phrase)
	remove := false
	if user && strings.HasPrefix(phrase, "-") {
		remove, phrase = true, strings.TrimSpace(phrase[1:])
	}
	if phrase == "" {
		return fmt.Errorf("empty entry")
	}
	if n := strings.Count(phrase, " ") + 1; n > MaxPhraseWords {
		return fmt.Errorf("an entry of %d words (at most %d): matching it costs time at every token", n, MaxPhraseWords)
	}
	if !remove {
		if err := checkFormat(l.name, l.format, phrase, fields); err != nil {
			return err
		}
	}
	keys := []string{l.keyOf(phrase)}
	if l.stemmed {
		keys = l.inflectedKeys(phrase)
	}
	if remove {
		for _, key := range keys {
			delete(l.entries, key)
		}
		return nil
	}
	item := int32(len(l.items))
	if old, taken := l.entries[keys[0]]; taken && l.items[old].Phrase != phrase {
		if l.shared == nil {
			l.shared = map[string]int32{}
		}
		l.shared[l.items[old].Phrase], l.shared[phrase] = old, item
	}
	l.items = append(l.items, Entry{Phrase: phrase, Fields: fields})
	for _, key := range keys {
		if _, taken := l.entries[key]; taken && key != keys[0] {
			continue // an inflection never displaces another entry
		}
		l.entries[key] = item
	}
	return nil
}

// inflectedKeys returns the stem keys of a phrase and of the regular
// inflections of its last word. Porter2 stems some inflections apart from
// their base ("add" stays "add", "added" and "adding" become "ad"), so the
// inflections are stemmed and indexed too.
func (l *List) inflectedKeys(phrase string) []string {
	if normal(phrase) {
		if i := strings.LastIndexByte(phrase, ' '); i >= 0 {
			return l.inflectedWordKeys(l.keyOf(phrase[:i])+" ", phrase[i+1:])
		}
		return l.inflectedWordKeys("", phrase)
	}
	words := strings.Fields(phrase)
	last := words[len(words)-1]
	keys := []string{l.keyOf(phrase)}
	seen := map[string]bool{keys[0]: true}
	for _, form := range inflections(last) {
		words[len(words)-1] = form
		k := l.keyOf(strings.Join(words, " "))
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	return keys
}

// inflectedWordKeys is inflectedKeys for a phrase in key form (most
// entries), given the key of the words before its last word (with a space
// after it, "" for one word) and the last word: the same keys in the same
// order, each inflection spelt in a buffer and looked up in the memo
// without making a string of it.
func (l *List) inflectedWordKeys(head, w string) []string {
	keys := make([]string, 1, 7)
	keys[0] = l.stem(w)
	var buf [64]byte
	forms, n := inflectionParts(w)
	for _, f := range forms[:n] {
		b := append(append(append(buf[:0], f.base...), f.double...), f.suffix...)
		k, ok := l.memo[string(b)] // no allocation: the look-up only reads b
		if !ok {
			k = l.stem(string(b))
		}
		if !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	if head != "" {
		for i, k := range keys {
			keys[i] = head + k
		}
	}
	return keys
}

// inflection is one inflected form of a word: base + double + suffix
// ("stop" + "p" + "ed"), each part a slice of the word or a constant.
type inflection struct{ base, double, suffix string }

// inflectionParts returns the regular English inflections of a word: plural
// and third person, past and participle forms.
func inflectionParts(w string) (forms [6]inflection, n int) {
	if len(w) < 2 {
		return forms, 0
	}
	forms[0], forms[1], forms[2], forms[3] = inflection{w, "", "s"}, inflection{w, "", "es"}, inflection{w, "", "ed"}, inflection{w, "", "ing"}
	n = 4
	last := w[len(w)-1]
	switch {
	case last == 'e':
		forms[4], forms[5], n = inflection{w, "", "d"}, inflection{w[:len(w)-1], "", "ing"}, 6
	case last == 'y':
		forms[4], forms[5], n = inflection{w[:len(w)-1], "", "ies"}, inflection{w[:len(w)-1], "", "ied"}, 6
	case !strings.ContainsRune("aeiouwxy", rune(last)) && strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		forms[4], forms[5], n = inflection{w, w[len(w)-1:], "ed"}, inflection{w, w[len(w)-1:], "ing"}, 6
	}
	return forms, n
}

// inflections returns regular English inflections of a word: plural and
// third person, past and participle forms.
func inflections(w string) []string {
	forms, n := inflectionParts(w)
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i, f := range forms[:n] {
		out[i] = f.base + f.double + f.suffix
	}
	return out
}

// stem stems a word, through the load-time memo while there is one.
func (l *List) stem(w string) string {
	if s, ok := l.memo[w]; ok {
		return s
	}
	s := Stem(w)
	if l.memo != nil {
		l.memo[w] = s
	}
	return s
}

// keyOf maps a phrase to its match key: lower-cased words, stemmed for
// stemmed lists.
func (l *List) keyOf(phrase string) string {
	if !l.stemmed {
		return phrase
	}
	if normal(phrase) && !strings.Contains(phrase, " ") {
		return l.stem(phrase) // one word: no splitting and joining
	}
	if normal(phrase) { // words between single spaces: no splitting and joining
		var b strings.Builder
		b.Grow(len(phrase))
		for rest := phrase; ; {
			w, more, found := strings.Cut(rest, " ")
			b.WriteString(l.stem(w))
			if !found {
				return b.String()
			}
			b.WriteByte(' ')
			rest = more
		}
	}
	words := strings.Fields(phrase)
	for i, w := range words {
		words[i] = l.stem(w)
	}
	return strings.Join(words, " ")
}

// Stem returns the Snowball (Porter2) English stem of a lower-case word.
func Stem(word string) string {
	if s, ok := stemASCII(word); ok {
		return s
	}
	return english.Stem(word, true)
}

// Words is a sequence of words to match against: lower-cased forms and,
// for stemmed lists, stems (computed lazily by the caller as it likes).
type Words interface {
	Len() int
	Lower(i int) string
	Stem(i int) string
}

// Match returns the longest entry starting at word i and its length in
// words (0 when none matches).
func (l *List) Match(w Words, i int) (Entry, int) {
	if l.ix == nil || i >= w.Len() {
		return Entry{}, 0
	}
	return l.walk(i, w.Len(), func(j int) WordID {
		if l.stemmed {
			return l.ix.wordID(w.Stem(j))
		}
		return l.ix.wordID(w.Lower(j))
	})
}

// Has reports whether the single word (lower-cased) is an entry.
func (l *List) Has(word string) bool {
	_, ok := l.keys.get(l.keyOf(word))
	return ok
}

// Exact returns the entry written as phrase (lower-cased, in key form)
// when it shares its stem key with another entry of the list ("commander"
// and "command" of a stemmed list: a match by stem finds only one);
// false otherwise.
func (l *List) Exact(phrase string) (Entry, bool) {
	if i, ok := l.shared[phrase]; ok {
		return l.items[i], true
	}
	return Entry{}, false
}

// Lookup returns the entry of a phrase.
func (l *List) Lookup(phrase string) (Entry, bool) {
	if !l.stemmed && normal(phrase) {
		return l.entry(phrase) // no copy of a phrase already in key form
	}
	return l.entry(l.keyOf(strings.Join(strings.Fields(strings.ToLower(phrase)), " ")))
}

// LookupBytes is Lookup(string(phrase)), without making the string when
// phrase is in key form and the list not stemmed (a caller may lower-case
// a phrase into a buffer of its own and look it up allocating nothing).
func (l *List) LookupBytes(phrase []byte) (Entry, bool) {
	if !l.stemmed && normal(phrase) {
		if i, ok := tableGet(&l.keys, phrase); ok { // no string made
			return l.items[i], true
		}
		return Entry{}, false
	}
	return l.Lookup(string(phrase))
}

// entry returns the entry of a key.
func (l *List) entry(key string) (Entry, bool) {
	if i, ok := l.keys.get(key); ok {
		return l.items[i], true
	}
	return Entry{}, false
}

// keyForm returns a phrase in key form: lower-cased, words separated by
// single spaces.
func keyForm(phrase string) string {
	switch {
	case normal(phrase): // most lines are: nothing to lower-case or split
		return phrase
	case spaced(phrase): // names: only capitals to lower-case
		return strings.ToLower(phrase)
	}
	return strings.Join(strings.Fields(strings.ToLower(phrase)), " ")
}

// spaced reports whether phrase is printable ASCII with its words
// separated by single spaces (in key form but for capitals).
func spaced(phrase string) bool {
	if phrase == "" || phrase[0] == ' ' || phrase[len(phrase)-1] == ' ' {
		return false
	}
	for i := 0; i < len(phrase); i++ {
		c := phrase[i]
		if c < ' ' || c >= 0x7f || c == ' ' && phrase[i-1] == ' ' {
			return false
		}
	}
	return true
}

// normal reports whether phrase is in key form: ASCII without capitals,
// words separated by single spaces.
func normal[S ~string | ~[]byte](phrase S) bool {
	if len(phrase) == 0 || phrase[0] == ' ' || phrase[len(phrase)-1] == ' ' {
		return false
	}
	for i := 0; i < len(phrase); i++ {
		c := phrase[i]
		switch {
		case c >= 0x80 || 'A' <= c && c <= 'Z' || c < ' ':
			return false
		case c == ' ' && phrase[i-1] == ' ':
			return false
		}
	}
	return true
}

// Len is the number of entries.
func (l *List) Len() int { return l.keys.n }

// Entries returns the entries sorted by phrase.
// An entry comes once for each of its keys (a stemmed list's inflections
// share one entry). The entries are sorted as their positions, not copied
// about, and a list already in order (most data files) is not sorted.
func (l *List) Entries() []Entry {
	order := l.order
	if order == nil { // not read from the snapshot
		order = l.entriesOrder()
	}
	out := make([]Entry, len(order))
	for k, i := range order {
		out[k] = l.items[i]
	}
	return out
}

// entriesOrder returns the items in the order of Entries, an item once
// for each of its keys. The snapshot holds it for every list (the stages
// ask for the entries of several lists as they start, and sorting them
// was a tenth of a start-up); a lexicon loaded from the lists' texts
// makes it when Entries is called.
func (l *List) entriesOrder() []int32 {
	keys := make([]int32, len(l.items)) // by item: how many keys lead to it
	l.keys.all(func(_ string, i int32) { keys[i]++ })
	order := make([]int32, 0, len(l.items))
	for i, n := range keys {
		if n > 0 {
			order = append(order, int32(i))
		}
	}
	byPhrase := func(a, b int32) int { // equal phrases in the order of their lines
		if c := strings.Compare(l.items[a].Phrase, l.items[b].Phrase); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	}
	if !slices.IsSortedFunc(order, byPhrase) {
		slices.SortFunc(order, byPhrase)
	}
	out := make([]int32, 0, l.keys.n)
	for _, i := range order {
		for range keys[i] {
			out = append(out, i)
		}
	}
	return out
}

// BuiltinVersion is the version of the built-in lists, without loading them.
func BuiltinVersion() string {
	ver, err := data.ReadFile("data/VERSION")
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(string(ver))
}
