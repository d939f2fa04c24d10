import { csvCell, csvLine } from './csv-cell';

describe('csv cells', () => {
  it('neutralises formulas with a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    );
    expect(csvCell('+1+2')).toBe("'+1+2");
    expect(csvCell('-3')).toBe("'-3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('keeps ordinary text and numbers, quoting separators', () => {
    expect(csvCell('Mari Tamm')).toBe('Mari Tamm');
    expect(csvCell(12)).toBe('12');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvLine(['x', null, 'y'])).toBe('x,,y\r\n');
  });
});
