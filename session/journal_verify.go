package session

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"runtime"
	"sync"
	"syscall"
	"time"
	"unsafe"
)

// Verification is what reading a journal found: the events that verify, in
// order, and where and why the chain stops when it does.
type Verification struct {
	Name   string  // the file, for messages
	Events []Event // the events that verify, oldest first
	// Lines is the number of complete lines read up to where verification
	// stopped (blank lines count: line numbers are the editor's).
	Lines int
	// Size is the length in bytes of the part that verifies, newline of the
	// last verified line included: where an append continues.
	Size int64
	// Break is where the chain stops verifying; nil when every line does.
	Break *BreakError
	// Torn is a final line cut short by a crash (no newline, does not
	// verify), at line TornLine. It is not part of the record.
	Torn     []byte
	TornLine int
	// NoNewline says the last line verifies but lacks its newline (the
	// process died between the line and its newline); it is part of the
	// record, and an append adds the newline first.
	NoNewline bool
	// Raw is the part of the file that verifies (Size bytes), the lines
	// exactly as written.
	Raw []byte
}

// BreakError is a line at which a journal stops verifying.
type BreakError struct {
	Name    string
	Line    int    // 1-based line number in the file
	Problem string // what is wrong with it, and what that means
}

func (e *BreakError) Error() string {
	return fmt.Sprintf("%s:%d: %v: %s", e.Name, e.Line, ErrJournalCorrupt, e.Problem)
}

// Unwrap makes a break an ErrJournalCorrupt.
func (e *BreakError) Unwrap() error { return ErrJournalCorrupt }

// Err is the break, or for a torn final line an ErrJournalTorn error, or nil
// when the whole file verifies.
func (v *Verification) Err() error {
	if v.Break != nil {
		return v.Break
	}
	if v.Torn != nil {
		return fmt.Errorf("%s:%d: %w (%d bytes, no newline, does not verify): a crash cut it short; it is not part of the record, and reopening the journal to append sets it aside in %s.torn",
			v.Name, v.TornLine, ErrJournalTorn, len(v.Torn), v.Name)
	}
	return nil
}

// Head is the hash of the last event that verifies (the genesis hash when
// none does).
func (v *Verification) Head() string {
	if len(v.Events) == 0 {
		return genesisPrev
	}
	return v.Events[len(v.Events)-1].Hash
}

// Ended reports whether the last event that verifies is session.ended.
func (v *Verification) Ended() bool {
	return len(v.Events) > 0 && v.Events[len(v.Events)-1].Kind == KindSessionEnded
}

// ReadJournal reads and verifies a journal. On a broken chain it returns the
// events that verified before the break and an error wrapping
// ErrJournalCorrupt that names the line; on a torn final line, the events
// before it and an error wrapping ErrJournalTorn.
func ReadJournal(r io.Reader, name string) ([]Event, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: read: %w", name, err)
	}
	v := Verify(data, name)
	return v.Events, v.Err()
}

// OpenJournal reads and verifies the journal at path; see ReadJournal.
func OpenJournal(path string) ([]Event, error) {
	v, err := VerifyFile(path)
	if err != nil {
		return nil, err
	}
	return v.Events, v.Err()
}

// VerifyFile reads the journal at path and verifies it. The error is for a
// file that cannot be read at all (missing, not a regular file); what the
// content is worth is in the Verification.
//
// A big journal is mapped into memory rather than copied (mapFile), and
// its events point into the mapping.
func VerifyFile(path string) (*Verification, error) {
	data, mapped, err := readRegular(path)
	if err != nil {
		return nil, err
	}
	v := Verify(data, path)
	if mapped && v.Torn != nil {
		// A torn tail is what a writer that reopens the journal cuts off.
		v.Torn = bytes.Clone(v.Torn)
	}
	return v, nil
}

// mapAtLeast is the size from which VerifyFile maps a journal.
var mapAtLeast int64 = 16 << 20

