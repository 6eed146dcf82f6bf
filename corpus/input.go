package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/klauspost/compress/zstd"
)

// Opening inputs safely: compressed files, special files, cancellation
// and reading bounded by the document limit.

// inputKind is how a file is read.
type inputKind int

const (
	kindOther inputKind = iota // not a document file (skipped in folders)
	kindText                   // .txt: one document
	kindJSONL                  // .jsonl, .ndjson: one document per line
	kindJSON                   // .json named explicitly: a stream of JSON objects, one document each
)

// codec is how a file is compressed.
type codec int

const (
	plain     codec = iota
	gzipped         // .gz
	zstandard       // .zst
)

// classify returns the kind of a file name, its compression (.txt.gz,
// .jsonl.zst) and the name without its extensions.
func classifyName(name string) (kind inputKind, c codec, stem string) {
	stem = name
	switch ext := filepath.Ext(stem); strings.ToLower(ext) {
	case ".gz":
		c, stem = gzipped, strings.TrimSuffix(stem, ext)
	case ".zst":
		c, stem = zstandard, strings.TrimSuffix(stem, ext)
	}
	ext := filepath.Ext(stem)
	switch strings.ToLower(ext) {
	case ".txt":
		kind = kindText
	case ".jsonl", ".ndjson":
		kind = kindJSONL
	default:
		return kindOther, c, stem
	}
	return kind, c, strings.TrimSuffix(stem, ext)
}

// zstdMaxWindow bounds the memory a zstd stream may ask of the decoder
// (its window): a crafted frame header cannot make us allocate more.
const zstdMaxWindow = 64 << 20

// decompress wraps r in the decoder of c. The decoded stream may be huge
// (a zip bomb): callers bound what they read of it, and ctx is looked at
// between chunks. close releases the decoder.
func decompress(ctx context.Context, r io.Reader, c codec) (out io.Reader, close func(), err error) {
	br := bufio.NewReaderSize(r, 64<<10)
	switch c {
	case gzipped:
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, nil, fmt.Errorf("not gzip data: %w", err)
		}
		return &ctxReader{ctx: ctx, r: zr}, func() {}, nil
	case zstandard:
		zr, err := zstd.NewReader(br, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxWindow(zstdMaxWindow))
		if err != nil {
			return nil, nil, fmt.Errorf("not zstd data: %w", err)
		}
		return &ctxReader{ctx: ctx, r: zr}, zr.Close, nil
	}
	return &ctxReader{ctx: ctx, r: r}, func() {}, nil
}

