import { describe, expect, it } from 'vitest';
import { searchFilter } from './client-list';
import { clientListQuerySchema } from './client-list-query';

describe('clients list search', () => {
  it('matches anywhere from three characters on: names in any case, client ids as typed', () => {
    expect(searchFilter('pho')).toEqual({
      OR: [{ clientName: { contains: 'pho', mode: 'insensitive' } }, { clientId: { contains: 'pho' } }],
    });
  });

  it('matches the start of a name or client id below three characters', () => {
    expect(searchFilter('p')).toEqual({
      OR: [{ clientName: { startsWith: 'p', mode: 'insensitive' } }, { clientId: { startsWith: 'p' } }],
    });
    expect(searchFilter('ph')).toEqual({
      OR: [{ clientName: { startsWith: 'ph', mode: 'insensitive' } }, { clientId: { startsWith: 'ph' } }],
    });
  });

  it('counts characters, not UTF-16 code units', () => {
    // Two emoji are four code units but two characters: too short for "contains".
    expect(JSON.stringify(searchFilter('🔑🔒'))).toContain('startsWith');
    expect(JSON.stringify(searchFilter('clé'))).toContain('contains');
  });

  it('takes LIKE wildcards and the escape character literally', () => {
    expect(searchFilter('100%')).toMatchObject({ OR: [{ clientName: { contains: '100\\%' } }, { clientId: { contains: '100\\%' } }] });
    expect(searchFilter('a_b')).toMatchObject({ OR: [{ clientName: { contains: 'a\\_b' } }, {}] });
    expect(searchFilter('a\\b')).toMatchObject({ OR: [{ clientName: { contains: 'a\\\\b' } }, {}] });
    expect(searchFilter('_')).toMatchObject({ OR: [{ clientName: { startsWith: '\\_' } }, {}] });
  });

  it('measures the text the route keeps, after trimming', () => {
    const { q } = clientListQuerySchema.parse({ q: '  ab  ' });
    expect(q).toBe('ab');
    expect(JSON.stringify(searchFilter(q!))).toContain('startsWith');
  });
});
