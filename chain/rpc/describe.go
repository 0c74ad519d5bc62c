package rpc

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"syscall"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// Describe says in one sentence what a failure to reach a node means to
// the responder: refused, silent, not JSON-RPC, an HTTP error. The
// underlying message follows in parentheses; err itself is kept for
// errors.Is.
func Describe(err error) error {
	if err == nil {
		return nil
	}
	var (
		httpErr gethrpc.HTTPError
		synErr  *json.SyntaxError
		typeErr *json.UnmarshalTypeError
	)
	var what string
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		what = "does not answer in time: is it up, and reachable from here?"
	case errors.Is(err, syscall.ECONNREFUSED) || strings.Contains(err.Error(), "connection refused"):
		what = "refuses the connection: is the node running and listening on that port?"
	case errors.As(err, &httpErr):
		what = fmt.Sprintf("answers HTTP %d, not JSON-RPC: is the URL (its path, its key) right?", httpErr.StatusCode)
		if httpErr.StatusCode == 401 || httpErr.StatusCode == 403 {
			what = fmt.Sprintf("refuses the request (HTTP %d): is the API key in the URL right?", httpErr.StatusCode)
		}
		if httpErr.StatusCode == 429 {
			what = "is rate-limiting this client (HTTP 429)"
		}
	case errors.As(err, &synErr), errors.As(err, &typeErr), strings.Contains(err.Error(), "invalid character"):
		what = "answers, but not with JSON-RPC (a web page or a proxy's error?)"
	case strings.Contains(err.Error(), "no such host"):
		what = "has a host name that does not resolve"
	default:
		return err
	}
	return described{msg: what + " (" + err.Error() + ")", err: err}
}

type described struct {
	msg string
	err error
}

func (d described) Error() string { return d.msg }
func (d described) Unwrap() error { return d.err }
