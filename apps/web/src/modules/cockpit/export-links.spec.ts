import { describe, expect, it } from 'vitest';
import { exportHref } from './export-links';

describe('exportHref', () => {
  it('names the table and format, and only the filters that are set', () => {
    expect(exportHref('matrix', 'xlsx')).toBe('/api/cockpit/export/matrix?format=xlsx');
    expect(
      exportHref('people', 'csv', {
        countryCode: 'LT',
        side: 'SCHOOL',
        status: 'TRAINED',
      }),
    ).toBe('/api/cockpit/export/people?format=csv&countryCode=LT&side=SCHOOL&status=TRAINED');
    expect(exportHref('people', 'csv', { countryCode: null })).toBe('/api/cockpit/export/people?format=csv');
  });
});
