// Synthetic key/cert text for tests: structurally right, no real key material.
import { emptyGitRepoForm, type GitRepoForm } from './gitrepo-form';

function u32(n: number): string {
  return String.fromCharCode((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
}

function wrap(label: string, bin: string): string {
  const b64 = btoa(bin).replace(/.{1,70}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${b64}-----END ${label}-----\n`;
}

/** An "openssh-key-v1" blob whose cipher is `cipher` ("none" = no passphrase). */
export function fakeOpenSshKey(cipher = 'none'): string {
  const kdf = cipher === 'none' ? 'none' : 'bcrypt';
  return wrap('OPENSSH PRIVATE KEY', `openssh-key-v1\0${u32(cipher.length)}${cipher}${u32(kdf.length)}${kdf}${u32(0)}${u32(1)}0123456789abcdef`);
}

export const FAKE_RSA_KEY = wrap('RSA PRIVATE KEY', 'not-really-an-rsa-key-but-base64');
export const FAKE_CERT = wrap('CERTIFICATE', 'not-really-a-certificate-0123456789');
export const KNOWN_HOSTS = 'github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n';

/** A valid form with every field set (advanced targets, SSH auth). */
export function fullForm(): GitRepoForm {
  return {
    ...emptyGitRepoForm(),
    name: 'shop',
    repo: 'git@github.com:acme/shop.git',
    branch: 'main',
    paths: ['charts/*', 'manifests'],
    auth: { type: 'ssh', privateKey: fakeOpenSshKey(), knownHosts: KNOWN_HOSTS },
    helmSecretName: 'helm-creds',
    helmSecretNameForPaths: 'helm-paths',
    helmRepoURLRegex: '(?i)^https://charts\\.acme\\.io/.*',
    caBundle: FAKE_CERT,
    insecureSkipTLSVerify: true,
    targets: {
      mode: 'advanced',
      entries: [
        { name: 'prod', clusterName: '', clusterGroup: 'prod-eu', clusterSelector: 'env=prod,tier in (a,b)', clusterGroupSelector: '' },
        { name: '', clusterName: 'edge-1', clusterGroup: '', clusterSelector: '', clusterGroupSelector: 'region!=us,!legacy' },
      ],
    },
    targetNamespace: 'shop',
    serviceAccount: 'deployer',
    pollingInterval: '1m30s',
    disablePolling: true,
    webhookSecret: 'hook',
    paused: true,
    keepResources: true,
    deleteNamespace: true,
    correctDrift: { enabled: true, force: true, keepFailHistory: true },
    advanced: 'imageScanInterval: 5m\nociRegistrySecret: oci\n',
  };
}
