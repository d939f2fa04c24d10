import { importCountries } from './import-country';

describe('the country of a tutor import', () => {
  it('is the coordinator’s own, without asking', () => {
    expect(
      importCountries([
        { role: 'COORDINATOR', countryCode: 'EE' },
        { role: 'TRAINER', countryCode: 'LV' },
      ]),
    ).toEqual({
      countries: ['EE'],
      mustChoose: false,
    });
  });

  it('is chosen by an administrator among the programme countries', () => {
    expect(importCountries([{ role: 'ADMIN' }])).toEqual({ countries: ['EE', 'LV', 'LT'], mustChoose: true });
  });
});
