import {
  checkApplication,
  emptyApplication,
  fieldOfServerError,
  toApplicationInput,
  type ApplicationValues,
} from './application-form';

const filled = (overrides: Partial<ApplicationValues> = {}): ApplicationValues => ({
  ...emptyApplication('lt'),
  organisationName: 'UAB Kauno logistika',
  kind: 'COMPANY',
  country: 'LT',
  registryCode: '305118452',
  city: 'Kaunas',
  contactGivenName: 'Tomas',
  contactFamilyName: 'Petrauskas',
  contactEmail: 'tomas@example.com',
  ...overrides,
});

describe('the join-the-network form', () => {
  it('accepts a complete application with the optional fields left empty', () => {
    expect(checkApplication(filled())).toEqual({});
  });

  it('names every missing field', () => {
    expect(checkApplication(emptyApplication(''))).toEqual({
      organisationName: 'networkApplication.errors.required',
      kind: 'networkApplication.errors.choose',
      country: 'networkApplication.errors.choose',
      registryCode: 'networkApplication.errors.required',
      city: 'networkApplication.errors.required',
      contactGivenName: 'networkApplication.errors.required',
      contactFamilyName: 'networkApplication.errors.required',
      contactEmail: 'networkApplication.errors.required',
      preferredLanguage: 'networkApplication.errors.choose',
    });
  });

  it('checks the shape of the e-mail, website and registry code, and the length of the message', () => {
    expect(
      checkApplication(
        filled({ contactEmail: 'tomas', website: 'www.x.lt', registryCode: 'ab', message: 'x'.repeat(2001) }),
      ),
    ).toEqual({
      contactEmail: 'networkApplication.errors.email',
      website: 'networkApplication.errors.website',
      registryCode: 'networkApplication.errors.registryCode',
      message: 'networkApplication.errors.tooLong',
    });
  });

  it('sends trimmed values and null for empty optional fields', () => {
    expect(toApplicationInput(filled({ organisationName: '  UAB X ', website: ' ', message: '' }))).toMatchObject({
      organisationName: 'UAB X',
      website: null,
      sector: null,
      sizeClass: null,
      message: null,
    });
  });

  it('maps the API’s field names to the form’s', () => {
    expect(fieldOfServerError('input.contactEmail')).toBe('contactEmail');
    expect(fieldOfServerError('registryCode')).toBe('registryCode');
    expect(fieldOfServerError('somethingElse')).toBeNull();
  });
});
