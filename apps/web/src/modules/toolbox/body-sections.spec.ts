import { bodySections } from './body-sections';

describe('a resource text in sections', () => {
  it('turns a short first line followed by text into a heading (the 12 ways)', () => {
    const body =
      'What it is\nLearners spend a planned period in a company.\n\nHow to start\nAgree the dates.\nName the tutor.';
    expect(bodySections(body)).toEqual([
      { heading: 'What it is', paragraphs: ['Learners spend a planned period in a company.'] },
      { heading: 'How to start', paragraphs: ['Agree the dates.', 'Name the tutor.'] },
    ]);
  });

  it('keeps a block of one line, or one whose first line is a sentence, as text', () => {
    expect(bodySections('Twelve ways in which schools and companies work together.')).toEqual([
      { heading: null, paragraphs: ['Twelve ways in which schools and companies work together.'] },
    ]);
    expect(bodySections('Wear boots.\nAlways.')).toEqual([{ heading: null, paragraphs: ['Wear boots.', 'Always.'] }]);
  });

  it('reads Windows line ends and ignores extra blank lines', () => {
    expect(bodySections('A\r\nb.\r\n\r\n\r\n  \r\nC\r\nd.')).toHaveLength(2);
    expect(bodySections(null)).toEqual([]);
    expect(bodySections('  \n\n ')).toEqual([]);
  });
});
