import { describe, expect, it } from 'vitest';
import { addressesOf, addressesOfCsv, parts, repeatedRows } from './stakeholder-list';

describe('stakeholder lists', () => {
  it('splits a pasted list on lines, commas and semicolons', () => {
    expect(addressesOf('a@x.ee\n b@x.ee; c@x.ee,d@x.ee\n\n')).toEqual(['a@x.ee', 'b@x.ee', 'c@x.ee', 'd@x.ee']);
  });

  it('reads the email column of a CSV, or else the first column', () => {
    expect(addressesOfCsv('\uFEFFname;email\nMari;mari@x.ee\nJaan;jaan@x.ee\n')).toEqual(['mari@x.ee', 'jaan@x.ee']);
    expect(addressesOfCsv('address,name\nmari@x.ee,Mari\n')).toEqual(['mari@x.ee']);
    expect(addressesOfCsv('mari@x.ee\njaan@x.ee\n')).toEqual(['mari@x.ee', 'jaan@x.ee']);
  });

  it('cuts a long list into parts that keep the row numbers', () => {
    expect(parts([1, 2, 3, 4, 5], 2)).toEqual([
      { offset: 0, items: [1, 2] },
      { offset: 2, items: [3, 4] },
      { offset: 4, items: [5] },
    ]);
  });

  it('finds addresses given twice, whatever their case', () => {
    expect(repeatedRows(['a@x.ee', 'b@x.ee', 'A@X.EE ', 'b@x.ee'])).toEqual([2, 3]);
  });
});
