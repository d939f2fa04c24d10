import { conceptsOfTable, conceptsCsv, readCsvTable } from './glossary-table';
import { conceptsOfTbx, conceptsTbx } from './glossary-tbx';
import { validateConcepts } from './glossary-rows';
import type { RawConcept } from './glossary-concept';

const ID = '6f1c2b5e-0d3a-4c7e-9b1a-2f4e6a8c0d12';
const OTHER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const concept: Omit<RawConcept, 'row'> = {
  id: ID,
  domain: 'WBL',
  related: [OTHER],
  entries: {
    en: {
      term: 'tandem & co <tutor>',
      part_of_speech: 'PHRASE',
      definition: 'A "school" tutor\nand a company tutor',
      example: '-the pair learns together',
      synonyms: ['tutor pair', 'duo'],
      status: 'PROPOSED',
    },
    lt: {
      term: 'mokymo vadovų pora',
      part_of_speech: '',
      definition: '',
      example: '',
      synonyms: [],
      status: 'REVIEWED',
    },
  },
};
const strip = ({ row: _row, ...c }: RawConcept) => ({
  ...c,
  entries: Object.fromEntries(Object.entries(c.entries).map(([l, e]) => [l, { ...e, absent: undefined }])),
});

describe('dictionary files', () => {
  it('reads back what the CSV writer wrote, formula guard and line breaks included', () => {
    const [back] = conceptsOfTable(readCsvTable(conceptsCsv([concept]).slice(1)), 10);
    expect(back.row).toBe(2);
    expect(strip(back)).toEqual({
      ...concept,
      entries: {
        en: { ...concept.entries['en'], absent: undefined },
        lt: { ...concept.entries['lt'], absent: undefined },
      },
    });
  });

  it('reads back what the TBX writer wrote, XML special characters included', () => {
    const [back] = conceptsOfTbx(conceptsTbx([concept]), 10);
    expect(back.entries['en']).toMatchObject(concept.entries['en'] ?? {});
    expect(back.entries['lt']).toMatchObject(concept.entries['lt'] ?? {});
    expect(back).toMatchObject({ id: ID, domain: 'WBL', related: [OTHER] });
  });

  it('refuses a DTD in any letter case', () => {
    expect(() => conceptsOfTbx('<?xml version="1.0"?><!doctype tbx><tbx/>', 10)).toThrow(/DTD/);
  });

  it('stops at the row limit', () => {
    expect(() => conceptsOfTable(readCsvTable('domain,en_term\nWBL,a\nWBL,b\nWBL,c'), 2)).toThrow(/more than 2/);
  });

  it('names every bad cell of a row at once', () => {
    const { errors, concepts } = validateConcepts([
      {
        row: 7,
        id: 'x',
        domain: '',
        related: [],
        entries: { lv: { ...concept.entries['lt']!, term: '', status: 'DONE' } },
      },
    ]);
    expect(concepts).toEqual([]);
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [7, 'id', 'INVALID_ID'],
      [7, 'domain', 'REQUIRED'],
      [7, 'lv_term', 'REQUIRED'],
      [7, 'lv_status', 'INVALID_STATUS'],
    ]);
  });
});
