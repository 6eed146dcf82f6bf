package main

// Temporary stubs: replaced by eval.go and validate.go.

func runEval(e *env, args []string) int     { return exitFatal }
func runValidate(e *env, args []string) int { return exitFatal }
