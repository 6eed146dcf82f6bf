package format

import (
	"errors"
	"iter"
)

func readBratGold(opts GoldOptions, paths []string) iter.Seq2[Gold, error] {
	return func(yield func(Gold, error) bool) {
		yield(Gold{}, errors.New("the brat gold reader is not written yet"))
	}
}
