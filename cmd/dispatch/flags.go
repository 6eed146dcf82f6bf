package main

// Type names the value of a repeatable path flag in help (pflag.Value).
func (p *pathsFlag) Type() string { return "path" }

// Type names the value of --min-f1 in help (pflag.Value).
func (m *minF1Flag) Type() string { return "threshold" }
