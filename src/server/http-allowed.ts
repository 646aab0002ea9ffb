// Which Host and Origin headers the HTTP server answers (DNS-rebinding protection). Pure.

export interface AllowedNames {
  /** "host:port" values always accepted: the loopback names and the bind address, with the listening port. */
  local: ReadonlySet<string>;
  /** Configured (ONCALL_HTTP_ALLOWED_HOSTS): "name" accepts any port, "name:port" that port only. */
  hosts: readonly string[];
  /** Configured (ONCALL_HTTP_ALLOWED_ORIGINS): exact origins. */
  origins: readonly string[];
}

/** The name without its port: "a.example:8443" → "a.example", "[::1]:3000" → "[::1]". */
function nameOf(host: string): string {
  return host.replace(/:\d+$/, "");
}

export function hostAllowed(header: string | undefined, allowed: AllowedNames): boolean {
  const host = (header ?? "").toLowerCase();
  if (host === "") return false;
  if (allowed.local.has(host)) return true;
  return allowed.hosts.some((entry) => entry === host || (nameOf(entry) === entry && entry === nameOf(host)));
}

/** No Origin (a non-browser client) is fine; a browser's must be listed or name an allowed host. */
export function originAllowed(header: string | undefined, allowed: AllowedNames): boolean {
  if (!header) return true;
  let url: URL;
  try {
    url = new URL(header);
  } catch {
    return false;
  }
  return allowed.origins.includes(url.origin) || hostAllowed(url.host, allowed);
}
