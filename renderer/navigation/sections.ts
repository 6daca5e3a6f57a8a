/**
 * The app's sections and how they appear in the address: `#/orders`, `#/settings`… Pure, so it is
 * unit-tested; the hash never carries a credential (transport.ts removes the launch code, `#code=`,
 * before this runs).
 */
export const SECTION_IDS = ['orders', 'listings', 'stock', 'questions', 'labels', 'changes', 'settings'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const DEFAULT_SECTION: SectionId = 'orders';

export function sectionHash(section: SectionId): string {
  return `#/${section}`;
}

/** The section a hash points to, or null for anything else (empty, `#code=…`, an unknown name). */
export function sectionFromHash(hash: string): SectionId | null {
  const match = /^#\/([a-z]+)\/?$/.exec(hash);
  const name = match?.[1];
  return name !== undefined && (SECTION_IDS as readonly string[]).includes(name) ? (name as SectionId) : null;
}
