package main

import "time"

// processStart is when the program started: the main package's
// initialisation, before main runs (the runtime and the imported packages
// initialise a few milliseconds earlier). It is set once and only read.
var processStart = time.Now()
