//go:build tools

// Package tools pins the command this module builds: Helm's CLI, used by scripts/chart-check.sh to lint and
// render the dashboard's chart (deploy/chart/fleet-dashboard).
package tools

import (
	_ "helm.sh/helm/v4/cmd/helm"
)
