// Which network addresses a server-side fetch may reach: public unicast only, unless an operator
// allows private ranges (comma-separated CIDRs in FLEETDASH_HELM_INDEX_ALLOW_CIDRS, e.g. a chart
// repository inside the cluster network). Loopback, private, link-local (incl. cloud metadata
// 169.254.169.254), carrier-grade NAT, unique-local, multicast, reserved and unspecified
// addresses are refused; IPv4-mapped IPv6 addresses are checked as the IPv4 address they carry.
import ipaddr from 'ipaddr.js';

export type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** Parses the allowlist; throws with the bad entry named so a misconfiguration is loud. */
export function parseCidrList(text: string | undefined): Cidr[] {
  if (!text?.trim()) return [];
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      try {
        const [addr, bits] = ipaddr.parseCIDR(s.includes('/') ? s : `${s}/${s.includes(':') ? 128 : 32}`);
        return [addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress() ? (addr as ipaddr.IPv6).toIPv4Address() : addr, bits] as Cidr;
      } catch {
        throw new Error(`FLEETDASH_HELM_INDEX_ALLOW_CIDRS: "${s}" is not an IP address or CIDR range`);
      }
    });
}

/** undefined when the address may be reached, else why not (in words). */
export function addressProblem(address: string, allow: readonly Cidr[]): string | undefined {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = ipaddr.process(address); // IPv4-mapped IPv6 → IPv4
  } catch {
    return `"${address}" is not an IP address`;
  }
  const range = ip.range();
  if (range === 'unicast') return undefined;
  if (allow.some(([net, bits]) => net.kind() === ip.kind() && ip.match(net, bits))) return undefined;
  return `${ip.toString()} is a ${range} address; the dashboard only fetches from public addresses unless FLEETDASH_HELM_INDEX_ALLOW_CIDRS allows it`;
}
