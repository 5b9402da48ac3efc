//go:build tools

// Package tools pins the command this module builds: oauth2-proxy, which the proxy end-to-end test
// (e2e/proxy.spec.ts) runs in front of the dashboard against the local OpenID provider.
package tools

import (
	_ "github.com/oauth2-proxy/oauth2-proxy/v7"
)
