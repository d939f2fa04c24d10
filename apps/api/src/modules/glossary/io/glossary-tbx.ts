import { SaxesParser } from 'saxes';
import { isUuid } from '@tandem/shared-domain';
import { emptyEntry, LANGUAGES, type RawConcept, type RawEntry } from './glossary-concept';
import { GlossaryFileError } from './glossary-file-error';

/**
 * TBX (ISO 30042:2019, TBX-Basic dialect): the exchange format translators' tools read. Our part of
 * speech and review status map onto TBX-Basic's picklists both ways, so an export imports back unchanged.
 */
const POS_TO_TBX: Record<string, string> = {
  NOUN: 'noun',
  VERB: 'verb',
  ADJECTIVE: 'adjective',
  ADVERB: 'adverb',
  PHRASE: 'other',
};
const POS_FROM_TBX: Record<string, string> = {
  noun: 'NOUN',
  propernoun: 'NOUN',
  verb: 'VERB',
  adjective: 'ADJECTIVE',
  adverb: 'ADVERB',
  other: 'PHRASE',
  phrase: 'PHRASE',
};
const STATUS_TO_TBX: Record<string, string> = { REVIEWED: 'finalized', PROPOSED: 'provisionallyProcessed' };
const STATUS_FROM_TBX: Record<string, string> = {
  finalized: 'REVIEWED',
  provisionallyprocessed: 'PROPOSED',
  unprocessed: 'PROPOSED',
};
/** XML ids are NCNames (a uuid may start with a digit). */
const ID_PREFIX = 'term-';

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Characters XML 1.0 cannot carry at all (the database refuses NUL already).
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

const el = (name: string, text: string, attrs = '') => `<${name}${attrs}>${escapeXml(text)}</${name}>`;

function termSec(term: string, entry: RawEntry, preferred: boolean, indent: string): string {
  const lines = [
    el('term', term),
    entry.part_of_speech && el('termNote', POS_TO_TBX[entry.part_of_speech] ?? 'other', ' type="partOfSpeech"'),
    el('termNote', preferred ? 'preferredTerm-admn-sts' : 'admittedTerm-admn-sts', ' type="administrativeStatus"'),
    preferred && entry.status && el('termNote', STATUS_TO_TBX[entry.status] ?? '', ' type="processStatus"'),
    preferred && entry.example && el('descrip', entry.example, ' type="context"'),
  ].filter(Boolean);
  return `${indent}<termSec>\n${lines.map((l) => `${indent}  ${l}`).join('\n')}\n${indent}</termSec>`;
}

