// Checks for a HelmOp's chart source, following the three shapes Fleet accepts (github.com/rancher/fleet
// v0.16.0 internal/cmd/controller/helmops/reconciler/helmop_controller.go validate):
// - a chart repository: http(s) URL in helm.repo, the chart's name in helm.chart, optional version;
// - an OCI reference: oci://registry/path/chart in helm.repo, empty chart, optional version (a tag);
// - a chart archive: a URL ending in .tgz in helm.chart, empty repo and version.
// Each check returns a user-facing message or undefined.

const CREDENTIALS_IN_URL = 'Do not put credentials in the URL: use the repository credentials instead';

function parseUrl(v: string): URL | undefined {
  try {
    return new URL(v);
  } catch {
    return undefined;
  }
}

/** Helm chart repository URL (the folder holding index.yaml). */
export function chartRepoUrlError(v: string): string | undefined {
  if (v === '') return 'Enter the chart repository URL';
  if (/\s/.test(v)) return 'The URL must not contain spaces';
  if (/^oci:\/\//i.test(v)) return 'This is an OCI reference: choose "OCI registry" as the source';
  const u = parseUrl(v);
  if (!u || !/^https?:$/.test(u.protocol)) return 'Use an http:// or https:// URL, e.g. https://charts.example.com';
  if (!u.hostname) return 'The URL has no host';
  if (u.username || u.password) return CREDENTIALS_IN_URL;
  if (/\.tgz$/i.test(u.pathname)) return 'This is a chart archive: choose "Chart archive URL" as the source';
  return undefined;
}

/** Chart name as listed in the repository's index.yaml. */
export function chartNameError(v: string): string | undefined {
  if (v === '') return 'Enter the chart name';
  if (/\s/.test(v)) return 'The chart name must not contain spaces';
  // A .tgz URL here is a second source (Fleet would take it as an archive and refuse the repo): say that first.
  if (/\.tgz$/i.test(v)) return 'A .tgz chart is an archive: choose "Chart archive URL" as the source';
  if (v.includes('/')) return 'Enter only the chart name (e.g. nginx), not repo/chart: the repository is the URL above';
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(v)) return 'Chart names use letters, digits, ".", "_" and "-"';
  return undefined;
}

/** oci://registry[:port]/path/chart, without a tag (the version field holds it). */
export function ociReferenceError(v: string): string | undefined {
  if (v === '') return 'Enter the OCI reference, e.g. oci://registry.example.com/charts/nginx';
  if (/\s/.test(v)) return 'The reference must not contain spaces';
  if (!/^oci:\/\//i.test(v)) return 'An OCI reference starts with oci://, e.g. oci://registry.example.com/charts/nginx';
  const rest = v.slice('oci://'.length);
  const slash = rest.indexOf('/');
  if (slash <= 0) return 'Add the chart path after the registry host, e.g. oci://registry.example.com/charts/nginx';
  if (rest.slice(0, slash).includes('@')) return CREDENTIALS_IN_URL;
  const path = rest.slice(slash + 1);
  if (path === '' || path.endsWith('/')) return 'The reference must end with the chart name';
  if (path.includes('@')) return 'Digests are not supported here: put a version (tag) in the version field';
  if (path.split('/').pop()!.includes(':')) return 'Put the tag in the version field, not in the reference';
  if (!/^[a-z0-9]+([._/-][a-z0-9]+)*$/.test(path)) return 'OCI repository paths use lowercase letters, digits, ".", "_", "-" and "/"';
  return undefined;
}

/** URL of a packaged chart (.tgz). */
export function chartArchiveUrlError(v: string): string | undefined {
  if (v === '') return 'Enter the URL of the chart archive (.tgz)';
  if (/\s/.test(v)) return 'The URL must not contain spaces';
  const u = parseUrl(v);
  if (!u || !/^https?:$/.test(u.protocol)) return 'Use an http:// or https:// URL ending in .tgz';
  if (u.username || u.password) return CREDENTIALS_IN_URL;
  // Fleet recognises an archive by the .tgz suffix of the whole field (strings.HasSuffix on chart).
  if (!/\.tgz$/i.test(v)) return 'Fleet recognises a chart archive by its ".tgz" ending: the URL must end with .tgz';
  return undefined;
}

/**
 * A spec.helm that names two sources at once (or half of one), as Fleet's validate refuses it: a .tgz chart with a
 * repo or a version, an oci:// repo with a chart, a repository without chart or repo. Used where a whole object is
 * typed (the YAML tab), since the form's own inputs allow only one source shape.
 */
export function helmSpecSourceError(helm: { repo?: string; chart?: string; version?: string } | undefined): string | undefined {
  const repo = helm?.repo ?? '';
  const chart = helm?.chart ?? '';
  if (/\.tgz$/i.test(chart)) {
    if (repo) return 'spec.helm: a chart archive (.tgz in chart) cannot also have a repo: use one source only';
    if (helm?.version) return 'spec.helm: a chart archive (.tgz in chart) has no version: remove the version';
    return undefined;
  }
  if (/^oci:\/\//i.test(repo)) return chart ? 'spec.helm: an OCI reference (oci:// in repo) cannot also have a chart: use one source only' : undefined;
  if (!chart) return 'spec.helm.chart: a chart repository needs the chart name';
  if (!repo) return 'spec.helm.repo: a chart name needs the chart repository URL';
  return undefined;
}
