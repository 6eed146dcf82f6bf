//go:build !linux

package main

// machineMemory is the memory this process may use; 0: unknown on this
// system (the budget is then defaultUnknownBudget).
func machineMemory() (limit int64, source string) { return 0, "" }