export function conceptsTbx(concepts: readonly Omit<RawConcept, 'row'>[]): string {
  const body = concepts.map((c) => {
    const parts = [
      `      ${el('descrip', c.domain, ' type="subjectField"')}`,
      ...c.related.map(
        (r) =>
          `      <ref type="crossReference" target="${escapeXml(ID_PREFIX + r)}">${escapeXml(ID_PREFIX + r)}</ref>`,
      ),
      ...LANGUAGES.flatMap((l) => {
        const e = c.entries[l];
        if (!e) return [];
        return [
          `      <langSec xml:lang="${l}">`,
          ...(e.definition ? [`        ${el('descrip', e.definition, ' type="definition"')}`] : []),
          termSec(e.term, e, true, '        '),
          ...e.synonyms.map((s) => termSec(s, e, false, '        ')),
          `      </langSec>`,
        ];
      }),
    ];
    return `    <conceptEntry id="${escapeXml(ID_PREFIX + c.id)}">\n${parts.join('\n')}\n    </conceptEntry>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    '  <tbxHeader>',
    '    <fileDesc><sourceDesc><p>Tandem vocational dictionary</p></sourceDesc></fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '  <body>',
    ...body,
    '  </body>',
    '  </text>',
    '</tbx>',
    '',
  ].join('\n');
}

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

const MAX_DEPTH = 32;

/**
 * Well-formed XML into a small tree. Any DTD is refused before parsing (`<!DOCTYPE`, `<!ENTITY`:
 * billion laughs, external entities reading local files), and saxes itself never expands entities
 * beyond XML's five, so an undeclared `&x;` is a parse error too.
 */
export function parseXml(text: string): Node {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new GlossaryFileError('DTD_FORBIDDEN');
  const parser = new SaxesParser({ xmlns: false, position: true });
  const root: Node = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: Node[] = [root];
  let failure: Error | null = null;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('doctype', () => {
    failure ??= new GlossaryFileError('DTD_FORBIDDEN');
  });
  parser.on('opentag', (tag) => {
    if (stack.length > MAX_DEPTH) {
      failure ??= new Error('nested too deeply');
      return;
    }
    const node: Node = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [], text: '' };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => {
    if (stack.length > 1) stack.pop();
  });
  const addText = (t: string) => {
    stack[stack.length - 1].text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text).close();
  } catch (e) {
    failure ??= e as Error;
  }
  if (failure) {
    if (failure instanceof GlossaryFileError) throw failure;
    throw new GlossaryFileError('NOT_XML', { detail: (failure as Error).message.slice(0, 200) });
  }
  return root;
}

/** Element name without a namespace prefix (`tbx:termSec` → `termSec`). */
const local = (n: Node) => n.name.slice(n.name.indexOf(':') + 1);
const kids = (n: Node, ...names: string[]) => n.children.filter((c) => names.includes(local(c)));
const typed = (n: Node, name: string, type: string) =>
  kids(n, name).find((c) => c.attrs['type']?.toLowerCase() === type.toLowerCase());
/**
 * All text inside a node (a definition may hold inline markup such as <hi>), trimmed of the
 * indentation around it; line breaks inside stay, so a definition of several lines comes back as it was.
 */
const textOf = (n: Node | undefined): string => (n ? (n.text + n.children.map(textOf).join('')).trim() : '');
function* walk(n: Node): Generator<Node> {
  yield n;
  for (const c of n.children) yield* walk(c);
}

/** TBX v3 (`conceptEntry`/`langSec`/`termSec`) and v2 (`termEntry`/`langSet`/`tig`) into raw concepts. */
export function conceptsOfTbx(text: string, maxRows: number): RawConcept[] {
  const root = parseXml(text).children[0];
  if (!root || !['tbx', 'martif'].includes(local(root))) throw new GlossaryFileError('NOT_TBX');
  const concepts: RawConcept[] = [];
  for (const node of walk(root)) {
    if (!['conceptEntry', 'termEntry'].includes(local(node))) continue;
    if (concepts.length >= maxRows) throw new GlossaryFileError('TOO_MANY_ROWS', { max: maxRows });
    const rawId = node.attrs['id'] ?? '';
    const bare = rawId.startsWith(ID_PREFIX) ? rawId.slice(ID_PREFIX.length) : rawId;
    const entries: RawConcept['entries'] = {};
    for (const lang of kids(node, 'langSec', 'langSet')) {
      const language = (lang.attrs['xml:lang'] ?? lang.attrs['lang'] ?? '').toLowerCase().slice(0, 2);
      // The dictionary has five languages; a term base with more (de, fi) brings these five.
      if (!LANGUAGES.includes(language)) continue;
      const sections = kids(lang, 'termSec', 'tig');
      const preferred =
        sections.find((s) => textOf(typed(s, 'termNote', 'administrativeStatus')).startsWith('preferred')) ??
        sections[0];
      const entry = entries[language] ?? emptyEntry();
      entry.definition ||= textOf(
        typed(lang, 'descrip', 'definition') ?? typed(preferred ?? lang, 'descrip', 'definition'),
      );
      if (preferred) {
        entry.term = textOf(kids(preferred, 'term')[0]);
        const pos = textOf(typed(preferred, 'termNote', 'partOfSpeech'));
        entry.part_of_speech = pos ? (POS_FROM_TBX[pos.toLowerCase()] ?? pos) : '';
        const status = textOf(typed(preferred, 'termNote', 'processStatus'));
        entry.status = status ? (STATUS_FROM_TBX[status.toLowerCase()] ?? status) : '';
        entry.example = textOf(typed(preferred, 'descrip', 'context'));
      }
      entry.synonyms.push(
        ...sections
          .filter((s) => s !== preferred)
          .map((s) => textOf(kids(s, 'term')[0]))
          .filter(Boolean),
      );
      entries[language] = entry;
    }
    const domain = textOf(typed(node, 'descrip', 'subjectField'));
    const related = kids(node, 'ref')
      .filter((r) => r.attrs['type'] === 'crossReference')
      .map((r) => {
        const target = r.attrs['target'] ?? '';
        return target.startsWith(ID_PREFIX) ? target.slice(ID_PREFIX.length) : target;
      })
      .filter((id) => isUuid(id));
    // Other tools' concept ids are not ours: such a concept is matched by its English term and domain.
    concepts.push({ row: concepts.length + 1, id: isUuid(bare) ? bare : '', domain, related, entries });
  }
  return concepts;
}