// readRegular reads a whole regular file, refusing a FIFO or a device
// without blocking on it; mapped says the bytes are a mapping of the file.
func readRegular(path string) (data []byte, mapped bool, err error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, false, fmt.Errorf("journal %s does not exist", path)
		}
		return nil, false, fmt.Errorf("journal %s: %w", path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, false, fmt.Errorf("journal %s: %w", path, err)
	}
	if !fi.Mode().IsRegular() {
		if fi.IsDir() {
			return nil, false, fmt.Errorf("journal %s is a directory; give a journal file", path)
		}
		return nil, false, fmt.Errorf("journal %s is not a regular file (%s): %w", path, fi.Mode().Type(), ErrNotRegular)
	}
	if data, ok := mapFile(f, fi.Size()); ok {
		return data, true, nil
	}
	data = make([]byte, fi.Size())
	adviseHuge(data)
	n, err := io.ReadFull(f, data)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, false, fmt.Errorf("journal %s: read: %w", path, err)
	}
	data = data[:n]
	// A file that grew while being read: take the rest too.
	rest, err := io.ReadAll(f)
	if err != nil {
		return nil, false, fmt.Errorf("journal %s: read: %w", path, err)
	}
	return append(data, rest...), false, nil
}

// Verify checks a whole journal held in data. Events keep references into
// data (their Data, Prev and Hash fields), so data must not change
// afterwards.
//
// Big journals are read in chunks of whole lines, one goroutine each: a
// chunk's lines are hashed and decoded straight into their place in one
// slice of events, with no allocation per event. The chain (each line's seq
// and prev against the line before) is checked in one pass after.
func Verify(data []byte, name string) *Verification {
	v := &Verification{Name: name, Raw: data}
	defer func() {
		v.Raw = v.Raw[:v.Size]
		if cap(v.Events) > 2*len(v.Events)+1024 {
			// A chain that stops early keeps no room for the lines after.
			v.Events = append([]Event(nil), v.Events...)
		}
	}()
	// The last line: complete when it ends in a newline.
	body, tail := data, []byte(nil)
	if i := bytes.LastIndexByte(data, '\n'); i < len(data)-1 {
		body, tail = data[:i+1], data[i+1:]
	}
	chunks := splitChunks(body)
	// Count each chunk's lines first (the first pass over a fresh file is
	// the one that pays for bringing it into memory, so it runs on every
	// core), then decode into one slice sized for them all.
	scans := make([]chunkScan, len(chunks))
	parallel(len(chunks), func(i int) { scans[i].lines = bytes.Count(chunks[i], []byte{'\n'}) })
	total := 0
	for i := range scans {
		scans[i].base = total
		total += scans[i].lines
	}
	all := make([]Event, total, total+1)
	adviseHuge(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(all))), cap(all)*int(unsafe.Sizeof(Event{}))))
	parallel(len(chunks), func(i int) {
		sc := &scans[i]
		sc.start = chunkStart(chunks, i, body)
		sc.scan(chunks[i], all[sc.base:sc.base+sc.lines])
	})

	// The chain, in order. Events are compacted over the blank lines'
	// slots as they are checked.
	v.Events = all[:0]
	prev, line := genesisPrev, 0
	last := lineAt{} // where the last verified event ends
	for ci := range scans {
		sc := &scans[ci]
		evs := all[sc.base : sc.base+sc.n]
		for i := range evs {
			ev := &evs[i]
			if p := linkProblem(ev, prev, uint64(len(v.Events))+1); p != "" {
				if later := evs[i+1 : min(len(evs), i+65)]; ev.Seq > uint64(len(v.Events))+1 && holdsSeq(later, uint64(len(v.Events))+1) {
					p = fmt.Sprintf("this line is event %d where event %d was expected, and event %d comes later: lines were reordered", ev.Seq, len(v.Events)+1, len(v.Events)+1)
				}
				if i > 0 {
					last = lineAt{chunk: ci, event: i - 1, set: true}
				}
				v.stopAfter(chunks, scans, last)
				at := locate(chunks[ci], i)
				v.stop(line+at.line, p)
				return v
			}
			prev = ev.Hash
			v.Events = append(v.Events, *ev)
		}
		if sc.n > 0 {
			last = lineAt{chunk: ci, event: sc.n - 1, set: true}
		}
		if sc.err != nil {
			v.stopAfter(chunks, scans, last)
			v.stop(line+sc.errLine, sc.err.Error())
			return v
		}
		line += sc.lines
	}
	// Blank lines after the last event are still lines read.
	v.Lines = line
	if len(v.Events) > 0 || len(body) > 0 {
		v.Size = int64(len(body))
	}
	if len(tail) == 0 {
		return v
	}
	// A tail of NUL bytes is what a power cut leaves where the size was
	// updated before the data: torn too.
	if len(bytes.Trim(tail, "\x00 \t\r")) == 0 {
		v.Torn, v.TornLine = tail, line+1
		return v
	}
	ev, err := DecodeEvent(tail)
	if err == nil && linkProblem(&ev, prev, uint64(len(v.Events))+1) == "" {
		ev.Offset = int64(len(body))
		v.Events = append(v.Events, ev)
		v.Lines = line + 1
		v.Size = int64(len(data))
		v.NoNewline = true
		return v
	}
	v.Torn, v.TornLine = tail, line+1
	return v
}

