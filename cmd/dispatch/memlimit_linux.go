//go:build linux

package main

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// machineMemory is the memory this process may use: the smallest of the
// memory limits of its control groups (v2 memory.max, v1
// memory.limit_in_bytes, its own group and the groups above it) and the
// physical memory. source says which one it is; 0 means unknown.
func machineMemory() (limit int64, source string) {
	var si syscall.Sysinfo_t
	if err := syscall.Sysinfo(&si); err == nil && si.Totalram > 0 {
		limit, source = int64(si.Totalram)*int64(si.Unit), "physical memory"
	}
	if cg, path := cgroupMemoryLimit("/proc/self/cgroup", "/sys/fs/cgroup"); cg > 0 && (limit == 0 || cg < limit) {
		limit, source = cg, "control group limit ("+path+")"
	}
	return limit, source
}

// cgroupMemoryLimit reads the memory limit of the process's control
// groups (procCgroup is /proc/self/cgroup, root the cgroup mount): the
// smallest limit from its group up to the root of the hierarchy, and the
// file it was read from; 0 when there is none.
func cgroupMemoryLimit(procCgroup, root string) (int64, string) {
	data, err := os.ReadFile(procCgroup)
	if err != nil {
		return 0, ""
	}
	var best int64
	var bestPath string
	consider := func(file string) {
		v, ok := readLimit(file)
		if ok && v > 0 && (best == 0 || v < best) {
			best, bestPath = v, file
		}
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		// hierarchy-ID:controllers:path
		parts := strings.SplitN(sc.Text(), ":", 3)
		if len(parts) != 3 {
			continue
		}
		var dir, file string
		switch {
		case parts[0] == "0" && parts[1] == "": // v2
			dir, file = root, "memory.max"
			if _, err := os.Stat(filepath.Join(root, "cgroup.controllers")); err != nil {
				dir = filepath.Join(root, "unified") // hybrid layout
			}
		case hasController(parts[1], "memory"): // v1
			dir, file = filepath.Join(root, "memory"), "memory.limit_in_bytes"
		default:
			continue
		}
		// in a container the path may name the host's group while the
		// mount is the container's own: try both, and every group above
		p := filepath.Clean("/" + parts[2])
		for {
			consider(filepath.Join(dir, p, file))
			if p == "/" {
				break
			}
			p = filepath.Dir(p)
		}
	}
	return best, bestPath
}

func hasController(list, name string) bool {
	for _, c := range strings.Split(list, ",") {
		if c == name {
			return true
		}
	}
	return false
}

// readLimit reads a limit file: a number of bytes, "max" (none) or
// cgroup v1's "no limit" (a number near 2^63).
func readLimit(file string) (int64, bool) {
	data, err := os.ReadFile(file)
	if err != nil {
		return 0, false
	}
	s := strings.TrimSpace(string(data))
	if s == "max" {
		return 0, false
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v <= 0 || v >= 1<<62 {
		return 0, false
	}
	return v, true
}
