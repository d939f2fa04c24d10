import { editionPath, isEditionId } from './edition-path';

describe('edition addresses', () => {
  it('take the UUID of an edition', () => {
    expect(isEditionId('fed49484-0ae8-4823-90a4-63c6caf59b84')).toBe(true);
    expect(editionPath('fed49484-0ae8-4823-90a4-63c6caf59b84')).toBe('/editions/fed49484-0ae8-4823-90a4-63c6caf59b84');
  });

  it('treat anything else as naming no edition', () => {
    expect(isEditionId('not-a-uuid')).toBe(false);
    expect(isEditionId('')).toBe(false);
    expect(isEditionId(undefined)).toBe(false);
  });
});
