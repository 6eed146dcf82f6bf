//go:build !race

package extract

// hangScale multiplies this package's hang guards (see race_on_test.go).
const hangScale = 1
