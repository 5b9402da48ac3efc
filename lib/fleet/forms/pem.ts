// PEM / key text checks and base64 helpers usable in the browser and on the server
// (atob/btoa/TextEncoder are globals in both; no node: imports).

export function base64Encode(text: string): string {
  let bin = '';
  for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** undefined when the input is not valid base64. */
export function base64Decode(b64: string): string | undefined {
  try {
    const bin = atob(b64.replace(/\s/g, ''));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

interface PemBlock {
  label: string;
  headers: string;
  body: string;
}

const BLOCK_RE = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END ([A-Z0-9 ]+)-----/g;

function pemBlocks(text: string): PemBlock[] | string {
  const blocks: PemBlock[] = [];
  for (const m of text.matchAll(BLOCK_RE)) {
    const [, label = '', content = '', endLabel] = m;
    if (label !== endLabel) return `"BEGIN ${label}" is closed by "END ${endLabel}"`;
    // RFC 1421 headers (e.g. "Proc-Type: 4,ENCRYPTED") precede a blank line.
    const split = /^((?:[A-Za-z-]+:.*\r?\n)+)\r?\n([\s\S]*)$/.exec(content);
    const body = (split ? split[2] : content) ?? '';
    if (!/^[A-Za-z0-9+/=\s]+$/.test(body)) return `The ${label} block contains characters that are not base64`;
    blocks.push({ label, headers: split?.[1] ?? '', body });
  }
  return blocks;
}

/** OpenSSH "openssh-key-v1" keys: the cipher name says whether a passphrase protects the key. */
function opensshCipher(body: string): string | undefined {
  let bin: string;
  try {
    bin = atob(body.replace(/\s/g, ''));
  } catch {
    return undefined;
  }
  const magic = 'openssh-key-v1\0';
  if (!bin.startsWith(magic)) return undefined;
  const at = magic.length;
  const len = ((bin.charCodeAt(at) << 24) | (bin.charCodeAt(at + 1) << 16) | (bin.charCodeAt(at + 2) << 8) | bin.charCodeAt(at + 3)) >>> 0;
  return bin.slice(at + 4, at + 4 + len);
}

/** Fleet's git job has no passphrase input, so only unencrypted private keys work. */
export function sshPrivateKeyError(text: string): string | undefined {
  const t = text.trim();
  if (t === '') return 'Paste the SSH private key';
  if (/^(ssh-|ecdsa-|sk-)/.test(t)) return 'This is a public key: paste the private key (-----BEGIN OPENSSH PRIVATE KEY-----)';
  if (t.startsWith('PuTTY-User-Key-File')) return 'PuTTY keys are not supported: export it in OpenSSH format (puttygen: Conversions → Export OpenSSH key)';
  const blocks = pemBlocks(t);
  if (typeof blocks === 'string') return blocks;
  if (blocks.length === 0) return 'Not a private key: expected a block starting with -----BEGIN OPENSSH PRIVATE KEY----- (or RSA/EC PRIVATE KEY)';
  if (blocks.length > 1) return 'Paste exactly one private key';
  const [block] = blocks as [PemBlock];
  if (block.label.includes('PUBLIC KEY')) return 'This is a public key: paste the private key';
  if (block.label === 'CERTIFICATE') return 'This is a certificate, not an SSH private key';
  if (!block.label.endsWith('PRIVATE KEY')) return `Unexpected "${block.label}" block: paste an SSH private key`;
  const encrypted =
    block.label === 'ENCRYPTED PRIVATE KEY' ||
    /Proc-Type:\s*4,ENCRYPTED/.test(block.headers) ||
    (block.label === 'OPENSSH PRIVATE KEY' && (opensshCipher(block.body) ?? 'none') !== 'none');
  if (encrypted) return 'This key is protected by a passphrase, which Fleet cannot use: remove it (ssh-keygen -p -N "")';
  return undefined;
}

/** known_hosts lines: "[marker] hosts key-type base64-key [comment]". */
export function knownHostsError(text: string): string | undefined {
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const fields = line.split(/\s+/);
    if (fields[0]?.startsWith('@')) fields.shift();
    const [hosts, keyType, key] = fields;
    if (!hosts || !keyType || !key || !/^[A-Za-z0-9+/]+=*$/.test(key) || !/^[a-z0-9@.-]+$/i.test(keyType)) {
      return `Line ${i + 1} is not a known_hosts entry ("host key-type key", e.g. from ssh-keyscan)`;
    }
  }
  return undefined;
}

/** CA bundle: one or more PEM certificates (text outside the blocks is ignored, as Go does). */
export function caBundleError(text: string): string | undefined {
  const blocks = pemBlocks(text);
  if (typeof blocks === 'string') return blocks;
  if (blocks.some((b) => b.label.endsWith('PRIVATE KEY'))) return 'This contains a private key: paste only CA certificates';
  if (blocks.length === 0 || blocks.some((b) => b.label !== 'CERTIFICATE')) {
    return 'Paste PEM certificates (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----)';
  }
  return undefined;
}