func (v *Verification) stop(line int, problem string) {
	v.Break = &BreakError{Name: v.Name, Line: line, Problem: problem}
}

// lineAt names an event by its chunk and its index among the chunk's
// events; set is false for none.
type lineAt struct {
	chunk, event int
	set          bool
}

// stopAfter sets Lines and Size to the end of the last verified event.
func (v *Verification) stopAfter(chunks [][]byte, scans []chunkScan, last lineAt) {
	if !last.set {
		return
	}
	at := locate(chunks[last.chunk], last.event)
	v.Lines = at.line
	for i := range last.chunk {
		v.Lines += scans[i].lines
	}
	v.Size = chunkStart(chunks, last.chunk, chunks[0]) + at.end
}

// located is an event's line number within its chunk (1-based) and the
// offset just after its newline.
type located struct {
	line int
	end  int64
}

// locate finds the k-th event (0-based) of a chunk that scanned cleanly up
// to it: the k+1-th line that is not blank. Only a break needs it.
func locate(chunk []byte, k int) located {
	pos, line := 0, 0
	for pos < len(chunk) {
		end := bytes.IndexByte(chunk[pos:], '\n')
		if end < 0 {
			end = len(chunk) - pos
		}
		l := chunk[pos : pos+end]
		pos += end + 1
		line++
		if len(bytes.TrimSpace(l)) == 0 {
			continue
		}
		if k == 0 {
			return located{line: line, end: int64(min(pos, len(chunk)))}
		}
		k--
	}
	return located{line: line, end: int64(len(chunk))}
}

// parallel runs f(0) … f(n-1), on as many goroutines as there are cores.
func parallel(n int, f func(int)) {
	if n == 1 {
		f(0)
		return
	}
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(i)
		}()
	}
	wg.Wait()
}

// chunkStart is the offset of chunk ci in body.
func chunkStart(chunks [][]byte, ci int, body []byte) int64 {
	if len(chunks[ci]) == 0 {
		return 0
	}
	return int64(uintptr(unsafe.Pointer(&chunks[ci][0])) - uintptr(unsafe.Pointer(&body[0])))
}

// linkProblem says why ev cannot follow a line whose hash is prev, as event
// number seq; "" when it can.
func linkProblem(ev *Event, prev string, seq uint64) string {
	switch {
	case ev.Seq > seq && ev.Prev != prev:
		n := ev.Seq - seq
		return fmt.Sprintf("this line is event %d where event %d was expected: %d line(s) before it were removed", ev.Seq, seq, n)
	case ev.Seq < seq:
		return fmt.Sprintf("this line is event %d where event %d was expected: lines were reordered or repeated", ev.Seq, seq)
	case ev.Seq > seq:
		return fmt.Sprintf("this line is event %d where event %d was expected, though it names the previous line's hash: it was renumbered by hand", ev.Seq, seq)
	case ev.Prev != prev:
		return fmt.Sprintf("this line does not follow the line before it (its prev is %.12s…, the line before hashes to %.12s…): a line before it was replaced, or the journal was rewritten", ev.Prev, prev)
	}
	return ""
}

func holdsSeq(events []Event, seq uint64) bool {
	for i := range events {
		if events[i].Seq == seq {
			return true
		}
	}
	return false
}

