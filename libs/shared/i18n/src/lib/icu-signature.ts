import { IntlMessageFormat } from 'intl-messageformat';

type MessageElement = ReturnType<IntlMessageFormat['getAst']>[number];

/** The element kinds of the ICU parser's AST (`TYPE` of @formatjs/icu-messageformat-parser). */
const enum ElementType {
  Literal = 0,
  Argument = 1,
  Number = 2,
  Date = 3,
  Time = 4,
  Select = 5,
  Plural = 6,
  Pound = 7,
  Tag = 8,
}

/**
 * What a caller has to pass. Number and plural count as one kind: a translation may need a plural
 * where English gets by with `{n, number}`.
 */
export type ArgumentKind = 'text' | 'number' | 'date' | 'select' | 'tag';

export interface PluralUse {
  argument: string;
  ordinal: boolean;
  options: string[];
}

export interface IcuSignature {
  arguments: Record<string, ArgumentKind>;
  plurals: PluralUse[];
}

/**
 * Parses an ICU message (throws on a syntax error) and lists its arguments and plurals. Tags are
 * not parsed, as in i18next-icu at runtime (`ignoreTag`).
 */
export function icuSignature(message: string, locale: string): IcuSignature {
  const signature: IcuSignature = { arguments: {}, plurals: [] };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst(), signature);
  return signature;
}

function walk(elements: MessageElement[], into: IcuSignature): void {
  for (const element of elements) {
    switch (element.type as number) {
      case ElementType.Argument:
        into.arguments[nameOf(element)] = 'text';
        break;
      case ElementType.Number:
        into.arguments[nameOf(element)] = 'number';
        break;
      case ElementType.Date:
      case ElementType.Time:
        into.arguments[nameOf(element)] = 'date';
        break;
      case ElementType.Select:
      case ElementType.Plural: {
        const { options, pluralType } = element as unknown as {
          options: Record<string, { value: MessageElement[] }>;
          pluralType?: 'cardinal' | 'ordinal';
        };
        const isPlural = (element.type as number) === ElementType.Plural;
        into.arguments[nameOf(element)] = isPlural ? 'number' : 'select';
        if (isPlural) {
          into.plurals.push({
            argument: nameOf(element),
            ordinal: pluralType === 'ordinal',
            options: Object.keys(options),
          });
        }
        for (const option of Object.values(options)) walk(option.value, into);
        break;
      }
      case ElementType.Tag: {
        into.arguments[nameOf(element)] = 'tag';
        walk((element as unknown as { children: MessageElement[] }).children, into);
        break;
      }
      default:
        break;
    }
  }
}

function nameOf(element: MessageElement): string {
  return (element as unknown as { value: string }).value;
}

/** Sample values for every argument, to format a message as the app would. */
export function sampleValues(signature: IcuSignature): Record<string, unknown> {
  const kinds: Record<ArgumentKind, unknown> = {
    text: 'Sample',
    number: 3,
    date: new Date(Date.UTC(2026, 8, 1, 9, 30)),
    select: 'other',
    tag: (chunks: string[]) => chunks.join(''),
  };
  return Object.fromEntries(Object.entries(signature.arguments).map(([name, kind]) => [name, kinds[kind]]));
}

/**
 * The plural categories whole numbers fall into in a locale (`lv`: zero, one, other; `ru`: one,
 * few, many): a cardinal plural must offer each, or some counts would print the `other` form.
 */
export function integerPluralCategories(locale: string): string[] {
  const rules = new Intl.PluralRules(locale);
  const categories = new Set<string>(['other']);
  for (let n = 0; n <= 1000; n++) categories.add(rules.select(n));
  return [...categories].sort();
}
