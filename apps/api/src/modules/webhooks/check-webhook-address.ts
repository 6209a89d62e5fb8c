import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Addresses a webhook must not reach unless the agency opted in: this network, private ranges (RFC 1918), CGNAT,
 * loopback, link-local (with the cloud metadata service at 169.254.169.254), benchmarking, multicast and reserved
 * ranges; IPv6 unspecified, loopback, unique local (ULA), link-local and multicast, and IPv4 inside IPv6.
 */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

/** True for an address a webhook may reach only with the agency's opt-in. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family !== 6) return true; // not an address at all: refuse rather than guess
  const lower = address.toLowerCase();
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) reach the IPv4 address inside.
  const embedded = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower)?.[1];
  if (embedded) return isPrivateAddress(embedded);
  const hexMapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hexMapped) {
    const [high, low] = [parseInt(hexMapped[1]!, 16), parseInt(hexMapped[2]!, 16)];
    return isPrivateAddress(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  return PRIVATE.check(address, 'ipv6');
}

export class WebhookAddressError extends Error {}

/** The URL's host without IPv6 brackets. */
const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/** Parses a webhook URL: http(s), a host, no credentials. Throws WebhookAddressError with a sentence to show. */
export function parseWebhookUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookAddressError('Enter a full URL, e.g. https://example.com/webhooks.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new WebhookAddressError('The URL must start with https:// or http://.');
  if (!hostOf(url)) throw new WebhookAddressError('The URL needs a host name.');
  if (url.username || url.password) throw new WebhookAddressError('The URL must not contain a user name or password.');
  return url;
}

const lookupAll = (host: string) =>
  new Promise<LookupAddress[]>((resolve, reject) =>
    dnsLookup(host, { all: true } satisfies LookupAllOptions, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );

/**
 * Registration-time check: refuses a URL whose host is, or resolves to, a private address (unless allowed). A name
 * that does not resolve yet is accepted: the check at connect time (guardedLookup) still applies to every delivery.
 */
export async function assertWebhookUrlAllowed(raw: string, allowPrivate: boolean): Promise<URL> {
  const url = parseWebhookUrl(raw);
  if (allowPrivate) return url;
  const host = hostOf(url);
  const addresses = isIP(host) ? [host] : await lookupAll(host).then((list) => list.map((a) => a.address), () => []);
  const blocked = addresses.find(isPrivateAddress);
  if (blocked) throw new WebhookAddressError(privateAddressMessage(host, blocked));
  return url;
}

export const privateAddressMessage = (host: string, address: string) =>
  host === address
    ? `${address} is a private, loopback or link-local address; webhooks are not delivered there unless the agency allows private addresses.`
    : `${host} resolves to ${address}, a private, loopback or link-local address; webhooks are not delivered there unless the agency allows private addresses.`;

/**
 * The `lookup` of a delivery's request: the address checked is the one connected to, so a name that resolved to a
 * public address at registration and to 127.0.0.1 now (DNS rebinding) is refused at connect time.
 */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const list = addresses as unknown as LookupAddress[];
    const blocked = list.find((a) => isPrivateAddress(a.address));
    if (blocked) {
      return callback(Object.assign(new WebhookAddressError(privateAddressMessage(hostname, blocked.address)), { code: 'EPRIVATEADDRESS' }), '', 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
    const first = list[0]!;
    callback(null, first.address, first.family);
  });
};

/** For a URL whose host is an IP literal (never looked up by Node): the refusal's sentence, or null when allowed. */
export function refusedLiteralAddress(url: URL): string | null {
  const host = hostOf(url);
  return isIP(host) && isPrivateAddress(host) ? privateAddressMessage(host, host) : null;
}