// chunkScan is what scanning one chunk of whole lines found.
type chunkScan struct {
	lines   int   // lines in the chunk
	base    int   // the chunk's first slot in the events
	n       int   // events decoded, in order, from slot base
	err     error // the first line that does not decode or hash
	errLine int   // its line number within the chunk, 1-based
	start   int64 // the chunk's offset in the file
}

// minParallel is the size below which a journal is verified on one core.
const minParallel = 4 << 20

// splitChunks cuts body (whole lines) into one chunk per core, at newlines.
func splitChunks(body []byte) [][]byte {
	n := runtime.GOMAXPROCS(0)
	if len(body) < minParallel || n < 2 {
		return [][]byte{body}
	}
	n = min(n*2, 16) // a few per core, to even out uneven lines
	var chunks [][]byte
	size := len(body) / n
	for len(body) > 0 {
		if len(body) <= size || len(chunks) == n-1 {
			chunks = append(chunks, body)
			break
		}
		i := bytes.IndexByte(body[size:], '\n')
		if i < 0 {
			chunks = append(chunks, body)
			break
		}
		cut := size + i + 1
		chunks = append(chunks, body[:cut])
		body = body[cut:]
	}
	return chunks
}

// scan decodes and hashes every line of a chunk of whole lines into out
// (one slot a line is enough), stopping at the first that fails.
func (sc *chunkScan) scan(chunk []byte, out []Event) {
	d := newLineDecoder(true)
	pos, line := 0, 0
	for pos < len(chunk) {
		end := bytes.IndexByte(chunk[pos:], '\n')
		if end < 0 {
			end = len(chunk) - pos
		}
		l := chunk[pos : pos+end]
		pos += end + 1
		line++
		if isBlank(l) {
			continue
		}
		if err := d.decode(l, &out[sc.n]); err != nil {
			out[sc.n] = Event{}
			sc.err, sc.errLine = err, line
			return
		}
		out[sc.n].Offset = sc.start + int64(pos-end-1)
		sc.n++
	}
}

// isBlank is bytes.TrimSpace(l) == "", quick for the usual line that starts
// with a brace.
func isBlank(l []byte) bool {
	if len(l) > 0 && l[0] == '{' {
		return false
	}
	return len(bytes.TrimSpace(l)) == 0
}

// DecodeEvent decodes one journal line (without its newline) and checks
// that it matches its own hash. It does not check the line's place in a
// chain.
func DecodeEvent(line []byte) (Event, error) {
	var ev Event
	if err := newLineDecoder(false).decode(line, &ev); err != nil {
		return Event{}, err
	}
	return ev, nil
}

// The fixed parts of a line as seal writes it.
var (
	hashField = []byte(`,"hash":"`)
	prevField = []byte(`,"prev":"`)
)

const (
	hashTail = len(`,"hash":"`) + 64 + len(`"}`)
	prevTail = len(`,"prev":"`) + 64 + len(`"`)
)

// lineDecoder checks lines' hashes and decodes them, reusing one hash
// state. borrow lets an event's strings (Prev, Hash) point into its line;
// otherwise every string is its own.
type lineDecoder struct {
	h      hash.Hash
	sum    [32]byte
	borrow bool
}

func newLineDecoder(borrow bool) *lineDecoder {
	return &lineDecoder{h: sha256.New(), borrow: borrow}
}

var closingBrace = []byte{'}'}

