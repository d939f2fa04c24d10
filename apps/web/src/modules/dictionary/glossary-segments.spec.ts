import { describe, expect, it } from 'vitest';
import { glossarySegments } from './glossary-segments';

describe('glossarySegments', () => {
  it('wraps whole-word phrases, longest first, keeping the text as written', () => {
    expect(glossarySegments('Par Darba\ndrosiba un darba vidi.', ['Darba drosiba', 'darba'])).toEqual([
      { text: 'Par ' },
      { text: 'Darba\ndrosiba', phrase: 'darba drosiba' },
      { text: ' un ' },
      { text: 'darba', phrase: 'darba' },
      { text: ' vidi.' },
    ]);
  });

  it('does not match inside a longer word or a hyphenated one', () => {
    expect(glossarySegments('darbavieta work-based pre-work', ['darba', 'work'])).toEqual([
      { text: 'darbavieta work-based pre-work' },
    ]);
  });

  it('leaves a text without phrases alone and escapes regex characters', () => {
    expect(glossarySegments('a (b) c', [])).toEqual([{ text: 'a (b) c' }]);
    expect(glossarySegments('C++ and C', ['c'])).toEqual([
      { text: 'C', phrase: 'c' },
      { text: '++ and ' },
      { text: 'C', phrase: 'c' },
    ]);
  });
});