// FileKind names what a file that is not a regular file is, for error
// messages ("a named pipe (FIFO)", "a folder", "a character device"): the
// empty string for a regular file.
func FileKind(m fs.FileMode) string {
	switch {
	case m.IsRegular():
		return ""
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "an irregular file"
}

// input is an opened input: a stream, whether it is finite and cheap to
// skip through (a regular, uncompressed file), and its size when known.
type input struct {
	io.Reader
	regular bool
	size    int64 // -1 when unknown
	close   func()
}

// openInput opens path for reading. A named pipe or device named
// explicitly is opened without blocking the caller past ctx: opening a
// FIFO waits for a writer, so the open runs aside and is abandoned when
// ctx is done. Reads of such inputs (and gzip streams) honour ctx too.
func openInput(ctx context.Context, path string, info fs.FileInfo, c codec) (*input, error) {
	var f *os.File
	var err error
	if info.Mode().IsRegular() {
		// a FIFO put in its place since info was read is refused
		// without blocking (OpenRegular)
		f, err = OpenRegular(path)
		if err == nil {
			info, err = f.Stat() // the size of the file opened
			if err != nil {
				f.Close()
			}
		}
	} else {
		f, err = openAside(ctx, path)
	}
	if err != nil {
		return nil, err
	}
	in := &input{Reader: f, regular: info.Mode().IsRegular(), size: -1, close: func() { f.Close() }}
	if in.regular {
		in.size = info.Size()
	} else {
		// a blocked read of a pipe ends when ctx is done
		in.Reader = newCancelReader(ctx, f)
	}
	if c != plain {
		zr, closeZ, err := decompress(ctx, in.Reader, c)
		if err != nil {
			f.Close()
			return nil, err
		}
		// a decompressed stream may be huge (a zip bomb): never skip
		// through it, and count it as read when the caller bounds it
		if check := expandCheckOf(ctx); check != nil {
			zr = &countedReader{r: zr, count: check(path, info.Size())}
		}
		in.Reader, in.regular, in.size = zr, false, -1
		in.close = func() { closeZ(); f.Close() }
	}
	return in, nil
}

// OpenContext opens the file at path for reading without blocking past
// ctx: a named pipe or device (a FIFO with no writer blocks in open, and
// a pipe in read) is opened aside and read through a reader that returns
// when ctx is done, as the document readers do. Callers bound what they
// read (/dev/zero never ends).
func OpenContext(ctx context.Context, path string) (io.ReadCloser, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	in, err := openInput(ctx, path, info, plain)
	if err != nil {
		if _, ok := err.(*fs.PathError); ok {
			return nil, err
		}
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	return closer{in.Reader, in.close}, nil
}

// closer is an io.ReadCloser of a reader and its close function.
type closer struct {
	io.Reader
	close func()
}

func (c closer) Close() error { c.close(); return nil }

// openAside opens a file that may block on open (a FIFO without a
// writer) in a goroutine, giving up when ctx is done. The abandoned open
// finishes (and its file is closed) if a writer ever comes.
func openAside(ctx context.Context, path string) (*os.File, error) {
	if ctx.Done() == nil {
		return os.Open(path)
	}
	type opened struct {
		f   *os.File
		err error
	}
	ch := make(chan opened, 1)
	go func() {
		f, err := os.Open(path)
		ch <- opened{f, err}
	}()
	select {
	case o := <-ch:
		return o.f, o.err
	case <-ctx.Done():
		go func() {
			if o := <-ch; o.f != nil {
				o.f.Close()
			}
		}()
		return nil, ctx.Err()
	}
}

// ctxReader stops reading when ctx is done (checked before each read).
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// cancelReader reads r in a goroutine so that a read blocked on a pipe
// or terminal returns when ctx is done. The goroutine stays blocked in
// the abandoned read until it returns (at the latest when the process
// exits): only pipes, devices and standard input are read this way.
type cancelReader struct {
	ctx   context.Context
	r     io.Reader
	reqs  chan []byte
	resps chan readResult
	buf   []byte
	busy  bool  // a read was abandoned
	err   error // the error that ended the reads
}

type readResult struct {
	n   int
	err error
}

func newCancelReader(ctx context.Context, r io.Reader) io.Reader {
	if ctx.Done() == nil {
		return r
	}
	return &cancelReader{ctx: ctx, r: r}
}

func (c *cancelReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	if c.reqs == nil {
		c.reqs, c.resps = make(chan []byte), make(chan readResult, 1)
		go func() {
			for buf := range c.reqs {
				n, err := c.r.Read(buf)
				c.resps <- readResult{n, err}
				if err != nil {
					return // the end, or an error: no more reads
				}
			}
		}()
	}
	if c.busy {
		// an earlier read was abandoned; its buffer is gone
		return 0, c.ctx.Err()
	}
	if c.err != nil {
		return 0, c.err
	}
	// read into a buffer of our own (reused): an abandoned read must not
	// write into the caller's p later
	if len(c.buf) < len(p) {
		c.buf = make([]byte, len(p))
	}
	buf := c.buf[:len(p)]
	c.reqs <- buf
	select {
	case res := <-c.resps:
		copy(p, buf[:res.n])
		c.err = res.err
		return res.n, res.err
	case <-c.ctx.Done():
		c.busy = true
		return 0, c.ctx.Err()
	}
}

// errTooLarge reports a document or record over the limit.
type errTooLarge struct {
	what string
	max  int
}

func (e errTooLarge) Error() string { return fmt.Sprintf("%s larger than %d bytes", e.what, e.max) }

// readBounded reads all of r into a string, failing with errTooLarge as
// soon as more than max bytes come (the rest is never read: /dev/zero
// costs max bytes, not all memory). size, when known, sizes the buffer
// once; otherwise (a pipe, a decompressed stream) the bytes are kept in
// chunks joined once at the end, so that a stream cut at the limit (a
// decompression bomb) costs max bytes, not the garbage of a doubling
// buffer. ctx is looked at between chunks.
func readBounded(ctx context.Context, r io.Reader, max int, size int64, what string) (string, error) {
	if size >= 0 {
		var b strings.Builder
		b.Grow(int(min(size, int64(max))) + 1)
		buf := make([]byte, 64<<10)
		for {
			if err := ctx.Err(); err != nil {
				return "", err
			}
			n, err := r.Read(buf)
			if b.Len()+n > max {
				return "", errTooLarge{what, max}
			}
			b.Write(buf[:n])
			if err == io.EOF {
				return b.String(), nil
			}
			if err != nil {
				return "", err
			}
		}
	}
	var chunks [][]byte
	total := 0
	chunk := make([]byte, 0, 64<<10)
	for {
		if err := ctx.Err(); err != nil {
			return "", err
		}
		if len(chunk) == cap(chunk) {
			chunks = append(chunks, chunk)
			// chunks grow to 4 MB: few of them, little slack
			chunk = make([]byte, 0, min(2*cap(chunk), 4<<20))
		}
		n, err := r.Read(chunk[len(chunk):cap(chunk)])
		if total+n > max {
			return "", errTooLarge{what, max}
		}
		chunk = chunk[:len(chunk)+n]
		total += n
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", err
		}
	}
	var b strings.Builder
	b.Grow(total)
	for _, c := range chunks {
		b.Write(c)
	}
	b.Write(chunk)
	return b.String(), nil
}

// readLine reads one line without its line break ("\n" or "\r\n"). A
// line longer than max bytes is abandoned as it crosses the limit:
// tooLong is set, and partial when the rest of the line is still unread
// (see skipLine). err is io.EOF after the last line. The line is the
// caller's; readLineInPlace is readLine for a caller done with it before
// it reads on.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong, partial bool, err error) {
	return readLineOf(br, max, false)
}

