package main

import "os"

// Temporary stubs: replaced by annotate.go and bench.go.

func runAnnotate(e *env, args []string) int { return exitFatal }
func runBench(e *env, args []string) int    { return exitFatal }
func isTerminal(f *os.File) bool            { return false }
