package session

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
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
func VerifyFile(path string) (*Verification, error) {
	data, err := readRegular(path)
	if err != nil {
		return nil, err
	}
	return Verify(data, path), nil
}

// readRegular reads a whole regular file, refusing a FIFO or a device
// without blocking on it.
func readRegular(path string) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("journal %s does not exist", path)
		}
		return nil, fmt.Errorf("journal %s: %w", path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("journal %s: %w", path, err)
	}
	if !fi.Mode().IsRegular() {
		if fi.IsDir() {
			return nil, fmt.Errorf("journal %s is a directory; give a journal file", path)
		}
		return nil, fmt.Errorf("journal %s is not a regular file (%s): %w", path, fi.Mode().Type(), ErrNotRegular)
	}
	data := make([]byte, fi.Size())
	n, err := io.ReadFull(f, data)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, fmt.Errorf("journal %s: read: %w", path, err)
	}
	data = data[:n]
	// A file that grew while being read: take the rest too.
	rest, err := io.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("journal %s: read: %w", path, err)
	}
	return append(data, rest...), nil
}

// Verify checks a whole journal held in data. Events keep references into
// data (their Data fields), so data must not change afterwards.
//
// Lines are hashed in parallel on big journals; the chain (each line's seq
// and prev against the line before) is checked in one pass after.
func Verify(data []byte, name string) *Verification {
	v := &Verification{Name: name, Raw: data}
	defer func() { v.Raw = v.Raw[:v.Size] }()
	// The last line: complete when it ends in a newline.
	body, tail := data, []byte(nil)
	if i := bytes.LastIndexByte(data, '\n'); i < len(data)-1 {
		body, tail = data[:i+1], data[i+1:]
	}
	chunks := splitChunks(body)
	results := make([]chunkResult, len(chunks))
	if len(chunks) == 1 {
		results[0] = scanChunk(chunks[0])
	} else {
		var wg sync.WaitGroup
		for i := range chunks {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i] = scanChunk(chunks[i])
			}()
		}
		wg.Wait()
	}
	total := 0
	for _, r := range results {
		total += len(r.events)
	}
	v.Events = make([]Event, 0, total+1)
	prev, line := genesisPrev, 0
	for ci, r := range results {
		for i := range r.events {
			ev := &r.events[i]
			lineNo := line + r.lineOf[i]
			if p := linkProblem(ev, prev, uint64(len(v.Events))+1); p != "" {
				if later := r.events[i+1 : min(len(r.events), i+65)]; ev.Seq > uint64(len(v.Events))+1 && holdsSeq(later, uint64(len(v.Events))+1) {
					p = fmt.Sprintf("this line is event %d where event %d was expected, and event %d comes later: lines were reordered", ev.Seq, len(v.Events)+1, len(v.Events)+1)
				}
				v.stop(lineNo, p)
				return v
			}
			ev.Prev = prev // share the previous hash's string
			prev = ev.Hash
			v.Events = append(v.Events, *ev)
			v.Lines = lineNo
			v.Size = r.offset[i] + chunkStart(chunks, ci, body)
		}
		if r.err != nil {
			v.stop(line+r.errLine, r.err.Error())
			return v
		}
		line += r.lines
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
		ev.Prev = prev
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

// chunkResult is one chunk's lines, parsed and hashed.
type chunkResult struct {
	events  []Event
	lineOf  []int   // each event's line number within the chunk, 1-based
	offset  []int64 // each event's end within the chunk (after its newline)
	lines   int     // lines in the chunk
	err     error   // the first line that does not decode or hash
	errLine int
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

// scanChunk decodes and hashes every line of a chunk of whole lines,
// stopping at the first that fails.
func scanChunk(chunk []byte) chunkResult {
	r := chunkResult{}
	est := bytes.Count(chunk, []byte{'\n'})
	r.events = make([]Event, 0, est)
	r.lineOf = make([]int, 0, est)
	r.offset = make([]int64, 0, est)
	pos := 0
	for pos < len(chunk) {
		end := bytes.IndexByte(chunk[pos:], '\n')
		if end < 0 {
			end = len(chunk) - pos
		}
		line := chunk[pos : pos+end]
		pos += end + 1
		r.lines++
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		ev, err := decodeLine(line, true)
		if err != nil {
			r.err, r.errLine = err, r.lines
			return r
		}
		r.events = append(r.events, ev)
		r.lineOf = append(r.lineOf, r.lines)
		r.offset = append(r.offset, int64(pos))
	}
	return r
}

// DecodeEvent decodes one journal line (without its newline) and checks
// that it matches its own hash. It does not check the line's place in a
// chain.
func DecodeEvent(line []byte) (Event, error) {
	ev, err := decodeLine(line, false)
	if err != nil {
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

// decodeLine checks a line's hash and decodes it. borrow lets the event's
// Prev point into line (Verify replaces it); otherwise every string is its own.
func decodeLine(line []byte, borrow bool) (Event, error) {
	line = bytes.TrimRight(line, "\r")
	if len(line) < hashTail+2 || !bytes.Equal(line[len(line)-hashTail:len(line)-hashTail+len(hashField)], hashField) ||
		line[len(line)-2] != '"' || line[len(line)-1] != '}' || line[0] != '{' {
		if json.Valid(line) {
			return Event{}, errors.New(`this line is JSON but not a journal event: it does not end with its "hash" field (is this a warroom journal?)`)
		}
		return Event{}, errors.New("this line is not a journal event: it is not a JSON object ending with its hash (is this a warroom journal?)")
	}
	hashHex := line[len(line)-hashTail+len(hashField) : len(line)-2]
	var want [32]byte
	if _, err := hex.Decode(want[:], hashHex); err != nil || !isLowerHex(hashHex) {
		return Event{}, errors.New("this line's hash is not 64 lowercase hex digits: it was changed, or written by hand")
	}
	// The hashed body is the line up to its hash field, closed with a brace.
	bodyLen := len(line) - hashTail
	h := sha256.New()
	h.Write(line[:bodyLen])
	h.Write([]byte{'}'})
	var got [32]byte
	h.Sum(got[:0])
	if got != want {
		return Event{}, fmt.Errorf("this line's content does not match its hash (it says %.12s…, the content hashes to %.12s…): it was changed, or written by hand",
			hashHex, hex.EncodeToString(got[:]))
	}
	ev, ok := decodeCanonical(line, bodyLen, borrow)
	if !ok {
		// Another layout with a correct hash: read it the slow way.
		if err := json.Unmarshal(line, &ev); err != nil {
			return Event{}, fmt.Errorf("this line matches its hash but is not a journal event: %v", err)
		}
		if ev.Hash != string(hashHex) {
			return Event{}, errors.New("this line holds more than one hash field")
		}
		if len(ev.Data) == 0 {
			return Event{}, errors.New(`this line matches its hash but has no "data"`)
		}
	}
	if ev.Seq == 0 {
		return Event{}, errors.New("this line has no seq (or seq 0); events count from 1")
	}
	if ev.Kind == "" {
		return Event{}, errors.New("this line has no kind")
	}
	if len(ev.Prev) != 64 || !isLowerHex([]byte(ev.Prev)) {
		return Event{}, errors.New("this line's prev is not 64 lowercase hex digits")
	}
	return ev, nil
}

func isLowerHex(b []byte) bool {
	for _, c := range b {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
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
	ev.Hash = string(line[bodyLen+len(hashField) : len(line)-2])
	if borrow {
		ev.Prev = unsafe.String(&prev[0], len(prev))
	} else {
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
	if len(b) >= 20 && b[len(b)-1] == 'Z' && b[4] == '-' && b[7] == '-' && b[10] == 'T' && b[13] == ':' && b[16] == ':' {
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
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339Nano, string(b))
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// knownKinds interns the kinds this binary writes, so a million events do
// not hold a million copies of "block".
var knownKinds = func() map[string]Kind {
	m := map[string]Kind{}
	for _, k := range []Kind{KindSessionStarted, KindBlock, KindAlert, KindAlertAcknowledged, KindProtocolState,
		KindActionRequested, KindActionSubmitted, KindActionConfirmed, KindActionFailed, KindUpgradeComposed,
		KindLayoutChecked, KindShadowResult, KindApprovalAdded, KindApprovalRejected, KindChecklistTicked,
		KindNote, KindDrillScored, KindSessionEnded, KindWarning, KindSessionResumed} {
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
