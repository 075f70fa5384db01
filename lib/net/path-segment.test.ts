import { describe, expect, it } from 'vitest';
import { decodePathSegment } from './path-segment';

describe('decodePathSegment', () => {
  it('decodes escapes', () => expect(decodePathSegment('a%2Fb%20c')).toBe('a/b c'));
  it('keeps a malformed escape as sent', () => expect(decodePathSegment('a%E0%A4%A')).toBe('a%E0%A4%A'));
});
