package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"text/tabwriter"
	"time"
)

// processBench is the comparison the user sees: 'dispatch annotate' (one
// worker) and the prose v2 peer (cmd/prose-peer: one model loaded once,
// tokenizing, tagging and NER) run as whole processes on the same files,
// start-up, lexicon or model load, reading and JSON output included. The
// two take turns, runs times each; each pair of runs gives a ratio, and
// the median ratio is reported, for wall time and for CPU time (user and
// system: on a shared machine the steadier of the two).
type processBench struct {
	Runs        int           `json:"runs"`
	Dispatch    processResult `json:"dispatch"`
	Peer        processResult `json:"peer"`
	RatioWall   float64       `json:"median_ratio_wall"`
	RatioCPU    float64       `json:"median_ratio_cpu"`
	RatiosWall  []float64     `json:"ratios_wall"`
	RatiosCPU   []float64     `json:"ratios_cpu"`
	DispatchCmd []string      `json:"dispatch_cmd"`
	PeerCmd     []string      `json:"peer_cmd"`
}

// processResult is one program's runs.
type processResult struct {
	Wall       []float64 `json:"wall_seconds"`
	CPU        []float64 `json:"cpu_seconds"`
	MedianWall float64   `json:"median_wall_seconds"`
	MedianCPU  float64   `json:"median_cpu_seconds"`
	PeakRSSMB  float64   `json:"peak_rss_mb,omitempty"`
}

// runProcesses runs dispatchBin and peerBin on paths, alternately.
func runProcesses(ctx context.Context, dispatchBin, peerBin string, paths []string, runs int) (*processBench, error) {
	tmp, err := os.MkdirTemp("", "dispatch-bench-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	pb := &processBench{Runs: runs}
	pb.DispatchCmd = append([]string{dispatchBin, "annotate", "--workers", "1", "--progress", "never", "-o", filepath.Join(tmp, "dispatch.jsonl")}, paths...)
	pb.PeerCmd = append([]string{peerBin, "-o", filepath.Join(tmp, "peer.jsonl")}, paths...)
	for range runs {
		dw, dc, drss, err := runOne(ctx, pb.DispatchCmd)
		if err != nil {
			return nil, err
		}
		pw, pc, prss, err := runOne(ctx, pb.PeerCmd)
		if err != nil {
			return nil, err
		}
		pb.Dispatch.add(dw, dc, drss)
		pb.Peer.add(pw, pc, prss)
		if dw > 0 {
			pb.RatiosWall = append(pb.RatiosWall, pw/dw)
		}
		if dc > 0 {
			pb.RatiosCPU = append(pb.RatiosCPU, pc/dc)
		}
	}
	pb.Dispatch.finish()
	pb.Peer.finish()
	pb.RatioWall, pb.RatioCPU = median(pb.RatiosWall), median(pb.RatiosCPU)
	return pb, nil
}

func (r *processResult) add(wall, cpu float64, rss uint64) {
	r.Wall = append(r.Wall, wall)
	r.CPU = append(r.CPU, cpu)
	r.PeakRSSMB = max(r.PeakRSSMB, mb(rss))
}

func (r *processResult) finish() {
	r.MedianWall, r.MedianCPU = median(r.Wall), median(r.CPU)
}

// runOne runs a command to its end and returns its wall time, CPU time
// (user and system) and peak RSS.
func runOne(ctx context.Context, args []string) (wall, cpu float64, rss uint64, err error) {
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Stdout = io.Discard
	var stderr limitedBuffer
	cmd.Stderr = &stderr
	t := time.Now()
	err = cmd.Run()
	wall = time.Since(t).Seconds()
	if err != nil {
		return 0, 0, 0, fmt.Errorf("%s: %v\n%s", args[0], err, stderr.b)
	}
	st := cmd.ProcessState
	cpu = (st.UserTime() + st.SystemTime()).Seconds()
	rss, _ = childRSS(st)
	return wall, cpu, rss, nil
}

// limitedBuffer keeps the first 4 KB written to it.
type limitedBuffer struct{ b []byte }

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if room := 4096 - len(l.b); room > 0 {
		l.b = append(l.b, p[:min(room, len(p))]...)
	}
	return len(p), nil
}

func (pb *processBench) print(w io.Writer) {
	fmt.Fprintf(w, "whole processes, same files, %d alternating runs each (median; ratio = median of the per-pair ratios):\n", pb.Runs)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "program\twall s\tCPU s\tpeak RSS MB\t")
	fmt.Fprintf(tw, "dispatch annotate --workers 1\t%.3f\t%.3f\t%.1f\t\n", pb.Dispatch.MedianWall, pb.Dispatch.MedianCPU, pb.Dispatch.PeakRSSMB)
	fmt.Fprintf(tw, "prose v2 peer\t%.3f\t%.3f\t%.1f\t\n", pb.Peer.MedianWall, pb.Peer.MedianCPU, pb.Peer.PeakRSSMB)
	tw.Flush()
	fmt.Fprintf(w, "dispatch is %.1f× prose v2 in wall time, %.1f× in CPU time\n", pb.RatioWall, pb.RatioCPU)
}
