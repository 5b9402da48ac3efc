// Checks for the Git side of the GitRepo form: repo URL, branch/revision names and paths.
// Each returns a user-facing message or undefined; the schema places it beside the field.

// git:// is Git's unauthenticated daemon protocol; Fleet accepts it (pkg/git-urls/urls.go, Transports).
export type RepoUrlKind = 'http' | 'ssh' | 'git';

// scp-like SSH syntax accepted by git and go-git: user@host:path (no "//" after the colon).
const SCP_RE = /^[A-Za-z0-9._~-]+@[A-Za-z0-9.-]+:(?!\/\/)\S+$/;
const URL_HINT = 'use https://host/org/repo.git, ssh://git@host/org/repo.git, git@host:org/repo.git or git://host/org/repo.git';

/** 'ssh' for ssh:// and git@host:path, 'http' for http(s)://, 'git' for git://, undefined otherwise. */
export function repoUrlKind(url: string): RepoUrlKind | undefined {
  if (SCP_RE.test(url)) return 'ssh';
  if (/^https?:\/\//i.test(url)) return 'http';
  if (/^ssh:\/\//i.test(url)) return 'ssh';
  if (/^git:\/\//i.test(url)) return 'git';
  return undefined;
}

export function repoUrlError(url: string): string | undefined {
  if (url === '') return 'Enter the repository URL';
  if (/\s/.test(url)) return 'The URL must not contain spaces';
  if (SCP_RE.test(url)) return undefined;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (!scheme) {
    // "git@host/org/repo" or "github.com/org/repo": close to a valid form, say which one.
    if (/^[^/:]+@[^/:]+\//.test(url)) return `Missing ':' after the host: ${URL_HINT}`;
    return `Not a Git URL: ${URL_HINT}`;
  }
  if (!['https', 'http', 'ssh', 'git'].includes(scheme)) return `Unsupported scheme "${scheme}://": ${URL_HINT}`;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `Not a valid URL: ${URL_HINT}`;
  }
  if (!u.hostname) return 'The URL has no host';
  // Credentials in the URL would be stored in the GitRepo spec, readable by every viewer.
  if (u.password || (scheme !== 'ssh' && u.username)) {
    return 'Do not put credentials in the URL: use Git authentication instead';
  }
  if (u.pathname === '/' || u.pathname === '') return 'The URL has no repository path (e.g. /org/repo.git)';
  return undefined;
}

/** Git ref name rules (git check-ref-format) that matter for typed input; what = "Branch" | "Revision". */
export function gitRefError(ref: string, what: string): string | undefined {
  if (/\s/.test(ref)) return `${what} must not contain spaces`;
  const bad = ref.match(/[~^:?*[\\\x00-\x1f\x7f]/);
  if (bad) return `${what} must not contain '${bad[0]}'`;
  if (ref.includes('..')) return `${what} must not contain '..'`;
  if (ref.includes('@{')) return `${what} must not contain '@{'`;
  if (ref.includes('//')) return `${what} must not contain '//'`;
  if (ref.startsWith('-')) return `${what} must not start with '-'`;
  if (ref.startsWith('/') || ref.endsWith('/')) return `${what} must not start or end with '/'`;
  if (ref.endsWith('.') || ref.endsWith('.lock')) return `${what} must not end with '.' or '.lock'`;
  if (ref.split('/').some((part) => part.startsWith('.'))) return `${what}: no part may start with '.'`;
  return undefined;
}

/** One entry of spec.paths (relative to the repository root; globs allowed). */
export function repoPathError(path: string): string | undefined {
  if (path.trim() === '') return 'Enter a path or remove this entry';
  if (path !== path.trim()) return 'Remove the spaces around the path';
  if (path.split('/').includes('..')) return "Paths must stay inside the repository: '..' is not allowed";
  return undefined;
}