// decode checks a line's hash and decodes it into *out, which it leaves
// alone on an error.
func (d *lineDecoder) decode(line []byte, out *Event) error {
	line = bytes.TrimRight(line, "\r")
	if len(line) < hashTail+2 || !bytes.Equal(line[len(line)-hashTail:len(line)-hashTail+len(hashField)], hashField) ||
		line[len(line)-2] != '"' || line[len(line)-1] != '}' || line[0] != '{' {
		if json.Valid(line) {
			return errors.New(`this line is JSON but not a journal event: it does not end with its "hash" field (is this a warroom journal?)`)
		}
		return errors.New("this line is not a journal event: it is not a JSON object ending with its hash (is this a warroom journal?)")
	}
	hashHex := line[len(line)-hashTail+len(hashField) : len(line)-2]
	var want [32]byte
	if !decodeLowerHex(want[:], hashHex) {
		return errors.New("this line's hash is not 64 lowercase hex digits: it was changed, or written by hand")
	}
	// The hashed body is the line up to its hash field, closed with a brace.
	bodyLen := len(line) - hashTail
	h := d.h
	h.Reset()
	h.Write(line[:bodyLen])
	h.Write(closingBrace)
	h.Sum(d.sum[:0])
	if d.sum != want {
		return fmt.Errorf("this line's content does not match its hash (it says %.12s…, the content hashes to %.12s…): it was changed, or written by hand",
			hashHex, hex.EncodeToString(d.sum[:]))
	}
	ev, ok := decodeCanonical(line, bodyLen, d.borrow)
	if !ok {
		// Another layout with a correct hash: read it the slow way.
		var slow Event
		if err := json.Unmarshal(line, &slow); err != nil {
			return fmt.Errorf("this line matches its hash but is not a journal event: %v", err)
		}
		ev = slow
		if ev.Hash != string(hashHex) {
			return errors.New("this line holds more than one hash field")
		}
		if len(ev.Data) == 0 {
			return errors.New(`this line matches its hash but has no "data"`)
		}
	}
	if ev.Seq == 0 {
		return errors.New("this line has no seq (or seq 0); events count from 1")
	}
	if ev.Kind == "" {
		return errors.New("this line has no kind")
	}
	if len(ev.Prev) != 64 || !isLowerHexString(ev.Prev) {
		return errors.New("this line's prev is not 64 lowercase hex digits")
	}
	*out = ev
	return nil
}

// lowerHex maps a lowercase hex digit to its value and anything else to 0xff.
var lowerHex = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c - '0'
	}
	for c := byte('a'); c <= 'f'; c++ {
		t[c] = c - 'a' + 10
	}
	return t
}()

// decodeLowerHex decodes src, exactly 2×len(dst) lowercase hex digits.
func decodeLowerHex(dst, src []byte) bool {
	if len(src) != 2*len(dst) {
		return false
	}
	bad := byte(0)
	for i := range dst {
		hi, lo := lowerHex[src[2*i]], lowerHex[src[2*i+1]]
		bad |= hi | lo
		dst[i] = hi<<4 | lo
	}
	return bad&0xf0 == 0
}

func isLowerHexString(s string) bool {
	bad := byte(0)
	for i := 0; i < len(s); i++ {
		bad |= lowerHex[s[i]]
	}
	return bad&0xf0 == 0
}

// decodeCanonical reads a line laid out exactly as seal writes it:
// {"seq":N,"time":"…","kind":"…","data":…,"prev":"…","hash":"…"}. The hash
// is already checked. ok is false for any other layout.
func decodeCanonical(line []byte, bodyLen int, borrow bool) (ev Event, ok bool) {
	body := line[:bodyLen]
	if len(body) < prevTail || !bytes.Equal(body[len(body)-prevTail:len(body)-prevTail+len(prevField)], prevField) || body[len(body)-1] != '"' {
		return Event{}, false
	}
	prev := body[len(body)-prevTail+len(prevField) : len(body)-1]
	rest, ok := cutPrefix(body[:len(body)-prevTail], `{"seq":`)
	if !ok {
		return Event{}, false
	}
	i := 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' && i < 20 {
		ev.Seq = ev.Seq*10 + uint64(rest[i]-'0')
		i++
	}
	if i == 0 || (rest[0] == '0' && i > 1) {
		return Event{}, false
	}
	if rest, ok = cutPrefix(rest[i:], `,"time":"`); !ok {
		return Event{}, false
	}
	q := bytes.IndexByte(rest, '"')
	if q < 0 {
		return Event{}, false
	}
	if ev.Time, ok = parseTime(rest[:q]); !ok {
		return Event{}, false
	}
	if rest, ok = cutPrefix(rest[q+1:], `,"kind":"`); !ok {
		return Event{}, false
	}
	q = bytes.IndexByte(rest, '"')
	if q <= 0 || bytes.IndexByte(rest[:q], '\\') >= 0 {
		return Event{}, false
	}
	ev.Kind = internKind(rest[:q])
	if rest, ok = cutPrefix(rest[q+1:], `,"data":`); !ok || len(rest) == 0 {
		return Event{}, false
	}
	if !plausibleJSON(rest) {
		return Event{}, false
	}
	ev.Data = json.RawMessage(rest[:len(rest):len(rest)])
	hash := line[bodyLen+len(hashField) : len(line)-2]
	if borrow {
		ev.Hash = unsafe.String(&hash[0], len(hash))
		ev.Prev = unsafe.String(&prev[0], len(prev))
	} else {
		ev.Hash = string(hash)
		ev.Prev = string(prev)
	}
	return ev, true
}