// readLineInPlace is readLine, but a line that fits in br's buffer is a
// slice of it, valid only until br is read again: not copied into fresh
// memory first (the document reader copies each value it decodes anyway:
// the copy of the line was a second copy of every text, about 200 page
// faults of a run on 200 articles).
func readLineInPlace(br *bufio.Reader, max int) (line []byte, tooLong, partial bool, err error) {
	return readLineOf(br, max, true)
}

func readLineOf(br *bufio.Reader, max int, inPlace bool) (line []byte, tooLong, partial bool, err error) {
	// the pieces of a long line are kept apart and joined once at its end:
	// an abandoned line costs at most max bytes, not a doubling buffer
	var pieces [][]byte
	total := 0
	for {
		chunk, err := br.ReadSlice('\n')
		if total+len(chunk) > max+2 { // max, "\r\n" and more
			if err == bufio.ErrBufferFull {
				return nil, true, true, nil
			}
			return nil, true, false, err
		}
		if err == bufio.ErrBufferFull {
			pieces = append(pieces, bytes.Clone(chunk))
			total += len(chunk)
			continue
		}
		buf := chunk
		if !inPlace || len(pieces) > 0 {
			buf = make([]byte, 0, total+len(chunk))
			for _, p := range pieces {
				buf = append(buf, p...)
			}
			buf = append(buf, chunk...)
		}
		buf = bytes.TrimSuffix(buf, []byte{'\n'})
		buf = bytes.TrimSuffix(buf, []byte{'\r'})
		if len(buf) > max {
			return nil, true, false, err
		}
		return buf, false, false, err
	}
}

// skipLine discards the rest of a line abandoned by readLine, a chunk of
// the reader's buffer at a time: memory stays bounded however long the
// line is, in a file or a stream (standard input, a pipe, a decompressed
// file) alike. A stream that never ends the line is read until it ends or
// ctx is cancelled, as an endless stream of short lines would be.
func skipLine(ctx context.Context, br *bufio.Reader) error {
	return skipLineNoted(ctx, br, 0, nil)
}

