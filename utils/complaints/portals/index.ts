/**
 * Every complaint portal profile, in one list (first match wins; `generic` last). A new portal is one
 * file of the PortalProfile shape plus one line here.
 */
import { call12321 } from './call12321';
import { generic } from './generic';
import { heimao } from './heimao';
import { market12315 } from './market12315';
import { nfra12378 } from './nfra12378';
import { nifa } from './nifa';
import { sms12321 } from './sms12321';
import type { PortalProfile } from './types';
import { xinfang } from './xinfang';

export type { PortalProfile } from './types';

export const portalProfiles: readonly PortalProfile[] = [heimao, call12321, sms12321, nifa, nfra12378, market12315, xinfang, generic];

export function profileById(id: string): PortalProfile | undefined {
  return portalProfiles.find((p) => p.id === id);
}

/**
 * The profile for a page. On the real portals by host (and path); in e2e builds also fixture pages
 * under `/portals/<fixture>/` on the fixture server, so tests run the real profile.
 */
export function profileForUrl(url: URL, fixtures = false): PortalProfile | undefined {
  const isFixture = fixtures && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
  for (const p of portalProfiles) {
    if (isFixture) {
      const prefix = `/portals/${p.fixture}/`;
      if (url.pathname.startsWith(prefix)) {
        const rest = `/${url.pathname.slice(prefix.length)}`;
        if (!p.path || p.path.test(rest) || p.id === '12321-call' || p.id === '12321-sms') return p;
      }
      continue;
    }
    if (p.hosts.includes(url.hostname) && (!p.path || p.path.test(url.pathname))) return p;
  }
  if (isFixture && url.pathname.startsWith('/portals/')) return generic;
  if (!isFixture && portalHosts().includes(url.hostname)) return generic;
  return undefined;
}

/** Host names of every known portal (the content script's match list is built from these). */
export function portalHosts(): string[] {
  return [...new Set(portalProfiles.flatMap((p) => p.hosts))];
}

/** A complaint number on a confirmation page: from the URL first (黑猫 /complaint/view/{sn}/), then the text. */
export function findComplaintNumber(profile: PortalProfile, url: URL, text: string): string | undefined {
  const c = profile.confirmation;
  if (!c) return undefined;
  const fromUrl = c.url?.exec(url.pathname)?.[1];
  if (fromUrl) return fromUrl;
  for (const re of c.text ?? []) {
    const m = re.exec(text);
    if (m?.[1]) return m[1];
  }
  return undefined;
}
