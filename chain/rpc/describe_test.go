package rpc

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestDescribe: each way a node fails to answer gets its own sentence,
// the underlying error kept after it.
func TestDescribe(t *testing.T) {
	serve := func(h http.HandlerFunc) string {
		srv := httptest.NewServer(h)
		t.Cleanup(srv.Close)
		return srv.URL
	}
	page := serve(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("<html>bad gateway</html>")) })
	missing := serve(func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	denied := serve(func(w http.ResponseWriter, r *http.Request) { http.Error(w, "no", http.StatusUnauthorized) })
	slow := serve(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(time.Second):
		}
	})
	for _, tc := range []struct {
		name, url string
		timeout   time.Duration
		want      string
	}{
		{"refused", deadURL(t), 5 * time.Second, "refuses the connection"},
		{"garbage", page, 5 * time.Second, "answers, but not with JSON-RPC"},
		{"404", missing, 5 * time.Second, "answers HTTP 404, not JSON-RPC"},
		{"401", denied, 5 * time.Second, "refuses the request (HTTP 401): is the API key"},
		{"silent", slow, 200 * time.Millisecond, "does not answer in time"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), tc.timeout)
			defer cancel()
			c, err := Dial(ctx, tc.url)
			if err == nil {
				c.Close()
				t.Fatal("dialed")
			}
			if got := Describe(err).Error(); !strings.Contains(got, tc.want) || strings.Count(got, "(") == 0 {
				t.Errorf("%q; want it to say %q, then the error", got, tc.want)
			}
		})
	}
}