// plausibleJSON checks the ends of a data value without scanning it: the
// hash already vouches for the bytes, which seal wrote with encoding/json.
// A hand-made line that passes its hash with broken JSON in between fails to
// decode later and is kept as an event of unknown shape.
func plausibleJSON(b []byte) bool {
	first, last := b[0], b[len(b)-1]
	switch first {
	case '{':
		return last == '}'
	case '[':
		return last == ']'
	case '"':
		return last == '"' && len(b) >= 2
	case 't', 'f', 'n':
		s := string(b)
		return s == "true" || s == "false" || s == "null"
	}
	return first == '-' || (first >= '0' && first <= '9')
}

func cutPrefix(b []byte, p string) ([]byte, bool) {
	if len(b) < len(p) || string(b[:len(p)]) != p {
		return b, false
	}
	return b[len(p):], true
}

// parseTime reads an RFC 3339 UTC time as time.Time marshals it
// (2026-12-03T09:12:03.376592486Z), and anything else through time.Parse.
func parseTime(b []byte) (time.Time, bool) {
	if isUTCTime(b) {
		return parseUTCTime(b)
	}
	t, err := time.Parse(time.RFC3339Nano, string(b))
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

func isUTCTime(b []byte) bool {
	return len(b) >= 20 && b[len(b)-1] == 'Z' && b[4] == '-' && b[7] == '-' && b[10] == 'T' && b[13] == ':' && b[16] == ':'
}

// parseUTCTime reads 2026-12-03T09:12:03.376592486Z, the fraction optional;
// ok is false for anything else.
func parseUTCTime(b []byte) (time.Time, bool) {
	if isUTCTime(b) {
		num := func(s []byte) (int, bool) {
			n := 0
			for _, c := range s {
				if c < '0' || c > '9' {
					return 0, false
				}
				n = n*10 + int(c-'0')
			}
			return n, true
		}
		y, ok1 := num(b[0:4])
		mo, ok2 := num(b[5:7])
		d, ok3 := num(b[8:10])
		hh, ok4 := num(b[11:13])
		mm, ok5 := num(b[14:16])
		ss, ok6 := num(b[17:19])
		ns := 0
		ok7 := true
		if frac := b[19 : len(b)-1]; len(frac) > 0 {
			if frac[0] != '.' || len(frac) < 2 || len(frac) > 10 {
				ok7 = false
			} else {
				n, ok := num(frac[1:])
				for i := len(frac) - 1; i < 9; i++ {
					n *= 10
				}
				ns, ok7 = n, ok
			}
		}
		if ok1 && ok2 && ok3 && ok4 && ok5 && ok6 && ok7 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && hh < 24 && mm < 60 && ss < 60 {
			t := time.Date(y, time.Month(mo), d, hh, mm, ss, ns, time.UTC)
			if t.Day() == d { // not 31 February
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// knownKinds interns the kinds this binary writes, so a million events do
// not hold a million copies of "block".
var knownKinds = func() map[string]Kind {
	m := map[string]Kind{}
	for _, k := range []Kind{KindSessionStarted, KindBlock, KindAlert, KindAlertAcknowledged, KindProtocolState,
		KindActionRequested, KindActionSubmitted, KindActionConfirmed, KindActionFailed, KindUpgradeComposed,
		KindLayoutChecked, KindShadowResult, KindApprovalAdded, KindApprovalRejected, KindChecklistTicked,
		KindNote, KindDrillScored, KindSessionEnded, KindWarning, KindSessionResumed, KindActionSpeedUp,
		KindSafeRequested, KindSafeRequestSigned, KindSafeRequestRefused, KindNode, KindNodeAlert, KindReorg} {
		m[string(k)] = k
	}
	return m
}()

func internKind(b []byte) Kind {
	if k, ok := knownKinds[string(b)]; ok {
		return k
	}
	return Kind(b)
}