// skipLineNoted is skipLine that calls note with the bytes skipped so far
// each time every more of them have passed (never with every 0).
func skipLineNoted(ctx context.Context, br *bufio.Reader, every int64, note func(skipped int64)) error {
	var skipped, next int64 = 0, every
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		chunk, err := br.ReadSlice('\n')
		if skipped += int64(len(chunk)); every > 0 && skipped >= next {
			note(skipped)
			next = skipped + every
		}
		if err != bufio.ErrBufferFull {
			return err
		}
	}
}

// utf16Order reports whether data starts like UTF-16 text: a byte-order
// mark, or the NUL byte of every other byte that ASCII text in UTF-16
// has. It returns "little-endian", "big-endian" or "".
func utf16Order(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return "little-endian, byte-order mark FF FE"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return "big-endian, byte-order mark FE FF"
	}
	n := min(len(data), 512) &^ 1
	if n < 4 {
		return ""
	}
	even, odd := 0, 0 // NUL bytes at even and odd offsets
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	switch half := n / 2; {
	case odd*10 >= half*7 && even*10 < half:
		return "little-endian, no byte-order mark"
	case even*10 >= half*7 && odd*10 < half:
		return "big-endian, no byte-order mark"
	}
	return ""
}

// compressedData names the compression of data that starts like a gzip
// or Zstandard stream (their magic numbers), or returns "". Such data on
// standard input, or in a file not named .gz or .zst, is not text: it was
// reported as "binary data: NUL byte" (red team 19, 10).
func compressedData(head []byte) string {
	switch {
	case bytes.HasPrefix(head, []byte{0x1f, 0x8b}):
		return "gzip"
	case bytes.HasPrefix(head, []byte{0x28, 0xb5, 0x2f, 0xfd}):
		return "Zstandard"
	}
	return ""
}

// compressedError says what to do with compressed data read as text.
func compressedError(kind string) error {
	return fmt.Errorf("%s-compressed data, not text: the rest of this input is not read (files named .gz or .zst are decompressed: pass the file by name with that extension, or decompress it first)", kind)
}

func utf16Error(order string) error {
	return fmt.Errorf("UTF-16 text (%s), not UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)", order)
}

// what names a document read through c in size errors.
func (c codec) what() string {
	if c == plain {
		return "document"
	}
	return "decompressed document"
}

// binaryError reports a NUL byte met while reading: the input is binary
// (or UTF-16, which utf16 then names), and the rest of it is not read.
type binaryError struct {
	line  int    // line of the NUL byte (1-based)
	off   int64  // its byte offset in the (decompressed) stream
	utf16 string // the UTF-16 byte order when the start looks like UTF-16
}

func (e *binaryError) Error() string {
	if e.utf16 != "" {
		return utf16Error(e.utf16).Error()
	}
	return fmt.Sprintf("binary data: NUL byte at byte offset %d", e.off)
}

// binaryGuard passes a stream on until its first NUL byte, where it stops
// with a *binaryError: a decompression bomb of zeros or a binary file is
// refused at its first chunk, not after the size limit has been read.
// The first bytes are kept to tell UTF-16 text (NUL every other byte)
// from binary data.
type binaryGuard struct {
	r     io.Reader
	off   int64
	lines int // line breaks passed on
	head  []byte
	err   *binaryError
}

func newBinaryGuard(r io.Reader) *binaryGuard { return &binaryGuard{r: r} }

func (g *binaryGuard) Read(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	n, err := g.r.Read(p)
	chunk := p[:n]
	if len(g.head) < 512 {
		g.head = append(g.head, chunk[:min(len(chunk), 512-len(g.head))]...)
	}
	if i := bytes.IndexByte(chunk, 0); i >= 0 {
		g.err = &binaryError{line: g.lines + 1 + bytes.Count(chunk[:i], []byte{'\n'}), off: g.off + int64(i),
			utf16: utf16Order(g.head)}
		if g.err.utf16 != "" {
			g.err.line = 1
		}
		g.off += int64(i)
		return i, g.err
	}
	g.lines += bytes.Count(chunk, []byte{'\n'})
	g.off += int64(n)
	return n, err
}
