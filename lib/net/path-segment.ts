/**
 * A URL path segment decoded. A malformed escape cannot name a real client, so it is kept as sent
 * and the caller's lookup simply finds nothing.
 */
export function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
