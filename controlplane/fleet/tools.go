//go:build tools

// Package tools pins the commands this module builds: Fleet's controllers, agent and CLI, and kwok (fake
// nodes and pod lifecycles for the downstream clusters, which have no kubelet).
package tools

import (
	_ "github.com/rancher/fleet/cmd/fleetagent"
	_ "github.com/rancher/fleet/cmd/fleetcli"
	_ "github.com/rancher/fleet/cmd/fleetcontroller"
	_ "sigs.k8s.io/kwok/cmd/kwok"
)
