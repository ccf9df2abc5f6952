/** Note ids as `urn:uuid:` IRIs (Web Annotation ids must be IRIs) and back. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (s: string): boolean => UUID.test(s);

/** 32-bit FNV-1a of a string with a seed. */
function fnv(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * A stable UUID (version 8, "custom") for an id that is not a UUID, so the same note always gets
 * the same IRI and a re-import is recognised as a duplicate. Not cryptographic: it only names.
 */
export function stableUuid(s: string): string {
  const hex = [1, 2, 3, 4].map((seed) => fnv(s, seed * 0x9e3779b1).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function toUrnUuid(id: string): string {
  return `urn:uuid:${isUuid(id) ? id.toLowerCase() : stableUuid(id)}`;
}

/** The note id for an annotation IRI: the UUID of a `urn:uuid:`, else the IRI itself. */
export function fromAnnotationId(iri: string): string {
  const m = /^urn:uuid:(.+)$/i.exec(iri);
  return m && isUuid(m[1]) ? m[1].toLowerCase() : iri;
}
